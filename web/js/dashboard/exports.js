// Links to the group table and the targets as files (CSV, XLSX) on the page's grouping and date.
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';

const EXPORTS = [
  { what: 'occupancy', path: '/api/export/occupancy', grouped: true },
  { what: 'targets', path: '/api/export/targets', grouped: false },
];
const FORMATS = ['csv', 'xlsx'];

function exportUrl({ path, grouped }, format, { groupBy, asOf }) {
  const params = new URLSearchParams();
  if (grouped) params.set('groupBy', groupBy);
  if (asOf) params.set('asOf', asOf);
  params.set('format', format);
  return `${path}?${params}`;
}

export function createExports(container) {
  return {
    show(state) {
      replaceChildren(container, EXPORTS.map((exported) => el('span', { className: 'export' },
        `${t(`dashboard.export.${exported.what}`)}: `,
        FORMATS.map((format) => el('a', { href: exportUrl(exported, format, state), className: 'export__link', download: '' },
          format.toUpperCase())))));
    },
  };
}
