// The embed code of a widget as the reader sees it: the stylesheet and script lines of the CDN
// bundle, then the tag with its attributes and a fallback paragraph. The same text Storybook's
// embed builder writes (stories/docs/snippet.ts builds on these functions).
import { fallbackText, type FallbackAttribute } from '../data/fallback.js';
import type { Dataset } from '../data/types.js';

/** The package version the snippet pins, so a page never changes under an editor's feet (a test keeps it equal to package.json's). */
export const VERSION = '0.1.0';

export const CDN_BASE = `https://cdn.jsdelivr.net/npm/tip-widgets@${VERSION}/dist/cdn/`;

/** An attribute as it is written: `true` is a boolean attribute (present, no value). */
export type AttributeValue = FallbackAttribute;

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an HTML text node. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `https://…/dist/cdn/` with exactly one trailing slash. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim();
  if (!trimmed) return CDN_BASE;
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}

/** The two lines a page needs once, before any widget. */
export function loaderLines(base?: string): string[] {
  const folder = normalizeBase(base);
  return [
    `<link rel="stylesheet" href="${escapeAttribute(`${folder}tip-widgets.css`)}">`,
    `<script type="module" src="${escapeAttribute(`${folder}tip-widgets.js`)}"></script>`,
  ];
}

/** The tag alone: `<tip-stat-card metric="convictions">fallback</tip-stat-card>`. */
export function tagSnippet(tag: string, attributes: [string, AttributeValue][], fallback: string): string {
  const attrs = attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const text = fallback.trim();
  return text ? `<${tag}${attrs}>\n  ${escapeText(text).replace(/\n/g, '\n  ')}\n</${tag}>` : `<${tag}${attrs}></${tag}>`;
}

export interface SnippetOptions {
  tag: string;
  /** In the order they should be written; empty strings and `false` are left out before this. */
  attributes: [string, AttributeValue][];
  /** Text shown before the script runs, without JavaScript, and beside an error. */
  fallback: string;
  /** Include the stylesheet and script lines (once per page). */
  includeLoader?: boolean;
  /** Folder that holds tip-widgets.js and tip-widgets.css; the pinned jsDelivr folder by default. */
  base?: string;
}

/** The whole snippet: loader lines (optional) and the tag. */
export function embedSnippet({ tag, attributes, fallback, includeLoader = true, base }: SnippetOptions): string {
  const lines: string[] = [];
  if (includeLoader) {
    lines.push(`<!-- tip-widgets ${VERSION}: once per page, in <head> or before the first widget -->`, ...loaderLines(base), '');
    lines.push('<!-- where the widget should appear -->');
  }
  lines.push(tagSnippet(tag, attributes, fallback));
  return lines.join('\n');
}

/**
 * The attributes of `widget` worth copying: only its own (the attributes its class observes, in
 * their order), with `locale` set to the language it speaks (the copy may land on a page in another
 * language) and a relative `src` made absolute. An element's `id`, `class`, `style`, event handlers
 * and `data-*` are the host page's, never copied.
 */
export function widgetAttributes(widget: HTMLElement, locale: string): [string, AttributeValue][] {
  const names = (widget.constructor as { observedAttributes?: string[] }).observedAttributes ?? [];
  const out: [string, AttributeValue][] = [];
  for (const name of names) {
    let value = widget.getAttribute(name);
    if (value === null && name === 'locale' && locale !== 'en') value = locale;
    if (value === null) continue;
    if (name === 'src' && value.trim()) {
      try {
        value = new URL(value.trim(), widget.ownerDocument.baseURI).href;
      } catch {
        /* kept as written: the widget shows its message for it, and so will the copy */
      }
    }
    out.push([name, value === '' && name !== 'src' ? true : value]);
  }
  return out;
}

/** The embed code of `widget` showing `dataset` in `locale`: loader lines, then the tag. */
export function widgetEmbedCode(widget: HTMLElement, dataset: Dataset, locale: string): string {
  const tag = widget.localName;
  const attributes = widgetAttributes(widget, locale);
  return embedSnippet({ tag, attributes, fallback: fallbackText(dataset, tag, attributes) });
}
