// The baseline: a bare Fastify route returning a small JSON body, nothing else.
import Fastify from 'fastify';

const app = Fastify();
app.get('/ping', async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
