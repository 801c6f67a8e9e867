import type {Content, Lang} from '../../content/types.js';
import {letterText} from '../../output/letter.js';
import {ScrollView} from '../components/scroll-view.js';
import {paragraph} from '../text.js';

interface Props {
  readonly content: Content;
  readonly lang: Lang;
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

export function LetterScreen({content, lang, scroll, width, height}: Props) {
  return <ScrollView lines={paragraph(letterText(content, lang), width)} scroll={scroll} height={height} />;
}
