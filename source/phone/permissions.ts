// The five kinds of access the product asks about (question 7, app_permissions), and the Android runtime
// permissions and app-ops behind each. Revoking a group means revoking every one of its Android permissions:
// an app keeps reading SMS through RECEIVE_SMS after READ_SMS is gone.

export const PERMISSION_IDS = ['contacts', 'call_log', 'sms', 'photos', 'location'] as const;
export type PermissionId = (typeof PERMISSION_IDS)[number];

export const ANDROID_PERMISSIONS: Readonly<Record<PermissionId, readonly string[]>> = {
  contacts: ['android.permission.READ_CONTACTS'],
  call_log: ['android.permission.READ_CALL_LOG'],
  sms: ['android.permission.READ_SMS', 'android.permission.RECEIVE_SMS'],
  // READ_MEDIA_IMAGES replaced READ_EXTERNAL_STORAGE for photos in Android 13; older phones only have the latter.
  photos: ['android.permission.READ_MEDIA_IMAGES', 'android.permission.READ_EXTERNAL_STORAGE'],
  location: ['android.permission.ACCESS_FINE_LOCATION', 'android.permission.ACCESS_COARSE_LOCATION'],
};

/** App-op names (as `dumpsys appops` prints them) that record when each group was last used. */
export const APP_OPS: Readonly<Record<PermissionId, readonly string[]>> = {
  contacts: ['READ_CONTACTS'],
  call_log: ['READ_CALL_LOG'],
  sms: ['READ_SMS', 'RECEIVE_SMS'],
  photos: ['READ_MEDIA_IMAGES', 'READ_EXTERNAL_STORAGE'],
  location: ['FINE_LOCATION', 'COARSE_LOCATION'],
};

const GROUP_OF_PERMISSION = new Map(PERMISSION_IDS.flatMap((id) => ANDROID_PERMISSIONS[id].map((p) => [p, id] as const)));
const GROUP_OF_OP = new Map(PERMISSION_IDS.flatMap((id) => APP_OPS[id].map((op) => [op, id] as const)));

export function groupOfPermission(permission: string): PermissionId | undefined {
  return GROUP_OF_PERMISSION.get(permission);
}

export function groupOfOp(op: string): PermissionId | undefined {
  return GROUP_OF_OP.get(op);
}

// What goes into a command line on the phone is checked first: adb joins `shell` arguments into one string
// that the phone's shell parses, so a name with a space or `;` would become a second command.
const PACKAGE = /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)+$/;

export function isPackageName(name: string): boolean {
  return name.length <= 255 && PACKAGE.test(name);
}

/** Only the permissions this program knows, spelled exactly; anything else is never sent. */
export function isRevocablePermission(name: string): boolean {
  return GROUP_OF_PERMISSION.has(name) && PACKAGE.test(name);
}
