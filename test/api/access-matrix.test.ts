import { TAB_PATHS } from '../../src/api/static-tab';
import { ACCESS_TABLE, type Action } from '../../src/services/access-table';
import { SCOPED_ACTIONS } from '../../src/services/access-policy';
import type { Role, Scope } from '../../src/domain/network';
import type { Change } from '../../src/services/ports';
import { cyclePhase } from '../../src/domain/cycle-phase';
import { startHarness, type Client, type Harness } from './harness';

/**
 * Walks every role against every route and checks the answer against ACCESS_TABLE, read here independently of
 * the policy code: a route that forgets to ask the policy, or asks for the wrong action, fails this test.
 */
const TARGET = { assessmentId: 'a-cur-svc-slam-coast', organisationId: 'org-slam', serviceId: 'svc-slam-coast' };
const ASSIGNED_STANDARD = '2.1';

interface Persona {
  readonly key: string;
  readonly role: Role;
  readonly scope: Scope;
  readonly organisationId: string;
}
const PERSONAS: readonly Persona[] = [
  { key: 'admin', role: 'network_admin', scope: { kind: 'network' }, organisationId: 'org-kch' },
  {
    key: 'org-lead',
    role: 'organisational_lead',
    scope: { kind: 'organisation', organisationId: 'org-slam' },
    organisationId: 'org-slam',
  },
  {
    key: 'other-org-lead',
    role: 'organisational_lead',
    scope: { kind: 'organisation', organisationId: 'org-gstt' },
    organisationId: 'org-gstt',
  },
  {
    key: 'service-lead',
    role: 'service_lead',
    scope: { kind: 'service', serviceId: TARGET.serviceId },
    organisationId: 'org-slam',
  },
  {
    key: 'other-service-lead',
    role: 'service_lead',
    scope: { kind: 'service', serviceId: 'svc-kch-cardio' },
    organisationId: 'org-kch',
  },
  {
    key: 'contributor',
    role: 'contributor',
    scope: { kind: 'service', serviceId: TARGET.serviceId },
    organisationId: 'org-slam',
  },
  {
    key: 'lead-reviewer',
    role: 'lead_reviewer',
    scope: { kind: 'review', assessmentId: TARGET.assessmentId },
    organisationId: 'org-kch',
  },
  {
    key: 'own-org-reviewer',
    role: 'lead_reviewer',
    scope: { kind: 'review', assessmentId: TARGET.assessmentId },
    organisationId: 'org-slam',
  },
  {
    key: 'peer-reviewer',
    role: 'peer_reviewer',
    scope: { kind: 'review', assessmentId: TARGET.assessmentId },
    organisationId: 'org-gstt',
  },
  {
    key: 'expert',
    role: 'expert_by_experience',
    scope: { kind: 'review', assessmentId: TARGET.assessmentId },
    organisationId: 'org-gstt',
  },
  {
    key: 'viewer',
    role: 'viewer',
    scope: { kind: 'organisation', organisationId: 'org-slam' },
    organisationId: 'org-slam',
  },
  // A trained reviewer in the pool (network scope) who is on no team: reaches no assessment.
  { key: 'pool-reviewer', role: 'lead_reviewer', scope: { kind: 'network' }, organisationId: 'org-kch' },
  // The recognition panel decides across the network, never on its own organisation.
  { key: 'panel', role: 'recognition_panel', scope: { kind: 'network' }, organisationId: 'org-kch' },
  { key: 'own-org-panel', role: 'recognition_panel', scope: { kind: 'network' }, organisationId: 'org-slam' },
];

interface Resource {
  organisationId?: string;
  serviceId?: string;
  assessmentId?: string;
  phase?: string;
  assigneeId?: string;
  assessmentState?: string;
}

function expected(p: Persona, personId: string, action: Action, resource: Resource): boolean {
  const networkWide = !resource.organisationId && !resource.serviceId && !resource.assessmentId;
  const scope = p.scope;
  const poolRole = ['lead_reviewer', 'peer_reviewer', 'expert_by_experience'].includes(p.role);
  const inScope =
    networkWide ||
    (scope.kind === 'network' && !poolRole) ||
    (scope.kind === 'organisation' && scope.organisationId === resource.organisationId) ||
    (scope.kind === 'service' && scope.serviceId === resource.serviceId) ||
    (scope.kind === 'review' && scope.assessmentId === resource.assessmentId);
  if (!inScope) return false;
  if (networkWide && SCOPED_ACTIONS.has(action) && scope.kind !== 'network') return false;
  return ACCESS_TABLE.some(
    (rule) =>
      rule.role === p.role &&
      rule.action === action &&
      (rule.phases === 'every_phase' || (rule.phases as readonly string[]).includes(resource.phase ?? '')) &&
      (rule.conditions ?? []).every((c) =>
        c === 'assigned_standard'
          ? resource.assigneeId === personId
          : c === 'returned_to_service'
            ? resource.assessmentState === 'returned'
            : Boolean(resource.organisationId) && resource.organisationId !== p.organisationId,
      ),
  );
}

/** Routes every signed-in person may call: what they get back is their own (their profile, their work). */
const ANY_SIGNED_IN = 'any signed-in person';

interface RouteCase {
  readonly name: string;
  /** The route as the server registers it (`METHOD path`): every registered route needs a row. */
  readonly route: string;
  readonly action: Action | typeof ANY_SIGNED_IN;
  readonly resource: 'network' | 'target' | 'organisation' | 'assigned' | 'unassigned';
  readonly call: (c: Client) => Promise<{ status: number }>;
}
const A = `/api/v1/assessments/${TARGET.assessmentId}`;
/** A staff questionnaire run of the target service (its questionnaire is not stored: allowed calls answer 404). */
const STAFF_RUN = 'matrix-staff-run';
const stale = { version: 999 };
const VISIT = { date: '2027-01-25', format: 'online' };
/** A cycle whose self-assessment ends before it starts: refused by the rules once the policy has allowed it. */
const BAD_CYCLE = {
  name: 'x',
  frameworkVersionId: 'fw-mind-body-v1',
  windows: {
    self_assessment: { start: '2027-01-02', end: '2027-01-01' },
    peer_review: { start: '2027-02-01', end: '2027-02-02' },
    reporting: { start: '2027-03-01', end: '2027-03-02' },
    action_planning: { start: '2027-04-01', end: '2027-04-02' },
  },
};
const ROUTES: readonly RouteCase[] = [
  {
    name: 'GET /frameworks',
    route: 'GET /api/v1/frameworks',
    action: 'framework.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/frameworks'),
  },
  {
    name: 'GET /frameworks/:id',
    route: 'GET /api/v1/frameworks/:id',
    action: 'framework.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/frameworks/fw-mind-body-v1'),
  },
  {
    name: 'GET /frameworks/:id/export',
    route: 'GET /api/v1/frameworks/:id/export',
    action: 'framework.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/frameworks/fw-mind-body-v1/export?format=csv'),
  },
  {
    name: 'POST /frameworks/import',
    route: 'POST /api/v1/frameworks/import',
    action: 'framework.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/frameworks/import', { format: 'json', content: '{}' }),
  },
  {
    name: 'GET /starter-framework',
    route: 'GET /api/v1/starter-framework',
    action: 'framework.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/starter-framework'),
  },
  {
    name: 'POST /starter-framework',
    route: 'POST /api/v1/starter-framework',
    action: 'framework.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/starter-framework', {}),
  },
  {
    name: 'POST /frameworks/:id/publish',
    route: 'POST /api/v1/frameworks/:id/publish',
    action: 'framework.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/frameworks/fw-mind-body-v1/publish', stale),
  },
  {
    name: 'GET /organisations',
    route: 'GET /api/v1/organisations',
    action: 'network.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/organisations'),
  },
  {
    name: 'PUT /organisations/:id',
    route: 'PUT /api/v1/organisations/:id',
    action: 'network.manage',
    resource: 'network',
    call: (c) => c.send('PUT', '/api/v1/organisations/org-slam', { name: 'x', shortName: 'x', ...stale }),
  },
  {
    name: 'GET /services',
    route: 'GET /api/v1/services',
    action: 'network.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/services'),
  },
  {
    name: 'PUT /services/:id',
    route: 'PUT /api/v1/services/:id',
    action: 'network.manage',
    resource: 'network',
    call: (c) => c.send('PUT', '/api/v1/services/svc-slam-coast', { organisationId: 'org-slam', name: 'x', ...stale }),
  },
  {
    name: 'GET /people',
    route: 'GET /api/v1/people',
    action: 'people.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/people'),
  },
  {
    name: 'PUT /people/:id',
    route: 'PUT /api/v1/people/:id',
    action: 'network.manage',
    resource: 'network',
    call: (c) =>
      c.send('PUT', '/api/v1/people/p-viewer', {
        displayName: 'x',
        email: 'x@y.nhs.example',
        organisationId: null,
        ...stale,
      }),
  },
  {
    name: 'GET /role-assignments',
    route: 'GET /api/v1/role-assignments',
    action: 'people.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/role-assignments'),
  },
  {
    name: 'DELETE /role-assignments/:id',
    route: 'DELETE /api/v1/role-assignments/:id',
    action: 'network.manage',
    resource: 'network',
    call: (c) => c.send('DELETE', '/api/v1/role-assignments/ra-p-viewer-0?version=999'),
  },
  {
    name: 'GET /cycles',
    route: 'GET /api/v1/cycles',
    action: 'cycle.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/cycles'),
  },
  {
    name: 'PUT /cycles/:id',
    route: 'PUT /api/v1/cycles/:id',
    action: 'cycle.manage',
    resource: 'network',
    call: (c) => c.send('PUT', '/api/v1/cycles/cycle-current', { ...BAD_CYCLE, ...stale }),
  },
  {
    name: 'POST /assessments',
    route: 'POST /api/v1/assessments',
    action: 'assessment.create',
    resource: 'target',
    call: (c) =>
      c.send('POST', '/api/v1/assessments', {
        cycleId: 'cycle-current',
        subject: { kind: 'service', serviceId: TARGET.serviceId },
      }),
  },
  {
    name: 'GET /assessments/:id',
    route: 'GET /api/v1/assessments/:id',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(A),
  },
  {
    name: 'GET /assessments/:id/responses/:code',
    route: 'GET /api/v1/assessments/:id/responses/:standardId',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/responses/1.1`),
  },
  {
    name: 'PUT response (assigned to contributor)',
    route: 'PUT /api/v1/assessments/:id/responses/:standardId',
    action: 'assessment.rate',
    resource: 'assigned',
    call: (c) => c.send('PUT', `${A}/responses/${ASSIGNED_STANDARD}`, { rating: 'met', ...stale }),
  },
  {
    name: 'PUT response (not assigned)',
    route: 'PUT /api/v1/assessments/:id/responses/:standardId',
    action: 'assessment.rate',
    resource: 'unassigned',
    call: (c) => c.send('PUT', `${A}/responses/1.1`, { rating: 'met', ...stale }),
  },
  {
    name: 'POST /assessments/:id/assignments',
    route: 'POST /api/v1/assessments/:id/assignments',
    action: 'assessment.assign',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/assignments`, { standardCodes: ['9.9'], assigneeId: null }),
  },
  {
    name: 'POST transitions submit',
    route: 'POST /api/v1/assessments/:id/transitions',
    action: 'assessment.submit',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/transitions`, { action: 'submit', ...stale }),
  },
  {
    name: 'POST transitions return',
    route: 'POST /api/v1/assessments/:id/transitions',
    action: 'assessment.review',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/transitions`, { action: 'return', ...stale }),
  },
  {
    name: 'POST transitions close',
    route: 'POST /api/v1/assessments/:id/transitions',
    action: 'assessment.close',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/transitions`, { action: 'close', ...stale }),
  },
  {
    name: 'GET /assessments/:id/scores',
    route: 'GET /api/v1/assessments/:id/scores',
    action: 'scores.read',
    resource: 'target',
    call: (c) => c.get(`${A}/scores`),
  },
  {
    name: 'GET /assessments/:id/history',
    route: 'GET /api/v1/assessments/:id/history',
    action: 'assessment.audit',
    resource: 'target',
    call: (c) => c.get(`${A}/history`),
  },
  {
    name: 'GET /assessments/:id/audit',
    route: 'GET /api/v1/assessments/:id/audit',
    action: 'assessment.audit',
    resource: 'target',
    call: (c) => c.get(`${A}/audit`),
  },
  {
    name: 'GET /organisations/:id/scores',
    route: 'GET /api/v1/organisations/:id/scores',
    action: 'scores.read',
    resource: 'organisation',
    call: (c) => c.get('/api/v1/organisations/org-slam/scores?cycleId=cycle-current'),
  },
  {
    name: 'GET /dashboard/service',
    route: 'GET /api/v1/dashboard/service',
    action: 'cycle.read',
    resource: 'network',
    call: (c) => c.get(`/api/v1/dashboard/service?cycleId=cycle-current&serviceId=${TARGET.serviceId}`),
  },
  {
    name: 'GET /network/scores',
    route: 'GET /api/v1/network/scores',
    action: 'benchmark.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/network/scores?cycleId=cycle-current'),
  },
  // Impact over time (issue 14): a service's own people; the network's with its benchmarks.
  {
    name: 'GET /services/:id/impact',
    route: 'GET /api/v1/services/:id/impact',
    action: 'impact.read',
    resource: 'target',
    call: (c) => c.get(`/api/v1/services/${TARGET.serviceId}/impact`),
  },
  {
    name: 'GET /impact',
    route: 'GET /api/v1/impact',
    action: 'benchmark.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/impact'),
  },
  // Peer review, reports, action plans and the library (issue 7). Bodies are valid so that refusals are 403s.
  {
    name: 'GET review-team',
    route: 'GET /api/v1/assessments/:id/review-team',
    action: 'review.read',
    resource: 'target',
    call: (c) => c.get(`${A}/review-team`),
  },
  {
    name: 'PUT review-team',
    route: 'PUT /api/v1/assessments/:id/review-team',
    action: 'review.manage',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/review-team`, { members: [], visit: VISIT, ...stale }),
  },
  {
    name: 'POST review-team/check',
    route: 'POST /api/v1/assessments/:id/review-team/check',
    action: 'review.manage',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review-team/check`, { members: [], visit: VISIT }),
  },
  {
    name: 'GET review-team/candidates',
    route: 'GET /api/v1/assessments/:id/review-team/candidates',
    action: 'review.manage',
    resource: 'target',
    call: (c) => c.get(`${A}/review-team/candidates`),
  },
  {
    name: 'GET /conflicts',
    route: 'GET /api/v1/conflicts',
    action: 'review.manage',
    resource: 'network',
    call: (c) => c.get('/api/v1/conflicts'),
  },
  {
    name: 'POST /conflicts',
    route: 'POST /api/v1/conflicts',
    action: 'conflict.declare',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/conflicts', { organisationId: 'org-slam', reason: '' }),
  },
  {
    name: 'DELETE /conflicts/:id',
    route: 'DELETE /api/v1/conflicts/:id',
    action: 'conflict.declare',
    resource: 'network',
    call: (c) => c.send('DELETE', '/api/v1/conflicts/no-such-conflict?version=999'),
  },
  {
    name: 'GET /review-teams',
    route: 'GET /api/v1/review-teams',
    action: 'review.manage',
    resource: 'network',
    call: (c) => c.get('/api/v1/review-teams'),
  },
  {
    name: 'GET /me/reviewing',
    route: 'GET /api/v1/me/reviewing',
    action: 'conflict.declare',
    resource: 'network',
    call: (c) => c.get('/api/v1/me/reviewing'),
  },
  {
    name: 'GET review',
    route: 'GET /api/v1/assessments/:id/review',
    action: 'review.read',
    resource: 'target',
    call: (c) => c.get(`${A}/review`),
  },
  {
    name: 'PUT review rating',
    route: 'PUT /api/v1/assessments/:id/review/ratings/:standardId',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/review/ratings/1.1`, { rating: 'met', ...stale }),
  },
  {
    name: 'PUT agreed rating',
    route: 'PUT /api/v1/assessments/:id/review/agreed/:standardId',
    action: 'review.agree',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/review/agreed/1.1`, { rating: 'met', rationale: 'x', ...stale }),
  },
  {
    name: 'POST finding',
    route: 'POST /api/v1/assessments/:id/review/findings',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review/findings`, { standardCode: '1.1', kind: 'good_practice', text: 'x' }),
  },
  {
    name: 'PUT finding',
    route: 'PUT /api/v1/assessments/:id/review/findings/:findingId',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/review/findings/no-such-finding`, { kind: 'good_practice', text: 'x', ...stale }),
  },
  {
    name: 'DELETE finding',
    route: 'DELETE /api/v1/assessments/:id/review/findings/:findingId',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.send('DELETE', `${A}/review/findings/no-such-finding?version=999`),
  },
  {
    name: 'POST review/start',
    route: 'POST /api/v1/assessments/:id/review/start',
    action: 'assessment.review',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review/start`, stale),
  },
  {
    name: 'POST review/return',
    route: 'POST /api/v1/assessments/:id/review/return',
    action: 'assessment.review',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review/return`, { message: 'x', ...stale }),
  },
  {
    name: 'POST review/agree',
    route: 'POST /api/v1/assessments/:id/review/agree',
    action: 'assessment.review',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review/agree`, stale),
  },
  {
    name: 'GET information-requests',
    route: 'GET /api/v1/assessments/:id/information-requests',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/information-requests`),
  },
  {
    name: 'GET information',
    route: 'GET /api/v1/assessments/:id/information',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/information`),
  },
  {
    name: 'PUT information-requests/:itemId/answer',
    route: 'PUT /api/v1/assessments/:id/information-requests/:itemId/answer',
    action: 'information.answer',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/information-requests/1-1/answer`, { text: 'x' }),
  },
  {
    name: 'POST information-requests/hand-back',
    route: 'POST /api/v1/assessments/:id/information-requests/hand-back',
    action: 'information.answer',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/information-requests/hand-back`, stale),
  },
  {
    name: 'GET report',
    route: 'GET /api/v1/assessments/:id/report',
    action: 'report.read',
    resource: 'target',
    call: (c) => c.get(`${A}/report`),
  },
  {
    name: 'POST report',
    route: 'POST /api/v1/assessments/:id/report',
    action: 'report.manage',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/report`),
  },
  {
    name: 'POST report/transitions',
    route: 'POST /api/v1/assessments/:id/report/transitions',
    action: 'report.manage',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/report/transitions`, { action: 'send_for_check', ...stale }),
  },
  {
    name: 'POST report/comments',
    route: 'POST /api/v1/assessments/:id/report/comments',
    action: 'report.check',
    resource: 'target',
    call: (c) =>
      c.send('POST', `${A}/report/comments`, {
        section: 'Summary',
        passage: 'A passage.',
        whatIsWrong: 'It is wrong.',
        shouldSay: 'It should say this.',
      }),
  },
  {
    name: 'POST report/comments/decision',
    route: 'POST /api/v1/assessments/:id/report/comments/:commentId/decision',
    action: 'report.manage',
    resource: 'target',
    call: (c) =>
      c.send('POST', `${A}/report/comments/rc-1/decision`, { decision: 'accepted', reason: 'Seen.', ...stale }),
  },
  {
    name: 'GET report file',
    route: 'GET /api/v1/assessments/:id/report/files/:format',
    action: 'report.read',
    resource: 'target',
    call: (c) => c.get(`${A}/report/files/docx`),
  },
  {
    name: 'GET report ratings.csv',
    route: 'GET /api/v1/assessments/:id/report/ratings.csv',
    action: 'report.read',
    resource: 'target',
    call: (c) => c.get(`${A}/report/ratings.csv`),
  },
  {
    name: 'GET /network/report',
    route: 'GET /api/v1/network/report',
    action: 'benchmark.read_named',
    resource: 'network',
    call: (c) => c.get('/api/v1/network/report?cycleId=cycle-current'),
  },
  {
    name: 'GET /network/report/files/xlsx',
    route: 'GET /api/v1/network/report/files/:format',
    action: 'benchmark.read_named',
    resource: 'network',
    call: (c) => c.get('/api/v1/network/report/files/xlsx?cycleId=cycle-current'),
  },
  {
    name: 'GET actions',
    route: 'GET /api/v1/assessments/:id/actions',
    action: 'action.read',
    resource: 'target',
    call: (c) => c.get(`${A}/actions`),
  },
  {
    name: 'POST action',
    route: 'POST /api/v1/assessments/:id/actions',
    action: 'action.manage',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/actions`, { title: 'x' }),
  },
  {
    name: 'PUT action',
    route: 'PUT /api/v1/assessments/:id/actions/:actionId',
    action: 'action.manage',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/actions/no-such-action`, { title: 'x', ...stale }),
  },
  {
    name: 'POST action status (verify)',
    route: 'POST /api/v1/assessments/:id/actions/:actionId/status',
    action: 'action.verify',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/actions/no-such-action/status`, { status: 'verified', ...stale }),
  },
  {
    name: 'POST action notes',
    route: 'POST /api/v1/assessments/:id/actions/:actionId/notes',
    action: 'action.manage',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/actions/no-such-action/notes`, { text: 'x', ...stale }),
  },
  {
    name: 'GET /library',
    route: 'GET /api/v1/library',
    action: 'library.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/library'),
  },
  {
    name: 'GET /library/:id',
    route: 'GET /api/v1/library/:id',
    action: 'library.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/library/no-such-entry'),
  },
  {
    name: 'GET /library/:id/attachments/:evidenceId',
    route: 'GET /api/v1/library/:id/attachments/:evidenceId',
    action: 'library.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/library/no-such-entry/attachments/ev-1'),
  },
  {
    name: 'GET assessment library',
    route: 'GET /api/v1/assessments/:id/library',
    action: 'library.propose',
    resource: 'target',
    call: (c) => c.get(`${A}/library`),
  },
  {
    name: 'POST assessment library',
    route: 'POST /api/v1/assessments/:id/library',
    action: 'library.propose',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/library`, { findingId: 'f-1', note: 'x' }),
  },
  {
    name: 'POST /library/:id/agree',
    route: 'POST /api/v1/library/:id/agree',
    action: 'library.publish',
    resource: 'network',
    call: (c) =>
      c.send('POST', '/api/v1/library/no-such-entry/agree', {
        version: 999,
        title: 'x',
        whatTheyDo: 'x',
        contact: { name: 'x', email: 'x@y.nhs.example' },
        serviceType: 'other',
      }),
  },
  {
    name: 'POST /library/:id/decline',
    route: 'POST /api/v1/library/:id/decline',
    action: 'library.publish',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/library/no-such-entry/decline', { version: 999, reason: 'x' }),
  },
  {
    name: 'POST /library/:id/withdraw',
    route: 'POST /api/v1/library/:id/withdraw',
    action: 'library.publish',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/library/no-such-entry/withdraw', { version: 999, reason: 'x' }),
  },
  // Who am I, my work, the assessments I may see, and the people to assign standards to.
  {
    name: 'GET /me',
    route: 'GET /api/v1/me',
    action: ANY_SIGNED_IN,
    resource: 'network',
    call: (c) => c.get('/api/v1/me'),
  },
  {
    name: 'GET /me/work',
    route: 'GET /api/v1/me/work',
    action: ANY_SIGNED_IN,
    resource: 'network',
    call: (c) => c.get('/api/v1/me/work'),
  },
  {
    name: 'GET /me/notifications',
    route: 'GET /api/v1/me/notifications',
    action: ANY_SIGNED_IN,
    resource: 'network',
    call: (c) => c.get('/api/v1/me/notifications'),
  },
  {
    name: 'PUT /me/notifications',
    route: 'PUT /api/v1/me/notifications',
    action: ANY_SIGNED_IN,
    resource: 'network',
    call: (c) => c.send('PUT', '/api/v1/me/notifications', { notifyBy: 'both' }),
  },
  {
    name: 'GET /assessments',
    route: 'GET /api/v1/assessments',
    action: ANY_SIGNED_IN,
    resource: 'network',
    call: (c) => c.get('/api/v1/assessments'),
  },
  {
    name: 'GET /assessments/:id/people',
    route: 'GET /api/v1/assessments/:id/people',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/people`),
  },
  // Creating organisations, services, people, roles and cycles. A stale version (or a bad window, or a person who
  // does not exist) makes an allowed call fail after the policy has said yes, so nothing is created.
  {
    name: 'POST /organisations',
    route: 'POST /api/v1/organisations',
    action: 'network.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/organisations', { name: 'x', shortName: 'x', ...stale }),
  },
  {
    name: 'POST /services',
    route: 'POST /api/v1/services',
    action: 'network.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/services', { organisationId: 'org-slam', name: 'x', ...stale }),
  },
  {
    name: 'POST /people',
    route: 'POST /api/v1/people',
    action: 'network.manage',
    resource: 'network',
    call: (c) =>
      c.send('POST', '/api/v1/people', { displayName: 'x', email: 'x@y.nhs.example', organisationId: null, ...stale }),
  },
  {
    name: 'POST /guests',
    route: 'POST /api/v1/guests',
    action: 'network.manage',
    resource: 'network',
    // An address that already belongs to someone: refused (409) once the policy has allowed it, so nothing is sent.
    call: (c) => c.send('POST', '/api/v1/guests', { displayName: 'x', email: 'amara.okafor@kch.nhs.example' }),
  },
  {
    name: 'POST /people/:id/invitation',
    route: 'POST /api/v1/people/:id/invitation',
    action: 'network.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/people/p-viewer/invitation', stale),
  },
  {
    name: 'GET /claims',
    route: 'GET /api/v1/claims',
    action: 'claim.record',
    resource: 'network',
    call: (c) => c.get('/api/v1/claims'),
  },
  {
    name: 'POST /claims',
    route: 'POST /api/v1/claims',
    action: 'claim.record',
    resource: 'network',
    // A claim with nothing in it: refused by the rules (422) once the policy has allowed it.
    call: (c) =>
      c.send('POST', '/api/v1/claims', { assessmentId: null, date: '2026-01-01', hours: 0, activity: 'training' }),
  },
  {
    name: 'POST /claims/:id/status',
    route: 'POST /api/v1/claims/:id/status',
    action: 'claim.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/claims/no-such-claim/status', { to: 'approved', ...stale }),
  },
  {
    name: 'GET /claims/export',
    route: 'GET /api/v1/claims/export',
    action: 'claim.manage',
    resource: 'network',
    call: (c) => c.get('/api/v1/claims/export'),
  },
  {
    name: 'POST /role-assignments',
    route: 'POST /api/v1/role-assignments',
    action: 'network.manage',
    resource: 'network',
    call: (c) =>
      c.send('POST', '/api/v1/role-assignments', {
        personId: 'no-such-person',
        role: 'viewer',
        scope: { kind: 'network' },
      }),
  },
  {
    name: 'POST /cycles',
    route: 'POST /api/v1/cycles',
    action: 'cycle.manage',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/cycles', { ...BAD_CYCLE, ...stale }),
  },
  {
    name: 'GET /cycles/:id',
    route: 'GET /api/v1/cycles/:id',
    action: 'cycle.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/cycles/cycle-current'),
  },
  // Evidence: reading goes with the assessment; adding, linking and renaming with uploading (self-assessment only).
  {
    name: 'GET evidence',
    route: 'GET /api/v1/assessments/:id/evidence',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/evidence`),
  },
  {
    name: 'GET evidence content',
    route: 'GET /api/v1/assessments/:id/evidence/:evidenceId/content',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/evidence/no-such-evidence/content`),
  },
  {
    name: 'POST evidence (a type the network does not keep)',
    route: 'POST /api/v1/assessments/:id/evidence',
    action: 'evidence.upload',
    resource: 'target',
    call: (c) => c.sendRaw('POST', `${A}/evidence?fileName=tool.exe`, 'MZ', 'application/x-msdownload'),
  },
  {
    name: 'POST evidence/from-drive',
    route: 'POST /api/v1/assessments/:id/evidence/from-drive',
    action: 'evidence.upload',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/evidence/from-drive`, { driveId: 'drive-1', itemId: 'item-1' }),
  },
  {
    name: 'POST evidence links',
    route: 'POST /api/v1/assessments/:id/evidence/:evidenceId/links',
    action: 'evidence.upload',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/evidence/no-such-evidence/links`, { standardCodes: ['1.1'] }),
  },
  {
    name: 'PUT evidence (rename)',
    route: 'PUT /api/v1/assessments/:id/evidence/:evidenceId',
    action: 'evidence.upload',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/evidence/no-such-evidence`, { fileName: 'x.pdf', ...stale }),
  },
  {
    name: 'POST /jobs/reminders',
    route: 'POST /api/v1/jobs/reminders',
    action: 'jobs.run',
    resource: 'network',
    call: (c) => c.send('POST', '/api/v1/jobs/reminders'),
  },
  // The visit day (issue 13). Notes are the team's, the feedback the lead reviewer's; the service reads what is shared.
  {
    name: 'GET review/visit',
    route: 'GET /api/v1/assessments/:id/review/visit',
    action: 'review.read',
    resource: 'target',
    call: (c) => c.get(`${A}/review/visit`),
  },
  {
    name: 'GET review/visit/agenda/docx',
    route: 'GET /api/v1/assessments/:id/review/visit/agenda/docx',
    action: 'review.read',
    resource: 'target',
    call: (c) => c.get(`${A}/review/visit/agenda/docx`),
  },
  {
    name: 'POST review/visit/meeting',
    route: 'POST /api/v1/assessments/:id/review/visit/meeting',
    action: 'visit.schedule',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review/visit/meeting`, {}),
  },
  {
    name: 'PUT review/visit/meeting/link',
    route: 'PUT /api/v1/assessments/:id/review/visit/meeting/link',
    action: 'visit.schedule',
    resource: 'target',
    call: (c) =>
      c.send('PUT', `${A}/review/visit/meeting/link`, {
        joinUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0',
        ...stale,
      }),
  },
  {
    name: 'PUT review/visit/notes',
    route: 'PUT /api/v1/assessments/:id/review/visit/notes/:themeCode',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.send('PUT', `${A}/review/visit/notes/1`, { text: 'x', ...stale }),
  },
  {
    name: 'PUT review/visit/feedback',
    route: 'PUT /api/v1/assessments/:id/review/visit/feedback',
    action: 'review.agree',
    resource: 'target',
    call: (c) =>
      c.send('PUT', `${A}/review/visit/feedback`, {
        sections: { goodPractice: 'x', areasForImprovement: 'x', immediateConcerns: 'x', fromTheDay: 'x' },
        ...stale,
      }),
  },
  {
    name: 'GET visit-feedback',
    route: 'GET /api/v1/assessments/:id/visit-feedback',
    action: 'assessment.read',
    resource: 'target',
    call: (c) => c.get(`${A}/visit-feedback`),
  },
  // The review team's own files (issue 13): added by the team, read with the review.
  {
    name: 'POST review evidence (a type the network does not keep)',
    route: 'POST /api/v1/assessments/:id/review/evidence',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.sendRaw('POST', `${A}/review/evidence?fileName=tool.exe`, 'MZ', 'application/x-msdownload'),
  },
  {
    name: 'POST review evidence/from-drive',
    route: 'POST /api/v1/assessments/:id/review/evidence/from-drive',
    action: 'review.rate',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/review/evidence/from-drive`, { driveId: 'drive-1', itemId: 'item-1' }),
  },
  {
    name: 'GET review evidence content',
    route: 'GET /api/v1/assessments/:id/review/evidence/:evidenceId/content',
    action: 'review.read',
    resource: 'target',
    call: (c) => c.get(`${A}/review/evidence/no-such-evidence/content`),
  },
  {
    name: 'POST action evidence',
    route: 'POST /api/v1/assessments/:id/actions/:actionId/evidence',
    action: 'action.manage',
    resource: 'target',
    call: (c) => c.sendRaw('POST', `${A}/actions/no-such-action/evidence?fileName=done.txt`, 'Done', 'text/plain'),
  },
  {
    name: 'POST action evidence/from-drive',
    route: 'POST /api/v1/assessments/:id/actions/:actionId/evidence/from-drive',
    action: 'action.manage',
    resource: 'target',
    call: (c) =>
      c.send('POST', `${A}/actions/no-such-action/evidence/from-drive`, { driveId: 'drive-1', itemId: 'item-1' }),
  },
  // The recognition decision (issue 14). Bodies are valid so that refusals are 403s.
  {
    name: 'GET recognition',
    route: 'GET /api/v1/assessments/:id/recognition',
    action: 'recognition.read',
    resource: 'target',
    call: (c) => c.get(`${A}/recognition`),
  },
  {
    name: 'POST recognition decision',
    route: 'POST /api/v1/assessments/:id/recognition/decision',
    action: 'recognition.decide',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/recognition/decision`, { outcome: 'not_recognised', reasons: 'x', ...stale }),
  },
  {
    name: 'POST recognition appeal',
    route: 'POST /api/v1/assessments/:id/recognition/appeal',
    action: 'recognition.appeal',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/recognition/appeal`, { grounds: 'x', ...stale }),
  },
  {
    name: 'POST recognition appeal outcome',
    route: 'POST /api/v1/assessments/:id/recognition/appeal/outcome',
    action: 'recognition.decide',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/recognition/appeal/outcome`, { result: 'dismissed', reasons: 'x', ...stale }),
  },
  {
    name: 'GET recognition certificate',
    route: 'GET /api/v1/assessments/:id/recognition/certificate',
    action: 'recognition.read',
    resource: 'target',
    call: (c) => c.get(`${A}/recognition/certificate`),
  },
  // Questionnaires (issue 17). Runs named here do not exist: an allowed caller gets 404, a refused one 403.
  {
    name: 'GET /questionnaires',
    route: 'GET /api/v1/questionnaires',
    action: 'framework.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/questionnaires'),
  },
  {
    name: 'POST /questionnaires/import',
    route: 'POST /api/v1/questionnaires/import',
    action: 'framework.manage',
    resource: 'network',
    call: (c) =>
      c.send('POST', '/api/v1/questionnaires/import', {
        format: 'json',
        content: '{}',
        frameworkId: 'fw-mind-body-v1',
      }),
  },
  {
    name: 'GET /questionnaires/:id/export',
    route: 'GET /api/v1/questionnaires/:id/export',
    action: 'framework.read',
    resource: 'network',
    call: (c) => c.get('/api/v1/questionnaires/no-such-questionnaire/export?format=csv'),
  },
  {
    name: 'GET questionnaire runs',
    route: 'GET /api/v1/assessments/:id/questionnaire-runs',
    action: 'questionnaire.results',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaire-runs`),
  },
  {
    name: 'POST questionnaire run',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) =>
      c.send('POST', `${A}/questionnaire-runs`, {
        questionnaireId: 'no-such-questionnaire',
        closesAt: '2030-01-01T00:00:00Z',
      }),
  },
  {
    name: 'POST questionnaire run close',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs/:runId/close',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/questionnaire-runs/no-such-run/close`, stale),
  },
  {
    name: 'POST questionnaire run new link',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs/:runId/new-link',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/questionnaire-runs/no-such-run/new-link`, stale),
  },
  {
    name: 'POST questionnaire paper answer',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs/:runId/paper-answers',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/questionnaire-runs/no-such-run/paper-answers`, { choices: {} }),
  },
  {
    name: 'GET questionnaire results',
    route: 'GET /api/v1/assessments/:id/questionnaire-runs/:runId/results',
    action: 'questionnaire.results',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaire-runs/no-such-run/results`),
  },
  {
    name: 'GET questionnaire results export',
    route: 'GET /api/v1/assessments/:id/questionnaire-runs/:runId/results/export',
    action: 'questionnaire.results',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaire-runs/no-such-run/results/export`),
  },
  {
    name: 'POST questionnaire comment hide',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs/:runId/comments/:commentId/hide',
    action: 'questionnaire.comments',
    resource: 'target',
    call: (c) =>
      c.send('POST', `${A}/questionnaire-runs/no-such-run/comments/c-1/hide`, { reason: 'names someone', ...stale }),
  },
  {
    name: 'GET questionnaire comments page',
    route: 'GET /api/v1/assessments/:id/questionnaire-runs/:runId/comments',
    action: 'questionnaire.comments',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaire-runs/no-such-run/comments?after=qc-1`),
  },
  {
    name: 'GET my staff questionnaires',
    route: 'GET /api/v1/me/staff-questionnaires',
    action: ANY_SIGNED_IN,
    resource: 'network',
    call: (c) => c.get('/api/v1/me/staff-questionnaires'),
  },
  {
    name: 'GET staff questionnaire',
    route: 'GET /api/v1/staff-questionnaires/:runId',
    action: 'questionnaire.answer',
    resource: 'target',
    call: (c) => c.get(`/api/v1/staff-questionnaires/${STAFF_RUN}`),
  },
  {
    name: 'POST staff questionnaire answer',
    route: 'POST /api/v1/staff-questionnaires/:runId/answers',
    action: 'questionnaire.answer',
    resource: 'target',
    call: (c) => c.send('POST', `/api/v1/staff-questionnaires/${STAFF_RUN}/answers`, { choices: {} }),
  },
  {
    name: 'POST questionnaire send to staff',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs/:runId/send-to-staff',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/questionnaire-runs/no-such-run/send-to-staff`),
  },
  {
    name: 'POST questionnaire send to channel members',
    route: 'POST /api/v1/assessments/:id/questionnaire-runs/:runId/send-to-channel',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) => c.send('POST', `${A}/questionnaire-runs/no-such-run/send-to-channel`),
  },
  {
    name: 'GET progress of a questionnaire sent to channel members',
    route: 'GET /api/v1/assessments/:id/questionnaire-runs/:runId/channel-send',
    action: 'questionnaire.run',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaire-runs/no-such-run/channel-send`),
  },
  {
    name: 'GET questionnaires page',
    route: 'GET /api/v1/assessments/:id/questionnaires',
    action: 'questionnaire.results',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaires`),
  },
  {
    name: 'GET questionnaire evidence',
    route: 'GET /api/v1/assessments/:id/questionnaire-evidence',
    action: 'questionnaire.results',
    resource: 'target',
    call: (c) => c.get(`${A}/questionnaire-evidence`),
  },
];

/** Routes outside the role table, each for a reason. Every other route the server registers needs a row above. */
const NOT_IN_THE_TABLE: ReadonlyMap<string, string> = new Map([
  ['GET /healthz', "the platform's liveness probe, with no data"],
  ['GET /readyz', "the platform's readiness probe, with no data"],
  ['GET /dev/jwks', "the local issuer's public keys, in local mode only"],
  ['GET /api/v1/dev/people', '"sign in as", in local mode only'],
  ['POST /api/v1/dev/sign-in', '"sign in as", in local mode only'],
  ['GET /api/v1/public/services/:id/summary', 'the summary a service chose to publish, open to anyone'],
  [
    'POST /api/v1/public/questionnaires/:token/answers',
    "a public answer, reached only with the run's unguessable token",
  ],
  ['GET /q/:token', "the public questionnaire page, reached only with the run's unguessable token"],
  ['POST /q/:token', "a public answer from the page's form, reached only with the run's unguessable token"],
  ['GET /q/page.css', "the public questionnaire page's stylesheet, with no data"],
  ['GET /api/v1/public/questionnaires/:token/qr.svg', "the run's short link as a QR code, with its token"],
  ['GET /api/v1/public/questionnaires/:token/qr.png', "the run's short link as a QR code, with its token"],
  ['POST /api/messages', 'the bot, authenticated by the Bot Framework instead'],
  ['GET /api/v1/openapi.json', 'the description of the API, with no data'],
  ...TAB_PATHS.map((path): [string, string] => [`GET ${path}`, "the tab's static files"]),
]);

/** Every route the server registers, as `METHOD path` (restify keeps them in its router). */
function registeredRoutes(h: Harness): string[] {
  return Object.values(h.app.server.router.getRoutes()).map((r) => `${r.method.toUpperCase()} ${String(r.path)}`);
}

describe('the access matrix', () => {
  it('has a row for every route the server registers, and none for a route it does not', async () => {
    const h = await startHarness({ seed: false });
    try {
      const registered = registeredRoutes(h);
      const rows = new Set(ROUTES.map((r) => r.route));
      const withoutRow = registered.filter((r) => !rows.has(r) && !NOT_IN_THE_TABLE.has(r));
      expect(withoutRow).toEqual([]);
      const stale = [...rows, ...NOT_IN_THE_TABLE.keys()].filter((r) => !registered.includes(r));
      expect(stale).toEqual([]);
    } finally {
      await h.close();
    }
  });
});

async function addPersonas(h: Harness): Promise<Map<string, { client: Client; personId: string }>> {
  const changes: Change[] = [];
  for (const p of PERSONAS) {
    const id = `matrix-${p.key}`;
    changes.push({
      op: 'put',
      kind: 'person',
      expectedVersion: 0,
      value: {
        id,
        version: 0,
        displayName: `Matrix ${p.key}`,
        email: `${id}@matrix.nhs.example`,
        organisationId: p.organisationId,
        jobTitle: '',
        profession: 'other',
        tenantId: '00000000-0000-4000-8000-000000000001',
        objectId: `00000000-0000-4000-8000-${String(changes.length).padStart(12, '0')}`,
      },
    });
    changes.push({
      op: 'put',
      kind: 'roleAssignment',
      expectedVersion: 0,
      value: { id: `ra-${id}`, version: 0, personId: id, role: p.role, scope: p.scope },
    });
  }
  const response = await h.app.ports.store.get('response', `${TARGET.assessmentId}:${ASSIGNED_STANDARD}`);
  if (!response) throw new Error('demo response missing');
  changes.push({
    op: 'put',
    kind: 'response',
    expectedVersion: response.version,
    value: { ...response, assigneeId: 'matrix-contributor' },
  });
  changes.push({
    op: 'put',
    kind: 'questionnaireRun',
    expectedVersion: 0,
    value: {
      id: STAFF_RUN,
      version: 0,
      questionnaireId: 'matrix-staff-questionnaire',
      audience: 'staff',
      serviceId: TARGET.serviceId,
      organisationId: TARGET.organisationId,
      cycleId: 'cycle-current',
      frameworkId: 'fw-mind-body-v1',
      tokenHash: 'matrix-staff-run-token-hash',
      openedBy: 'test',
      openedAt: '2026-11-01T10:00:00.000Z',
      closesAt: '2027-12-31T17:00:00.000Z',
      minimumAnswers: 5,
    },
  });
  await h.app.ports.store.commit({ actorId: 'test', at: new Date().toISOString() }, changes);
  const clients = new Map<string, { client: Client; personId: string }>();
  for (const p of PERSONAS)
    clients.set(p.key, { client: await h.signIn(`matrix-${p.key}@matrix.nhs.example`), personId: `matrix-${p.key}` });
  return clients;
}

describe.each([
  ['self-assessment window', '2026-11-26T10:00:00Z'],
  ['peer review window', '2027-01-25T10:00:00Z'],
])('every role against every route during the %s', (_phaseName, isoNow) => {
  let h: Harness;
  let clients: Map<string, { client: Client; personId: string }>;
  let phase: string;
  beforeAll(async () => {
    h = await startHarness();
    h.now.value = new Date(isoNow);
    clients = await addPersonas(h);
    const cycle = await h.app.ports.store.get('cycle', 'cycle-current');
    phase = cycle ? cyclePhase(cycle, isoNow.slice(0, 10)) : 'none';
  });
  afterAll(() => h.close());

  it('is in the phase it claims', () => {
    expect(phase).toBe(_phaseName.startsWith('self') ? 'self_assessment' : 'peer_review');
  });

  it.each(PERSONAS.map((p) => [p.key, p] as const))(
    '%s gets exactly what the access table grants',
    async (_key, persona) => {
      const entry = clients.get(persona.key);
      if (!entry) throw new Error('missing client');
      const mismatches: string[] = [];
      for (const route of ROUTES) {
        const resource: Resource =
          route.resource === 'network'
            ? {}
            : route.resource === 'organisation'
              ? { organisationId: TARGET.organisationId }
              : {
                  ...TARGET,
                  phase,
                  ...(route.resource === 'assigned' ? { assigneeId: 'matrix-contributor' } : {}),
                };
        const allowed = route.action === ANY_SIGNED_IN || expected(persona, entry.personId, route.action, resource);
        const res = await route.call(entry.client);
        // A server error is neither a grant nor a refusal: it is a defect, whatever the table says.
        if (res.status >= 500) mismatches.push(`${route.name}: API failed with ${res.status}`);
        else if (allowed === (res.status === 403))
          mismatches.push(`${route.name}: table ${allowed ? 'grants' : 'refuses'}, API answered ${res.status}`);
      }
      const list = await entry.client.get<{ assessment: { id: string } }[]>('/api/v1/assessments');
      const listed = list.body.some((a) => a.assessment.id === TARGET.assessmentId);
      if (listed !== expected(persona, entry.personId, 'assessment.read', { ...TARGET, phase })) {
        mismatches.push(`GET /assessments: target ${listed ? 'listed' : 'not listed'} against the table`);
      }
      expect(mismatches).toEqual([]);
    },
  );
});
