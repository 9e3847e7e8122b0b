// The legend, drawn from the style document: the theme's classes, the no-boundary pin, and lots when shown.
import { el, replaceChildren, swatch } from './dom.js';
import { localized, t } from './i18n.js';
import { lotsFromZoom } from './map/lots-layer.js';

const L = window.L;

/** @param onGlossary opens the glossary, which the legend's foot offers */
export function createLegend(map, { styles, showDistrictOutline, onGlossary }) {
  const body = el('div', { className: 'legend__body', id: 'legend-body' });
  const summary = el('summary', { className: 'legend__summary' });
  const details = el('details', { className: 'legend', open: !window.matchMedia('(max-width: 720px)').matches }, summary, body);
  const control = L.control({ position: 'bottomright' });
  control.onAdd = () => {
    const container = el('section', { className: 'leaflet-control legend-control', attrs: { 'aria-labelledby': 'legend-title' } }, details);
    L.DomEvent.disableClickPropagation(container);
    L.DomEvent.disableScrollPropagation(container);
    return container;
  };
  control.addTo(map);
  // While a zone's panel is open the legend folds to its title, so that it never covers the zone shown;
  // on closing it comes back as it was (a reader who unfolded it meanwhile keeps it unfolded).
  let foldedForPanel = null; // whether it was open before the panel folded it; null while not folded for it
  let themeKey = styles.layers.zones.defaultTheme;

  function render() {
    const zones = styles.layers.zones;
    const theme = zones.themes[themeKey];
    replaceChildren(summary, el('span', { id: 'legend-title' }, t('legend.title')));
    const rows = [...theme.classes, ...(theme.noData ? [theme.noData] : [])]
      .map((styleClass) => item(swatch(styleClass.color, { hatch: styleClass.hatch }), localized(styleClass.label)));
    const noBoundary = swatch(zones.noBoundaryMarker.color, { shape: 'ring' });
    const sections = [section(localized(theme.title), [...rows, item(noBoundary, localized(zones.noBoundaryMarker.label))], 'legend-theme')];
    if (map.getZoom() >= lotsFromZoom(styles)) {
      const lots = styles.layers.lots;
      const lotTheme = lots.themes[lots.defaultTheme];
      const statuses = lotTheme.classes.map((styleClass) => item(swatch(styleClass.color), localized(styleClass.label)));
      const illustrative = lots.illustrative
        ? item(swatch(lotTheme.classes[0].color, { hatch: true, dashed: true }), localized(lots.illustrative.label)) : null;
      sections.push(section(localized(lotTheme.title), [...statuses, illustrative], 'legend-lots'));
    }
    if (showDistrictOutline) {
      const districts = styles.layers.districts;
      const outline = districts.themes[districts.defaultTheme].classes[0];
      sections.push(section(null, [item(swatch(outline.color, { shape: 'line' }), localized(outline.label))], 'legend-districts'));
    }
    const glossary = el('button', { type: 'button', className: 'legend__glossary', on: { click: onGlossary } }, t('glossary.open'));
    replaceChildren(body, sections, glossary);
  }

  // The lots' section comes and goes at the lots' first zoom; other zooms leave the legend as it is.
  let showedLots = map.getZoom() >= lotsFromZoom(styles);
  map.on('zoomend', () => {
    if (showedLots === map.getZoom() >= lotsFromZoom(styles)) return;
    showedLots = !showedLots;
    render();
  });
  return {
    setTheme(key) {
      themeKey = key;
      render();
    },
    render,
    /** A zone panel opened (true) or closed (false). */
    setPanelOpen(open) {
      if (open && foldedForPanel === null) {
        foldedForPanel = details.open;
        details.open = false;
      } else if (!open && foldedForPanel !== null) {
        if (!details.open) details.open = foldedForPanel;
        foldedForPanel = null;
      }
    },
    /** The legend's box on the page, for the view to keep a zone clear of. */
    element: () => details,
  };
}

function section(title, items, id) {
  return el('div', { className: 'legend__section', id },
    title ? el('h3', { className: 'legend__heading' }, title) : null,
    el('ul', { className: 'legend__list' }, items));
}

function item(mark, text) {
  return el('li', { className: 'legend__item' }, mark, el('span', {}, text));
}
