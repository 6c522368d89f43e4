import { spawn } from 'node:child_process';
import path from 'node:path';
import { acquireLock } from '../support/suite-lock';

const ROOT = path.join(__dirname, '..', '..');
const REGISTER_TS = path.join(ROOT, 'bench', 'register-ts.js');
const LOCK = path.join(__dirname, '..', 'support', 'suite-lock.ts');

/** Settles to true when `promise` has resolved, false when it is still pending after `polls` turns of 100 ms. */
async function resolvedWithin(promise: Promise<unknown>, polls: number): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  for (let poll = 0; poll < polls && !done; poll++) await new Promise((resolve) => setTimeout(resolve, 100));
  return done;
}

describe('the lock that lets one integration suite run at a time', () => {
  it('when the lock is held, then a second taker waits until it is released, and another key is free', async () => {
    const key = `suite-lock-test-${process.pid}-a`;
    const release = await acquireLock(key);
    const second = acquireLock(key);
    expect(await resolvedWithin(second, 5)).toBe(false);
    const other = await acquireLock(`${key}-other`);
    await other();
    await release();
    expect(await resolvedWithin(second, 50)).toBe(true);
    await (
      await second
    )();
  });

  it('when the process holding the lock is killed, then the lock is free without any cleanup', async () => {
    const key = `suite-lock-test-${process.pid}-b`;
    const holder = spawn(
      process.execPath,
      [
        '-r',
        REGISTER_TS,
        '-e',
        `require(${JSON.stringify(LOCK)}).acquireLock(${JSON.stringify(key)}).then(() => { console.log('held'); setInterval(() => undefined, 1000); })`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const exited = new Promise((resolve) => holder.on('exit', resolve));
    await new Promise<void>((resolve) =>
      holder.stdout.on('data', (chunk: Buffer) => chunk.includes('held') && resolve()),
    );
    const taken = acquireLock(key);
    expect(await resolvedWithin(taken, 5)).toBe(false);
    holder.kill('SIGKILL');
    await exited;
    expect(await resolvedWithin(taken, 50)).toBe(true);
    await (
      await taken
    )();
  });
});
