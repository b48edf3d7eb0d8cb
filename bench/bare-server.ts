// The ceiling for our REST bids: a bare Fastify server, started by the
// harness as a child process, answering the same request (POST JSON to the
// bid path, bearer header) with a small JSON reply and no other work. Same
// framework, same body parsing, no token lookup, no Redis, no schema.
import Fastify from 'fastify';

const app = Fastify({ logger: false });

app.get('/readyz', async () => ({ status: 'ready' }));

app.post('/api/auctions/:id/bids', async (request, reply) => {
  const { amount } = request.body as { amount: number };
  return reply.status(201).send({ ok: true, amount });
});

await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
for (const signal of ['SIGTERM', 'SIGINT'] as const)
  process.on(signal, () => void app.close().then(() => process.exit(0)));
