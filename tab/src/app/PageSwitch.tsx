import { lazy } from 'react';
import { askForFirstPageData } from '../pages/dashboard/service-dashboard-request';
import { useApp } from './app-context';
import { NotFoundPage } from './NotFoundPage';
import type { Route } from './routes';

// Every page is its own chunk: the first page loads only what it shows.
const MyWorkPage = lazy(() => import('../pages/my-work/MyWorkPage').then((m) => ({ default: m.MyWorkPage })));
const DashboardPage = lazy(() =>
  import('../pages/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const AssessmentPage = lazy(() =>
  import('../pages/assessment/AssessmentPage').then((m) => ({ default: m.AssessmentPage })),
);
const AdminPage = lazy(() => import('../pages/admin/AdminPage').then((m) => ({ default: m.AdminPage })));
const ReviewAgreementPage = lazy(() =>
  import('../pages/review-agreement/ReviewAgreementPage').then((m) => ({ default: m.ReviewAgreementPage })),
);
const ReviewVisitPage = lazy(() =>
  import('../pages/review-visit/ReviewVisitPage').then((m) => ({ default: m.ReviewVisitPage })),
);
const ReviewPage = lazy(() => import('../pages/review/ReviewPage').then((m) => ({ default: m.ReviewPage })));
const TimeAndExpensesPage = lazy(() =>
  import('../pages/time-and-expenses/TimeAndExpensesPage').then((m) => ({ default: m.TimeAndExpensesPage })),
);
const TabConfigPage = lazy(() => import('../pages/config/TabConfigPage').then((m) => ({ default: m.TabConfigPage })));
const MyReviewingPage = lazy(() =>
  import('../pages/reviewing/MyReviewingPage').then((m) => ({ default: m.MyReviewingPage })),
);
const ActionPlanPage = lazy(() =>
  import('../pages/actions/ActionPlanPage').then((m) => ({ default: m.ActionPlanPage })),
);

const ReportPage = lazy(() => import('../pages/report/ReportPage').then((m) => ({ default: m.ReportPage })));
const LibraryPage = lazy(() => import('../pages/library/LibraryPage').then((m) => ({ default: m.LibraryPage })));

const RecognitionPage = lazy(() =>
  import('../pages/recognition/RecognitionPage').then((m) => ({ default: m.RecognitionPage })),
);
const ServiceImpactPage = lazy(() =>
  import('../pages/impact/ServiceImpactPage').then((m) => ({ default: m.ServiceImpactPage })),
);
const NetworkImpactPage = lazy(() =>
  import('../pages/impact/NetworkImpactPage').then((m) => ({ default: m.NetworkImpactPage })),
);
const AssessmentPrintPage = lazy(() =>
  import('../pages/assessment/print/AssessmentPrintPage').then((m) => ({ default: m.AssessmentPrintPage })),
);
const AssessmentHistoryPage = lazy(() =>
  import('../pages/assessment/history/AssessmentHistoryPage').then((m) => ({ default: m.AssessmentHistoryPage })),
);
const QuestionnairesPage = lazy(() =>
  import('../pages/questionnaires/QuestionnairesPage').then((m) => ({ default: m.QuestionnairesPage })),
);
const StaffQuestionnairePage = lazy(() =>
  import('../pages/staff-questionnaire/StaffQuestionnairePage').then((m) => ({ default: m.StaffQuestionnairePage })),
);

export function PageSwitch({ route }: { route: Route }) {
  const { http, me } = useApp();
  // Opened from within the app: the dashboard's data travels while the page's code does.
  askForFirstPageData(http, me, route);
  switch (route.page) {
    case 'home':
    case 'my-work':
      return <MyWorkPage />;
    case 'dashboard':
      return <DashboardPage route={route} />;
    case 'assessment':
      return <AssessmentPage key={route.assessmentId} route={route} />;
    case 'assessment-print':
      return <AssessmentPrintPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'assessment-history':
      return <AssessmentHistoryPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'review-visit':
      return <ReviewVisitPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'review':
      return <ReviewPage key={route.assessmentId} route={route} />;
    case 'admin':
      return <AdminPage section={route.section} />;
    case 'config':
      return <TabConfigPage />;
    case 'review-agreement':
      return <ReviewAgreementPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'reviewing':
      return <MyReviewingPage />;
    case 'time-and-expenses':
      return <TimeAndExpensesPage />;
    case 'report':
      return <ReportPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'actions':
      return <ActionPlanPage key={route.assessmentId} assessmentId={route.assessmentId} actionId={route.actionId} />;
    case 'library':
      return <LibraryPage key={route.entryId ?? ''} entryId={route.entryId} />;
    case 'recognition':
      return <RecognitionPage key={route.assessmentId} assessmentId={route.assessmentId} />;
    case 'service-impact':
      return <ServiceImpactPage key={route.serviceId} serviceId={route.serviceId} />;
    case 'impact':
      return <NetworkImpactPage route={route} />;
    case 'questionnaires':
      return <QuestionnairesPage key={route.assessmentId} assessmentId={route.assessmentId} runId={route.runId} />;
    case 'staff-questionnaire':
      return <StaffQuestionnairePage key={route.runId} runId={route.runId} />;
    case 'not-found':
      return <NotFoundPage path={route.path} />;
  }
}
