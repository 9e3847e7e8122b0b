// The zone form: a new zone's identity and attributes, or an existing zone's attributes as a planner
// keeps them up to date, with a reason for the change. What the server refuses is shown on the field
// its JSON pointer names (/properties/areaHa → the declared area); the rest above the buttons.
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { sentenceOf } from '../notice.js';
import { FIELD_GROUPS, IDENTITY_FIELDS, controlOf, valueOf } from './zone-form-fields.js';

const REMOVED = 'removed_from_plan';
/** Properties the form sets through another field: a new zone's place is its district. */
const SET_BY = { district: 'districtCode', province: 'districtCode', provinceCode: 'districtCode' };

/**
 * @param dialog the form's dialog, with a form holding .zone-form__body, .form__errors and the buttons
 * @param writes the zone writes (edit/zone-writes.js)
 */
export function createZoneForm(dialog, { districts, writes }) {
  const form = dialog.querySelector('form');
  const title = dialog.querySelector('h2');
  const body = form.querySelector('.zone-form__body');
  const formErrors = form.querySelector('.form__errors');
  const submit = form.querySelector('button[type=submit]');
  let task = null; // {fields, save(values, comment)}
  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));

  function open({ heading, identity, values, save }) {
    const groups = [...(identity ? [{ title: 'form.identity', fields: IDENTITY_FIELDS }] : []), ...FIELD_GROUPS];
    task = { fields: groups.flatMap((group) => group.fields), save };
    title.textContent = heading;
    replaceChildren(body, groups.map((group) => el('fieldset', { className: 'zone-form__group' },
      el('legend', {}, t(group.title)), group.fields.map((field) => fieldRow(field, values[field.name])))),
    el('div', { className: 'field field--wide zone-form__comment' },
      el('label', { className: 'field__label', htmlFor: 'zone-form-comment' }, t('form.comment')),
      el('textarea', { id: 'zone-form-comment', name: 'comment', rows: 2, attrs: { 'aria-describedby': 'zone-form-comment-error' } }),
      el('p', { className: 'field__hint' }, t('form.commentHint')),
      el('p', { id: 'zone-form-comment-error', className: 'field__error', attrs: { 'aria-live': 'polite' } })));
    replaceChildren(formErrors);
    dialog.showModal();
    form.querySelector('input, select').focus();
  }

  function fieldRow(field, value) {
    return el('div', { className: 'field' },
      el('label', { className: 'field__label', htmlFor: `zone-form-${field.name}` }, t(`form.field.${field.name}`)),
      controlOf(field, value, { districts }),
      el('p', { id: `zone-form-${field.name}-error`, className: 'field__error', attrs: { 'aria-live': 'polite' } }));
  }

  function showErrors(errors) {
    form.querySelectorAll('[aria-invalid]').forEach((control) => control.removeAttribute('aria-invalid'));
    form.querySelectorAll('.field__error').forEach((node) => { node.textContent = ''; });
    const general = [];
    for (const { pointer, message } of errors) {
      const name = fieldNameOf(pointer);
      const control = name && form.elements[name];
      if (control) {
        control.setAttribute('aria-invalid', 'true');
        const node = form.querySelector(`#zone-form-${name}-error`);
        node.textContent = node.textContent ? `${node.textContent} ${message}` : message;
      } else {
        general.push(message);
      }
    }
    replaceChildren(formErrors, general.map((message) => el('li', {}, message)));
    form.querySelector('[aria-invalid="true"]')?.focus();
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const values = {};
    const invalid = [];
    for (const field of task.fields) {
      const value = valueOf(field, form.elements[field.name]);
      if (value?.invalid) invalid.push({ pointer: `/properties/${field.name}`, message: t(value.invalid) });
      else values[field.name] = value;
    }
    const comment = form.elements.comment.value.trim() || null;
    if (values.lifecycle === REMOVED && !comment) invalid.push({ pointer: '/comment', message: t('form.reasonRequired') });
    if (invalid.length > 0) {
      showErrors(invalid);
      return;
    }
    submit.disabled = true;
    try {
      const outcome = await task.save(values, comment);
      if (outcome.refused) showErrors(outcome.refused);
      else dialog.close();
    } catch (failure) {
      showErrors([{ pointer: null, message: sentenceOf(failure) }]);
    } finally {
      submit.disabled = false;
    }
  });

  return { open };
}

/** The form field a JSON pointer into the sent feature names: "/properties/areaHa" → "areaHa". */
function fieldNameOf(pointer) {
  if (pointer === '/comment') return 'comment';
  if (pointer === '/id') return 'code';
  const match = /^\/properties\/([A-Za-z]+)/.exec(pointer ?? '');
  return match ? SET_BY[match[1]] ?? match[1] : null;
}
