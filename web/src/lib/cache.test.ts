// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isAbstractType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { possibleTypes } from '../graphql/generated/possibleTypes';

describe('generated possibleTypes', () => {
  it('lists every union and interface of the committed schema with all its members (run `pnpm codegen` if not)', () => {
    const sdl = readFileSync(
      fileURLToPath(new URL('../../../schema.graphql', import.meta.url)),
      'utf8',
    );
    const schema = buildSchema(sdl);
    const expected: Record<string, string[]> = {};
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !isAbstractType(type)) continue;
      expected[type.name] = schema
        .getPossibleTypes(type)
        .map((member) => member.name)
        .sort();
    }
    expect(possibleTypes).toEqual(expected);
  });
});
