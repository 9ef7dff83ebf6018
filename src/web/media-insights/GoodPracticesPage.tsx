import { DatePicker, Flex, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSearchParams } from 'react-router-dom';
import { useT } from '../i18n/I18nProvider';
import { PageHeader } from '../layout/PageHeader';
import { MediaAreaSwitch } from '../media/MediaAreaSwitch';
import { useMe } from '../session/MeContext';
import { BodyGoodPractices } from './BodyGoodPractices';
import { DepartmentGoodPractices } from './DepartmentGoodPractices';
import './media-insights.css';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * "Mô hình hay" (SPEC §2.6): a body ticks its published good practices and sends them for the month;
 * a department of health sees every body's submissions of the month and chooses which to publish.
 */
export function GoodPracticesPage() {
  const t = useT();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const requested = params.get('thang') ?? '';
  const month = MONTH.test(requested) ? requested : dayjs().format('YYYY-MM');
  const isDepartment = me.organization.kind === 'department_of_health';

  return (
    <>
      <PageHeader title={t('goodPractices.pageTitle')} />
      <MediaAreaSwitch />
      <Flex wrap gap="middle" align="center" className="insights-filters">
        <DatePicker
          picker="month"
          aria-label={t('goodPractices.month')}
          format="MM/YYYY"
          allowClear={false}
          value={dayjs(`${month}-01`)}
          onChange={(value) => value && setParams({ thang: value.format('YYYY-MM') }, { replace: true })}
        />
        <Typography.Text type="secondary">{t(isDepartment ? 'goodPractices.departmentHint' : 'goodPractices.intro')}</Typography.Text>
      </Flex>
      {isDepartment ? <DepartmentGoodPractices month={month} /> : <BodyGoodPractices month={month} />}
    </>
  );
}
