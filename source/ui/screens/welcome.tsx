import type {Content, Lang} from '../../content/types.js';
import {ScrollView} from '../components/scroll-view.js';
import {welcomeLines} from '../layout.js';

interface Props {
  readonly content: Content;
  readonly lang: Lang;
  readonly path: string | undefined;
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

/** What the tool does and where it keeps answers; scrolls (↑↓) when the terminal is too short for it. */
export function WelcomeScreen({content, lang, path, scroll, width, height}: Props) {
  return <ScrollView lines={welcomeLines(content, lang, path, width)} scroll={scroll} height={height} />;
}
