import { todayInVietnam } from '../../domain/calendar';
import type { Db } from '../../db/database';
import { createChannel } from '../commands/save-channel';
import { createMediaItem } from '../commands/create-media-item';
import { transitionMediaItem } from '../commands/transition-media-item';
import { contextOf } from './demo-actor';
import { DEMO_MEDIA, type DemoMediaBody, type DemoMediaItem } from './demo-media-content';

/** The body's task whose title holds these (folded) words, in its own plans. */
async function findTask(db: Db, bodyId: string, words: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('tasks as t')
    .innerJoin('plans as p', 'p.id', 't.plan_id')
    .select('t.id')
    .where('p.organization_id', '=', bodyId)
    .where('t.title_folded', 'like', `%${words}%`)
    .orderBy('p.year', 'desc')
    .orderBy('t.position')
    .executeTakeFirst();
  return row?.id;
}

const PATH_OF: Partial<Record<string, (b: DemoMediaBody, path: string) => string>> = {
  website: (b, path) => `${b.website}${path}`,
  fanpage: (b, path) => `${b.fanpage}${path}`,
};

/** Takes one item through the same commands the API uses, as far as the demo says it went. */
async function loadItem(db: Db, body: DemoMediaBody, bodyId: string, spec: DemoMediaItem): Promise<void> {
  const prefix = body.code.toLowerCase();
  const proposer = await contextOf(db, `${prefix}.${spec.by.toLowerCase()}`);
  const editor = await contextOf(db, `${prefix}.editor`);
  const director = await contextOf(db, `${prefix}.director`);
  const taskId = spec.task ? await findTask(db, bodyId, spec.task) : undefined;
  const id = await createMediaItem(proposer, {
    organizationId: bodyId,
    kind: spec.kind,
    title: spec.title,
    summary: spec.summary,
    bodyHtml: spec.paragraphs.map((p) => `<p>${p}</p>`).join(''),
    reformAreas: spec.areas,
    taskIds: taskId ? [taskId] : [],
    occurrenceIds: [],
    goodPractice: spec.goodPractice ?? false,
  });
  if (spec.state === 'draft') return;
  await transitionMediaItem(proposer, id, { to: 'submitted' });
  if (spec.state === 'returned') return transitionMediaItem(editor, id, { to: 'returned', comment: spec.returned });
  if (spec.state === 'submitted') return;
  await transitionMediaItem(director, id, { to: 'approved' });
  const today = todayInVietnam(new Date());
  for (const p of spec.published ?? []) {
    const url = p.path ? PATH_OF[p.channel]?.(body, p.path) : undefined;
    // A demo loaded early in the year still publishes nothing in the future.
    await transitionMediaItem(editor, id, { to: 'published', channel: p.channel, url, publishedAt: p.on > today ? today : p.on });
  }
  if (spec.state === 'unpublished') await transitionMediaItem(editor, id, { to: 'unpublished', comment: 'Thông tin đã thay đổi, gỡ để đăng bản cập nhật.' });
}

/** Channels and news items of the demo bodies, loaded after the plans so items can name the tasks they fulfil. */
export async function loadDemoMedia(db: Db): Promise<void> {
  for (const body of DEMO_MEDIA) {
    const org = await db.selectFrom('organizations').select('id').where('code', '=', body.code).where('code_scope', '=', '*').executeTakeFirst();
    if (!org) throw new Error(`Demo media: no body ${body.code}`);
    const editor = await contextOf(db, `${body.code.toLowerCase()}.editor`);
    for (const channel of body.channels) await createChannel(editor, org.id, channel);
    for (const item of body.items) await loadItem(db, body, org.id, item);
  }
}
