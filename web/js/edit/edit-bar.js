// The bar over the map while a boundary is drawn or markers are brought in: what is being done, the
// fields it needs, and its buttons. One task at a time.
import { el, replaceChildren } from '../dom.js';

export function createEditBar(shell) {
  const title = shell.querySelector('.edit-bar__title');
  const body = shell.querySelector('.edit-bar__body');
  const actions = shell.querySelector('.edit-bar__actions');
  const message = shell.querySelector('.edit-bar__message');
  let onClose = null;

  return {
    /**
     * @param buttons [{label (text), primary, disabled, run(), name}]: name becomes data-action, for tests
     * @param closed called when the task ends, by close() or by another task taking the bar
     */
    open({ heading, content, buttons, closed = null }) {
      onClose?.();
      onClose = closed;
      title.textContent = heading;
      replaceChildren(body, content);
      replaceChildren(actions, buttons.map(({ label, primary = false, run, name }) => el('button', {
        type: 'button', className: `button${primary ? '' : ' button--ghost'}`, dataset: { action: name },
        on: { click: run } }, label)));
      message.textContent = '';
      shell.hidden = false;
      (body.querySelector('input, select') ?? actions.querySelector('button'))?.focus();
    },
    button(name) {
      return actions.querySelector(`[data-action="${name}"]`);
    },
    /** A sentence under the bar's fields: what went wrong, or what to do next. */
    say(text) {
      message.textContent = text;
    },
    close() {
      const closed = onClose;
      onClose = null;
      shell.hidden = true;
      replaceChildren(body);
      replaceChildren(actions);
      closed?.();
    },
    get isOpen() {
      return !shell.hidden;
    },
  };
}
