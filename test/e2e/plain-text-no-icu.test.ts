// Plain text (Latin, CJK, their punctuation) is measured and painted code point by code point, by our own
// layout and, through the build's patches, by Ink's string-width and ansi-tokenize (docs/architecture.md):
// a session in Chinese, from the first question to an open document, never starts ICU's break iterators,
// which cost 10-40 ms and about 5 MB the first time.
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {documentView} from '../../source/output/documents.js';
import {present} from '../../source/output/present.js';
import {assess} from '../../source/scoring/score.js';
import {firstItems} from '../../source/output/first.js';
import {completeAnswers, PUBLIC_CASES} from '../support/cases.js';
import {writeSaved} from '../support/answers.js';
import {baseEnv, KEY, launcher, requireBuiltCli, strip} from '../support/pty.js';

const launch = launcher();
const PRELOAD = fileURLToPath(new URL('../support/count-segmenters.cjs', import.meta.url));

/** An environment whose runs log every Intl.Segmenter made; `made()` reads the log. */
function counting(extra: Record<string, string> = {}) {
  const log = path.join(mkdtempSync(path.join(tmpdir(), 'dpc-seg-')), 'log');
  writeFileSync(log, '');
  return {env: baseEnv({SEGMENTER_LOG: log, ...extra}), made: () => readFileSync(log, 'utf8').split('\n').filter(Boolean)};
}
const counted = (env: Record<string, string>) => launch(env, {file: process.execPath, args: ['--require', PRELOAD, requireBuiltCli()], cols: 80, rows: 24});

describe('plain text never starts ICU', () => {
  test('zh-Hans: the welcome and the first question', async () => {
    const {env, made} = counting({LANG: 'zh_CN.UTF-8'});
    const s = counted(env);
    await s.waitFor('这个小工具');
    await s.press(KEY.enter, content.questions[0]!.prompt['zh-Hans'].slice(0, 5));
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(made()).toEqual([]);
  });

  test('zh-Hans: the results, an item opened, the documents and one document', async () => {
    const answers = completeAnswers(PUBLIC_CASES.B.answers);
    const view = present(content, assess(content, answers), 'zh-Hans');
    const first = view.checklist.find((item) => item.id === firstItems(view).ids[0])!;
    expect(view.documents.length).toBeGreaterThan(0);
    const {env, made} = counting({LANG: 'zh_CN.UTF-8'});
    writeSaved(env, {answers, lang: 'zh-Hans', updatedAt: '2026-11-30T22:00:00.000Z'});
    const s = counted(env);
    await s.waitFor(t(content, 'tui.resume.results', 'zh-Hans'));
    await s.press(KEY.enter, t(content, 'tui.results.status', 'zh-Hans', {done: 0, total: 0, k: 0}).slice(0, 3));
    // Enter opens the highlighted item, the first thing to do: its first step comes on screen.
    await s.press(KEY.enter, first.steps[0]!.slice(0, 4));
    await s.press('d', t(content, 'tui.documents.title', 'zh-Hans'));
    const doc = documentView(content, view.documents[0]!.id, 'zh-Hans', answers);
    await s.press(KEY.enter, doc.text.trim().slice(0, 4));
    // To its end, "how to send" included: a page at a time, each drawn before the next key.
    const howToSend = t(content, 'tui.document.howToSend', 'zh-Hans');
    for (let page = 0; page < 8 && !strip(s.raw()).includes(howToSend); page++) {
      s.mark();
      s.write(KEY.pageDown);
      await s.frameDone();
    }
    await s.waitFor(howToSend);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
    expect(made()).toEqual([]);
  });

  test('the log does record a segmenter when one is made, so the empty logs above mean something', () => {
    const {env, made} = counting();
    execFileSync(process.execPath, ['--require', PRELOAD, '-e', '[...new Intl.Segmenter().segment("x")]'], {env});
    expect(made()).toEqual(['grapheme']);
  });
});
