// Occupancy and cleared area over time, one line per group, from the reports (/api/stats/series), on a time
// axis spaced by the days between the reports. A date after the one the page is set to is left out, so the
// lines end where the rest of the page stands; a group whose reports never state the figure has no line.
import { formatDate } from '../format.js';
import { t } from '../i18n.js';
import { PALETTE, clearChart, drawChart } from './charts.js';
import { groupLabel } from './figures.js';

const FIGURES = [
  { key: 'occupancyPct', axis: 'dashboard.series.occupancyAxis', max: 100 },
  { key: 'clearedHa', axis: 'dashboard.series.clearedAxis', max: undefined },
];
const DAY = 86400000;

const time = (date) => Date.parse(`${date}T00:00:00Z`);
const dateOf = (ms) => new Date(ms).toISOString().slice(0, 10);

/** @param canvases {occupancyPct: canvas, clearedHa: canvas}; answers whether any point was drawn */
export function drawSeries(canvases, series, asOf) {
  let drawnAny = false;
  for (const { key, axis, max } of FIGURES) {
    const datasets = series.map((group, i) => ({
      label: groupLabel(group),
      data: group.points
        .filter((point) => (!asOf || point.asOf <= asOf) && typeof point[key] === 'number')
        .map((point) => ({ x: time(point.asOf), y: point[key] })),
      borderColor: PALETTE[i % PALETTE.length],
      backgroundColor: PALETTE[i % PALETTE.length],
    })).filter((dataset) => dataset.data.length > 0);
    if (datasets.length === 0) {
      clearChart(canvases[key]);
      continue;
    }
    drawnAny = true;
    const times = datasets.flatMap((dataset) => dataset.data.map((point) => point.x));
    drawChart(canvases[key], {
      type: 'line',
      data: { datasets },
      options: {
        scales: {
          x: {
            type: 'linear',
            // A lone date gets a month either side, so that its point is not on the chart's edge.
            min: Math.min(...times) - 30 * DAY,
            max: Math.max(...times) + 30 * DAY,
            ticks: { callback: (value) => formatDate(dateOf(value)), maxTicksLimit: 6 },
          },
          y: { min: 0, max, title: { display: true, text: t(axis) } },
        },
        plugins: {
          title: { display: true, text: t(`dashboard.series.${key}`) },
          tooltip: { callbacks: { title: (items) => formatDate(dateOf(items[0].parsed.x)) } },
        },
      },
    });
  }
  return drawnAny;
}
