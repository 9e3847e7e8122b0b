// The header's language toggle, on the web map and the dashboard: it names the other language.
import { el, replaceChildren } from './dom.js';
import { LANGUAGES, t } from './i18n.js';

/** @param onLanguage told the language the reader asks for */
export function createLanguageButton(button, onLanguage) {
  let lang = LANGUAGES[0];
  const other = () => LANGUAGES.find((candidate) => candidate !== lang);
  button.addEventListener('click', () => onLanguage(other()));
  return {
    set(current) {
      lang = current;
    },
    /** Words changed (language): the toggle's own label. */
    render() {
      const next = other();
      // A phone shows the short name ("VI"), a wider screen the language ("Tiếng Việt"): the button's name
      // holds both words shown, as speech control users say them ("VI, Chuyển sang tiếng Việt").
      replaceChildren(button,
        el('span', { className: 'language__long' }, t(`language.switchTo.${next}`)),
        el('span', { className: 'language__short', attrs: { 'aria-hidden': 'true' } }, t(`language.short.${next}`)));
      button.lang = next;
      button.setAttribute('aria-label', `${t(`language.short.${next}`)}, ${t(`language.switchLabel.${next}`)}`);
    },
  };
}
