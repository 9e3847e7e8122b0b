// Zone boundaries as vector polygons, coloured by the chosen theme, named from the label zoom on.
import { classify } from '../styles.js';
import { labelElement, overlaps, setLabelMinZoom, zoneTooltip } from './labels.js';
import { pathStyle } from './path-style.js';

const L = window.L;
const SELECTED = { weight: 3.5, color: '#111111', dashArray: null };
const HOVERED = { weight: 3, color: '#0b6e99' };

export function createZoneShapes(map, { styles, onSelect }) {
  const layerStyle = styles.layers.zones;
  const group = L.featureGroup([], { pane: 'zones' }).addTo(map);
  const shapes = new Map(); // code -> L.GeoJSON of one zone
  let theme = layerStyle.themes[layerStyle.defaultTheme];
  let selected = null;
  let hovered = null;
  setLabelMinZoom(map, 'zone', layerStyle.label.minZoom);

  function styleOf(code) {
    const shape = shapes.get(code);
    const { properties } = shape.feature;
    const base = pathStyle(layerStyle, classify(theme, properties), properties);
    if (code === selected) return { ...base, ...SELECTED };
    return code === hovered ? { ...base, ...HOVERED } : base;
  }

  function restyle(code) {
    if (!shapes.has(code)) return;
    shapes.get(code).setStyle(styleOf(code));
    if (code === selected || code === hovered) shapes.get(code).bringToFront();
  }

  function shapeOf(feature) {
    const shape = L.geoJSON(feature, { pane: 'zones' });
    shape.feature = feature;
    shape.on('click', () => onSelect(feature.id));
    // Each part of the shape names the zone on hover and on keyboard focus (Leaflet opens a path's tooltip
    // on its element's focus), and can be pressed from the keyboard as a pin can.
    shape.eachLayer((path) => path.bindTooltip(() => zoneTooltip(feature.properties.name), { sticky: true, className: 'zone-tooltip-box' }));
    shape.on('add', () => shape.eachLayer((path) => {
      const element = path.getElement();
      if (!element) return;
      element.setAttribute('data-zone', feature.id);
      element.setAttribute('tabindex', '0');
      element.setAttribute('role', 'button');
      element.setAttribute('aria-label', feature.properties.name);
      // A click must not focus the shape: the browser would scroll the map's panes to show all of it.
      element.addEventListener('mousedown', (event) => event.preventDefault());
      element.addEventListener('keydown', (event) => {
        if (event.key !== 'Enter' && event.key !== ' ') return;
        event.preventDefault();
        onSelect(feature.id, { keyboard: true });
      });
    }));
    const label = labelElement(feature.properties[layerStyle.label.property], layerStyle.label, 'zone');
    shape.bindTooltip(label, { permanent: true, direction: 'center', className: 'map-label map-label--zone', interactive: false });
    // A name printed on the map, not a tooltip: Leaflet's role=tooltip would be an empty one below the label zoom.
    shape.on('tooltipopen', ({ tooltip }) => tooltip.getElement().removeAttribute('role'));
    return shape;
  }

  // Neighbouring zones (a zone and its extension, say) would print their names over each other: the larger
  // zone keeps its name, the smaller one shows it again once zoomed in far enough to part them.
  function declutterLabels() {
    const placed = [];
    const bySize = [...shapes.values()]
      .sort((a, b) => (b.feature.properties.geometricAreaHa ?? 0) - (a.feature.properties.geometricAreaHa ?? 0));
    for (const shape of bySize) {
      const node = shape.getTooltip()?.getElement();
      if (!node) continue;
      node.classList.remove('map-label--crowded');
      const box = node.getBoundingClientRect();
      if (box.width === 0) continue; // labels are off at this zoom
      if (placed.some((other) => overlaps(box, other))) node.classList.add('map-label--crowded');
      else placed.push(box);
    }
  }
  map.on('zoomend', declutterLabels);

  return {
    /** Draws these zones (those with a boundary) and no others. */
    setZones(features) {
      group.clearLayers();
      shapes.clear();
      for (const feature of features.filter((f) => f.geometry)) {
        const shape = shapeOf(feature);
        shapes.set(feature.id, shape);
        group.addLayer(shape);
        shape.setStyle(styleOf(feature.id));
      }
      if (selected) restyle(selected);
      declutterLabels();
    },
    setTheme(themeKey) {
      theme = layerStyle.themes[themeKey];
      shapes.forEach((shape, code) => shape.setStyle(styleOf(code)));
    },
    select(code) {
      const previous = selected;
      selected = code;
      restyle(previous);
      restyle(code);
    },
    hover(code) {
      const previous = hovered;
      hovered = code;
      restyle(previous);
      restyle(code);
    },
    boundsOf(code) {
      return shapes.get(code)?.getBounds() ?? null;
    },
    bounds() {
      return group.getBounds();
    },
  };
}
