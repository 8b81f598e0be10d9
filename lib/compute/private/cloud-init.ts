import { Token } from 'cdktf';
import { HardenedOkeValidationError } from '../../core/errors';
import type { NodePoolUserData } from '../node-pool-user-data';

/** A taint as kubelet registers it. */
export interface KubeletTaint {
  readonly key: string;
  readonly value?: string;
  readonly effect: string;
}

/**
 * OKE's default bootstrap, as "Using Custom Cloud-init Initialization Scripts to Set Up Managed Nodes" (OKE
 * documentation) gives it: fetch the init script OKE puts in the instance metadata and run it. Kubelet flags are
 * passed with `--kubelet-extra-args`, the form the same page and Oracle's samples use for `--register-with-taints`.
 */
const FETCH_OKE_INIT = 'curl --fail -H "Authorization: Bearer Oracle" -L0 http://169.254.169.254/opc/v2/instance/metadata/oke_init_script | base64 --decode >/var/run/oke-init.sh';
const RUN_OKE_INIT = 'bash /var/run/oke-init.sh';

/**
 * Compute instance metadata (user_data included) is limited to 32,000 bytes in total ("LaunchInstanceDetails",
 * OCI Compute API reference); the base64 user data must fit with room for OKE's own keys.
 */
const MAX_USER_DATA_BYTES = 16_000;

/** What a user hook must not contain: it would bootstrap the node a second time, or register its own taints. */
const BOOTSTRAP_MARKERS = [/oke_init_script/, /oke-init\.sh/, /register-with-taints/, /\boke\s+bootstrap\b/];

const KUBELET_FLAG = /^--[a-z][a-z0-9-]*(=[A-Za-z0-9._:/,=%@+-]*)?$/;

/** `key=value:Effect` (or `key:Effect`) entries of `--register-with-taints`. */
export function formatTaints(taints: readonly KubeletTaint[]): string {
  return taints.map((t) => `${t.key}${t.value !== undefined && t.value !== '' ? `=${t.value}` : ''}:${t.effect}`).join(',');
}

/** The kubelet flags the library passes: the taints first, then the user's flags. */
export function kubeletArgs(taints: readonly KubeletTaint[], userData?: NodePoolUserData): string[] {
  const args = taints.length > 0 ? [`--register-with-taints=${formatTaints(taints)}`] : [];
  return [...args, ...(userData?.kubeletExtraArgs ?? [])];
}

/** Validates a user's cloud-init hook; `prefix` is the property path, e.g. `nodePools[1].userData.`. */
export function validateUserData(userData: NodePoolUserData | undefined, prefix: string): void {
  if (!userData) return;
  for (const field of ['preBootstrapScript', 'postBootstrapScript'] as const) {
    const script = userData[field];
    if (script === undefined) continue;
    if (typeof script !== 'string' || script.trim() === '') {
      throw new HardenedOkeValidationError(`${prefix}${field}`, 'is empty', 'remove it, or give the shell commands to run');
    }
    if (Token.isUnresolved(script)) {
      throw new HardenedOkeValidationError(`${prefix}${field}`, 'contains an unresolved token, which cannot be embedded in the node\'s cloud-init at synth',
        'write the value into the script, or read it on the node (e.g. from instance metadata)');
    }
    if (BOOTSTRAP_MARKERS.some((m) => m.test(script))) {
      throw new HardenedOkeValidationError(`${prefix}${field}`, 'runs OKE\'s bootstrap or registers taints itself, which would drop the library\'s kubelet arguments (the NetworkPolicy engine\'s startup taint among them)',
        'leave the bootstrap to the library: put taints in the pool\'s `taints` and kubelet flags in `userData.kubeletExtraArgs`');
    }
  }
  (userData.kubeletExtraArgs ?? []).forEach((arg, i) => {
    if (typeof arg !== 'string' || !KUBELET_FLAG.test(arg)) {
      throw new HardenedOkeValidationError(`${prefix}kubeletExtraArgs[${i}]`, `"${arg}" is not a kubelet flag the library can pass safely`,
        'use the form --flag or --flag=value (letters, digits and . _ : / , = % @ + - in the value; no spaces or quotes)');
    }
    if (/^--register-with-taints\b/.test(arg)) {
      throw new HardenedOkeValidationError(`${prefix}kubeletExtraArgs[${i}]`, '--register-with-taints would replace the library\'s taints, the NetworkPolicy engine\'s startup taint among them',
        'put the taints in the pool\'s `taints` property; the library registers them together with its own');
    }
  });
}

function embed(script: string, path: string): string[] {
  // Base64 keeps the user's script byte for byte: no quoting or heredoc delimiter can break out of it.
  return [`echo '${Buffer.from(script, 'utf8').toString('base64')}' | base64 --decode >${path}`, `bash ${path}`];
}

/**
 * The node's cloud-init script, or undefined when OKE's default (no taints, no flags, no hook) is enough. User hooks
 * run as scripts of their own, and the bootstrap line with the library's kubelet arguments is always written by the
 * library, so a hook cannot drop the taints.
 */
export function renderCloudInit(taints: readonly KubeletTaint[], userData: NodePoolUserData | undefined, property: string): string | undefined {
  const args = kubeletArgs(taints, userData);
  if (args.length === 0 && !userData?.preBootstrapScript && !userData?.postBootstrapScript) return undefined;
  const lines = [
    '#!/bin/bash',
    '# Written by cdktf-hardened-oke: OKE\'s default bootstrap with the library\'s kubelet arguments.',
    'set -euo pipefail',
    ...(userData?.preBootstrapScript ? embed(userData.preBootstrapScript, '/var/run/hardened-oke-pre-bootstrap.sh') : []),
    FETCH_OKE_INIT,
    args.length > 0 ? `${RUN_OKE_INIT} --kubelet-extra-args "${args.join(' ')}"` : RUN_OKE_INIT,
    ...(userData?.postBootstrapScript ? embed(userData.postBootstrapScript, '/var/run/hardened-oke-post-bootstrap.sh') : []),
    '',
  ];
  const script = lines.join('\n');
  const size = Buffer.byteLength(Buffer.from(script, 'utf8').toString('base64'));
  if (size > MAX_USER_DATA_BYTES) {
    throw new HardenedOkeValidationError(property, `the node's cloud-init is ${size} bytes in base64, more than the ${MAX_USER_DATA_BYTES} the library allows within OCI's 32,000-byte instance metadata limit`,
      'shorten the hook scripts, e.g. download a longer script from Object Storage inside the hook');
  }
  return script;
}
