// Comparing two to four zones: the tray that collects them and the side-by-side table.
import { getJson, isAbort, zonePath } from './api.js';
import { asOfParams } from './as-of.js';
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';
import { MAX_COMPARED } from './state.js';
import { FACT_GROUPS, SOURCE_GROUP, fieldContent } from './zone-fields.js';

const MIN_COMPARED = 2;

/**
 * @param parts {tray, chips, hint, openButton, clearButton, dialog, table}
 * @param actions {onRemove(code), onClear(), onError(error), knownZone(code) -> feature | undefined}
 */
export function createCompare(parts, { actions }) {
  const seen = new Map(); // code -> the latest feature seen of each compared zone, in the list or fetched
  let codes = [];
  let request = null;

  parts.openButton.addEventListener('click', () => {
    renderTable();
    parts.dialog.showModal();
  });
  parts.clearButton.addEventListener('click', () => actions.onClear());
  parts.dialog.querySelector('.dialog__close').addEventListener('click', () => parts.dialog.close());

  /** A compared zone, also once a filter has dropped it from the list. */
  const zoneOf = (code) => {
    const known = actions.knownZone(code);
    if (known) seen.set(code, known);
    return known ?? seen.get(code);
  };

  async function fetchMissing() {
    const missing = codes.filter((code) => !zoneOf(code));
    if (missing.length === 0) return;
    request?.abort();
    request = new AbortController();
    const { signal } = request;
    try {
      const features = await Promise.all(missing.map((code) => getJson(zonePath(code), { params: asOfParams(), signal })));
      if (signal.aborted) return;
      features.forEach((feature) => seen.set(feature.id, feature));
      render();
    } catch (error) {
      if (!isAbort(error)) actions.onError(error);
    }
  }

  function renderTray() {
    parts.tray.hidden = codes.length === 0;
    replaceChildren(parts.chips, codes.map((code) => {
      const name = zoneOf(code)?.properties.name ?? code;
      return el('li', { className: 'chip' }, el('span', {}, name),
        el('button', {
          type: 'button',
          className: 'chip__remove',
          attrs: { 'aria-label': t('compare.remove', { name }), title: t('compare.remove', { name }) },
          on: { click: () => actions.onRemove(code) },
        }, '×'));
    }));
    parts.hint.textContent = t('compare.hint', { count: codes.length, max: MAX_COMPARED });
    parts.openButton.disabled = codes.length < MIN_COMPARED;
  }

  function renderTable() {
    const zones = codes.map(zoneOf).filter(Boolean);
    const head = el('tr', {}, el('td', {}), zones.map((zone) => el('th', { scope: 'col' }, zone.properties.name)));
    const body = [...FACT_GROUPS, SOURCE_GROUP].flatMap((group) => [
      el('tr', { className: 'compare__group' }, el('th', { scope: 'colgroup', colSpan: zones.length + 1 },
        el('span', { className: 'compare__group-title' }, t(group.title)))),
      // Each figure with its basis and date; the documents, long, are the panel's to cite in full.
      ...group.fields.map((fieldDef) => el('tr', {}, el('th', { scope: 'row' }, t(fieldDef.label)),
        zones.map((zone) => el('td', {}, fieldContent(fieldDef, zone.properties, { cite: false }))))),
    ]);
    replaceChildren(parts.table, el('caption', { className: 'visually-hidden' }, t('compare.title')),
      el('thead', {}, head), el('tbody', {}, body));
  }

  function render() {
    renderTray();
    if (parts.dialog.open) renderTable();
  }

  return {
    setCodes(next) {
      codes = next;
      if (codes.length < MIN_COMPARED && parts.dialog.open) parts.dialog.close();
      render();
      fetchMissing();
    },
    render,
  };
}
