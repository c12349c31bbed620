import { z } from 'zod';
import { FAILURE_REASONS } from '../../core/contacts/taxonomy.js';
import { SEARCH_WORD_MAX_LENGTH, SEARCH_WORDS_MAX } from '../../core/topics/search-words.js';
import { TOPIC_CSV_MAX_BYTES, TOPIC_NAME_MAX, TOPIC_PATH_CHARACTER } from '../../core/topics/topic-tree.js';

export const Topic = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  /** The unit (usually a förvaltning or one of its units) that answers for the topic. */
  ownerUnitId: z.uuid(),
  /** Contacts on this topic default to failure demand with this reason (the guide can override). */
  defaultFailureReason: z.enum(FAILURE_REASONS).nullable(),
  /** Retired topics keep their history but cannot be chosen for new contacts. */
  retiredAt: z.iso.datetime().nullable(),
  /** "Vatten och avlopp › Faktura": the names from the root down. */
  path: z.string(),
  /** Everyday words for the topic ("soptunna"), which the topic search matches as well. */
  searchWords: z.array(z.string()),
});
export type Topic = z.infer<typeof Topic>;

export const TopicsResponse = z.object({ topics: z.array(Topic) });

export const ListTopicsQuery = z.strictObject({
  includeRetired: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const TopicName = z
  .string()
  .trim()
  .min(1)
  .max(TOPIC_NAME_MAX)
  .refine((name) => !name.includes(TOPIC_PATH_CHARACTER), { params: { code: 'topic_name_separator' } });

/** Each word trimmed and once; at most SEARCH_WORDS_MAX words of SEARCH_WORD_MAX_LENGTH characters. */
const SearchWords = z
  .array(z.string().trim().min(1).max(SEARCH_WORD_MAX_LENGTH))
  .max(SEARCH_WORDS_MAX)
  .transform((words) => {
    const seen = new Set<string>();
    return words.filter((w) => {
      const key = w.toLocaleLowerCase('sv');
      return seen.has(key) ? false : (seen.add(key), true);
    });
  });

export const CreateTopicBody = z.strictObject({
  name: TopicName,
  /** null creates a topic at the top of the catalogue. */
  parentId: z.uuid().nullable(),
  ownerUnitId: z.uuid(),
  defaultFailureReason: z.enum(FAILURE_REASONS).nullable(),
  searchWords: SearchWords.optional(),
});

export const UpdateTopicBody = z
  .strictObject({
    name: TopicName.optional(),
    parentId: z.uuid().nullable().optional(),
    ownerUnitId: z.uuid().optional(),
    defaultFailureReason: z.enum(FAILURE_REASONS).nullable().optional(),
    retired: z.boolean().optional(),
    searchWords: SearchWords.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { params: { code: 'nothing_to_change' } });

export const TopicParams = z.strictObject({ id: z.uuid() });

/**
 * The catalogue file travels inside JSON rather than as a text/csv body: the API stays JSON-only
 * (one parser, one CSRF rule, zod validation) and the web app reads the chosen file as text.
 */
export const ImportTopicsBody = z.strictObject({
  csv: z.string().refine((csv) => Buffer.byteLength(csv, 'utf8') <= TOPIC_CSV_MAX_BYTES, {
    params: { code: 'file_too_large' },
  }),
});

export const ImportTopicsResponse = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportTopicsResponse = z.infer<typeof ImportTopicsResponse>;
