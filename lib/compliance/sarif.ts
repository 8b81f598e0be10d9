import { Severity } from './catalog/types';
import { EvaluatedFinding, Evaluation } from './engine';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

/**
 * SARIF 2.1.0 for code scanning: one rule per control, one result per failing (or waived, as a suppressed
 * result) resource. `uriFor` maps a finding to the file holding it, relative to the output directory.
 */
export function toSarif(e: Evaluation, uriFor: (f: EvaluatedFinding) => string) {
  const rules = e.results.map((r) => ({
    id: r.control.id,
    name: r.control.id.replace('-', ''),
    shortDescription: { text: r.control.title },
    fullDescription: { text: `${r.control.title}. References: ${[r.control.references.nsaCisa, r.control.references.cisOke && `CIS OKE ${r.control.references.cisOke}`, ...(r.control.references.checkov ?? []), ...(r.control.references.kubescape ?? [])].filter(Boolean).join('; ')}` },
    help: { text: r.control.fix },
    defaultConfiguration: { level: LEVEL[r.control.severity] },
    properties: { 'tags': ['security', r.control.group], 'security-severity': SECURITY_SEVERITY[r.control.severity], 'severity': r.control.severity },
  }));
  const results = e.results.flatMap((r, ruleIndex) => r.findings.filter((f) => f.result === 'fail' || f.result === 'waived').map((f) => ({
    ruleId: r.control.id,
    ruleIndex,
    level: LEVEL[r.control.severity],
    message: { text: `${f.address}: ${f.message ?? r.control.title}. Fix: ${r.control.fix}` },
    locations: [{
      physicalLocation: { artifactLocation: { uri: uriFor(f), uriBaseId: 'CDKTF_OUT' } },
      logicalLocations: [{ fullyQualifiedName: f.stack ? `${f.stack}/${f.address}` : f.address, kind: 'resource' }],
    }],
    partialFingerprints: { resourceAddress: `${r.control.id}/${f.stack ?? ''}/${f.address}` },
    ...(f.result === 'waived' && f.waiver ? { suppressions: [{ kind: 'external', status: 'accepted', justification: f.waiver.reason }] } : {}),
  })));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'cdktf-hardened-oke', informationUri: 'https://github.com/cdktf-hardened-oke/cdktf-hardened-oke', rules } },
      originalUriBaseIds: { CDKTF_OUT: { description: { text: 'The cdktf output directory that was audited' } } },
      results,
    }],
  };
}
