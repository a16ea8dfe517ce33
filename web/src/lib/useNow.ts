import { useEffect, useState } from 'react';

/** The current time in milliseconds, updated every `intervalMs`, e.g. for "lapses in 4 min". */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}
