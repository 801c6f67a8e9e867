import {describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {
  type Action,
  firstUnanswered,
  initialState,
  isComplete,
  nextQuestion,
  normalizeAnswers,
  previousQuestion,
  progress,
  reduce,
  type State,
  toggleOption,
} from '../../source/engine/questionnaire.js';
import {byId, QUESTIONS} from './fixtures.js';

const Q = QUESTIONS;
const state = (over: Partial<State>): State => ({
  phase: 'question',
  lang: 'en',
  answers: {},
  current: 'a',
  done: [],
  ...over,
});
const run = (s: State, ...actions: Action[]) => actions.reduce((acc, a) => reduce(Q, acc, a), s);
const answer = (question: string, value: string | string[]): Action => ({type: 'ANSWER', question, value});

describe('normalizeAnswers (fixtures)', () => {
  it('returns the SAME object when nothing changes', () => {
    const answers: Answers = {a: ['x'], b: 'q', c: 'r', d: ['m', 'n']};
    expect(normalizeAnswers(Q, answers)).toBe(answers);
    const empty: Answers = {};
    expect(normalizeAnswers(Q, empty)).toBe(empty);
  });

  it('drops answers to questions a change hides, transitively', () => {
    const out = normalizeAnswers(Q, {a: ['none'], b: 'q', c: 'r', d: ['m']});
    expect(out).toEqual({a: ['none'], d: ['m']});
  });

  it('drops options no longer offered, and the whole answer when nothing is left', () => {
    expect(normalizeAnswers(Q, {a: ['x'], b: 'p', d: ['m', 'n']})).toEqual({a: ['x'], b: 'p', d: ['m']});
    expect(normalizeAnswers(Q, {a: ['x'], b: 'p', d: ['n']})).toEqual({a: ['x'], b: 'p'});
  });

  it('drops unknown options and unknown questions', () => {
    expect(normalizeAnswers(Q, {a: ['x', 'zzz'], b: 'zzz'})).toEqual({a: ['x']});
    expect(normalizeAnswers(Q, {a: ['x'], nope: 'p'})).toEqual({a: ['x']});
  });

  it('is idempotent', () => {
    const once = normalizeAnswers(Q, {a: ['none'], b: 'q', c: 'r', d: ['n', 'm']});
    expect(normalizeAnswers(Q, once)).toBe(once);
  });
});

describe('normalizeAnswers (real content)', () => {
  const full: Answers = {
    lenders: ['high_cost_app'],
    overdue: 'd1_30',
    overdue_lenders: 'two_three',
    loan_terms: ['short_term'],
    contact_status: 'avoiding',
    phone: 'other_android',
    app_permissions: ['contacts', 'call_log', 'sms'],
    permissions_now: 'still_on',
    emergency_contacts: 'family',
    shared_info: ['employer'],
    collector_actions: ['insults'],
    contacted_people: ['family'],
    what_they_said: ['disclosed_debt'],
    evidence: 'some',
    wellbeing: 'stressed',
  };

  it('a complete consistent set is returned as the same object', () => {
    expect(normalizeAnswers(content.questions, full)).toBe(full);
  });

  it('switching lenders to [none] drops overdue and everything that depends on it', () => {
    const out = normalizeAnswers(content.questions, {...full, lenders: ['none']});
    expect(out).toEqual({
      lenders: ['none'],
      phone: 'other_android',
      app_permissions: ['contacts', 'call_log', 'sms'],
      permissions_now: 'still_on',
      wellbeing: 'stressed',
    });
  });

  it('overdue = not_yet drops how many lenders and how reachable, and keeps what collectors did (content version 3)', () => {
    const out = normalizeAnswers(content.questions, {...full, overdue: 'not_yet'});
    for (const gone of ['overdue_lenders', 'contact_status']) expect(out).not.toHaveProperty(gone);
    for (const kept of ['collector_actions', 'contacted_people']) expect(out).toHaveProperty(kept, full[kept as keyof typeof full]);
    expect(out.loan_terms).toEqual(['short_term']);
  });

  it('phone = iphone drops call_log and sms, keeping the rest', () => {
    const out = normalizeAnswers(content.questions, {...full, phone: 'iphone'});
    expect(out.app_permissions).toEqual(['contacts']);
    expect(out.permissions_now).toBe('still_on');
  });

  it('phone = iphone with only call_log/sms drops app_permissions and then permissions_now', () => {
    const out = normalizeAnswers(content.questions, {...full, phone: 'iphone', app_permissions: ['call_log', 'sms']});
    expect(out).not.toHaveProperty('app_permissions');
    expect(out).not.toHaveProperty('permissions_now');
  });
});

describe('toggleOption', () => {
  const a = byId(Q, 'a');
  it('adds a non-exclusive option', () => {
    expect(toggleOption(a, [], 'x')).toEqual(['x']);
    expect(toggleOption(a, ['x'], 'y')).toEqual(['x', 'y']);
  });
  it('an exclusive option clears the others', () => {
    expect(toggleOption(a, ['x', 'y'], 'none')).toEqual(['none']);
  });
  it('another option clears the exclusive one', () => {
    expect(toggleOption(a, ['none'], 'x')).toEqual(['x']);
  });
  it('toggling a selected option removes it', () => {
    expect(toggleOption(a, ['x', 'y'], 'x')).toEqual(['y']);
    expect(toggleOption(a, ['none'], 'none')).toEqual([]);
  });
  it('two exclusive options replace each other (real app_permissions: none / unsure)', () => {
    const perms = content.questions.find((q) => q.id === 'app_permissions')!;
    expect(toggleOption(perms, ['none'], 'unsure')).toEqual(['unsure']);
    expect(toggleOption(perms, ['contacts', 'sms'], 'unsure')).toEqual(['unsure']);
    expect(toggleOption(perms, ['unsure'], 'photos')).toEqual(['photos']);
  });
  it('does not mutate its input', () => {
    const selected = ['x'];
    toggleOption(a, selected, 'y');
    toggleOption(a, selected, 'none');
    expect(selected).toEqual(['x']);
  });
});

describe('selectors', () => {
  it('firstUnanswered / nextQuestion / previousQuestion follow visibility', () => {
    expect(firstUnanswered(Q, {})).toBe('a');
    expect(firstUnanswered(Q, {a: ['none']})).toBe('d');
    expect(firstUnanswered(Q, {a: ['x'], b: 'q'})).toBe('c');
    expect(firstUnanswered(Q, {a: ['none'], d: ['u']})).toBeUndefined();
    expect(nextQuestion(Q, {a: ['x'], b: 'p'}, 'b')).toBe('d');
    expect(nextQuestion(Q, {a: ['x'], b: 'q'}, 'b')).toBe('c');
    expect(nextQuestion(Q, {a: ['x']}, 'd')).toBeUndefined();
    expect(previousQuestion(Q, {a: ['none']}, 'd')).toBe('a');
    expect(previousQuestion(Q, {a: ['x'], b: 'q'}, 'd')).toBe('c');
    expect(previousQuestion(Q, {}, 'a')).toBeUndefined();
  });

  it('isComplete is true only when every visible question is answered', () => {
    expect(isComplete(Q, {a: ['none'], d: ['u']})).toBe(true);
    expect(isComplete(Q, {a: ['x'], b: 'q', d: ['u']})).toBe(false);
    expect(isComplete(Q, {a: ['x'], b: 'q', c: 'r', d: ['u']})).toBe(true);
  });

  it('progress counts position, visible total and answered', () => {
    expect(progress(Q, {}, 'a')).toEqual({position: 1, total: 3, answered: 0});
    expect(progress(Q, {a: ['x'], b: 'q'}, 'c')).toEqual({position: 3, total: 4, answered: 2});
    expect(progress(Q, {a: ['none']}, 'd')).toEqual({position: 2, total: 2, answered: 1});
    // A hidden question's answer is not counted as answered.
    expect(progress(Q, {a: ['none'], b: 'q', d: ['m']}, 'd')).toEqual({position: 2, total: 2, answered: 2});
    // No current question (results): position 0.
    expect(progress(Q, {a: ['none'], d: ['m']}, undefined)).toEqual({position: 0, total: 2, answered: 2});
  });

  it('progress on the real content: lenders=[none] leaves 5 questions, a granted permission adds permissions_now', () => {
    expect(progress(content.questions, {}, 'lenders')).toEqual({position: 1, total: 14, answered: 0});
    expect(progress(content.questions, {lenders: ['none']}, 'phone')).toEqual({position: 3, total: 5, answered: 1});
    expect(progress(content.questions, {lenders: ['none'], phone: 'iphone', app_permissions: ['contacts']}, 'permissions_now')).toEqual({
      position: 5,
      total: 6,
      answered: 3,
    });
  });
});

describe('initialState', () => {
  it('without saved answers: welcome, empty', () => {
    expect(initialState('zh-Hans')).toEqual({phase: 'welcome', lang: 'zh-Hans', answers: {}, current: undefined, done: []});
    expect(initialState('en', {answers: {}, done: ['x']})).toEqual({phase: 'welcome', lang: 'en', answers: {}, current: undefined, done: ['x']});
  });
  it('with saved answers: resume, keeping answers, current and done', () => {
    expect(initialState('en', {answers: {a: ['x']}, current: 'b', done: ['k']})).toEqual({
      phase: 'resume',
      lang: 'en',
      answers: {a: ['x']},
      current: 'b',
      done: ['k'],
    });
  });
});

describe('reduce', () => {
  describe('START', () => {
    it('welcome -> first question, answers kept', () => {
      const s = state({phase: 'welcome', current: undefined, answers: {a: ['x']}});
      expect(run(s, {type: 'START'})).toEqual({...s, phase: 'question', current: 'a'});
    });
    it('is a no-op (same object) outside welcome', () => {
      for (const phase of ['question', 'resume', 'results'] as const) {
        const s = state({phase});
        expect(run(s, {type: 'START'})).toBe(s);
      }
    });
  });

  describe('RESUME', () => {
    it('lands on the saved current when it is visible and unanswered', () => {
      const s = state({phase: 'resume', answers: {a: ['x']}, current: 'd'});
      expect(run(s, {type: 'RESUME'})).toEqual({...s, phase: 'question', current: 'd'});
    });
    it('saved current answered (gone back to it, or asked again) -> that question, then on to the gaps', () => {
      const s = state({phase: 'resume', answers: {a: ['x'], d: ['m']}, current: 'd'});
      const resumed = run(s, {type: 'RESUME'});
      expect(resumed).toEqual({...s, phase: 'question', current: 'd'});
      // d is the last question: answering it goes back to the unanswered b, not to the results.
      expect(run(resumed, {type: 'ANSWER', question: 'd', value: ['m']}).current).toBe('b');
    });
    it('saved current hidden -> first unanswered, hidden answers dropped', () => {
      const s = state({phase: 'resume', answers: {a: ['none'], b: 'q'}, current: 'c'});
      expect(run(s, {type: 'RESUME'})).toEqual({...s, answers: {a: ['none']}, phase: 'question', current: 'd'});
    });
    it('saved current unknown or missing -> first unanswered', () => {
      const s = state({phase: 'resume', answers: {a: ['x']}, current: 'gone'});
      expect(run(s, {type: 'RESUME'}).current).toBe('b');
      const t = state({phase: 'resume', answers: {a: ['x']}, current: undefined});
      expect(run(t, {type: 'RESUME'}).current).toBe('b');
    });
    it('everything answered -> results', () => {
      const s = state({phase: 'resume', answers: {a: ['none'], d: ['u']}, current: undefined});
      expect(run(s, {type: 'RESUME'})).toEqual({...s, phase: 'results', current: undefined});
    });
    it('is a no-op outside resume', () => {
      const s = state({phase: 'welcome', current: undefined});
      expect(run(s, {type: 'RESUME'})).toBe(s);
    });
  });

  describe('START_OVER', () => {
    it('resume -> first question with nothing answered and nothing ticked', () => {
      const s = state({phase: 'resume', answers: {a: ['x']}, current: 'b', done: ['k'], lang: 'zh-Hant'});
      expect(run(s, {type: 'START_OVER'})).toEqual({phase: 'question', lang: 'zh-Hant', answers: {}, current: 'a', done: []});
    });
    it('is a no-op outside resume', () => {
      const s = state({phase: 'results', current: undefined, answers: {a: ['none'], d: ['u']}});
      expect(run(s, {type: 'START_OVER'})).toBe(s);
    });
  });

  describe('ANSWER', () => {
    it('records the answer and advances to the next visible question', () => {
      const s = state({});
      expect(run(s, answer('a', ['none']))).toEqual({...s, answers: {a: ['none']}, current: 'd'});
      expect(run(s, answer('a', ['x']))).toEqual({...s, answers: {a: ['x']}, current: 'b'});
      const t = state({answers: {a: ['x']}, current: 'b'});
      expect(run(t, answer('b', 'q'))).toEqual({...t, answers: {a: ['x'], b: 'q'}, current: 'c'});
      expect(run(t, answer('b', 'p'))).toEqual({...t, answers: {a: ['x'], b: 'p'}, current: 'd'});
    });

    it('the last visible answer goes to results', () => {
      const s = state({answers: {a: ['none']}, current: 'd'});
      expect(run(s, answer('d', ['m']))).toEqual({...s, answers: {a: ['none'], d: ['m']}, phase: 'results', current: undefined});
    });

    it('changing an earlier answer drops the answers it hides and the options it withdraws', () => {
      const s = state({answers: {a: ['x'], b: 'q', c: 'r', d: ['m', 'n']}, current: 'a'});
      // n is offered only while b (now hidden) is visible and not p.
      expect(run(s, answer('a', ['none']))).toEqual({...s, answers: {a: ['none'], d: ['m']}, current: 'd'});
      const t = state({answers: {a: ['x'], b: 'q', c: 'r', d: ['m', 'n']}, current: 'b'});
      expect(run(t, answer('b', 'p'))).toEqual({...t, answers: {a: ['x'], b: 'p', d: ['m']}, current: 'd'});
    });

    it('invalid answers return the same state object', () => {
      const s = state({});
      expect(run(s, answer('a', ['zzz']))).toBe(s); // unknown option
      expect(run(s, answer('a', ['x', 'none']))).toBe(s); // exclusive combined
      expect(run(s, answer('a', []))).toBe(s); // empty multi
      expect(run(s, answer('a', 'x'))).toBe(s); // string for multi
      const t = state({answers: {a: ['x']}, current: 'b'});
      expect(run(t, answer('b', ['p']))).toBe(t); // list for single
      expect(run(t, answer('b', 'zzz'))).toBe(t); // unknown option
    });

    it('an option not offered (n when b = p) is rejected, not silently dropped', () => {
      // Otherwise the answer is dropped by normalizeAnswers and the reducer moves on with d unanswered.
      const s = state({answers: {a: ['x'], b: 'p'}, current: 'd'});
      expect(run(s, answer('d', ['n']))).toBe(s);
      expect(run(s, answer('d', ['m', 'n']))).toBe(s);
    });

    it('real content: call_log for an iPhone is rejected, not skipped past', () => {
      const s: State = {phase: 'question', lang: 'en', answers: {lenders: ['none'], phone: 'iphone'}, current: 'app_permissions', done: []};
      const next = reduce(content.questions, s, answer('app_permissions', ['call_log']));
      expect(next.current).toBe('app_permissions');
      expect(next.answers).toEqual({lenders: ['none'], phone: 'iphone'});
    });

    it('a changed answer goes on in order, through the answers after it (the person went back to check them)', () => {
      const s = state({answers: {a: ['x'], b: 'q', c: 'r', d: ['m']}, current: 'b'});
      expect(run(s, answer('b', 'q')).current).toBe('c');
    });

    it('a first answer goes on to the next question not yet answered, past answers given before it (a resumed gap)', () => {
      // b was added to a session that had answered c and d: once b is answered, nothing is left but the results.
      const gap = state({answers: {a: ['x'], c: 'r', d: ['m']}, current: 'b'});
      expect(run(gap, answer('b', 'q'))).toMatchObject({phase: 'results', current: undefined});
      // A gap, then a question still unanswered further on: that one is next.
      const further = state({answers: {a: ['x'], c: 'r'}, current: 'b'});
      expect(run(further, answer('b', 'q')).current).toBe('d');
      // Answered in order, the next question is simply the next.
      expect(run(state({answers: {a: ['x']}, current: 'b'}), answer('b', 'q')).current).toBe('c');
    });

    it('a multi answer naming an option twice is rejected', () => {
      const s = state({});
      expect(run(s, answer('a', ['x', 'x']))).toBe(s);
    });

    it('an answer for a question that is not current, or outside the question phase, returns the same state', () => {
      const s = state({answers: {a: ['x']}, current: 'b'});
      expect(run(s, answer('a', ['y']))).toBe(s);
      expect(run(s, answer('d', ['m']))).toBe(s);
      expect(run(s, answer('nope', 'p'))).toBe(s);
      const r = state({phase: 'results', current: undefined, answers: {a: ['none'], d: ['u']}});
      expect(run(r, answer('d', ['m']))).toBe(r);
      const w = state({phase: 'welcome', current: undefined});
      expect(run(w, answer('a', ['x']))).toBe(w);
    });
  });

  describe('BACK', () => {
    it('goes to the previous visible question, keeping answers', () => {
      const s = state({answers: {a: ['none'], d: ['m']}, current: 'd'});
      expect(run(s, {type: 'BACK'})).toEqual({...s, current: 'a'});
      const t = state({answers: {a: ['x'], b: 'q', c: 's'}, current: 'd'});
      expect(run(t, {type: 'BACK'})).toEqual({...t, current: 'c'});
    });
    it('from the first question -> welcome, answers kept', () => {
      const s = state({answers: {a: ['x']}, current: 'a'});
      expect(run(s, {type: 'BACK'})).toEqual({...s, phase: 'welcome', current: undefined});
    });
    it('from results -> the last visible question', () => {
      const s = state({phase: 'results', current: undefined, answers: {a: ['none'], d: ['u']}});
      expect(run(s, {type: 'BACK'})).toEqual({...s, phase: 'question', current: 'd'});
    });
    it('is a no-op on welcome and resume', () => {
      const w = state({phase: 'welcome', current: undefined});
      expect(run(w, {type: 'BACK'})).toBe(w);
      const r = state({phase: 'resume', current: 'b', answers: {a: ['x']}});
      expect(run(r, {type: 'BACK'})).toBe(r);
    });
    it('BACK then ANSWER with the same value moves forward again without losing later answers', () => {
      const s = state({answers: {a: ['x'], b: 'q', c: 'r', d: ['m']}, current: 'd'});
      const back = run(s, {type: 'BACK'}, {type: 'BACK'});
      expect(back.current).toBe('b');
      const again = run(back, answer('b', 'q'));
      expect(again).toEqual({...s, current: 'c'});
    });
  });

  describe('RESTART', () => {
    it('clears answers and ticks, goes to the first question, keeps the language', () => {
      const s = state({phase: 'results', lang: 'zh-Hans', answers: {a: ['none'], d: ['u']}, current: undefined, done: ['k']});
      expect(run(s, {type: 'RESTART'})).toEqual({phase: 'question', lang: 'zh-Hans', answers: {}, current: 'a', done: []});
    });
  });

  describe('TOGGLE_DONE', () => {
    const results = state({phase: 'results', current: undefined, answers: {a: ['none'], d: ['u']}});
    it('ticks and unticks in results', () => {
      const ticked = run(results, {type: 'TOGGLE_DONE', item: 'k'});
      expect(ticked).toEqual({...results, done: ['k']});
      const two = run(ticked, {type: 'TOGGLE_DONE', item: 'j'});
      expect(two.done).toEqual(['k', 'j']);
      expect(run(two, {type: 'TOGGLE_DONE', item: 'k'})).toEqual({...results, done: ['j']});
    });
    it('is a no-op outside results', () => {
      for (const phase of ['welcome', 'resume', 'question'] as const) {
        const s = state({phase});
        expect(run(s, {type: 'TOGGLE_DONE', item: 'k'})).toBe(s);
      }
    });
  });

  describe('SET_LANG', () => {
    it('changes only the language', () => {
      const s = state({answers: {a: ['x']}, current: 'b'});
      expect(run(s, {type: 'SET_LANG', lang: 'zh-Hant'})).toEqual({...s, lang: 'zh-Hant'});
    });
    it('returns the same object for the same language', () => {
      const s = state({lang: 'en'});
      expect(run(s, {type: 'SET_LANG', lang: 'en'})).toBe(s);
    });
  });
});
