// The Leaflet map itself: panes in drawing order, controls, and the view kept in the page state.
import { t } from '../i18n.js';

const L = window.L;

/**
 * Panes from bottom to top: districts under zones, lots over zones, labels over shapes, and what a planner
 * draws or is shown while editing over everything but markers and popups.
 */
const PANES = [
  ['districts', 350],
  ['zones', 400],
  ['lots', 450],
  ['labels', 550],
  ['editing', 580],
];

const COUNTRY_CENTER = [16.0, 106.0];
const COUNTRY_ZOOM = 6;

export function createMap(container, { view, onViewChange }) {
  const map = L.map(container, { zoomControl: false, attributionControl: true, minZoom: 5, maxZoom: 19 });
  for (const [name, zIndex] of PANES) map.createPane(name).style.zIndex = String(zIndex);
  L.control.zoom({ position: 'topright' }).addTo(map);
  L.control.scale({ position: 'bottomleft', imperial: false }).addTo(map);
  // Leaflet's own words (button titles, the popup's close button) are English: ours replace them.
  map.on('popupopen', ({ popup }) => translateCloseButton(popup.getElement()));
  translateMap(map);
  // Layers wait for a view before they draw; until the zones are in, Vietnam as a whole will do.
  map.setView(view ? [view.lat, view.lon] : COUNTRY_CENTER, view ? view.zoom : COUNTRY_ZOOM);
  map.on('moveend', () => {
    const center = map.getCenter();
    onViewChange({ zoom: map.getZoom(), lat: center.lat, lon: center.lng });
  });
  return map;
}

/** Puts the page's words on Leaflet's controls; again after the language changes. */
export function translateMap(map) {
  const container = map.getContainer();
  const label = (selector, text) => container.querySelectorAll(selector).forEach((node) => {
    node.title = text;
    node.setAttribute('aria-label', text);
  });
  label('.leaflet-control-zoom-in', t('map.zoomIn'));
  label('.leaflet-control-zoom-out', t('map.zoomOut'));
  container.querySelectorAll('.leaflet-popup').forEach(translateCloseButton);
  // The attribution keeps Leaflet's link and flag, with the link's title in the page's language.
  const prefix = document.createElement('template');
  prefix.innerHTML = L.Control.Attribution.prototype.options.prefix; // Leaflet's own constant, not data
  prefix.content.querySelectorAll('a').forEach((link) => { link.title = t('map.leafletTitle'); });
  map.attributionControl?.setPrefix(prefix.innerHTML);
}

function translateCloseButton(popup) {
  const button = popup?.querySelector('.leaflet-popup-close-button');
  if (!button) return;
  button.title = t('map.closePopup');
  button.setAttribute('aria-label', t('map.closePopup'));
}

/** The bounding box of the view, as the API's bbox parameter wants it. */
export function bboxOf(bounds) {
  return [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
    .map((n) => n.toFixed(6)).join(',');
}

/** [lon, lat] as the API gives points, to Leaflet's LatLng. */
export const latLngOf = ([lon, lat]) => L.latLng(lat, lon);
