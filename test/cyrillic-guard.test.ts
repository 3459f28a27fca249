// A guard for the Cyrillic transform (issue 27): Serbian Cyrillic is generated from the Latin
// text and only ⟦…⟧ runs stay Latin, so an unmarked acronym or English word in any Serbian Latin
// string (the interface catalog, the breakdown terms, every sr-Latn text of the dataset) would be
// shown as "ЦПТВ", "Тиер 2" or "Стате Департмент". checks/cyrillic-guard.mjs finds them.
import { expect } from '@open-wc/testing';
import { srLatn, terms } from '../src/locales/sr/messages.js';
import { toCyrillic } from '../src/locales/sr/translit.js';
import { ALLOWED, latinLeaks, leakProblems, serbianTexts } from '../checks/cyrillic-guard.mjs';
import type { Dataset } from '../src/data/types.js';

let data: Dataset;
before(async () => {
  data = (await (await fetch(new URL('../data/serbia-2025.json', import.meta.url))).json()) as Dataset;
});

/** Every Serbian Latin string the widgets show, as [where, text]. */
const allSerbian = (): [string, string][] => [
  ...Object.entries(srLatn).map(([key, text]): [string, string] => [`catalog ${key}`, text]),
  ...Object.entries(terms).map(([id, text]): [string, string] => [`terms ${id}`, text]),
  ...serbianTexts(data),
];

describe('Cyrillic guard: no unmarked acronym or English word in Serbian Latin text', () => {
  it('the catalog, the terms and every sr-Latn text of the dataset pass', () => {
    const texts = allSerbian();
    // The dataset part covers labels, quotes, notes, discrepancies, hotline fields and the summary.
    expect(texts.filter(([where]) => where.startsWith('metrics.')).length).to.be.greaterThan(150);
    expect(texts.some(([where]) => where.startsWith('discrepancies['))).to.equal(true);
    expect(texts.some(([where]) => where.startsWith('hotlines['))).to.equal(true);
    expect(texts.some(([where]) => where.startsWith('recommendations['))).to.equal(true);
    expect(leakProblems(texts)).to.deep.equal([]);
  });

  it('every allowed word is in use and has its reason (no stale entries)', () => {
    const texts = allSerbian().map(([, text]) => text);
    expect(Object.keys(ALLOWED).sort()).to.deep.equal(['ASTRA', 'SOS']);
    for (const [word, reason] of Object.entries(ALLOWED)) {
      expect(reason.length, word).to.be.greaterThan(20);
      expect(texts.some((t) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(t)), `${word} is used`).to.equal(true);
    }
    expect(toCyrillic('SOS linija nevladine organizacije ASTRA')).to.equal('СОС линија невладине организације АСТРА');
  });

  it('fails on an unmarked CPTV, and passes it marked ⟦CPTV⟧', () => {
    // What the guard prevents: the transform would spell the acronym in Cyrillic letters.
    expect(toCyrillic('SOS linija CPTV')).to.equal('СОС линија ЦПТВ');
    const fixture: [string, string][] = [['metrics.hotline-calls.labels.sr-Latn', 'Pozivi upućeni SOS liniji CPTV']];
    expect(leakProblems(fixture)).to.deep.equal(['metrics.hotline-calls.labels.sr-Latn: “CPTV”, an all-capital word (an acronym?): mark it ⟦CPTV⟧ or translate it']);
    expect(leakProblems([['x', 'Pozivi upućeni SOS liniji ⟦CPTV⟧']])).to.deep.equal([]);
    expect(toCyrillic('SOS liniji ⟦CPTV⟧')).to.equal('СОС линији CPTV');
    // The same fixture inside the dataset: the walk finds it.
    const broken = JSON.parse(JSON.stringify(data)) as Dataset;
    broken.metrics['hotline-calls']!.labels!['sr-Latn'] = 'Pozivi upućeni SOS liniji CPTV';
    expect(leakProblems(serbianTexts(broken)).map((p) => p.split(':')[0])).to.deep.equal(['metrics.hotline-calls.labels.sr-Latn']);
  });

  it('fails on the report\'s English names and acronyms left in a Serbian string', () => {
    const words = (text: string) => latinLeaks(text).map((l) => l.word);
    expect(words('Srbija je na nivou Tier 2')).to.deep.equal(['Tier']);
    expect(words('Izveštaj State Department-a')).to.deep.equal(['State', 'Department']);
    expect(words('Lista posmatranja (Tier 2 Watch List)')).to.deep.equal(['Tier', 'Watch']);
    expect(words('Javno tužilaštvo (PPO) i ATC')).to.deep.equal(['PPO', 'ATC']);
    expect(words('preuzmi CSV')).to.deep.equal(['CSV']);
    // Serbian words, addresses, e-mails, placeholders and marked runs pass; so does a one-letter capital.
    expect(words('Preuzmi ⟦CSV⟧ sa https://www.state.gov/reports ili piši na info@astra.rs: {org}, {number}')).to.deep.equal([]);
    expect(words('Akcioni plan, table i police; list A')).to.deep.equal([]);
  });
});
