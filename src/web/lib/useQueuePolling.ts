import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api.js';
import type { QueueState } from '../types.js';

const POLL_MS = 2000;

/**
 * The check queue's state, re-read every 2 s while anything is queued or being checked, and once
 * more when it drains. `onChange` fires on each poll and when work finishes, so lists can refresh.
 */
export function useQueuePolling(onChange: () => void): { queue: QueueState | null; refresh: () => void } {
  const [queue, setQueue] = useState<QueueState | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  const refresh = useCallback(() => {
    api
      .queue()
      .then(setQueue)
      .catch(() => {
        // The queue display is advisory; a failed poll keeps the last state.
      });
  }, []);

  useEffect(refresh, [refresh]);

  const busy = queue !== null && queue.queued + queue.checking > 0;
  useEffect(() => {
    if (!busy) return;
    const timer = window.setInterval(() => {
      refresh();
      onChangeRef.current();
    }, POLL_MS);
    return () => {
      window.clearInterval(timer);
      // Work just finished (or the page closed): one last refresh so the final statuses show.
      onChangeRef.current();
    };
  }, [busy, refresh]);

  return { queue, refresh };
}
