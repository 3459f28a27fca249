// Serbian content: the dataset's translations keep every figure and name institutions one way
// (checks/translation-fidelity.mjs, also run by checks/data.mjs), and the widgets show the
// report's words as a marked unofficial translation under or beside the English original, our own
// notes in Serbian, each text with the right `lang`.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { TipElement } from '../src/base/tip-element.js';
import type { Dataset } from '../src/data/types.js';
import { bundledDataset } from '../src/data/load.js';
import { loadLocale } from '../src/i18n/messages.js';
import { toCyrillic } from '../src/locales/sr/translit.js';
import {
  GLOSSARY,
  glossaryProblems,
  missingTranslations,
  nestingProblems,
  pairProblems,
  quoteMarkProblems,
  termProblems,
  translatedPairs,
  translationProblems,
} from '../checks/translation-fidelity.mjs';
import { expectAccessible, html, mount, part } from './helpers.js';

await loadLocale('sr-Latn');
const cyr = (latin: string) => toCyrillic(latin);
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

let data: Dataset;
let report: string;
before(async () => {
  data = (await (await fetch(new URL('../data/serbia-2025.json', import.meta.url))).json()) as Dataset;
  report = await (await fetch(new URL('../data/source/tip-2025-serbia.txt', import.meta.url))).text();
});
/** A deep copy of the dataset to break on purpose. */
const copy = (): Dataset => JSON.parse(JSON.stringify(data)) as Dataset;

describe('translations in the dataset', () => {
  it('translate every report text and every note of ours into sr-Latn, declared unofficial', () => {
    expect(missingTranslations(data, 'sr-Latn')).to.deep.equal([]);
    expect(data.translations?.['sr-Latn']?.status).to.equal('unofficial');
    // 12 recommendations, the summary, movement and 3 verdicts, 54 quotes, every note and description.
    const pairs = translatedPairs(data, 'sr-Latn');
    expect(pairs.filter(([, , , kind]) => kind === 'report').length).to.be.greaterThan(70);
    expect(pairs.filter(([where]) => where.includes('.notes[')).length).to.be.greaterThan(40);
  });

  it('keep every figure, currency, qualifier and negation of the original, in order', () => {
    expect(translationProblems(data, 'sr-Latn', report)).to.deep.equal([]);
  });

  it('mark every translated quote of the report in our notes as an unofficial translation (issue 27)', () => {
    expect(quoteMarkProblems(data, 'sr-Latn', report)).to.deep.equal([]);
    // The marks are there: the report's warning on statistics, quoted in four notes, and "Of the 51 victims".
    const marked = translatedPairs(data, 'sr-Latn').filter(([, , t]) => t.includes('” (nezvaničan prevod)'));
    expect(marked.length).to.be.greaterThan(15);
    // Unmarked, the check fails; a cited label („…” after "videti") and our own reading stay unmarked.
    const broken = copy();
    const notes = broken.metrics['police-suspects']!.translations!['sr-Latn']!.notes!;
    notes[0] = notes[0]!.replace('” (nezvaničan prevod)', '”');
    expect(quoteMarkProblems(broken, 'sr-Latn', report)).to.deep.equal(['metrics.police-suspects.notes[0]: 1 translated quote(s) of the report not followed by “(nezvaničan prevod)”']);
    const reading = data.metrics['temporary-residence-permits']!.translations!['sr-Latn']!.notes![1]!;
    expect(reading).to.contain('„(nijedna u 2023. godini)” (nezvaničan prevod)');
    expect(reading).to.contain('„nijedna strana žrtva nije dobila dozvolu u 2023. godini”.');
    // A mark on a text of ours that quotes no report words fails too.
    const over = copy();
    const own = over.metrics['investigations']!.translations!['sr-Latn']!.notes!;
    own[0] = own[0]!.replace('dalje pod istragom”', 'dalje pod istragom” (nezvaničan prevod)');
    expect(quoteMarkProblems(over, 'sr-Latn', report)).to.deep.equal(['metrics.investigations.notes[0]: 1 quote(s) marked “(nezvaničan prevod)”, but the English quotes the report 0 time(s)']);
  });

  it('nest a quotation inside a translated report text as ‚…‘, and render each term one way (issue 27)', () => {
    expect(nestingProblems(data, 'sr-Latn')).to.deep.equal([]);
    expect(data.metrics['closed-trials']!.translations!['sr-Latn']!.quote).to.contain('‚posebno osetljivog svedoka‘');
    const broken = copy();
    const t = broken.metrics['closed-trials']!.translations!['sr-Latn']!;
    t.quote = t.quote!.replace('‚posebno osetljivog svedoka‘', '„posebno osetljivog svedoka”');
    expect(nestingProblems(broken, 'sr-Latn')).to.deep.equal(['metrics.closed-trials.quote: a quotation inside a translated report text must use ‚…‘, not „…”']);
    // "recruitment agencies" and "labor recruitment companies" are one Serbian term; "employment agencies" another.
    expect(termProblems('Recruitment agencies in Vietnam charged', 'Agencije za posredovanje u zapošljavanju u Vijetnamu naplatile su')).to.deep.equal([]);
    expect(termProblems('Recruitment agencies in Vietnam charged', 'Agencije za zapošljavanje u Vijetnamu naplatile su')).to.have.length(2);
    expect(termProblems('Bans on recruitment activities', 'Zabrane obavljanja poslova zapošljavanja')).to.have.length(2);
    expect(termProblems('Labor inspections of employment agencies', 'Inspekcijski nadzori agencija za zapošljavanje')).to.deep.equal([]);
  });

  it('the check catches a figure changed, moved, dropped or added, a currency, a qualifier or a negation lost', () => {
    const en = 'CPTV officially identified 64 victims from the 184 potential victims, compared with 58 victims from the 168 potential victims in 2023.';
    const sr = 'Centar za zaštitu žrtava trgovine ljudima zvanično je identifikovao 64 žrtve od 184 potencijalne žrtve, u poređenju sa 58 žrtava od 168 potencijalnih žrtava u 2023. godini.';
    expect(pairProblems(en, sr)).to.deep.equal([]);
    expect(pairProblems(en, sr.replace('64', '65'))[0]).to.match(/figures differ/);
    expect(pairProblems(en, sr.replace('64 žrtve od 184', '184 žrtve od 64'))[0]).to.match(/figures differ/);
    expect(pairProblems(en, sr.replace(', u poređenju sa 58 žrtava od 168 potencijalnih žrtava u 2023. godini', ''))[0]).to.match(/figures differ/);
    // Written-out numbers count as figures in both languages, in any Serbian case.
    expect(pairProblems('identified nine victims', 'identifikovala devet žrtava')).to.deep.equal([]);
    expect(pairProblems('identified nine victims', 'identifikovala 8 žrtava')[0]).to.match(/English 9; translation 8/);
    expect(pairProblems('up to one year', 'do jedne godine')).to.deep.equal([]);
    expect(pairProblems('two to 12 years', 'od dve do 12 godina')).to.deep.equal([]);
    expect(pairProblems('an NGO', 'jednoj nevladinoj organizaciji')[0], 'an article is not "one"').to.match(/figures differ/);
    // Each language's separators: 1,650,000 and 50.5 are 1.650.000 and 50,5.
    expect(pairProblems('50.5 million dinars ($449,610)', '50,5 miliona dinara (449.610 dolara)')).to.deep.equal([]);
    expect(pairProblems('50.5 million dinars ($449,610)', '50,5 miliona evra (449.610 dolara)')[0]).to.match(/currencies differ/);
    expect(pairProblems('Approximately 500 workers', '500 radnika')[0]).to.match(/"approximately"/);
    expect(pairProblems('at least two victims', 'dve žrtve')[0]).to.match(/"at least"/);
    expect(pairProblems('The government did not disburse funds.', 'Vlada je isplatila sredstva.')[0]).to.match(/negation the translation lacks/);
  });

  it('name each institution by its one official Serbian name, in every Serbian text', () => {
    const serbian = [
      ...translatedPairs(data, 'sr-Latn').map(([where, english, translated]) => [where, english, translated] as const),
      ...data.hotlines.flatMap((h) => Object.entries(h.translations?.['sr-Latn'] ?? {}).map(([k, v]) => [`hotlines.${h.id}.${k}`, undefined, v] as const)),
    ];
    expect(serbian.flatMap(([where, english, text]) => glossaryProblems(text, english, where))).to.deep.equal([]);
    // Every glossary entry is used, so none is a dead rule; each is always written the same way.
    for (const entry of GLOSSARY) {
      const uses = serbian.flatMap(([, , text]) => [...text.matchAll(entry.forms)].map((m) => m[0]));
      expect(uses.length, entry.serbian).to.be.greaterThan(0);
    }
    expect(glossaryProblems('Centar za zaštitu žrtava je identifikovao', 'CPTV identified')).to.have.length(2);
    expect(glossaryProblems('CPTV je identifikovao', 'CPTV identified')[0]).to.match(/not the official name/);
    expect(glossaryProblems('Oružane snage Srbije', 'Serbian Armed Forces')[0]).to.match(/not the official name “Vojska Srbije”/);
    expect(glossaryProblems('Centru za zaštitu žrtava trgovine ljudima', 'to CPTV')).to.deep.equal([]);
  });

  it('load only for a widget in another language, without changing the English parts other widgets share', async () => {
    const english = await bundledDataset({ metrics: ['convictions'], recommendations: true, hotlines: true });
    const { withTranslations } = await import('../src/data/translations.js');
    const serbian = await withTranslations(english, 'sr-Latn');
    expect(english.metrics.convictions!.translations).to.equal(undefined);
    expect(english.recommendations[0]!.translations).to.equal(undefined);
    expect(serbian.metrics.convictions!.translations?.['sr-Latn']?.quote).to.equal(data.metrics.convictions!.translations!['sr-Latn']!.quote);
    expect(serbian.recommendations.map((r) => r.translations?.['sr-Latn']?.text)).to.deep.equal(data.recommendations.map((r) => r.translations!['sr-Latn']!.text));
    expect(serbian.translations?.['sr-Latn']?.movementQuote).to.equal('Srbija je unapređena na Nivo 2.');
    expect(serbian.discrepancies.map((d) => d.translations?.['sr-Latn']?.description)).to.deep.equal(
      serbian.discrepancies.map((d) => data.discrepancies.find((x) => x.id === d.id)!.translations!['sr-Latn']!.description),
    );
    const again = await bundledDataset({ metrics: ['convictions'] });
    expect(again.metrics.convictions!.translations, 'the cached English chunk is untouched').to.equal(undefined);
  });

  it('come for the metrics a hotline cites with the hotlines’ own translations, exactly as in the file', async () => {
    const { withTranslations } = await import('../src/data/translations.js');
    const callout = await withTranslations(await bundledDataset({ metrics: [], hotlines: true }), 'sr-Latn');
    const cited = data.hotlines.flatMap((h) => h.metrics ?? []);
    expect(cited.length).to.be.greaterThan(0);
    for (const id of cited) expect(callout.metrics[id]!.translations?.['sr-Latn'], id).to.deep.equal(data.metrics[id]!.translations!['sr-Latn']);
    for (const h of callout.hotlines) expect(h.translations?.['sr-Latn'], h.id).to.deep.equal(data.hotlines.find((x) => x.id === h.id)!.translations!['sr-Latn']);
  });
});

/** Every text node of `el`'s shadow root (closed disclosures opened) with the `lang` it is read in. */
async function textsByLang(el: TipElement): Promise<{ text: string; lang: string; node: Element }[]> {
  el.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = true));
  await el.updateComplete;
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  const found: { text: string; lang: string; node: Element }[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = squash(node.textContent);
    const parent = node.parentElement;
    if (!text || !parent || parent.closest('style')) continue;
    found.push({ text, lang: parent.closest('[lang]')?.getAttribute('lang') ?? '', node: parent });
  }
  return found;
}

/** English allowed in a Serbian widget: the report's verbatim words and its title, nothing else. */
function allowedEnglish(node: Element): boolean {
  return node.closest('blockquote, .original, [part~="source-line"] a, a[lang="en"]') !== null;
}

const SERBIAN_VIEWS = [
  html`<tip-tier-badge show-history></tip-tier-badge>`,
  html`<tip-stat-card metric="victims-identified" show-breakdown></tip-stat-card>`,
  html`<tip-stat-card metric="convictions" show-breakdown></tip-stat-card>`,
  html`<tip-stat-card metric="cptv-funding"></tip-stat-card>`,
  html`<tip-yoy-chart preset="law-enforcement"></tip-yoy-chart>`,
  html`<tip-recommendation-list></tip-recommendation-list>`,
  html`<tip-hotline-callout></tip-hotline-callout>`,
];

describe('Serbian widgets show Serbian content', () => {
  for (const lang of ['sr-Latn', 'sr'] as const) {
    it(`${lang}: no English but the report's verbatim words and title; every text marked with its language; axe clean`, async () => {
      const script = lang === 'sr' ? 'sr-Cyrl' : 'sr-Latn';
      for (const view of SERBIAN_VIEWS) {
        const wrapper = await mount<TipElement>(html`<div lang=${lang}>${view}</div>` as never);
        const el = (wrapper as unknown as HTMLElement).firstElementChild as TipElement;
        await el.loadComplete;
        el.shadowRoot!.querySelector<HTMLElement>('[part~="original-toggle"]')?.click();
        const texts = await textsByLang(el);
        const english = texts.filter((t) => t.lang === 'en');
        expect(english.filter((t) => !allowedEnglish(t.node)).map((t) => t.text), el.localName).to.deep.equal([]);
        // Everything else is in the widget's script and says so.
        const other = texts.filter((t) => t.lang !== 'en');
        expect([...new Set(other.map((t) => t.lang))], el.localName).to.deep.equal([script]);
        if (lang === 'sr') expect(other.filter((t) => /[a-zčćđšž]{4,}/i.test(t.text.replace(/https?:\S+|[\w.-]+\.(rs|org|gov)\S*|ASTRA|CSV/g, ''))).map((t) => t.text), el.localName).to.deep.equal([]);
        await expectAccessible(el);
      }
    });
  }

  it('stat card: the English quote first, the unofficial translation under it; our notes in Serbian', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card locale="sr-Latn" metric="victims-identified"></tip-stat-card>`);
    const source = part(el, 'source')!;
    const quote = source.querySelector('blockquote')!;
    const translation = source.querySelector('.translation')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(squash(quote.textContent)).to.equal(`“${data.metrics['victims-identified']!.quote}”`);
    expect(quote.compareDocumentPosition(translation) & Node.DOCUMENT_POSITION_FOLLOWING, 'translation after the quote').to.not.equal(0);
    expect(squash(translation.querySelector('strong')!.textContent)).to.equal('Nezvaničan prevod:');
    const translated = translation.querySelector('[lang="sr-Latn"]')!;
    expect(translated.textContent).to.equal(`„${data.metrics['victims-identified']!.translations!['sr-Latn']!.quote}”`);
    expect(translated.textContent).to.contain('zvanično je identifikovao 64 žrtve od 184 potencijalne žrtve');
    const notes = [...source.querySelectorAll('p > span[lang]')].map((s) => [s.getAttribute('lang'), s.textContent]);
    expect(notes.length).to.be.greaterThan(2);
    for (const [lang] of notes) expect(lang).to.equal('sr-Latn');
    expect(notes.map(([, t]) => t)).to.include(data.discrepancies.find((d) => d.id === 'victims-count-64-vs-51')!.translations!['sr-Latn']!.description);
    await expectAccessible(el);
  });

  for (const [locale, script, mark] of [
    ['sr-Latn', 'sr-Latn', 'nezvaničan prevod'],
    ['sr-Cyrl', 'sr-Cyrl', 'незваничан превод'],
  ] as const) {
    it(`stat card (${locale}): a report quote inside a note or a discrepancy is marked as an unofficial translation`, async () => {
      const el = await mount<TipElement>(html`<tip-stat-card locale=${locale} metric="victims-identified"></tip-stat-card>`);
      const source = part(el, 'source') as HTMLDetailsElement;
      source.open = true;
      const spans = [...source.querySelectorAll(`p > span[lang="${script}"]`)].map((s) => s.textContent ?? '');
      // The discrepancy and the note both quote "Of the 51 victims", each marked where the quote closes.
      const quoted = spans.filter((t) => t.includes(locale === 'sr-Latn' ? '„Od 51 žrtve”' : '„Од 51 жртве”'));
      expect(quoted, 'two texts quote the report').to.have.length(2);
      for (const t of quoted) expect(t).to.contain(`51 ${locale === 'sr-Latn' ? 'žrtve' : 'жртве'}” (${mark})`);
      // What a reader sees: the mark is rendered, not hidden.
      const flag = source.querySelector('.flag span')! as HTMLElement;
      expect(flag.innerText).to.contain(`(${mark})`);
    });
  }

  it('stat card in Cyrillic: the translation and the notes are transliterated, the quote stays English', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card locale="sr" metric="hotline-victims-identified"></tip-stat-card>`);
    const source = part(el, 'source')!;
    expect(source.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    const translation = source.querySelector('.translation')!;
    expect(squash(translation.querySelector('strong')!.textContent)).to.equal('Незваничан превод:');
    expect(translation.querySelector('[lang="sr-Cyrl"]')!.textContent).to.equal(`„${cyr(data.metrics['hotline-victims-identified']!.translations!['sr-Latn']!.quote!)}”`);
    expect(translation.textContent).to.contain('Центра за заштиту жртава трговине људима');
    const note = [...source.querySelectorAll('p > span[lang]')].at(-1)!;
    expect(note.getAttribute('lang')).to.equal('sr-Cyrl');
    expect(note.textContent).to.contain('девет');
  });

  it('`original` shows the report only in English; the interface and our notes still speak Serbian', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card locale="sr-Latn" metric="victims-identified" original></tip-stat-card>`);
    const source = part(el, 'source')!;
    expect(source.querySelector('.translation')).to.equal(null);
    expect(source.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    expect(source.querySelector('p > span[lang]')!.getAttribute('lang')).to.equal('sr-Latn');
    expect(squash(part(el, 'label')!.textContent)).to.equal('Identifikovane žrtve');
    const badge = await mount<TipElement>(html`<tip-tier-badge locale="sr" original></tip-tier-badge>`);
    expect(part(badge, 'source')!.querySelector('.translation')).to.equal(null);
  });

  it('recommendation list: the unofficial translation, said so, with the English original one click away', async () => {
    const el = await mount<TipElement>(html`<tip-recommendation-list locale="sr-Latn"></tip-recommendation-list>`);
    const items = [...part(el, 'list')!.querySelectorAll('li')];
    expect(items).to.have.length(12);
    items.forEach((li, i) => {
      const text = li.querySelector('[lang="sr-Latn"]')!;
      expect(text.textContent).to.equal(data.recommendations[i]!.translations!['sr-Latn']!.text);
      expect(li.querySelector('[lang="en"]')).to.equal(null);
      expect(li.value).to.equal(i + 1);
    });
    expect(squash(el.shadowRoot!.querySelector('.muted')!.textContent)).to.match(/^Nezvaničan prevod preporuka iz izveštaja/);
    // Not the unverified claim that the report exists only in English (issue 27).
    expect(el.shadowRoot!.querySelector('.muted')!.textContent).not.to.match(/samo na engleskom/);
    const button = part(el, 'original-toggle') as HTMLButtonElement;
    expect(squash(button.textContent)).to.equal('Prikaži original na engleskom');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('list');
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(squash(button.textContent)).to.equal('Sakrij original na engleskom');
    [...part(el, 'list')!.querySelectorAll('li')].forEach((li, i) => {
      const original = li.querySelector('.original')!;
      expect(original.getAttribute('lang')).to.equal('en');
      expect(original.textContent).to.equal(data.recommendations[i]!.text);
    });
    await expectAccessible(el);
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.original')).to.equal(null);
  });

  it('recommendation list in Cyrillic, and with `original`', async () => {
    const el = await mount<TipElement>(html`<tip-recommendation-list locale="sr" limit="2"></tip-recommendation-list>`);
    const first = part(el, 'list')!.querySelector('li [lang="sr-Cyrl"]')!;
    expect(first.textContent).to.equal(cyr(data.recommendations[0]!.translations!['sr-Latn']!.text));
    expect(first.textContent).to.match(/^Одлучно спроводити истраге/);
    const original = await mount<TipElement>(html`<tip-recommendation-list locale="sr" original></tip-recommendation-list>`);
    expect(part(original, 'original-toggle')).to.equal(null);
    const spans = [...part(original, 'list')!.querySelectorAll('li > span:first-child')];
    expect(spans.map((s) => s.getAttribute('lang'))).to.deep.equal(Array(12).fill('en'));
    expect(squash(original.shadowRoot!.querySelector('.muted')!.textContent)).to.equal(cyr('Preporuke su citirane iz izveštaja, u originalu na engleskom jeziku, i numerisane po prioritetu koji im daje izveštaj. Izveštaj ih ne razvrstava: oznake oblasti su naše.'));
  });

  it('hotline callout and tier badge: the report’s words in English, then the marked translation', async () => {
    const callout = await mount<TipElement>(html`<tip-hotline-callout locale="sr-Latn"></tip-hotline-callout>`);
    const facts = part(callout, 'report-facts')!;
    expect(facts.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    expect(facts.querySelector('.translation [lang="sr-Latn"]')!.textContent).to.contain('primila je 27 poziva u vezi sa trgovinom ljudima i identifikovala devet žrtava');
    const badge = await mount<TipElement>(html`<tip-tier-badge locale="sr-Latn"></tip-tier-badge>`);
    expect(part(badge, 'source')!.querySelector('.translation [lang="sr-Latn"]')!.textContent).to.equal('„Srbija je unapređena na Nivo 2.”');
  });

  it('chart: each figure’s quote with its translation, notes in Serbian', async () => {
    const el = await mount<TipElement>(html`<tip-yoy-chart locale="sr-Latn" metrics="convictions,prosecutions"></tip-yoy-chart>`);
    const items = [...part(el, 'source')!.querySelectorAll('.sources > li')];
    expect(items).to.have.length(2);
    for (const [li, id] of items.map((li, i) => [li, ['convictions', 'prosecutions'][i]!] as const)) {
      expect(li.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
      expect(li.querySelector('.translation [lang="sr-Latn"]')!.textContent).to.equal(`„${data.metrics[id]!.translations!['sr-Latn']!.quote}”`);
      for (const note of li.querySelectorAll('p > span[lang]')) expect(note.getAttribute('lang')).to.equal('sr-Latn');
    }
  });

  it('a dataset without translations works as before: English, marked lang="en"', async () => {
    const src = '/test/fixtures/fictional-2025.json';
    const list = await mount<TipElement>(html`<tip-recommendation-list locale="sr-Latn" src=${src}></tip-recommendation-list>`);
    expect(part(list, 'original-toggle')).to.equal(null);
    for (const span of part(list, 'list')!.querySelectorAll('li > span:first-child')) expect(span.getAttribute('lang')).to.equal('en');
    const fixture = (await (await fetch(src)).json()) as Dataset;
    const id = Object.keys(fixture.metrics).find((k) => fixture.metrics[k]!.notes?.length) ?? Object.keys(fixture.metrics)[0]!;
    const card = await mount<TipElement>(html`<tip-stat-card locale="sr" metric=${id} src=${src}></tip-stat-card>`);
    const source = part(card, 'source')!;
    expect(source.querySelector('.translation')).to.equal(null);
    for (const note of source.querySelectorAll('p > span[lang]')) expect(note.getAttribute('lang')).to.equal('en');
    await expectAccessible(card);
  });
});
