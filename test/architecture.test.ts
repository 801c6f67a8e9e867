// The shape of source/ (docs/architecture.md): no import cycles, one core importing nothing of Node or a shell, the
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
 * `external` leaves out type-only imports, which are erased and load nothing; `loaded` is the local files it
 * loads as it loads (no type-only imports, no `import()`).
 */
function importsOf(file: string): {local: string[]; loaded: string[]; external: string[]} {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/^\s*(?:import|export)\s(type\s)?[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)/gm)];
  const local: string[] = [];
  const loaded: string[] = [];
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
    if (target && m[2] && !m[1]) loaded.push(target);
  }
  return {local, loaded, external};
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

  /** The content's compiler (YAML in, the generated files out): run by scripts/build-content.js, never shipped. */
  const COMPILER = ['content/compile.ts', 'content/compile-documents.ts', 'content/schema.ts'];
  const isCore = (f: string) => /^(engine|scoring|output|content|i18n|text)\//.test(rel(f)) && !COMPILER.includes(rel(f).split(path.sep).join('/'));

  it('keeps one core for both shells: engine/, scoring/, output/, content/ and i18n/ import nothing from Node or a shell', () => {
    const core = files.filter(isCore);
    expect(core.length).toBeGreaterThan(20);
    for (const file of core) {
      for (const spec of graph.get(file)!.external) {
        expect(spec.startsWith('node:') || ['react', 'ink', 'fs', 'path', 'child_process'].includes(spec), `${rel(file)} imports ${spec}`).toBe(false);
      }
      // A type-only import counts too: the core is typed by nothing a shell defines.
      for (const dep of graph.get(file)!.local) expect(isCore(dep), `${rel(file)} imports ${rel(dep)}`).toBe(true);
      expect(readFileSync(file, 'utf8'), rel(file)).not.toMatch(/\bprocess\.(env|stdout|stdin|exit|argv|platform|versions)\b|\bBuffer\b/);
    }
  });

  it('ships no part of the content compiler: nothing but the compiler itself imports it', () => {
    for (const [file, {local}] of graph) {
      if (COMPILER.includes(rel(file).split(path.sep).join('/'))) continue;
      for (const dep of local) expect(COMPILER.includes(rel(dep).split(path.sep).join('/')), `${rel(file)} imports ${rel(dep)}`).toBe(false);
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
    expect(seen.has(path.join(ROOT, 'ui', 'chrome.ts'))).toBe(true);
  });

  it('paints the first frame from the two screens a session starts on, loading none of the others, the scoring, the documents or the phone check', () => {
    // Those load with the interface, after the first frame (docs/performance.md).
    const loaded = new Set<string>();
    const walk = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const dep of graph.get(file)!.loaded) walk(dep);
    };
    walk(path.join(ROOT, 'cli', 'interactive.ts'));
    const reached = [...loaded].map((file) => rel(file).split(path.sep).join('/'));
    expect(reached).toEqual(expect.arrayContaining(['ui/first-paint.ts', 'ui/screens/welcome.ts', 'ui/screens/resume.ts']));
    expect(reached.filter((file) => /^(scoring|phone)\/|^output\/documents|^ui\/screens\/(index|question|results|documents|phone)|^cli\/main/.test(file))).toEqual([]);
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

  it('has no file in source/ or scripts/ over about 300 lines without a `// long-file: <reason>` line at its top', () => {
    const top = path.dirname(ROOT);
    const scripts = (readdirSync(path.join(top, 'scripts'), {recursive: true}) as string[]).filter((f) => /\.(m?js|ts)$/.test(f)).map((f) => path.join(top, 'scripts', f));
    const marked = (f: string) => /^\/\/ long-file: \S.{10,}/m.test(readFileSync(f, 'utf8').split('\n').slice(0, 6).join('\n'));
    const long = [...files, ...scripts]
      .map((f) => ({f, lines: readFileSync(f, 'utf8').split('\n').length}))
      .filter(({f, lines}) => lines > 320 && !marked(f));
    expect(long.map(({f, lines}) => `${path.relative(top, f)}: ${lines}`)).toEqual([]);
    // A marker on a short file is an exemption waiting to be used by accident.
    const needless = [...files, ...scripts].filter((f) => marked(f) && readFileSync(f, 'utf8').split('\n').length <= 320);
    expect(needless.map((f) => path.relative(top, f))).toEqual([]);
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
