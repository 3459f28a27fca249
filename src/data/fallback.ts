// The fallback text written inside a tag: what a reader without JavaScript, a feed reader or a
// search engine learns, and what stays in a CMS page when the tags are filtered out. One source
// for Storybook's embed builder and the WordPress plugin's block and shortcodes (built from dist/).
import { formatFigure, formatYear } from './format.js';
import type { Dataset } from './types.js';

/** An attribute as it is written: `true` is a boolean attribute (present, no value). */
export type FallbackAttribute = string | true;

/** A sensible English fallback sentence for `tag` with `attributes`, from `dataset`. */
export function fallbackText(dataset: Dataset, tag: string, attributes: [string, FallbackAttribute][] = []): string {
  const attr = (name: string) => attributes.find(([n]) => n === name)?.[1];
  const report = `${dataset.source.title} (${dataset.source.publisher})`;
  const year = formatYear(dataset.reportingPeriod, 'en');
  switch (tag) {
    case 'tip-tier-badge':
      return `${dataset.country.name}: ${dataset.tier} in the ${report}.`;
    case 'tip-stat-card': {
      const id = typeof attr('metric') === 'string' ? String(attr('metric')) : 'victims-identified';
      const metric = Object.hasOwn(dataset.metrics, id) ? dataset.metrics[id] : undefined;
      if (!metric) return `A figure from the ${report}.`;
      const when = metric.period ?? formatYear(metric.year ?? dataset.reportingPeriod, 'en');
      const previous =
        metric.previous !== undefined && metric.year === undefined
          ? ` (${formatFigure(metric.previous, metric.unit, 'en')} in ${formatYear(dataset.comparisonPeriod, 'en')})`
          : '';
      return `${metric.label}: ${formatFigure(metric.value, metric.unit, 'en')} in ${when}${previous}. Source: ${report}.`;
    }
    case 'tip-yoy-chart':
      return `Figures for ${year} compared with ${formatYear(dataset.comparisonPeriod, 'en')}, from the ${report}.`;
    case 'tip-recommendation-list':
      return `The ${dataset.recommendations.length} prioritized recommendations of the ${report}.`;
    case 'tip-hotline-callout': {
      const line = dataset.hotlines.find((h) => h.number);
      return line
        ? `Help for people affected by trafficking: ${line.organisation}, ${line.number}.`
        : 'Help for people affected by trafficking: ask your local police or social services.';
    }
    default:
      return `From the ${report}.`;
  }
}
