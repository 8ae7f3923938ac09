/**
 * The server's one ExifTool: every reader of tags (photos, videos, RAW previews, the full tag
 * record for the detail panel) shares it. exiftool-vendored keeps perl open in `-stay_open` mode
 * behind a BatchCluster, so a read costs ~15–20 ms instead of ~0.3 s to start perl; two processes
 * keep both cores busy while indexing (74–79 files/s measured here, against 35–47 with one).
 */
import path from 'node:path';
import { DefaultExiftoolArgs, ExifTool } from 'exiftool-vendored';

/**
 * Our own tags (`-config` must come first): `GeolocationLocality`, the city a position is in
 * rather than ExifTool's nearest neighbourhood (see the file, and locality.ts).
 */
export const exiftoolConfig = () => path.join(import.meta.dirname, 'exiftool-locality.config');

let tool: ExifTool | null = null;

/** The shared ExifTool, started on first use. */
export function exiftool(): ExifTool {
  // An idle perl is ended after five minutes (and started again when asked, ~0.5 s): a served
  // library asks for tags now and then (the panel's "More", a watched folder's new photos).
  tool ??= new ExifTool({
    maxProcs: 2,
    taskTimeoutMillis: 30_000,
    maxIdleMsPerProcess: 5 * 60_000,
    exiftoolArgs: ['-config', exiftoolConfig(), ...DefaultExiftoolArgs],
  });
  return tool;
}

/** End the shared ExifTool, if started (idempotent): a server that stops must not leave perl behind. */
export async function endExifTool(): Promise<void> {
  const running = tool;
  tool = null;
  await running?.end();
}
