/**
 * The YAML emitter writes what the `yaml` package writes, byte for byte, or declines (and `yaml` writes it): on
 * generated data built to hit YAML's quoting rules and on every manifest and Helm values document the examples
 * write (test/contract/synth-loading.test.ts checks a synth does not load the package).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { emitYamlDocument } from '../../lib/kubernetes/private/yaml-emitter';
import { yamlPackageDocument } from '../../lib/kubernetes/private/yaml-document';
import { listFiles, ROOT, tempDir } from '../support/files';

/** Strings at the edges of YAML 1.1: reserved words, number and date shapes, indicators, white space, newlines. */
const EDGE_STRINGS = ['', 'y', 'Y', 'yes', 'No', 'ON', 'off', 'true', 'False', 'null', 'NULL', '~', '<<', '=', '0x1F', '0b101',
  '012', '08', '1_000', '-42', '+7', '1:30', '190:20:30.15', '1.5', '.5', '1.', '-.inf', '.NaN', '1e3', '6.8523015e+5', '2001-12-14',
  '2001-12-14t21:59:43.10-05:00', '2001-12-14 21:59:43.10 Z', '10.0.0.0/16', '169.254.23.1', '500m', '1Gi', 'v1.33.1', '---', '...',
  '--- a', '%TAG', '- a', '-a', '? a', '?', '-', 'a: b', 'a:b', 'a #b', 'a#b', 'a:', ' a', 'a ', '#x', '&a', '*a', '!x', '|', '>',
  "it's", 'say "hi"', `'"`, '@x', '`x', ',', '[a]', '{a}', 'line1\nline2', 'line1\nline2\n', 'l1\n  l2\n\nl4\n', '\n lead', ' lead\nx',
  'x\n\n', 'x \ny', 'x\n ', 'tab\there', '\ttab', 'ünïcödé', 'a\u0085b', 'a\u2028b', 'a\u00a0b', 'a\u0007b', '\uFEFFbom', 'a\rb',
  'x\n---\ny', 'x\n...', 'has: colon\nand more', '#!/bin/bash\nset -euo pipefail\n'];

const edgeString = fc.oneof(
  fc.constantFrom(...EDGE_STRINGS),
  fc.string({ unit: fc.constantFrom(...'ayYnN01279 :#-?\'"\n\t.,[]{}&*!|>%@`~<=+_/xeEbT'.split('')), maxLength: 12 }),
  fc.string({ maxLength: 8 }),
);
const leaf = fc.oneof(edgeString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, tie('seq'), tie('map')),
  seq: fc.array(tie('tree'), { maxLength: 4 }),
  map: fc.dictionary(edgeString, tie('tree'), { maxKeys: 4 }),
}));
// YAML_EMITTER_RUNS=60000 npx jest test/kubernetes/yaml-emitter searches longer (passes on this commit).
const documentRoot = fc.oneof(fc.dictionary(edgeString, tree, { maxKeys: 5 }), fc.array(tree, { maxLength: 4 }));

describe('YAML emitter', () => {
  test('writes exactly what the yaml package writes, or declines, on generated documents', () => {
    let written = 0;
    let runs = 0;
    fc.assert(fc.property(documentRoot, (doc) => {
      runs++;
      const ours = emitYamlDocument(doc);
      if (ours === undefined) return;
      written++;
      expect(ours).toBe(yamlPackageDocument(doc));
    }), { numRuns: Number(process.env.YAML_EMITTER_RUNS ?? 3000) });
    // The comparison must exercise the emitter, not only its refusals.
    expect(written / runs).toBeGreaterThan(0.3);
  });

  test('writes exactly what the yaml package writes for every edge string, as a value, a key and a list item', () => {
    for (const s of EDGE_STRINGS) {
      for (const doc of [{ key: s }, { [s]: 1 }, [s], { nested: { list: [s, { inner: s }] } }]) {
        const ours = emitYamlDocument(doc);
        if (ours !== undefined) expect({ doc, yaml: ours }).toEqual({ doc, yaml: yamlPackageDocument(doc) });
      }
    }
  });

  test('covers the everyday shapes: quantities, CIDRs, versions, quoted numbers, CEL, scripts', () => {
    const doc = {
      resources: { limits: { cpu: '1', memory: '128Mi' }, requests: { cpu: '500m' } },
      cidr: '10.0.0.0/16', ip: '169.254.23.1', version: 'v1.33.1', port: '443', flag: 'true',
      expression: "object.spec.containers.all(c, c.image.matches('^[a-z0-9.-]+\\\\.ocir\\\\.io/.+@sha256:[a-f0-9]{64}$'))",
      negated: "!has(object.metadata.annotations) || !('x' in object.metadata.annotations)",
      script: '#!/bin/bash\nset -euo pipefail\necho "node ready"\n',
      empty: { map: {}, list: [] }, nothing: null, count: 3, on: false,
      list: [{ name: 'a', values: ['x', 'y'] }, [1, 2], {}],
    };
    const ours = emitYamlDocument(doc);
    expect(ours).toBeDefined();
    expect(ours).toBe(yamlPackageDocument(doc));
  });

  test('declines what it does not reproduce: repeated objects (anchors), fractions, control characters', () => {
    const shared = { a: 1 };
    expect(emitYamlDocument({ x: shared, y: shared })).toBeUndefined();
    expect(emitYamlDocument({ ratio: 0.5 })).toBeUndefined();
    expect(emitYamlDocument({ bell: 'a\u0007b' })).toBeUndefined();
    expect(emitYamlDocument('just a scalar')).toBeUndefined();
    expect(emitYamlDocument({ when: new Date(0) })).toBeUndefined();
  });
});

describe('YAML written by the examples', () => {
  const examples = fs.readdirSync(path.join(ROOT, 'examples')).filter((n) => fs.existsSync(path.join(ROOT, 'examples', n, 'main.ts'))).sort();

  test.each(examples)('examples/%s: every YAML file and Helm values document is written by the emitter, as yaml writes it', (name) => {
    const outdir = tempDir(`oke-yaml-${name}-`);
    try {
      require(path.join(ROOT, 'examples', name, 'main')).buildExampleApp(outdir).synth();
      // The parse side only: the package reads each file back, and the emitter must write the same bytes.
      const yaml = require(require.resolve('yaml', { paths: [path.dirname(require.resolve('cdk8s/package.json'))] }));
      const documents: { where: string; text: string }[] = [];
      for (const file of listFiles(outdir)) {
        if (file.endsWith('.yaml')) documents.push({ where: path.relative(outdir, file), text: fs.readFileSync(file, 'utf8') });
        if (file.endsWith('cdk.tf.json')) {
          const releases = JSON.parse(fs.readFileSync(file, 'utf8')).resource?.helm_release ?? {};
          for (const [release, body] of Object.entries<any>(releases)) {
            for (const text of body.values ?? []) documents.push({ where: `${path.relative(outdir, file)} helm_release.${release}`, text });
          }
        }
      }
      expect(documents.length).toBeGreaterThan(0);
      for (const { where, text } of documents) {
        expect({ where, yaml: emitYamlDocument(yaml.parse(text, { version: '1.1' })) }).toEqual({ where, yaml: text });
      }
    } finally {
      fs.rmSync(outdir, { recursive: true, force: true });
    }
  });
});
