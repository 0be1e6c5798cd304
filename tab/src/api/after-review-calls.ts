import type { AfterReviewApi } from './after-review-endpoints';

/**
 * The names of the after-review calls, kept in the first chunk so `createApi` can offer them before their code is
 * fetched. The compiler checks the list against the calls both ways: a call missing here, or a name here with no
 * call, fails the tab's type check.
 */
export const AFTER_REVIEW_CALLS = [
  'library',
  'libraryEntry',
  'libraryAttachment',
  'goodPracticeFindings',
  'proposeForLibrary',
  'agreeToPublish',
  'declineToPublish',
  'withdrawFromLibrary',
  'actionPlan',
  'addAction',
  'moveAction',
  'addActionNote',
  'uploadActionEvidence',
  'copyInActionEvidence',
  'report',
  'generateReport',
  'moveReport',
  'reportFile',
  'reportRatingsCsv',
  'commentOnReport',
  'decideReportComment',
  'recognition',
  'recordRecognitionDecision',
  'appealRecognition',
  'recordAppealOutcome',
  'recognitionCertificate',
  'serviceImpact',
  'networkImpact',
  'notificationPreference',
  'chooseNotificationChannels',
  'starterFramework',
  'startFromStarterFramework',
  'questionnaires',
  'openQuestionnaireRun',
  'closeQuestionnaireRun',
  'newQuestionnaireLink',
  'enterPaperAnswer',
  'questionnaireResults',
  'questionnaireResultsFile',
  'hideQuestionnaireComment',
  'questionnaireEvidence',
  'staffQuestionnairesToAnswer',
  'staffQuestionnaire',
  'answerStaffQuestionnaire',
  'sendQuestionnaireToChannel',
  'questionnaireChannelSend',
] as const satisfies readonly (keyof AfterReviewApi)[];

/** Never, as long as every call is listed. */
export type UnlistedAfterReviewCall = Exclude<keyof AfterReviewApi, (typeof AFTER_REVIEW_CALLS)[number]>;
const everyCallListed: [UnlistedAfterReviewCall] extends [never] ? true : never = true;
void everyCallListed;
