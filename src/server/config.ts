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
  DEMO_PASSWORD: z.string().min(8).optional(),
  SESSION_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  TRUST_PROXY: z.enum(['0', '1', 'true', 'false']).default('0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
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
  demoPassword?: string;
  sessionHours: number;
  logLevel: string;
  /** Behind a reverse proxy, take the client address from X-Forwarded-For. */
  trustProxy: boolean;
  /** Cookies get the Secure flag when the public address is https. */
  secureCookies: boolean;
};

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
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
    demoPassword: e.DEMO_PASSWORD,
    sessionHours: e.SESSION_HOURS,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY === '1' || e.TRUST_PROXY === 'true',
    secureCookies: !!e.PUBLIC_URL?.startsWith('https://'),
  };
}
