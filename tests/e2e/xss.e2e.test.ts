import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { toPlainText } from '../../src/server/html/sanitize-rich-text';
import { procedureCodeSchema } from '../../src/shared/schemas/procedures';
import { isWebAddress } from '../../src/shared/schemas/web-address';
import { xssProblems } from '../support/assert-no-xss';
import { parseAtom } from '../support/atom-xml';
import { openBrowserSession, type BrowserSession } from '../support/browser-session';
import { SOAK } from '../support/soak';
import { SHORT_XSS_PAYLOADS, XSS_FUNCTION, XSS_PAYLOADS, XSS_SHORT_FUNCTION, type XssPayload } from '../support/xss-payloads';

/**
 * Stored and reflected XSS, end to end (issue 12, must-show 6). Every payload of
 * tests/support/xss-payloads.ts is written through the API, as the people who write them, into every
 * text field a user can fill in (found from src/shared/schemas, listed in FIELDS): plans (title,
 * signer, bases, sections, targets, closing, recipients, tasks, transition comments), work periods
 * (notes, also through the workbook, comments both ways, return reasons, evidence links and file
 * names), news items (title, summary, rich body, comments, publication addresses, file names),
 * channels, organisations (the hospital's own name, which heads every page), external bodies, groups,
 * users, legal documents, index results, reports (texts, return reason), a public procedure (issue 13:
 * every text of it, its deciding documents and notes, a posting's proof address and note, a form's
 * file name; its code takes no payload, so payloads are tried there and must be refused), and a plan
 * file to import.
 * Then every page that shows them is opened in Chromium: the staff app's pages (home, notifications,
 * plan, task, work list, update dialog, plans, plan import, reports, legal documents, news items,
 * channels, good practices, organisations, users, audit log, procedures, a procedure, the department of
 * health's posting table) and the citizens' news list, article and Atom feed, procedure list, procedure,
 * its printed posting sheet and the year's progress, plus pages that show back what is in their address
 * (the news and procedure searches, the procedure field filter).
 *
 * Each payload, when it runs, calls a function the test exposes to every frame (`__xss(n)`, n naming
 * the payload and the field); that call, any alert/confirm/prompt, and — for what would run only on a
 * click, a hover or a focus — a handler attribute, a script address or an element that loads a
 * document left in the page, all fail the test, by name. A text written as text must also be shown
 * as written (not mangled into nothing), and the feed must stay well-formed.
 *
 * The browser runs with the Content-Security-Policy bypassed, so that it is the escaping and the
 * sanitiser that are proven, not the CSP (script-src 'self' would hide a broken sanitiser); a last,
 * short pass without the bypass checks that the header is sent and blocks a handler on its own. A
 * control test first puts each payload, unescaped, where it aims and checks that it does run: the
 * suite never passes on dead payloads.
 *
 * `npm test` runs one round with several payloads packed into each field and opens the pages at
 * 1440 px (a few tabs side by side, each changing person between whole runs of one person's pages,
 * which the app's own router moves between). `npm run soak` then writes a round per payload, alone in
 * every field it fits, opens that round's pages, and more, at 1440 and at 360 px, and ends with the
 * lists, logs and trees that show every round.
 */

const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 360, height: 740 };
const SHOTS = resolve('test-results', 'e2e-xss');
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const PDF = Buffer.from('%PDF-1.4\n% XSS\n%%EOF\n');

// ---------------------------------------------------------------------------------------------
// Fields: every text field a user writes, from the API's schemas (src/shared/schemas), by kind.
// ---------------------------------------------------------------------------------------------

/** text: shown as text; rich: HTML through the sanitiser; url: an address; file: an uploaded file's name. */
type FieldKind = 'text' | 'rich' | 'url' | 'file';
type Field = {
  kind: FieldKind;
  max: number;
  /** At most 20 characters: only the short payloads fit. */
  short?: boolean;
  /** What the schema lets through besides length. */
  accepts?: (value: string) => boolean;
  /** What the server keeps of a value (a news item's title and summary are stripped to text); as written when absent. */
  stored?: (value: string) => string;
  /**
   * `accepts` lets no payload through (a procedure's code: letters, digits and . _ - / only): the prefix
   * alone is stored, and payloads are tried there on their own, which the server must refuse.
   */
  refuses?: true;
};

const noSpace = (v: string) => !/\s/.test(v);
/** A procedure's code, by the schema's own pattern. */
const procedureCode = (v: string) => procedureCodeSchema.safeParse(v).success;
/** A file name survives multipart as typed when it has no path separator, quote or line break. */
const fileName = (v: string) => !/[/\\"\u0000-\u001f\u007f\u2028\u2029%]/.test(v);

const FIELDS = {
  'organization.name (body)': { kind: 'text', max: 200 },
  'organization.placeName': { kind: 'text', max: 100 },
  'organization.superiorName': { kind: 'text', max: 200 },
  'organization.name (unit)': { kind: 'text', max: 200 },
  'organization.name (new unit)': { kind: 'text', max: 200 },
  'externalBody.name': { kind: 'text', max: 200 },
  'externalBody.note': { kind: 'text', max: 500 },
  'group.name': { kind: 'text', max: 200 },
  'user.fullName (reporter)': { kind: 'text', max: 120 },
  'user.title (reporter)': { kind: 'text', max: 120 },
  'user.fullName (new user)': { kind: 'text', max: 120 },
  'user.title (new user)': { kind: 'text', max: 120 },
  'user.email': { kind: 'url', max: 200 },
  'legalDocument.code': { kind: 'text', max: 60, accepts: noSpace },
  'legalDocument.issuer': { kind: 'text', max: 200 },
  'legalDocument.summary': { kind: 'text', max: 2000 },
  'legalDocument.url': { kind: 'url', max: 500 },
  'index.source': { kind: 'text', max: 500 },
  'index.note': { kind: 'text', max: 2000 },
  'plan.title': { kind: 'text', max: 1000 },
  'plan.placeName': { kind: 'text', max: 100 },
  'plan.signingAuthority': { kind: 'text', max: 100 },
  'plan.signerTitle': { kind: 'text', max: 100 },
  'plan.signerName': { kind: 'text', max: 100 },
  'plan.content.bases[]': { kind: 'text', max: 5000 },
  'plan.content.introduction': { kind: 'text', max: 10_000 },
  'plan.content.sections[].numbering': { kind: 'text', max: 20, short: true },
  'plan.content.sections[].heading': { kind: 'text', max: 2000 },
  'plan.content.sections[].text': { kind: 'text', max: 20_000 },
  'plan.content.targets[].text': { kind: 'text', max: 1000 },
  'plan.content.targets[].unit': { kind: 'text', max: 20, short: true },
  'plan.content.closing': { kind: 'text', max: 5000 },
  'plan.content.recipients[]': { kind: 'text', max: 300 },
  'plan.tasks[].number': { kind: 'text', max: 20, short: true },
  'plan.tasks[].title': { kind: 'text', max: 5000 },
  'plan.tasks[].deadlineText': { kind: 'text', max: 500 },
  'plan.tasks[].outputText': { kind: 'text', max: 1000 },
  'plan.tasks[].note': { kind: 'text', max: 2000 },
  'plan.transition.comment': { kind: 'text', max: 2000 },
  'occurrence.note': { kind: 'text', max: 5000 },
  'occurrence.note (workbook)': { kind: 'text', max: 5000 },
  'occurrence.comment (unit)': { kind: 'text', max: 2000 },
  'occurrence.comment (coordinator)': { kind: 'text', max: 2000 },
  'occurrence.review.comment': { kind: 'text', max: 2000 },
  'evidence.link.name': { kind: 'text', max: 255 },
  'evidence.link.url': { kind: 'url', max: 1000 },
  'evidence.file.name': { kind: 'file', max: 200, accepts: fileName },
  'mediaItem.title': { kind: 'text', max: 300, stored: toPlainText },
  'mediaItem.summary': { kind: 'text', max: 2000, stored: toPlainText },
  'mediaItem.bodyHtml': { kind: 'rich', max: 500_000 },
  'mediaItem.transition.comment': { kind: 'text', max: 2000 },
  'mediaItem.publication.url': { kind: 'url', max: 2000 },
  'mediaItem.file.name (image)': { kind: 'file', max: 200, accepts: fileName },
  'mediaItem.file.name (attachment)': { kind: 'file', max: 200, accepts: fileName },
  'channel.name': { kind: 'text', max: 200 },
  'channel.url': { kind: 'url', max: 2000 },
  'report.results': { kind: 'text', max: 20_000 },
  'report.difficulties': { kind: 'text', max: 20_000 },
  'report.proposals': { kind: 'text', max: 20_000 },
  'report.nextSteps': { kind: 'text', max: 20_000 },
  'report.transition.comment': { kind: 'text', max: 2000 },
  'procedure.code': { kind: 'text', max: 60, accepts: procedureCode, refuses: true },
  'procedure.name': { kind: 'text', max: 1000 },
  'procedure.field': { kind: 'text', max: 200 },
  'procedure.applicants': { kind: 'text', max: 1000 },
  'procedure.conditions': { kind: 'text', max: 5000 },
  'procedure.steps[].text': { kind: 'text', max: 2000 },
  'procedure.steps[].duration': { kind: 'text', max: 100 },
  'procedure.dossier[].name': { kind: 'text', max: 1000 },
  'procedure.dossier[].note': { kind: 'text', max: 500 },
  'procedure.fees[].name': { kind: 'text', max: 300 },
  'procedure.fees[].note': { kind: 'text', max: 500 },
  'procedure.processingTime.note': { kind: 'text', max: 300 },
  'procedure.result': { kind: 'text', max: 1000 },
  'procedure.legalBasis': { kind: 'text', max: 10_000 },
  'procedure.issued.decidingDocument': { kind: 'text', max: 200 },
  'procedure.issued.note': { kind: 'text', max: 2000 },
  'procedure.event.decidingDocument': { kind: 'text', max: 200 },
  'procedure.event.note': { kind: 'text', max: 2000 },
  'procedure.posting.proofUrl': { kind: 'url', max: 1000 },
  'procedure.posting.note': { kind: 'text', max: 1000 },
  'procedure.form.file.name': { kind: 'file', max: 200, accepts: fileName },
  /** Not stored: a plan's text in a file to import, which the import page shows line by line. */
  'planImport.text': { kind: 'text', max: 5000 },
  'planImport.file.name': { kind: 'file', max: 200, accepts: fileName },
  /** Not stored: the public search box's words, which the page shows back. */
  'publicSearch.q (reflected)': { kind: 'text', max: 200 },
  /** Not stored: the citizen procedure list's search words (shown back in its box) and field filter. */
  'publicProcedureSearch.q (reflected)': { kind: 'text', max: 200 },
  'publicProcedureSearch.field (reflected)': { kind: 'text', max: 200 },
} as const satisfies Record<string, Field>;
type FieldKey = keyof typeof FIELDS;

// ---------------------------------------------------------------------------------------------
// The ledger: which payload went into which field under which number, so a run names its source.
// ---------------------------------------------------------------------------------------------

type Use = { payload: string; field: string };

class Ledger {
  private next: Record<string, number> = { [XSS_FUNCTION]: 100, [XSS_SHORT_FUNCTION]: 100 };
  readonly uses = new Map<string, Use>();
  /** Which payloads reached a field of each kind (attempted, for addresses: a refusal counts). */
  readonly reached: Record<FieldKind, Set<string>> = { text: new Set(), rich: new Set(), url: new Set(), file: new Set() };
  readonly perField = new Map<string, number>();
  /**
   * Text fields' values as written, by field (the last written) or by the name a write gave it, to look
   * for on the pages that show them; `stored` when the server answered what it kept (a file's name).
   */
  readonly values = new Map<string, { field: FieldKey; value: string; stored?: string }>();
  /** The call the last payload written makes when it runs. */
  lastCall = '';

  write(payload: XssPayload, field: FieldKey): string {
    const fn = FIELDS[field].max <= 20 ? XSS_SHORT_FUNCTION : XSS_FUNCTION;
    const n = this.next[fn]!++;
    const call = `${fn}(${n})`;
    this.uses.set(call, { payload: payload.name, field });
    this.lastCall = call;
    this.reached[FIELDS[field].kind].add(payload.name);
    this.perField.set(field, (this.perField.get(field) ?? 0) + 1);
    return payload.make(call);
  }

  /** Names a call the page made. */
  describe(fn: string, n: unknown): string {
    const use = this.uses.get(`${fn}(${n})`);
    return use ? `payload "${use.payload}" through ${use.field}` : `${fn}(${String(n)}) (unknown)`;
  }
}

/** The longest call a payload may hold, to measure before writing. */
const LONGEST_CALL = { [XSS_FUNCTION]: `${XSS_FUNCTION}(99999)`, [XSS_SHORT_FUNCTION]: `${XSS_SHORT_FUNCTION}(999)` };

/**
 * What goes into each field this round. `spread` packs several payloads into each field, taking them
 * in turn so that each reaches a field of every kind; `single` puts one payload alone in each field
 * (a field it does not fit gets the next one that does).
 */
class Round {
  private cursor: Record<FieldKind, number> = { text: 0, rich: 0, url: 0, file: 0 };
  private shortCursor = 0;
  private embedCursor = 0;
  constructor(
    readonly ledger: Ledger,
    readonly mode: { kind: 'spread'; perField: number } | { kind: 'single'; index: number },
    readonly n: number,
  ) {}

  /** A text field's value: `prefix` (what a person would write, to meet the schema's minimum) and the payloads. */
  text(field: FieldKey, prefix = '', as?: string): string {
    const spec: Field = FIELDS[field];
    const list = spec.short ? SHORT_XSS_PAYLOADS : XSS_PAYLOADS;
    const fn = spec.short ? XSS_SHORT_FUNCTION : XSS_FUNCTION;
    const spread = this.mode.kind === 'spread';
    const take = this.mode.kind === 'spread' && !spec.short ? this.mode.perField : 1;
    const start = this.mode.kind === 'single' ? this.mode.index : spec.short ? this.shortCursor : this.cursor[spec.kind];
    // A field that takes no white space (a code) gets its payloads run together.
    const separator = spec.accepts && !spec.accepts('a b') ? '' : ' ';
    const chosen: XssPayload[] = [];
    let length = prefix.length;
    let consumed = 0;
    for (; consumed < list.length && chosen.length < take; consumed++) {
      const payload = list[(start + consumed) % list.length]!;
      const sample = payload.make(LONGEST_CALL[fn]);
      const fits = length + separator.length + sample.length <= spec.max && (spec.accepts?.(sample) ?? true);
      if (!fits) continue;
      length += separator.length + sample.length;
      chosen.push(payload);
    }
    if (spread) {
      if (spec.short) this.shortCursor += consumed;
      else this.cursor[spec.kind] += consumed;
    }
    if (chosen.length === 0 && !(spec.refuses && prefix)) throw new Error(`no payload fits ${field}`);
    const value = [prefix, ...chosen.map((p) => this.ledger.write(p, field))].filter(Boolean).join(separator);
    this.ledger.values.set(field, { field, value });
    if (as) this.ledger.values.set(as, { field, value });
    return value;
  }

  /** Rich text: the payloads as paragraphs of a news item's body (all of them when spreading). */
  rich(field: FieldKey): string {
    const payloads = this.mode.kind === 'spread' ? XSS_PAYLOADS : [XSS_PAYLOADS[this.mode.index % XSS_PAYLOADS.length]!];
    return payloads.map((p, i) => `<p>Đoạn ${i + 1}: <strong>nội dung</strong></p>${this.ledger.write(p, field)}`).join('\n');
  }

  /**
   * Addresses to try in an address field, each alone: the payloads themselves, which the server should
   * refuse unless harmless. Spreading, the address fields share the payloads out; alone, each field gets the round's one.
   */
  urlAttempts(field: FieldKey, count: number): string[] {
    const attempts: string[] = [];
    for (let i = 0; i < count; i++) {
      const at = this.mode.kind === 'single' ? this.mode.index : this.cursor.url++;
      attempts.push(this.ledger.write(XSS_PAYLOADS[at % XSS_PAYLOADS.length]!, field));
    }
    return attempts;
  }

  /**
   * Payloads to try alone in a field whose pattern lets none through (`refuses`): the server must
   * answer 400 to each. Spreading, a few in turn; alone, the round's one.
   */
  refusedAttempts(field: FieldKey, count: number): string[] {
    const attempts: string[] = [];
    for (let i = 0; i < count; i++) {
      const at = this.mode.kind === 'single' ? this.mode.index : this.cursor.text++;
      attempts.push(this.ledger.write(XSS_PAYLOADS[at % XSS_PAYLOADS.length]!, field));
    }
    return attempts;
  }

  /** An address the field accepts that carries payloads in its query: stored, then shown as a link. */
  url(field: FieldKey): string {
    const spec: Field = FIELDS[field];
    const base = `https://ok.example/xss/${this.n}?q=`;
    const take = this.mode.kind === 'spread' ? 3 : 1;
    const start = this.mode.kind === 'single' ? this.mode.index : this.embedCursor;
    const parts: string[] = [];
    let consumed = 0;
    for (; consumed < XSS_PAYLOADS.length && parts.length < take; consumed++) {
      const payload = XSS_PAYLOADS[(start + consumed) % XSS_PAYLOADS.length]!;
      const sample = payload.make(LONGEST_CALL[XSS_FUNCTION]);
      if (base.length + [...parts, sample].join('&q=').length > spec.max || !isWebAddress(base + sample.trim()) || /[\s]/.test(sample.at(-1)!)) continue;
      parts.push(this.ledger.write(payload, field));
    }
    if (this.mode.kind === 'spread') this.embedCursor += consumed;
    return base + parts.join('&q=');
  }

  /** A file name: payloads and an extension the upload accepts. */
  file(field: FieldKey, extension: string): string {
    const name = this.text(field).slice(0, FIELDS[field].max);
    return `${name}.${extension}`;
  }

  /** Notes the name the server kept for an uploaded file (it may make a name safe to save): the pages must show that one. */
  kept(field: FieldKey, answer: { name: string }): void {
    const written = this.ledger.values.get(field)!;
    written.stored = answer.name.replace(/\.[a-z]+$/, '');
  }
}

// ---------------------------------------------------------------------------------------------
// The API, as the people who write each field.
// ---------------------------------------------------------------------------------------------

type Answer = { status: number; json: any; text: string };

class Person {
  constructor(
    readonly baseUrl: string,
    readonly username: string,
    private cookie = '',
  ) {}

  /** The session's cookies, for a browser tab to be this person without signing in again (sign-ins are rate-limited). */
  cookies(): { name: string; value: string }[] {
    return this.cookie.split('; ').map((pair) => {
      const at = pair.indexOf('=');
      return { name: pair.slice(0, at), value: pair.slice(at + 1) };
    });
  }

  async signIn(password: string): Promise<this> {
    const res = await fetch(`${this.baseUrl}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: this.username, password }) });
    if (res.status !== 200) throw new Error(`sign-in as ${this.username}: ${res.status} ${await res.text()}`);
    this.cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
    return this;
  }

  async try(method: string, path: string, body?: unknown): Promise<Answer> {
    const form = body instanceof FormData;
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: { cookie: this.cookie, ...(body === undefined || form ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json: any = null;
    try {
      json = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: res.status, json, text };
  }

  /** A request that must succeed: the answer's JSON, or the test fails with what the server said. */
  async send(method: string, path: string, body?: unknown): Promise<any> {
    const res = await this.try(method, path, body);
    if (res.status >= 300) throw new Error(`${this.username} ${method} ${path}: ${res.status} ${res.text.slice(0, 500)}`);
    return res.json;
  }

  async upload(path: string, fields: Record<string, string>, file: { name: string; bytes: Buffer; type: string }): Promise<any> {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    form.append('file', new Blob([new Uint8Array(file.bytes)], { type: file.type }), file.name);
    return this.send('POST', path, form);
  }
}

/** Today in Vietnam (yyyy-mm-dd): publication days may not lie in the future. */
const today = () => new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);

type Org = { id: string; code: string; name: string; bodyId: string; isBody: boolean; parentId: string | null };

/** What one round wrote, for the pages to open. */
type Written = {
  planId: string;
  taskIds: string[];
  occurrenceId: string;
  mediaId: string;
  mediaSlug: string;
  reportId: string;
  /** A public procedure of the hospital (issue 13), by its id (staff pages) and its code (citizens' pages). */
  procedureId: string;
  procedureCode: string;
  /** Attempts at address fields the server accepted: stored, so the pages must show them safely. */
  acceptedAddresses: string[];
  /** A plan as a text file, to import through the page. */
  importFile: { name: string; text: string };
};

type People = Record<'admin' | 'coordinator' | 'director' | 'editor' | 'reporter' | 'sytCoordinator', Person>;

/** Writes one round of payloads into every field, through the API, and answers what to open. */
async function writeRound(round: Round, people: People, orgs: { body: Org; unit: Org }, reporterId: string): Promise<Written> {
  const { admin, coordinator, director, editor, reporter, sytCoordinator } = people;
  const n = round.n;
  const acceptedAddresses: string[] = [];
  /** Tries each address alone in a field; one the server keeps is then opened like the rest. */
  const tryAddresses = async (field: FieldKey, count: number, attempt: (url: string) => Promise<Answer>) => {
    for (const url of round.urlAttempts(field, count)) {
      const res = await attempt(url);
      if (res.status < 300) acceptedAddresses.push(`${field}: ${url}`);
      else expect(res.status, `${field} ← ${url}: ${res.text}`).toBe(400);
    }
  };
  const addressShare = Math.ceil(XSS_PAYLOADS.length / 5);
  const attempts = round.mode.kind === 'spread' ? addressShare : 1;

  // Organisations: the hospital itself (its name heads the public pages), a department and a new one.
  await admin.send('PATCH', `/api/organizations/${orgs.body.id}`, {
    name: round.text('organization.name (body)', 'Bệnh viện Sản - Nhi'),
    placeName: round.text('organization.placeName', 'Lào Cai'),
    superiorName: round.text('organization.superiorName', 'SỞ Y TẾ'),
  });
  await admin.send('PATCH', `/api/organizations/${orgs.unit.id}`, { name: round.text('organization.name (unit)', 'Khoa Khám bệnh') });
  const newUnit = await admin.send('POST', '/api/organizations', { parentId: orgs.body.id, kind: 'office', code: `XSS-${n}`, name: round.text('organization.name (new unit)', 'Phòng') });
  const external = await coordinator.send('POST', '/api/external-bodies', { ownerId: orgs.body.id, name: round.text('externalBody.name', 'Công an tỉnh'), note: round.text('externalBody.note', 'Ghi chú') });
  const group = await coordinator.send('POST', '/api/groups', { ownerId: orgs.body.id, name: round.text('group.name', 'Nhóm'), kind: 'custom', memberIds: [orgs.unit.id, newUnit.id] });

  // People: the department's reporter (whose name stands on everything they do) and a new account.
  await admin.send('PATCH', `/api/users/${reporterId}`, { fullName: round.text('user.fullName (reporter)', 'Ngô Thị Mai'), title: round.text('user.title (reporter)', 'Cán bộ') });
  const user = await admin.send('POST', '/api/users', {
    username: `xss.${n}`,
    fullName: round.text('user.fullName (new user)', 'Người thử'),
    title: round.text('user.title (new user)', 'Chuyên viên'),
    password: `Cây bàng già trước cổng viện số ${n}`,
    roles: [{ organizationId: newUnit.id, role: 'reporter' }],
  });
  await tryAddresses('user.email', attempts, (email) => admin.try('PATCH', `/api/users/${user.id}`, { email }));

  // Legal documents and index results.
  for (let i = 0; i < (round.mode.kind === 'spread' ? 2 : 1); i++) {
    await coordinator.send('POST', '/api/legal-documents', {
      kind: 'decision',
      code: round.text('legalDocument.code', `${n}${i}/QĐ-XSS`),
      issuer: round.text('legalDocument.issuer', 'UBND tỉnh'),
      summary: round.text('legalDocument.summary', 'Về việc'),
      url: round.url('legalDocument.url'),
    });
  }
  let tried = 0;
  await tryAddresses('legalDocument.url', attempts, (url) => coordinator.try('POST', '/api/legal-documents', { kind: 'other', code: `${n}${tried++}/THU-XSS`, url }));
  await coordinator.send('PUT', '/api/indices', { kind: 'sipas', scope: 'body', year: 2026 - (n % 16), value: '88,5', rank: null, rankOf: null, source: round.text('index.source', 'Nguồn'), note: round.text('index.note', 'Ghi chú') });

  // A plan: every field of its text and of its tasks, assigned to the renamed department, the group and the external body.
  const year = Number(today().slice(0, 4));
  const month = Number(today().slice(5, 7));
  const task = (name: string, deadlineText: string, lead: unknown, coordinators: unknown[] = []) => ({
    number: round.text('plan.tasks[].number'),
    title: round.text('plan.tasks[].title', 'Nhiệm vụ', `plan.tasks[].title#${name}`),
    reformArea: 'communication',
    lead,
    coordinators,
    deadlineText,
    outputText: round.text('plan.tasks[].outputText', 'Báo cáo'),
    outputKind: 'report',
    note: round.text('plan.tasks[].note', 'Ghi chú'),
    weight: 1,
  });
  const unitRef = { type: 'organization', id: orgs.unit.id };
  const plan = await coordinator.send('POST', '/api/plans', {
    kind: 'cchc',
    year,
    title: round.text('plan.title', 'Kế hoạch cải cách hành chính'),
    placeName: round.text('plan.placeName', 'Lào Cai'),
    signingAuthority: round.text('plan.signingAuthority', 'GIÁM ĐỐC'),
    signerTitle: round.text('plan.signerTitle', 'Giám đốc'),
    signerName: round.text('plan.signerName', 'Nguyễn Văn A'),
    content: {
      bases: [round.text('plan.content.bases[]', 'Căn cứ Quyết định số 01/QĐ-UBND'), round.text('plan.content.bases[]', 'Căn cứ')],
      introduction: round.text('plan.content.introduction', 'Thực hiện'),
      sections: [
        {
          numbering: round.text('plan.content.sections[].numbering'),
          heading: round.text('plan.content.sections[].heading', 'MỤC ĐÍCH'),
          text: round.text('plan.content.sections[].text', 'Nội dung'),
          role: 'purposes',
          reformArea: null,
          assignee: null,
          children: [{ numbering: round.text('plan.content.sections[].numbering'), heading: null, text: round.text('plan.content.sections[].text', 'Mục con'), role: null, reformArea: null, assignee: unitRef, children: [] }],
        },
      ],
      targets: [{ text: round.text('plan.content.targets[].text', '100% văn bản'), value: 100, unit: round.text('plan.content.targets[].unit'), comparator: 'at_least' }],
      closing: round.text('plan.content.closing', 'Trên đây là Kế hoạch'),
      recipients: [round.text('plan.content.recipients[]', 'Sở Y tế'), round.text('plan.content.recipients[]', 'Lưu')],
    },
    tasks: [
      task('this month', `Tháng ${month}/${year}`, unitRef, [{ type: 'group', id: group.id }, { type: 'external', id: external.id }]),
      task('late', `Trước ngày 30/6/${year}`, unitRef),
      task('undated', round.text('plan.tasks[].deadlineText', 'Trong năm'), { type: 'external', id: external.id }, [unitRef]),
    ],
  });
  await coordinator.send('POST', `/api/plans/${plan.id}/transition`, { to: 'submitted', comment: round.text('plan.transition.comment', 'Trình') });
  await director.send('POST', `/api/plans/${plan.id}/transition`, { to: 'draft', comment: round.text('plan.transition.comment', 'Trả lại') });
  await coordinator.send('POST', `/api/plans/${plan.id}/transition`, { to: 'submitted' });
  const issued = await director.send('POST', `/api/plans/${plan.id}/transition`, { to: 'issued', comment: round.text('plan.transition.comment', 'Ban hành') });
  const taskIds: string[] = issued.tasks.map((t: { id: string }) => t.id);
  const periodOf = (i: number) => (issued.tasks[i].occurrences as { id: string; organizationId: string }[]).find((o) => o.organizationId === orgs.unit.id)!.id;
  const occurrenceId = periodOf(0);
  const lateOccurrenceId = periodOf(1);

  // The department's work on a period: notes, comments both ways, evidence, submitted and returned with a reason.
  await reporter.send('PATCH', `/api/occurrences/${occurrenceId}`, { status: 'in_progress', progress: 50, note: round.text('occurrence.note', 'Đã làm') });
  await reporter.send('POST', `/api/occurrences/${occurrenceId}/comments`, { text: round.text('occurrence.comment (unit)', 'Ý kiến') });
  await coordinator.send('POST', `/api/occurrences/${occurrenceId}/comments`, { text: round.text('occurrence.comment (coordinator)', 'Trả lời') });
  await reporter.send('POST', `/api/occurrences/${occurrenceId}/evidence`, { name: round.text('evidence.link.name', 'Liên kết'), url: round.url('evidence.link.url') });
  await tryAddresses('evidence.link.url', attempts, (url) => reporter.try('POST', `/api/occurrences/${occurrenceId}/evidence`, { name: 'Liên kết thử', url }));
  round.kept('evidence.file.name', await reporter.upload(`/api/occurrences/${occurrenceId}/evidence`, {}, { name: round.file('evidence.file.name', 'pdf'), bytes: Buffer.concat([PDF, Buffer.from(String(n))]), type: 'application/pdf' }));
  await reporter.send('PATCH', `/api/occurrences/${occurrenceId}`, { status: 'submitted', progress: 100 });
  await coordinator.send('POST', `/api/occurrences/${occurrenceId}/review`, { decision: 'return', comment: round.text('occurrence.review.comment', 'Bổ sung') });
  const late = (await reporter.send('GET', `/api/occurrences?planId=${plan.id}&limit=1000`)).items.find((o: { id: string }) => o.id === lateOccurrenceId);
  await reporter.send('POST', '/api/occurrences/workbook/apply', { changes: [{ occurrenceId: lateOccurrenceId, updatedAt: late.updatedAt, status: 'in_progress', progress: 20, note: round.text('occurrence.note (workbook)', 'Theo bảng tính') }] });

  // A news item: proposed, returned, approved, published on the website and a payload-named channel, with files.
  await editor.send('POST', '/api/media-channels', { kind: 'fanpage', name: round.text('channel.name', 'Fanpage'), url: round.url('channel.url') });
  await tryAddresses('channel.url', attempts, (url) => editor.try('POST', '/api/media-channels', { kind: 'zalo', name: `Kênh thử ${n}`, url }));
  const item = await editor.send('POST', '/api/media-items', {
    kind: 'news',
    title: round.text('mediaItem.title', 'Tin'),
    summary: round.text('mediaItem.summary', 'Tóm tắt'),
    bodyHtml: round.rich('mediaItem.bodyHtml'),
    goodPractice: true,
    taskIds: [taskIds[0]],
    occurrenceIds: [occurrenceId],
  });
  round.kept('mediaItem.file.name (image)', await editor.upload(`/api/media-items/${item.id}/files`, { kind: 'image' }, { name: round.file('mediaItem.file.name (image)', 'png'), bytes: PNG, type: 'image/png' }));
  round.kept('mediaItem.file.name (attachment)', await editor.upload(`/api/media-items/${item.id}/files`, { kind: 'attachment' }, { name: round.file('mediaItem.file.name (attachment)', 'pdf'), bytes: Buffer.concat([PDF, Buffer.from(`m${n}`)]), type: 'application/pdf' }));
  await editor.send('POST', `/api/media-items/${item.id}/transition`, { to: 'submitted' });
  await editor.send('POST', `/api/media-items/${item.id}/transition`, { to: 'returned', comment: round.text('mediaItem.transition.comment', 'Sửa lại') });
  await editor.send('POST', `/api/media-items/${item.id}/transition`, { to: 'submitted', comment: round.text('mediaItem.transition.comment', 'Đã sửa') });
  await editor.send('POST', `/api/media-items/${item.id}/transition`, { to: 'approved', comment: round.text('mediaItem.transition.comment', 'Duyệt') });
  const published = await editor.send('POST', `/api/media-items/${item.id}/transition`, { to: 'published', channel: 'website', url: round.url('mediaItem.publication.url'), publishedAt: today() });
  await editor.send('POST', `/api/media-items/${item.id}/transition`, { to: 'published', channel: 'fanpage', url: round.url('mediaItem.publication.url'), publishedAt: today() });
  await tryAddresses('mediaItem.publication.url', attempts, (url) => editor.try('POST', `/api/media-items/${item.id}/transition`, { to: 'published', channel: 'zalo', url, publishedAt: today() }));
  await editor.try('POST', '/api/good-practices/submissions', { month: today().slice(0, 7), itemIds: [item.id] });

  // A report of a period of its own: its texts, approved, sent up and returned by the department of health with a reason.
  const from = new Date(Date.UTC(year, 0, 1 + (n % 300)));
  const report = await coordinator.send('POST', '/api/reports', { period: 'custom', year, from: `${year}-01-01`, to: from.toISOString().slice(0, 10) });
  await coordinator.send('PATCH', `/api/reports/${report.id}`, {
    results: round.text('report.results', 'Kết quả'),
    difficulties: round.text('report.difficulties', 'Tồn tại'),
    proposals: round.text('report.proposals', 'Đề xuất'),
    nextSteps: round.text('report.nextSteps', 'Phương hướng'),
  });
  await director.send('POST', `/api/reports/${report.id}/transition`, { to: 'approved', comment: round.text('report.transition.comment', 'Duyệt') });
  await coordinator.send('POST', `/api/reports/${report.id}/transition`, { to: 'submitted' });
  await sytCoordinator.send('POST', `/api/reports/${report.id}/transition`, { to: 'returned', comment: round.text('report.transition.comment', 'Trả lại') });

  // A public procedure of the hospital, kept by its coordinator (issue 13): every text of it, issued with a
  // deciding document, then amended, a form added (a payload-named file) and posted with a proof address.
  // Its code's pattern lets no payload through: a plain, unique code is kept, and payloads are tried there alone.
  const procedureBody = {
    scope: 'public',
    code: round.text('procedure.code', `XSS-TT.${n}/BVSN`),
    name: round.text('procedure.name', 'Cung cấp bản tóm tắt hồ sơ bệnh án'),
    field: round.text('procedure.field', 'Khám bệnh, chữa bệnh'),
    level: 'body',
    applicants: round.text('procedure.applicants', 'Người bệnh, người đại diện'),
    conditions: round.text('procedure.conditions', '1. Người bệnh đã ra viện\n2. Có giấy tờ tùy thân'),
    steps: [
      { text: round.text('procedure.steps[].text', 'Nộp giấy đề nghị tại Bộ phận một cửa'), unitId: null, duration: round.text('procedure.steps[].duration', '15 phút') },
      { text: round.text('procedure.steps[].text', 'Khoa tóm tắt hồ sơ, trình Giám đốc ký'), unitId: orgs.unit.id, duration: round.text('procedure.steps[].duration', '03 ngày') },
    ],
    dossier: [
      { name: round.text('procedure.dossier[].name', 'Giấy đề nghị'), copies: 1, note: round.text('procedure.dossier[].note', 'bản chính') },
      { name: round.text('procedure.dossier[].name', 'Căn cước'), copies: null, note: round.text('procedure.dossier[].note', 'bản sao') },
    ],
    processingTime: { value: 5, unit: 'working_days', note: round.text('procedure.processingTime.note', 'kể từ ngày nhận đủ hồ sơ') },
    fees: [
      { name: round.text('procedure.fees[].name', 'Phí sao chụp'), amountDong: 5000, note: round.text('procedure.fees[].note', 'mỗi trang') },
      { name: round.text('procedure.fees[].name', 'Lệ phí'), amountDong: null, note: round.text('procedure.fees[].note', 'Theo quy định') },
    ],
    result: round.text('procedure.result', 'Bản tóm tắt hồ sơ bệnh án'),
    legalBasis: round.text('procedure.legalBasis', 'Luật Khám bệnh, chữa bệnh số 15/2023/QH15;'),
    receivingPlaces: ['one_stop', 'online'],
    onlineLevel: 'partial',
    responsibleUnitId: orgs.unit.id,
    issued: { effectiveOn: '2024-03-01', decidingDocument: round.text('procedure.issued.decidingDocument', '125/QĐ-BVSN'), note: round.text('procedure.issued.note', 'Ban hành') },
  };
  for (const code of round.refusedAttempts('procedure.code', round.mode.kind === 'spread' ? 3 : 1)) {
    const res = await coordinator.try('POST', '/api/procedures', { ...procedureBody, code });
    expect(res.status, `procedure.code ← ${code}: ${res.text}`).toBe(400);
  }
  const procedure = await coordinator.send('POST', '/api/procedures', procedureBody);
  await coordinator.send('POST', `/api/procedures/${procedure.id}/events`, {
    kind: 'amended',
    effectiveOn: today(),
    decidingDocument: round.text('procedure.event.decidingDocument', '210/QĐ-BVSN'),
    note: round.text('procedure.event.note', 'Sửa thời hạn'),
  });
  const withForm = await coordinator.upload(`/api/procedures/${procedure.id}/forms`, {}, { name: round.file('procedure.form.file.name', 'pdf'), bytes: Buffer.concat([PDF, Buffer.from(`f${n}`)]), type: 'application/pdf' });
  round.kept('procedure.form.file.name', withForm.forms.at(-1));
  await coordinator.send('POST', `/api/procedures/${procedure.id}/postings`, { place: 'website', postedOn: today(), proofUrl: round.url('procedure.posting.proofUrl'), note: round.text('procedure.posting.note', 'Đã đăng') });
  await tryAddresses('procedure.posting.proofUrl', attempts, (proofUrl) => coordinator.try('POST', `/api/procedures/${procedure.id}/postings`, { place: 'premises', postedOn: today(), proofUrl }));

  // A plan in a file someone sends the coordinator, to import: its lines are shown as they are read.
  const importFile = {
    name: round.file('planImport.file.name', 'txt'),
    text: [
      'SỞ Y TẾ TỈNH LÀO CAI',
      'BỆNH VIỆN SẢN - NHI',
      'KẾ HOẠCH',
      round.text('planImport.text', 'Cải cách hành chính năm 2026', 'planImport.text#title'),
      'I. MỤC ĐÍCH, YÊU CẦU',
      `1. ${round.text('planImport.text', 'Mục đích', 'planImport.text#purpose')}`,
      'II. NHIỆM VỤ',
      `1. ${round.text('planImport.text', 'Nhiệm vụ', 'planImport.text#task')}`,
    ].join('\n'),
  };

  return { planId: plan.id, taskIds, occurrenceId, mediaId: item.id, mediaSlug: published.slug, reportId: report.id, procedureId: procedure.id, procedureCode: procedure.code, acceptedAddresses, importFile };
}

// ---------------------------------------------------------------------------------------------
// The browser: a listener for anything that runs, a scan for anything that would on a click.
// ---------------------------------------------------------------------------------------------

/** Notes when the page last changed, so "settled" can mean the page has stopped being drawn. */
const SETTLE_SCRIPT = `(() => {
  window.__changedAt = performance.now();
  new MutationObserver(() => { window.__changedAt = performance.now(); }).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
})();`;

/** Loaded, drawn and still: no skeleton or spinner, every eager image loaded or failed (an onerror payload has had its chance). */
function drawn(): boolean {
  const w = window as unknown as { __changedAt?: number };
  return (
    document.readyState === 'complete' &&
    performance.now() - (w.__changedAt ?? 0) > 120 &&
    !document.querySelector('.ant-skeleton, .ant-spin-spinning, .page-loading') &&
    [...document.images].every((i) => i.complete || i.loading === 'lazy')
  );
}

/**
 * What would run on a click, a hover or a focus, left in the page: handler attributes, script-running
 * addresses (after the browser's own decoding), elements that load or run documents, and styles that
 * ran script in some browser. React's own stand-in for a javascript: address it blocked is no address.
 */
function liveVectors(): string[] {
  const REACT_BLOCKED = "javascript:throw new Error('React has blocked a javascript: URL as a security precaution.')";
  const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'lowsrc', 'dynsrc', 'to', 'from', 'values', 'codebase', 'cite', 'srcset'];
  const found: string[] = [];
  const describe = (el: Element) => el.outerHTML.slice(0, 160);
  for (const el of document.querySelectorAll('*')) {
    for (const attribute of el.attributes) {
      const name = attribute.name.toLowerCase();
      const value = attribute.value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
      if (name.startsWith('on')) found.push(`handler attribute ${name}: ${describe(el)}`);
      if (name === 'srcdoc') found.push(`srcdoc: ${describe(el)}`);
      if (URL_ATTRIBUTES.includes(name) && /^(javascript|vbscript|livescript):/i.test(value) && attribute.value !== REACT_BLOCKED) found.push(`script address in ${name}: ${describe(el)}`);
      if (URL_ATTRIBUTES.includes(name) && /^data:/i.test(value) && !(el.localName === 'img' && name === 'src' && /^data:image\/(png|gif|jpeg|webp)/i.test(value))) found.push(`data: address in ${name}: ${describe(el)}`);
      if (name === 'style' && /javascript:|expression\s*\(|behavior\s*:|-moz-binding/i.test(attribute.value)) found.push(`script in a style: ${describe(el)}`);
    }
  }
  for (const el of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, base, meta[http-equiv], noscript, template, xmp, noembed, math, svg script, svg foreignObject, svg animate, svg set')) {
    found.push(`element that runs or loads a document: ${describe(el)}`);
  }
  for (const script of document.querySelectorAll('script')) {
    const src = script.getAttribute('src') ?? '';
    if (!(script.type === 'module' && src.startsWith('/assets/'))) found.push(`script not the app's own: ${describe(script)}`);
  }
  return found;
}

type PageSpec = {
  name: string;
  as: keyof People | 'citizen';
  path: string;
  /**
   * What the page shows once its data is in, before anything is opened: a field (its value as
   * stored, in full), a named write ("field#name") or a piece of text. The page is checked only once
   * it shows it (a router keeps the old page up while the new one loads, and a list is empty until
   * its data comes).
   */
  ready?: string;
  /** More fields (or named writes) the page must show as written, once `open` has run. */
  literal?: string[];
  /** Puts the page back as it was for the next one (closes what `open` opened). */
  close?: (page: Page) => Promise<void>;
  /** Shows what many rounds wrote (a list, a tree, a log), not one round's own record: the soak opens it once, at the end. */
  list?: true;
  /** Shows only fields the quick pass sees on other pages too: opened by the soak alone, to keep `npm test` short. */
  soakOnly?: true;
  /** Opens what the page keeps folded (a dropdown, a tab), once it has settled. */
  open?: (page: Page) => Promise<void>;
};

/** Text as shown in a message: white space as one space. */
const normalise = (text: string) => text.replace(/[\s\u2028\u2029]+/g, ' ').trim();
/**
 * Text as compared: without white space (a page may break a line of text into blocks, whose text then
 * runs together) and in lower case (a document writes some lines, the issuing body's name say, in capitals).
 */
const comparable = (text: string) => text.replace(/[\s\u2028\u2029]+/g, '').toLocaleLowerCase('vi');

type Run = { page: Page | null; text: string };

class Browser {
  /** Everything that ran: a payload's call or a dialog, with the tab it ran in. */
  readonly runs: Run[] = [];
  private waiters = new Map<string, () => void>();
  private pages = new Map<string, Page>();
  private network = new Map<Page, { pending: Set<unknown>; lastAt: number }>();
  /** Who each tab is signed in as; a tab that has just changed person loads the app afresh. */
  private persons = new Map<Page, PageSpec['as']>();
  private stale = new Set<Page>();

  constructor(
    private readonly session: BrowserSession,
    private readonly ledger: Ledger,
  ) {}

  get fired(): string[] {
    return this.runs.map((r) => r.text);
  }

  /** A tab for one person at one width, signed in through the API, with the listener in every frame. */
  async page(as: PageSpec['as'], viewport: { width: number; height: number }, bypassCSP = true, tab = ''): Promise<Page> {
    const key = `${as}@${viewport.width}${bypassCSP ? '' : ':csp'}${tab}`;
    const open = this.pages.get(key);
    if (open) return open;
    const context = await this.session.browser.newContext({ viewport, bypassCSP, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    for (const fn of [XSS_FUNCTION, XSS_SHORT_FUNCTION]) {
      await context.exposeBinding(fn, ({ frame }, n: unknown) => {
        this.runs.push({ page: frame.page(), text: `${this.ledger.describe(fn, n)} ran on ${frame.url()}` });
        this.waiters.get(`${fn}(${String(n)})`)?.();
      });
    }
    context.on('dialog', (dialog) => {
      // Leaving a form with unsaved changes asks first: the app's own question, not a script that ran.
      if (dialog.type() === 'beforeunload') return void dialog.accept().catch(() => undefined);
      this.runs.push({ page: dialog.page(), text: `a ${dialog.type()} dialog ("${dialog.message()}") opened on ${dialog.page()?.url()}` });
      void dialog.dismiss().catch(() => undefined);
    });
    await context.addInitScript(SETTLE_SCRIPT);
    const page = this.track(key, await context.newPage());
    await this.signInAs(page, as);
    return page;
  }

  /**
   * Makes a tab someone else: signed out, then given the session that person signed in with at the
   * start (a citizen stays signed out; signing in again and again would meet the sign-in rate limit).
   * The tab's next page loads the app afresh, which in the same tab costs a fraction of a first start.
   */
  async signInAs(page: Page, as: PageSpec['as']): Promise<void> {
    if (this.persons.get(page) === as) return;
    const context = page.context();
    await context.clearCookies();
    if (as !== 'citizen') await context.addCookies(people[as].cookies().map((c) => ({ ...c, url: this.session.server.url })));
    this.persons.set(page, as);
    this.stale.add(page);
  }

  /** Keeps count of a tab's requests in flight: scripts the router loads, data, images. */
  private track(key: string, page: Page): Page {
    // Generous: on a loaded two-core machine a first load of the app can take many seconds.
    page.setDefaultTimeout(45_000);
    const network = { pending: new Set<unknown>(), lastAt: Date.now() };
    page.on('request', (request) => {
      network.pending.add(request);
      network.lastAt = Date.now();
    });
    const finished = (request: unknown) => {
      network.pending.delete(request);
      network.lastAt = Date.now();
    };
    page.on('requestfinished', finished);
    page.on('requestfailed', finished);
    this.network.set(page, network);
    this.pages.set(key, page);
    return page;
  }

  /** Resolves true when the page makes `call` (`__xss(123)`), false after `ms`. */
  runsCall(call: string, ms: number): Promise<boolean> {
    return new Promise((done) => {
      const timer = setTimeout(() => {
        this.waiters.delete(call);
        done(false);
      }, ms);
      this.waiters.set(call, () => {
        clearTimeout(timer);
        this.waiters.delete(call);
        done(true);
      });
    });
  }

  /** A new tab in the person's context at that width, in place of the old one. */
  async freshPage(as: PageSpec['as'], viewport: { width: number; height: number }, tab = ''): Promise<Page> {
    const old = await this.page(as, viewport, true, tab);
    const key = [...this.pages.entries()].find(([, p]) => p === old)![0];
    const page = this.track(key, await old.context().newPage());
    this.persons.set(page, this.persons.get(old)!);
    await old.close();
    return page;
  }

  /** A field's value as the server keeps it (the last one written), or the text itself. */
  expected(fieldOrText: string): string {
    const written = this.ledger.values.get(fieldOrText);
    if (!written) {
      if (fieldOrText in FIELDS || fieldOrText.includes('#')) throw new Error(`nothing written to ${fieldOrText}`);
      return fieldOrText;
    }
    const spec: Field = FIELDS[written.field];
    return written.stored ?? (spec.stored ? spec.stored(written.value) : written.value);
  }

  /** Waits until nothing has been fetched for a moment and the page is drawn and still. */
  async settle(page: Page, timeout = 45_000): Promise<void> {
    const network = this.network.get(page)!;
    const deadline = Date.now() + timeout;
    for (;;) {
      if (network.pending.size === 0 && Date.now() - network.lastAt > 150 && (await page.evaluate(drawn))) return;
      if (Date.now() > deadline) throw new Error(`not settled after ${timeout} ms: ${network.pending.size} requests in flight, ${await page.evaluate(() => document.querySelector('.ant-skeleton, .ant-spin-spinning, .page-loading')?.outerHTML.slice(0, 120) ?? 'nothing loading')}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  /**
   * Goes to a path: within the staff app by its own router (as a click on a link would, without loading
   * the app again), anywhere else by loading the page.
   */
  private async go(page: Page, path: string): Promise<number> {
    const base = this.session.server.url;
    if (this.stale.delete(page)) return (await page.goto(`${base}${path}`))?.status() ?? 0;
    const inApp = page.url().startsWith(base) && !new URL(page.url()).pathname.startsWith('/p/') && !path.startsWith('/p/') && !page.url().includes('/dang-nhap');
    if (!inApp) return (await page.goto(`${base}${path}`))?.status() ?? 0;
    // Already there (another tab of the same page): nothing to load.
    if (page.url() === new URL(path, base).href) return 200;
    const navigatedAt = await page.evaluate((to) => {
      history.pushState({}, '', to);
      dispatchEvent(new PopStateEvent('popstate', { state: {} }));
      return performance.now();
    }, path);
    this.network.get(page)!.lastAt = Date.now();
    // The router draws the new page once its code and data are in: wait for it to start drawing.
    await page.waitForFunction((t) => ((window as unknown as { __changedAt?: number }).__changedAt ?? 0) > t, navigatedAt, { timeout: 5000 }).catch(() => undefined);
    const target = new URL(path, base).href;
    await page.waitForURL((url) => url.href === target);
    return 200;
  }

  /**
   * Opens a page as its person at a width, and answers what went wrong on it (nothing, if it is safe).
   * `lists`: the page holds every round's records, the latest perhaps not on its first page, so what it
   * shows is waited for a moment but not required (anything running, or left to run, still is a problem).
   */
  async check(spec: PageSpec, viewport: { width: number; height: number }, tab?: Page, lists = false): Promise<string[]> {
    const page = tab ?? (await this.page(spec.as, viewport));
    await this.signInAs(page, spec.as);
    const before = this.runs.length;
    const where = `${spec.name} (${spec.path}) as ${spec.as} at ${viewport.width} px`;
    const t0 = Date.now();
    const problems: string[] = [];
    // The text of the page and what stands in its form fields (textContent: no layout to compute, and text as written, not as styled).
    const shown = async () =>
      comparable(await page.evaluate(() => [document.body.textContent, ...[...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value)].join(' ')));
    /** Waits until the page shows every one of `texts` (fields as stored, or text), and answers those it never showed. */
    const waitToShow = async (texts: string[], timeout: number) => {
      const wanted = texts.map((t) => comparable(this.expected(t)));
      const missing = async () => {
        const text = await shown();
        return wanted.filter((w) => !text.includes(w));
      };
      const deadline = Date.now() + timeout;
      let left = await missing();
      while (left.length > 0 && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 150));
        left = await missing();
      }
      return texts.filter((_, i) => left.includes(wanted[i]!));
    };
    const never = (what: string[]) =>
      what.map((t) => `${where}: never showed ${this.ledger.values.has(t) ? `${t} as written: ` : ''}${JSON.stringify(normalise(this.expected(t)).slice(0, 200))}`);
    try {
      const status = await this.go(page, spec.path);
      if (status >= 400) problems.push(`${where}: answered ${status}`);
      await this.settle(page);
      if (spec.ready) {
        const missing = await waitToShow([spec.ready], lists ? 3000 : 15_000);
        if (!lists) problems.push(...never(missing));
      }
      if (spec.open) {
        await spec.open(page);
        await this.settle(page);
      }
      if (spec.literal?.length && !lists) problems.push(...never(await waitToShow(spec.literal, 10_000)));
    } catch (error) {
      problems.push(`${where}: did not settle: ${String(error).split('\n')[0]}`);
    }
    for (const frame of page.frames()) {
      const vectors = await frame.evaluate(liveVectors).catch((error: unknown) => [`could not scan ${frame.url()}: ${String(error).split('\n')[0]}`]);
      problems.push(...vectors.map((v) => `${where}: ${v}`));
    }
    if (spec.close) await spec.close(page).catch((error: unknown) => problems.push(`${where}: could not close: ${String(error).split('\n')[0]}`));
    problems.push(...this.runs.slice(before).filter((r) => r.page === page).map((r) => `${where}: ${r.text}`));
    // XSS_TIMES=1 prints how long each page took: the quick pass has a budget in `npm test`.
    if (process.env.XSS_TIMES) console.log(`${Date.now() - t0} ms ${where}`);
    // A page with a problem is kept as a picture, to look at: test-results/e2e-xss/.
    if (problems.length > 0) await page.screenshot({ path: `${SHOTS}/${spec.name.replace(/[^\p{L}\p{N}]+/gu, '-')}-${viewport.width}.png`, fullPage: true }).catch(() => undefined);
    return problems;
  }

  /** Closes every tab: the next page each person opens loads the app afresh, with nothing cached from earlier rounds. */
  async close(): Promise<void> {
    for (const page of this.pages.values()) await page.context().close();
    this.pages.clear();
    this.persons.clear();
    this.stale.clear();
  }
}

const USERNAMES: Record<keyof People, string> = {
  admin: 'bvsn.admin',
  coordinator: 'bvsn.coordinator',
  director: 'bvsn.director',
  editor: 'bvsn.editor',
  reporter: 'bvsn.kb',
  sytCoordinator: 'syt-lc.coordinator',
};

/** Every page that shows what a round wrote, staff and citizens'. */
function pagesOf(w: Written): PageSpec[] {
  const plan = `/ke-hoach/${w.planId}`;
  const procedure = `/thu-tuc/${w.procedureId}`;
  /** The citizens' page of the procedure: its code, which may hold a "/", is one segment of the address. */
  const publicProcedure = `/p/bvsn/thu-tuc/${encodeURIComponent(w.procedureCode)}`;
  /** What the procedure shows to everyone who reads it, staff or citizen. */
  const procedureTexts = [
    'procedure.code',
    'procedure.field',
    'procedure.applicants',
    'procedure.conditions',
    'procedure.steps[].text',
    'procedure.steps[].duration',
    'procedure.dossier[].name',
    'procedure.dossier[].note',
    'procedure.fees[].name',
    'procedure.fees[].note',
    'procedure.processingTime.note',
    'procedure.result',
    'procedure.legalBasis',
    'organization.name (unit)',
  ];
  const clickTab = (name: string) => async (page: Page) => {
    await page.getByRole('tab', { name }).click();
  };
  const bell = async (page: Page) => {
    await page.getByRole('button', { name: /^Thông báo/ }).click();
  };
  const closeBell = async (page: Page) => {
    await page.keyboard.press('Escape');
    await page.locator('.notification-panel').waitFor({ state: 'hidden', timeout: 5000 });
  };
  const history = async (page: Page) => {
    const folded = page.locator('.ant-collapse-header[aria-expanded="false"]');
    for (let n = await folded.count(); n > 0; n--) await folded.first().click();
  };
  const updateDialog = async (page: Page) => {
    await page.getByRole('button', { name: 'Cập nhật' }).first().click();
    await page.getByRole('dialog').waitFor();
  };
  const closeDialog = async (page: Page) => {
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal-wrap').waitFor({ state: 'hidden' }).catch(() => undefined);
  };
  /** The audit log's rows that hold payloads, opened to show what changed (before and after). */
  const expandRows = async (page: Page) => {
    const rows = page.locator('tr.ant-table-row', { hasText: XSS_FUNCTION });
    const count = Math.min(await rows.count(), 2);
    for (let i = 0; i < count; i++) await rows.nth(i).locator('button.ant-table-row-expand-icon-collapsed').click();
  };
  return [
    { name: 'home', list: true, as: 'coordinator', path: '/', ready: 'Khoa, phòng có việc trễ hạn' },
    { name: 'home of the department, with its notifications', list: true, as: 'reporter', path: '/', ready: 'Việc của tôi', open: bell, close: closeBell, literal: ['occurrence.review.comment'] },
    { name: 'notifications', list: true, as: 'coordinator', path: '/ke-hoach', ready: 'plan.title', open: bell, close: closeBell, literal: ['report.transition.comment'] },
    { name: 'plan: document', as: 'admin', path: `${plan}?tab=document`, ready: 'plan.signerName', literal: ['plan.title', 'plan.content.closing', 'plan.signingAuthority'] },
    { name: 'plan: information', as: 'admin', path: `${plan}?tab=info`, ready: 'plan.content.introduction' },
    { name: 'plan: tasks', as: 'admin', path: `${plan}?tab=tasks`, ready: 'plan.tasks[].outputText' },
    { name: 'plan: timeline', soakOnly: true, as: 'coordinator', path: `${plan}?tab=timeline`, ready: 'plan.tasks[].title#this month' },
    { name: 'plan: targets', soakOnly: true, as: 'coordinator', path: `${plan}?tab=targets`, ready: 'plan.content.targets[].text' },
    {
      name: 'plan: versions, the issued text',
      soakOnly: true,
      as: 'coordinator',
      path: `${plan}?tab=versions`,
      ready: 'Thời điểm lưu',
      open: async (page) => {
        await page.getByRole('button', { name: 'Xem văn bản' }).first().click();
        await page.getByRole('dialog').waitFor();
      },
      literal: ['plan.content.closing', 'plan.signerName', 'plan.tasks[].title#late'],
      close: closeDialog,
    },
    { name: 'task page', as: 'reporter', path: `/nhiem-vu/${w.taskIds[0]}?ky=${w.occurrenceId}`, ready: 'occurrence.note', open: history, literal: ['occurrence.review.comment', 'occurrence.comment (unit)', 'occurrence.comment (coordinator)', 'evidence.link.name', 'evidence.file.name'] },
    { name: 'task page of the department', soakOnly: true, as: 'reporter', path: `/nhiem-vu/${w.taskIds[0]}`, ready: 'plan.tasks[].title#this month', open: history, literal: ['occurrence.comment (coordinator)'] },
    { name: 'update dialog of the department', as: 'reporter', path: `/nhiem-vu/${w.taskIds[0]}?ky=${w.occurrenceId}`, ready: 'occurrence.note', open: updateDialog, close: closeDialog, literal: ['occurrence.review.comment'] },
    { name: 'task page of the undated task', soakOnly: true, as: 'coordinator', path: `/nhiem-vu/${w.taskIds[2]}`, ready: 'plan.tasks[].deadlineText' },
    { name: 'task page of the late task', as: 'reporter', path: `/nhiem-vu/${w.taskIds[1]}`, ready: 'occurrence.note (workbook)' },
    { name: 'work list', list: true, as: 'reporter', path: '/nhiem-vu', ready: 'plan.tasks[].title#this month', literal: ['plan.tasks[].title#late'] },
    { name: 'work list: late', soakOnly: true, list: true, as: 'reporter', path: '/nhiem-vu?xem=tre-han', ready: 'plan.tasks[].title#late' },
    { name: 'work list: to review', soakOnly: true, list: true, as: 'coordinator', path: '/nhiem-vu?xem=cho-duyet' },
    { name: 'work board', soakOnly: true, list: true, as: 'reporter', path: '/nhiem-vu/bang', ready: 'plan.tasks[].title#this month', literal: ['plan.tasks[].title#late'] },
    { name: 'work calendar', soakOnly: true, list: true, as: 'reporter', path: '/nhiem-vu/lich', ready: 'plan.tasks[].title#this month' },
    { name: 'follow-up matrix', soakOnly: true, list: true, as: 'coordinator', path: '/theo-doi', ready: 'organization.name (unit)' },
    { name: 'follow-up matrix of the bodies', soakOnly: true, list: true, as: 'sytCoordinator', path: '/theo-doi?theo=don-vi', ready: 'organization.name (body)' },
    { name: 'plans', list: true, as: 'editor', path: '/ke-hoach', ready: 'plan.title' },
    {
      name: 'plan import from a file',
      as: 'coordinator',
      path: '/ke-hoach/nhap',
      ready: 'Kéo thả hoặc bấm để chọn tệp kế hoạch',
      open: async (page) => {
        await page.locator('input[type="file"]').setInputFiles({ name: w.importFile.name, mimeType: 'text/plain', buffer: Buffer.from(w.importFile.text, 'utf8') });
        await page.getByTestId('import-source').waitFor();
      },
      literal: ['planImport.text#title', 'planImport.text#purpose', 'planImport.text#task'],
      close: async (page) => {
        await page.getByRole('button', { name: 'Chọn tệp khác' }).click();
      },
    },
    { name: 'indices', list: true, as: 'admin', path: '/chi-so', ready: 'index.source' },
    { name: 'reports', list: true, as: 'admin', path: '/bao-cao' },
    { name: 'report', as: 'admin', path: `/bao-cao/${w.reportId}`, ready: 'report.results', literal: ['report.difficulties', 'report.proposals', 'report.nextSteps', 'report.transition.comment'] },
    { name: 'reports of the bodies below', list: true, soakOnly: true, as: 'sytCoordinator', path: '/bao-cao', ready: 'Báo cáo định kỳ', open: clickTab('Đơn vị trực thuộc'), literal: ['organization.name (body)'] },
    { name: 'legal documents', list: true, as: 'editor', path: '/van-ban-phap-ly', ready: 'legalDocument.summary', literal: ['legalDocument.issuer', 'legalDocument.code'] },
    { name: 'communication items', list: true, as: 'editor', path: '/truyen-thong', ready: 'mediaItem.title' },
    { name: 'communication item', as: 'editor', path: `/truyen-thong/${w.mediaId}`, ready: 'mediaItem.summary', literal: ['mediaItem.title', 'mediaItem.transition.comment', 'mediaItem.file.name (attachment)'] },
    { name: 'communication item editor', as: 'editor', path: `/truyen-thong/${w.mediaId}/sua`, ready: 'mediaItem.title' },
    { name: 'channels', list: true, as: 'editor', path: '/truyen-thong/kenh', ready: 'channel.name' },
    { name: 'good practices', list: true, as: 'editor', path: '/truyen-thong/mo-hinh-hay', ready: 'mediaItem.title' },
    { name: 'good practices of the bodies', soakOnly: true, list: true, as: 'sytCoordinator', path: '/truyen-thong/mo-hinh-hay', ready: 'mediaItem.title' },
    { name: 'communication counts', soakOnly: true, list: true, as: 'editor', path: '/truyen-thong/thong-ke' },
    { name: 'organisations', list: true, as: 'admin', path: '/to-chuc', ready: 'organization.name (new unit)', literal: ['organization.placeName', 'organization.superiorName'] },
    { name: 'organisations: external bodies', list: true, as: 'admin', path: '/to-chuc', ready: 'organization.name (new unit)', open: clickTab('Cơ quan bên ngoài'), literal: ['externalBody.name', 'externalBody.note'] },
    { name: 'organisations: groups', list: true, as: 'admin', path: '/to-chuc', ready: 'organization.name (new unit)', open: clickTab('Nhóm'), literal: ['group.name'] },
    { name: 'users', list: true, as: 'admin', path: '/nguoi-dung', ready: 'user.fullName (new user)', literal: ['user.title (new user)', 'user.fullName (reporter)'] },
    { name: 'audit log', list: true, as: 'admin', path: '/nhat-ky', ready: 'user.fullName (reporter)', open: expandRows, literal: ['report.transition.comment'] },
    { name: 'procedures', list: true, as: 'coordinator', path: '/thu-tuc', ready: 'procedure.name', literal: ['procedure.field', 'procedure.code'] },
    {
      name: 'procedure',
      as: 'coordinator',
      path: procedure,
      ready: 'procedure.name',
      literal: [...procedureTexts, 'procedure.issued.decidingDocument', 'procedure.issued.note', 'procedure.event.decidingDocument', 'procedure.event.note', 'procedure.posting.note', 'procedure.form.file.name'],
    },
    { name: 'procedure, as the communication editor', soakOnly: true, as: 'editor', path: procedure, ready: 'procedure.name', literal: ['procedure.posting.note', 'procedure.event.note', 'procedure.form.file.name'] },
    { name: 'procedures posted by the bodies', soakOnly: true, list: true, as: 'sytCoordinator', path: '/thu-tuc/don-vi', ready: 'organization.name (body)' },
    { name: 'public procedures', list: true, as: 'citizen', path: '/p/bvsn/thu-tuc', ready: 'procedure.name', literal: ['procedure.field', 'organization.name (body)'] },
    { name: 'public procedure', as: 'citizen', path: publicProcedure, ready: 'procedure.name', literal: [...procedureTexts, 'procedure.issued.decidingDocument', 'procedure.event.decidingDocument', 'procedure.form.file.name'] },
    { name: 'public procedure: posting sheet', as: 'citizen', path: `${publicProcedure}/niem-yet`, ready: 'procedure.name', literal: [...procedureTexts, 'organization.name (body)'] },
    // The latest year's progress (it sends to /p/bvsn/ke-hoach/<year>): every plan issued that year, so every round's; made once a minute.
    { name: 'public progress of the year', list: true, as: 'citizen', path: '/p/bvsn/ke-hoach', ready: 'plan.title', literal: ['organization.name (body)'] },
    { name: 'public news list', list: true, as: 'citizen', path: '/p/bvsn/tin-tuc', ready: 'mediaItem.title', literal: ['organization.name (body)'] },
    { name: 'public news item', as: 'citizen', path: `/p/bvsn/tin-tuc/${w.mediaSlug}`, ready: 'mediaItem.summary', literal: ['mediaItem.title', 'mediaItem.file.name (attachment)'] },
    { name: 'public news of the department of health', list: true, as: 'citizen', path: '/p/syt-lc/tin-tuc', ready: 'mediaItem.title' },
    { name: 'public Atom feed', list: true, as: 'citizen', path: '/p/bvsn/tin-tuc/feed.atom' },
  ];
}

/**
 * Pages that put what is in their address on the page: the payloads come in through a link someone
 * is sent. The citizens' search box shows its words back; the staff app reads a tab, a month and a year.
 */
function reflectedPages(ledger: Ledger, payloads: readonly XssPayload[], planId: string): PageSpec[] {
  const specs: PageSpec[] = [];
  const field: FieldKey = 'publicSearch.q (reflected)';
  const address = (payload: XssPayload) => encodeURIComponent(ledger.write(payload, field).slice(0, 200));
  for (const payload of payloads) specs.push({ name: `public search for "${payload.name}"`, as: 'citizen', path: `/p/bvsn/tin-tuc?q=${address(payload)}` });
  const [first, second, third] = [payloads[0]!, payloads[1 % payloads.length]!, payloads[2 % payloads.length]!];
  // The citizens' procedure search shows its words back in its box, as written; the field filter picks its choice by them.
  for (const payload of payloads) {
    const q: FieldKey = 'publicProcedureSearch.q (reflected)';
    const value = ledger.write(payload, q).slice(0, 200);
    const name = `${q}#${ledger.lastCall}`;
    ledger.values.set(name, { field: q, value: value.trim() });
    specs.push({ name: `public procedure search for "${payload.name}"`, as: 'citizen', path: `/p/bvsn/thu-tuc?q=${encodeURIComponent(value)}`, ready: name });
  }
  specs.push({ name: `public procedures of the field "${second.name}"`, as: 'citizen', path: `/p/bvsn/thu-tuc?linh-vuc=${encodeURIComponent(ledger.write(second, 'publicProcedureSearch.field (reflected)').slice(0, 200))}` });
  specs.push(
    { name: `plan page with the tab "${first.name}"`, as: 'coordinator', path: `/ke-hoach/${planId}?tab=${address(first)}`, ready: 'plan.title' },
    { name: `good practices of the month "${second.name}"`, soakOnly: true, as: 'editor', path: `/truyen-thong/mo-hinh-hay?thang=${address(second)}` },
    { name: `follow-up matrix of the year "${third.name}"`, soakOnly: true, as: 'coordinator', path: `/theo-doi?nam=${address(third)}` },
  );
  return specs;
}

/** A few payloads for the quick pass over addresses: breaking out of an attribute, a title, a text box, and plain markup. */
const REFLECTED_SAMPLE = ['double-quoted attribute breakout', 'closes a title', 'closes a textarea', 'svg onload'].map((name) => XSS_PAYLOADS.find((p) => p.name === name)!);

// ---------------------------------------------------------------------------------------------
// The suite.
// ---------------------------------------------------------------------------------------------

let session: BrowserSession;
let browser: Browser;
let people: People;
let orgs: { body: Org; unit: Org };
let reporterId = '';
const ledger = new Ledger();

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  session = await openBrowserSession({ shots: 'e2e-xss', viewport: WIDE });
  browser = new Browser(session, ledger);
  const signIn = (role: keyof People) => new Person(session.server.url, USERNAMES[role]).signIn(session.server.demoPassword);
  const [admin, coordinator, director, editor, reporter, sytCoordinator] = await Promise.all((['admin', 'coordinator', 'director', 'editor', 'reporter', 'sytCoordinator'] as const).map(signIn));
  people = { admin: admin!, coordinator: coordinator!, director: director!, editor: editor!, reporter: reporter!, sytCoordinator: sytCoordinator! };
  const all: Org[] = (await people.admin.send('GET', '/api/organizations?limit=5000')).items;
  const body = all.find((o) => o.code === 'BVSN' && o.isBody)!;
  orgs = { body, unit: all.find((o) => o.code === 'KB' && o.bodyId === body.id)! };
  reporterId = (await people.admin.send('GET', '/api/users?q=bvsn.kb')).items.find((u: { username: string }) => u.username === 'bvsn.kb').id;
});

afterAll(async () => {
  await browser?.close();
  await session?.close();
});

/** Where a payload aims, unescaped, in a page of its own: the control that it runs at all. */
function controlPage(payload: XssPayload, made: string): string {
  switch (payload.context) {
    case 'attr-dq':
      return `<input value="${made}"><img src="${made}">`;
    case 'attr-sq':
      return `<input value='${made}'>`;
    case 'attr-unquoted':
      return `<img src=${made}>`;
    case 'url':
      return `<a href="${made.replace(/"/g, '&quot;')}">bấm</a>`;
    default:
      return made;
  }
}

/** Numbers for payloads that are not written into the product (the controls). */
const control = new Ledger();

describe('XSS: payloads through every text field, every page that shows them', () => {
  it(`has ${XSS_PAYLOADS.length} payloads, and each runs where it aims when a page does not escape it`, async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(XSS_PAYLOADS.map((p) => p.name)).size).toBe(XSS_PAYLOADS.length);
    const live = [...XSS_PAYLOADS, ...SHORT_XSS_PAYLOADS].filter((payload) => {
      if (payload.context === 'none') expect(payload.why, payload.name).toBeTruthy();
      return payload.context !== 'none';
    });
    // Payloads that run by themselves share a page, a few at a time; one that needs a click, a context of
    // its own (an attribute, a link) or the page's focus gets a page of its own.
    type Case = { payload: XssPayload; made: string; call: string };
    const cases: Case[] = live.map((payload) => {
      const made = control.write(payload, payload.name.startsWith('short') ? 'plan.tasks[].number' : 'plan.title');
      return { payload, made, call: control.lastCall };
    });
    const alone = (c: Case) => c.payload.context !== 'html' || /<a\b|<form|<button|xlink:href|autofocus/i.test(c.made);
    const pages: Case[][] = cases.filter(alone).map((c) => [c]);
    const together = cases.filter((c) => !alone(c));
    for (let i = 0; i < together.length; i += 10) pages.push(together.slice(i, i + 10));
    const dead: string[] = [];
    const lanes = 3;
    await Promise.all(
      Array.from({ length: lanes }, async (_, lane) => {
        const tab = `:control${lane}`;
        let page = await browser.page('citizen', WIDE, true, tab);
        for (const group of pages.filter((_, i) => i % lanes === lane)) {
          // Chromium focuses an autofocus element once per page: such a payload gets a new one.
          if (group.some((c) => c.made.includes('autofocus'))) page = await browser.freshPage('citizen', WIDE, tab);
          const ran = group.map((c) => browser.runsCall(c.call, 2000));
          const html = group.map((c) => `<div>${controlPage(c.payload, c.made)}</div>`).join('');
          await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${html}</body></html>`, { waitUntil: 'domcontentloaded' });
          // Addresses need a click: the first link, button or SVG link the payload made (a click event, as a
          // mouse would send; a real click of the mouse if that did not do it).
          if (group.length === 1) {
            const clicked = await page.evaluate(() => {
              const target = document.querySelector('a, button, input[type=submit]');
              target?.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
              return !!target;
            });
            if (clicked && !(await Promise.race([ran[0]!, new Promise<boolean>((done) => setTimeout(() => done(false), 300))]))) {
              await page.locator('a, button, input[type=submit]').first().click({ timeout: 2000 }).catch(() => undefined);
            }
          }
          const results = await Promise.all(ran);
          dead.push(...group.filter((_, i) => !results[i]).map((c) => c.payload.name));
        }
      }),
    );
    browser.runs.length = 0;
    expect(dead, 'payloads that did not run where they aim (mark them context "none" with a reason, or fix them)').toEqual([]);
    // What waits for a click, a hover or a focus is caught by the scan of the page (the check can fail).
    const page = await browser.page('citizen', WIDE, true, ':control0');
    await page.setContent('<a href="jav&#x09;ascript:void(0)">a</a><p onmouseover="void(0)">b</p><iframe srcdoc="c"></iframe><svg><a xlink:href="javascript:void(0)"><text>d</text></a></svg><form action="data:text/html,e"></form>');
    expect((await page.evaluate(liveVectors)).map((v) => v.split(':')[0])).toEqual([
      'script address in href',
      'handler attribute onmouseover',
      'srcdoc',
      'script address in xlink',
      'data',
      'element that runs or loads a document',
    ]);
  });
});

/**
 * Checks every page at each width, and answers every problem found (none, if the product is safe).
 * A few tabs work side by side; each takes whole people's pages (one person's pages in a row, so the
 * app moves between them by its own router) and changes person in between.
 */
async function checkPages(specs: PageSpec[], widths: { width: number; height: number }[], lanes = 3, lists = false): Promise<string[]> {
  const problems: string[] = [];
  /** A citizen's page is served whole, with no app to start: it weighs less. */
  const weight = (group: PageSpec[]) => group.reduce((sum, spec) => sum + (spec.as === 'citizen' ? 0.4 : 1), 2);
  const groups = [...new Set(specs.map((s) => s.as))].map((as) => specs.filter((s) => s.as === as)).sort((a, b) => weight(b) - weight(a));
  const work = Array.from({ length: lanes }, () => ({ load: 0, groups: [] as PageSpec[][] }));
  for (const group of groups) {
    const lightest = work.reduce((a, b) => (b.load < a.load ? b : a));
    lightest.load += weight(group);
    lightest.groups.push(group);
  }
  await Promise.all(
    widths.flatMap((viewport) =>
      work.map(async ({ groups: mine }, lane) => {
        const tab = await browser.page('citizen', viewport, true, `:lane${lane}`);
        for (const spec of mine.flat()) problems.push(...(await browser.check(spec, viewport, tab, lists)));
      }),
    ),
  );
  return problems;
}

/**
 * The Atom feed as a feed reader gets it, read as text by a strict XML parser (a payload that broke
 * out of its escaping would make it ill-formed): every entry's HTML passes the static XSS check, and
 * the hospital's name and the latest item's title and summary come back as written.
 */
async function checkFeed(): Promise<string[]> {
  const res = await fetch(`${session.server.url}/p/bvsn/tin-tuc/feed.atom`);
  const xml = await res.text();
  let feed: ReturnType<typeof parseAtom>;
  try {
    feed = parseAtom(xml);
  } catch (error) {
    return [`the Atom feed is not well-formed XML: ${String(error)}`];
  }
  const problems = feed.entries.flatMap((e) => xssProblems(e.content).map((p) => `feed entry ${e.link}: ${p}`));
  const name = browser.expected('organization.name (body)');
  if (!feed.title.includes(name)) problems.push(`the feed's title does not hold the hospital's name as written: ${feed.title}`);
  const [title, summary] = [browser.expected('mediaItem.title'), browser.expected('mediaItem.summary')];
  if (!feed.entries.some((e) => e.title === title && e.summary === summary)) problems.push(`no feed entry has the latest item's title and summary as written: ${JSON.stringify(title)}`);
  return problems;
}

let written: Written;

/** Addresses that run script, which the server kept where an address is typed (it must refuse them all). */
const scriptAddresses = (w: Written) => w.acceptedAddresses.filter((a) => /^[^:]+:\s*(javascript|vbscript|livescript|data):/i.test(a.replace(/[\u0000-\u0020]+/g, '')));

describe('XSS: one round, several payloads to a field (npm test)', () => {
  it('writes every payload through the API into text, rich-text, address and file-name fields', async () => {
    const round = new Round(ledger, { kind: 'spread', perField: 4 }, 0);
    written = await writeRound(round, people, orgs, reporterId);
    const names = XSS_PAYLOADS.map((p) => p.name);
    for (const kind of ['text', 'rich', 'url'] as const) {
      expect(names.filter((name) => !ledger.reached[kind].has(name)), `payloads that reached no ${kind} field`).toEqual([]);
    }
    for (const [field, spec] of Object.entries(FIELDS) as [FieldKey, Field][]) {
      if (field.endsWith('(reflected)')) continue;
      expect(ledger.perField.get(field) ?? 0, `payloads written to ${field}`).toBeGreaterThanOrEqual(spec.short ? 1 : 2);
    }
    expect(scriptAddresses(written), 'script addresses the server kept').toEqual([]);
  });

  it('runs none of them on any staff or citizen page at 1440 px, and shows the text as written', { timeout: 300_000 }, async () => {
    const problems = await checkPages([...pagesOf(written), ...reflectedPages(ledger, REFLECTED_SAMPLE, written.planId)].filter((p) => !p.soakOnly), [WIDE], 3);
    problems.push(...(await checkFeed()));
    expect(problems).toEqual([]);
    // Nothing ran at any moment, between pages either.
    expect(browser.fired).toEqual([]);
  });

  it('sends the Content-Security-Policy header, which would block the same payloads on its own (the browser not bypassing it)', async () => {
    const before = browser.runs.length;
    const check = async (as: 'coordinator' | 'citizen', path: string) => {
      const page = await browser.page(as, WIDE, false);
      // The policy is the document's: the app need not start for it to hold, so its code is not loaded.
      await page.route('**/assets/*.js', (route) => route.abort());
      const res = await page.goto(`${session.server.url}${path}`, { waitUntil: 'domcontentloaded' });
      const csp = res!.headers()['content-security-policy'] ?? '';
      expect(csp, path).toMatch(/(^|;)\s*default-src 'self'/);
      expect(csp, path).toMatch(/(^|;)\s*script-src 'self'(;|$)/);
      // A handler put into the page is refused by the policy: the second line of defence holds as well.
      const blocked = control.write(XSS_PAYLOADS.find((p) => p.name === 'img onerror')!, 'plan.title');
      const ran = browser.runsCall(control.lastCall, 750);
      await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), blocked);
      expect(await ran, `${path}: an inline handler ran despite the policy`).toBe(false);
    };
    await Promise.all([check('coordinator', `/ke-hoach/${written.planId}`), check('citizen', `/p/bvsn/tin-tuc/${written.mediaSlug}`)]);
    expect(browser.fired.slice(before)).toEqual([]);
  });
});

describe.runIf(SOAK)('XSS soak: each payload alone in every field, at 1440 and 360 px (npm run soak)', () => {
  it.each(XSS_PAYLOADS.map((p, i) => [i, p.name] as const))(
    'payload %i (%s): written alone into every field it fits, and its pages run nothing',
    async (index) => {
      const round = new Round(ledger, { kind: 'single', index }, index + 1);
      const w = await writeRound(round, people, orgs, reporterId);
      expect(scriptAddresses(w), 'script addresses the server kept').toEqual([]);
      const problems = await checkPages(
        [...pagesOf(w).filter((p) => !p.list), ...reflectedPages(ledger, [XSS_PAYLOADS[index]!], w.planId)],
        [WIDE, PHONE],
        2,
      );
      expect(problems).toEqual([]);
      expect(browser.fired).toEqual([]);
    },
    600_000,
  );

  it('runs none of them on the lists, logs and trees that show every round, at 1440 and 360 px', async () => {
    // Fresh tabs: what the app cached in earlier rounds (names of units, say) is not what the lists now hold.
    await browser.close();
    const problems = await checkPages(pagesOf(written).filter((p) => p.list), [WIDE, PHONE], 2, true);
    problems.push(...(await checkFeed()));
    expect(problems).toEqual([]);
    expect(browser.fired).toEqual([]);
  }, 600_000);
});
