// Serbian Latin → Cyrillic: the one-to-one mapping, its digraphs and their rare exceptions, and what is kept.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { SPLIT_PREFIXES, keptRuns, stripKeepMarks, toCyrillic } from '../src/locales/sr/translit.js';

const LATIN = /\p{Script=Latin}/u;
/** The 27 single letters of Serbian Latin (lj, nj, dž arise from l+j, n+j, d+ž). */
const SERBIAN_LATIN = [...'abcčćdđefghijklmnoprsštuvzž'];

describe('toCyrillic', () => {
  const cases: [string, string][] = [
    // The digraphs are one letter each.
    ['njegov', 'његов'],
    ['ljudi', 'људи'],
    ['džep', 'џеп'],
    ['Nadžak', 'Наџак'],
    // Capitalised and all-caps digraphs are one capital letter.
    ['Ljubljana', 'Љубљана'],
    ['LJUBAV', 'ЉУБАВ'],
    ['Njegoš', 'Његош'],
    ['DŽEP', 'ЏЕП'],
    ['NJEGOŠ i Ljiljana', 'ЊЕГОШ и Љиљана'],
    // Every letter once.
    ['a b c č ć d đ e f g h i j k l m n o p r s š t u v z ž', 'а б ц ч ћ д ђ е ф г х и ј к л м н о п р с ш т у в з ж'],
    ['Đorđe Čačak Ćuprija Šabac Žabalj', 'Ђорђе Чачак Ћуприја Шабац Жабаљ'],
    // Exceptions: the letters belong to different morphemes.
    ['nadživeti', 'надживети'],
    ['Nadživeo je sve', 'Надживео је све'],
    ['injekcija', 'инјекција'],
    ['INJEKCIJE', 'ИНЈЕКЦИЈЕ'],
    ['konjunktura', 'конјунктура'],
    ['podžanr', 'поджанр'],
    ['Tanjug', 'Танјуг'],
    // …but only those words: similar words keep the digraph.
    ['nadžak', 'наџак'],
    ['tanjur', 'тањур'],
    ['konj', 'коњ'],
    ['odžak', 'оџак'],
    // Decomposed input (c + combining caron) and the Unicode digraph letters.
    ['dz\u030Cep', 'џеп'],
    ['ǅep ǈubav ǌiva', 'Џеп Љубав њива'],
    // Digits and punctuation stay; numbers formatted by Intl are untouched.
    ['Porast od 6 u odnosu na 2023. (58)', 'Пораст од 6 у односу на 2023. (58)'],
    ['50,5 miliona; 1.234.567,5 – „citat” (+10,3%)!?', '50,5 милиона; 1.234.567,5 – „цитат” (+10,3%)!?'],
    ['', ''],
  ];
  for (const [latin, cyrillic] of cases) {
    it(`“${latin}” → “${cyrillic}”`, () => {
      expect(toCyrillic(latin)).to.equal(cyrillic);
    });
  }

  it('keeps runs marked ⟦ ⟧ in Latin and removes the marks', () => {
    expect(toCyrillic('Centar (⟦CPTV⟧) prima pozive')).to.equal('Центар (CPTV) прима позиве');
    expect(toCyrillic('Preuzmi ⟦CSV⟧')).to.equal('Преузми CSV');
    expect(toCyrillic('⟦ASTRA⟧ i Atina')).to.equal('ASTRA и Атина');
    // An unclosed mark keeps the rest; a stray closing mark is dropped.
    expect(toCyrillic('vidi ⟦tip-widgets')).to.equal('види tip-widgets');
    expect(toCyrillic('a ⟧ b')).to.equal('а  б');
    expect(stripKeepMarks('Preuzmi ⟦CSV⟧')).to.equal('Preuzmi CSV');
    expect(keptRuns('⟦CPTV⟧ i ⟦CSV⟧, ⟦⟧')).to.deep.equal(['CPTV', 'CSV']);
  });

  it('keeps web and e-mail addresses as written', () => {
    expect(toCyrillic('Više na https://www.state.gov/reports/2025-trafficking-in-persons-report/serbia/ i dalje')).to.equal(
      'Више на https://www.state.gov/reports/2025-trafficking-in-persons-report/serbia/ и даље',
    );
    expect(toCyrillic('sajt http://astra.org.rs/eng/, ili www.atina.org.rs.')).to.equal('сајт http://astra.org.rs/eng/, или www.atina.org.rs.');
    expect(toCyrillic('pišite na info@astra.org.rs danas')).to.equal('пишите на info@astra.org.rs данас');
  });

  it('keeps {placeholders}, which are filled in after transliteration', () => {
    expect(toCyrillic('Porast od {diff} u odnosu na {year}. ({previous})')).to.equal('Пораст од {diff} у односу на {year}. ({previous})');
  });

  it('leaves words that are not Serbian Latin alone (q, w, x, y, foreign accents)', () => {
    expect(toCyrillic('Twitter, Wi-Fi i Fox')).to.equal('Twitter, Wi-Fi и Fox');
    expect(toCyrillic('café i Müller')).to.equal('café и Müller');
  });

  it('leaves Cyrillic as it is', () => {
    expect(toCyrillic('Већ ћирилица: Љубљана, џеп')).to.equal('Већ ћирилица: Љубљана, џеп');
  });

  it('documents every exception as a word start with one split point', () => {
    for (const entry of SPLIT_PREFIXES) {
      expect(entry, entry).to.match(/^[a-zčćđšž]+\|[a-zčćđšž]+$/);
      const [before, after] = entry.split('|') as [string, string];
      expect(`${before.slice(-1)}${after[0]}`, entry).to.be.oneOf(['dž', 'nj', 'lj']);
    }
  });

  describe('properties', () => {
    const serbianLetter = fc.constantFrom(...SERBIAN_LATIN, ...SERBIAN_LATIN.map((c) => c.toUpperCase()));

    it('turns any text of Serbian Latin letters, spaces, digits and punctuation into text with no Latin letter', () => {
      const unit = fc.oneof({ weight: 8, arbitrary: serbianLetter }, { weight: 2, arbitrary: fc.constantFrom(' ', '-', ',', '.', '5', '„', '”', '\n') });
      fc.assert(
        fc.property(fc.string({ unit, maxLength: 60 }), (text) => {
          const out = toCyrillic(text);
          expect(out, `${JSON.stringify(text)} → ${JSON.stringify(out)}`).not.to.match(LATIN);
        }),
        { numRuns: 500 },
      );
    });

    it('gives one Cyrillic letter per Latin letter, except where two Latin letters make one', () => {
      fc.assert(
        fc.property(fc.string({ unit: serbianLetter, minLength: 1, maxLength: 30 }), (word) => {
          const out = toCyrillic(word);
          const pairs = (word.toLowerCase().match(/lj|nj|dž/g) ?? []).length;
          expect(out.length).to.be.within(word.length - pairs, word.length);
        }),
        { numRuns: 300 },
      );
    });

    it('is the identity on text without Latin letters (Cyrillic, digits, symbols, other scripts)', () => {
      const cyrillic = fc.constantFrom(...'абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЉЊЏШћ'.split(''));
      const anyChar = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });
      const unit = fc.oneof(cyrillic, anyChar, fc.constantFrom(' ', '1', '.', '{', '}', '@', ':', '/'));
      const noLatin = fc.string({ unit, maxLength: 60 }).filter((s) => !LATIN.test(s) && !/[⟦⟧]/u.test(s));
      fc.assert(
        fc.property(noLatin, (text) => {
          expect(toCyrillic(text)).to.equal(text);
        }),
        { numRuns: 500 },
      );
    });
  });
});
