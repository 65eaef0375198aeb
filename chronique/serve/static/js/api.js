// The HTTP API, as the page uses it. Every error comes back as {error: {code, message}}.

const TOKEN_KEY = "chronique.token";

export class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function call(path, options = {}) {
  let response;
  try {
    response = await fetch(path, options);
  } catch (err) {
    throw new ApiError(0, "unreachable", "the chronique server does not answer: is it running?");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = body && body.error ? body.error : {code: "error", message: response.statusText};
    throw new ApiError(response.status, error.code, error.message);
  }
  return body;
}

/** The query string of the filters (only those set). */
export function query(params) {
  const q = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    if (Array.isArray(value)) {
      if (value.length) q.set(key, value.join(","));
    } else q.set(key, String(value));
  }
  const s = q.toString();
  return s ? "?" + s : "";
}

export const api = {
  events: (params) => call("/events" + query(params)),
  event: (id) => call("/events/" + encodeURIComponent(id)),
  document: (id) => call("/documents/" + encodeURIComponent(id)),
  timeline: (params) => call("/timeline" + query(params)),
  points: (params) => call("/points" + query(params)),
  stats: () => call("/stats"),
  /** POST /documents: `body` as text/plain or text/html, `params` published, lang, title, url. */
  post(body, contentType, params) {
    const headers = {"Content-Type": contentType + "; charset=utf-8"};
    const token = sessionStorage.getItem(TOKEN_KEY);
    if (token) headers.Authorization = "Bearer " + token;
    return call("/documents" + query(params), {method: "POST", headers, body});
  },
  setToken(token) {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  },
};
