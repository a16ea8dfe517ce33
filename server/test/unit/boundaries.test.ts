import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM config file without type declarations.
import { boundaries } from '../../eslint.boundaries.mjs';

const server = path.resolve(__dirname, '../..');
const eslint = new ESLint({
  cwd: server,
  overrideConfigFile: true,
  overrideConfig: [{ languageOptions: { parser: tseslint.parser } }, ...boundaries],
});

async function problems(file: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: path.join(server, file) });
  return result.messages.map((m) => m.ruleId);
}

describe('the architecture boundaries', () => {
  it("refuse a module importing another module's entity", async () => {
    expect(
      await problems(
        'src/modules/redemptions/fixture.ts',
        "import { RewardEntity } from '../rewards/reward.entity';\nexport const x = RewardEntity;\n",
      ),
    ).toEqual(['no-restricted-imports']);
  });

  it("refuse a module importing another module's query or service file", async () => {
    expect(
      await problems(
        'src/modules/rewards/fixture.ts',
        "import { HoldsService } from '../holds/holds.service';\nexport const x = HoldsService;\n",
      ),
    ).toEqual(['no-restricted-imports']);
  });

  it('let a module import another through its index, and the kernel', async () => {
    expect(
      await problems(
        'src/modules/redemptions/fixture.ts',
        "import { Reward } from '../rewards';\nimport { newId } from '../../core/ids';\nexport const x = [Reward, newId];\n",
      ),
    ).toEqual([]);
  });

  it('keep the kernel and the database layer below every module', async () => {
    expect(
      await problems(
        'src/core/fixture.ts',
        "import { rewardsModule } from '../modules/rewards';\nexport const x = rewardsModule;\n",
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await problems(
        'src/db/fixture.ts',
        "import { ENTITIES } from '../services';\nexport const x = ENTITIES;\n",
      ),
    ).toEqual(['no-restricted-imports']);
  });

  it('keep graphql/ from reaching into modules', async () => {
    expect(
      await problems(
        'src/graphql/fixture.ts',
        "import { Profile } from '../modules/profiles';\nexport const x = Profile;\n",
      ),
    ).toEqual(['no-restricted-imports']);
  });
});
