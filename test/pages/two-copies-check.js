// Which copy of tip-widgets defined each tag: read by e2e/pages.mjs as window.__copies.
// Imports the same addresses the page loads, so these are the page's own module instances.
const CLASSES = {
  'tip-tier-badge': 'TipTierBadge',
  'tip-stat-card': 'TipStatCard',
  'tip-yoy-chart': 'TipYoyChart',
  'tip-recommendation-list': 'TipRecommendationList',
  'tip-hotline-callout': 'TipHotlineCallout',
};
const urls = [...document.querySelectorAll('script[type="module"][src*="/dist/"]')].map((s) => s.getAttribute('src'));
// The CDN bundle is a loader: its classes come from its library(), which imports the same chunks
// its tags load (and defines nothing that is already defined).
const copies = await Promise.all(
  urls.map(async (url) => {
    const module = await import(url);
    return [url, typeof module.library === 'function' ? await module.library() : module];
  }),
);
window.__copies = Object.fromEntries(
  Object.entries(CLASSES).map(([tag, name]) => {
    const defined = customElements.get(tag);
    return [tag, { defined: Boolean(defined), by: copies.filter(([, m]) => m[name] === defined).map(([url]) => url), exported: copies.filter(([, m]) => typeof m[name] === 'function').length }];
  }),
);
