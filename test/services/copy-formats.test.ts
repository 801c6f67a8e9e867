// The checklist as it leaves the tool: the Markdown export parsed as CommonMark (heading levels that do not
// skip; each item a list item holding its title, its steps as a list and its references as a paragraph),
// the short copy that fits one chat message, and neither holding sentences about the person's answers.
import {Parser} from 'commonmark';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {LANGS} from '../../source/content/types.js';
import {t} from '../../source/i18n/index.js';
import {present} from '../../source/output/present.js';
import {checklistText, renderReport, shortChecklistText} from '../../source/output/render.js';
import {assess} from '../../source/scoring/score.js';
import {PUBLIC_CASES} from '../support/cases.js';

type Node = NonNullable<ReturnType<Parser['parse']>['firstChild']>;
const children = (node: Node) => {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) out.push(c);
  return out;
};
const INLINE_CONTAINERS = new Set(['paragraph', 'heading', 'strong', 'emph', 'link']);
const textOf = (node: Node): string => {
  if (node.type === 'text' || node.type === 'code') return node.literal ?? '';
  if (node.type === 'softbreak') return ' ';
  return children(node).map(textOf).join(INLINE_CONTAINERS.has(node.type) ? '' : ' ');
};

const cases = Object.entries(PUBLIC_CASES).map(([name, c]) => [name, {...c.answers, wellbeing: 'overwhelmed'}] as const);

describe('the Markdown export is CommonMark that renders as written', () => {
  for (const lang of LANGS) {
    test(`${lang}: headings one level deeper at a time; each item its title, its steps, its references`, () => {
      for (const [name, answers] of cases) {
        const view = present(content, assess(content, answers), lang);
        const doc = new Parser().parse(checklistText(content, view, {done: [view.checklist[0]!.id], date: '2026-12-01', format: 'markdown'}));
        const top = children(doc);
        const headings = top.filter((n) => n.type === 'heading').map((n) => n.level);
        expect(headings[0], name).toBe(1);
        for (let i = 1; i < headings.length; i++) expect(headings[i]! - headings[i - 1]!, `${name}: ${headings}`).toBeLessThanOrEqual(1);
        // One heading per priority present, then the references.
        const priorities = new Set(view.checklist.map((i) => i.priority));
        expect(top.filter((n) => n.type === 'heading' && n.level === 2).length, name).toBe(priorities.size + 1);
        const items = top.filter((n) => n.type === 'list' && n.listType === 'bullet').flatMap(children).filter((li) => /^\[[ x]\]/.test(textOf(li)));
        expect(items, name).toHaveLength(view.checklist.length);
        for (const [i, li] of items.entries()) {
          const item = view.checklist[i]!;
          const blocks = children(li);
          expect(blocks[0]!.type).toBe('paragraph');
          expect(textOf(blocks[0]!)).toContain(item.title);
          expect(textOf(blocks[0]!).startsWith(i === 0 ? '[x]' : '[ ]'), `${name} ${item.id}`).toBe(true);
          const steps = blocks.find((b) => b.type === 'list' && b.listType === 'ordered');
          expect(steps ? children(steps).length : 0, `${name} ${item.id}`).toBe(item.steps.length);
          if (item.references.length > 0) {
            expect(textOf(blocks.at(-1)!).startsWith(t(content, 'report.basis', lang).trim()), `${name} ${item.id}`).toBe(true);
          }
        }
      }
    });
  }

  test('the --answers report in Markdown has no skipped heading level either', () => {
    const view = present(content, assess(content, PUBLIC_CASES.C.answers), 'en');
    const levels = children(new Parser().parse(renderReport(content, view, 'markdown')))
      .filter((n) => n.type === 'heading')
      .map((n) => n.level);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
  });
});

describe('copies hold what to do, not what the person answered', () => {
  test('no "why it applies to you" paragraph and no answer label in the copied or exported checklist', () => {
    for (const lang of LANGS) {
      for (const [name, answers] of cases) {
        const view = present(content, assess(content, answers), lang);
        for (const format of ['plain', 'markdown'] as const) {
          const text = checklistText(content, view, {done: [], date: '2026-12-01', format});
          for (const item of view.checklist) expect(text.includes(item.why), `${name} ${lang} ${format} ${item.id}`).toBe(false);
        }
        const short = shortChecklistText(content, view, {done: []});
        for (const item of view.checklist) expect(short.includes(item.why), `${name} ${lang} short ${item.id}`).toBe(false);
      }
    }
  });

  test('the short copy: the items to do now that are not done, title and first step, within one chat message', () => {
    for (const lang of LANGS) {
      for (const [name, answers] of cases) {
        const view = present(content, assess(content, answers), lang);
        const now = view.checklist.filter((i) => i.priority === 'now');
        const done = now.slice(0, 1).map((i) => i.id);
        const short = shortChecklistText(content, view, {done});
        // WeChat shows about 2,000 characters before folding a message; the copy stays far below.
        expect([...short].length, `${name} ${lang}`).toBeLessThanOrEqual(lang === 'en' ? 1200 : 600);
        for (const item of now.slice(1, 4)) {
          expect(short, `${name} ${lang}`).toContain(item.title);
          if (item.steps[0]) expect(short).toContain(item.steps[0]);
        }
        if (now[0]) expect(short.includes(now[0].title), `${name} ${lang}: a done item is left out`).toBe(false);
      }
    }
  });
});
