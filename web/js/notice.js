// Tells the reader what went wrong in the page's language: what failed and why, in our words first; the
// server's own detail (in English) after it, as secondary text.
import { ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { has, t } from './i18n.js';

export function createNotice(container) {
  let shown = null; // {what, error, action}, kept to be told again in another language

  function render() {
    if (!shown) return;
    const { what, error, action } = shown;
    const detail = detailOf(error);
    replaceChildren(container,
      el('div', { className: 'notice__text' },
        el('p', {}, el('strong', {}, t(`error.${what}`)), ' ', reasonOf(error)),
        detail ? el('p', { className: 'notice__detail', lang: 'en' }, detail) : null),
      action ? el('button', { type: 'button', className: 'button notice__action', on: { click: () => { action.run(); } } }, t(action.label)) : null,
      el('button', { type: 'button', className: 'notice__close', on: { click: () => clear() } }, t('error.dismiss')));
    container.hidden = false;
  }

  function clear() {
    shown = null;
    replaceChildren(container);
    container.hidden = true;
  }

  return {
    /**
     * @param what an i18n key under "error", such as "zones"
     * @param action {label: i18n key, run()}: what the reader can do about it, such as clearing the filters
     */
    error(what, error, { action = null } = {}) {
      shown = { what, error, action };
      render();
    },
    clear,
    /** Words changed (language). */
    render,
  };
}

/** Why it failed, in the reader's language. */
export function reasonOf(error) {
  // fetch() rejects with a TypeError when the server cannot be reached at all.
  if (!(error instanceof ApiError)) return t(error instanceof TypeError ? 'error.network' : 'error.unexpected');
  if (error.status === 400) {
    return error.parameter && has(`filters.${error.parameter}`)
      ? t('error.invalidFilter', { filter: t(`filters.${error.parameter}`) }) : t('error.badRequest');
  }
  if (error.status === 401) return t('error.signInAgain');
  if (error.status === 403) return t('error.forbidden');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 409) return t('error.exists');
  if (error.status === 429 || error.status === 503) return t('error.busy');
  return t(error.status >= 500 ? 'error.server' : 'error.unexpected');
}

/** Why it failed in the reader's language, then what the server said, in one line. */
export function sentenceOf(error) {
  const detail = detailOf(error);
  return detail ? `${reasonOf(error)} (${detail})` : reasonOf(error);
}

/** What the server (or the script) said, for whoever can read it; nothing for an unreachable server. */
function detailOf(error) {
  if (error instanceof TypeError && !(error instanceof ApiError)) return null;
  return error?.message || null;
}
