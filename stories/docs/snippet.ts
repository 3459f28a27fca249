// Builds the copy-paste embed snippet (stylesheet, script, tag with attributes, fallback text) as plain text.
import { fallbackText } from '../../src/data/fallback.js';
import { dataset } from './dataset.js';
import { attributesOf } from './manifest.js';

// The snippet itself is built by the library's own functions, which the Share control's "Copy
// embed code" uses too (src/share/embed.ts), so the builder and a widget's copy never differ.
export { CDN_BASE, embedSnippet, escapeAttribute, escapeText, loaderLines, normalizeBase, tagSnippet, VERSION } from '../../src/share/embed.js';
export type { AttributeValue, SnippetOptions } from '../../src/share/embed.js';
import type { AttributeValue } from '../../src/share/embed.js';

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
