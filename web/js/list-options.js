// Above the list: its order, and whether the zones a filter on figures cannot judge are listed too.
import { el, replaceChildren } from './dom.js';
import { formatNumber } from './format.js';
import { t, tn } from './i18n.js';
import { SORTS } from './state.js';

/**
 * @param parts {include: the label holding the include checkbox, sort: the order's select}
 * @param actions {onIncludeUnknown(include), onSort(key)}
 */
export function createListOptions({ include, sort }, { actions }) {
  const checkbox = include.querySelector('input');
  const text = include.querySelector('span');
  let unknown = { count: 0, included: false };
  let order = SORTS[0];
  checkbox.addEventListener('change', () => actions.onIncludeUnknown(checkbox.checked));
  sort.addEventListener('change', () => actions.onSort(sort.value));

  function render() {
    replaceChildren(sort, SORTS.map((key) => el('option', { value: key }, t(`results.sort.${key}`))));
    sort.value = order;
    include.hidden = unknown.count === 0;
    checkbox.checked = unknown.included;
    text.textContent = tn('results.includeUnknown', unknown.count, { count: formatNumber(unknown.count, 0) });
  }

  return {
    setSort(key) {
      order = key;
      sort.value = key;
    },
    /** How many zones the figure filters could not judge, and whether they are listed. */
    setUnknown(next) {
      unknown = next;
      render();
    },
    /** Words changed (language). */
    render,
  };
}
