// The server's reasons for refusing a boundary, on the map where they apply: a marker at each position a
// problem names, its message in a popup, the first one open. Problems without a position are left to
// the editor that sent the change.
import { el } from '../dom.js';
import { t } from '../i18n.js';

const L = window.L;

export function createRefusalsLayer(map) {
  const group = L.featureGroup([], { pane: 'editing' }).addTo(map);

  return {
    show(errors) {
      group.clearLayers();
      const placed = errors.filter((error) => Array.isArray(error.coordinate) && error.coordinate.length === 2);
      for (const error of placed) {
        const [lon, lat] = error.coordinate;
        const marker = L.circleMarker([lat, lon], { pane: 'editing', radius: 9, color: '#b71c1c', weight: 3,
          fillColor: '#ffeb3b', fillOpacity: 0.9, className: 'refusal-marker' });
        marker.bindPopup(el('div', { className: 'refusal-popup' },
          el('strong', {}, t('edit.refused')), el('p', { lang: 'en' }, error.message)), { className: 'refusal-popup-box', autoPan: true });
        group.addLayer(marker);
      }
      if (placed.length > 0) {
        const first = group.getLayers()[0];
        if (!map.getBounds().contains(first.getLatLng())) map.panTo(first.getLatLng());
        first.openPopup();
      }
    },
    clear() {
      group.clearLayers();
    },
  };
}
