/**
 * The demo municipality's service catalogue: what citizens contact Järfälla about, grouped the
 * way a contact centre's guides think of it, each topic owned by the unit that answers for it.
 * Topics only, never a person. A few topics default to failure demand with the reason a guide
 * would most often give (the quarterly water invoice people do not understand, a building
 * permit case people chase, an e-service that fails to let people in).
 */
import type { FailureReason } from '../../core/contacts/taxonomy.js';
import { DEMO_TOPIC_SEARCH_WORDS } from '../../core/demo/topic-search-words.js';
import { createTopic } from '../topics/create-topic.js';
import type { DemoContext } from './seed-demo.js';

export interface DemoTopic {
  name: string;
  /** A unit name from DEMO_UNITS; a subtopic without one is owned like its parent. */
  owner?: string;
  reason?: FailureReason;
  children?: readonly DemoTopic[];
}

export const DEMO_TOPICS: readonly DemoTopic[] = [
  {
    name: 'Förskola',
    owner: 'Förskola',
    children: [
      { name: 'Ansökan om plats', owner: 'Antagning och placering' },
      { name: 'Placering och erbjudande', owner: 'Antagning och placering', reason: 'chasing_case' },
      { name: 'Uppsägning av plats', owner: 'Antagning och placering' },
      {
        name: 'Avgift och faktura',
        owner: 'Antagning och placering',
        reason: 'did_not_understand_information',
      },
      { name: 'Inkomstuppgift', owner: 'Antagning och placering' },
      { name: 'Pedagogisk omsorg' },
      { name: 'Förskolans verksamhet och personal' },
    ],
  },
  {
    name: 'Grundskola',
    owner: 'Grundskola',
    children: [
      { name: 'Skolval', owner: 'Antagning och placering' },
      { name: 'Byte av skola', owner: 'Antagning och placering' },
      { name: 'Skolskjuts' },
      { name: 'Fritidshem' },
      {
        name: 'Fritidshemsavgift',
        owner: 'Antagning och placering',
        reason: 'did_not_understand_information',
      },
      { name: 'Skolmåltider och specialkost' },
      { name: 'Elevhälsa och skolsköterska', owner: 'Elevhälsa' },
      { name: 'Frånvaro och ledighet' },
    ],
  },
  {
    name: 'Gymnasium och vuxenutbildning',
    owner: 'Vuxenutbildning',
    children: [
      { name: 'Gymnasieval', owner: 'Antagning och placering' },
      { name: 'Ansökan till Komvux' },
      { name: 'Svenska för invandrare (SFI)' },
    ],
  },
  {
    name: 'Ekonomiskt bistånd',
    owner: 'Ekonomiskt bistånd',
    children: [
      { name: 'Ansökan om försörjningsstöd' },
      { name: 'Status på ansökan', reason: 'chasing_case' },
      { name: 'Utbetalning' },
      { name: 'E-ansökan om ekonomiskt bistånd', reason: 'eservice_problem' },
      { name: 'Budget- och skuldrådgivning' },
    ],
  },
  {
    name: 'Barn och familj',
    owner: 'Barn och familj',
    children: [
      { name: 'Orosanmälan' },
      { name: 'Familjebehandling och föräldrastöd' },
      { name: 'Vårdnad, boende och umgänge', owner: 'Familjerätt' },
      { name: 'Faderskap och föräldraskap', owner: 'Familjerätt' },
    ],
  },
  {
    name: 'Stöd för vuxna',
    owner: 'Vuxenenheten',
    children: [
      { name: 'Stöd vid missbruk' },
      { name: 'Våld i nära relationer' },
      { name: 'Hemlöshet och boendestöd' },
    ],
  },
  {
    name: 'Äldreomsorg',
    owner: 'Biståndshandläggning',
    children: [
      { name: 'Ansökan om hemtjänst' },
      { name: 'Hemtjänstens besök och tider', owner: 'Hemtjänst' },
      { name: 'Utebliven eller sen insats', owner: 'Hemtjänst', reason: 'municipality_error' },
      { name: 'Trygghetslarm', owner: 'Hemtjänst' },
      { name: 'Ansökan om särskilt boende' },
      { name: 'Kö till särskilt boende', reason: 'chasing_case' },
      { name: 'Besök och vardag på särskilt boende', owner: 'Särskilt boende' },
      { name: 'Avgift inom äldreomsorgen', reason: 'did_not_understand_information' },
      { name: 'Anhörigstöd' },
      { name: 'Färdtjänst och riksfärdtjänst' },
    ],
  },
  {
    name: 'Funktionsstöd',
    owner: 'Funktionsstöd',
    children: [
      { name: 'Insatser enligt LSS' },
      { name: 'Personlig assistans' },
      { name: 'Daglig verksamhet' },
      { name: 'Bostadsanpassning', owner: 'Bygglov' },
    ],
  },
  {
    name: 'Bygglov',
    owner: 'Bygglov',
    children: [
      { name: 'Ansökan om bygglov' },
      { name: 'Status på bygglovsärende', reason: 'chasing_case' },
      { name: 'Attefallshus och friggebod' },
      { name: 'Strandskydd' },
      { name: 'Kontrollplan och slutbesked' },
      { name: 'Bygglovsavgift', reason: 'did_not_understand_information' },
      { name: 'E-tjänst för bygglov', reason: 'eservice_problem' },
      { name: 'Nybyggnadskarta och kartor', owner: 'Lantmäteri' },
      { name: 'Detaljplaner', owner: 'Plan och exploatering' },
    ],
  },
  {
    name: 'Miljö och hälsa',
    owner: 'Miljö- och hälsoskydd',
    children: [
      { name: 'Buller och störningar' },
      { name: 'Enskilt avlopp' },
      { name: 'Inomhusmiljö och fukt' },
      { name: 'Skadedjur' },
      { name: 'Livsmedel: registrering och kontroll', owner: 'Livsmedelskontroll' },
    ],
  },
  {
    name: 'Vatten och avlopp',
    owner: 'Vatten och avlopp',
    children: [
      { name: 'VA-faktura', reason: 'did_not_understand_information' },
      { name: 'Vattenläcka' },
      { name: 'Vattenkvalitet' },
      { name: 'Vattenmätare och mätaravläsning' },
      { name: 'Stopp i avlopp' },
      { name: 'Ny anslutning till kommunalt VA' },
    ],
  },
  {
    name: 'Avfall och återvinning',
    owner: 'Avfall',
    children: [
      { name: 'Utebliven sophämtning', reason: 'municipality_error' },
      { name: 'Avfallsabonnemang' },
      { name: 'Avfallsfaktura', reason: 'did_not_understand_information' },
      { name: 'Grovsopor och återvinningscentral' },
      { name: 'Matavfall och sopkärl' },
    ],
  },
  {
    name: 'Gator, parker och trafik',
    owner: 'Gata och park',
    children: [
      { name: 'Felanmälan gata och gatubelysning' },
      { name: 'Snöröjning och halkbekämpning' },
      { name: 'Parker och lekplatser' },
      { name: 'Parkeringstillstånd', owner: 'Trafik' },
      { name: 'Felparkeringsavgift', owner: 'Trafik' },
      { name: 'Trafiksäkerhet och hastighet', owner: 'Trafik' },
    ],
  },
  {
    name: 'Kultur och fritid',
    owner: 'Fritid och idrott',
    children: [
      {
        name: 'Bibliotek',
        owner: 'Bibliotek',
        children: [
          { name: 'Lånekort och lån' },
          { name: 'Påminnelser och ersättningsavgifter', reason: 'did_not_understand_information' },
        ],
      },
      {
        name: 'Kulturskolan',
        owner: 'Kulturskolan',
        children: [{ name: 'Anmälan och kö', reason: 'chasing_case' }],
      },
      { name: 'Föreningsbidrag' },
      { name: 'Lokalbokning och idrottshallar' },
      { name: 'Simhall och motionsspår' },
      { name: 'Fritidsgårdar', owner: 'Ungdomsverksamhet' },
      { name: 'Feriejobb för unga', owner: 'Ungdomsverksamhet' },
    ],
  },
  {
    name: 'Arbete och etablering',
    owner: 'Arbetsmarknad',
    children: [{ name: 'Jobbstöd och arbetsmarknadsinsatser' }, { name: 'Nyanlända', owner: 'Etablering' }],
  },
  {
    name: 'Kontaktcenter',
    owner: 'Kontaktcenter',
    children: [
      { name: 'Allmän vägledning', owner: 'Telefon och e-post' },
      { name: 'Växel och sök person', owner: 'Telefon och e-post' },
      { name: 'E-tjänst och inloggning', owner: 'Digitalisering', reason: 'eservice_problem' },
      { name: 'Synpunkter och klagomål' },
      { name: 'Besök och bokning på medborgarkontoret', owner: 'Medborgarkontoret' },
      { name: 'Ärende hos annan myndighet' },
      { name: 'Allmänna handlingar', owner: 'Kansli' },
      { name: 'Val och röstning', owner: 'Kansli' },
      { name: 'Jobba i kommunen', owner: 'HR' },
    ],
  },
];

/** Every topic of a catalogue, subtopics included. */
export function countDemoTopics(topics: readonly DemoTopic[] = DEMO_TOPICS): number {
  return topics.reduce((n, t) => n + 1 + countDemoTopics(t.children ?? []), 0);
}

/** Demo step: the catalogue, created through the same service an administrator's changes use. */
export async function seedCatalogue(context: DemoContext): Promise<void> {
  const create = async (
    topics: readonly DemoTopic[],
    parentId: string | null,
    parentOwner: string | null,
  ) => {
    for (const topic of topics) {
      const owner = topic.owner ?? parentOwner;
      const ownerUnitId = owner ? context.unitIds.get(owner) : undefined;
      if (!ownerUnitId) throw new Error(`demo topic ${topic.name}: owner unit missing`);
      const created = await createTopic({
        db: context.db,
        tenantId: context.tenantId,
        actorUserId: context.adminUserId,
        name: topic.name,
        parentId,
        ownerUnitId,
        defaultFailureReason: topic.reason ?? null,
        searchWords: [...(DEMO_TOPIC_SEARCH_WORDS[topic.name] ?? [])],
      });
      if (topic.children) await create(topic.children, created.id, owner);
    }
  };
  await create(DEMO_TOPICS, null, null);
}
