import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ContractRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The raw body, for signature checks. */
  text: string;
  body: unknown;
}

export interface ContractAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Failures injected by request number (1-based, over every request the server gets): 429 answers come
 * before any work, as a rate limiter's do; 500 answers come after the work was done, the hard case of an
 * answer lost on the way back, which only a look-up before re-creating survives.
 */
export interface Faults {
  every429?: number;
  every500?: number;
  retryAfter?: string;
}

export interface ContractServer {
  url: string;
  /** Every request received, in order. */
  log: ContractRequest[];
  /**
   * The same server without the socket: `fetch`'s signature, answered in-process through the same routes
   * and faults. For tests that send thousands of requests, where the socket would only add wall time.
   */
  fetch(url: string, init: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export type Route = (request: ContractRequest) => ContractAnswer;

function parse(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** A contract server on 127.0.0.1 and a free port, answering with `route` and the injected faults. */
export async function startContractServer(route: Route, faults: Faults = {}): Promise<ContractServer> {
  const log: ContractRequest[] = [];
  function answer(request: ContractRequest): ContractAnswer {
    log.push(request);
    const number = log.length;
    if (faults.every429 && number % faults.every429 === 0) {
      return { status: 429, headers: { 'retry-after': faults.retryAfter ?? '1' }, body: { message: 'Too many requests' } };
    }
    const answered = route(request);
    return faults.every500 && number % faults.every500 === 0 ? { status: 500, body: { message: 'Internal error' } } : answered;
  }

  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
      const text = Buffer.concat(chunks).toString('utf8');
      const { status, headers, body } = answer({
        method: incoming.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: incoming.headers,
        text,
        body: parse(text),
      });
      outgoing.writeHead(status, { 'content-type': 'application/json', ...headers });
      outgoing.end(body === undefined ? '' : JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    fetch(url, init) {
      const parsed = new URL(url);
      const text = typeof init.body === 'string' ? init.body : '';
      const headers = Object.fromEntries(Object.entries((init.headers ?? {}) as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]));
      const { status, headers: answerHeaders, body } = answer({
        method: init.method ?? 'GET',
        path: parsed.pathname,
        query: parsed.searchParams,
        headers,
        text,
        body: parse(text),
      });
      const payload = body === undefined ? null : JSON.stringify(body);
      return Promise.resolve(new Response(payload, { status, headers: { 'content-type': 'application/json', ...answerHeaders } }));
    },
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** `/v1/leads/abc` against `/v1/leads/:id` → { id: 'abc' }, else undefined. */
export function match(path: string, pattern: string): Record<string, string> | undefined {
  const parts = path.split('/');
  const wanted = pattern.split('/');
  if (parts.length !== wanted.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of wanted.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(parts[index]);
    else if (part !== parts[index]) return undefined;
  }
  return params;
}
