import * as fs from 'fs';
import * as path from 'path';
import { HardenedOkeValidationError } from '../../lib/core/errors';
import { buildCluster, synthValid, ROOT } from '../support';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schema', 'oracle-oci-8.28.0.min.json'), 'utf8'));
const resourceSchemas: Record<string, any> = (Object.values(schema.provider_schemas)[0] as any).resource_schemas;
const taggable = (type: string) => resourceSchemas[type]?.block.attributes.freeform_tags !== undefined;

describe('tags reach every taggable resource', () => {
  test('every resource whose schema has freeform_tags carries the tags, and the library keys stay', () => {
    const { stack, cluster } = buildCluster({ tags: { team: 'payments', 'cost-center': 'cc-42' } });
    cluster.addNodePool({ name: 'late', shape: 'VM.Standard.E5.Flex', size: 1 });
    const json = synthValid(stack);
    let checked = 0;
    for (const [type, byName] of Object.entries<any>(json.resource)) {
      if (!taggable(type)) continue;
      for (const [name, block] of Object.entries<any>(byName)) {
        expect({ address: `${type}.${name}`, tags: block.freeform_tags }).toEqual({
          address: `${type}.${name}`, tags: expect.objectContaining({ team: 'payments', 'cost-center': 'cc-42', 'managed-by': 'cdktf-hardened-oke' }),
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(30);
    for (const pool of Object.values<any>(json.resource.oci_containerengine_node_pool)) expect(pool.node_config_details.freeform_tags.team).toBe('payments');
    const theCluster: any = Object.values(json.resource.oci_containerengine_cluster)[0];
    expect(theCluster.options.service_lb_config.freeform_tags.team).toBe('payments');
    expect(theCluster.options.persistent_volume_config.freeform_tags.team).toBe('payments');
  });

  test('a library tag key is refused with a named error', () => {
    expect(() => buildCluster({ tags: { 'managed-by': 'me' } })).toThrow(HardenedOkeValidationError);
    expect(() => buildCluster({ tags: { 'a.b': 'x' } })).toThrow(/^tags\.a\.b: /);
  });
});
