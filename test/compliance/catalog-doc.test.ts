import * as fs from 'fs';
import * as path from 'path';
import { catalogMarkdown } from '../../lib/compliance/catalog-doc';

const DOC = path.resolve(__dirname, '..', '..', 'lib', 'compliance', 'CONTROLS.md');

test('lib/compliance/CONTROLS.md is generated from the catalog', () => {
  if (process.env.UPDATE_CONTROLS_DOC) fs.writeFileSync(DOC, catalogMarkdown());
  expect(fs.readFileSync(DOC, 'utf8')).toBe(catalogMarkdown());
});

test('the READMEs state the catalog size the code has', () => {
  const { CATALOG } = require('../../lib/compliance/catalog/catalog');
  for (const file of ['README.md', 'lib/compliance/README.md']) {
    const text = fs.readFileSync(path.resolve(__dirname, '..', '..', file), 'utf8');
    const claimed = /catalog of (\d+) controls/i.exec(text);
    expect({ file, controls: claimed && Number(claimed[1]) }).toEqual({ file, controls: CATALOG.length });
  }
});
