import { callApi, signInAs } from './api';
import { recordAgreedRatingsThroughApi } from './review-agreement-steps';
import { openPeerReviewWindowToday, REVIEW_PEOPLE, REVIEWED_ASSESSMENT } from './review-window';

/** The findings the review team records before agreeing, one of each kind, as the pages after the review use them. */
export const AGREED_REVIEW_FINDINGS = {
  goodPractice: { standardCode: '1.1', kind: 'good_practice', text: 'Nurses ask about mood at every clinic visit.' },
  immediateConcern: {
    standardCode: '1.2',
    kind: 'immediate_concern',
    text: 'Clinic letters do not give the crisis line to patients at risk.',
  },
  improvement: {
    standardCode: '1.3',
    kind: 'area_for_improvement',
    text: 'Offer a medicines review to everyone on clozapine.',
  },
} as const;

interface Versioned {
  readonly assessment: { readonly version: number };
}

/**
 * Brings the demo's reviewed assessment to an agreed review through the API, as the peer review walk does in the
 * browser: the review window opens today, the lead reviewer starts the review, a peer reviewer records one finding
 * of each kind, and the lead records an agreed rating for every standard and agrees. The report then exists as a
 * draft. The pages after the review start from here.
 */
export async function agreeTheReviewThroughApi(baseUrl: string, assessmentId = REVIEWED_ASSESSMENT): Promise<void> {
  const admin = await signInAs(baseUrl, REVIEW_PEOPLE.admin.email);
  const lead = await signInAs(baseUrl, REVIEW_PEOPLE.lead.email);
  const peer = await signInAs(baseUrl, REVIEW_PEOPLE.peer.email);
  await openPeerReviewWindowToday(baseUrl, admin, assessmentId);
  const version = async () =>
    (await callApi<Versioned>(baseUrl, lead, 'GET', `/assessments/${assessmentId}`)).assessment.version;
  await callApi(baseUrl, lead, 'POST', `/assessments/${assessmentId}/review/start`, { version: await version() });
  for (const finding of Object.values(AGREED_REVIEW_FINDINGS)) {
    await callApi(baseUrl, peer, 'POST', `/assessments/${assessmentId}/review/findings`, finding);
  }
  await recordAgreedRatingsThroughApi(baseUrl, lead, [], assessmentId);
  await callApi(baseUrl, lead, 'POST', `/assessments/${assessmentId}/review/agree`, { version: await version() });
}
