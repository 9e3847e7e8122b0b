// A line on the map that says what the lots layer shows: nothing yet, how many lots, or why not all.
import { formatNumber } from '../format.js';
import { t, tn } from '../i18n.js';
import { reasonOf } from '../notice.js';
import { lotsFromZoom } from './lots-layer.js';

export function createLotStatus(container, { styles }) {
  let status = { state: 'hidden' };

  function render() {
    container.dataset.state = status.state;
    container.dataset.count = status.count ?? '';
    switch (status.state) {
      case 'loading':
        container.textContent = t('lots.loading');
        break;
      case 'shown':
        container.textContent = tn(status.truncated ? 'lots.shownTruncated' : 'lots.shown', status.count, { count: formatNumber(status.count, 0) })
          + (status.illustrative > 0 ? tn('lots.shownIllustrative', status.illustrative, { count: formatNumber(status.illustrative, 0) }) : '');
        break;
      case 'failed':
        container.textContent = t('error.part', { detail: reasonOf(status.error) });
        break;
      default:
        container.textContent = t('lots.zoomIn', { zoom: lotsFromZoom(styles) });
    }
  }

  return {
    update(next) {
      status = next;
      render();
    },
    render,
  };
}
