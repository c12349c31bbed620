/**
 * Järfälla's side of the demo year (core/demo/contact-year.ts does the shapes): the guides who
 * log the contacts, the districts citizens come from, which topics are asked about most, and the
 * case series of each board. No person here is real; district names are Järfälla's.
 */
import { createHash } from 'node:crypto';
import type { FailureReason } from '../../core/contacts/taxonomy.js';
import type { YearTopic } from '../../core/demo/contact-year.js';
import { DEMO_UNITS, type DemoUnit } from './demo-municipality.js';

export interface DemoGuide {
  email: string;
  displayName: string;
  /** 'office': the service office (Medborgarkontoret, visits); 'phone': phone, e-mail and the rest. */
  team: 'phone' | 'office';
}

/**
 * The guides besides the published guide login (vagledare@jarfalla.example, Sara Nilsson, in the
 * phone team): fourteen in all, ten on the phone and four in the service office. They get a
 * random password nobody knows, so they cannot sign in until an administrator sets one.
 */
export const DEMO_GUIDES: readonly DemoGuide[] = [
  { email: 'anna.lindqvist@jarfalla.example', displayName: 'Anna Lindqvist', team: 'phone' },
  { email: 'mohammed.ali@jarfalla.example', displayName: 'Mohammed Ali', team: 'phone' },
  { email: 'elin.strom@jarfalla.example', displayName: 'Elin Ström', team: 'phone' },
  { email: 'peter.sjoberg@jarfalla.example', displayName: 'Peter Sjöberg', team: 'phone' },
  { email: 'fatima.yilmaz@jarfalla.example', displayName: 'Fatima Yilmaz', team: 'phone' },
  { email: 'lars.bergstrom@jarfalla.example', displayName: 'Lars Bergström', team: 'phone' },
  { email: 'maja.ekdahl@jarfalla.example', displayName: 'Maja Ekdahl', team: 'phone' },
  { email: 'oskar.nyberg@jarfalla.example', displayName: 'Oskar Nyberg', team: 'phone' },
  { email: 'sofia.karlsson@jarfalla.example', displayName: 'Sofia Karlsson', team: 'phone' },
  { email: 'hanna.wikstrom@jarfalla.example', displayName: 'Hanna Wikström', team: 'office' },
  { email: 'jonas.ahmadi@jarfalla.example', displayName: 'Jonas Ahmadi', team: 'office' },
  { email: 'lena.forsberg@jarfalla.example', displayName: 'Lena Forsberg', team: 'office' },
  { email: 'david.olsson@jarfalla.example', displayName: 'David Olsson', team: 'office' },
];

/** Järfälla's districts, weighted roughly by population. */
export const JARFALLA_DISTRICTS: readonly { name: string; weight: number }[] = [
  { name: 'Jakobsberg', weight: 30 },
  { name: 'Viksjö', weight: 17 },
  { name: 'Barkarby', weight: 12 },
  { name: 'Kallhäll', weight: 10 },
  { name: 'Skälby', weight: 7 },
  { name: 'Stäket', weight: 5 },
  { name: 'Görväln', weight: 4 },
  { name: 'Säby', weight: 5 },
  { name: 'Veddesta', weight: 3 },
  { name: 'Söderhöjden', weight: 4 },
];

/** The topic the quarterly water-and-waste invoice spike is about. */
export const INVOICE_TOPIC = 'VA-faktura';
export const OPINION_TOPIC = 'Synpunkter och klagomål';
export const OTHER_AUTHORITY_TOPIC = 'Ärende hos annan myndighet';
/** Units of the contact centre itself. */
export const CONTACT_CENTRE_UNITS = ['Kontaktcenter', 'Telefon och e-post', 'Medborgarkontoret'] as const;

/** What most people call about, with relative weights; every other topic gets 1-8 (see topicWeight). */
const POPULAR_TOPICS: Readonly<Record<string, number>> = {
  'Allmän vägledning': 60,
  'Växel och sök person': 45,
  'Ansökan om plats': 32,
  'E-tjänst och inloggning': 28,
  'Utebliven sophämtning': 18,
  'Status på ansökan': 16,
  'Ansökan om försörjningsstöd': 20,
  'Status på bygglovsärende': 16,
  'Ansökan om bygglov': 18,
  Skolval: 16,
  Parkeringstillstånd: 15,
  'Färdtjänst och riksfärdtjänst': 15,
  'Grovsopor och återvinningscentral': 14,
  'Avgift och faktura': 14,
  'Ansökan om hemtjänst': 13,
  'Felanmälan gata och gatubelysning': 13,
  'Besök och bokning på medborgarkontoret': 12,
  [INVOICE_TOPIC]: 10,
  'Ansökan till Komvux': 10,
  'Snöröjning och halkbekämpning': 9,
};

/** Case register series of the boards (nämnder) each department serves. */
const CASE_SERIES: Readonly<Record<string, string>> = {
  Kommunstyrelseförvaltningen: 'KS',
  'Barn- och ungdomsförvaltningen': 'BUN',
  Socialförvaltningen: 'SN',
  'Vård- och omsorgsförvaltningen': 'VON',
  Samhällsbyggnadsförvaltningen: 'SBN',
  'Bygg- och miljöförvaltningen': 'BMN',
  'Kultur-, demokrati- och fritidsförvaltningen': 'KDFN',
  'Arbetsmarknads- och vuxenutbildningsförvaltningen': 'AVN',
};

export interface CatalogueTopic {
  id: string;
  name: string;
  ownerUnitId: string;
  defaultFailureReason: FailureReason | null;
  hasChildren: boolean;
}

/**
 * The catalogue as the generator needs it: popularity (a long tail: the listed topics carry most
 * contacts, a topic with subtopics is rarely chosen itself) and the case series of the owner's
 * department. `unitIds` maps the demo's unit names to their ids.
 */
export function yearTopics(
  topics: readonly CatalogueTopic[],
  unitIds: ReadonlyMap<string, string>,
): YearTopic[] {
  const departmentOfUnit = new Map<string, string>();
  const walk = (units: readonly DemoUnit[], department: string | null) => {
    for (const unit of units) {
      const id = unitIds.get(unit.name);
      const own = department ?? unit.name;
      if (id) departmentOfUnit.set(id, own);
      walk(unit.children ?? [], own);
    }
  };
  walk(DEMO_UNITS, null);
  return topics.map((t) => ({
    id: t.id,
    name: t.name,
    ownerUnitId: t.ownerUnitId,
    defaultFailureReason: t.defaultFailureReason,
    weight: topicWeight(t),
    caseSeries: CASE_SERIES[departmentOfUnit.get(t.ownerUnitId) ?? ''] ?? 'KS',
  }));
}

function topicWeight(topic: CatalogueTopic): number {
  const listed = POPULAR_TOPICS[topic.name];
  if (listed !== undefined) return listed;
  if (topic.hasChildren) return 0.8;
  // A stable pseudo-random weight from the name: skewed towards the low end (1 + 7u²).
  const u = createHash('sha256').update(topic.name).digest().readUInt32BE(0) / 2 ** 32;
  return 1 + 7 * u * u;
}
