export type SizeName = 'S' | 'M' | 'L';

export interface SizeSpec {
  name: SizeName;
  /** Nodes in the generated graph, the curated dataset included. */
  nodes: number;
  relationships: number;
}

/** L is the target scale: every German municipality (~10,800) with its units, bodies, projects and papers. */
export const SIZES: Record<SizeName, SizeSpec> = {
  S: { name: 'S', nodes: 1_000, relationships: 5_000 },
  M: { name: 'M', nodes: 20_000, relationships: 100_000 },
  L: { name: 'L', nodes: 100_000, relationships: 1_000_000 },
};

export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

/** The seed of the generator; changing it gives another graph of the same shape. */
export const DEFAULT_SEED = 20_251_123;
