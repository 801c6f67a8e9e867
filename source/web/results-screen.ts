// The results, in the terminal's order (docs/web.md): crisis help first when the person said it is too much,
// the level, the answer to their question, what to do tonight, the three strongest reasons, the checklist
// grouped by priority with each item collapsed and a tick beside it, the documents, the copies.
import {PRIORITIES} from '../content/types.js';
import {localDate} from '../output/dates.js';
import {firstItems, firstSentence} from '../output/first.js';
import {answerLabel, present, type ResultView} from '../output/present.js';
import {checklistText, shortChecklistText} from '../output/render.js';
import {assess} from '../scoring/score.js';
import type {ScreenContext} from './context.js';
import {h, paragraphs} from './dom.js';
import {rememberSwitch} from './welcome-screen.js';

const SCREEN_REASONS = 3;

type Item = ResultView['checklist'][number];

/** The result the page shows: the core's, for the answers given, in the language on screen. */
export function resultView(c: Pick<ScreenContext, 'content' | 'state' | 'lang'>): ResultView {
  return present(c.content, assess(c.content, c.state.flow.answers), c.lang);
}

function itemEntry(c: ScreenContext, item: Item, onTick: () => void): HTMLElement {
  const done = c.state.flow.done.includes(item.id);
  const tick = h('input', {type: 'checkbox', class: 'tick', checked: done, onchange: () => {
    c.act({type: 'TOGGLE_DONE', item: item.id});
    onTick();
  }});
  const refs = item.references.map((r) => (r.url ? `${r.text} ${r.url}` : r.text)).join(c.t('report.listSeparator'));
  return h(
    'li',
    {class: 'item', 'data-id': item.id},
    h(
      'details',
      {id: `item-${item.id}`},
      h('summary', {}, item.title),
      h('p', {class: 'why'}, c.t('tui.results.why', {text: item.why})),
      item.steps.length > 0 && h('h4', {}, c.t('web.results.steps')),
      item.steps.length > 0 && h('ol', {}, ...item.steps.map((s) => h('li', {}, s))),
      refs && h('p', {class: 'quiet refs'}, c.t('tui.results.source', {text: refs})),
    ),
    h('label', {class: 'check done'}, tick, h('span', {}, c.t('web.results.done')), h('span', {class: 'sr-only'}, `: ${item.title}`)),
  );
}

export function resultsScreen(c: ScreenContext): HTMLElement[] {
  const view = resultView(c);
  const {answers, done} = c.state.flow;
  const out: HTMLElement[] = [];
  if (view.crisis) out.push(h('section', {class: 'crisis', role: 'note'}, h('p', {}, c.t('tui.results.crisis'))));
  else if (answers.wellbeing === 'stressed') out.push(h('p', {class: 'crisis-line'}, c.t('tui.results.stressed')));

  out.push(h('h1', {tabindex: -1}, c.t('tui.results.title')));
  out.push(
    h(
      'p',
      {class: 'level', id: 'level', 'data-level': view.level},
      h('span', {}, `${c.t('tui.results.level')} `),
      h('strong', {class: `badge level-${view.level}`}, c.t(`level.${view.level}`)),
    ),
  );
  const [sentence, rest] = firstSentence(view.answer.text);
  out.push(
    h(
      'div',
      {class: 'answer', id: 'answer', 'data-id': view.answer.id},
      h('p', {}, sentence),
      rest && h('details', {}, h('summary', {}, c.t('web.results.answerMore')), h('p', {}, rest)),
    ),
  );

  const first = firstItems(view);
  if (first.ids.length > 0) {
    out.push(h('h2', {}, c.t(first.now ? 'tui.results.tonight' : 'tui.results.first')));
    out.push(
      h(
        'ul',
        {class: 'first', id: 'tonight'},
        ...first.ids.map((id) => {
          const item = view.checklist.find((i) => i.id === id)!;
          return h('li', {}, h('a', {href: `#item-${id}`, onclick: (e) => openItem(e, id)}, item.title));
        }),
      ),
    );
  }

  // The bar and the stage may sit below the first screen: what to do tonight comes first. No score for
  // someone who owes nothing (property 13 of docs/scoring.md): the level and the answer.
  if (!view.owesNothing) {
    out.push(
      h('p', {class: 'score'}, h('progress', {max: 100, value: view.score, 'aria-label': c.t('tui.results.score', {score: view.score})}), ` ${c.t('tui.results.score', {score: view.score})}`),
    );
  }
  out.push(h('p', {class: 'quiet'}, c.t(`stage.${view.stage}`)));
  if (view.reasons.length > 0) {
    out.push(h('h2', {}, c.t('tui.results.reasons')));
    out.push(
      h(
        'ul',
        {class: 'reasons'},
        ...view.reasons.slice(0, SCREEN_REASONS).map((r) => {
          const labels = r.because.map((b) => answerLabel(c.content, b, c.lang));
          return h(
            'li',
            {},
            h('p', {}, r.text),
            labels.length > 0 && h('details', {class: 'because'}, h('summary', {}, c.t('web.results.because')), h('p', {}, labels.join(c.t('report.listSeparator')))),
          );
        }),
      ),
    );
  }

  out.push(h('h2', {}, c.t('tui.results.checklist')));
  const status = h('p', {class: 'status', id: 'done-status'});
  const showStatus = () => {
    status.textContent = c.t('web.results.status', {done: c.state.flow.done.filter((d) => view.checklist.some((i) => i.id === d)).length, total: view.checklist.length});
  };
  showStatus();
  out.push(status);
  for (const priority of PRIORITIES) {
    const items = view.checklist.filter((i) => i.priority === priority);
    if (items.length === 0) continue;
    out.push(h('h3', {}, c.t(`priority.${priority}`)));
    out.push(h('ul', {class: 'checklist'}, ...items.map((item) => itemEntry(c, item, showStatus))));
  }

  out.push(h('h2', {}, c.t('tui.documents.title')));
  if (view.documents.length === 0) out.push(h('p', {}, c.t('web.documents.none')));
  else {
    out.push(h('p', {}, c.t('web.documents.intro')));
    out.push(
      h(
        'ul',
        {class: 'documents', id: 'documents'},
        ...view.documents.map((doc) => h('li', {}, h('button', {type: 'button', 'data-id': doc.id, onclick: () => c.set({doc: doc.id}, 'new')}, doc.title))),
      ),
    );
  }

  const copyArea = h('textarea', {id: 'copy-area', class: 'copy-area', readonly: true, rows: 6, hidden: true, 'aria-label': c.t('web.results.copy')});
  const copyWith = (text: string) =>
    c.copy(text, () => {
      copyArea.value = text;
      copyArea.hidden = false;
      return copyArea;
    });
  const date = localDate(new Date());
  out.push(
    h(
      'div',
      {class: 'actions'},
      h('button', {type: 'button', id: 'copy', onclick: () => copyWith(checklistText(c.content, view, {done: c.state.flow.done, date, format: 'plain'}))}, c.t('web.results.copy')),
      h('button', {type: 'button', id: 'short-copy', onclick: () => copyWith(shortChecklistText(c.content, view, {done: c.state.flow.done}))}, c.t('web.results.shortCopy')),
    ),
    copyArea,
  );
  out.push(rememberSwitch(c));
  if (!c.state.remember && done.length === 0) out.push(h('p', {class: 'quiet'}, c.t('web.noTicks')));
  out.push(
    h(
      'div',
      {class: 'actions nav'},
      h('button', {type: 'button', id: 'back', onclick: () => c.act({type: 'BACK'})}, c.t('web.back')),
      h('button', {type: 'button', id: 'restart', onclick: () => (c.state.confirmRestart ? c.act({type: 'RESTART'}) : c.set({confirmRestart: true}, 'same'))}, c.t('web.results.restart')),
    ),
  );
  if (c.state.confirmRestart) out.push(h('p', {class: 'problem', role: 'alert'}, c.t('web.results.confirmRestart')));
  out.push(h('footer', {}, ...paragraphs(c.t('disclaimer'), {class: 'quiet'}), h('p', {class: 'quiet'}, c.t('reviewed', {date: view.contentReviewed}))));
  return out;
}

/** A "tonight" link opens its item in the checklist and moves the focus there, without a history entry. */
function openItem(event: Event, id: string) {
  event.preventDefault();
  const details = document.getElementById(`item-${id}`) as HTMLDetailsElement | null;
  if (!details) return;
  details.open = true;
  const summary = details.querySelector('summary');
  summary?.focus();
  summary?.scrollIntoView({block: 'start'});
}
