import { expect } from '@open-wc/testing';
import '../src/stat-card.js';
import type { TipStatCard } from '../src/components/stat-card/stat-card.js';
import { expectAccessible, html, mount, part, text } from './helpers.js';

describe('<tip-stat-card>', () => {
  it('shows the 2024 figure, its label and the comparison with 2023', async () => {
    const el = await mount<TipStatCard>(html`<tip-stat-card metric="convictions"></tip-stat-card>`);
    expect(part(el, 'value')!.textContent).to.contain('21');
    expect(part(el, 'delta')!.textContent!.replace(/\s+/g, ' ')).to.contain('Up 3 from 18 in 2023');
    expect(text(el)).to.contain('+16.7%');
    await expectAccessible(el);
  });
});
