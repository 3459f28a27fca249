// Entry point: registers <tip-yoy-chart> alone (`import 'tip-widgets/yoy-chart.js'`); chart.js loads later, only when a chart nears the viewport.
export * from './components/yoy-chart/yoy-chart.js';
