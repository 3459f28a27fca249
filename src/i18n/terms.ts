// Serbian names for the breakdown categories datasets share (sex trafficking, women, …), by id.
import type { Locale } from './locale.js';
import { toCyrillic } from './translit.js';

/**
 * Breakdown item and group ids are stable across datasets, so their Serbian names live here
 * rather than in every dataset. An id not listed keeps the dataset's English label.
 */
const SR_LATN: Record<string, string> = {
  'sex-trafficking': 'seksualna eksploatacija',
  'labor-trafficking': 'radna eksploatacija',
  'forced-begging': 'prinudno prosjačenje',
  'forced-criminality': 'prinudno vršenje krivičnih dela',
  'multiple-forms': 'više oblika eksploatacije',
  women: 'žene',
  men: 'muškarci',
  girls: 'devojčice',
  boys: 'dečaci',
  'foreign-nationals': 'strani državljani',
  form: 'Po obliku eksploatacije',
  'sex-age': 'Po polu i uzrastu',
  nationality: 'Po državljanstvu',
  sentence: 'Po izrečenoj kazni',
};

/** The label of a breakdown group or item in `locale`, and the language it is in. */
export function termLabel(locale: Locale, id: string, english: string): { text: string; lang: string } {
  if (locale === 'en' || !Object.hasOwn(SR_LATN, id)) return { text: english, lang: 'en' };
  const latin = SR_LATN[id]!;
  return locale === 'sr-Cyrl' ? { text: toCyrillic(latin), lang: 'sr-Cyrl' } : { text: latin, lang: 'sr-Latn' };
}
