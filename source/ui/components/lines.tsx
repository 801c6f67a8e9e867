import {Box, Text} from 'ink';
import {memo} from 'react';
import type {Line, Segment} from '../text.js';
import {colour} from '../theme.js';

interface Props {
  readonly lines: readonly Line[];
}

/** Two lines that draw the same: the same segments, styled alike (the aria fields are drawn by `Lines`). */
function sameLine(a: Line, b: Line): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((x, i) => {
    const y = b[i]!;
    return x.text === y.text && x.tone === y.tone && x.bold === y.bold && x.dim === y.dim && x.inverse === y.inverse && x.ariaHidden === y.ariaHidden;
  });
}

/**
 * One line. A frame is laid out afresh for every state, but most of its lines draw as they did: those are
 * not rendered again (fewer objects per key for React, and for V8 to collect).
 */
const Segments = memo(function Segments({line}: {readonly line: Line}) {
  if (line.length === 0 || line.every((s) => s.text === '')) return <Text> </Text>;
  return (
    <Text wrap="truncate-end" aria-hidden={line.every((s) => s.ariaHidden)}>
      {line.map((segment: Segment, j) => (
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
  );
}, (before, after) => sameLine(before.line, after.line));

/**
 * Renders laid-out lines; each is laid out already, so Ink must not wrap it again. A row marked for screen
 * readers is read as its role, its state and its label (Ink's screen-reader mode); decoration is not read.
 */
export function Lines({lines}: Props) {
  return (
    <Box flexDirection="column">
      {lines.map((line, i) => {
        const aria = line[0]?.aria;
        return aria ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their position
          <Box key={i} aria-role={aria.role} aria-state={aria.state} aria-label={aria.label}>
            <Segments line={line} />
          </Box>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no identity beyond their position
          <Segments key={i} line={line} />
        );
      })}
    </Box>
  );
}
