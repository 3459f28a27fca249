// The demo article's language switch: sets <html lang>, and the widgets follow on their own.
// The article text itself is the newspaper's; its Serbian is written here and made Cyrillic by the library.
import { toCyrillic } from '../dist/cdn/tip-widgets.js';

const SR_LATN = {
  kicker: 'Svet · Ljudska prava',
  title: 'Srbija napredovala na nivo 2 u američkom izveštaju o trgovini ljudima',
  standfirst:
    'Stejt department navodi da je Beograd osudio više trgovaca ljudima i identifikovao više žrtava, ali da i dalje zaostaje u nekoliko ključnih oblasti.',
  byline: 'Piše novinar redakcije',
  p1a: 'U godišnjem izveštaju o trgovini ljudima Stejt department daje ocenu',
  p1b: ' – vlada ne ispunjava u potpunosti minimalne standarde, ali ulaže značajne napore da ih ispuni.',
  h2a: 'Više identifikovanih žrtava, više presuda',
  p2: 'Službe prvog kontakta uputile su više potencijalnih žrtava državnom Centru za zaštitu žrtava trgovine ljudima, koji je identifikovao više žrtava nego godinu dana ranije. Sudovi su osudili više trgovaca ljudima, sve za seksualnu eksploataciju.',
  p3: 'Ipak, prema izveštaju, vlada je krivično gonila manje osumnjičenih trgovaca ljudima, a mnoge je i dalje gonila za krivična dela sa blažim kaznama. Policija, tužilaštvo i sudovi različito broje predmete, pa se njihovi podaci ne poklapaju.',
  h2b: 'Od prijave do presude',
  p4: 'Kako su se predmeti kretali kroz sistem 2024. godine, u poređenju sa 2023. godinom:',
  h2c: 'Šta Vašington traži od Beograda',
  p5: 'Izveštaj se završava listom od dvanaest prioritetnih preporuka. Prve četiri:',
  footer: 'Demonstraciona stranica biblioteke tip-widgets. Podaci: Izveštaj o trgovini ljudima za 2025. godinu: Srbija.',
};

const english = new Map();
for (const el of document.querySelectorAll('[data-i18n]')) english.set(el, el.textContent);

function setLanguage(lang) {
  document.documentElement.lang = lang;
  for (const [el, en] of english) {
    const latin = SR_LATN[el.dataset.i18n];
    el.textContent = lang === 'en' || !latin ? en : lang === 'sr' ? toCyrillic(latin) : latin;
  }
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
  for (const time of document.querySelectorAll('time[datetime]')) {
    const tag = lang === 'en' ? 'en-GB' : lang === 'sr' ? 'sr-Cyrl-RS' : 'sr-Latn-RS';
    time.textContent = new Intl.DateTimeFormat(tag, { dateStyle: 'long' }).format(new Date(time.dateTime));
  }
}

for (const button of document.querySelectorAll('[data-lang]')) {
  button.addEventListener('click', () => setLanguage(button.dataset.lang));
}
const asked = new URLSearchParams(location.search).get('lang');
if (asked === 'sr' || asked === 'sr-Latn') setLanguage(asked);
