// The header's account control: a sign-in dialog (username, password, what went wrong), then who is
// signed in with their role and a sign-out button.
import { el, replaceChildren } from '../dom.js';
import { t } from '../i18n.js';
import { reasonOf } from '../notice.js';

/**
 * @param parts {signIn: button, user: span, signOut: button, dialog: the sign-in dialog}
 * @param onError told of a failed sign-out
 */
export function createAccount(parts, { session, onError }) {
  const { dialog } = parts;
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
