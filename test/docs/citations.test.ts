// The repository explains itself: every docs/ page and section a comment names exists, every link and every
// repository path written in docs/ and the README leads to something that exists, and docs/README.md lists
// every page.
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {ROOT, read} from './helpers.js';

const FOLDERS = ['source', 'test', 'scripts', 'questions'];
const codeFiles = FOLDERS.flatMap((dir) =>
  (readdirSync(path.join(ROOT, dir), {recursive: true}) as string[])
    .filter((f) => /\.(tsx?|m?js|ya?ml)$/.test(f) && !path.basename(f).startsWith('generated'))
    .map((f) => `${dir}/${f}`),
);
const PAGES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

const headings = (page: string) => [...read(page).matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!);
/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
const slug = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');

/** The pages of docs/ that files cite, with the section named after a comma where there is one. */
function citations(): {where: string; file: string; section?: string}[] {
  const found: {where: string; file: string; section?: string}[] = [];
  for (const where of codeFiles) {
    for (const m of read(where).matchAll(/(?<![\w/.])docs\/([\w./-]*\w)(?:,\s*([^),]+))?/g)) {
      const section = m[2]?.trim();
      found.push({where, file: `docs/${m[1]}`, ...(section && !section.startsWith('docs/') ? {section} : {})});
    }
  }
  return found;
}

describe('docs/ as the code cites it', () => {
  const cited = citations();

  it('finds the citations (the scan works)', () => {
    expect(cited.map((c) => c.file)).toEqual(expect.arrayContaining(['docs/contract.md', 'docs/cli.md', 'docs/architecture.md', 'docs/schemas/phone.schema.json']));
    expect(cited.filter((c) => c.section).length).toBeGreaterThan(5);
  });

  it('every cited page exists', () => {
    expect(cited.filter((c) => !existsSync(path.join(ROOT, c.file))).map((c) => `${c.where}: ${c.file}`)).toEqual([]);
  });

  it('every cited section is a heading of its page', () => {
    const missing = cited
      .filter((c) => c.section && c.file.endsWith('.md'))
      .filter((c) => !headings(c.file).some((h) => h.toLowerCase().includes(c.section!.toLowerCase())))
      .map((c) => `${c.where}: ${c.file}, ${c.section}`);
    expect(missing).toEqual([]);
  });
});

describe('docs/ and the README', () => {
  it('every relative link leads to a file, and every #anchor to a heading there', () => {
    const broken: string[] = [];
    let links = 0;
    for (const page of PAGES) {
      for (const m of read(page).matchAll(/\]\(([^)\s]+)\)/g)) {
        const target = m[1]!;
        if (/^[a-z]+:/.test(target)) continue;
        links++;
        const [file, anchor] = target.split('#');
        const resolved = file ? path.relative(ROOT, path.resolve(ROOT, path.dirname(page), file)) : page;
        if (!existsSync(path.join(ROOT, resolved))) broken.push(`${page}: ${target}`);
        else if (anchor && !headings(resolved).map(slug).includes(anchor)) broken.push(`${page}: ${target} (no such heading)`);
      }
    }
    expect(links).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('every repository path written in code quotes exists', () => {
    const missing: string[] = [];
    for (const page of PAGES) {
      for (const m of read(page).matchAll(/`((?:source|test|scripts|questions|docs)\/[^`\s]*)`/g)) {
        const file = m[1]!.replace(/[.,:;]$/, '');
        if (/[<*]/.test(file)) continue; // a pattern, not a path
        if (!existsSync(path.join(ROOT, file))) missing.push(`${page}: ${file}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('docs/README.md links every page and schema of docs/', () => {
    const index = read('docs/README.md');
    const pages = readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md') && f !== 'README.md');
    const schemas = readdirSync(path.join(ROOT, 'docs', 'schemas')).map((f) => `schemas/${f}`);
    expect([...pages, ...schemas].filter((f) => !index.includes(`](${f})`))).toEqual([]);
  });
});
