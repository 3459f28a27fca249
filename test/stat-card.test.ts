import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/stat-card.js';
import type { TipStatCard } from '../src/components/stat-card/stat-card.js';
import { bundledDataset } from '../src/data/load.js';
import { captureWarnings, expectAccessible, fallbackShown, html, mount, part, text } from './helpers.js';

const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('<tip-stat-card>', () => {
  it('shows the 2024 figure, its label and the comparison with 2023 in words and percent', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="convictions"></tip-stat-card>`);
    expect(squash(part(el, 'label')!.textContent)).to.equal('Traffickers convicted');
    expect(squash(part(el, 'value')!.textContent)).to.equal('21 in 2024');
    expect(squash(part(el, 'delta')!.textContent)).to.equal('▲ Up 3 from 18 in 2023 (+16.7%)');
    await expectAccessible(el);
  });

  it('says a fall in words too', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="prosecutions"></tip-stat-card>`);
    expect(squash(part(el, 'delta')!.textContent)).to.equal('▼ Down 1 from 33 in 2023 (-3%)');
  });

  it('keeps the report’s “approximately” and “at least” beside the figure', async () => {
    const about = await mount<TipStatCard>(html`<tip-stat-card metric="vietnamese-workers"></tip-stat-card>`);
    expect(squash(part(about, 'value')!.textContent)).to.equal('about 500 in 2021');
    const atLeast = await mount<TipStatCard>(html`<tip-stat-card metric="victims-penalized"></tip-stat-card>`);
    expect(squash(part(atLeast, 'value')!.textContent)).to.equal('at least 2 in 2024');
    const serbian = await mount<TipStatCard>(html`<tip-stat-card metric="indian-monthly-salary" locale="sr-Latn"></tip-stat-card>`);
    await serbian.loadComplete;
    expect(squash(part(serbian, 'value')!.textContent)).to.match(/^oko 700/);
    const exact = await mount<TipStatCard>(html`<tip-stat-card metric="vietnamese-promised-wage"></tip-stat-card>`);
    expect(squash(part(exact, 'value')!.textContent)).to.not.match(/about|at least/);
    await expectAccessible(about);
  });

  it('says an unchanged figure is unchanged, with no "(0%)"', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="atc-meetings"></tip-stat-card>`);
    expect(squash(part(el, 'delta')!.textContent)).to.equal('＝ Unchanged from 2023 (1)');
  });

  it('writes money as the report does, with the report’s USD conversion', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="cptv-funding"></tip-stat-card>`);
    expect(squash(part(el, 'value')!.textContent)).to.equal('50.5 million Serbian dinars in 2024');
    expect(text(el)).to.contain('($449,610, the report’s conversion)');
    expect(squash(part(el, 'delta')!.textContent)).to.equal('▲ Up 16.5 million Serbian dinars from 34 million Serbian dinars in 2023 (+48.5%)');
  });

  it('shows a range as a range, and no comparison where the report gives none', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="restitution-amounts"></tip-stat-card>`);
    expect(squash(part(el, 'value')!.textContent)).to.contain('150,000–1,000,000');
    expect(part(el, 'delta')).to.equal(null);
  });

  it('reveals the verbatim source sentence from the keyboard, marked as English', async () => {
    const data = await bundledDataset({ metrics: ['victims-identified'] });
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="victims-identified"></tip-stat-card>`);
    const details = part(el, 'source') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    details.querySelector('summary')!.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    const quote = details.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(quote.textContent).to.equal(`“${data.metrics['victims-identified']!.quote}”`);
    expect(details.querySelector('a')!.href).to.equal(data.source.url);
    await expectAccessible(el);
  });

  it('flags the report’s own inconsistency beside the figure', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="victims-identified"></tip-stat-card>`);
    expect(text(el)).to.contain('The report’s figures do not agree here; see “Source and notes”.');
    expect(text(el)).to.contain('The report is inconsistent here:');
    expect(text(el)).to.contain('51');
  });

  it('shows the breakdown with show-breakdown, nested parts included', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="victims-identified" show-breakdown></tip-stat-card>`);
    const breakdown = squash(part(el, 'breakdown')!.textContent);
    expect(breakdown).to.contain('Sex trafficking: 24');
    expect(breakdown).to.contain('Labor trafficking: 37');
    expect(breakdown).to.contain('of which forced begging: 13');
    expect(breakdown).to.contain('Women: 25');
    await expectAccessible(el);
  });

  it('hides the comparison with compare="off" and updates when metric changes', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="convictions" compare="off"></tip-stat-card>`);
    expect(part(el, 'delta')).to.equal(null);
    el.metric = 'police-suspects';
    await el.loadComplete;
    expect(squash(part(el, 'value')!.textContent)).to.equal('24 in 2024');
    expect(squash(part(el, 'label')!.textContent)).to.equal('Suspects in police criminal complaints');
  });

  it('renders every metric in the dataset', async () => {
    const data = await bundledDataset();
    for (const id of Object.keys(data.metrics)) {
      const el = await mount<TipStatCard>(html`<tip-stat-card metric=${id}></tip-stat-card>`);
      expect(part(el, 'message'), id).to.equal(null);
      expect(squash(part(el, 'label')!.textContent), id).to.not.equal('');
      el.remove();
    }
  });

  const bad: [string, string, string][] = [
    ['metric', 'victims', 'there is no metric “victims”'],
    ['metric', '__proto__', 'there is no metric “__proto__”'],
    ['metric', ' ', 'is not valid for metric'],
    ['compare', 'yes', 'is not valid for compare'],
    ['theme', 'blue', 'is not valid for theme'],
  ];
  for (const [attribute, value, shown] of bad) {
    it(`shows a message and warns once for ${attribute}="${value}"`, async () => {
      let el!: TipStatCard;
      const warnings = await captureWarnings(async () => {
        el = document.createElement('tip-stat-card');
        el.setAttribute(attribute, value);
        el.textContent = 'Fallback text';
        document.body.append(el);
        await el.loadComplete;
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(text(el)).to.contain(shown);
      expect(warnings).to.have.length(1);
      expect(el.shadowRoot!.querySelector('slot')!.assignedNodes()[0]!.textContent).to.equal('Fallback text');
      expect(fallbackShown(el), 'the fallback is on screen beside the message').to.equal(true);
      el.remove();
    });
  }

  it('fits a 280px column without horizontal overflow', async () => {
    const wrap = document.createElement('div');
    wrap.style.width = '280px';
    document.body.append(wrap);
    for (const metric of ['cptv-funding', 'victims-identified', 'restitution-amounts']) {
      const el = document.createElement('tip-stat-card');
      el.metric = metric;
      el.showBreakdown = true;
      wrap.append(el);
      await el.loadComplete;
      (part(el, 'source') as HTMLDetailsElement).open = true;
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(base.scrollWidth, metric).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width, metric).to.be.at.most(280);
    }
    wrap.remove();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, breakdown and source open`, async () => {
      const el = await mount<TipStatCard>(html`<tip-stat-card theme=${theme} metric="victims-identified" show-breakdown></tip-stat-card>`);
      (part(el, 'source') as HTMLDetailsElement).open = true;
      await expectAccessible(el);
    });
  }
});
