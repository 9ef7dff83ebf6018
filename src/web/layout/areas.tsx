import {
  ApartmentOutlined,
  BarChartOutlined,
  BookOutlined,
  CalendarOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileTextOutlined,
  HistoryOutlined,
  KeyOutlined,
  NotificationOutlined,
  ProfileOutlined,
  SettingOutlined,
  SmileOutlined,
  TableOutlined,
  TeamOutlined,
  TrophyOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { MeDto } from '../api/types';
import { readsFeedback } from '../feedback/abilities';
import type { MessageKey } from '../i18n/vi';
import { readsSurveys } from '../surveys/abilities';

/**
 * Every area of the product (SPEC §2), in menu order. Icons are hidden from screen readers: the label names
 * the entry, and antd would read each icon's English name ("dashboard") before it. `ready: false` areas are listed so people see
 * what is coming, but their pages say so instead of pretending to work.
 */
export type Area = {
  path: string;
  label: MessageKey;
  icon: ReactNode;
  ready: boolean;
  admin?: boolean;
  visible?: (me: MeDto) => boolean;
};

export const AREAS: readonly Area[] = [
  { path: '/', label: 'nav.dashboard', icon: <DashboardOutlined aria-hidden />, ready: true },
  { path: '/ke-hoach', label: 'nav.plans', icon: <ProfileOutlined aria-hidden />, ready: true },
  { path: '/nhiem-vu', label: 'nav.tasks', icon: <CalendarOutlined aria-hidden />, ready: true },
  { path: '/theo-doi', label: 'nav.followUp', icon: <TableOutlined aria-hidden />, ready: true, visible: (me) => me.can.followProgress },
  { path: '/van-ban-phap-ly', label: 'nav.legalDocuments', icon: <BookOutlined aria-hidden />, ready: true },
  { path: '/truyen-thong', label: 'nav.communication', icon: <NotificationOutlined aria-hidden />, ready: true },
  { path: '/thu-tuc', label: 'nav.procedures', icon: <FileDoneOutlined aria-hidden />, ready: true },
  { path: '/phan-anh', label: 'nav.feedback', icon: <CommentOutlined aria-hidden />, ready: true, visible: readsFeedback },
  { path: '/khao-sat', label: 'nav.surveys', icon: <SmileOutlined aria-hidden />, ready: true, visible: readsSurveys },
  { path: '/chi-so', label: 'nav.indices', icon: <BarChartOutlined aria-hidden />, ready: true },
  { path: '/bao-cao', label: 'nav.reports', icon: <FileTextOutlined aria-hidden />, ready: true, visible: (me) => me.can.readReports },
  { path: '/cham-diem', label: 'nav.scoring', icon: <TrophyOutlined aria-hidden />, ready: true },
  { path: '/to-chuc', label: 'nav.organizations', icon: <ApartmentOutlined aria-hidden />, ready: true, admin: true },
  { path: '/nguoi-dung', label: 'nav.users', icon: <TeamOutlined aria-hidden />, ready: true, admin: true, visible: (me) => me.can.manageUsers },
  { path: '/khoa-api', label: 'nav.apiKeys', icon: <KeyOutlined aria-hidden />, ready: true, admin: true, visible: (me) => me.can.manageApiKeys },
  { path: '/nhat-ky', label: 'nav.audit', icon: <HistoryOutlined aria-hidden />, ready: true, admin: true, visible: (me) => me.can.readAudit },
];

export const ADMIN_GROUP_ICON = <SettingOutlined aria-hidden />;

export function visibleAreas(me: MeDto): Area[] {
  return AREAS.filter((area) => !area.visible || area.visible(me));
}

/** The area a URL belongs to, for highlighting the menu: the longest path that prefixes it. */
export function areaForPath(pathname: string): Area | undefined {
  return [...AREAS]
    .filter((area) => (area.path === '/' ? pathname === '/' : pathname === area.path || pathname.startsWith(`${area.path}/`)))
    .sort((a, b) => b.path.length - a.path.length)[0];
}
