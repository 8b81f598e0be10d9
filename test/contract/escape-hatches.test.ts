import { TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { buildCluster } from '../support';

// The README's escape-hatch convention: a construct built around one main Terraform resource exposes it as `resource`
// (a direct child of the construct), and an older name for it stays as the same object.
describe('escape hatches: the main L1 resource is `resource`', () => {
  const { stack, cluster: prod } = buildCluster();
  const withResource = stack.node.findAll().filter((c): c is IConstruct & { resource: unknown } => !(c instanceof TerraformResource) && 'resource' in c);

  test('every construct that has `resource` holds one of its own Terraform resources there', () => {
    expect(withResource.length).toBeGreaterThan(0);
    for (const c of withResource) {
      expect(c.resource).toBeInstanceOf(TerraformResource);
      expect(c.node.children).toContain(c.resource);
    }
  });

  test.each([
    ['OkeCluster', () => prod.cluster, 'cluster', 'oci_containerengine_cluster'],
    ['NodePool', () => prod.nodePools[0], undefined, 'oci_containerengine_node_pool'],
    ['Bastion', () => prod.bastion, undefined, 'oci_bastion_bastion'],
    ['SecurityNotifications', () => prod.observability.notifications, 'topic', 'oci_ons_notification_topic'],
  ] as const)('%s.resource is its main resource, under that one name', (_name, get, formerAlias, type) => {
    const c = get() as unknown as Record<string, TerraformResource>;
    expect(c.resource.terraformResourceType).toBe(type);
    // The package was never published: no second name for the same object.
    if (formerAlias) expect(c[formerAlias]).toBeUndefined();
  });
});
