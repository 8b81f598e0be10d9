/** The lint rule of eslint.config.mjs that keeps `private/` folders private to their parent folder. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { ROOT } from '../support';

/** The rule's messages for `code` linted as if it were `file` (ESLint's CLI: its config is an ES module). */
function errors(file: string, code: string): string[] {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--stdin', '--stdin-filename', path.join(ROOT, file), '--format', 'json'],
    { cwd: ROOT, input: code, encoding: 'utf8' });
  const [result] = JSON.parse(r.stdout) as { messages: { ruleId: string; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === 'local/private-folders').map((m) => m.message);
}

describe('private/ folders', () => {
  test('another folder importing or re-exporting a private module is an error', () => {
    expect(errors('lib/compliance/catalog/probe.ts', "import { renderObject } from '../../kubernetes/private/api-object';\nexport const r = renderObject;\n"))
      .toEqual([expect.stringContaining('is private to lib/kubernetes/')]);
    expect(errors('lib/probe.ts', "export { renderObject } from './kubernetes/private/api-object';\n")).toHaveLength(1);
  });

  test('the parent folder and the private folder itself may use it', () => {
    expect(errors('lib/kubernetes/probe.ts', "export { renderObject } from './private/api-object';\n")).toEqual([]);
    expect(errors('lib/kubernetes/private/probe.ts', "export { renderObject } from './api-object';\n")).toEqual([]);
  });
});
