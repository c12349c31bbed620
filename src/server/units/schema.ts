import { z } from 'zod';

export const UNIT_NAME_MAX = 200;

export const Unit = z.object({
  id: z.uuid(),
  parentId: z.uuid().nullable(),
  name: z.string(),
  /** A department (förvaltning) is a root of the tree; everything below it is a unit. */
  kind: z.enum(['department', 'unit']),
  archivedAt: z.iso.datetime().nullable(),
});
export type Unit = z.infer<typeof Unit>;

export const UnitsResponse = z.object({ units: z.array(Unit) });
export type UnitsResponse = z.infer<typeof UnitsResponse>;

export const ListUnitsQuery = z.strictObject({
  includeArchived: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

const UnitName = z.string().trim().min(1).max(UNIT_NAME_MAX);

export const CreateUnitBody = z.strictObject({
  name: UnitName,
  /** null creates a department (förvaltning); otherwise a unit below the given one. */
  parentId: z.uuid().nullable(),
});

export const UpdateUnitBody = z
  .strictObject({
    name: UnitName.optional(),
    parentId: z.uuid().nullable().optional(),
    archived: z.boolean().optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), { params: { code: 'nothing_to_change' } });

export const UnitParams = z.strictObject({ id: z.uuid() });
