// The UI text shared by every widget in English, the message functions, and the lazy Serbian (Latin and Cyrillic).
import type { Locale } from './locale.js';
import { clip } from '../data/clip.js';
// generated: elements (npm run gen:elements)
import type { messages as tierBadge } from '../components/tier-badge/tier-badge.messages.js';
import type { messages as statCard } from '../components/stat-card/stat-card.messages.js';
import type { messages as yoyChart } from '../components/yoy-chart/yoy-chart.messages.js';
import type { messages as recommendationList } from '../components/recommendation-list/recommendation-list.messages.js';
import type { messages as hotlineCallout } from '../components/hotline-callout/hotline-callout.messages.js';
// end generated: elements

/**
 * English catalog of the messages every element shares. Each element adds its own catalog
 * (`<name>.messages.ts` beside it) with {@link addMessages} when its module loads.
 * `{name}` is a placeholder filled after translation and transliteration, so numbers, names and
 * addresses are never transliterated.
 */
const shared = {
  'state.loading': 'Loading…',
  'error.prefix': 'This widget cannot show its content:',
  'error.attribute': 'the value “{value}” is not valid for {attribute}. Valid: {valid}.',
  'error.metric': 'there is no metric “{value}” in this dataset.',
  'error.load': 'the data at {file} could not be loaded ({reason}).',
  'error.invalid': 'the data at {file} is not valid: {reason}.',
  'error.render': 'an unexpected problem occurred.',
  'source.line': 'Source:',
  'source.reportLink': '{title}, {publisher}',
  'source.disclosure': 'Source',
  'source.disclosureNotes': 'Source and notes',
  'source.quoteNote': 'Quoted from the report, in English as published.',
  'source.external': 'source',
  'source.discrepancy': 'The report is inconsistent here:',
  'source.note': 'Note:',
} as const;

// generated: elements (npm run gen:elements)
/** Every message key of every element: the Serbian catalog must have them all. */
export type MessageKey =
  | keyof typeof shared
  | keyof typeof tierBadge
  | keyof typeof statCard
  | keyof typeof yoyChart
  | keyof typeof recommendationList
  | keyof typeof hotlineCallout;
// end generated: elements
export type Catalog = Record<MessageKey, string>;

/** The English messages of the elements loaded so far. */
const en: Partial<Catalog> = { ...shared };

/** Adds an element's English messages; called once by each element module. */
export function addMessages(catalog: Partial<Catalog>): void {
  Object.assign(en, catalog);
}

/** The English keys registered so far (every key, once all elements are imported), for tests. */
export function messageKeys(): MessageKey[] {
  return Object.keys(en) as MessageKey[];
}

type Serbian = typeof import('./sr.js');
let serbian: Serbian | undefined;
let serbianFailed = false;
let loadingSerbian: Promise<void> | undefined;

/**
 * Loads what `locale` needs beyond English. Serbian (both scripts: catalog, breakdown terms and
 * transliteration) is its own chunk, so English readers never download it. If the chunk cannot
 * load, widgets fall back to English rather than wait forever.
 */
export function loadLocale(locale: Locale): Promise<void> {
  if (locale === 'en' || serbian || serbianFailed) return Promise.resolve();
  loadingSerbian ??= import('./sr.js').then(
    (module) => {
      serbian = module;
    },
    (error: unknown) => {
      serbianFailed = true;
      // Once for the page, not per widget: every widget now speaks English instead.
      const reason = error instanceof Error ? error.message : String(error);
      console.warn(`[tip-widgets] the Serbian texts could not be loaded (${clip(reason, 160)}); the widgets show English.`);
    },
  );
  return loadingSerbian;
}

/** Whether `locale` can render now (its chunk is loaded, or it has failed and English stands in). */
export function localeReady(locale: Locale): boolean {
  return locale === 'en' || serbian !== undefined || serbianFailed;
}

/** The Serbian chunk, once loaded. */
export function serbianModule(): Serbian | undefined {
  return serbian;
}

/** The Serbian Latin message as written, ⟦keep-marks⟧ included, for tests of the Cyrillic output. */
export function latinSource(key: MessageKey): string {
  if (!serbian) throw new Error('latinSource: call loadLocale("sr-Latn") first');
  return serbian.srLatn[key];
}

const cyrillicCache = new Map<string, string>();

/**
 * `latin` in Cyrillic, each distinct text transliterated once per page (messages, labels, terms
 * and hotline fields render again on every update). Only called once the Serbian chunk is here.
 */
function cyrillic(latin: string): string {
  let cyr = cyrillicCache.get(latin);
  if (cyr === undefined) {
    cyr = serbian!.toCyrillic(latin);
    if (cyrillicCache.size < 2000) cyrillicCache.set(latin, cyr);
  }
  return cyr;
}

/**
 * The untranslated template for `key` in `locale` (Cyrillic derived from Latin, keep-marks
 * removed). English stands in until the Serbian chunk has loaded.
 */
export function template(locale: Locale, key: MessageKey): string {
  if (locale === 'en' || !serbian) return en[key] ?? key;
  if (locale === 'sr-Cyrl') return cyrillic(serbian.srLatn[key]);
  return serbian.stripKeepMarks(serbian.srLatn[key]);
}

/** Parameters for a message: strings are inserted as they are, numbers should be formatted first. */
export type Params = Record<string, string>;

/** Translates `key` into `locale`, filling `{name}` placeholders with `params`. */
export function msg(locale: Locale, key: MessageKey, params: Params = {}): string {
  return template(locale, key).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? params[name]! : whole,
  );
}

/**
 * A text from the data in `locale`: English as given, Serbian from the `sr-Latn` translation
 * when the data has one (Cyrillic transliterated), else the English text.
 * `lang` says which language the returned text is in, so the caller can mark it.
 */
export function dataText(locale: Locale, english: string, translations?: Record<string, string>): LocalText {
  return localText(locale, english, translations && Object.hasOwn(translations, 'sr-Latn') ? translations['sr-Latn'] : undefined);
}

/** A text and the language it is in, so the caller can mark it with `lang`. */
export interface LocalText {
  text: string;
  lang: 'en' | 'sr-Latn' | 'sr-Cyrl';
}

/**
 * `english`, or its Serbian Latin translation `latin` in `locale` (Cyrillic transliterated,
 * keep-marks removed) when there is one and the Serbian chunk has loaded. Data labels, hotline
 * fields and breakdown terms all come through here.
 */
export function localText(locale: Locale, english: string, latin: unknown): LocalText {
  if (locale === 'en' || !serbian || typeof latin !== 'string') return { text: english, lang: 'en' };
  return locale === 'sr-Cyrl' ? { text: cyrillic(latin), lang: 'sr-Cyrl' } : { text: serbian.stripKeepMarks(latin), lang: 'sr-Latn' };
}

/**
 * `text` continued mid-sentence ("of which forced begging", "(upgraded from …)"): an English
 * label or message loses its capital; Serbian keeps its text as written.
 */
export function midSentence(lang: string, text: string): string {
  return lang === 'en' ? lowerFirst(text) : text;
}

/** `text` with its first letter in lower case, in any script ("Napredak" → "napredak"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
