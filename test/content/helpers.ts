// Shared by the content tests: where the real content lives, broken copies of it, and a generic string walk.
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parse, stringify} from 'yaml';
import type {Condition, DocumentContent, Localized} from '../../source/content/types.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const QUESTIONS_DIR = path.join(ROOT, 'questions');

/** Copies questions/ to a temporary folder, lets `edit` change one parsed YAML file, and returns the folder. */
// biome-ignore lint/suspicious/noExplicitAny: parsed YAML that each test edits freely, shaped by the schema.
export function brokenCopy(file: string, edit: (data: any) => void): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dpc-content-'));
  cpSync(QUESTIONS_DIR, dir, {recursive: true});
  const full = path.join(dir, file);
  const data = parse(readFileSync(full, 'utf8'));
  edit(data);
  writeFileSync(full, stringify(data));
  return dir;
}

export function removeDir(dir: string) {
  rmSync(dir, {recursive: true, force: true});
}

const LOCALIZED_KEYS = ['en', 'zh-Hans', 'zh-Hant'];

export function isLocalized(value: unknown): value is Localized {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value).sort();
  return keys.length === 3 && keys.every((k, i) => k === LOCALIZED_KEYS[i]);
}

/** Every localized string object anywhere in `value`, with a path naming where it is. */
export function localizedStrings(value: unknown, where = 'content'): {where: string; text: Localized}[] {
  if (isLocalized(value)) return [{where, text: value}];
  if (Array.isArray(value)) return value.flatMap((v, i) => localizedStrings(v, `${where}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    const id = (value as {id?: unknown}).id;
    return Object.entries(value).flatMap(([k, v]) =>
      localizedStrings(v, `${where}${typeof id === 'string' ? `(${id})` : ''}.${k}`),
    );
  }
  return [];
}

/** One shown-or-not piece of a document: a block, or one line of a list, with the conditions it sits under. */
export interface DocumentPiece {
  readonly where: string;
  readonly when: readonly Condition[];
  readonly references: readonly string[];
}

/** Every block and line of a document, named "id.text[n]", "id.howToSend[n].list[m]", "id.table.columns[n]". */
export function documentPieces(doc: DocumentContent): DocumentPiece[] {
  const pieces: DocumentPiece[] = [];
  for (const part of ['text', 'howToSend'] as const) {
    doc[part].forEach((block, n) => {
      const where = `${doc.id}.${part}[${n}]`;
      const when = block.when ? [block.when] : [];
      if ('table' in block) {
        const columns = doc.table?.columns ?? [];
        pieces.push({where, when, references: columns.flatMap((c) => c.references ?? [])});
        return;
      }
      pieces.push({where, when, references: block.references ?? []});
      if (!('list' in block)) return;
      // `otherwise` is shown when no line of the list is: never, if one of them always is ({any: []} is false).
      const whens = block.list.map((line) => line.when);
      const noLine: Condition = whens.every((w) => w !== undefined) ? {not: {any: whens as Condition[]}} : {any: []};
      for (const [kind, lines, extra] of [['list', block.list, []], ['otherwise', block.otherwise ?? [], [noLine]]] as const) {
        lines.forEach((line, m) => {
          const all = [...when, ...extra, ...(line.when ? [line.when] : [])];
          pieces.push({where: `${where}.${kind}[${m}]`, when: all, references: line.references ?? []});
        });
      }
    });
  }
  return pieces;
}

/** Every reference a document can cite, anywhere in it. */
export const documentReferences = (doc: DocumentContent) => [...doc.references, ...documentPieces(doc).flatMap((p) => p.references)];
