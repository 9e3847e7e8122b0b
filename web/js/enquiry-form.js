// The "Enquire" dialog of a zone's panel: an investor's name, company, email or phone, land needed,
// industry and message, sent with their consent to the zone's managers (POST /api/zones/{code}/enquiries).
// The consent says who reads it, why and for how long (Decree 13/2023/NĐ-CP). What the server refuses is
// shown beside its field; nothing typed is ever read back as HTML.
import { zonePath } from './api.js';
import { el, replaceChildren } from './dom.js';
import { has, t, translatePage } from './i18n.js';
import { reasonOf } from './notice.js';
import { send } from './edit/write-api.js';

const TEXT_FIELDS = [
  ['name', { autocomplete: 'name', required: true, maxLength: 200 }],
  ['company', { autocomplete: 'organization', maxLength: 200 }],
  ['email', { type: 'email', autocomplete: 'email', maxLength: 254 }],
  ['phone', { type: 'tel', autocomplete: 'tel', maxLength: 40 }],
  ['landNeededHa', { type: 'number', min: '0', step: 'any', inputMode: 'decimal' }],
  ['industry', { maxLength: 200 }],
];

function dialogMarkup() {
  const field = (name, props) => el('label', { className: 'field' },
    el('span', { className: 'field__label', dataset: { i18n: `enquiry.field.${name}` } }),
    el('input', { name, ...props }),
    el('span', { className: 'field__error', dataset: { errorFor: name } }));
  const dialog = el('dialog', { id: 'enquiry-dialog', className: 'dialog', attrs: { 'aria-labelledby': 'enquiry-title' } },
    el('div', { className: 'dialog__header' },
      el('h2', { id: 'enquiry-title' }),
      el('button', { type: 'button', className: 'icon-button dialog__close', attrs: { 'data-close': true },
        dataset: { i18nAttr: 'aria-label:account.close;title:account.close' } }, '×')),
    el('form', { className: 'dialog__form enquiry-form', noValidate: true },
      el('p', { className: 'muted', dataset: { i18n: 'enquiry.intro' } }),
      TEXT_FIELDS.map(([name, props]) => field(name, props)),
      el('label', { className: 'field' },
        el('span', { className: 'field__label', dataset: { i18n: 'enquiry.field.message' } }),
        el('textarea', { name: 'message', rows: 5, maxLength: 4000, required: true }),
        el('span', { className: 'field__error', dataset: { errorFor: 'message' } })),
      // The honeypot: hidden from people and from screen readers, so that only a robot fills it in.
      el('div', { className: 'enquiry-form__trap', attrs: { 'aria-hidden': 'true' } },
        el('label', {}, 'Website', el('input', { name: 'website', tabIndex: -1, autocomplete: 'off' }))),
      el('label', { className: 'field field--check' },
        el('input', { type: 'checkbox', name: 'consent', required: true }),
        el('span', { dataset: { i18n: 'enquiry.consent' } })),
      el('span', { className: 'field__error', dataset: { errorFor: 'consent' } }),
      el('p', { className: 'form__error', attrs: { role: 'alert' } }),
      el('div', { className: 'form__actions' },
        el('button', { type: 'submit', className: 'button', dataset: { i18n: 'enquiry.send' } }))),
    el('div', { className: 'enquiry-sent', hidden: true, attrs: { role: 'status' } },
      el('p', { className: 'enquiry-sent__text' }),
      el('div', { className: 'form__actions' },
        el('button', { type: 'button', className: 'button', attrs: { 'data-close': true }, dataset: { i18n: 'account.close' } }))));
  document.body.append(dialog);
  translatePage(dialog);
  return dialog;
}

/** The dialog, opened for one zone at a time: open(code, name). */
export function createEnquiryForm() {
  const dialog = dialogMarkup();
  const form = dialog.querySelector('form');
  const sent = dialog.querySelector('.enquiry-sent');
  const error = form.querySelector('.form__error');
  const submit = form.querySelector('button[type=submit]');
  let zone = null;

  dialog.querySelectorAll('[data-close]').forEach((button) => button.addEventListener('click', () => dialog.close()));

  function showErrors(errors) {
    form.querySelectorAll('.field__error').forEach((slot) => { slot.textContent = ''; });
    for (const { field, message } of errors) {
      const slot = form.querySelector(`[data-error-for="${CSS.escape(field)}"]`);
      const text = has(`enquiry.invalid.${field}`) ? t(`enquiry.invalid.${field}`) : message;
      if (slot) slot.textContent = text;
      else error.textContent = text;
    }
  }

  function body() {
    const values = Object.fromEntries(TEXT_FIELDS.map(([name]) => [name, form.elements[name].value.trim()])
      .filter(([, value]) => value !== ''));
    if (values.landNeededHa !== undefined) values.landNeededHa = Number(values.landNeededHa);
    values.message = form.elements.message.value.trim();
    values.consent = form.elements.consent.checked;
    const trap = form.elements.website.value;
    if (trap) values.website = trap;
    return values;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    showErrors([]);
    submit.disabled = true;
    try {
      await send('POST', zonePath(zone.code, 'enquiries'), { body: body() });
      form.hidden = true;
      sent.hidden = false;
      dialog.querySelector('.enquiry-sent__text').textContent = t('enquiry.sent', { name: zone.name });
      sent.querySelector('button').focus();
    } catch (failure) {
      if (failure.status === 422) showErrors(failure.errors);
      else if (failure.status === 429) error.textContent = t('enquiry.throttled', { seconds: failure.retryAfter ?? 60 });
      else error.textContent = reasonOf(failure);
    } finally {
      submit.disabled = false;
    }
  });

  return {
    open(code, name) {
      zone = { code, name };
      form.reset();
      form.hidden = false;
      sent.hidden = true;
      error.textContent = '';
      showErrors([]);
      replaceChildren(dialog.querySelector('#enquiry-title'), t('enquiry.title', { name }));
      dialog.showModal();
      form.elements.name.focus();
    },
  };
}
