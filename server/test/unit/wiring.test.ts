import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  composeServices,
  createResolvers,
  createServices,
  MODULES,
  RESOLVERS,
} from '../../src/services';
import { testConfig } from '../support/harness';

const modulesDir = path.resolve(__dirname, '../../src/modules');

/** The classes exported by every file of a module whose name ends with `suffix`. */
async function exportedClasses(moduleName: string, suffix: string): Promise<Function[]> {
  const dir = path.join(modulesDir, moduleName);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(suffix));
  const classes: Function[] = [];
  for (const file of files) {
    const exported = (await import(path.join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (typeof value === 'function' && /^class\s/.test(Function.prototype.toString.call(value))) {
        classes.push(value);
      }
    }
  }
  return classes;
}

describe('the composition root', () => {
  it('lists every module directory once, by its own name', () => {
    const dirs = fs
      .readdirSync(modulesDir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(MODULES.map((m) => m.name).sort()).toEqual(dirs);
  });

  it("wires every entity a module defines, and only into that module's list", async () => {
    for (const module of MODULES) {
      const defined = await exportedClasses(module.name, '.entity.ts');
      expect(new Set<Function>(module.entities), module.name).toEqual(new Set(defined));
    }
  });

  it('wires every resolver a module defines, with an instance for each', async () => {
    for (const module of MODULES) {
      const defined = await exportedClasses(module.name, '.resolver.ts');
      expect(new Set<Function>(module.resolvers), module.name).toEqual(new Set(defined));
    }
    const instances = createResolvers(createServices(testConfig()));
    for (const R of RESOLVERS) expect(instances.get(R)).toBeInstanceOf(R);
  });

  it('refuses at boot a module that needs a service listed after it', () => {
    const early = { name: 'early', create: (deps: { late: unknown }) => ({ late: deps.late }) };
    const late = { name: 'late', create: () => ({}) };
    expect(() => composeServices([early, late], testConfig())).toThrow(
      "module 'early' needs 'late', which is not built before it",
    );
    expect(Object.keys(composeServices([late, early], testConfig()))).toEqual(['late', 'early']);
  });
});
