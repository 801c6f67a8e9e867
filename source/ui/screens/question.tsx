import type {Content, Lang, Question} from '../../content/types.js';
import {Lines} from '../components/lines.js';
import {questionLines} from '../layout.js';

interface Props {
  readonly content: Content;
  readonly lang: Lang;
  readonly question: Question;
  readonly options: readonly Question['options'][number][];
  readonly position: number;
  readonly total: number;
  readonly cursor: number;
  readonly picked: readonly string[];
  readonly showEmptyHint: boolean;
  readonly showPickHint: boolean;
  readonly width: number;
  readonly height: number;
}

export function QuestionScreen({content, lang, question, options, width, height, ...state}: Props) {
  const {lines, optionStarts} = questionLines(content, lang, question, options, state, width);
  if (lines.length <= height) return <Lines lines={lines} />;
  // Too tall for the terminal: keep the highlighted option on screen, and a warning hint under the options
  // when there is room for both.
  const end = optionStarts[state.cursor + 1] ?? lines.length;
  const start = Math.max(0, Math.min(lines.length - height, end - height + 1));
  const warned = state.showEmptyHint || state.showPickHint;
  const top = warned ? Math.max(start, Math.min(lines.length - height, optionStarts[state.cursor] ?? start)) : start;
  return <Lines lines={lines.slice(top, top + height)} />;
}
