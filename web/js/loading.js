// The loading indicator: a bar while any request is out, and aria-busy on the regions that will change.
import { onBusyChange } from './api.js';

export function showLoading({ bar, regions }) {
  onBusyChange((busy) => {
    bar.hidden = !busy;
    regions.forEach((region) => region.setAttribute('aria-busy', String(busy)));
  });
}
