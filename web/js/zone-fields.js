// What the panel and the comparison table say about a zone: one list of fields, so both say the same.
import { formatDate, formatHa, formatNumber, formatPct, formatRent } from './format.js';
import { t } from './i18n.js';
import { citation } from './sources.js';

const dash = () => t('value.unknown');
const orDash = (text) => (text === null || text === undefined || text === '' ? dash() : String(text));
const enumText = (group, value) => (value ? t(`enum.${group}.${value}`) : dash());

/** Leasable and leased area: the declared figure, else the sum of the lots, said so. */
function leasable(p) {
  return figure(p.leasableHa, p.lotsHa);
}

function leased(p) {
  return figure(p.leasedHa, p.lotsLeasedHa);
}

function figure(declared, fromLots) {
  if (declared === null || declared === undefined) {
    if (fromLots !== null && fromLots !== undefined) return `${formatHa(fromLots)} ${t('field.fromLots')}`;
  }
  return formatHa(declared);
}

function occupancy(p) {
  if (p.occupancyPct === null || p.occupancyPct === undefined) return formatPct(null);
  const basis = p.occupancyBasis ? ` ${t(`enum.occupancyBasis.${p.occupancyBasis}`, { date: formatDate(p.occupancyAsOf) })}` : '';
  return `${formatPct(p.occupancyPct)}${basis}`;
}

function decision(p) {
  if (!p.decisionNumber && !p.decisionDate) return dash();
  return [p.decisionNumber, p.decisionDate ? formatDate(p.decisionDate) : null].filter(Boolean).join(', ');
}

const field = (key, text) => ({ label: `field.${key}`, text });

const KIND = field('kind', (p) => enumText('kind', p.kind));
export const AVAILABLE = field('availableHa', (p) => formatHa(p.availableHa));
export const OCCUPANCY = field('occupancyPct', occupancy);
export const AREA = field('areaHa', (p) => formatHa(p.areaHa));

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
      field('leasableHa', leasable),
      field('leasedHa', leased),
      AVAILABLE,
      OCCUPANCY,
      field('lots', (p) => (p.lotCount ? formatNumber(p.lotCount, 0) : dash())),
    ],
  },
  {
    title: 'section.clearance',
    fields: [
      field('clearanceStatus', (p) => enumText('clearanceStatus', p.clearanceStatus)),
      field('clearedHa', (p) => formatHa(p.clearedHa)),
    ],
  },
  {
    title: 'section.investment',
    fields: [
      field('investmentStatus', (p) => enumText('investmentStatus', p.investmentStatus)),
      field('developer', (p) => orDash(p.developer)),
      field('contact', (p) => orDash(p.contact)),
      field('rent', (p) => formatRent(p.rentMinUsdM2, p.rentMaxUsdM2)),
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
    field('updatedAt', (p) => formatDate(p.updatedAt)),
  ],
};
