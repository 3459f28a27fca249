import { expect } from '@open-wc/testing';
import '../src/hotline-callout.js';
import { telHref, type TipHotlineCallout } from '../src/components/hotline-callout/hotline-callout.js';
import { bundledDataset } from '../src/data/load.js';
import { captureWarnings, expectAccessible, html, mount, part, text } from './helpers.js';

function numberLinks(el: Element): HTMLAnchorElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[part~="number"]')];
}

describe('<tip-hotline-callout>', () => {
  it('shows only sourced numbers as tel: links, each with whose it is and where it was listed', async () => {
    const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout></tip-hotline-callout>`);
    const links = numberLinks(el);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+381117850000', 'tel:+381616384071']);
    expect(links.map((a) => a.textContent)).to.deep.equal(['+381 11 785 0000', '+381 61 63 84 071']);
    expect(links[0]!.getAttribute('aria-label')).to.equal('Call ASTRA (NGO): +381 11 785 0000');
    const body = text(el);
    expect(body).to.contain('Listed by ASTRA (NGO) at astra.org.rs');
    expect(body).to.contain('Listed by Atina (NGO) at atina.org.rs');
  });

  it('gives each organisation and the report’s facts a heading one level below its own, for heading navigation', async () => {
    const headings = (el: Element) =>
      [...el.shadowRoot!.querySelectorAll('[role="heading"]')].map((h) => `${h.getAttribute('aria-level')} ${h.textContent!.replace(/\s+/g, ' ').trim()}`);
    const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout local-number="+381 11 123 4567" local-name="City helpline"></tip-hotline-callout>`);
    expect(headings(el)).to.deep.equal([
      '2 Help for people affected by trafficking',
      '3 City helpline',
      '3 ASTRA (NGO)',
      '3 Atina (NGO)',
      '3 What the report says about the state hotline',
    ]);
    // The box is named by its heading.
    const base = part(el, 'base')!;
    expect(el.shadowRoot!.getElementById(base.getAttribute('aria-labelledby')!)!.textContent).to.equal('Help for people affected by trafficking');
    const deep = await mount<TipHotlineCallout>(html`<tip-hotline-callout heading-level="6"></tip-hotline-callout>`);
    expect(headings(deep).map((h) => h.slice(0, 1))).to.deep.equal(['6', '6', '6', '6']);
    await expectAccessible(el);
  });

  it('quotes the report on the CPTV hotline and shows no number for it', async () => {
    const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout></tip-hotline-callout>`);
    const facts = part(el, 'report-facts')!;
    expect(facts.textContent).to.contain('maintained a 24-hour hotline for trafficking');
    expect(facts.textContent!.replace(/\s+/g, ' ')).to.contain(': 27');
    expect(facts.textContent!.replace(/\s+/g, ' ')).to.contain(': 9');
    expect(facts.textContent).to.contain('The report gives no number for this line');
    expect(facts.querySelector('a[href^="tel:"]')).to.equal(null);
  });

  it('writes a cited figure the way every widget does: a range from another dataset, in the reader’s locale', async () => {
    const dataset = structuredClone(await bundledDataset());
    dataset.metrics['hotline-calls']!.value = { min: 1200, max: 1500 };
    const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout .data=${dataset}></tip-hotline-callout>`);
    const facts = part(el, 'report-facts')!.textContent!.replace(/\s+/g, ' ');
    expect(facts).to.contain(': 1,200–1,500');
    expect(facts).to.contain(': 9');
  });

  it('puts the site’s own number first and can hide the listed ones', async () => {
    const el = await mount<TipHotlineCallout>(
      html`<tip-hotline-callout local-number="+381 11 123 4567" local-name="Our partner line" local-hours="9–17" hotlines="none"></tip-hotline-callout>`,
    );
    const links = numberLinks(el);
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+381111234567']);
    expect(text(el)).to.contain('Our partner line');
    expect(text(el)).to.contain('Hours: 9–17');
    el.hotlines = 'astra';
    await el.updateComplete;
    expect(numberLinks(el).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:+381111234567', 'tel:+381117850000']);
  });

  it('shows slotted local help content', async () => {
    const el = await mount<TipHotlineCallout>(
      html`<tip-hotline-callout><p slot="local">Call our local line: <a href="tel:+38100000">000</a></p></tip-hotline-callout>`,
    );
    const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="local"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.contain('Call our local line');
  });

  it('lets nothing but digits, spaces and + into a tel: link', () => {
    expect(telHref('+381 11 785 0000')).to.equal('tel:+381117850000');
    expect(telHref('javascript:alert(1)')).to.equal(undefined);
    expect(telHref('+381 (11) 785')).to.equal(undefined);
    expect(telHref('12')).to.equal(undefined);
    expect(telHref('++381')).to.equal(undefined);
  });

  const bad: [string, string, string][] = [
    ['local-number', 'javascript:alert(1)', 'digits, spaces and a leading +'],
    ['hotlines', 'police', 'astra, atina, none'],
    ['heading-level', 'two', '1, 2, 3, 4, 5, 6'],
  ];
  for (const [attribute, value, valid] of bad) {
    it(`shows a message for ${attribute}="${value}"`, async () => {
      let el!: TipHotlineCallout;
      const warnings = await captureWarnings(async () => {
        el = document.createElement('tip-hotline-callout');
        el.setAttribute(attribute, value);
        document.body.append(el);
        await el.loadComplete;
      });
      expect(text(el)).to.contain(`“${value}” is not valid for ${attribute}`);
      expect(el.shadowRoot!.querySelector('a[href^="javascript"]')).to.equal(null);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(valid);
      el.remove();
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const el = await mount<TipHotlineCallout>(html`<tip-hotline-callout theme=${theme} local-number="+381 11 123 4567"></tip-hotline-callout>`);
      await expectAccessible(el);
    });
  }
});
