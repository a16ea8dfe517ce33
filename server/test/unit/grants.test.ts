import { describe, expect, it } from 'vitest';
import { appGrants } from '../../src/db/grants';

describe('appGrants', () => {
  it('gives SELECT and INSERT only on the ledger, SELECT only on migrations, and all four elsewhere', () => {
    expect(
      appGrants({
        database: 'rewards',
        user: 'rewards_app',
        host: '%',
        tables: ['profiles', 'ledger_entries', 'migrations'],
      }),
    ).toEqual([
      "GRANT SELECT, INSERT ON `rewards`.`ledger_entries` TO 'rewards_app'@'%';",
      "GRANT SELECT ON `rewards`.`migrations` TO 'rewards_app'@'%';",
      "GRANT SELECT, INSERT, UPDATE, DELETE ON `rewards`.`profiles` TO 'rewards_app'@'%';",
    ]);
  });

  it('quotes names and accounts', () => {
    const [grant] = appGrants({ database: 'a`b', user: "o'k", host: 'h', tables: ['t'] });
    expect(grant).toBe("GRANT SELECT, INSERT, UPDATE, DELETE ON `a``b`.`t` TO 'o\\'k'@'h';");
  });
});
