import { performance } from 'node:perf_hooks';

/** Where a load's time goes, phase by phase (`npm run seed -- --profile`): each lap ends a phase and starts the next. */
export class PhaseTimes {
  private readonly phases = new Map<string, number>();
  private readonly started = performance.now();
  private last = this.started;

  /** Adds the time since the last lap (or the start) to `phase`. */
  lap(phase: string): void {
    const now = performance.now();
    this.phases.set(phase, (this.phases.get(phase) ?? 0) + (now - this.last));
    this.last = now;
  }

  /** The phases in the order they first ended, with their seconds. */
  entries(): [string, number][] {
    return [...this.phases].map(([phase, ms]) => [phase, ms / 1000]);
  }

  /** A table of the phases' seconds and shares of the whole. */
  format(): string {
    const total = (this.last - this.started) / 1000;
    const entries = this.entries();
    const width = Math.max(5, ...entries.map(([phase]) => phase.length));
    const line = (phase: string, seconds: number) =>
      `  ${phase.padEnd(width)} ${seconds.toFixed(2).padStart(7)} s ${((100 * seconds) / (total || 1)).toFixed(0).padStart(4)} %`;
    return ['Where the time went:', ...entries.map(([p, s]) => line(p, s)), line('total', total)].join('\n');
  }
}
