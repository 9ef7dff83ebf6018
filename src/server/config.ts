import { resolve } from 'node:path';
import { z } from 'zod';

/** Every setting comes from the environment; the README lists them with these defaults. */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL phải bắt đầu bằng postgres://' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().min(3).default('CCHC <no-reply@localhost>'),
  REMINDER_DAYS: z.coerce.number().int().min(0).max(60).default(3),
  PUBLIC_URL: z.string().url().optional(),
  /** More addresses the staff app is served under (a province with two names), comma-separated. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value, ctx) => {
      const origins: string[] = [];
      for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
        const origin = originOf(part);
        if (origin) origins.push(origin);
        else ctx.addIssue({ code: 'custom', message: `"${part}" không phải địa chỉ http(s), ví dụ https://cchc.syt.example.vn` });
      }
      return origins;
    }),
  DEMO_PASSWORD: z.string().min(8).optional(),
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** The daily backup's folder; unset, no daily backup runs (`cchc backup FILE` still works). */
  BACKUP_DIR: z.string().optional().or(z.literal('').transform(() => undefined)),
  /** How many daily archives are kept in BACKUP_DIR; older ones are deleted after each new one. */
  BACKUP_KEEP: z.coerce.number().int().min(1).max(3650).default(7),
  /** The hour (0–23, Vietnam time) from which the day's backup runs. */
  BACKUP_HOUR: z.coerce.number().int().min(0).max(23).default(1),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  sqliteFile: string;
  databaseUrl?: string;
  smtpUrl?: string;
  /** The From of reminder e-mails. */
  mailFrom: string;
  /** Work due within this many working days is reminded. */
  reminderDays: number;
  publicUrl?: string;
  /** Origins (scheme://host[:port]) besides PUBLIC_URL's that may send state-changing requests (ALLOWED_ORIGINS). */
  allowedOrigins: string[];
  demoPassword?: string;
  sessionHours: number;
  logLevel: string;
  /** Behind a reverse proxy, take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Cookies get the Secure flag when the public address is https. */
  secureCookies: boolean;
  /** The daily backup (BACKUP_DIR, BACKUP_KEEP, BACKUP_HOUR); absent when BACKUP_DIR is not set. */
  backup?: { dir: string; keep: number; hour: number };
  /** Requests per client address per ten minutes on the citizen feedback form and lookups (routes/public-feedback.ts has the defaults); tests lower or raise them. */
  feedbackLimits?: { posts: number; lookups: number };
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  const backupDir = e.BACKUP_DIR ? resolve(e.BACKUP_DIR) : undefined;
  // The sweep deletes from these folders whatever no row names: archives there would be lost.
  for (const swept of ['files', 'exports'].map((d) => resolve(dataDir, d))) {
    if (backupDir && (backupDir === swept || backupDir.startsWith(`${swept}/`))) throw new Error(`Cấu hình không hợp lệ:\n  BACKUP_DIR: không được nằm trong ${swept} (thư mục tệp của hệ thống)`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    sqliteFile: resolve(dataDir, 'cchc.db'),
    databaseUrl: e.DATABASE_URL,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    reminderDays: e.REMINDER_DAYS,
    publicUrl: e.PUBLIC_URL,
    allowedOrigins: e.ALLOWED_ORIGINS,
    demoPassword: e.DEMO_PASSWORD,
    sessionHours: e.SESSION_HOURS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true',
    secureCookies: !!e.PUBLIC_URL?.startsWith('https://'),
    backup: backupDir ? { dir: backupDir, keep: e.BACKUP_KEEP, hour: e.BACKUP_HOUR } : undefined,
  };
}

/** The origin (scheme://host[:port], default port left out, lower case) of an http(s) address; undefined otherwise. */
export function originOf(address: string): string | undefined {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
