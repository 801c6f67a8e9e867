import {Box, Text} from 'ink';
import type {ReactNode} from 'react';
import type {Message} from '../model.js';
import {blank, type Line, paragraph} from '../text.js';
import {colour} from '../theme.js';
import {Lines} from './lines.js';

interface Props {
  readonly title: string;
  readonly width: number;
  readonly message: Message | undefined;
  readonly footer: readonly Line[];
  readonly children: ReactNode;
}

/**
 * Every screen: the title, the body, the message if any (with a blank line under it, so it does not run
 * into the hints), and the key hints from the keymap.
 */
export function Frame({title, width, message, footer, children}: Props) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={colour('text.accent')} wrap="truncate-end">
        {title}
      </Text>
      <Text> </Text>
      {children}
      <Text> </Text>
      {message ? <Lines lines={[...paragraph(message.text, width, {tone: message.tone}), blank]} /> : null}
      <Lines lines={footer} />
    </Box>
  );
}
