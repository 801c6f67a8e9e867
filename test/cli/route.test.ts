// The route a command line takes (source/cli/route.ts): decided from the flags, the environment and the
// terminal, before any mode loads. The modes themselves are tested through run() (run.test.ts).
import {describe, expect, it} from 'vitest';
import {parseFlags} from '../../source/cli/flags.js';
import {type Route, route, type TerminalEnds} from '../../source/cli/route.js';

const BOTH: TerminalEnds = {stdin: true, stdout: true};
const EN = {LANG: 'en_US.UTF-8'};

function kindOf(argv: string[], env: Record<string, string> = EN, ends: TerminalEnds = BOTH): Route['kind'] {
  return route(parseFlags(argv), env, ends).route.kind;
}

/** Ends that fail the test if read: a route that does not depend on the terminal never asks. */
const UNREAD: TerminalEnds = {
  get stdin(): boolean {
    throw new Error('stdin was asked whether it is a terminal');
  },
  get stdout(): boolean {
    throw new Error('stdout was asked whether it is a terminal');
  },
};

describe('route', () => {
  it('a plain start in a terminal is the interface, with what the session starts from', () => {
    expect(route(parseFlags([]), EN, BOTH).route).toEqual({kind: 'interactive', lang: 'en', langFromFlag: false, noSave: false, fresh: false});
    expect(route(parseFlags(['--lang', 'zh-Hant', '--no-save', '--fresh']), EN, BOTH).route).toEqual({
      kind: 'interactive',
      lang: 'zh-Hant',
      langFromFlag: true,
      noSave: true,
      fresh: true,
    });
  });

  it('--plain, or a terminal that cannot move the cursor, is the line-by-line questionnaire', () => {
    expect(kindOf(['--plain'])).toBe('plain');
    expect(kindOf([], {...EN, TERM: 'dumb'})).toBe('plain');
  });

  it('without a terminal at either end, the questionnaire says it needs one', () => {
    expect(kindOf([], EN, {stdin: false, stdout: true})).toBe('needsTerminal');
    expect(kindOf([], EN, {stdin: true, stdout: false})).toBe('needsTerminal');
  });

  it('--version, --help, --answers and the other modes never ask whether the ends are terminals', () => {
    expect(kindOf(['--version'], EN, UNREAD)).toBe('version');
    expect(kindOf(['-h', '--fresh'], EN, UNREAD)).toBe('help');
    expect(kindOf(['--answers', 'a.json', '--format', 'json'], EN, UNREAD)).toBe('answers');
    expect(kindOf(['--letter', 'deletion', '--blank'], EN, UNREAD)).toBe('letter');
    expect(kindOf(['--phone'], EN, UNREAD)).toBe('phone');
    expect(kindOf(['--web', 'page.html'], EN, UNREAD)).toBe('web');
    expect(kindOf(['--where'], EN, UNREAD)).toBe('saved');
    expect(kindOf(['--forget'], EN, UNREAD)).toBe('saved');
  });

  it('a usage error comes before --help and --version, in the language of a valid --lang', () => {
    expect(route(parseFlags(['--help', '--format', 'json']), EN, UNREAD).route).toEqual({kind: 'usage', key: 'error.formatWithoutAnswers'});
    expect(route(parseFlags(['--version', 'extra']), EN, UNREAD).route).toMatchObject({kind: 'usage', key: 'error.unexpectedArgument'});
    const unknown = route(parseFlags(['--lang', 'zh-Hans', '--versoin']), EN, UNREAD);
    expect(unknown.lang).toBe('zh-Hans');
    expect(unknown.route).toMatchObject({kind: 'usage', key: 'error.unknownFlagSuggest', vars: {suggestion: '--version'}});
    expect(kindOf(['--serial', 'X'], EN, UNREAD)).toBe('usage');
    expect(kindOf(['--phone', '--format', 'markdown'], EN, UNREAD)).toBe('usage');
  });

  it('text from the command line reaches a usage error escaped', () => {
    const {route: r} = route(parseFlags(['--format', '\u001B[31mx', '--answers', 'a.json']), EN, UNREAD);
    expect(r).toMatchObject({kind: 'usage', key: 'error.badFormat'});
    expect(JSON.stringify(r)).not.toContain('\u001B');
  });
});
