// Every element's English messages, for figures drawn where no element module is loaded (Node:
// tip-widgets/ssr's renderImage and the CLI). Browsers never import it: a widget that draws its
// figure has its own messages loaded already (see ./figure.ts). The list follows the registry.
import { addMessages } from '../i18n/messages.js';
// generated: elements (npm run gen:elements)
import { messages as tierBadge } from '../components/tier-badge/tier-badge.messages.js';
import { messages as statCard } from '../components/stat-card/stat-card.messages.js';
import { messages as yoyChart } from '../components/yoy-chart/yoy-chart.messages.js';
import { messages as recommendationList } from '../components/recommendation-list/recommendation-list.messages.js';
import { messages as hotlineCallout } from '../components/hotline-callout/hotline-callout.messages.js';

const CATALOGS = [tierBadge, statCard, yoyChart, recommendationList, hotlineCallout];
// end generated: elements

/** Registers the elements' English messages (a call, not an import's side effect, which the build could drop). */
export function addFigureMessages(): void {
  for (const catalog of CATALOGS) addMessages(catalog);
}
