// Reasons as they are added up: every point of the score comes through `weigh`, so each reason's weight is
// its real share of the score.
import type {Reason} from './types.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface Tally {
  /** Adds a weighing reason; one without weight or without answers behind it is left out. */
  weigh(id: string, weight: number, because: readonly string[]): void;
  readonly reasons: Reason[];
}

export function tally(): Tally {
  const reasons: Reason[] = [];
  return {
    reasons,
    weigh(id, weight, because) {
      if (because.length > 0 && weight > 0) reasons.push({id, weight: round1(weight), because});
    },
  };
}

export const total = (reasons: readonly Reason[]) => reasons.reduce((points, r) => points + r.weight, 0);
