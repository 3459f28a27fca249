// Every message and label exists in every locale, Cyrillic output has no stray Latin, and numbers come from Intl.
import { expect } from '@open-wc/testing';
import '../src/tier-badge.js';
import '../src/stat-card.js';
import '../src/recommendation-list.js';
import '../src/hotline-callout.js';
import '../src/yoy-chart.js';
// The callout's quick exit brings its messages with its own module (loaded by a callout with
// quick-exit, which registers them on its first render): registered here as it would.
import { messages as exitMessages } from '../src/components/hotline-callout/exit.messages.js';
import type { TipElement } from '../src/base/tip-element.js';
import type { Dataset } from '../src/data/types.js';
import { intlTag, type Locale } from '../src/i18n/locale.js';
import { addMessages, messageKeys, msg, template, type MessageKey } from '../src/i18n/messages.js';

addMessages(exitMessages);
import { srLatn } from '../src/locales/sr/messages.js';
import { loadLocale } from '../src/i18n/messages.js';

// The Serbian pack loads on demand in the widgets; these tests read its catalog directly.
await loadLocale('sr-Latn');
import { termLabel } from '../src/i18n/terms.js';
import { keptRuns, toCyrillic } from '../src/locales/sr/translit.js';
import { html, mount, part } from './helpers.js';

/** The Serbian Latin message as written, ⟦keep-marks⟧ included. */
const latinSource = (key: MessageKey): string => srLatn[key];

const LATIN_RUNS = /[\p{Script=Latin}][\p{Script=Latin}\p{M}.'-]*/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();

/** Names the catalog marks ⟦ ⟧ to stay Latin in Cyrillic (⟦CSV⟧ → "CSV"). */
const KEPT_NAMES = [...new Set(messageKeys().flatMap((key) => keptRuns(latinSource(key))))];

async function dataset(): Promise<Dataset> {
  const res = await fetch(new URL('../data/serbia-2025.json', import.meta.url));
  return (await res.json()) as Dataset;
}

/** `text` minus `allowed` strings and {placeholders}; what is left must not be Latin. */
function strayLatin(text: string, allowed: readonly string[] = []): string[] {
  let rest = text.replace(/\{\w+\}/g, ' ');
  for (const name of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(name).join(' ');
  return rest.match(LATIN_RUNS) ?? [];
}

/**
 * What a reader of `el` gets in the widget's own language: the shadow root's text and aria-labels,
 * minus everything inside an element marked `lang="en"` (quotes, recommendations, the report title).
 */
function localizedText(el: Element): string {
  const root = el.shadowRoot!;
  const english = (node: Element | null) => !!node?.closest('[lang]')?.getAttribute('lang')?.toLowerCase().startsWith('en');
  const out: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (parent?.closest('style, script') || english(parent)) continue;
    out.push(node.textContent ?? '');
  }
  for (const labelled of root.querySelectorAll('[aria-label]')) {
    if (!english(labelled)) out.push(labelled.getAttribute('aria-label')!);
  }
  return out.join(' ').replace(/\s+/g, ' ').trim();
}

describe('i18n: catalogs', () => {
  it('has an English message, from the elements’ own catalogs, for every Serbian key and the other way round', async () => {
    await loadLocale('sr-Latn');
    const serbian = Object.keys(srLatn).sort();
    expect(messageKeys().slice().sort()).to.deep.equal(serbian);
  });

  it('has a non-empty sr-Latn message for every English key, with the same placeholders', () => {
    expect(messageKeys().length).to.be.greaterThan(50);
    for (const key of messageKeys()) {
      const en = template('en', key);
      const latin = latinSource(key);
      expect(en.trim(), `en ${key}`).not.to.equal('');
      expect(latin, `sr-Latn ${key}`).to.be.a('string');
      expect(latin.trim(), `sr-Latn ${key}`).not.to.equal('');
      expect(placeholders(latin), `placeholders of sr-Latn ${key}`).to.deep.equal(placeholders(en));
      expect(placeholders(template('sr-Cyrl', key)), `placeholders of sr-Cyrl ${key}`).to.deep.equal(placeholders(en));
    }
  });

  it('writes the Latin catalog in Latin and every Cyrillic message with no Latin letter outside ⟦kept⟧ names', () => {
    expect(KEPT_NAMES).to.include('CSV');
    for (const key of messageKeys()) {
      expect(template('sr-Latn', key), `sr-Latn ${key}`).not.to.match(CYRILLIC);
      expect(template('sr-Latn', key), `sr-Latn ${key} keeps no marks`).not.to.match(/[⟦⟧]/u);
      const cyrillic = template('sr-Cyrl', key);
      expect(cyrillic, `sr-Cyrl ${key} keeps no marks`).not.to.match(/[⟦⟧]/u);
      expect(strayLatin(cyrillic, keptRuns(latinSource(key))), `sr-Cyrl ${key}: ${cyrillic}`).to.deep.equal([]);
    }
  });

  it('fills placeholders in Cyrillic messages', () => {
    expect(msg('sr-Cyrl', 'stat.up', { diff: '6', year: '2023', previous: '58' })).to.equal('Пораст од 6 у односу на 2023. (58)');
    expect(msg('sr-Latn', 'stat.down', { diff: '1', year: '2023', previous: '33' })).to.equal('Pad od 1 u odnosu na 2023. (33)');
    expect(msg('en', 'stat.up', { diff: '6', year: '2023', previous: '58' })).to.equal('Up 6 from 58 in 2023');
  });

  it('labels every metric in sr-Latn, and its Cyrillic has no Latin letter outside ⟦kept⟧ names', async () => {
    const data = await dataset();
    expect(data.country.names?.['sr-Latn']).to.equal('Srbija');
    for (const [id, metric] of Object.entries(data.metrics)) {
      const latin = metric.labels?.['sr-Latn'];
      expect(latin?.trim(), `sr-Latn label of ${id}`).to.be.a('string').and.not.equal('');
      expect(latin, `sr-Latn label of ${id}`).not.to.match(CYRILLIC);
      const cyrillic = toCyrillic(latin!);
      expect(strayLatin(cyrillic, keptRuns(latin!)), `${id}: ${cyrillic}`).to.deep.equal([]);
    }
  });

  it('names every breakdown group and item of the dataset in Serbian', async () => {
    const data = await dataset();
    const ids = new Set<string>();
    for (const metric of Object.values(data.metrics)) {
      for (const group of metric.breakdown ?? []) {
        ids.add(group.id);
        for (const item of group.items) ids.add(item.id);
      }
    }
    expect(ids.size).to.be.greaterThan(15);
    for (const id of ids) {
      const latin = termLabel('sr-Latn', id, 'English');
      expect(latin.lang, `Serbian name for breakdown id “${id}”`).to.equal('sr-Latn');
      const cyrillic = termLabel('sr-Cyrl', id, 'English');
      expect(cyrillic.lang).to.equal('sr-Cyrl');
      expect(strayLatin(cyrillic.text), `${id}: ${cyrillic.text}`).to.deep.equal([]);
    }
    expect(termLabel('sr-Latn', 'no-such-id', 'Other')).to.deep.equal({ text: 'Other', lang: 'en' });
  });
});

describe('i18n: rendered Cyrillic (locale="sr") has no Latin letter outside English quotes and kept names', () => {
  let data: Dataset;
  /**
   * Latin a Cyrillic page legitimately shows: ⟦kept⟧ names and the host names of cited pages.
   */
  let allowed: string[];

  before(async () => {
    data = await dataset();
    const hosts = data.hotlines.flatMap((h) => (h.source ? [new URL(h.source.url).hostname.replace(/^www\./, '')] : []));
    allowed = [...KEPT_NAMES, ...hosts];
  });

  async function expectNoStrayLatin(el: TipElement, extra: readonly string[] = []): Promise<string> {
    expect(el.resolvedLocale).to.equal('sr-Cyrl');
    const text = localizedText(el);
    expect(text, `<${el.localName}> rendered nothing`).to.match(CYRILLIC);
    expect(strayLatin(text, [...allowed, ...extra]), `<${el.localName}>: ${text}`).to.deep.equal([]);
    return text;
  }

  it('tier badge, full with history and compact', async () => {
    const full = await mount<TipElement>(html`<tip-tier-badge locale="sr" show-history></tip-tier-badge>`);
    const text = await expectNoStrayLatin(full);
    expect(text).to.contain('Ниво 2').and.contain('Листа посматрања нивоа 2').and.contain('Србија');
    const compact = await mount<TipElement>(html`<tip-tier-badge locale="sr" variant="compact"></tip-tier-badge>`);
    await expectNoStrayLatin(compact);
  });

  it('stat card, for every metric, with its breakdown', async () => {
    for (const id of Object.keys(data.metrics)) {
      const el = await mount<TipElement>(html`<tip-stat-card locale="sr" metric=${id} show-breakdown></tip-stat-card>`);
      expect(part(el, 'label')!.getAttribute('lang'), id).to.equal('sr-Cyrl');
      await expectNoStrayLatin(el);
      el.remove();
    }
  });

  it('recommendation list, whole and by section', async () => {
    await expectNoStrayLatin(await mount<TipElement>(html`<tip-recommendation-list locale="sr"></tip-recommendation-list>`));
    await expectNoStrayLatin(await mount<TipElement>(html`<tip-recommendation-list locale="sr" section="prevention" limit="1"></tip-recommendation-list>`));
  });

  it('hotline callout, organisations, hours and descriptions included', async () => {
    const el = await mount<TipElement>(html`<tip-hotline-callout locale="sr"></tip-hotline-callout>`);
    const text = await expectNoStrayLatin(el);
    expect(text).to.contain('АСТРА (невладина организација)').and.contain('Радно време: 0–24');
    expect(text).to.contain('Помоћ за особе погођене трговином људима');
  });


  it('year-over-year chart', async () => {
    const el = await mount<TipElement>(html`<tip-yoy-chart locale="sr" preset="law-enforcement"></tip-yoy-chart>`);
    await expectNoStrayLatin(el);
  });
});

describe('i18n: numbers through Intl in the resolved locale', () => {
  const LOCALES: Locale[] = ['en', 'sr-Latn', 'sr-Cyrl'];
  const money = (tag: string, currency: string, compact: boolean) =>
    new Intl.NumberFormat(tag, {
      style: 'currency',
      currency,
      currencyDisplay: 'name',
      minimumFractionDigits: 0,
      maximumFractionDigits: compact ? 3 : 20,
      ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
    });

  it('writes 50.5 million dinars the Serbian way in Serbian and the English way in English', async () => {
    const expected: Record<Locale, string> = {
      en: '50.5 million Serbian dinars',
      'sr-Latn': '50,5 miliona srpskih dinara',
      'sr-Cyrl': '50,5 милиона српских динара',
    };
    for (const locale of LOCALES) {
      const el = await mount<TipElement>(html`<tip-stat-card locale=${locale} metric="cptv-funding"></tip-stat-card>`);
      const figure = el.shadowRoot!.querySelector('.figure')!.textContent!.trim();
      expect(figure, locale).to.equal(money(intlTag(locale), 'RSD', true).format(50_500_000));
      expect(figure, locale).to.equal(expected[locale]);
    }
  });

  it('says the change in words with Intl amounts', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card locale="sr-Latn" metric="cptv-funding"></tip-stat-card>`);
    const f = money('sr-Latn-RS', 'RSD', true);
    const delta = part(el, 'delta')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(delta).to.contain(`Porast od ${f.format(16_500_000)} u odnosu na 2023. (${f.format(34_000_000)})`);
    expect(delta).to.contain('Porast od 16,5 miliona srpskih dinara u odnosu na 2023. (34 miliona srpskih dinara)');
  });

  it('matches Intl for percentages, grouping and the report’s USD conversion in every locale', async () => {
    for (const locale of LOCALES) {
      const tag = intlTag(locale);
      const victims = await mount<TipElement>(html`<tip-stat-card locale=${locale} metric="victims-identified"></tip-stat-card>`);
      const percent = new Intl.NumberFormat(tag, { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(6 / 58);
      expect(part(victims, 'delta')!.querySelector('.muted')!.textContent, locale).to.equal(`(${percent})`);
      expect(percent, locale).to.equal(locale === 'en' ? '+10.3%' : '+10,3%');

      const grouped = await mount<TipElement>(html`<tip-stat-card locale=${locale} metric="local-action-plan-funding"></tip-stat-card>`);
      const figure = grouped.shadowRoot!.querySelector('.figure')!.textContent!.trim();
      expect(figure, locale).to.equal(money(tag, 'RSD', false).format(950_000));
      expect(figure, locale).to.contain(locale === 'en' ? '950,000' : '950.000');

      const funding = await mount<TipElement>(html`<tip-stat-card locale=${locale} metric="cptv-funding"></tip-stat-card>`);
      const usd = new Intl.NumberFormat(tag, { style: 'currency', currency: 'USD', currencyDisplay: locale === 'en' ? 'symbol' : 'name', minimumFractionDigits: 0, maximumFractionDigits: 20 }).format(449_610);
      expect(funding.shadowRoot!.textContent, locale).to.contain(usd);
      expect(usd, locale).to.contain(locale === 'en' ? '449,610' : '449.610');
    }
  });

  it('writes years without grouping, as ordinals in Serbian', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card locale="sr-Latn" metric="victims-identified"></tip-stat-card>`);
    expect(part(el, 'value')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('64 u 2024.');
  });
});
