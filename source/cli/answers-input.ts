// Reading an answers file (or stdin) for a mode that uses one: --answers and --letter. Its language is
// taken unless --lang was given, and what it holds that carries no weight is said on stderr, one line each.
import type {Answers} from '../engine/conditions.js';
import {assess} from '../scoring/score.js';
import type {Assessment} from '../scoring/types.js';
import {parseAnswersFile} from './answers-file.js';
import {exitNow, hangUp, onLeave, terminalHungUp} from './leave.js';
import {type ModeContext, UsageError} from './mode.js';
import {readAnswersInput} from './read-input.js';

export interface AnswersInput {
  /** The file's name as shown in messages ("stdin" for -). */
  readonly name: string;
  readonly answers: Answers;
  readonly assessment: Assessment;
}

export async function readAnswers(ctx: ModeContext, file: string): Promise<AnswersInput> {
  const {io, flags} = ctx;
  // Reading answers typed at the keyboard: say so, rather than wait in silence.
  const keyboard = file === '-' && io.stdin.isTTY === true;
  // Typed at a keyboard whose terminal is closed meanwhile: a hang-up (129), not bad input (cli/leave.ts).
  const release = keyboard ? onLeave(exitNow) : undefined;
  if (keyboard) await ctx.complain('cli.readingStdin');
  const input = await readAnswersInput(file, () => io.stdin);
  if (keyboard && terminalHungUp()) hangUp();
  release?.();
  if (!input.ok) throw new UsageError(input.error.key, input.error.vars);
  const parsed = parseAnswersFile(await ctx.content(), input.text, input.name);
  if (!parsed.ok) throw new UsageError(parsed.error.key, parsed.error.vars);
  // --lang wins, then the file's own language.
  if (flags.lang === undefined && parsed.value.lang) ctx.lang = parsed.value.lang;
  const content = await ctx.content();
  const {older, newer} = parsed.value;
  if (older) {
    await ctx.complain('cli.warnOlderContent', {file: input.name, version: older.version, current: content.version, count: older.dropped});
    if (older.revised.length > 0) await ctx.complain('cli.warnRevised', {file: input.name, questions: older.revised.join(', ')});
  }
  if (newer) await ctx.complain('cli.warnNewerContent', {file: input.name, version: newer, current: content.version});
  const assessment = assess(content, parsed.value.answers);
  if (assessment.ignored.length > 0) {
    await ctx.complain('cli.warnIgnored', {file: input.name, answers: assessment.ignored.join(', ')});
  }
  return {name: input.name, answers: parsed.value.answers, assessment};
}
