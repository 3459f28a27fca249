// Builds the copy-paste embed snippet (stylesheet, script, tag with attributes, fallback text) as plain text.
import pkg from '../../package.json';
import { fallbackText } from '../../src/data/fallback.js';
import { dataset } from './dataset.js';
import { attributesOf } from './manifest.js';

/** The version the snippet pins, so a page never changes under an editor's feet. */
export const VERSION: string = pkg.version;

export const CDN_BASE = `https://cdn.jsdelivr.net/npm/tip-widgets@${VERSION}/dist/cdn/`;

/** Escapes text for a double-quoted HTML attribute value. */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Escapes text for an HTML text node. */
export function escapeText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute as it is written: `true` is a boolean attribute (present, no value). */
export type AttributeValue = string | true;

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
 * Attributes from Storybook args (or form values), in the manifest's order: strings that are
 * not empty, booleans that are true. Anything that is not an attribute of `tag` is ignored.
 */
export function attributesFromArgs(tag: string, args: Record<string, unknown>): [string, AttributeValue][] {
  const known = attributesOf(tag).map((a) => a.name);
  const names = known.length ? known : Object.keys(args).filter((k) => /^[a-z][a-z0-9-]*$/.test(k) && k !== 'fallback');
  const out: [string, AttributeValue][] = [];
  for (const name of names) {
    const value = args[name];
    if (value === true) out.push([name, true]);
    else if (typeof value === 'number' && Number.isFinite(value)) out.push([name, String(value)]);
    else if (typeof value === 'string' && value.trim() !== '') out.push([name, value]);
  }
  return out;
}

/**
 * A sensible fallback for a tag, in English, from the dataset: what a reader without
 * JavaScript (or a search engine, or a feed reader) should still learn. The WordPress plugin's
 * block and shortcodes write the same text (src/data/fallback.ts).
 */
export function defaultFallback(tag: string, attributes: [string, AttributeValue][] = []): string {
  return fallbackText(dataset, tag, attributes);
}

/**
 * The WordPress plugin's shortcode for the same widget: `[tip_stat_card metric="convictions"]`.
 * Booleans are written alone; `src` is left out (the plugin allows it only where the site's
 * setting does); characters a shortcode cannot hold in a value (`"`, `[`, `]`) are dropped.
 */
export function shortcodeSnippet(tag: string, attributes: [string, AttributeValue][]): string {
  const attrs = attributes
    .filter(([name]) => name !== 'src')
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${value.replace(/["[\]]/g, '')}"`))
    .join('');
  return `[${tag.replace(/-/g, '_')}${attrs}]`;
}
