// The public calibration cases (docs/scoring.md; test/fixtures/public-cases.json, also read by the benchmark).
import {readFileSync} from 'node:fs';
import type {Answers} from '../../source/engine/conditions.js';
import type {Level} from '../../source/scoring/types.js';

export interface PublicCase {
  readonly name: string;
  readonly level: Level;
  readonly answers: Answers;
}

const file = new URL('../fixtures/public-cases.json', import.meta.url);
const {_comment, ...cases} = JSON.parse(readFileSync(file, 'utf8')) as Record<string, PublicCase> & {_comment: string};

export const PUBLIC_CASES = cases as Readonly<Record<'A' | 'B' | 'C' | 'D' | 'E' | 'F', PublicCase>>;
