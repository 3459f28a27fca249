// Shared machinery of the hardening tests: every element from custom-elements.json, a rule for each
// attribute, a fast mount that records warnings and uncaught errors, and the DOM invariants that say
// "nothing was injected". Not a test file itself (no `.test.ts`), so the runner does not pick it up.
// The quick exit's module, loaded up front: a callout's block (and its warning) then arrives within
// the task place() waits, as it does on a page once the module is cached.
import '../../src/components/hotline-callout/exit.js';
import { expect } from '@open-wc/testing';
import manifest from '../../custom-elements.json';
import serbia from '../../data/serbia-2025.json';
import type { TipElement } from '../../src/base/tip-element.js';
import { matchLocale } from '../../src/i18n/locale.js';

// ------------------------------------------------------------------ elements, from the manifest

export interface ManifestAttribute {
  name: string;
  type?: { text: string };
  fieldName?: string;
}

export interface ElementInfo {
  tag: string;
  /** Source module, e.g. `src/components/stat-card/stat-card.ts`. */
  path: string;
  attributes: ManifestAttribute[];
}

interface ManifestShape {
  modules: { path: string; declarations?: { tagName?: string; customElement?: boolean; attributes?: ManifestAttribute[] }[] }[];
}

/** Every custom element the manifest documents, with its attributes. A new element or attribute is covered automatically. */
export const ELEMENTS: ElementInfo[] = (manifest as unknown as ManifestShape).modules.flatMap((mod) =>
  (mod.declarations ?? [])
    .filter((d) => d.tagName)
    .map((d) => ({ tag: d.tagName!, path: mod.path, attributes: d.attributes ?? [] })),
);

/**
 * Imports every element's module by its manifest path (the test server compiles the TypeScript),
 * so an element added to the manifest is tested without editing this file. Throws if one fails.
 */
export async function loadAllElements(): Promise<void> {
  // The package entry registers every element, including any the manifest does not list yet.
  const entry = '/src/index.ts';
  await import(/* @vite-ignore */ entry);
  for (const info of ELEMENTS) {
    await import(/* @vite-ignore */ `/${info.path}`);
    expect(customElements.get(info.tag) !== undefined, `${info.tag} is defined by ${info.path}`).to.equal(true);
  }
}

// ------------------------------------------------------------------ what each attribute accepts

/** The bundled dataset's ids: the oracle for `metric` and `hotlines` (the attribute tests use the bundled data). */
export const METRIC_IDS = Object.keys(serbia.metrics);
export const HOTLINE_IDS = serbia.hotlines.map((h) => h.id);

interface LooseMetric {
  value: unknown;
  previous?: unknown;
  year?: number;
  period?: string;
  unit: string;
}
const LOOSE_METRICS = serbia.metrics as unknown as Record<string, LooseMetric>;
/** Metrics a year-on-year chart can plot: one number for each year, dated to the reporting period. */
const CHARTABLE = new Map(
  Object.entries(LOOSE_METRICS)
    .filter(([, m]) => typeof m.value === 'number' && typeof m.previous === 'number' && (m.year ?? serbia.reportingPeriod) === serbia.reportingPeriod && m.period === undefined)
    .map(([id, m]) => [id, m.unit]),
);
const chartIds = (v: string) => [...new Set(v.split(',').map((s) => s.trim()).filter(Boolean))];
/** Why `metrics=v` cannot be drawn, as the message says it, or '' when it can. */
function chartProblem(v: string): string {
  const ids = chartIds(v);
  if (!ids.length) return 'is not valid for metrics';
  for (const id of ids) {
    if (!Object.hasOwn(LOOSE_METRICS, id)) return 'there is no metric “';
    if (!CHARTABLE.has(id)) return `has no ${serbia.comparisonPeriod} value`;
  }
  return new Set(ids.map((id) => CHARTABLE.get(id))).size > 1 ? 'have different units' : '';
}

/**
 * How an attribute must behave:
 * - `checked`: `valid(v)` says what the docs accept; anything else → the visible message + one warning.
 * - `boolean`: any value (even "false") turns the feature on; `effect` says how to see that it did.
 * - `locale`: unknown → English, one warning, no message (the localization spec).
 * - `src`: anything that is not the address of a valid dataset → a message + one warning.
 * - `text`: free text the site supplies; any value is fine and is shown as text. `with` are the
 *   attributes it needs to be shown at all.
 */
export type Rule =
  | { kind: 'checked'; valid: (v: string) => boolean; message: (v: string) => string; validSamples: string[] }
  | { kind: 'boolean'; effect?: (el: TipElement) => boolean }
  | { kind: 'locale' }
  | { kind: 'src' }
  | { kind: 'text'; with?: Record<string, string>; shownIn: string }
  | { kind: 'exit-url' };

const invalidFor = (name: string) => () => `is not valid for ${name}`;
const exactly = (...allowed: string[]) => (v: string) => allowed.includes(v);
const hasPart = (name: string) => (el: TipElement) => el.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;

/** The documented rule of each attribute; `tag:name` wins over `name`. */
const RULES: Record<string, Rule> = {
  theme: { kind: 'checked', valid: exactly('light', 'dark', 'auto'), message: invalidFor('theme'), validSamples: ['light', 'dark', 'auto'] },
  locale: { kind: 'locale' },
  src: { kind: 'src' },
  'hide-source': { kind: 'boolean', effect: (el) => !hasPart('source-line')(el) },
  'tip-stat-card:metric': {
    kind: 'checked',
    valid: (v) => v.trim() !== '' && METRIC_IDS.includes(v.trim()),
    message: (v) => (v.trim() === '' ? 'is not valid for metric' : 'there is no metric “'),
    validSamples: ['convictions', ' convictions ', 'cptv-funding'],
  },
  'tip-stat-card:compare': { kind: 'checked', valid: exactly('on', 'off'), message: invalidFor('compare'), validSamples: ['on', 'off'] },
  'tip-stat-card:show-breakdown': { kind: 'boolean', effect: hasPart('breakdown') },
  'tip-tier-badge:variant': { kind: 'checked', valid: exactly('full', 'compact'), message: invalidFor('variant'), validSamples: ['full', 'compact'] },
  'tip-tier-badge:show-history': { kind: 'boolean', effect: hasPart('history') },
  'tip-hotline-callout:quick-exit': { kind: 'boolean', effect: hasPart('exit-button') },
  'tip-hotline-callout:exit-url': { kind: 'exit-url' },
  'tip-recommendation-list:limit': {
    kind: 'checked',
    valid: (v) => /^\s*\d{1,4}\s*$/.test(v) && Number(v) >= 1,
    message: invalidFor('limit'),
    validSamples: ['1', '4', ' 12 ', '9999'],
  },
  'tip-recommendation-list:section': {
    kind: 'checked',
    valid: exactly('prosecution', 'protection', 'prevention'),
    message: invalidFor('section'),
    validSamples: ['prosecution', 'protection', 'prevention'],
  },
  'tip-recommendation-list:heading-level': {
    kind: 'checked',
    valid: (v) => /^\s*\d{1,4}\s*$/.test(v) && Number(v) >= 1 && Number(v) <= 6,
    message: invalidFor('heading-level'),
    validSamples: ['1', '3', '6', ' 2 '],
  },
  'tip-hotline-callout:heading-level': {
    kind: 'checked',
    valid: (v) => /^\s*[1-6]\s*$/.test(v),
    message: invalidFor('heading-level'),
    validSamples: ['1', '3', '6', ' 2 '],
  },
  'tip-hotline-callout:hotlines': {
    kind: 'checked',
    // "Comma-separated hotline ids from the dataset … or none": at least one id, every one known.
    valid: (v) => {
      if (v.trim() === 'none') return true;
      const ids = v.split(',').map((s) => s.trim()).filter(Boolean);
      return ids.length > 0 && ids.every((id) => HOTLINE_IDS.includes(id));
    },
    message: invalidFor('hotlines'),
    validSamples: ['none', 'astra', 'astra,atina', ' atina , astra '],
  },
  'tip-hotline-callout:local-number': {
    kind: 'checked',
    // "digits, spaces and a leading + only" (3–30 characters, at least 3 digits).
    valid: (v) => /^\+?[0-9 ]{3,30}$/.test(v.trim()) && /[0-9]{3}/.test(v.trim().replace(/ /g, '')),
    message: invalidFor('local-number'),
    validSamples: ['+381 11 123 4567', '0800 123 123', '112'],
  },
  'tip-yoy-chart:metrics': {
    kind: 'checked',
    valid: (v) => chartProblem(v) === '',
    message: chartProblem,
    validSamples: ['convictions', 'prosecutions, convictions', 'police-suspects,investigations,,police-suspects'],
  },
  'tip-yoy-chart:preset': {
    kind: 'checked',
    valid: exactly('law-enforcement', 'victim-protection', 'funding'),
    message: invalidFor('preset'),
    validSamples: ['law-enforcement', 'victim-protection', 'funding'],
  },
  'tip-yoy-chart:type': { kind: 'checked', valid: exactly('bar', 'line'), message: invalidFor('type'), validSamples: ['bar', 'line'] },
  'tip-hotline-callout:local-name': { kind: 'text', with: { 'local-number': '+381 11 123 4567' }, shownIn: 'numbers' },
  'tip-hotline-callout:local-hours': { kind: 'text', with: { 'local-number': '+381 11 123 4567' }, shownIn: 'numbers' },
};

/** The rule for one attribute. An attribute nobody has described yet is held to the strictest one. */
export function ruleFor(tag: string, attr: ManifestAttribute): Rule {
  const rule = RULES[`${tag}:${attr.name}`] ?? RULES[attr.name];
  if (rule) return rule;
  if (attr.type?.text === 'boolean') return { kind: 'boolean' };
  // Unknown to this file: no value in UNIVERSALLY_INVALID may be accepted silently.
  return { kind: 'checked', valid: () => false, message: invalidFor(attr.name), validSamples: [] };
}

/** True when the rule's documented semantics accept `v` for `locale`. */
export const localeSupported = (v: string): boolean => v.trim() === '' || matchLocale(v) !== undefined;

export const TEN_THOUSAND = 'x'.repeat(10_000);

/** Values no documented attribute accepts: held against attributes this file has no rule for. */
export const UNIVERSALLY_INVALID = ['__proto__', 'constructor', 'NaN', TEN_THOUSAND, '<img src=x onerror="window.__xss=1">', '\u0000'];

/** Invalid-looking values: empty, blank, unknown ids, prototype names, numbers for words and words for numbers, huge. */
export const HOSTILE_VALUES = [
  '',
  ' ',
  ' \t\n ',
  'no-such-id',
  ',',
  ' , , ',
  'no-such-id,,',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '42',
  '3.5',
  '1e3',
  '-1',
  '0',
  '-0',
  'NaN',
  'Infinity',
  '-Infinity',
  'ten',
  'two',
  'true',
  'false',
  'null',
  'undefined',
  '100000',
  '99999999999999999999999',
  '1'.repeat(10_000),
  TEN_THOUSAND,
  'DARK',
  ' light',
  'Prosecution',
  '３',
  '\u0000',
  '<img src=x onerror="window.__xss=1">',
  '"><script>window.__xss=2</script>',
  'javascript:window.__xss=3',
  'data:text/html,<script>window.__xss=4</script>',
  '{{constructor.constructor("window.__xss=5")()}}',
  '${window.__xss=6}',
];

// ------------------------------------------------------------------ mounting and observing

export interface Mounted<T extends TipElement = TipElement> {
  el: T;
  /** `[tip-widgets]` warnings logged while the element connected, loaded, rendered and re-rendered. */
  warnings: string[];
  /** Uncaught errors and unhandled rejections meanwhile. */
  errors: string[];
  /** The light-DOM fallback node. */
  fallback: HTMLElement;
  remove(): void;
}

const FALLBACK = 'Fallback text from the page';

/**
 * Creates `<tag>` with `attrs` (and `data`, if given), a light-DOM fallback, connects it, waits
 * for its data and one extra render, and reports warnings and uncaught errors. Faster than
 * `fixture()`, which matters when fast-check mounts hundreds of elements.
 */
export async function place<T extends TipElement = TipElement>(
  tag: string,
  attrs: Record<string, string> = {},
  opts: { data?: unknown } = {},
): Promise<Mounted<T>> {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => {
    const line = args.map(String).join(' ');
    if (line.startsWith('[tip-widgets]')) warnings.push(line);
    else original(...args);
  };
  const el = document.createElement(tag) as T;
  const fallback = document.createElement('span');
  fallback.className = 'fallback';
  fallback.textContent = FALLBACK;
  el.append(fallback);
  try {
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
    if (opts.data !== undefined) el.data = opts.data;
    document.body.append(el);
    await el.loadComplete;
    // A second render must not warn again: warnings are once per element and value.
    el.requestUpdate();
    await el.updateComplete;
    // A task, not a frame: a test page in the background gets no animation frames.
    await new Promise((r) => setTimeout(r, 0));
    // A callout with quick-exit: its block (and a warning about exit-url) comes once the exit
    // module's import has resolved, which may take a task or two more.
    for (let i = 0; i < 100 && attrs['quick-exit'] !== undefined && !el.shadowRoot?.querySelector('[part~="exit"]'); i++) {
      await new Promise((r) => setTimeout(r, 10));
    }
  } catch (error) {
    errors.push(`thrown: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    console.warn = original;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return { el, warnings, errors, fallback, remove: () => el.remove() };
}

/** Text of a shadow root and every shadow root inside it, whitespace collapsed. */
export function deepText(root: ParentNode): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) out.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root as Node);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every element under `root`, shadow roots included. */
export function allElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  const walk = (node: ParentNode): void => {
    for (const el of node.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return found;
}

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'poster', 'data', 'ping', 'background'];
const DANGEROUS_TAGS = ['script', 'iframe', 'object', 'embed', 'base', 'meta', 'frame', 'frameset', 'form', 'img', 'svg', 'math'];

/**
 * The security invariants of a rendered widget: no event-handler attribute, no script or other
 * active element, and every link is http(s) or a `tel:` of digits. `window.__xss` (set by every
 * payload in these tests) stays undefined.
 */
export function expectInert(el: Element): void {
  const root = el.shadowRoot;
  expect(root !== null, `${el.localName} has a shadow root`).to.equal(true);
  for (const node of allElements(root!)) {
    const where = `<${node.localName}> in <${el.localName}>`;
    expect(DANGEROUS_TAGS, `${where} must not be rendered`).to.not.include(node.localName);
    for (const attr of node.getAttributeNames()) {
      expect(attr.startsWith('on'), `${where} has an event-handler attribute ${attr}`).to.equal(false);
      if (URL_ATTRIBUTES.includes(attr)) {
        // Strip what browsers strip before reading a scheme (controls and whitespace).
        // eslint-disable-next-line no-control-regex
        const value = (node.getAttribute(attr) ?? '').replace(/[\u0000-\u0020]/g, '').toLowerCase();
        expect(value, `${where} ${attr}`).to.not.match(/^(javascript|data|vbscript|blob):/);
        if (attr === 'href') expect(value, `${where} href`).to.match(/^(https?:\/\/|tel:\+?[0-9]+$)/);
      }
    }
  }
  expect((window as unknown as { __xss?: unknown }).__xss, 'window.__xss (a payload ran)').to.equal(undefined);
}

/** The message box, or null. */
export function messageOf(el: Element): HTMLElement | null {
  return el.shadowRoot?.querySelector<HTMLElement>('[part~="message"]') ?? null;
}

/**
 * Not blank: the host has a box, the shadow root shows text, and, when the message is up, the
 * message and the page's fallback text are both visible.
 */
export function expectNotBlank(m: Mounted): void {
  const { el } = m;
  const box = el.getBoundingClientRect();
  expect(box.width * box.height, `<${el.localName}> has a non-empty box`).to.be.greaterThan(0);
  const shown = [...el.shadowRoot!.children].map((c) => (c instanceof HTMLElement ? c.innerText : '')).join(' ').trim();
  expect(shown.length, `<${el.localName}> shows text`).to.be.greaterThan(0);
  const message = messageOf(el);
  if (message) {
    expect(message.checkVisibility(), 'the message is visible').to.equal(true);
    expect(m.fallback.checkVisibility(), 'the fallback text stays visible beside the message').to.equal(true);
  }
}

/** The visible message contains `expected`, exactly one warning was logged, nothing threw. */
export function expectMessage(m: Mounted, expected: string, what: string): void {
  expect(m.errors, `${what}: uncaught errors`).to.deep.equal([]);
  const message = messageOf(m.el);
  expect(message !== null, `${what}: shows the message`).to.equal(true);
  expect(message!.innerText.replace(/\s+/g, ' '), `${what}: message text`).to.contain(expected);
  expect(m.warnings.length, `${what}: exactly one warning, got ${JSON.stringify(m.warnings.map((w) => w.slice(0, 120)))}`).to.equal(1);
  expectNotBlank(m);
  expectInert(m.el);
}

/** The content rendered (no message), no warning, nothing threw. */
export function expectContent(m: Mounted, what: string, warnings = 0): void {
  expect(m.errors, `${what}: uncaught errors`).to.deep.equal([]);
  const message = messageOf(m.el);
  expect(message?.innerText ?? null, `${what}: unexpected message`).to.equal(null);
  expect(m.el.shadowRoot!.querySelector('[part~="base"]') !== null, `${what}: content rendered`).to.equal(true);
  expect(m.warnings.length, `${what}: warnings ${JSON.stringify(m.warnings.map((w) => w.slice(0, 160)))}`).to.equal(warnings);
  expectNotBlank(m);
  expectInert(m.el);
}

/** A short printable form of a test value for failure messages. */
export function show(v: string): string {
  return JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}…(${v.length})` : v);
}
