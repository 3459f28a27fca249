// Which language an element speaks, from its own attribute or the page around it, among the
// locales registered: English (built in), the packs listed in src/locales/registry.ts, and any a
// page adds with registerLocale(). Nothing here names a language but English, the source one.
import type { TemplateResult } from 'lit';
import type { Dataset } from '../data/types.js';
import { asText } from '../data/clip.js';
import { BUILT_IN } from '../locales/registry.js';

/**
 * A locale tag the widgets speak: `en`, or one registered (`sr-Latn`, `sr-Cyrl`, a page's own).
 * A string, not a union: a language is plugged in at run time.
 */
export type Locale = string;

/**
 * What is known of a locale before its pack loads: enough to match a requested tag to it, format
 * its numbers and pick the translations it shows.
 */
export interface LocaleInfo {
  /**
   * The tag the widgets answer to and mark their text with (`lang`): `sr-Cyrl`. A requested tag
   * matches it exactly, else by language and script: CLDR's likely script when the request names
   * none (`sr` is Cyrillic, `sr-ME` Latin), else the language's first locale (`en-GB` → `en`).
   */
  tag: Locale;
  /** The tag handed to `Intl` when not `tag` itself (`sr-Cyrl-RS`: the region makes formats unambiguous). */
  intl?: string;
  /** The key of a dataset's `translations` this locale shows (both Serbian scripts show `sr-Latn`). */
  translations?: string;
  /**
   * Loads the locale's pack, once, for every locale the same function serves (one chunk for both
   * Serbian scripts). English has none: its messages are built in.
   */
  load?: () => Promise<Record<Locale, LocalePack>>;
}

/** A language's lazy part: everything a widget needs to speak it. */
export interface LocalePack {
  /** Every interface message (`Catalog`), as written in the pack's source (see `show`). */
  messages: Readonly<Record<string, string>>;
  /** Names of breakdown groups and items by id (`women`, `form`); a missing id keeps the English label. */
  terms?: Readonly<Record<string, string>>;
  /**
   * A message, translation or term as shown: the pack's script transform (Cyrillic from Latin),
   * its marks removed. `{placeholders}` pass through it unchanged.
   */
  show(text: string): string;
  /** `dataset` with this locale's bundled translations beside its English (the bundled report only). */
  withTranslations?(dataset: Dataset): Promise<Dataset>;
  /** The unofficial translation of the report's words shown under the English original, labelled as one. */
  translationLine(text: string): TemplateResult;
}

/** The locales known, English first; registerLocale() (./register.ts) adds to them. */
export const registered: LocaleInfo[] = [...BUILT_IN];

/** What is registered for `locale` (a tag `matchLocale` returned), if anything. */
export function localeInfo(locale: Locale): LocaleInfo | undefined {
  return registered.find((info) => info.tag === locale);
}

/** The tag handed to `Intl` for `locale`. */
export function intlTag(locale: Locale): string {
  return localeInfo(locale)?.intl ?? locale;
}

/**
 * Maps a BCP 47 tag to a registered locale (see {@link LocaleInfo.tag}), or `undefined` when it is
 * not one we speak. Case and `_` separators are tolerated (`SR_latn`).
 */
export function matchLocale(tag: unknown): Locale | undefined {
  const raw = (typeof tag === 'string' ? tag : '').trim().replace(/_/g, '-');
  if (!raw) return undefined;
  // Every widget resolves on connect and on every lang change: parse each distinct tag once.
  if (matched.has(raw)) return matched.get(raw);
  const locale = parseLocale(raw);
  if (matched.size < 100) matched.set(raw, locale);
  return locale;
}

/** Tags already matched; emptied when a locale is registered. */
export const matched = new Map<string, Locale | undefined>();

function parseLocale(raw: string): Locale | undefined {
  const lower = raw.toLowerCase();
  const parts = lower.split('-');
  let asked: Intl.Locale;
  try {
    asked = new Intl.Locale(raw).maximize();
  } catch {
    // Not a well-formed tag ("sr-Latn-!!"): its language, and a script among its parts, as a
    // browser would judge it by its prefix.
    try {
      asked = new Intl.Locale(parts[0]!, { script: parts.find((part) => /^[a-z]{4}$/.test(part)) }).maximize();
    } catch {
      return undefined;
    }
  }
  const ours = registered.filter(({ tag }) => new Intl.Locale(tag).language === asked.language);
  // Itself, else the first locale of its language in its script, else the language's first.
  return (registered.find(({ tag }) => tag.toLowerCase() === lower) ?? ours.find(({ tag }) => new Intl.Locale(tag).script === asked.script) ?? ours[0])?.tag;
}

/**
 * The nearest `lang` at or above `el`, crossing shadow-root boundaries to the host, ending
 * at the document element. Returns null when nothing on the way declares a language.
 */
function inheritedLang(el: Element): string | null {
  let node: Element | null = el;
  while (node) {
    const withLang: Element | null = node.closest('[lang]');
    if (withLang) return withLang.getAttribute('lang');
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

export interface LocaleResolution {
  locale: Locale;
  /** The tag that was asked for but is not supported, so the caller can warn once. */
  unsupported?: string;
}

/**
 * Resolves an element's locale: its `locale` attribute, else the `lang` it inherits, else English.
 * The one rule of the browser and the server: `inherited` looks the `lang` up (in a browser, the
 * nearest ancestor's across shadow boundaries, then the document's; on the server, the `lang`
 * around the tag in the page being rendered).
 */
export function resolveLocale(el: Element, requested: unknown, inherited?: (el: Element) => string | null | undefined): LocaleResolution {
  // A script may set any value on the `locale` property: anything but null/undefined is read as
  // text, and what cannot even be made text as an unknown tag.
  const own = asText(requested) ?? '';
  const asked = own.trim() ? own : (inherited ?? inheritedLang)(el);
  if (!asked?.trim()) return { locale: 'en' };
  const locale = matchLocale(asked);
  return locale ? { locale } : { locale: 'en', unsupported: asked };
}
