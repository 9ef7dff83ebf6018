import { describe, expect, it } from 'vitest';
import { channelNeedsLink, publicationProblem } from './publication';

describe('publication records', () => {
  it('asks a link of the website and fanpage only', () => {
    expect(channelNeedsLink('website')).toBe(true);
    expect(channelNeedsLink('fanpage')).toBe(true);
    expect(channelNeedsLink('meeting')).toBe(false);
    expect(channelNeedsLink('screen')).toBe(false);
  });

  it('refuses a day in the future and a link that is not a web address', () => {
    expect(publicationProblem({ url: 'https://bvsn.vn/tin/1', publishedAt: '2026-03-02' }, '2026-03-02')).toBeNull();
    expect(publicationProblem({ url: null, publishedAt: '2026-03-01' }, '2026-03-02')).toBeNull();
    expect(publicationProblem({ url: null, publishedAt: '2026-03-03' }, '2026-03-02')).toBe('PUBLISHED_IN_FUTURE');
    expect(publicationProblem({ url: 'javascript:alert(1)', publishedAt: '2026-03-01' }, '2026-03-02')).toBe('URL_NOT_WEB');
    expect(publicationProblem({ url: 'ftp://bvsn.vn/x', publishedAt: '2026-03-01' }, '2026-03-02')).toBe('URL_NOT_WEB');
  });
});
