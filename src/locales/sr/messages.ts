// Serbian's interface messages and the names of breakdown terms, in Latin script as written;
// the pack (./index.ts) derives Cyrillic from them (./translit.ts).
import type { Catalog } from '../../i18n/messages.js';

/**
 * Serbian, Latin script, as a Belgrade newsroom writes it; Cyrillic is generated from it (translit.ts).
 *
 * Kept-Latin rule (⟦ ⟧): mark only what Serbian Cyrillic text itself leaves in Latin: foreign
 * technical abbreviations with no Serbian form (⟦CSV⟧), and an English-only acronym such as the
 * report's ⟦CPTV⟧ if one is ever used. Names of organisations and institutions are NOT marked:
 * the Cyrillic press transliterates them (АСТРА, Атина, Центар за заштиту жртава, НВО, Стејт
 * департмент). Addresses, e-mails and {placeholders} need no mark: toCyrillic keeps them as written.
 *
 * Style: years are ordinals with a period ("u 2024.", "za 2025. godinu"); tiers are "Nivo 1/2/3" and
 * "Lista posmatranja nivoa 2"; quotation marks „…”; case-free phrasing around placeholders
 * ("Pad od {diff}", "{org}: pozovite …") because a placeholder cannot be declined.
 */
export const srLatn: Catalog = {
  'state.loading': 'Učitavanje…',
  'error.prefix': 'Sadržaj nije moguće prikazati:',
  'error.attribute': 'vrednost „{value}” nije dozvoljena za atribut {attribute}. Dozvoljene vrednosti: {valid}.',
  'error.metric': 'u ovim podacima nema pokazatelja „{value}”.',
  'error.load': 'podaci sa adrese {file} nisu mogli da se učitaju ({reason}).',
  'error.invalid': 'podaci sa adrese {file} nisu ispravni: {reason}.',
  'error.render': 'došlo je do neočekivane greške.',
  'source.line': 'Izvor:',
  'source.reportLink': '{title}, {publisher}',
  'source.disclosure': 'Izvor',
  'source.disclosureNotes': 'Izvor i napomene',
  'source.discrepancy': 'Podaci u izveštaju se ovde ne slažu:',
  'source.note': 'Napomena:',
  'share.button': 'Podeli',
  'source.quoteNote': 'Citat iz izveštaja, u originalu na engleskom jeziku.',
  'source.external': 'izvor',
  'tier.context': '{country} · Izveštaj o trgovini ljudima za {year}. godinu',
  'tier.upgraded': 'Napredak u odnosu na prethodnu ocenu: {from}',
  'tier.downgraded': 'Pad u odnosu na prethodnu ocenu: {from}',
  'tier.unchanged': 'Bez promene u odnosu na prethodnu ocenu: {from}',
  'tier.compact': '{country}: {tier} u {year}. godini',
  'tier.historyHeading': 'Ocena u ranijim izveštajima',
  'tier.historyItem': 'Izveštaj iz {year}: {tier}',
  'tier.thisReport': 'ovaj izveštaj',
  'tier.name.Tier 1': 'Nivo 1',
  'tier.name.Tier 2': 'Nivo 2',
  'tier.name.Tier 2 Watch List': 'Lista posmatranja nivoa 2',
  'tier.name.Tier 3': 'Nivo 3',
  'tier.name.Special Case': 'Poseban slučaj',
  'stat.in': 'u {year}.',
  'stat.approximately': 'oko',
  'stat.atLeast': 'najmanje',
  'stat.up': 'Porast od {diff} u odnosu na {year}. ({previous})',
  'stat.down': 'Pad od {diff} u odnosu na {year}. ({previous})',
  'stat.same': 'Bez promene u odnosu na {year}. ({previous})',
  'stat.usd': '{usd} prema preračunu iz izveštaja',
  'stat.breakdown': 'Struktura',
  'stat.ofWhich': 'od toga',
  'stat.flag': 'Podaci u izveštaju se ovde ne slažu; pogledajte „Izvor i napomene”.',
  'stat.caveat': 'Uz ovaj podatak postoje napomene; pogledajte „Izvor i napomene”.',
  'section.prosecution': 'Krivično gonjenje',
  'section.protection': 'Zaštita',
  'section.prevention': 'Prevencija',
  'recs.heading': 'Prioritetne preporuke',
  'recs.headingSection': 'Prioritetne preporuke: {section}',
  'recs.note': 'Preporuke su citirane iz izveštaja, u originalu na engleskom jeziku, i numerisane po prioritetu koji im daje izveštaj. Izveštaj ih ne razvrstava: oznake oblasti su naše.',
  'recs.noteTranslated': 'Nezvaničan prevod preporuka iz izveštaja; numerisane su po prioritetu koji im daje izveštaj. Izveštaj ih ne razvrstava: oznake oblasti su naše.',
  'recs.showOriginal': 'Prikaži original na engleskom',
  'recs.hideOriginal': 'Sakrij original na engleskom',
  'recs.tag': 'Oblast (naše razvrstavanje):',
  'recs.showAll': 'Prikaži sve preporuke ({count})',
  'recs.showFewer': 'Prikaži manje preporuka',
  'recs.empty': 'Izveštaj ne daje preporuke za ovu oblast.',
  'hotline.heading': 'Pomoć za osobe pogođene trgovinom ljudima',
  'hotline.intro': 'Ako vas ili nekoga koga poznajete neko tera da radi, prosi, vrši krivična dela ili pruža seksualne usluge, možete potražiti pomoć.',
  'hotline.local': 'Broj koji navodi ovaj sajt',
  'hotline.listed': 'Broj navodi {org} na stranici',
  'hotline.domestic': 'iz Srbije: {number}',
  'hotline.hoursLabel': 'Radno vreme:',
  'hotline.call': '{org}: pozovite {number}',
  'hotline.cptvHeading': 'Šta izveštaj kaže o državnoj SOS liniji',
  'hotline.noNumber': 'Izveštaj ne navodi broj ove linije, pa ga ne prikazujemo.',
  'hotline.none': 'U ovim podacima nema nijednog broja sa navedenim izvorom.',
  'hotline.check': 'Brojevi su preuzeti sa navedenih stranica i možda su se promenili; proverite ih tamo.',
  'exit.button': 'Brzi izlaz',
  'exit.hint': 'Odmah napušta ovu stranicu i otvara {site}, a dugme Nazad vas ne vraća ovde. Sa tastature: pritisnite ⟦Shift⟧ tri puta.',
  'exit.note': 'Ne briše istoriju pregledača. Da ne biste ostavili trag, čitajte ovu stranicu u privatnom prozoru (anonimni režim) ili je posle izbrišite iz istorije.',
  'exit.twoMore': '⟦Shift⟧: pritisnite još dva puta da biste izašli.',
  'exit.oneMore': '⟦Shift⟧: pritisnite još jednom da biste izašli.',
  'chart.summaryUp': '{label}: porast sa {previous} u {previousYear}. na {value} u {year}.',
  'chart.summaryDown': '{label}: pad sa {previous} u {previousYear}. na {value} u {year}.',
  'chart.summarySame': '{label}: {value} i u {previousYear}. i u {year}.',
  'chart.showTable': 'Prikaži tabelu',
  'chart.hideTable': 'Sakrij tabelu',
  'chart.download': 'Preuzmi ⟦CSV⟧',
  'chart.metric': 'Podatak',
  'chart.placeholder': 'Grafikon će se učitati kada se pomerite do njega.',
  'chart.flag': 'Podaci u izveštaju se ne slažu u svemu; pogledajte „Izvor i napomene”.',
  'chart.caveat': 'Uz ove podatke postoje napomene; pogledajte „Izvor i napomene”.',
  'chart.failed': 'Grafikon nije mogao da se iscrta; tabela ispod sadrži iste brojeve.',
  'chart.mixedUnits': 'ovi podaci imaju različite jedinice ({units}) i ne crtaju se na istoj osi.',
  'chart.preset.law-enforcement': 'Krivično gonjenje, {previousYear}. i {year}.',
  'chart.preset.victim-protection': 'Zaštita žrtava, {previousYear}. i {year}.',
  'chart.preset.funding': 'Finansiranje, {previousYear}. i {year}.',
  'chart.custom': 'Izabrani podaci, {previousYear}. i {year}.',
  'chart.unit': 'Jedinica',
  'chart.unit.count': 'broj',
  'chart.noPrevious': 'za podatak „{value}” nema vrednosti iz {previousYear}. za poređenje sa {year}.',
  'chart.empty': 'u ovim podacima za ovaj grafikon nema nijednog podatka sa vrednostima i iz {previousYear}. i iz {year}.',
};

/**
 * Breakdown item and group ids are stable across datasets, so their Serbian names live here
 * rather than in every dataset. An id not listed keeps the dataset's English label (marked `lang="en"`).
 *
 * Forms of exploitation follow the categories of the Centar za zaštitu žrtava trgovine ljudima
 * (seksualna, radna, višestruka eksploatacija; prinudno prosjačenje; prinuda na vršenje krivičnih
 * dela); sanctions follow the Krivični zakonik. Items that are shown as a part of another
 * ("od toga prinudno prosjačenje: 13") start in lower case; every other label starts a line and
 * is capitalised.
 */
export const terms: Record<string, string> = {
  // Groups
  form: 'Po obliku eksploatacije',
  'sex-age': 'Po polu i uzrastu',
  age: 'Po uzrastu',
  nationality: 'Po državljanstvu',
  sentence: 'Po izrečenoj sankciji',
  // Forms of exploitation
  'sex-trafficking': 'Seksualna eksploatacija',
  'labor-trafficking': 'Radna eksploatacija',
  'multiple-forms': 'Višestruka eksploatacija',
  'forced-begging': 'prinudno prosjačenje',
  'forced-criminality': 'prinuda na vršenje krivičnih dela',
  // Sex, age, nationality
  women: 'Žene',
  men: 'Muškarci',
  girls: 'Devojčice',
  boys: 'Dečaci',
  children: 'Deca',
  'foreign-nationals': 'Strani državljani',
  // Sentences
  'prison-3-to-5-years': 'Zatvor od 3 do 5 godina',
  'prison-6-to-10-years': 'Zatvor od 6 do 10 godina',
  'prison-12-5-to-13-5-years': 'Zatvor od 12 godina i 6 meseci do 13 godina i 6 meseci',
  'house-arrest-1-year': 'Kućni zatvor od godinu dana',
  'psychiatric-treatment': 'Obavezno psihijatrijsko lečenje i čuvanje u zdravstvenoj ustanovi',
};
