// Starts the officials' dashboard: the same header, words and sign-in as the web map, the date shared with
// it through the address, then the table, charts, map and lists of the chosen grouping as of that date.
import { getJson } from '../api.js';
import { asOfParams, createAsOfControl } from '../as-of.js';
import { el, replaceChildren } from '../dom.js';
import { createAccount } from '../edit/account.js';
import { createSession } from '../edit/session.js';
import { currentLanguage, loadLanguage, t, translatePage } from '../i18n.js';
import { createLanguageButton } from '../language-button.js';
import { showLoading } from '../loading.js';
import { translateMap } from '../map/map-view.js';
import { createNotice } from '../notice.js';
import { createStore } from '../state.js';
import { pageLink } from '../url-state.js';
import { GROUPINGS, readDashboardUrl, writeDashboardUrl, zoneLink } from './dashboard-state.js';
import { createExports } from './exports.js';
import { asOfCaption } from './figures.js';
import { createGroupsMap, occupancyLegend } from './groups-map.js';
import { createGroupsTable } from './groups-table.js';
import { drawOccupancyChart } from './occupancy-chart.js';
import { loadPart, showAbsence } from './part.js';
import { createReportForm } from './report-form.js';
import { drawSeries } from './series-charts.js';
import { renderClearance, renderLateReports, renderTargets } from './status-lists.js';

const $ = (selector) => document.querySelector(selector);
const notice = createNotice($('#notice'));

async function start() {
  showLoading({ bar: $('#loading'), regions: [$('#groups')] });
  const store = createStore(readDashboardUrl());
  await loadLanguage(store.get().lang);
  translatePage();
  const [styles, districts, sources, communes] = await Promise.all([getJson('/api/styles'), getJson('/api/districts'),
    getJson('/api/sources'), loadPart('/api/communes')]);

  const session = createSession();
  const account = createAccount({ signIn: $('#sign-in'), user: $('#account-user'), signOut: $('#sign-out'),
    inbox: $('#inbox-link') },
    { session, onError: (error) => notice.error('signOut', error) });
  const language = createLanguageButton($('#language'), (lang) => store.set({ lang }));
  const asOf = createAsOfControl({ input: $('#as-of'), clear: $('#as-of-clear') }, (date) => store.set({ asOf: date }));
  const groupBy = $('#group-by');
  groupBy.addEventListener('change', () => store.set({ groupBy: groupBy.value }));
  $('#print').addEventListener('click', () => window.print());

  let zones = new Map(); // code → feature
  const zoneHref = (code) => zoneLink(code, store.get());
  const table = createGroupsTable($('#groups-table'), {
    zoneName: (code) => zones.get(code)?.properties.name ?? null,
    zoneHref,
  });
  const groupsMap = createGroupsMap($('#groups-map'), {
    styles,
    units: { districts, communes: communes?.value ?? null },
    zonePoint: (code) => zones.get(code)?.properties.markerPoint ?? null,
  });
  const exports = createExports($('#exports'));
  const reportEntry = $('#report-entry');
  const reportForm = createReportForm($('#report-form'), { onSaved: () => loadAll() });
  session.onChange(() => {
    reportEntry.hidden = !session.canReport;
    loadTargets();
  });

  const caption = (section, text) => { $(`${section} .dashboard__caption`).textContent = text; };
  let rows = [];
  let groupsAvailable = false; // whether the server answered the rows for this grouping and date

  /** The table, the bar chart and the map from the rows; or, without rows from the server, why not. */
  function renderGroups() {
    const { groupBy: grouping, asOf: date } = store.get();
    table.setRows(rows);
    const drawn = drawOccupancyChart($('#occupancy-chart'), rows, { theme: styles.layers.zones.themes.occupancy });
    $('#groups-map').hidden = false; // shown while drawn, so that the view fits the map's real size
    groupsMap.map.invalidateSize();
    const mapCaption = groupsAvailable ? groupsMap.draw(grouping, rows) : 'dashboard.unavailable';
    if (!groupsAvailable) caption('#occupancy', t('dashboard.unavailable'));
    else caption('#occupancy', drawn ? asOfCaption(date) : t('dashboard.chart.empty'));
    const mapShown = mapCaption === 'dashboard.map.caption';
    replaceChildren($('#groups-map-section .dashboard__caption'), t(mapCaption, { date: asOfCaption(date) }),
      mapShown ? occupancyLegend(styles) : null);
    $('#groups-map').hidden = !mapShown;
  }

  async function loadGroups() {
    const outcome = await loadPart('/api/stats/occupancy', { params: { groupBy: store.get().groupBy, ...asOfParams() } });
    rows = outcome.value ?? [];
    groupsAvailable = Boolean(outcome.value);
    $('#groups .dashboard__scroll').hidden = !groupsAvailable;
    if (groupsAvailable) replaceChildren($('#groups .dashboard__body'));
    else showAbsence($('#groups .dashboard__body'), outcome);
    renderGroups();
  }

  async function loadSeries() {
    const outcome = await loadPart('/api/stats/series', { params: { groupBy: store.get().groupBy } });
    const section = $('#series');
    const shown = outcome.value && drawSeries({ occupancyPct: $('#series-occupancy'), clearedHa: $('#series-cleared') },
      outcome.value, store.get().asOf);
    section.querySelector('.series-charts').hidden = !shown;
    if (outcome.value) caption('#series', shown ? asOfCaption(store.get().asOf) : t('dashboard.series.empty'));
    else caption('#series', outcome.unavailable ? t('dashboard.unavailable') : t('error.part', { detail: outcome.error.message }));
  }

  /** A list section: its data as of the page's date, drawn, or why it is not there. */
  async function loadList(section, path, draw) {
    const outcome = await loadPart(path, { params: asOfParams() });
    const body = $(`${section} .dashboard__body`);
    if (outcome.value) draw(body, outcome.value);
    else showAbsence(body, outcome);
  }

  function loadTargets() {
    return loadList('#targets', '/api/targets', (body, targets) => renderTargets(body, targets,
      { canRecord: session.canReport && !store.get().asOf, onRecorded: () => loadAll() }));
  }

  /** Today's zones: their names and points for the lists and the map, and the zones a report can be for. */
  async function loadZones() {
    const collection = await getJson('/api/zones');
    zones = new Map(collection.features.map((feature) => [feature.id, feature]));
    reportForm.setChoices(collection.features.map((feature) => feature.properties), sources);
  }

  async function loadAll() {
    await Promise.all([
      loadGroups(),
      loadSeries(),
      loadTargets(),
      loadList('#clearance', '/api/stats/clearance', (body, list) => renderClearance(body, list, { zoneHref })),
      loadList('#late-reports', '/api/reports/late', (body, late) => renderLateReports(body, late, { zoneHref })),
    ]);
  }

  function renderWords() {
    translatePage();
    language.render();
    account.render();
    replaceChildren(groupBy, GROUPINGS.map((key) => el('option', { value: key }, t(`dashboard.groupBy.${key}`))));
    groupBy.value = store.get().groupBy;
    $('#as-of-note').textContent = asOfCaption(store.get().asOf);
    translateMap(groupsMap.map);
    notice.render();
  }

  async function applyState(state, changed) {
    writeDashboardUrl(state);
    $('#page-link').href = pageLink('/', state);
    language.set(state.lang);
    asOf.set(state.asOf);
    if (changed.has('lang') && state.lang !== currentLanguage()) {
      await loadLanguage(state.lang);
      reportForm.render();
    }
    renderWords();
    exports.show(state);
    // Words are in every part, and the lists come from the server in no language of their own: all anew.
    if (changed.has('asOf') || changed.has('lang')) return loadAll();
    if (changed.has('groupBy')) return Promise.all([loadGroups(), loadSeries()]);
    return null;
  }
  store.subscribe(applyState);

  session.load().catch((error) => console.warn('The sign-in state could not be read', error));
  await loadZones();
  await applyState(store.get(), new Set(['asOf']));
  document.body.dataset.ready = 'true';
}

start().catch((error) => {
  notice.error('dashboard', error);
  console.error(error);
}).finally(() => { document.body.dataset.loaded = 'true'; });
