import type { PublicBody, PublicItem } from '../db/repositories/public-media';
import { CHANNEL_KIND_LABELS_VI, type ChannelKind } from '../shared/media-vocabulary';
import { REFORM_AREA_LABELS_VI, type ReformArea } from '../shared/plan-vocabulary';
import { PublicLayout, type PageMeta } from './PublicLayout';
import { formatDay, formatSize, kindLabel } from './public-format';
import { PUBLIC_TEXT as T } from './public-text';
import { isWebLink, newsListPath, publicFilePath } from '../shared/public-urls';

/** `safeBodyHtml` has been through the allow-list sanitiser just before rendering. */
export type NewsItemProps = { body: PublicBody; item: PublicItem; safeBodyHtml: string; meta: PageMeta };

/** One published item: its text, images, attachments and where it went out. */
export function NewsItemPage({ body, item, safeBodyHtml, meta }: NewsItemProps) {
  const file = (id: string) => publicFilePath(body.code, id);
  const images = item.files.filter((f) => f.kind === 'image' && f.id !== item.coverFileId);
  const attachments = item.files.filter((f) => f.kind !== 'image');
  const areas = item.reformAreas.map((a) => REFORM_AREA_LABELS_VI[a as ReformArea]).filter(Boolean);
  return (
    <PublicLayout body={body} meta={meta}>
      <article className="item">
        <p className="meta">
          <span className="kind">{kindLabel(item.kind)}</span>
          {item.firstPublishedOn && <time dateTime={item.firstPublishedOn}>{formatDay(item.firstPublishedOn)}</time>}
        </p>
        <h1>{item.title}</h1>
        {areas.length > 0 && (
          <p className="areas">
            {T.reformAreas}:{' '}
            {areas.map((label) => (
              <span key={label} className="tag">
                {label}
              </span>
            ))}
          </p>
        )}
        {item.summary && <p className="lead">{item.summary}</p>}
        {item.coverFileId && <img className="cover" src={file(item.coverFileId)} alt="" />}
        <div className="content" dangerouslySetInnerHTML={{ __html: safeBodyHtml }} />
        {images.length > 0 && (
          <section>
            <h2>{T.images}</h2>
            <div className="gallery">
              {images.map((f) => (
                <a key={f.id} href={file(f.id)}>
                  <img src={file(f.id)} alt={f.name} loading="lazy" decoding="async" />
                </a>
              ))}
            </div>
          </section>
        )}
        {attachments.length > 0 && (
          <section>
            <h2>{T.attachments}</h2>
            <ul className="files">
              {attachments.map((f) => (
                <li key={f.id}>
                  <a href={file(f.id)}>{f.name}</a> <span className="size">({formatSize(f.size)})</span>
                </li>
              ))}
            </ul>
          </section>
        )}
        {item.publications.length > 0 && (
          <section>
            <h2>{T.publishedOn}</h2>
            <ul className="channels">
              {item.publications.map((p, i) => {
                const label = p.channelName ?? CHANNEL_KIND_LABELS_VI[p.channel as ChannelKind] ?? p.channel;
                return (
                  <li key={i}>
                    {isWebLink(p.url) ? (
                      <a href={p.url} rel="noopener noreferrer nofollow">
                        {label}
                      </a>
                    ) : (
                      label
                    )}{' '}
                    <time dateTime={p.publishedOn}>{formatDay(p.publishedOn)}</time>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </article>
      <p>
        <a href={newsListPath(body.code)}>{T.backToList}</a>
      </p>
    </PublicLayout>
  );
}
