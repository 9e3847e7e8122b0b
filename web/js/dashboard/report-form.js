// The periodic report form, for officials and admins: a zone, a period (quarter, half-year or year), the
// figures and a note, sent as POST /api/zones/{code}/reports. What the server refuses (422) is shown next to
// the field it names; anything else above the button.
import { zonePath } from '../api.js';
import { el, replaceChildren } from '../dom.js';
import { send } from '../edit/write-api.js';
import { t } from '../i18n.js';
import { sentenceOf } from '../notice.js';
import { sourceLabel } from '../sources.js';

const PERIODS = { quarter: ['Q1', 'Q2', 'Q3', 'Q4'], half: ['H1', 'H2'], year: [] };
const NUMBERS = [
  { name: 'clearedHa', integer: false },
  { name: 'leasedHa', integer: false },
  { name: 'tenants', integer: true },
  { name: 'registeredCapitalBnVnd', integer: false },
];
const WASTEWATER = ['none', 'under_construction', 'operating'];

/** The quarter that ended last, which a report is most often for: {year, quarter: 'Q1'…'Q4'}. */
function lastClosedQuarter(day) {
  const current = Math.floor(day.getMonth() / 3); // 0 for January to March
  return current === 0 ? { year: day.getFullYear() - 1, quarter: 'Q4' } : { year: day.getFullYear(), quarter: `Q${current}` };
}

/** "1.234,5" or "1234.5" as a number; empty as null; anything else as NaN. */
function parseNumber(text) {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const normalized = /,\d*$/.test(trimmed) ? trimmed.replaceAll('.', '').replace(',', '.') : trimmed.replaceAll(',', '');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/**
 * @param form the report <form> with .report-form__fields, .form__errors and .report-form__saved
 * @param onSaved told the report the server stored
 */
export function createReportForm(form, { onSaved }) {
  const fields = form.querySelector('.report-form__fields');
  const errors = form.querySelector('.form__errors');
  const saved = form.querySelector('.report-form__saved');
  const submit = form.querySelector('button[type=submit]');
  let zones = [];
  let sources = [];

  const field = (name, control) => el('div', { className: 'field', dataset: { field: name } },
    el('label', { className: 'field__label', htmlFor: `report-${name}` }, t(`dashboard.report.field.${name}`)),
    control,
    el('p', { className: 'field__error', id: `report-${name}-error`, attrs: { 'aria-live': 'polite' } }));
  const control = (tag, name, props = {}, ...children) => el(tag, { id: `report-${name}`, name,
    attrs: { 'aria-describedby': `report-${name}-error` }, ...props }, ...children);
  const option = (value, text) => el('option', { value }, text);

  function render() {
    const now = new Date();
    const last = lastClosedQuarter(now);
    replaceChildren(fields,
      field('zone', control('select', 'zone', { required: true }, option('', t('dashboard.report.choose')),
        zones.map((zone) => option(zone.code, zone.name)))),
      field('periodKind', control('select', 'periodKind', { on: { change: renderPeriodNumbers } },
        Object.keys(PERIODS).map((kind) => option(kind, t(`dashboard.report.periodKind.${kind}`))))),
      field('periodNumber', control('select', 'periodNumber')),
      field('year', control('input', 'year', { type: 'number', min: '2000', max: String(now.getFullYear()),
        value: String(last.year) })),
      NUMBERS.map(({ name, integer }) => field(name, control('input', name, { type: 'text',
        inputMode: integer ? 'numeric' : 'decimal', autocomplete: 'off' }))),
      field('wastewaterPlant', control('select', 'wastewaterPlant', {}, option('', t('dashboard.report.notStated')),
        WASTEWATER.map((value) => option(value, t(`dashboard.report.wastewater.${value}`))))),
      field('sourceId', control('select', 'sourceId', {}, option('', t('dashboard.report.noSource')),
        sources.map((source) => option(source.id, sourceLabel(source))))),
      el('div', { className: 'field field--wide', dataset: { field: 'note' } },
        el('label', { className: 'field__label', htmlFor: 'report-note' }, t('dashboard.report.field.note')),
        control('textarea', 'note', { rows: 2 }),
        el('p', { className: 'field__error', id: 'report-note-error', attrs: { 'aria-live': 'polite' } })));
    renderPeriodNumbers();
    form.elements.periodNumber.value = last.quarter;
  }

  function renderPeriodNumbers() {
    const kind = form.elements.periodKind.value;
    const numbers = PERIODS[kind];
    replaceChildren(form.elements.periodNumber, numbers.map((n) => option(n, t(`dashboard.report.period.${n}`))));
    form.elements.periodNumber.disabled = numbers.length === 0;
  }

  function period() {
    const { periodKind, periodNumber, year } = form.elements;
    return PERIODS[periodKind.value].length ? `${year.value}-${periodNumber.value}` : year.value;
  }

  function showError(name, message) {
    const holder = fields.querySelector(`[data-field="${name}"]`);
    if (!holder) return false;
    holder.querySelector('.field__error').textContent = message;
    holder.querySelector('input, select, textarea')?.setAttribute('aria-invalid', 'true');
    return true;
  }

  function clearErrors() {
    fields.querySelectorAll('.field__error').forEach((node) => { node.textContent = ''; });
    fields.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
    replaceChildren(errors);
    saved.textContent = '';
  }

  /** The body to send, or null after marking the fields that are not numbers. */
  function body() {
    const values = { period: period() };
    let ok = true;
    for (const { name, integer } of NUMBERS) {
      const value = parseNumber(form.elements[name].value);
      if (Number.isNaN(value) || (integer && value !== null && !Number.isInteger(value))) {
        showError(name, t(integer ? 'dashboard.report.notWhole' : 'dashboard.report.notNumber'));
        ok = false;
      }
      values[name] = value;
    }
    if (!form.elements.zone.value) {
      showError('zone', t('dashboard.report.chooseZone'));
      ok = false;
    }
    values.wastewaterPlant = form.elements.wastewaterPlant.value || null;
    values.note = form.elements.note.value.trim() || null;
    values.sourceId = form.elements.sourceId.value || null;
    return ok ? values : null;
  }

  /** The form's field a problem names: "leasedHa", "/leasedHa" or "#/leasedHa" alike; the period's parts as one. */
  const fieldOf = (problem) => {
    const name = (problem.field ?? problem.pointer ?? '').replace(/^#?\//, '');
    return name === 'period' ? 'periodNumber' : name;
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors();
    const values = body();
    if (!values) return;
    const code = form.elements.zone.value;
    submit.disabled = true;
    try {
      const { body: report } = await send('POST', zonePath(code, 'reports'), { body: values });
      saved.textContent = t('dashboard.report.saved', { period: report?.period ?? values.period,
        zone: form.elements.zone.selectedOptions[0].textContent });
      onSaved(report);
    } catch (failure) {
      const listed = failure.status === 422 ? failure.errors : [];
      const unplaced = listed.filter((problem) => !showError(fieldOf(problem), problem.message));
      const lines = listed.length ? unplaced.map((problem) => problem.message) : [sentenceOf(failure)];
      replaceChildren(errors, lines.map((line) => el('li', {}, line)));
    } finally {
      submit.disabled = false;
    }
  });

  return {
    /** The zones that can be reported on, by name, and the documents a report can cite. */
    setChoices(nextZones, nextSources) {
      zones = [...nextZones].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
      sources = nextSources;
      render();
    },
    render,
  };
}
