// `tip-widgets/ssr`: renders tip-* tags to HTML in Node (build time), with each widget's shadow root
// as a Declarative Shadow DOM <template>, so the whole figure is in the page before any script runs.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { define } from './define.js';
import { TipHotlineCallout, TipRecommendationList, TipStatCard, TipTierBadge, TipYoyChart } from './index.js';
import { loadDataset, TipElement } from './base/tip-element.js';
import { serverRender, withServerRender, type DataSource, type ServerAnswer, type ServerRequest } from './base/server-render.js';
import { ALL, bundledDataset, DatasetError } from './data/load.js';
import { fallbackText, type FallbackAttribute } from './data/fallback.js';
import { clip } from './data/clip.js';
import { loadLocale } from './i18n/messages.js';
import { matchLocale, type Locale } from './i18n/locale.js';
import type { Dataset } from './data/types.js';

/** The tags this package renders; any other tag in a page is left as it is. */
export const TAGS = ['tip-tier-badge', 'tip-stat-card', 'tip-yoy-chart', 'tip-recommendation-list', 'tip-hotline-callout'] as const;
export type Tag = (typeof TAGS)[number];

// Named, not a bare `import './index.js'`: the build drops an import it believes side-effect free.
const CLASSES: Record<Tag, CustomElementConstructor> = {
  'tip-tier-badge': TipTierBadge,
  'tip-stat-card': TipStatCard,
  'tip-yoy-chart': TipYoyChart,
  'tip-recommendation-list': TipRecommendationList,
  'tip-hotline-callout': TipHotlineCallout,
};
for (const [tag, ctor] of Object.entries(CLASSES)) define(tag, ctor);

/** What the server's half of TipElement reaches (protected members, seen from here). */
interface ServerSide {
  locale?: string;
  lang_: Locale;
  loaded?: Dataset;
  loadError?: DatasetError;
  warnOnce(message: string): void;
  dataSource(): DataSource;
}

/**
 * TipElement's update on the server, installed here so browsers never download it. Lit calls
 * willUpdate (not connectedCallback) before rendering on the server: the locale comes from `locale`
 * or the page's `lang` as the renderer read it (no DOM to walk up), and the dataset is the one the
 * renderer loaded for this element's request (none yet: the loading state).
 */
function serverUpdate(this: ServerSide): void {
  const context = serverRender();
  // resolveLocale's rule (i18n/locale.ts), with the `lang` around the tag as text.
  const own = this.locale === undefined || this.locale === null ? '' : String(this.locale);
  const asked = own.trim() ? own : context?.inheritedLang;
  const locale = asked?.trim() ? (matchLocale(asked) ?? 'en') : 'en';
  if (asked?.trim() && !matchLocale(asked)) this.warnOnce(`unsupported locale “${clip(asked)}”; showing English. Supported: en, sr-Latn, sr (Cyrillic).`);
  this.lang_ = locale;
  const answer = context?.answer({ ...this.dataSource(), lang: locale });
  this.loaded = answer?.dataset;
  this.loadError = answer?.error;
}
(TipElement.prototype as unknown as { willUpdate: typeof serverUpdate }).willUpdate = serverUpdate;

/** An attribute value: text, `true` for a boolean attribute, `false`/`null`/`undefined` to leave it out. */
export type AttributeValue = string | number | boolean | null | undefined;

export interface RenderOptions {
  /**
   * A dataset for every widget without its own `src`, instead of the bundled report: an object, or
   * the path of a JSON file. It is validated as in the browser (an invalid one renders the message).
   * A page that also loads the client script must give the widgets the same data there (`src`),
   * or they hydrate with the bundled report's texts under the server's.
   */
  dataset?: unknown;
  /** The page's address, against which relative `src` addresses are resolved (fetched over http(s)). */
  baseUrl?: string;
  /** The page's language, for a tag with no `locale` and no `lang` around it in the HTML given. */
  lang?: string;
}

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const NAME = /^[a-z][a-z0-9-]*$/;

/**
 * Extra styles for server-rendered shadow roots, per tag. A chart read without JavaScript (no canvas
 * will come, its buttons cannot work) shows its table in their place. Here, not in the element's
 * styles: only server-rendered pages can be read without script, so browsers that render the
 * widgets themselves never download it. `(scripting: none)` never matches while a script runs, so
 * nothing moves when the chart takes over.
 */
const SERVER_STYLES: Partial<Record<Tag, string>> = {
  'tip-yoy-chart':
    '@media (scripting:none){[part~=chart],.actions{display:none}.table-wrap.visually-hidden{position:static!important;inline-size:auto!important;block-size:auto!important;overflow:visible!important;clip-path:none!important;white-space:normal!important}}',
};

/** An attribute value as HTML attribute text (the value is the page's or the caller's: never markup). */
function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isTag(tag: string): tag is Tag {
  return (TAGS as readonly string[]).includes(tag);
}

/** `[name, value]` pairs as the start tag writes them; names that are not attribute names are dropped. */
function attributeList(attributes: Record<string, AttributeValue> | [string, string][]): [string, FallbackAttribute][] {
  const entries = Array.isArray(attributes) ? attributes : Object.entries(attributes);
  const list: [string, FallbackAttribute][] = [];
  for (const [rawName, value] of entries) {
    const name = rawName.toLowerCase();
    if (!NAME.test(name)) {
      console.warn(`[tip-widgets/ssr] left out the attribute “${clip(rawName)}”: not an attribute name.`);
      continue;
    }
    if (value === false || value === null || value === undefined) continue;
    list.push([name, value === true ? true : String(value)]);
  }
  return list;
}

function startTag(tag: Tag, attributes: [string, FallbackAttribute][]): string {
  const text = attributes.map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`)).join(' ');
  return `<${tag}${text ? ` ${text}` : ''}>`;
}

/** The dataset given in the options, read and parsed once per render call. */
async function givenDataset(options: RenderOptions): Promise<{ data: unknown } | undefined> {
  const { dataset } = options;
  if (dataset === undefined || dataset === null) return undefined;
  if (typeof dataset !== 'string') return { data: dataset };
  // A file path. node:fs by a computed name: this module is typed against the DOM, like the elements.
  const fsName = 'node:fs/promises';
  const fs = (await import(/* @vite-ignore */ fsName)) as { readFile(path: string, encoding: 'utf8'): Promise<string> };
  try {
    return { data: JSON.parse(await fs.readFile(dataset, 'utf8')) as unknown };
  } catch (error) {
    // Rendered as the widgets' own "could not be loaded" message, never thrown out of a build.
    const reason = error instanceof SyntaxError ? 'not valid JSON' : error instanceof Error ? error.message : String(error);
    return { data: new DatasetError(error instanceof SyntaxError ? 'invalid' : 'load', clip(dataset, 80), clip(reason, 160)) };
  }
}

/** One widget's shadow root as a Declarative Shadow DOM template (the start tag and light DOM are the caller's). */
async function renderShadow(
  tag: Tag,
  attributes: [string, FallbackAttribute][],
  inheritedLang: string | undefined,
  options: RenderOptions,
  given: { data: unknown } | undefined,
): Promise<string> {
  const template = staticHtml`${unsafeStatic(startTag(tag, attributes))}</${unsafeStatic(tag)}>`;
  const answers = new Map<string, ServerAnswer>();
  const keyOf = (request: ServerRequest) =>
    JSON.stringify([request.bundled && !given, request.bundled ? request.needs : null, request.src ?? null, request.lang]);
  const requests: ServerRequest[] = [];
  const pass = () =>
    withServerRender(
      {
        inheritedLang,
        answer(request) {
          requests.push(request);
          return answers.get(keyOf(request));
        },
      },
      () => collectResultSync(render(template)),
    );
  // First pass: the element says what it would load (from its attributes); then that is loaded
  // exactly as the browser loads it; the second pass renders with it.
  pass();
  for (const request of requests) {
    const key = keyOf(request);
    if (answers.has(key)) continue;
    await loadLocale(request.lang);
    let source: Parameters<typeof loadDataset>[0] = request;
    if (request.bundled && given) source = { bundled: false, needs: ALL, data: given.data };
    let answer: ServerAnswer;
    if (source.data instanceof DatasetError) answer = { error: source.data };
    else {
      answer = await loadDataset(source, request.lang, options.baseUrl).then(
        (dataset) => ({ dataset }),
        (error: DatasetError) => ({ error }),
      );
    }
    answers.set(key, answer);
  }
  const out = pass();
  const start = out.indexOf('<template shadowroot');
  const end = out.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) throw new Error(`no shadow root in the rendering of <${tag}>`);
  const shadow = out.slice(start, end);
  const extra = SERVER_STYLES[tag];
  return extra ? shadow.replace('</style>', `${extra}</style>`) : shadow;
}

let englishReport: Promise<Parameters<typeof fallbackText>[0]> | undefined;

/**
 * One widget as HTML: its tag with `attributes`, its shadow root (styles included) as a
 * `<template shadowrootmode="open">`, and a fallback paragraph for readers whose browser ignores
 * declarative shadow roots (feed readers, some e-mail). A bad attribute value or dataset renders
 * the widget's readable message, as in a browser; only a tag that is not one of {@link TAGS} rejects.
 *
 * ```js
 * await renderWidget('tip-stat-card', { metric: 'convictions', locale: 'sr' })
 * ```
 */
export async function renderWidget(tag: string, attributes: Record<string, AttributeValue> = {}, options: RenderOptions = {}): Promise<string> {
  if (!isTag(tag)) throw new TypeError(`tip-widgets/ssr: unknown tag “${clip(String(tag))}”. Tags: ${TAGS.join(', ')}.`);
  const list = attributeList(attributes);
  const given = await givenDataset(options);
  const shadow = await safeShadow(tag, list, options.lang, options, given);
  englishReport ??= bundledDataset(ALL);
  const fallback = fallbackText(await englishReport, tag, list);
  return `${startTag(tag, list)}${shadow}<p>${escapeText(fallback)}</p></${tag}>`;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** renderShadow, which never rejects: an unexpected failure leaves the tag as it was (its fallback shows). */
async function safeShadow(...args: Parameters<typeof renderShadow>): Promise<string> {
  try {
    return await renderShadow(...args);
  } catch (error) {
    console.warn(`[tip-widgets/ssr] <${args[0]}> was left unrendered: ${clip(error instanceof Error ? error.message : String(error), 160)}`);
    return '';
  }
}

function attr(element: Element, name: string): string | undefined {
  return element.attrs.find((a) => a.name === name)?.value;
}

/** The nearest `lang` at or above `element` in the parsed HTML, else `fallback`. */
function langAround(element: Element, fallback: string | undefined): string | undefined {
  for (let node: Node | null = element; node && 'tagName' in node; node = node.parentNode as Node | null) {
    const lang = attr(node, 'lang');
    if (lang !== undefined) return lang;
  }
  return fallback;
}

/** Every outermost tip-* element of the tree that has no declarative shadow root yet. */
function tipElements(node: Node, found: Element[] = []): Element[] {
  for (const child of 'childNodes' in node ? node.childNodes : []) {
    if (!('tagName' in child)) continue;
    if (isTag(child.tagName)) {
      const rendered = child.childNodes.some((c) => 'tagName' in c && c.tagName === 'template' && attr(c, 'shadowrootmode') !== undefined);
      if (!rendered) found.push(child);
      continue;
    }
    // <template> content is a separate tree in parse5 (`content`), so widgets inside one stay as written.
    tipElements(child, found);
  }
  return found;
}

/**
 * An HTML page or fragment with every `tip-*` tag's shadow root rendered in place. Everything else
 * in `html` is kept byte for byte: the start tags keep their attributes and the fallback paragraphs
 * stay inside as the light DOM. A tag that already has a declarative shadow root is left alone, so
 * rendering a page twice changes nothing. A tag's language is its `locale`, else the nearest `lang`
 * around it in `html`, else `options.lang`.
 */
export async function renderHtml(html: string, options: RenderOptions = {}): Promise<string> {
  const whole = /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype|<html)/i.test(html);
  const tree = whole ? parse(html, { sourceCodeLocationInfo: true }) : parseFragment(html, { sourceCodeLocationInfo: true });
  const given = await givenDataset(options);
  const inserts: [number, string][] = [];
  for (const element of tipElements(tree)) {
    const location = element.sourceCodeLocation?.startTag;
    if (!location) continue; // an element the parser made up, not written in the page
    const tag = element.tagName as Tag;
    const shadow = await safeShadow(tag, attributeList(element.attrs.map((a): [string, string] => [a.name, a.value])), langAround(element, options.lang), options, given);
    inserts.push([location.endOffset, shadow]);
  }
  let out = '';
  let at = 0;
  for (const [offset, text] of inserts) {
    out += html.slice(at, offset) + text;
    at = offset;
  }
  return out + html.slice(at);
}
