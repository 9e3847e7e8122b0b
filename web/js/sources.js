// The documents the registry cites (/api/sources), so that a zone's "Source" names the plans and articles
// its facts come from rather than the registry's own provenance note.

let byId = new Map();

/** Loads the source documents once, at start. */
export function rememberSources(documents) {
  byId = new Map(documents.map((document) => [document.id, document]));
}

/** The documents behind a list of source ids, as "title (issuer, issued)"; null when none is known. */
export function citation(ids) {
  const cited = (ids ?? []).map((id) => byId.get(id)).filter(Boolean).map(describe);
  return cited.length ? cited.join('; ') : null;
}

function describe(document) {
  const issuer = document.issuer && !document.title.includes(document.issuer) ? document.issuer : null;
  const about = [issuer, document.issued].filter(Boolean).join(', ');
  return about ? `${document.title} (${about})` : document.title;
}
