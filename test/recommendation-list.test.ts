import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/recommendation-list.js';
import type { TipRecommendationList } from '../src/components/recommendation-list/recommendation-list.js';
import { bundledDataset } from '../src/data/load.js';
import { captureWarnings, expectAccessible, html, mount, part, text } from './helpers.js';

function items(el: Element): HTMLLIElement[] {
  return [...part(el, 'list')!.querySelectorAll('li')];
}

describe('<tip-recommendation-list>', () => {
  it('lists all 12 recommendations verbatim, in the report’s order, marked as English', async () => {
    const data = await bundledDataset();
    const el = await mount<TipRecommendationList>(html`<tip-recommendation-list></tip-recommendation-list>`);
    const li = items(el);
    expect(li).to.have.length(12);
    li.forEach((item, i) => {
      expect(item.querySelector('[lang="en"]')!.textContent).to.equal(data.recommendations[i]!.text);
      expect(item.value).to.equal(i + 1);
    });
    expect(li[0]!.textContent).to.contain('Vigorously investigate and prosecute trafficking crimes');
    const heading = part(el, 'heading')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    // The section tags are the dataset's grouping, not the report's: said on screen and to screen readers.
    expect(text(el)).to.contain('The report does not group them: the section tags are ours.');
    expect(li[0]!.querySelector('.tag')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`Section (our grouping): ${{ prosecution: 'Prosecution', protection: 'Protection', prevention: 'Prevention' }[data.recommendations[0]!.section]}`);
  });

  it('shows `limit` items and a keyboard-operable disclosure for the rest', async () => {
    const el = await mount<TipRecommendationList>(html`<tip-recommendation-list limit="3"></tip-recommendation-list>`);
    expect(items(el)).to.have.length(3);
    const button = part(el, 'toggle') as HTMLButtonElement;
    expect(button.textContent!.trim()).to.equal('Show all 12 recommendations');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(items(el)).to.have.length(12);
    const after = part(el, 'toggle')!;
    expect(after.getAttribute('aria-expanded')).to.equal('true');
    expect(after.textContent!.trim()).to.equal('Show fewer recommendations');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(items(el)).to.have.length(3);
  });

  it('filters by section and keeps the report’s priority numbers', async () => {
    const data = await bundledDataset();
    const el = await mount<TipRecommendationList>(html`<tip-recommendation-list section="prevention"></tip-recommendation-list>`);
    const expected = data.recommendations.map((r, i) => [r, i + 1] as const).filter(([r]) => r.section === 'prevention');
    expect(expected.length).to.be.greaterThan(0);
    expect(items(el).map((li) => li.value)).to.deep.equal(expected.map(([, n]) => n));
    expect(part(el, 'heading')!.textContent).to.equal('Prioritized recommendations: Prevention');
  });

  it('fits the host page outline with heading-level', async () => {
    const el = await mount<TipRecommendationList>(html`<tip-recommendation-list heading-level="4"></tip-recommendation-list>`);
    expect(part(el, 'heading')!.getAttribute('aria-level')).to.equal('4');
  });

  const bad: [string, string, string][] = [
    ['limit', 'many', 'a whole number from 1'],
    ['limit', '-2', 'a whole number from 1'],
    ['section', 'profile', 'prosecution, protection, prevention'],
    ['heading-level', '9', '1, 2, 3, 4, 5, 6'],
    ['theme', 'purple', 'light, dark, auto'],
  ];
  for (const [attribute, value, valid] of bad) {
    it(`shows a message for ${attribute}="${value}"`, async () => {
      let el!: TipRecommendationList;
      const warnings = await captureWarnings(async () => {
        el = document.createElement('tip-recommendation-list');
        el.setAttribute(attribute, value);
        document.body.append(el);
        await el.loadComplete;
      });
      expect(text(el)).to.contain(`“${value}” is not valid for ${attribute}`);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain(valid);
      el.remove();
    });
  }

  for (const theme of ['light', 'dark'] as const) {
    it(`has no axe violations in the ${theme} theme`, async () => {
      const el = await mount<TipRecommendationList>(html`<tip-recommendation-list theme=${theme} limit="4"></tip-recommendation-list>`);
      await expectAccessible(el);
    });
  }
});
