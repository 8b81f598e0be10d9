import * as fs from 'fs';
import * as path from 'path';
import { controlAnchor } from './catalog-doc';

/** name, version and repository of this package, read once at run time (lib/compliance/ -> package.json). */
function packageJson(): { name: string; version: string; repository?: { url?: string } } {
  try {
    return JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8'));
  } catch {
    return { name: 'cdktf-hardened-oke', version: '0.0.0' };
  }
}

const PKG = packageJson();
export const TOOL_NAME = 'cdktf-hardened-oke';
export const TOOL_VERSION = PKG.version;
export const REPOSITORY_URL = (PKG.repository?.url ?? 'https://github.com/cdktf-hardened-oke/cdktf-hardened-oke').replace(/^git\+/, '').replace(/\.git$/, '');

/** Where a control is documented: its row in CONTROLS.md at the tag of this version. */
export function controlHelpUri(id: string): string {
  return `${REPOSITORY_URL}/blob/v${TOOL_VERSION}/lib/compliance/CONTROLS.md#${controlAnchor(id)}`;
}
