import { z } from 'zod';
import { CHANNEL_KINDS, MEDIA_KINDS, MEDIA_STATES, MEDIA_TRANSITION_TARGETS } from '../media-vocabulary';
import { REFORM_AREAS } from '../plan-vocabulary';
import { daySchema, idSchema, paginationQuerySchema } from './common';

/**
 * The communication API (SPEC §2.6). Rich text arrives as HTML and is sanitised on the server against
 * an allow-list before it is stored; what the API gives back is the sanitised text.
 */
const itemFields = {
  kind: z.enum(MEDIA_KINDS),
  title: z.string().trim().min(1).max(300),
  summary: z.string().trim().max(2000).nullable(),
  bodyHtml: z.string().max(500_000),
  reformAreas: z.array(z.enum(REFORM_AREAS)).max(REFORM_AREAS.length),
  /** The department proposing it; defaults to the reporter's own department. */
  unitId: idSchema.nullable(),
  /** The tasks it fulfils, and optionally the very occurrences (an occurrence then shows it as evidence). */
  taskIds: z.array(idSchema).max(50),
  occurrenceIds: z.array(idSchema).max(50),
  goodPractice: z.boolean(),
};

export const createMediaItemSchema = z.strictObject({
  ...itemFields,
  summary: itemFields.summary.optional(),
  bodyHtml: itemFields.bodyHtml.default(''),
  reformAreas: itemFields.reformAreas.default([]),
  unitId: itemFields.unitId.optional(),
  taskIds: itemFields.taskIds.default([]),
  occurrenceIds: itemFields.occurrenceIds.default([]),
  goodPractice: itemFields.goodPractice.default(false),
  /** The body it belongs to; the caller's own body when left out. */
  organizationId: idSchema.optional(),
});

export const updateMediaItemSchema = z.strictObject(itemFields).partial();

export const listMediaItemsQuerySchema = paginationQuerySchema.extend({
  state: z.enum(MEDIA_STATES).optional(),
  kind: z.enum(MEDIA_KINDS).optional(),
  /** Search in title, summary and body, with or without diacritics. */
  q: z.string().trim().max(200).optional(),
  organizationId: idSchema.optional(),
  goodPractice: z.enum(['0', '1']).optional(),
});

export const mediaTransitionSchema = z.strictObject({
  to: z.enum(MEDIA_TRANSITION_TARGETS),
  comment: z.string().trim().max(2000).optional(),
  /** Publishing only: the channel, the link on it and the day it went out. */
  channel: z.enum(CHANNEL_KINDS).optional(),
  url: z.string().trim().url().max(2000).optional(),
  publishedAt: daySchema().optional(),
});

export const mediaPublicationSchema = z.object({
  id: z.string(),
  channel: z.enum(CHANNEL_KINDS),
  channelName: z.string().nullable(),
  url: z.string().nullable(),
  /** The day it went out: a day, so named `…On` as every day of the API (issue 18). */
  publishedOn: z.string(),
  publishedAt: z.string().meta({ deprecated: true, description: 'Như publishedOn (một ngày yyyy-mm-dd, không phải thời điểm); giữ cho các chương trình đã dùng. Same as publishedOn, kept for existing clients.' }),
  createdAt: z.string(),
});

/** One publication read by its id, with the item it belongs to. */
export const publicationSchema = mediaPublicationSchema.extend({ mediaItemId: z.string() });

export const mediaEventSchema = z.object({ at: z.string(), actor: z.string().nullable(), kind: z.string(), from: z.string().nullable(), to: z.string().nullable(), comment: z.string().nullable() });

export const mediaFileSchema = z.object({ id: z.string(), kind: z.enum(['image', 'attachment']), name: z.string(), mediaType: z.string(), size: z.number(), url: z.string() });

export const mediaItemSchema = z.object({
  id: z.string(),
  organization: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  unit: z.object({ id: z.string(), name: z.string() }).nullable(),
  kind: z.enum(MEDIA_KINDS),
  title: z.string(),
  slug: z.string(),
  summary: z.string().nullable(),
  bodyHtml: z.string(),
  reformAreas: z.array(z.enum(REFORM_AREAS)),
  state: z.enum(MEDIA_STATES),
  goodPractice: z.boolean(),
  tasks: z.array(z.object({ id: z.string(), title: z.string(), planId: z.string(), occurrenceId: z.string().nullable() })),
  publications: z.array(mediaPublicationSchema),
  files: z.array(mediaFileSchema),
  /** The public address once published: /p/:orgCode/tin-tuc/:slug. */
  publicUrl: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdBy: z.string().nullable().meta({ deprecated: true, description: 'Như createdByName (tên người tạo); giữ cho các chương trình đã dùng. Same as createdByName, kept for existing clients.' }),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: z.object({
    edit: z.boolean(),
    /** The states this person may move it to now. */
    transitions: z.array(z.enum(MEDIA_TRANSITION_TARGETS)),
  }),
}).meta({ id: 'MediaItem' });
export type MediaItemDto = z.infer<typeof mediaItemSchema>;

/** In lists the body text is left out: a page of items stays small on a slow line. */
export const mediaItemSummarySchema = mediaItemSchema.omit({ bodyHtml: true, files: true });
export type MediaItemSummaryDto = z.infer<typeof mediaItemSummarySchema>;

export const channelSchema = z.object({ id: z.string(), kind: z.enum(CHANNEL_KINDS), name: z.string(), url: z.string().nullable(), retired: z.boolean() });
export type ChannelDto = z.infer<typeof channelSchema>;
export const saveChannelSchema = z.strictObject({
  kind: z.enum(CHANNEL_KINDS),
  name: z.string().trim().min(1).max(200),
  url: z.string().trim().url().max(2000).nullable().optional(),
  retired: z.boolean().optional(),
});
