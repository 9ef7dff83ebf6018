import { Link } from 'react-router-dom';
import type { HomeDto } from '../../shared/schemas/home';
import { useT } from '../i18n/I18nProvider';
import { HomeCard } from './HomeCard';
import { HomeNotice } from './HomeMarks';

type Tile = { key: string; label: string; value: number; to: string; alarm?: boolean };

/** What the person has to do now, each figure a link to the list behind it. */
export function MyWorkCard({ mine, title }: { mine: HomeDto['mine']; title: string }) {
  const t = useT();
  const tiles: Tile[] = [
    { key: 'due', label: t('home.dueThisWeek'), value: mine.dueThisWeek, to: '/nhiem-vu/lich' },
    { key: 'late', label: t('home.late'), value: mine.late, to: '/nhiem-vu?xem=tre-han', alarm: mine.late > 0 },
    { key: 'returned', label: t('home.returned'), value: mine.returned, to: '/nhiem-vu', alarm: mine.returned > 0 },
  ];
  if (mine.toReview !== null) tiles.push({ key: 'review', label: t('home.toReview'), value: mine.toReview, to: '/nhiem-vu?xem=cho-duyet' });
  if (mine.plansToApprove !== null) tiles.push({ key: 'plans', label: t('home.plansToApprove'), value: mine.plansToApprove, to: '/ke-hoach' });
  if (mine.itemsToApprove !== null) tiles.push({ key: 'items', label: t('home.itemsToApprove'), value: mine.itemsToApprove, to: '/truyen-thong' });
  const nothing = tiles.every((tile) => tile.value === 0);
  return (
    <HomeCard title={title}>
      <div className="home-tiles">
        {tiles.map((tile) => (
          <Link key={tile.key} to={tile.to} className={tile.alarm ? 'home-tile home-alarm' : 'home-tile'}>
            <div className="home-tile-label">{tile.label}</div>
            <div className="home-tile-value">{tile.value.toLocaleString('vi-VN')}</div>
          </Link>
        ))}
      </div>
      {mine.undated > 0 && <HomeNotice type="warning" title={t('home.undated', { count: mine.undated })} />}
      {nothing && mine.undated === 0 && <HomeNotice type="success" title={t('home.allClear')} />}
    </HomeCard>
  );
}
