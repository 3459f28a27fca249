// Entry point: registers <tip-hotline-callout> alone (`import 'tip-widgets/hotline-callout.js'`).
export * from './components/hotline-callout/hotline-callout.js';
