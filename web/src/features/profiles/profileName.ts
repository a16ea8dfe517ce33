/** A profile's display name: first and last name, else the external id. */
export function profileName(p: {
  firstName?: string | null;
  lastName?: string | null;
  externalId: string;
}): string {
  const name = [p.firstName, p.lastName].filter(Boolean).join(' ').trim();
  return name || p.externalId;
}
