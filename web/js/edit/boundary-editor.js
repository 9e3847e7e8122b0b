// Draws a zone's boundary with Leaflet.draw: a new polygon point by point (L.Draw.Polygon), or the
// vertices of one already drawn moved, added (the handles between vertices) and removed (a click on a
// vertex) with L.Edit.Poly; a handle in the middle drags the whole shape, which Leaflet.draw does for
// rectangles and circles only. The edited shape is handed on as GeoJSON; the map's zones stay as they
// are until the server has accepted it.
import { t } from '../i18n.js';

const L = window.L;
const SHAPE = { color: '#c2185b', weight: 3, fillColor: '#c2185b', fillOpacity: 0.15, pane: 'editing' };
/**
 * Leaflet.draw's vertex editing reads the path's styles while edited and before (its edit toolbar sets
 * them); these polygons are edited without that toolbar, and look the same throughout.
 */
const EDITABLE = { ...SHAPE, editing: {}, original: {} };

/** @param fit (bounds) shows them on the map, clear of the zone panel */
export function createBoundaryEditor(map, { onShapeChange, fit }) {
  const group = L.featureGroup([], { pane: 'editing' }).addTo(map);
  let drawer = null;

  map.on(L.Draw.Event.CREATED, ({ layer }) => {
    if (!drawer) return;
    drawer = null;
    edit(L.polygon(layer.getLatLngs(), EDITABLE));
  });
  map.on(`${L.Draw.Event.EDITVERTEX} ${L.Draw.Event.DRAWVERTEX}`, () => onShapeChange());

  function edit(polygon) {
    group.addLayer(polygon);
    polygon.editing.enable();
    group.addLayer(moveHandle(polygon));
    onShapeChange();
  }

  /** A handle at the shape's centre that drags it whole; its corners' handles follow once it is dropped. */
  function moveHandle(polygon) {
    const handle = L.marker(polygon.getBounds().getCenter(), { draggable: true, keyboard: false, title: t('boundary.move'),
      icon: L.divIcon({ className: 'leaflet-div-icon leaflet-editing-icon leaflet-edit-move boundary-move', iconSize: [22, 22] }) });
    let from = null;
    handle.on('dragstart', () => {
      from = handle.getLatLng();
      polygon.editing.disable();
    });
    handle.on('drag', () => {
      const to = handle.getLatLng();
      polygon.setLatLngs(shifted(polygon.getLatLngs(), to.lat - from.lat, to.lng - from.lng));
      from = to;
    });
    handle.on('dragend', () => {
      polygon.editing.enable();
      onShapeChange();
    });
    return handle;
  }

  const polygons = () => group.getLayers().filter((layer) => layer instanceof L.Polygon);

  function clear() {
    drawer?.disable();
    drawer = null;
    group.eachLayer((layer) => layer.editing?.disable());
    group.clearLayers();
  }

  return {
    /** Starts drawing a new polygon: a click for each vertex, a click on the first one (or Finish) closes it. */
    drawNew() {
      clear();
      drawer = new L.Draw.Polygon(map, { showArea: false, allowIntersection: true, shapeOptions: SHAPE });
      drawer.enable();
      onShapeChange();
    },
    /** Puts a boundary (GeoJSON Polygon or MultiPolygon) up for editing, each part its own polygon. */
    editExisting(geometry) {
      clear();
      const parts = geometry.type === 'MultiPolygon' ? geometry.coordinates : [geometry.coordinates];
      parts.forEach((rings) => edit(L.polygon(rings.map((ring) => ring.map(([lon, lat]) => [lat, lon])), EDITABLE)));
      fit(L.featureGroup(polygons()).getBounds());
    },
    /** Ends a drawing under way with the points clicked so far, as Leaflet.draw's Finish does. */
    finishDrawing() {
      drawer?.completeShape();
    },
    get drawing() {
      return drawer !== null;
    },
    /** The boundary as GeoJSON: a Polygon, or a MultiPolygon when it has several parts; null when none. */
    geometry() {
      const parts = polygons().map((layer) => layer.toGeoJSON(7).geometry.coordinates);
      if (parts.length === 0) return null;
      return parts.length === 1 ? { type: 'Polygon', coordinates: parts[0] } : { type: 'MultiPolygon', coordinates: parts };
    },
    /** The boundary's area on the ellipsoid, in ha (Leaflet.draw's measure), or null when none. */
    areaHa() {
      const layers = polygons();
      if (layers.length === 0) return null;
      return layers.reduce((sum, layer) => sum + L.GeometryUtil.geodesicArea(layer.getLatLngs()[0]), 0) / 10000;
    },
    clear,
  };
}

/** Leaflet's nested rings of LatLngs, every point moved by the same amount. */
function shifted(latlngs, dLat, dLng) {
  return latlngs.map((item) => (Array.isArray(item) ? shifted(item, dLat, dLng) : L.latLng(item.lat + dLat, item.lng + dLng)));
}
