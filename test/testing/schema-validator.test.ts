import { CoreVcn } from '../../lib/generated/providers/oci/core-vcn';
import { CoreSubnet } from '../../lib/generated/providers/oci/core-subnet';
import { ContainerengineCluster } from '../../lib/generated/providers/oci/containerengine-cluster';
import { Testing } from 'cdktf';
import { newStack, schemaValidator, OCIDS } from '../support';

function synthOf(build: (stack: ReturnType<typeof newStack>) => void): any {
  const stack = newStack();
  build(stack);
  return JSON.parse(Testing.synth(stack));
}

describe('SchemaValidator', () => {
  test('accepts a well-formed stack', () => {
    const json = synthOf((s) => {
      const vcn = new CoreVcn(s, 'vcn', { compartmentId: OCIDS.compartment, cidrBlocks: ['10.0.0.0/16'] });
      new CoreSubnet(s, 'subnet', { compartmentId: OCIDS.compartment, vcnId: vcn.id, cidrBlock: '10.0.0.0/24', prohibitPublicIpOnVnic: true });
    });
    expect(schemaValidator.validate(json)).toEqual([]);
  });

  test('catches a misspelt attribute planted by an override', () => {
    const json = synthOf((s) => {
      const vcn = new CoreVcn(s, 'vcn', { compartmentId: OCIDS.compartment, cidrBlocks: ['10.0.0.0/16'] });
      const subnet = new CoreSubnet(s, 'subnet', { compartmentId: OCIDS.compartment, vcnId: vcn.id, cidrBlock: '10.0.0.0/24' });
      subnet.addOverride('cidr_blok', '10.0.1.0/24');
    });
    expect(schemaValidator.validate(json)).toEqual([
      { address: 'resource.oci_core_subnet.subnet.cidr_blok', message: 'unknown attribute or block "cidr_blok"' },
    ]);
  });

  test('catches a missing required attribute', () => {
    const json = synthOf((s) => {
      const vcn = new CoreVcn(s, 'vcn', { compartmentId: OCIDS.compartment, cidrBlocks: ['10.0.0.0/16'] });
      vcn.addOverride('compartment_id', undefined);
    });
    expect(schemaValidator.validate(json)).toEqual([
      { address: 'resource.oci_core_vcn.vcn.compartment_id', message: 'required attribute is missing' },
    ]);
  });

  test('catches a block where an attribute belongs, an attribute where a block belongs, and max_items', () => {
    const json = synthOf((s) => {
      const c = new ContainerengineCluster(s, 'cluster', {
        compartmentId: OCIDS.compartment, kubernetesVersion: 'v1.33.1', name: 'c', vcnId: OCIDS.vcn,
      });
      c.addOverride('kms_key_id', { id: OCIDS.key });
      c.addOverride('endpoint_config', 'not-a-block');
      c.addOverride('image_policy_config', [{ is_policy_enabled: true }, { is_policy_enabled: false }]);
    });
    const messages = schemaValidator.validate(json).map((v) => `${v.address}: ${v.message}`);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringMatching(/kms_key_id: is an attribute of type "string", got a block or object/),
      expect.stringMatching(/endpoint_config: is a block, got the attribute value/),
      expect.stringMatching(/image_policy_config: has 2 blocks, at most 1 allowed/),
    ]));
    expect(messages).toHaveLength(3);
  });

  test('catches read-only attributes and unknown resource types', () => {
    const json = synthOf((s) => {
      const vcn = new CoreVcn(s, 'vcn', { compartmentId: OCIDS.compartment, cidrBlocks: ['10.0.0.0/16'] });
      vcn.addOverride('state', 'AVAILABLE');
    });
    json.resource.oci_core_vnc = { typo: {} };
    const messages = schemaValidator.validate(json).map((v) => `${v.address}: ${v.message}`);
    expect(messages).toEqual([
      'resource.oci_core_vcn.vcn.state: is read-only (computed); it cannot be set',
      'resource.oci_core_vnc.typo: no provider schema knows the resource type "oci_core_vnc"',
    ]);
  });
});

test('SchemaValidator refuses template expressions in depends_on, as terraform does', () => {
  const stack = newStack();
  const vcn = new CoreVcn(stack, 'vcn', { compartmentId: OCIDS.compartment, cidrBlocks: ['10.0.0.0/16'] });
  const subnet = new CoreSubnet(stack, 'subnet', { compartmentId: OCIDS.compartment, vcnId: vcn.id, cidrBlock: '10.0.0.0/24' });
  subnet.dependsOn = [vcn.fqn];
  const messages = schemaValidator.validate(JSON.parse(Testing.synth(stack))).map((v) => v.address);
  expect(messages).toEqual([expect.stringMatching(/^resource\.oci_core_subnet\.subnet\.depends_on\[0\]$/)]);
});
