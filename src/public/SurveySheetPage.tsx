import { PUBLIC_CSS } from './public-assets';
import { SURVEY_TEXT as T } from './survey-text';

type Props = { body: { name: string }; title: string; pageUrl: string; qrDataUrl: string };

/**
 * The A4 sheet staff print and pin at the desk or the waiting room: the survey's title, a large QR code of
 * its public link, the link written out for those who type it. No site frame: it is made to be printed.
 */
export function SurveySheetPage({ body, title, pageUrl, qrDataUrl }: Props) {
  return (
    <html lang="vi">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} — ${body.name}`}</title>
        <link rel="stylesheet" href={PUBLIC_CSS.path} />
      </head>
      <body className="sheet-page">
        <p className="print-hint">{T.sheetPrintHint}</p>
        <article className="sheet survey-sheet">
          <p className="sheet-body">{body.name}</p>
          <p className="sheet-kind">{T.heading}</p>
          <h1>{title}</h1>
          <p>{T.sheetCall}</p>
          <figure className="survey-qr">
            <img src={qrDataUrl} alt={pageUrl} width={320} height={320} />
            <figcaption>{T.sheetScan}</figcaption>
          </figure>
          <p className="survey-link">
            {T.sheetLink} <strong>{pageUrl}</strong>
          </p>
          <p className="small">{T.sheetAnonymous}</p>
        </article>
      </body>
    </html>
  );
}
