// Starts the web map: reads the state from the address, loads words, styles and districts, then wires
// the map, the list, the filters, the panel and the comparison to the one page state.
import { ApiError, getJson, isAbort } from './api.js';
import { createAsOfControl } from './as-of.js';
import { createCompare } from './compare.js';
import { createAccount } from './edit/account.js';
import { createEditing } from './edit/editing.js';
import { lotDeleteControls } from './edit/lot-delete.js';
import { createSession } from './edit/session.js';
import { createEnquiryForm } from './enquiry-form.js';
import { createFilters } from './filters.js';
import { createGlossary } from './glossary.js';
import { currentLanguage, loadLanguage, translatePage } from './i18n.js';
import { createLegend } from './legend.js';
import { createListOptions } from './list-options.js';
import { showLoading } from './loading.js';
import { createBasemap } from './map/basemap.js';
import { addDistrictLayer } from './map/districts-layer.js';
import { createLotStatus } from './map/lot-status.js';
import { createLotsLayer } from './map/lots-layer.js';
import { createMap, translateMap } from './map/map-view.js';
import { createZoneMarkers } from './map/zone-markers.js';
import { createZoneShapes } from './map/zone-shapes.js';
import { createViewFitting } from './map/view-fitting.js';
import { createNotice } from './notice.js';
import { createPanel } from './panel.js';
import { createResults } from './results.js';
import { createSidebar } from './sidebar.js';
import { rememberContacts } from './contacts.js';
import { rememberSources } from './sources.js';
import { MAX_COMPARED, createStore, filteredFigures } from './state.js';
import { zoneThemeKeys } from './styles.js';
import { createToolbar } from './toolbar.js';
import { pageLink, readUrl, writeUrl } from './url-state.js';

const $ = (selector) => document.querySelector(selector);
const notice = createNotice($('#notice'));

/** The parameters that choose the zones listed: the filters, and the day they are shown as of. */
const zoneQuery = (state) => ({ ...state.filters, ...(state.asOf ? { asOf: state.asOf } : {}) });
const sameQuery = (a, b) => JSON.stringify(a) === JSON.stringify(b);

async function start() {
  showLoading({ bar: $('#loading'), regions: [$('#map'), $('#results')] });
  const store = createStore(readUrl());
  // Everything the first view needs is asked for at once, the zones first: they take the longest.
  let zonesRequest = null;
  let earlyZones = askZones(store.get());
  const withoutBoundaries = { params: { boundaries: 'false' } };
  const loaded = Promise.all([
    getJson('/api/config'), getJson('/api/styles'), getJson('/api/districts'), getJson('/api/sources'),
    getJson('/api/contacts'), getJson('/api/provinces2025', withoutBoundaries),
    getJson('/api/communes', withoutBoundaries)]);
  loaded.catch(() => {}); // not lost: awaited below, once the words are in
  await loadLanguage(store.get().lang);
  translatePage();
  const [config, styles, districts, sources, contacts, provinces2025, communes] = await loaded;
  rememberSources(sources);
  rememberContacts(contacts);
  const themes = zoneThemeKeys(styles);
  const defaultTheme = styles.layers.zones.defaultTheme;
  if (!themes.includes(store.get().theme)) store.set({ theme: defaultTheme });

  let zones = []; // the features matching the filters
  const knownZone = (code) => zones.find((feature) => feature.id === code);
  let focusPanel = false; // whether the next zone shown takes the focus: yes when picked from the list
  let openFirstFound = false; // Enter in the search box: open the first zone the search finds
  const select = (code, { focus = true } = {}) => {
    focusPanel = focus;
    store.set({ zone: code });
  };
  /** A zone picked from the list or the search: shown in the panel, which takes the focus, and on the map. */
  const pick = (code) => {
    select(code);
    const zone = knownZone(code);
    if (zone) fitting.zoomTo(zone);
  };
  const toggleCompare = (code) => {
    const { compare } = store.get();
    if (compare.includes(code)) store.set({ compare: compare.filter((c) => c !== code) });
    else if (compare.length < MAX_COMPARED) store.set({ compare: [...compare, code] });
  };

  let chooseView = !store.get().view; // a shared link keeps its view
  const map = createMap($('#map'), { view: store.get().view, onViewChange: (view) => store.set({ view }) });
  const basemap = createBasemap(map, config.basemap);
  const districtLayer = addDistrictLayer(map, districts, styles);
  /** A zone chosen on the map: shown in the panel, and kept in sight beside or above it. */
  const selectOnMap = (code, { keyboard }) => {
    select(code, { focus: keyboard });
    const zone = knownZone(code);
    if (zone) fitting.reveal(zone);
  };
  const shapes = createZoneShapes(map, { styles, onSelect: (code, { keyboard = false } = {}) => selectOnMap(code, { keyboard }),
    onError: (error) => notice.error('zones', error) });
  // A pin pressed from the keyboard opens the panel with the focus in it, and gets the focus back on closing.
  let returnFocusToPin = null;
  const markers = createZoneMarkers(map, {
    styles,
    onPinsMoved: () => districtLayer.pinsMoved(),
    onSelect: (code, { keyboard }) => {
      selectOnMap(code, { keyboard });
      returnFocusToPin = keyboard ? code : null;
    },
  });
  const lotStatus = createLotStatus($('#map-status'), { styles });
  const session = createSession();
  const lots = createLotsLayer(map, {
    styles,
    onStatus: lotStatus.update,
    popupControls: (lot) => lotDeleteControls(lot, { session, onDeleted: (zone) => {
      lots.refresh();
      showSaved(zone);
    } }),
  });
  const legend = createLegend(map, { styles, showDistrictOutline: districtLayer.hasBoundaries,
    onGlossary: () => glossary.open() });
  const toolbar = createToolbar({ theme: $('#theme'), basemap: $('#basemap'), language: $('#language') }, {
    styles,
    themes,
    basemapAvailable: basemap.available,
    actions: {
      onTheme: (theme) => store.set({ theme }),
      onBasemap: (on) => store.set({ basemap: on }),
      onLanguage: (lang) => store.set({ lang }),
    },
  });
  const glossary = createGlossary({ opener: $('#glossary-open'), dialog: $('#glossary-dialog'), list: $('#glossary-list') });
  const asOf = createAsOfControl({ input: $('#as-of'), clear: $('#as-of-clear') }, (date) => store.set({ asOf: date }));
  const sidebar = createSidebar($('#sidebar'), $('#sidebar-toggle'), { onOpen: () => results.reveal(store.get().zone) });
  const results = createResults({ list: $('#results'), summary: $('#summary') }, {
    styles,
    actions: {
      onSelect: (code) => {
        sidebar.closeOnPhone();
        pick(code);
      },
      onHover: (code) => shapes.hover(code),
      onToggleCompare: toggleCompare,
      onClearFilters: () => {
        chooseView = true; // the zones come back: show them all
        filters.clear();
        $('#filters input[name=q]').focus(); // the button goes away with the empty list
      },
      onIncludeUnknown: (include) => {
        filters.includeUnknown(include);
        $('#include-unknown input').focus(); // the button goes away with the empty list; the checkbox stays
      },
    },
  });
  const listOptions = createListOptions({ include: $('#include-unknown'), sort: $('#sort') }, {
    actions: {
      onIncludeUnknown: (include) => filters.includeUnknown(include),
      onSort: (sort) => store.set({ sort }),
    },
  });
  const filters = createFilters($('#filters'), {
    districts,
    currentUnits: { provinces: provinces2025, communes },
    actions: {
      onChange: (values) => store.set({ filters: values }),
      onSubmit: () => { openFirstFound = true; },
    },
  });
  const panel = createPanel($('#zone-panel'), {
    styles,
    actions: {
      onClose: () => store.set({ zone: null }),
      onZoomTo: (feature) => fitting.zoomTo(feature),
      onToggleCompare: toggleCompare,
      isCompared: (code) => store.get().compare.includes(code),
      onError: (error) => {
        notice.error('zone', error);
        store.set({ zone: null });
      },
    },
  });
  const enquiryForm = createEnquiryForm();
  $('#zone-enquire').addEventListener('click', () => panel.code && enquiryForm.open(panel.code, $('#zone-title').textContent));
  const compare = createCompare({
    tray: $('#compare-tray'),
    chips: $('#compare-chips'),
    hint: $('#compare-hint'),
    openButton: $('#compare-open'),
    clearButton: $('#compare-clear'),
    dialog: $('#compare-dialog'),
    table: $('#compare-table'),
  }, {
    actions: {
      knownZone,
      onRemove: (code) => store.set({ compare: store.get().compare.filter((c) => c !== code) }),
      onClear: () => store.set({ compare: [] }),
      onError: (error) => notice.error('zone', error),
    },
  });

  const fitting = createViewFitting(map, { panelShell: $('#zone-panel'), shapes, markers, legend: legend.element() });
  const historyFitting = createViewFitting(map, { panelShell: $('#history-panel'), shapes, markers });

  const account = createAccount({ signIn: $('#sign-in'), user: $('#account-user'), signOut: $('#sign-out'),
    inbox: $('#inbox-link') },
    { session, onError: (error) => notice.error('signOut', error) });
  const editing = createEditing({
    actions: $('#zone-edit-actions'),
    newZone: $('#new-zone'),
    editBar: $('#edit-bar'),
    formDialog: $('#zone-form-dialog'),
    conflictDialog: $('#conflict-dialog'),
    historyPanel: $('#history-panel'),
  }, { map, session, districts, onSaved: showSaved,
    fitBesideZone: (bounds) => fitting.fit(bounds),
    fitBesideHistory: (bounds) => historyFitting.fit(bounds),
    onError: (error) => notice.error('edit', error) });
  /** A zone was written: the list and the map load anew, and the panel shows the zone as it now is. */
  async function showSaved(code) {
    await loadZones();
    if (store.get().zone === code) panel.show(code, { focus: false });
    else select(code, { focus: false });
  }

  /** The view for a link without one: the zone it names, else every zone found. */
  function showInitialZones() {
    const zone = store.get().zone && knownZone(store.get().zone);
    if (zone) fitting.zoomTo(zone, { animate: false });
    else fitting.fitZones({ animate: false });
  }
  $('#fit-results').addEventListener('click', () => fitting.fitZones());

  let foundNone = false; // the last answer had no zone: the view shows none, so the next zones found are shown
  /**
   * Asks for the zones these filters (and day) choose, without their boundaries, which the map fetches for
   * its view; any earlier request is dropped.
   */
  function askZones(state) {
    const query = zoneQuery(state);
    zonesRequest?.abort();
    zonesRequest = new AbortController();
    const { signal } = zonesRequest;
    const answer = getJson('/api/zones', { params: { ...query, boundaries: 'false' }, signal });
    answer.catch(() => {}); // not lost: loadZones awaits it, and says what failed
    return { asked: state.filters, query, signal, answer };
  }

  async function loadZones() {
    const request = earlyZones && sameQuery(earlyZones.query, zoneQuery(store.get())) ? earlyZones : askZones(store.get());
    earlyZones = null;
    const { asked, query, signal } = request;
    try {
      const collection = await request.answer;
      if (signal.aborted) return; // answered just before the filters changed again
      zones = collection.features;
      // The API counts them only while a filter on figures is on: the zones it could not judge, listed or not.
      const unknown = { count: collection.numberUnknown ?? 0, included: collection.unknownIncluded === true,
        figures: filteredFigures(asked) };
      notice.clear();
      shapes.setZones(zones, query);
      markers.setZones(zones);
      results.setZones(zones, unknown);
      listOptions.setUnknown(unknown);
      lots.setVisibleZones(zones.map((feature) => feature.id));
      compare.render();
      if (chooseView || (foundNone && zones.length > 0)) showInitialZones();
      chooseView = false;
      foundNone = zones.length === 0;
      if (openFirstFound && results.first()) pick(results.first());
      openFirstFound = false;
    } catch (error) {
      if (isAbort(error)) return;
      // A link with a filter the server refuses: the reader can drop the filters from the notice.
      const canClear = error instanceof ApiError && error.status === 400;
      notice.error('zones', error, { action: canClear ? { label: 'filters.reset', run: () => filters.clear() } : null });
    }
  }

  function showSelection(state, focus) {
    const closing = panel.code;
    shapes.select(state.zone);
    markers.select(state.zone);
    editing.showZone(state.zone);
    results.update({ selected: state.zone });
    legend.setPanelOpen(Boolean(state.zone));
    if (state.zone) {
      panel.show(state.zone, { focus });
    } else if (panel.hide()) {
      const pin = returnFocusToPin === closing && markers.focus(closing);
      if (!pin && !results.focus(closing)) map.getContainer().focus();
    }
  }

  async function changeLanguage(lang) {
    await loadLanguage(lang);
    translatePage();
    toolbar.render();
    account.render();
    editing.render();
    sidebar.render();
    filters.render();
    legend.render();
    listOptions.render();
    results.render();
    markers.redraw();
    panel.render();
    compare.render();
    glossary.render();
    districtLayer.render();
    lotStatus.render();
    notice.render();
    translateMap(map);
  }

  function applyState(state, changed) {
    writeUrl(state, defaultTheme);
    $('#page-link').href = pageLink('/dashboard', state);
    if (changed.has('asOf')) {
      asOf.set(state.asOf);
      editing.render();
    }
    if (['lang', 'theme', 'basemap'].some((key) => changed.has(key))) toolbar.set(state);
    if (changed.has('lang') && state.lang !== currentLanguage()) changeLanguage(state.lang);
    if (changed.has('theme')) {
      shapes.setTheme(state.theme);
      markers.setTheme(state.theme);
      legend.setTheme(state.theme);
      results.update({ theme: state.theme });
    }
    if (changed.has('basemap')) basemap.setVisible(state.basemap);
    if (changed.has('sort')) {
      listOptions.setSort(state.sort);
      results.update({ sort: state.sort });
    }
    if (changed.has('compare')) {
      results.update({ compare: state.compare });
      compare.setCodes(state.compare);
      panel.renderCompareButton();
    }
    if (changed.has('zone')) showSelection(state, focusPanel);
    if (changed.has('asOf') && state.zone && !changed.has('zone')) panel.show(state.zone, { focus: false });
    return changed.has('filters') || changed.has('asOf') ? loadZones() : Promise.resolve();
  }
  store.subscribe(applyState);

  // Escape closes the panel, except where it already means something: in a field, in a dialog, while editing.
  document.addEventListener('keydown', (event) => {
    const inField = event.target.matches?.('input, select, textarea');
    const elsewhere = inField || document.querySelector('dialog[open]') || editing.busy;
    if (event.key === 'Escape' && store.get().zone && !elsewhere) store.set({ zone: null });
  });

  const initial = store.get();
  toolbar.set(initial);
  toolbar.render();
  account.render();
  // A reader who is signed in gets their tools; the investor map does not wait for it.
  session.load().catch((error) => console.warn('The sign-in state could not be read', error));
  sidebar.render();
  filters.render();
  filters.set(initial.filters);
  listOptions.render();
  await applyState(initial, new Set(['theme', 'sort', 'compare', 'zone', 'filters', 'asOf']));
  // The base map comes once the zones have chosen the view, so no tile of the country's view is fetched in vain.
  basemap.setVisible(initial.basemap);
  document.body.dataset.ready = 'true';
  // The first view is done once the frame that draws the zones has been painted: after the next frame starts.
  requestAnimationFrame(() => setTimeout(() => performance.mark('kcn:first-view')));
}

start().catch((error) => {
  notice.error('start', error);
  console.error(error);
});
