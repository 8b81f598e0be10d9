import * as fs from 'fs';
import * as path from 'path';
import { quantityValue } from '../../lib/core/kubernetes-api-validation';
import { CONTAINER_DEFAULTS } from '../../lib/kubernetes/private/container-defaults';
import { ContainerDefaults } from '../../lib/kubernetes/types';
import { baseline } from './fixtures';

// The LimitRange the baseline writes and the synth-time check of defaultRequest <= default read one table.
const FIELDS = ['defaultCpu', 'defaultMemory', 'defaultRequestCpu', 'defaultRequestMemory'] as const;
const CHOICES: Record<typeof FIELDS[number], string> = { defaultCpu: '80m', defaultMemory: '100Mi', defaultRequestCpu: '700m', defaultRequestMemory: '600Mi' };

function limitRange(limits: ContainerDefaults): any | Error {
  try {
    const objects = baseline({ applicationNamespaces: [{ name: 'shop', limits }] }).manifests();
    return objects.find((o: any) => o.kind === 'LimitRange' && o.metadata.namespace === 'shop');
  } catch (e) {
    return e as Error;
  }
}

describe('LimitRange defaults have one owner', () => {
  test('a namespace without limits gets exactly CONTAINER_DEFAULTS', () => {
    const lr = limitRange({});
    expect(lr.spec.limits[0].default).toEqual({ cpu: CONTAINER_DEFAULTS.defaultCpu, memory: CONTAINER_DEFAULTS.defaultMemory });
    expect(lr.spec.limits[0].defaultRequest).toEqual({ cpu: CONTAINER_DEFAULTS.defaultRequestCpu, memory: CONTAINER_DEFAULTS.defaultRequestMemory });
  });

  // Every subset of the four fields set to a value that conflicts with the defaults of the others: the check refuses
  // exactly the combinations whose written LimitRange would have a request above its limit.
  const subsets = Array.from({ length: 16 }, (_, bits) => FIELDS.filter((_f, i) => bits & (1 << i)));
  test.each(subsets.map((s) => [s.join(',') || '(none)', s]))('limits {%s}: refused iff the written LimitRange is invalid', (_, set) => {
    const limits = Object.fromEntries((set as string[]).map((f) => [f, CHOICES[f as typeof FIELDS[number]]])) as ContainerDefaults;
    const filled = { ...CONTAINER_DEFAULTS, ...limits };
    const invalid = quantityValue(filled.defaultRequestCpu)! > quantityValue(filled.defaultCpu)!
      || quantityValue(filled.defaultRequestMemory)! > quantityValue(filled.defaultMemory)!;
    const result = limitRange(limits);
    if (invalid) {
      expect(result).toBeInstanceOf(Error);
      expect((result as Error).message).toMatch(/the default request .* is above the default limit/);
    } else {
      expect(result).not.toBeInstanceOf(Error);
      expect(result.spec.limits[0].default).toEqual({ cpu: filled.defaultCpu, memory: filled.defaultMemory });
      expect(result.spec.limits[0].defaultRequest).toEqual({ cpu: filled.defaultRequestCpu, memory: filled.defaultRequestMemory });
    }
  });

  test('the @default tags of ContainerDefaults document the same values', () => {
    const source = fs.readFileSync(path.join(__dirname, '../../lib/kubernetes/types.ts'), 'utf8');
    const block = /export interface ContainerDefaults \{([\s\S]*?)\n\}/.exec(source)![1];
    for (const f of FIELDS) {
      expect(block).toMatch(new RegExp(`@default '${CONTAINER_DEFAULTS[f]}' \\*/\\s*readonly ${f}\\?`));
    }
  });
});
