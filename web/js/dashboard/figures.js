// The dashboard's figures: a figure nobody has reported reads "chưa có số liệu" / "no data", never 0 or a dash.
import { formatDate, formatHa, formatNumber, formatPct } from '../format.js';
import { has, t } from '../i18n.js';
import { placeName } from '../place-names.js';

const known = (value) => typeof value === 'number' && Number.isFinite(value);

export const ha = (value) => (known(value) ? formatHa(value) : t('dashboard.noData'));
export const pct = (value) => (known(value) ? formatPct(value) : t('dashboard.noData'));
export const count = (value) => (known(value) ? formatNumber(value, 0) : t('dashboard.noData'));
export const date = (value) => (value ? formatDate(value) : t('dashboard.noData'));

/** "Số liệu đến ngày 30/06/2025" or "Số liệu mới nhất": what date the page's figures stand at. */
export const asOfCaption = (asOf) => (asOf ? t('dashboard.asOf', { date: formatDate(asOf) }) : t('dashboard.latest'));

/**
 * A group's name in the reader's language: a kind of zone in its words, a unit by the name the API gives
 * (a proper name), the zones placed in no unit as such.
 */
export function groupLabel(row) {
  if (has(`enum.kind.${row.group}`)) return t(`enum.kind.${row.group}`);
  return placeName(row.groupName) ?? t('dashboard.groups.unassigned');
}

/** "KCN · H. Cao Lãnh" (in English "Industrial zone · Cao Lãnh District"): a zone's kind and where it lies. */
export function kindAndPlace(zone) {
  return [zone.kind && t(`enum.kindBadge.${zone.kind}`), placeName(zone.province2025Name ?? zone.districtName)]
    .filter(Boolean).join(' · ');
}
