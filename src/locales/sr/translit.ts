// Serbian Latin → Cyrillic, by the language's one-to-one mapping (lj, nj, dž are single letters).

const SINGLE: Record<string, string> = {
  a: 'а', b: 'б', c: 'ц', č: 'ч', ć: 'ћ', d: 'д', đ: 'ђ', e: 'е', f: 'ф', g: 'г', h: 'х',
  i: 'и', j: 'ј', k: 'к', l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', r: 'р', s: 'с', š: 'ш',
  t: 'т', u: 'у', v: 'в', z: 'з', ž: 'ж',
  // The single-code-point digraphs of Unicode (Ǆ ǅ ǆ, Ǉ ǈ ǉ, Ǌ ǋ ǌ), lower-cased.
  ǆ: 'џ', ǉ: 'љ', ǌ: 'њ',
};
const DIGRAPH: Record<string, string> = { lj: 'љ', nj: 'њ', dž: 'џ' };

/** A word made only of letters of the Serbian Latin alphabet (either case). No q, w, x, y, é, ü… */
const SERBIAN_LATIN_WORD = /^[a-pr-vzčćđšžǄ-ǌA-PR-VZČĆĐŠŽ]+$/u;

/**
 * The few words in which the two letters of a digraph belong to different morphemes and stay two
 * Cyrillic letters: a prefix ending in d/n before a root starting with ž/j, or a borrowed stem.
 * "nadživeti" → надживети and "injekcija" → инјекција, while "Nadžak" → Наџак and "njegov" → његов.
 * Each entry is the start of a lower-cased word, with `|` between the letters that stay apart;
 * it covers every ending of the word (nadživeo, nadživljavati, injekcije, konjunkture…).
 * Sources: the exception lists of Serbian Latin/Cyrillic converters and Pravopis srpskoga jezika.
 */
export const SPLIT_PREFIXES: readonly string[] = [
  // d|ž: nad-, pod-, pred- + ž…
  'nad|živ', 'nad|žnj', 'nad|žup', 'pod|žanr', 'pod|žup', 'pred|žetv',
  // n|j: in-, kon-, van-, pan- + j…, and the agency Tanjug (TANJUG = Telegrafska agencija nova Jugoslavija)
  'in|jekc', 'in|jekt', 'in|junk', 'kon|jekt', 'kon|jug', 'kon|junk', 'van|jez', 'van|jug', 'pan|jug', 'tan|jug',
];

/** Text between these marks is a name or abbreviation that stays in Latin script (⟦CSV⟧). */
const KEEP_OPEN = '⟦';
const KEEP_CLOSE = '⟧';

/**
 * Runs that are never transliterated: a ⟦…⟧ mark (unclosed: to the end), a web address, an e-mail
 * address, and a `{placeholder}` of a message template (filled in after transliteration).
 */
const KEPT = /⟦[^⟧]*(?:⟧|$)|https?:\/\/[^\s⟦⟧]+|\bwww\.[^\s⟦⟧]+|[^\s⟦⟧]+@[^\s⟦⟧]+|\{[A-Za-z_]\w*\}/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase();
}

function transliterateWord(word: string): string {
  const nfc = word.normalize('NFC');
  // Not Serbian Latin (an English word, a foreign name, another script): leave it as written.
  if (!SERBIAN_LATIN_WORD.test(nfc)) return word;
  const lower = nfc.toLowerCase();
  const split = SPLIT_PREFIXES.find((p) => lower.startsWith(p.replace('|', '')));
  // Index of the second letter of the pair that stays two letters.
  const splitAt = split ? split.indexOf('|') : -1;
  let out = '';
  for (let i = 0; i < nfc.length; i++) {
    const ch = nfc[i]!;
    const pair = lower.slice(i, i + 2);
    const digraph = DIGRAPH[pair];
    if (digraph && i + 1 !== splitAt) {
      // Lj/LJ/lj: one Cyrillic letter, capital when the first Latin letter is.
      out += isUpper(ch) ? digraph.toUpperCase() : digraph;
      i++;
      continue;
    }
    const mapped = SINGLE[lower[i]!]!;
    out += isUpper(ch) ? mapped.toUpperCase() : mapped;
  }
  return out;
}

/** A word, hyphenated compounds included, so "Wi-Fi" is judged as one foreign word. */
const WORD = /\p{L}[\p{L}\p{M}]*(?:-\p{L}[\p{L}\p{M}]*)*/gu;

function transliterateRun(text: string): string {
  return text.replace(WORD, (compound) =>
    compound.split('-').some((w) => !SERBIAN_LATIN_WORD.test(w.normalize('NFC')))
      ? compound
      : compound.split('-').map(transliterateWord).join('-'),
  );
}

/**
 * Transliterates Serbian Latin text to Cyrillic, letter by letter (lj, nj, dž are one letter each,
 * except in the words of {@link SPLIT_PREFIXES}). Left as written: runs between {@link KEEP_OPEN} and
 * {@link KEEP_CLOSE} (the marks are removed), http(s):// and www. addresses, e-mail addresses,
 * `{placeholders}`, and every word that is not made only of Serbian Latin letters (so digits,
 * punctuation, Cyrillic and words with q, w, x, y or foreign accents pass through unchanged).
 */
export function toCyrillic(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(KEPT)) {
    // A stray closing mark outside a kept run is dropped too.
    out += stripKeepMarks(transliterateRun(text.slice(last, match.index))) + stripKeepMarks(match[0]);
    last = match.index + match[0].length;
  }
  return out + stripKeepMarks(transliterateRun(text.slice(last)));
}

/** Removes keep-marks from text shown in a Latin-script locale. */
export function stripKeepMarks(text: string): string {
  return text.split(KEEP_OPEN).join('').split(KEEP_CLOSE).join('');
}

/** The runs of `text` marked to stay Latin (⟦CSV⟧ → "CSV"), for checks that Cyrillic output has no other Latin. */
export function keptRuns(text: string): string[] {
  return [...text.matchAll(/⟦([^⟧]*)⟧/gu)].map((m) => m[1]!).filter(Boolean);
}
