import * as fs from 'fs';
import * as path from 'path';
import { catalogMarkdown } from '../../lib/compliance/catalog-doc';

const DOC = path.resolve(__dirname, '..', '..', 'lib', 'compliance', 'CONTROLS.md');

test('lib/compliance/CONTROLS.md is generated from the catalog', () => {
  if (process.env.UPDATE_CONTROLS_DOC) fs.writeFileSync(DOC, catalogMarkdown());
  expect(fs.readFileSync(DOC, 'utf8')).toBe(catalogMarkdown());
});
