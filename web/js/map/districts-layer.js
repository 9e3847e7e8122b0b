// Districts: their names at their label points, their boundaries once an admin has imported them.
// With the base map off, this is what tells the reader where they are: so the cities' names show from the
// first view, every district's from the style's label zoom on, and a name that would print over another
// (or over a pin) gives way.
import { labelMarker, overlaps, setLabelMinZoom } from './labels.js';
import { placeName } from '../place-names.js';
import { latLngOf } from './map-view.js';
import { pathStyle } from './path-style.js';

const L = window.L;
const GAP = 4; // px kept clear around a label
const MAX_SHIFT = 48; // px a label may move up or down to get out from under a pin; beyond, it stays put

export function addDistrictLayer(map, districts, styles) {
  const layerStyle = styles.layers.districts;
  const outline = pathStyle(layerStyle, layerStyle.themes[layerStyle.defaultTheme].classes[0]);
  const withBoundary = districts.features.filter((feature) => feature.geometry);
  const labelOf = (properties) => placeName(properties[layerStyle.label.property]);
  L.geoJSON(withBoundary, { style: () => outline, pane: 'districts', interactive: false }).addTo(map);
  // Cities (thành phố) and towns (thị xã) first: they are named at every zoom, and win over rural districts.
  const labels = districts.features
    .map((feature) => ({ properties: feature.properties, major: feature.properties.unitType !== 'huyen' }))
    .sort((a, b) => Number(b.major) - Number(a.major))
    .map(({ properties, major }) => {
      const marker = labelMarker(latLngOf(properties.labelPoint), labelOf(properties), layerStyle.label, 'district');
      marker.properties = properties;
      marker.on('add', () => marker.getElement()?.classList.toggle('map-label--minor', !major));
      return marker;
    });
  L.layerGroup(labels).addTo(map);
  setLabelMinZoom(map, 'district', layerStyle.label.minZoom);

  /**
   * Moves each label up or down out from under the pins and clusters (zones without a boundary stand at
   * the district's label point), then hides the labels that would overlap a label placed before them.
   */
  function declutter() {
    const pins = [...map.getPane('markerPane').querySelectorAll('.leaflet-marker-icon')]
      .map((icon) => icon.getBoundingClientRect()).filter((box) => box.width > 0);
    // Every label put back first, then all measured, then moved: one layout, not one a label.
    const shown = labels.map((marker) => marker.getElement()).filter(Boolean).map((node) => {
      const text = node.querySelector('.map-label__text');
      node.classList.remove('map-label--crowded');
      text.style.top = '';
      return { node, text };
    });
    const measured = shown.map((label) => ({ ...label, at: label.text.getBoundingClientRect() }))
      .filter(({ at }) => at.width > 0); // the others are not shown at this zoom
    const placed = [];
    for (const { node, text, at } of measured) {
      const shift = clearOf({ left: at.left - GAP, top: at.top - GAP, right: at.right + GAP, bottom: at.bottom + GAP }, pins);
      if (shift) text.style.top = `${shift}px`;
      const box = { left: at.left - GAP, top: at.top - GAP + shift, right: at.right + GAP, bottom: at.bottom + GAP + shift };
      if (placed.some((other) => overlaps(box, other))) node.classList.add('map-label--crowded');
      else placed.push(box);
    }
  }
  // Once per frame at most, after whatever moved the labels or the pins.
  let pending = false;
  const declutterSoon = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      declutter();
    });
  };
  map.on('zoomend', declutterSoon);
  map.whenReady(declutterSoon);

  return {
    hasBoundaries: withBoundary.length > 0,
    /** The pins were drawn again (clustered, spread out, filtered): the labels find their places again. */
    pinsMoved: declutterSoon,
    /** Words changed (language): the names read as the language writes a district's. */
    render() {
      for (const marker of labels) {
        const text = marker.getElement()?.querySelector('.map-label__text');
        if (text) text.textContent = labelOf(marker.properties);
      }
      declutterSoon();
    },
  };
}

/** How far (px, up negative) a box must move to be clear of every pin: the shorter way, 0 if it is clear. */
function clearOf(box, pins) {
  const moved = (dy) => ({ ...box, top: box.top + dy, bottom: box.bottom + dy });
  const blocked = (dy) => pins.filter((pin) => overlaps(moved(dy), pin));
  if (blocked(0).length === 0) return 0;
  const escape = (direction) => {
    let dy = 0;
    for (let hits = blocked(dy); hits.length > 0; hits = blocked(dy)) {
      dy = direction < 0 ? Math.min(...hits.map((pin) => pin.top - box.bottom)) : Math.max(...hits.map((pin) => pin.bottom - box.top));
      if (Math.abs(dy) > MAX_SHIFT) return null;
    }
    return dy;
  };
  const candidates = [escape(-1), escape(1)].filter((dy) => dy !== null);
  return candidates.length === 0 ? 0 : candidates.reduce((a, b) => (Math.abs(b) < Math.abs(a) ? b : a));
}

