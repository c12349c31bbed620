import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listMunicipalities } from './list-municipalities.js';
import { presentMunicipality } from './presenter.js';
import { MunicipalitiesResponse } from './schema.js';

export const municipalityRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/municipalities',
    {
      config: { access: 'session' },
      schema: {
        tags: ['municipalities'],
        summary: 'The Swedish municipalities (Statistics Sweden codes), in Swedish alphabetical order',
        response: { 200: MunicipalitiesResponse },
      },
    },
    async () => ({ municipalities: (await listMunicipalities({ db: app.db })).map(presentMunicipality) }),
  );
};
