// What the panel and the comparison table say about a zone: one list of fields, so both say the same, and
// under each figure what it stands on.
import { el } from './dom.js';
import { describeSource, sourceOf } from './figure-source.js';
import { contactContent } from './contacts.js';
import { formatDate, formatHa, formatNumber, formatPct, formatRentTerms } from './format.js';
import { t } from './i18n.js';
import { citation } from './sources.js';

const dash = () => t('value.unknown');
const orDash = (text) => (text === null || text === undefined || text === '' ? dash() : String(text));
const enumText = (group, value) => (value ? t(`enum.${group}.${value}`) : dash());

/**
 * Leasable or leased land: as stated, or summed from the zone's surveyed lots when that is what the
 * figure stands on, said so.
 */
function landFigure(name, summedName) {
  return (p) => (p.figureSources?.[name]?.basis === 'lots'
    ? `${formatHa(p[summedName])} ${t('field.fromLots')}` : formatHa(p[name]));
}

function decision(p) {
  if (!p.decisionNumber && !p.decisionDate) return dash();
  return [p.decisionNumber, p.decisionDate ? formatDate(p.decisionDate) : null].filter(Boolean).join(', ');
}

/** The last change a person or an import made; never the server's own bookkeeping (updatedAt). */
function lastEdit(p) {
  if (!p.editedAt) return t('field.neverEdited');
  const date = formatDate(p.editedAt);
  return p.editedBy ? t('field.editedBy', { date, user: p.editedBy }) : date;
}

/**
 * @param figures the names in figureSources this field's value stands on, the first known one cited
 */
const field = (key, text, figures = []) => ({ key, label: `field.${key}`, text, figures });

const KIND = field('kind', (p) => enumText('kind', p.kind));
export const AVAILABLE = field('availableHa', (p) => formatHa(p.availableHa), ['availableHa']);
export const OCCUPANCY = field('occupancyPct', (p) => formatPct(p.occupancyPct), ['occupancyPct']);
export const AREA = field('areaHa', (p) => formatHa(p.areaHa), ['areaHa']);

/** What a zone is and offers, group by group, in reading order. */
export const FACT_GROUPS = [
  {
    title: 'section.place',
    fields: [
      KIND,
      field('lifecycle', (p) => enumText('lifecycle', p.lifecycle)),
      field('province', (p) => orDash(p.province)),
      field('district', (p) => orDash(p.district)),
      field('commune', (p) => orDash(p.commune)),
      field('decision', decision),
    ],
  },
  {
    title: 'section.land',
    fields: [
      AREA,
      field('leasableHa', landFigure('leasableHa', 'lotsHa'), ['leasableHa']),
      field('leasedHa', landFigure('leasedHa', 'lotsLeasedHa'), ['leasedHa']),
      AVAILABLE,
      OCCUPANCY,
      field('lots', (p) => (p.lotCount ? formatNumber(p.lotCount, 0) : dash())),
    ],
  },
  {
    title: 'section.clearance',
    fields: [
      field('clearanceStatus', (p) => enumText('clearanceStatus', p.clearanceStatus)),
      field('clearedHa', (p) => formatHa(p.clearedHa), ['clearedHa']),
    ],
  },
  {
    title: 'section.investment',
    fields: [
      field('investmentStatus', (p) => enumText('investmentStatus', p.investmentStatus)),
      field('developer', (p) => orDash(p.developer)),
      field('contact', contactContent),
      field('rent', (p) => formatRentTerms(p.rentMinUsdM2, p.rentMaxUsdM2, p.rentBasis, p.rentUntilYear),
        ['rentMinUsdM2', 'rentMaxUsdM2']),
    ],
  },
];

/** Where the facts come from and how good they are. */
export const SOURCE_GROUP = {
  title: 'section.source',
  fields: [
    field('boundaryQuality', (p) => enumText('boundaryQuality', p.boundaryQuality ?? 'none')),
    field('asOf', (p) => formatDate(p.asOf)),
    field('source', (p) => citation(p.sourceIds) ?? orDash(p.source)),
    field('editedAt', lastEdit),
  ],
};

/**
 * A field's value, and under a figure a small line with its date and source; with cite false (where room
 * is short) the line names the basis and date only; documents already in `cited` read "as above".
 */
export function fieldContent(fieldDef, p, { cite = true, cited = null } = {}) {
  const source = describeSource(sourceOf(p, fieldDef.figures), { cite, cited });
  return [fieldDef.text(p), source ? el('small', { className: 'figure-source' }, source) : null];
}
