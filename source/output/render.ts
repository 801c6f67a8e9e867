// Plain-text and Markdown renderings of a result: the --answers report, and the checklist as copied or
// exported. Markdown is CommonMark that renders as written: heading levels never skip, and each item's
// title, steps and references are blocks of their own inside its list item. Pure.
import type {Content, Lang, Priority} from '../content/types.js';
import {PRIORITIES} from '../content/types.js';
import {t} from '../i18n/index.js';
import {answerLabel, type ReferenceView, type ResultView} from './present.js';
import {displayWidth} from './width.js';

export type TextFormat = 'text' | 'markdown';

type Item = ResultView['checklist'][number];

function heading(format: TextFormat, level: 1 | 2 | 3, text: string): string[] {
  if (format === 'markdown') return [`${'#'.repeat(level)} ${text}`, ''];
  return level === 1 ? [text, '='.repeat(Math.min(60, displayWidth(text))), ''] : [text, ''];
}

function crisisLines(content: Content, lang: Lang, format: TextFormat): string[] {
  const title = t(content, 'crisis.title', lang);
  const body = t(content, 'crisis.body', lang).split('\n');
  return format === 'markdown'
    ? [`> **${title}**`, '>', ...body.flatMap((l, i) => (i === 0 ? [`> ${l}`] : ['>', `> ${l}`])), '']
    : [`!! ${title}`, ...body.map((l) => `   ${l}`), ''];
}

function priorityTitle(content: Content, priority: Priority, lang: Lang): string {
  return t(content, `priority.${priority}`, lang);
}

function basisLine(content: Content, item: Item, lang: Lang): string {
  return `${t(content, 'report.basis', lang)}${item.references.map((r) => r.text).join(t(content, 'report.listSeparator', lang))}`;
}

/**
 * One checklist item. `why` (why it applies to this person) only in the report, which is the person's own
 * result; a copy says what to do, not what the person answered.
 */
function itemLines(content: Content, item: Item, lang: Lang, format: TextFormat, box: string, withWhy: boolean): string[] {
  if (format === 'markdown') {
    // Continuation blocks are indented to the list item's content (two columns after "- ").
    const lines = [`${box} **${item.title}**`, ''];
    if (withWhy) lines.push(`  ${item.why}`, '');
    for (const [i, step] of item.steps.entries()) lines.push(`  ${i + 1}. ${step}`);
    if (item.steps.length > 0) lines.push('');
    if (item.references.length > 0) lines.push(`  ${basisLine(content, item, lang)}`, '');
    return lines;
  }
  const lines = [`${box} ${item.title}`];
  if (withWhy) lines.push(`   ${item.why}`);
  for (const [i, step] of item.steps.entries()) lines.push(`   ${i + 1}. ${step}`);
  if (item.references.length > 0) lines.push(`   ${basisLine(content, item, lang)}`);
  lines.push('');
  return lines;
}

function checklistLines(
  content: Content,
  view: ResultView,
  options: {readonly format: TextFormat; readonly level: 2 | 3; readonly done?: readonly string[]; readonly numbered: boolean; readonly withWhy: boolean},
): string[] {
  const {format, done = []} = options;
  const lang = view.lang;
  const lines: string[] = [];
  let n = 0;
  for (const priority of PRIORITIES) {
    const items = view.checklist.filter((c) => c.priority === priority);
    if (items.length === 0) continue;
    lines.push(...heading(format, options.level, priorityTitle(content, priority, lang)));
    for (const item of items) {
      n += 1;
      const ticked = done.includes(item.id);
      const box = format === 'markdown' ? (ticked ? '- [x]' : '- [ ]') : options.numbered ? `${n}.` : ticked ? '☑' : '☐';
      lines.push(...itemLines(content, item, lang, format, box, options.withWhy));
    }
  }
  return lines;
}

function referenceLines(content: Content, view: ResultView, format: TextFormat, level: 2 | 3): string[] {
  const seen = new Map<string, ReferenceView>();
  for (const item of view.checklist) for (const r of item.references) seen.set(r.id, r);
  if (seen.size === 0) return [];
  const lines = heading(format, level, t(content, 'report.references', view.lang));
  for (const r of seen.values()) {
    const url = r.url ? (format === 'markdown' ? ` <${r.url}>` : `  ${r.url}`) : '';
    lines.push(`- ${r.text}${url}`);
  }
  lines.push('');
  return lines;
}

function footerLines(content: Content, view: ResultView, format: TextFormat): string[] {
  const lines = [t(content, 'disclaimer', view.lang), t(content, 'reviewed', view.lang, {date: view.contentReviewed})];
  // Two paragraphs in Markdown; two lines in text.
  return format === 'markdown' ? ['---', '', lines[0]!, '', lines[1]!] : lines;
}

/** The level, with the score only for the person's own debt or a guarantee (property 13). */
export function levelLine(content: Content, view: ResultView): string {
  const level = t(content, `level.${view.level}`, view.lang);
  return view.owesNothing ? t(content, 'report.levelOnly', view.lang, {level}) : t(content, 'report.level', view.lang, {level, score: view.score});
}

/** The full result, as printed by `--answers` (text or Markdown). */
export function renderReport(content: Content, view: ResultView, format: TextFormat): string {
  const lang = view.lang;
  const lines: string[] = [];
  if (view.crisis) lines.push(...crisisLines(content, lang, format));
  lines.push(...heading(format, 1, t(content, 'report.title', lang)));
  const bullet = format === 'markdown' ? '- ' : '';
  lines.push(`${bullet}${levelLine(content, view)}`);
  lines.push(`${bullet}${view.answer.text}`);
  lines.push(`${bullet}${t(content, 'report.stage', lang, {stage: t(content, `stage.${view.stage}`, lang)})}`);
  if (!view.complete) lines.push(`${bullet}${t(content, 'result.incomplete', lang)}`);
  lines.push('');
  if (view.reasons.length > 0) {
    lines.push(...heading(format, 2, t(content, 'report.reasons', lang)));
    for (const r of view.reasons) {
      lines.push(`- ${r.text}`);
      const labels = r.because.map((b) => answerLabel(content, b, lang));
      if (labels.length > 0) {
        lines.push(`  ${t(content, 'report.because', lang, {answers: labels.join(t(content, 'report.listSeparator', lang))})}`);
      }
    }
    lines.push('');
  }
  lines.push(...heading(format, 2, t(content, 'report.checklist', lang)));
  lines.push(...checklistLines(content, view, {format, level: 3, numbered: true, withWhy: true}));
  // The documents the answers call for, and the command that prints each one filled in.
  if (view.documents.length > 0) {
    lines.push(...heading(format, 2, t(content, 'report.documents', lang)));
    for (const doc of view.documents) {
      const command = t(content, 'report.documentCommand', lang, {id: doc.id});
      lines.push(`- ${t(content, 'report.documentLine', lang, {title: doc.title, command: format === 'markdown' ? `\`${command}\`` : command})}`);
    }
    lines.push('');
  }
  lines.push(...referenceLines(content, view, format, 2));
  lines.push(...footerLines(content, view, format));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The checklist as copied or exported: level and date at the top, items grouped by priority with ☐/☑
 * (plain) or - [ ] (Markdown), their steps and references, all references at the end. It holds no answers
 * and nothing that identifies the person.
 */
export function checklistText(
  content: Content,
  view: ResultView,
  options: {readonly done: readonly string[]; readonly date: string; readonly format: 'plain' | 'markdown'},
): string {
  const format: TextFormat = options.format === 'plain' ? 'text' : 'markdown';
  const lang = view.lang;
  const lines: string[] = [];
  if (view.crisis) lines.push(...crisisLines(content, lang, format));
  lines.push(...heading(format, 1, t(content, 'report.checklistTitle', lang)));
  const bullet = format === 'markdown' ? '- ' : '';
  lines.push(`${bullet}${levelLine(content, view)}`);
  lines.push(`${bullet}${view.answer.text}`);
  lines.push(`${bullet}${t(content, 'report.date', lang, {date: options.date})}`);
  lines.push('');
  lines.push(...checklistLines(content, view, {format, level: 2, done: options.done, numbered: false, withWhy: false}));
  lines.push(...referenceLines(content, view, format, 2));
  lines.push(...footerLines(content, view, format));
  return `${lines.join('\n').trimEnd()}\n`;
}

/** The items a short copy holds: those to do now that are not done yet, else the first of what comes next. */
export function shortItems(view: ResultView, done: readonly string[]): Item[] {
  const open = view.checklist.filter((item) => !done.includes(item.id));
  const now = open.filter((item) => item.priority === 'now');
  return (now.length > 0 ? now : open.slice(0, 2)).slice(0, 3);
}

/**
 * A short copy that fits one chat message: what to do first, each as its title and its first step. For
 * sending to oneself or to someone who helps; no level, no answers, no references.
 */
export function shortChecklistText(content: Content, view: ResultView, options: {readonly done: readonly string[]}): string {
  const lang = view.lang;
  // The answer first: the one sentence a frightened person reads.
  const lines = [t(content, 'report.shortTitle', lang), view.answer.text];
  for (const item of shortItems(view, options.done)) {
    const step = item.steps[0];
    lines.push(step ? t(content, 'report.shortItem', lang, {title: item.title, step}) : `☐ ${item.title}`);
  }
  if (lines.length === 2) lines.push(t(content, 'report.shortNone', lang));
  return `${lines.join('\n')}\n`;
}
