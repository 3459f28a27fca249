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
 * `sr`, `sr-RS` and `sr-Cyrl-*` are Cyrillic; `sr-Latn-*` is Latin; any `en-*` is English.
 */
export function matchLocale(tag: string | null | undefined): Locale | undefined {
  const parts = (tag ?? '').trim().toLowerCase().split(/[-_]/);
  if (parts[0] === 'en') return 'en';
  if (parts[0] !== 'sr') return undefined;
  if (parts.includes('latn')) return 'sr-Latn';
  return 'sr-Cyrl';
}

/**
 * The nearest `lang` at or above `el`, crossing shadow-root boundaries to the host, ending
 * at the document element. Returns null when nothing on the way declares a language.
 */
export function inheritedLang(el: Element): string | null {
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
 * Resolves an element's locale: its `locale` attribute, else the nearest ancestor `lang`
 * (across shadow boundaries), else the document's, else English.
 */
export function resolveLocale(el: Element, requested: string | null | undefined): LocaleResolution {
  const asked = requested?.trim() ? requested : inheritedLang(el);
  if (!asked?.trim()) return { locale: 'en' };
  const locale = matchLocale(asked);
  return locale ? { locale } : { locale: 'en', unsupported: asked };
}
