import fs from 'node:fs';

/** A process's resident memory in bytes, from /proc/<pid>/status (VmRSS); null where there is no /proc. */
export function residentBytes(pid: number): number | null {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

export interface RssSampler {
  /** Stops sampling; the highest resident memory seen, in bytes (null if it could not be read). */
  stop(): number | null;
}

/** Samples a process's resident memory every `everyMs` until stopped, keeping the maximum. */
export function sampleRss(pid: number, everyMs = 50): RssSampler {
  let max: number | null = null;
  const read = () => {
    const bytes = residentBytes(pid);
    if (bytes !== null) max = Math.max(max ?? 0, bytes);
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    stop() {
      clearInterval(timer);
      read();
      return max;
    },
  };
}
