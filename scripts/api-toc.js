#!/usr/bin/env node
// Post-processes jsii-docgen's API.md (part of `npm run docgen`): inserts a table of contents after the title,
// one line per section (Constructs, Structs, Classes, ...) listing its entries with their anchors. Idempotent.
'use strict';
const fs = require('fs');

const file = process.argv[2] || 'API.md';
const START = '<!-- toc -->';
const END = '<!-- tocstop -->';
let text = fs.readFileSync(file, 'utf8');
text = text.replace(new RegExp(`${START}[\\s\\S]*?${END}\\n\\n`), '');

const sections = [];
for (const line of text.split('\n')) {
  const m = /^(##|###) (.+?) <a name="[^"]*" id="([^"]+)"><\/a>$/.exec(line);
  if (!m) continue;
  if (m[1] === '##') sections.push({ title: m[2], id: m[3], entries: [] });
  else if (sections.length) sections[sections.length - 1].entries.push({ title: m[2], id: m[3] });
}
const toc = [START, '## Table of contents', ''];
for (const s of sections) {
  toc.push(`- [${s.title}](#${s.id}) (${s.entries.length}): ${s.entries.map((e) => `[${e.title}](#${e.id})`).join(' · ')}`);
}
toc.push(END, '');

const lines = text.split('\n');
const at = lines.findIndex((l) => l.startsWith('# '));
if (at < 0) throw new Error(`${file}: no title line`);
lines.splice(at + 2, 0, ...toc, '');
fs.writeFileSync(file, lines.join('\n'));
