// A zone's history beside the map: its versions, newest first, with who, when, what and why; an
// earlier version's boundary drawn dashed over the current one; and, for editors, a revert to it after
// a second, confirming click.
import { getJson, zonePath } from '../api.js';
import { el, replaceChildren, swatch } from '../dom.js';
import { formatDateTime } from '../format.js';
import { has, t } from '../i18n.js';
import { reasonOf, sentenceOf } from '../notice.js';
import { propertyLabel } from './zone-values.js';

const L = window.L;
const EARLIER = { pane: 'editing', color: '#6a1b9a', weight: 3, dashArray: '8 6', fill: false, interactive: false };

/**
 * @param shell the panel: #history-panel with .panel__title, .panel__body and a [data-close] button
 * @param loadZone (code) → {code, etag, feature}, the zone as it is now
 * @param fit (bounds) shows them on the map beside the panel
 * @param onClosed the reader closed the panel: the focus goes back where they opened it
 */
export function createHistoryPanel(shell, { map, session, writes, loadZone, fit, onClosed }) {
  const title = shell.querySelector('.panel__title');
  const body = shell.querySelector('.panel__body');
  const earlier = L.featureGroup([], { pane: 'editing' }).addTo(map);
  // {zone, versions, drawn: the version drawn on the map, confirming: the version a revert asks about,
  //  problems: {version, errors} why something done to a version failed}
  let shown = null;
  const close = () => {
    hide();
    onClosed();
  };
  shell.querySelector('[data-close]').addEventListener('click', close);
  shell.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') close();
  });

  async function show(code) {
    shell.hidden = false;
    title.textContent = t('panel.loading');
    replaceChildren(body);
    try {
      const [zone, history] = await Promise.all([loadZone(code), getJson(zonePath(code, 'history'))]);
      shown = { zone, versions: history.versions, drawn: shown?.zone.code === code ? shown.drawn : null, confirming: null };
      render();
      title.focus();
    } catch (failure) {
      replaceChildren(body, el('p', { className: 'error-text' }, reasonOf(failure)));
    }
  }

  function hide() {
    shell.hidden = true;
    shown = null;
    earlier.clearLayers();
  }

  function render() {
    if (!shown) return;
    title.textContent = t('history.title', { name: shown.zone.feature.properties.name });
    const current = shown.zone.feature.properties.version;
    const first = shown.versions.at(-1).version;
    replaceChildren(body, el('ol', { className: 'versions' }, shown.versions.map((version) => item(version, current, first))));
  }

  /** @param first the zone's first version, which changed nothing: it brought the zone in */
  function item(version, current, first) {
    const changes = [version.geometryChanged ? t('history.boundary') : null, ...version.changedProperties.map(propertyLabel)]
      .filter(Boolean);
    return el('li', { className: 'version', dataset: { version: String(version.version) } },
      el('p', { className: 'version__head' },
        el('strong', {}, t('history.version', { version: version.version })), ' ',
        el('span', { className: 'badge' }, has(`history.action.${version.action}`) ? t(`history.action.${version.action}`) : version.action),
        version.version === current ? el('span', { className: 'version__current' }, t('history.current')) : null),
      el('p', { className: 'version__meta' }, t('history.byAt', { user: version.by, date: formatDateTime(version.at) })),
      version.comment ? el('p', { className: 'version__comment' }, version.comment) : null,
      el('p', { className: 'version__changes' }, version.version === first ? t('history.firstVersion')
        : changes.length > 0 ? t('history.changed', { what: changes.join(', ') }) : t('history.nothingChanged')),
      shown.drawn === version.version ? el('p', { className: 'version__drawn' }, swatch(EARLIER.color, { shape: 'line' }), ' ',
        t('history.earlierBoundary', { version: version.version })) : null,
      shown.problems?.version === version.version ? el('ul', { className: 'error-text', attrs: { role: 'alert' } },
        shown.problems.errors.map((error) => el('li', {}, error.message))) : null,
      version.version === current ? null : actions(version.version));
  }

  function actions(version) {
    const drawn = shown.drawn === version;
    const buttons = [el('button', { type: 'button', className: 'button button--ghost', dataset: { action: 'draw' },
      attrs: { 'aria-pressed': String(drawn) }, on: { click: () => toggleEarlier(version) } }, t('history.showBoundary'))];
    if (session.canEdit && shown.confirming === version) {
      return el('div', { className: 'version__confirm', attrs: { role: 'group' } },
        el('p', {}, t('history.confirmRevert', { version })),
        el('button', { type: 'button', className: 'button', dataset: { action: 'confirm-revert' }, on: { click: () => revert(version) } },
          t('history.revertConfirm')),
        el('button', { type: 'button', className: 'button button--ghost', on: { click: () => ask(null) } }, t('form.cancel')));
    }
    if (session.canEdit) {
      buttons.push(el('button', { type: 'button', className: 'button button--ghost', dataset: { action: 'revert' },
        on: { click: () => ask(version) } }, t('history.revert')));
    }
    return el('div', { className: 'version__actions' }, buttons);
  }

  function ask(version) {
    shown.confirming = version;
    render();
    body.querySelector(`[data-version="${version ?? ''}"] button`)?.focus();
  }

  async function toggleEarlier(version) {
    earlier.clearLayers();
    if (shown.drawn === version) {
      shown.drawn = null;
      render();
      return;
    }
    let feature;
    try {
      feature = await getJson(zonePath(shown.zone.code), { params: { version } });
    } catch (failure) {
      shown.problems = { version, errors: [{ message: sentenceOf(failure) }] };
      render();
      return;
    }
    shown.drawn = version;
    if (feature.geometry) {
      const shape = L.geoJSON(feature.geometry, { style: () => EARLIER, pane: 'editing' });
      earlier.addLayer(shape);
      fit(earlier.getBounds());
    }
    render();
    if (!feature.geometry) body.querySelector(`[data-version="${version}"]`)
      ?.append(el('p', { className: 'muted', attrs: { role: 'status' } }, t('history.noBoundaryThen')));
  }

  async function revert(version) {
    const { code } = shown.zone;
    let outcome;
    try {
      outcome = await writes.revert(shown.zone, version, () => show(code));
    } catch (failure) {
      outcome = { refused: [{ message: sentenceOf(failure) }] };
    }
    if (outcome.refused) {
      shown.problems = { version, errors: outcome.refused };
      shown.confirming = null;
      render();
    }
  }

  return {
    show,
    hide,
    render,
    get code() {
      return shown?.zone.code ?? null;
    },
  };
}
