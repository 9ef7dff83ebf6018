import type { Db } from '../../db/database';
import { newId } from '../../db/ids';
import { markApiKeysUsed } from '../../db/repositories/api-keys';
import type { CallingKey } from '../request-context';

export type ApiKeyUse = {
  key: CallingKey;
  account: { id: string; username: string; fullName: string };
  at: string;
  method: string;
  url: string;
  status: number;
  requestId: string;
  ip: string | null;
};

/** How often the uses gathered are written: each write moves the data version, so not at every request. */
export const USE_LOG_INTERVAL_MS = 1000;
/** Beyond this many waiting uses, they are written at once (a client at its limit, many keys at once). */
const MOST_WAITING = 500;

/**
 * Every request made with a key goes into the audit trail (issue 18), as `api_key.use`: who (the key's
 * account), which body, the method, address and status. Uses are gathered and written together every second,
 * with each key's `last_used_at`: written one by one, each read by a machine client would be a write, and every
 * kept view of every body would be made again after it.
 */
export class ApiKeyUseLog {
  private waiting: ApiKeyUse[] = [];
  private writing: Promise<void> = Promise.resolve();
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly db: Db,
    private readonly onError: (error: unknown) => void,
  ) {
    this.timer = setInterval(() => void this.flush(), USE_LOG_INTERVAL_MS);
    this.timer.unref();
  }

  record(use: ApiKeyUse): void {
    this.waiting.push(use);
    if (this.waiting.length >= MOST_WAITING) void this.flush();
  }

  /** Writes what is waiting; resolves when everything recorded before the call is written. */
  flush(): Promise<void> {
    const batch = this.waiting;
    this.waiting = [];
    this.writing = this.writing.then(() => (batch.length ? this.write(batch) : undefined)).catch(this.onError);
    return this.writing;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(batch: ApiKeyUse[]): Promise<void> {
    const lastUse = new Map(batch.map((u) => [u.key.id, u.at]));
    await this.db.transaction().execute(async (tx) => {
      // A few hundred rows of 13 columns stay well under SQLite's and PostgreSQL's parameter limits.
      await tx
        .insertInto('audit_log')
        .values(
          batch.map((u) => ({
            id: newId(),
            at: u.at,
            actor_id: u.account.id,
            actor_username: u.account.username,
            actor_name: u.account.fullName,
            organization_id: u.key.organizationId,
            organization_path: u.key.organizationPath,
            action: 'api_key.use',
            entity_type: 'api_key',
            entity_id: u.key.id,
            summary: `${u.method} ${u.url.slice(0, 300)} → ${u.status}`,
            before_json: null,
            after_json: null,
            request_id: u.requestId,
            ip: u.ip,
          })),
        )
        .execute();
      await markApiKeysUsed(tx, lastUse);
    });
  }
}
