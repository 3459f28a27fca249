// The iframe page's query rules (src/embed/query.ts) against the real element classes: what is accepted, what is refused and what the reader is told.
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { TipHotlineCallout, TipStatCard, TipTierBadge, TipYoyChart, TipRecommendationList } from '../src/index.js';
import { clipText, parseEmbedQuery, widgetInfo, type WidgetInfo } from '../src/embed/query.js';
import manifestJson from '../custom-elements.json';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
}
const declarations = (manifestJson as unknown as { modules: { declarations?: Declaration[] }[] }).modules.flatMap((m) => m.declarations ?? []);

const CLASSES: [string, CustomElementConstructor][] = [
  ['tip-tier-badge', TipTierBadge],
  ['tip-stat-card', TipStatCard],
  ['tip-yoy-chart', TipYoyChart],
  ['tip-recommendation-list', TipRecommendationList],
  ['tip-hotline-callout', TipHotlineCallout],
];
const WIDGETS: WidgetInfo[] = CLASSES.map(([tag, ctor]) => widgetInfo(tag, ctor)!);

describe('iframe page: query rules', () => {
  it('reads each element\'s attributes from the class: the same names as custom-elements.json, booleans marked, no state or data', () => {
    for (const info of WIDGETS) {
      const decl = declarations.find((d) => d.tagName === info.tag);
      const documented = (decl?.attributes ?? []).map((a) => a.name).sort();
      expect([...info.attributes.keys()].sort(), info.tag).to.deep.equal(documented);
      for (const attr of decl?.attributes ?? []) expect(info.attributes.get(attr.name), `${info.tag} ${attr.name}`).to.equal(/^boolean( \| undefined)?$/.test(attr.type?.text ?? ''));
    }
    const card = WIDGETS.find((w) => w.tag === 'tip-stat-card')!;
    expect(card.attributes.has('data')).to.equal(false);
    expect(card.attributes.has('loaded')).to.equal(false);
  });

  it('accepts a known widget and its attributes, in order, a switch without a value as on', () => {
    const { request, problems } = parseEmbedQuery('?widget=stat-card&metric=convictions&show-breakdown&locale=sr&theme=dark', WIDGETS);
    expect(problems).to.deep.equal([]);
    expect(request).to.deep.equal({
      tag: 'tip-stat-card',
      attributes: [
        ['metric', 'convictions'],
        ['show-breakdown', ''],
        ['locale', 'sr'],
        ['theme', 'dark'],
      ],
    });
    expect(parseEmbedQuery('?widget=tier-badge&show-history=true', WIDGETS).request?.attributes).to.deep.equal([['show-history', '']]);
  });

  it('passes values on unchanged for the element to check (it names a bad one itself)', () => {
    const { request } = parseEmbedQuery(`?widget=stat-card&metric=${encodeURIComponent('<script>x</script>')}`, WIDGETS);
    expect(request?.attributes).to.deep.equal([['metric', '<script>x</script>']]);
  });

  it('refuses an unknown widget, an unknown attribute, src, a repeated parameter and a switch with a value, saying which', () => {
    // Whatever the element has today (a new attribute joins by itself), without src.
    const known = (tag: string) => [...WIDGETS.find((w) => w.tag === tag)!.attributes.keys()].filter((a) => a !== 'src').join(', ');
    expect(known('tip-tier-badge').split(', ')).to.include.members(['locale', 'theme', 'hide-source', 'variant', 'show-history']);
    const cases: [string, string[]][] = [
      ['', ['no widget given: add ?widget= and one of tier-badge, stat-card, yoy-chart, recommendation-list, hotline-callout']],
      ['?widget=<img src=x onerror=alert(1)>', ['unknown widget “<img src=x onerror=alert(1)>”; known widgets: tier-badge, stat-card, yoy-chart, recommendation-list, hotline-callout']],
      ['?widget=stat-card&widget=tier-badge', ['widget is given 2 times; give it once']],
      ['?widget=tip-stat-card', ['unknown widget “tip-stat-card”; known widgets: tier-badge, stat-card, yoy-chart, recommendation-list, hotline-callout']],
      ['?widget=stat-card&src=https://evil.example/x.json', ['“src” is not accepted in an iframe (a query string could make the page show figures that are not the report’s)']],
      ['?widget=tier-badge&onclick=alert(1)', [`unknown attribute “onclick” for tier-badge; known: ${known('tip-tier-badge')}`]],
      ['?widget=stat-card&metric=a&metric=b&metric=c', ['“metric” is given more than once']],
      ['?widget=stat-card&show-breakdown=false', ['“show-breakdown” is a switch: write it without a value to turn it on, or leave it out (got “false”)']],
      ['?widget=stat-card&data=x', [`unknown attribute “data” for stat-card; known: ${known('tip-stat-card')}`]],
    ];
    for (const [query, problems] of cases) {
      const result = parseEmbedQuery(query, WIDGETS);
      expect(result.request, query).to.equal(undefined);
      expect(result.problems, query).to.deep.equal(problems);
    }
  });

  it('clips page-controlled text for a message and flattens control characters', () => {
    expect(clipText('a\nb\u0007c')).to.equal('a b c');
    expect(clipText('x'.repeat(100))).to.have.length(60).and.match(/…$/);
  });
});
