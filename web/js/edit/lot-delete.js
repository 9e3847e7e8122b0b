// Deleting a lot from its popup, for editors: a button, a second click to confirm, then the delete based
// on the lot's current version (If-Match).
import { zonePath } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { sentenceOf } from '../notice.js';
import { readForEdit, send } from './write-api.js';

/**
 * The controls a lot's popup gets: null for a reader who may not delete.
 *
 * @param onDeleted (zone code) once the lot is gone
 */
export function lotDeleteControls(lot, { session, onDeleted }) {
  if (!session.canEdit) return null;
  const box = el('div', { className: 'lot-popup__actions' });
  // Each button replaces itself, so by the time the click reaches the map its target is out of the page and
  // Leaflet 1.9 can no longer tell it came from the popup: it would take it for a click on the map and close
  // the popup under the planner. The box, still in the page, keeps the click to itself.
  box.addEventListener('click', (event) => event.stopPropagation());
  const path = zonePath(lot.zone, `lots/${encodeURIComponent(lot.code)}`);

  function offer() {
    replaceChildren(box, el('button', { type: 'button', className: 'button button--ghost', dataset: { action: 'delete-lot' },
      on: { click: () => confirm() } }, t('lotEdit.delete')));
  }

  function confirm() {
    replaceChildren(box, el('p', {}, t('lotEdit.confirm', { code: lot.code })),
      el('button', { type: 'button', className: 'button', dataset: { action: 'confirm-delete-lot' }, on: { click: () => remove() } },
        t('lotEdit.deleteConfirm')),
      el('button', { type: 'button', className: 'button button--ghost', on: { click: () => offer() } }, t('form.cancel')));
    box.querySelector('button').focus();
  }

  async function remove() {
    try {
      const { etag } = await readForEdit(path);
      await send('DELETE', path, { ifMatch: etag });
      onDeleted(lot.zone);
    } catch (failure) {
      replaceChildren(box, el('p', { className: 'error-text', attrs: { role: 'alert' } }, sentenceOf(failure)));
    }
  }

  offer();
  return box;
}
