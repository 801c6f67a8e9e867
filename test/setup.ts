// Deterministic Ink rendering under ink-testing-library: React in act() mode, so every update is flushed
// before a frame is read, and no colour codes in the frames.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
process.env.FORCE_COLOR = '0';
