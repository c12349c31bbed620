import { z } from 'zod';

export const Municipality = z.object({
  code: z.string().regex(/^\d{4}$/),
  name: z.string(),
  countyCode: z.string().regex(/^\d{2}$/),
  countyName: z.string(),
});
export type Municipality = z.infer<typeof Municipality>;

export const MunicipalitiesResponse = z.object({ municipalities: z.array(Municipality) });
export type MunicipalitiesResponse = z.infer<typeof MunicipalitiesResponse>;
