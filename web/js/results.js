// The result list beside the map: the same zones the map shows, in the chosen order, their count and their
// available land, and how many zones a filter on figures could not judge.
import { el, replaceChildren, swatch } from './dom.js';
import { formatAlternatives, formatHa, formatNumber, formatPct } from './format.js';
import { locale, t, tn } from './i18n.js';
import { placeName } from './place-names.js';
import { MAX_COMPARED } from './state.js';
import { classify } from './styles.js';

/** The property each order by a figure reads; zones whose figure is unknown come last. */
const SORT_FIGURES = { available: 'availableHa', area: 'areaHa', occupancy: 'occupancyPct' };
const isNumber = (value) => typeof value === 'number';
/**
 * A new list shows this many entries at once (a screenful several times over), and makes the others once
 * the page is idle: 1,700 entries took a quarter of a second to make, in the way of the first view.
 */
const FIRST_ENTRIES = 100;

/**
 * @param actions {onSelect(code), onHover(code | null), onToggleCompare(code), onClearFilters(),
 *     onIncludeUnknown(include)}
 */
export function createResults({ list, summary }, { styles, actions }) {
  let features = []; // as the API gave them
  let zones = []; // in the list's order
  let unknown = { count: 0, included: false, figures: [] }; // zones a filter on figures could not judge
  let loaded = false; // before the first answer an empty list means "not yet", not "none found"
  let view = { theme: styles.layers.zones.defaultTheme, selected: null, compare: [], sort: 'name' };
  let rest = null; // the idle callback that makes the entries a new list left for later

  function item(feature) {
    const p = feature.properties;
    const styleClass = classify(styles.layers.zones.themes[view.theme], p);
    const selected = feature.id === view.selected;
    const compared = view.compare.includes(feature.id);
    const button = el('button', {
      type: 'button',
      className: 'result',
      attrs: { 'aria-current': selected ? 'true' : null },
      dataset: { zone: feature.id },
      on: {
        click: () => actions.onSelect(feature.id),
        mouseenter: () => actions.onHover(feature.id),
        mouseleave: () => actions.onHover(null),
        focus: () => actions.onHover(feature.id),
        blur: () => actions.onHover(null),
      },
    },
    swatch(styleClass.color, { hatch: styleClass.hatch }),
    el('span', { className: 'result__text' },
      el('span', { className: 'result__name' }, el('span', { className: 'result__kind' }, t(`enum.kindBadge.${p.kind}`)), ' ', p.name),
      el('span', { className: 'result__place' }, [placeName(p.district), placeName(p.province)].filter(Boolean).join(', ')),
      el('span', { className: 'result__figures' },
        t('results.figures', { area: formatHa(p.availableHa), occupancy: formatPct(p.occupancyPct) }),
        p.hasBoundary ? null : el('span', { className: 'result__flag' }, t('results.noBoundary')))));
    const checkbox = el('input', {
      type: 'checkbox',
      checked: compared,
      disabled: !compared && view.compare.length >= MAX_COMPARED,
      attrs: { 'aria-label': t('results.compareZone', { name: p.name }) },
      on: { change: () => actions.onToggleCompare(feature.id) },
    });
    return el('li', { className: `results__item${selected ? ' results__item--selected' : ''}`, dataset: { zone: feature.id } }, button,
      el('label', { className: 'result__compare', title: t('results.compare') }, checkbox, el('span', { attrs: { 'aria-hidden': 'true' } }, t('results.compare'))));
  }

  /** @param later whether entries beyond FIRST_ENTRIES (and the selected zone's) may wait for an idle moment */
  function render({ later = false } = {}) {
    cancelIdleCallback(rest);
    const focused = focusedEntry();
    const now = later ? Math.max(FIRST_ENTRIES, zones.findIndex((f) => f.id === view.selected) + 1) : zones.length;
    replaceChildren(list, loaded && zones.length === 0 ? emptyState() : entries(0, now));
    if (now < zones.length) rest = requestIdleCallback(() => list.append(...entries(now, zones.length)));
    if (focused) list.querySelector(`li[data-zone="${CSS.escape(focused.zone)}"] ${focused.part}`)?.focus();
    const withFigure = zones.filter((f) => typeof f.properties.availableHa === 'number');
    const total = withFigure.reduce((sum, f) => sum + f.properties.availableHa, 0);
    const count = el('strong', { className: 'summary__count', dataset: { count: String(zones.length) } },
      tn('results.count', zones.length, { count: formatNumber(zones.length, 0) }));
    const available = withFigure.length === 0
      ? (zones.length > 0 && unknown.count === 0 ? t('results.noAvailableFigure') : null) // else the note says so
      : [el('span', { className: 'summary__available' }, t('results.totalAvailable', { area: formatHa(total) })),
        withFigure.length < zones.length
          ? el('span', { className: 'summary__note' }, ` ${tn('results.withoutFigure', zones.length - withFigure.length, { count: formatNumber(zones.length - withFigure.length, 0) })}`) : null];
    replaceChildren(summary, count, available ? [' · ', available] : null, unknownNote());
  }

  /** The zones a filter on figures could not judge: never left out unsaid. */
  function unknownNote() {
    if (unknown.count === 0) return null;
    const values = { count: formatNumber(unknown.count, 0), figure: figureWords(unknown.figures) };
    return [' · ', el('span', { className: 'summary__unknown', dataset: { unknown: String(unknown.count) } },
      tn(unknown.included ? 'results.unknownIncluded' : 'results.unknownLeftOut', unknown.count, values))];
  }

  /** The entries from one place in the list to another; ordered by a figure, those without it come last under a line that says so. */
  function entries(from, to) {
    const figure = SORT_FIGURES[view.sort];
    const firstUnknown = figure ? zones.findIndex((feature) => !isNumber(feature.properties[figure])) : -1;
    const count = zones.length - firstUnknown;
    return zones.slice(from, to).flatMap((feature, index) => (from + index === firstUnknown
      ? [el('li', { className: 'results__divider' }, tn('results.sortedLast', count,
        { count: formatNumber(count, 0), figure: figureWords([view.sort]) })), item(feature)]
      : [item(feature)]));
  }

  /** No zone matches: say so, and offer the ways out. */
  function emptyState() {
    const includeUnknown = unknown.count > 0 && !unknown.included;
    return el('li', { className: 'results__empty' },
      el('p', {}, t('results.none')),
      el('div', { className: 'results__empty-actions' },
        includeUnknown ? el('button', { type: 'button', className: 'button', on: { click: () => actions.onIncludeUnknown(true) } },
          tn('results.includeUnknown', unknown.count, { count: formatNumber(unknown.count, 0) })) : null,
        el('button', { type: 'button', className: 'button button--ghost', on: { click: () => actions.onClearFilters() } }, t('filters.reset'))));
  }

  function order() {
    const collator = new Intl.Collator(locale());
    const byName = (a, b) => collator.compare(a.properties.name, b.properties.name);
    const figure = SORT_FIGURES[view.sort];
    if (!figure) return [...features].sort(byName);
    const value = (feature) => feature.properties[figure];
    return [...features].sort((a, b) => (isNumber(value(b)) - isNumber(value(a)))
      || (isNumber(value(a)) && value(b) - value(a)) || byName(a, b));
  }

  // Drawing the list again (a zone compared, the language switched) must not drop the reader's focus.
  function focusedEntry() {
    const active = document.activeElement;
    const entry = list.contains(active) ? active.closest('li[data-zone]') : null;
    return entry ? { zone: entry.dataset.zone, part: active.tagName.toLowerCase() } : null;
  }

  /**
   * Scrolls the list (and nothing else on the page) just enough to show a zone's entry. The entries out of
   * sight are laid out only once scrolled near (app.css): those it brings into sight may then prove taller or
   * shorter than reckoned, so it looks again once they are drawn.
   */
  function reveal(code, again = 2) {
    const entry = code && list.querySelector(`li[data-zone="${CSS.escape(code)}"]`);
    if (!entry || list.clientHeight === 0) return;
    const listBox = list.getBoundingClientRect();
    const box = entry.getBoundingClientRect();
    const before = list.scrollTop;
    if (box.top < listBox.top) list.scrollTop -= listBox.top - box.top;
    else if (box.bottom > listBox.bottom) list.scrollTop += Math.min(box.bottom - listBox.bottom, box.top - listBox.top);
    if (list.scrollTop !== before && again > 0) requestAnimationFrame(() => requestAnimationFrame(() => reveal(code, again - 1)));
  }

  return {
    /**
     * The zones found, and those a filter on figures could not judge ({count, included, figures}); the
     * selected zone's entry is brought into sight (a link or a reload names one).
     */
    setZones(found, unknownFigures) {
      features = found;
      unknown = unknownFigures;
      zones = order();
      loaded = true;
      render({ later: true });
      reveal(view.selected);
    },
    update(patch) {
      const before = view.selected;
      view = { ...view, ...patch };
      if ('sort' in patch) zones = order();
      render();
      if (view.selected !== before) reveal(view.selected); // chosen on the map, from a link or the list
    },
    /** Words changed (language): the names are ordered by the language's rules. */
    render() {
      zones = order();
      render();
    },
    /** The code of the first zone listed, or null. */
    first: () => zones[0]?.id ?? null,
    /** Brings a zone's entry into sight. */
    reveal,
    /** Puts the focus on a zone's entry; false when the list does not hold the zone. */
    focus(code) {
      const button = list.querySelector(`li[data-zone="${CSS.escape(code)}"] button`);
      button?.focus();
      return Boolean(button);
    },
  };
}

/** "đất còn trống hoặc tỷ lệ lấp đầy": the figures, named. */
function figureWords(figures) {
  return formatAlternatives(figures.map((figure) => t(`results.figure.${figure}`)));
}
