// Recording what a target achieved, for the targets the zones cannot measure (a district's industry share of
// output): a figure, the day it describes and the document it comes from, sent as
// POST /api/targets/{id}/outcomes by an official. What the server refuses (422) is shown by the field it names.
import { el, replaceChildren } from '../dom.js';
import { send } from '../edit/write-api.js';
import { t } from '../i18n.js';
import { sentenceOf } from '../notice.js';

const FIELDS = [
  { name: 'value', type: 'text', inputMode: 'decimal', required: true },
  { name: 'asOf', type: 'date', required: true },
  { name: 'source', type: 'text', required: true, maxLength: 300 },
  { name: 'sourceUrl', type: 'url', maxLength: 1000 },
];

/** "16,4" or "16.4" as a number; anything else as NaN. */
function parseValue(text) {
  const normalized = text.trim().replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
}

/**
 * A folded form under one target.
 *
 * @param onSaved told once the server stored the outcome
 */
export function outcomeForm(target, { onSaved }) {
  const id = (name) => `outcome-${target.id}-${name}`;
  const errors = el('ul', { className: 'form__errors', attrs: { 'aria-live': 'polite' } });
  const field = ({ name, ...props }) => el('div', { className: 'field', dataset: { field: name } },
    el('label', { className: 'field__label', htmlFor: id(name) }, t(`dashboard.outcome.field.${name}`)),
    el('input', { id: id(name), name, ...props, attrs: { 'aria-describedby': `${id(name)}-error` } }),
    el('p', { className: 'field__error', id: `${id(name)}-error`, attrs: { 'aria-live': 'polite' } }));
  const submit = el('button', { type: 'submit', className: 'button' }, t('dashboard.outcome.save'));
  const form = el('form', { className: 'outcome-form', noValidate: true }, FIELDS.map(field), errors, submit);

  function showError(name, message) {
    const holder = form.querySelector(`[data-field="${name}"]`);
    if (!holder) return false;
    holder.querySelector('.field__error').textContent = message;
    holder.querySelector('input').setAttribute('aria-invalid', 'true');
    return true;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    form.querySelectorAll('.field__error').forEach((node) => { node.textContent = ''; });
    form.querySelectorAll('[aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
    replaceChildren(errors);
    const { value, asOf, source, sourceUrl } = form.elements;
    const number = parseValue(value.value);
    if (Number.isNaN(number)) {
      showError('value', t('dashboard.report.notNumber'));
      return;
    }
    submit.disabled = true;
    try {
      await send('POST', `/api/targets/${encodeURIComponent(target.id)}/outcomes`, { body: {
        value: number, asOf: asOf.value || null, source: source.value.trim() || null,
        sourceUrl: sourceUrl.value.trim() || null } });
      onSaved();
    } catch (failure) {
      const listed = failure.status === 422 ? failure.errors ?? [] : [];
      const unplaced = listed.filter((problem) => !showError((problem.field ?? '').replace(/^#?\//, ''), problem.message));
      const lines = listed.length ? unplaced.map((problem) => problem.message) : [sentenceOf(failure)];
      replaceChildren(errors, lines.map((line) => el('li', {}, line)));
    } finally {
      submit.disabled = false;
    }
  });

  return el('details', { className: 'outcome' }, el('summary', {}, t('dashboard.outcome.open')), form);
}
