// Build-time: the documents of questions/documents/ (one file per document, plus shared.yaml with the blocks
// and the lines several of them share), validated and checked against the rest of the content.
import {existsSync, readdirSync} from 'node:fs';
import path from 'node:path';
import type {z} from 'zod';
import {documentFile, type sourceLocalized, sharedFile} from './schema.js';
import {
  type Condition,
  type Conditional,
  DOCUMENT_IDS,
  type DocumentBlock,
  type DocumentContent,
  type DocumentId,
  type DocumentTable,
  type Localized,
} from './types.js';

type SourceLocalized = z.infer<typeof sourceLocalized>;
type SourceDocument = z.infer<typeof documentFile>;
type SourceBlock = SourceDocument['text'][number];
type Plain = Exclude<SourceBlock, {use: string}>;
type SourceLine = {readonly when?: Condition; readonly text: SourceLocalized; readonly references?: readonly string[]; readonly unlicensedOnly?: true | 'conditional'};

/** What compiling the documents needs of the content compiler. */
export interface DocumentChecks {
  readonly load: <S extends z.ZodType>(dir: string, file: string, schema: S) => z.infer<S>;
  readonly localize: (value: SourceLocalized, where: string) => Localized;
  readonly condition: (cond: Condition, where: string) => void;
  readonly references: (ids: readonly string[], where: string) => void;
  readonly error: (message: string) => void;
}

export const DOCUMENTS_DIR = 'documents';
const SHARED = 'shared.yaml';

export function compileDocuments(dir: string, check: DocumentChecks): DocumentContent[] {
  const file = (name: string) => path.join(DOCUMENTS_DIR, name);
  const docsDir = path.join(dir, DOCUMENTS_DIR);
  const shared = existsSync(path.join(docsDir, SHARED)) ? check.load(dir, file(SHARED), sharedFile) : {blocks: {}};
  const sharedLines = shared.lines ?? {};
  const used = new Set<string>();
  const lookup = <T>(table: Readonly<Record<string, T>>, name: string, where: string): T | undefined => {
    used.add(name);
    const found = table[name];
    if (!found) check.error(`${where}: nothing shared is named "${name}"`);
    return found;
  };

  const compileLines = (parts: readonly (SourceLine | {readonly use: string})[], at: string): Conditional<Localized>[] =>
    parts
      .flatMap((part) => ('use' in part ? (lookup(sharedLines, part.use, at) ?? []) : [part]))
      .map((part, n) => {
        if (part.when) check.condition(part.when, `${at}[${n}]`);
        if (part.references) check.references(part.references, `${at}[${n}]`);
        return {...part, text: check.localize(part.text, `${at}[${n}]`)};
      });

  const compileBlock = (one: Plain, at: string, hasTable: boolean): DocumentBlock => {
    if (one.when) check.condition(one.when, at);
    if ('table' in one) {
      if (!hasTable) check.error(`${at}: a table block in a document without a table`);
      return one;
    }
    if (one.references) check.references(one.references, at);
    if ('text' in one) return {...one, text: check.localize(one.text, at)};
    const {otherwise, ...rest} = one;
    return {...rest, list: compileLines(one.list, `${at}.list`), ...(otherwise ? {otherwise: compileLines(otherwise, `${at}.otherwise`)} : {})};
  };

  const compileBlocks = (blocks: readonly SourceBlock[], where: string, hasTable: boolean): DocumentBlock[] =>
    blocks.flatMap((b, i) => {
      const at = `${where}[${i}]`;
      if (!('use' in b)) return [compileBlock(b, at, hasTable)];
      const found = lookup(shared.blocks, b.use, at) ?? [];
      if (found.some((x) => 'use' in x)) check.error(`${at}: shared block "${b.use}" uses another block`);
      return (found.filter((x) => !('use' in x)) as Plain[]).map((x, j) => compileBlock(x, `${at} (${b.use}[${j}])`, hasTable));
    });

  const compileTable = (table: NonNullable<SourceDocument['table']>, where: string): DocumentTable => {
    if (table.columns[0]?.limit) check.error(`${where} table: the first column holds the label of the rules row, so it has no rule`);
    return {
      ...table,
      rulesLabel: check.localize(table.rulesLabel, `${where} table.rulesLabel`),
      columns: table.columns.map((c, n) => {
        const at = `${where} table.columns[${n}]`;
        if (c.references) check.references(c.references, at);
        const {limit, ...rest} = c;
        return {...rest, name: check.localize(c.name, `${at}.name`), ...(limit ? {limit: check.localize(limit, `${at}.limit`)} : {})};
      }),
    };
  };

  const documents = readdirSync(docsDir)
    .filter((f) => f.endsWith('.yaml') && f !== SHARED)
    .sort()
    .map((f): DocumentContent => {
      const where = file(f);
      const doc = check.load(dir, where, documentFile);
      if (`${doc.id}.yaml` !== f) check.error(`${where}: the file of document "${doc.id}" must be named ${doc.id}.yaml`);
      if (!(DOCUMENT_IDS as readonly string[]).includes(doc.id)) check.error(`${where}: "${doc.id}" is not a document id`);
      check.condition(doc.when, where);
      check.references(doc.references, where);
      if (doc.table && !doc.text.some((b) => 'table' in b)) check.error(`${where}: its table is never shown in the text`);
      const {table, ...rest} = doc;
      return {
        ...rest,
        id: doc.id as DocumentId,
        title: check.localize(doc.title, `${where} title`),
        text: compileBlocks(doc.text, `${where} text`, table !== undefined),
        howToSend: compileBlocks(doc.howToSend, `${where} howToSend`, false),
        ...(table ? {table: compileTable(table, where)} : {}),
      };
    });
  for (const name of [...Object.keys(shared.blocks), ...Object.keys(sharedLines)]) {
    if (!used.has(name)) check.error(`${file(SHARED)}: "${name}" is never used`);
  }
  for (const id of DOCUMENT_IDS) {
    const count = documents.filter((d) => d.id === id).length;
    if (count !== 1) check.error(`${DOCUMENTS_DIR}/: document "${id}" is defined ${count} times`);
  }
  return DOCUMENT_IDS.flatMap((id) => documents.filter((d) => d.id === id));
}
