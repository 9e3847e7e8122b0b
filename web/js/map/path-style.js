// How a feature of a layer is drawn as a Leaflet path: the class's colour, or a hatched fill (no data,
// illustrative data) made as an SVG pattern of that colour, as the server's renderer hatches it.
import { isIllustrative } from '../styles.js';

const SVG = 'http://www.w3.org/2000/svg';
const PATTERN_SIZE = 8;
const patterns = new Set(); // the ids of the hatch patterns already in the page

/** Leaflet path options for one feature of a layer, given its class and its properties. */
export function pathStyle(layerStyle, styleClass, properties = {}) {
  const illustrative = isIllustrative(layerStyle, properties);
  const hatched = Boolean(styleClass.hatch) || illustrative;
  const dash = illustrative ? layerStyle.illustrative.dash : layerStyle.stroke.dash;
  return {
    color: layerStyle.stroke.color,
    weight: layerStyle.stroke.width,
    dashArray: dash?.join(' ') ?? null,
    fillColor: hatched ? hatchFill(styleClass.color, layerStyle.stroke.color, layerStyle.fillOpacity) : styleClass.color,
    fillOpacity: hatched ? 1 : layerStyle.fillOpacity, // the pattern carries the layer's opacity itself
    opacity: 1,
  };
}

/** A fill of diagonal lines over a translucent ground: "url(#hatch-…)", the pattern added to the page once. */
function hatchFill(ground, line, groundOpacity) {
  const id = `hatch-${ground}-${line}-${groundOpacity}`.replace(/[^a-z0-9-]/gi, '');
  if (!patterns.has(id)) {
    const pattern = svgElement('pattern', { id, patternUnits: 'userSpaceOnUse', width: PATTERN_SIZE, height: PATTERN_SIZE,
      patternTransform: 'rotate(45)' });
    pattern.append(
      svgElement('rect', { width: PATTERN_SIZE, height: PATTERN_SIZE, fill: ground, 'fill-opacity': groundOpacity }),
      svgElement('line', { x1: 0, y1: 0, x2: 0, y2: PATTERN_SIZE, stroke: line, 'stroke-width': 2, 'stroke-opacity': 0.5 }));
    document.querySelector('#hatch-patterns').append(pattern);
    patterns.add(id);
  }
  return `url(#${id})`;
}

function svgElement(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}
