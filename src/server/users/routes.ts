import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../http/access.js';
import { createUser } from './create-user.js';
import { listUsers } from './list-users.js';
import { presentUser } from './presenter.js';
import {
  CreateUserBody,
  SetPasswordBody,
  UpdateUserBody,
  User,
  UserParams,
  UsersResponse,
} from './schema.js';
import { setUserPassword } from './set-user-password.js';
import { updateUser } from './update-user.js';

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/users',
    {
      config: { permission: 'users:read' },
      schema: {
        tags: ['users'],
        summary: "The tenant's users with their roles",
        response: { 200: UsersResponse },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return { users: (await listUsers({ db: app.db, tenantId: actor.tenantId })).map(presentUser) };
    },
  );

  app.post(
    '/api/users',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: 'Create a user with a local password account',
        body: CreateUserBody,
        response: { 201: User },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const user = await createUser({
        db: app.db,
        tenantId: actor.tenantId,
        actor,
        ...request.body,
      });
      return reply.status(201).send(presentUser(user));
    },
  );

  app.patch(
    '/api/users/:id',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: "Change a user's name, roles or whether the account is active",
        params: UserParams,
        body: UpdateUserBody,
        response: { 200: User },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const user = await updateUser({
        db: app.db,
        tenantId: actor.tenantId,
        actor,
        id: request.params.id,
        ...request.body,
      });
      return presentUser(user);
    },
  );

  app.put(
    '/api/users/:id/password',
    {
      config: { permission: 'users:write' },
      schema: {
        tags: ['users'],
        summary: "Set a user's password; ends the user's other sessions and lifts a lock-out",
        params: UserParams,
        body: SetPasswordBody,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const own = request.params.id === actor.userId;
      await setUserPassword({
        db: app.db,
        tenantId: actor.tenantId,
        actor,
        id: request.params.id,
        password: request.body.password,
        keepSessionId: own && request.auth?.method === 'session' ? request.auth.session.sessionId : undefined,
      });
      return reply.status(204).send(null);
    },
  );
};
