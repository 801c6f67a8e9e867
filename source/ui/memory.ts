// Peak memory of the interface. Ink lays out and paints each frame anew, leaving much short-lived garbage;
// V8 answers a high allocation rate by growing its young generation, one doubling at a time, to 16 MB a
// half or more, and the process's peak memory grows with it (5-9 MB in a session to the results, measured
// with `npm run bench`; docs/performance.md). Asked not to grow it, V8 collects the same garbage in a few
// more, small scavenges, which a questionnaire waiting for keys does not notice.
//
// The flag is V8's own and read each time the young generation would grow. An unknown flag would make V8
// print an error on the terminal, so it is set only on the Node versions it was measured and tested on
// (test/ui/memory.test.ts runs on each version CI uses).
import {setFlagsFromString} from 'node:v8';

export const YOUNG_GENERATION_FLAG = '--semi-space-growth-factor=1';
const MEASURED_MAJORS = new Set([20, 22, 24]);

/** Returns whether the flag was set: on a Node version it was measured on. */
export function keepYoungGenerationSmall(nodeVersion = process.versions.node, set: (flags: string) => void = setFlagsFromString): boolean {
  if (!MEASURED_MAJORS.has(Number(nodeVersion.split('.')[0]))) return false;
  set(YOUNG_GENERATION_FLAG);
  return true;
}
