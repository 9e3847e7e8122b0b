// Whom an investor calls about a zone (/api/contacts): its developer, the provincial board or department, as a
// source names it, with that source as a link. Phone, email and website only where a source gives them.
import { el, safeHttpUrl } from './dom.js';
import { currentLanguage, t } from './i18n.js';
import { sourceById, sourceLink } from './sources.js';

let byId = new Map();

/** Loads the contacts once, at start. */
export function rememberContacts(contacts) {
  byId = new Map(contacts.map((contact) => [contact.id, contact]));
}

function name(contact) {
  return currentLanguage() === 'en' && contact.nameEn ? contact.nameEn : contact.nameVi;
}

function reach(contact) {
  const href = safeHttpUrl(contact.url);
  const ways = [
    contact.phone ? el('a', { href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }, contact.phone) : null,
    contact.email ? el('a', { href: `mailto:${contact.email}` }, contact.email) : null,
    href ? el('a', { href, target: '_blank', rel: 'noopener' }, contact.url) : null,
    contact.address,
  ].filter(Boolean);
  const listed = ways.length ? ways.flatMap((way, i) => [i ? ' · ' : null, way]) : [];
  return contact.phone ? listed : [...listed, listed.length ? ' · ' : null, t('contact.noPhone')];
}

/**
 * A zone's contact: the public contact on the list, with what reaches it and its source, then what staff typed
 * in `contact` (the server leaves that out for the public when it is internal). Says plainly when none is known.
 */
export function contactContent(p) {
  const contact = byId.get(p.contactId);
  const typed = p.contact ? el('span', { className: 'contact__typed' }, p.contact) : null;
  if (!contact) return typed ?? t('contact.unknown');
  const source = sourceById(contact.sourceId);
  return el('span', { className: 'contact' },
    el('strong', { className: 'contact__name' }, name(contact)),
    el('span', { className: 'contact__reach' }, ' — ', reach(contact)),
    typed ? [el('br'), typed] : null,
    source ? el('small', { className: 'figure-source' }, `${t('contact.source')} `, sourceLink(source)) : null);
}
