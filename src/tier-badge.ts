// Entry point: registers <tip-tier-badge> alone (`import 'tip-widgets/tier-badge.js'`).
export * from './components/tier-badge/tier-badge.js';
