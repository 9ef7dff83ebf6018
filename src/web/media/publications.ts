import type { ChannelKind } from '../../shared/media-vocabulary';
import type { ChannelDto, MediaItemSummaryDto } from '../../shared/schemas/media';

type Publication = MediaItemSummaryDto['publications'][number];

/** The kinds of channel an item went out on, each once, in the order it first went out on them. */
export function publishedChannels(publications: readonly Publication[]): ChannelKind[] {
  const byDate = [...publications].sort((a, b) => a.publishedOn.localeCompare(b.publishedOn) || a.createdAt.localeCompare(b.createdAt));
  return [...new Set(byDate.map((p) => p.channel))];
}

/** The day it first went out anywhere (yyyy-mm-dd), or null before its first publication. */
export function firstPublishedOn(publications: readonly Publication[]): string | null {
  return publications.reduce<string | null>((first, p) => (first === null || p.publishedOn < first ? p.publishedOn : first), null);
}

/** The channels a publication may be recorded on, grouped by kind in the vocabulary's order; retired ones left out. */
export function channelGroups(channels: readonly ChannelDto[], kinds: readonly ChannelKind[]): { kind: ChannelKind; channels: ChannelDto[] }[] {
  return kinds
    .map((kind) => ({ kind, channels: channels.filter((c) => c.kind === kind && !c.retired) }))
    .filter((group) => group.channels.length > 0);
}
