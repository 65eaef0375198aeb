// The events, one row each: sorted by the server (click a column head), a page at a time.

import {fill, h} from "./dom.js";
import {actorLabel, actorsShort, eventDate, place, plural, toll, typeColor} from "./format.js";

export class EventTable {
  constructor(table, opts) {
    this.table = table;
    this.body = table.querySelector("tbody");
    this.opts = opts;
    this.page = null;
    this.sort = "-date";
    for (const th of table.querySelectorAll("th[data-sort]")) {
      th.tabIndex = 0;
      const go = () => {
        const key = th.dataset.sort;
        // A first click sorts the way an analyst reads it: dates, tolls and sources biggest first.
        const firstDesc = ["date", "fatalities", "sources"].includes(key);
        const next = this.sort === key ? "-" + key : this.sort === "-" + key ? key
          : (firstDesc ? "-" + key : key);
        opts.onSort(next);
      };
      th.addEventListener("click", go);
      th.addEventListener("keydown", (e) => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); go(); } });
    }
    opts.prev.addEventListener("click", () => {
      if (this.page && this.page.offset > 0) opts.onPage(Math.max(0, this.page.offset - this.page.limit));
    });
    opts.next.addEventListener("click", () => {
      if (this.page && this.page.next) opts.onPage(this.page.offset + this.page.limit);
    });
  }

  loading(on) {
    this.table.classList.toggle("loading", on);
  }

  update(page, sort, fresh) {
    this.page = page;
    this.sort = sort;
    for (const th of this.table.querySelectorAll("th[data-sort]")) {
      const key = th.dataset.sort;
      th.setAttribute("aria-sort", sort === key ? "ascending" : sort === "-" + key ? "descending" : "none");
    }
    if (!page) {
      fill(this.body);
      this.opts.count.textContent = "";
      return;
    }
    fill(this.body, page.events.map((e) => this.row(e, fresh)));
    const n = page.events.length;
    const total = `${page.total.toLocaleString("en")}${page.total_exact ? "" : "+"}`;
    this.opts.count.textContent = n
      ? `${page.offset + 1}–${page.offset + n} of ${total}` : "";
    this.opts.prev.disabled = page.offset === 0;
    this.opts.next.disabled = !page.next;
    this.opts.empty.hidden = n > 0;
    if (!n) {
      fill(this.opts.empty, "No event matches these filters. ",
           h("button", {type: "button", class: "link", onclick: () => this.opts.onClear()}, "Clear them"));
    }
  }

  row(e, fresh) {
    const dead = toll(e.fatalities);
    const who = `${actorsShort(e.source_actors)} → ${actorsShort(e.target_actors)}`;
    const whoFull = [...e.source_actors.map(actorLabel), "→", ...e.target_actors.map(actorLabel)].join(" ");
    const loc = e.location;
    return h("tr", {
      "data-id": e.id, tabindex: 0, class: fresh.has(e.id) ? "fresh" : null,
      onclick: () => this.opts.onOpen(e.id),
      onkeydown: (ev) => { if (ev.key === "Enter") this.opts.onOpen(e.id); },
    },
      h("td", {class: "date", title: e.date.text ? `“${e.date.text}”` : null}, eventDate(e.date)),
      h("td", {class: "type"}, h("span", {class: "swatch", style: {background: typeColor(e.type)}}),
        e.type, e.mode ? h("span", {class: "muted"}, "/" + e.mode) : null),
      h("td", {}, h("span", {class: "status " + e.status}, e.status)),
      h("td", {class: "actors", title: whoFull}, who),
      h("td", {class: "place", title: loc ? [loc.name, loc.admin1, loc.country].filter(Boolean).join(", ") : null},
        place(loc), loc && loc.country && loc.precision !== "country" ? h("span", {class: "muted"}, " " + loc.country) : null),
      h("td", {class: "num", title: e.fatalities && e.fatalities.cumulative ? "a running total" : null}, dead),
      h("td", {class: "num", title: plural(e.sources.length, "report")}, e.sources.length));
  }

  select(id) {
    for (const tr of this.body.querySelectorAll("tr.selected")) tr.classList.remove("selected");
    if (!id) return;
    const tr = this.body.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
    if (tr) tr.classList.add("selected");
  }
}
