import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../src/paths.js';

/**
 * The data files as `npm run build` stored them validated (src/validation/data-file.ts): the built
 * code (dist/, as the CLI and the bot run it) loads them without validating again, and gets exactly
 * what its schema makes of the file; a stored copy made by other code is not used.
 */
describe('data files validated at build', async () => {
  const dist = (m: string) => import(path.join(PACKAGE_ROOT, 'dist', 'src', m));
  const { readDataFile } = await dist('validation/data-file.js') as typeof import('../src/validation/data-file.js');
  const { ROLE_SCHEMA_MODULE, roleSchema } = await dist('roles/role-schema.js') as typeof import('../src/roles/role-schema.js');
  const roleFiles = readdirSync(path.join(PACKAGE_ROOT, 'roles')).filter((f) => f.endsWith('.json')).map((f) => path.join(PACKAGE_ROOT, 'roles', f));

  it('every role loads from its stored form, equal to what the schema makes of the file', () => {
    expect(roleFiles.length).toBe(12);
    for (const file of roleFiles) {
      let validated = 0;
      const role = readDataFile(file, ROLE_SCHEMA_MODULE, (raw) => { validated++; return roleSchema.parse(raw); });
      expect(validated, file).toBe(0);
      expect(role, file).toEqual(roleSchema.parse(JSON.parse(readFileSync(file, 'utf8'))));
    }
  });

  it('a stored form made by another schema module is not used: the file is validated again', () => {
    let validated = 0;
    const otherModule = new URL('../dist/src/paths.js', import.meta.url).href;
    const role = readDataFile(roleFiles[0]!, otherModule, (raw) => { validated++; return roleSchema.parse(raw); });
    expect(validated).toBe(1);
    expect(role.id).toBe(path.basename(roleFiles[0]!, '.json'));
  });
});
