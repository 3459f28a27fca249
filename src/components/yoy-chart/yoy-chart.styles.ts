// Layout of <tip-yoy-chart>: title, text legend, a fixed-height chart box, summary, actions and the table.
import { css } from 'lit';

export const styles = css`
  .sources {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .source-label {
    font-weight: 600;
  }
  :host {
    --_chart-height: var(--tip-yoy-chart-height, 18rem);
  }
  .loading {
    /* The height dist/cdn/tip-widgets.css reserved before upgrade (the finished widget at 412px), so nothing moves. */
    min-block-size: var(--tip-yoy-chart-min-height, 44.75rem);
  }
  @media (min-width: 48rem) {
    .loading {
      min-block-size: var(--tip-yoy-chart-min-height, 39.25rem);
    }
  }
  [part~='base'] {
    /* minmax(0, …): the canvas has a pixel width and must never hold the column open. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
  }
  .title {
    font-weight: 600;
  }
  [part~='legend'] {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
    font-size: 0.9375em;
  }
  [part~='legend'] li {
    display: flex;
    align-items: center;
    gap: 0.4rem;
  }
  .swatch {
    display: inline-block;
    inline-size: 0.9em;
    block-size: 0.9em;
    border-radius: 2px;
    background: var(--_accent);
    forced-color-adjust: none;
  }
  .swatch.previous {
    background: var(--_accent-2);
  }
  /* Forced colours: the canvas draws both years in the text colour, 2023 hollow; so does the legend. */
  @media (forced-colors: active) {
    .swatch {
      background: CanvasText;
    }
    .swatch.previous {
      background: Canvas;
      border: 2px solid CanvasText;
    }
  }
  [part~='chart'] {
    /* The final size from the start: the placeholder, then the canvas, fill the same box. */
    position: relative;
    block-size: var(--_chart-height);
    min-inline-size: 0;
    overflow: hidden;
  }
  canvas {
    /* Out of flow, so the pixel size chart.js sets never feeds back into the box it measures. */
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .placeholder {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    padding: 1rem;
    text-align: center;
    color: var(--_muted);
    background: var(--_tint);
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  [part~='summary'] {
    font-size: 0.9375em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .table-wrap {
    overflow-x: auto;
  }
  [part~='table'] {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375em;
  }
  [part~='table'] caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.25rem;
  }
  [part~='table'] th,
  [part~='table'] td {
    padding: 0.3rem 0.5rem;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  [part~='table'] td,
  [part~='table'] thead th:not(:first-child) {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  [part~='table'] th[scope='row'] {
    font-weight: normal;
  }
  .probe {
    display: none;
  }
  /* Each probe resolves one token to a colour the canvas can use (var() fallbacks, color-mix, currentColor). */
  .probe.current {
    color: var(--_accent);
  }
  .probe.previous {
    color: var(--_accent-2);
  }
  .probe.grid {
    color: var(--_border);
  }
  @media print {
    .table-wrap.visually-hidden {
      /* On paper the numbers are worth more than the toggle that reveals them. */
      position: static !important;
      inline-size: auto !important;
      block-size: auto !important;
      overflow: visible !important;
      clip-path: none !important;
      white-space: normal !important;
    }
  }
`;
