// A language plugged in from this file alone (issue 25, locale packs): a pseudo-locale registered
// with registerLocale(), its pack built here, and every widget speaks it: interface messages, the
// dataset's translated texts, breakdown terms, the unofficial-translation line and Intl formats.
// Nothing under src/ names it. (Each test file runs in a page of its own, so it stays here.)
import { expect } from '@open-wc/testing';
import { html as lit } from 'lit';
import '../src/tier-badge.js';
import '../src/stat-card.js';
import '../src/yoy-chart.js';
import '../src/recommendation-list.js';
import '../src/hotline-callout.js';
import type { TipElement } from '../src/base/tip-element.js';
import type { Dataset } from '../src/data/types.js';
import { matchLocale, type LocalePack } from '../src/i18n/locale.js';
import { registerLocale } from '../src/i18n/register.js';
import { messageKeys, template } from '../src/i18n/messages.js';
import { captureWarnings, expectAccessible, html, mount, text } from './helpers.js';

// CLDR's accented pseudo-locale: a real tag (axe accepts its language) that no built-in pack serves.
const TAG = 'en-XA';
const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };

/** Accented vowels in brackets, `{placeholders}` untouched: visibly not English, every word still readable. */
const pseudo = (english: string): string => `[${english.replace(/\{\w+\}|[aeiouAEIOU]/g, (m) => ACCENTED[m] ?? m)}]`;

const messages = Object.fromEntries(messageKeys().map((key) => [key, pseudo(template('en', key))]));

/** The bundled report with a pseudo translation of the texts the widgets translate, as a pack's loader adds them. */
function withPseudo(dataset: Dataset): Promise<Dataset> {
  return Promise.resolve({
    ...dataset,
    country: { ...dataset.country, names: { ...dataset.country.names, [TAG]: pseudo(dataset.country.name) } },
    translations: { ...dataset.translations, [TAG]: { status: 'unofficial', movementQuote: pseudo(dataset.movementQuote) } },
    recommendations: dataset.recommendations.map((r) => ({ ...r, translations: { ...r.translations, [TAG]: { text: pseudo(r.text) } } })),
    metrics: Object.fromEntries(
      Object.entries(dataset.metrics).map(([id, m]) => [id, { ...m, labels: { ...m.labels, [TAG]: pseudo(m.label) } }]),
    ),
  });
}

let loads = 0;
const pack: LocalePack = {
  messages,
  terms: { women: '[Wóméń]', form: '[Bý fórm]' },
  show: (t) => t,
  withTranslations: withPseudo,
  translationLine: (t) => lit`<p class="translation"><strong>[Úńóffícíál tráńsláítíóń:]</strong> <span lang=${TAG}>${t}</span></p>`,
};
registerLocale({
  tag: TAG,
  // German number formats, so the figures show the locale reached Intl.
  intl: 'de-DE',
  translations: TAG,
  load: () => {
    loads++;
    return Promise.resolve({ [TAG]: pack });
  },
});

describe('a locale pack registered from a test file', () => {
  it('is matched from its tag, its case and separators, as the built-in ones are', () => {
    expect(matchLocale('en-XA')).to.equal(TAG);
    expect(matchLocale('EN_xa')).to.equal(TAG);
    // The language's other tags keep their locales.
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('sr')).to.equal('sr-Cyrl');
  });

  it('is spoken by every widget: interface messages, data texts, terms, translation line and number formats', async () => {
    const badge = await mount<TipElement>(html`<tip-tier-badge locale=${TAG}></tip-tier-badge>`);
    expect(badge.resolvedLocale).to.equal(TAG);
    expect(text(badge)).to.contain(pseudo('Serbia'));
    expect(text(badge)).to.contain('[Úńóffícíál tráńsláítíóń:]');
    expect(text(badge)).to.contain('[Sóúrcé:]');
    expect(badge.shadowRoot!.querySelector(`[lang="${TAG}"]`), 'marked with its lang').not.to.equal(null);

    const card = await mount<TipElement>(html`<tip-stat-card locale=${TAG} metric="cptv-funding" show-breakdown></tip-stat-card>`);
    // 50,500,000 dinars in German formats: "50,5 Millionen".
    expect(text(card)).to.contain('50,5 Millionen');
    expect(text(card)).to.contain(pseudo('Funding for the Center for the Protection of Victims of Trafficking (CPTV)').slice(0, 12));

    const victims = await mount<TipElement>(html`<tip-stat-card locale=${TAG} metric="victims-identified" show-breakdown></tip-stat-card>`);
    expect(text(victims)).to.contain('[Wóméń]');

    const list = await mount<TipElement>(html`<tip-recommendation-list locale=${TAG}></tip-recommendation-list>`);
    expect(list.shadowRoot!.querySelector(`li [lang="${TAG}"], li[lang="${TAG}"]`), 'a recommendation in the pseudo-locale').not.to.equal(null);

    const hotline = await mount<TipElement>(html`<tip-hotline-callout locale=${TAG}></tip-hotline-callout>`);
    const chart = await mount<TipElement>(html`<tip-yoy-chart locale=${TAG}></tip-yoy-chart>`);
    for (const el of [badge, card, list, hotline, chart]) {
      const shown = text(el);
      expect(shown, el.localName).to.match(/\[[^\]]*[áéíóú][^\]]*\]/);
      // No interface message in English: the English source line and loading text are gone.
      expect(shown, el.localName).not.to.contain('Source:');
      expect(shown, el.localName).not.to.contain('Loading…');
    }
    await expectAccessible(list);
    // One chunk, loaded once for the page.
    expect(loads).to.equal(1);
  });

  it('falls back to English when its pack cannot load, with one warning', async () => {
    registerLocale({ tag: 'en-XC', intl: 'en-US', load: () => Promise.reject(new Error('offline')) });
    let first: TipElement | undefined;
    let second: TipElement | undefined;
    const warned = await captureWarnings(async () => {
      first = await mount<TipElement>(html`<tip-tier-badge locale="en-XC"></tip-tier-badge>`);
      second = await mount<TipElement>(html`<tip-stat-card locale="en-XC" metric="convictions"></tip-stat-card>`);
    });
    expect(text(first!)).to.contain('Source:');
    expect(text(second!)).to.contain('21');
    expect(warned.filter((w) => w.includes('the texts in en-XC could not be loaded'))).to.have.length(1);
  });
});
