// The one keymap table: every key the interface understands, per screen, and the footer hint it shows.
// Footer hints are generated from this table, so what the screen says is what the keys do.
import type {Key} from 'ink';
import type {Question} from '../content/types.js';
import type {PhoneScreen, ScreenKind} from './state.js';

/**
 * Which keys apply, in the state's own names: a kind of screen (`ScreenKind`), or, for the two kinds whose
 * keys differ by form, the kind and its form: a question by its type, the phone check by its step.
 */
export type KeysOf =
  | Exclude<ScreenKind, 'question' | 'phone'>
  | `question:${Question['type']}`
  | `phone:${PhoneScreen['step']}`;

export type Command =
  | 'up'
  | 'down'
  | 'pageUp'
  | 'pageDown'
  | 'select'
  | 'toggle'
  | 'pick'
  | 'back'
  | 'lang'
  | 'why'
  | 'copy'
  | 'shortCopy'
  | 'export'
  | 'documents'
  | 'keys'
  | 'restart'
  | 'phone'
  | 'revoke'
  | 'keep'
  | 'quit'
  | 'interrupt';

type KeyName = 'up' | 'down' | 'left' | 'pageUp' | 'pageDown' | 'return' | 'backspace' | 'delete' | 'escape';

type KeySpec =
  | {readonly name: KeyName}
  | {readonly input: string}
  | {readonly digit: true}
  | {readonly ctrl: string};

/**
 * When a hint is shown: always; only when the screen's text is taller than the terminal (there is
 * something to scroll); only in the full list of keys (`?` on the results, whose footer would otherwise
 * not fit one line at 80 columns); only where the phone can be checked (question 6, adb found); or only
 * when some documents apply.
 */
export type HintWhen = 'always' | 'scrollable' | 'more' | 'phone' | 'documents';

export interface Binding {
  readonly command: Command;
  readonly keys: readonly KeySpec[];
  readonly screens: readonly KeysOf[];
  /** UI string of the footer hint; bindings sharing a hint are shown once. */
  readonly hint?: string;
  readonly when?: HintWhen;
}

/** Every screen: Ctrl+C and q work on each. */
export const EVERYWHERE: readonly KeysOf[] = [
  'welcome',
  'resume',
  'question:single',
  'question:multi',
  'results',
  'documents',
  'document',
  'phone:reading',
  'phone:findings',
  'phone:revoke',
  'phone:confirm',
];
const LISTS: readonly KeysOf[] = ['resume', 'question:single', 'question:multi', 'results', 'documents', 'phone:findings', 'phone:revoke'];
const BACK_KEYS: readonly KeySpec[] = [{name: 'left'}, {name: 'backspace'}, {name: 'delete'}];

export const KEYMAP: readonly Binding[] = [
  {command: 'interrupt', keys: [{ctrl: 'c'}], screens: EVERYWHERE},
  // The hint names the numbers there are ("1-3", "1-9, 0"): see numberRange.
  {command: 'pick', keys: [{digit: true}], screens: ['question:single'], hint: 'tui.key.number'},
  // On multiple choice a number ticks (and moves to) its option.
  {command: 'pick', keys: [{digit: true}], screens: ['question:multi'], hint: 'tui.key.numberTick'},
  {command: 'up', keys: [{name: 'up'}], screens: LISTS, hint: 'tui.key.move'},
  {command: 'down', keys: [{name: 'down'}], screens: LISTS, hint: 'tui.key.move'},
  {command: 'pageUp', keys: [{name: 'pageUp'}], screens: ['results'], hint: 'tui.key.page', when: 'more'},
  {command: 'pageDown', keys: [{name: 'pageDown'}], screens: ['results'], hint: 'tui.key.page', when: 'more'},
  {command: 'up', keys: [{name: 'up'}], screens: ['document'], hint: 'tui.key.scroll'},
  {command: 'down', keys: [{name: 'down'}], screens: ['document'], hint: 'tui.key.scroll'},
  {command: 'pageUp', keys: [{name: 'pageUp'}], screens: ['document'], hint: 'tui.key.scroll'},
  {command: 'pageDown', keys: [{name: 'pageDown'}], screens: ['document'], hint: 'tui.key.scroll'},
  // The welcome text fits most terminals; in a short one it scrolls, and only then says so.
  {command: 'up', keys: [{name: 'up'}], screens: ['welcome'], hint: 'tui.key.scroll', when: 'scrollable'},
  {command: 'down', keys: [{name: 'down'}], screens: ['welcome'], hint: 'tui.key.scroll', when: 'scrollable'},
  {command: 'pageUp', keys: [{name: 'pageUp'}], screens: ['welcome'], hint: 'tui.key.scroll', when: 'scrollable'},
  {command: 'pageDown', keys: [{name: 'pageDown'}], screens: ['welcome'], hint: 'tui.key.scroll', when: 'scrollable'},
  {command: 'toggle', keys: [{input: ' '}], screens: ['question:multi'], hint: 'tui.key.toggle'},
  {command: 'toggle', keys: [{input: ' '}], screens: ['results'], hint: 'tui.key.done'},
  {command: 'toggle', keys: [{input: ' '}], screens: ['phone:findings'], hint: 'tui.key.markLoan'},
  // No hint: space does not pick on single choice; it shows how to pick instead.
  {command: 'toggle', keys: [{input: ' '}], screens: ['question:single']},
  {command: 'select', keys: [{name: 'return'}], screens: ['welcome'], hint: 'tui.key.start'},
  {command: 'select', keys: [{name: 'return'}], screens: ['resume', 'question:single'], hint: 'tui.key.pick'},
  {command: 'select', keys: [{name: 'return'}], screens: ['question:multi'], hint: 'tui.key.confirm'},
  {command: 'select', keys: [{name: 'return'}], screens: ['results', 'documents'], hint: 'tui.key.open'},
  {command: 'select', keys: [{name: 'return'}], screens: ['phone:findings'], hint: 'tui.key.fillIn'},
  {command: 'select', keys: [{name: 'return'}], screens: ['phone:revoke'], hint: 'tui.key.switchOffThis'},
  {command: 'select', keys: [{name: 'return'}], screens: ['phone:confirm'], hint: 'tui.key.useAnswers'},
  {command: 'phone', keys: [{input: 'p'}], screens: ['question:single'], hint: 'tui.key.phone', when: 'phone'},
  {command: 'revoke', keys: [{input: 'x'}], screens: ['phone:findings'], hint: 'tui.key.switchOff'},
  {command: 'documents', keys: [{input: 'd'}], screens: ['results'], hint: 'tui.key.documents', when: 'documents'},
  {command: 'copy', keys: [{input: 'c'}], screens: ['results'], hint: 'tui.key.copy'},
  {command: 'copy', keys: [{input: 'c'}], screens: ['document'], hint: 'tui.key.copyText'},
  {command: 'why', keys: [{input: 'w'}], screens: ['results'], hint: 'tui.key.why', when: 'more'},
  {command: 'shortCopy', keys: [{input: 's'}], screens: ['results'], hint: 'tui.key.shortCopy', when: 'more'},
  {command: 'export', keys: [{input: 'e'}], screens: ['results'], hint: 'tui.key.export', when: 'more'},
  {command: 'export', keys: [{input: 'e'}], screens: ['document'], hint: 'tui.key.export'},
  {command: 'restart', keys: [{input: 'r'}], screens: ['results'], hint: 'tui.key.restart', when: 'more'},
  {command: 'lang', keys: [{input: 'l'}], screens: ['welcome', 'resume'], hint: 'tui.key.lang'},
  {command: 'back', keys: BACK_KEYS, screens: ['question:single', 'question:multi'], hint: 'tui.key.back'},
  {command: 'back', keys: BACK_KEYS, screens: ['results'], hint: 'tui.key.back', when: 'more'},
  {command: 'back', keys: [...BACK_KEYS, {name: 'escape'}], screens: ['documents', 'document'], hint: 'tui.key.back'},
  // Leaving the reading stops it.
  {command: 'back', keys: [...BACK_KEYS, {name: 'escape'}], screens: ['phone:reading'], hint: 'tui.key.cancel'},
  {command: 'back', keys: [...BACK_KEYS, {name: 'escape'}], screens: ['phone:findings', 'phone:revoke', 'phone:confirm'], hint: 'tui.key.back'},
  {command: 'keys', keys: [{input: '?'}], screens: ['results'], hint: 'tui.key.more'},
  {command: 'quit', keys: [{input: 'q'}], screens: EVERYWHERE, hint: 'tui.key.quit'},
  // No hint: offered only in the line that says another window changed the saved answers (store.conflict).
  {command: 'keep', keys: [{input: 'k'}], screens: EVERYWHERE},
];

function keyNamed(name: KeyName, input: string, key: Key): boolean {
  switch (name) {
    case 'up':
      return key.upArrow;
    case 'down':
      return key.downArrow;
    case 'left':
      return key.leftArrow;
    case 'pageUp':
      return key.pageUp;
    case 'pageDown':
      return key.pageDown;
    case 'return':
      // Enter arrives as "\r" (return) from terminals and sometimes as "\n".
      return key.return || input === '\n';
    case 'backspace':
      return key.backspace;
    case 'delete':
      return key.delete;
    case 'escape':
      return key.escape && input === '';
  }
}

function matches(spec: KeySpec, input: string, key: Key): boolean {
  if ('name' in spec) return keyNamed(spec.name, input, key);
  if ('ctrl' in spec) return key.ctrl && input === spec.ctrl;
  if (key.ctrl || key.meta) return false;
  if ('digit' in spec) return /^[0-9]$/.test(input);
  return input === spec.input || input === spec.input.toUpperCase();
}

export interface Matched {
  readonly command: Command;
  /** For `pick`: the 0-based option index of the number key (`0` is the tenth). */
  readonly index?: number;
  /** The read (input chunk) the key came in, numbered by the shell; absent, each key is a read of its own. */
  readonly read?: number;
}

export function match(screen: KeysOf, input: string, key: Key): Matched | undefined {
  for (const binding of KEYMAP) {
    if (!binding.screens.includes(screen)) continue;
    if (!binding.keys.some((spec) => matches(spec, input, key))) continue;
    return binding.command === 'pick' ? {command: 'pick', index: input === '0' ? 9 : Number(input) - 1} : {command: binding.command};
  }
  return undefined;
}

/**
 * The UI string keys of the footer hints of a screen, in table order, each once. `scrollable`: the screen's
 * text is taller than the terminal; `more`: the full list of keys was asked for (`?`); `phone`: the phone
 * can be checked from here.
 */
export function hints(screen: KeysOf, {scrollable = false, more = false, phone = false, documents = false} = {}): string[] {
  const out: string[] = [];
  for (const binding of KEYMAP) {
    if (!binding.hint || !binding.screens.includes(screen) || out.includes(binding.hint)) continue;
    const when = binding.when ?? 'always';
    const off = {always: false, scrollable: !scrollable, more: !more, phone: !phone, documents: !documents};
    if (off[when]) continue;
    // With every key listed, "more keys" has nothing more to show.
    if (more && binding.command === 'keys') continue;
    out.push(binding.hint);
  }
  return out;
}

/** The number keys a question with `count` options answers to, as the hint says them: "1-3", "1-9, 0". */
export function numberRange(count: number): string {
  if (count >= 10) return '1-9, 0';
  return count <= 1 ? '1' : `1-${count}`;
}

/** A key event with nothing pressed: the base for building one (tests, split keys). */
export const NO_KEY: Key = {
  upArrow: false,
  downArrow: false,
  leftArrow: false,
  rightArrow: false,
  pageDown: false,
  pageUp: false,
  home: false,
  end: false,
  return: false,
  escape: false,
  ctrl: false,
  shift: false,
  tab: false,
  backspace: false,
  delete: false,
  meta: false,
  super: false,
  hyper: false,
  capsLock: false,
  numLock: false,
};

/**
 * Ink hands plain characters that arrive in one read to the handler as one string (" \r", "3q"); a person
 * typing fast meant each of them. Split them into single keys, in order.
 */
export function splitKeys(input: string, key: Key): Array<readonly [string, Key]> {
  const chars = [...input];
  if (chars.length <= 1 || key.ctrl || key.meta || input.includes('\u001B')) return [[input, key]];
  return chars.map((char): readonly [string, Key] => {
    switch (char) {
      case '\r':
        return ['', {...NO_KEY, return: true}];
      case '\u007F':
        return ['', {...NO_KEY, delete: true}];
      case '\b':
        return ['', {...NO_KEY, backspace: true}];
      case '\u0003':
        return ['c', {...NO_KEY, ctrl: true}];
      default:
        return [char, {...NO_KEY, shift: /[A-Z]/.test(char)}];
    }
  });
}
