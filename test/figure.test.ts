// The figure template (src/figure/) in a browser, as the Share control will use it: its escape and
// wrapping, each widget's picture parsed as SVG by the browser, hostile strings as text, and a
// figure that never throws. The Node side (PNG, sizes, Cyrillic glyphs, the CLI) is e2e/figure.mjs.
import { expect } from '@open-wc/testing';
import { figure, useChartSeries, FIGURE_SIZES, type FigureRequest } from '../src/figure/figure.js';
import { addFigureMessages } from '../src/figure/messages.js';
import { DEFAULT_PRESET, PRESET_NAMES, parseMetrics, selectSeries } from '../src/components/yoy-chart/series.js';
import { escapeXml, wrap } from '../src/figure/svg.js';
import { FONT_FILES, fontUrls, loadFontCss, withFont } from '../src/figure/font.js';
import { ALL, bundledDataset } from '../src/data/load.js';
import { loadLocale, localePack } from '../src/i18n/messages.js';
import type { Dataset } from '../src/data/types.js';

// As tip-widgets/ssr does (src/ssr.ts): no element is loaded here, so the figure gets the elements'
// words and the chart's series selection handed in.
addFigureMessages();
useChartSeries({ DEFAULT_PRESET, PRESET_NAMES, parseMetrics, selectSeries });

const TAGS = ['tip-tier-badge', 'tip-stat-card', 'tip-yoy-chart', 'tip-recommendation-list', 'tip-hotline-callout'];

async function dataset(locale: string): Promise<Dataset> {
  await loadLocale(locale);
  const english = await bundledDataset(ALL);
  return (await localePack(locale)?.withTranslations?.(english)) ?? english;
}

function parse(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'the SVG parses').to.equal(null);
  return doc;
}

describe('figure template', () => {
  it('escapes & < > " \' and replaces characters XML forbids', () => {
    expect(escapeXml(`<a href="x" title='y'>&amp;</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001fc\ud800d')).to.equal('a\ufffdb\ufffdc\ufffdd');
    expect(escapeXml('Ниво 2 😀')).to.equal('Ниво 2 😀');
  });

  it('wraps by character count at spaces, cuts a long word, ends with … when text is left', () => {
    expect(wrap('one two three four', 9, 5)).to.deep.equal(['one two', 'three', 'four']);
    expect(wrap('x'.repeat(25), 10, 5)).to.deep.equal(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
    const cut = wrap('one two three four five six', 9, 2);
    expect(cut).to.have.length(2);
    expect(cut[1]!.endsWith('…')).to.equal(true);
    expect(cut.every((line) => Array.from(line).length <= 9)).to.equal(true);
  });

  for (const locale of ['en', 'sr-Latn', 'sr-Cyrl']) {
    it(`draws every widget in ${locale}, every size and theme, as SVG the browser parses`, async () => {
      const data = await dataset(locale);
      for (const tag of TAGS) {
        for (const size of FIGURE_SIZES) {
          for (const theme of ['light', 'dark'] as const) {
            const attributes: Record<string, string> = tag === 'tip-yoy-chart' && theme === 'dark' ? { type: 'line' } : {};
            const made = figure({ tag, attributes, dataset: data, locale, theme, size });
            const doc = parse(made.svg);
            const root = doc.documentElement;
            expect(Number(root.getAttribute('width'))).to.equal(made.width);
            expect(Number(root.getAttribute('height'))).to.equal(made.height);
            expect(root.textContent).to.include(made.source.url);
            expect(made.alt.length).to.be.greaterThan(10);
            expect(made.problem).to.equal(undefined);
          }
        }
      }
    });
  }

  it('never throws: an unknown tag, metric or value, or a broken dataset, draws a figure that says so', async () => {
    const data = await dataset('en');
    const request = (over: Partial<FigureRequest>): FigureRequest => ({ tag: 'tip-stat-card', attributes: {}, dataset: data, locale: 'en', theme: 'light', size: 'widget', ...over });
    const cases: Partial<FigureRequest>[] = [
      { tag: 'tip-nothing' },
      { attributes: { metric: '__proto__' } },
      { attributes: { metric: 'constructor' } },
      { tag: 'tip-yoy-chart', attributes: { type: 'pie' } },
      { tag: 'tip-yoy-chart', attributes: { metrics: 'convictions,cptv-funding' } },
      { tag: 'tip-recommendation-list', attributes: { index: '0' } },
      { tag: 'tip-hotline-callout', attributes: { hotlines: 'nobody' } },
      { dataset: {} as Dataset },
    ];
    for (const over of cases) {
      const made = figure(request(over));
      expect(made.problem, JSON.stringify(over.attributes ?? over.tag)).to.be.a('string');
      parse(made.svg);
    }
  });

  it('keeps hostile strings as text: no element but the template’s, the payload as characters', async () => {
    const data = structuredClone(await dataset('en'));
    const payload = '</text><script>window.__figureXss=1</script><foreignObject><img src=x onerror=window.__figureXss=2></foreignObject>&amp;';
    data.metrics.convictions!.label = payload;
    data.source.title = payload;
    data.recommendations[0]!.text = payload;
    data.hotlines[1]!.organisation = payload;
    for (const tag of TAGS) {
      const made = figure({ tag, attributes: { metric: 'convictions', metrics: 'convictions' }, dataset: data, locale: 'en', theme: 'dark', size: '1200x675' });
      const doc = parse(made.svg);
      const names = new Set([...doc.querySelectorAll('*')].map((el) => el.localName));
      expect([...names].every((name) => ['svg', 'title', 'rect', 'text', 'line', 'polyline', 'circle'].includes(name)), [...names].join()).to.equal(true);
      expect(doc.documentElement.textContent).to.include('<script>');
    }
    expect((window as unknown as { __figureXss?: number }).__figureXss).to.equal(undefined);
  });

  it('loadFontCss fetches both faces once and withFont embeds them: an SVG image that draws with them', async () => {
    const base = '/node_modules/dejavu-fonts-ttf/ttf/';
    expect(fontUrls(base).map((url) => url.pathname)).to.deep.equal(FONT_FILES.map((file) => base + file));
    const css = await loadFontCss(base);
    expect(css).to.match(/^@font-face\{font-family:"DejaVu Sans";font-weight:400;src:url\(data:font\/ttf;base64,AAEAAA/);
    expect(css).to.include('font-weight:700');
    expect(await loadFontCss(base)).to.equal(css);
    const made = figure({ tag: 'tip-stat-card', attributes: { metric: 'convictions' }, dataset: await dataset('sr-Cyrl'), locale: 'sr-Cyrl', theme: 'light', size: 'widget' });
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withFont(made.svg, css))}`;
    await img.decode();
    expect(img.naturalWidth).to.equal(made.width);
  });

  it('withFont puts the @font-face rules inside the SVG, which still parses', async () => {
    const made = figure({ tag: 'tip-tier-badge', attributes: {}, dataset: await dataset('en'), locale: 'en', theme: 'light', size: 'widget' });
    const doc = parse(withFont(made.svg, '@font-face{font-family:"DejaVu Sans";src:url(data:font/ttf;base64,AAAA)}'));
    expect(doc.querySelector('style')?.textContent).to.include('DejaVu Sans');
  });
});
