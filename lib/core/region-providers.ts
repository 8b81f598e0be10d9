/**
 * Regions that OCI pins certain resources to, and the aliased `oci` providers that reach them.
 *
 * - Home region: "Resources that you can create and update only in the home region are: users, groups, policies,
 *   compartments, dynamic groups, federation resources" (Managing Regions, "The Home Region"); the provider docs
 *   say the same and name the alias `home` ("IAM resources can only be created in the home region", Targeting
 *   Multiple Regions). So every `oci_identity_*` resource goes through a provider of the home region.
 * - Cloud Guard reporting region: "you can perform Create, Update, and Delete operations only from the reporting
 *   region of your Cloud Guard tenancy" (OCI CLI reference, cloud-guard; the Cloud Guard API reference says the same).
 *
 * The declared home region of a stack is recorded in its synthesized JSON (under the `//` comment key, which
 * Terraform ignores), so the compliance checks, which read only the output, can judge hand-written identity
 * resources too (control IAM-14).
 */
import { TerraformProvider, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { OciProvider, OciProviderConfig } from '../generated/providers/oci/provider';
import { HardenedOkeValidationError } from './errors';
import { requireRegion } from './regions';
import { HOME_REGION_MARKER_FIELD, REGION_MARKER_KEY } from './region-marker';

/** Alias of the provider the library creates for the home region (the alias Oracle's docs use). */
export const HOME_PROVIDER_ALIAS = 'home';
/** Alias of the provider the library creates for the Cloud Guard reporting region, when it is not the home region. */
export const CLOUD_GUARD_PROVIDER_ALIAS = 'cloud-guard';


const declared = new WeakMap<TerraformStack, string>();

/**
 * Records the tenancy's home region for the stack of `scope` in its synthesized JSON. A tenancy has one home
 * region, so two different declarations in one stack are refused.
 */
export function declareHomeRegion(scope: IConstruct, homeRegion: string, property = 'homeRegion'): void {
  const stack = TerraformStack.of(scope);
  const previous = declared.get(stack);
  if (previous !== undefined && previous !== homeRegion) {
    throw new HardenedOkeValidationError(property, `"${homeRegion}" differs from the home region "${previous}" already declared in stack ${stack.node.id}`,
      'a tenancy has exactly one home region: declare the same homeRegion for every cluster of a stack (or put clusters of other tenancies in their own stacks)');
  }
  declared.set(stack, homeRegion);
  stack.addOverride(`//.${REGION_MARKER_KEY}.${HOME_REGION_MARKER_FIELD}`, homeRegion);
}

function ociProviders(stack: TerraformStack): OciProvider[] {
  return stack.node.findAll().filter((c): c is OciProvider => c instanceof OciProvider && TerraformStack.of(c) === stack);
}

/** Settings copied from the stack's default provider, so an aliased provider authenticates the same way. */
const INHERITED: readonly (keyof OciProviderConfig & keyof OciProvider)[] = [
  'auth', 'configFileProfile', 'tenancyOcid', 'userOcid', 'fingerprint', 'privateKeyPath', 'retryDurationSeconds',
  'disableAutoRetries', 'ignoreDefinedTags', 'realmSpecificServiceEndpointTemplateEnabled', 'workloadIdentityTokenPath',
];

/** The authentication settings of the stack's default `oci` provider (for a provider in another stack). */
export function defaultProviderSettings(stack: TerraformStack): OciProviderConfig {
  const base = ociProviders(stack).find((p) => p.alias === undefined);
  const config: Record<string, unknown> = {};
  for (const key of INHERITED) {
    const value = base?.[key];
    if (value !== undefined) config[key] = value;
  }
  return config as OciProviderConfig;
}

/**
 * An aliased `oci` provider of `region` in the stack of `scope`: an existing aliased OciProvider of that region is
 * reused (one per region and stack, whichever construct asked first), otherwise one is created with `alias`,
 * authenticating like the stack's default provider (create that provider before the cluster).
 */
export function regionProvider(scope: IConstruct, region: string, alias: string, property: string): OciProvider {
  const stack = TerraformStack.of(scope);
  const providers = ociProviders(stack);
  const reuse = providers.find((p) => p.alias !== undefined && p.region === region);
  if (reuse) return reuse;
  if (providers.some((p) => p.alias === alias)) {
    throw new HardenedOkeValidationError(property, `the stack ${stack.node.id} already has an oci provider aliased "${alias}" for another region`,
      `pass your provider of ${region} explicitly, or remove the other "${alias}" provider`);
  }
  const base = providers.find((p) => p.alias === undefined);
  const config: Record<string, unknown> = {};
  for (const key of INHERITED) {
    const value = base?.[key];
    if (value !== undefined) config[key] = value;
  }
  return new OciProvider(stack, `oci-${alias}`, { ...(config as OciProviderConfig), alias, region });
}

/**
 * The provider for resources pinned to `region` when the construct does not know the stack's region: undefined
 * (the default provider) when the stack's default OciProvider is of that region, else {@link regionProvider}.
 */
export function providerForRegion(scope: IConstruct, region: string, alias: string, property: string): TerraformProvider | undefined {
  const base = ociProviders(TerraformStack.of(scope)).find((p) => p.alias === undefined);
  if (base && base.region === region) return undefined;
  return regionProvider(scope, region, alias, property);
}

/** The providers a cluster writes its region-pinned resources through (undefined: the stack's default provider). */
export interface ClusterRegionProviders {
  readonly homeRegion: string;
  readonly identityProvider?: TerraformProvider;
  readonly cloudGuardProvider?: TerraformProvider;
  /**
   * The region the Cloud Guard resources are written from, when the library knows it: the reporting region (default
   * the cluster's), or with a given provider that provider's `region` (else the stated `reportingRegion`). The plan
   * compares it with the tenancy's Cloud Guard reporting region.
   */
  readonly cloudGuardReportingRegion?: string;
}

/**
 * The region of `provider` when the library can read it: an OciProvider's `region`, or without a provider the
 * stack's default OciProvider's `region` (undefined when it is not set, e.g. read from ~/.oci/config).
 */
export function providerRegionOf(scope: IConstruct, provider: TerraformProvider | undefined): string | undefined {
  if (provider !== undefined) return provider instanceof OciProvider ? provider.region : undefined;
  return ociProviders(TerraformStack.of(scope)).find((p) => p.alias === undefined)?.region;
}

/**
 * Resolves, once, where a cluster in `region` writes identity resources (home region) and its Cloud Guard target
 * (reporting region), and records the home region in the stack's output.
 */
export function resolveRegionProviders(
  scope: IConstruct, region: string, homeRegion: string | undefined, homeRegionProvider: TerraformProvider | undefined,
  cloudGuard: { readonly reportingRegion?: string; readonly reportingRegionProvider?: TerraformProvider } | undefined,
  allowUnknownRegion = false,
  cloudGuardProperty = 'observability.cloudGuard',
): ClusterRegionProviders {
  const home = homeRegion ?? region;
  requireRegion('homeRegion', home, { allowUnknown: allowUnknownRegion });
  if (homeRegionProvider instanceof OciProvider && homeRegionProvider.region !== undefined && homeRegionProvider.region !== home) {
    throw new HardenedOkeValidationError('homeRegionProvider', `is a provider of ${homeRegionProvider.region}, not of the home region ${home}`,
      'pass a provider whose region is the home region, or set homeRegion to that provider\'s region');
  }
  declareHomeRegion(scope, home);
  const identityProvider = homeRegionProvider ?? (home === region ? undefined : regionProvider(scope, home, HOME_PROVIDER_ALIAS, 'homeRegion'));
  let cloudGuardProvider: TerraformProvider | undefined;
  let cloudGuardReportingRegion: string | undefined;
  if (cloudGuard) {
    const reporting = cloudGuard.reportingRegion ?? region;
    requireRegion(`${cloudGuardProperty}.reportingRegion`, reporting, { allowUnknown: allowUnknownRegion });
    const given = cloudGuard.reportingRegionProvider;
    cloudGuardProvider = given
      ?? (reporting === region ? undefined : regionProvider(scope, reporting, CLOUD_GUARD_PROVIDER_ALIAS, `${cloudGuardProperty}.reportingRegion`));
    cloudGuardReportingRegion = given ? providerRegionOf(scope, given) ?? cloudGuard.reportingRegion : reporting;
  }
  return { homeRegion: home, identityProvider, cloudGuardProvider, cloudGuardReportingRegion };
}
