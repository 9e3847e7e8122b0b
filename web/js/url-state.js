// The state in the query string, so that a link or a reload restores it:
// ?lang=en&theme=occupancy&map=12/10.5150/105.8150&kind=KCN&sort=available&zone=kcn-tan-kieu&compare=a,b&basemap=off
// &asOf=2025-06-30. The dashboard keeps its own state in its address the same way, sharing lang and asOf.
import { parseAsOf } from './as-of.js';
import { FILTER_NAMES, MAX_COMPARED, SORTS, initialState } from './state.js';

const CODE = /^[a-z0-9][a-z0-9._-]*$/i;

export function readUrl(search = window.location.search) {
  const params = new URLSearchParams(search);
  const state = initialState();
  if (params.has('theme')) state.theme = params.get('theme');
  state.view = parseView(params.get('map'));
  for (const name of FILTER_NAMES) state.filters[name] = params.get(name) ?? '';
  if (SORTS.includes(params.get('sort'))) state.sort = params.get('sort');
  const zone = params.get('zone');
  state.zone = zone && CODE.test(zone) ? zone : null;
  state.compare = [...new Set((params.get('compare') ?? '').split(',').filter((code) => CODE.test(code)))]
    .slice(0, MAX_COMPARED);
  state.basemap = params.get('basemap') !== 'off';
  Object.assign(state, readShared(params));
  return state;
}

/** Writes the state into the address. */
export function writeUrl(state, defaultTheme) {
  const params = new URLSearchParams();
  if (state.theme && state.theme !== defaultTheme) params.set('theme', state.theme);
  if (state.view) params.set('map', formatView(state.view));
  for (const name of FILTER_NAMES) {
    if (state.filters[name] !== '') params.set(name, state.filters[name]);
  }
  if (state.sort !== initialState().sort) params.set('sort', state.sort);
  if (state.zone) params.set('zone', state.zone);
  if (state.compare.length > 0) params.set('compare', state.compare.join(','));
  if (!state.basemap) params.set('basemap', 'off');
  writeShared(params, state);
  replaceQuery(params);
}

/** What both pages keep in their address: the language and the date. */
export function readShared(params) {
  return { lang: params.get('lang') ?? initialState().lang, asOf: parseAsOf(params.get('asOf')) };
}

function writeShared(params, { lang, asOf }) {
  if (lang !== initialState().lang) params.set('lang', lang);
  if (asOf) params.set('asOf', asOf);
}

/** A link to the other page (or a zone on the map) that keeps the reader's language and date. */
export function pageLink(path, shared, extra = {}) {
  const params = new URLSearchParams(extra);
  writeShared(params, shared);
  const query = params.toString();
  return `${path}${query ? `?${query}` : ''}`;
}

/** Rewrites the address without a new history entry: panning should not fill the back button. */
export function replaceQuery(params) {
  const query = params.toString().replaceAll('%2F', '/').replaceAll('%2C', ',');
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', url);
}

function parseView(text) {
  const parts = (text ?? '').split('/').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, lat, lon] = parts;
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return { zoom, lat, lon };
}

function formatView({ zoom, lat, lon }) {
  return `${zoom}/${lat.toFixed(5)}/${lon.toFixed(5)}`;
}
