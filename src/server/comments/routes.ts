import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { classifyComment } from '../../core/comments/model.js';
import { loadCommentModel } from './model-file.js';
import { presentResult } from './presenter.js';
import { ClassifyBody, ClassifyJson, MAX_BATCH } from './schema.js';

const CLASSIFY =
  `Comments (issue 16): the tone (positive, skeptical, negative) and areas (handler, waiting_time, digital_services, ` +
  `municipal_services, experience) of up to ${MAX_BATCH} free-text comments, in their order, each with confidences and ` +
  'the words that weighed most. Personal data is masked before analysis; nothing is stored or logged. The model is ' +
  "Lots' own (data/models/comments.json), run in this process: no text leaves the server.";

export const commentRoutes: FastifyPluginAsyncZod = async (app) => {
  // Loaded when the server starts, not at the first request.
  const model = loadCommentModel();

  app.post(
    '/api/comments/classify',
    {
      config: { permission: 'surveys:read' },
      bodyLimit: 32 * 1024 * 1024,
      schema: {
        tags: ['comments'],
        summary: 'Tone and areas of free-text comments',
        description: CLASSIFY,
        body: ClassifyBody,
        response: { 200: ClassifyJson },
      },
    },
    async (request) => ({
      results: request.body.comments.map((text) => presentResult(classifyComment(model, text))),
    }),
  );
};
