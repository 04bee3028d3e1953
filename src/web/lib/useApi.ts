import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../api.js';

export interface ApiState<T> {
  data: T | null;
  error: string | null;
  /** HTTP status of the failure, so callers can tell "not there yet" (404) from a real fault. */
  status: number | null;
  loading: boolean;
  reload: () => void;
  setData: (update: (current: T | null) => T | null) => void;
}

/** Loads once per change of `deps` and keeps the latest answer; answers to superseded calls are dropped. */
export function useApi<T>(load: () => Promise<T>, deps: unknown[]): ApiState<T> {
  const [data, setDataState] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    let live = true;
    setLoading(true);
    loadRef
      .current()
      .then((d) => {
        if (!live) return;
        setDataState(d);
        setError(null);
        setStatus(null);
      })
      .catch((e: unknown) => {
        if (!live) return;
        setError(messageOf(e));
        setStatus(e instanceof ApiError ? e.status : null);
      })
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const setData = useCallback((update: (current: T | null) => T | null) => setDataState(update), []);
  return { data, error, status, loading, reload, setData };
}
