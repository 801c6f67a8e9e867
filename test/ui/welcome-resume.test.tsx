import {afterEach, describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {type Harness, KEY, renderApp} from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.unmount();
  h = undefined;
});

const firstPrompt = (lang: 'en' | 'zh-Hans' = 'en') => content.questions[0]!.prompt[lang];

describe('welcome', () => {
  test('states the purpose, the real saved-file path, the time and the number of questions', async () => {
    h = await renderApp({path: '/home/me/.config/dpc/config.json'});
    const frame = h.frame().replace(/\s+/g, ' ');
    expect(frame).toContain('/home/me/.config/dpc/config.json');
    expect(frame).toContain(`at most ${content.questions.length} questions`);
    expect(frame).toContain('offline');
  });

  test('with --no-save it promises that nothing will be saved', async () => {
    h = await renderApp({path: null});
    expect(h.frame().replace(/\s+/g, ' ')).toContain('nothing will be saved');
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

  test('start over begins at the first question with no answers', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.down, KEY.enter);
    expect(h.frame()).toContain(firstPrompt());
    expect(h.frame()).toContain('[ ] ');
    expect(h.frame()).not.toContain('[x]');
  });

  test('delete saved answers clears the store and says so', async () => {
    h = await renderApp({initial: saved});
    await h.press(KEY.down, KEY.down, KEY.enter);
    expect(h.store.saved).toBeUndefined();
    expect(h.frame()).toContain('Your saved answers have been deleted.');
    expect(h.frame()).toContain(t(content, 'tui.welcome.purpose', 'en').slice(0, 20));
  });

  test('--fresh ignores the saved progress and quitting at once keeps it', async () => {
    h = await renderApp({initial: saved, fresh: true});
    expect(h.frame()).not.toContain('Continue');
    await h.press('q');
    expect(h.store.saved?.answers).toEqual(saved.answers);
  });
});
