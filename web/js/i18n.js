// The UI's words: every string comes from web/i18n/<language>.json.

export const LANGUAGES = ['vi', 'en'];
const DEFAULT_LANGUAGE = 'vi';

let language = DEFAULT_LANGUAGE;
let dictionary = {};
const loaded = new Map();

export async function loadLanguage(lang) {
  const wanted = LANGUAGES.includes(lang) ? lang : DEFAULT_LANGUAGE;
  if (!loaded.has(wanted)) {
    const response = await fetch(`/i18n/${wanted}.json`);
    if (!response.ok) throw new Error(`/i18n/${wanted}.json: HTTP ${response.status}`);
    loaded.set(wanted, await response.json());
  }
  language = wanted;
  dictionary = loaded.get(wanted);
  document.documentElement.lang = wanted;
}

export function currentLanguage() {
  return language;
}

export function locale() {
  return dictionary.meta?.locale ?? language;
}

/** The text for a dotted key, with {name} placeholders filled; the key itself when missing, so gaps show. */
export function t(key, values = {}) {
  const text = lookup(key);
  if (typeof text !== 'string') return key;
  return text.replace(/\{(\w+)\}/g, (match, name) => (name in values ? String(values[name]) : match));
}

/** Like t, but a value may be DOM nodes (links): the text and the nodes, in order, for dom.js's append. */
export function tParts(key, values = {}) {
  const text = lookup(key);
  if (typeof text !== 'string') return [key];
  return text.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name && name in values ? values[name] : part;
  }).filter((part) => part !== '');
}

/** A text that depends on a count, from the key's plural forms ("one", "other"…) as Intl.PluralRules names them. */
export function tn(key, count, values = {}) {
  const form = new Intl.PluralRules(locale()).select(count);
  return t(has(`${key}.${form}`) ? `${key}.${form}` : `${key}.other`, values);
}

/** True when the dictionary has a text for the key. */
export function has(key) {
  return typeof lookup(key) === 'string';
}

const lookup = (key) => key.split('.').reduce((node, part) => node?.[part], dictionary);

/** Picks the current language from a {vi, en} object, as the style document gives its labels. */
export function localized(text) {
  if (!text) return '';
  return text[language] ?? text[DEFAULT_LANGUAGE] ?? '';
}

/**
 * Translates static markup: data-i18n="key" sets the text (the page's <title> too), data-i18n-attr=
 * "aria-label:key;title:key" sets attributes.
 */
export function translatePage(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((node) => {
    node.textContent = t(node.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-attr]').forEach((node) => {
    for (const pair of node.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      node.setAttribute(attribute, t(key));
    }
  });
}
