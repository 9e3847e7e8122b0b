// Builds DOM nodes from data without ever parsing it as HTML: text goes in as text nodes.

/**
 * el('a', {href, className: 'x', attrs: {'aria-label': '…'}, on: {click}}, 'text', child, …)
 * Properties are set as DOM properties; `attrs` as attributes; `dataset` as data-*.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  const { attrs, dataset, on, ...properties } = props ?? {};
  Object.assign(node, properties);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  Object.assign(node.dataset, dataset ?? {});
  for (const [type, listener] of Object.entries(on ?? {})) node.addEventListener(type, listener);
  append(node, children);
  return node;
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : String(child));
  }
  return parent;
}

export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** An http(s) URL from data, or null: a link must never run script (javascript:, data:). */
export function safeHttpUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** A colour swatch whose colour comes from the style document; hatched and dashed as illustrative data is drawn. */
export function swatch(color, { hatch = false, dashed = false, shape = 'square' } = {}) {
  const variants = [`swatch--${shape}`, hatch ? 'swatch--hatch' : null, dashed ? 'swatch--dashed' : null];
  const node = el('span', { className: ['swatch', ...variants].filter(Boolean).join(' '), attrs: { 'aria-hidden': 'true' } });
  node.style.setProperty('--swatch-color', color);
  return node;
}
