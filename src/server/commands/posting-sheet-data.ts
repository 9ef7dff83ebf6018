import type { PostingSheetData } from '../../documents/docx/posting-sheet';
import { qrPngOf } from '../../documents/qr/qr-code';
import { todayInVietnam } from '../../domain/calendar/lateness';
import { procedurePath } from '../../shared/public-urls';
import { PROCEDURE_STATUS_LABELS_VI } from '../../shared/procedure-vocabulary';
import { conflict } from '../errors';
import { loadProcedure } from './procedure-access';
import { standingOf } from './procedure-standing';
import { citizenView } from './public-procedures';
import type { CommandContext } from './transaction';

/**
 * What a procedure's printed posting sheet holds, for anyone who may read the procedure. A sheet is
 * printed for what is or will be in force; an ended procedure is taken off the board, not printed.
 * `origin` is where citizens reach the site: the QR code must open from a phone in the waiting room.
 */
export async function postingSheetData(ctx: CommandContext, id: string, origin: string): Promise<{ data: PostingSheetData; fileName: string }> {
  const row = await loadProcedure(ctx.db, ctx.actor, id);
  const [standing] = await standingOf(ctx.db, [row], todayInVietnam(new Date()));
  if (standing!.status === 'replaced' || standing!.status === 'abolished') {
    throw conflict('PROCEDURE_ENDED', `Thủ tục ${row.code} ${PROCEDURE_STATUS_LABELS_VI[standing!.status].toLocaleLowerCase('vi')}: không in tờ niêm yết, hãy gỡ tờ cũ khỏi bảng.`);
  }
  const procedure = await citizenView(ctx.db, standing!);
  const url = origin + procedurePath(row.org_code, row.code);
  const online = row.scope === 'public' ? { url, qrPng: await qrPngOf(url) } : null;
  return { data: { bodyName: row.org_name, procedure, online }, fileName: `niem-yet-${row.code.replace(/[^\p{L}\p{N}._-]+/gu, '-')}` };
}
