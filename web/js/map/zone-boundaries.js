// Zone boundaries, fetched for the part of the map where shapes are drawn. The zone list comes without
// them (each zone's box is enough to list it, pin it and fit the view to it): a national map pins its
// 1,700 zones, and reading every boundary before the first view took longer than drawing that view.
import { getJson, isAbort } from '../api.js';

/** Boxes as the API's bbox parameter takes them, to about a metre. */
const bboxOf = (bounds) => [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
  .map((degrees) => degrees.toFixed(5)).join(',');

export function createZoneBoundaries() {
  const geometries = new Map(); // code -> GeoJSON geometry
  let loaded = []; // the areas every boundary of which is in geometries
  let pending = null; // {area, controller} of the request on its way
  let query = {};

  return {
    geometryOf: (code) => geometries.get(code),
    /**
     * Fetches the boundaries meeting an area, unless those meeting `near` (inside it) are in or on their
     * way. Resolves true once new ones are in, false when a later call or reset() overtook it; null when
     * there is nothing to fetch.
     */
    ensure(near, area) {
      if (loaded.some((done) => done.contains(near)) || pending?.area.contains(near)) return null;
      pending?.controller.abort();
      const controller = new AbortController();
      const request = { area, controller };
      pending = request;
      const settle = () => {
        if (pending === request) pending = null;
      };
      return getJson('/api/zones', { params: { ...query, bbox: bboxOf(area) }, signal: controller.signal })
        .then((collection) => {
          settle();
          if (controller.signal.aborted) return false;
          collection.features.forEach((feature) => feature.geometry && geometries.set(feature.id, feature.geometry));
          loaded.push(area);
          return true;
        }, (error) => {
          settle();
          if (isAbort(error)) return false;
          throw error;
        });
    },
    /** The zones are those of a new list (filters, a day, an edit): boundaries are fetched afresh, for it. */
    reset(listQuery) {
      pending?.controller.abort();
      pending = null;
      geometries.clear();
      loaded = [];
      query = listQuery;
    },
  };
}
