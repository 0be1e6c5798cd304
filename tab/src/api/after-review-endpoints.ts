import { withQuery, type HttpClient } from './http-client';
import type {
  ChannelSendProgress,
  ImpactRangeQueryString,
  NetworkImpact,
  ServiceImpactView,
  AgreeToPublishRequest,
  GoodPracticeFinding,
  LibraryEntry,
  LibraryEntryView,
  LibraryPage,
  LibraryReasonRequest,
  LibrarySearchQueryString,
  ProposeForLibraryRequest,
  ActionEvidenceCopyInRequest,
  ActionEvidenceUploadQueryString,
  ActionItem,
  ActionNoteRequest,
  ActionPlan,
  ActionStatusRequest,
  AddActionRequest,
  EvidenceRecord,
  ReportComment,
  ReportCommentDecisionRequest,
  ReportCommentRequest,
  ReportFormat,
  ReportTransitionRequest,
  ReportView,
  AppealOutcomeRequest,
  RecognitionAppealRequest,
  RecognitionDecisionRequest,
  RecognitionView,
  NotificationPreferenceRequest,
  NotificationPreferenceView,
  FrameworkVersion,
  StarterFrameworkOffer,
  CommentView,
  HideCommentRequest,
  NewRunLink,
  OpenedRun,
  OpenRunRequest,
  PaperAnswerRequest,
  QuestionnaireEvidenceView,
  QuestionnairesView,
  RunResults,
  RunSummary,
  StaffAnswerRequest,
  StaffQuestionnaire,
  StaffRunToAnswer,
} from './types';

const seg = encodeURIComponent;

/**
 * The calls of the pages that come after the review (the report and its check, the recognition decision, the
 * action plan, the good-practice library, impact over time). They load with the first of those pages, never
 * with everyone's first page; every name is listed in `after-review-calls.ts`.
 */
export function createAfterReviewApi(http: HttpClient) {
  return {
    // The good-practice library.
    library: (query: LibrarySearchQueryString = {}) =>
      http.get<LibraryPage>('/library', { ...query } satisfies Record<string, string | undefined>),
    libraryEntry: (id: string) => http.get<LibraryEntryView>(`/library/${seg(id)}`),
    libraryAttachment: (id: string, evidenceId: string) =>
      http.download(`/library/${seg(id)}/attachments/${seg(evidenceId)}`),
    goodPracticeFindings: (assessmentId: string) =>
      http.get<GoodPracticeFinding[]>(`/assessments/${seg(assessmentId)}/library`),
    proposeForLibrary: (assessmentId: string, body: ProposeForLibraryRequest) =>
      http.post<LibraryEntry>(`/assessments/${seg(assessmentId)}/library`, body),
    agreeToPublish: (id: string, body: AgreeToPublishRequest) =>
      http.post<LibraryEntry>(`/library/${seg(id)}/agree`, body),
    declineToPublish: (id: string, body: LibraryReasonRequest) =>
      http.post<LibraryEntry>(`/library/${seg(id)}/decline`, body),
    withdrawFromLibrary: (id: string, body: LibraryReasonRequest) =>
      http.post<LibraryEntry>(`/library/${seg(id)}/withdraw`, body),
    // The action plan after an agreed review: actions, their status, progress notes and completion evidence.
    actionPlan: (id: string) => http.get<ActionPlan>(`/assessments/${seg(id)}/actions`),
    addAction: (id: string, body: AddActionRequest) => http.post<ActionItem>(`/assessments/${seg(id)}/actions`, body),
    moveAction: (id: string, actionId: string, body: ActionStatusRequest) =>
      http.post<ActionItem>(`/assessments/${seg(id)}/actions/${seg(actionId)}/status`, body),
    addActionNote: (id: string, actionId: string, body: ActionNoteRequest) =>
      http.post<ActionItem>(`/assessments/${seg(id)}/actions/${seg(actionId)}/notes`, body),
    uploadActionEvidence: (id: string, actionId: string, file: File, onProgress: (fraction: number) => void) =>
      http.upload<EvidenceRecord>(
        withQuery(`/assessments/${seg(id)}/actions/${seg(actionId)}/evidence`, {
          fileName: file.name,
        } satisfies ActionEvidenceUploadQueryString),
        file,
        onProgress,
      ),
    copyInActionEvidence: (id: string, actionId: string, url: string) =>
      http.post<EvidenceRecord>(`/assessments/${seg(id)}/actions/${seg(actionId)}/evidence/from-drive`, {
        url,
      } satisfies ActionEvidenceCopyInRequest),
    // The report of an agreed review (issue 14): read, regenerate, move on, download.
    report: (id: string) => http.get<ReportView>(`/assessments/${seg(id)}/report`),
    generateReport: (id: string) => http.post<ReportView>(`/assessments/${seg(id)}/report`, {}),
    moveReport: (id: string, body: ReportTransitionRequest) =>
      http.post<ReportView>(`/assessments/${seg(id)}/report/transitions`, body),
    reportFile: (id: string, format: ReportFormat) => http.download(`/assessments/${seg(id)}/report/files/${format}`),
    reportRatingsCsv: (id: string) => http.download(`/assessments/${seg(id)}/report/ratings.csv`),
    commentOnReport: (id: string, body: ReportCommentRequest) =>
      http.post<ReportComment>(`/assessments/${seg(id)}/report/comments`, body),
    decideReportComment: (id: string, commentId: string, body: ReportCommentDecisionRequest) =>
      http.post<ReportComment>(`/assessments/${seg(id)}/report/comments/${seg(commentId)}/decision`, body),
    // The recognition decision: the proposal, the panel's decision and certificate, the service's appeal.
    recognition: (id: string) => http.get<RecognitionView>(`/assessments/${seg(id)}/recognition`),
    recordRecognitionDecision: (id: string, body: RecognitionDecisionRequest) =>
      http.post<RecognitionView>(`/assessments/${seg(id)}/recognition/decision`, body),
    appealRecognition: (id: string, body: RecognitionAppealRequest) =>
      http.post<RecognitionView>(`/assessments/${seg(id)}/recognition/appeal`, body),
    recordAppealOutcome: (id: string, body: AppealOutcomeRequest) =>
      http.post<RecognitionView>(`/assessments/${seg(id)}/recognition/appeal/outcome`, body),
    recognitionCertificate: (id: string) => http.download(`/assessments/${seg(id)}/recognition/certificate`),
    /** A service's ratings across cycles, what changed and the actions completed between. */
    serviceImpact: (serviceId: string) => http.get<ServiceImpactView>(`/services/${seg(serviceId)}/impact`),
    /** The network's impact over a range of cycles (null before any cycle exists). */
    networkImpact: (range: ImpactRangeQueryString = {}) =>
      http.get<NetworkImpact | null>(withQuery('/impact', { ...range })),
    // How the person hears about their work (My work's setting, loaded after the list of work).
    notificationPreference: () => http.get<NotificationPreferenceView>('/me/notifications'),
    chooseNotificationChannels: (body: NotificationPreferenceRequest) =>
      http.put<NotificationPreferenceView>('/me/notifications', body),
    // A network starting from nothing: the starter framework, offered while the network has none.
    starterFramework: () => http.get<StarterFrameworkOffer>('/starter-framework'),
    startFromStarterFramework: () => http.post<FrameworkVersion>('/starter-framework', {}),
    // Questionnaires (issue 17): running one for a service, its results, and what people said per standard.
    questionnaires: (id: string) => http.get<QuestionnairesView>(`/assessments/${seg(id)}/questionnaires`),
    openQuestionnaireRun: (id: string, body: OpenRunRequest) =>
      http.post<OpenedRun>(`/assessments/${seg(id)}/questionnaire-runs`, body),
    closeQuestionnaireRun: (id: string, runId: string, version: number) =>
      http.post<RunSummary>(`/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/close`, { version }),
    newQuestionnaireLink: (id: string, runId: string, version: number) =>
      http.post<NewRunLink>(`/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/new-link`, { version }),
    enterPaperAnswer: (id: string, runId: string, body: PaperAnswerRequest) =>
      http.post<{ answers: number }>(`/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/paper-answers`, body),
    questionnaireResults: (id: string, runId: string) =>
      http.get<RunResults>(`/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/results`),
    questionnaireResultsFile: (id: string, runId: string) =>
      http.download(`/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/results/export`),
    hideQuestionnaireComment: (id: string, runId: string, commentId: string, body: HideCommentRequest) =>
      http.post<CommentView>(
        `/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/comments/${seg(commentId)}/hide`,
        body,
      ),
    questionnaireEvidence: (id: string) =>
      http.get<QuestionnaireEvidenceView>(`/assessments/${seg(id)}/questionnaire-evidence`),
    // Staff questionnaires (issue 17): the ones still to answer, one to read, and the anonymous answer.
    staffQuestionnairesToAnswer: () => http.get<StaffRunToAnswer[]>('/me/staff-questionnaires'),
    staffQuestionnaire: (runId: string) => http.get<StaffQuestionnaire>(`/staff-questionnaires/${seg(runId)}`),
    answerStaffQuestionnaire: (runId: string, body: StaffAnswerRequest) =>
      http.post<{ answered: true }>(`/staff-questionnaires/${seg(runId)}/answers`, body),
    // Starts the background job (202) and answers with its progress at once.
    sendQuestionnaireToChannel: (id: string, runId: string) =>
      http.post<ChannelSendProgress>(`/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/send-to-channel`, {}),
    questionnaireChannelSend: (id: string, runId: string) =>
      http.get<{ job: ChannelSendProgress | null }>(
        `/assessments/${seg(id)}/questionnaire-runs/${seg(runId)}/channel-send`,
      ),
  };
}

export type AfterReviewApi = ReturnType<typeof createAfterReviewApi>;
