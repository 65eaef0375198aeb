// Building the page from data without ever parsing data as markup: every string becomes a
// text node, so an article holding "<script>" shows those characters and nothing runs.

/** h("td", {class: "num", title: t}, child, "text", ...) -> an element. */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") el.className = value;
    else if (key === "dataset") Object.assign(el.dataset, value);
    else if (key === "style") Object.assign(el.style, value);   // CSSOM: no inline-style CSP
    else if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else el.setAttribute(key, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** The SVG counterpart of h(). */
export function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else el.setAttribute(key, String(value));
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Empty `el`, then fill it with `children`. */
export function fill(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A link to a report's web address, only for http(s): a "javascript:" URL is shown as text. */
export function safeLink(url, label) {
  if (typeof url === "string" && /^https?:\/\//i.test(url)) {
    return h("a", {href: url, target: "_blank", rel: "noopener noreferrer"}, label ?? url);
  }
  return label ?? url ?? "";
}

export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
