// --phone stays a light path: the chunk the CLI loads for it, and everything that chunk imports, hold no React,
// Ink or yoga (measured on the built bundle, where a stray static import would show).
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {requireBuiltCli} from '../support/pty.js';

describe('the --phone chunk', () => {
  it('imports no React, Ink or yoga, directly or through a shared chunk', () => {
    const cli = requireBuiltCli();
    const entry = readFileSync(cli, 'utf8');
    const phone = [...entry.matchAll(/import\("(\.\/chunks\/phone-[\w-]+\.js)"\)/g)].map((m) => m[1]!);
    expect(phone).toHaveLength(1);
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/from"(\.\/[\w-]+\.js)"/g)) visit(path.join(path.dirname(file), m[1]!));
    };
    visit(path.join(path.dirname(cli), phone[0]!));
    const chunks = path.join(path.dirname(cli), 'chunks');
    const ui = readdirSync(chunks)
      .filter((f) => f.startsWith('run-'))
      .map((f) => path.join(chunks, f));
    expect(ui).toHaveLength(1);
    expect(readFileSync(ui[0]!, 'utf8')).toContain('react.transitional.element'); // the marker is there to find
    for (const file of seen) {
      const text = readFileSync(file, 'utf8');
      expect(text.includes('react.transitional.element'), `${path.basename(file)} holds React`).toBe(false);
      expect(/yoga|useInput/.test(text), `${path.basename(file)} holds Ink or yoga`).toBe(false);
    }
    expect(seen.size).toBeGreaterThan(1); // the chunk and the content it shares with the rest
  });
});
