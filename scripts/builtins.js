// Node's built-in modules in the built CLI, taken with process.getBuiltinModule (Node >= 20.16, the engines
// field) instead of the ES-module imports the bundle writes at the top of each file: applied by scripts/build.js
// to every file it writes, tested in test/build/builtins.test.ts.
//
// Why: Node gives a built-in imported as an ES module a facade, and builds it by reading every one of the
// module's exports, getters included. `import process from 'node:process'` (chalk's supports-color, on the
// first frame) builds process.allowedNodeEnvironmentFlags and loads the diagnostic report; an import of
// node:fs loads its streams, its watchers and fs/promises. Measured on Node 22, a file that only imports one:
// about 10 ms of CPU for node:process, 7 for node:fs (docs/performance.md). Taken by getBuiltinModule, each is
// the module itself, and a property is read only where the code reads it.
import {builtinModules} from 'node:module';

const BUILTINS = new Set(builtinModules);
const isBuiltin = (spec) => spec.startsWith('node:') || BUILTINS.has(spec);

/**
 * A static import as esbuild prints it, minified or not: at the start of the file or after the statement
 * before it (esbuild puts each module's imports where its code begins, so also after a `}`), in the forms
 * `import a from"x"`, `import{a as b,c}from"x"`, `import*as a from"x"`, `import a,{b}from"x"` and
 * `import"x"`. Its `;` is left where it is.
 */
const STATIC_IMPORT =
  /(^|[;\n}])[ \t]*import\s*(?:(?:([\w$]+)\s*(?:,\s*)?)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*from\s*)?["']([^"'\n]+)["'](?=[;\n]|$)/g;

/** Whatever still names a module statically once the imports are rewritten: `from"x"`, `import"x"`. */
const LEFT = /\b(?:from|import)\s*["']([^"'\n]+)["']/g;

/** `{a as b, default as c, d}` as declarations: a destructuring of the module, and the module itself. */
function bindings(named) {
  const pairs = named
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [imported, local = imported] = part.split(/\s+as\s+/);
      return {imported, local};
    });
  const whole = pairs.filter((p) => p.imported === 'default').map((p) => p.local);
  const props = pairs.filter((p) => p.imported !== 'default').map((p) => (p.imported === p.local ? p.local : `${p.imported}:${p.local}`));
  return {whole, props};
}

/**
 * `text` (one built file) with each static import of a built-in module taken out, and the same bindings
 * declared at the top of the file, each taken with process.getBuiltinModule: at the top, as an import would
 * be bound before any of the file's code runs. Throws if a static import of a built-in is left (a form this
 * does not know), so that a new form is looked at rather than shipped slow.
 */
export function builtinsByGetter(text, file = 'a built file') {
  const declarations = [];
  const rest = text.replace(STATIC_IMPORT, (whole, lead, name, named, namespace, spec) => {
    if (!isBuiltin(spec)) return whole;
    const module = `globalThis.process.getBuiltinModule(${JSON.stringify(spec.startsWith('node:') ? spec : `node:${spec}`)})`;
    const {whole: wholes, props} = named === undefined ? {whole: [], props: []} : bindings(named);
    const locals = [name, namespace, ...wholes].filter(Boolean);
    if (locals.length === 0 && props.length === 0) declarations.push(module);
    for (const local of locals) declarations.push(`const ${local}=${module}`);
    if (props.length > 0) declarations.push(`const{${props.join(',')}}=${locals[0] ?? module}`);
    return lead;
  });
  for (const [, spec] of rest.matchAll(LEFT)) {
    if (isBuiltin(spec)) throw new Error(`build: ${file} still imports ${spec} as an ES module; see scripts/builtins.js`);
  }
  return declarations.length === 0 ? rest : `${declarations.join(';')};\n${rest}`;
}
