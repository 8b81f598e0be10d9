/**
 * TypeScript snippets of the documentation, extracted mechanically from the markdown so the docs can run as tests
 * (test/docs/installed-package.docs-test.ts). Every ```ts (or ```typescript) block is a snippet:
 *   - a block with top-level test(...)/it(...)/describe(...) calls runs under jest;
 *   - any other block is a cdktf app: it must compile and synthesize (`node` runs it);
 *   - ```ts fragment   marks a block that is not meant to compile or run on its own (use sparingly, say why next to it).
 */
export type SnippetKind = 'app' | 'jest' | 'fragment';

export interface Snippet {
  /** Markdown file the snippet comes from, relative to the repository. */
  readonly file: string;
  /** 1-based line of the opening fence. */
  readonly line: number;
  readonly kind: SnippetKind;
  readonly code: string;
}

const FENCE = /^```(\S*)(?:[ \t]+(.*))?$/;

export function extractSnippets(markdown: string, file: string): Snippet[] {
  const lines = markdown.split('\n');
  const out: Snippet[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i].trimEnd());
    if (!open || open[1] === '') continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i].trimEnd() !== '```'; i++) body.push(lines[i]);
    if (i >= lines.length) throw new Error(`${file}:${start + 1}: code block is never closed`);
    if (!['ts', 'typescript'].includes(open[1])) continue;
    const flags = (open[2] ?? '').split(/\s+/).filter(Boolean);
    const unknown = flags.filter((f) => f !== 'fragment');
    if (unknown.length) throw new Error(`${file}:${start + 1}: unknown snippet flag(s) ${unknown.join(', ')} (only "fragment")`);
    const code = body.join('\n') + '\n';
    const kind: SnippetKind = flags.includes('fragment') ? 'fragment' : /^(test|it|describe)\(/m.test(code) ? 'jest' : 'app';
    out.push({ file, line: start + 1, kind, code });
  }
  return out;
}

/** The markdown files whose snippets CI runs against the packed library. */
export const DOCUMENTED_FILES = ['README.md', 'lib/testing/README.md'];
