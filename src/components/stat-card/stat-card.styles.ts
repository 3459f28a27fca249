// Layout of <tip-stat-card>: the figure large, its comparison and source beneath.
import { css } from 'lit';

export const styles = css`
  /* While loading, the height dist/cdn/tip-widgets.css reserved before upgrade, so nothing moves; the content then takes its own height. */
  .loading {
    min-block-size: var(--tip-stat-card-min-height, 17rem);
  }
  :host([show-breakdown]) .loading {
    min-block-size: var(--tip-stat-card-min-height, 40rem);
  }
  [part~='base'] {
    align-content: start;
  }
  [part~='label'] {
    font-weight: 600;
  }
  [part~='value'] {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
  }
  .figure {
    font-size: var(--tip-stat-card-value-size, clamp(1.75rem, 9cqi, 2.75rem));
    font-weight: 700;
    line-height: 1.1;
    font-variant-numeric: tabular-nums;
  }
  [part~='delta'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
  }
  .icon {
    color: var(--_accent);
    inline-size: 1.1em;
  }
  [part~='breakdown'] {
    display: grid;
    gap: 0.5rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
  }
  [part~='breakdown'] ul {
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.125rem;
  }
  [part~='breakdown'] ul ul {
    padding-inline-start: 1rem;
  }
  .group-label {
    font-weight: 600;
    font-size: 0.9375em;
  }
  @container (min-width: 36rem) {
    /* Wide: the figure and its comparison on the left, the breakdown beside them. */
    [part~='base'] {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      column-gap: 1.5rem;
    }
    [part~='base'] > * {
      grid-column: 1;
    }
    [part~='base'] > details,
    [part~='source-line'] {
      grid-column: 1 / -1;
    }
    [part~='breakdown'] {
      grid-column: 2;
      grid-row: 1 / span 5;
      border-block-start: 0;
      border-inline-start: 1px solid var(--_border);
      padding-block-start: 0;
      padding-inline-start: 1rem;
    }
  }
`;
