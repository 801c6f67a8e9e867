// --phone stays a light path: the phone check is a chunk of its own (dist/chunks/phone-*.js), and neither it nor
// anything it imports holds React, Ink or yoga (measured on the built bundle, where a stray import would show).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {requireBuiltCli} from '../support/pty.js';

describe('the --phone chunk', () => {
  it('imports no React, Ink or yoga, directly or through a shared chunk', () => {
    const chunks = path.join(path.dirname(requireBuiltCli()), 'chunks');
    const phone = readdirSync(chunks).filter((f) => /^phone-[A-Z0-9]+\.js$/.test(f));
    expect(phone).toHaveLength(1);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?"(\.\.?\/[\w./-]+\.m?js)"/g)) visit(path.join(path.dirname(file), m[1]!));
    };
    visit(path.join(chunks, phone[0]!));
    // The marker is there to find: the interface's chunk and what it imports hold React.
    const ui = readdirSync(chunks).filter((f) => /^run-[A-Z0-9]+\.js$/.test(f));
    expect(ui).toHaveLength(1);
    const uiFiles = new Set<string>();
    const visitUi = (file: string) => {
      if (uiFiles.has(file)) return;
      uiFiles.add(file);
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?"(\.\.?\/[\w./-]+\.m?js)"/g)) visitUi(path.join(path.dirname(file), m[1]!));
    };
    visitUi(path.join(chunks, ui[0]!));
    expect([...uiFiles].some((file) => readFileSync(file, 'utf8').includes('react.transitional.element'))).toBe(true);
    for (const file of seen) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('react.transitional.element'), `${path.basename(file)} holds React`).toBe(false);
      expect(/yoga|useInput/.test(text), `${path.basename(file)} holds Ink or yoga`).toBe(false);
    }
  });
});
