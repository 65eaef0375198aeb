// The page: one state (filters, sort, page, open event), kept in the address bar's #fragment so
// that a reload or a shared link shows the same view; every panel redrawn from the API.

import {api} from "./api.js";
import {debounce, fill, h} from "./dom.js";
import {STATUSES, TYPES, plural, typeColor} from "./format.js";
import {EventView} from "./event.js";
import {EventMap} from "./map.js";
import {PasteBox} from "./paste.js";
import {EventTable} from "./table.js";
import {Timeline} from "./timeline.js";

const EMPTY = {q: "", type: [], status: "", country: "", actor: "", since: "", until: "", doc: ""};
const state = {filters: {...EMPTY, type: []}, sort: "-date", offset: 0, limit: 50, event: ""};
const fresh = new Set();      // events the last pasted report added or changed
const docNames = new Map();   // report id -> title, for the filter chip
const latest = {table: 0, map: 0, timeline: 0};   // answers older than these are dropped

const $ = (id) => document.getElementById(id);

// --- the state in the address bar ----------------------------------------------------------

function readHash() {
  const p = new URLSearchParams(location.hash.slice(1));
  state.filters = {...EMPTY, type: []};
  for (const key of Object.keys(EMPTY)) {
    const v = p.get(key);
    if (v) state.filters[key] = key === "type" ? v.split(",").filter((t) => TYPES.includes(t)) : v;
  }
  state.sort = p.get("sort") || "-date";
  state.offset = Math.max(0, Number(p.get("offset")) || 0);
  state.limit = [25, 50, 100, 200].includes(Number(p.get("limit"))) ? Number(p.get("limit")) : 50;
  state.event = p.get("event") || "";
}

function writeHash() {
  const p = new URLSearchParams();
  for (const [key, v] of Object.entries(state.filters)) {
    if (Array.isArray(v) ? v.length : v) p.set(key, Array.isArray(v) ? v.join(",") : v);
  }
  if (state.sort !== "-date") p.set("sort", state.sort);
  if (state.offset) p.set("offset", state.offset);
  if (state.limit !== 50) p.set("limit", state.limit);
  if (state.event) p.set("event", state.event);
  const hash = p.toString();
  if (hash !== location.hash.slice(1)) {
    history.replaceState(null, "", location.pathname + location.search + (hash ? "#" + hash : ""));
  }
}

/** The filters as the API takes them; `withPeriod` false leaves out since/until. */
function apiFilters(withPeriod = true) {
  const f = {...state.filters};
  if (!withPeriod) { delete f.since; delete f.until; }
  return f;
}

// --- panels ---------------------------------------------------------------------------------

const timeline = new Timeline($("timeline"), {
  onSelect: (since, until) => setFilters({since, until}),
  unitLabel: $("tl-unit"), zoomButton: $("tl-zoom"), allButton: $("tl-all"),
  legend: $("legend"),
  onType: (type) => {
    const types = state.filters.type;
    setFilters({type: types.length === 1 && types[0] === type ? [] : [type]});
  },
});
const map = new EventMap($("map"), {
  onOpen: (id) => openEvent(id),
  onCountry: (iso3) => setFilters({country: state.filters.country === iso3 ? "" : iso3}),
  note: $("map-note"),
});
const table = new EventTable($("events"), {
  onOpen: (id) => openEvent(id),
  onSort: (sort) => { state.sort = sort; state.offset = 0; writeHash(); refreshTable(); },
  count: $("table-count"), empty: $("events-empty"), prev: $("page-prev"), next: $("page-next"),
  onPage: (offset) => { state.offset = offset; writeHash(); refreshTable(); },
  onClear: () => setFilters({...EMPTY, type: []}),
});
const eventView = new EventView($("event"), {
  onClose: () => { state.event = ""; writeHash(); table.select(""); map.select(null); },
  onReport: (docId, title) => { docNames.set(docId, title); setFilters({doc: docId}); },
  onFacts: (event) => map.select(event),
});
const paste = new PasteBox($("paste"), {
  onDone: (result) => {
    fresh.clear();
    for (const r of result.results) for (const e of r.events) fresh.add(e.id);
    refreshAll();
    refreshStats();
  },
  onOpen: (id) => openEvent(id),
  onShowReport: (docId) => setFilters({...EMPTY, type: [], doc: docId}),
});

function openEvent(id) {
  state.event = id;
  writeHash();
  table.select(id);
  eventView.open(id);
}

// --- loading --------------------------------------------------------------------------------

function setFilters(partial) {
  Object.assign(state.filters, partial);
  state.offset = 0;
  writeHash();
  syncForm();
  refreshAll();
}

async function refreshTable() {
  const gen = ++latest.table;
  table.loading(true);
  try {
    const page = await api.events({...apiFilters(), sort: state.sort, limit: state.limit,
                                   offset: state.offset});
    if (gen !== latest.table) return;
    table.update(page, state.sort, fresh);
    table.select(state.event);
    setError("");
  } catch (err) {
    if (gen === latest.table) { table.update(null, state.sort, fresh); setError(err.message); }
  } finally {
    table.loading(false);
  }
}

async function refreshMap() {
  const gen = ++latest.map;
  try {
    const points = await api.points(apiFilters());
    if (gen === latest.map) map.update(points, state.filters.country);
  } catch (err) {
    if (gen === latest.map) setError(err.message);
  }
}

async function refreshTimeline() {
  const gen = ++latest.timeline;
  try {
    const data = await api.timeline(apiFilters(false));
    if (gen === latest.timeline) timeline.update(data, state.filters.since, state.filters.until,
                                                 state.filters.type);
  } catch (err) {
    if (gen === latest.timeline) setError(err.message);
  }
}

function refreshAll() {
  document.body.dataset.loading = "1";
  Promise.allSettled([refreshTable(), refreshMap(), refreshTimeline()]).then(() => {
    delete document.body.dataset.loading;
  });
}

// An ingest may add reports while the page stays open: say so, and let the analyst choose when
// the view changes under them.
const POLL_MS = 60000;
let seenStats = null;

async function pollStats() {
  try {
    const s = await api.stats();
    if (seenStats && (s.documents !== seenStats.documents || s.last_added !== seenStats.last_added)) {
      const added = s.documents - seenStats.documents;
      const note = $("updates");
      note.hidden = false;
      note.textContent = added > 0 ? `${plural(added, "new report")} · show` : "The data changed · show";
    }
  } catch (err) {
    // The server is away (restarting?): the next poll tries again.
  }
}

async function refreshStats() {
  try {
    const s = await api.stats();
    seenStats = s;
    $("updates").hidden = true;
    fill($("counts"), plural(s.events, "event"), " · ", plural(s.documents, "report"),
         s.multi_source_events ? ` · ${plural(s.multi_source_events, "event")} from several reports` : "");
    const counts = s.by_type || {};
    for (const input of $("f-type-menu").querySelectorAll("input")) {
      input.parentElement.querySelector(".n").textContent = counts[input.value] || "";
    }
    fill($("countries"), Object.keys(s.by_country || {}).map((c) => h("option", {value: c})));
  } catch (err) {
    setError(err.message);
  }
}

function setError(message) {
  let bar = $("error-bar");
  if (!message) { if (bar) bar.remove(); return; }
  if (!bar) {
    bar = h("div", {id: "error-bar", class: "error-bar", role: "alert"});
    document.body.prepend(bar);
  }
  fill(bar, message);
}

// --- the filter bar -------------------------------------------------------------------------

function buildTypeMenu() {
  const menu = $("f-type-menu");
  fill(menu, TYPES.map((t) => h("label", {class: "type-option"},
    h("input", {type: "checkbox", value: t, onchange: onTypeChange}),
    h("span", {class: "swatch", style: {background: typeColor(t)}}),
    h("span", {class: "t"}, t), h("span", {class: "n muted"}))));
  menu.append(h("div", {class: "menu-actions"},
    h("button", {type: "button", class: "link", onclick: () => setFilters({type: []})}, "All types")));
}

function onTypeChange() {
  const checked = [...$("f-type-menu").querySelectorAll("input:checked")].map((i) => i.value);
  setFilters({type: checked});
}

function syncForm() {
  const f = state.filters;
  $("f-q").value = f.q;
  $("f-status").value = STATUSES.includes(f.status) ? f.status : "";
  $("f-country").value = f.country;
  $("f-actor").value = f.actor;
  $("f-since").value = f.since;
  $("f-until").value = f.until;
  for (const input of $("f-type-menu").querySelectorAll("input")) {
    input.checked = f.type.includes(input.value);
  }
  $("f-type-label").textContent = !f.type.length ? "All types"
    : f.type.length <= 2 ? f.type.join(", ") : `${f.type.length} types`;
  $("f-type").classList.toggle("active", f.type.length > 0);
  const chip = $("f-doc");
  chip.hidden = !f.doc;
  if (f.doc && !docNames.has(f.doc)) {   // name the report once its record comes
    docNames.set(f.doc, f.doc);
    api.document(f.doc).then((d) => {
      const start = d.text.trim().split("\n")[0].slice(0, 60);
      docNames.set(d.id, d.title || (start ? start + "…" : d.id));
      if (state.filters.doc === d.id) syncForm();
    }).catch(() => {});
  }
  if (f.doc) {
    chip.title = docNames.get(f.doc);
    fill(chip, "Report: ", docNames.get(f.doc), " ",
         h("button", {type: "button", class: "close", "aria-label": "Show every report",
                      onclick: () => setFilters({doc: ""})}, "×"));
  }
  document.getElementById("filters").classList.toggle("filtered",
    Object.entries(f).some(([, v]) => (Array.isArray(v) ? v.length : v)));
}

function bindForm() {
  const text = debounce(() => setFilters({q: $("f-q").value.trim()}), 300);
  $("f-q").addEventListener("input", text);
  $("f-status").addEventListener("change", () => setFilters({status: $("f-status").value}));
  const who = debounce(() => setFilters({actor: $("f-actor").value.trim()}), 400);
  $("f-actor").addEventListener("input", who);
  $("f-country").addEventListener("change", () => setFilters({country: $("f-country").value.trim().toUpperCase()}));
  for (const key of ["since", "until"]) {
    $("f-" + key).addEventListener("change", () => setFilters({[key]: $("f-" + key).value}));
  }
  $("f-clear").addEventListener("click", () => setFilters({...EMPTY, type: []}));
  $("filters").addEventListener("submit", (e) => e.preventDefault());
  $("page-size").addEventListener("change", () => {
    state.limit = Number($("page-size").value);
    state.offset = 0;
    writeHash();
    refreshTable();
  });
  $("open-paste").addEventListener("click", () => paste.show());
  $("updates").addEventListener("click", () => { refreshStats(); refreshAll(); });
  setInterval(pollStats, POLL_MS);
  $("map-fit").addEventListener("click", () => map.fit());
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape" && !$("event").hidden && !$("paste").open) eventView.close();
    if (e.key === "/" && document.activeElement === document.body) {
      e.preventDefault();
      $("f-q").focus();
    }
  });
  document.addEventListener("click", (e) => {
    const menu = $("f-type");
    if (menu.open && !menu.contains(e.target)) menu.open = false;
  });
  window.addEventListener("hashchange", () => {
    readHash();
    syncForm();
    refreshAll();
    if (state.event) openEvent(state.event);
  });
}

readHash();
buildTypeMenu();
bindForm();
syncForm();
$("page-size").value = String(state.limit);
refreshStats();
refreshAll();
if (state.event) openEvent(state.event);
