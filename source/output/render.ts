// Plain-text and Markdown renderings of a result: the --answers report and the copy/export checklist. Pure.
import type {Content, Lang, Priority} from '../content/types.js';
import {PRIORITIES} from '../content/types.js';
import {t} from '../i18n/index.js';
import {answerLabel, type ReferenceView, type ResultView} from './present.js';

export type TextFormat = 'text' | 'markdown';

interface Options {
  readonly format: TextFormat;
  /** Checklist item ids ticked done. */
  readonly done?: readonly string[];
}

function heading(format: TextFormat, level: 1 | 2 | 3, text: string): string[] {
  if (format === 'markdown') return [`${'#'.repeat(level)} ${text}`, ''];
  return level === 1 ? [text, '='.repeat(Math.min(60, columns(text)))] : level === 2 ? [text, ''] : [text];
}

/** Terminal columns of a plain text: CJK characters and full-width forms take two. */
function columns(text: string): number {
  return [...text].reduce((n, ch) => n + (/[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u.test(ch) ? 2 : 1), 0);
}

function crisisLines(content: Content, lang: Lang, format: TextFormat): string[] {
  const title = t(content, 'crisis.title', lang);
  const body = t(content, 'crisis.body', lang);
  return format === 'markdown' ? [`> **${title}**`, '>', ...body.split('\n').map((l) => `> ${l}`), ''] : [`!! ${title}`, ...body.split('\n').map((l) => `   ${l}`), ''];
}

function checklistLines(content: Content, view: ResultView, options: Options & {readonly boxes: boolean}): string[] {
  const {format, done = []} = options;
  const lang = view.lang;
  const lines: string[] = [];
  let n = 0;
  for (const priority of PRIORITIES) {
    const items = view.checklist.filter((c) => c.priority === priority);
    if (items.length === 0) continue;
    lines.push(...heading(format, format === 'markdown' ? 3 : 2, priorityTitle(content, priority, lang)));
    for (const item of items) {
      n += 1;
      const ticked = done.includes(item.id);
      const box = format === 'markdown' ? (ticked ? '- [x]' : '- [ ]') : options.boxes ? (ticked ? '☑' : '☐') : `${n}.`;
      lines.push(format === 'markdown' ? `${box} **${item.title}**` : `${box} ${item.title}`);
      const indent = format === 'markdown' ? '  ' : '   ';
      lines.push(`${indent}${item.why}`);
      for (const step of item.steps) lines.push(`${indent}- ${step}`);
      if (item.references.length > 0) {
        lines.push(`${indent}${t(content, 'report.basis', lang)}${item.references.map((r) => r.text).join(t(content, 'report.listSeparator', lang))}`);
      }
      lines.push('');
    }
  }
  return lines;
}

function priorityTitle(content: Content, priority: Priority, lang: Lang): string {
  return t(content, `priority.${priority}`, lang);
}

function referenceLines(content: Content, view: ResultView, format: TextFormat): string[] {
  const seen = new Map<string, ReferenceView>();
  for (const item of view.checklist) for (const r of item.references) seen.set(r.id, r);
  if (seen.size === 0) return [];
  const lines = heading(format, 2, t(content, 'report.references', view.lang));
  for (const r of seen.values()) {
    const url = r.url ? (format === 'markdown' ? ` <${r.url}>` : `  ${r.url}`) : '';
    lines.push(`- ${r.text}${url}`);
  }
  lines.push('');
  return lines;
}

function footerLines(content: Content, view: ResultView): string[] {
  return [t(content, 'disclaimer', view.lang), t(content, 'reviewed', view.lang, {date: view.contentReviewed})];
}

export function levelLine(content: Content, view: ResultView): string {
  return t(content, 'report.level', view.lang, {
    level: t(content, `level.${view.level}`, view.lang),
    score: view.score,
  });
}

/** The full result, as printed by `--answers` (text or Markdown). */
export function renderReport(content: Content, view: ResultView, format: TextFormat): string {
  const lang = view.lang;
  const lines: string[] = [];
  if (view.crisis) lines.push(...crisisLines(content, lang, format));
  lines.push(...heading(format, 1, t(content, 'report.title', lang)));
  if (format === 'text') lines.push('');
  const bullet = format === 'markdown' ? '- ' : '';
  lines.push(`${bullet}${levelLine(content, view)}`);
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
  lines.push(...checklistLines(content, view, {format, boxes: false}));
  lines.push(...referenceLines(content, view, format));
  lines.push(...footerLines(content, view));
  return `${lines.join('\n').trimEnd()}\n`;
}

/**
 * The checklist as copied or exported (§5): level and date at the top, items grouped by priority with
 * ☐/☑ (plain) or - [ ] (Markdown), references at the end. It holds no answers and nothing that identifies
 * the person.
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
  if (format === 'text') lines.push('');
  const bullet = format === 'markdown' ? '- ' : '';
  lines.push(`${bullet}${levelLine(content, view)}`);
  lines.push(`${bullet}${t(content, 'report.date', lang, {date: options.date})}`);
  lines.push('');
  lines.push(...checklistLines(content, view, {format, boxes: true, done: options.done}));
  lines.push(...referenceLines(content, view, format));
  lines.push(...footerLines(content, view));
  return `${lines.join('\n').trimEnd()}\n`;
}
