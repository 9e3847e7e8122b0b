// One target as a list item: its status in words and colour, who and what it is set for, the plan's wording,
// the goal and the figure it is judged by with that figure's date (and where the reports' trend leads by the
// target's year), and the document that sets it. The zone panel and the dashboard list targets alike.
import { el, safeHttpUrl } from './dom.js';
import { formatDate, formatNumber, formatPct } from './format.js';
import { has, localized, t } from './i18n.js';

const COMPARATORS = { '>=': '≥', '<=': '≤' };

export function targetItem(target) {
  const progress = target.progress ?? { status: 'no_data' };
  const metric = has(`metric.${target.metric}`) ? t(`metric.${target.metric}`) : target.metric;
  const unit = progress.unit ?? (target.metric.endsWith('_pct') ? '%' : null);
  const scope = [t(`targets.scope.${target.scope}`, { name: target.scopeName ?? target.scopeCode }),
    target.zoneKind ? t('targets.kindOnly', { kind: t(`enum.kind.${target.zoneKind}`) }) : null,
    t('targets.year', { year: target.year })].filter(Boolean).join(' · ');
  const sourceUrl = safeHttpUrl(target.source?.url);
  const sourceTitle = target.source ? [target.source.title, target.source.issuer].filter(Boolean).join(' — ') : null;
  return el('li', { className: 'target', dataset: { target: String(target.id) } },
    el('div', { className: 'target__head' },
      statusBadge(progress),
      el('span', { className: 'target__scope' }, scope)),
    el('p', { className: 'target__wording', lang: 'vi' }, target.wording),
    // A yes/no target (unit null) reads better from its note ("Not yet operating") than as "= 1".
    unit ? el('p', { className: 'target__figures' },
      t('targets.goal', { metric, goal: `${COMPARATORS[target.comparator] ?? target.comparator} ${measure(target.value, unit)}` }),
      progress.current !== null && progress.current !== undefined
        ? ` · ${current(progress, unit)}` : null,
      // The trend of the reports, for a target whose year is not over: what on track or at risk is judged by.
      typeof progress.projected === 'number'
        ? ` · ${t('targets.projected', { value: measure(progress.projected, unit), year: target.year })}` : null) : null,
    progress.note ? el('p', { className: 'target__note muted' }, localized(progress.note)) : null,
    sourceTitle ? el('p', { className: 'target__source muted' }, `${t('targets.source')} `,
      sourceUrl ? el('a', { href: sourceUrl, target: '_blank', rel: 'noopener noreferrer' }, sourceTitle) : sourceTitle) : null);
}

/** Missed for want of a figure reads "not shown met", drawn apart from missed by a figure. */
function statusBadge(progress) {
  const unproven = progress.status === 'missed' && progress.evidence === 'none';
  return el('span', { className: `badge badge--${progress.status}${unproven ? ' badge--unproven' : ''}` },
    t(unproven ? 'targets.status.missed_unproven' : `targets.status.${progress.status}`));
}

/** "hiện nay 75% (31/12/2021)": the figure the progress is judged by, and the date it describes. */
function current(progress, unit) {
  const value = measure(progress.current, unit);
  return progress.asOf ? t('targets.currentAsOf', { value, date: formatDate(progress.asOf) }) : t('targets.current', { value });
}

function measure(value, unit) {
  if (unit === '%') return formatPct(value);
  return formatNumber(value, unit === 'count' ? 0 : 1);
}
