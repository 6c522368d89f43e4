import { performance } from 'node:perf_hooks';

interface Spent {
  /** Seconds on the clock. */
  wall: number;
  /** Seconds of this process's CPU time: on a busy machine, what the phase cost here apart from waiting its turn. */
  cpu: number;
}

const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};

/** Where a load's time goes, phase by phase (`npm run seed -- --profile`): each lap ends a phase and starts the next. */
export class PhaseTimes {
  private readonly phases = new Map<string, Spent>();
  private readonly started = { wall: performance.now() / 1000, cpu: cpuSeconds() };
  private last = this.started;

  /** Adds the time since the last lap (or the start) to `phase`. */
  lap(phase: string): void {
    const now = { wall: performance.now() / 1000, cpu: cpuSeconds() };
    const spent = this.phases.get(phase) ?? { wall: 0, cpu: 0 };
    this.phases.set(phase, { wall: spent.wall + now.wall - this.last.wall, cpu: spent.cpu + now.cpu - this.last.cpu });
    this.last = now;
  }

  /** The phases in the order they first ended, with their seconds. */
  entries(): [string, Spent][] {
    return [...this.phases];
  }

  /** A table of the phases' seconds on the clock, their shares of the whole, and this process's CPU seconds. */
  format(): string {
    const total = { wall: this.last.wall - this.started.wall, cpu: this.last.cpu - this.started.cpu };
    const entries = this.entries();
    const width = Math.max(5, ...entries.map(([phase]) => phase.length));
    const line = (phase: string, { wall, cpu }: Spent) =>
      `  ${phase.padEnd(width)} ${wall.toFixed(2).padStart(7)} s ${((100 * wall) / (total.wall || 1)).toFixed(0).padStart(4)} % ${cpu.toFixed(2).padStart(7)} s`;
    const header = `  ${'phase'.padEnd(width)} ${'clock'.padStart(9)} ${'share'.padStart(6)} ${'our CPU'.padStart(9)}`;
    return ['Where the time went:', header, ...entries.map(([p, s]) => line(p, s)), line('total', total)].join('\n');
  }
}
