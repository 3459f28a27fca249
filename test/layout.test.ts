// Every element fits columns from 280px to 1200px with nothing overflowing sideways, in every locale.
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../src/index.js';
import type { TipElement } from '../src/base/tip-element.js';
import { bundledDataset } from '../src/data/load.js';

const WIDGETS = [
  ['tip-tier-badge', { 'show-history': '' }],
  ['tip-tier-badge', { variant: 'compact' }],
  ['tip-stat-card', { metric: 'cptv-funding', 'show-breakdown': '' }],
  ['tip-stat-card', { metric: 'victims-identified', 'show-breakdown': '' }],
  ['tip-recommendation-list', { limit: '3' }],
  ['tip-hotline-callout', { 'local-number': '+381 11 123 4567' }],
  ['tip-yoy-chart', {}],
] as const;

/** Any descendant in the shadow tree wider than the host, or scrolled sideways. */
function overflow(el: HTMLElement): string[] {
  const host = el.getBoundingClientRect();
  const problems: string[] = [];
  for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
    if (node.closest('.visually-hidden') || node.localName === 'slot' || node.localName === 'style') continue;
    const box = node.getBoundingClientRect();
    if (box.width === 0) continue;
    if (box.right > host.right + 1 || box.left < host.left - 1) problems.push(`${node.localName}.${node.className}[part=${node.getAttribute('part')}] ${Math.round(box.width)}px`);
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') problems.push(`${node.localName} scrolls sideways`);
  }
  return problems;
}

/** Adds the optional stylesheet (dist/cdn/tip-widgets.css, from the source) and waits until it applies. */
function loadSheet(link: HTMLLinkElement): Promise<unknown> {
  link.rel = 'stylesheet';
  link.href = '/src/cdn/tip-widgets.css';
  return new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
    document.head.append(link);
  });
}

describe('layout from 280px to 1200px', () => {
  for (const width of [280, 412, 768, 1200]) {
    for (const locale of ['en', 'sr']) {
      it(`nothing overflows at ${width}px (${locale})`, async () => {
        const column = document.createElement('div');
        column.style.width = `${width}px`;
        column.lang = locale;
        document.body.append(column);
        const els: TipElement[] = [];
        for (const [tag, attrs] of WIDGETS) {
          const el = document.createElement(tag) as TipElement;
          for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
          column.append(el);
          els.push(el);
        }
        await Promise.all(els.map((el) => el.loadComplete));
        for (const el of els) {
          for (const d of el.shadowRoot!.querySelectorAll('details')) d.open = true;
        }
        await new Promise((r) => requestAnimationFrame(() => r(null)));
        for (const el of els) {
          expect(overflow(el), `${el.localName} at ${width}px`).to.deep.equal([]);
          if (el.getAttribute('variant') !== 'compact') expect(el.getBoundingClientRect().width).to.be.at.most(width + 0.5);
        }
        column.remove();
      });
    }
  }
});

describe('print and loading', () => {
  it('prints without a dark background and with link addresses written out', async () => {
    const { emulateMedia } = await import('@web/test-runner-commands');
    const el = document.createElement('tip-stat-card') as TipElement;
    el.setAttribute('metric', 'convictions');
    el.setAttribute('theme', 'dark');
    document.body.append(el);
    await el.loadComplete;
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="source-line"] a')!;
    expect(getComputedStyle(base).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    await emulateMedia({ media: 'print' });
    try {
      expect(getComputedStyle(base).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(link, '::after').content).to.contain('https://www.state.gov/');
    } finally {
      await emulateMedia({ media: 'screen' });
      el.remove();
    }
  });

  it('keeps the height it will need while the data loads', async () => {
    const el = document.createElement('tip-stat-card') as TipElement;
    el.setAttribute('metric', 'convictions');
    // A response held for 1.5 s keeps the card in its loading state while we measure it.
    el.setAttribute('src', `/__test__/slow.json?ms=1500&u=${Math.random()}`);
    document.body.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.not.equal(null);
    const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
    expect(el.getBoundingClientRect().height).to.be.at.least(17 * rem - 1);
    el.remove();
  });

  // The optional stylesheet (dist/cdn/tip-widgets.css) and each element's own loading style both
  // state the default reserved heights; a page with the stylesheet and one without must keep the same
  // space. The stat cards name a metric the stylesheet has no rule of its own for (its per-metric
  // heights are checked below), so both fall back to the defaults.
  it('reserves the same height while loading with and without the optional stylesheet, phone and desktop', async () => {
    const widgets = WIDGETS.map(([tag, attrs]): [string, Record<string, string>] => [tag, tag === 'tip-stat-card' ? { ...attrs, metric: 'not-in-the-stylesheet' } : attrs]);
    const loadingHeights = async (): Promise<number[]> => {
      const els = widgets.map(([tag, attrs]) => {
        const el = document.createElement(tag) as TipElement;
        for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
        el.setAttribute('src', `/__test__/slow.json?ms=2000&u=${Math.random()}`);
        document.body.append(el);
        return el;
      });
      await Promise.all(els.map((el) => el.updateComplete));
      const heights = els.map((el) => {
        expect(el.shadowRoot!.querySelector('[aria-busy="true"]'), el.outerHTML).to.not.equal(null);
        return Math.round(el.getBoundingClientRect().height);
      });
      for (const el of els) el.remove();
      return heights;
    };
    const link = document.createElement('link');
    try {
      for (const width of [412, 1200]) {
        await setViewport({ width, height: 800 });
        link.remove();
        const own = await loadingHeights();
        await loadSheet(link);
        const withSheet = await loadingHeights();
        const rows = widgets.map(([tag, attrs], i) => `${width}px ${tag} ${JSON.stringify(attrs)}: ${own[i]} / ${withSheet[i]}`);
        expect(own, rows.join('\n')).to.deep.equal(withSheet);
        expect(own.filter((h) => h > 100).length, 'the widgets reserve real heights').to.be.greaterThan(4);
        link.remove();
      }
    } finally {
      link.remove();
      await setViewport({ width: 800, height: 600 });
    }
  });
});

// The optional stylesheet reserves each metric's own card height (generated by generate/heights.mjs
// from the built cards in the same columns): a card that upgrades and loads must end up as tall as
// the space kept for it, or the article below it jumps.
describe('per-metric reserved heights in the optional stylesheet', () => {
  const columns = [
    { name: 'phone', viewport: 412, column: 380 },
    { name: 'desktop', viewport: 1200, column: 672 },
  ];
  /** Rounding up to 0.25rem plus the 0.25rem a card may differ before it gets a rule of its own. */
  const TOLERANCE_REM = 0.5;

  for (const { name, viewport, column } of columns) {
    it(`every metric's loaded card is within ${TOLERANCE_REM}rem of its reserved height (${name}, ${column}px; en, sr-Cyrl, sr-Latn, by lang or locale)`, async () => {
      const dataset = await bundledDataset();
      const link = document.createElement('link');
      await loadSheet(link);
      await setViewport({ width: viewport, height: 800 });
      const host = document.createElement('div');
      try {
        const cards: [string, HTMLElement][] = [];
        // The page's lang, and a card's own locale overriding it (as the widget lets it).
        const groups: [string, string | undefined][] = [
          ['en', undefined],
          ['sr-Cyrl', undefined],
          ['sr-Latn', undefined],
          ['sr-Latn', 'en'],
          ['en', 'sr'],
          ['sr-Cyrl', 'sr-Latn'],
          // An empty locale means "follow the page"; `_` for `-`; Montenegro's Serbian is Latin.
          ['sr-Cyrl', ''],
          ['en', 'sr_Latn'],
          ['sr-ME', undefined],
        ];
        for (const [lang, locale] of groups) {
          const group = document.createElement('div');
          group.lang = lang;
          group.style.width = `${column}px`;
          for (const [id, metric] of Object.entries(dataset.metrics)) {
            for (const breakdown of metric.breakdown?.length ? [false, true] : [false]) {
              const card = document.createElement('tip-stat-card');
              card.setAttribute('metric', id);
              if (locale !== undefined) card.setAttribute('locale', locale);
              if (breakdown) card.setAttribute('show-breakdown', '');
              cards.push([`lang=${lang}${locale !== undefined ? ` locale="${locale}"` : ''} ${id}${breakdown ? ' show-breakdown' : ''}`, card]);
              group.append(card);
            }
          }
          host.append(group);
        }
        document.body.append(host);
        expect(cards.length).to.be.greaterThan(500);
        await Promise.all(cards.map(([, card]) => (card as TipElement).loadComplete));
        await Promise.all(cards.map(([, card]) => (card as TipElement).updateComplete));
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        const off = cards.flatMap(([label, card]) => {
          const reserved = parseFloat(getComputedStyle(card).getPropertyValue('--tip-stat-card-min-height')) * rem;
          const height = card.getBoundingClientRect().height;
          // A card the stylesheet gives no readable height fails too (NaN compares false).
          return !Number.isFinite(reserved) || Math.abs(reserved - height) > TOLERANCE_REM * rem + 0.5 ? [`${label}: reserved ${reserved}px, rendered ${Math.round(height)}px`] : [];
        });
        expect(off.length, `${off.join('\n')}\n(after a change to the card or the data: npm run build && npm run gen:heights)`).to.equal(0);

        // A page's own rule (the stylesheet's documented example) beats every generated one.
        const tuning = document.createElement('style');
        tuning.textContent = 'tip-stat-card.tuned { --tip-stat-card-min-height: 12rem; }';
        document.head.append(tuning);
        try {
          const tuned = cards.filter(([label]) => / convictions show-breakdown$| cptv-funding$/.test(label)).map(([, card]) => card);
          for (const card of tuned) card.classList.add('tuned');
          expect(tuned.length).to.equal(18);
          expect(tuned.map((card) => getComputedStyle(card).getPropertyValue('--tip-stat-card-min-height').trim())).to.deep.equal(tuned.map(() => '12rem'));
        } finally {
          tuning.remove();
        }
      } finally {
        host.remove();
        link.remove();
        await setViewport({ width: 800, height: 600 });
      }
    });
  }
});
