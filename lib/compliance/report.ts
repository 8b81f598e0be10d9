import { externalResources, externalSummary } from './not-judged';
import * as fs from 'fs';
import * as path from 'path';
import { ControlGroup, GROUP_ORDER, Severity, SEVERITY_ORDER } from './catalog/types';
import { mermaidLabel, networkDiagram } from './diagram';
import { clusterAttribution, combine, ControlResult, EvaluatedFinding, Evaluation, ResultStatus, UNASSIGNED } from './engine';
import { TfBlock } from './model';
import { alertDeliveryWarnings, scanFindingDeliveryWarnings } from './alert-delivery';
import { versionAgeLines, versionCadenceWarnings } from './version-age';
import { compareStrings } from '../core/ordering';

export const REPORT_SCHEMA_VERSION = 1;

/** File names synth writes next to the stacks, and `audit` reads back. */
export const REPORT_JSON = 'hardening-report.json';
export const REPORT_MD = 'hardening-report.md';

/** Writes both report files of an evaluation into a cdktf output directory; returns the Markdown report's path. */
export function writeReportFiles(outdir: string, e: Evaluation): string {
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, REPORT_JSON), JSON.stringify(reportJson(e), null, 2) + '\n');
  fs.writeFileSync(path.join(outdir, REPORT_MD), reportMarkdown(e));
  return path.join(outdir, REPORT_MD);
}

export interface Counts {
  pass: number;
  fail: number;
  waived: number;
  notApplicable: number;
}

function zero(): Counts {
  return { pass: 0, fail: 0, waived: 0, notApplicable: 0 };
}

function add(c: Counts, s: ResultStatus): void {
  if (s === 'not-applicable') c.notApplicable++;
  else c[s]++;
}

function perClusterStatus(r: ControlResult, cluster: string | undefined): { status: ResultStatus; findings: readonly EvaluatedFinding[] } {
  const findings = cluster === undefined ? r.findings : r.findings.filter((f) => f.cluster === cluster);
  return { status: combine(findings.map((f) => f.result)), findings };
}

function summaryFor(e: Evaluation, cluster?: string) {
  const total = zero();
  const byGroup: Record<string, Counts> = {};
  const bySeverity: Record<string, Counts> = {};
  for (const g of GROUP_ORDER) byGroup[g] = zero();
  for (const s of SEVERITY_ORDER) bySeverity[s] = zero();
  for (const r of e.results) {
    const { status } = perClusterStatus(r, cluster);
    add(total, status);
    add(byGroup[r.control.group], status);
    add(bySeverity[r.control.severity], status);
  }
  return { total, byGroup, bySeverity };
}

function findingJson(f: EvaluatedFinding) {
  return {
    address: f.address,
    stack: f.stack ?? null,
    constructPath: f.path ?? null,
    cluster: f.cluster,
    status: f.result,
    message: f.message ?? null,
    waiver: f.waiver ? { reason: f.waiver.reason, scope: f.waiver.scope, expires: f.waiver.expires ?? null, source: f.waiver.source } : null,
  };
}

/** The machine-readable report: stable key order and sorting, no timestamps. */
export function reportJson(e: Evaluation) {
  const overall = summaryFor(e);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'cdktf-hardened-oke', catalogSize: e.results.length },
    passed: overall.total.fail === 0,
    summary: overall.total,
    stacks: [...e.model.stacks],
    clusters: e.clusters.map((name) => {
      const s = summaryFor(e, name);
      return { name, summary: s.total, byGroup: s.byGroup, bySeverity: s.bySeverity };
    }),
    controls: e.results.map((r) => ({
      id: r.control.id,
      title: r.control.title,
      group: r.control.group,
      severity: r.control.severity,
      status: r.status,
      references: {
        nsaCisa: r.control.references.nsaCisa ?? null,
        cisOke: r.control.references.cisOke ?? null,
        checkov: [...(r.control.references.checkov ?? [])],
        kubescape: [...(r.control.references.kubescape ?? [])],
      },
      fix: r.control.fix,
      findings: r.findings.map(findingJson),
    })),
    notJudged: externalResources(e.model).map((r) => ({ ocid: r.ocid, kind: r.kind, referencedBy: [...r.referencedBy] })),
    warnings: [...alertDeliveryWarnings(e.model), ...scanFindingDeliveryWarnings(e.model), ...versionCadenceWarnings(e.model)].map((w) => ({ stack: w.stack, address: w.address, message: w.message })),
    waivers: e.waivers.map(({ waiver, active, used }) => ({
      controlId: waiver.controlId, scope: waiver.scope, reason: waiver.reason, expires: waiver.expires ?? null, source: waiver.source, active, used,
    })).sort((a, b) => compareStrings(a.controlId, b.controlId) || compareStrings(a.scope, b.scope) || compareStrings(a.source, b.source)),
  };
}

export type ReportJson = ReturnType<typeof reportJson>;

const ICON: Record<ResultStatus, string> = { 'pass': '✅ pass', 'fail': '❌ FAIL', 'waived': '⚠️ waived', 'not-applicable': '➖ n/a' };

function md(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function refs(r: ControlResult): string {
  const x = r.control.references;
  const parts: string[] = [];
  if (x.nsaCisa) parts.push(`NSA/CISA: ${x.nsaCisa}`);
  if (x.cisOke) parts.push(`CIS OKE ${x.cisOke}`);
  if (x.checkov?.length) parts.push(`Checkov ${x.checkov.join(', ')}`);
  if (x.kubescape?.length) parts.push(`Kubescape ${x.kubescape.join(', ')}`);
  return parts.join(' · ');
}

function countsTable(title: string, keys: readonly string[], data: Record<string, Counts>): string[] {
  const out = [`| ${title} | pass | fail | waived | n/a |`, '|---|---:|---:|---:|---:|'];
  for (const k of keys) {
    const c = data[k];
    out.push(`| ${k} | ${c.pass} | ${c.fail} | ${c.waived} | ${c.notApplicable} |`);
  }
  return out;
}

/** The human report: per cluster, a network diagram, summary tables and every control with what it looked at. */
export function reportMarkdown(e: Evaluation): string {
  const json = reportJson(e);
  const out: string[] = [];
  out.push('# Hardening report', '');
  out.push(json.passed
    ? `**Result: no failing control.** ${json.summary.pass} passed, ${json.summary.waived} waived, ${json.summary.notApplicable} not applicable (of ${e.results.length} controls).`
    : `**Result: ${json.summary.fail} control(s) FAIL.** Synth is blocked until they are fixed or explicitly waived.`);
  out.push('', `Stacks checked: ${e.model.stacks.map((s) => '`' + s + '`').join(', ') || '(none)'}. Generated by cdktf-hardened-oke from the synthesized output only.`, '');
  const external = externalResources(e.model);
  if (external.length > 0) {
    out.push('## Not judged', '', `The app uses ${externalSummary(external)} by OCID without creating them: no control saw their settings, so controls about them count as not applicable here. Check them where they are managed.`, '',
      '| OCID | kind | referenced by |', '|---|---|---|');
    for (const r of external) out.push(`| \`${r.ocid}\` | ${r.kind} | ${r.referencedBy.map((b) => '`' + md(b) + '`').join(', ')} |`);
    out.push('');
  }
  if (json.warnings.length) {
    out.push('## Warnings', '');
    for (const w of json.warnings) out.push(`- **${md(w.message.split(':')[0])}**: \`${w.stack}:${w.address}\`:${md(w.message.slice(w.message.indexOf(':') + 1))}`);
    out.push('');
  }
  if (e.waivers.length) {
    out.push('## Waivers', '', '| control | scope | reason | expires | recorded by | counts |', '|---|---|---|---|---|---|');
    for (const w of json.waivers) out.push(`| ${w.controlId} | \`${md(w.scope)}\` | ${md(w.reason)} | ${w.expires ?? 'never'} | \`${md(w.source)}\` | ${w.active ? (w.used ? 'yes' : 'active, matched nothing') : 'EXPIRED'} |`);
    out.push('');
  }
  const clusters = e.clusters.length ? e.clusters : [UNASSIGNED];
  const attribution = clusterAttribution(e.model);
  for (const cluster of clusters) {
    const inCluster = (r: TfBlock): boolean => !e.clusters.length || attribution.of({ address: r.address, stack: r.stack, status: 'pass' }) === cluster;
    out.push(`## Cluster \`${cluster}\``, '');
    out.push('### Network', '', 'Thick arrows are paths from outside the VCN (the internet, allow-listed client CIDRs); solid arrows are allowed ingress flows (NSG and security-list rules); dotted arrows are routes; dotted lines attach the API endpoint and nodes to their NSGs.', '');
    out.push('```mermaid', networkDiagram(e.model, inCluster), '```', '');
    const s = json.clusters.find((c) => c.name === cluster) ?? { summary: json.summary, byGroup: summaryFor(e).byGroup, bySeverity: summaryFor(e).bySeverity };
    const ages = versionAgeLines({ ...e.model, resources: e.model.resources.filter(inCluster) } as typeof e.model);
    if (ages.length) out.push('### Kubernetes version age', '', ...ages.map((l) => `- ${md(l.replace(/^cdktf-hardened-oke: /, ''))}`), '');
    out.push('### Summary', '');
    out.push(...countsTable('group', GROUP_ORDER, s.byGroup as Record<ControlGroup, Counts>), '');
    out.push(...countsTable('severity', SEVERITY_ORDER, s.bySeverity as Record<Severity, Counts>), '');
    out.push('### Controls', '');
    for (const r of e.results) {
      const { status, findings } = perClusterStatus(r, e.clusters.length ? cluster : undefined);
      out.push(`#### ${r.control.id} ${md(r.control.title)} — ${ICON[status]}`, '');
      out.push(`Severity **${r.control.severity}**, group ${r.control.group}. ${md(refs(r))}`, '');
      if (status === 'fail') out.push(`Fix: ${md(r.control.fix)}`, '');
      if (findings.length === 0) out.push('No resource of the kinds this control judges.', '');
      else {
        out.push('| resource | stack | result | detail |', '|---|---|---|---|');
        for (const f of findings) {
          const detail = f.waiver ? `waived: ${f.waiver.reason}${f.waiver.expires ? ` (until ${f.waiver.expires})` : ''}` : f.message ?? '';
          out.push(`| \`${md(f.address)}\` | ${f.stack ?? ''} | ${ICON[f.result]} | ${md(detail)} |`);
        }
        out.push('');
      }
    }
  }
  return out.join('\n') + '\n';
}

export { mermaidLabel };
