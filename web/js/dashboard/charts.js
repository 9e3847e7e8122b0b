// What every chart of the dashboard shares: Chart.js from its webjar, the page's font, numbers in the reader's
// language, and a redraw at the printed size.
import { locale } from '../i18n.js';

const Chart = window.Chart;

/** Line colours for series told apart by colour: dark enough on white, distinct for the colour-blind. */
export const PALETTE = ['#0b6e99', '#d95f02', '#1b9e77', '#7570b3', '#e7298a', '#66a61e', '#a6761d', '#444444'];

Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#1d2a2e';
Chart.defaults.animation = false; // figures, not a show; and a print or a test reads the chart at once

const charts = new Set();
window.addEventListener('beforeprint', () => charts.forEach((chart) => chart.resize()));
window.addEventListener('afterprint', () => charts.forEach((chart) => chart.resize()));

/** A chart on a canvas, replacing the one drawn there before. */
export function drawChart(canvas, config) {
  const previous = Chart.getChart(canvas);
  if (previous) {
    charts.delete(previous);
    previous.destroy();
  }
  const chart = new Chart(canvas, {
    ...config,
    options: { responsive: true, maintainAspectRatio: false, locale: locale(), ...config.options },
  });
  charts.add(chart);
  return chart;
}

/** Takes the chart off a canvas, for a section that has nothing to draw. */
export function clearChart(canvas) {
  const chart = Chart.getChart(canvas);
  if (!chart) return;
  charts.delete(chart);
  chart.destroy();
}
