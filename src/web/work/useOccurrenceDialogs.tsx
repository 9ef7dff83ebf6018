import { useState } from 'react';
import type { OccurrenceDto } from '../../shared/schemas/occurrences';
import { ReviewModal } from './ReviewModal';
import { UpdateOccurrenceModal } from './UpdateOccurrenceModal';

export type OccurrenceDialog = { kind: 'update' | 'accept' | 'return'; occurrence: OccurrenceDto } | null;

/** The update and review dialogs every view of the work opens the same way. */
export function useOccurrenceDialogs() {
  const [dialog, setDialog] = useState<OccurrenceDialog>(null);
  const close = () => setDialog(null);
  const element =
    dialog?.kind === 'update' ? (
      <UpdateOccurrenceModal occurrence={dialog.occurrence} onClose={close} />
    ) : dialog ? (
      <ReviewModal occurrence={dialog.occurrence} decision={dialog.kind} onClose={close} />
    ) : null;
  return { open: setDialog, element };
}
