// The web edition's shell (docs/web.md): the questionnaire's state from the core's reducer, one screen drawn
// at a time into <main>, the header (language, quick exit) always there. No history entry is ever pushed:
// the page's own Back moves between questions, so the browser's Back leaves the page.
import type {Content, Lang} from '../content/types.js';
import {LANGS} from '../content/types.js';
import {initialState, reduce} from '../engine/questionnaire.js';
import {t} from '../i18n/index.js';
import {documentScreen} from './document-screen.js';
import {h} from './dom.js';
import {langFromTags, readSaved, savedText} from './model.js';
import {questionScreen} from './question-screen.js';
import {resultsScreen} from './results-screen.js';
import {copy, leave, type PageStore} from './services.js';
import {welcomeScreen} from './welcome-screen.js';
import type {AppState, ScreenContext} from './context.js';


export interface Page {
  readonly header: HTMLElement;
  readonly main: HTMLElement;
  readonly status: HTMLElement;
}

const LANG_NAMES: Readonly<Record<Lang, string>> = {'zh-Hans': 'tui.lang.zhHans', 'zh-Hant': 'tui.lang.zhHant', en: 'tui.lang.en'};
const ESCAPE_TWICE_MS = 1000;
const MESSAGE_MS = 5000;

export function startApp(page: Page, content: Content, store: PageStore, browserLangs: readonly string[], now = () => new Date()): void {
  const saved = readSaved(content, store.read());
  let state: AppState = {
    flow: initialState(saved?.lang ?? langFromTags(browserLangs), saved),
    doc: undefined,
    remember: saved !== undefined,
    storageFailed: false,
    savedAt: saved?.updatedAt,
    confirmRestart: false,
    draft: undefined,
    empty: false,
  };
  let lastEscape = Number.NEGATIVE_INFINITY;

  const persist = () => {
    if (!state.remember) return;
    const ok = store.write(savedText(state.flow, content.version, now()));
    if (!ok) state = {...state, remember: false, storageFailed: true};
  };

  // One context for every screen, reading the live state: a handler that runs after other changes (the
  // second box ticked on a question) must not see the state of when its screen was drawn.
  const c: ScreenContext = {
    content,
    get state() {
      return state;
    },
    get lang() {
      return state.flow.lang;
    },
    t: (key, vars) => t(content, key, state.flow.lang, vars),
    act(action) {
      const flow = reduce(content.questions, state.flow, action);
      if (flow === state.flow) {
        if (action.type === 'ANSWER') set({empty: true}, 'same');
        return;
      }
      const moved = flow.phase !== state.flow.phase || flow.current !== state.flow.current;
      state = {...state, flow, ...(moved ? {draft: undefined, empty: false, doc: undefined, confirmRestart: false} : {})};
      persist();
      if (action.type === 'SET_LANG') quiet();
      if (moved || action.type === 'SET_LANG') draw(moved);
    },
    set,
    say,
    copy(text, fallback) {
      void copy(text, fallback).then((how) => say(t(content, how === 'copied' ? 'web.copied' : 'web.selected', state.flow.lang)));
    },
    setRemember(on) {
      state = {...state, remember: on, storageFailed: false};
      if (on) persist();
      else store.clear();
      draw(false);
    },
    forget() {
      store.clear();
      const flow = state.flow.phase === 'resume' ? reduce(content.questions, state.flow, {type: 'DELETE_SAVED'}) : state.flow;
      state = {...state, flow, remember: false, savedAt: undefined};
      draw(flow !== state.flow);
      say(t(content, 'web.forgotten', state.flow.lang));
    },
  };

  function set(patch: Partial<AppState>, redraw: false | 'same' | 'new' = false) {
    state = {...state, ...patch};
    if (redraw) draw(redraw === 'new');
  }

  let sayTimer: number | undefined;
  /** No message (one said in another language, for one). */
  function quiet() {
    page.status.textContent = '';
    window.clearTimeout(sayTimer);
  }
  function say(text: string) {
    // Emptied first, so the same message said twice is announced twice; gone after a while, so that it
    // does not stay over the buttons.
    quiet();
    sayTimer = window.setTimeout(() => {
      page.status.textContent = text;
      sayTimer = window.setTimeout(() => {
        page.status.textContent = '';
      }, MESSAGE_MS);
    }, 50);
  }

  function header(): HTMLElement[] {
    const select = h(
      'select',
      {id: 'lang', 'aria-label': c.t('web.language'), onchange: (e) => c.act({type: 'SET_LANG', lang: (e.target as HTMLSelectElement).value as Lang})},
      ...LANGS.map((lang) => h('option', {value: lang, lang, selected: lang === state.flow.lang}, t(content, LANG_NAMES[lang], lang))),
    );
    const exit = h('button', {type: 'button', id: 'quick-exit', class: 'exit', 'aria-describedby': 'exit-help', onclick: quickExit}, c.t('web.quickExit'));
    return [h('label', {class: 'lang'}, h('span', {class: 'sr-only'}, c.t('web.language')), select), exit, h('p', {id: 'exit-help', class: 'sr-only'}, c.t('web.quickExitHelp'))];
  }

  let drawn: {lang: Lang} | undefined;
  /** Draws the screen; `moved`: a new screen, whose heading takes the focus (screen readers start there). */
  function draw(moved: boolean) {
    // Drawn again in place (the language, a confirmation): the focus returns to the control that had it.
    const focused = !moved ? document.activeElement?.id : undefined;
    // The header and the page's language change only with the language: left alone otherwise, so that a
    // new screen lays out only itself.
    if (drawn?.lang !== state.flow.lang) {
      document.documentElement.lang = state.flow.lang;
      page.header.replaceChildren(...header());
    }
    const first = drawn === undefined;
    drawn = {lang: state.flow.lang};
    const flow = state.flow;
    const screen =
      flow.phase === 'question'
        ? questionScreen(c)
        : flow.phase === 'results'
          ? state.doc
            ? documentScreen(c, state.doc)
            : resultsScreen(c)
          : welcomeScreen(c);
    // Read before the change, and not on the first draw: reading the scroll position lays the page out, which
    // before the first frame would be done twice.
    const keep = moved || first ? 0 : window.scrollY;
    page.main.replaceChildren(...screen);
    page.main.dataset.screen = flow.phase === 'results' && state.doc ? 'document' : flow.phase;
    // At once, not smoothly (the style scrolls smoothly for links within a screen): a new screen opens at
    // its top, and one drawn again in place stays where it was.
    if (moved) {
      window.scrollTo({top: 0, behavior: 'instant'});
      page.main.querySelector<HTMLElement>('h1')?.focus({preventScroll: true});
    } else if (keep > 0 || focused) {
      window.scrollTo({top: keep, behavior: 'instant'});
      if (focused) document.getElementById(focused)?.focus({preventScroll: true});
    }
  }

  function quickExit() {
    leave(() => {
      // What is on screen and in memory goes; what "remember" stored stays only because the person chose it.
      state = {...state, flow: initialState(state.flow.lang), doc: undefined, draft: undefined};
      page.main.replaceChildren();
      page.status.textContent = '';
      document.title = '';
    });
  }

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || document.querySelector('dialog[open]')) return;
    const at = event.timeStamp;
    if (at - lastEscape <= ESCAPE_TWICE_MS) quickExit();
    lastEscape = at;
  });

  draw(false);
}
