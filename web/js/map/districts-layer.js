// Districts: their names at their label points always, their boundaries once an admin has imported them.
// With the base map off, this is what tells the reader where they are.
import { pathStyle } from '../styles.js';
import { labelMarker, setLabelMinZoom } from './labels.js';
import { latLngOf } from './map-view.js';

const L = window.L;

export function addDistrictLayer(map, districts, styles) {
  const layerStyle = styles.layers.districts;
  const outline = pathStyle(layerStyle, layerStyle.themes[layerStyle.defaultTheme].classes[0]);
  const withBoundary = districts.features.filter((feature) => feature.geometry);
  L.geoJSON(withBoundary, { style: () => outline, pane: 'districts', interactive: false }).addTo(map);
  const labels = districts.features.map((feature) => labelMarker(latLngOf(feature.properties.labelPoint),
    feature.properties[layerStyle.label.property], layerStyle.label, 'district'));
  L.layerGroup(labels).addTo(map);
  setLabelMinZoom(map, 'district', layerStyle.label.minZoom);
  return { hasBoundaries: withBoundary.length > 0 };
}
