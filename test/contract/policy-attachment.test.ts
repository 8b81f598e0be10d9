/**
 * A policy grants only in the compartment it is attached to and below it (Oracle "How Policies Work", Policy
 * Attachment). Synth cannot tell whether another compartment is below the attachment, so IAM-12 does not judge such a
 * statement; the library's own policies instead are always attached where they grant (or at the tenancy), in every
 * example, which makes them right whatever the compartment tree.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parsePolicyStatement } from '../../lib/core/iam-policy';
import { ROOT, synthApp } from '../support';

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((name) => fs.existsSync(path.join(ROOT, 'examples', name, 'main.ts'))).sort();

describe.each(EXAMPLES)('example %s', (name) => {
  const app = synthApp(require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp);
  afterAll(() => app.cleanup());

  test('every statement grants in the compartment its policy is attached to, or its policy is attached to the tenancy', () => {
    const policies = app.stacks.flatMap((s) => Object.values<any>(s.json.resource?.oci_identity_policy ?? {}));
    expect(policies.length).toBeGreaterThan(0);
    const wrong: string[] = [];
    for (const p of policies) {
      const attached = String(p.compartment_id);
      if (/^ocid1\.tenancy\./.test(attached)) continue;
      for (const st of p.statements as string[]) {
        const parsed = parsePolicyStatement(st);
        if (parsed.kind !== 'allow') continue;
        const where = parsed.location.kind === 'tenancy' ? 'tenancy' : parsed.location.value;
        if (where !== attached) wrong.push(`${p.name}: ${st} (attached to ${attached})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
