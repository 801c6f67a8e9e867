// Ready-to-send documents: which ones the answers call for, and each one laid out in one language from its
// blocks in questions/documents/: the text to send, and separately how to send it and keep proof, with the
// sources of what was shown. The answers fill a document in by choosing its blocks and lines, never by
// joining words: what only the person knows stays a blank (________). Pure.
import {language} from '../content/languages.js';
import {type Content, DOCUMENT_IDS, type DocumentBlock, type DocumentContent, type Lang} from '../content/types.js';
import {type Answers, type ConditionContext, evaluate} from '../engine/conditions.js';
import {t} from '../i18n/index.js';
import {checklistContext} from '../scoring/checklist.js';
import {assess} from '../scoring/score.js';
import {reference} from './references.js';

export {DOCUMENT_IDS};

/** A laid-out part: a paragraph, lines (numbered where the content says so), or a table of cells. */
export type Part =
  | {readonly kind: 'paragraph'; readonly text: string}
  | {readonly kind: 'lines'; readonly lines: readonly string[]}
  | {readonly kind: 'table'; readonly rows: readonly (readonly string[])[]};

export interface DocumentView {
  readonly id: string;
  readonly title: string;
  /** What to send: one line per paragraph, never hard-wrapped; a table as records (`tableRecords`). */
  readonly text: string;
  /** How to send it and keep proof (not part of what is sent), ending with the sources. */
  readonly howToSend: string;
  /** The same two, as parts, for layouts other than plain text (Markdown, the screen). */
  readonly parts: {readonly text: readonly Part[]; readonly howToSend: readonly Part[]};
  /** The table to fill in, when the document has one: the header, the rules row, the empty rows. */
  readonly table?: readonly (readonly string[])[];
}

/** Conditions are read as the checklist's are: on the answers as scored, an unanswered question as nothing chosen. */
export function documentContext(content: Content, answers: Answers | undefined): ConditionContext {
  const a = assess(content, answers ?? {});
  return checklistContext(a.answers, a.visible, a.flags);
}

export function documentsFor(content: Content, ctx: ConditionContext): readonly DocumentContent[] {
  return content.documents.filter((doc) => evaluate(doc.when, ctx));
}

/** The ids of the documents these answers call for, in content order. */
export function applicableDocuments(content: Content, answers: Answers | undefined): string[] {
  return documentsFor(content, documentContext(content, answers)).map((doc) => doc.id);
}

export const isDocumentId = (id: string): id is (typeof DOCUMENT_IDS)[number] => (DOCUMENT_IDS as readonly string[]).includes(id);

const CJK_DIGITS = '〇一二三四五六七八九';
/** 1 → 一, 12 → 十二, 20 → 二十: the numbering of a Chinese letter's points. */
function cjkNumber(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${CJK_DIGITS[tens]}十`}${ones === 0 ? '' : CJK_DIGITS[ones]}`;
}
const marker = (i: number, lang: Lang) => (language(lang).typography.numbering === 'arabic' ? `${i + 1}. ` : `${cjkNumber(i + 1)}、`);

function tableRows(doc: DocumentContent, lang: Lang): string[][] {
  const table = doc.table!;
  const header = table.columns.map((c) => c.name[lang]);
  const rules = table.columns.map((c, i) => (i === 0 ? table.rulesLabel[lang] : (c.limit?.[lang] ?? '')));
  const empty = Array.from({length: table.emptyRows}, () => table.columns.map(() => ''));
  return [header, rules, ...empty];
}

/** The blocks whose conditions hold, laid out, with the references behind what is shown. */
function layout(doc: DocumentContent, blocks: readonly DocumentBlock[], ctx: ConditionContext, lang: Lang, refs: Set<string>): Part[] {
  const holds = (part: {readonly when?: DocumentBlock['when']}) => !part.when || evaluate(part.when, ctx);
  const cite = (ids: readonly string[] | undefined) => {
    for (const id of ids ?? []) refs.add(id);
  };
  return blocks.filter(holds).flatMap((block): Part[] => {
    if ('table' in block) {
      for (const c of doc.table?.columns ?? []) cite(c.references);
      return [{kind: 'table', rows: tableRows(doc, lang)}];
    }
    cite(block.references);
    if ('text' in block) return [{kind: 'paragraph', text: block.text[lang]}];
    const shown = block.list.filter(holds);
    const lines = shown.length > 0 ? shown : (block.otherwise ?? []).filter(holds);
    if (lines.length === 0) return [];
    for (const line of lines) cite(line.references);
    const numbered = block.numbered !== false;
    return [{kind: 'lines', lines: lines.map((line, i) => `${numbered ? marker(i, lang) : ''}${line.text[lang]}`)}];
  });
}

/** A Markdown table (a document as Markdown shows its table so; as plain text, as records). */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const row = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  const [header = [], ...rest] = rows;
  return [row(header), row(header.map(() => '---')), ...rest.map(row)].join('\n');
}

const BLANK = '________';

/**
 * A table as plain text: records of "label: value" lines, which read in a chat or a notes app, at 40
 * columns and to a screen reader, where a Markdown table's rows are too wide and read as runs of bars.
 * First the rules row (its first cell names it, each other cell is the rule for its column), then each row
 * with something in it, then one empty record to copy for the next entry.
 */
export function tableRecords(content: Content, lang: Lang, rows: readonly (readonly string[])[]): string {
  const [header = [], rules = [], ...rest] = rows;
  const field = (label: string, value: string) => `- ${t(content, 'document.rule', lang, {label, rule: value})}`;
  const ruled = header.flatMap((name, i) => (i > 0 && rules[i] ? [field(name, rules[i])] : []));
  const blocks = [[rules[0] ?? '', ...ruled].join('\n')];
  const filled = rest.filter((row) => row.some((cell) => cell !== ''));
  for (const row of filled) blocks.push(header.map((name, i) => field(name, row[i] || BLANK)).join('\n'));
  if (filled.length < rest.length) blocks.push([t(content, 'document.record', lang), ...header.map((name) => field(name, BLANK))].join('\n'));
  return blocks.join('\n\n');
}

/** Parts as plain text: a paragraph a line, lines as they are, a table as records. */
function partsText(content: Content, lang: Lang, parts: readonly Part[]): string {
  return parts
    .map((part) => (part.kind === 'paragraph' ? part.text : part.kind === 'lines' ? part.lines.join('\n') : tableRecords(content, lang, part.rows)))
    .join('\n\n');
}

/**
 * For a document whose reader reads Chinese (`sendInChinese`), shown in English: send the Chinese version.
 * The first paragraph of "how to send"; a screen shows it above the text too, before anything is copied.
 */
export function sendChineseNote(content: Content, id: string, lang: Lang): string | undefined {
  return needsChineseVersion(content, id, lang) ? t(content, 'document.sendChinese', lang, {id}) : undefined;
}

/** The document's reader reads Chinese (`sendInChinese`) and `lang` is not Chinese (the languages table). */
export function needsChineseVersion(content: Content, id: string, lang: Lang): boolean {
  return content.documents.find((d) => d.id === id)?.sendInChinese === true && !language(lang).chinese;
}

/** One document in one language, filled in from the answers (blanks where there are none). */
export function documentView(content: Content, id: string, lang: Lang, answers?: Answers): DocumentView {
  const doc = content.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`Unknown document "${id}"`);
  const ctx = documentContext(content, answers);
  const refs = new Set<string>(doc.references);
  const text = layout(doc, doc.text, ctx, lang, refs);
  const how = layout(doc, doc.howToSend, ctx, lang, refs);
  const chinese = sendChineseNote(content, id, lang);
  const note: Part[] = chinese ? [{kind: 'paragraph', text: chinese}] : [];
  const sources: Part[] =
    refs.size === 0
      ? []
      : [
          {kind: 'paragraph', text: t(content, 'document.sources', lang)},
          {kind: 'lines', lines: [...refs].map((r) => reference(content, r, lang)).map((r) => `- ${r.text}${r.url ? ` ${r.url}` : ''}`)},
        ];
  // How to keep a table as a file is said by where it is shown (a key, a command): one string, replaced there.
  const keep: Part[] = doc.table ? [{kind: 'paragraph', text: t(content, 'document.exportTable', lang, {id})}] : [];
  const howToSend = [...note, ...how, ...keep, ...sources];
  return {
    id,
    title: doc.title[lang],
    text: partsText(content, lang, text),
    howToSend: partsText(content, lang, howToSend),
    parts: {text, howToSend},
    ...(doc.table ? {table: tableRows(doc, lang)} : {}),
  };
}
