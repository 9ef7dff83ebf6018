/** Addresses of the citizen pages, shared by the server, the citizen pages and the staff app; the body's code is written in lower case, as people type it. */

const body = (code: string) => `/p/${encodeURIComponent(code.toLowerCase())}`;

export function newsListPath(code: string, params: { q?: string; page?: number } = {}): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.page && params.page > 1) search.set('trang', String(params.page));
  const query = search.toString();
  return `${body(code)}/tin-tuc${query ? `?${query}` : ''}`;
}

export const newsItemPath = (code: string, slug: string) => `${body(code)}/tin-tuc/${encodeURIComponent(slug)}`;
export const newsFeedPath = (code: string) => `${body(code)}/tin-tuc/feed.atom`;
export const publicFilePath = (code: string, fileId: string) => `${body(code)}/tep/${encodeURIComponent(fileId)}`;

/** Only web links are shown as links: a channel address typed by staff could be anything. */
export function isWebLink(url: string | null): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function procedureListPath(code: string, params: { q?: string; field?: string } = {}): string {
  const search = new URLSearchParams();
  if (params.q) search.set('q', params.q);
  if (params.field) search.set('linh-vuc', params.field);
  const query = search.toString();
  return `${body(code)}/thu-tuc${query ? `?${query}` : ''}`;
}

export const procedurePath = (code: string, procedureCode: string) => `${body(code)}/thu-tuc/${encodeURIComponent(procedureCode)}`;
export const procedureSheetPath = (code: string, procedureCode: string) => `${procedurePath(code, procedureCode)}/niem-yet`;
export const procedureFormPath = (code: string, procedureCode: string, fileId: string) => `${procedurePath(code, procedureCode)}/bieu-mau/${encodeURIComponent(fileId)}`;

/** A body's public progress page of a year; without a year, the page that sends to the latest. */
export const planProgressPath = (code: string, year?: number) => `${body(code)}/ke-hoach${year ? `/${year}` : ''}`;

/** A body's feedback form (phản ánh, kiến nghị), the page a tracking code leads to, and the lookup box's target. */
export const feedbackFormPath = (code: string) => `${body(code)}/phan-anh`;
export const feedbackTrackingPath = (code: string, trackingCode: string) => `${feedbackFormPath(code)}/${encodeURIComponent(trackingCode)}`;
export const feedbackLookupPath = (code: string) => `${feedbackFormPath(code)}/tra-cuu`;

/** A satisfaction survey's questionnaire, its thank-you page, and the A4 sheet with its QR code that staff print. */
export const surveyPath = (code: string, surveyId: string) => `${body(code)}/khao-sat/${encodeURIComponent(surveyId)}`;
export const surveyThanksPath = (code: string, surveyId: string) => `${surveyPath(code, surveyId)}/cam-on`;
export const surveySheetPath = (code: string, surveyId: string) => `${surveyPath(code, surveyId)}/in`;
