// The table of groups: one row per district, province, kind or commune with its figures and their date,
// sortable by any column (unknown figures always last), each row opening the list of its zones, linked to
// the web map.
import { el, replaceChildren } from '../dom.js';
import { t, tn } from '../i18n.js';
import { count, date, groupLabel, ha, pct } from './figures.js';

/** A row's figure, or null when it is not known (the API answers null, never 0, for a sum of no known figure). */
const figureOf = (row, key) => row[key] ?? null;

/** The columns: the row's property, how a figure of it is shown, a note under it, whether it is text (left-aligned). */
const COLUMNS = [
  { key: 'groupName', text: true },
  { key: 'zoneCount', show: count },
  { key: 'areaHa', show: ha },
  { key: 'leasableHa', show: ha },
  { key: 'leasedHa', show: ha },
  { key: 'availableHa', show: ha },
  { key: 'occupancyPct', show: pct },
  // Zones known only by the rate a report states carry no weight in the group's rate: said beside this count.
  { key: 'zonesWithoutOccupancy', show: count,
    note: (row) => (row.zonesRateOnly > 0 ? tn('dashboard.groups.rateOnly', row.zonesRateOnly, { count: count(row.zonesRateOnly) }) : null) },
  { key: 'figuresAsOf', show: date },
];

/**
 * @param table the <table>
 * @param zoneName the name of a zone by its code, or null when the zone is not known
 * @param zoneHref the web map's link for a zone
 */
export function createGroupsTable(table, { zoneName, zoneHref }) {
  let rows = [];
  let units = null;
  let sort = { key: 'groupName', descending: false };
  const open = new Set(); // the groups whose zones are shown

  function sorted() {
    const { key, descending } = sort;
    const known = rows.filter((row) => figureOf(row, key) !== null);
    const unknown = rows.filter((row) => figureOf(row, key) === null);
    const textOf = key === 'groupName' ? groupLabel : (row) => row[key];
    const compare = key === 'groupName' || key === 'figuresAsOf'
      ? (a, b) => textOf(a).localeCompare(textOf(b), 'vi')
      : (a, b) => figureOf(a, key) - figureOf(b, key);
    known.sort((a, b) => (descending ? -compare(a, b) : compare(a, b)));
    return [...known, ...unknown];
  }

  function header(column) {
    const active = sort.key === column.key;
    const direction = active ? (sort.descending ? 'descending' : 'ascending') : 'none';
    return el('th', { scope: 'col', className: column.text ? '' : 'number', attrs: { 'aria-sort': direction } },
      el('button', {
        type: 'button',
        className: 'sort-button',
        dataset: { sort: column.key },
        on: { click: () => {
          sort = { key: column.key, descending: active ? !sort.descending : !column.text };
          render();
        } },
      }, t(`dashboard.groups.column.${column.key}`)));
  }

  function groupRows(row) {
    const key = row.group ?? '';
    const codes = Array.isArray(row.zoneCodes) ? row.zoneCodes : null;
    const expanded = open.has(key);
    const name = groupLabel(row);
    const first = codes
      ? el('th', { scope: 'row' }, el('button', {
        type: 'button',
        className: 'group-toggle',
        attrs: { 'aria-expanded': String(expanded) },
        on: { click: () => {
          if (expanded) open.delete(key);
          else open.add(key);
          render();
        } },
      }, name))
      : el('th', { scope: 'row' }, name);
    const cells = COLUMNS.slice(1).map((column) => {
      const value = figureOf(row, column.key);
      const note = column.note?.(row);
      return el('td', { className: `number${value === null ? ' no-data' : ''}` }, column.show(value),
        note ? el('span', { className: 'groups-table__note' }, note) : null);
    });
    const main = el('tr', { dataset: { group: key } }, first, cells);
    if (!expanded || !codes) return [main];
    const zones = el('ul', { className: 'group-zones' }, codes.map((code) =>
      el('li', {}, el('a', { href: zoneHref(code) }, zoneName(code) ?? code))));
    return [main, el('tr', { className: 'group-zones-row' }, el('td', { colSpan: COLUMNS.length }, zones))];
  }

  function render() {
    const caption = el('caption', {}, t('dashboard.groups.caption'),
      units ? el('span', { className: 'groups-table__units' }, ` · ${t(`dashboard.units.${units}`)}`) : null);
    replaceChildren(table, caption,
      el('thead', {}, el('tr', {}, COLUMNS.map(header))),
      el('tbody', {}, rows.length === 0
        ? el('tr', {}, el('td', { colSpan: COLUMNS.length, className: 'muted' }, t('dashboard.groups.none')))
        : sorted().map(groupRows)));
  }

  return {
    setRows(next) {
      rows = next;
      units = next.find((row) => row.units)?.units ?? null;
      open.clear();
      render();
    },
    render,
  };
}
