import { matchRoute, type RouteName } from '../api';
import type { MediaTarget } from './media';

/** What a URL points at, once the mock's base path (`/api/sixtyseconds`, `/v1`) is set aside. */
export type Target =
  | { kind: 'route'; name: RouteName; id: string | undefined; path: string; base: string }
  | { kind: 'download'; file: string; path: string; base: string }
  | ({ kind: 'media'; path: string } & MediaTarget)
  | { kind: 'method-not-allowed'; allow: string[]; path: string }
  | { kind: 'not-found' };

/** Where export files are served, after the base: `/exports/<export id>.<csv|json>`. */
const DOWNLOAD = /^\/exports\/([^/]+)$/;

/** Where the mock's own media is served, after the base: `/media/<thumbnails|videos>/<file>`. */
const MEDIA = /^\/media\/(thumbnails|videos)\/([^/]+)$/;

/** The base paths the mock answers under when not told otherwise: the origin's root, the API's and the docs' proxy. */
const DEFAULT_BASE_PATHS = ['', '/v1', '/api/sixtyseconds'];

/** Turns `basePath` options (paths or whole URLs, trailing slash or not) into paths, longest first. */
export function normalizeBasePaths(basePath: string | readonly string[] = DEFAULT_BASE_PATHS): string[] {
  const paths = (typeof basePath === 'string' ? [basePath] : basePath).map((base) =>
    new URL(base, 'http://mock.invalid').pathname.replace(/\/+$/, ''),
  );
  return [...new Set(paths)].sort((a, b) => b.length - a.length);
}

/** An export file or a media file at `path` (after the base), or undefined. */
function fileTarget(path: string, base: string): Target | undefined {
  const download = DOWNLOAD.exec(path);
  if (download) return { kind: 'download', file: download[1] ?? '', path, base };
  const media = MEDIA.exec(path);
  if (media) return { kind: 'media', folder: media[1] as MediaTarget['folder'], file: media[2] ?? '', path };
  return undefined;
}

/**
 * Finds the API path inside a URL by setting aside one of the mock's base paths, and nothing else: a path that
 * merely ends like an endpoint (`/elsewhere/videos`, `/analytics/videos/` with an empty id) is a 404, as on a real
 * server. `base` is the origin plus base path, the mock's own address for export download links. Under `filePaths`
 * (the path of `mediaBaseUrl`, the CDN stand-in) only media and export files are served.
 */
export function resolveTarget(
  method: string,
  url: URL,
  basePaths: readonly string[],
  filePaths: readonly string[] = [],
): Target {
  for (const basePath of basePaths) {
    if (!url.pathname.startsWith(`${basePath}/`)) continue;
    const path = url.pathname.slice(basePath.length);
    const base = url.origin + basePath;
    const file = fileTarget(path, base);
    if (file) return file;
    const match = matchRoute(method, path);
    if (match.ok) return { kind: 'route', name: match.name, id: match.id, path, base };
    if (match.reason === 'method-not-allowed') return { kind: 'method-not-allowed', allow: match.allow, path };
  }
  for (const filePath of filePaths) {
    if (!url.pathname.startsWith(`${filePath}/`)) continue;
    const file = fileTarget(url.pathname.slice(filePath.length), url.origin + filePath);
    if (file) return file;
  }
  return { kind: 'not-found' };
}
