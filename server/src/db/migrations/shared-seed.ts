// Data the migrations seed, shared by the MySQL and SQLite sets.

export const SEEDED_REWARD_TYPES = [
  {
    id: '00000000-0000-7000-8000-000000000001',
    key: 'member-activation',
    name: 'Member Activation',
    description: 'Issued on profile creation to welcome new members.',
    extensionEnabled: false,
  },
  {
    id: '00000000-0000-7000-8000-000000000002',
    key: 'birthday',
    name: 'Birthday',
    description: "Issued in the customer's birth month.",
    extensionEnabled: true,
  },
  {
    id: '00000000-0000-7000-8000-000000000003',
    key: 'spend',
    name: 'Spend',
    description: 'Issued when cumulative spend hits a milestone.',
    extensionEnabled: false,
  },
  {
    id: '00000000-0000-7000-8000-000000000004',
    key: 'join-anniversary',
    name: 'Join Anniversary',
    description: 'Issued on the anniversary of the customer joining.',
    extensionEnabled: true,
  },
  {
    id: '00000000-0000-7000-8000-000000000005',
    key: 'campaign',
    name: 'Campaign',
    description: 'Issued for a specific marketing campaign.',
    extensionEnabled: false,
  },
  {
    id: '00000000-0000-7000-8000-000000000006',
    key: 'customer-service',
    name: 'Customer Service',
    description: 'Issued manually to resolve a complaint.',
    extensionEnabled: false,
  },
  {
    id: '00000000-0000-7000-8000-000000000007',
    key: 're-activation',
    name: 'Re-activation',
    description: 'Issued to lapsed customers to win them back.',
    extensionEnabled: true,
  },
  {
    id: '00000000-0000-7000-8000-000000000008',
    key: 'staff',
    name: 'Staff',
    description: 'Issued to staff profiles as a performance incentive.',
    extensionEnabled: false,
  },
].map((t) => ({ ...t, extensionDays: 30, archived: false }));

export const SEEDED_REWARD_TYPE_IDS = SEEDED_REWARD_TYPES.map((t) => t.id);
