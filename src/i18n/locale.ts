// Which of the supported languages an element speaks, from its own attribute or the page around it.

/** The locales every widget speaks. `sr-Cyrl` is Serbian's default script (CLDR: `sr` means Cyrillic). */
export type Locale = 'en' | 'sr-Latn' | 'sr-Cyrl';

export const LOCALES: readonly Locale[] = ['en', 'sr-Latn', 'sr-Cyrl'];

/** The tag handed to `Intl`; the region makes Serbian formats (50,5 miliona) unambiguous. */
export const INTL_TAG: Record<Locale, string> = {
  en: 'en-US',
  'sr-Latn': 'sr-Latn-RS',
  'sr-Cyrl': 'sr-Cyrl-RS',
};

/**
 * Maps a BCP 47 tag to a supported locale, or `undefined` when it is not one we speak.
 * Any `en-*` is English. For Serbian the script is the tag's own (`sr-Latn-*`, `sr-Cyrl-*`) or,
 * without one, CLDR's default for the region (`Intl.Locale#maximize`): `sr` and `sr-RS` are
 * Cyrillic, `sr-ME` is Latin. Case and `_` separators are tolerated (`SR_latn`).
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

const matched = new Map<string, Locale | undefined>();

function parseLocale(raw: string): Locale | undefined {
  let language: string;
  let script: string | undefined;
  try {
    const parsed = new Intl.Locale(raw);
    language = parsed.language;
    script = parsed.maximize().script;
  } catch {
    // Not a well-formed tag ("sr-Latn-!!"): judge by its parts, as a browser would by its prefix.
    const parts = raw.toLowerCase().split('-');
    language = parts[0]!;
    script = parts.includes('latn') ? 'Latn' : undefined;
  }
  if (language === 'en') return 'en';
  if (language !== 'sr') return undefined;
  return script === 'Latn' ? 'sr-Latn' : 'sr-Cyrl';
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
 * A script may set any value on the `locale` property (`el.locale = 42`): read anything but
 * null/undefined as text, and something that cannot even be made text as an unknown tag.
 */
function asText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return '[unprintable value]';
  }
}

/**
 * Resolves an element's locale: its `locale` attribute, else the `lang` it inherits, else English.
 * The one rule of the browser and the server: `inherited` looks the `lang` up (in a browser, the
 * nearest ancestor's across shadow boundaries, then the document's; on the server, the `lang`
 * around the tag in the page being rendered).
 */
export function resolveLocale(el: Element, requested: unknown, inherited?: (el: Element) => string | null | undefined): LocaleResolution {
  const own = asText(requested);
  const asked = own.trim() ? own : (inherited ?? inheritedLang)(el);
  if (!asked?.trim()) return { locale: 'en' };
  const locale = matchLocale(asked);
  return locale ? { locale } : { locale: 'en', unsupported: asked };
}
