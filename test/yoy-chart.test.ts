import { expect, fixture, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import type { Chart } from 'chart.js';
import '../src/yoy-chart.js';
import type { TipYoyChart } from '../src/components/yoy-chart/yoy-chart.js';
import { loadChart } from '../src/components/yoy-chart/chart-loader.js';
import { bundledDataset } from '../src/data/load.js';
import type { Dataset } from '../src/data/types.js';
import { captureWarnings, expectAccessible, html, mount, part, text } from './helpers.js';

// The page loads a few hundred modules; keep every resource entry so chart.js's fetch is seen.
performance.setResourceTimingBufferSize(5000);

const LAW_ENFORCEMENT = ['police-suspects', 'investigations', 'prosecutions', 'convictions'];
const VICTIM_PROTECTION = [
  'potential-victims-referred',
  'victims-identified',
  'shelter-accommodated',
  'especially-vulnerable-witness-status',
  'video-interviews',
  'victims-foster-families',
];

/** Every chart.js module the page has fetched so far. */
/** The charts alive: chart.js's own registry, which a chart leaves when destroyed (loads chart.js). */
async function liveCharts(): Promise<number> {
  return Object.keys((await loadChart()).instances).length;
}

function chartRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => /\/node_modules\/(chart\.js|@kurkle)\//.test(name));
}

async function drawn(el: TipYoyChart): Promise<Chart> {
  await waitUntil(() => el.chart, 'the chart was never drawn', { timeout: 10_000 });
  return el.chart!;
}

function button(el: TipYoyChart, name: string): HTMLButtonElement {
  const found = [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === name);
  if (!found) throw new Error(`no button named “${name}”`);
  return found;
}

function tableRows(el: TipYoyChart): string[][] {
  return [...el.shadowRoot!.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => cell.textContent!.trim()));
}

const frames = (n = 5) => new Promise<void>((resolve) => {
  const step = (left: number) => (left ? requestAnimationFrame(() => step(left - 1)) : resolve());
  step(n);
});

describe('<tip-yoy-chart>', () => {
  // First in the file: chart.js must not be in this page's module cache yet.
  it('does not request chart code before the element nears the viewport', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><div style="block-size: 5000px"></div><tip-yoy-chart></tip-yoy-chart></div>`);
    const el = wrapper.querySelector('tip-yoy-chart')!;
    await el.loadComplete;
    await frames(10);

    expect(el.chart).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
    expect(chartRequests()).to.deep.equal([]);
    // The placeholder holds the final height; the summary and the table are there already.
    expect(part(el, 'chart')!.textContent!.trim()).to.equal('Chart loads when scrolled into view.');
    expect(part(el, 'chart')!.getBoundingClientRect().height).to.equal(18 * 16);
    expect(tableRows(el)).to.have.length(5);
    expect(part(el, 'summary')!.textContent).to.contain('Traffickers convicted rose from 18 in 2023 to 21 in 2024');
    await expectAccessible(el);

    // 1.5 viewports below the fold: inside the one-viewport margin, not yet visible.
    const top = el.getBoundingClientRect().top + scrollY;
    window.scrollTo(0, top - innerHeight * 1.5);
    await drawn(el);
    expect(el.getBoundingClientRect().top).to.be.greaterThan(innerHeight);
    expect(chartRequests().some((name) => name.includes('/node_modules/chart.js/'))).to.equal(true);
    expect(await liveCharts()).to.equal(1);
    expect(part(el, 'chart')!.getBoundingClientRect().height).to.equal(18 * 16);
    window.scrollTo(0, 0);
  });

  it("plots the dataset's figures for each preset and for an explicit list", async () => {
    const dataset = await bundledDataset();
    const cases = [
      { template: html`<tip-yoy-chart></tip-yoy-chart>`, ids: LAW_ENFORCEMENT, type: 'bar' },
      { template: html`<tip-yoy-chart preset="victim-protection"></tip-yoy-chart>`, ids: VICTIM_PROTECTION, type: 'bar' },
      { template: html`<tip-yoy-chart preset="funding"></tip-yoy-chart>`, ids: ['cptv-funding'], type: 'bar' },
      {
        template: html`<tip-yoy-chart type="line" preset="funding" metrics="victims-identified, convictions"></tip-yoy-chart>`,
        ids: ['victims-identified', 'convictions'],
        type: 'line',
      },
    ];
    for (const { template, ids, type } of cases) {
      const el = await mount<TipYoyChart>(template);
      const chart = await drawn(el);
      expect((chart.config as { type: string }).type).to.equal(type);
      expect(chart.data.labels).to.deep.equal(ids.map((id) => dataset.metrics[id]!.label));
      expect(chart.data.datasets.map((d) => d.label)).to.deep.equal(['2023', '2024']);
      expect(chart.data.datasets[0]!.data).to.deep.equal(ids.map((id) => dataset.metrics[id]!.previous));
      expect(chart.data.datasets[1]!.data).to.deep.equal(ids.map((id) => dataset.metrics[id]!.value));
      // Make room: the next one must be within a viewport to be drawn.
      el.remove();
    }
    // And the numbers a reader knows from the report.
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart metrics="convictions"></tip-yoy-chart>`);
    const chart = await drawn(el);
    expect([chart.data.datasets[0]!.data[0], chart.data.datasets[1]!.data[0]]).to.deep.equal([18, 21]);
  });

  it('has a table with the same numbers as the chart, and a summary on the canvas', async () => {
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    const chart = await drawn(el);
    const [previous, current] = chart.data.datasets.map((d) => d.data as number[]);
    expect(tableRows(el)).to.deep.equal([
      ['Figure', ...chart.data.datasets.map((d) => d.label!)],
      ...(chart.data.labels as string[]).map((label, i) => [label, String(previous![i]), String(current![i])]),
    ]);
    expect(tableRows(el)).to.deep.include(['Traffickers convicted', '18', '21']);
    expect(el.shadowRoot!.querySelectorAll('th[scope="col"]')).to.have.length(3);
    expect(el.shadowRoot!.querySelectorAll('th[scope="row"]')).to.have.length(4);
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Law enforcement, 2023 and 2024');

    const summary =
      'Suspects in police criminal complaints rose from 16 in 2023 to 24 in 2024. ' +
      'New suspects investigated by prosecutors rose from 28 in 2023 to 42 in 2024. ' +
      'Alleged traffickers prosecuted fell from 33 in 2023 to 32 in 2024. ' +
      'Traffickers convicted rose from 18 in 2023 to 21 in 2024.';
    const canvas = el.shadowRoot!.querySelector('canvas')!;
    expect(chart.canvas).to.equal(canvas);
    expect(canvas.getAttribute('role')).to.equal('img');
    expect(canvas.getAttribute('aria-label')).to.equal(summary);
    expect(part(el, 'summary')!.textContent).to.equal(summary);
    // Read once: as the canvas's name; the visible paragraph is hidden from screen readers.
    expect(part(el, 'summary')!.getAttribute('aria-hidden')).to.equal('true');
    expect([...part(el, 'legend')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal(['2023', '2024']);

    // Money in Serbian: the table formats exactly the numbers the chart plots.
    const sr = await mount<TipYoyChart>(html`<tip-yoy-chart locale="sr-Latn" preset="funding"></tip-yoy-chart>`);
    const srChart = await drawn(sr);
    expect(srChart.data.datasets.map((d) => d.data)).to.deep.equal([[34_000_000], [50_500_000]]);
    expect(tableRows(sr)[1]).to.deep.equal([
      'Sredstva za pomoć žrtvama preko Centra za zaštitu žrtava trgovine ljudima',
      '34 miliona srpskih dinara',
      '50,5 miliona srpskih dinara',
    ]);
    expect(tableRows(sr)[1]![2]).to.contain('50,5');
    expect(part(sr, 'summary')!.textContent).to.contain('porast sa 34 miliona');

    const cyr = await mount<TipYoyChart>(html`<tip-yoy-chart locale="sr"></tip-yoy-chart>`);
    expect(text(cyr)).to.contain('Преузми CSV');
    expect(text(cyr)).to.contain('Прикажи табелу');
  });

  it('reveals the table with "Show table", keeps it for screen readers, and passes axe both ways', async () => {
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    await drawn(el);
    const wrap = el.shadowRoot!.querySelector('#table')!;
    const toggle = button(el, 'Show table');
    // The table is in the accessibility tree either way: the button claims no collapsed state.
    expect(toggle.hasAttribute('aria-expanded')).to.equal(false);
    expect(toggle.getAttribute('aria-controls')).to.equal('table');
    expect(wrap.getBoundingClientRect().height).to.be.at.most(1);
    expect(wrap.querySelector('table')).to.not.equal(null);
    await expectAccessible(el);

    toggle.click();
    await el.updateComplete;
    expect(toggle.textContent!.trim()).to.equal('Hide table');
    expect(toggle.hasAttribute('aria-expanded')).to.equal(false);
    expect(wrap.getBoundingClientRect().height).to.be.greaterThan(100);
    await expectAccessible(el);

    el.theme = 'dark';
    await el.updateComplete;
    await expectAccessible(el);
  });

  it('recolours from the tokens when the theme or the system colour scheme changes', async () => {
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    const chart = await drawn(el);
    const colors = () => el.chart!.data.datasets.map((d) => d.backgroundColor);
    expect(colors()).to.deep.equal(['rgb(180, 83, 11)', 'rgb(47, 116, 192)']);
    // theme="auto" cannot know the page's background: its bars keep 3:1 against light and dark pages.
    const autoBars = [colors() as string[]];

    el.theme = 'dark';
    await el.updateComplete;
    expect(el.chart).to.equal(chart);
    expect(colors()).to.deep.equal(['rgb(240, 163, 94)', 'rgb(134, 182, 236)']);
    const ticks = el.chart!.options.scales!.y!.ticks as { color: string };
    expect(ticks.color).to.equal('rgb(238, 241, 245)');

    el.theme = 'light';
    await el.updateComplete;
    expect(colors()).to.deep.equal(['rgb(180, 83, 11)', 'rgb(29, 95, 166)']);

    // A page's own tokens win.
    el.style.setProperty('--tip-color-accent', 'rgb(1, 2, 3)');
    el.theme = 'auto';
    await el.updateComplete;
    expect(colors()[1]).to.equal('rgb(1, 2, 3)');
    el.style.removeProperty('--tip-color-accent');

    // theme="auto" follows a live change of the system scheme; theme="light" does not.
    const light = await mount<TipYoyChart>(html`<tip-yoy-chart theme="light"></tip-yoy-chart>`);
    await drawn(light);
    try {
      await emulateMedia({ colorScheme: 'dark' });
      await waitUntil(() => colors()[1] === 'rgb(75, 138, 214)', 'auto theme did not follow the dark scheme');
      expect(light.chart!.data.datasets[1]!.backgroundColor).to.equal('rgb(29, 95, 166)');
      autoBars.push(colors() as string[]);
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
    await waitUntil(() => colors()[1] === 'rgb(47, 116, 192)', 'auto theme did not follow the light scheme');

    const luminance = (rgb: string) => {
      const [r, g, b] = rgb.match(/\d+/g)!.map((v) => Number(v) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const pages = ['rgb(255, 255, 255)', 'rgb(251, 250, 247)', 'rgb(30, 30, 30)', 'rgb(18, 18, 18)'];
    const low = autoBars.flat().flatMap((bar) => pages.filter((page) => contrast(bar, page) < 3).map((page) => `${bar} on ${page}: ${contrast(bar, page).toFixed(2)}:1`));
    expect(low, 'auto-theme bars below 3:1').to.deep.equal([]);
  });

  it('writes every axis label in full on a phone (328-380 px columns, serif and sans-serif), in English and Serbian', async () => {
    const problems: string[] = [];
    for (const [width, font] of [[380, 'serif'], [370, 'serif'], [360, 'serif'], [354, 'serif'], [328, 'serif'], [360, 'sans-serif'], [328, 'sans-serif']] as const) {
      for (const lang of ['en', 'sr-Cyrl', 'sr-Latn']) {
        const column = document.createElement('div');
        column.style.width = `${width}px`;
        column.style.fontFamily = font;
        column.lang = lang;
        document.body.append(column);
        try {
          const el = document.createElement('tip-yoy-chart') as TipYoyChart;
          column.append(el);
          await el.loadComplete;
          const chart = await drawn(el);
          await waitUntil(() => chart.width > 0 && chart.width <= width, 'the chart did not take its column’s width');
          const full = (chart.data.labels as string[]).map((label) => label.replace(/\s+/g, ' '));
          const cut = () => {
            const axis = el.chart!.options.indexAxis === 'y' ? el.chart!.scales['y']! : el.chart!.scales['x']!;
            const shown = axis.ticks.map((tick) => ([] as string[]).concat(tick.label as string | string[]).join(' '));
            return shown.flatMap((label, i) => (label === full[i] ? [] : [`${width}px ${font} ${lang}: “${label}” for “${full[i]}”`]));
          };
          // The chart settles over a few frames (its box, then a redraw at the final size): judge the
          // labels once it has, and report what is still cut after a second.
          await waitUntil(() => cut().length === 0, '', { timeout: 1000 }).catch(() => problems.push(...cut()));
        } finally {
          column.remove();
        }
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('keeps 2023 and 2024 apart in forced colours (Windows High Contrast), in the bars and the legend', async () => {
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    await drawn(el);
    const bars = () => el.chart!.data.datasets.map((d) => ({ fill: d.backgroundColor, border: d.borderColor, width: d.borderWidth }));
    const swatches = () =>
      [...part(el, 'legend')!.querySelectorAll('.swatch')].map((s) => {
        const style = getComputedStyle(s);
        return { fill: style.backgroundColor, border: style.borderTopWidth };
      });
    try {
      await executeServerCommand('tip-forced-colors', { active: true });
      await waitUntil(() => el.chart!.data.datasets[0]!.backgroundColor === 'transparent', 'the chart did not redraw for forced colours');
      const [previous, current] = bars();
      // One system colour for both years: 2023 is its outline, 2024 is filled with it.
      expect(previous!.border).to.equal(current!.fill);
      expect(previous!.width).to.equal(2);
      const [swatch2023, swatch2024] = swatches();
      expect(swatch2023!.fill).to.not.equal(swatch2024!.fill);
      expect(swatch2023!.border).to.equal('2px');
      expect(swatch2024!.fill).to.equal(current!.fill);
      await expectAccessible(el);
    } finally {
      await executeServerCommand('tip-forced-colors', { active: false });
    }
    await waitUntil(() => el.chart!.data.datasets[0]!.backgroundColor !== 'transparent', 'the chart did not redraw after forced colours');
    expect(bars()[0]!.fill).to.equal('rgb(180, 83, 11)');
  });

  it('does not animate under prefers-reduced-motion', async () => {
    try {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
      const chart = await drawn(el);
      expect(chart.options.animation).to.equal(false);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    const chart = await drawn(el);
    expect(chart.options.animation).to.not.equal(false);
  });

  it('follows the width of its container inside the shadow root', async () => {
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    el.style.inlineSize = '640px';
    const chart = await drawn(el);
    await waitUntil(() => Math.abs(chart.width - part(el, 'chart')!.clientWidth) < 1, 'chart did not take the box width');
    el.style.inlineSize = '360px';
    await waitUntil(() => Math.abs(chart.width - part(el, 'chart')!.clientWidth) < 1 && chart.width < 400, 'chart did not shrink');
    expect(chart.height).to.equal(18 * 16);
  });

  it('destroys its chart on disconnect, draws again on reconnect, and leaves none after 100 cycles', async function () {
    this.timeout(120_000);
    expect(await liveCharts()).to.equal(0);
    const ChartClass = await loadChart();
    const host = document.createElement('div');
    document.body.append(host);
    try {
      for (let i = 0; i < 100; i++) {
        const el = document.createElement('tip-yoy-chart');
        host.append(el);
        await drawn(el);
        expect(await liveCharts()).to.equal(1);
        el.remove();
        expect(el.chart).to.equal(undefined);
        expect(await liveCharts()).to.equal(0);
      }
      expect(Object.keys(ChartClass.instances)).to.have.length(0);

      const el = document.createElement('tip-yoy-chart');
      host.append(el);
      const first = await drawn(el);
      el.remove();
      host.append(el);
      const second = await drawn(el);
      expect(second).to.not.equal(first);
      expect(Object.keys(ChartClass.instances)).to.have.length(1);
      el.remove();
    } finally {
      host.remove();
    }
    expect(await liveCharts()).to.equal(0);
    expect(Object.keys(ChartClass.instances)).to.have.length(0);
  });

  it('shows a message and warns once for bad metrics, preset and type values', async () => {
    const cases = [
      { template: html`<tip-yoy-chart metrics="convictions,nope"></tip-yoy-chart>`, message: 'there is no metric “nope” in this dataset.', bad: '"nope"' },
      {
        template: html`<tip-yoy-chart metrics="investigations-continued"></tip-yoy-chart>`,
        message: 'the figure “investigations-continued” has no 2023 value to compare with 2024.',
        bad: '"investigations-continued"',
      },
      {
        template: html`<tip-yoy-chart metrics="convictions,cptv-funding"></tip-yoy-chart>`,
        message: 'these figures have different units (number, Serbian Dinar) and are not drawn on one axis.',
        bad: 'mixes units (count, RSD)',
      },
      { template: html`<tip-yoy-chart metrics=" , "></tip-yoy-chart>`, message: 'is not valid for metrics.', bad: 'metrics=" , "' },
      {
        template: html`<tip-yoy-chart preset="everything"></tip-yoy-chart>`,
        message: 'the value “everything” is not valid for preset. Valid: law-enforcement, victim-protection, funding.',
        bad: 'preset="everything"',
      },
      { template: html`<tip-yoy-chart type="pie"></tip-yoy-chart>`, message: 'the value “pie” is not valid for type. Valid: bar, line.', bad: 'type="pie"' },
    ];
    for (const { template, message, bad } of cases) {
      let el!: TipYoyChart;
      const warnings = await captureWarnings(async () => {
        el = await mount<TipYoyChart>(template);
        await frames();
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(part(el, 'message')!.textContent!.replace(/\s+/g, ' ')).to.contain(message);
      expect(el.shadowRoot!.querySelector('canvas')).to.equal(null);
      expect(el.chart).to.equal(undefined);
      expect(warnings, bad).to.have.length(1);
      expect(warnings[0]).to.contain(bad);
    }
    expect(await liveCharts()).to.equal(0);

    // A drawn chart that gets a bad value is destroyed; a good value draws it again.
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    await drawn(el);
    await captureWarnings(async () => {
      el.setAttribute('type', 'pie');
      await el.updateComplete;
    });
    expect(part(el, 'message')).to.not.equal(null);
    expect(await liveCharts()).to.equal(0);
    el.type = 'line';
    const chart = await drawn(el);
    expect((chart.config as { type: string }).type).to.equal('line');

    // Values set from script that are not strings never throw into the page.
    const errors: string[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(String('error' in event ? event.error : event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    try {
      await captureWarnings(async () => {
        for (const value of [42, null, {}, Object.create(null), ['convictions']]) {
          Object.assign(el, { metrics: value, preset: value, type: value });
          await el.updateComplete;
          await frames(2);
        }
      });
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('gives each plotted figure its sentence from the report, its notes and the contradictions it cites, once each', async () => {
    const words = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();
    const dataset = await bundledDataset();
    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    const root = el.shadowRoot!;
    const details = root.querySelector('details')!;
    expect(details.getAttribute('part')).to.equal('source');
    expect(details.open).to.equal(false);
    expect(words(details.querySelector('summary')!)).to.equal('Source and notes');
    // Above the disclosure, visible: the report's own warning that these counts do not agree.
    const flag = [...root.querySelectorAll('[part~="base"] > p.flag')];
    expect(flag.map(words)).to.deep.equal(['The report’s figures do not all agree; see “Source and notes”.']);

    details.open = true;
    await el.updateComplete;
    const items = [...details.querySelectorAll('.sources > li')];
    expect(items.map((li) => words(li.querySelector('.source-label')!))).to.deep.equal(LAW_ENFORCEMENT.map((id) => dataset.metrics[id]!.label));
    expect(items.map((li) => words(li.querySelector('blockquote')!))).to.deep.equal(LAW_ENFORCEMENT.map((id) => `“${dataset.metrics[id]!.quote}”`));
    for (const [i, id] of LAW_ENFORCEMENT.entries()) {
      const notes = [...items[i]!.querySelectorAll('p:not(.source-label)')].map(words);
      expect(notes, id).to.deep.equal((dataset.metrics[id]!.notes ?? []).map((note) => `Note: ${note}`));
    }
    const cited = [...new Set(LAW_ENFORCEMENT.flatMap((id) => dataset.metrics[id]!.discrepancies ?? []))];
    expect(cited.length, 'the funnel cites at least one contradiction').to.be.greaterThan(0);
    const contradictions = [...details.querySelectorAll(':scope > div > p.flag')].map(words);
    expect(contradictions).to.deep.equal(cited.map((id) => `The report is inconsistent here: ${dataset.discrepancies.find((d) => d.id === id)!.description}`));
    await expectAccessible(el);

    // A figure with neither notes nor contradictions: no flag, and the disclosure is just "Source".
    const plain = Object.entries(dataset.metrics).find(([, m]) => typeof m.previous === 'number' && !m.notes?.length && !m.discrepancies?.length);
    expect(plain, 'the dataset has such a figure').to.not.equal(undefined);
    const single = await mount<TipYoyChart>(html`<tip-yoy-chart metrics=${plain![0]}></tip-yoy-chart>`);
    expect(single.shadowRoot!.querySelectorAll('p.flag').length).to.equal(0);
    expect(words(single.shadowRoot!.querySelector('summary')!)).to.equal('Source');
  });

  it('downloads the plotted numbers as CSV with the source, safe from formula injection', async () => {
    const saved = async (el: TipYoyChart, label = 'Download CSV'): Promise<{ name: string; csv: string; bom: boolean }> => {
      let blob: Blob | undefined;
      let name = '';
      const { createObjectURL } = URL;
      const { click } = HTMLAnchorElement.prototype;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blob = object as Blob;
        return 'blob:test';
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        name = this.download;
      };
      try {
        button(el, label).click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      const bytes = new Uint8Array(await blob!.arrayBuffer());
      return { name, csv: await blob!.text(), bom: bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf };
    };

    const el = await mount<TipYoyChart>(html`<tip-yoy-chart></tip-yoy-chart>`);
    const { name, csv, bom } = await saved(el);
    expect(name).to.equal('serbia-2025-law-enforcement.csv');
    expect(bom).to.equal(true);
    expect(csv).to.equal(
      [
        'Figure,2023,2024,Unit',
        'Suspects in police criminal complaints,16,24,number',
        'New suspects investigated by prosecutors,28,42,number',
        'Alleged traffickers prosecuted,33,32,number',
        'Traffickers convicted,18,21,number',
        '"Source: 2025 Trafficking in Persons Report: Serbia, U.S. Department of State, https://www.state.gov/reports/2025-trafficking-in-persons-report/serbia/"',
        '',
      ].join('\r\n'),
    );

    const hostile = structuredClone(await bundledDataset()) as Dataset;
    hostile.metrics['convictions']!.label = '=HYPERLINK("https://example.com","x")';
    const bad = await mount<TipYoyChart>(html`<tip-yoy-chart metrics="convictions" .data=${hostile}></tip-yoy-chart>`);
    const injected = await saved(bad);
    expect(injected.csv.split('\r\n')[1]).to.equal(`"'=HYPERLINK(""https://example.com"",""x"")",18,21,number`);

    // In Serbian the unit of a count is a Serbian word too, like the headers.
    const serbian = await saved(await mount<TipYoyChart>(html`<tip-yoy-chart locale="sr-Latn" metrics="convictions"></tip-yoy-chart>`), 'Preuzmi CSV');
    expect(serbian.csv.split('\r\n').slice(0, 2)).to.deep.equal(['Podatak,2023,2024,Jedinica', 'Osuđeni trgovci ljudima,18,21,broj']);
  });

  // Last: a <meta> policy cannot be lifted again in this page.
  it('draws under a strict Content-Security-Policy without unsafe-inline', async () => {
    const violations: string[] = [];
    const record = (event: SecurityPolicyViolationEvent) => violations.push(`${event.violatedDirective}: ${event.sample}`);
    document.addEventListener('securitypolicyviolation', record);
    try {
      const meta = document.createElement('meta');
      meta.httpEquiv = 'Content-Security-Policy';
      meta.content = "style-src 'self'";
      document.head.append(meta);
      // The policy is in force: a style attribute written as markup is refused.
      const probe = document.createElement('div');
      probe.setAttribute('style', 'color: red');
      await waitUntil(() => violations.length === 1, 'the test policy is not enforced');
      violations.length = 0;

      const el = await mount<TipYoyChart>(html`<tip-yoy-chart type="line"></tip-yoy-chart>`);
      await drawn(el);
      button(el, 'Show table').click();
      el.theme = 'dark';
      await el.updateComplete;
      await frames();
      expect(violations).to.deep.equal([]);
      expect(await liveCharts()).to.equal(1);
    } finally {
      document.removeEventListener('securitypolicyviolation', record);
    }
  });
});
