// The label of a breakdown category (sex trafficking, women, …) in a locale; the Serbian names live in sr.ts.
import type { Locale } from './locale.js';
import { localText, serbianModule, type LocalText } from './messages.js';

/** The label of a breakdown group or item in `locale`, and the language it is in. */
export function termLabel(locale: Locale, id: string, english: string): LocalText {
  const terms = serbianModule()?.terms;
  return localText(locale, english, terms && Object.hasOwn(terms, id) ? terms[id] : undefined);
}
