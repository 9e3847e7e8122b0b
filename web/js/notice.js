// Tells the reader what went wrong: our words for what failed, the server's detail for why.
import { ApiError } from './api.js';
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';

export function createNotice(container) {
  return {
    /** @param what an i18n key under "error", such as "zones" */
    error(what, error) {
      // fetch() rejects with a TypeError when the server cannot be reached at all.
      const detail = error instanceof ApiError || !(error instanceof TypeError) ? error.message : t('error.network');
      replaceChildren(container,
        el('p', {}, el('strong', {}, t(`error.${what}`)), ' ', detail),
        el('button', { type: 'button', className: 'notice__close', on: { click: () => this.clear() } }, t('error.dismiss')));
      container.hidden = false;
    },
    clear() {
      replaceChildren(container);
      container.hidden = true;
    },
  };
}
