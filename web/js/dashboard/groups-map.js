// The groups on a map, coloured by their occupancy as the web map colours zones: a district or a commune by
// its imported boundary; without one, a circle at the district's label point, or at the group's zones where
// no unit of today has a boundary. Zone kinds are no places: the map says so instead of drawing.
import { el, swatch } from '../dom.js';
import { formatDate } from '../format.js';
import { localized } from '../i18n.js';
import { createMap, latLngOf } from '../map/map-view.js';
import { pathStyle } from '../map/path-style.js';
import { classify } from '../styles.js';
import { groupLabel, pct } from './figures.js';

const L = window.L;
const POINT_RADIUS = 9;

/** What each grouping is drawn with: the units' features and the group each belongs to. */
const UNITS = {
  district: { source: 'districts', groupOf: (p) => p.code },
  province: { source: 'districts', groupOf: (p) => p.provinceCode },
  commune: { source: 'communes', groupOf: (p) => p.code },
  province2025: { source: 'communes', groupOf: (p) => p.provinceCode },
};

/**
 * @param units {districts: FeatureCollection, communes: FeatureCollection | null (not on this server)}
 * @param zonePoint the [lon, lat] a zone is marked at, by its code, or null
 */
export function createGroupsMap(container, { styles, units, zonePoint }) {
  const map = createMap(container, { view: null, onViewChange: () => {} });
  const layer = L.featureGroup().addTo(map);
  const zoneStyle = styles.layers.zones;
  const theme = zoneStyle.themes.occupancy;

  function tooltip(row) {
    const figure = pct(row.occupancyPct);
    const when = row.figuresAsOf ? ` (${formatDate(row.figuresAsOf)})` : '';
    return `${groupLabel(row)}: ${figure}${when}`;
  }

  function styleOf(row) {
    return pathStyle(zoneStyle, classify(theme, row));
  }

  function circle(latLng, row) {
    const style = styleOf(row);
    return L.circleMarker(latLng, { ...style, radius: POINT_RADIUS, pane: 'zones' });
  }

  /** Draws the rows; answers a caption key: how the groups are drawn, or why they are not. */
  function draw(grouping, rows) {
    layer.clearLayers();
    const unit = UNITS[grouping];
    if (!unit) return 'dashboard.map.notPlaces';
    const features = units[unit.source]?.features;
    if (!features) return 'dashboard.unavailable';
    const byGroup = new Map(rows.map((row) => [row.group, row]));
    const drawn = new Set();
    for (const feature of features) {
      const row = byGroup.get(unit.groupOf(feature.properties));
      if (!row) continue;
      const shape = feature.geometry
        ? L.geoJSON(feature, { style: () => styleOf(row), pane: 'zones' })
        : feature.properties.labelPoint && circle(latLngOf(feature.properties.labelPoint), row);
      if (!shape) continue;
      shape.bindTooltip(tooltip(row), { sticky: true }).addTo(layer);
      drawn.add(row);
    }
    // A group no unit stands for on this map: its zones' own points.
    for (const row of rows.filter((candidate) => !drawn.has(candidate))) {
      for (const code of row.zoneCodes ?? []) {
        const point = zonePoint(code);
        if (point) circle(latLngOf(point), row).bindTooltip(tooltip(row)).addTo(layer);
      }
    }
    if (layer.getLayers().length > 0) map.fitBounds(layer.getBounds(), { padding: [16, 16] });
    return 'dashboard.map.caption';
  }

  return { draw, map };
}

/** The occupancy classes of the style document, no data included, as a list under the map. */
export function occupancyLegend(styles) {
  const theme = styles.layers.zones.themes.occupancy;
  return el('ul', { className: 'legend__list legend__list--inline' },
    [...theme.classes, ...(theme.noData ? [theme.noData] : [])].map((styleClass) =>
      el('li', { className: 'legend__item' }, swatch(styleClass.color, { hatch: styleClass.hatch }), el('span', {}, localized(styleClass.label)))));
}
