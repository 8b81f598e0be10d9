import * as fs from 'fs';
import * as path from 'path';
import { DOCUMENTED_FILES, extractSnippets } from './snippets';

const ROOT = path.join(__dirname, '..', '..');

describe('documentation snippets', () => {
  test('extraction: ts blocks only, kinds by content, fragment flag, unknown flags refused', () => {
    const md = [
      '```sh', 'npm test', '```',
      '```ts', "new App().synth();", '```',
      '```typescript', "test('x', () => expect(1).toBe(1));", '```',
      '```ts fragment', 'props.region', '```',
    ].join('\n');
    expect(extractSnippets(md, 'x.md').map(({ line, kind }) => ({ line, kind }))).toEqual([
      { line: 4, kind: 'app' }, { line: 7, kind: 'jest' }, { line: 10, kind: 'fragment' },
    ]);
    expect(() => extractSnippets('```ts skip\nx\n```\n', 'x.md')).toThrow(/unknown snippet flag/);
    expect(() => extractSnippets('```ts\nx\n', 'x.md')).toThrow(/never closed/);
  });

  test('the README and the testing README have runnable snippets (checked against the packed library in CI)', () => {
    const all = DOCUMENTED_FILES.flatMap((f) => extractSnippets(fs.readFileSync(path.join(ROOT, f), 'utf8'), f));
    // The first snippet of the README is an app; each file documents at least one jest test.
    expect(all.find((s) => s.file === 'README.md')?.kind).toBe('app');
    for (const f of DOCUMENTED_FILES) expect({ f, jest: all.some((s) => s.file === f && s.kind === 'jest') }).toEqual({ f, jest: true });
    // Snippets import only documented entry points, never deep paths without a file name.
    for (const s of all) {
      const deep = [...s.code.matchAll(/from '(cdktf-hardened-oke\/[^']*)'/g)].map((m) => m[1])
        .filter((m) => !['cdktf-hardened-oke/oci', 'cdktf-hardened-oke/errors', 'cdktf-hardened-oke/testing', 'cdktf-hardened-oke/testing/jest'].includes(m) && !m.endsWith('.js'));
      expect({ at: `${s.file}:${s.line}`, deep }).toEqual({ at: `${s.file}:${s.line}`, deep: [] });
    }
  });
});
