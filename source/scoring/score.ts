// Risk assessment: answers -> level, score, stage, reasons and the checklist that applies.
// Pure. Two ideas drive it: how LIKELY collectors are to reach the people around the person, and how much
// HARM it does when they do; the hard rules are floors and caps on top of the points. Each stage is its own
// module: facts (the answers as the rules read them), likelihood, harm, rules, stage, checklist.
import type {Content} from '../content/types.js';
import type {Answers} from '../engine/conditions.js';
import {isComplete} from '../engine/questionnaire.js';
import {answerOf} from './answer.js';
import {checklistContext, flagsOf, selectChecklist} from './checklist.js';
import {readFacts} from './facts.js';
import {harm} from './harm.js';
import {likelihood} from './likelihood.js';
import {floorsAndCaps} from './rules.js';
import {stageOf} from './stage.js';
import {tally} from './tally.js';
import type {Assessment} from './types.js';

export function assess(content: Content, given: Answers): Assessment {
  const facts = readFacts(content, given);
  const points = tally();
  likelihood(facts, points);
  harm(facts, points);
  const {level, score, reasons} = floorsAndCaps(facts, points.reasons);
  const flags = flagsOf(facts, level);
  return {
    level,
    score,
    stage: stageOf(facts),
    complete: isComplete(content.questions, facts.answers, 'given'),
    crisis: facts.one('wellbeing') === 'overwhelmed',
    reasons,
    answer: answerOf(facts, flags),
    owesNothing: facts.noDebt && !facts.liable,
    checklist: selectChecklist(content, checklistContext(facts.answers, facts.visible, flags)),
    flags,
    answers: facts.answers,
    visible: facts.visible,
    ignored: facts.ignored,
  };
}
