// The welcome (what it is, that nothing leaves the phone, who it is for, how long, the crisis line, the
// "remember" switch), or, when answers are remembered on this phone, "forget" first, then continue.
import {counter} from '../engine/counter.js';
import {visibleQuestions} from '../engine/questionnaire.js';
import {localDate} from '../output/dates.js';
import type {ScreenContext} from './context.js';
import {h} from './dom.js';

export function rememberSwitch(c: ScreenContext): HTMLElement {
  const box = h('input', {type: 'checkbox', id: 'remember', 'aria-describedby': 'remember-help', checked: c.state.remember, onchange: (e) => c.setRemember((e.target as HTMLInputElement).checked)});
  return h(
    'div',
    {class: 'remember'},
    h('label', {class: 'check'}, box, h('span', {}, c.t('web.remember'))),
    h('p', {id: 'remember-help', class: 'quiet'}, c.state.storageFailed ? c.t('web.rememberFailed') : c.t('web.rememberHelp')),
  );
}

export function welcomeScreen(c: ScreenContext): HTMLElement[] {
  const {content} = c;
  if (c.state.flow.phase === 'resume') {
    const answers = c.state.flow.answers;
    const visible = visibleQuestions(content.questions, answers);
    const answered = visible.filter((q) => answers[q.id] !== undefined).length;
    const date = c.state.savedAt ? localDate(new Date(c.state.savedAt), true) : '-';
    return [
      h('h1', {tabindex: -1}, c.t('web.resume.title')),
      h('p', {}, c.t('tui.resume.saved', {date, answered, total: visible.length})),
      h(
        'div',
        {class: 'actions'},
        h('button', {type: 'button', id: 'forget', onclick: () => c.forget()}, c.t('web.forget')),
        h('button', {type: 'button', id: 'continue', class: 'primary', onclick: () => c.act({type: 'RESUME'})}, c.t('tui.resume.continue')),
        h('button', {type: 'button', id: 'start-over', onclick: () => c.act({type: 'START_OVER'})}, c.t('tui.resume.startOver')),
      ),
      h('p', {class: 'crisis-line'}, c.t('tui.welcome.crisis')),
    ];
  }
  const first = content.questions[0]!.id;
  const count = counter(content.questions, {}, first);
  return [
    h('h1', {tabindex: -1}, c.t('tui.title')),
    h('p', {}, c.t('tui.welcome.purpose')),
    h('p', {class: 'promise'}, c.t('web.welcome.privacy')),
    h('p', {}, c.t('web.welcome.time', {count: count.position + count.left})),
    // Start within the first screen of a phone; what else the welcome says follows it.
    h('div', {class: 'actions'}, h('button', {type: 'button', id: 'start', class: 'primary', onclick: () => c.act({type: 'START'})}, c.t('web.start'))),
    h('p', {class: 'crisis-line'}, c.t('tui.welcome.crisis')),
    h('p', {}, c.t('web.welcome.others')),
    rememberSwitch(c),
  ];
}
