// The side panel for one zone: its figures, warnings, the targets that apply with their progress, its lots,
// and where the facts come from.
import { getJson, isAbort, zonePath } from './api.js';
import { el, replaceChildren, safeHttpUrl, swatch } from './dom.js';
import { formatDate, formatHa, formatNumber, formatPct } from './format.js';
import { has, localized, t, tn } from './i18n.js';
import { reasonOf } from './notice.js';
import { placeText } from './place.js';
import { classify, isIllustrative } from './styles.js';
import { AREA, AVAILABLE, FACT_GROUPS, OCCUPANCY, SOURCE_GROUP, fieldContent } from './zone-fields.js';

const COMPARATORS = { '>=': '≥', '<=': '≤' };

/** More lots than this and the lot table starts folded. */
const LOTS_OPEN_UP_TO = 20;

/**
 * @param shell the panel's static markup: #zone-panel with #zone-title, #zone-body and the buttons
 * @param actions {onClose, onZoomTo(feature), onToggleCompare(code), isCompared(code), onError(error)}
 */
export function createPanel(shell, { styles, actions }) {
  const title = shell.querySelector('#zone-title');
  const kicker = shell.querySelector('#zone-kicker');
  const body = shell.querySelector('#zone-body');
  const zoomButton = shell.querySelector('#zone-zoom');
  const compareButton = shell.querySelector('#zone-compare');
  const lotStyle = styles.layers.lots;
  let shown = null; // {code, feature, targets, lots} as far as they have come
  let request = null;

  shell.querySelector('#zone-close').addEventListener('click', () => actions.onClose());
  zoomButton.addEventListener('click', () => shown?.feature && actions.onZoomTo(shown.feature));
  compareButton.addEventListener('click', () => shown && actions.onToggleCompare(shown.code));

  async function show(code, { focus }) {
    request?.abort();
    request = new AbortController();
    const { signal } = request;
    shown = { code, feature: null, targets: null, lots: null };
    shell.hidden = false;
    shell.setAttribute('aria-busy', 'true');
    render();
    try {
      const feature = await getJson(zonePath(code), { signal });
      if (signal.aborted) return; // answered just before another zone was asked for
      shown.feature = feature;
      render();
      if (focus) title.focus();
      const [targets, lots] = await Promise.all([
        settle(getJson(zonePath(code, 'targets'), { signal })),
        shown.feature.properties.lotCount > 0 ? settle(getJson(zonePath(code, 'lots'), { signal })) : { value: null },
      ]);
      if (signal.aborted) return;
      shown.targets = targets;
      shown.lots = lots;
      render();
    } catch (error) {
      if (!isAbort(error)) actions.onError(error);
    } finally {
      if (!signal.aborted) shell.removeAttribute('aria-busy');
    }
  }

  /** Closes the panel; true when the focus was in it, so that the caller can put it back somewhere useful. */
  function hide() {
    const hadFocus = shell.contains(document.activeElement);
    request?.abort();
    shown = null;
    shell.hidden = true;
    return hadFocus;
  }

  function render() {
    if (!shown) return;
    const feature = shown.feature;
    if (!feature) {
      kicker.textContent = '';
      title.textContent = t('panel.loading');
      replaceChildren(body);
      return;
    }
    const p = feature.properties;
    // A plan cited under every figure it gives would fill the panel: after the first, "as above".
    const cited = new Set();
    kicker.textContent = t(`enum.kind.${p.kind}`);
    title.textContent = p.name;
    renderCompareButton();
    replaceChildren(body,
      el('p', { className: 'panel__place' }, placeText(p)),
      warnings(p),
      keyFigures(p),
      FACT_GROUPS.map(fieldGroup(p, cited)),
      targetsSection(shown.targets),
      lotsSection(p, shown.lots, lotStyle),
      fieldGroup(p, cited)(SOURCE_GROUP));
  }

  /** The comparison button alone: toggling it must not rebuild the panel, which would fold an opened lots table. */
  function renderCompareButton() {
    if (!shown?.feature) return;
    const compared = actions.isCompared(shown.code);
    compareButton.setAttribute('aria-pressed', String(compared));
    compareButton.textContent = t(compared ? 'panel.compareRemove' : 'panel.compareAdd');
  }

  return { show, hide, render, renderCompareButton, get code() { return shown?.code ?? null; } };
}

/** A promise's outcome as {value} or {error}, so one failed part leaves the others shown. */
async function settle(promise) {
  try {
    return { value: await promise };
  } catch (error) {
    if (isAbort(error)) throw error;
    return { error };
  }
}

function warnings(p) {
  const notes = [];
  if (!p.hasBoundary) notes.push(t('panel.warning.noBoundary'));
  else if (p.boundaryQuality === 'approximate') notes.push(t('panel.warning.approximate'));
  if (p.areaMismatch) {
    notes.push(t('panel.warning.areaMismatch', { geometric: formatHa(p.geometricAreaHa), declared: formatHa(p.areaHa) }));
  }
  if (p.illustrativeLotCount > 0) {
    notes.push(tn('panel.warning.illustrativeLots', p.illustrativeLotCount, { count: formatNumber(p.illustrativeLotCount, 0) }));
  }
  if (notes.length === 0) return null;
  return el('ul', { className: 'panel__warnings', attrs: { 'aria-label': t('panel.warnings') } },
    notes.map((note) => el('li', { className: 'warning' }, note)));
}

/** The three figures an investor looks for first; the rows below cite their documents in full. */
function keyFigures(p) {
  const stat = (fieldDef) => el('div', { className: 'stat', dataset: { field: fieldDef.key } },
    el('dt', { className: 'stat__label' }, t(fieldDef.label)),
    el('dd', { className: 'stat__value' }, fieldContent(fieldDef, p, { cite: false })));
  return el('dl', { className: 'panel__stats' }, stat(AVAILABLE), stat(OCCUPANCY), stat(AREA));
}

function fieldGroup(p, cited) {
  return (group) => el('section', { className: 'panel__section' },
    el('h3', {}, t(group.title)),
    el('dl', { className: 'facts' }, group.fields.map((fieldDef) => el('div', { className: 'facts__row', dataset: { field: fieldDef.key } },
      el('dt', {}, t(fieldDef.label)), el('dd', {}, fieldContent(fieldDef, p, { cited }))))));
}

function targetsSection(outcome) {
  const heading = el('h3', {}, t('section.targets'));
  if (!outcome) return el('section', { className: 'panel__section' }, heading, el('p', { className: 'muted' }, t('panel.loading')));
  if (outcome.error) return el('section', { className: 'panel__section' }, heading, failure(outcome.error));
  const targets = outcome.value;
  return el('section', { className: 'panel__section', id: 'zone-targets' }, heading,
    targets.length === 0 ? el('p', { className: 'muted' }, t('targets.none'))
      : el('ul', { className: 'targets' }, targets.map(targetItem)));
}

function targetItem(target) {
  const progress = target.progress ?? { status: 'no_data' };
  const metric = has(`metric.${target.metric}`) ? t(`metric.${target.metric}`) : target.metric;
  const unit = progress.unit ?? (target.metric.endsWith('_pct') ? '%' : null);
  const scope = [t(`targets.scope.${target.scope}`, { name: target.scopeName ?? target.scopeCode }),
    target.zoneKind ? t('targets.kindOnly', { kind: t(`enum.kind.${target.zoneKind}`) }) : null,
    t('targets.year', { year: target.year })].filter(Boolean).join(' · ');
  const sourceUrl = safeHttpUrl(target.source?.url);
  const sourceTitle = target.source ? [target.source.title, target.source.issuer].filter(Boolean).join(' — ') : null;
  return el('li', { className: 'target' },
    el('div', { className: 'target__head' },
      el('span', { className: `badge badge--${progress.status}` }, t(`targets.status.${progress.status}`)),
      el('span', { className: 'target__scope' }, scope)),
    el('p', { className: 'target__wording', lang: 'vi' }, target.wording),
    // A yes/no target (unit null) reads better from its note ("Not yet operating") than as "= 1".
    unit ? el('p', { className: 'target__figures' },
      t('targets.goal', { metric, goal: `${COMPARATORS[target.comparator] ?? target.comparator} ${measure(target.value, unit)}` }),
      progress.current !== null && progress.current !== undefined
        ? ` · ${current(progress, unit)}` : null) : null,
    progress.note ? el('p', { className: 'target__note muted' }, localized(progress.note)) : null,
    sourceTitle ? el('p', { className: 'target__source muted' }, `${t('targets.source')} `,
      sourceUrl ? el('a', { href: sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, sourceTitle) : sourceTitle) : null);
}

/** "hiện nay 75% (31/12/2021)": the figure the progress is judged by, and the date it describes. */
function current(progress, unit) {
  const value = measure(progress.current, unit);
  return progress.asOf ? t('targets.currentAsOf', { value, date: formatDate(progress.asOf) }) : t('targets.current', { value });
}

function measure(value, unit) {
  if (unit === '%') return formatPct(value);
  return formatNumber(value, unit === 'count' ? 0 : 1);
}

/**
 * The zone's lots: a count per status, then the table. Illustrative lots say so above everything else, are
 * counted apart, and never show a tenant.
 */
function lotsSection(p, outcome, lotStyle) {
  if (!p.lotCount) return null;
  const heading = el('h3', {}, t('section.lots'));
  const banner = p.illustrativeLotCount > 0
    ? el('p', { className: 'illustrative-banner', id: 'zone-lots-illustrative' }, t('lots.illustrative')) : null;
  if (!outcome) return el('section', { className: 'panel__section' }, heading, banner, el('p', { className: 'muted' }, t('panel.loading')));
  if (outcome.error) return el('section', { className: 'panel__section' }, heading, banner, failure(outcome.error));
  const theme = lotStyle.themes[lotStyle.defaultTheme];
  const lots = outcome.value.features.map((f) => ({ ...f.properties, styleClass: classify(theme, f.properties),
    illustrative: isIllustrative(lotStyle, f.properties) }));
  const allIllustrative = lots.every((lot) => lot.illustrative);
  const byStatus = theme.classes.map((styleClass) => {
    const ofStatus = lots.filter((lot) => lot.styleClass === styleClass);
    const sourced = ofStatus.filter((lot) => !lot.illustrative);
    const illustrative = ofStatus.filter((lot) => lot.illustrative);
    const groups = [[sourced, 'lots.countArea'], [illustrative, 'lots.countAreaIllustrative']].filter(([group]) => group.length > 0);
    // A status no lot has is counted in the words of the zone's lots: "0 lô minh họa" where all are illustrative.
    if (groups.length === 0) groups.push([[], allIllustrative ? 'lots.countAreaIllustrative' : 'lots.countArea']);
    const counts = groups.map(([group, key]) => countArea(key, group)).join('; ');
    return el('li', { className: 'lot-count' }, swatch(styleClass.color), `${localized(styleClass.label)}: ${counts}`);
  });
  // A column of tenants only where some lot is real; an illustrative lot's cell says what it is.
  const lastColumn = lots.some((lot) => !lot.illustrative) ? 'lots.tenantColumn' : 'lots.noteColumn';
  const rows = lots.map((lot) => el('tr', {},
    el('th', { scope: 'row' }, lot.code),
    el('td', {}, swatch(lot.styleClass.color, { hatch: lot.illustrative, dashed: lot.illustrative }),
      ` ${localized(lot.styleClass.label)}`),
    el('td', { className: 'number' }, formatHa(lot.areaHa)),
    lot.illustrative ? el('td', { className: 'muted' }, t('lots.illustrativeLot')) : el('td', {}, lot.tenant ?? '')));
  const table = el('table', { className: 'lots-table' },
    el('caption', { className: 'visually-hidden' }, t('section.lots')),
    el('thead', {}, el('tr', {}, ['lots.code', 'lots.status', 'lots.area', lastColumn]
      .map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, rows));
  return el('section', { className: 'panel__section', id: 'zone-lots' }, heading, banner,
    el('ul', { className: 'lot-counts' }, byStatus),
    el('details', { open: lots.length <= LOTS_OPEN_UP_TO },
      el('summary', {}, tn('lots.table', lots.length, { count: formatNumber(lots.length, 0) })), table));
}

/** "3 lô, 4,5 ha" for a set of lots. */
function countArea(key, lots) {
  const area = lots.reduce((sum, lot) => sum + (lot.areaHa ?? 0), 0);
  return tn(key, lots.length, { count: formatNumber(lots.length, 0), area: formatHa(area) });
}

function failure(error) {
  return el('p', { className: 'error-text', attrs: { role: 'status' } }, t('error.part', { detail: reasonOf(error) }));
}
