// The label of a breakdown category (sex trafficking, women, …) in a locale; the Serbian names live in sr.ts.
import type { Locale } from './locale.js';
import { serbianModule } from './messages.js';

/** The label of a breakdown group or item in `locale`, and the language it is in. */
export function termLabel(locale: Locale, id: string, english: string): { text: string; lang: string } {
  const serbian = serbianModule();
  if (locale === 'en' || !serbian || !Object.hasOwn(serbian.terms, id)) return { text: english, lang: 'en' };
  const latin = serbian.terms[id]!;
  return locale === 'sr-Cyrl' ? { text: serbian.toCyrillic(latin), lang: 'sr-Cyrl' } : { text: latin, lang: 'sr-Latn' };
}
