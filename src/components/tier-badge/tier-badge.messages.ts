// The English UI text of <tip-tier-badge>; other languages' are in their packs (src/locales/), loaded only for their readers.
// Each element carries only its own messages, so a page with one widget never downloads the others'.
export const messages = {
  'tier.context': '{country} · {year} Trafficking in Persons Report',
  'tier.upgraded': 'Upgraded from {from}',
  'tier.downgraded': 'Downgraded from {from}',
  'tier.unchanged': 'Unchanged from {from}',
  'tier.compact': '{country}: {tier} in {year}',
  'tier.historyHeading': 'Tier in earlier reports',
  'tier.historyItem': '{year} report: {tier}',
  'tier.thisReport': 'this report',
  'tier.name.Tier 1': 'Tier 1',
  'tier.name.Tier 2': 'Tier 2',
  'tier.name.Tier 2 Watch List': 'Tier 2 Watch List',
  'tier.name.Tier 3': 'Tier 3',
  'tier.name.Special Case': 'Special Case',
} as const;
