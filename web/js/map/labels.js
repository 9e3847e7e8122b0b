// Map labels: text from data, colours and size from a layer's "label" member in the style document.
import { el } from '../dom.js';

const L = window.L;

/** Whether two client rectangles overlap. */
export function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function labelElement(text, labelStyle, modifier) {
  const node = el('span', { className: `map-label__text map-label__text--${modifier}` }, text);
  node.style.color = labelStyle.color;
  node.style.fontSize = `${labelStyle.size}px`;
  node.style.setProperty('--halo', labelStyle.halo);
  return node;
}

/** What a zone's tooltip on hover and focus says: its name, and a note under it where there is one. */
export function zoneTooltip(name, note = null) {
  return el('span', { className: 'zone-tooltip' }, el('strong', {}, name), note ? [el('br'), note] : null);
}

/** A label standing alone at a point, which the mouse passes through. */
export function labelMarker(latLng, text, labelStyle, modifier) {
  const icon = L.divIcon({ html: labelElement(text, labelStyle, modifier), className: 'map-label', iconSize: null });
  return L.marker(latLng, { icon, pane: 'labels', interactive: false, keyboard: false });
}

/** CSS shows a kind of label from the style's minZoom on; this tells it when that is. */
export function setLabelMinZoom(map, modifier, minZoom) {
  const container = map.getContainer();
  const update = () => container.classList.toggle(`show-${modifier}-labels`, map.getZoom() >= minZoom);
  map.on('zoomend', update);
  map.whenReady(update);
}
