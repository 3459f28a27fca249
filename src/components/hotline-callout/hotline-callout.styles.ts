// Layout of <tip-hotline-callout>: calm, prominent, numbers large enough to tap.
import { css } from 'lit';

export const styles = css`
  /* While loading, the height dist/cdn/tip-widgets.css reserved before upgrade, so nothing moves; the content then takes its own height. */
  .loading {
    min-block-size: var(--tip-hotline-callout-min-height, 60rem);
  }
  @media (min-width: 48rem) {
    .loading {
      min-block-size: var(--tip-hotline-callout-min-height, 38rem);
    }
  }
  [part~='base'] {
    border-inline-start: 6px solid var(--_accent);
  }
  [part~='heading'] {
    font-size: 1.125em;
    font-weight: 700;
  }
  [part~='numbers'] {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  [part~='numbers'] li {
    display: grid;
    gap: 0.125rem;
  }
  .org {
    font-weight: 600;
  }
  [part~='number'] {
    font-size: 1.375em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    display: inline-block;
    min-block-size: 44px;
    padding-block: 0.25rem;
    white-space: nowrap;
  }
  [part~='report-facts'] {
    display: grid;
    gap: 0.375rem;
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.5rem;
  }
  .subheading {
    font-weight: 600;
  }
  @container (min-width: 40rem) {
    [part~='numbers'] {
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
    }
  }
`;
