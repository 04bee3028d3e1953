// The workbench keeps an idle keep-alive connection open past Node's 5 s default: a client or a
// proxy that reuses its connection after a pause (the e2e test's API call ~5 s after its last, on a
// busy machine) must not meet a socket the server is just closing (ECONNRESET).
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { type RunningServer, startServer } from '../../src/server/serve.js';

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, dataDir: null, seed: false, adminPassword: 'admin-pass-for-tests-1', log: () => {} });
}, 120_000);
afterAll(() => server?.close());

/** GETs `path` through `agent`; resolves with the local port of the socket the answer came on. */
function localPortOf(agent: Agent, path: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request(`${server.url}${path}`, { agent }, (res) => {
      const port = res.socket.localPort as number;
      res.resume();
      res.on('end', () => ok(port));
    });
    req.on('error', fail);
    req.end();
  });
}

it('answers on the same connection after it has been idle for longer than Node’s default 5 s', async () => {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  try {
    const first = await localPortOf(agent, '/api/health');
    await sleep(6_000);
    const second = await localPortOf(agent, '/api/health');
    expect(second).toBe(first);
  } finally {
    agent.destroy();
  }
}, 60_000);
