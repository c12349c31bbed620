/**
 * Short Swedish summaries for demo contacts, as a guide writes them: what the citizen wanted and
 * what was done, never who. Each summary is "<topic>: <phrase>".
 */
import type { Need } from '../contacts/taxonomy.js';

export const NEED_SUMMARIES: Readonly<Record<Need, readonly string[]>> = {
  want_service: [
    'Ville ansöka. Guidad genom e-tjänsten.',
    'Hjälp att fylla i ansökan.',
    'Ville beställa. Beställning registrerad.',
    'Bokade tid hos handläggare.',
    'Ville ha blankett, skickad per post.',
    'Hjälp att logga in och skicka in ansökan.',
    'Ville säga upp tjänsten. Hänvisad till e-tjänsten.',
    'Ville ändra sina uppgifter. Ändrat.',
  ],
  want_to_know: [
    'Frågade om regler och avgifter. Informerad.',
    'Ville veta handläggningstiden.',
    'Frågade vad som gäller. Hänvisad till information på webben.',
    'Frågade om öppettider och hur man går till väga.',
    'Ville veta vilka handlingar som behövs.',
    'Frågade om vem som ansvarar. Informerad.',
  ],
  problem: [
    'Anmälde fel. Felanmälan registrerad.',
    'Tjänsten fungerar inte som utlovat.',
    'Insatsen blev inte av vid utsatt tid.',
    'Missnöjd med hur ärendet sköttes.',
    'Fel i beslut eller faktura, behöver rättas.',
    'Har väntat länge utan besked.',
  ],
  dont_understand: [
    'Förstod inte beslutet. Förklarat.',
    'Förstod inte brevet, gick igenom det tillsammans.',
    'Informationen på webben var otydlig. Förklarat.',
    'Förstod inte vad som ska göras härnäst. Förklarat stegen.',
    'Förstod inte avgiften. Förklarat hur den räknas.',
  ],
  opinion: [
    'Lämnade synpunkt. Registrerad.',
    'Beröm till personalen.',
    'Önskemål om förbättring. Registrerat.',
    'Klagomål. Registrerat och skickat till ansvarig enhet.',
  ],
  other_authority: [
    'Gällde Försäkringskassan. Hänvisad dit.',
    'Gällde Skatteverket. Hänvisad dit.',
    'Gällde regionens vård. Hänvisad till 1177.',
    'Gällde Arbetsförmedlingen. Hänvisad dit.',
  ],
};

/** About an existing case. */
export const CASE_SUMMARIES: readonly string[] = [
  'Frågade om status i pågående ärende. Kontrollerat och informerat.',
  'Ville komplettera sitt ärende.',
  'Har inte fått besked i ärendet. Kontrollerat status.',
  'Frågade när beslut kommer.',
];

/** About the quarterly water-and-waste invoice. */
export const INVOICE_SUMMARIES: readonly string[] = [
  'Förstod inte fakturan. Gick igenom fast och rörlig avgift.',
  'Frågade varför fakturan är högre än förra kvartalet. Förklarat.',
  'Förstod inte mätarställningen på fakturan. Förklarat.',
  'Förstod inte förfallodatum och delbetalning. Förklarat.',
  'Ville byta till autogiro. Hänvisad till e-tjänsten.',
];

export const FORWARD_DONE: readonly string[] = [
  'Gett allmän information och kontrollerat uppgifterna.',
  'Förklarat regler och gått igenom ärendet med invånaren.',
  'Tagit emot uppgifter och stämt av vad som redan gjorts.',
  'Kontrollerat status i verksamhetssystemet.',
];

export const FORWARD_EXPECTED: readonly string[] = [
  'Kontakta invånaren inom två arbetsdagar.',
  'Återkoppla till invånaren med besked.',
  'Handlägg ärendet och meddela invånaren.',
  'Ring upp invånaren för att boka tid.',
];
