import * as fs from 'fs';
 
const { generate, OUT } = require('../../scripts/generate-props-specs.js');

test('lib/generated/props-specs.ts matches the props interfaces (rerun node scripts/generate-props-specs.js)', () => {
  expect(fs.readFileSync(OUT, 'utf8')).toBe(generate());
}, 60_000);

test('the specs cover the nested option objects of HardenedClusterProps', () => {
   
  const { PROPS_SPECS } = require('../../lib/generated/props-specs');
  for (const name of ['HardenedClusterProps', 'ClusterNetworkOptions', 'HardenedClusterBastionOptions', 'NodePoolOptions', 'HardenedClusterEncryptionOptions',
    'HardenedClusterSupplyChainOptions', 'HardenedClusterObservabilityOptions', 'HardenedClusterKubernetesOptions', 'OidcAuthentication', 'PublicEndpoint', 'WaiverProps']) {
    expect(Object.keys(PROPS_SPECS[name]?.fields ?? {}).length).toBeGreaterThan(0);
  }
  expect(PROPS_SPECS.HardenedClusterProps.fields.nodePools).toEqual({ arrayOf: 'NodePoolOptions' });
  expect(PROPS_SPECS.HardenedClusterProps.required).toEqual(expect.arrayContaining(['compartmentId', 'kubernetesVersion', 'tenancyId', 'region', 'bastion', 'nodePools']));
});
