import { OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../forms/errors';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { useMe } from '../session/MeContext';
import { managesRounds } from './abilities';
import { CRITERIA_SETS_PATH, roundPath } from './labels';
import { OpenRoundModal } from './OpenRoundModal';
import { useRounds } from './queries';
import { RoundsTable } from './RoundsTable';
import './scoring.css';

/** The CCHC scoring rounds the person is concerned with; a department of health opens new ones here. */
export function ScoringPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const rounds = useRounds();
  const [opening, setOpening] = useState(false);
  const manages = managesRounds(me);

  return (
    <>
      <PageHeader
        title={t('scoring.pageTitle')}
        extra={
          manages && (
            <Space wrap>
              <Button icon={<OrderedListOutlined aria-hidden />} onClick={() => navigate(CRITERIA_SETS_PATH)}>
                {t('scoring.criteriaSets')}
              </Button>
              <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => setOpening(true)}>
                {t('scoring.openRound')}
              </Button>
            </Space>
          )
        }
      />
      {rounds.isError && <Alert type="error" showIcon title={errorMessage(rounds.error, t)} className="form-alert" />}
      <Card size="small">
        <RoundsTable rounds={rounds.data?.items ?? []} loading={rounds.isPending} emptyText={manages ? t('scoring.emptyManage') : t('scoring.empty')} />
      </Card>
      {opening && (
        <OpenRoundModal
          owner={me.organization}
          takenSetIds={(rounds.data?.items ?? []).map((r) => r.criteriaSet.id)}
          onClose={() => setOpening(false)}
          onSaved={(round) => navigate(roundPath(round.id))}
        />
      )}
    </>
  );
}
