import type { PublicBody } from '../db/repositories/public-media';
import { PROCEDURE_SCOPE_LABELS_VI } from '../shared/procedure-vocabulary';
import { ProcedureContent } from './ProcedureContent';
import { PUBLIC_CSS } from './public-assets';
import { formatDay } from './public-format';
import type { PublicProcedure } from './public-procedure';
import { PUBLIC_TEXT as T } from './public-text';

type Props = { body: PublicBody; procedure: PublicProcedure; pageUrl: string; qrDataUrl: string };

/**
 * The A4 sheet pinned on the one-stop desk's board (niêm yết): the procedure as it stands, its version
 * and date so a checker can tell a stale copy, and a QR code to the online page for the newest one.
 * No site frame: it is made to be printed.
 */
export function PostingSheetPage({ body, procedure: p, pageUrl, qrDataUrl }: Props) {
  const title = `${p.name} — ${body.name}`;
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{title}</title>
        <link rel="stylesheet" href={PUBLIC_CSS.path} />
      </head>
      <body className="sheet-page">
        <p className="print-hint">{T.sheetPrintHint}</p>
        <article className="sheet">
          <header className="sheet-head">
            <div>
              <p className="sheet-body">{body.name}</p>
              <p className="sheet-kind">{T.sheetTitle(PROCEDURE_SCOPE_LABELS_VI[p.scope])}</p>
              <h1>{p.name}</h1>
              <p className="sheet-version">{T.sheetPostedVersion(p.version, formatDay(p.updatedOn))}</p>
            </div>
            <figure className="qr">
              <img src={qrDataUrl} alt={pageUrl} width={132} height={132} />
              <figcaption>{T.sheetScan}</figcaption>
            </figure>
          </header>
          <ProcedureContent procedure={p} />
          <footer className="sheet-foot">{pageUrl}</footer>
        </article>
      </body>
    </html>
  );
}
