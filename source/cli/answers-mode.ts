// --answers: read an answers file (or stdin) and print the result, with no screens.
import {present} from '../output/present.js';
import {renderReport} from '../output/render.js';
import {readAnswers} from './answers-input.js';
import {EXIT, type ModeContext} from './mode.js';

export async function answersMode(ctx: ModeContext, file: string, format: string): Promise<number> {
  const {assessment} = await readAnswers(ctx, file);
  const view = present(await ctx.content(), assessment, ctx.lang);
  ctx.io.stdout.write(format === 'json' ? `${JSON.stringify(view, null, 2)}\n` : renderReport(await ctx.content(), view, format as 'text' | 'markdown'));
  return EXIT.ok;
}
