// The shape of source/ (docs/architecture.md): no import cycles, the pure core importing no I/O, the
// interface's layout importing no React or Ink (the first frame is painted without them), and no file too
// long to read without a reason written at its top.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '..', 'source');
const files = (readdirSync(ROOT, {recursive: true}) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !path.basename(f).startsWith('generated'))
  .map((f) => path.join(ROOT, f));
const rel = (f: string) => path.relative(ROOT, f);

/**
 * Every import and export-from of a file: relative ones resolved to files, packages and node: by name;
 * `external` leaves out type-only imports, which are erased and load nothing.
 */
function importsOf(file: string): {local: string[]; external: string[]} {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\s(type\s)?[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)];
  const local: string[] = [];
  const external: string[] = [];
  for (const m of found) {
    const spec = m[2] ?? m[3]!;
    if (!spec.startsWith('.')) {
      if (!m[1]) external.push(spec);
      continue;
    }
    const base = path.resolve(path.dirname(file), spec).replace(/\.js$/, '');
    const target = files.find((f) => f.replace(/\.tsx?$/, '') === base);
    if (target) local.push(target);
  }
  return {local, external};
}

const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('source/', () => {
  it('has no import cycle (type imports included)', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const dep of graph.get(file)!.local) {
        if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].map(rel).join(' -> '));
        else if (!state.has(dep)) visit(dep);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of files) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
    expect(files.length).toBeGreaterThan(40);
  });

  it('keeps the core pure: engine/, scoring/ and output/ import no React, Ink, file system or process', () => {
    const core = files.filter((f) => /^(engine|scoring|output)\//.test(rel(f)));
    expect(core.length).toBeGreaterThan(10);
    for (const file of core) {
      for (const spec of graph.get(file)!.external) {
        expect(['react', 'ink', 'node:fs', 'node:fs/promises', 'node:child_process', 'node:process'], `${rel(file)} imports ${spec}`).not.toContain(spec);
      }
      expect(readFileSync(file, 'utf8'), rel(file)).not.toMatch(/\bprocess\.(env|stdout|stdin|exit|argv)\b/);
    }
  });

  it('lays out the interface without React or Ink: everything the first frame imports is plain TypeScript', () => {
    const seen = new Set<string>();
    const walk = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of graph.get(file)!.external) expect(['react', 'ink', 'react/jsx-runtime'], `${rel(file)} imports ${spec}`).not.toContain(spec);
      for (const dep of graph.get(file)!.local) walk(dep);
    };
    walk(path.join(ROOT, 'ui', 'first-paint.ts'));
    expect(seen.has(path.join(ROOT, 'ui', 'frame.ts'))).toBe(true);
  });

  it('imports across folders only as the table in docs/architecture.md allows (what may import what)', () => {
    const page = readFileSync(path.resolve(ROOT, '..', 'docs', 'architecture.md'), 'utf8');
    const table = /<!-- layers -->([\s\S]*?)<!-- \/layers -->/.exec(page)?.[1] ?? '';
    const allowed = new Map<string, string[]>();
    for (const row of table.matchAll(/^\| `([\w.]+)\/?` \| (.*) \|$/gm)) allowed.set(row[1]!, [...row[2]!.matchAll(/`(\w+)\/`/g)].map((m) => m[1]!));
    const folder = (f: string) => rel(f).split(path.sep)[0]!;
    // Every folder has its row: a new one is placed in the table before anything may import it.
    expect([...allowed.keys()].sort()).toEqual([...new Set(files.map(folder))].sort());
    const crossings: string[] = [];
    for (const [file, {local}] of graph) {
      for (const dep of local) {
        const from = folder(file);
        const to = folder(dep);
        if (from !== to && !allowed.get(from)?.includes(to)) crossings.push(`${rel(file)} -> ${rel(dep)}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it('has no file over about 300 lines without a reason written at its top', () => {
    const long = files
      .map((f) => ({f, lines: readFileSync(f, 'utf8').split('\n').length}))
      .filter(({f, lines}) => lines > 320 && !/^\/\/.*\b(long|lines)\b/im.test(readFileSync(f, 'utf8').split('\n').slice(0, 6).join('\n')));
    expect(long.map(({f, lines}) => `${rel(f)}: ${lines}`)).toEqual([]);
  });

  it('cites no file outside the repository and no machine path in a comment', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(text, rel(file)).not.toMatch(/PRODUCT\.md|TECH-NOTES|STYLE\.md|\.\.\/shared\/|\/work\/|\/home\/\w+\//);
    }
  });

  it('nor do the comments of the tests, the scripts and the content', () => {
    const top = path.dirname(ROOT);
    const others = ['test', 'scripts', 'questions'].flatMap((dir) =>
      (readdirSync(path.join(top, dir), {recursive: true}) as string[])
        .filter((f) => /\.(tsx?|m?js|cjs|ya?ml)$/.test(f) && !f.includes('fixtures'))
        .map((f) => path.join(top, dir, f)),
    );
    for (const file of others) {
      const comments = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /^\s*(\/\/|\*|\/\*|#)/.test(line));
      expect(comments.join('\n'), path.relative(top, file)).not.toMatch(/PRODUCT\.md|TECH-NOTES|STYLE\.md|\.\.\/shared\/|\/work\/|\/home\/\w+\//);
    }
  });
});
