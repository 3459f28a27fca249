// Which language a widget speaks: its `locale`, else the nearest `lang` (across shadow roots), else the page's, else English.
import { expect, fixture } from '@open-wc/testing';
import '../src/tier-badge.js';
import '../src/stat-card.js';
import '../src/recommendation-list.js';
import '../src/hotline-callout.js';
import type { TipElement } from '../src/base/tip-element.js';
import { matchLocale } from '../src/i18n/locale.js';
import { template } from '../src/i18n/messages.js';
import { loadLocale } from '../src/i18n/messages.js';

// The Serbian chunk loads on demand in the widgets; these tests read its catalog directly.
await loadLocale('sr-Latn');
import { captureWarnings, html, mount, part } from './helpers.js';

const LATIN = /\p{Script=Latin}/u;
const tier = (el: Element) => part(el, 'value')!.textContent!.replace(/\s+/g, ' ').trim();
const said = (el: Element, name: string) => part(el, name)!.textContent!.replace(/\s+/g, ' ').trim();

/** Lets the shared MutationObserver see a `lang` change, then waits for the re-render. */
async function afterLangChange(...els: TipElement[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(els.map((el) => el.updateComplete));
}

/** A custom element that puts a tier badge in its shadow root, as a CMS component might. */
class ShadowWrapper extends HTMLElement {
  readonly inner: HTMLElement;
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    this.inner = document.createElement('tip-tier-badge');
    box.append(this.inner);
    root.append(box);
  }
}
customElements.define('i18n-shadow-wrapper', ShadowWrapper);

describe('locale resolution', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() => {
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('maps tags to the three locales (sr is Cyrillic, the CLDR default)', () => {
    expect(matchLocale('sr')).to.equal('sr-Cyrl');
    expect(matchLocale('sr-RS')).to.equal('sr-Cyrl');
    expect(matchLocale('sr-Cyrl')).to.equal('sr-Cyrl');
    expect(matchLocale('sr-Latn')).to.equal('sr-Latn');
    expect(matchLocale('sr-Latn-RS')).to.equal('sr-Latn');
    expect(matchLocale('SR_latn')).to.equal('sr-Latn');
    expect(matchLocale('sr-ME')).to.equal('sr-Latn');
    expect(matchLocale('en')).to.equal('en');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('fr')).to.equal(undefined);
    expect(matchLocale('xx-!!')).to.equal(undefined);
    expect(matchLocale('')).to.equal(undefined);
  });

  it('renders Cyrillic on a page with lang="sr", with no attribute on the widget', async () => {
    document.documentElement.lang = 'sr';
    const badge = await mount<TipElement>(html`<tip-tier-badge></tip-tier-badge>`);
    expect(badge.resolvedLocale).to.equal('sr-Cyrl');
    expect(tier(badge)).to.equal('Ниво 2');
    expect(said(badge, 'label')).to.equal('Србија · Извештај о трговини људима за 2025. годину');
    expect(said(badge, 'movement')).to.equal('▲Напредак у односу на претходну оцену: Листа посматрања нивоа 2');
    const card = await mount<TipElement>(html`<tip-stat-card metric="victims-identified"></tip-stat-card>`);
    expect(said(card, 'label')).to.equal('Идентификоване жртве');
    expect(said(card, 'value')).to.equal('64 у 2024.');
    expect(said(card, 'delta')).to.equal('▲ Пораст од 6 у односу на 2023. (58) (+10,3%)');
    expect(said(card, 'label')).not.to.match(LATIN);
  });

  for (const [tag, value, label] of [
    ['sr-Latn', 'Nivo 2', 'Srbija · Izveštaj o trgovini ljudima za 2025. godinu'],
    ['sr-Latn-RS', 'Nivo 2', 'Srbija · Izveštaj o trgovini ljudima za 2025. godinu'],
    ['sr-Cyrl-RS', 'Ниво 2', 'Србија · Извештај о трговини људима за 2025. годину'],
    ['en-GB', 'Tier 2', 'Serbia · 2025 Trafficking in Persons Report'],
  ] as const) {
    it(`speaks ${tag} from the attribute and from the page`, async () => {
      const byAttribute = await mount<TipElement>(html`<tip-tier-badge locale=${tag}></tip-tier-badge>`);
      expect([tier(byAttribute), said(byAttribute, 'label')]).to.deep.equal([value, label]);
      document.documentElement.lang = tag;
      const byPage = await mount<TipElement>(html`<tip-tier-badge></tip-tier-badge>`);
      expect([tier(byPage), said(byPage, 'label')]).to.deep.equal([value, label]);
    });
  }

  it('falls back to English with exactly one warning per element for an unknown locale', async () => {
    let badge!: TipElement;
    let card!: TipElement;
    const warnings = await captureWarnings(async () => {
      badge = await mount<TipElement>(html`<tip-tier-badge locale="fr"></tip-tier-badge>`);
      card = await mount<TipElement>(html`<tip-stat-card locale="xx-!!"></tip-stat-card>`);
      // Re-resolving (a page language change, a re-render) must not warn again.
      document.documentElement.lang = 'sr';
      await afterLangChange(badge, card);
      badge.requestUpdate();
      card.requestUpdate();
      await afterLangChange(badge, card);
    });
    expect(tier(badge)).to.equal('Tier 2');
    expect(said(card, 'label')).to.equal('Victims identified');
    expect(warnings, warnings.join('\n')).to.have.length(2);
    expect(warnings.find((w) => w.includes('<tip-tier-badge>'))).to.contain('“fr”');
    expect(warnings.find((w) => w.includes('<tip-stat-card>'))).to.contain('“xx-!!”');
  });

  it('reads non-string locale values set from script as unknown tags, never throwing', async () => {
    for (const value of [42, {}, ['sr']] as unknown[]) {
      let el!: TipElement;
      const warnings = await captureWarnings(async () => {
        el = await mount<TipElement>(html`<tip-tier-badge></tip-tier-badge>`);
        (el as unknown as { locale: unknown }).locale = value;
        await el.updateComplete;
      });
      expect(tier(el), JSON.stringify(value)).to.equal(Array.isArray(value) ? 'Ниво 2' : 'Tier 2');
      expect(warnings, JSON.stringify(value)).to.have.length(Array.isArray(value) ? 0 : 1);
    }
  });

  it('follows the nearest ancestor lang across a shadow boundary', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"><i18n-shadow-wrapper lang="sr-Latn"></i18n-shadow-wrapper></div>`);
    const host = outer.querySelector<ShadowWrapper>('i18n-shadow-wrapper')!;
    const badge = host.inner as TipElement;
    await badge.loadComplete;
    expect(badge.resolvedLocale).to.equal('sr-Latn');
    expect(tier(badge)).to.equal('Nivo 2');
    // The host's lang changes at run time: the widget inside its shadow root follows.
    host.setAttribute('lang', 'sr');
    await afterLangChange(badge);
    expect(tier(badge)).to.equal('Ниво 2');
    // Without it, the next lang up (outside the host) applies.
    host.removeAttribute('lang');
    await afterLangChange(badge);
    expect(tier(badge)).to.equal('Tier 2');
  });

  it('lets two widgets in different languages share a page', async () => {
    const page = await fixture<HTMLDivElement>(html`<div lang="en">
      <tip-tier-badge locale="en"></tip-tier-badge>
      <tip-tier-badge locale="sr"></tip-tier-badge>
      <section lang="sr-Latn"><tip-stat-card metric="convictions"></tip-stat-card></section>
      <section lang="sr"><tip-stat-card metric="convictions"></tip-stat-card></section>
    </div>`);
    const [en, sr] = [...page.querySelectorAll<TipElement>('tip-tier-badge')];
    const [latin, cyrillic] = [...page.querySelectorAll<TipElement>('tip-stat-card')];
    await Promise.all([en, sr, latin, cyrillic].map((el) => el!.loadComplete));
    expect([tier(en!), tier(sr!)]).to.deep.equal(['Tier 2', 'Ниво 2']);
    expect(said(latin!, 'label')).to.equal('Osuđeni trgovci ljudima');
    expect(said(cyrillic!, 'label')).to.equal('Осуђени трговци људима');
  });

  it('re-renders on a live change of the locale property and attribute', async () => {
    const el = await mount<TipElement>(html`<tip-tier-badge></tip-tier-badge>`);
    expect(tier(el)).to.equal('Tier 2');
    el.locale = 'sr-Latn';
    await el.updateComplete;
    expect(tier(el)).to.equal('Nivo 2');
    el.locale = 'sr';
    await el.updateComplete;
    expect(tier(el)).to.equal('Ниво 2');
    el.setAttribute('locale', 'en');
    await el.updateComplete;
    expect(tier(el)).to.equal('Tier 2');
    // Removing the attribute hands the choice back to the page.
    document.documentElement.lang = 'sr-Latn';
    await afterLangChange(el);
    expect(tier(el)).to.equal('Tier 2');
    el.removeAttribute('locale');
    await el.updateComplete;
    expect(tier(el)).to.equal('Nivo 2');
  });

  it('re-renders when an ancestor’s lang attribute changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><div><tip-stat-card metric="convictions"></tip-stat-card></div></div>`);
    const card = wrapper.querySelector<TipElement>('tip-stat-card')!;
    await card.loadComplete;
    expect(said(card, 'label')).to.equal('Traffickers convicted');
    wrapper.setAttribute('lang', 'sr-Latn');
    await afterLangChange(card);
    expect(said(card, 'label')).to.equal('Osuđeni trgovci ljudima');
    wrapper.setAttribute('lang', 'sr');
    await afterLangChange(card);
    expect(said(card, 'label')).to.equal('Осуђени трговци људима');
    expect(said(card, 'delta')).to.equal('▲ Пораст од 3 у односу на 2023. (18) (+16,7%)');
  });

  describe('the report’s words: English first or, with `original`, only; marked, with a Serbian note', () => {
    it('stat card: the report’s sentence is lang="en", the note is Serbian', async () => {
      const el = await mount<TipElement>(html`<tip-stat-card locale="sr" metric="victims-identified"></tip-stat-card>`);
      const source = part(el, 'source')!;
      const quote = source.querySelector('blockquote')!;
      expect(quote.getAttribute('lang')).to.equal('en');
      expect(quote.textContent).to.match(/identified 64 victims/);
      expect(source.querySelector('summary')!.textContent!.trim()).to.equal('Извор и напомене');
      expect(source.querySelector('.muted')!.textContent!.trim()).to.equal(template('sr-Cyrl', 'source.quoteNote'));
      expect(template('sr-Cyrl', 'source.quoteNote')).to.equal('Цитат из извештаја, у оригиналу на енглеском језику.');
    });

    // Without `original` a Serbian list shows the unofficial translation (test/translations.test.ts).
    it('recommendation list with `original`: every recommendation is lang="en", the note and section tags are Serbian', async () => {
      const el = await mount<TipElement>(html`<tip-recommendation-list locale="sr-Latn" original></tip-recommendation-list>`);
      const items = [...part(el, 'list')!.querySelectorAll('li')];
      expect(items).to.have.length(12);
      for (const li of items) {
        const text = li.querySelector('[lang="en"]');
        expect(text, li.textContent!).to.not.equal(null);
        expect(text!.textContent!.trim().length).to.be.greaterThan(20);
        expect(li.querySelector('.tag')!.textContent!.replace(/\s+/g, ' ').trim()).to.be.oneOf(['Krivično gonjenje', 'Zaštita', 'Prevencija'].map((tag) => `Oblast (naše razvrstavanje): ${tag}`));
      }
      expect(said(el, 'heading')).to.equal('Prioritetne preporuke');
      const note = el.shadowRoot!.querySelector('.muted')!;
      expect(note.closest('[lang="en"]')).to.equal(null);
      expect(note.textContent!.trim()).to.equal('Preporuke su citirane iz izveštaja, u originalu na engleskom jeziku, i numerisane po prioritetu koji im daje izveštaj. Izveštaj ih ne razvrstava: oznake oblasti su naše.');
    });

    it('hotline callout: the report’s words on the state hotline are lang="en"', async () => {
      const el = await mount<TipElement>(html`<tip-hotline-callout locale="sr"></tip-hotline-callout>`);
      const facts = part(el, 'report-facts')!;
      expect(facts.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
      expect(facts.querySelector('.subheading')!.textContent!.trim()).to.equal('Шта извештај каже о државној СОС линији');
    });
  });
});
