import type { Role } from '../../graphql/generated/graphql';

/** Each role in words: its name, as a noun with its article, and what it may do. */
export const ROLE_WORDS: Record<Role, { name: string; noun: string; description: string }> = {
  ADMIN: {
    name: 'Administrator',
    noun: 'an administrator',
    description:
      'Everything: customer service, reward setup, reactions, brand settings, staff users, API keys and webhooks.',
  },
  MANAGER: {
    name: 'Manager',
    noun: 'a manager',
    description:
      'Customer service: profiles; issuing within the brand’s limits; extending, voiding, redeeming, reversing and returning. Reads everything; edits but does not create reward types and definitions.',
  },
};

export const ROLES = Object.keys(ROLE_WORDS) as Role[];
