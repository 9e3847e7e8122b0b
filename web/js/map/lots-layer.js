// Lots at high zoom, fetched for the view (with a margin, so small pans need no request), newest request
// wins: a pan aborts the answer still on its way for the view before.
import { getJson, isAbort } from '../api.js';
import { debounce } from '../debounce.js';
import { el } from '../dom.js';
import { formatHa, formatRent } from '../format.js';
import { localized, t } from '../i18n.js';
import { classify, isIllustrative } from '../styles.js';
import { bboxOf } from './map-view.js';
import { pathStyle } from './path-style.js';

const L = window.L;
/** The zoom lots are drawn from: the server's, for its tiles and WMS alike (/api/styles). */
export const lotsFromZoom = (styles) => styles.layers.lots.minZoom;
const LIMIT = 1000;
const MARGIN = 0.5; // of the view's size on each side

/**
 * @param onStatus told {state: 'hidden' | 'loading' | 'shown' | 'failed', count, truncated, illustrative, error}
 * @param popupControls (lot properties) → controls the lot's popup ends with (an editor's delete), or null
 */
export function createLotsLayer(map, { styles, onStatus, popupControls = () => null }) {
  const layerStyle = styles.layers.lots;
  const theme = layerStyle.themes[layerStyle.defaultTheme];
  const layer = L.geoJSON(null, {
    pane: 'lots',
    style: (feature) => pathStyle(layerStyle, classify(theme, feature.properties), feature.properties),
    onEachFeature: (feature, path) => path.bindPopup(() => lotPopup(feature.properties, layerStyle, theme, popupControls)),
  }).addTo(map);
  let fetched = null; // {bounds, collection}
  let visibleZones = null; // Set of zone codes, or null for all
  let request = null;

  function draw() {
    layer.clearLayers();
    if (!fetched) return;
    const features = fetched.collection.features.filter((f) => !visibleZones || visibleZones.has(f.properties.zone));
    performance.mark('kcn:lots-draw-start');
    layer.addData(features);
    // Measured once the browser has painted the frame with the lots in it.
    requestAnimationFrame(() => setTimeout(() => performance.measure('kcn:lots-draw', 'kcn:lots-draw-start')));
    onStatus({ state: 'shown', count: features.length, truncated: fetched.collection.truncated,
      illustrative: features.filter((feature) => isIllustrative(layerStyle, feature.properties)).length });
  }

  async function load() {
    if (map.getZoom() < lotsFromZoom(styles)) {
      request?.abort();
      fetched = null;
      layer.clearLayers();
      onStatus({ state: 'hidden' });
      return;
    }
    const view = map.getBounds();
    if (fetched && !fetched.collection.truncated && fetched.bounds.contains(view)) return;
    request?.abort();
    request = new AbortController();
    const { signal } = request;
    const bounds = view.pad(MARGIN);
    onStatus({ state: 'loading' });
    try {
      const collection = await getJson('/api/lots', { params: { bbox: bboxOf(bounds), limit: LIMIT }, signal });
      if (signal.aborted) return; // answered just before the view moved on
      fetched = { bounds, collection };
      draw();
    } catch (error) {
      if (!isAbort(error)) onStatus({ state: 'failed', error });
    }
  }

  map.on('moveend', debounce(load, 200));
  map.whenReady(load);

  return {
    /** Fetches the lots in view again: one was changed or deleted. */
    refresh() {
      fetched = null;
      load();
    },
    /** Shows only the lots of these zones (the filtered ones). */
    setVisibleZones(codes) {
      visibleZones = new Set(codes);
      draw();
    },
  };
}

/** A lot's popup; an illustrative lot's names no tenant and no price, and says what it is. */
function lotPopup(lot, layerStyle, theme, popupControls) {
  const status = classify(theme, lot);
  const illustrative = isIllustrative(layerStyle, lot);
  return el('div', { className: 'lot-popup' },
    el('strong', {}, t(illustrative ? 'lots.lotIllustrative' : 'lots.lot', { code: lot.code })),
    el('div', {}, localized(status.label)),
    el('div', {}, formatHa(lot.areaHa)),
    illustrative ? el('div', { className: 'lot-popup__illustrative' }, t('lots.illustrative')) : [
      lot.tenant ? el('div', {}, t('lots.tenant', { tenant: lot.tenant })) : null,
      lot.priceUsdM2 != null ? el('div', {}, formatRent(lot.priceUsdM2, lot.priceUsdM2)) : null,
    ],
    popupControls(lot));
}
