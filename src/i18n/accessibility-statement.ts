import type { Locale } from './locales.ts';

/**
 * The fixed wording of the accessibility statement, per language, following the
 * structure the Polish ministry's template prescribes (introduction, dates,
 * compliance status, preparation, feedback and contact, enforcement procedure,
 * architectural accessibility, mobile apps). The facts that vary come from
 * content/deklaracja-dostepnosci.yaml; the layout puts the two together.
 *
 * The compliance status says "partially compliant" because the automated
 * checks listed under `checked` are all the project can prove: each of them is
 * a test that runs on every page on every `npm test`.
 */
export interface StatementText {
  title: string;
  summary: string;
  introBefore: string;
  introAfter: string;
  siteName: string;
  published: string;
  updated: string;
  statusHeading: string;
  status: string;
  checkedIntro: string;
  checked: string[];
  gapsHeading: string;
  gaps: string[];
  preparationHeading: string;
  prepared: string;
  preparedBasis: string;
  reviewed: string;
  keyboardHeading: string;
  keyboard: string;
  contactHeading: string;
  contactIntro: string;
  person: string;
  email: string;
  phone: string;
  contactAlso: string;
  procedureHeading: string;
  procedure: string[];
  architectureHeading: string;
  appsHeading: string;
  missing: string;
  unconfirmed: string;
}

export const statementText: Record<Locale, StatementText> = {
  pl: {
    title: 'Deklaracja dostępności',
    summary: 'Deklaracja dostępności serwisu: stan zgodności z ustawą o dostępności cyfrowej, sposób zgłaszania problemów i dane kontaktowe.',
    introBefore: 'zobowiązuje się zapewnić dostępność swojej strony internetowej zgodnie z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych. Deklaracja dotyczy strony internetowej',
    introAfter: '.',
    siteName: 'Kraków – Równe Traktowanie',
    published: 'Data publikacji strony internetowej:',
    updated: 'Data ostatniej istotnej aktualizacji:',
    statusHeading: 'Stan dostępności cyfrowej',
    status:
      'Strona internetowa jest częściowo zgodna z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności i ograniczeń wymienionych poniżej.',
    checkedIntro: 'Każda strona serwisu, w wersji polskiej i angielskiej, jest przy każdej zmianie sprawdzana automatycznie:',
    checked: [
      'narzędziem axe pod kątem kryteriów WCAG 2.1 (oraz WCAG 2.2) na poziomach A i AA — wynik: zero naruszeń;',
      'walidatorem W3C Nu HTML Checker — wynik: zero błędów;',
      'przy szerokości ekranu 320 pikseli i przy tekście powiększonym do 200% — bez przewijania w poziomie i bez uciętej treści;',
      'z klawiatury — link „Przejdź do treści”, kolejność przechodzenia i widoczne zaznaczenie aktywnego elementu;',
      'w trybach ograniczonego ruchu, zwiększonego kontrastu i wymuszonych kolorów systemu.',
    ],
    gapsHeading: 'Niezgodności i ograniczenia',
    gaps: [
      'Testy automatyczne nie wykrywają wszystkich barier. Nie przeprowadzono jeszcze audytu eksperckiego ani badań z udziałem osób korzystających z technologii wspomagających, dlatego nie deklarujemy pełnej zgodności.',
      'Linki do agendy i rejestracji wydarzeń mogą prowadzić do stron spoza tego serwisu; ta deklaracja ich nie obejmuje.',
      'Część danych w tej deklaracji czeka na potwierdzenie przez urząd — są oznaczone poniżej.',
    ],
    preparationHeading: 'Przygotowanie deklaracji dostępności',
    prepared: 'Deklarację sporządzono dnia',
    preparedBasis: 'Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot publiczny, opartej na opisanych wyżej testach automatycznych.',
    reviewed: 'Deklaracja została ostatnio poddana przeglądowi i aktualizacji dnia',
    keyboardHeading: 'Skróty klawiaturowe',
    keyboard:
      'Serwis nie ma własnych skrótów klawiaturowych. Działa standardowa obsługa przeglądarki: Tab i Shift+Tab przechodzą między linkami, Enter otwiera link. Pierwszy klawisz Tab pokazuje link „Przejdź do treści”.',
    contactHeading: 'Informacje zwrotne i dane kontaktowe',
    contactIntro: 'W sprawie problemów z dostępnością tej strony internetowej prosimy o kontakt. Za rozpatrywanie zgłoszeń odpowiada:',
    person: 'Osoba do kontaktu:',
    email: 'Adres e-mail:',
    phone: 'Telefon:',
    contactAlso: 'Tą samą drogą można złożyć wniosek o udostępnienie informacji niedostępnej oraz żądanie zapewnienia dostępności.',
    procedureHeading: 'Procedura wnioskowo-skargowa',
    procedure: [
      'Każdy ma prawo zażądać zapewnienia dostępności cyfrowej strony internetowej lub jej elementu. Można też zażądać udostępnienia informacji w alternatywny sposób, na przykład przez odczytanie niedostępnego dokumentu lub opisanie zawartości filmu bez audiodeskrypcji.',
      'Żądanie powinno zawierać dane osoby, która je zgłasza, wskazanie strony internetowej lub jej elementu, o który chodzi, oraz sposób kontaktu. Jeżeli osoba żądająca prosi o informację w alternatywny sposób, powinna go określić.',
      'Podmiot publiczny realizuje żądanie niezwłocznie, nie później niż w ciągu 7 dni od jego złożenia. Jeżeli nie jest to możliwe, niezwłocznie informuje, kiedy żądanie zostanie zrealizowane; ten termin nie może być dłuższy niż 2 miesiące od złożenia żądania. Jeżeli zapewnienie dostępności cyfrowej nie jest możliwe, podmiot może zaproponować alternatywny sposób dostępu do informacji.',
      'Gdy podmiot odmówi realizacji żądania albo alternatywnego sposobu dostępu, można złożyć skargę na brak zapewnienia dostępności cyfrowej. Po wyczerpaniu tej procedury można złożyć wniosek do Rzecznika Praw Obywatelskich.',
    ],
    architectureHeading: 'Dostępność architektoniczna',
    appsHeading: 'Aplikacje mobilne',
    missing: 'brak danych — do uzupełnienia przez urząd',
    unconfirmed: '(informacja niepotwierdzona przez urząd)',
  },
  en: {
    title: 'Accessibility statement',
    summary: 'Accessibility statement of this website: compliance with the Polish digital accessibility act, how to report problems, and contact details.',
    introBefore:
      'is committed to making its website accessible in accordance with the Polish Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies. This statement applies to the website',
    introAfter: '.',
    siteName: 'Kraków – Equal Treatment',
    published: 'Date the website was published:',
    updated: 'Date of the last significant update:',
    statusHeading: 'Compliance status',
    status:
      'This website is partially compliant with the Act of 4 April 2019 on the digital accessibility of websites and mobile applications of public bodies, because of the non-compliances and limitations listed below.',
    checkedIntro: 'Every page of the site, in Polish and in English, is checked automatically on every change:',
    checked: [
      'with axe against WCAG 2.1 (and WCAG 2.2) success criteria at levels A and AA — result: no violations;',
      'with the W3C Nu HTML Checker — result: no errors;',
      'at a screen width of 320 pixels and with text enlarged to 200% — no horizontal scrolling and no content cut off;',
      'by keyboard — the “Skip to main content” link, the focus order and a visible focus indicator;',
      'with reduced motion, increased contrast and forced system colours.',
    ],
    gapsHeading: 'Non-compliance and limitations',
    gaps: [
      'Automated tests do not find every barrier. No expert audit and no testing with users of assistive technologies has been carried out yet, so we do not claim full compliance.',
      'Agenda and registration links of events may lead to pages outside this website, which this statement does not cover.',
      'Some details in this statement are waiting for confirmation by the office; they are marked below.',
    ],
    preparationHeading: 'Preparation of this statement',
    prepared: 'This statement was prepared on',
    preparedBasis: 'It was prepared on the basis of a self-assessment by the public body, based on the automated tests described above.',
    reviewed: 'The statement was last reviewed and updated on',
    keyboardHeading: 'Keyboard shortcuts',
    keyboard:
      'The site has no keyboard shortcuts of its own. The browser’s standard keys work: Tab and Shift+Tab move between links, Enter opens a link. The first Tab shows the “Skip to main content” link.',
    contactHeading: 'Feedback and contact information',
    contactIntro: 'If you find accessibility problems on this website, please contact us. Requests are handled by:',
    person: 'Contact person:',
    email: 'Email:',
    phone: 'Telephone:',
    contactAlso: 'The same contacts can be used to request information in an accessible form or to request that accessibility be provided.',
    procedureHeading: 'Enforcement procedure',
    procedure: [
      'Anyone may request that a website, or an element of it, be made digitally accessible. You may also ask for the information in an alternative form, for example by having an inaccessible document read out or the content of a film without audio description described.',
      'The request should give the name of the person making it, the website or element concerned, and how to contact them. If the information is requested in an alternative form, the request should say which.',
      'The public body must meet the request without delay and within 7 days at most. If that is not possible, it must say without delay when the request will be met, which may not be later than 2 months after the request. If digital accessibility cannot be provided, the body may offer an alternative way to access the information.',
      'If the body refuses the request or the alternative form of access, you may lodge a complaint about the lack of digital accessibility. After that procedure, you may apply to the Polish Commissioner for Human Rights.',
    ],
    architectureHeading: 'Architectural accessibility',
    appsHeading: 'Mobile applications',
    missing: 'no details yet — to be completed by the office',
    unconfirmed: '(not yet confirmed by the office)',
  },
};
