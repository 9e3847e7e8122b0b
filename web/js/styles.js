// Reads the shared style document (/api/styles): the colours of the map and the legend come from here only.
// The rules are those of the server's renderer (map/style/Theme.classify, StyleClass.matches,
// LayerStyle.isIllustrative), so that the web map and the server's images never draw a feature differently.

/** The zone themes, the default first; the document gives no order, so the rest go alphabetically. */
export function zoneThemeKeys(styles) {
  const zones = styles.layers.zones;
  return [zones.defaultTheme, ...Object.keys(zones.themes).filter((key) => key !== zones.defaultTheme).sort()];
}

const isSet = (value) => value !== null && value !== undefined;

/** The class a feature's properties fall in: {color, hatch, label}. */
export function classify(theme, properties) {
  if (!isSet(theme.property)) return theme.classes[0];
  const value = properties[theme.property];
  const found = theme.classes.find((styleClass) => matches(styleClass, value));
  return found ?? theme.noData ?? theme.classes[0];
}

/**
 * A categorical class holds the values whose text is its value (a missing value reads "null", as Java's
 * String.valueOf(null) does); a graduated one the numbers in [min, max); a class with neither holds anything.
 */
function matches(styleClass, value) {
  const { value: category, min, max } = styleClass;
  if (isSet(category)) return category === String(value ?? null);
  if (isSet(min) && isSet(max)) return typeof value === 'number' && value >= min && value < max;
  return !isSet(min) && !isSet(max);
}

/** Whether a feature is demonstration data that no source backs: drawn hatched and dashed, and said so. */
export function isIllustrative(layerStyle, properties) {
  return isSet(layerStyle.illustrative) && properties[layerStyle.illustrative.property] === true;
}
