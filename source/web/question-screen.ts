// One question per screen: its section, the counter and a bar that only moves forward as the person
// answers, the prompt as the heading, "why we ask", the options as radio buttons or checkboxes (an
// exclusive option such as "none" clears the others and is cleared by them), Back and Next.
import {offeredOptions, visibleIds} from '../engine/conditions.js';
import {counter} from '../engine/counter.js';
import {toggleOption} from '../engine/questionnaire.js';
import type {ScreenContext} from './context.js';
import {h} from './dom.js';

export function questionScreen(c: ScreenContext): HTMLElement[] {
  const {content, state} = c;
  const {answers, current} = state.flow;
  const question = content.questions.find((q) => q.id === current)!;
  const options = offeredOptions(question, answers, visibleIds(content.questions, answers));
  const given = answers[question.id];
  const selected: readonly string[] = state.draft ?? (given === undefined ? [] : typeof given === 'string' ? [given] : given);
  const count = counter(content.questions, answers, question.id);
  const counterText = c.t(count.exact ? 'tui.question.counterExact' : 'tui.question.counter', {n: count.position, left: count.left});
  const section = content.sections.find((s) => s.id === question.section);
  const multi = question.type === 'multi';

  const inputs: HTMLInputElement[] = [];
  const onChange = (value: string) => {
    const next = multi ? toggleOption(question, c.state.draft ?? selected, value) : [value];
    for (const input of inputs) input.checked = next.includes(input.value);
    c.set({draft: next, empty: false});
    error.hidden = true;
  };
  const items = options.map((option) => {
    const input = h('input', {
      type: multi ? 'checkbox' : 'radio',
      id: `option-${option.value}`,
      name: question.id,
      value: option.value,
      checked: selected.includes(option.value),
      onchange: () => onChange(option.value),
    });
    inputs.push(input);
    return h('label', {class: 'option'}, input, h('span', {}, option.label[c.lang]));
  });
  const error = h('p', {id: 'q-error', class: 'problem', role: 'alert', hidden: !state.empty}, c.t(multi ? 'web.question.empty' : 'web.question.emptyOne'));

  const next = () => {
    const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
    if (chosen.length === 0) {
      // Said where it is (role=alert), with the focus on the first option to choose.
      c.set({empty: true});
      error.hidden = false;
      inputs[0]?.focus();
      return;
    }
    c.act({type: 'ANSWER', question: question.id, value: multi ? chosen : chosen[0]!});
  };

  return [
    h('p', {class: 'section'}, section ? section.title[c.lang] : ''),
    h('p', {class: 'counter', id: 'counter'}, counterText),
    h('progress', {max: 100, value: Math.round(count.fraction * 100), 'aria-labelledby': 'counter'}),
    h(
      'fieldset',
      {'aria-describedby': 'q-help q-hint'},
      h('legend', {}, h('h1', {tabindex: -1}, question.prompt[c.lang])),
      h('p', {id: 'q-help', class: 'why'}, c.t('tui.question.why', {text: question.help[c.lang]})),
      h('p', {id: 'q-hint', class: 'quiet'}, c.t(multi ? 'web.question.pickMany' : 'web.question.pickOne')),
      h('div', {class: 'options'}, ...items),
    ),
    error,
    h(
      'div',
      {class: 'actions nav'},
      h('button', {type: 'button', id: 'back', onclick: () => c.act({type: 'BACK'})}, c.t('web.back')),
      h('button', {type: 'button', id: 'next', class: 'primary', onclick: next}, c.t('web.next')),
    ),
  ];
}
