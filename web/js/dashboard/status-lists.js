// The dashboard's lists: the targets with their status, the zones by land-clearance status with how long
// each has been in it, and the zones late with their report for the last closed period.
import { el, replaceChildren } from '../dom.js';
import { formatNumber } from '../format.js';
import { t, tn } from '../i18n.js';
import { targetItem } from '../target-item.js';
import { date, kindAndPlace } from './figures.js';
import { outcomeForm } from './outcome-form.js';

/** The statuses in the order an official reads them: what went wrong first. */
const STATUSES = ['missed', 'missed_unproven', 'at_risk', 'on_track', 'met', 'no_data', 'not_measured'];

/** Missed for want of a figure is counted apart from missed by a figure, as its badge is drawn apart. */
const statusOf = (target) => (target.progress?.status === 'missed' && target.progress.evidence === 'none'
  ? 'missed_unproven' : target.progress?.status);

/**
 * @param canRecord whether the reader may record outcomes (an official or admin)
 * @param onRecorded told once an outcome is stored
 */
export function renderTargets(body, targets, { canRecord, onRecorded }) {
  const rank = (target) => {
    const i = STATUSES.indexOf(statusOf(target));
    return i < 0 ? STATUSES.length : i;
  };
  const counts = STATUSES.map((status) => [status, targets.filter((target) => statusOf(target) === status).length])
    .filter(([, n]) => n > 0);
  const badgeClass = (status) => (status === 'missed_unproven' ? 'badge badge--missed badge--unproven' : `badge badge--${status}`);
  replaceChildren(body,
    el('ul', { className: 'status-counts' }, counts.map(([status, n]) =>
      el('li', {}, el('span', { className: badgeClass(status) }, t(`targets.status.${status}`)), ` ${formatNumber(n, 0)}`))),
    targets.length === 0 ? el('p', { className: 'muted' }, t('dashboard.targets.none'))
      : el('ul', { className: 'targets targets--columns' }, [...targets].sort((a, b) => rank(a) - rank(b) || a.year - b.year)
        .map((target) => {
          const item = targetItem(target);
          if (canRecord && target.recordable) item.append(outcomeForm(target, { onSaved: onRecorded }));
          return item;
        })));
}

/** @param zoneHref the web map's link for a zone */
export function renderClearance(body, zones, { zoneHref }) {
  if (zones.length === 0) {
    replaceChildren(body, el('p', { className: 'muted' }, t('dashboard.clearance.none')));
    return;
  }
  const statuses = [...new Set(zones.map((zone) => zone.clearanceStatus))];
  replaceChildren(body, statuses.map((status) => {
    const ofStatus = zones.filter((zone) => zone.clearanceStatus === status).sort((a, b) => (b.days ?? -1) - (a.days ?? -1));
    return el('section', { className: 'status-group' },
      el('h3', {}, status ? t(`enum.clearanceStatus.${status}`) : t('dashboard.noData'), ` (${formatNumber(ofStatus.length, 0)})`),
      el('ul', { className: 'zone-lines' }, ofStatus.map((zone) => el('li', {},
        el('a', { href: zoneHref(zone.code) }, zone.name),
        el('span', { className: 'muted' }, ` · ${kindAndPlace(zone)}`),
        el('span', { className: 'zone-lines__since' }, ` · ${since(zone)}`)))));
  }));
}

/** "từ 01/03/2024, 640 ngày", or "ít nhất từ …" when the status is older than the records. */
function since(zone) {
  if (!zone.since) return t('dashboard.clearance.sinceUnknown');
  const days = typeof zone.days === 'number' ? tn('dashboard.clearance.days', zone.days, { count: formatNumber(zone.days, 0) }) : null;
  const from = t(zone.sinceKnown === false ? 'dashboard.clearance.atLeastSince' : 'dashboard.clearance.since', { date: date(zone.since) });
  return [from, days].filter(Boolean).join(', ');
}

export function renderLateReports(body, late, { zoneHref }) {
  const heading = el('p', {}, t('dashboard.late.period', { period: late.period, end: date(late.periodEnd) }));
  replaceChildren(body, heading, late.zones.length === 0
    ? el('p', { className: 'muted' }, t('dashboard.late.none'))
    : el('ul', { className: 'zone-lines' }, late.zones.map((zone) => el('li', {},
      el('a', { href: zoneHref(zone.code) }, zone.name),
      el('span', { className: 'muted' }, ` · ${kindAndPlace(zone)}`),
      ` · ${zone.lastReportAsOf ? t('dashboard.late.last', { date: date(zone.lastReportAsOf) }) : t('dashboard.late.never')}`))));
}
