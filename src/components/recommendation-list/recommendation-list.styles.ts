// Layout of <tip-recommendation-list>: a numbered list with its section tags and a disclosure.
import { css } from 'lit';

export const styles = css`
  /* While loading, the height dist/cdn/tip-widgets.css reserved before upgrade, so nothing moves; the content then takes its own height. */
  .loading {
    min-block-size: var(--tip-recommendation-list-min-height, 37.25rem);
  }
  @media (min-width: 48rem) {
    .loading {
      min-block-size: var(--tip-recommendation-list-min-height, 26rem);
    }
  }
  [part~='heading'] {
    font-size: 1.125em;
    font-weight: 700;
    margin: 0;
  }
  [part~='list'] {
    padding-inline-start: 1.75rem;
    display: grid;
    gap: 0.625rem;
  }
  [part~='list'] li::marker {
    font-weight: 700;
  }
  /* The English original under a translated recommendation, set apart as a quotation. */
  .original {
    display: block;
    margin-block: 0.25rem;
    padding-inline-start: 0.625rem;
    border-inline-start: 2px solid var(--_border);
    font-style: italic;
  }
  [part~='original-toggle'] {
    margin-block-end: 0.5rem;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.375rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 0.8125em;
    font-style: normal;
    white-space: nowrap;
  }
  @container (min-width: 48rem) {
    [part~='list'] {
      column-gap: 2rem;
    }
  }
`;
