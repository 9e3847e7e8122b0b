// Leaflet.draw's own words (its tooltips while drawing and editing) in the page's language.
import { t } from '../i18n.js';

const L = window.L;

export function translateDrawing() {
  const { draw, edit } = L.drawLocal;
  draw.handlers.polygon.tooltip = { start: t('draw.start'), cont: t('draw.cont'), end: t('draw.end') };
  draw.handlers.polyline.error = t('draw.crossing');
  draw.toolbar.finish = { title: t('boundary.finish'), text: t('boundary.finish') };
  edit.handlers.edit.tooltip = { text: t('draw.editText'), subtext: t('draw.editSubtext') };
}
