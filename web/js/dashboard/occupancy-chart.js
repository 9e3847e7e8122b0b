// The bar chart of occupancy by group: one bar for each group with a figure, coloured as the web map colours
// occupancy, and each occupancy target set for a group drawn as a mark at its value, one series per year. A
// group with a target and no figure keeps its place, with the mark and no bar: the target is there, the
// figure is not.
import { t } from '../i18n.js';
import { classify } from '../styles.js';
import { PALETTE, clearChart, drawChart } from './charts.js';
import { date, groupLabel, pct } from './figures.js';

const TARGET_METRIC = 'occupancy_pct';

const hasFigure = (row) => typeof row.occupancyPct === 'number';
const occupancyTargets = (row) => (row.targets ?? []).filter((target) => target.metric === TARGET_METRIC);

/** The occupancy targets of the rows drawn, as {x: the group's label, y: the target's value, target}, by year. */
function targetSeries(rows) {
  const byYear = new Map();
  for (const row of rows) {
    for (const target of occupancyTargets(row)) {
      if (!byYear.has(target.year)) byYear.set(target.year, []);
      byYear.get(target.year).push({ x: groupLabel(row), y: target.value, target });
    }
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b);
}

export function drawOccupancyChart(canvas, rows, { theme }) {
  const drawn = rows.filter((row) => hasFigure(row) || occupancyTargets(row).length > 0);
  if (!drawn.some(hasFigure)) {
    clearChart(canvas);
    return false;
  }
  const labels = drawn.map(groupLabel);
  const bars = {
    type: 'bar',
    label: t('dashboard.chart.occupancy'),
    data: drawn.map((row) => row.occupancyPct),
    backgroundColor: drawn.map((row) => classify(theme, row).color),
    borderColor: '#5b6b70',
    borderWidth: 1,
    rows: drawn,
    order: 2,
  };
  const marks = targetSeries(drawn).map(([year, points], i) => ({
    type: 'line',
    label: t('dashboard.chart.target', { year }),
    data: points,
    showLine: false,
    pointStyle: 'line',
    pointRadius: 16,
    pointHoverRadius: 18,
    pointBorderWidth: 4,
    borderColor: PALETTE[(i + 1) % PALETTE.length],
    backgroundColor: PALETTE[(i + 1) % PALETTE.length],
    order: 1,
  }));
  canvas.setAttribute('aria-label', t('dashboard.chart.label', {
    groups: drawn.map((row) => `${groupLabel(row)} ${pct(row.occupancyPct)}`).join(', '),
  }));
  drawChart(canvas, {
    data: { labels, datasets: [bars, ...marks] },
    options: {
      scales: {
        y: { min: 0, max: 100, title: { display: true, text: t('dashboard.chart.axis') } },
        x: { ticks: { autoSkip: false } },
      },
      plugins: {
        tooltip: {
          callbacks: {
            label: (item) => {
              if (item.dataset.rows) {
                const row = item.dataset.rows[item.dataIndex];
                return t('dashboard.chart.barTooltip', { value: pct(row.occupancyPct), date: date(row.figuresAsOf) });
              }
              const { target } = item.raw;
              const kind = target.zoneKind ? ` (${target.zoneKind})` : '';
              return t('dashboard.chart.targetTooltip', { year: target.year, kind, value: pct(target.value) });
            },
          },
        },
      },
    },
  });
  return true;
}
