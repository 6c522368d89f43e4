import fs from 'node:fs';

/**
 * Preloaded into a child process (`-r`): when it exits, it writes its peak resident memory (the whole process, its
 * worker threads included) to stderr as `peak-rss-mb <n>`, for a test that bounds a command's memory.
 */
process.on('exit', () => {
  fs.writeSync(2, `\npeak-rss-mb ${Math.round(process.resourceUsage().maxRSS / 1024)}\n`);
});
