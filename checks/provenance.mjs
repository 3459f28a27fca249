// How the report writes numbers, and the fixed figures, shared by checks/data.mjs (node) and test/data.test.ts (Chromium):
// pure functions, no imports, so both can load this one file.

export const WORDS = {
  0: ['none', 'zero', 'no', 'any'],
  1: ['one', 'once'],
  2: ['two'],
  3: ['three'],
  4: ['four'],
  5: ['five'],
  6: ['six'],
  7: ['seven'],
  8: ['eight'],
  9: ['nine'],
  10: ['ten'],
  11: ['eleven'],
  12: ['twelve'],
};

/** The ways the report may write n: 1650000, 1,650,000, 50.5 million, nine, none. */
export function writtenForms(n) {
  const digits = new Set([String(n), n.toLocaleString('en-US', { maximumFractionDigits: 20 })]);
  if (n >= 1e6 && Number.isInteger(n / 1e4)) digits.add(`${n / 1e6} million`);
  return { digits: [...digits], words: WORDS[n] ?? [] };
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A regular-expression source matching n as a whole figure in any written form: digits not part
 * of a longer number (24 is not in 2024, 500 not in 500,000) or a number word not part of a longer
 * word (four is not in fourteen). Use it with the `i` flag.
 */
export function figurePattern(n) {
  const { digits, words } = writtenForms(n);
  const alternatives = digits.map((d) => `(?<![0-9.,])${escapeRe(d)}(?![0-9]|[.,][0-9])`);
  if (words.length) alternatives.push(`\\b(?:${words.map(escapeRe).join('|')})\\b`);
  return `(?:${alternatives.join('|')})`;
}

/** True when text states n in one of its written forms, as a whole number (24 does not match 2024). */
export function statesNumber(text, n) {
  return new RegExp(figurePattern(n), 'i').test(text);
}

/** Ids the widgets and users rely on, with the figures the report gives for them. */
export const FIXED_FIGURES = {
  'victims-identified': { value: 64, previous: 58 },
  'potential-victims-referred': { value: 184, previous: 168 },
  'police-suspects': { value: 24, previous: 16 },
  investigations: { value: 42, previous: 28 },
  prosecutions: { value: 32, previous: 33 },
  convictions: { value: 21, previous: 18 },
  'cptv-funding': { value: 50500000, previous: 34000000, valueUsd: 449610, previousUsd: 302710 },
};
