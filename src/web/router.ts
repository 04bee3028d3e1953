// A tiny hash router: the route lives in location.hash (#/documents/12?finding=34) so that every
// view can be bookmarked and shared on the intranet without server-side routing.
import { useSyncExternalStore } from 'react';

export interface Route {
  /** Path segments after '#/', e.g. ['documents', '12']. */
  segments: string[];
  params: URLSearchParams;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#\/?/, '');
  const [path = '', search = ''] = raw.split('?', 2);
  return { segments: path.split('/').filter(Boolean).map(decodeURIComponent), params: new URLSearchParams(search) };
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, getHash);
  return parseHash(hash);
}

export function href(path: string, params?: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params ?? {})) if (v !== null && v !== undefined && v !== '') search.set(k, String(v));
  const s = search.toString();
  return `#/${path.replace(/^\//, '')}${s ? `?${s}` : ''}`;
}

export function navigate(path: string, params?: Record<string, string | number | null | undefined>): void {
  window.location.hash = href(path, params);
}

/** Changes query parameters of the current route without adding a history entry. */
export function replaceParams(params: Record<string, string | number | null | undefined>): void {
  const route = parseHash(window.location.hash);
  const merged = new URLSearchParams(route.params);
  for (const [k, v] of Object.entries(params)) {
    if (v === null || v === undefined || v === '') merged.delete(k);
    else merged.set(k, String(v));
  }
  const s = merged.toString();
  const next = `#/${route.segments.map(encodeURIComponent).join('/')}${s ? `?${s}` : ''}`;
  if (next !== window.location.hash) {
    window.history.replaceState(null, '', next);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  }
}
