// --plain in a real 40-column terminal, from saved answers (a 714 app's victim) to the evidence log printed:
// every line of it fits the terminal (its table as records of "label: value" lines), and its "how to send"
// says what --plain offers (a command), never a key of the full-screen interface (docs/cli.md, the questionnaire in a terminal).
import stringWidth from 'string-width';
import {describe, expect, test} from 'vitest';
import {content} from '../../source/content/generated.js';
import {t} from '../../source/i18n/index.js';
import {applicableDocuments} from '../../source/output/documents.js';
import {writeSaved} from '../support/answers.js';
import {VICTIM_714} from '../support/cases.js';
import {baseEnv, KEY, launcher} from '../support/pty.js';

const launch = launcher();

describe('--plain at 40 columns: the evidence log', () => {
  test('reads at 40 columns and names no key --plain lacks', async () => {
    const env = baseEnv();
    writeSaved(env, {answers: VICTIM_714});
    const s = launch(env, {args: ['--plain', '--lang', 'en'], cols: 40, rows: 30});
    await s.waitFor('Type 1, 2 or 3');
    const list = t(content, 'plain.documentChoose', 'en').slice(0, 20);
    await s.press(`1${KEY.enter}`, list);
    const n = applicableDocuments(content, VICTIM_714).indexOf('evidence_log') + 1;
    expect(n).toBeGreaterThan(0);
    const printed = await s.press(`${n}${KEY.enter}`, /Type a document's/);
    s.write(KEY.enter);
    expect((await s.waitExit()).exitCode).toBe(0);
    const doc = printed.replace(/\r/g, '');
    expect(doc).toContain('Log of collection contacts');
    for (const line of doc.split('\n')) expect(stringWidth(line), line).toBeLessThanOrEqual(40);
    expect(doc).toMatch(/- Time: Unless agreed otherwise, no\s+collection from 22:00 to 08:00/);
    expect(doc).toMatch(/debt-privacy-check\s+--letter\s+evidence_log\s+--format\s+markdown\s+>\s+evidence_log\.md/);
    expect(doc).not.toMatch(/[Pp]ress [a-z]\b/);
  });
});
