// Numbers and dates in the reader's language, through Intl: "1.234,5 ha" in Vietnamese.
import { locale, t } from './i18n.js';

const formatters = new Map();

function numberFormat(maximumFractionDigits) {
  const key = `${locale()}|${maximumFractionDigits}`;
  if (!formatters.has(key)) formatters.set(key, new Intl.NumberFormat(locale(), { maximumFractionDigits }));
  return formatters.get(key);
}

const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export function formatNumber(value, maximumFractionDigits = 1) {
  return isNumber(value) ? numberFormat(maximumFractionDigits).format(value) : t('value.unknown');
}

export function formatHa(value) {
  return isNumber(value) ? t('unit.ha', { value: formatNumber(value, 2) }) : t('value.unknown');
}

export function formatPct(value) {
  return isNumber(value) ? t('unit.pct', { value: formatNumber(value, 1) }) : t('value.unknown');
}

/** A rent range in USD/m²; one end alone is shown as "from" or "up to". */
export function formatRent(min, max) {
  if (!isNumber(min) && !isNumber(max)) return t('value.unknown');
  if (isNumber(min) && isNumber(max) && min !== max) {
    return t('unit.usdM2Range', { min: formatNumber(min, 2), max: formatNumber(max, 2) });
  }
  if (isNumber(min) && isNumber(max)) return t('unit.usdM2', { value: formatNumber(min, 2) });
  return isNumber(min) ? t('unit.usdM2From', { value: formatNumber(min, 2) })
    : t('unit.usdM2UpTo', { value: formatNumber(max, 2) });
}

/**
 * A zone's asking rent with what it covers, as its source states it: per year, once for the land-lease term
 * (to a year), per month for a ready-built factory; a price whose basis is not recorded says "not stated".
 */
export function formatRentTerms(min, max, basis, untilYear) {
  if (!isNumber(min) && !isNumber(max)) return t('value.unknown');
  const price = formatRent(min, max);
  const known = basis && basis !== 'not_stated' ? basis : 'not_stated';
  const key = known === 'lease_term' && !isNumber(untilYear) ? 'rentBasis.lease_termOpen' : `rentBasis.${known}`;
  return t(key, { price, year: untilYear });
}

/** A calendar date (yyyy-mm-dd) or an instant (ISO 8601), shown as a date in figures: "31/12/2021". */
export function formatDate(text) {
  if (!text) return t('value.unknown');
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  // A calendar date is no instant: read and show it in UTC so it never shifts by a day.
  const date = new Date(dateOnly ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return text;
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: dateOnly ? 'UTC' : undefined })
    .format(date);
}

/** "a, b or c" in the reader's language. */
export function formatAlternatives(items) {
  return new Intl.ListFormat(locale(), { type: 'disjunction' }).format(items);
}

/** An instant as a date and time of day in the reader's language: "09:41 07/12/2026". */
export function formatDateTime(text) {
  const date = new Date(text);
  if (!text || Number.isNaN(date.getTime())) return t('value.unknown');
  return new Intl.DateTimeFormat(locale(), { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' })
    .format(date);
}
