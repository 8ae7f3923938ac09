/**
 * HEIC/HEIF pixels for sharp, whose prebuilt libvips reads a HEIF's header but has no HEVC
 * decoder. libheif in wasm decodes in a worker thread, one file at a time per worker, because:
 * - its heap never shrinks (≈250 MB after one 12 MP decode, >500 MB after ten): a worker is
 *   retired after `maxDecodes` files or once its heap passes `maxHeapBytes`, and a new one starts;
 * - a hostile file must not hang or crash the server: a decode that takes longer than `timeoutMs`
 *   terminates its worker, and an error inside libheif only fails that file.
 * The output is upright as displayed (libheif applies `irot`/`imir`): callers must not apply the
 * EXIF Orientation inside the file on top.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

/** Decoded pixels: 4 channels (RGBA), row after row. */
export interface RgbaImage {
  width: number;
  height: number;
  rgba: Uint8Array;
}

export interface HeicDecoderOptions {
  /** Workers decoding at once (default: 1, or 2 on a machine with more than 2 cores). */
  workers?: number;
  /** Files a worker decodes before it is replaced (default 8). */
  maxDecodes?: number;
  /** Wasm heap size past which a worker is replaced after its current file (default 384 MB). */
  maxHeapBytes?: number;
  /** Longest one decode may take before its worker is killed (default 30 s). */
  timeoutMs?: number;
}

interface Job {
  bytes: Uint8Array;
  resolve: (image: RgbaImage) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  decodes: number;
  busy: boolean;
}

interface DecodeRequest {
  id: number;
  bytes: Uint8Array;
}
type DecodeReply =
  | { id: number; ok: true; width: number; height: number; rgba: Uint8Array; heapBytes: number }
  | { id: number; ok: false; message: string; heapBytes: number };

const resolve = createRequire(import.meta.url).resolve;
const MODULES = { decode: resolve('heic-decode'), libheif: resolve('libheif-js/wasm-bundle') };

/**
 * The worker's code, plain CommonJS run with `eval`: a `.ts` worker file would need tsx's loader
 * inside the worker, which Node 20 doesn't apply to a worker's entry. It decodes one file per
 * message and answers with the RGBA (transferred, not copied) and the wasm heap's size.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
// libheif prints its parse errors; the same words come back in the rejection, once.
console.log = console.warn = console.error = () => {};
const decode = require(workerData.decode);
const libheif = require(workerData.libheif);
const heapBytes = () => (libheif.HEAPU8 ? libheif.HEAPU8.length : 0);
parentPort.on('message', ({ id, bytes }) => {
  decode({ buffer: bytes }).then(
    ({ width, height, data }) => {
      const rgba = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      parentPort.postMessage({ id, ok: true, width, height, rgba, heapBytes: heapBytes() }, [rgba.buffer]);
    },
    (error) => {
      const message = error instanceof Error ? error.message : String(error);
      parentPort.postMessage({ id, ok: false, message, heapBytes: heapBytes() });
    },
  );
});
`;

export class HeicDecoder {
  private readonly queue: Job[] = [];
  private readonly slots: (Slot | null)[];
  private readonly maxDecodes: number;
  private readonly maxHeapBytes: number;
  private readonly timeoutMs: number;
  private nextId = 1;
  /** Workers started so far (a test and the benchmark read it to see recycling happen). */
  started = 0;

  constructor(options: HeicDecoderOptions = {}) {
    const workers = options.workers ?? (availableParallelism() > 2 ? 2 : 1);
    this.slots = Array.from({ length: Math.max(1, workers) }, () => null);
    this.maxDecodes = options.maxDecodes ?? 8;
    this.maxHeapBytes = options.maxHeapBytes ?? 384 * 1024 * 1024;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The displayed pixels of a HEIC/HEIF file; rejects with libheif's reason when it can't. */
  decode(bytes: Uint8Array): Promise<RgbaImage> {
    return new Promise((resolve, reject) => {
      this.queue.push({ bytes, resolve, reject });
      this.pump();
    });
  }

  /** Stop every worker (idle ones also end by themselves: they don't keep the process alive). */
  async close(): Promise<void> {
    const workers = this.slots.flatMap((slot) => (slot ? [slot.worker] : []));
    this.slots.fill(null);
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private pump(): void {
    for (let index = 0; index < this.slots.length && this.queue.length > 0; index++) {
      const slot = this.slots[index] ?? this.startWorker(index);
      if (!slot.busy) this.run(index, slot, this.queue.shift()!);
    }
  }

  private startWorker(index: number): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: MODULES });
    worker.unref();
    this.started++;
    const slot: Slot = { worker, decodes: 0, busy: false };
    this.slots[index] = slot;
    return slot;
  }

  private retire(index: number, slot: Slot): void {
    if (this.slots[index] === slot) this.slots[index] = null;
    void slot.worker.terminate();
  }

  private run(index: number, slot: Slot, job: Job): void {
    slot.busy = true;
    slot.decodes++;
    const id = this.nextId++;
    let settled = false;
    const finish = (outcome: () => void, retire: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onFailure);
      slot.worker.off('exit', onExit);
      slot.busy = false;
      if (retire) this.retire(index, slot);
      outcome();
      this.pump();
    };
    const onMessage = (reply: DecodeReply) => {
      if (reply.id !== id) return;
      const worn = slot.decodes >= this.maxDecodes || reply.heapBytes > this.maxHeapBytes;
      if (reply.ok) {
        const image = { width: reply.width, height: reply.height, rgba: reply.rgba };
        finish(() => job.resolve(image), worn);
      } else {
        finish(() => job.reject(new Error(`HEIF decode failed: ${reply.message}`)), worn);
      }
    };
    const onFailure = (error: Error) =>
      finish(() => job.reject(new Error(`HEIF decoder crashed: ${error.message}`)), true);
    const onExit = (code: number) =>
      finish(() => job.reject(new Error(`HEIF decoder stopped (exit code ${code})`)), true);
    const timer = setTimeout(
      () => finish(() => job.reject(new Error(`HEIF decode took longer than ${this.timeoutMs} ms`)), true),
      this.timeoutMs,
    );
    slot.worker.on('message', onMessage);
    slot.worker.on('error', onFailure);
    slot.worker.on('exit', onExit);
    // A copy goes over (not the caller's buffer, which it may still use).
    const bytes = new Uint8Array(job.bytes);
    const request: DecodeRequest = { id, bytes };
    slot.worker.postMessage(request, [bytes.buffer]);
  }
}
