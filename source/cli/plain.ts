// --plain (and TERM=dumb): the questionnaire as numbered prompts, line by line — type the numbers, then
// Enter — with no cursor movement and no colour, the results printed once, in full. The same engine and
// the same saving as the interactive interface; also the simplest path for a screen reader. After the
// results, the documents that apply, by number: one typed prints it filled in from the answers. Every
// line is wrapped at the terminal's width between words (plain-lines.ts).
import type {Content, Lang} from '../content/types.js';
import {counter} from '../engine/counter.js';
import {type Action, isComplete, progress, reduce, type State} from '../engine/questionnaire.js';
import {t, type Vars} from '../i18n/index.js';
import {localDate} from '../output/dates.js';
import {documentView} from '../output/documents.js';
import {present} from '../output/present.js';
import {renderReport} from '../output/render.js';
import type {ProgressStore} from '../persistence/types.js';
import {assess} from '../scoring/score.js';
import {currentQuestion, optionsOf} from '../engine/selectors.js';
import {saveSession, startSession} from '../persistence/session.js';
import {byeKey, noticeMessage} from '../ui/wording.js';
import {MAX_PATH, untrusted} from '../text/untrusted.js';
import {exitNow, hangUp, onLeave, terminalHungUp, watchTerminal} from './leave.js';
import {plainDocument} from './plain-document.js';
import {layoutPlain} from './plain-lines.js';

export interface PlainRequest {
  /** The content in a language (the saved progress's language may differ from the terminal's). */
  readonly content: (lang: Lang, options?: {readonly documents?: boolean}) => Promise<Content>;
  readonly store: ProgressStore;
  readonly lang: Lang;
  readonly langFromFlag: boolean;
  readonly fresh: boolean;
  /** The locale is not UTF-8: say how to choose Chinese (--lang, as there is no language key here). */
  readonly localeHint?: boolean;
  readonly input: NodeJS.ReadableStream;
  readonly output: {write(text: string): unknown};
  /** The terminal's width now (it may change): lines are wrapped to it. Undefined: not wrapped. */
  readonly columns?: () => number | undefined;
}

type Reply =
  | {readonly kind: 'quit'}
  | {readonly kind: 'back'}
  | {readonly kind: 'empty'}
  | {readonly kind: 'keep'}
  | {readonly kind: 'numbers'; readonly numbers: number[]}
  | {readonly kind: 'bad'};

/** A typed line: numbers (spaces or commas between them), b to go back, q to quit, or nothing. */
export function readReply(line: string): Reply {
  const text = line.trim().toLowerCase();
  if (text === '') return {kind: 'empty'};
  if (text === 'q') return {kind: 'quit'};
  if (text === 'b') return {kind: 'back'};
  if (text === 'k') return {kind: 'keep'};
  const parts = text.split(/[\s,，、]+/).filter(Boolean);
  if (parts.length === 0 || parts.some((p) => !/^\d{1,2}$/.test(p))) return {kind: 'bad'};
  return {kind: 'numbers', numbers: [...new Set(parts.map(Number))]};
}

export async function runPlain(request: PlainRequest): Promise<number> {
  const {store} = request;
  const output = {write: (text: string) => request.output.write(layoutPlain(text, request.columns?.()))};
  const start = startSession(store, request);
  const lang = start.lang;
  const content = await request.content(lang);
  const say = (key: string, vars?: Vars) => output.write(`${t(content, key, lang, vars)}\n`);
  // Loaded here, not with the command line: readline brings a dozen modules of Node's own with it.
  const {createInterface} = await import('node:readline');
  const lines = createInterface({input: request.input, terminal: false})[Symbol.asyncIterator]();
  const ask = async (promptKey: string): Promise<Reply> => {
    for (;;) {
      output.write(`${t(content, promptKey, lang)} `);
      const next = await lines.next();
      // A closed terminal reads as the end of input: that is a hang-up (129), not a quit.
      if (next.done && terminalHungUp()) hangUp();
      const reply: Reply = next.done ? {kind: 'quit'} : readReply(String(next.value));
      // k after a refused save keeps this run's answers over the other run's; otherwise it means nothing.
      if (reply.kind !== 'keep') return reply;
      if (store.conflicted) keep();
    }
  };
  // Whether this run changed what is saved: only then does quitting write, as in the interface.
  let dirty = false;
  let state: State = start.app;
  // What was last saved (or read): quitting with nothing changed since writes nothing, and says nothing.
  const keyOf = (s: State) => JSON.stringify([s.answers, s.current, s.done]);
  let savedKey = keyOf(state);
  const save = () => {
    savedKey = keyOf(state);
    if (store.path === undefined) return;
    saveSession(store, {...state, lang}, new Date());
    const notice = noticeMessage(content, lang, store.takeNotices());
    if (notice) output.write(`${notice.text}\n`);
  };
  const keep = () => {
    const {answers, current, done} = state;
    store.keep({answers, current, done, lang, updatedAt: new Date().toISOString()});
    const notice = noticeMessage(content, lang, store.takeNotices());
    output.write(`${notice ? notice.text : t(content, 'store.kept', lang)}\n`);
  };
  /** The questionnaire takes `action`; what changed the answers is saved, as in the interactive interface. */
  const act = (action: Action, persist: boolean) => {
    const next = reduce(content.questions, state, action);
    const changed = next !== state;
    state = next;
    if (changed && persist) {
      dirty = true;
      save();
    }
  };
  // What was kept, truly: the interface's rule (nothing saved with --no-save, after a failed save, or when
  // there was nothing to keep).
  const hadSaved = request.fresh || start.saved !== undefined;
  // No usable home folder is not --no-save: its notice says once that nothing is saved, and nothing names --no-save.
  const noHome = start.notices.some((n) => n.kind === 'noHome');
  const bye = () => {
    say(byeKey({path: store.path, saveFailed: store.saveFailed, conflicted: store.conflicted, state: {app: state, dirty}, hadSaved, noHome}));
    return 0;
  };
  // Ctrl+C, a signal or a closed terminal (cli/leave.ts): every answer is saved already; say so on a line
  // of its own (nowhere, if the terminal went away) and leave.
  watchTerminal(request.input);
  const release = onLeave((code) => {
    output.write('\n');
    bye();
    exitNow(code);
  });
  try {
    return await questionnaire();
  } finally {
    release();
  }

  async function questionnaire(): Promise<number> {
    const notice = noticeMessage(content, lang, start.notices);
    if (notice) output.write(`${notice.text}\n\n`);
    // The welcome's paragraphs, a blank line after each, as the interface shows them.
    for (const [key, vars] of [
      ['tui.title'],
      ['tui.welcome.purpose'],
      ['tui.welcome.someoneElse'],
      [store.path ? 'plain.privacy' : noHome ? 'plain.offline' : 'plain.nosave', {path: untrusted(store.path ?? '', MAX_PATH)}],
      ['tui.welcome.crisis'],
    ] as const) {
      say(key, vars);
      output.write('\n');
    }
    if (request.localeHint) say('plain.localeHint');
    if (state.phase === 'resume') {
      const {answered, total} = progress(content.questions, state.answers, state.current);
      const date = start.saved ? localDate(new Date(start.saved.updatedAt), true) : '-';
      say('tui.resume.saved', {date, answered, total});
      say('plain.resumeChoices');
      for (;;) {
        const reply = await ask('plain.choose');
        if (reply.kind === 'quit') return bye();
        if (reply.kind !== 'numbers' || reply.numbers.length !== 1 || ![1, 2, 3].includes(reply.numbers[0]!)) continue;
        const choice = reply.numbers[0]!;
        if (choice === 1) act({type: 'RESUME'}, true);
        else if (choice === 2) act({type: 'START_OVER'}, true);
        else {
          act({type: 'DELETE_SAVED'}, true);
          say('tui.resume.deleted');
        }
        break;
      }
    }
    if (state.phase === 'welcome') {
      say('plain.howTo');
      act({type: 'START'}, false);
    }
    while (state.phase === 'question') {
      const question = currentQuestion(state, content.questions)!;
      const options = optionsOf(state, question, content.questions);
      const count = counter(content.questions, state.answers, question.id);
      const section = content.sections.find((s) => s.id === question.section);
      output.write('\n');
      say(count.exact ? 'tui.question.counterExact' : 'tui.question.counter', {n: count.position, left: count.left});
      if (section) say('plain.question', {section: section.title[lang], prompt: question.prompt[lang]});
      else output.write(`${question.prompt[lang]}\n`);
      say('tui.question.why', {text: question.help[lang]});
      for (const [i, option] of options.entries()) output.write(`  ${i + 1}. ${option.label[lang]}\n`);
      const reply = await ask(question.type === 'multi' ? 'plain.typeMany' : 'plain.typeOne');
      if (reply.kind === 'quit') {
        if (dirty && keyOf(state) !== savedKey) save();
        return bye();
      }
      if (reply.kind === 'back') {
        act({type: 'BACK'}, false);
        // Back from the first question is the welcome, which here has nothing to show again.
        if ((state as State).phase === 'welcome') act({type: 'START'}, false);
        continue;
      }
      const picked = reply.kind === 'numbers' ? reply.numbers.map((n) => options[n - 1]?.value) : [undefined];
      if (picked.some((v) => v === undefined) || (question.type === 'single' && picked.length !== 1)) {
        say('plain.badNumbers', {max: options.length});
        continue;
      }
      const value = question.type === 'single' ? picked[0]! : options.filter((o) => picked.includes(o.value)).map((o) => o.value);
      const before = state;
      act({type: 'ANSWER', question: question.id, value}, true);
      // The engine refuses what the question does not accept (e.g. "none" together with another option).
      if (state === before) say('plain.badCombination');
    }
    if (state.phase === 'results') {
      output.write('\n');
      const view = present(content, assess(content, state.answers), lang);
      // The documents are offered by number below, not as commands that need an answers file.
      output.write(renderReport(content, {...view, documents: []}, 'text'));
      if (!isComplete(content.questions, state.answers)) say('result.incomplete');
      output.write('\n');
      await documents(view.documents.map((d) => d.id));
    }
    return bye();
  }

  /** The documents that apply, numbered: a number prints one filled in from the answers; Enter (or q) ends. */
  async function documents(ids: readonly string[]): Promise<void> {
    if (ids.length === 0) return;
    const full = await request.content(lang, {documents: true});
    const list = () => {
      say('report.documents');
      for (const [i, id] of ids.entries()) output.write(`  ${i + 1}. ${documentView(full, id, lang).title}\n`);
    };
    list();
    for (;;) {
      const reply = await ask('plain.documentChoose');
      if (reply.kind === 'empty' || reply.kind === 'quit') return;
      const id = reply.kind === 'numbers' && reply.numbers.length === 1 ? ids[reply.numbers[0]! - 1] : undefined;
      if (id === undefined) {
        say('plain.badNumbers', {max: ids.length});
        continue;
      }
      output.write(`\n${plainDocument(full, id, lang, state.answers)}\n`);
      list();
    }
  }
}
