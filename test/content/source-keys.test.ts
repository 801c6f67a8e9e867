// Every UI string key the source code uses exists in content.ui, and every reason id score.ts can emit exists
// in content.reasons. Found by reading the source, so a new key without a string fails here, not at run time.
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {PRIORITIES} from '../../source/content/types.js';
import {LEVELS} from '../../source/scoring/types.js';
import {ROOT} from './helpers.js';

const SOURCE = path.join(ROOT, 'source');
const files = (readdirSync(SOURCE, {recursive: true}) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !path.basename(f).startsWith('generated'))
  .map((f) => path.join(SOURCE, f));

const parseFile = (file: string) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);

function visit(node: ts.Node, f: (n: ts.Node) => void) {
  f(node);
  node.forEachChild((c) => visit(c, f));
}

const calleeName = (call: ts.CallExpression) =>
  ts.isIdentifier(call.expression)
    ? call.expression.text
    : ts.isPropertyAccessExpression(call.expression)
      ? call.expression.name.text
      : '';

/** Values a template like `level.${x}` can take, by prefix. */
const TEMPLATE_VALUES: Record<string, readonly string[]> = {
  'level.': LEVELS,
  'stage.': ['prevention', 'warning_signs', 'happening'],
  'priority.': PRIORITIES,
};

/** Families of UI keys: any string literal in source shaped like `family.name` is taken to be a UI key. */
const FAMILIES = new Set(Object.keys(content.ui).filter((k) => k.includes('.')).map((k) => k.split('.')[0]!));

interface Use {
  readonly key: string;
  readonly where: string;
}

function uiKeyUses(): {uses: Use[]; templates: Use[]} {
  const uses: Use[] = [];
  const templates: Use[] = [];
  for (const file of files) {
    const sf = parseFile(file);
    const where = (n: ts.Node) => `${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    visit(sf, (n) => {
      // t(content, 'key', …): any literal key, including those without a dot ('disclaimer').
      if (ts.isCallExpression(n) && calleeName(n) === 't' && n.arguments.length >= 2) {
        const arg = n.arguments[1]!;
        if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) uses.push({key: arg.text, where: where(arg)});
        else if (ts.isTemplateExpression(arg)) templates.push({key: arg.head.text, where: where(arg)});
      }
      // Keys passed around before reaching t (say('cli.help'), fail('error.json', …), keymaps, menus).
      if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && /^[a-z][a-zA-Z]*\.[a-zA-Z0-9_.]*[a-zA-Z0-9_]$/.test(n.text)) {
        const family = n.text.split('.')[0]!;
        const parent = n.parent;
        const isPrefixTest = ts.isCallExpression(parent) && ['startsWith', 'endsWith', 'includes'].includes(calleeName(parent));
        const isImport = ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent);
        if (FAMILIES.has(family) && !isPrefixTest && !isImport) uses.push({key: n.text, where: where(n)});
      }
    });
  }
  return {uses, templates};
}

describe('UI strings used by the source', () => {
  const {uses, templates} = uiKeyUses();

  it('finds the keys (the scan works)', () => {
    const keys = new Set(uses.map((u) => u.key));
    for (const known of ['disclaimer', 'reviewed', 'crisis.title', 'report.level', 'cli.hint', 'error.json']) {
      expect(keys, known).toContain(known);
    }
    expect(templates.map((t) => t.key)).toContain('level.');
  });

  it('every literal key exists in content.ui', () => {
    const missing = uses.filter((u) => !(u.key in content.ui)).map((u) => `${u.where}: ${u.key}`);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('every key a template can produce (level.*, stage.*, priority.*) exists in content.ui', () => {
    const missing: string[] = [];
    for (const {key: prefix, where} of templates) {
      const values = TEMPLATE_VALUES[prefix];
      if (!values) {
        missing.push(`${where}: template key "${prefix}\${…}" with unknown values: add it to TEMPLATE_VALUES`);
        continue;
      }
      for (const v of values) if (!(`${prefix}${v}` in content.ui)) missing.push(`${where}: ${prefix}${v}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('reason ids emitted by the scoring', () => {
  const scoring = files.filter((f) => f.startsWith(path.join(SOURCE, 'scoring') + path.sep));
  /** The literal ids of weigh(id, …) (ternaries followed into both branches) and of `{id, …, because}` objects. */
  function emitted(): Set<string> {
    const ids = new Set<string>();
    const literals = (e: ts.Expression): void => {
      if (ts.isStringLiteral(e)) ids.add(e.text);
      else if (ts.isConditionalExpression(e)) {
        literals(e.whenTrue);
        literals(e.whenFalse);
      } else if (ts.isParenthesizedExpression(e)) literals(e.expression);
      else throw new Error(`scoring: a reason id that is not a literal: ${e.getText()}`);
    };
    for (const sf of scoring.map(parseFile)) visit(sf, (n) => {
      if (ts.isCallExpression(n) && calleeName(n) === 'weigh' && n.arguments[0]) {
        literals(n.arguments[0]);
      }
      if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && n.name.text === 'id' && ts.isObjectLiteralExpression(n.parent)) {
        const hasBecause = n.parent.properties.some((p) => p.name && ts.isIdentifier(p.name) && p.name.text === 'because');
        if (hasBecause) literals(n.initializer);
      }
    });
    return ids;
  }

  it('finds the ids (the scan works)', () => {
    const ids = emitted();
    for (const known of ['critical_rule', 'already_reached', 'contacts_exposed', 'lender_risky', 'lender_licensed', 'no_debt']) expect(ids).toContain(known);
  });

  it('every one exists in content.reasons', () => {
    const known = new Set(content.reasons.map((r) => r.id));
    expect([...emitted()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('content.reasons has no reason the scoring never emits', () => {
    const ids = emitted();
    expect(content.reasons.map((r) => r.id).filter((id) => !ids.has(id))).toEqual([]);
  });
});
