import { createContext, useContext, type ReactNode } from 'react';

const TimeZoneContext = createContext<string>('UTC');

/**
 * The zone times are shown in below it: the brand's in the signed-in shell, the customer's on a
 * customer's page.
 */
export function TimeZoneProvider({ zone, children }: { zone: string; children: ReactNode }) {
  return <TimeZoneContext.Provider value={zone}>{children}</TimeZoneContext.Provider>;
}

/** The zone to show times in here. */
export function useTimeZone(): string {
  return useContext(TimeZoneContext);
}
