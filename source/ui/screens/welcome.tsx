import type {Content, Lang} from '../../content/types.js';
import {Lines} from '../components/lines.js';
import {welcomeLines} from '../layout.js';

interface Props {
  readonly content: Content;
  readonly lang: Lang;
  readonly path: string | undefined;
  readonly width: number;
}

export function WelcomeScreen({content, lang, path, width}: Props) {
  return <Lines lines={welcomeLines(content, lang, path, width)} />;
}
