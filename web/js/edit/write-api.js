// Requests of a signed-in user: each carries the CSRF token from the XSRF-TOKEN cookie and says it comes
// from a script, so that a 401 brings no password dialog of the browser's own. A refusal becomes a
// WriteRefusal holding the server's problem document (errors, the current version of a stale write…).
import { ApiError } from '../api.js';

export class WriteRefusal extends ApiError {
  constructor(status, problem) {
    super(status, problem.title, problem.detail, problem.parameter);
    this.problem = problem;
  }

  /** The problems a 422 lists: {code, message, pointer, coordinate: [lon, lat]}. */
  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }
}

const SCRIPT_HEADERS = { 'X-Requested-With': 'XMLHttpRequest' };

function csrfToken() {
  const cookie = document.cookie.split(';').map((part) => part.trim()).find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/**
 * Sends a change and answers {body, etag}.
 *
 * @param body an object sent as JSON, or a File / string sent as it is with contentType
 * @param ifMatch the ETag of the version the change is based on
 */
export async function send(method, path, { body, contentType = 'application/json', ifMatch, params } = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params ?? {})) url.searchParams.set(name, value);
  const headers = { ...SCRIPT_HEADERS, Accept: 'application/geo+json, application/json, application/problem+json',
    'X-XSRF-TOKEN': csrfToken() };
  if (body !== undefined) headers['Content-Type'] = contentType;
  if (ifMatch) headers['If-Match'] = ifMatch;
  const encoded = body === undefined || typeof body === 'string' || body instanceof Blob ? body : JSON.stringify(body);
  return answerOf(await fetch(url, { method, headers, body: encoded }));
}

/** A GET for editing: never from the browser's cache, with the ETag the next change names in If-Match. */
export async function readForEdit(path) {
  return answerOf(await fetch(new URL(path, window.location.origin), { cache: 'no-store',
    headers: { ...SCRIPT_HEADERS, Accept: 'application/geo+json, application/json, application/problem+json' } }));
}

async function answerOf(response) {
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    // Not JSON (a proxy's page, say): the status alone must do.
  }
  if (!response.ok) {
    const refusal = new WriteRefusal(response.status, body ?? {});
    refusal.retryAfter = Number(response.headers.get('Retry-After')) || null;
    throw refusal;
  }
  return { body, etag: response.headers.get('ETag') };
}
