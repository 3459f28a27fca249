// Entry point: registers <tip-recommendation-list> alone (`import 'tip-widgets/recommendation-list.js'`).
export * from './components/recommendation-list/recommendation-list.js';
