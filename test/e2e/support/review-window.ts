import { callApi } from './api';

/** The demo's submitted assessment with a complete review team (GSTT rheumatology). */
export const REVIEWED_ASSESSMENT = 'a-cur-svc-gstt-rheum';

/** The demo's people in a peer review, by the names the "sign in as" picker shows. */
export const REVIEW_PEOPLE = {
  admin: { name: 'Amara Okafor', email: 'amara.okafor@kch.nhs.example' },
  lead: { name: 'Dr Catherine Lowe', email: 'catherine.lowe@kch.nhs.example' },
  peer: { name: 'Kwame Asante', email: 'kwame.asante@slam.nhs.example' },
  expert: { name: 'Maria Santos', email: 'maria.santos@slam.nhs.example' },
  serviceLead: { name: 'Grace Chen', email: 'grace.chen@gstt.nhs.example' },
} as const;

interface StoredCycle {
  readonly id: string;
  readonly name: string;
  readonly frameworkVersionId: string;
  readonly version: number;
}

function day(offset: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + offset))
    .toISOString()
    .slice(0, 10);
}

/**
 * The demo seeds the current cycle in its self-assessment window; reviewers reach a review only in the peer review
 * window. The network admin moves the windows (as they may) so that today falls in peer review, with room for the
 * demo team's visit, which the seed puts two weeks into the window it was seeded with.
 */
export async function openPeerReviewWindowToday(
  baseUrl: string,
  adminToken: string,
  assessmentId = REVIEWED_ASSESSMENT,
): Promise<void> {
  const detail = await callApi<{ assessment: { cycleId: string } }>(
    baseUrl,
    adminToken,
    'GET',
    `/assessments/${assessmentId}`,
  );
  const cycles = await callApi<StoredCycle[]>(baseUrl, adminToken, 'GET', '/cycles');
  const cycle = cycles.find((c) => c.id === detail.assessment.cycleId);
  if (!cycle) throw new Error(`No cycle ${detail.assessment.cycleId} for ${assessmentId}`);
  await callApi(baseUrl, adminToken, 'PUT', `/cycles/${cycle.id}`, {
    name: cycle.name,
    frameworkVersionId: cycle.frameworkVersionId,
    windows: {
      self_assessment: { start: day(-60), end: day(-10) },
      peer_review: { start: day(-9), end: day(100) },
      reporting: { start: day(101), end: day(130) },
      action_planning: { start: day(131), end: day(335) },
    },
    version: cycle.version,
  });
}
