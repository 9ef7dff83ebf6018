import nodemailer from 'nodemailer';
import type { Config } from '../config';

export type MailMessage = { to: string; subject: string; text: string; html: string };
export type Mailer = { send: (message: MailMessage) => Promise<void>; close: () => void };

/**
 * Sends e-mail through the SMTP server of `SMTP_URL` (smtp://user:pass@host:587, smtps://… for TLS
 * from the start), or null when none is configured: then nothing is sent and the app says so in its log.
 * Short timeouts: a mail server that does not answer fails the try, and the job queue tries again later.
 */
export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }, { from: config.mailFrom });
  return {
    send: async (message) => {
      await transport.sendMail(message);
    },
    close: () => transport.close(),
  };
}
