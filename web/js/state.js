// The page's state, one object; modules change it with set() and hear about changes by subscribe().

/** The zone filters, named as the /api/zones parameters they become. */
export const FILTER_NAMES = ['q', 'province', 'district', 'province2025', 'commune2025', 'kind', 'investment',
  'clearance', 'minAvailableHa', 'minOccupancyPct', 'includeUnknown'];
/** The filters on a zone's figures, which cannot judge a zone whose figure is unknown; by the figure they read. */
export const FIGURE_FILTERS = { minAvailableHa: 'available', minOccupancyPct: 'occupancy' };
/** How the list can be ordered: by name, or by a figure, highest first. */
export const SORTS = ['name', 'available', 'area', 'occupancy'];
export const MAX_COMPARED = 4;

export const emptyFilters = () => Object.fromEntries(FILTER_NAMES.map((name) => [name, '']));

/** The figures the filters judge zones by ('available', …), in a fixed order; empty when none. */
export const filteredFigures = (filters) => Object.entries(FIGURE_FILTERS)
  .filter(([name]) => filters[name] !== '').map(([, figure]) => figure);

export function initialState() {
  return {
    lang: 'vi',
    theme: null, // null: the style document's default theme
    view: null, // {zoom, lat, lon}; null: fit the zones
    filters: emptyFilters(),
    sort: SORTS[0],
    zone: null, // the code of the zone in the side panel
    compare: [], // codes, at most MAX_COMPARED
    basemap: true,
    asOf: null, // YYYY-MM-DD: the zones as they stood that day; null: today
  };
}

export function createStore(initial) {
  let state = initial;
  const listeners = new Set();
  return {
    get: () => state,
    /** Merges a patch; listeners hear which top-level keys changed. */
    set(patch) {
      const previous = state;
      state = { ...state, ...patch };
      const changed = new Set(Object.keys(patch).filter((key) => previous[key] !== state[key]));
      if (changed.size > 0) listeners.forEach((listener) => listener(state, changed));
    },
    subscribe(listener) {
      listeners.add(listener);
    },
  };
}
