import { createHash } from 'node:crypto';
import { PROJECT_ROOT } from './paths';

/** The ports one checkout's own instances use, apart from every other checkout's on the same machine. */
export interface CheckoutPorts {
  testBolt: number;
  testHttp: number;
  testApi: number;
  outageBolt: number;
  outageHttp: number;
  benchBolt: number;
  benchHttp: number;
  bulkBolt: number;
  bulkHttp: number;
}

const FIRST_PORT = 20_000;
const BLOCKS = 2_000;
const BLOCK_SIZE = 10;

/**
 * A block of ten ports chosen by a hash of the checkout's path, so that two clones on one machine (a developer's and
 * CI's, say) never start or reuse each other's test Neo4j. The same checkout always gets the same block.
 */
export function checkoutPorts(root: string = PROJECT_ROOT): CheckoutPorts {
  const block = createHash('sha256').update(root).digest().readUInt32BE(0) % BLOCKS;
  const base = FIRST_PORT + block * BLOCK_SIZE;
  return {
    testBolt: base,
    testHttp: base + 1,
    testApi: base + 2,
    outageBolt: base + 3,
    outageHttp: base + 4,
    benchBolt: base + 5,
    benchHttp: base + 6,
    bulkBolt: base + 7,
    bulkHttp: base + 8,
  };
}
