/** How a copy reached the person (docs/contract.md, copy and export): always said truthfully. */
export type CopyOutcome =
  | {readonly method: 'system'}
  | {readonly method: 'osc52'}
  | {readonly method: 'file'; readonly path: string}
  | {readonly method: 'failed'; readonly reason: string};

export interface Clipboard {
  /** Never throws. */
  copy(text: string): Promise<CopyOutcome>;
}
