// One event and its evidence: the facts, then every report that gives it, with the article's
// text and each sentence that reports the event highlighted, its trigger marked inside. The
// article is put on the page as text nodes only.

import {api} from "./api.js";
import {fill, h, safeLink} from "./dom.js";
import {actorLabel, day, eventDate, plural, toll, typeColor} from "./format.js";

/** Merge overlapping [start, end) ranges. */
function union(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const [s, e] of sorted) {
    if (out.length && s <= out[out.length - 1][1]) out[out.length - 1][1] = Math.max(out[out.length - 1][1], e);
    else out.push([s, e]);
  }
  return out;
}

/**
 * The article as nodes: plain text, with <mark class="sentence"> around each reporting sentence
 * and <b class="trigger"> around each trigger inside it. Offsets count Unicode code points, as
 * Python does, so the text is sliced by code point, not by UTF-16 unit.
 */
export function highlighted(text, mentions) {
  const cps = Array.from(text);
  const slice = (s, e) => cps.slice(s, e).join("");
  const sentences = [];
  const triggers = [];
  const misplaced = [];
  for (const m of mentions) {
    let s = m.start;
    let e = m.end;
    if (slice(s, e) !== m.sentence) {   // the stored text moved: find the sentence again
      const at = cps.join("").indexOf(m.sentence);
      if (at < 0) { misplaced.push(m); continue; }
      s = Array.from(text.slice(0, at)).length;
      e = s + Array.from(m.sentence).length;
      if (m.trigger_start !== null && m.trigger_start !== undefined) {
        const shift = s - m.start;
        triggers.push([m.trigger_start + shift, m.trigger_end + shift]);
      }
    } else if (m.trigger_start !== null && m.trigger_start !== undefined) {
      triggers.push([m.trigger_start, m.trigger_end]);
    }
    sentences.push([s, e]);
  }
  const nodes = [];
  let at = 0;
  for (const [s, e] of union(sentences)) {
    if (s > at) nodes.push(slice(at, s));
    const mark = h("mark", {class: "sentence"});
    let inner = s;
    for (const [ts, te] of union(triggers.filter(([ts, te]) => ts >= s && te <= e))) {
      if (ts > inner) mark.append(slice(inner, ts));
      mark.append(h("b", {class: "trigger"}, slice(ts, te)));
      inner = te;
    }
    if (e > inner) mark.append(slice(inner, e));
    nodes.push(mark);
    at = e;
  }
  if (at < cps.length) nodes.push(slice(at));
  return {nodes, misplaced};
}

function actors(list) {
  if (!list || !list.length) return h("span", {class: "muted"}, "unknown");
  return list.map((a, i) => [i ? ", " : "", h("span", {class: "actor", title: a.role || null}, actorLabel(a))]);
}

function tollText(t, word) {
  if (!t) return null;
  const bits = [`${toll(t)} ${word}`];
  if (t.cumulative) bits.push("running total");
  if (t.civilian) bits.push("civilians");
  if (t.min !== undefined && t.max !== undefined && t.min !== null) bits.push(`${t.min}–${t.max}`);
  return [bits.join(", "), t.text ? h("span", {class: "quote"}, ` “${t.text}”`) : null];
}

export class EventView {
  constructor(el, opts) {
    this.el = el;
    this.opts = opts;
    this.title = el.querySelector("#event-title");
    this.body = el.querySelector("#event-body");
    this.current = "";
    el.querySelector("#event-close").addEventListener("click", () => this.close());
  }

  close() {
    this.el.hidden = true;
    this.current = "";
    document.body.classList.remove("drawer-open");
    this.opts.onClose();
  }

  async open(id) {
    this.current = id;
    this.el.hidden = false;
    document.body.classList.add("drawer-open");
    fill(this.title, h("span", {class: "muted"}, "Loading…"));
    fill(this.body);
    let answer;
    try {
      answer = await api.event(id);
    } catch (err) {
      if (this.current === id) fill(this.title, h("span", {class: "error"}, err.message));
      return;
    }
    if (this.current !== id) return;
    const e = answer.event;
    this.el.dataset.id = id;
    this.opts.onFacts(e);
    fill(this.title,
      h("span", {class: "type-pill", style: {background: typeColor(e.type)}}, e.type + (e.mode ? "/" + e.mode : "")),
      " ", h("span", {class: "status " + e.status}, e.status),
      " ", h("span", {class: "event-date"}, eventDate(e.date)),
      h("div", {class: "event-id muted"}, e.id, ` · confidence ${e.confidence}`,
        e.revision ? ` · revised ${e.revision}×` : ""));
    fill(this.body, this.facts(e), this.reports(e, answer.documents));
    this.el.focus({preventScroll: true});
  }

  facts(e) {
    const loc = e.location;
    const rows = [
      ["Date", [eventDate(e.date), e.date.precision !== "day" ? h("span", {class: "muted"}, ` (${e.date.precision})`) : null,
                e.date.text ? h("span", {class: "quote"}, ` “${e.date.text}”`) : null]],
      ["Place", loc ? [[loc.name, loc.admin1, loc.country].filter(Boolean).join(", "),
                       h("span", {class: "muted"}, ` (${loc.precision})`)] : h("span", {class: "muted"}, "not given")],
      ["Who acts", actors(e.source_actors)],
      ["On whom", actors(e.target_actors)],
      ["Claimed by", e.claimed_by.length ? actors(e.claimed_by) : h("span", {class: "muted"}, "no one: the reports state it themselves")],
    ];
    for (const [label, t, word] of [["Fatalities", e.fatalities, "dead"], ["Injured", e.injured, "injured"],
                                     ["Arrested", e.arrested, "arrested"]]) {
      if (t) rows.push([label, tollText(t, word)]);
    }
    const dl = h("dl", {class: "facts"}, rows.map(([k, v]) => [h("dt", {}, k), h("dd", {}, v)]));
    const claims = e.toll_claims && e.toll_claims.length > 1 ? h("details", {class: "claims"},
      h("summary", {}, `Every figure given (${e.toll_claims.length})`),
      h("table", {}, h("tbody", {}, e.toll_claims.map((c) => h("tr", {},
        h("td", {}, c.kind), h("td", {class: "num"}, `${c.count}${c.cumulative ? "+" : ""}`),
        h("td", {}, day(c.published)), h("td", {class: "muted"}, c.updated ? "updated figure" : ""),
        h("td", {class: "quote"}, c.text || "")))))) : null;
    return h("section", {class: "event-facts"}, dl, claims);
  }

  reports(e, documents) {
    const byDoc = new Map();
    for (const m of e.mentions) {
      if (!byDoc.has(m.doc_id)) byDoc.set(m.doc_id, []);
      byDoc.get(m.doc_id).push(m);
    }
    const section = h("section", {class: "reports"},
      h("h3", {}, documents.length > 1 ? `Reported by ${documents.length} reports` : "Reported by one report"));
    for (const d of documents) section.append(this.report(d, byDoc.get(d.id) || []));
    return section;
  }

  report(d, mentions) {
    const article = h("div", {class: "article", lang: d.lang || null}, h("span", {class: "muted"}, "Loading the article…"));
    const more = h("button", {type: "button", class: "link",
                              onclick: () => this.opts.onReport(d.id, d.title || d.id)}, "all events of this report");
    const card = h("article", {class: "report", "data-doc": d.id},
      h("header", {},
        h("div", {class: "report-title"}, d.title || d.id),
        h("div", {class: "report-meta muted"},
          [d.source, d.published ? day(d.published) : "date unknown", d.lang ? d.lang.toUpperCase() : null]
            .filter(Boolean).join(" · "), d.url ? [" · ", safeLink(d.url, "original")] : null,
          " · ", plural(mentions.length, "sentence"), " about this event · ",
          more)),
      article);
    api.document(d.id).then((doc) => {
      more.textContent = `all ${plural(doc.events.length, "event")} of this report`;
      const {nodes, misplaced} = highlighted(doc.text, mentions);
      fill(article, nodes);
      for (const m of misplaced) {
        card.insertBefore(h("blockquote", {class: "misplaced"}, m.sentence), article);
      }
      const first = article.querySelector("mark.sentence");
      if (first) article.scrollTop = Math.max(0, first.offsetTop - article.offsetTop - 40);
    }).catch((err) => fill(article, h("span", {class: "error"}, err.message)));
    return card;
  }
}
