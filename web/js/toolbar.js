// The header's controls: the colouring theme, the base map switch and the language toggle.
import { el, replaceChildren } from './dom.js';
import { LANGUAGES, localized, t } from './i18n.js';

/**
 * @param controls {theme: select, basemap: checkbox, language: button}
 * @param actions {onTheme(key), onBasemap(on), onLanguage(lang)}
 */
export function createToolbar(controls, { styles, themes, basemapAvailable, actions }) {
  let state = null;
  controls.theme.addEventListener('change', () => actions.onTheme(controls.theme.value));
  controls.basemap.addEventListener('change', () => actions.onBasemap(controls.basemap.checked));
  controls.language.addEventListener('click', () => actions.onLanguage(otherLanguage()));
  controls.basemap.disabled = !basemapAvailable;

  const otherLanguage = () => LANGUAGES.find((lang) => lang !== (state?.lang ?? LANGUAGES[0]));

  return {
    set(next) {
      state = next;
      controls.theme.value = next.theme;
      controls.basemap.checked = basemapAvailable && next.basemap;
    },
    /** Words changed (language): theme titles and the toggle's own label. */
    render() {
      replaceChildren(controls.theme, themes.map((key) => el('option', { value: key }, localized(styles.layers.zones.themes[key].title))));
      controls.theme.value = state.theme;
      const other = otherLanguage();
      // A phone shows the short name ("VI"); the button's name is always the whole "Chuyển sang tiếng Việt".
      replaceChildren(controls.language,
        el('span', { className: 'language__long' }, t(`language.switchTo.${other}`)),
        el('span', { className: 'language__short', attrs: { 'aria-hidden': 'true' } }, t(`language.short.${other}`)));
      controls.language.lang = other;
      controls.language.setAttribute('aria-label', t(`language.switchLabel.${other}`));
      controls.basemap.closest('label').title = basemapAvailable ? '' : t('toolbar.basemapUnavailable');
    },
  };
}
