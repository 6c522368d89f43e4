// Plain JavaScript: Jest loads its sequencer without transforming it.
import testSequencer from '@jest/test-sequencer';

const Sequencer = testSequencer.default;

const isIntegration = (test) => test.context.config.displayName?.name === 'integration';

/**
 * Jest's order (failed first, then the longest), with every unit suite before every integration suite: the unit
 * suites need no database and run while global-setup starts the test Neo4j, and no suite that bounds latencies
 * (the attack and load suites) shares the machine with them.
 */
export default class TestSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((test) => !isIntegration(test)), ...sorted.filter(isIntegration)];
  }
}
