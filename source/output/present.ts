// Turns an assessment into the JSON output of docs/contract.md (docs/schemas/result.schema.json), with every text in the chosen language. Pure.
import {language} from '../content/languages.js';
import type {AnswerId, Content, Lang, Priority} from '../content/types.js';
import {evaluate} from '../engine/conditions.js';
import {checklistContext} from '../scoring/checklist.js';
import type {Assessment, Level, Stage} from '../scoring/types.js';
import {documentsFor} from './documents.js';
import {type ReferenceView, reference} from './references.js';

export {type ReferenceView, reference};

export interface ResultView {
  readonly level: Level;
  /** What the level means for this person, in one or two sentences: shown first after the level everywhere. */
  readonly answer: {readonly id: AnswerId; readonly text: string};
  readonly score: number;
  readonly stage: Stage;
  readonly complete: boolean;
  readonly reasons: readonly {readonly id: string; readonly text: string; readonly because: readonly string[]}[];
  readonly checklist: readonly {
    readonly id: string;
    readonly priority: Priority;
    readonly title: string;
    /** Why it applies to this person: the paragraphs that apply, as one text. */
    readonly why: string;
    readonly steps: readonly string[];
    readonly references: readonly ReferenceView[];
  }[];
  /** The ready-to-send documents these answers call for. */
  readonly documents: readonly {readonly id: string; readonly title: string}[];
  readonly crisis: boolean;
  readonly lang: Lang;
  readonly contentVersion: string;
  readonly contentReviewed: string;
  /**
   * The person owes nothing: the screens and texts show the level word and the answer, never a score
   * (property 13). Not part of the JSON result, which keeps `score` (docs/contract.md).
   */
  readonly owesNothing: boolean;
  /** The JSON result of docs/contract.md: everything above but `owesNothing`. */
  toJSON(): Omit<ResultView, 'owesNothing' | 'toJSON'>;
}

/** How many reasons the result holds: the strongest ones (docs/contract.md, the result). */
export const MAX_REASONS = 5;

export function present(content: Content, assessment: Assessment, lang: Lang): ResultView {
  const ctx = checklistContext(assessment.answers, assessment.visible, assessment.flags);
  const reasonText = (id: string) => {
    const found = content.reasons.find((r) => r.id === id);
    if (!found) throw new Error(`Unknown reason "${id}"`);
    return found.text[lang];
  };
  const applies = (part: {readonly when?: Parameters<typeof evaluate>[0]}) => !part.when || evaluate(part.when, ctx);
  const answer = content.answers.find((a) => a.id === assessment.answer);
  if (!answer) throw new Error(`Unknown answer "${assessment.answer}"`);
  return {
    level: assessment.level,
    answer: {id: answer.id, text: answer.text.filter(applies).map((part) => part.text[lang]).join(language(lang).typography.sentenceJoin)},
    score: assessment.score,
    stage: assessment.stage,
    complete: assessment.complete,
    reasons: assessment.reasons
      .slice(0, MAX_REASONS)
      .map((r) => ({id: r.id, text: reasonText(r.id), because: r.because})),
    checklist: assessment.checklist.map(({id, priority}) => {
      const item = content.checklist.find((c) => c.id === id)!;
      const why = item.why.filter(applies);
      const steps = item.steps.filter(applies);
      // Only the references behind what is shown: an Android user is not sent to the iPhone guide.
      const refs = new Set([...item.references, ...[...why, ...steps].flatMap((part) => part.references ?? [])]);
      return {
        id,
        priority,
        title: item.title[lang],
        why: why.map((w) => w.text[lang]).join(language(lang).typography.sentenceJoin),
        steps: steps.map((s) => s.text[lang]),
        references: [...refs].map((r) => reference(content, r, lang)),
      };
    }),
    documents: documentsFor(content, ctx).map((doc) => ({id: doc.id, title: doc.title[lang]})),
    crisis: assessment.crisis,
    lang,
    contentVersion: content.version,
    contentReviewed: content.reviewed,
    owesNothing: assessment.owesNothing,
    toJSON() {
      const {owesNothing: _, toJSON: __, ...json} = this;
      return json;
    },
  };
}

/** The label of an answer "question=option" in the given language, for showing why a reason applies. */
export function answerLabel(content: Content, answer: string, lang: Lang): string {
  const [q, v] = answer.split('=');
  const option = content.questions.find((x) => x.id === q)?.options.find((o) => o.value === v);
  return option ? option.label[lang] : answer;
}

