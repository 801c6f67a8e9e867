import type {AnswerId, Flag, Priority} from '../content/types.js';
import type {Answers} from '../engine/conditions.js';

export type Level = 'low' | 'moderate' | 'high' | 'critical';
export const LEVELS: readonly Level[] = ['low', 'moderate', 'high', 'critical'];
export type Stage = 'prevention' | 'warning_signs' | 'happening';

/** Lowest score of each level. */
export const THRESHOLD: Readonly<Record<Level, number>> = {low: 0, moderate: 25, high: 55, critical: 85};
export const rank = (level: Level) => LEVELS.indexOf(level);

export interface Reason {
  /** Id of the reason text in questions/reasons.yaml. */
  readonly id: string;
  readonly weight: number;
  /** The answers behind it, as "question=option". */
  readonly because: readonly string[];
}

export interface Assessment {
  readonly level: Level;
  /** 0–100. */
  readonly score: number;
  readonly stage: Stage;
  readonly complete: boolean;
  readonly crisis: boolean;
  /** Strongest first. */
  readonly reasons: readonly Reason[];
  /** The answer that applies (questions/answers.yaml; source/scoring/answer.ts). */
  readonly answer: AnswerId;
  /** The person owes nothing (no debt, and did not sign for another's): no score is shown to them (property 13). */
  readonly owesNothing: boolean;
  /** Checklist items that apply, by priority then content order. */
  readonly checklist: readonly {readonly id: string; readonly priority: Priority}[];
  readonly flags: ReadonlySet<Flag>;
  /** The answers the assessment used: hidden questions and options not offered removed. */
  readonly answers: Answers;
  /** Questions that may be shown for these answers (an unanswered question hides nothing). */
  readonly visible: ReadonlySet<string>;
  /** Answers that were given but carry no weight (hidden questions, options not offered), as "question=option". */
  readonly ignored: readonly string[];
}
