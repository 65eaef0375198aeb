// The paste box: an article (pasted, or a .txt / .html file) and its date in; its events out,
// each saying whether it is new or merged into an event already stored.

import {api} from "./api.js";
import {fill, h} from "./dom.js";
import {actorsShort, eventDate, place, plural, typeColor} from "./format.js";

const ACTIONS = {new: "new", merged: "merged into a stored event", revised: "revised",
                 removed: "removed", stored: "already stored"};

function looksLikeHtml(text) {
  return /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>])/i.test(text);
}

export class PasteBox {
  constructor(dialog, opts) {
    this.dialog = dialog;
    this.opts = opts;
    this.$ = (id) => dialog.querySelector("#" + id);
    this.fileType = "";
    this.$("paste-close").addEventListener("click", () => dialog.close());
    this.$("paste-form").addEventListener("submit", (e) => { e.preventDefault(); this.submit(); });
    this.$("paste-file").addEventListener("change", () => this.readFile());
    this.$("paste-text").addEventListener("input", () => { this.fileType = ""; });
  }

  show() {
    this.dialog.showModal();
    this.$("paste-text").focus();
  }

  async readFile() {
    const file = this.$("paste-file").files[0];
    if (!file) return;
    this.$("paste-text").value = await file.text();
    this.fileType = /\.html?$/i.test(file.name) || file.type === "text/html" ? "text/html" : "text/plain";
    this.status(`${file.name}: ${plural(file.size, "byte")}`);
  }

  status(text, kind = "") {
    const el = this.$("paste-status");
    el.className = kind || "muted";
    el.textContent = text;
  }

  async submit() {
    const text = this.$("paste-text").value;
    if (!text.trim()) { this.status("Paste an article or open a file first.", "error"); return; }
    const type = this.$("paste-format").value || this.fileType || (looksLikeHtml(text) ? "text/html" : "text/plain");
    const params = {published: this.$("paste-date").value, lang: this.$("paste-lang").value,
                    title: this.$("paste-title-input").value.trim(), url: this.$("paste-url").value.trim()};
    const token = this.$("paste-token").value.trim();
    if (token) api.setToken(token);
    const button = this.$("paste-submit");
    button.disabled = true;
    this.dialog.classList.add("busy");
    this.status("Reading the report… (the first one loads the language models: a few seconds)");
    fill(this.$("paste-result"));
    try {
      const result = await api.post(text, type, params);
      this.showResult(result);
      this.opts.onDone(result);
    } catch (err) {
      if (err.status === 401) {
        this.$("paste-token-row").hidden = false;
        api.setToken("");
      }
      this.status(err.message, "error");
    } finally {
      button.disabled = false;
      this.dialog.classList.remove("busy");
    }
  }

  showResult(result) {
    const lists = [];
    const summary = [];
    for (const r of result.results) {
      if (r.status === "failed") { summary.push(r.reason); continue; }
      const c = r.counts;
      summary.push(r.status === "skipped" ? `Already stored (${r.reason || r.document}).`
        : `${plural(r.events.length, "event")}: ${c.new} new, ${c.merged} merged into stored events` +
          (c.revised ? `, ${c.revised} revised` : ""));
      lists.push(h("ul", {class: "paste-events"}, r.events.map((o) => this.item(o))));
      if (r.document) {
        lists.push(h("button", {type: "button", class: "link",
          onclick: () => { this.dialog.close(); this.opts.onShowReport(r.document); }},
          "Show only this report's events"));
      }
      if (r.notes && r.notes.length) lists.push(h("p", {class: "muted"}, r.notes.join(" ")));
    }
    this.status(summary.join(" "), "ok");
    fill(this.$("paste-result"), lists);
  }

  item(outcome) {
    const e = outcome.event;
    if (!e) return h("li", {}, outcome.id, " ", ACTIONS[outcome.action] || outcome.action);
    return h("li", {"data-id": outcome.id},
      h("button", {type: "button", class: "paste-event", onclick: () => { this.dialog.close(); this.opts.onOpen(outcome.id); }},
        h("span", {class: "action " + outcome.action}, ACTIONS[outcome.action] || outcome.action),
        h("span", {class: "type-pill", style: {background: typeColor(e.type)}}, e.type),
        h("span", {}, eventDate(e.date)),
        h("span", {class: "muted"}, `${actorsShort(e.source_actors)} → ${actorsShort(e.target_actors)}`),
        h("span", {}, place(e.location))));
  }
}
