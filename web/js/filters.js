// The find-and-filter form: its fields are the /api/zones parameters, and its values live in the page state.
import { debounce } from './debounce.js';
import { el, replaceChildren } from './dom.js';
import { formatNumber } from './format.js';
import { locale, t, tn } from './i18n.js';
import { placeName } from './place-names.js';
import { FILTER_NAMES, emptyFilters, filteredFigures } from './state.js';
import { CLEARANCE_STATUSES, INVESTMENT_STATUSES, KINDS } from './vocabulary.js';

const TYPING_PAUSE_MS = 250;
/** The filters the form has a control for; whether to include unknown figures is asked beside the list. */
const FORM_FILTERS = FILTER_NAMES.filter((name) => name !== 'includeUnknown');
/** The filters typed as numbers (with a decimal comma or point), the largest each takes and a number to show. */
const NUMBER_FILTERS = {
  minAvailableHa: { max: Infinity, example: 2.5 },
  minOccupancyPct: { max: 100, example: 62.5 },
};
/** The filters folded away on a phone; the search box stays in sight. */
const FOLDED = FORM_FILTERS.filter((name) => name !== 'q');

/**
 * @param form the #filters form, whose controls are named as the filters
 * @param currentUnits {provinces, communes}: today's units (since 1 July 2025) as imported; their filters
 *     stay hidden while none are
 * @param actions {onChange(filters), onSubmit(): Enter pressed in the search box}
 */
export function createFilters(form, { districts, currentUnits, actions }) {
  const controls = form.elements;
  const units = districts.features.map((f) => f.properties);
  const currentProvinces = currentUnits.provinces.features.map((f) => f.properties);
  const communes = currentUnits.communes.features.map((f) => f.properties);
  form.querySelectorAll('[data-current-units]').forEach((field) => { field.hidden = communes.length === 0; });
  const toggle = form.querySelector('#filters-toggle');
  let filters = emptyFilters();

  // On a phone the filters beyond the search box start folded, so that the list gets the screen; the
  // toggle says how many of them are in use. (Wider screens show them always and hide the toggle.)
  let expanded = !window.matchMedia('(max-width: 720px)').matches;
  toggle.addEventListener('click', () => {
    expanded = !expanded;
    renderToggle();
  });

  function renderToggle() {
    const active = FOLDED.filter((name) => filters[name] !== '').length;
    form.classList.toggle('filters--folded', !expanded);
    toggle.setAttribute('aria-expanded', String(expanded));
    replaceChildren(toggle, el('span', {}, t('filters.toggle')),
      active > 0 ? el('span', { className: 'filters__count', attrs: { 'aria-hidden': 'true' } }, String(active)) : null,
      active > 0 ? el('span', { className: 'visually-hidden' }, `, ${tn('filters.activeCount', active, { count: active })}`) : null);
  }

  /** The filters as typed; a number field that holds no number it takes keeps its filter as it was and says why. */
  function read() {
    const values = Object.fromEntries(FORM_FILTERS.map((name) => [name, controls[name].value.trim()]));
    for (const name of Object.keys(NUMBER_FILTERS)) {
      const number = acceptedNumber(name, values[name]);
      showNumberError(name, number === null);
      values[name] = number ?? filters[name];
    }
    // Only a filter on figures leaves zones out for an unknown figure; without one there is nothing to include.
    values.includeUnknown = filteredFigures(values).length > 0 ? filters.includeUnknown : '';
    return values;
  }

  /** A number field's value as the API takes it ("2.5"), '' for none, null for what is no number it takes. */
  function acceptedNumber(name, text) {
    const number = parseDecimal(text);
    return number === null || Number(number) > NUMBER_FILTERS[name].max ? null : number;
  }

  function showNumberError(name, invalid) {
    const control = controls[name];
    if (invalid) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    form.querySelector(`#${control.getAttribute('aria-describedby')}`).textContent = invalid
      ? t(`filters.${name}Invalid`, { value: control.value.trim(), example: formatNumber(NUMBER_FILTERS[name].example) }) : '';
  }

  const changed = () => {
    filters = read();
    renderToggle();
    actions.onChange(filters);
  };
  const changedAfterTyping = debounce(changed, TYPING_PAUSE_MS);

  form.addEventListener('input', (event) => {
    if (event.target.tagName === 'INPUT') changedAfterTyping();
  });
  form.addEventListener('change', (event) => {
    if (event.target.tagName !== 'SELECT') return;
    if (event.target.name === 'province') {
      fillDistricts();
      controls.district.value = '';
    }
    if (event.target.name === 'province2025') {
      fillCommunes();
      controls.commune2025.value = '';
    }
    changed();
  });
  // Enter in the search box opens the first zone found. (With two text fields the form has no implicit
  // submission, and the page never submits it anyway.)
  form.addEventListener('submit', (event) => event.preventDefault());
  controls.q.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    changed();
    actions.onSubmit();
  });
  function clear() {
    set(emptyFilters());
    changed();
  }
  form.addEventListener('reset', (event) => {
    event.preventDefault();
    clear();
  });

  function fillCoded(select, values, group) {
    fillSelect(select, values.map((value) => [value, t(`enum.${group}.${value}`)]));
  }

  function fillDistricts() {
    const province = controls.province.value;
    const collator = new Intl.Collator(locale());
    const inProvince = units.filter((d) => !province || d.provinceCode === province)
      .map((d) => ({ code: d.code, name: placeName(d.displayName), province: placeName(d.province) }))
      .sort((a, b) => collator.compare(a.province, b.province) || collator.compare(a.name, b.name));
    fillSelect(controls.district, inProvince.map((d) => [d.code, province ? d.name : `${d.name} (${d.province})`]));
  }

  /** Today's communes, of the province chosen if one is; by name, the province named after each when none is. */
  function fillCommunes() {
    const province = controls.province2025.value;
    const collator = new Intl.Collator(locale());
    const inProvince = communes.filter((c) => !province || c.provinceCode === province)
      .sort((a, b) => collator.compare(a.provinceName, b.provinceName) || collator.compare(a.name, b.name));
    fillSelect(controls.commune2025, inProvince.map((c) => [c.code,
      province ? placeName(c.fullName) : `${placeName(c.fullName)} (${placeName(c.provinceName)})`]));
  }

  function fillAll() {
    const provinces = new Map(units.map((d) => [d.provinceCode, placeName(d.province)]));
    fillSelect(controls.province, [...provinces].sort((a, b) => new Intl.Collator(locale()).compare(a[1], b[1])));
    fillDistricts();
    fillSelect(controls.province2025, currentProvinces.map((p) => [p.code, placeName(p.name)]));
    fillCommunes();
    fillCoded(controls.kind, KINDS, 'kind');
    fillCoded(controls.investment, INVESTMENT_STATUSES, 'investmentStatus');
    fillCoded(controls.clearance, CLEARANCE_STATUSES, 'clearanceStatus');
  }

  function set(values) {
    filters = { ...values };
    renderToggle();
    controls.province.value = values.province;
    fillDistricts();
    controls.province2025.value = values.province2025;
    fillCommunes();
    for (const name of FORM_FILTERS) {
      const value = values[name];
      const control = controls[name];
      // A shared link may name a value the list lacks (a province by name, say); keep it selectable.
      if (control.tagName === 'SELECT' && value && ![...control.options].some((o) => o.value === value)) {
        control.append(el('option', { value }, value));
      }
      control.value = value;
    }
    // A number is kept as "2.5" in the state and the address, and shown as the reader writes it: "2,5".
    for (const name of Object.keys(NUMBER_FILTERS)) {
      controls[name].value = localDecimal(values[name]);
      showNumberError(name, acceptedNumber(name, values[name]) === null);
    }
  }

  return {
    set,
    /** Every filter back to "all", as the form's reset button does. */
    clear,
    /** Lists (or not) the zones a filter on figures cannot judge, their figure being unknown. */
    includeUnknown(include) {
      filters = { ...filters, includeUnknown: include ? 'true' : '' };
      actions.onChange(filters);
    },
    /** Words changed (language): the option texts are made again, the choices kept. */
    render() {
      fillAll();
      set(filters);
    },
  };
}

/** Replaces a select's options with an "all" option and [value, text] pairs. */
function fillSelect(select, pairs) {
  replaceChildren(select, el('option', { value: '' }, t('filters.all')), pairs.map(([value, text]) => el('option', { value }, text)));
}

/**
 * A decimal as typed, with a comma (Vietnamese: "2,5") or a point ("2.5"), to the API's "2.5"; '' for
 * nothing typed; null for anything else, which is never changed silently into some other number.
 */
export function parseDecimal(text) {
  const typed = text.replace(/\s+/g, '');
  if (typed === '') return '';
  if (!/^(\d+([.,]\d*)?|[.,]\d+)$/.test(typed)) return null;
  return String(Number(typed.replace(',', '.')));
}

/** "2.5" from the state, written with the reader's decimal sign; other text as it is. */
export function localDecimal(value) {
  if (!/^\d+(\.\d+)?$/.test(value)) return value;
  const sign = new Intl.NumberFormat(locale()).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ?? '.';
  return value.replace('.', sign);
}
