import { Card, Col, Flex, List, Progress, Row, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { HomeDto } from '../../shared/schemas/home';
import { formatDate } from '../format/dates';
import { useT } from '../i18n/I18nProvider';
import { ReportStateTag } from '../reports/labels';
import type { ReportState } from '../../shared/report-vocabulary';

type Body = NonNullable<HomeDto['body']>;
type Tally = Body['tally'];

const ROMAN = ['I', 'II', 'III', 'IV'];
const percent = (share: number) => `${Math.round(share * 100)}%`;
const applies = (tally: Tally) => tally.total - tally.notApplicable - tally.undated;
const shareOf = (tally: Tally) => (applies(tally) > 0 ? tally.done / applies(tally) : null);

/** The body's year at a glance for its coordinator and director: by reform area with each quarter's share done, late departments, reports. */
export function BodyProgressCard({ body, year }: { body: Body; year: number }) {
  const t = useT();
  const share = shareOf(body.tally);
  return (
    <Card title={t('home.bodyTitle', { year, name: body.name })} extra={<Link to="/theo-doi">{t('home.openFollowUp')}</Link>}>
      <Space orientation="vertical" size="middle" className="full-width">
        <div>
          <Typography.Text strong>{t('home.doneOfTotal', { done: body.tally.done, applies: applies(body.tally), share: share === null ? '—' : percent(share) })}</Typography.Text>
          <Progress percent={share === null ? 0 : Math.round(share * 100)} status={body.tally.late > 0 ? 'exception' : 'normal'} showInfo={false} aria-label={t('home.shareDone')} />
          <Typography.Text type="secondary">{t('home.bodyCounts', { late: body.tally.late, due: body.tally.due, undated: body.tally.undated })}</Typography.Text>
        </div>
        <Row gutter={[24, 16]}>
          <Col xs={24} lg={14}>
            <Typography.Title level={5}>{t('home.byArea')}</Typography.Title>
            <List
              size="small"
              dataSource={body.areas}
              renderItem={(a) => {
                const s = shareOf(a.tally);
                return (
                  <List.Item>
                    <Flex vertical className="full-width" gap={2}>
                      <Flex justify="space-between" wrap gap="small">
                        <span>{a.label}</span>
                        <span>
                          {a.tally.done}/{applies(a.tally)}
                          {a.tally.late > 0 && (
                            <Tag color="red" className="home-tag">
                              {t('home.lateCount', { count: a.tally.late })}
                            </Tag>
                          )}
                        </span>
                      </Flex>
                      <Progress percent={s === null ? 0 : Math.round(s * 100)} size="small" aria-label={a.label} />
                      <Typography.Text type="secondary" className="home-trend" aria-label={t('home.trend')}>
                        {a.trend.map((q, i) => (q === null ? null : t('home.quarterShare', { quarter: ROMAN[i]!, share: percent(q) }))).filter(Boolean).join(' · ')}
                      </Typography.Text>
                    </Flex>
                  </List.Item>
                );
              }}
            />
          </Col>
          <Col xs={24} lg={10}>
            <Typography.Title level={5}>{t('home.lateByUnit')}</Typography.Title>
            {body.lateByUnit.length === 0 ? (
              <Typography.Text type="secondary">{t('home.noLateUnits')}</Typography.Text>
            ) : (
              <List size="small" dataSource={body.lateByUnit} renderItem={(u) => <List.Item extra={<Tag color="red">{t('home.lateCount', { count: u.late })}</Tag>}>{u.name}</List.Item>} />
            )}
            <Typography.Title level={5} className="home-subtitle">
              {t('home.reports', { year })}
            </Typography.Title>
            <List
              size="small"
              dataSource={body.reports}
              renderItem={(r) => (
                <List.Item extra={r.state ? <ReportStateTag state={r.state as ReportState} /> : <Tag>{t('home.reportNotStarted')}</Tag>}>
                  {r.reportId ? <Link to={`/bao-cao/${r.reportId}`}>{r.label}</Link> : <Link to="/bao-cao">{r.label}</Link>}{' '}
                  <Typography.Text type="secondary">({t('home.reportDue', { date: formatDate(r.dueOn) })})</Typography.Text>
                </List.Item>
              )}
            />
          </Col>
        </Row>
      </Space>
    </Card>
  );
}
