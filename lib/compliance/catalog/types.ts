import { ComplianceModel, K8sObject, TfBlock } from '../model';

export type Severity = 'critical' | 'high' | 'medium' | 'low';

export type ControlGroup =
  | 'network' | 'api-access' | 'identity' | 'encryption' | 'nodes' | 'supply-chain'
  | 'workloads' | 'network-policy' | 'observability' | 'data-protection';

export const GROUP_ORDER: readonly ControlGroup[] = [
  'network', 'api-access', 'identity', 'encryption', 'nodes', 'supply-chain',
  'workloads', 'network-policy', 'observability', 'data-protection',
];

export const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/**
 * Public references a control implements. Only ids verified against the source are filled in
 * (sources listed in lib/compliance/CONTROLS.md); an empty field means "no verified equivalent".
 */
export interface ControlReferences {
  /** NSA/CISA Kubernetes Hardening Guidance v1.2, section › subsection. */
  readonly nsaCisa?: string;
  /** CIS OKE Benchmark recommendation id. */
  readonly cisOke?: string;
  /** Checkov check id(s) (CKV_OCI_x, CKV_K8S_x). */
  readonly checkov?: readonly string[];
  /** Kubescape control id(s) (C-00xx). */
  readonly kubescape?: readonly string[];
}

export type FindingStatus = 'pass' | 'fail' | 'not-applicable';

/** The verdict of one control on one resource (or object). */
export interface Finding {
  /** Terraform address (`type.name`), `provider.x`, or `k8s:Kind/ns/name` for YAML-only objects. */
  readonly address: string;
  readonly status: FindingStatus;
  /** What was found, e.g. `ingress tcp/22 from 0.0.0.0/0`. */
  readonly message?: string;
  /** Stack the resource lives in. */
  readonly stack?: string;
  /** Construct path, when known. */
  readonly path?: string;
}

export interface Control {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly group: ControlGroup;
  readonly references: ControlReferences;
  /** How to fix a failure. */
  readonly fix: string;
  /** Pure: reads the model, returns one finding per resource judged. No finding = not applicable. */
  readonly check: (model: ComplianceModel) => Finding[];
}

export function pass(r: TfBlock | K8sObject, message?: string): Finding {
  return { address: r.address, status: 'pass', message, stack: r.stack, path: r.path };
}

export function fail(r: TfBlock | K8sObject, message: string): Finding {
  return { address: r.address, status: 'fail', message, stack: r.stack, path: r.path };
}

export function na(r: TfBlock | K8sObject, message: string): Finding {
  return { address: r.address, status: 'not-applicable', message, stack: r.stack, path: r.path };
}

export function verdict(r: TfBlock | K8sObject, ok: boolean, failMessage: string, passMessage?: string): Finding {
  return ok ? pass(r, passMessage) : fail(r, failMessage);
}

/** NSA/CISA Kubernetes Hardening Guidance v1.2 top-level sections. */
export const NSA = {
  POD: 'Kubernetes Pod security',
  NET: 'Network separation and hardening',
  AUTH: 'Authentication and authorization',
  LOG: 'Audit logging and threat detection',
  UPG: 'Upgrading and application security practices',
} as const;
