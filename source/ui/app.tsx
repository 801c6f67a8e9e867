// The interactive questionnaire: the controller lays out one frame for the state on screen, and the view
// draws its lines. Screens are pure layouts (screens/); nothing here decides what is shown.
import {Box} from 'ink';
import {Lines} from './components/lines.js';
import {type Controls, useController} from './hooks/use-controller.js';
import {useTerminalSize} from './hooks/use-terminal-size.js';
import type {UiState} from './state.js';

export interface AppProps extends Controls {
  readonly initial: UiState;
}

export function App({initial, ...controls}: AppProps) {
  const size = useTerminalSize();
  const frame = useController(controls, initial, size);
  if (size.repainting) return null;
  return (
    <Box flexDirection="column" width={frame.width}>
      <Lines lines={frame.lines} />
    </Box>
  );
}
