import { matchRoute, type RouteName } from '../api';

/** What a URL points at, once the host's prefix (`/api/sixtyseconds`, `/v1`) is set aside. */
export type Target =
  | { kind: 'route'; name: RouteName; id: string | undefined; path: string; base: string }
  | { kind: 'download'; file: string; path: string; base: string }
  | { kind: 'method-not-allowed'; allow: string[]; path: string }
  | { kind: 'not-found' };

/** Where export files are served, after the prefix: `/exports/<export id>.<csv|json>`. */
const DOWNLOAD = /^\/exports\/([^/]+)$/;

/**
 * Finds the API path inside a URL by trying its suffixes, longest first, so any prefix works. `base` is the
 * origin plus prefix, the mock's own address for export download links.
 */
export function resolveTarget(method: string, url: URL): Target {
  const segments = url.pathname.replace(/\/+$/, '').split('/').slice(1);
  for (let i = 0; i < segments.length; i++) {
    const path = `/${segments.slice(i).join('/')}`;
    const base = url.origin + (i > 0 ? `/${segments.slice(0, i).join('/')}` : '');
    const download = DOWNLOAD.exec(path);
    if (download) return { kind: 'download', file: download[1] ?? '', path, base };
    const match = matchRoute(method, path);
    if (match.ok) return { kind: 'route', name: match.name, id: match.id, path, base };
    if (match.reason === 'method-not-allowed') return { kind: 'method-not-allowed', allow: match.allow, path };
  }
  return { kind: 'not-found' };
}
