// Leaflet.draw's own words, the tooltip that follows the mouse while a polygon is drawn, in the page's
// language (its toolbar, with the rest of its words, is not used).
import { t } from '../i18n.js';

const L = window.L;

export function translateDrawing() {
  L.drawLocal.draw.handlers.polygon.tooltip = { start: t('draw.start'), cont: t('draw.cont'), end: t('draw.end') };
}
