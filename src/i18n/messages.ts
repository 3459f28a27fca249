// The UI text shared by every widget in English, the message functions, and the lazy locale packs
// (src/locales/: a language's messages, terms, script and translations, loaded on first use).
import { localeInfo, type Locale, type LocalePack } from './locale.js';
import { clip } from '../data/clip.js';
// generated: elements (npm run gen:elements)
import type { messages as tierBadge } from '../components/tier-badge/tier-badge.messages.js';
import type { messages as statCard } from '../components/stat-card/stat-card.messages.js';
import type { messages as yoyChart } from '../components/yoy-chart/yoy-chart.messages.js';
import type { messages as recommendationList } from '../components/recommendation-list/recommendation-list.messages.js';
import type { messages as hotlineCallout } from '../components/hotline-callout/hotline-callout.messages.js';
// end generated: elements
// Not an element: the callout's quick exit, whose module (and messages) load only where it is used.
import type { messages as quickExit } from '../components/hotline-callout/exit.messages.js';

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
  'share.button': 'Share',
} as const;

// generated: elements (npm run gen:elements)
/** Every message key of every element: each locale pack's catalog must have them all. */
export type MessageKey =
  | keyof typeof shared
  | keyof typeof quickExit
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

/** The packs loaded, by locale; `null`: its chunk failed, and English stands in. */
const packs = new Map<Locale, LocalePack | null>();
/** The chunks asked for, by loader: the locales one chunk serves (both Serbian scripts) load it once. */
const loading = new Map<unknown, Promise<void>>();

/**
 * Loads what `locale` needs beyond English: its pack, a chunk of its own, so readers of other
 * languages never download it. If the chunk cannot load, widgets fall back to English rather than
 * wait forever.
 */
export function loadLocale(locale: Locale): Promise<void> {
  const load = localeInfo(locale)?.load;
  if (!load || packs.has(locale)) return Promise.resolve();
  if (!loading.has(load)) {
    loading.set(
      load,
      load().then(
        (loaded) => {
          for (const tag in loaded) packs.set(tag, loaded[tag]!);
        },
        (error: unknown) => {
          // Once for the page, not per widget: every widget now speaks English instead.
          console.warn(`[tip-widgets] the texts in ${locale} could not be loaded (${clip(error instanceof Error ? error.message : String(error), 160)}); the widgets show English.`);
        },
      ),
    );
  }
  // A chunk that failed, or that lacks this locale's pack: English stands in.
  return loading.get(load)!.then(() => void (packs.has(locale) || packs.set(locale, null)));
}

/** Whether `locale` can render now (its pack is loaded, or it has failed and English stands in). */
export function localeReady(locale: Locale): boolean {
  return !localeInfo(locale)?.load || packs.has(locale);
}

/** The pack of `locale`, once loaded (none for English, or when it failed). */
export function localePack(locale: Locale): LocalePack | undefined {
  return packs.get(locale) ?? undefined;
}

/**
 * The untranslated template for `key` in `locale` (its pack's script, marks removed). English
 * stands in until the pack has loaded.
 */
export function template(locale: Locale, key: MessageKey): string {
  const pack = packs.get(locale);
  return pack ? pack.show(pack.messages[key] ?? en[key] ?? key) : en[key] ?? key;
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
 * A text from the data in `locale`: English as given, else its translation from `translations`
 * (under the key `locale` shows) when the data has one, in the locale's script.
 * `lang` says which language the returned text is in, so the caller can mark it.
 */
export function dataText(locale: Locale, english: string, translations?: Record<string, string>): LocalText {
  const key = localeInfo(locale)?.translations;
  return localText(locale, english, key && translations && Object.hasOwn(translations, key) ? translations[key] : undefined);
}

/** A text and the language it is in, so the caller can mark it with `lang`. */
export interface LocalText {
  text: string;
  lang: Locale;
}

/**
 * `english`, or its translation `translated` (as the pack writes it) in `locale`, when there is
 * one and the pack has loaded. Data labels, hotline fields and breakdown terms all come through here.
 */
export function localText(locale: Locale, english: string, translated: unknown): LocalText {
  const pack = packs.get(locale);
  return pack && typeof translated === 'string' ? { text: pack.show(translated), lang: locale } : { text: english, lang: 'en' };
}

/**
 * `text` continued mid-sentence ("of which forced begging", "(upgraded from …)"): an English
 * label or message loses its capital; a translation keeps its text as written.
 */
export function midSentence(lang: string, text: string): string {
  return lang === 'en' ? lowerFirst(text) : text;
}

/** `text` with its first letter in lower case, in any script ("Napredak" → "napredak"). */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
