import { describe, expect, it } from 'vitest';
import { archivesBeyondKeep, backupArchiveName, dailyBackupDue } from './daily-backup';

describe('the daily backup', () => {
  it('is due from BACKUP_HOUR in Vietnam, every day, keyed by that day', () => {
    // 02:00 in Hà Nội on Saturday 28/03/2026 is 19:00 UTC on Friday.
    expect(dailyBackupDue(new Date('2026-03-27T19:00:00Z'), 2)).toEqual({ day: '2026-03-28', uniqueKey: 'backup.daily:2026-03-28', runAt: '2026-03-27T19:00:00.000Z' });
    expect(dailyBackupDue(new Date('2026-03-27T18:59:00Z'), 2)).toBeNull();
    expect(dailyBackupDue(new Date('2026-03-28T10:00:00Z'), 2)?.uniqueKey).toBe('backup.daily:2026-03-28');
  });

  it('at hour 0 is due from midnight in Vietnam', () => {
    expect(dailyBackupDue(new Date('2026-03-27T17:00:00Z'), 0)?.day).toBe('2026-03-28');
    expect(dailyBackupDue(new Date('2026-03-27T16:59:59Z'), 0)?.day).toBe('2026-03-27');
  });

  it('names archives by their moment in Vietnam, so the names sort by age', () => {
    expect(backupArchiveName(new Date('2026-03-27T19:05:09Z'))).toBe('cchc-20260328-020509.tar.gz');
  });

  it('keeps the newest archives and never touches other files', () => {
    const names = ['cchc-20260325-020000.tar.gz', 'cchc-20260327-020000.tar.gz', 'notes.txt', 'cchc-20260326-020000.tar.gz', 'cchc-20260328-020000.tar.gz.part', 'cchc-20260324-020000.tar.gz'];
    expect(archivesBeyondKeep(names, 2)).toEqual(['cchc-20260325-020000.tar.gz', 'cchc-20260324-020000.tar.gz']);
    expect(archivesBeyondKeep(names, 10)).toEqual([]);
    expect(archivesBeyondKeep(names, 0)).toHaveLength(3);
  });
});
