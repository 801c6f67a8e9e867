// The real questions/ folder compiles, the shipped generated.ts is not stale, and broken copies are rejected
// with a message that names the problem.
import {rmSync} from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {ContentError, compileContent, FORBIDDEN_CONFIDENCE, PINYIN_ARTEFACT} from '../../source/content/compile.js';
import {content} from '../../source/content/generated.js';
import {brokenCopy, documentReferences, QUESTIONS_DIR, removeDir} from './helpers.js';

const real = compileContent(QUESTIONS_DIR);

describe('the real content', () => {
  it('compiles without errors', () => {
    expect(() => compileContent(QUESTIONS_DIR)).not.toThrow();
  });

  it('generated.ts equals a fresh compile of questions/ (run `npm run content` if this fails)', () => {
    expect(content).toEqual(real);
  });

  it('every reference cited by the checklist and the documents resolves and is not Low or UNCONFIRMED', () => {
    const refs = new Map(real.references.map((r) => [r.id, r]));
    const cited = [
      ...real.checklist.flatMap((item) => item.references.map((r) => ({by: item.id, r}))),
      ...real.documents.flatMap((doc) => documentReferences(doc).map((r) => ({by: doc.id, r}))),
    ];
    expect(cited.length).toBeGreaterThan(0);
    for (const {by, r} of cited) {
      const ref = refs.get(r);
      expect(ref, `${by} cites unknown reference ${r}`).toBeDefined();
      expect(FORBIDDEN_CONFIDENCE.has(ref!.confidence), `${by} cites ${r} (${ref!.confidence})`).toBe(false);
    }
    expect(FORBIDDEN_CONFIDENCE).toEqual(new Set(['Low', 'UNCONFIRMED']));
  });

  it('every checklist item cites at least one reference, for the item or in its paragraphs and steps', () => {
    for (const item of real.checklist) {
      const cited = [...item.references, ...[...item.why, ...item.steps].flatMap((p) => p.references ?? [])];
      expect(cited.length, item.id).toBeGreaterThan(0);
    }
  });
});

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML, shaped by the schema.
const question = (d: any, id: string) => d.questions.find((q: {id: string}) => q.id === id);

describe('broken copies are rejected', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) removeDir(d);
  });
  const rejects = (dir: string, ...messages: (string | RegExp)[]) => {
    dirs.push(dir);
    let error: unknown;
    try {
      compileContent(dir);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ContentError);
    for (const m of messages) expect((error as Error).message).toMatch(m);
  };

  it('a pinyin artefact in zh-Hans ("互联(lián)网")', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        d.questions[0].help['zh-Hans'] = '互联(lián)网借款';
      }),
      'questions.yaml lenders.help',
      'pinyin artefact',
      '互联(lián)网',
    );
  });

  it('a pinyin artefact with full-width parentheses in a checklist step', () => {
    rejects(
      brokenCopy('checklist.yaml', (d) => {
        d.checklist[0].steps[0].text['zh-Hans'] = '打开互联（lián）网';
      }),
      'pinyin artefact',
    );
  });

  it('a checklist item citing an unknown reference', () => {
    let id = '';
    rejects(
      brokenCopy('checklist.yaml', (d) => {
        id = d.checklist[0].id;
        d.checklist[0].references.push('no_such_reference');
      }),
      `checklist.yaml ${id}: unknown reference "no_such_reference"`,
    );
  });

  it('a document citing an unknown reference', () => {
    rejects(
      brokenCopy('documents/deletion.yaml', (d) => {
        d.references.push('no_such_reference');
      }),
      'documents/deletion.yaml: unknown reference "no_such_reference"',
    );
  });

  for (const confidence of ['Low', 'UNCONFIRMED']) {
    it(`a cited reference whose confidence is ${confidence}`, () => {
      // Lower the confidence of the reference of the deletion request's first point (withdrawing consent).
      rejects(
        brokenCopy('references.yaml', (d) => {
          d.references.find((r: {id: string}) => r.id === 'pipl_art15').confidence = confidence;
        }),
        new RegExp(`documents/deletion\\.yaml text\\[\\d+\\]\\.list\\[0\\]: cites "pipl_art15", whose confidence is ${confidence}`),
      );
    });
  }

  it('a document missing, a document in a file of another name, a shared block nobody uses, a flag misspelt', () => {
    const missing = brokenCopy('documents/evidence_log.yaml', () => {});
    rmSync(path.join(missing, 'documents', 'evidence_log.yaml'));
    rejects(missing, 'document "evidence_log" is defined 0 times');
    rejects(
      brokenCopy('documents/note_for_employer.yaml', (d) => {
        d.id = 'message_to_contacts';
      }),
      'documents/note_for_employer.yaml: the file of document "message_to_contacts" must be named message_to_contacts.yaml',
      'document "message_to_contacts" is defined 2 times',
    );
    rejects(
      brokenCopy('documents/shared.yaml', (d) => {
        d.blocks.spare = [{text: {'zh-Hans': '多余', en: 'Spare'}}];
      }),
      'documents/shared.yaml: "spare" is never used',
    );
    rejects(
      brokenCopy('documents/deletion.yaml', (d) => {
        d.when = {flag: 'licenced_overdue'};
      }),
      'documents/deletion.yaml does not match the schema',
    );
  });

  it('a document whose table has a rule in its first column, or a condition on an unknown question', () => {
    rejects(
      brokenCopy('documents/evidence_log.yaml', (d) => {
        d.table.columns[0].limit = {'zh-Hans': '规矩', en: 'Rule'};
      }),
      "documents/evidence_log.yaml table: the first column holds the label of the rules row, so it has no rule",
    );
    rejects(
      brokenCopy('documents/deletion.yaml', (d) => {
        d.text[0].when = {q: 'no_such_question', in: ['x']};
      }),
      'documents/deletion.yaml text[0]: condition refers to an unknown question "no_such_question"',
    );
  });

  it('a missing English text', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        delete d.questions[1].prompt.en;
      }),
      'questions.yaml does not match the schema',
      'questions.1.prompt.en',
    );
  });

  it('an empty zh-Hans text', () => {
    rejects(
      brokenCopy('reasons.yaml', (d) => {
        d.reasons[0].text['zh-Hans'] = '   ';
      }),
      'reasons.yaml does not match the schema',
    );
  });

  it('a condition on an unknown question or an unknown option', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        question(d, 'overdue').showIf = {q: 'no_such_question', in: ['x']};
        question(d, 'loan_terms').showIf = {q: 'lenders', in: ['no_such_option']};
      }),
      'questions.yaml overdue: condition refers to an unknown question "no_such_question"',
      'questions.yaml loan_terms: "lenders" has no option "no_such_option"',
    );
  });

  it('a question revised in a version after the content version', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        question(d, 'collector_actions').revised = '9.0.0';
      }),
      'questions.yaml collector_actions: revised in 9.0.0, after this content version',
    );
  });

  it('atLeast on a single-choice question', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        question(d, 'overdue_lenders').showIf = {q: 'overdue', atLeast: 2};
      }),
      'questions.yaml overdue_lenders: "overdue" is single choice: atLeast needs a multiple-choice question',
    );
  });

  it('a condition on a later question is rejected and called "a later question", not "unknown"', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        question(d, 'overdue_lenders').showIf = {q: 'wellbeing', in: ['coping']};
      }),
      'questions.yaml overdue_lenders: condition refers to a later question "wellbeing"',
    );
  });

  it('a checklist condition naming an unknown option', () => {
    rejects(
      brokenCopy('checklist.yaml', (d) => {
        d.checklist[0].when = {q: 'phone', in: ['nokia']};
      }),
      '"phone" has no option "nokia"',
    );
  });

  it('duplicate ids', () => {
    rejects(
      brokenCopy('checklist.yaml', (d) => {
        d.checklist.push(d.checklist[0]);
      }),
      /duplicate checklist id/,
    );
  });

  it('a question with more options than keys 1-9 and 0', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        const q = question(d, 'collector_actions');
        while (q.options.length <= 10) q.options.push({...q.options[0], value: `extra_${q.options.length}`});
      }),
      /questions\.yaml collector_actions: 11 options; at most 10/,
    );
  });

  it('a single-choice question whose riskOrder misses an option', () => {
    rejects(
      brokenCopy('questions.yaml', (d) => {
        d.questions.find((q: {id: string}) => q.id === 'overdue').riskOrder.pop();
      }),
      'questions.yaml overdue: riskOrder must list every option exactly once',
    );
  });

  it('placeholders that differ between zh-Hans and en', () => {
    rejects(
      brokenCopy('ui.yaml', (d) => {
        d.ui.reviewed.en = 'Content last reviewed: {when}';
      }),
      'ui.yaml reviewed: placeholders differ between zh-Hans and en',
    );
  });

  it('the real copy itself compiles (the helper changes only what the edit changes)', () => {
    const dir = brokenCopy('questions.yaml', () => {});
    dirs.push(dir);
    expect(compileContent(dir)).toEqual(compileContent(QUESTIONS_DIR));
  });
});

describe('PINYIN_ARTEFACT', () => {
  it('matches pinyin glosses after Han characters, and not ordinary parentheses', () => {
    expect(PINYIN_ARTEFACT.test('互聯(lián)網')).toBe(true);
    expect(PINYIN_ARTEFACT.test('互联（lian）网')).toBe(true);
    expect(PINYIN_ARTEFACT.test('拨打 110（报警）')).toBe(false);
    expect(PINYIN_ARTEFACT.test('华为（鸿蒙 HarmonyOS）')).toBe(false);
  });
});
