import type {Content, Lang} from '../../content/types.js';
import {Lines} from '../components/lines.js';
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
}

/** "2026-05-01 23:40" in local time; the saved timestamp is ISO. */
export function formatDate(iso: string | undefined): string {
  const date = iso ? new Date(iso) : undefined;
  if (!date || Number.isNaN(date.getTime())) return '-';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())} ${two(date.getHours())}:${two(date.getMinutes())}`;
}

export function ResumeScreen({content, lang, savedAt, answered, total, cursor, complete, width}: Props) {
  return (
    <Lines lines={resumeLines(content, lang, {date: formatDate(savedAt), answered, total, complete}, cursor, width)} />
  );
}
