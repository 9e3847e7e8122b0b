// What a zone's figure stands on, in words: how it was obtained, the date it describes and the documents
// behind it ("theo báo cáo 31/12/2021, nguồn: …"), from the zone's figureSources.
import { formatDate } from './format.js';
import { has, t, tParts } from './i18n.js';
import { citation } from './sources.js';

function citedOnce(ids, cited) {
  const full = citation(ids);
  if (!full || !cited) return full;
  const key = [...new Set(ids)].join('\u0000');
  if (cited.has(key)) return t('figureSource.asAbove');
  cited.add(key);
  return full;
}

/** The source of the first of these figures that has one: {basis, asOf, sourceIds}, or null. */
export function sourceOf(p, names) {
  const name = names.find((candidate) => p.figureSources?.[candidate]);
  return name ? p.figureSources[name] : null;
}

/**
 * "theo báo cáo 31/12/2021, nguồn: …" as text and links; with cite false, without the documents. Null when
 * nothing is known.
 * @param cited the document lists already cited in full on the page: a list cited again reads "as above"
 */
export function describeSource(source, { cite = true, cited = null } = {}) {
  if (!source || !has(`figureSource.${source.basis}`)) return null;
  const date = source.asOf ? formatDate(source.asOf) : t('figureSource.undated');
  const sources = cite ? citedOnce(source.sourceIds, cited) : null;
  return tParts(`figureSource.${source.basis}${sources ? 'Cited' : ''}`, { date, sources });
}
