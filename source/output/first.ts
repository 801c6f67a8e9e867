// What the first screen of the results holds in both shells: the items to do tonight, and the answer's
// first sentence with the rest one key or tap away (docs/web.md; for the terminal, docs/cli.md).
// Pure.
import type {ResultView} from './present.js';

const MAX_TONIGHT = 3;

/** The items to do first: up to three `now` items, else the first one or two of the highest priority present. */
export function firstItems(view: ResultView, count = MAX_TONIGHT): {readonly ids: string[]; readonly now: boolean} {
  const now = view.checklist.filter((item) => item.priority === 'now');
  if (now.length > 0) return {ids: now.slice(0, count).map((item) => item.id), now: true};
  const top = view.checklist[0]?.priority;
  return {ids: view.checklist.filter((item) => item.priority === top).slice(0, Math.min(2, count)).map((i) => i.id), now: false};
}

/** The answer's first sentence and the rest (empty when it is one sentence), in Chinese and in English. */
export function firstSentence(text: string): [string, string] {
  const end = /[。！？](?=.)|[.!?](?=\s+\S)/u.exec(text);
  if (!end) return [text, ''];
  const cut = end.index + 1;
  return [text.slice(0, cut), text.slice(cut).trim()];
}
