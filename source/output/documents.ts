// Ready-to-send documents: the text to send, and separately how to send it and keep proof. Pure.
import type {Content, Lang} from '../content/types.js';
import type {Answers} from '../engine/conditions.js';
import {letterText} from './letter.js';

export interface DocumentView {
  readonly id: string;
  readonly title: string;
  /** What to send: paragraphs one per line, never hard-wrapped. */
  readonly text: string;
  /** How to send it and keep proof (not part of what is sent). */
  readonly howToSend: string;
}

export const DOCUMENT_IDS = ['deletion'] as const;

/** The documents these answers call for, in content order. */
export function applicableDocuments(_content: Content, _answers: Answers | undefined): string[] {
  return [...DOCUMENT_IDS];
}

export function documentView(content: Content, id: string, lang: Lang, _answers?: Answers): DocumentView {
  if (id !== 'deletion') throw new Error(`Unknown document "${id}"`);
  return {id, title: content.letter.title[lang], text: letterText(content, lang), howToSend: ''};
}
