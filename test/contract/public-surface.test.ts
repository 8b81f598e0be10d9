/**
 * The package's surface is made on purpose: every folder barrel lists its exports by name (values with `export {}`,
 * interfaces with `export type {}`); the package root re-exports every folder barrel whole (so each name is listed
 * once, by the folder that owns it), the composite's folder included, and the OCI bindings as `oci`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../support';

const LIB = path.join(ROOT, 'lib');
const barrels = (function find(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'generated' ? [] : find(p);
    return e.name === 'index.ts' ? [p] : [];
  });
})(LIB);

/** `{ from: names }` of a barrel's `export [type] { ... } from '...'` statements. */
function listed(file: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  const text = fs.readFileSync(file, 'utf8');
  for (const m of text.matchAll(/export (?:type )?\{([^}]*)\} from '([^']+)';/g)) {
    out[m[2]] = [...(out[m[2]] ?? []), ...m[1].split(',').map((n) => n.trim().split(/\s+as\s+/).pop()!).filter(Boolean)];
  }
  return out;
}

describe('public surface', () => {
  const folderBarrels = barrels.filter((b) => b !== path.join(LIB, 'index.ts'));

  test.each(folderBarrels.map((b) => [path.relative(ROOT, b)]))('%s lists its exports by name (no `export *`)', (rel) => {
    const text = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    expect(text.match(/^export \*.*$/gm) ?? []).toEqual([]);
    expect(Object.values(listed(path.join(ROOT, rel))).flat().length).toBeGreaterThan(0);
  });

  test('the package root re-exports every capability folder whole, and nothing else wholesale but the oci bindings', () => {
    const text = fs.readFileSync(path.join(LIB, 'index.ts'), 'utf8');
    const wholesale = (text.match(/^export \* from '\.\/([\w-]+)';$/gm) ?? []).map((l) => l.split("'")[1].slice(2)).sort();
    const folders = folderBarrels.map((b) => path.relative(LIB, path.dirname(b))).filter((f) => !f.includes(path.sep)).sort();
    expect(wholesale).toEqual(folders);
    expect((text.match(/^export \* as (\w+) from .*$/gm) ?? []).map((l) => l.split(' ')[3])).toEqual(['oci']);
  });

  test('helpers that are not API stay out of the package root', () => {
    const lib = require('../../lib');
    for (const name of ['helmReleaseSpec', 'mountTargetRules', 'FSS_PORTS', 'renderMountTargetRule', 'fileStorageCsiStatements', 'vaultSecretStatements']) {
      expect({ name, exported: name in lib }).toEqual({ name, exported: false });
    }
  });
});
