// The answer (docs/contract.md, The answer): the JSON carries `answer: {id, text}`, and every other output
// shows its text first after the level: the report (text and Markdown, which --plain prints too), both copies,
// and the first results screen at 40x20 and 80x24. Someone who owes nothing sees no score (property 13).
import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {ANSWER_IDS, type Lang} from '../../source/content/types.js';
import type {Answers} from '../../source/engine/conditions.js';
import {present} from '../../source/output/present.js';
import {checklistText, levelLine, renderReport, shortChecklistText} from '../../source/output/render.js';
import {assess} from '../../source/scoring/score.js';
import {frameOf} from '../../source/ui/frame.js';
import {PUBLIC_CASES} from '../support/cases.js';
import {context, onResults, screenText} from '../ui/support.js';

const view = (answers: Answers, lang: Lang = 'en') => present(content, assess(content, answers), lang);
const lineAfter = (text: string, line: string) => {
  const lines = text.split('\n').map((l) => l.replace(/^- /, ''));
  return lines[lines.indexOf(line) + 1];
};

/** One set of answers per answer id, in the order of the table. */
const FOR: Record<(typeof ANSWER_IDS)[number], Answers> = {
  danger_call_police: {lenders: ['bank_loan'], overdue: 'd1_30', collector_actions: ['threaten_harm']},
  you_are_liable: {lenders: ['none'], someone_elses_debt: 'guarantor'},
  not_your_debt: {lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['insults']},
  unlicensed_app: {lenders: ['high_cost_app'], overdue: 'd1_30'},
  private_lender: {lenders: ['private'], overdue: 'd1_30'},
  unverified_lender: {lenders: ['unknown_app'], overdue: 'd1_30'},
  licensed_crossed_line: {lenders: ['platform_loan'], overdue: 'd31_90', contacted_people: ['family'], what_they_said: ['disclosed_debt']},
  licensed_unreachable: {lenders: ['credit_card'], overdue: 'd31_90', contact_status: 'unreachable'},
  licensed_rules: {lenders: ['credit_card'], overdue: 'd1_30', contact_status: 'negotiating'},
  nothing_overdue: {lenders: ['bank_loan'], overdue: 'not_yet', collector_actions: ['none'], contacted_people: ['none']},
  no_debt: {lenders: ['none'], someone_elses_debt: 'no'},
  depends: {},
};

describe('the answer', () => {
  it.each(ANSWER_IDS)('%s is given for its situation, with a text in each language', (id) => {
    for (const lang of ['zh-Hans', 'zh-Hant', 'en'] as const) {
      const v = view(FOR[id], lang);
      expect(v.answer.id).toBe(id);
      expect(v.answer.text.length).toBeGreaterThan(10);
    }
  });

  it('is in the JSON result, right after the level; owesNothing is not', () => {
    const json = JSON.parse(JSON.stringify(view(PUBLIC_CASES.E.answers)));
    expect(Object.keys(json).slice(0, 2)).toEqual(['level', 'answer']);
    expect(json.answer.id).toBe('not_your_debt');
    expect(json).not.toHaveProperty('owesNothing');
    expect(json.score).toBeTypeOf('number');
  });

  it('comes first after the level in the report (text and Markdown) and in both copies', () => {
    for (const lang of ['zh-Hans', 'en'] as const) {
      const v = view(PUBLIC_CASES.C.answers, lang);
      const level = levelLine(content, v);
      expect(lineAfter(renderReport(content, v, 'text'), level)).toBe(v.answer.text);
      expect(lineAfter(renderReport(content, v, 'markdown'), level)).toBe(v.answer.text);
      expect(lineAfter(checklistText(content, v, {done: [], date: '2026-12-07', format: 'plain'}), level)).toBe(v.answer.text);
      expect(shortChecklistText(content, v, {done: []}).split('\n')[1]).toBe(v.answer.text);
    }
  });

  it('someone who owes nothing sees the level and the answer, never a bare score (property 13)', () => {
    const v = view({lenders: ['none'], someone_elses_debt: 'contact_only', collector_actions: ['frequent_calls', 'insults']});
    expect(renderReport(content, v, 'text')).not.toMatch(/\/100/);
    expect(view(PUBLIC_CASES.A.answers).owesNothing).toBe(false);
    expect(renderReport(content, view(PUBLIC_CASES.A.answers), 'text')).toMatch(/\/100/);
  });

  it('is on the first results screen, right under the level, at 40x20 and 80x24', () => {
    const ctx = context();
    for (const [name, c] of Object.entries(PUBLIC_CASES)) {
      for (const lang of ['en', 'zh-Hans'] as const) {
        for (const size of [{columns: 40, rows: 20}, {columns: 80, rows: 24}]) {
          const screen = screenText(frameOf(ctx, onResults(ctx, c.answers, lang), size));
          const v = view(c.answers, lang);
          const flat = screen.replace(/\s+/g, '');
          const first = v.answer.text.match(/^.*?[。！？]|^.*?[.!?](?=\s|$)/u)![0].replace(/\s+/g, '');
          const where = `${name} ${lang} ${size.columns}x${size.rows}\n${screen}`;
          expect(flat, where).toContain(first);
          expect(flat.indexOf(first), where).toBeGreaterThan(flat.indexOf(content.ui[`level.${v.level}`]![lang]));
          if (v.owesNothing) expect(screen, where).not.toMatch(/\/ ?100/);
        }
      }
    }
  });
});
