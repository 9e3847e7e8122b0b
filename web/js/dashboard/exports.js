// Links to the group table and the targets as files (CSV, XLSX) on the page's grouping and date, once the
// server is found to offer them; a server without the exports gets a line saying so, not dead links.
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
  let available = null; // unknown until asked

  async function probe(state) {
    const response = await fetch(exportUrl(EXPORTS[1], FORMATS[0], state), { method: 'HEAD' });
    available = response.ok;
  }

  function render(state) {
    if (available === null) return;
    replaceChildren(container, available
      ? EXPORTS.map((exported) => el('span', { className: 'export' }, `${t(`dashboard.export.${exported.what}`)}: `,
        FORMATS.map((format) => el('a', { href: exportUrl(exported, format, state), className: 'export__link', download: '' },
          format.toUpperCase()))))
      : el('span', { className: 'muted' }, t('dashboard.export.unavailable')));
  }

  return {
    async show(state) {
      if (available === null) {
        try {
          await probe(state);
        } catch {
          available = false; // the server could not be reached: the page's other parts say so
        }
      }
      render(state);
    },
  };
}
