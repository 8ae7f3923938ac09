/**
 * Indexing progress on a stream: a redrawn bar on a terminal, a plain line every few seconds
 * otherwise (CI logs, pipes).
 */
export interface Progress {
  tick(done: number, total: number): void;
  done(summary: string): void;
  warn(message: string): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, label = 'Indexing'): Progress {
  const started = Date.now();
  let lastPlain = 0;
  const rate = (done: number) => {
    const seconds = (Date.now() - started) / 1000;
    return seconds > 0 ? `${(done / seconds).toFixed(1)} files/s` : '';
  };
  return {
    tick(done, total) {
      if (stream.isTTY) {
        const width = 30;
        const filled = total ? Math.round((done / total) * width) : width;
        stream.write(
          `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${rate(done)}   `,
        );
      } else if (Date.now() - lastPlain > 2000 || done === total) {
        lastPlain = Date.now();
        stream.write(`${label}: ${done}/${total} files, ${rate(done)}\n`);
      }
    },
    done(summary) {
      stream.write(`${stream.isTTY ? '\n' : ''}${summary}\n`);
    },
    warn(message) {
      stream.write(`${stream.isTTY ? '\r\x1b[K' : ''}${message}\n`);
    },
  };
}
