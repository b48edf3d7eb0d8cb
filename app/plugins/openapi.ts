// OpenAPI document at /openapi.json and interactive docs at /docs, generated
// from the same TypeBox schemas that validate the requests.
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Arremate API',
        version: '1.0.0',
        description:
          'Amounts are integers in minor units (centavos). Times are ISO-8601 UTC. Errors: {"error":{"code","message"}}.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    },
  });
  // staticCSP: swagger-ui's pages get a policy with hashes of its own inline code.
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true });
  app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
