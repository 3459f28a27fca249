// The Share control (TipElement's `share`, src/share/): off by default; its menu loads on the first
// click, works by keyboard alone, speaks the widget's language, passes axe; the citation word for
// word in each language; the texts it copies; the embed code.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import pkg from '../package.json';
import type { TipElement } from '../src/base/tip-element.js';
import { loadDataset } from '../src/base/tip-element.js';
import { ALL } from '../src/data/load.js';
import { loadLocale } from '../src/i18n/messages.js';
import type { Locale } from '../src/i18n/locale.js';
import { citation } from '../src/share/citation.js';
import { VERSION, widgetEmbedCode } from '../src/share/embed.js';
import { copyTexts } from '../src/share/control.js';
import { shareCatalogs, shareKeys } from '../src/share/messages.js';
import { leakProblems } from '../checks/cyrillic-guard.mjs';
import { expectAccessible, html, mount, part } from './helpers.js';

const URL_ = 'https://www.state.gov/reports/2025-trafficking-in-persons-report/serbia/';

async function datasetIn(locale: Locale) {
  await loadLocale(locale);
  return loadDataset({ bundled: true, needs: ALL }, locale);
}

const shadow = (el: Element) => el.shadowRoot!;
const shareButton = (el: Element) => shadow(el).querySelector<HTMLButtonElement>('button[part~="share"]')!;
const menu = (el: Element) => shadow(el).querySelector<HTMLElement>('.share-menu');
const items = (el: Element) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.share-menu li button')];
const focused = (el: Element) => shadow(el).activeElement;

/** Clicks the Share button and waits for its lazily loaded menu. */
async function open(el: Element): Promise<HTMLElement> {
  shareButton(el).click();
  for (let i = 0; i < 100 && !menu(el); i++) await new Promise((r) => setTimeout(r, 20));
  return menu(el)!;
}

describe('citation', () => {
  const cases: [Locale, string][] = [
    ['en', `Traffickers convicted: 21 in 2024 (18 in 2023). Source: U.S. Department of State, “2025 Trafficking in Persons Report: Serbia,” 2025, ${URL_}.`],
    ['sr-Latn', `Osuđeni trgovci ljudima: 21 u 2024. (18 u 2023.). Izvor: U.S. Department of State, „2025 Trafficking in Persons Report: Serbia”, 2025, ${URL_}.`],
    ['sr-Cyrl', `Осуђени трговци људима: 21 у 2024. (18 у 2023.). Извор: U.S. Department of State, „2025 Trafficking in Persons Report: Serbia”, 2025, ${URL_}.`],
  ];
  for (const [locale, expected] of cases) {
    it(`cites the convictions figure word for word in ${locale}`, async () => {
      const dataset = await datasetIn(locale);
      const cited = citation({ tag: 'tip-stat-card', attributes: { metric: 'convictions' }, dataset, locale });
      expect(cited.text).to.equal(expected);
      expect(cited.csl.note).to.equal(expected.slice(0, expected.indexOf(')') + 1));
    });
  }

  it('gives BibTeX and CSL-JSON of the report with the figure as a note', async () => {
    const dataset = await datasetIn('en');
    const cited = citation({ tag: 'tip-stat-card', attributes: { metric: 'convictions' }, dataset, locale: 'en' });
    expect(cited.bibtex).to.equal(
      [
        '@techreport{usdepartmentofstate2025rs,',
        '  author = {{U.S. Department of State}},',
        '  institution = {U.S. Department of State},',
        '  title = {{2025 Trafficking in Persons Report: Serbia}},',
        '  year = {2025},',
        `  url = {${URL_}},`,
        '  note = {Traffickers convicted: 21 in 2024 (18 in 2023)},',
        '  language = {english}',
        '}',
      ].join('\n'),
    );
    expect(cited.csl).to.deep.equal({
      id: 'usdepartmentofstate2025rs',
      type: 'report',
      title: '2025 Trafficking in Persons Report: Serbia',
      author: [{ literal: 'U.S. Department of State' }],
      publisher: 'U.S. Department of State',
      issued: { 'date-parts': [[2025]] },
      URL: URL_,
      language: 'en',
      note: 'Traffickers convicted: 21 in 2024 (18 in 2023)',
    });
  });

  it('cites every widget with what it shows', async () => {
    const en = await datasetIn('en');
    const cite = (tag: string, attributes: Record<string, string> = {}) => citation({ tag, attributes, dataset: en, locale: 'en' }).text;
    expect(cite('tip-tier-badge')).to.match(/^Serbia: Tier 2 in the 2025 report\. Source: U\.S\. Department of State/);
    expect(cite('tip-yoy-chart', { metrics: 'convictions, prosecutions' })).to.match(/^Traffickers convicted: 21 in 2024 \(18 in 2023\); .+: 32 in 2024 \(33 in 2023\)\. Source:/);
    expect(cite('tip-recommendation-list')).to.match(/^Prioritized recommendations\. Source:/);
    expect(cite('tip-stat-card', { metric: 'no-such-metric' })).to.match(/^Source: U\.S\. Department of State/);
  });

  it('escapes BibTeX specials in a dataset of its own', async () => {
    const dataset = await datasetIn('en');
    const hostile = { ...dataset, source: { ...dataset.source, title: 'A {title} with 100% & $ _ # \\ ~ ^' } };
    const cited = citation({ tag: 'tip-hotline-callout', attributes: {}, dataset: hostile, locale: 'en' });
    expect(cited.bibtex).to.contain('title = {{A \\{title\\} with 100\\% \\& \\$ \\_ \\# \\textbackslash{} \\textasciitilde{} \\textasciicircum{}}}');
  });

  it('has every menu text in Serbian, with no unmarked Latin word that Cyrillic would mangle', () => {
    expect(Object.keys(shareCatalogs['sr-Latn']!).sort()).to.deep.equal([...shareKeys].sort());
    expect(leakProblems(Object.entries(shareCatalogs['sr-Latn']!).map(([key, text]) => [`share ${key}`, text]))).to.deep.equal([]);
  });
});

describe('embed code', () => {
  it('pins the package version', () => {
    expect(VERSION).to.equal(pkg.version);
  });

  it('copies the tag with its own attributes, the language it speaks and the CDN lines', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card metric="convictions" share id="x" class="y" data-z="1" hide-source locale="sr-Latn"></tip-stat-card>`);
    const dataset = await datasetIn('sr-Latn');
    expect(widgetEmbedCode(el, dataset, el.resolvedLocale)).to.equal(
      [
        `<!-- tip-widgets ${pkg.version}: once per page, in <head> or before the first widget -->`,
        `<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/tip-widgets@${pkg.version}/dist/cdn/tip-widgets.css">`,
        `<script type="module" src="https://cdn.jsdelivr.net/npm/tip-widgets@${pkg.version}/dist/cdn/tip-widgets.js"></script>`,
        '',
        '<!-- where the widget should appear -->',
        '<tip-stat-card locale="sr-Latn" hide-source share metric="convictions">',
        '  Traffickers convicted: 21 in 2024 (18 in 2023). Source: 2025 Trafficking in Persons Report: Serbia (U.S. Department of State).',
        '</tip-stat-card>',
      ].join('\n'),
    );
  });

  it('names the language a widget inherits, and makes a relative src absolute', async () => {
    const wrap = document.createElement('div');
    wrap.lang = 'sr-Cyrl';
    const el = document.createElement('tip-stat-card') as TipElement;
    el.setAttribute('metric', 'convictions');
    el.setAttribute('src', '/data/serbia-2025.json');
    wrap.append(el);
    document.body.append(wrap);
    await el.loadComplete;
    const code = widgetEmbedCode(el, await datasetIn('en'), el.resolvedLocale);
    expect(code).to.contain(`<tip-stat-card locale="sr-Cyrl" src="${location.origin}/data/serbia-2025.json" metric="convictions">`);
    wrap.remove();
  });
});

describe('share control', () => {
  it('is off by default: no button, nothing loaded', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card metric="convictions"></tip-stat-card>`);
    expect(part(el, 'share')).to.equal(null);
  });

  const LABELS: [Locale, string, string, string][] = [
    ['en', 'Share', 'Download image (PNG)', 'Copy citation'],
    ['sr-Latn', 'Podeli', 'Preuzmi sliku (PNG)', 'Kopiraj navod izvora'],
    ['sr-Cyrl', 'Подели', 'Преузми слику (PNG)', 'Копирај навод извора'],
  ];
  for (const [locale, button, png, cite] of LABELS) {
    it(`speaks ${locale}, and is axe-clean open in both themes`, async () => {
      for (const theme of ['light', 'dark']) {
        const el = await mount<TipElement>(html`<tip-stat-card metric="convictions" locale=${locale} theme=${theme} share></tip-stat-card>`);
        expect(shareButton(el).textContent!.trim()).to.equal(button);
        expect(shareButton(el).getAttribute('aria-expanded')).to.equal('false');
        await expectAccessible(el);
        const panel = await open(el);
        expect(panel.lang).to.equal(locale);
        expect(items(el).map((b) => b.textContent)).to.include.members([png, cite]);
        expect(shareButton(el).getAttribute('aria-expanded')).to.equal('true');
        expect(shareButton(el).getAttribute('aria-controls')).to.equal(panel.id);
        await expectAccessible(el);
        el.remove();
      }
    });
  }

  it('works by keyboard alone: Tab to it, Enter and Space open, arrows and Tab move, Escape closes and returns focus', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.append(before);
    const el = await mount<TipElement>(html`<tip-stat-card metric="convictions" share></tip-stat-card>`);
    before.focus();
    for (let i = 0; i < 6 && focused(el) !== shareButton(el); i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(shareButton(el));

    await sendKeys({ press: 'Enter' });
    for (let i = 0; i < 100 && !menu(el); i++) await new Promise((r) => setTimeout(r, 20));
    const list = items(el);
    expect(list.length).to.equal(6);
    expect(focused(el)).to.equal(list[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(list[1]);
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(list[5]);
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el), 'wraps to the first').to.equal(list[0]);
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el), 'wraps to the last').to.equal(list[5]);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(list[1]);

    await sendKeys({ press: 'Escape' });
    expect(menu(el)!.hidden).to.equal(true);
    expect(shareButton(el).getAttribute('aria-expanded')).to.equal('false');
    expect(focused(el)).to.equal(shareButton(el));

    await sendKeys({ press: 'Space' });
    await new Promise((r) => setTimeout(r, 50));
    expect(shadow(el).querySelectorAll('.share-menu').length, 'one menu').to.equal(1);
    expect(menu(el)!.hidden).to.equal(false);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({ press: 'Escape' });
    expect(focused(el)).to.equal(shareButton(el));
    before.remove();
    el.remove();
  });

  it('copies the citation, its BibTeX and CSL-JSON, and the embed code through the clipboard', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card metric="convictions" locale="sr-Cyrl" share></tip-stat-card>`);
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) } });
    try {
      await open(el);
      const texts = copyTexts(el, await datasetIn('sr-Cyrl'));
      for (const action of ['cite', 'bibtex', 'csl', 'embed']) {
        shadow(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(copied).to.deep.equal([texts.cite, texts.bibtex, texts.csl, texts.embed]);
      expect(copied[0]).to.match(/^Осуђени трговци људима: 21 у 2024\./);
      expect(JSON.parse(copied[2]!)[0].note).to.equal('Осуђени трговци људима: 21 у 2024. (18 у 2023.)');
      expect(copied[3]).to.contain('<tip-stat-card locale="sr-Cyrl" share metric="convictions">');
      expect(shadow(el).querySelector('.share-menu [role="status"]')!.textContent).to.equal('Копирано у привремену меморију.');
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
      el.remove();
    }
  });

  it('shows the text, selected, where the clipboard refuses', async () => {
    const el = await mount<TipElement>(html`<tip-stat-card metric="convictions" share></tip-stat-card>`);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
    try {
      await open(el);
      shadow(el).querySelector<HTMLButtonElement>('[data-action="cite"]')!.click();
      await new Promise((r) => setTimeout(r, 100));
      const box = shadow(el).querySelector('textarea')!;
      expect(box.value).to.match(/^Traffickers convicted: 21 in 2024 \(18 in 2023\)\. Source:/);
      expect(focused(el)).to.equal(box);
      expect(shadow(el).querySelector('.share-menu [role="status"]')!.textContent).to.contain('Could not copy');
      await expectAccessible(el);
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      el.remove();
    }
  });

  it('is on every widget that ends with a source line, never printed', async () => {
    for (const tag of ['tip-tier-badge', 'tip-yoy-chart', 'tip-recommendation-list', 'tip-hotline-callout']) {
      const el = document.createElement(tag) as TipElement;
      el.setAttribute('share', '');
      document.body.append(el);
      await el.loadComplete;
      expect(shareButton(el), tag).to.not.equal(undefined);
      expect(shareButton(el).textContent!.trim()).to.equal('Share');
      el.remove();
    }
  });
});

describe('share downloads', () => {
  /** Runs `fn` with downloads captured instead of started: each file's name and bytes. */
  async function capture(fn: () => Promise<void>): Promise<{ name: string; blob: Blob }[]> {
    const files: { name: string; blob: Blob }[] = [];
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob) => {
      const url = create(blob);
      blobs.set(url, blob as Blob);
      return url;
    };
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) files.push({ name: this.download, blob: blobs.get(this.href)! });
      else click.call(this);
    };
    try {
      await fn();
    } finally {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    }
    return files;
  }

  async function download(el: TipElement, action: 'png' | 'svg', size: string): Promise<{ name: string; blob: Blob }> {
    const files = await capture(async () => {
      await open(el);
      const select = shadow(el).querySelector('select')!;
      select.value = size;
      shadow(el).querySelector<HTMLButtonElement>(`[data-action="${action}"]`)!.click();
      for (let i = 0; i < 200 && !shadow(el).querySelector('.share-menu [role="status"]')!.textContent; i++) await new Promise((r) => setTimeout(r, 25));
    });
    expect(files.length, shadow(el).querySelector('.share-menu [role="status"]')!.textContent!).to.equal(1);
    return files[0]!;
  }

  for (const [locale, size, width, height, words] of [
    ['en', '1200x675', 1200, 675, ['Traffickers convicted', '21', '2024', '2025 Trafficking in Persons Report: Serbia']],
    ['sr-Latn', '1080x1080', 1080, 1080, ['Osuđeni trgovci ljudima', '21', '2024.']],
    ['sr-Cyrl', '1200x630', 1200, 630, ['Осуђени трговци људима', '21', '2024.']],
  ] as const) {
    it(`downloads a ${size} PNG and an SVG with the figure as text, in ${locale}`, async () => {
      const el = await mount<TipElement>(html`<tip-stat-card metric="convictions" locale=${locale} share></tip-stat-card>`);
      const png = await download(el, 'png', size);
      expect(png.name).to.equal(`tip-stat-card-convictions-${locale}-${size}.png`);
      expect(png.blob.type).to.equal('image/png');
      const bitmap = await createImageBitmap(png.blob);
      expect([bitmap.width, bitmap.height]).to.deep.equal([width, height]);
      // Not blank: more than one colour in the picture.
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, width, height).data;
      const colours = new Set<number>();
      for (let i = 0; i < pixels.length && colours.size < 3; i += 4 * 97) colours.add((pixels[i]! << 16) | (pixels[i + 1]! << 8) | pixels[i + 2]!);
      expect(colours.size).to.be.at.least(2);
      const status = shadow(el).querySelector('.share-menu [role="status"]')!.textContent!;
      expect(status).to.contain(png.name);

      const svg = await download(el, 'svg', size);
      expect(svg.name).to.equal(`tip-stat-card-convictions-${locale}-${size}.svg`);
      const text = await svg.blob.text();
      expect(text.startsWith('<svg') || text.startsWith('<?xml')).to.equal(true);
      for (const word of words) expect(text, word).to.contain(word);
      el.remove();
    });
  }

  it('draws a chart with the chart\'s own selection of figures (TipYoyChart.series)', async () => {
    const el = await mount<TipElement>(html`<tip-yoy-chart metrics="convictions,prosecutions" share></tip-yoy-chart>`);
    const svg = await download(el, 'svg', '1200x675');
    const text = await svg.blob.text();
    expect(text).to.contain('Traffickers convicted');
    expect(text).to.contain('2023');
    el.remove();
  });
});
