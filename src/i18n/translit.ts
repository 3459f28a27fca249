// Serbian Latin → Cyrillic, by the language's one-to-one mapping (lj, nj, dž are single letters).

const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш',
  t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
};
const DIGRAPH: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/**
 * Words where the two letters of a digraph belong to different morphemes and stay two letters
 * ("nadživeti" → надживети, "injekcija" → инјекција) while "Nadžak" is Наџак. Matched at the start of a lower-cased word.
 */
const SPLIT_PREFIXES = ['nad|živ', 'pod|živ', 'pod|žanr', 'in|jekc', 'kon|jug', 'kon|junk', 'van|jez'];

/** Text between these marks is a name or abbreviation that stays in Latin script (CPTV, ASTRA). */
export const KEEP_OPEN = '⟦';
export const KEEP_CLOSE = '⟧';

function upper(cyr: string, whole: boolean): string {
  return whole ? cyr.toUpperCase() : cyr.charAt(0).toUpperCase() + cyr.slice(1);
}

function transliterateWord(word: string): string {
  const lower = word.toLowerCase();
  const split = SPLIT_PREFIXES.find((p) => lower.startsWith(p.replace('|', '')));
  // Index of the second letter of a pair that stays two letters ('|' marks it).
  const splitAt = split ? split.indexOf('|') : -1;
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const pair = lower.slice(i, i + 2);
    const ch = word[i]!;
    const isUpper = ch !== ch.toLowerCase();
    if (DIGRAPH[pair] && i + 1 !== splitAt) {
      const next = word[i + 1]!;
      out += isUpper ? upper(DIGRAPH[pair]!, next !== next.toLowerCase()) : DIGRAPH[pair];
      i++;
      continue;
    }
    const mapped = SINGLE[lower[i]!];
    out += mapped ? (isUpper ? mapped.toUpperCase() : mapped) : ch;
  }
  return out;
}

/**
 * Transliterates Serbian Latin text to Cyrillic. Runs between {@link KEEP_OPEN} and
 * {@link KEEP_CLOSE} are kept as written (the marks are removed).
 */
export function toCyrillic(text: string): string {
  let out = '';
  let rest = text;
  while (rest.length) {
    const open = rest.indexOf(KEEP_OPEN);
    const chunk = open === -1 ? rest : rest.slice(0, open);
    out += chunk.replace(/\p{L}+/gu, transliterateWord);
    if (open === -1) break;
    const close = rest.indexOf(KEEP_CLOSE, open + 1);
    if (close === -1) {
      out += rest.slice(open + 1);
      break;
    }
    out += rest.slice(open + 1, close);
    rest = rest.slice(close + 1);
  }
  return out;
}

/** Removes keep-marks from text shown in a Latin-script locale. */
export function stripKeepMarks(text: string): string {
  return text.split(KEEP_OPEN).join('').split(KEEP_CLOSE).join('');
}
