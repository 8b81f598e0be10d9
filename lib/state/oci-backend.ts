import { DataTerraformRemoteStateConfig, TerraformBackend, TerraformRemoteState, Token } from 'cdktf';
import { Construct } from 'constructs';
import { HardenedOkeValidationError } from '../core/errors';
import { requireRegion } from '../core/regions';

/**
 * How Terraform's `oci` backend authenticates (the `auth` key).
 * @see https://developer.hashicorp.com/terraform/language/backend/oci
 */
export enum OciBackendAuth {
  /** An API signing key from the OCI config file (the default). */
  API_KEY = 'ApiKey',
  /** The instance principal of the compute instance Terraform runs on. */
  INSTANCE_PRINCIPAL = 'InstancePrincipal',
  /** Instance principal with certificates. */
  INSTANCE_PRINCIPAL_WITH_CERTS = 'InstancePrincipalWithCerts',
  /** A session token (`oci session authenticate`); needs `configFileProfile`. */
  SECURITY_TOKEN = 'SecurityToken',
  /** The resource principal of an OCI service (e.g. a Function or Resource Manager). */
  RESOURCE_PRINCIPAL = 'ResourcePrincipal',
  /** OKE workload identity of the pod Terraform runs in. */
  OKE_WORKLOAD_IDENTITY = 'OKEWorkloadIdentity',
}

/**
 * Terraform's native `oci` backend (Terraform >= 1.12): state in an OCI Object Storage bucket with state locking
 * (a `<key>.lock` object). Keys that hold secrets (`private_key`, `private_key_password`, `sse_customer_key`) are left
 * out on purpose: keep them in the OCI config file or the environment, never in synthesized JSON.
 * @see https://docs.oracle.com/en-us/iaas/Content/terraform/object-storage-state.htm
 */
export interface OciBackendConfig {
  /** Object Storage bucket of the state (create it first, versioning on). */
  readonly bucket: string;
  /** Object Storage namespace of the tenancy (`oci os ns get`). */
  readonly namespace: string;
  /**
   * Object name of the state file; give each stack its own, e.g. `prod/terraform.tfstate`.
   * @default "terraform.tfstate"
   */
  readonly key?: string;
  /**
   * Region of the bucket. Required with instance principal, resource principal and security token authentication.
   * @default - the region of the OCI config file profile
   */
  readonly region?: string;
  /**
   * Authentication method.
   * @default OciBackendAuth.API_KEY (the backend's default)
   */
  readonly auth?: OciBackendAuth;
  /**
   * Profile of the OCI config file.
   * @default "DEFAULT"
   */
  readonly configFileProfile?: string;
  /**
   * Prefix of the state paths of non-default workspaces (`<prefix>/<workspace>/<key>`).
   * @default "tf-state-env"
   */
  readonly workspaceKeyPrefix?: string;
  /**
   * OCID of a Vault master encryption key the bucket encrypts the state with.
   * @default - Oracle-managed keys
   */
  readonly kmsKeyId?: string;
  /** @default - from the OCI config file */
  readonly tenancyOcid?: string;
  /** @default - from the OCI config file */
  readonly userOcid?: string;
  /** @default - from the OCI config file */
  readonly fingerprint?: string;
  /** @default - from the OCI config file */
  readonly privateKeyPath?: string;
}

/** `terraform_remote_state` with `backend = "oci"`. */
export interface DataTerraformRemoteStateOciConfig extends DataTerraformRemoteStateConfig, OciBackendConfig {}

const SECRET_KEYS = ['privateKey', 'privateKeyPassword', 'sseCustomerKey', 'sseCustomerKeySha256'];
const NEEDS_REGION: string[] = [OciBackendAuth.INSTANCE_PRINCIPAL, OciBackendAuth.INSTANCE_PRINCIPAL_WITH_CERTS,
  OciBackendAuth.RESOURCE_PRINCIPAL, OciBackendAuth.SECURITY_TOKEN];

/** The attributes Terraform reads, snake_case, validated at synth (Terraform's own checks run only at init). */
function ociBackendAttributes(where: string, c: OciBackendConfig): Record<string, string> {
  if (!c || typeof c !== 'object') throw new HardenedOkeValidationError(where, 'has no configuration', 'pass bucket and namespace');
  for (const k of SECRET_KEYS) {
    if ((c as unknown as Record<string, unknown>)[k] !== undefined) {
      throw new HardenedOkeValidationError(`${where}.${k}`, 'would write a secret into the synthesized JSON', 'keep the key in the OCI config file or in OCI_* / TF_VAR_* environment variables');
    }
  }
  for (const k of ['bucket', 'namespace'] as const) {
    if (typeof c[k] !== 'string' || !c[k]) throw new HardenedOkeValidationError(`${where}.${k}`, 'is required', k === 'bucket' ? 'name the Object Storage bucket of the state' : 'give the tenancy\'s Object Storage namespace (oci os ns get)');
    // Terraform reads backend blocks before anything else is evaluated: no variables, no references.
    if (Token.isUnresolved(c[k])) throw new HardenedOkeValidationError(`${where}.${k}`, 'must be known at synth', 'Terraform backends take literals only');
  }
  // Object Storage bucket names: letters, digits, dashes, underscores and periods.
  if (!/^[A-Za-z0-9._-]{1,256}$/.test(c.bucket)) throw new HardenedOkeValidationError(`${where}.bucket`, `"${c.bucket}" is not a bucket name`, 'use letters, digits, dashes, underscores and periods');
  if (c.key !== undefined && (typeof c.key !== 'string' || !c.key || c.key.startsWith('/') || Token.isUnresolved(c.key))) {
    throw new HardenedOkeValidationError(`${where}.key`, `"${c.key}" is not an object name`, 'use a relative object name, e.g. prod/terraform.tfstate');
  }
  if (c.region !== undefined) requireRegion(`${where}.region`, c.region, { allowUnknown: true });
  const auths = Object.values(OciBackendAuth) as string[];
  if (c.auth !== undefined && !auths.includes(c.auth)) {
    throw new HardenedOkeValidationError(`${where}.auth`, `"${c.auth}" is not an authentication method of the oci backend`, `use one of ${auths.join(', ')}`);
  }
  if (c.auth !== undefined && NEEDS_REGION.includes(c.auth) && c.region === undefined) {
    throw new HardenedOkeValidationError(`${where}.region`, `is required with auth ${c.auth}`, 'give the region of the bucket, e.g. eu-frankfurt-1');
  }
  if (c.auth === OciBackendAuth.SECURITY_TOKEN && !c.configFileProfile) {
    throw new HardenedOkeValidationError(`${where}.configFileProfile`, 'is required with auth SecurityToken', 'name the OCI config profile of the session token');
  }
  const out: Record<string, string> = {};
  const keys: Array<[keyof OciBackendConfig, string]> = [
    ['bucket', 'bucket'], ['namespace', 'namespace'], ['key', 'key'], ['region', 'region'], ['auth', 'auth'],
    ['configFileProfile', 'config_file_profile'], ['workspaceKeyPrefix', 'workspace_key_prefix'], ['kmsKeyId', 'kms_key_id'],
    ['tenancyOcid', 'tenancy_ocid'], ['userOcid', 'user_ocid'], ['fingerprint', 'fingerprint'], ['privateKeyPath', 'private_key_path'],
  ];
  for (const [from, to] of keys) if (c[from] !== undefined) out[to] = c[from] as string;
  return out;
}

/**
 * Terraform's native `oci` backend, for Terraform >= 1.12 (Oracle's recommended backend; the S3-compatible one is
 * deprecated and only for Terraform < 1.12 and OCI Resource Manager). Cross-stack references from another stack
 * read this stack's outputs through `terraform_remote_state` with `backend = "oci"`. OpenTofu has no Oracle Object
 * Storage backend: with OpenTofu use the S3-compatible `S3Backend`.
 *
 * @see https://docs.oracle.com/en-us/iaas/Content/terraform/object-storage-state.htm
 * @see https://developer.hashicorp.com/terraform/language/backend/oci
 */
export class OciBackend extends TerraformBackend {
  private readonly attributes: Record<string, string>;
  private readonly config: OciBackendConfig;

  constructor(scope: Construct, config: OciBackendConfig) {
    const attributes = ociBackendAttributes('OciBackend', config);
    super(scope, 'backend', 'oci');
    this.attributes = attributes;
    this.config = config;
  }

  protected synthesizeAttributes(): { [name: string]: any } {
    return { ...this.attributes };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    return { ...this.attributes };
  }

  /** The `terraform_remote_state` another stack reads this stack's outputs with: same bucket, namespace and key. */
  public getRemoteStateDataSource(scope: Construct, name: string, _fromStack: string): TerraformRemoteState {
    return new DataTerraformRemoteStateOci(scope, name, { ...this.config, workspace: '${terraform.workspace}' });
  }
}

/** Reads the outputs of a stack whose state lives in Terraform's native `oci` backend. */
export class DataTerraformRemoteStateOci extends TerraformRemoteState {
  constructor(scope: Construct, id: string, config: DataTerraformRemoteStateOciConfig) {
    const attributes = ociBackendAttributes(`DataTerraformRemoteStateOci(${id})`, config);
    super(scope, id, 'oci', { workspace: config.workspace, defaults: config.defaults, ...attributes });
  }
}
