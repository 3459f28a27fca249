// The fallback sentence written inside each tag (src/data/fallback.ts): every element of the registry
// has its own, with its figure, so adding an element without one fails here.
import { expect } from '@open-wc/testing';
import { ELEMENTS, TAGS } from '../src/elements.mjs';
import { fallbackText } from '../src/data/fallback.js';
import type { Dataset } from '../src/data/types.js';

const dataset = (await (await fetch(new URL('../data/serbia-2025.json', import.meta.url))).json()) as Dataset;
const generic = fallbackText(dataset, 'tip-not-an-element');

describe('fallback sentences', () => {
  it('has a sentence of its own for every registered element', () => {
    expect(TAGS).to.have.length(ELEMENTS.length);
    for (const tag of TAGS) {
      const sentence = fallbackText(dataset, tag);
      expect(sentence, tag).not.to.equal(generic);
      expect(sentence, tag).to.match(/\.$/);
    }
  });

  it('says the figure a reader without JavaScript needs', () => {
    expect(fallbackText(dataset, 'tip-tier-badge')).to.equal(`Serbia: Tier 2 in the ${dataset.source.title} (${dataset.source.publisher}).`);
    expect(fallbackText(dataset, 'tip-stat-card', [['metric', 'convictions']])).to.contain(': 21 in 2024 (18 in 2023).');
  });
});
