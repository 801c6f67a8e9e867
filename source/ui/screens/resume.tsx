import type {Content, Lang} from '../../content/types.js';
import {ScrollView} from '../components/scroll-view.js';
import {localDate} from '../dates.js';
import {resumeLines} from '../layout.js';

interface Props {
  readonly content: Content;
  readonly lang: Lang;
  readonly savedAt: string | undefined;
  readonly answered: number;
  readonly total: number;
  readonly cursor: number;
  /** Every visible question is answered. */
  readonly complete: boolean;
  readonly width: number;
  readonly height: number;
}

export function ResumeScreen({content, lang, savedAt, answered, total, cursor, complete, width, height}: Props) {
  // The saved timestamp is ISO; shown in local time.
  const date = savedAt ? localDate(new Date(savedAt), true) : '-';
  const {lines, optionStarts} = resumeLines(content, lang, {date, answered, total, complete}, cursor, width);
  // Too short a terminal (a confirmation message takes rows too): keep the highlighted choice on screen.
  const end = optionStarts[cursor + 1] ?? lines.length;
  const top = Math.max(0, Math.min(lines.length - height, end - height));
  return <ScrollView lines={lines} scroll={top} height={height} />;
}
