// The enquiries inbox at /inbox: the same header, words and sign-in as the web map and the dashboard; a
// zone manager's enquiries (an admin's: every zone's), newest first, each marked handled with a note, and
// the CSV of the same. Everything an investor typed goes in as text, never as HTML.
import { el, replaceChildren } from '../dom.js';
import { createAccount } from '../edit/account.js';
import { createSession } from '../edit/session.js';
import { readForEdit, send } from '../edit/write-api.js';
import { formatDateTime, formatHa } from '../format.js';
import { LANGUAGES, loadLanguage, t, translatePage } from '../i18n.js';
import { createLanguageButton } from '../language-button.js';
import { createNotice } from '../notice.js';

const $ = (selector) => document.querySelector(selector);
const notice = createNotice($('#notice'));

async function start() {
  let lang = new URLSearchParams(window.location.search).get('lang');
  if (!LANGUAGES.includes(lang)) lang = LANGUAGES[0];
  await loadLanguage(lang);
  const session = createSession();
  const account = createAccount({ signIn: $('#sign-in'), user: $('#account-user'), signOut: $('#sign-out') },
    { session, onError: (error) => notice.error('signOut', error) });
  const showHandled = $('#show-handled');
  const language = createLanguageButton($('#language'), async (next) => {
    lang = next;
    const url = new URL(window.location.href);
    url.searchParams.set('lang', next);
    window.history.replaceState(null, '', url);
    await loadLanguage(next);
    words();
    load();
  });
  let enquiries = [];

  function words() {
    document.documentElement.lang = lang;
    translatePage();
    language.set(lang);
    language.render();
    account.render();
  }

  async function load() {
    const canRead = session.canReadEnquiries;
    $('#inbox-csv').hidden = !canRead;
    if (!canRead) {
      enquiries = [];
      $('#inbox-status').textContent = t(session.user.authenticated ? 'inbox.noPermission' : 'inbox.signInNeeded');
      replaceChildren($('#inbox-list'));
      return;
    }
    const params = showHandled.checked ? '' : '?handled=false';
    $('#inbox-csv').href = `/api/enquiries.csv${params}`;
    try {
      enquiries = (await readForEdit(`/api/enquiries${params}`)).body;
      render();
    } catch (error) {
      notice.error('inbox', error);
    }
  }

  function render() {
    $('#inbox-status').textContent = enquiries.length === 0 ? t('inbox.empty') : '';
    replaceChildren($('#inbox-list'), enquiries.map((enquiry) => item(enquiry, { onHandle: handle })));
  }

  async function handle(enquiry, handled, note) {
    try {
      const changed = (await send('PATCH', `/api/enquiries/${enquiry.id}`, { body: { handled, note } })).body;
      enquiries = enquiries.map((one) => (one.id === changed.id ? changed : one));
      render();
    } catch (error) {
      notice.error('inbox', error);
    }
  }

  showHandled.addEventListener('change', load);
  session.onChange(load);
  words();
  await session.load();
  document.body.dataset.ready = 'true';
}

/** One enquiry: who, which zone, when, how to reach them, what they need and wrote; then handled and a note. */
function item(enquiry, { onHandle }) {
  const note = el('input', { type: 'text', value: enquiry.note ?? '', maxLength: 4000,
    attrs: { 'aria-label': t('inbox.note'), placeholder: t('inbox.note') } });
  const handled = el('input', { type: 'checkbox', checked: Boolean(enquiry.handledAt),
    on: { change: () => onHandle(enquiry, handled.checked, note.value) } });
  const contact = [enquiry.email, enquiry.phone].filter(Boolean).join(' · ');
  const needs = [enquiry.industry, enquiry.landNeededHa != null ? t('inbox.land', { area: formatHa(enquiry.landNeededHa) }) : null]
    .filter(Boolean).join(' · ');
  return el('li', { className: `enquiry${enquiry.handledAt ? ' enquiry--handled' : ''}`, dataset: { id: String(enquiry.id) } },
    el('p', { className: 'enquiry__head' },
      el('strong', {}, enquiry.name),
      enquiry.company ? el('span', {}, enquiry.company) : null,
      el('span', { className: 'muted' }, enquiry.zone),
      el('span', { className: 'muted' }, t('inbox.received', { date: formatDateTime(enquiry.createdAt) }))),
    el('p', {}, `${t('inbox.contact')}: ${contact}`),
    needs ? el('p', {}, needs) : null,
    el('p', { className: 'enquiry__message' }, enquiry.message),
    el('div', { className: 'enquiry__handle' },
      el('label', { className: 'field--check' }, handled, ` ${t('inbox.handled')}`),
      note,
      enquiry.handledAt ? el('span', { className: 'muted' },
        t('inbox.handledBy', { user: enquiry.handledBy, date: formatDateTime(enquiry.handledAt) })) : null));
}

start().catch((error) => notice.error('inbox', error));
