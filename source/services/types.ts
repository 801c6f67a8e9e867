/** How a copy reached the person (docs/contract.md, copy and export): always said truthfully. */
export type CopyOutcome =
  | {readonly method: 'system'}
  /** `via`: inside tmux or GNU screen, which may keep the sequence from the terminal (docs/contract.md). */
  | {readonly method: 'osc52'; readonly via?: 'tmux' | 'screen'}
  | {readonly method: 'file'; readonly path: string}
  | {readonly method: 'failed'; readonly reason: string};

export interface Clipboard {
  /** Never throws. */
  copy(text: string): Promise<CopyOutcome>;
}
