import type { ChannelDto } from '../../shared/schemas/media';
import { channelGroups, firstPublishedOn, publishedChannels } from './publications';

const publication = (channel: 'website' | 'fanpage' | 'zalo', publishedOn: string, createdAt = `${publishedOn}T03:00:00Z`) => ({
  id: `${channel}-${publishedOn}`,
  channel,
  channelName: null,
  url: null,
  publishedOn,
  publishedAt: publishedOn,
  createdAt,
});

describe('publications of an item', () => {
  it('names each channel once, in the order the item first went out on it', () => {
    const list = [publication('fanpage', '2026-11-21'), publication('website', '2026-11-20'), publication('fanpage', '2026-11-25')];
    expect(publishedChannels(list)).toEqual(['website', 'fanpage']);
    expect(publishedChannels([])).toEqual([]);
  });

  it('takes the earliest day as the first publication, whatever order they were recorded in', () => {
    expect(firstPublishedOn([publication('fanpage', '2026-11-21'), publication('website', '2026-11-20')])).toBe('2026-11-20');
    expect(firstPublishedOn([])).toBeNull();
  });

  it('groups the channels in use by kind, in the order of the kinds given, leaving retired and unwanted ones out', () => {
    const channel = (id: string, kind: ChannelDto['kind'], retired = false): ChannelDto => ({ id, kind, name: id, url: null, retired });
    const channels = [channel('zalo-1', 'zalo'), channel('web', 'website'), channel('old-web', 'website', true), channel('fp', 'fanpage')];
    expect(channelGroups(channels, ['website', 'fanpage', 'zalo']).map((g) => [g.kind, g.channels.map((c) => c.id)])).toEqual([
      ['website', ['web']],
      ['fanpage', ['fp']],
      ['zalo', ['zalo-1']],
    ]);
    expect(channelGroups(channels, ['fanpage', 'meeting']).map((g) => g.kind)).toEqual(['fanpage']);
  });
});
