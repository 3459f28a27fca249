import { expect } from '@open-wc/testing';
import '../src/tier-badge.js';
import type { TipTierBadge } from '../src/components/tier-badge/tier-badge.js';
import { captureWarnings, expectAccessible, fallbackShown, html, mount, part, text } from './helpers.js';

describe('<tip-tier-badge>', () => {
  it('shows the tier in words, the country, the report year and the movement', async () => {
    const el = await mount<TipTierBadge>(html`<tip-tier-badge></tip-tier-badge>`);
    expect(part(el, 'value')!.textContent!.trim()).to.equal('Tier 2');
    expect(part(el, 'label')!.textContent).to.contain('Serbia').and.contain('2025');
    expect(part(el, 'movement')!.textContent!.trim()).to.equal('▲Upgraded from Tier 2 Watch List');
    expect(part(el, 'source-line')!.querySelector('a')!.href).to.match(/^https:\/\/www\.state\.gov\//);
    const source = part(el, 'source') as HTMLDetailsElement;
    expect(source.querySelector('blockquote')!.textContent).to.contain('Serbia was upgraded to Tier 2');
    expect(source.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
  });

  it('lists earlier years with show-history, each citing its source', async () => {
    const el = await mount<TipTierBadge>(html`<tip-tier-badge show-history></tip-tier-badge>`);
    const items = [...part(el, 'history')!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      '2022 report: Tier 2 Watch List (source)',
      '2023 report: Tier 2 Watch List (source)',
      '2024 report: Tier 2 Watch List (source)',
      '2025 report: Tier 2 (this report)',
    ]);
    const links = [...part(el, 'history')!.querySelectorAll('a')].map((a) => a.href);
    expect(links).to.have.length(3);
    expect(links[0]).to.contain('ecoi.net');
    expect(links[2]).to.contain('atina.org.rs');
  });

  it('reads as one phrase inside a sentence when compact', async () => {
    const wrapper = document.createElement('p');
    wrapper.style.width = '600px';
    document.body.append(wrapper);
    wrapper.append('In its 2025 report the State Department placed ');
    const el = document.createElement('tip-tier-badge');
    el.setAttribute('variant', 'compact');
    wrapper.append(el, ' among countries making significant efforts.');
    await el.loadComplete;
    expect(text(el)).to.equal('Serbia: Tier 2 in 2025 (upgraded from Tier 2 Watch List) [source]');
    expect(getComputedStyle(el).display).to.equal('inline');
    await expectAccessible(wrapper);
    // Serbian continues the sentence in lower case too, in either script.
    el.setAttribute('locale', 'sr-Latn');
    await el.loadComplete;
    expect(part(el, 'movement')!.textContent!.trim()).to.equal('(napredak u odnosu na prethodnu ocenu: Lista posmatranja nivoa 2)');
    el.setAttribute('locale', 'sr');
    await el.loadComplete;
    expect(part(el, 'movement')!.textContent!.trim()).to.equal('(напредак у односу на претходну оцену: Листа посматрања нивоа 2)');
    wrapper.remove();
  });

  it('updates when attributes change', async () => {
    const el = await mount<TipTierBadge>(html`<tip-tier-badge></tip-tier-badge>`);
    el.locale = 'sr-Latn';
    await el.loadComplete; // the Serbian chunk loads on first use
    expect(part(el, 'value')!.textContent!.trim()).to.equal('Nivo 2');
    el.setAttribute('locale', 'sr');
    await el.loadComplete;
    expect(part(el, 'value')!.textContent!.trim()).to.equal('Ниво 2');
    el.toggleAttribute('hide-source', true);
    await el.updateComplete;
    expect(part(el, 'source-line')).to.equal(null);
  });

  it('shows a readable message and warns once for a bad variant', async () => {
    let el!: TipTierBadge;
    const warnings = await captureWarnings(async () => {
      el = await mount<TipTierBadge>(html`<tip-tier-badge variant="huge">Serbia: Tier 2 in 2025</tip-tier-badge>`);
      el.requestUpdate();
      await el.updateComplete;
    });
    expect(text(el)).to.contain('“huge” is not valid for variant');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('full, compact');
    // The fallback text stays readable beside the message.
    expect(el.textContent).to.contain('Serbia: Tier 2 in 2025');
    expect(fallbackShown(el), 'the fallback is on screen, not only in the DOM').to.equal(true);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme, with history`, async () => {
      const el = await mount<TipTierBadge>(html`<tip-tier-badge theme=${theme} show-history></tip-tier-badge>`);
      await expectAccessible(el);
    });
  }
});
