// The glossary: the planning words and abbreviations the map and its sources use, in the reader's language.
import { el, replaceChildren } from './dom.js';
import { t } from './i18n.js';

const TERMS = ['kcn', 'ccn', 'district', 'city', 'town', 'commune', 'occupancy', 'clearance', 'secondaryInvestor'];

/** @param parts {opener: the header's button, dialog: the glossary's <dialog>, list: its <dl>} */
export function createGlossary({ opener, dialog, list }) {
  const open = () => {
    render();
    dialog.showModal();
  };
  opener.addEventListener('click', open);
  dialog.querySelector('.dialog__close').addEventListener('click', () => dialog.close());

  function render() {
    replaceChildren(list, TERMS.map((key) => el('div', { className: 'glossary__entry' },
      el('dt', {}, t(`glossary.terms.${key}.term`)),
      el('dd', {}, t(`glossary.terms.${key}.meaning`)))));
  }

  return {
    /** Shows the glossary (the header's button is not on a phone's screen: the legend offers it there too). */
    open,
    /** Words changed (language). */
    render,
  };
}
