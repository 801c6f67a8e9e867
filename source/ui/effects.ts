// Carries out what the update asked for: save the progress, copy or export a text, read the phone, leave.
// The only module of the interface that touches the store, the clipboard, the disk and the phone; what it
// tells the person comes back as a message (worded in wording.ts), what the phone says as an event.
import type {Content, Lang} from '../content/types.js';
import {localDate} from '../output/dates.js';
import {documentCsv, documentFile} from '../output/document-files.js';
import {documentView} from '../output/documents.js';
import {checklistText, shortChecklistText} from '../output/render.js';
import {saveSession} from '../persistence/session.js';
import type {ProgressStore} from '../persistence/types.js';
import type {Clipboard} from '../services/types.js';
import type {Effect, Payload, UiContext, UiEvent} from './context.js';
import {type PhoneLink, runPhoneEffect} from './phone-link.js';
import type {Message, UiState} from './state.js';
import {copyMessage, exportMessage, message, noticeMessage} from './wording.js';

export interface Services {
  /** The content in one language: the interface holds only the language on screen. */
  readonly contentFor: (lang: Lang) => Content;
  readonly store: ProgressStore;
  readonly clipboard: Clipboard;
  readonly exportDir: string;
  readonly writeExport: (dir: string, basename: string, text: string) => string;
  readonly now: () => Date;
  /** Present when adb was found at start: the phone check at question 6. */
  readonly phone?: PhoneLink;
}

/** Where an effect's outcome goes: a message, leaving, or an event for the update. */
export interface EffectSink {
  readonly say: (message: Message) => void;
  readonly exit: (code: number) => void;
  readonly send: (event: UiEvent) => void;
}

/** What `what` is as text to copy: the text to send only. */
function copyText(ctx: UiContext, state: UiState, what: Payload, date: string): string {
  const {content} = ctx;
  const {app} = state;
  switch (what.kind) {
    case 'checklist':
      return checklistText(content, ctx.result(app), {done: app.done, date, format: 'plain'});
    case 'short':
      return shortChecklistText(content, ctx.result(app), {done: app.done});
    case 'document':
      return documentView(content, what.id, app.lang, app.answers).text;
  }
}

/**
 * The files an export writes: the checklist as Markdown; a document with how to send it, as plain text, or,
 * for a table to fill in, as Markdown beside the table as CSV (for a spreadsheet).
 */
function exportFiles(ctx: UiContext, state: UiState, what: Payload, date: string): {basename: string; text: string}[] {
  const {content} = ctx;
  const {app} = state;
  if (what.kind === 'document') {
    const doc = documentView(content, what.id, app.lang, app.answers);
    const stem = `debt-privacy-${what.id}-${date}`;
    const csv = documentCsv(doc);
    if (csv === undefined) return [{basename: `${stem}.txt`, text: documentFile(content, doc, app.lang, 'text')}];
    return [
      {basename: `${stem}.md`, text: documentFile(content, doc, app.lang, 'markdown')},
      {basename: `${stem}.csv`, text: csv},
    ];
  }
  return [{basename: `debt-privacy-checklist-${date}.md`, text: checklistText(content, ctx.result(app), {done: app.done, date, format: 'markdown'})}];
}

/**
 * Runs one effect against the state it was asked in. `say` shows a message (perhaps later: copying may
 * take a moment); `exit` ends the interface; `send` hands the phone's answer to the update. `ctx` is the
 * context in the state's language. Never throws.
 */
export function runEffect(effect: Effect, state: UiState, ctx: UiContext, services: Services, {say, exit, send}: EffectSink): void {
  const {store} = services;
  const {content} = ctx;
  const lang = state.app.lang;
  switch (effect.type) {
    case 'persist': {
      if (!state.dirty) return;
      saveSession(store, state.app, services.now());
      const notice = noticeMessage(content, lang, store.takeNotices());
      if (notice) say(notice);
      return;
    }
    case 'keep': {
      // Only after a refused save: otherwise k means nothing and saves nothing.
      if (!store.conflicted) return;
      const {answers, current, done} = state.app;
      store.keep({answers, current, done, lang, updatedAt: services.now().toISOString()});
      say(noticeMessage(content, lang, store.takeNotices()) ?? message(content, lang, 'store.kept', 'status.success'));
      return;
    }
    case 'copy': {
      const text = copyText(ctx, state, effect.what, localDate(services.now()));
      void services.clipboard
        .copy(text)
        .catch((error: unknown) => ({method: 'failed' as const, reason: String(error)}))
        .then((outcome) => say(copyMessage(content, lang, outcome)));
      return;
    }
    case 'export': {
      let paths: string[] | undefined;
      try {
        paths = exportFiles(ctx, state, effect.what, localDate(services.now())).map((file) =>
          services.writeExport(services.exportDir, file.basename, file.text),
        );
      } catch (error) {
        // The folder it was started from was deleted: that is the reason to give.
        if ((error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') {
          say(message(content, lang, 'export.noFolder', 'status.warning'));
          return;
        }
        paths = undefined;
      }
      say(exportMessage(content, lang, paths));
      return;
    }
    case 'exit':
      exit(effect.code);
      return;
    case 'phoneScan':
    case 'phoneRevoke':
    case 'phoneClose':
      runPhoneEffect(effect, services.phone, send);
      return;
  }
}
