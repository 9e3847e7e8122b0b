// One section's data from the API, told apart as the page must show it: the answer, an endpoint this server
// does not have yet (404, or a grouping or a date it cannot answer for: 400 naming groupBy or asOf), or
// another failure.
import { ApiError, getJson, isAbort } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { reasonOf } from '../notice.js';

const UNSUPPORTED = ['groupBy', 'asOf'];

/** {value} | {unavailable: true} | {error}; an aborted request answers null. */
export async function loadPart(path, { params = {}, signal } = {}) {
  try {
    return { value: await getJson(path, { params, signal }) };
  } catch (error) {
    if (isAbort(error)) return null;
    const missing = error instanceof ApiError
      && (error.status === 404 || (error.status === 400 && UNSUPPORTED.includes(error.parameter)));
    return missing ? { unavailable: true } : { error };
  }
}

/** Replaces a section's body with why it shows nothing: not available on this server, or what failed. */
export function showAbsence(body, outcome) {
  replaceChildren(body, outcome.unavailable
    ? el('p', { className: 'dashboard__unavailable muted' }, t('dashboard.unavailable'))
    : el('p', { className: 'error-text', attrs: { role: 'status' } }, t('error.part', { detail: reasonOf(outcome.error) })));
}
