// Events per day, stacked by type, in a hand-drawn SVG. The bars are days when the span fits
// (at least 3 pixels a day), else weeks, months or years; dragging across them, or clicking a
// bar, selects a period, which filters every other panel.

import {fill, h, svg} from "./dom.js";
import {TYPES, day, monthLabel, plural, typeColor} from "./format.js";

const DAY = 86400000;
const M = {top: 8, right: 12, bottom: 20, left: 34};
const UNITS = ["day", "week", "month", "year"];
const MAX_BAR = 56;

const toDay = (iso) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const toIso = (d) => new Date(d * DAY).toISOString().slice(0, 10);

/** [start, end) of the bin of `unit` holding day number `d`. */
function bin(unit, d) {
  if (unit === "day") return [d, d + 1];
  if (unit === "week") { const s = d - ((d + 3) % 7); return [s, s + 7]; }   // weeks from Monday
  const t = new Date(d * DAY);
  const y = t.getUTCFullYear();
  if (unit === "month") {
    const m = t.getUTCMonth();
    return [Date.UTC(y, m, 1) / DAY, Date.UTC(y, m + 1, 1) / DAY];
  }
  return [Date.UTC(y, 0, 1) / DAY, Date.UTC(y + 1, 0, 1) / DAY];
}

function binLabel(unit, start) {
  const iso = toIso(start);
  if (unit === "day") return day(iso);
  if (unit === "week") return `Week of ${day(iso)}`;
  if (unit === "month") return monthLabel(iso);
  return iso.slice(0, 4);
}

export class Timeline {
  constructor(el, opts) {
    this.el = el;
    this.opts = opts;
    this.data = null;
    this.view = null;           // [from, to) day numbers when zoomed in
    this.since = "";
    this.until = "";
    this.types = [];
    opts.zoomButton.addEventListener("click", () => this.zoom());
    opts.allButton.addEventListener("click", () => { this.view = null; this.draw(); });
    new ResizeObserver(() => this.draw()).observe(el);
  }

  update(data, since, until, types) {
    Object.assign(this, {data, since: since || "", until: until || "", types: types || []});
    this.draw();
    this.drawLegend();
  }

  zoom() {
    if (!this.data || !this.data.days.length) return;
    const days = this.data.days.map((d) => toDay(d.date));
    const from = this.since ? toDay(this.since) : Math.min(...days);
    const to = (this.until ? toDay(this.until) : Math.max(...days)) + 1;
    this.view = [from, Math.max(to, from + 7)];
    this.draw();
  }

  draw() {
    const width = this.el.clientWidth;
    const height = this.el.clientHeight || 120;
    if (!this.data || width < 100) return;
    const days = this.data.days;
    this.el.dataset.total = this.data.total;
    if (!days.length) {
      fill(this.el, h("p", {class: "empty"}, "No dated event matches these filters."));
      this.opts.unitLabel.textContent = "";
      this.updateButtons();
      return;
    }
    const plotW = width - M.left - M.right;
    const plotH = height - M.top - M.bottom;
    const first = toDay(days[0].date);
    const last = toDay(days[days.length - 1].date);
    let [d0, d1] = this.view || [first, last + 1];
    const unit = UNITS.find((u) => {
      const n = (d1 - d0) / {day: 1, week: 7, month: 30.4, year: 365.25}[u];
      return plotW / n >= (u === "day" ? 3 : 4);
    }) || "year";
    if (!this.view) {   // whole bins at both ends
      d0 = bin(unit, d0)[0];
      d1 = bin(unit, d1 - 1)[1];
    }
    const x = (d) => M.left + ((d - d0) / (d1 - d0)) * plotW;

    // Counts per bin and type, inside the view.
    const bins = new Map();
    for (const {date, counts} of days) {
      const d = toDay(date);
      if (d < d0 || d >= d1) continue;
      const [s, e] = bin(unit, d);
      const b = bins.get(s) || {start: s, end: e, counts: {}, total: 0};
      for (const [t, n] of Object.entries(counts)) {
        b.counts[t] = (b.counts[t] || 0) + n;
        b.total += n;
      }
      bins.set(s, b);
    }
    const max = Math.max(1, ...[...bins.values()].map((b) => b.total));
    const y = (n) => M.top + plotH - (n / max) * plotH;

    const root = svg("svg", {width, height, class: "tl", role: "img",
                             "aria-label": `Events per ${unit}, stacked by type`});
    // Grid and y labels.
    for (const n of [...new Set([Math.ceil(max / 2), max])]) {
      root.append(svg("line", {x1: M.left, x2: width - M.right, y1: y(n), y2: y(n), class: "grid"}),
                  svg("text", {x: M.left - 6, y: y(n) + 4, class: "ylabel"},
                      n >= 10000 ? `${Math.round(n / 1000)}k` : n));
    }
    root.append(svg("line", {x1: M.left, x2: width - M.right, y1: y(0), y2: y(0), class: "axis"}));
    // Bars, stacked in PLOVER's order from cooperation (bottom) to assault (top).
    const bars = svg("g", {class: "bars"});
    for (const b of bins.values()) {
      let x0 = Math.max(M.left, x(b.start));
      let w = Math.max(1, Math.min(width - M.right, x(b.end)) - x0 - (x(b.end) - x(b.start) > 4 ? 1 : 0));
      if (w > MAX_BAR) { x0 += (w - MAX_BAR) / 2; w = MAX_BAR; }   // a few days over a wide axis
      const parts = TYPES.filter((t) => b.counts[t]).map((t) => `${t} ${b.counts[t]}`).join(", ");
      const g = svg("g", {class: "bar", "data-start": toIso(b.start)},
                    svg("title", {}, `${binLabel(unit, b.start)}: ${plural(b.total, "event")} — ${parts}`));
      let acc = 0;
      for (const t of TYPES) {
        const n = b.counts[t];
        if (!n) continue;
        g.append(svg("rect", {x: x0, width: w, y: y(acc + n), height: Math.max(0.5, y(acc) - y(acc + n)),
                              fill: typeColor(t), "data-type": t}));
        acc += n;
      }
      bars.append(g);
    }
    root.append(bars);
    this.drawTicks(root, d0, d1, x, height);
    // The selected period: everything outside it is veiled.
    if (this.since || this.until) {
      const s = Math.max(M.left, this.since ? x(toDay(this.since)) : M.left);
      const e = Math.min(width - M.right, this.until ? x(toDay(this.until) + 1) : width - M.right);
      if (s > M.left) root.append(svg("rect", {x: M.left, y: M.top, width: s - M.left, height: plotH, class: "veil"}));
      if (e < width - M.right) root.append(svg("rect", {x: e, y: M.top, width: width - M.right - e, height: plotH, class: "veil"}));
      root.append(svg("rect", {x: s, y: M.top, width: Math.max(1, e - s), height: plotH, class: "selection"}));
    }
    const brush = svg("rect", {x: M.left, y: M.top, width: 0, height: plotH, class: "brush"});
    root.append(brush);
    const overlay = svg("rect", {x: M.left, y: 0, width: plotW, height: height, class: "overlay"});
    root.append(overlay);
    this.bindBrush(overlay, brush, {unit, d0, d1, plotW, x});
    fill(this.el, root);
    const undated = this.data.undated ? ` · ${plural(this.data.undated, "event")} of unknown date` : "";
    this.opts.unitLabel.textContent = `events per ${unit}, by type${undated}`;
    this.updateButtons();
  }

  drawTicks(root, d0, d1, x, height) {
    const span = d1 - d0;
    const ticks = [];   // [day, label, is a year]
    if (span <= 45) {
      for (let d = d0; d < d1; d += 1) {
        if (span <= 14 || (d + 3) % 7 === 0) ticks.push([d, day(toIso(d)).replace(/ \d{4}$/, ""), false]);
      }
    } else if (span <= 2000) {
      for (let d = bin("month", d0 - 1)[1]; d < d1; d = bin("month", d)[1]) {
        const iso = toIso(d);
        const jan = iso.slice(5, 7) === "01";
        ticks.push([d, jan ? iso.slice(0, 4) : monthLabel(iso).slice(0, 3), jan]);
      }
    } else {
      for (let d = bin("year", d0 - 1)[1]; d < d1; d = bin("year", d)[1]) ticks.push([d, toIso(d).slice(0, 4), true]);
    }
    // Years first, then the months that still fit between them.
    const placed = [];
    const fits = (tx, w) => placed.every(([a, b]) => tx + w + 6 < a || tx > b + 6);
    for (const pass of [true, false]) {
      for (const [d, label, year] of ticks) {
        if (year !== pass) continue;
        const tx = x(d);
        const w = label.length * 6.2;
        if (tx + w > x(d1) + 4 || !fits(tx, w)) continue;
        placed.push([tx, tx + w]);
        root.append(svg("line", {x1: tx, x2: tx, y1: height - M.bottom, y2: height - M.bottom + (year ? 6 : 4), class: "axis"}),
                    svg("text", {x: tx + 2, y: height - 5, class: "xlabel" + (year ? " year" : "")}, label));
      }
    }
  }

  bindBrush(overlay, brush, {unit, d0, d1, plotW, x}) {
    const dayAt = (px) => d0 + ((px - M.left) / plotW) * (d1 - d0);
    const local = (e) => e.clientX - overlay.ownerSVGElement.getBoundingClientRect().left;
    let start = null;
    overlay.addEventListener("pointerdown", (e) => {
      start = local(e);
      overlay.setPointerCapture(e.pointerId);
    });
    overlay.addEventListener("pointermove", (e) => {
      if (start === null) return;
      const now = Math.min(Math.max(local(e), M.left), M.left + plotW);
      brush.setAttribute("x", Math.min(start, now));
      brush.setAttribute("width", Math.abs(now - start));
    });
    overlay.addEventListener("pointerup", (e) => {
      if (start === null) return;
      const end = Math.min(Math.max(local(e), M.left), M.left + plotW);
      const a = Math.min(start, end);
      const b = Math.max(start, end);
      start = null;
      brush.setAttribute("width", 0);
      let since, until;
      if (b - a < 3) {   // a click: the bin under the pointer, or nothing when it is selected
        const [s, t] = bin(unit, Math.floor(dayAt(a)));
        since = toIso(Math.max(s, Math.floor(d0)));
        until = toIso(Math.min(t, Math.ceil(d1)) - 1);
        if (since === this.since && until === this.until) { since = ""; until = ""; }
      } else {
        since = toIso(bin(unit, Math.floor(dayAt(a)))[0]);
        until = toIso(bin(unit, Math.floor(dayAt(b)))[1] - 1);
      }
      this.opts.onSelect(since, until);
    });
  }

  updateButtons() {
    const selected = Boolean(this.since || this.until);
    this.opts.zoomButton.hidden = !selected;
    this.opts.allButton.hidden = !this.view;
  }

  drawLegend() {
    const totals = {};
    for (const {counts} of this.data.days) {
      for (const [t, n] of Object.entries(counts)) totals[t] = (totals[t] || 0) + n;
    }
    const items = TYPES.filter((t) => totals[t]).map((t) => h("button", {
      type: "button",
      class: "legend-item" + (this.types.length && !this.types.includes(t) ? " off" : ""),
      title: `Show only ${t} (click again for every type)`,
      "data-type": t,
      onclick: () => this.opts.onType(t),
    }, h("span", {class: "swatch", style: {background: typeColor(t)}}), t, " ",
       h("span", {class: "muted"}, totals[t].toLocaleString("en"))));
    fill(this.opts.legend, items);
  }
}
