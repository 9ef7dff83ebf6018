import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { MeDto } from './api/types';
import { loadAreaMessages } from './i18n/I18nProvider';
import { keepsChannels } from './media/abilities';
import { readsFeedback } from './feedback/abilities';
import { useMe } from './session/MeContext';
import { RequireSignIn } from './session/RequireSignIn';
import { SignInPage } from './session/SignInPage';
import { SIGN_IN_PATH } from './session/paths';

/** A page of an area, loaded when first visited together with the areas' messages it speaks in. */
function areaPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType): LazyExoticComponent<ComponentType> {
  return lazy(() => Promise.all([load(), loadAreaMessages()]).then(([module]) => ({ default: pick(module) })));
}

// Every page but the sign-in page is loaded when first visited (issue 17): the first load carries React, the
// router, the shell's messages and the sign-in page, which is plain markup; the signed-in shell and the home
// page come in one chunk, plain markup too (vite.config.ts); antd comes with any other page (AppLayout's PageRoot).
const AppLayout = lazy(() => import('./layout/AppLayout').then((m) => ({ default: m.AppLayout })));
const DashboardPage = lazy(() => import('./pages/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const UnknownPathPage = lazy(() => import('./pages/UnknownPathPage').then((m) => ({ default: m.UnknownPathPage })));
const Forbidden = lazy(() => import('./layout/Forbidden').then((m) => ({ default: m.Forbidden })));
const OrganizationsPage = areaPage(() => import('./organizations/OrganizationsPage'), (m) => m.OrganizationsPage);
const UsersPage = areaPage(() => import('./users/UsersPage'), (m) => m.UsersPage);
const ApiKeysPage = areaPage(() => import('./api-keys/ApiKeysPage'), (m) => m.ApiKeysPage);
const AuditPage = areaPage(() => import('./audit/AuditPage'), (m) => m.AuditPage);
const PlansPage = areaPage(() => import('./plans/PlansPage'), (m) => m.PlansPage);
const PlanImportPage = areaPage(() => import('./plans/import/PlanImportPage'), (m) => m.PlanImportPage);
const PlanPage = areaPage(() => import('./plans/PlanPage'), (m) => m.PlanPage);
const FollowUpPage = areaPage(() => import('./follow-up/FollowUpPage'), (m) => m.FollowUpPage);
const WorkBoardPage = areaPage(() => import('./work/WorkBoardPage'), (m) => m.WorkBoardPage);
const WorkCalendarPage = areaPage(() => import('./work/WorkCalendarPage'), (m) => m.WorkCalendarPage);
const IndicesPage = areaPage(() => import('./indices/IndicesPage'), (m) => m.IndicesPage);
const ReportsPage = areaPage(() => import('./reports/ReportsPage'), (m) => m.ReportsPage);
const ReportPage = areaPage(() => import('./reports/ReportPage'), (m) => m.ReportPage);
const WorkPage = areaPage(() => import('./work/WorkPage'), (m) => m.WorkPage);
const TaskPage = areaPage(() => import('./tasks/TaskPage'), (m) => m.TaskPage);
const LegalDocumentsPage = areaPage(() => import('./legal-documents/LegalDocumentsPage'), (m) => m.LegalDocumentsPage);
const MediaItemsPage = areaPage(() => import('./media/MediaItemsPage'), (m) => m.MediaItemsPage);
const MediaItemPage = areaPage(() => import('./media/MediaItemPage'), (m) => m.MediaItemPage);
const MediaItemFormPage = areaPage(() => import('./media/MediaItemFormPage'), (m) => m.MediaItemFormPage);
const ChannelsPage = areaPage(() => import('./media/ChannelsPage'), (m) => m.ChannelsPage);
const GoodPracticesPage = areaPage(() => import('./media-insights/GoodPracticesPage'), (m) => m.GoodPracticesPage);
const MediaStatsPage = areaPage(() => import('./media-insights/MediaStatsPage'), (m) => m.MediaStatsPage);
const ProceduresPage = areaPage(() => import('./procedures/ProceduresPage'), (m) => m.ProceduresPage);
const PostingByBodyPage = areaPage(() => import('./procedures/PostingByBodyPage'), (m) => m.PostingByBodyPage);
const ProcedurePage = areaPage(() => import('./procedures/ProcedurePage'), (m) => m.ProcedurePage);
const FeedbackListPage = areaPage(() => import('./feedback/FeedbackListPage'), (m) => m.FeedbackListPage);
const FeedbackByBodyPage = areaPage(() => import('./feedback/FeedbackByBodyPage'), (m) => m.FeedbackByBodyPage);
const FeedbackPage = areaPage(() => import('./feedback/FeedbackPage'), (m) => m.FeedbackPage);
const SurveysPage = areaPage(() => import('./surveys/SurveysPage'), (m) => m.SurveysPage);
const SatisfactionByBodyPage = areaPage(() => import('./surveys/SatisfactionByBodyPage'), (m) => m.SatisfactionByBodyPage);
const SurveyPage = areaPage(() => import('./surveys/SurveyPage'), (m) => m.SurveyPage);
const ScoringPage = areaPage(() => import('./scoring/ScoringPage'), (m) => m.ScoringPage);
const RoundPage = areaPage(() => import('./scoring/RoundPage'), (m) => m.RoundPage);
const AssessmentPage = areaPage(() => import('./scoring/AssessmentPage'), (m) => m.AssessmentPage);
const CriteriaSetsPage = areaPage(() => import('./scoring/CriteriaSetsPage'), (m) => m.CriteriaSetsPage);
const CriteriaSetPage = areaPage(() => import('./scoring/CriteriaSetPage'), (m) => m.CriteriaSetPage);

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
        <Route path="/khoa-api" element={<Allowed when="manageApiKeys"><ApiKeysPage /></Allowed>} />
        <Route path="/nhat-ky" element={<Allowed when="readAudit"><AuditPage /></Allowed>} />
        <Route path="*" element={<UnknownPathPage />} />
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
