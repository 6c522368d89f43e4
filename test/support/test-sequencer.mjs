// Plain JavaScript: Jest loads its sequencer without transforming it.
import path from 'node:path';
import testSequencer from '@jest/test-sequencer';

const Sequencer = testSequencer.default;

/**
 * The integration suite the unit suites run beside: the longest, its minutes spent loading the register, and none of
 * its assertions a bound on time (unlike the attack and load suites, which measure latency).
 */
const BESIDE_UNITS = 'register.test.ts';

const isIntegration = (test) => test.context.config.displayName?.name === 'integration';

/**
 * Jest's order (failed first, then the longest), rearranged for two workers of which only one at a time may run an
 * integration suite: the register suite, then every unit suite, then the other integration suites. One worker runs
 * the register suite (after waiting for Neo4j to start) while the other runs the unit suites.
 */
export default class TestSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    const first = sorted.find((test) => isIntegration(test) && path.basename(test.path) === BESIDE_UNITS);
    const integration = sorted.filter((test) => isIntegration(test) && test !== first);
    const unit = sorted.filter((test) => !isIntegration(test));
    return [...(first ? [first] : []), ...unit, ...integration];
  }
}
