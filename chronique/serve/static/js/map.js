// Events as points over country outlines that ship with the page: no tile server, nothing
// fetched from elsewhere. A point's area grows with its fatalities; dense places cluster.
// Clicking a country filters by it; clicking a point opens the event.

import {h} from "./dom.js";
import {day, plural, typeColor} from "./format.js";

const L = window.L;
const OUTLINES = "/static/vendor/world/countries.geojson";

/** Radius in pixels: the area grows with the toll, within bounds an analyst can still read. */
export function radius(fatalities) {
  return Math.min(30, 5 + 2.2 * Math.sqrt(Math.max(0, fatalities || 0)));
}

export class EventMap {
  constructor(el, opts) {
    this.opts = opts;
    this.follow = true;         // fit the view to each new set of points until the analyst moves it
    this.fitting = false;
    this.bounds = null;
    this.country = "";
    this.map = L.map(el, {
      zoomControl: true, worldCopyJump: false, minZoom: 1, maxZoom: 11, zoomSnap: 0.5,
      maxBounds: [[-75, -220], [85, 220]], maxBoundsViscosity: 0.8, attributionControl: true,
      preferCanvas: false,
    }).setView([30, 20], 2);
    this.map.attributionControl.setPrefix(false);
    this.map.attributionControl.addAttribution("Outlines: Natural Earth via world-atlas · Leaflet");
    this.outlines = L.geoJSON(null, {
      style: (f) => this.countryStyle(f),
      onEachFeature: (f, layer) => {
        layer.bindTooltip(f.properties.name || "", {sticky: true, direction: "top", className: "country-tip"});
        layer.on("click", () => { if (f.properties.iso3) opts.onCountry(f.properties.iso3); });
      },
    }).addTo(this.map);
    this.cluster = L.markerClusterGroup({
      maxClusterRadius: 36, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
      iconCreateFunction: (c) => this.clusterIcon(c),
    }).addTo(this.map);
    this.highlight = L.layerGroup().addTo(this.map);
    this.map.on("dragstart zoomstart", () => { if (!this.fitting) this.follow = false; });
    this.map.on("moveend", () => { this.fitting = false; });
    this.loadOutlines();
    new ResizeObserver(() => this.map.invalidateSize()).observe(el);
  }

  async loadOutlines() {
    const response = await fetch(OUTLINES);
    if (response.ok) {
      this.outlines.addData(await response.json());
      this.outlines.bringToBack();
    }
  }

  countryStyle(feature) {
    const on = this.country && feature.properties.iso3 === this.country;
    return {color: on ? "#3d5a80" : "#b9b2a3", weight: on ? 1.4 : 0.6, fillColor: on ? "#fbf0cf" : "#f4f1ea",
            fillOpacity: 1};
  }

  clusterIcon(cluster) {
    const markers = cluster.getAllChildMarkers();
    const dead = markers.reduce((s, m) => s + (m.options.fatalities || 0), 0);
    const n = cluster.getChildCount();
    const size = Math.round(Math.min(54, 26 + 5 * Math.log2(n) + 1.2 * Math.sqrt(dead)));
    const el = h("div", {class: "cluster" + (dead ? " deadly" : ""),
                         title: `${plural(n, "event")}${dead ? `, ${plural(dead, "death")}` : ""}`,
                         style: {width: size + "px", height: size + "px", lineHeight: size + "px"}},
                 String(n));
    return L.divIcon({html: el, className: "cluster-icon", iconSize: [size, size]});
  }

  update(points, country) {
    this.country = country || "";
    this.outlines.setStyle((f) => this.countryStyle(f));
    this.cluster.clearLayers();
    const markers = [];
    const i = Object.fromEntries(points.fields.map((f, k) => [f, k]));
    for (const row of points.rows) {
      const type = row[i.type];
      const dead = row[i.fatalities] || 0;
      const m = L.circleMarker([row[i.lat], row[i.lon]], {
        radius: radius(dead), color: "#222", weight: 0.8, fillColor: typeColor(type),
        fillOpacity: 0.78, fatalities: dead, eventId: row[i.id], className: "event-point",
      });
      const tip = [type + (row[i.mode] ? "/" + row[i.mode] : ""), row[i.place] || row[i.country],
                   day(row[i.date_start]), dead ? plural(dead, "death") : null]
        .filter(Boolean).join(" · ");
      m.bindTooltip(tip, {direction: "top", offset: [0, -4]});
      m.on("click", () => this.opts.onOpen(row[i.id]));
      markers.push(m);
    }
    this.cluster.addLayers(markers);
    this.bounds = markers.length ? L.latLngBounds(markers.map((m) => m.getLatLng())) : null;
    const shown = plural(points.rows.length, "event");
    const notes = [points.truncated ? `the newest ${shown}` : shown];
    if (points.unplaced) notes.push(`${points.unplaced} without a place`);
    this.opts.note.textContent = notes.join(" · ") + (points.rows.length ? " · size: deaths" : "");
    this.map.getContainer().dataset.points = points.rows.length;
    if (this.follow) this.fit();
  }

  /** The view fitted to the points; it follows the filters again until the next move. */
  fit() {
    this.follow = true;
    if (!this.bounds) return;
    this.fitting = true;
    this.map.fitBounds(this.bounds.pad(0.2), {maxZoom: 6, animate: false});
    this.fitting = false;
  }

  /** Ring the open event's place (or nothing), and bring it into view. */
  select(event) {
    this.highlight.clearLayers();
    const loc = event && event.location;
    if (!loc || loc.lat === null || loc.lon === null) return;
    const at = L.latLng(loc.lat, loc.lon);
    L.circleMarker(at, {radius: radius(event.fatalities && event.fatalities.count) + 5,
                        color: "#111", weight: 2.5, fill: false, interactive: false,
                        className: "selected-point"}).addTo(this.highlight);
    // Bring the place into view, close enough to tell it from its neighbours.
    if (this.map.getZoom() < 5 || !this.map.getBounds().contains(at)) {
      this.fitting = true;
      this.map.setView(at, Math.max(this.map.getZoom(), 5), {animate: false});
      this.fitting = false;
      this.follow = false;
    }
  }
}
