/**
 * The surveys Lots ships ready to use (issue #15; ../shared/data/reference/surveys.md, kkik.md).
 *
 * - "Efter kontakten": Södertälje's six dimensions (engagemang, enkelhet, generell nöjdhet,
 *   kunskap, svarstid, uppklarning), one 1-5 question each, and a comment. Easy Swedish.
 * - "Servicemätning telefon" and "Servicemätning e-post": SKR's national measures (with Brilliant
 *   Future since 2022): 1-5 scales scored as an index (grade - 1) x 25; phone: enkelhet and
 *   bemötande; e-mail: first whether the person got an answer, and only those who say yes are asked
 *   (and scored) on enkelhet and tydlighet; the case category SKR added in 2023. The wording here is
 *   ours, written to ask what SKR's published measures ask; a municipality that takes part in the
 *   national measurement should use SKR's own wording, which it receives from SKR.
 * - "Förvaltningarnas nöjdhet": the departments' verdict on the contact centre (how it forwards,
 *   informs and cooperates) and a required "one thing you want us to change" (the self-evaluation
 *   practice demands at least one).
 */
import type { Question, SurveyDefinition, Text } from './questions.js';

export const TEMPLATE_KEYS = ['after_contact', 'skr_phone', 'skr_email', 'departments'] as const;
export type TemplateKey = (typeof TEMPLATE_KEYS)[number];

export type SurveyAudience = 'citizens' | 'departments';

export interface SurveyTemplate {
  key: TemplateKey;
  name: Text;
  audience: SurveyAudience;
  /** The channels a template's invitations follow by default (none for the departments' survey). */
  channels: readonly ('phone' | 'email' | 'visit' | 'chat' | 'eservice')[];
  definition: SurveyDefinition;
}

const AGREE = {
  low: { sv: 'Stämmer inte alls', en: 'Strongly disagree' },
  high: { sv: 'Stämmer helt', en: 'Strongly agree' },
};

const COMMENT: Question = {
  key: 'comment',
  kind: 'text',
  text: {
    sv: 'Vill du berätta mer? Skriv inte ditt namn eller personnummer.',
    en: 'Would you like to tell us more? Do not write your name or personal identity number.',
  },
};

function agree(key: string, dimension: Question['dimension'], sv: string, en: string): Question {
  return { key, kind: 'scale5', text: { sv, en }, ends: AGREE, dimension, required: true };
}

const CASE_CATEGORY: Question = {
  key: 'case_category',
  kind: 'one_choice',
  text: { sv: 'Vad gällde din fråga?', en: 'What was your question about?' },
  choices: [
    { key: 'water_waste', label: { sv: 'Vatten och avfall', en: 'Water and waste' } },
    { key: 'building', label: { sv: 'Bygga och bo', en: 'Building and housing' } },
    { key: 'school', label: { sv: 'Förskola och skola', en: 'Preschool and school' } },
    { key: 'care', label: { sv: 'Omsorg och stöd', en: 'Care and support' } },
    { key: 'streets', label: { sv: 'Gator, trafik och parker', en: 'Streets, traffic and parks' } },
    { key: 'other', label: { sv: 'Annat', en: 'Other' } },
  ],
};

export const SURVEY_TEMPLATES: readonly SurveyTemplate[] = [
  {
    key: 'after_contact',
    name: { sv: 'Efter kontakten', en: 'After the contact' },
    audience: 'citizens',
    channels: ['phone', 'email', 'visit', 'chat', 'eservice'],
    definition: {
      questions: [
        agree(
          'overall',
          'generell_nojdhet',
          'Jag är nöjd med kontakten.',
          'I am satisfied with the contact.',
        ),
        agree(
          'answer_time',
          'svarstid',
          'Jag fick svar inom rimlig tid.',
          'I got an answer within a reasonable time.',
        ),
        agree('ease', 'enkelhet', 'Det var enkelt att få hjälp.', 'It was easy to get help.'),
        agree(
          'knowledge',
          'kunskap',
          'Den jag talade med kunde svara på min fråga.',
          'The person I talked to could answer my question.',
        ),
        agree(
          'engagement',
          'engagemang',
          'Den jag talade med ville hjälpa mig.',
          'The person I talked to wanted to help me.',
        ),
        agree('resolved', 'uppklarning', 'Min fråga blev löst.', 'My question was resolved.'),
        COMMENT,
      ],
    },
  },
  {
    key: 'skr_phone',
    name: { sv: 'Servicemätning telefon', en: 'Service measurement, phone' },
    audience: 'citizens',
    channels: ['phone'],
    definition: {
      questions: [
        agree(
          'ease',
          'enkelhet',
          'Det var enkelt att få hjälp med mitt ärende.',
          'It was easy to get help with my errand.',
        ),
        agree('treatment', 'bemotande', 'Jag blev väl bemött.', 'I was treated well.'),
        CASE_CATEGORY,
        COMMENT,
      ],
    },
  },
  {
    key: 'skr_email',
    name: { sv: 'Servicemätning e-post', en: 'Service measurement, e-mail' },
    audience: 'citizens',
    channels: ['email'],
    definition: {
      questions: [
        {
          key: 'got_answer',
          kind: 'yes_no',
          text: {
            sv: 'Har du fått återkoppling eller svar på din fråga?',
            en: 'Have you had a reply or an answer to your question?',
          },
          required: true,
        },
        {
          ...agree(
            'ease',
            'enkelhet',
            'Det var enkelt att få hjälp med mitt ärende.',
            'It was easy to get help with my errand.',
          ),
          condition: { question: 'got_answer', anyOf: ['yes'] },
        },
        {
          ...agree('clarity', 'tydlighet', 'Svaret jag fick var tydligt.', 'The answer I got was clear.'),
          condition: { question: 'got_answer', anyOf: ['yes'] },
        },
        CASE_CATEGORY,
        COMMENT,
      ],
    },
  },
  {
    key: 'departments',
    name: { sv: 'Förvaltningarnas nöjdhet', en: "The departments' satisfaction" },
    audience: 'departments',
    channels: [],
    definition: {
      questions: [
        agree(
          'forwarding',
          'samarbete',
          'Kontaktcenter kopplar rätt ärenden till oss, med det vi behöver veta.',
          'The contact centre passes the right errands to us, with what we need to know.',
        ),
        agree(
          'informing',
          'samarbete',
          'Kontaktcenter ger invånarna rätt information om vår verksamhet.',
          'The contact centre gives citizens the right information about our services.',
        ),
        agree(
          'cooperation',
          'samarbete',
          'Samarbetet med kontaktcenter fungerar bra.',
          'Cooperation with the contact centre works well.',
        ),
        {
          key: 'one_change',
          kind: 'text',
          text: {
            sv: 'Nämn minst en sak som du vill att kontaktcenter ändrar.',
            en: 'Name at least one thing you want the contact centre to change.',
          },
          required: true,
        },
      ],
    },
  },
];

export function templateOf(key: TemplateKey): SurveyTemplate {
  const template = SURVEY_TEMPLATES.find((t) => t.key === key);
  if (!template) throw new RangeError(`no survey template ${key}`);
  return template;
}

/**
 * SKR's national results 2024 (skr.se, "Servicemätning" result pages; kkik.md): the index of each
 * published measure, to be shown beside a municipality's figure for the same question.
 */
export const SKR_NATIONAL_2024 = [
  { template: 'skr_phone', question: 'treatment', index: 83.8 },
  { template: 'skr_phone', question: 'ease', index: 74.9 },
  { template: 'skr_email', question: 'clarity', index: 83.6 },
  { template: 'skr_email', question: 'ease', index: 80.2 },
] as const satisfies readonly { template: TemplateKey; question: string; index: number }[];
