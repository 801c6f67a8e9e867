// What a scan says about questions 6-8 (phone, app_permissions, permissions_now), computed from the apps
// taken to be the person's loan apps.
import type {DeviceInfo} from './parse.js';
import {PERMISSION_IDS, type PermissionId} from './permissions.js';
import type {AppFinding} from './scan.js';

export type PhoneAnswer = 'huawei' | 'xiaomi' | 'other_android' | 'unsure';

/**
 * Question 6 offers `huawei` (HarmonyOS), `xiaomi` (MIUI / HyperOS) and `other_android`; the answer picks
 * whose settings paths the checklist gives.
 * - Made by Huawei (manufacturer HUAWEI, whatever the brand, so also Honor phones from before Honor left
 *   Huawei in 2020): `huawei`. Pure HarmonyOS NEXT phones have no adb and never get here.
 * - Honor phones made by Honor itself run Honor's Android-based MagicOS, not HarmonyOS: `other_android`,
 *   whose steps (App info > Permissions) work on every Android skin.
 * - Xiaomi, Redmi and POCO (brand or manufacturer Xiaomi) run MIUI or HyperOS: `xiaomi`.
 * - Any other brand: `other_android`. No brand at all: `unsure`, so the person is asked.
 */
export function phoneAnswer(device: DeviceInfo): PhoneAnswer {
  const brand = device.brand?.toLowerCase() ?? '';
  const maker = device.manufacturer?.toLowerCase() ?? '';
  if (maker === 'huawei' || (brand === 'huawei' && maker !== 'honor')) return 'huawei';
  if (['xiaomi', 'redmi', 'poco'].includes(brand) || maker === 'xiaomi') return 'xiaomi';
  if (!brand && !maker) return 'unsure';
  return 'other_android';
}

export interface Answers {
  readonly phone: PhoneAnswer;
  readonly app_permissions: readonly string[];
  readonly permissions_now?: 'still_on' | 'some_off' | 'all_off' | 'unsure';
}

/**
 * - `app_permissions`: the groups the loan apps hold now, switched off in this session, or show a recorded use
 *   of (an app only uses what it was granted). Nothing of that kind, or no loan app on the phone: `unsure`,
 *   because a phone that shows nothing now cannot prove nothing was ever granted.
 * - `permissions_now`: over every (app, group) counted above, all on now, some, or none. A group the phone
 *   did not report on (`granted: null`) makes it `unsure` — unless one is known on and another known off,
 *   which is "some off" whatever the unknown one is. Unknown is never taken for off.
 */
export function computeAnswers(
  device: DeviceInfo,
  loanApps: readonly AppFinding[],
  switchedOff: ReadonlyMap<string, ReadonlySet<PermissionId>> = new Map(),
): Answers {
  const phone = phoneAnswer(device);
  const ever = new Set<PermissionId>();
  let on = 0;
  let off = 0;
  let unknown = false;
  for (const app of loanApps) {
    for (const p of app.permissions) {
      const wasOff = switchedOff.get(app.package)?.has(p.id) === true;
      if (p.granted === null && !wasOff) unknown = true;
      const was = p.granted === true || wasOff || p.lastUsed !== undefined;
      if (!was) continue;
      ever.add(p.id);
      if (p.granted === true) on++;
      else if (p.granted === false || wasOff) off++; // a confirmed switch-off the phone did not refuse
    }
  }
  if (ever.size === 0) return {phone, app_permissions: ['unsure']};
  const app_permissions = PERMISSION_IDS.filter((id) => ever.has(id));
  if (on > 0 && off > 0) return {phone, app_permissions, permissions_now: 'some_off'};
  if (unknown) return {phone, app_permissions, permissions_now: 'unsure'};
  return {phone, app_permissions, permissions_now: on > 0 ? 'still_on' : 'all_off'};
}
