// Two projects: `unit` runs the source in-process; `e2e` spawns the built CLI (dist/), rebuilt first when
// it is older than what it is built from (test/support/build-if-stale.ts). `npx vitest run --project unit`
// needs no build. A test that spawns the built CLI outside `e2e` fails at once (requireBuiltCli).
import {defineConfig} from 'vitest/config';

/** The web edition in Chromium (docs/web.md): its own project, `npx vitest run --project web`. */
const WEB = ['test/web/**/*.test.ts'];

/** The tests that run the built CLI (directly, in a pty, or through test/docs/helpers.ts). */
const E2E = [
  'test/e2e/**/*.test.{ts,tsx}',
  'test/hardening/**/*.test.ts',
  'test/package/**/*.test.ts',
  'test/docs/**/*.test.ts',
  'test/cli/entry.test.ts',
  'test/persistence/home.test.ts',
  'test/cli/personas.test.ts',
  'test/cli/web-mode.test.ts',
  'test/phone/{bundle,cli,real-adb,revoke-pty,schema,v3}.test.ts',
];

export default defineConfig({
  test: {
    setupFiles: ['test/setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {extends: true, test: {name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: [...E2E, ...WEB]}},
      {extends: true, test: {name: 'e2e', include: E2E, globalSetup: ['test/support/build-if-stale.ts'], env: {DPC_E2E: '1'}}},
      {extends: true, test: {name: 'web', include: WEB, globalSetup: ['test/support/build-if-stale.ts'], env: {DPC_E2E: '1'}}},
    ],
  },
});
