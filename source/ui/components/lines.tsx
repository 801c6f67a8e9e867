import {Box, Text} from 'ink';
import type {Line} from '../text.js';
import {colour} from '../theme.js';

interface Props {
  readonly lines: readonly Line[];
}

/** Renders pre-wrapped lines; each line is laid out already, so Ink must not wrap it again. */
export function Lines({lines}: Props) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their position
        <Text key={i} wrap="truncate-end">
          {line.length === 0 || line.every((s) => s.text === '')
            ? ' '
            : line.map((segment, j) => (
                <Text
                  // biome-ignore lint/suspicious/noArrayIndexKey: segments have no identity beyond their position
                  key={j}
                  color={colour(segment.tone)}
                  bold={segment.bold}
                  dimColor={segment.dim}
                  inverse={segment.inverse}
                >
                  {segment.text}
                </Text>
              ))}
        </Text>
      ))}
    </Box>
  );
}
