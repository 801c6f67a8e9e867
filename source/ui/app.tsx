// The interactive questionnaire: one switch on the phase choosing the screen. State and keys live in
// useController (model.ts); the screens only draw.
import type {Content} from '../content/types.js';
import {progress} from '../engine/questionnaire.js';
import {t} from '../i18n/index.js';
import {Frame} from './components/frame.js';
import {type Services, useController} from './hooks/use-controller.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import {displayWidth} from './text.js';
import {allAnswered, currentQuestion, optionsOf, room, screenOf, type UiState} from './model.js';
import {LetterScreen} from './screens/letter.js';
import {QuestionScreen} from './screens/question.js';
import {ResultsScreen} from './screens/results.js';
import {ResumeScreen} from './screens/resume.js';
import {WelcomeScreen} from './screens/welcome.js';

export interface AppProps extends Services {
  readonly initial: UiState;
  /** When the progress was saved, for the resume screen. */
  readonly savedAt: string | undefined;
  /** Set by the app: saves and exits with the code, as Ctrl+C does (for SIGTERM). */
  readonly interruptRef?: {current?: (code: number) => void};
}

export function App({initial, savedAt, interruptRef, ...services}: AppProps) {
  const size = useTerminalSize();
  const {ui, width, env, viewOf, interrupt} = useController(services, initial, size);
  if (interruptRef) interruptRef.current = interrupt;
  const content: Content = services.content;
  const {lang} = ui.app;
  const screen = screenOf(ui, content.questions);
  const {footer, height} = room(env, ui, screen);

  const body = () => {
    switch (ui.app.phase) {
      case 'welcome':
        return (
          <WelcomeScreen
            content={content}
            lang={lang}
            path={services.store.path}
            scroll={ui.scroll}
            width={width}
            height={height}
          />
        );
      case 'resume': {
        const {answered, total} = progress(content.questions, ui.app.answers, ui.app.current);
        return (
          <ResumeScreen
            content={content}
            lang={lang}
            savedAt={savedAt}
            answered={answered}
            total={total}
            cursor={ui.cursor}
            complete={allAnswered(ui.app, content.questions)}
            width={width}
            height={height}
          />
        );
      }
      case 'question': {
        const question = currentQuestion(ui.app, content.questions);
        if (!question) return null;
        const {position, total} = progress(content.questions, ui.app.answers, ui.app.current);
        return (
          <QuestionScreen
            content={content}
            lang={lang}
            question={question}
            options={optionsOf(ui.app, question, content.questions)}
            position={position}
            total={total}
            cursor={ui.cursor}
            picked={ui.picked}
            showEmptyHint={ui.showEmptyHint}
            showPickHint={ui.showPickHint}
            width={width}
            height={height}
          />
        );
      }
      case 'results':
        return ui.view === 'letter' ? (
          <LetterScreen content={content} lang={lang} scroll={ui.letterScroll} width={width} height={height} />
        ) : (
          <ResultsScreen
            content={content}
            view={viewOf(ui)}
            done={ui.app.done}
            focus={ui.focus}
            scroll={ui.scroll}
            width={width}
            height={height}
          />
        );
    }
  };

  const subtitle =
    ui.app.phase === 'results'
      ? t(content, ui.view === 'letter' ? 'tui.letter.title' : 'tui.results.title', lang)
      : ui.app.phase === 'resume'
        ? t(content, 'tui.resume.title', lang)
        : undefined;
  const full = subtitle ? `${t(content, 'tui.title', lang)} - ${subtitle}` : t(content, 'tui.title', lang);
  // Narrow terminals: the screen's own name matters more than the tool's (and no truncation ellipsis).
  const title = displayWidth(full) <= width ? full : (subtitle ?? full);

  if (size.repainting) return null;
  return (
    <Frame title={title} width={width} message={ui.message} footer={footer}>
      {body()}
    </Frame>
  );
}
