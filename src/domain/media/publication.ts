import type { ChannelKind } from '../../shared/media-vocabulary';

/**
 * Channels whose posts have an address of their own. A screen in the lobby, a bulletin, the internal
 * radio or a meeting has none, so a publication there is recorded by its day alone.
 */
export const CHANNELS_WITH_LINKS: readonly ChannelKind[] = ['website', 'fanpage'];

export const channelNeedsLink = (channel: ChannelKind) => CHANNELS_WITH_LINKS.includes(channel);

/** Only web addresses: a link kept in a publication or a channel is shown to readers as a link. */
export const isWebAddress = (url: string) => /^https?:\/\/[^\s/]+/i.test(url);

export type PublicationProblem = 'URL_NOT_WEB' | 'PUBLISHED_IN_FUTURE';

/** What is wrong with a publication record beyond its missing parts (those the workflow refuses first). */
export function publicationProblem(p: { url?: string | null; publishedAt: string }, today: string): PublicationProblem | null {
  if (p.url && !isWebAddress(p.url)) return 'URL_NOT_WEB';
  if (p.publishedAt > today) return 'PUBLISHED_IN_FUTURE';
  return null;
}
