/**
 * A fake internet on 127.0.0.1 for link tests: one plain-http server that answers by Host header
 * and path, so the ATS APIs (boards-api.greenhouse.io, api.lever.co, ...) and any page live side by
 * side. Reached only through the LinkTestSeam it hands out: production code cannot get here.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LinkTestSeam } from '../../src/links/index.js';

export interface FakeAnswer {
  status?: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Hold the answer this long (timeouts). */
  delayMs?: number;
}

/** Keys are "host/path?query" as requested, e.g. "boards-api.greenhouse.io/v1/boards/acme/jobs/1". */
export type FakeRoutes = Record<string, FakeAnswer | ((req: http.IncomingMessage) => FakeAnswer)>;

export interface FakeWeb {
  port: number;
  seam: LinkTestSeam;
  /** Every request: host/path and the headers it came with. */
  requests: { key: string; headers: http.IncomingHttpHeaders }[];
  routes: FakeRoutes;
  close(): Promise<void>;
}

export async function startFakeWeb(routes: FakeRoutes = {}): Promise<FakeWeb> {
  const requests: FakeWeb['requests'] = [];
  const server = http.createServer((req, res) => {
    const key = `${req.headers.host ?? ''}${req.url ?? ''}`;
    requests.push({ key, headers: req.headers });
    const route = routes[key];
    const answer: FakeAnswer = route === undefined ? { status: 404, type: 'text/html', body: '<h1>Not found</h1>' }
      : typeof route === 'function' ? route(req) : route;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, { 'content-type': answer.type ?? 'text/html; charset=utf-8', ...answer.headers });
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs); else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    requests,
    routes,
    seam: {
      resolve: async () => [{ address: '127.0.0.1', family: 4 }],
      allowAddresses: ['127.0.0.1'],
      httpPort: port,
    },
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}
