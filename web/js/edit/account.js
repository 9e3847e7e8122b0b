// The header's account control: a sign-in dialog (username, password, what went wrong), then who is
// signed in with their role and a sign-out button.
import { el, replaceChildren } from '../dom.js';
import { t, translatePage } from '../i18n.js';
import { reasonOf } from '../notice.js';

/** The sign-in dialog, the same on every page, added to the page's end; its words come with translatePage. */
function signInDialog() {
  const field = (key, input) => el('label', { className: 'field' },
    el('span', { className: 'field__label', dataset: { i18n: key } }), input);
  const dialog = el('dialog', { id: 'sign-in-dialog', className: 'dialog dialog--narrow', attrs: { 'aria-labelledby': 'sign-in-title' } },
    el('form', { className: 'sign-in' },
      el('div', { className: 'dialog__header' },
        el('h2', { id: 'sign-in-title', dataset: { i18n: 'account.signInTitle' } }),
        el('button', { type: 'button', className: 'icon-button dialog__close',
          attrs: { 'data-close': true }, dataset: { i18nAttr: 'aria-label:account.close;title:account.close' } }, '×')),
      el('div', { className: 'dialog__form' },
        field('account.username', el('input', { name: 'username', autocomplete: 'username', spellcheck: false, required: true,
          attrs: { autocapitalize: 'none' } })),
        field('account.password', el('input', { name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
        el('p', { className: 'form__error', attrs: { role: 'alert' } }),
        el('div', { className: 'form__actions' },
          el('button', { type: 'submit', className: 'button', dataset: { i18n: 'account.signIn' } })))));
  document.body.append(dialog);
  translatePage(dialog);
  return dialog;
}

/**
 * @param parts {signIn: button, user: span, signOut: button, inbox: the link to /inbox, on the pages that have one}
 * @param onError told of a failed sign-out
 */
export function createAccount(parts, { session, onError }) {
  const dialog = signInDialog();
  const form = dialog.querySelector('form');
  const error = dialog.querySelector('.form__error');
  const submit = form.querySelector('button[type=submit]');

  parts.signIn.addEventListener('click', () => {
    form.reset();
    error.textContent = '';
    dialog.showModal();
    form.elements.username.focus();
  });
  dialog.querySelector('[data-close]').addEventListener('click', () => dialog.close());
  parts.signOut.addEventListener('click', async () => {
    try {
      await session.signOut();
      parts.signIn.focus();
    } catch (failure) {
      onError(failure);
    }
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { username, password } = form.elements;
    submit.disabled = true;
    error.textContent = '';
    try {
      await session.signIn(username.value.trim(), password.value);
      dialog.close();
      parts.signOut.focus();
    } catch (failure) {
      error.textContent = signInFailure(failure);
      password.select();
    } finally {
      submit.disabled = false;
    }
  });

  function render() {
    const { authenticated, username, roles } = session.user;
    parts.signIn.hidden = authenticated;
    parts.signOut.hidden = !authenticated;
    parts.user.hidden = !authenticated;
    if (parts.inbox) parts.inbox.hidden = !session.canReadEnquiries;
    document.body.classList.toggle('signed-in', authenticated);
    replaceChildren(parts.user, authenticated ? [el('strong', {}, username), ' ',
      el('span', { className: 'account__roles' }, roles.map((role) => t(`account.role.${role}`)).join(', '))] : []);
  }

  session.onChange(render);
  return { render };
}

function signInFailure(failure) {
  if (failure.status === 401) return t('account.wrongPassword');
  if (failure.status === 429) {
    return failure.retryAfter ? t('account.throttled', { seconds: failure.retryAfter }) : t('account.throttledNow');
  }
  return reasonOf(failure);
}
