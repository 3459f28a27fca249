// Layout of <tip-tier-badge>: a card (`full`) or a phrase inside a sentence (`compact`).
import { css } from 'lit';

export const styles = css`
  /* While loading, the height dist/cdn/tip-widgets.css reserved before upgrade, so nothing moves; the content then takes its own height. */
  .loading {
    min-block-size: var(--tip-tier-badge-min-height, 13rem);
  }
  :host([show-history]) .loading {
    min-block-size: var(--tip-tier-badge-min-height, 24rem);
  }
  @media (min-width: 48rem) {
    :host([show-history]) .loading {
      min-block-size: var(--tip-tier-badge-min-height, 18rem);
    }
  }
  :host([variant='compact']) {
    display: inline;
    container-type: normal;
    min-block-size: 0;
  }
  [part~='value'] {
    font-size: var(--tip-tier-badge-value-size, clamp(1.5rem, 7cqi, 2.25rem));
    font-weight: 700;
    line-height: 1.15;
  }
  .tier {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
  }
  .pip {
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 50%;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    flex: none;
  }
  .pip.watch {
    background: transparent;
  }
  [part~='movement'] {
    display: flex;
    gap: 0.375rem;
    align-items: baseline;
  }
  .icon {
    color: var(--_accent);
  }
  [part~='history'] ol {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  [part~='history'] li {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25rem 0.5rem;
    background: var(--_tint);
    font-size: 0.875em;
  }
  [part~='history'] li.current {
    border-color: var(--_accent);
    border-width: 2px;
  }
  .history-heading {
    font-weight: 600;
    font-size: 0.9375em;
  }
  .compact,
  .compact [part~='value'],
  .compact [part~='movement'] {
    display: inline;
    font-size: inherit;
    font-weight: inherit;
    line-height: inherit;
  }
  .compact[part~='base'] {
    border: 0;
    padding: 0;
    background: none;
    border-radius: 0;
  }
  .compact [part~='value'] {
    font-weight: 600;
  }
  .compact a {
    margin-inline-start: 0.25em;
    font-size: 0.875em;
  }
  @container (min-width: 40rem) {
    [part~='history'] ol {
      flex-wrap: nowrap;
    }
  }
`;
