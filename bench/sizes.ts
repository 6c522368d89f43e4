export type SizeName = 'S' | 'M' | 'L' | 'XL' | 'R';

export interface SizeSpec {
  name: SizeName;
  /** Nodes in the generated graph, the curated dataset included; 0 for R, which generates nothing. */
  nodes: number;
  relationships: number;
  /**
   * Whether the size is the project's own dataset with the municipality register, as `npm run seed` loads it,
   * instead of a generated graph around the curated dataset.
   */
  register: boolean;
}

/**
 * L is the target scale: every German municipality (~10,800) with its units, bodies, projects and papers. XL is five
 * times L, to show how each query's cost grows with the graph (its cities are five times as many). R is the
 * real graph: the curated dataset and the register's 12,660 administrative units.
 */
export const SIZES: Record<SizeName, SizeSpec> = {
  S: { name: 'S', nodes: 1_000, relationships: 5_000, register: false },
  M: { name: 'M', nodes: 20_000, relationships: 100_000, register: false },
  L: { name: 'L', nodes: 100_000, relationships: 1_000_000, register: false },
  XL: { name: 'XL', nodes: 500_000, relationships: 5_000_000, register: false },
  R: { name: 'R', nodes: 0, relationships: 0, register: true },
};

export const SIZE_NAMES = Object.keys(SIZES) as SizeName[];

/** The seed of the generator; changing it gives another graph of the same shape. */
export const DEFAULT_SEED = 20_251_123;
