/**
 * The demo's survey comments (issue #15): what citizens write in the comment field after a
 * contact, in their own everyday Swedish, by how the contact went. A few carry a phone number or
 * a personnummer, as real comments do despite the question asking not to, so that the demo shows
 * them masked (they are stored through core/privacy like every comment).
 */

export const PRAISE: readonly string[] = [
  'Mycket trevligt bemötande, jag fick svar direkt.',
  'Snabbt och smidigt. Tack för hjälpen!',
  'Personen jag pratade med var kunnig och tog sig tid att förklara.',
  'Bra service, jag visste precis vad jag skulle göra efteråt.',
  'Äntligen någon som förstod vad jag menade. Tack!',
  'Fick hjälp med allt på en gång, behövde inte ringa någon annan.',
  'Vänlig och lugn handläggare som lyssnade.',
  'Kort kö och rätt svar. Mer kan man inte begära.',
  'Tydligt svar på mitt mejl samma dag.',
  'Hon hjälpte mig att fylla i e-tjänsten medan vi pratade.',
];

export const MIXED: readonly string[] = [
  'Trevligt bemötande men jag fick vänta länge i telefonkön.',
  'Fick svar till slut, men det tog tre samtal.',
  'Bra hjälp, men informationen på webben säger något annat.',
  'Svaret var okej men jag förstår fortfarande inte riktigt hur avgiften räknas.',
  'Det gick bra, men jag hade hellre fått svaret via mejl.',
  'Personen var trevlig men kunde inte svara på allt och skulle återkomma.',
];

export const COMPLAINT: readonly string[] = [
  'Ingen har ringt tillbaka trots att det utlovades.',
  'Jag blev kopplad runt mellan tre olika personer och fick inget svar.',
  'Lång väntetid och sedan bröts samtalet.',
  'Mitt ärende har legat i flera månader och ingen kan säga varför.',
  'Jag fick olika besked av olika personer.',
  'Svaret på mitt mejl besvarade inte min fråga.',
];

/** Comments about the water and waste invoice, before the redesign and after it. */
export const INVOICE_BEFORE: readonly string[] = [
  'Fakturan för vatten och avlopp går inte att förstå. Varför är den så hög?',
  'Jag förstår inte skillnaden mellan fast avgift och förbrukning på fakturan.',
  'Ringde om VA-fakturan. Fick svar men fakturan borde förklara sig själv.',
];
export const INVOICE_AFTER: readonly string[] = [
  'Nya fakturan var mycket lättare att förstå, jag ringde bara för att dubbelkolla.',
  'Bra att förbrukningen står på en egen rad nu.',
  'Fakturan jämför med förra året, det gjorde det enkelt.',
];

/**
 * Comments with personal data in them. The personnummer is Skatteverket's well-known test
 * number 19121212-1212 (Luhn-valid, belongs to nobody); the phone numbers are in the ranges PTS
 * keeps for fiction (070-1740605 to 070-1740699).
 */
export const WITH_PERSONAL_DATA: readonly string[] = [
  'Ring mig gärna på 070-174 06 05 om ni vill veta mer.',
  'Mitt personnummer är 19121212-1212 om ni vill hitta ärendet.',
  'Ni kan nå mig på 070-1740642 dagtid, jag väntar fortfarande på beslutet.',
  'Handläggaren bad om mitt personnummer 121212-1212 två gånger, det kändes onödigt.',
];
