import { overloaded, requestEnded } from '../../errors/app-error';

interface Waiter {
  admit(): void;
}

/**
 * Lets only a few through at once; the others wait in a bounded line, in order, and give up at their deadline
 * (`onGiveUp` says with which error), or at once when their request has ended. Expensive requests pass one lane,
 * the statements of heavy requests another that all of them share, and each request's statements one of its own,
 * so that a few requests cannot take every core from the cheap ones.
 */
export class Lane {
  private running = 0;
  private readonly line: Waiter[] = [];

  constructor(
    private readonly concurrency: number,
    private readonly lineLimit: number,
    private readonly onGiveUp: () => Error = overloaded,
  ) {}

  /**
   * Waits for a place until `deadline`, or until `ended` aborts; returns the function that gives the place back
   * (once).
   */
  async enter(deadline: number, ended?: AbortSignal): Promise<() => void> {
    if (ended?.aborted) throw requestEnded();
    if (this.running < this.concurrency) {
      this.running += 1;
      return this.releaser();
    }
    if (this.line.length >= this.lineLimit) throw overloaded();
    await new Promise<void>((resolve, reject) => {
      const leave = (error: Error) => {
        clearTimeout(timer);
        ended?.removeEventListener('abort', onEnded);
        this.line.splice(this.line.indexOf(waiter), 1);
        reject(error);
      };
      const onEnded = () => leave(requestEnded());
      const waiter: Waiter = {
        admit: () => {
          clearTimeout(timer);
          ended?.removeEventListener('abort', onEnded);
          resolve();
        },
      };
      const timer = setTimeout(() => leave(this.onGiveUp()), Math.max(0, deadline - Date.now()));
      ended?.addEventListener('abort', onEnded, { once: true });
      this.line.push(waiter);
    });
    return this.releaser();
  }

  /** Requests running and waiting now. */
  load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.line.length };
  }

  /** A place given back goes straight to the first in line, so `running` counts it still. */
  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.line.shift();
      if (next) next.admit();
      else this.running -= 1;
    };
  }
}
