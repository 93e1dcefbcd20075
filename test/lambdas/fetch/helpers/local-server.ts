/** A throwaway HTTP server on 127.0.0.1 (ephemeral port) that records what it was asked. */
import http from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LocalServer {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  /** "127.0.0.1:PORT" */
  host: string;
  /** Requests received, in order: path and headers. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders; at: number }>;
  /** Paths received, in order. */
  paths: () => string[];
  close: () => Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Start a server; the handler sees every request (robots.txt included). */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: LocalServer['requests'] = [];
  const server = http.createServer((request, response) => {
    requests.push({ path: request.url ?? '', headers: request.headers, at: Date.now() });
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    host: `127.0.0.1:${port}`,
    requests,
    paths: () => requests.map((request) => request.path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Answer robots.txt with `robots` (404 when null) and hand everything else to `handler`. */
export function withRobots(robots: string | null, handler: Handler): Handler {
  return (request, response) => {
    if (request.url !== '/robots.txt') return handler(request, response);
    if (robots === null) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/plain' }).end(robots);
  };
}

/** A small HTML page. */
export function sendHtml(response: ServerResponse, html: string, headers: Record<string, string> = {}): void {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(html);
}
