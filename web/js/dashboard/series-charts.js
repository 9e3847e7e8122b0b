// Occupancy and cleared area over time, one line per group, from the reports (/api/stats/series). A date
// after the one the page is set to is left out, so the lines end where the rest of the page stands.
import { formatDate } from '../format.js';
import { t } from '../i18n.js';
import { PALETTE, clearChart, drawChart } from './charts.js';

const FIGURES = [
  { key: 'occupancyPct', axis: 'dashboard.series.occupancyAxis', max: 100 },
  { key: 'clearedHa', axis: 'dashboard.series.clearedAxis', max: undefined },
];

/** @param canvases {occupancyPct: canvas, clearedHa: canvas}; answers whether any point was drawn */
export function drawSeries(canvases, series, asOf) {
  const groups = series.map((group) => ({
    ...group,
    points: group.points.filter((point) => !asOf || point.asOf <= asOf),
  })).filter((group) => group.points.length > 0);
  const dates = [...new Set(groups.flatMap((group) => group.points.map((point) => point.asOf)))].sort();
  if (dates.length === 0) {
    FIGURES.forEach(({ key }) => clearChart(canvases[key]));
    return false;
  }
  for (const { key, axis, max } of FIGURES) {
    const datasets = groups.map((group, i) => {
      const byDate = new Map(group.points.map((point) => [point.asOf, point[key]]));
      return {
        label: group.groupName ?? t('dashboard.groups.unassigned'),
        data: dates.map((day) => byDate.get(day) ?? null),
        borderColor: PALETTE[i % PALETTE.length],
        backgroundColor: PALETTE[i % PALETTE.length],
        spanGaps: true,
      };
    });
    drawChart(canvases[key], {
      type: 'line',
      data: { labels: dates.map(formatDate), datasets },
      options: {
        scales: { y: { min: 0, max, title: { display: true, text: t(axis) } } },
        plugins: { title: { display: true, text: t(`dashboard.series.${key}`) } },
      },
    });
  }
  return true;
}
