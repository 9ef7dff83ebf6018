import type { AssigneeRef } from '../../api/types';
import { shortDate } from '../../../shared/plan-document/document-text';
import { DOCUMENT_WORDS as W } from '../../../shared/plan-document/document-words';
import type { PlanDocumentModel } from './model';

/** STT | Nhiệm vụ | Chủ trì | Phối hợp | Thời hạn hoàn thành | Sản phẩm đầu ra | Ghi chú */
const COLUMN_WIDTHS = ['6%', '33%', '13%', '14%', '11%', '13%', '10%'];

type Props = { model: PlanDocumentModel; nameOf: (ref: AssigneeRef) => string };

/** The task assignment table, on a landscape sheet of its own as an appendix of the plan. */
export function DocumentAppendix({ model, nameOf }: Props) {
  return (
    <section className="doc-sheet doc-sheet-landscape" aria-label={W.appendix}>
      <p className="doc-appendix-kind">{W.appendix}</p>
      <p className="doc-appendix-title">{W.appendixTitle}</p>
      <p className="doc-appendix-attached">
        ({W.attachedTo} {model.numberAndSymbol} {W.day} {shortDate(model.issuedOn, model.year)} {W.of} {model.bodyName})
      </p>
      <table className="doc-table">
        <colgroup>
          {COLUMN_WIDTHS.map((width, i) => (
            <col key={i} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {W.columns.map((column) => (
              <th key={column}>{column}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {model.tasks.map((task, i) => (
            <tr key={task.key}>
              <td className="doc-table-number">{task.number || i + 1}</td>
              <td>{task.title}</td>
              <td>{task.lead ? nameOf(task.lead) : ''}</td>
              <td>{task.coordinators.map(nameOf).join('; ')}</td>
              <td>{task.deadlineText}</td>
              <td>{task.outputText}</td>
              <td>{task.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
