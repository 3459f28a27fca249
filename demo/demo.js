// The demo article's language switch: sets <html lang>, and the widgets follow on their own.
// The article text itself is the newspaper's; its Serbian is written here and made Cyrillic by the library.
// No static import of the bundle: this script runs before it (see index.html), so a reader who asks
// for Serbian on a slow connection gets the Serbian article at once, not English until the bundle
// has arrived; Cyrillic follows when the library's transliteration is there.

const SR_LATN = {
  kicker: 'Svet · Ljudska prava',
  title: 'Srbija napredovala na nivo 2 u američkom izveštaju o trgovini ljudima',
  standfirst:
    'Stejt department navodi da je Beograd osudio više trgovaca ljudima i identifikovao više žrtava, ali da i dalje zaostaje u nekoliko ključnih oblasti.',
  byline: 'Piše novinar redakcije',
  p1a: 'Ocena Stejt departmenta u godišnjem izveštaju o trgovini ljudima glasi',
  p1b: ' – vlada ne ispunjava u potpunosti minimalne standarde, ali ulaže značajne napore da ih ispuni.',
  h2a: 'Više identifikovanih žrtava, više presuda',
  p2: 'Službe prvog kontakta uputile su više potencijalnih žrtava državnom Centru za zaštitu žrtava trgovine ljudima, koji je identifikovao više žrtava nego godinu dana ranije. Sudovi su osudili više trgovaca ljudima, sve za seksualnu eksploataciju.',
  p3: 'Ipak, prema izveštaju, vlada je krivično gonila manje osumnjičenih trgovaca ljudima, a mnoge je i dalje gonila za krivična dela sa blažim kaznama. Policija, tužilaštvo i sudovi različito broje predmete, pa se njihovi podaci ne poklapaju.',
  h2b: 'Policija, tužilaštvo i sudovi',
  p4: 'Šta je ko izbrojao 2024. godine, u poređenju sa 2023. Svako broji svoje predmete, pa stubići ne prikazuju iste predmete kroz faze postupka:',
  h2c: 'Šta Vašington traži od Beograda',
  p5: 'Izveštaj navodi dvanaest prioritetnih preporuka. Prve četiri:',
  language: 'Jezik',
  masthead: 'Demo hronika',
  footer: 'Demonstraciona stranica biblioteke tip-widgets. Podaci: Izveštaj o trgovini ljudima za 2025. godinu: Srbija.',
};

const english = new Map();
for (const el of document.querySelectorAll('[data-i18n]')) english.set(el, el.textContent);
const nav = document.querySelector('nav.langs');
const englishNav = nav.getAttribute('aria-label');
const englishTitle = document.title;
let toCyrillic;
let asked = 'en';

function setLanguage(lang) {
  asked = lang;
  document.documentElement.lang = lang;
  // Cyrillic needs the library's transliteration: Latin Serbian until it has loaded.
  const cyrillic = lang === 'sr' && toCyrillic;
  const serbian = (latin) => (cyrillic ? toCyrillic(latin) : latin);
  for (const [el, en] of english) {
    const latin = SR_LATN[el.dataset.i18n];
    el.textContent = lang === 'en' || !latin ? en : serbian(latin);
  }
  nav.setAttribute('aria-label', lang === 'en' ? englishNav : serbian(SR_LATN.language));
  document.title = lang === 'en' ? englishTitle : `${serbian(SR_LATN.title)} — ${serbian(SR_LATN.masthead)}`;
  if (lang === 'sr' && !toCyrillic) {
    // The bundle is a loader; its library() (every element, already on this page) has toCyrillic.
    void import('../dist/cdn/tip-widgets.js')
      .then((bundle) => bundle.library())
      .then((library) => {
        toCyrillic = library.toCyrillic;
        if (asked === 'sr') setLanguage('sr');
      });
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
const fromUrl = new URLSearchParams(location.search).get('lang');
if (fromUrl === 'sr' || fromUrl === 'sr-Latn') setLanguage(fromUrl);
