// Reads the shared style document (/api/styles): the colours of the map and the legend come from here only.

/** The zone themes, the default first; the document gives no order, so the rest go alphabetically. */
export function zoneThemeKeys(styles) {
  const zones = styles.layers.zones;
  return [zones.defaultTheme, ...Object.keys(zones.themes).filter((key) => key !== zones.defaultTheme).sort()];
}

/** The class a feature's properties fall in: {color, hatch, label}. */
export function classify(theme, properties) {
  if (!theme.property) return theme.classes[0];
  const value = properties[theme.property];
  const found = theme.classes.find((styleClass) => matches(styleClass, value));
  return found ?? theme.noData ?? theme.classes[0];
}

function matches(styleClass, value) {
  if (styleClass.value !== null && styleClass.value !== undefined) return styleClass.value === String(value);
  if (typeof styleClass.min === 'number' && typeof styleClass.max === 'number') {
    return typeof value === 'number' && value >= styleClass.min && value < styleClass.max;
  }
  return false;
}

/** The id of the SVG pattern that draws a hatched fill (see index.html); Leaflet sets it as the fill. */
const HATCH_FILL = 'url(#hatch-no-data)';

/** Leaflet path options for one feature of a layer, given its class. */
export function pathStyle(layerStyle, styleClass) {
  return {
    color: layerStyle.stroke.color,
    weight: layerStyle.stroke.width,
    dashArray: layerStyle.stroke.dash?.join(' ') ?? null,
    fillColor: styleClass.hatch ? HATCH_FILL : styleClass.color,
    fillOpacity: styleClass.hatch ? 1 : layerStyle.fillOpacity,
    opacity: 1,
  };
}
