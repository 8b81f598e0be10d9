import { Severity } from './catalog/types';
import { EvaluatedFinding, Evaluation } from './engine';
import { controlHelpUri, REPOSITORY_URL, TOOL_NAME, TOOL_VERSION } from './tool-info';

// The SARIF log is a plain object literal, compared with node-sarif-builder (a builder over the same JSON): one run,
// one rule per control and one result per finding do not need it, and the output is checked against the SARIF
// 2.1.0 schema in test/compliance/cli.test.ts. @types/sarif would type it if the log grows.
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { critical: 'error', high: 'error', medium: 'warning', low: 'note' };
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };

/** Where a finding lives: a file (relative to where the SARIF is uploaded from) and, when known, its line. */
export interface SarifLocation {
  readonly uri: string;
  readonly startLine?: number;
}

/**
 * A rule name in the SARIF convention: an opaque PascalCase identifier from the control title, without the
 * parenthetical (`Subnets are private (no public IPs on VNICs)` -> `SubnetsArePrivate`).
 */
export function ruleName(title: string): string {
  return title.replace(/\([^)]*\)/g, ' ').split(/[^A-Za-z0-9]+/).filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1)).join('');
}

/**
 * SARIF 2.1.0 for code scanning: one rule per control (PascalCase name, help URI to the control in CONTROLS.md),
 * one result per failing resource, and one per waived resource carrying the waiver as an accepted suppression.
 * `locate` maps a finding to its file (relative to the upload root) and line.
 */
export function toSarif(e: Evaluation, locate: (f: EvaluatedFinding) => SarifLocation) {
  const rules = e.results.map((r) => ({
    id: r.control.id,
    name: ruleName(r.control.title),
    shortDescription: { text: r.control.title },
    fullDescription: { text: `${r.control.title}. References: ${[r.control.references.nsaCisa, r.control.references.cisOke && `CIS OKE ${r.control.references.cisOke}`, ...(r.control.references.checkov ?? []), ...(r.control.references.kubescape ?? [])].filter(Boolean).join('; ')}` },
    helpUri: controlHelpUri(r.control.id),
    help: { text: r.control.fix },
    defaultConfiguration: { level: LEVEL[r.control.severity] },
    properties: { 'tags': ['security', r.control.group], 'security-severity': SECURITY_SEVERITY[r.control.severity], 'severity': r.control.severity },
  }));
  const results = e.results.flatMap((r, ruleIndex) => r.findings.filter((f) => f.result === 'fail' || f.result === 'waived').map((f) => {
    const loc = locate(f);
    return {
      ruleId: r.control.id,
      ruleIndex,
      level: LEVEL[r.control.severity],
      message: { text: `${f.address}: ${f.message ?? r.control.title}. Fix: ${r.control.fix}` },
      locations: [{
        physicalLocation: { artifactLocation: { uri: loc.uri }, ...(loc.startLine ? { region: { startLine: loc.startLine } } : {}) },
        logicalLocations: [{ fullyQualifiedName: f.stack ? `${f.stack}/${f.address}` : f.address, kind: 'resource' }],
      }],
      partialFingerprints: { resourceAddress: `${r.control.id}/${f.stack ?? ''}/${f.address}` },
      ...(f.result === 'waived' && f.waiver ? { suppressions: [{ kind: 'external', status: 'accepted', justification: `${f.waiver.reason} (waiver recorded by ${f.waiver.source})` }] } : {}),
    };
  }));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: REPOSITORY_URL, rules } },
      results,
    }],
  };
}
