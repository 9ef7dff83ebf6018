/** Words of communication work (SPEC §2.6) shared by the server, the public pages and the web app. */

export const MEDIA_KINDS = ['news', 'article', 'photo_story', 'short_video', 'infographic', 'banner', 'leaflet', 'radio_script', 'event'] as const;
export type MediaKind = (typeof MEDIA_KINDS)[number];
export const MEDIA_KIND_LABELS_VI: Record<MediaKind, string> = {
  news: 'Tin',
  article: 'Bài viết',
  photo_story: 'Phóng sự ảnh',
  short_video: 'Video ngắn',
  infographic: 'Infographic',
  banner: 'Băng rôn, khẩu hiệu',
  leaflet: 'Tờ rơi, áp phích',
  radio_script: 'Kịch bản phát thanh',
  event: 'Hội nghị, tập huấn',
};

/**
 * Where an item stands: a unit proposes it (draft → submitted), the communication editor edits it while
 * submitted, the director or editor approves it, the editor publishes it on channels; it can be taken
 * down (unpublished) and published again. "returned" sends it back to its proposer with a comment.
 */
export const MEDIA_STATES = ['draft', 'submitted', 'returned', 'approved', 'published', 'unpublished'] as const;
export type MediaState = (typeof MEDIA_STATES)[number];
export const MEDIA_STATE_LABELS_VI: Record<MediaState, string> = {
  draft: 'Đang soạn',
  submitted: 'Chờ biên tập, duyệt',
  returned: 'Trả lại',
  approved: 'Đã duyệt',
  published: 'Đã đăng',
  unpublished: 'Đã gỡ',
};

/** The states a transition may lead to (the API's `to`). */
export const MEDIA_TRANSITION_TARGETS = ['submitted', 'approved', 'published', 'unpublished', 'returned'] as const;
export type MediaTransitionTarget = (typeof MEDIA_TRANSITION_TARGETS)[number];

export const CHANNEL_KINDS = ['website', 'fanpage', 'zalo', 'screen', 'bulletin', 'radio', 'meeting'] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];
export const CHANNEL_KIND_LABELS_VI: Record<ChannelKind, string> = {
  website: 'Trang thông tin điện tử',
  fanpage: 'Fanpage',
  zalo: 'Nhóm Zalo',
  screen: 'Màn hình tại đơn vị',
  bulletin: 'Bản tin',
  radio: 'Đài phát thanh nội bộ',
  meeting: 'Hội nghị, giao ban',
};
