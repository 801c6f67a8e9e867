import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {type Harness, KEY, renderApp} from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.unmount();
  h = undefined;
});

const flat = (text: string) => text.replace(/\s+/g, '');
const firstPrompt = (lang: 'en' | 'zh-Hans' = 'en') => content.questions[0]!.prompt[lang];

describe('welcome', () => {
  test('states the purpose, the real saved-file path, the time and the number of questions', async () => {
    h = await renderApp({path: '/home/me/.config/dpc/config.json'});
    const frame = h.frame().replace(/\s+/g, ' ');
    expect(frame).toContain('/home/me/.config/dpc/config.json');
    expect(frame).toContain(`at most ${content.questions.length} questions`);
    expect(frame).toContain('offline');
    // Also for someone called about another's debt, and how to answer the first question then.
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.welcome.someoneElse', 'en')));
  });

  test('with --no-save it says the answers will not be saved, that only exports are written, and not that they can continue later', async () => {
    h = await renderApp({path: null});
    expect(h.frame().replace(/\s+/g, ' ')).toContain(t(content, 'tui.welcome.nosave', 'en'));
    expect(h.frame().replace(/\s+/g, ' ')).not.toContain('continue later');
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.welcome.timeNoSave', 'en', {count: content.questions.length})));
    await h.unmount();
    h = await renderApp({path: null, lang: 'zh-Hans'});
    expect(flat(h.frame())).not.toContain('下次接着答');
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.welcome.timeNoSave', 'zh-Hans', {count: content.questions.length})));
    await h.unmount();
    h = await renderApp({lang: 'zh-Hans'});
    expect(flat(h.frame())).toContain('下次接着答');
  });

  test('l cycles the language zh-Hans -> zh-Hant -> en -> zh-Hans', async () => {
    h = await renderApp({lang: 'zh-Hans'});
    expect(h.frame()).toContain(t(content, 'tui.title', 'zh-Hans'));
    await h.press('l');
    expect(h.frame()).toContain(t(content, 'tui.title', 'zh-Hant'));
    await h.press('l');
    expect(h.frame()).toContain(t(content, 'tui.title', 'en'));
    await h.press('l');
    expect(h.frame()).toContain(t(content, 'tui.title', 'zh-Hans'));
    expect(h.store.saveCount).toBe(0);
  });

  test('only the language on screen is read; another when the person switches to it, and once', async () => {
    h = await renderApp({lang: 'en'});
    expect(h.languagesRead).toEqual(['en']);
    await h.press('l', 'l', 'l', 'l');
    expect(h.languagesRead).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    expect(h.frame()).toContain(t(content, 'tui.title', 'zh-Hans'));
    // The questions, and then a message, in the language switched to.
    await h.press(KEY.enter);
    expect(h.frame()).toContain(content.questions[0]!.prompt['zh-Hans']);
  });

  test('Enter starts with the first question; q quits with 0 and writes nothing', async () => {
    h = await renderApp();
    await h.press(KEY.enter);
    expect(h.frame()).toContain(firstPrompt());
    await h.press('q');
    expect(h.exits).toEqual([0]);
    expect(h.store.saveCount).toBe(0);
  });

  test('a store notice is shown as one calm line', async () => {
    h = await renderApp({notices: [{kind: 'unwritable'}]});
    expect(h.frame().replace(/\s+/g, ' ')).toContain(t(content, 'store.unwritable', 'en').replace(/\s+/g, ' '));
  });
});

describe('resume', () => {
  const saved = {
    answers: {lenders: ['credit_card'], overdue: 'd1_30', overdue_lenders: 'one'},
    current: 'contact_status',
    done: [],
    lang: 'en' as const,
    updatedAt: new Date('2026-04-30T21:05:00').toISOString(),
  };

  test('says when progress was saved and how much is answered', async () => {
    h = await renderApp({initial: saved});
    const frame = h.frame();
    expect(frame).toContain('Saved on 2026-04-30 21:05');
    expect(frame).toMatch(/3 of \d+ answered/);
    expect(frame).toContain('Continue');
    expect(frame).toContain('Start over');
    expect(frame).toContain('Delete saved answers');
  });

  test('continue lands on the question where they left', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.enter);
    const contactStatus = content.questions.find((q) => q.id === 'contact_status')!;
    expect(h.frame()).toContain(contactStatus.prompt.en);
  });

  test('the saved language wins unless --lang was given', async () => {
    h = await renderApp({initial: {...saved, lang: 'zh-Hans'}, lang: 'en'});
    expect(h.frame()).toContain(t(content, 'tui.resume.continue', 'zh-Hans'));
    await h.unmount();
    h = await renderApp({initial: {...saved, lang: 'zh-Hans'}, lang: 'en', langFromFlag: true});
    expect(h.frame()).toContain('Continue');
  });

  test('start over asks first; Enter again begins at the first question with no answers', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.down, KEY.enter);
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.resume.confirmStartOver', 'en')));
    expect(h.store.saved?.answers).toEqual(saved.answers);
    await h.press(KEY.enter);
    expect(h.frame()).toContain(firstPrompt());
    expect(h.frame()).toContain('[ ] ');
    expect(h.frame()).not.toContain('[x]');
  });

  test('delete saved answers asks first, then clears the store and says so', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.down, KEY.down, KEY.enter);
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.resume.confirmDelete', 'en')));
    expect(h.store.saved?.answers).toEqual(saved.answers);
    await h.press(KEY.enter);
    expect(h.store.saved).toBeUndefined();
    expect(h.frame()).toContain('Your saved answers have been deleted.');
    expect(h.frame()).toContain(t(content, 'tui.welcome.purpose', 'en').slice(0, 20));
  });

  test('Enter Enter in one read only asks: the answers stay until an Enter of a later read', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.down, KEY.down);
    await h.chunk('\r\r');
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.resume.confirmDelete', 'en')));
    expect(h.store.saved?.answers).toEqual(saved.answers);
    await h.press(KEY.enter);
    expect(h.store.saved).toBeUndefined();
  });

  test('start over: Down and Enter Enter in one read only ask; the answers stay', async () => {
    h = await renderApp({initial: saved});
    await h.chunk('\u001B[B\r\r');
    expect(flat(h.frame())).toContain(flat(t(content, 'tui.resume.confirmStartOver', 'en')));
    expect(h.store.saved?.answers).toEqual(saved.answers);
  });

  test('any other key cancels the delete question and keeps the answers', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.down, KEY.down, KEY.enter, 'x');
    expect(flat(h.frame())).not.toContain(flat(t(content, 'tui.resume.confirmDelete', 'en')));
    await h.press(KEY.up);
    expect(h.store.saved?.answers).toEqual(saved.answers);
    expect(h.frame()).toContain('> Start over');
    await h.press(KEY.down, KEY.enter, KEY.down);
    expect(h.store.saved?.answers).toEqual(saved.answers);
    expect(h.frame()).toContain('> Delete saved answers');
  });

  test('with every question answered, the first choice says "See your results" and leads there', async () => {
    const complete = {
      answers: {lenders: ['none'], someone_elses_debt: 'no', phone: 'other_android', app_permissions: ['none'], wellbeing: 'coping'},
      done: [],
      lang: 'en' as const,
      updatedAt: saved.updatedAt,
    };
    h = await renderApp({initial: complete});
    expect(h.frame()).toContain('> See your results');
    expect(h.frame()).not.toContain('Continue');
    await h.press(KEY.enter);
    expect(h.frame()).toContain('Risk level');
    await h.unmount();
    h = await renderApp({initial: {...complete, lang: 'zh-Hans'}});
    expect(h.frame()).toContain('> 查看结果');
    await h.unmount();
    h = await renderApp({initial: saved});
    expect(h.frame()).toContain('> Continue');
  });

  test('--fresh ignores the saved progress and quitting at once keeps it', async () => {
    h = await renderApp({initial: saved, fresh: true});
    expect(h.frame()).not.toContain('Continue');
    await h.press('q');
    expect(h.store.saved?.answers).toEqual(saved.answers);
  });
});
