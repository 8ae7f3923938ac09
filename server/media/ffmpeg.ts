/**
 * Running ffmpeg: posters and playable copies of videos. ffmpeg is a Debian package the server
 * needs at run time but must live without: when the binary is missing, callers get a
 * FfmpegMissingError and the log gets ONE warning, never a crash. `CONTACT_SHEET_FFMPEG` names
 * another binary (tests point it at a missing one).
 */
import { spawn } from 'node:child_process';

export const FFMPEG_ENV = 'CONTACT_SHEET_FFMPEG';

/** The ffmpeg to run: `$CONTACT_SHEET_FFMPEG`, else `ffmpeg` from the PATH. */
export const ffmpegPath = (env: NodeJS.ProcessEnv = process.env) => env[FFMPEG_ENV] || 'ffmpeg';

export class FfmpegMissingError extends Error {
  constructor(binary: string) {
    super(`ffmpeg is not installed (${binary} not found): videos get a placeholder poster and do not play`);
  }
}

let warned = false;
/** Say once per process that ffmpeg is missing (every video would say it otherwise). */
export function warnFfmpegMissingOnce(error: FfmpegMissingError, log: (line: string) => void = console.warn) {
  if (warned) return;
  warned = true;
  log(`Warning: ${error.message}. Install it with: apt-get install -y ffmpeg`);
}

export interface FfmpegRun {
  /** Killed (SIGKILL) after this long: a pathological file must not hold a worker for ever. */
  timeoutMs: number;
  binary?: string;
  /** Bytes of stdout kept at most (a poster frame is a few MB); more fails the run. */
  maxOutputBytes?: number;
}

/** Run ffmpeg with `args`, resolving with its stdout; a non-zero exit rejects with its last stderr line. */
export function runFfmpeg(args: string[], run: FfmpegRun): Promise<Buffer> {
  const binary = run.binary ?? ffmpegPath();
  const limit = run.maxOutputBytes ?? 64 * 1024 * 1024;
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-hide_banner', '-nostdin', '-loglevel', 'error', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let outBytes = 0;
    let err = '';
    let failure: Error | null = null;
    const timer = setTimeout(() => {
      failure = new Error(`ffmpeg took longer than ${run.timeoutMs} ms`);
      child.kill('SIGKILL');
    }, run.timeoutMs);
    child.stdout.on('data', (chunk: Buffer) => {
      outBytes += chunk.length;
      if (outBytes > limit) {
        failure = new Error('ffmpeg wrote more than expected');
        child.kill('SIGKILL');
      } else out.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString()).slice(-4000);
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(error.code === 'ENOENT' ? new FfmpegMissingError(binary) : error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code === 0) resolve(Buffer.concat(out));
      else {
        const last = err.trim().split('\n').pop() ?? '';
        reject(new Error(`ffmpeg failed (exit ${code}): ${last.slice(0, 300)}`));
      }
    });
  });
}
