// docs/schemas/phone.schema.json describes what the built CLI really prints for --phone --format json, and
// the answers in it are valid answers of the content (question and option ids).
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {Ajv2020} from 'ajv/dist/2020.js';
import {beforeAll, describe, expect, it} from 'vitest';
import {content} from '../../source/content/generated.js';
import {requireBuiltCli} from '../support/pty.js';
import path from 'node:path';
import {FIXTURES, fakePhone, realSet, syntheticSet} from '../support/phone.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/schemas/phone.schema.json', import.meta.url), 'utf8'));

let cli: string;
beforeAll(() => {
  cli = requireBuiltCli();
});

function phoneJson(setDir: string): unknown {
  const r = spawnSync(process.execPath, [cli, '--phone', '--format', 'json'], {env: {...fakePhone(setDir).env, LANG: 'en_US.UTF-8'}, encoding: 'utf8'});
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('phone.schema.json', () => {
  const ajv = new Ajv2020({allErrors: true, strict: true});
  ajv.addFormat('date-time', {type: 'string', validate: (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(s) && !Number.isNaN(Date.parse(s))});
  const validate = ajv.compile(schema);

  const outputs = {
    'MVT Samsung Android 10': () => phoneJson(realSet('mvt-samsung-android10')),
    'the loan app missing from dumpsys package (unknown grants)': () => phoneJson(path.join(FIXTURES, 'stand-in-missing-block')),
    'the loan app block cut off': () => phoneJson(path.join(FIXTURES, 'stand-in-cut-off-block')),
    'synthetic phone with a loan app': () =>
      phoneJson(
        syntheticSet([
          {name: 'com.jd.jrapp', permissions: {'android.permission.READ_CONTACTS': true, 'android.permission.READ_CALL_LOG': false}, accesses: {READ_CALL_LOG: '-1d'}},
          {name: 'org.example.maps', permissions: {'android.permission.ACCESS_COARSE_LOCATION': true}, accesses: {COARSE_LOCATION: '-10s'}},
        ]),
      ),
  };

  for (const [name, output] of Object.entries(outputs)) {
    it(`accepts the real output: ${name}; its answers are options of the content`, () => {
      const json = output() as {answers: Record<string, string | string[]>};
      expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
      for (const [q, value] of Object.entries(json.answers)) {
        const question = content.questions.find((x) => x.id === q);
        expect(question, q).toBeDefined();
        for (const v of [value].flat()) expect(question!.options.map((o) => o.value), `${q}=${v}`).toContain(v);
      }
    });
  }

  it('rejects what the contract does not allow (the schema can fail)', () => {
    const good = {device: {brand: null, model: null, android: null}, apps: [], answers: {phone: 'xiaomi', app_permissions: ['unsure']}};
    expect(validate(good)).toBe(true);
    expect(validate({...good, extra: 1})).toBe(false);
    expect(validate({...good, answers: {phone: 'iphone', app_permissions: ['unsure']}})).toBe(false);
    expect(validate({...good, apps: [{package: 'com.x;reboot', loanApp: false, permissions: []}]})).toBe(false);
    expect(validate({...good, apps: [{package: 'com.x.y', loanApp: false, permissions: [{id: 'camera', granted: true}]}]})).toBe(false);
    expect(validate({...good, apps: [{package: 'com.x.y', loanApp: false, permissions: [{id: 'sms', granted: 'maybe'}]}]})).toBe(false);
  });
});
