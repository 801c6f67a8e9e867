// Deterministic Ink rendering under ink-testing-library (TECH-NOTES): act-aware React, no colour codes.
(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true;
process.env.FORCE_COLOR = '0';
