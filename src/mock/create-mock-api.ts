import { DEFAULT_MAX_BODY_BYTES } from '../api';
import { refuseBody } from './body';
import { delay } from './delay';
import { createFaultStore, faultResponse } from './faults';
import { answerMedia } from './media';
import { defaultMediaBase } from './media-urls';
import { createRequestLog } from './request-log';
import { normalizeBasePaths, resolveTarget } from './resolve';
import { answer } from './router';
import { registerServedPaths } from './served-paths';
import type { MockApi, MockApiOptions } from './types';
import { createWorld, videosNow, type World } from './world';

/**
 * Creates the in-memory SixtySeconds API: deterministic from `seed`, with injectable latency, clock and faults.
 * Its `fetch` is fetch-standard, so it can stand in for `fetch` in the client, the proxy, MSW or a test.
 */
export function createMockApi(options: MockApiOptions = {}): MockApi {
  const seed = options.seed ?? 1;
  const latencyMs = options.latencyMs ?? 0;
  const clock = {
    now: options.now ?? (() => Date.now()),
    processingMs: options.processingMs ?? 4000,
    exportMs: options.exportMs ?? 3000,
  };
  const mediaBase = options.mediaBaseUrl?.replace(/\/+$/, '');
  let world: World = createWorld(seed, clock, mediaBase);
  let faults = createFaultStore(options.faults);
  const log = createRequestLog(options.requestLog);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const basePaths = normalizeBasePaths(options.basePath);
  // The CDN stand-in serves its files at its own path too, whatever the API's base paths are.
  const filePaths = mediaBase === undefined ? [] : normalizeBasePaths(mediaBase);

  async function fetch(input: Request | string | URL, init?: RequestInit): Promise<Response> {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    const url = new URL(request.url);
    const target = resolveTarget(request.method, url, basePaths, filePaths);
    // Media stands in for the CDN, not the API: never logged, delayed or faulted.
    if (target.kind === 'media') return answerMedia(world, request, target);
    const bytes = new Uint8Array(await request.arrayBuffer());
    const bodyText = new TextDecoder().decode(bytes);
    const route = target.kind === 'route' ? target.name : null;
    const record = {
      route,
      method: request.method,
      path: target.kind === 'not-found' ? url.pathname : target.path,
      query: Object.fromEntries(url.searchParams),
      url: request.url,
      headers: Object.fromEntries(request.headers),
    };
    log.add(record, bodyText, bytes);
    const fault = faults.take(route);
    await delay(latencyMs + (fault?.delayMs ?? 0), request.signal);
    const refusal = refuseBody(route, request.headers.get('content-type'), bytes.byteLength, maxBodyBytes);
    return (fault && faultResponse(fault)) ?? refusal ?? answer(world, request, url, target, bodyText);
  }

  const api: MockApi = {
    fetch,
    setFault: (route, fault) => faults.set(route, fault),
    clearFaults: () => faults.clear(),
    requests: log.records,
    videos: () => videosNow(world, defaultMediaBase(basePaths)),
    templates: () => world.templates.map(({ id, name }) => ({ id, name })),
    reset() {
      world = createWorld(seed, clock, mediaBase);
      faults = createFaultStore(options.faults);
      log.records.length = 0;
    },
  };
  registerServedPaths(api, basePaths);
  return api;
}
