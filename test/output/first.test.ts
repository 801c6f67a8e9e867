// What the first screen of the results holds in both shells (source/output/first.ts): tonight's items and
// the answer's first sentence.
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {firstItems, firstSentence} from '../../source/output/first.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {PUBLIC_CASES} from '../support/cases.js';

describe('tonight’s items', () => {
  it('are up to three `now` items in the checklist’s order, else the first one or two of the highest priority present', () => {
    for (const [name, {answers}] of Object.entries(PUBLIC_CASES)) {
      const view = present(content, assess(content, answers), 'en');
      const now = view.checklist.filter((item) => item.priority === 'now').map((item) => item.id);
      const first = firstItems(view);
      if (now.length > 0) expect(first, name).toEqual({ids: now.slice(0, 3), now: true});
      else {
        const top = view.checklist.filter((item) => item.priority === view.checklist[0]!.priority).map((item) => item.id);
        expect(first, name).toEqual({ids: top.slice(0, 2), now: false});
      }
      expect(firstItems(view, 1).ids, name).toEqual(first.ids.slice(0, 1));
    }
  });

  it('are none for an empty checklist', () => {
    const view = present(content, assess(content, PUBLIC_CASES.A.answers), 'en');
    expect(firstItems({...view, checklist: []})).toEqual({ids: [], now: false});
  });
});

describe('the answer on the first screen', () => {
  it('is split after its first sentence, in Chinese and in English', () => {
    expect(firstSentence('这已经越界了：持牌机构不得催收。先向放款机构投诉。')).toEqual(['这已经越界了：持牌机构不得催收。', '先向放款机构投诉。']);
    expect(firstSentence('That crossed the line. Complain to the lender first (within 15 days).')).toEqual(['That crossed the line.', 'Complain to the lender first (within 15 days).']);
    expect(firstSentence('One sentence only.')).toEqual(['One sentence only.', '']);
    expect(firstSentence('拨打 12378。')).toEqual(['拨打 12378。', '']);
    expect(firstSentence('See www.12378.cn first')).toEqual(['See www.12378.cn first', '']);
  });
});
