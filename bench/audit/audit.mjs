// Lighthouse 12 (desktop and phone) and axe-core 4 on the web map (/) and the dashboard (/dashboard), in
// Debian's headless Chromium, with the console errors each page logs while it loads. See ./run --help.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import puppeteer from 'puppeteer-core';
import { startApp } from './app.mjs';
import { startTileServer } from './tiles.mjs';

const PAGES = ['/', '/dashboard'];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const METRICS = { LCP: 'largest-contentful-paint', TBT: 'total-blocking-time', CLS: 'cumulative-layout-shift' };
// The sizes Lighthouse emulates, for axe and the console too.
const VIEWPORTS = {
  desktop: { width: 1350, height: 940, deviceScaleFactor: 1 },
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
};
const READY_TIMEOUT_MS = 30_000;

const options = parseArguments(process.argv.slice(2));
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const stops = [];
try {
  let base = options.url;
  let tiles = null;
  if (!base) {
    tiles = await startTileServer();
    stops.push(tiles.close);
    const app = await startApp(options.jar, tiles.url);
    stops.push(app.close);
    base = app.url;
    log(`app at ${base}, base map from the stand-in ${tiles.url}`);
  }
  const chrome = await chromeLauncher.launch({
    chromePath: options.chromium,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-dev-shm-usage'],
  });
  stops.push(() => chrome.kill());
  const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });
  stops.push(() => browser.disconnect());

  const rows = [];
  for (const path of PAGES) {
    for (const formFactor of ['desktop', 'mobile']) {
      const runs = [];
      for (let run = 0; run < options.runs; run += 1) {
        log(`Lighthouse ${formFactor} ${path}, run ${run + 1} of ${options.runs}`);
        runs.push(await lighthouseRun(chrome.port, base + path, formFactor));
      }
      log(`axe and the console, ${formFactor} ${path}`);
      const tilesBefore = tiles?.count() ?? 0;
      const page = await pageCheck(browser, base + path, formFactor);
      rows.push({ path, formFactor, ...median(runs), runs: runs.map((r) => r.performance), ...page,
        tiles: tiles ? tiles.count() - tilesBefore : null });
    }
  }
  print(rows, options.runs);
  if (options.json) console.log(JSON.stringify(rows));
} finally {
  for (const stop of stops.reverse()) await stop();
}

async function lighthouseRun(port, url, formFactor) {
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES };
  const { lhr } = await lighthouse(url, flags, formFactor === 'desktop' ? desktopConfig : undefined);
  const score = (id) => Math.round(lhr.categories[id].score * 100);
  const failed = Object.values(lhr.audits)
    .filter((audit) => audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative'
      && audit.scoreDisplayMode !== 'manual' && audit.scoreDisplayMode !== 'notApplicable')
    .map((audit) => audit.id);
  return {
    performance: score('performance'), accessibility: score('accessibility'),
    bestPractices: score('best-practices'), seo: score('seo'),
    lcp: lhr.audits[METRICS.LCP].numericValue, tbt: lhr.audits[METRICS.TBT].numericValue,
    cls: lhr.audits[METRICS.CLS].numericValue, failed,
    shifted: (lhr.audits['layout-shifts']?.details?.items ?? []).map((item) => item.node?.selector).filter(Boolean),
  };
}

/** The run with the median performance score, the way PageSpeed reports several runs. */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** Loads the page at the form factor's size until it says it is ready; axe's violations and the console's errors. */
async function pageCheck(browser, url, formFactor) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.setViewport(VIEWPORTS[formFactor]);
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.body.dataset.ready === 'true', { timeout: READY_TIMEOUT_MS });
    await page.evaluate(axeSource);
    const result = await page.evaluate(() => window.axe.run(document));
    const violations = result.violations.map((v) => ({ id: v.id, nodes: v.nodes.length }));
    return { violations, consoleErrors: errors };
  } finally {
    await page.close();
  }
}

function print(rows, runs) {
  const ms = (value) => `${Math.round(value)} ms`;
  console.log(`\nLighthouse ${packageVersion('lighthouse')} (median of ${runs} by performance), axe-core ${packageVersion('axe-core')}, ${options.chromiumVersion}\n`);
  console.log('| page | form factor | performance | accessibility | best practices | SEO | LCP | TBT | CLS | axe violations | console errors |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const axe = row.violations.length === 0 ? '0'
      : `${row.violations.reduce((sum, v) => sum + v.nodes, 0)} nodes: ${row.violations.map((v) => `${v.id} (${v.nodes})`).join(', ')}`;
    console.log(`| ${row.path} | ${row.formFactor} | ${row.performance} (${row.runs.join(', ')}) | ${row.accessibility} | ${row.bestPractices} | ${row.seo}`
      + ` | ${ms(row.lcp)} | ${ms(row.tbt)} | ${row.cls.toFixed(3)} | ${axe} | ${row.consoleErrors.length} |`);
  }
  for (const row of rows) {
    if (row.failed.length) console.log(`\n${row.path} ${row.formFactor}: audits below 1: ${row.failed.join(', ')}`);
    if (row.shifted.length) console.log(`\n${row.path} ${row.formFactor}: layout shifts of ${row.shifted.join(', ')}`);
    if (row.consoleErrors.length) console.log(`\n${row.path} ${row.formFactor}: console errors:\n  ${[...new Set(row.consoleErrors)].join('\n  ')}`);
  }
}

function packageVersion(name) {
  return JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, import.meta.url), 'utf8')).version;
}

function parseArguments(args) {
  const parsed = { runs: 3, url: null, jar: null, json: false, chromium: '/usr/bin/chromium', chromiumVersion: '' };
  for (const arg of args) {
    const [key, value] = arg.split(/=(.*)/s);
    if (key === '--runs') parsed.runs = Number(value);
    else if (key === '--url') parsed.url = value.replace(/\/$/, '');
    else if (key === '--jar') parsed.jar = value;
    else if (key === '--json') parsed.json = true;
    else if (key === '--chromium') parsed.chromium = value;
    else if (key === '--chromium-version') parsed.chromiumVersion = value;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!Number.isInteger(parsed.runs) || parsed.runs < 1) throw new Error('--runs takes a whole number from 1');
  if (!parsed.url && !parsed.jar) throw new Error('give --url=URL of a running server or --jar=PATH of the app');
  return parsed;
}

function log(message) {
  console.error(`[audit ${new Date().toISOString().slice(11, 19)}] ${message}`);
}
