import { ComplianceModel, isExpression } from '../model';
import { Finding, na, verdict } from './types';

/**
 * IAM resources "can only be created and updated in the home region" (Managing Regions, "The Home Region"). Judges
 * every `oci_identity_*` resource of a stack that declares its home region (the library records it; see
 * lib/core/region-marker), or of any stack when the whole app declares exactly one home region: the provider it is
 * written through must be of that region.
 */
/** The region of the provider `r` is written through: a string, or undefined when not known at synth. */
export function providerRegionOf(m: ComplianceModel, r: { stack: string; body: any }): { ref: string; region?: string } {
  const ref = typeof r.body?.provider === 'string' ? r.body.provider : 'oci';
  const [type, alias] = ref.split('.');
  const block = m.providers.find((p) => p.stack === r.stack && p.type === type && (p.body?.alias ?? undefined) === alias);
  const region = block?.body?.region;
  return { ref, region: typeof region === 'string' && !isExpression(region) ? region : undefined };
}

export function identityHomeRegionFindings(m: ComplianceModel): Finding[] {
  const declared = [...new Set(Object.values(m.homeRegions))];
  const appWide = declared.length === 1 ? declared[0] : undefined;
  return m.resources.filter((r) => r.type.startsWith('oci_identity_')).flatMap((r) => {
    const home = m.homeRegions[r.stack] ?? appWide;
    if (home === undefined) return [];
    const ref = typeof r.body?.provider === 'string' ? r.body.provider : 'oci';
    const [type, alias] = ref.split('.');
    const block = m.providers.find((p) => p.stack === r.stack && p.type === type && (p.body?.alias ?? undefined) === alias);
    const region = block?.body?.region;
    if (typeof region !== 'string' || isExpression(region)) {
      return [na(r, `the region of provider ${ref} is not known at synth`)];
    }
    return [verdict(r, region === home,
      `is written through provider ${ref} (region ${region}), but IAM resources can only be created in the home region ${home}`,
      `provider ${ref} is of the home region ${home}`)];
  });
}
