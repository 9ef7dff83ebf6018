import { AutoComplete, Card, Form, Input } from 'antd';
import { useT } from '../../i18n/I18nProvider';
import { SIGNER_TITLES, SIGNING_AUTHORITIES } from '../../../shared/plan-document/document-words';
import { PlanBasicsFields } from '../PlanBasicsFields';

const choices = (values: string[]) => values.map((value) => ({ value }));

/** The fields of the document itself: kind, year, title, place, and who signs. */
export function PlanFieldsCard() {
  const t = useT();
  return (
    <Card size="small" title={t('planInfo.fields')}>
      <PlanBasicsFields />
      <div className="form-grid-2">
        <Form.Item name="placeName" label={t('planInfo.placeName')} extra={t('planInfo.placeNameHelp')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="signingAuthority" label={t('planInfo.signingAuthority')} extra={t('planInfo.signingAuthorityHelp')}>
          <AutoComplete options={choices(SIGNING_AUTHORITIES)} maxLength={100} />
        </Form.Item>
        <Form.Item name="signerTitle" label={t('planInfo.signerTitle')} extra={t('planInfo.signerTitleHelp')}>
          <AutoComplete options={choices(SIGNER_TITLES)} maxLength={100} />
        </Form.Item>
        <Form.Item name="signerName" label={t('planInfo.signerName')}>
          <Input maxLength={100} />
        </Form.Item>
      </div>
    </Card>
  );
}
