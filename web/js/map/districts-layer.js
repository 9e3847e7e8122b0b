// Districts: their names at their label points, their boundaries once an admin has imported them.
// With the base map off, this is what tells the reader where they are: so the cities' names show from the
// first view, every district's from the style's label zoom on, and a name that would print over another
// (or over a pin) gives way.
import { pathStyle } from '../styles.js';
import { labelMarker, setLabelMinZoom } from './labels.js';
import { latLngOf } from './map-view.js';

const L = window.L;
const GAP = 4; // px kept clear around a label

export function addDistrictLayer(map, districts, styles) {
  const layerStyle = styles.layers.districts;
  const outline = pathStyle(layerStyle, layerStyle.themes[layerStyle.defaultTheme].classes[0]);
  const withBoundary = districts.features.filter((feature) => feature.geometry);
  L.geoJSON(withBoundary, { style: () => outline, pane: 'districts', interactive: false }).addTo(map);
  // Cities (thành phố) and towns (thị xã) first: they are named at every zoom, and win over rural districts.
  const labels = districts.features
    .map((feature) => ({ properties: feature.properties, major: feature.properties.unitType !== 'huyen' }))
    .sort((a, b) => Number(b.major) - Number(a.major))
    .map(({ properties, major }) => {
      const marker = labelMarker(latLngOf(properties.labelPoint), properties[layerStyle.label.property], layerStyle.label, 'district');
      marker.on('add', () => marker.getElement()?.classList.toggle('map-label--minor', !major));
      return marker;
    });
  L.layerGroup(labels).addTo(map);
  setLabelMinZoom(map, 'district', layerStyle.label.minZoom);

  /** Hides the labels that would overlap a label placed before them. */
  function declutter() {
    const placed = [];
    for (const marker of labels) {
      const node = marker.getElement();
      if (!node) continue;
      node.classList.remove('map-label--crowded');
      const text = node.querySelector('.map-label__text').getBoundingClientRect();
      if (text.width === 0) continue; // not shown at this zoom
      const box = { left: text.left - GAP, top: text.top - GAP, right: text.right + GAP, bottom: text.bottom + GAP };
      if (placed.some((other) => overlaps(box, other))) node.classList.add('map-label--crowded');
      else placed.push(box);
    }
  }
  map.on('zoomend', declutter);
  map.whenReady(declutter);

  return { hasBoundaries: withBoundary.length > 0, declutter };
}

function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
