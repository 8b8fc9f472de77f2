/**
 * The operations endpoints on their own port (OPS_PORT), bound like the other listeners (HOST):
 * GET /healthz: the process is up; GET /readyz: the store answers and every adapter is connected
 * (503 with the failing checks otherwise); GET /metrics: Prometheus text format.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

export interface ReadyCheck {
  name: string;
  check(): Promise<boolean> | boolean;
}

export interface OpsServer {
  readonly port: number;
  close(): Promise<void>;
}

export async function startOpsServer(options: { port: number; host?: string; registry: Registry; checks: ReadyCheck[] }): Promise<OpsServer> {
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (req.method !== 'GET') return void res.writeHead(405).end();
      if (path === '/healthz') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('ok\n');
      if (path === '/readyz') {
        const results = await Promise.all(options.checks.map(async (c) => {
          try { return { name: c.name, ok: await c.check() }; } catch { return { name: c.name, ok: false }; }
        }));
        const ok = results.every((r) => r.ok);
        return void res.writeHead(ok ? 200 : 503, { 'content-type': 'application/json' })
          .end(JSON.stringify({ ready: ok, checks: Object.fromEntries(results.map((r) => [r.name, r.ok])) }));
      }
      if (path === '/metrics') {
        const body = await options.registry.metrics();
        return void res.writeHead(200, { 'content-type': options.registry.contentType }).end(body);
      }
      res.writeHead(404).end();
    })().catch(() => { if (!res.headersSent) res.writeHead(500).end(); });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => { server.off('error', reject); resolve(); });
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
