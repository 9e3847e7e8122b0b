// The header's controls: the colouring theme, the base map switch and the language toggle.
import { el, replaceChildren } from './dom.js';
import { localized, t } from './i18n.js';
import { createLanguageButton } from './language-button.js';

/**
 * @param controls {theme: select, basemap: checkbox, language: button}
 * @param actions {onTheme(key), onBasemap(on), onLanguage(lang)}
 */
export function createToolbar(controls, { styles, themes, basemapAvailable, actions }) {
  let state = null;
  controls.theme.addEventListener('change', () => actions.onTheme(controls.theme.value));
  controls.basemap.addEventListener('change', () => actions.onBasemap(controls.basemap.checked));
  const language = createLanguageButton(controls.language, actions.onLanguage);
  controls.basemap.disabled = !basemapAvailable;

  return {
    set(next) {
      state = next;
      language.set(next.lang);
      controls.theme.value = next.theme;
      controls.basemap.checked = basemapAvailable && next.basemap;
    },
    /** Words changed (language): theme titles and the toggle's own label. */
    render() {
      replaceChildren(controls.theme, themes.map((key) => el('option', { value: key }, localized(styles.layers.zones.themes[key].title))));
      controls.theme.value = state.theme;
      language.render();
      controls.basemap.closest('label').title = basemapAvailable ? '' : t('toolbar.basemapUnavailable');
    },
  };
}
