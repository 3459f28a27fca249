// Styles every widget shares: the host box, the source line, states, disclosures, focus and print.
import { css } from 'lit';

export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    max-inline-size: 100%;
    font-family: var(--_font);
    color: var(--_text);
    line-height: 1.45;
    overflow-wrap: anywhere;
    /* Like <bdi>: direction controls in a dataset's text (U+202E…) stay inside the widget and
       cannot reverse the page's own sentence around an inline badge. */
    unicode-bidi: isolate;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  [part~='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  p,
  ol,
  ul,
  dl,
  blockquote,
  figure {
    margin: 0;
  }
  a {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
    background: var(--_tint);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.35rem 0.75rem;
    cursor: pointer;
    min-block-size: 44px;
    justify-self: start;
  }
  summary {
    cursor: pointer;
    min-block-size: 24px;
    inline-size: fit-content;
  }
  .muted,
  [part~='source-line'] {
    color: var(--_muted);
    font-size: 0.875em;
  }
  blockquote {
    border-inline-start: 3px solid var(--_border);
    padding-inline-start: 0.75rem;
    font-style: italic;
  }
  /* A caveat or contradiction the report states about a figure. */
  .flag {
    border-inline-start: 3px solid var(--_accent-2);
    padding-inline-start: 0.5rem;
  }
  /* The "Source and notes" disclosure: the report's sentences, notes and contradictions. */
  [part~='source'] blockquote {
    margin-block: 0.5rem;
  }
  [part~='source'] > div {
    display: grid;
    gap: 0.375rem;
  }
  [part~='message'] {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    font-size: 0.9375em;
  }
  [part~='message'] strong {
    display: block;
  }
  .loading {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }
  @media print {
    /* As specific as the theme rules in tokens.ts, so a dark theme never prints a dark page. */
    :host,
    :host([theme='light']),
    :host([theme='dark']) {
      --_surface: transparent;
      --_tint: transparent;
      --_text: #000;
      --_muted: #000;
      --_border: #000;
      color: #000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.8em;
      overflow-wrap: anywhere;
    }
    button {
      display: none;
    }
    /* On paper the source disclosure is open: the figure prints with its quote and notes. */
    details::details-content {
      content-visibility: visible;
    }
  }
`;
