// What the message line says: every user-facing sentence the interface composes (store notices, copy and
// export outcomes, confirmations, the goodbye line) is chosen here, from the UI strings.
import type {Content, Lang} from '../content/types.js';
import {t, type Vars} from '../i18n/index.js';
import type {StoreNotice} from '../persistence/types.js';
import type {CopyOutcome} from '../services/types.js';
import {MAX_PATH, untrusted} from '../text/untrusted.js';
import type {Confirm, Message, UiState} from './state.js';
import type {Tone} from './theme.js';

export function message(content: Content, lang: Lang, key: string, tone: Tone, vars: Vars = {}): Message {
  return {text: t(content, key, lang, vars), tone};
}

const CONFIRM_KEY: Readonly<Record<Confirm, string>> = {
  restart: 'tui.results.confirmRestart',
  startOver: 'tui.resume.confirmStartOver',
  delete: 'tui.resume.confirmDelete',
  revoke: 'tui.phone.confirmRevoke',
};

export function confirmMessage(content: Content, lang: Lang, confirm: Confirm, vars: Vars = {}): Message {
  return message(content, lang, CONFIRM_KEY[confirm], 'status.warning', vars);
}

/** What became of a confirmed switch-off, as the phone read again says. */
export function revokeMessage(
  content: Content,
  lang: Lang,
  vars: {readonly app: string; readonly permission: string},
  outcome: {readonly refused: boolean; readonly stillOn: boolean; readonly xiaomi: boolean},
): Message {
  if (outcome.refused) {
    const refused = t(content, 'tui.phone.revokeRefused', lang, vars);
    if (!outcome.xiaomi) return {text: refused, tone: 'status.warning'};
    // Xiaomi refuses every change from adb until its extra switch is on.
    return message(content, lang, 'tui.phone.twoSentences', 'status.warning', {first: refused, second: t(content, 'tui.phone.revokeRefusedXiaomi', lang)});
  }
  if (outcome.stillOn) return message(content, lang, 'tui.phone.stillOn', 'status.warning', vars);
  return message(content, lang, 'tui.phone.revoked', 'status.success', vars);
}

function noticeText(content: Content, lang: Lang, notice: StoreNotice): string {
  switch (notice.kind) {
    case 'corrupt':
      return t(content, 'store.corrupt', lang, {path: untrusted(notice.keptAs, MAX_PATH)});
    case 'migrated':
      return t(content, 'store.migrated', lang, {count: notice.dropped});
    case 'unwritable':
      return t(content, 'store.unwritable', lang);
    case 'noHome':
      return t(content, 'store.noHome', lang);
    case 'conflict':
      return t(content, notice.deleted ? 'store.conflictDeleted' : 'store.conflict', lang);
  }
}

/** The store's notices as one message line, or nothing when there are none. */
export function noticeMessage(content: Content, lang: Lang, notices: readonly StoreNotice[]): Message | undefined {
  if (notices.length === 0) return undefined;
  return {text: notices.map((n) => noticeText(content, lang, n)).join(' '), tone: 'status.warning'};
}

/** Says truthfully where the copied text went. */
export function copyMessage(content: Content, lang: Lang, outcome: CopyOutcome): Message {
  switch (outcome.method) {
    case 'system':
      return message(content, lang, 'copy.system', 'status.success');
    case 'osc52':
      if (outcome.via === 'tmux') return message(content, lang, 'copy.osc52Tmux', 'status.success');
      if (outcome.via === 'screen') return message(content, lang, 'copy.osc52Screen', 'status.success');
      return message(content, lang, 'copy.osc52', 'status.success');
    case 'file':
      return message(content, lang, 'copy.file', 'status.success', {path: untrusted(outcome.path, MAX_PATH)});
    case 'failed':
      return message(content, lang, 'copy.failed', 'status.warning', {reason: untrusted(outcome.reason)});
  }
}

export function exportMessage(content: Content, lang: Lang, paths: readonly string[] | undefined): Message {
  if (!paths) return message(content, lang, 'export.failed', 'status.warning');
  const shown = paths.map((p) => untrusted(p, MAX_PATH));
  return message(content, lang, 'export.done', 'status.success', {path: shown.join(t(content, 'report.listSeparator', lang))});
}

/**
 * The line printed after the interface closes, so the person knows what was kept: nothing with --no-save
 * or when saving failed, nothing when there were no answers to keep, otherwise that the answers are saved.
 */
export function byeKey(info: {
  readonly path: string | undefined;
  readonly saveFailed: boolean;
  /** The last save was refused: another run changed the saved answers (docs/contract.md, two runs). */
  readonly conflicted?: boolean;
  readonly state: Pick<UiState, 'app' | 'dirty'>;
  /** A saved file existed when the run started (or may have, with --fresh, which keeps it until an answer). */
  readonly hadSaved: boolean;
  /** Nothing could be saved for want of a usable home folder (the store's noHome notice), not --no-save. */
  readonly noHome?: boolean;
}): string {
  if (info.path === undefined) return info.noHome ? 'tui.byeNoHome' : 'tui.byeNoSave';
  if (info.saveFailed) return 'store.unwritable';
  if (info.conflicted) return 'store.byeConflict';
  const {answers, done} = info.state.app;
  const empty = Object.keys(answers).length === 0 && done.length === 0;
  if (empty && (info.state.dirty || !info.hadSaved)) return 'tui.byeEmpty';
  return 'tui.bye';
}
