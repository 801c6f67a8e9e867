// Pure line builders for every screen: the text laid out by display width, so scrolling and the frame's
// height are computed, not guessed. The screens render these lines; the update logic scrolls over them.
import type {Content, Lang, Question} from '../content/types.js';
import {LANGS} from '../content/types.js';
import {t} from '../i18n/index.js';
import {answerLabel, type ResultView} from '../output/present.js';
import {hints, type Screen} from './keymap.js';
import {bar, blank, displayWidth, hanging, type Line, paragraph, wrapPath} from './text.js';
import type {UiState} from './model.js';
import {levelTone} from './theme.js';

export const LANG_NAME_KEY: Readonly<Record<Lang, string>> = {
  'zh-Hans': 'tui.lang.zhHans',
  'zh-Hant': 'tui.lang.zhHant',
  en: 'tui.lang.en',
};

export function nextLang(lang: Lang): Lang {
  return LANGS[(LANGS.indexOf(lang) + 1) % LANGS.length]!;
}

/**
 * The key hints of a screen, packed whole into lines (a hint is never split across two lines); `scrollable`:
 * the body is taller than the room for it, so the hints that only matter then are shown.
 */
export function footerLines(content: Content, lang: Lang, screen: Screen, width: number, scrollable = false): Line[] {
  const rows: string[] = [];
  for (const hint of hints(screen, scrollable).map((key) => t(content, key, lang))) {
    const last = rows.at(-1);
    if (last !== undefined && displayWidth(`${last}   ${hint}`) <= width) rows[rows.length - 1] = `${last}   ${hint}`;
    else rows.push(hint);
  }
  return rows.flatMap((row) => paragraph(row, width, {tone: 'text.secondary'}));
}

export function welcomeLines(content: Content, lang: Lang, path: string | undefined, width: number): Line[] {
  // The path on lines of its own, indented on every one, broken after a "/" where it must be broken.
  const privacy = path
    ? [
        ...paragraph(t(content, 'tui.welcome.privacy', lang), width),
        ...hanging([{text: '  '}], path, width, {}, wrapPath),
        ...paragraph(t(content, 'tui.welcome.privacyOptions', lang), width),
      ]
    : paragraph(t(content, 'tui.welcome.nosave', lang), width);
  return [
    ...paragraph(t(content, 'tui.welcome.purpose', lang), width),
    blank,
    ...privacy,
    blank,
    // "Continue next time" is only true when something is saved.
    ...paragraph(t(content, path ? 'tui.welcome.time' : 'tui.welcome.timeNoSave', lang, {count: content.questions.length}), width),
    blank,
    ...paragraph(t(content, 'tui.welcome.language', lang, {name: t(content, LANG_NAME_KEY[lang], lang)}), width, {
      tone: 'text.secondary',
    }),
  ];
}

/**
 * The line printed after the interface closes, so the person knows what was kept: nothing with --no-save
 * or when saving failed, nothing when there were no answers to keep, otherwise that the answers are saved.
 */
export function byeKey(info: {
  readonly path: string | undefined;
  readonly saveFailed: boolean;
  readonly state: UiState;
  /** A saved file existed when the run started (or may have, with --fresh, which keeps it until an answer). */
  readonly hadSaved: boolean;
}): string {
  if (info.path === undefined) return 'tui.byeNoSave';
  if (info.saveFailed) return 'store.unwritable';
  const {answers, done} = info.state.app;
  const empty = Object.keys(answers).length === 0 && done.length === 0;
  if (empty && (info.state.dirty || !info.hadSaved)) return 'tui.byeEmpty';
  return 'tui.bye';
}

export const RESUME_CHOICES = ['tui.resume.continue', 'tui.resume.startOver', 'tui.resume.delete'] as const;

export interface ChoicesLayout {
  readonly lines: Line[];
  /** Line index where each option (choice) starts, to keep the highlighted one on screen. */
  readonly optionStarts: number[];
}

export function resumeLines(
  content: Content,
  lang: Lang,
  info: {readonly date: string; readonly answered: number; readonly total: number; readonly complete: boolean},
  cursor: number,
  width: number,
): ChoicesLayout {
  const lines: Line[] = [
    ...paragraph(t(content, 'tui.resume.saved', lang, {date: info.date, answered: info.answered, total: info.total}), width),
    blank,
  ];
  const optionStarts: number[] = [];
  RESUME_CHOICES.forEach((key, i) => {
    optionStarts.push(lines.length);
    // With every question answered, "continue" leads straight to the results: say so.
    const label = t(content, key === 'tui.resume.continue' && info.complete ? 'tui.resume.results' : key, lang);
    lines.push(...hanging([{text: i === cursor ? '> ' : '  ', tone: 'text.accent', bold: true}], label, width, {bold: i === cursor}));
  });
  return {lines, optionStarts};
}

export type QuestionLayout = ChoicesLayout;

export function questionLines(
  content: Content,
  lang: Lang,
  question: Question,
  options: readonly Question['options'][number][],
  state: {
    readonly position: number;
    readonly total: number;
    readonly cursor: number;
    readonly picked: readonly string[];
    readonly showEmptyHint: boolean;
    /** Space on a single-choice question: the how-to-pick line, as a warning. */
    readonly showPickHint?: boolean;
  },
  width: number,
): QuestionLayout {
  const section = content.sections.find((s) => s.id === question.section);
  const counter = t(content, 'tui.question.counter', lang, {n: state.position, m: state.total});
  const lines: Line[] = [];
  lines.push(...paragraph(section ? `${section.title[lang]}  ${counter}` : counter, width, {tone: 'text.secondary'}));
  lines.push([{text: bar(state.total === 0 ? 0 : (state.position - 1) / state.total, Math.min(width, 42))}]);
  lines.push(blank);
  lines.push(...paragraph(question.prompt[lang], width, {bold: true}));
  lines.push(...paragraph(t(content, 'tui.question.why', lang, {text: question.help[lang]}), width, {tone: 'text.secondary'}));
  lines.push(blank);
  const optionStarts: number[] = [];
  options.forEach((option, i) => {
    optionStarts.push(lines.length);
    const isCursor = i === state.cursor;
    const number = i < 9 ? `${i + 1}.` : '  ';
    const box = question.type === 'multi' ? (state.picked.includes(option.value) ? '[x] ' : '[ ] ') : '';
    const prefix: Line = [
      {text: isCursor ? '> ' : '  ', tone: 'text.accent', bold: true},
      {text: `${number} ${box}`, tone: isCursor ? 'text.accent' : undefined},
    ];
    lines.push(...hanging(prefix, option.label[lang], width, isCursor ? {tone: 'text.accent', bold: true} : {}));
  });
  lines.push(blank);
  if (state.showEmptyHint) {
    lines.push(...paragraph(t(content, 'tui.question.empty', lang), width, {tone: 'status.warning'}));
  } else if (state.showPickHint && question.type === 'single') {
    lines.push(...paragraph(t(content, 'tui.question.single', lang), width, {tone: 'status.warning', bold: true}));
  } else {
    const key = question.type === 'multi' ? 'tui.question.multi' : 'tui.question.single';
    lines.push(...paragraph(t(content, key, lang), width, {tone: 'text.secondary'}));
  }
  return {lines, optionStarts};
}

export interface ResultsLayout {
  readonly lines: Line[];
  /**
   * [start, end) line range of each checklist item, in view.checklist order; `references`: how many of its
   * last lines are its references (only the focused item shows them, so it is 0 for the others).
   */
  readonly items: readonly ResultsItem[];
  /** Heading lines: never the last line shown, or a heading would stand with nothing under it. */
  readonly headings: ReadonlySet<number>;
}

export interface ResultsItem {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly references: number;
}

export function resultsLines(
  content: Content,
  view: ResultView,
  done: readonly string[],
  focus: number,
  width: number,
): ResultsLayout {
  const lang = view.lang;
  const lines: Line[] = [];
  const headings = new Set<number>();
  const heading = (heads: Line[]) => {
    for (const line of heads) {
      headings.add(lines.length);
      lines.push(line);
    }
  };
  if (view.crisis) {
    lines.push(...paragraph(t(content, 'crisis.title', lang), width, {tone: 'status.danger', bold: true}));
    lines.push(...paragraph(t(content, 'crisis.body', lang), width, {tone: 'status.danger'}));
    lines.push(blank);
  }
  const tone = levelTone(view.level);
  lines.push([
    {text: `${t(content, 'tui.results.level', lang)}  `, bold: true},
    {text: ` ${t(content, `level.${view.level}`, lang)} `, tone, bold: true, inverse: true},
    {text: `  ${t(content, 'tui.results.score', lang, {score: view.score})}`},
  ]);
  lines.push([{text: bar(view.score / 100, Math.min(width, 42)), tone}]);
  lines.push(...paragraph(t(content, `stage.${view.stage}`, lang), width));
  if (!view.complete) lines.push(...paragraph(t(content, 'result.incomplete', lang), width, {tone: 'status.warning'}));
  if (view.reasons.length > 0) {
    lines.push(blank);
    heading(paragraph(t(content, 'tui.results.reasons', lang), width, {bold: true}));
    for (const reason of view.reasons) {
      lines.push(...hanging([{text: '- '}], reason.text, width));
      // Each reason is tied to the answers that caused it (PRODUCT.md §2).
      const answers = reason.because.map((b) => answerLabel(content, b, lang)).join(t(content, 'report.listSeparator', lang));
      lines.push(...hanging([{text: '  '}], t(content, 'report.because', lang, {answers}), width, {tone: 'text.secondary'}));
    }
  }
  lines.push(blank);
  const doneCount = view.checklist.filter((item) => done.includes(item.id)).length;
  heading(
    paragraph(t(content, 'tui.results.checklist', lang, {done: doneCount, total: view.checklist.length}), width, {
      bold: true,
    }),
  );
  if (view.checklist.length === 0) lines.push(...paragraph(t(content, 'tui.results.noItems', lang), width));
  const items: ResultsItem[] = [];
  let priority: string | undefined;
  view.checklist.forEach((item, i) => {
    if (item.priority !== priority) {
      priority = item.priority;
      lines.push(blank);
      heading(paragraph(`== ${t(content, `priority.${item.priority}`, lang)} ==`, width, {tone: 'text.accent'}));
    }
    const start = lines.length;
    const isFocus = i === focus;
    const isDone = done.includes(item.id);
    lines.push(
      ...hanging(
        [
          {text: isFocus ? '> ' : '  ', tone: 'text.accent', bold: true},
          {text: isDone ? '[x] ' : '[ ] ', tone: isDone ? 'status.success' : undefined},
        ],
        item.title,
        width,
        {bold: true, tone: isFocus ? 'text.accent' : undefined},
      ),
    );
    const indent: Line = [{text: '      '}];
    lines.push(...hanging(indent, t(content, 'tui.results.why', lang, {text: item.why}), width));
    item.steps.forEach((step, n) => {
      lines.push(...hanging([...indent, {text: `${n + 1}. `}], step, width));
    });
    // The references only under the focused item: on every item they made the list several screens long.
    // The copied and exported checklist keeps them all.
    const references: Line[] = [];
    if (isFocus && item.references.length > 0) {
      const refs = item.references.map((r) => r.text).join(t(content, 'report.listSeparator', lang));
      references.push(...hanging(indent, t(content, 'tui.results.source', lang, {text: refs}), width, {tone: 'text.secondary'}));
    }
    lines.push(...references);
    items.push({id: item.id, start, end: lines.length, references: references.length});
  });
  lines.push(blank);
  lines.push(...paragraph(t(content, 'tui.results.copyHint', lang), width, {tone: 'text.accent'}));
  lines.push(blank);
  lines.push(...paragraph(t(content, 'disclaimer', lang), width, {tone: 'text.secondary'}));
  lines.push(...paragraph(t(content, 'reviewed', lang, {date: view.contentReviewed}), width, {tone: 'text.secondary'}));
  return {lines, items, headings};
}
