// The documents the registry cites (/api/sources), so that a zone's "Source" names the plans and articles
// its facts come from, each a link that opens the document, rather than the registry's own provenance note.
import { el, safeHttpUrl } from './dom.js';
import { formatDate } from './format.js';
import { t } from './i18n.js';

let byId = new Map();

/** Loads the source documents once, at start. */
export function rememberSources(documents) {
  byId = new Map(documents.map((document) => [document.id, document]));
}

/** "title (issuer, date)"; a page that gives no title reads as its issuer and date, never as a slug of its address. */
export function sourceLabel(document) {
  const issued = /^\d{4}-\d{2}-\d{2}$/.test(document.issued ?? '') ? formatDate(document.issued) : document.issued;
  const issuer = document.issuer && !(document.title ?? '').includes(document.issuer) ? document.issuer : null;
  const about = [issuer, issued].filter(Boolean).join(', ');
  if (!document.title) return about;
  return about ? `${document.title} (${about})` : document.title;
}

/** A document as a link opening in a new tab; one without an address says it has none. */
export function sourceLink(document) {
  const href = safeHttpUrl(document.url);
  const label = sourceLabel(document);
  return href ? el('a', { href, target: '_blank', rel: 'noopener', className: 'source-link' }, label)
    : el('span', { className: 'source-link source-link--none' }, `${label} ${t('source.noLink')}`);
}

/** The document with this id, or null. */
export function sourceById(id) {
  return byId.get(id) ?? null;
}

/** The documents behind a list of source ids, each once, as links separated by "; "; null when none is known. */
export function citation(ids) {
  const documents = [...new Set(ids ?? [])].map(sourceById).filter(Boolean);
  return documents.length ? documents.flatMap((document, i) => [i ? '; ' : null, sourceLink(document)]) : null;
}
