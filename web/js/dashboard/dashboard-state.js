// The dashboard's state in its address: ?groupBy=commune&asOf=2025-06-30&lang=en. The language and the date
// are read and written as the web map does, so that links between the two pages keep them.
import { readShared, pageLink, replaceQuery } from '../url-state.js';

/** How the rows can be grouped, as /api/stats/occupancy names them; the first is the default. */
export const GROUPINGS = ['district', 'province', 'kind', 'commune', 'province2025'];

export function readDashboardUrl(search = window.location.search) {
  const params = new URLSearchParams(search);
  const groupBy = GROUPINGS.includes(params.get('groupBy')) ? params.get('groupBy') : GROUPINGS[0];
  return { ...readShared(params), groupBy };
}

export function writeDashboardUrl(state) {
  const extra = state.groupBy === GROUPINGS[0] ? {} : { groupBy: state.groupBy };
  replaceQuery(new URLSearchParams(pageLink('', state, extra).replace(/^\?/, '')));
}

/** A zone on the web map, on the same date and in the same language. */
export const zoneLink = (code, state) => pageLink('/', state, { zone: code });
