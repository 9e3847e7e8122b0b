// The result list beside the map: the same zones the map shows, their count and their available land.
import { el, replaceChildren, swatch } from './dom.js';
import { formatHa, formatNumber } from './format.js';
import { locale, t, tn } from './i18n.js';
import { MAX_COMPARED } from './state.js';
import { classify } from './styles.js';

/**
 * @param actions {onSelect(code), onHover(code | null), onToggleCompare(code), onClearFilters()}
 */
export function createResults({ list, summary }, { styles, actions }) {
  let zones = [];
  let loaded = false; // before the first answer an empty list means "not yet", not "none found"
  let view = { theme: styles.layers.zones.defaultTheme, selected: null, compare: [] };

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
      el('span', { className: 'result__name' }, el('span', { className: 'result__kind' }, p.kind), ' ', p.name),
      el('span', { className: 'result__place' }, [p.district, p.province].filter(Boolean).join(', ')),
      el('span', { className: 'result__figures' },
        t('results.available', { area: formatHa(p.availableHa) }),
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

  function render() {
    const focused = focusedEntry();
    replaceChildren(list, loaded && zones.length === 0 ? emptyState() : zones.map(item));
    if (focused) list.querySelector(`li[data-zone="${CSS.escape(focused.zone)}"] ${focused.part}`)?.focus();
    const withFigure = zones.filter((f) => typeof f.properties.availableHa === 'number');
    const total = withFigure.reduce((sum, f) => sum + f.properties.availableHa, 0);
    const count = el('strong', { className: 'summary__count', dataset: { count: String(zones.length) } },
      tn('results.count', zones.length, { count: formatNumber(zones.length, 0) }));
    if (withFigure.length === 0) {
      replaceChildren(summary, count, zones.length > 0 ? ` · ${t('results.noAvailableFigure')}` : null);
      return;
    }
    replaceChildren(summary, count, ' · ',
      el('span', { className: 'summary__available' }, t('results.totalAvailable', { area: formatHa(total) })),
      withFigure.length < zones.length
        ? el('span', { className: 'summary__note' }, ` ${tn('results.withoutFigure', zones.length - withFigure.length, { count: formatNumber(zones.length - withFigure.length, 0) })}`) : null);
  }

  /** No zone matches: say so, and offer the way out. */
  function emptyState() {
    return el('li', { className: 'results__empty' },
      el('p', {}, t('results.none')),
      el('button', { type: 'button', className: 'button button--ghost', on: { click: () => actions.onClearFilters() } }, t('filters.reset')));
  }

  // Drawing the list again (a zone compared, the language switched) must not drop the reader's focus.
  function focusedEntry() {
    const active = document.activeElement;
    const entry = list.contains(active) ? active.closest('li[data-zone]') : null;
    return entry ? { zone: entry.dataset.zone, part: active.tagName.toLowerCase() } : null;
  }

  /** Scrolls the list (and nothing else on the page) just enough to show a zone's entry. */
  function reveal(code) {
    const entry = code && list.querySelector(`li[data-zone="${CSS.escape(code)}"]`);
    if (!entry || list.clientHeight === 0) return;
    const listBox = list.getBoundingClientRect();
    const box = entry.getBoundingClientRect();
    if (box.top < listBox.top) list.scrollTop -= listBox.top - box.top;
    else if (box.bottom > listBox.bottom) list.scrollTop += Math.min(box.bottom - listBox.bottom, box.top - listBox.top);
  }

  return {
    /** The zones found; the selected one's entry is brought into sight (a link or a reload names one). */
    setZones(features) {
      const collator = new Intl.Collator(locale());
      zones = [...features].sort((a, b) => collator.compare(a.properties.name, b.properties.name));
      loaded = true;
      render();
      reveal(view.selected);
    },
    update(patch) {
      const before = view.selected;
      view = { ...view, ...patch };
      render();
      if (view.selected !== before) reveal(view.selected); // chosen on the map, from a link or the list
    },
    render,
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
