// Zone boundaries as vector polygons, coloured by the chosen theme, named from the label zoom on. Drawn
// from the zoom where a zone is more than a speck, and only those near the view, their boundaries fetched
// for it: a national map of some 1,700 zones holds them as pins, and SVG paths by the thousand would make
// every pan and zoom stutter.
import { classify } from '../styles.js';
import { labelElement, overlaps, setLabelMinZoom, zoneTooltip } from './labels.js';
import { pathStyle } from './path-style.js';
import { createZoneBoundaries } from './zone-boundaries.js';

const L = window.L;
const SELECTED = { weight: 3.5, color: '#111111', dashArray: null };
const HOVERED = { weight: 3, color: '#0b6e99' };
/**
 * From this zoom a zone of 20 ha, the smallest there is, is a couple of pixels across (about 300 m a pixel),
 * and the largest some 20 px: below it shapes would be specks under the pins that stand in for them.
 */
export const SHAPES_MIN_ZOOM = 9;
/** How far beyond the view shapes are drawn, as a share of its size, so that a short pan finds them there. */
const VIEW_PADDING = 0.25;
/** How far beyond the view boundaries are fetched: a pan of up to a quarter of the view asks for none. */
const FETCH_PADDING = 0.5;

/**
 * @param onSelect called with (code, {keyboard}) when a shape is clicked or pressed
 * @param onError called with the error when boundaries could not be fetched
 */
export function createZoneShapes(map, { styles, onSelect, onError }) {
  const layerStyle = styles.layers.zones;
  const group = L.featureGroup([], { pane: 'zones' }).addTo(map);
  const features = new Map(); // code -> the feature of each zone with a boundary, without it
  const extents = new Map(); // code -> its bounds, known without its boundary
  const boundaries = createZoneBoundaries();
  const shapes = new Map(); // code -> L.GeoJSON of one zone, made the first time it comes near the view
  const drawn = new Set(); // codes of the shapes on the map
  let theme = layerStyle.themes[layerStyle.defaultTheme];
  let selected = null;
  let hovered = null;
  setLabelMinZoom(map, 'zone', layerStyle.label.minZoom);

  function styleOf(code) {
    const { properties } = features.get(code);
    const base = pathStyle(layerStyle, classify(theme, properties), properties);
    if (code === selected) return { ...base, ...SELECTED };
    return code === hovered ? { ...base, ...HOVERED } : base;
  }

  function restyle(code) {
    if (!drawn.has(code)) return;
    shapes.get(code).setStyle(styleOf(code));
    if (code === selected || code === hovered) shapes.get(code).bringToFront();
  }

  function shapeOf(feature) {
    const shape = L.geoJSON({ ...feature, geometry: boundaries.geometryOf(feature.id) }, { pane: 'zones' });
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
    // A name printed on the map, not a tooltip: Leaflet's role=tooltip would be an empty one below the label zoom.
    shape.on('tooltipopen', ({ tooltip }) => tooltip.getElement().removeAttribute('role'));
    return shape;
  }

  /**
   * Names a drawn shape from the label zoom on, and not below it: Leaflet measures each name it places
   * (a layout of the page apiece), which a few hundred shapes would pay on every zoom for names not shown.
   */
  function label(shape, shown) {
    if (!shown) {
      shape.unbindTooltip();
      return;
    }
    if (shape.getTooltip()) return;
    const name = labelElement(shape.feature.properties[layerStyle.label.property], layerStyle.label, 'zone');
    shape.bindTooltip(name, { permanent: true, direction: 'center', className: 'map-label map-label--zone', interactive: false });
  }

  // Neighbouring zones (a zone and its extension, say) would print their names over each other: the larger
  // zone keeps its name, the smaller one shows it again once zoomed in far enough to part them.
  function declutterLabels() {
    if (map.getZoom() < layerStyle.label.minZoom) return; // no name is shown
    const placed = [];
    const bySize = [...drawn].map((code) => shapes.get(code))
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

  function shapeFor(code) {
    if (!shapes.has(code)) shapes.set(code, shapeOf(features.get(code)));
    return shapes.get(code);
  }

  /**
   * Draws the shapes near the view, at the zoom they show from, and takes the others off the map; the
   * boundaries not yet fetched are asked for, and drawn once they are in.
   */
  function drawNearView() {
    const near = map.getZoom() >= SHAPES_MIN_ZOOM ? map.getBounds().pad(VIEW_PADDING) : null;
    let missing = false;
    for (const [code, extent] of extents) {
      const meets = near !== null && near.intersects(extent);
      const wanted = meets && boundaries.geometryOf(code) !== undefined;
      missing ||= meets && !wanted;
      if (wanted === drawn.has(code)) continue;
      if (wanted) {
        drawn.add(code);
        const shape = shapeFor(code);
        group.addLayer(shape);
        shape.setStyle(styleOf(code));
      } else {
        drawn.delete(code);
        group.removeLayer(shapes.get(code));
      }
    }
    const named = map.getZoom() >= layerStyle.label.minZoom;
    drawn.forEach((code) => label(shapes.get(code), named));
    if (selected) restyle(selected);
    if (hovered) restyle(hovered);
    if (missing) {
      boundaries.ensure(near, map.getBounds().pad(FETCH_PADDING))?.then((arrived) => arrived && redraw(), onError);
    }
  }
  function redraw() {
    drawNearView();
    declutterLabels();
  }
  map.on('moveend', redraw);

  return {
    /**
     * These zones and no others, as the API lists them without boundaries (with their bbox) for the
     * parameters `query`: those with a boundary are drawn when near the view, their boundaries fetched
     * with the same parameters.
     */
    setZones(zones, query) {
      group.clearLayers();
      features.clear();
      extents.clear();
      shapes.clear();
      drawn.clear();
      boundaries.reset(query);
      for (const feature of zones.filter((f) => f.bbox)) {
        const [west, south, east, north] = feature.bbox;
        features.set(feature.id, feature);
        extents.set(feature.id, L.latLngBounds([south, west], [north, east]));
      }
      redraw();
    },
    setTheme(themeKey) {
      theme = layerStyle.themes[themeKey];
      drawn.forEach((code) => shapes.get(code).setStyle(styleOf(code)));
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
      return extents.get(code) ?? null;
    },
    /** The bounds of every zone with a boundary, drawn or not. */
    bounds() {
      const all = L.latLngBounds([]);
      extents.forEach((extent) => all.extend(extent));
      return all;
    },
  };
}
