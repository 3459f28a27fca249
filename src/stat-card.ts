// Entry point: registers <tip-stat-card> alone (`import 'tip-widgets/stat-card.js'`).
export * from './components/stat-card/stat-card.js';
