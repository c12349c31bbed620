/** The API's feature route plugins, in one list so that app.ts stays the same as features grow. */
import type { FastifyPluginAsync } from 'fastify';
import { analysisRoutes } from './analysis/routes.js';
import { commentRoutes } from './comments/routes.js';
import { complaintRoutes } from './complaints/routes.js';
import { contactRoutes } from './contacts/routes.js';
import { goalRoutes } from './goals/routes.js';
import { improvementRoutes } from './improvements/routes.js';
import { integrationRoutes } from './integrations/routes.js';
import { intakeRoutes } from './intake/routes.js';
import { municipalityRoutes } from './municipalities/routes.js';
import { reportRoutes } from './reports/routes.js';
import { departmentSurveyRoutes } from './department-surveys/routes.js';
import { signalRoutes } from './signals/routes.js';
import { surveyRoutes } from './surveys/routes.js';
import { telephonyRoutes } from './telephony/routes.js';
import { tenantRoutes } from './tenants/routes.js';
import { topicRoutes } from './topics/routes.js';
import { unitRoutes } from './units/routes.js';
import { userRoutes } from './users/routes.js';

export const featureRoutes: FastifyPluginAsync[] = [
  analysisRoutes,
  commentRoutes,
  complaintRoutes,
  contactRoutes,
  departmentSurveyRoutes,
  goalRoutes,
  improvementRoutes,
  integrationRoutes,
  intakeRoutes,
  municipalityRoutes,
  reportRoutes,
  signalRoutes,
  surveyRoutes,
  telephonyRoutes,
  tenantRoutes,
  topicRoutes,
  unitRoutes,
  userRoutes,
];
