// The side panel for one zone: its figures, warnings, the targets that apply with their progress, its lots,
// and where the facts come from.
import { getJson, isAbort, zonePath } from './api.js';
import { el, replaceChildren, safeHttpUrl, swatch } from './dom.js';
import { formatHa, formatNumber, formatPct } from './format.js';
import { has, localized, t, tn } from './i18n.js';
import { reasonOf } from './notice.js';
import { classify } from './styles.js';
import { AREA, AVAILABLE, FACT_GROUPS, OCCUPANCY, SOURCE_GROUP } from './zone-fields.js';

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
  const lotTheme = styles.layers.lots.themes[styles.layers.lots.defaultTheme];
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
    kicker.textContent = t(`enum.kind.${p.kind}`);
    title.textContent = p.name;
    renderCompareButton();
    replaceChildren(body,
      el('p', { className: 'panel__place' }, [p.district, p.province].filter(Boolean).join(', ')),
      warnings(p),
      keyFigures(p),
      FACT_GROUPS.map(fieldGroup(p)),
      targetsSection(shown.targets),
      lotsSection(p, shown.lots, lotTheme),
      fieldGroup(p)(SOURCE_GROUP));
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
  if (notes.length === 0) return null;
  return el('ul', { className: 'panel__warnings', attrs: { 'aria-label': t('panel.warnings') } },
    notes.map((note) => el('li', { className: 'warning' }, note)));
}

function keyFigures(p) {
  const stat = (fieldDef, value) => el('div', { className: 'stat' },
    el('dt', { className: 'stat__label' }, t(fieldDef.label)), el('dd', { className: 'stat__value' }, value));
  return el('dl', { className: 'panel__stats' },
    stat(AVAILABLE, AVAILABLE.text(p)), stat(OCCUPANCY, formatPct(p.occupancyPct)), stat(AREA, AREA.text(p)));
}

function fieldGroup(p) {
  return (group) => el('section', { className: 'panel__section' },
    el('h3', {}, t(group.title)),
    el('dl', { className: 'facts' }, group.fields.map((fieldDef) => el('div', { className: 'facts__row' },
      el('dt', {}, t(fieldDef.label)), el('dd', {}, fieldDef.text(p))))));
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
        ? ` · ${t('targets.current', { value: measure(progress.current, unit) })}` : null) : null,
    progress.note ? el('p', { className: 'target__note muted' }, localized(progress.note)) : null,
    sourceTitle ? el('p', { className: 'target__source muted' }, `${t('targets.source')} `,
      sourceUrl ? el('a', { href: sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, sourceTitle) : sourceTitle) : null);
}

function measure(value, unit) {
  if (unit === '%') return formatPct(value);
  return formatNumber(value, unit === 'count' ? 0 : 1);
}

function lotsSection(p, outcome, theme) {
  if (!p.lotCount) return null;
  const heading = el('h3', {}, t('section.lots'));
  if (!outcome) return el('section', { className: 'panel__section' }, heading, el('p', { className: 'muted' }, t('panel.loading')));
  if (outcome.error) return el('section', { className: 'panel__section' }, heading, failure(outcome.error));
  const lots = outcome.value.features.map((f) => f.properties);
  const byStatus = theme.classes.map((styleClass) => {
    const ofStatus = lots.filter((lot) => classify(theme, lot) === styleClass);
    return el('li', { className: 'lot-count' }, swatch(styleClass.color), `${localized(styleClass.label)}: `,
      tn('lots.countArea', ofStatus.length, { count: formatNumber(ofStatus.length, 0), area: formatHa(ofStatus.reduce((sum, lot) => sum + (lot.areaHa ?? 0), 0)) }));
  });
  const rows = lots.map((lot) => el('tr', {},
    el('th', { scope: 'row' }, lot.code),
    el('td', {}, swatch(classify(theme, lot).color), ` ${localized(classify(theme, lot).label)}`),
    el('td', { className: 'number' }, formatHa(lot.areaHa)),
    el('td', {}, lot.tenant ?? '')));
  const table = el('table', { className: 'lots-table' },
    el('caption', { className: 'visually-hidden' }, t('section.lots')),
    el('thead', {}, el('tr', {}, ['lots.code', 'lots.status', 'lots.area', 'lots.tenantColumn']
      .map((key) => el('th', { scope: 'col' }, t(key))))),
    el('tbody', {}, rows));
  return el('section', { className: 'panel__section', id: 'zone-lots' }, heading,
    el('ul', { className: 'lot-counts' }, byStatus),
    el('details', { open: lots.length <= LOTS_OPEN_UP_TO },
      el('summary', {}, tn('lots.table', lots.length, { count: formatNumber(lots.length, 0) })), table));
}

function failure(error) {
  return el('p', { className: 'error-text', attrs: { role: 'status' } }, t('error.part', { detail: reasonOf(error) }));
}
