import { createApp } from '../app.ts';
import { openDb, type Db } from '../db/open-db.ts';

/** A fresh in-memory database and the app over it. */
export function createTestApp(): { db: Db; app: ReturnType<typeof createApp> } {
  const db = openDb(':memory:');
  return { db, app: createApp(db) };
}

/** GET a path and return status plus parsed JSON body. */
export async function getJson(
  app: ReturnType<typeof createApp>,
  url: string,
): Promise<{ status: number; body: any }> {
  const res = await app.request(url);
  return { status: res.status, body: await res.json() };
}
