// Zones as pins, clustered. Zones without a boundary are pins at every zoom, hollow and dashed, named as
// such; the others are pins only below the zoom where their drawn shapes and names take over.
import { el } from '../dom.js';
import { localized, t } from '../i18n.js';
import { classify } from '../styles.js';
import { zoneTooltip } from './labels.js';
import { latLngOf } from './map-view.js';

const L = window.L;

/** Enter and Space press a focused pin or cluster, as they would a button (Leaflet gives them role=button). */
const isActivation = (event) => event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar';
const FOCUS_MARGIN = 48; // px between a focused pin and the map's edge, clear of the zoom buttons
/**
 * Zones without a boundary stand at their district's label point. So as not to cover the district's name,
 * nor each other, they stand in a row just south of it: metres below the point, and between pins (from
 * zoom 12 about 16 px and 32 px; closer in they part further, as places do, while staying near the point).
 */
const ROW_BELOW_M = 600;
const ROW_SPACING_M = 1200;
/** Pins at least this far apart stay apart once only pins without a boundary are left (the label zoom on). */
const SPARSE_CLUSTER_RADIUS = 20;
const METRES_PER_DEGREE = 111320;

/** The zone list comes without boundaries (map/zone-shapes fetches them): it says which zones have one. */
const hasBoundary = (feature) => feature.properties.hasBoundary;

/** How far [x, y] a box sticks out of a frame (less a margin), as map.panBy() takes it. */
function overflowOf(box, frame, margin) {
  const along = (start, end, frameStart, frameEnd) => {
    if (start < frameStart + margin) return start - frameStart - margin;
    return end > frameEnd - margin ? end - frameEnd + margin : 0;
  };
  return [along(box.left, box.right, frame.left, frame.right), along(box.top, box.bottom, frame.top, frame.bottom)];
}

/**
 * @param onSelect called with (code, {keyboard}) when a pin is clicked, tapped, or pressed with Enter or Space
 * @param onPinsMoved called after pins or clusters were drawn anew, so that labels can keep clear of them
 */
export function createZoneMarkers(map, { styles, onSelect, onPinsMoved = () => {} }) {
  const layerStyle = styles.layers.zones;
  const shapesFromZoom = layerStyle.label.minZoom;
  const clusters = L.markerClusterGroup({
    showCoverageOnHover: false,
    maxClusterRadius: (zoom) => (zoom >= shapesFromZoom ? SPARSE_CLUSTER_RADIUS : 45),
    spiderfyOnMaxZoom: true,
    iconCreateFunction: (cluster) => clusterIcon(cluster, theme),
  }).addTo(map);
  const markers = new Map(); // code -> {marker, feature}
  const noBoundaryLabel = () => localized(layerStyle.noBoundaryMarker.label);
  let theme = layerStyle.themes[layerStyle.defaultTheme];
  let selected = null;
  let focusFirstLeg = false; // a cluster opened from the keyboard hands the focus to its first pin

  // A cluster pressed with Enter or Space does what a click does: zooms into it, or spreads out its pins.
  clusters.on('clusterkeydown', (event) => {
    if (!isActivation(event.originalEvent)) return;
    event.originalEvent.preventDefault();
    focusFirstLeg = true;
    event.layer.fire('click', { originalEvent: event.originalEvent }, true);
    // The cluster's icon goes away as it opens: the map holds the focus (as Leaflet.markercluster does for
    // Enter) until the spread-out pins take it.
    map.getContainer().focus();
  });
  clusters.on('spiderfied', ({ markers: legs }) => {
    if (focusFirstLeg) legs[0]?.getElement()?.focus();
    focusFirstLeg = false;
  });
  map.on('zoomend', () => { focusFirstLeg = false; });
  clusters.on('animationend spiderfied unspiderfied', onPinsMoved);
  map.on('moveend', onPinsMoved); // the clusters add the pins that came into the view
  // Tab reaches pins and clusters just outside the view too (the clusters are kept a screen beyond it):
  // the map pans to show the one that has the focus.
  map.getPane('markerPane').addEventListener('focusin', (event) => {
    const icon = event.target.closest?.('.leaflet-marker-icon');
    if (!icon?.matches(':focus-visible')) return; // a click's focus: the pin is in sight, and may open a panel
    const [dx, dy] = overflowOf(icon.getBoundingClientRect(), map.getContainer().getBoundingClientRect(), FOCUS_MARGIN);
    if (dx || dy) map.panBy([dx, dy]);
  });

  const standsInForShape = () => map.getZoom() < shapesFromZoom;
  const shown = ({ feature }) => !hasBoundary(feature) || standsInForShape();

  function iconOf(feature) {
    const noBoundary = !hasBoundary(feature);
    const dot = el('span', { className: 'zone-pin__dot' });
    dot.style.setProperty('--pin-color', classify(theme, feature.properties).color);
    if (noBoundary) dot.style.setProperty('--pin-ring', layerStyle.noBoundaryMarker.color);
    const pin = el('span', { className: `zone-pin${noBoundary ? ' zone-pin--no-boundary' : ''}${feature.id === selected ? ' zone-pin--selected' : ''}` },
      dot);
    return L.divIcon({ html: pin, className: 'zone-marker', iconSize: [18, 18], iconAnchor: [9, 9] });
  }

  /** What a pin is called: the zone's name, and for a zone without a boundary, that it has none. */
  const nameOf = (feature) => (hasBoundary(feature) ? feature.properties.name : t('map.pinNoBoundary', { name: feature.properties.name }));

  /** The pin's button gets its name; its tooltip on hover and focus names it too, and says when it has no boundary. */
  function nameMarker(marker, feature) {
    const element = marker.getElement();
    if (!element) return;
    element.dataset.zone = feature.id;
    element.setAttribute('aria-label', nameOf(feature));
    marker.getTooltip()?.setContent(tooltipOf(feature));
  }

  const tooltipOf = (feature) => zoneTooltip(feature.properties.name, hasBoundary(feature) ? null : noBoundaryLabel());

  function markerOf(feature, position) {
    const marker = L.marker(position, { icon: iconOf(feature), pane: 'markerPane' });
    marker.feature = feature;
    marker.bindTooltip(tooltipOf(feature), { direction: 'right', offset: [10, 0], className: 'zone-tooltip-box' });
    marker.on('click', () => onSelect(feature.id, { keyboard: false }));
    marker.on('keydown', (event) => {
      if (!isActivation(event.originalEvent)) return;
      event.originalEvent.preventDefault(); // Space would scroll
      onSelect(feature.id, { keyboard: true });
    });
    marker.on('add', () => nameMarker(marker, feature));
    return marker;
  }

  function redraw() {
    markers.forEach(({ marker, feature }) => {
      marker.setIcon(iconOf(feature));
      nameMarker(marker, feature);
    });
    clusters.refreshClusters();
  }

  let wasStandingIn = standsInForShape();
  map.on('zoomend', () => {
    if (wasStandingIn === standsInForShape()) return;
    wasStandingIn = standsInForShape();
    const bounded = [...markers.values()].filter(({ feature }) => hasBoundary(feature)).map(({ marker }) => marker);
    if (wasStandingIn) clusters.addLayers(bounded);
    else clusters.removeLayers(bounded);
  });

  return {
    setZones(features) {
      clusters.clearLayers();
      markers.clear();
      const positions = positionsOf(features.filter((f) => f.properties.markerPoint));
      for (const [feature, position] of positions) {
        markers.set(feature.id, { marker: markerOf(feature, position), feature });
      }
      clusters.addLayers([...markers.values()].filter(shown).map(({ marker }) => marker));
      onPinsMoved();
    },
    setTheme(themeKey) {
      theme = layerStyle.themes[themeKey];
      redraw();
    },
    select(code) {
      const previous = selected;
      selected = code;
      // Only the pins that gain or lose the mark change; clusters do not show the selection.
      for (const changed of new Set([previous, code])) {
        const pin = markers.get(changed);
        if (pin) {
          pin.marker.setIcon(iconOf(pin.feature));
          nameMarker(pin.marker, pin.feature);
        }
      }
    },
    /** Words changed (language): captions and cluster texts are drawn again. */
    redraw,
    bounds() {
      return L.latLngBounds([...markers.values()].map(({ marker }) => marker.getLatLng()));
    },
    /** Where a zone's pin stands (on the map or not), or null when it has none. */
    positionOf(code) {
      return markers.get(code)?.marker.getLatLng() ?? null;
    },
    /** Where a zone's pin is drawn, or null when it is not on the map (clustered, or a shape instead). */
    pinOf(code) {
      const marker = markers.get(code)?.marker;
      return marker?.getElement()?.isConnected ? marker.getLatLng() : null;
    },
    /** Puts the focus back on a zone's pin; false when the pin is not on the map (clustered, or gone). */
    focus(code) {
      const element = markers.get(code)?.marker.getElement();
      if (!element?.isConnected) return false;
      element.focus();
      return true;
    },
  };
}

/**
 * [feature, LatLng] for each pin: a zone with a boundary at its marker point; the zones without one in a
 * row south of the district label point they share.
 */
function positionsOf(features) {
  const atPoint = new Map(); // "lon,lat" -> features without a boundary standing there
  for (const feature of features.filter((f) => !hasBoundary(f))) {
    const key = feature.properties.markerPoint.join(',');
    atPoint.set(key, [...(atPoint.get(key) ?? []), feature]);
  }
  const positions = new Map();
  for (const group of atPoint.values()) {
    group.forEach((feature, index) => {
      const [lon, lat] = feature.properties.markerPoint;
      const east = (index - (group.length - 1) / 2) * ROW_SPACING_M;
      positions.set(feature, L.latLng(lat - ROW_BELOW_M / METRES_PER_DEGREE,
        lon + east / (METRES_PER_DEGREE * Math.cos((lat * Math.PI) / 180))));
    });
  }
  return features.map((feature) => [feature, positions.get(feature) ?? latLngOf(feature.properties.markerPoint)]);
}

/** A cluster: how many zones, inside a ring that shares its colours out as the zones in it do. */
function clusterIcon(cluster, theme) {
  const count = cluster.getChildCount();
  const node = el('span', { className: 'zone-cluster__count', dataset: { count: String(count) } },
    String(count), el('span', { className: 'visually-hidden' }, ` ${t('map.clusterZones')}`));
  const size = count < 10 ? 34 : 40;
  const icon = el('span', { className: 'zone-cluster__ring' }, node);
  icon.style.background = ringOf(cluster.getAllChildMarkers().map((marker) => classify(theme, marker.feature.properties).color));
  return L.divIcon({ html: icon, className: 'zone-cluster', iconSize: [size, size] });
}

function ringOf(colors) {
  const counts = new Map();
  colors.forEach((color) => counts.set(color, (counts.get(color) ?? 0) + 1));
  let start = 0;
  const stops = [...counts].map(([color, n]) => {
    const end = start + (100 * n) / colors.length;
    const stop = `${color} ${start}% ${end}%`;
    start = end;
    return stop;
  });
  return `conic-gradient(${stops.join(', ')})`;
}
