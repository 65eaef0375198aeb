// How events read on the page: type colours, dates, actors, places, tolls.

export const TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
export const STATUSES = ["occurred", "planned", "negated", "uncertain"];

// Cooperation in greens and blues, verbal conflict in ambers, material conflict in reds and
// purples: a glance at the timeline tells which way a period leans.
const COLORS = {
  AGREE: "#1b7f5a", CONSULT: "#2f6db5", SUPPORT: "#5aa6dc", CONCEDE: "#8bb13d",
  COOPERATE: "#13a3a0", AID: "#5c6bc0", RETREAT: "#a3a229", REQUEST: "#e9b02f",
  ACCUSE: "#ee8a1e", REJECT: "#b07d12", THREATEN: "#d9572b", PROTEST: "#a44cba",
  SANCTION: "#8d6e63", MOBILIZE: "#56707d", COERCE: "#c2185b", ASSAULT: "#b3261e",
};

export function typeColor(type) {
  return COLORS[type] || "#777";
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                "Dec"];

/** "15 Mar 2024" from "2024-03-15". */
export function day(iso) {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** An event's date: one day, or a compact range. */
export function eventDate(date) {
  if (!date || !date.start) return "unknown";
  const {start, end, precision} = date;
  if (precision === "month") return `${MONTHS[Number(start.slice(5, 7)) - 1]} ${start.slice(0, 4)}`;
  if (precision === "year") return start.slice(0, 4);
  if (!end || end === start) return day(start);
  if (start.slice(0, 7) === end.slice(0, 7)) {
    return `${Number(start.slice(8))}–${day(end)}`;
  }
  return `${day(start)} – ${day(end)}`;
}

export function monthLabel(iso) {
  return `${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** "l'armée russe (RUS·MIL)". */
export function actorLabel(a) {
  const code = [a.code, a.sector].filter(Boolean).join("·");
  return code ? `${a.name} (${code})` : a.name;
}

export function actorsShort(actors) {
  if (!actors || !actors.length) return "—";
  return actors.map((a) => a.code ? (a.sector ? `${a.code}·${a.sector}` : a.code) : a.name)
    .join(", ");
}

export function place(loc) {
  if (!loc) return "";
  if (loc.precision === "country") return loc.name || loc.country || "";
  return loc.name || "";
}

/** "21", "29+" for a running total, "" for none. */
export function toll(t) {
  if (!t) return "";
  return `${t.count}${t.cumulative ? "+" : ""}`;
}

export function plural(n, one, many) {
  return `${n.toLocaleString("en")} ${n === 1 ? one : (many || one + "s")}`;
}
