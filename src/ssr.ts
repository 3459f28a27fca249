// `tip-widgets/ssr`: renders tip-* tags to HTML in Node (build time), with each widget's shadow root
// as a Declarative Shadow DOM <template>, so the whole figure is in the page before any script runs.
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { define } from './define.js';
import { loadDataset, renderOnServer } from './base/tip-element.js';
import { serverRender, withServerRender, type ServerAnswer, type ServerRequest } from './base/server-render.js';
import { ALL, bundledDataset, DatasetError } from './data/load.js';
import { fallbackText, type FallbackAttribute } from './data/fallback.js';
import { clip } from './data/clip.js';
import { loadLocale, msg } from './i18n/messages.js';
import { matchLocale, type Locale } from './i18n/locale.js';
import { figure, messageFigure, useChartSeries, FIGURE_SIZES, type Figure, type FigureSize } from './figure/figure.js';
import { DEFAULT_PRESET, PRESET_NAMES, parseMetrics, selectSeries } from './components/yoy-chart/series.js';
import { addFigureMessages } from './figure/messages.js';
import { escapeXml } from './figure/svg.js';
import { svgToPng, writeImage } from './ssr/image.js';
import { scanTags, type FoundTag } from './ssr/scan.js';
import { CACHE, checkPolicy, fetchJson, type FetchPolicy } from './ssr/fetch.js';

// generated: elements (npm run gen:elements)
import { TipHotlineCallout, TipRecommendationList, TipStatCard, TipTierBadge, TipYoyChart } from './index.js';

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
// end generated: elements

// Figures drawn without rendering a widget (renderImage, the CLI's image) still speak every element's words.
addFigureMessages();
useChartSeries({ DEFAULT_PRESET, PRESET_NAMES, parseMetrics, selectSeries });
for (const [tag, ctor] of Object.entries(CLASSES)) define(tag, ctor);

// Every widget updates from the render in progress (TipElement's server branch): browsers never
// install it, so they carry none of it.
renderOnServer(serverRender);

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
  /**
   * Origins (`https://data.example.org`) that a tag's `src` may be fetched from while rendering.
   * None by default: a tag with `src` then renders the widget's "could not be loaded" message, and
   * the browser loads it. Even from these origins, no loopback, link-local, private or unspecified
   * address is reached unless {@link allowAddresses} names it; redirects go to these origins only.
   */
  fetchOrigins?: string[];
  /** Addresses or CIDR ranges (`127.0.0.1`, `10.0.0.0/24`) that `fetchOrigins` may resolve to although not public. */
  allowAddresses?: string[];
  /** The page's address, against which relative `src` addresses are resolved (then fetched only from `fetchOrigins`). */
  baseUrl?: string;
  /** The page's language, for a tag with no `locale` and no `lang` around it in the HTML given. */
  lang?: string;
  /** Most tags one `renderHtml` renders (default 200); the rest keep their fallback text, with a warning. */
  maxTags?: number;
  /** Most bytes of HTML one render may add to the page (default 5,000,000); the rest as above. */
  maxRenderedBytes?: number;
  /** Milliseconds one render may take (default 30,000); tags not rendered by then as above, fetches abandoned. */
  timeLimitMs?: number;
  /** Fetches in progress at once (default 4). */
  concurrency?: number;
}

/**
 * The cache of datasets fetched for `src` (see {@link RenderOptions.fetchOrigins}): at most
 * `maxEntries`, each kept `ttlMs`. Shared by the renders of this process; a builder may change
 * both, before rendering.
 */
export const FETCH_CACHE: { maxEntries: number; ttlMs: number } = CACHE;

/** The defaults of the limits in {@link RenderOptions}. Documented in the README. */
export const RENDER_LIMITS = { maxTags: 200, maxRenderedBytes: 5_000_000, timeLimitMs: 30_000, concurrency: 4 } as const;

/** One render's settings, checked once. */
interface Run {
  options: RenderOptions;
  limits: Record<keyof typeof RENDER_LIMITS, number>;
  given: { data: unknown } | undefined;
  policy: FetchPolicy;
  deadline: number;
}

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

/** Where the build's own messages go: stderr, never the page. */
function warn(message: string): void {
  console.warn(`[tip-widgets/ssr] ${message}`);
}

/** What the page says for any `src` or dataset the server could not use; the details go to stderr. */
const NOT_LOADED = 'on the server';

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
    // The path and the system's reason are the builder's to read (stderr); a published page shows
    // the widgets' plain "could not be loaded" message, never thrown out of a build.
    const reason = error instanceof SyntaxError ? 'not valid JSON' : error instanceof Error ? error.message : String(error);
    warn(`the dataset ${dataset} could not be read (${reason}); the widgets without src say so.`);
    return { data: new DatasetError('load', 'the dataset', NOT_LOADED) };
  }
}

/** The checked settings of one render (a builder's mistake in them throws a TypeError at once). */
async function prepare(options: RenderOptions): Promise<Run> {
  const policy = checkPolicy(options.fetchOrigins, options.allowAddresses);
  const limit = (name: keyof typeof RENDER_LIMITS): number => {
    const value = options[name];
    if (value === undefined) return RENDER_LIMITS[name];
    if (typeof value !== 'number' || !(value >= 1)) throw new TypeError(`tip-widgets/ssr: ${name} must be a number of at least 1.`);
    return value;
  };
  const limits = { maxTags: limit('maxTags'), maxRenderedBytes: limit('maxRenderedBytes'), timeLimitMs: limit('timeLimitMs'), concurrency: limit('concurrency') };
  return { options, limits, given: await givenDataset(options), policy, deadline: Date.now() + limits.timeLimitMs };
}

/**
 * The dataset of a tag's `src`, fetched only as the run's policy allows. Every failure renders the
 * same plain message; what happened is written to stderr for the builder.
 */
async function srcDataset(src: string, lang: Locale, needs: ServerRequest['needs'], run: Run): Promise<ServerAnswer> {
  const file = clip(src.trim(), 80);
  const fail = (why: string): ServerAnswer => {
    warn(`src “${file}” was not loaded: ${why}.`);
    return { error: new DatasetError('load', file, NOT_LOADED) };
  };
  let url: URL;
  try {
    url = new URL(src.trim(), run.options.baseUrl);
  } catch {
    return fail(run.options.baseUrl ? 'not a valid address' : 'a relative address and no baseUrl');
  }
  if (!run.policy.origins.length) return fail('fetching is off (no fetchOrigins given)');
  let json: unknown;
  try {
    json = await fetchJson(url, run.policy, run.deadline);
  } catch (error) {
    return fail(error instanceof Error ? clip(error.message, 200) : 'unknown error');
  }
  try {
    return { dataset: await loadDataset({ bundled: false, needs, data: json }, lang) };
  } catch (error) {
    return fail(error instanceof DatasetError ? `invalid: ${error.reason}` : 'invalid');
  }
}

/** One widget's shadow root as a Declarative Shadow DOM template (the start tag and light DOM are the caller's). */
async function renderShadow(tag: Tag, attributes: [string, FallbackAttribute][], inheritedLang: string | undefined, run: Run): Promise<string> {
  const { given } = run;
  // Only the attributes the element reads: the page's own (any number of them, `class`, `data-*`)
  // stay in the page as written, and never reach Lit's server renderer, which is not linear in them.
  const observed = new Set((CLASSES[tag] as unknown as { observedAttributes: string[] }).observedAttributes);
  const own = attributes.filter(([name]) => observed.has(name));
  const template = staticHtml`${unsafeStatic(startTag(tag, own))}</${unsafeStatic(tag)}>`;
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
  // exactly as the browser loads it (a `src` only as the builder allowed); the second pass renders with it.
  pass();
  for (const request of requests) {
    const key = keyOf(request);
    if (answers.has(key)) continue;
    await loadLocale(request.lang);
    let answer: ServerAnswer;
    if (request.bundled && given) {
      answer =
        given.data instanceof DatasetError
          ? { error: given.data }
          : await loadDataset({ bundled: false, needs: ALL, data: given.data }, request.lang).then(
              (dataset) => ({ dataset }),
              (error: DatasetError) => ({ error }),
            );
    } else if (!request.bundled && request.data == null && typeof request.src === 'string') {
      answer = await srcDataset(request.src, request.lang, request.needs, run);
    } else {
      answer = await loadDataset(request, request.lang).then(
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
  // Lit ends a template that ends in an expression with `<?>`, a bogus comment: a parse error under
  // the HTML standard. `<!--?-->` is the same comment node, written without the error. Only Lit's
  // markup can hold `<?>` here: every page and dataset string is escaped text.
  // Lit also writes `shadowroot="open"`, the attribute of Chromium before 111 (2023), which the
  // standard does not have: a validator's error. Browsers that old show the fallback text instead.
  const shadow = out
    .slice(start, end)
    .replace('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">')
    .replaceAll('<?>', '<!--?-->');
  const extra = SERVER_STYLES[tag];
  return extra ? shadow.replace('</style>', `${extra}</style>`) : shadow;
}

let englishReport: Promise<Parameters<typeof fallbackText>[0]> | undefined;

/**
 * One widget as HTML: its tag with `attributes`, its shadow root (styles included) as a
 * `<template shadowrootmode="open">`, and a fallback paragraph for readers whose browser ignores
 * declarative shadow roots (feed readers, some e-mail). A bad attribute value or dataset renders
 * the widget's readable message, as in a browser; only a tag that is not one of {@link TAGS}, or a
 * bad option (a builder's mistake), rejects.
 *
 * ```js
 * await renderWidget('tip-stat-card', { metric: 'convictions', locale: 'sr' })
 * ```
 */
export async function renderWidget(tag: string, attributes: Record<string, AttributeValue> = {}, options: RenderOptions = {}): Promise<string> {
  if (!isTag(tag)) throw new TypeError(`tip-widgets/ssr: unknown tag “${clip(String(tag))}”. Tags: ${TAGS.join(', ')}.`);
  const list = attributeList(attributes);
  const run = await prepare(options);
  const shadow = await safeShadow(tag, list, options.lang, run);
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
    warn(`<${args[0]}> was left unrendered: ${clip(error instanceof Error ? error.message : String(error), 160)}`);
    return '';
  }
}

/**
 * An HTML page or fragment with every `tip-*` tag's shadow root rendered in place. Everything else
 * in `html` is kept byte for byte: the start tags keep their attributes and the fallback paragraphs
 * stay inside as the light DOM. A tag that already has a declarative shadow root is left alone, so
 * rendering a page twice changes nothing; so is a tag inside <template>, inside another widget, or
 * inside <svg> or <math> (with a warning: a shadow root cannot be declared there). A tag's language
 * is its `locale`, else the nearest `lang` around it in `html`, else `options.lang`.
 *
 * Time is linear in the length of `html` (tokens, not the standard's tree: see ./ssr/scan.ts), and
 * bounded by the limits of {@link RenderOptions}: tags past `maxTags`, `maxRenderedBytes` or
 * `timeLimitMs` keep their fallback text, and the render says so on stderr.
 */
export async function renderHtml(html: string, options: RenderOptions = {}): Promise<string> {
  const run = await prepare(options);
  const page = String(html);
  const found: FoundTag[] = [];
  for (const tag of await scanTags(page, isTag)) {
    if (tag.rendered) continue;
    if (tag.foreign) warn(`<${tag.tag}> inside <svg> or <math> was left as written: a shadow root cannot be declared there.`);
    else found.push(tag);
  }
  const { maxTags, maxRenderedBytes, concurrency, timeLimitMs } = run.limits;
  if (found.length > maxTags) warn(`the page has ${found.length} tags to render; the first ${maxTags} (maxTags) were rendered, the rest keep their fallback text.`);
  const todo = found.slice(0, maxTags);
  const shadows: string[] = new Array<string>(todo.length).fill('');
  const utf8 = new TextEncoder();
  let next = 0;
  let late = 0;
  // Bytes rendered so far, in any order: once past the limit no further tag is started (the page
  // below keeps the exact prefix of tags that fits).
  let rendered = 0;
  // A few at a time: a slow `src` does not hold up the others, and the deadline stops the rest.
  const worker = async () => {
    while (next < todo.length && rendered <= maxRenderedBytes) {
      const i = next++;
      if (Date.now() >= run.deadline) {
        late++;
        continue;
      }
      const tag = todo[i]!;
      shadows[i] = await safeShadow(tag.tag as Tag, attributeList(tag.attrs), tag.lang ?? options.lang, run);
      rendered += utf8.encode(shadows[i]).byteLength;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, todo.length) }, worker));
  if (late) warn(`${late} tags were not rendered within timeLimitMs (${timeLimitMs} ms); they keep their fallback text.`);
  let out = '';
  let at = 0;
  let added = 0;
  for (let i = 0; i < todo.length; i++) {
    const shadow = shadows[i]!;
    const bytes = utf8.encode(shadow).byteLength;
    if (added + bytes > maxRenderedBytes) {
      warn(`rendering stopped at tag ${i + 1} of ${todo.length}: the next would pass maxRenderedBytes (${maxRenderedBytes}); the rest keep their fallback text.`);
      break;
    }
    added += bytes;
    out += page.slice(at, todo[i]!.endOffset) + shadow;
    at = todo[i]!.endOffset;
  }
  return out + page.slice(at);
}

// ---------------------------------------------------------------- images and static figures

/** How {@link renderImage} draws a figure. */
export interface ImageOptions extends RenderOptions {
  /** `widget` (the widget's own size, the default), `1200x675`, `1080x1080` or `1200x630`. */
  size?: FigureSize;
  /** `png` (default) or `svg`. */
  format?: 'svg' | 'png';
  /** `light` or `dark`; default: the tag's own `theme` when it is one of them, else `light`. */
  theme?: 'light' | 'dark';
}

/** A figure as an image: PNG bytes or SVG text, its alt text and size in pixels. */
export interface RenderedImage {
  data: Buffer | string;
  alt: string;
  width: number;
  height: number;
}

function checkImageOptions(options: ImageOptions): void {
  if (options.size !== undefined && !FIGURE_SIZES.includes(options.size)) throw new TypeError(`tip-widgets/ssr: size must be one of ${FIGURE_SIZES.join(', ')}.`);
  if (options.format !== undefined && options.format !== 'png' && options.format !== 'svg') throw new TypeError('tip-widgets/ssr: format must be png or svg.');
  if (options.theme !== undefined && options.theme !== 'light' && options.theme !== 'dark') throw new TypeError('tip-widgets/ssr: theme must be light or dark.');
}

/**
 * The figure of one tag: its locale (its `locale`, else `inheritedLang`, else English), its data
 * (its `src` as the run's policy allows, else the dataset given, else the bundled report), drawn by
 * the shared template (src/figure/). A bad value gives a figure that says so, and a warning here.
 */
async function figureOf(tag: Tag, attributes: [string, FallbackAttribute][], inheritedLang: string | undefined, run: Run, options: ImageOptions): Promise<Figure> {
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of attributes) attrs[name] = value === true ? '' : value;
  const asked = attrs.locale?.trim() ? attrs.locale : inheritedLang;
  const locale = matchLocale(asked) ?? 'en';
  if (asked?.trim() && !matchLocale(asked)) warn(`<${tag}>: the locale “${clip(asked)}” is not supported; the figure is in English.`);
  await loadLocale(locale);
  const own = attrs.theme?.trim();
  const theme = options.theme ?? (own === 'dark' ? 'dark' : 'light');
  const size = options.size ?? 'widget';
  let answer: ServerAnswer;
  if (typeof attrs.src === 'string' && attrs.src.trim()) answer = await srcDataset(attrs.src, locale, ALL, run);
  else {
    const data = run.given?.data;
    answer =
      data instanceof DatasetError
        ? { error: data }
        : await loadDataset(run.given ? { bundled: false, needs: ALL, data } : { bundled: true, needs: ALL }, locale).then(
            (dataset) => ({ dataset }),
            (error: DatasetError) => ({ error }),
          );
  }
  if (!answer.dataset) {
    const error = answer.error ?? new DatasetError('load', 'the dataset', NOT_LOADED);
    const message = msg(locale, error.kind === 'load' ? 'error.load' : 'error.invalid', { file: error.file, reason: error.reason });
    return messageFigure({ tag, locale, theme, size }, message);
  }
  const made = figure({ tag, attributes: attrs, dataset: answer.dataset, locale, theme, size });
  if (made.problem) warn(`<${tag}>: ${made.problem}`);
  return made;
}

/**
 * One widget's figure as an image, drawn from the data by the same template as the browser's Share
 * control: the figure, its label, year, comparison and source line, in the tag's language. PNG is
 * drawn by resvg with the packaged DejaVu Sans (loaded on the first image); SVG names the font and
 * embeds none. Attributes, `dataset`, `src` and the fetch rules are those of {@link renderWidget};
 * an unknown tag or a bad option rejects, a bad attribute value draws a figure that says so.
 *
 * ```js
 * const { data, alt } = await renderImage('tip-stat-card', { metric: 'convictions', locale: 'sr' }, { size: '1080x1080' })
 * ```
 */
export async function renderImage(tag: string, attributes: Record<string, AttributeValue> = {}, options: ImageOptions = {}): Promise<RenderedImage> {
  if (!isTag(tag)) throw new TypeError(`tip-widgets/ssr: unknown tag “${clip(String(tag))}”. Tags: ${TAGS.join(', ')}.`);
  checkImageOptions(options);
  const run = await prepare(options);
  const made = await figureOf(tag, attributeList(attributes), options.lang, run, options);
  const data = options.format === 'svg' ? made.svg : await svgToPng(made.svg);
  return { data, alt: made.alt, width: made.width, height: made.height };
}

/** Where {@link renderStatic} puts the images and how the page refers to them. */
export interface StaticOptions extends ImageOptions {
  /** The folder the images are written to (made if missing). */
  outDir: string;
  /** The address the page refers to the folder by (`https://example.org/images/`, or a relative `images/`). */
  imageBase: string;
}

/** Elements whose content is phrasing only: a figure there is an image and a source link in a <span>. */
const PHRASING = new Set(['p', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'label', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt', 'summary', 'caption', 'legend', 'q', 'cite', 'abbr', 'code', 'sub', 'sup', 'mark', 'time', 'button', 'pre']);

/** The plain HTML of one figure: an image, its caption with the source link, the chart's table. */
function staticFigure(made: Figure, src: string, inline: boolean): string {
  const e = escapeXml;
  const img = `<img src="${e(src)}" width="${made.width}" height="${made.height}" alt="${e(made.alt)}">`;
  const link = /^https?:\/\//i.test(made.source.url) ? `${e(msg(made.source.line ? langOf(made) : 'en', 'source.line'))} <a href="${e(made.source.url)}">${e(made.source.title)}</a>` : '';
  if (inline) return `<span class="tip-figure">${img}${link ? ` <small>${link}</small>` : ''}</span>`;
  const table = made.table
    ? `<table><caption>${e(made.table.caption)}</caption><thead><tr>${made.table.head.map((h) => `<th scope="col">${e(h)}</th>`).join('')}</tr></thead><tbody>${made.table.rows
        .map(([label, ...cells]) => `<tr><th scope="row">${e(label!)}</th>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`
    : '';
  return `<figure class="tip-figure">${img}${table}${link ? `<figcaption>${link}</figcaption>` : ''}</figure>`;
}

/** The figure's language, read back from its SVG (the `lang` the template wrote). */
function langOf(made: Figure): Locale {
  return /<svg [^>]*\blang="([^"]*)"/.exec(made.svg)?.[1] ?? 'en';
}

/**
 * A page for places without script or shadow DOM (e-mail, feed readers, Apple News): every `tip-*`
 * tag, with what it holds, becomes a plain `<figure>`: an `<img>` (written to `outDir`, referred to
 * under `imageBase`, with its width, height and alt text), the chart's data `<table>`, and a
 * `<figcaption>` with the source link. No script, no shadow root, no custom element is left of it.
 * A tag inside a paragraph becomes a `<span>` with the image and the source link. Tags inside
 * `<template>`, `<svg>` or `<math>` are left as written. The page is read with the same linear
 * scanner as {@link renderHtml}, under the same limits; tags past them are left as written, with a
 * warning.
 */
export async function renderStatic(html: string, options: StaticOptions): Promise<string> {
  if (!options || typeof options.outDir !== 'string' || !options.outDir) throw new TypeError('tip-widgets/ssr: renderStatic needs outDir, the folder for the images.');
  if (typeof options.imageBase !== 'string') throw new TypeError('tip-widgets/ssr: renderStatic needs imageBase, the address of that folder.');
  checkImageOptions(options);
  const run = await prepare(options);
  const page = String(html);
  const found: FoundTag[] = [];
  for (const tag of await scanTags(page, isTag)) {
    if (tag.foreign) warn(`<${tag.tag}> inside <svg> or <math> was left as written.`);
    else found.push(tag);
  }
  const { maxTags, maxRenderedBytes, timeLimitMs } = run.limits;
  if (found.length > maxTags) warn(`the page has ${found.length} tags; the first ${maxTags} (maxTags) were made figures, the rest are left as written.`);
  const format = options.format ?? 'png';
  const base = options.imageBase === '' || options.imageBase.endsWith('/') ? options.imageBase : `${options.imageBase}/`;
  let out = '';
  let at = 0;
  let added = 0;
  for (const tag of found.slice(0, maxTags)) {
    if (Date.now() >= run.deadline) {
      warn(`figures stopped within timeLimitMs (${timeLimitMs} ms); the remaining tags are left as written.`);
      break;
    }
    let replacement: string;
    try {
      const made = await figureOf(tag.tag as Tag, attributeList(tag.attrs), tag.lang ?? options.lang, run, options);
      const data = format === 'svg' ? made.svg : await svgToPng(made.svg);
      const file = await writeImage(options.outDir, tag.tag, format, data);
      replacement = staticFigure(made, base + file, tag.parent !== undefined && PHRASING.has(tag.parent));
    } catch (error) {
      warn(`<${tag.tag}> was left as written: ${clip(error instanceof Error ? error.message : String(error), 160)}`);
      continue;
    }
    const bytes = new TextEncoder().encode(replacement).byteLength;
    if (added + bytes > maxRenderedBytes) {
      warn(`figures stopped: the next would pass maxRenderedBytes (${maxRenderedBytes}); the remaining tags are left as written.`);
      break;
    }
    added += bytes;
    // The whole element, start tag to end tag; one the page leaves open loses its start tag only.
    out += page.slice(at, tag.startOffset) + replacement;
    at = tag.closeOffset ?? tag.endOffset;
  }
  return out + page.slice(at);
}
