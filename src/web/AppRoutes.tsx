import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { MeDto } from './api/types';
import { AppLayout } from './layout/AppLayout';
import { AREAS } from './layout/areas';
import { Forbidden } from './layout/Forbidden';
import { ComingSoonPage } from './pages/ComingSoonPage';
import { DashboardPage } from './pages/DashboardPage';
import { keepsChannels } from './media/abilities';
import { readsFeedback } from './feedback/abilities';
import { NotFoundPage } from './pages/NotFoundPage';
import { useMe } from './session/MeContext';
import { RequireSignIn } from './session/RequireSignIn';
import { SignInPage } from './session/SignInPage';
import { SIGN_IN_PATH } from './session/paths';

// Loaded when first visited, so signing in and the shell do not wait for the admin pages' code.
const OrganizationsPage = lazy(() => import('./organizations/OrganizationsPage').then((m) => ({ default: m.OrganizationsPage })));
const UsersPage = lazy(() => import('./users/UsersPage').then((m) => ({ default: m.UsersPage })));
const AuditPage = lazy(() => import('./audit/AuditPage').then((m) => ({ default: m.AuditPage })));
const PlansPage = lazy(() => import('./plans/PlansPage').then((m) => ({ default: m.PlansPage })));
const PlanImportPage = lazy(() => import('./plans/import/PlanImportPage').then((m) => ({ default: m.PlanImportPage })));
const PlanPage = lazy(() => import('./plans/PlanPage').then((m) => ({ default: m.PlanPage })));
const FollowUpPage = lazy(() => import('./follow-up/FollowUpPage').then((m) => ({ default: m.FollowUpPage })));
const WorkBoardPage = lazy(() => import('./work/WorkBoardPage').then((m) => ({ default: m.WorkBoardPage })));
const WorkCalendarPage = lazy(() => import('./work/WorkCalendarPage').then((m) => ({ default: m.WorkCalendarPage })));
const IndicesPage = lazy(() => import('./indices/IndicesPage').then((m) => ({ default: m.IndicesPage })));
const ReportsPage = lazy(() => import('./reports/ReportsPage').then((m) => ({ default: m.ReportsPage })));
const ReportPage = lazy(() => import('./reports/ReportPage').then((m) => ({ default: m.ReportPage })));
const WorkPage = lazy(() => import('./work/WorkPage').then((m) => ({ default: m.WorkPage })));
const TaskPage = lazy(() => import('./tasks/TaskPage').then((m) => ({ default: m.TaskPage })));
const LegalDocumentsPage = lazy(() => import('./legal-documents/LegalDocumentsPage').then((m) => ({ default: m.LegalDocumentsPage })));
const MediaItemsPage = lazy(() => import('./media/MediaItemsPage').then((m) => ({ default: m.MediaItemsPage })));
const MediaItemPage = lazy(() => import('./media/MediaItemPage').then((m) => ({ default: m.MediaItemPage })));
const MediaItemFormPage = lazy(() => import('./media/MediaItemFormPage').then((m) => ({ default: m.MediaItemFormPage })));
const ChannelsPage = lazy(() => import('./media/ChannelsPage').then((m) => ({ default: m.ChannelsPage })));
const GoodPracticesPage = lazy(() => import('./media-insights/GoodPracticesPage').then((m) => ({ default: m.GoodPracticesPage })));
const MediaStatsPage = lazy(() => import('./media-insights/MediaStatsPage').then((m) => ({ default: m.MediaStatsPage })));
const ProceduresPage = lazy(() => import('./procedures/ProceduresPage').then((m) => ({ default: m.ProceduresPage })));
const PostingByBodyPage = lazy(() => import('./procedures/PostingByBodyPage').then((m) => ({ default: m.PostingByBodyPage })));
const ProcedurePage = lazy(() => import('./procedures/ProcedurePage').then((m) => ({ default: m.ProcedurePage })));
const FeedbackListPage = lazy(() => import('./feedback/FeedbackListPage').then((m) => ({ default: m.FeedbackListPage })));
const FeedbackByBodyPage = lazy(() => import('./feedback/FeedbackByBodyPage').then((m) => ({ default: m.FeedbackByBodyPage })));
const FeedbackPage = lazy(() => import('./feedback/FeedbackPage').then((m) => ({ default: m.FeedbackPage })));
const SurveysPage = lazy(() => import('./surveys/SurveysPage').then((m) => ({ default: m.SurveysPage })));
const SatisfactionByBodyPage = lazy(() => import('./surveys/SatisfactionByBodyPage').then((m) => ({ default: m.SatisfactionByBodyPage })));
const SurveyPage = lazy(() => import('./surveys/SurveyPage').then((m) => ({ default: m.SurveyPage })));
const ScoringPage = lazy(() => import('./scoring/ScoringPage').then((m) => ({ default: m.ScoringPage })));
const RoundPage = lazy(() => import('./scoring/RoundPage').then((m) => ({ default: m.RoundPage })));
const AssessmentPage = lazy(() => import('./scoring/AssessmentPage').then((m) => ({ default: m.AssessmentPage })));
const CriteriaSetsPage = lazy(() => import('./scoring/CriteriaSetsPage').then((m) => ({ default: m.CriteriaSetsPage })));
const CriteriaSetPage = lazy(() => import('./scoring/CriteriaSetPage').then((m) => ({ default: m.CriteriaSetPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route path={SIGN_IN_PATH} element={<SignInPage />} />
      <Route
        element={
          <RequireSignIn>
            <AppLayout />
          </RequireSignIn>
        }
      >
        <Route index element={<DashboardPage />} />
        {AREAS.filter((area) => !area.ready).map((area) => (
          <Route key={area.path} path={area.path} element={<ComingSoonPage area={area.label} />} />
        ))}
        <Route path="/ke-hoach" element={<PlansPage />} />
        <Route path="/ke-hoach/nhap" element={<PlanImportPage />} />
        <Route path="/ke-hoach/:id" element={<PlanPage />} />
        <Route path="/nhiem-vu" element={<WorkPage />} />
        <Route path="/nhiem-vu/bang" element={<WorkBoardPage />} />
        <Route path="/nhiem-vu/lich" element={<WorkCalendarPage />} />
        <Route path="/nhiem-vu/:id" element={<TaskPage />} />
        <Route path="/theo-doi" element={<Allowed when="followProgress"><FollowUpPage /></Allowed>} />
        <Route path="/chi-so" element={<IndicesPage />} />
        <Route path="/bao-cao" element={<Allowed when="readReports"><ReportsPage /></Allowed>} />
        <Route path="/bao-cao/:id" element={<Allowed when="readReports"><ReportPage /></Allowed>} />
        <Route path="/van-ban-phap-ly" element={<LegalDocumentsPage />} />
        <Route path="/truyen-thong" element={<MediaItemsPage />} />
        <Route path="/truyen-thong/de-xuat" element={<Allowed when="proposeMedia"><MediaItemFormPage /></Allowed>} />
        <Route path="/truyen-thong/kenh" element={<Allowed when={keepsChannels}><ChannelsPage /></Allowed>} />
        <Route path="/truyen-thong/mo-hinh-hay" element={<GoodPracticesPage />} />
        <Route path="/truyen-thong/thong-ke" element={<MediaStatsPage />} />
        <Route path="/truyen-thong/:id" element={<MediaItemPage />} />
        <Route path="/truyen-thong/:id/sua" element={<MediaItemFormPage />} />
        <Route path="/thu-tuc" element={<ProceduresPage />} />
        <Route path="/thu-tuc/don-vi" element={<PostingByBodyPage />} />
        <Route path="/thu-tuc/:id" element={<ProcedurePage />} />
        <Route path="/phan-anh" element={<Allowed when={readsFeedback}><FeedbackListPage /></Allowed>} />
        <Route path="/phan-anh/don-vi" element={<Allowed when={readsFeedback}><FeedbackByBodyPage /></Allowed>} />
        <Route path="/phan-anh/:id" element={<Allowed when={readsFeedback}><FeedbackPage /></Allowed>} />
        <Route path="/khao-sat" element={<SurveysPage />} />
        <Route path="/khao-sat/don-vi" element={<SatisfactionByBodyPage />} />
        <Route path="/khao-sat/:id" element={<SurveyPage />} />
        <Route path="/cham-diem" element={<ScoringPage />} />
        <Route path="/cham-diem/dot/:id" element={<RoundPage />} />
        <Route path="/cham-diem/danh-gia/:id" element={<AssessmentPage />} />
        <Route path="/cham-diem/bo-chi-so" element={<CriteriaSetsPage />} />
        <Route path="/cham-diem/bo-chi-so/:id" element={<CriteriaSetPage />} />
        <Route path="/to-chuc" element={<OrganizationsPage />} />
        <Route path="/nguoi-dung" element={<Allowed when="manageUsers"><UsersPage /></Allowed>} />
        <Route path="/nhat-ky" element={<Allowed when="readAudit"><AuditPage /></Allowed>} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

/** A page the person has no right to says so, and who may, instead of showing a table of refusals. */
function Allowed({ when, children }: { when: Ability | ((me: MeDto) => boolean); children: ReactNode }) {
  const me = useMe();
  const allowed = typeof when === 'function' ? when(me) : me.can[when];
  return allowed ? children : <Forbidden roles={typeof when === 'function' ? [] : me.allowedRoles[when] ?? []} />;
}

type Ability = keyof MeDto['can'];
