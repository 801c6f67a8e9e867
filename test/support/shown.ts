// What a person is shown for some answers, read the way the content tests read it.
import {content} from '../../source/content/generated.js';
import type {Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {present, type ResultView} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';

export const view = (answers: Answers, lang: Lang = 'zh-Hans') => present(content, assess(content, answers), lang);
export const item = (v: ResultView, id: string) => v.checklist.find((c) => c.id === id);
/** Everything a person reads for one item: title, why and steps. */
export const words = (v: ResultView, id: string) => {
  const found = item(v, id);
  return found ? [found.title, found.why, ...found.steps].join('\n') : '';
};
export const allWords = (v: ResultView) => v.checklist.map((c) => words(v, c.id)).join('\n');
