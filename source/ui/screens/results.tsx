import type {Content} from '../../content/types.js';
import type {ResultView} from '../../output/present.js';
import {ScrollView} from '../components/scroll-view.js';
import {resultsLines} from '../layout.js';

interface Props {
  readonly content: Content;
  readonly view: ResultView;
  readonly done: readonly string[];
  readonly focus: number;
  readonly scroll: number;
  readonly width: number;
  readonly height: number;
}

export function ResultsScreen({content, view, done, focus, scroll, width, height}: Props) {
  const {lines, headings} = resultsLines(content, view, done, focus, width);
  return <ScrollView lines={lines} scroll={scroll} height={height} headings={headings} />;
}
