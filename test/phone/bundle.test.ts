// --phone stays a light path: the phone check is built apart (dist/chunks/phone/), and neither it nor
// anything it imports holds React, Ink or yoga (measured on the built bundle, where a stray import would show).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {requireBuiltCli} from '../support/pty.js';

describe('the --phone chunk', () => {
  it('imports no React, Ink or yoga, directly or through a shared chunk', () => {
    const chunks = path.join(path.dirname(requireBuiltCli()), 'chunks');
    const phone = readdirSync(path.join(chunks, 'phone')).filter((f) => /^phone-[\w-]+\.mjs$/.test(f));
    expect(phone).toHaveLength(1);
    // It is imported by the entry, by that name.
    expect(readFileSync(requireBuiltCli(), 'utf8')).toContain(`./chunks/phone/${phone[0]}`);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?"(\.\.?\/[\w./-]+\.m?js)"/g)) visit(path.join(path.dirname(file), m[1]!));
    };
    visit(path.join(chunks, 'phone', phone[0]!));
    const ui = readdirSync(path.join(chunks, 'ui')).filter((f) => f.startsWith('run-'));
    expect(ui).toHaveLength(1);
    expect(readFileSync(path.join(chunks, 'ui', ui[0]!), 'utf8')).toContain('react.transitional.element'); // the marker is there to find
    for (const file of seen) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('react.transitional.element'), `${path.basename(file)} holds React`).toBe(false);
      expect(/yoga|useInput/.test(text), `${path.basename(file)} holds Ink or yoga`).toBe(false);
    }
  });
});
