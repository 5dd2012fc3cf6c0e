import { createServer, request as httpRequest, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A distinctive key, so any leak into a response is easy to spot. */
export const KEY = 'sk_live_SECRET_123';

/** One request the fake upstream received. */
export interface UpstreamCall {
  url: URL;
  method: string;
  headers: Headers;
  body: string;
}

/** A fake SixtySeconds API that records every request and answers with `respond` (a small video list by default). */
export function recordingUpstream(respond?: (request: Request) => Response | Promise<Response>) {
  const calls: UpstreamCall[] = [];
  const fetch = async (request: Request) => {
    calls.push({
      url: new URL(request.url),
      method: request.method,
      headers: new Headers(request.headers),
      body: await request.clone().text(),
    });
    return respond ? respond(request) : Response.json({ data: [], pagination: { total: 0, page: 1, limit: 20 } });
  };
  return { fetch, calls };
}

/** A server listening on 127.0.0.1 (never another interface), with its origin and a way to close it. */
export interface Listening {
  origin: string;
  close(): Promise<void>;
}

/** Serves a Node request listener on an ephemeral loopback port. */
export async function listen(listener: RequestListener): Promise<Listening> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A raw request: the target and headers go on the wire exactly as written (no URL normalising, no default Host). */
export interface RawRequest {
  method?: string;
  target: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Send the body in chunks without a Content-Length. */
  chunked?: boolean;
}

/** What came back, as text, plus every header value joined for leak checks. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends one request over a real loopback socket with Node's HTTP client, bypassing fetch's URL normalising. */
export function sendRaw(origin: string, raw: RawRequest): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  const headers: Record<string, string> = { host: `${hostname}:${port}`, connection: 'close', ...raw.headers };
  if (raw.body !== undefined && !raw.chunked) headers['content-length'] ??= String(Buffer.byteLength(raw.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, method: raw.method ?? 'GET', path: raw.target, headers, setHost: false });
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    // The server may answer (413) and close before an oversized body is fully written; the answer still counts.
    req.on('error', reject);
    if (raw.body !== undefined && raw.chunked) {
      const bytes = typeof raw.body === 'string' ? Buffer.from(raw.body) : Buffer.from(raw.body);
      for (let offset = 0; offset < bytes.length; offset += 8192) req.write(bytes.subarray(offset, offset + 8192));
    } else if (raw.body !== undefined) req.write(raw.body);
    req.end();
  });
}

/** True when the key appears anywhere in a response: status line aside, every header and the body. */
export const leaksKey = (response: RawResponse): boolean =>
  response.text.includes(KEY) || JSON.stringify(response.headers).includes(KEY);
