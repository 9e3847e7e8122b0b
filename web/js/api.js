// Talks to the KCN Atlas API: JSON in, problem documents (RFC 9457) turned into ApiError.

const busyListeners = new Set();
let pending = 0;

/** A failed request, carrying what the server said in its problem document. */
export class ApiError extends Error {
  constructor(status, title, detail, parameter) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.parameter = parameter; // the query parameter a 400 names, if it names one
  }
}

/** Calls fn(true) when the first request starts and fn(false) when the last one ends. */
export function onBusyChange(fn) {
  busyListeners.add(fn);
}

export function isAbort(error) {
  return error?.name === 'AbortError';
}

/** GETs a path with query parameters; empty values are left out. */
export async function getJson(path, { params = {}, signal } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  changePending(+1);
  try {
    const response = await fetch(url, {
      signal,
      headers: { Accept: 'application/geo+json, application/json;q=0.9, application/problem+json;q=0.8' },
    });
    if (!response.ok) throw await errorOf(response);
    return await response.json();
  } finally {
    changePending(-1);
  }
}

export const zonePath = (code, part = '') => `/api/zones/${encodeURIComponent(code)}${part ? `/${part}` : ''}`;

async function errorOf(response) {
  let problem = {};
  try {
    problem = await response.json();
  } catch {
    // Not a problem document (a proxy's page, say): the status alone must do.
  }
  return new ApiError(response.status, problem.title, problem.detail, problem.parameter);
}

function changePending(delta) {
  const wasBusy = pending > 0;
  pending += delta;
  if (wasBusy !== pending > 0) busyListeners.forEach((fn) => fn(pending > 0));
}
