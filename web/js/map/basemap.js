// The configurable XYZ base map. Off, it is never added, so the page asks no other server for anything.
import { el, safeHttpUrl } from '../dom.js';

const L = window.L;

/** @param config the basemap member of /api/config, or null when the server has none */
export function createBasemap(map, config) {
  if (!config) return { available: false, setVisible() {} };
  const layer = L.tileLayer(config.url, { maxZoom: config.maxZoom, attribution: attributionHtml(config) });
  return {
    available: true,
    setVisible(visible) {
      if (visible) layer.addTo(map);
      else layer.remove();
    },
  };
}

// Leaflet takes attribution as HTML; serialising an element we built escapes the configured text.
function attributionHtml({ attribution, attributionUrl }) {
  const href = safeHttpUrl(attributionUrl);
  const node = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, attribution) : el('span', {}, attribution);
  return node.outerHTML;
}
