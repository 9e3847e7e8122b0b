// Someone saved the zone after this planner opened it (412): both versions side by side, for each thing
// either side changed, then a fresh start from the zone as it now is.
import { el, replaceChildren } from '../dom.js';
import { formatDateTime, formatHa } from '../format.js';
import { t } from '../i18n.js';
import { propertyLabel, propertyValue } from './zone-values.js';

export function createConflictDialog(dialog) {
  const summary = dialog.querySelector('.conflict__summary');
  const table = dialog.querySelector('table');
  const redoButton = dialog.querySelector('[data-action="redo"]');
  let redo = null;
  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));
  redoButton.addEventListener('click', () => {
    dialog.close();
    redo?.();
  });

  return {
    /**
     * @param base the zone as the planner started from it, yours the change they sent ({properties, geometry}),
     *   server the zone as it now is (from the 412)
     */
    show({ base, yours, server, redo: again }) {
      redo = again;
      const p = server.properties;
      summary.textContent = t('conflict.summary', { user: p.editedBy ?? p.updatedBy ?? t('value.unknown'),
        date: formatDateTime(p.editedAt ?? p.updatedAt), version: p.version });
      replaceChildren(table,
        el('thead', {}, el('tr', {}, el('td'), el('th', { scope: 'col' }, t('conflict.yours')),
          el('th', { scope: 'col' }, t('conflict.server', { version: p.version })))),
        el('tbody', {}, changedRows(base, yours ?? {}, server)));
      redoButton.hidden = !again;
      dialog.showModal();
      redoButton.focus();
    },
  };
}

/** A row for each property either side changed from where the planner started, and one for the boundary. */
function changedRows(base, yours, server) {
  const names = new Set(Object.keys(yours.properties ?? {}));
  for (const name of Object.keys(server.properties)) {
    if (propertyLabel(name) !== name && !same(base.properties[name], server.properties[name])) names.add(name);
  }
  const rows = [...names].map((name) => {
    const mine = name in (yours.properties ?? {}) ? yours.properties[name] : base.properties[name];
    return row(propertyLabel(name), propertyValue(name, mine), propertyValue(name, server.properties[name]));
  });
  const serverMoved = !same(base.geometry, server.geometry);
  if ('geometry' in yours || serverMoved) {
    rows.push(row(t('conflict.boundary'), 'geometry' in yours ? t('conflict.boundaryDrawn') : boundaryText(base),
      serverMoved ? t('conflict.boundaryChanged', { area: formatHa(server.properties.geometricAreaHa) }) : boundaryText(server)));
  }
  return rows;
}

function boundaryText(feature) {
  return feature.geometry ? formatHa(feature.properties.geometricAreaHa) : t('enum.boundaryQuality.none');
}

const row = (label, mine, theirs) => el('tr', { className: mine === theirs ? '' : 'conflict__differs' },
  el('th', { scope: 'row' }, label), el('td', {}, mine), el('td', {}, theirs));

const same = (a, b) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
