// The documents as a new user meets them, in a real terminal and in Chinese: a 714 victim with threats and
// a JD 金条 borrower whose emergency contacts were called come back to their results, press d, open a
// document and copy it; what reaches the clipboard is the text to send, in clean paragraphs; the log
// exports as two files.
import {chmodSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import type {Answers} from '../../source/engine/conditions.js';
import {t} from '../../source/i18n/index.js';
import {applicableDocuments, documentView} from '../../source/output/documents.js';
import {writeSaved} from '../support/answers.js';
import {baseEnv, KEY, type Session, start} from '../support/pty.js';
import {listeningDisplay} from '../support/x-display.js';

const PERSONAS = new URL('../fixtures/personas/', import.meta.url);
const persona = (name: string): Answers => JSON.parse(readFileSync(new URL(`${name}.json`, PERSONAS), 'utf8')).answers;
const zh = (key: string) => t(content, key, 'zh-Hans');
const flat = (s: string) => s.replace(/\s+/g, '');

// A local X display with its socket there: only then is the clipboard helper (the recording xsel) run.
let x: {display: string; close(): Promise<void>};
beforeAll(async () => {
  x = await listeningDisplay();
});
afterAll(() => x.close());

/** A terminal with saved progress for these answers, and an `xsel` that records what it is given. */
function session(answers: Answers): {s: Session; copied: string; cwd: string} {
  const bin = mkdtempSync(path.join(tmpdir(), 'dpc-docs-xsel-'));
  const copied = path.join(bin, 'copied.txt');
  writeFileSync(path.join(bin, 'xsel'), `#!/bin/sh\ncat > "${copied}"\n`);
  chmodSync(path.join(bin, 'xsel'), 0o755);
  const env = baseEnv({PATH: `${bin}:${process.env.PATH}`, DISPLAY: x.display, LANG: 'zh_CN.UTF-8'});
  writeSaved(env, {answers, lang: 'zh-Hans', updatedAt: '2026-12-01T22:00:00.000Z'});
  const cwd = mkdtempSync(path.join(tmpdir(), 'dpc-docs-cwd-'));
  return {s: start({env, cols: 80, rows: 30, cwd}), copied, cwd};
}

/** From the resume screen to one document of the list. */
async function openDocument(s: Session, answers: Answers, id: string): Promise<void> {
  await s.waitFor(zh('tui.resume.results'));
  await s.press(KEY.enter, zh('tui.results.title'));
  await s.press('d', zh('tui.documents.title'));
  for (let i = 0; i < applicableDocuments(content, answers).indexOf(id); i++) s.write(KEY.down);
  await s.press(KEY.enter, documentView(content, id, 'zh-Hans', answers).title);
}

describe('documents in a real terminal', () => {
  it('a 714 victim copies the message for the family: the text to send, clean paragraphs, nothing else', async () => {
    const answers = persona('victim-714');
    expect(applicableDocuments(content, answers)).toContain('message_to_contacts');
    const {s, copied} = session(answers);
    await openDocument(s, answers, 'message_to_contacts');
    await s.press('c', zh('copy.system'));
    const text = readFileSync(copied, 'utf8');
    expect(text).toBe(documentView(content, 'message_to_contacts', 'zh-Hans', answers).text);
    // One line per paragraph, a blank line between: it pastes as written, not as the screen wrapped it.
    const paragraphs = text.split('\n\n');
    expect(paragraphs.length).toBeGreaterThan(3);
    for (const p of paragraphs) expect(p).not.toContain('\n');
    expect(text).not.toContain(zh('tui.document.howToSend'));
    expect([...text].length).toBeLessThanOrEqual(300);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });

  it('a JD 金条 borrower copies the notice to stop calling others, and exports the log as Markdown and CSV', async () => {
    const answers = persona('jd-jintiao');
    const {s, copied, cwd} = session(answers);
    await openDocument(s, answers, 'stop_third_party_contact');
    await s.press('c', zh('copy.system'));
    const text = readFileSync(copied, 'utf8');
    expect(text).toBe(documentView(content, 'stop_third_party_contact', 'zh-Hans', answers).text);
    expect(text).toContain('联系了我借款时留下的紧急联系人。');
    expect(text.split('\n').every((line) => !/^\s/.test(line))).toBe(true);
    // Back to the list, down to the log, export it.
    await s.press(KEY.backspace, zh('tui.documents.intro').slice(0, 8));
    const index = applicableDocuments(content, answers).indexOf('evidence_log');
    const from = applicableDocuments(content, answers).indexOf('stop_third_party_contact');
    for (let i = from; i < index; i++) s.write(KEY.down);
    await s.press(KEY.enter, documentView(content, 'evidence_log', 'zh-Hans', answers).title);
    const seen = await s.press('e', /\.csv/);
    const files = readdirSync(cwd).sort();
    expect(files.map((f) => path.extname(f))).toEqual(['.csv', '.md']);
    for (const f of files) expect(flat(seen)).toContain(flat(f));
    expect(readFileSync(path.join(cwd, files[0]!), 'utf8')).toMatch(/^\uFEFF日期,时间,号码,/);
    s.write('q');
    expect((await s.waitExit()).exitCode).toBe(0);
  });
});
