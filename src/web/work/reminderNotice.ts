import { ApiError, HTTP_ERROR, NETWORK_ERROR } from '../api/client';

const REMINDER_NOTICE_URL = '/api/reminder-notices/document.docx';

/** The name the server gave the file (its UTF-8 form when there is one). */
function fileNameOf(disposition: string | null): string {
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (utf8) return decodeURIComponent(utf8[1]!);
  return /filename="([^"]+)"/i.exec(disposition ?? '')?.[1] ?? 'van-ban-don-doc.docx';
}

/**
 * Fetches the notice and saves it. Fetched rather than linked: when nothing is late the server answers
 * 409 with a message to show, which a plain link would open as a page of JSON.
 */
export async function downloadReminderNotice(): Promise<void> {
  let response: Response;
  try {
    response = await fetch(REMINDER_NOTICE_URL, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, '');
  }
  if (!response.ok) {
    const error = ((await response.json().catch(() => undefined)) as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? HTTP_ERROR, error?.message ?? '');
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(response.headers.get('content-disposition'));
  link.click();
  URL.revokeObjectURL(url);
}
