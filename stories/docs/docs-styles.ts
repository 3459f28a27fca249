// Styles shared by the docs pages' own elements (tables, code, inputs), matching Storybook's light docs theme.
import { css } from 'lit';

/** Storybook's docs type: its pages style tags, not the body, so a shadow root would get the browser default. */
export const docsFont = css`
  :host {
    font-family: 'Nunito Sans', -apple-system, '.SFNSText-Regular', 'San Francisco', BlinkMacSystemFont, 'Segoe UI', 'Helvetica Neue', Helvetica,
      Arial, sans-serif;
    font-size: 14px;
    line-height: 1.5;
  }
`;

export const docsStyles = css`
  :host {
    display: block;
    color: #1b1f24;
    margin-block: 1rem 2rem;
  }
  * {
    box-sizing: border-box;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.875em;
    background: #eef1f5;
    padding: 0.05em 0.3em;
    border-radius: 0.25em;
  }
  .table-wrap {
    overflow-x: auto;
    border: 1px solid #c9ced6;
    border-radius: 0.5rem;
  }
  table {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.875rem;
    line-height: 1.45;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0.5rem 0.75rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-block-start: 1px solid #dde1e6;
  }
  thead th {
    background: #f3f5f8;
    white-space: nowrap;
  }
  td.num {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.625rem;
    border-inline-start: 3px solid #8a939f;
    font-style: italic;
  }
  .muted {
    color: #4a5361;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
    align-items: end;
    margin-block-end: 0.75rem;
  }
  .controls label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input,
  select {
    font: inherit;
    font-weight: normal;
    color: inherit;
    background: #fff;
    border: 1px solid #8a939f;
    border-radius: 0.25rem;
    padding: 0.375rem 0.5rem;
    min-block-size: 2.25rem;
    min-inline-size: 14rem;
  }
  input:focus-visible,
  select:focus-visible {
    outline: 3px solid #1d5fa6;
    outline-offset: 2px;
  }
`;

/** The form fields, buttons, focus rings and inline code of the docs' interactive elements (the builder and its iframe section). */
export const docsControls = css`
  :host {
    display: block;
    color: #1b1f24;
  }
  * {
    box-sizing: border-box;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label {
    font-weight: 600;
  }
  .hint {
    color: #4a5361;
    font-size: 0.875em;
  }
  input[type='text'],
  input[type='url'],
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: #fff;
    border: 1px solid #8a939f;
    border-radius: 0.25rem;
    padding: 0.375rem 0.5rem;
    inline-size: 100%;
    min-block-size: 2.25rem;
  }
  textarea.snippet {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.8125rem;
    line-height: 1.5;
    /* Long lines wrap on screen only; the copied text keeps its own line breaks. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    background: #f6f8fa;
    resize: vertical;
  }
  button {
    font: inherit;
    font-weight: 600;
    color: #fff;
    background: #1d5fa6;
    border: 1px solid #1d5fa6;
    border-radius: 0.375rem;
    padding: 0.5rem 1rem;
    min-block-size: 44px;
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid #1d5fa6;
    outline-offset: 2px;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    background: #eef1f5;
    padding: 0 0.2em;
    border-radius: 0.2em;
  }
`;
