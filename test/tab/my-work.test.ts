import type { AssessmentSummary, Cycle } from '../../tab/src/api/types';
import { collectMyWork } from '../../tab/src/pages/my-work/collect-work';
import { detail, me, response } from './fixtures';

function cycle(id: string, selfEnd: string, reviewStart: string, reviewEnd: string): Cycle {
  return {
    id,
    version: 1,
    name: id,
    frameworkVersionId: 'fw-1',
    createdAt: '2026-01-01T00:00:00Z',
    windows: {
      self_assessment: { start: '2026-01-01', end: selfEnd },
      peer_review: { start: reviewStart, end: reviewEnd },
      reporting: { start: '2027-06-01', end: '2027-06-30' },
      action_planning: { start: '2027-07-01', end: '2027-12-31' },
    },
  };
}

function summary(
  id: string,
  serviceId: string,
  cycleId: string,
  state: AssessmentSummary['assessment']['state'],
): AssessmentSummary {
  const base = detail([], {}).assessment;
  return {
    assessment: { ...base, id, cycleId, state, subject: { kind: 'service', serviceId, organisationId: 'org-1' } },
    subjectName: serviceId,
    organisationName: 'SLaM',
    cycleName: cycleId,
    progress: { total: 10, rated: 4, percent: 40 },
  };
}

describe('My work', () => {
  const person = me([
    { id: 'r1', version: 1, personId: 'p-lead', role: 'service_lead', scope: { kind: 'service', serviceId: 'svc-a' } },
    { id: 'r2', version: 1, personId: 'p-lead', role: 'contributor', scope: { kind: 'service', serviceId: 'svc-b' } },
    {
      id: 'r3',
      version: 1,
      personId: 'p-lead',
      role: 'peer_reviewer',
      scope: { kind: 'review', assessmentId: 'a-review' },
    },
    {
      id: 'r4',
      version: 1,
      personId: 'p-lead',
      role: 'lead_reviewer',
      scope: { kind: 'review', assessmentId: 'a-hidden' },
    },
  ]);
  const cycles = [
    cycle('early', '2026-12-01', '2026-12-02', '2027-01-31'),
    cycle('late', '2027-03-01', '2027-03-02', '2027-04-30'),
  ];

  it('lists what is assigned and due across assessments, standards and reviews, soonest first', () => {
    const assessments = [
      summary('a-lead', 'svc-a', 'late', 'in_progress'),
      summary('a-contrib', 'svc-b', 'early', 'in_progress'),
      summary('a-review', 'svc-c', 'early', 'submitted'),
      summary('a-done', 'svc-a', 'early', 'submitted'),
    ];
    const details = new Map([
      [
        'a-contrib',
        detail([
          response('1.1', { assigneeId: 'p-lead' }),
          response('1.2', { assigneeId: 'p-lead', rating: 'met' }),
          response('2.1', { assigneeId: 'someone-else' }),
        ]),
      ],
    ]);
    const items = collectMyWork({ me: person, assessments, details, cycles, today: '2026-11-26' });
    expect(items.map((i) => [i.kind, i.dueDate])).toEqual([
      ['assigned_standards', '2026-12-01'],
      ['review_upcoming', '2027-01-31'],
      ['review', '2027-01-31'],
      ['self_assessment', '2027-03-01'],
    ]);
    expect(items[0]).toMatchObject({
      title: 'One standard to rate for svc-b',
      route: { page: 'assessment', assessmentId: 'a-contrib', standardCode: '1.1' },
      progress: { done: 1, total: 2 },
    });
    expect(items.find((i) => i.kind === 'review_upcoming')?.route).toBeNull();
  });

  it('has nothing for a submitted self-assessment', () => {
    const items = collectMyWork({
      me: person,
      assessments: [summary('a-1', 'svc-a', 'early', 'submitted')],
      details: new Map(),
      cycles,
      today: '2026-11-26',
    });
    expect(items.filter((i) => i.kind === 'self_assessment')).toEqual([]);
  });

  it('puts an overdue improvement action the person owns before later work, saying how late it is', () => {
    const items = collectMyWork({
      me: person,
      assessments: [summary('a-1', 'svc-a', 'early', 'in_progress')],
      details: new Map(),
      cycles,
      today: '2026-11-26',
      actions: [
        {
          actionId: 'act-1',
          title: 'Offer annual physical health checks',
          assessmentId: 'a-prev',
          subjectName: 'COAST',
          dueDate: '2026-11-20',
          daysLeft: -6,
          status: 'in_progress',
        },
      ],
    });
    const action = items.find((i) => i.kind === 'action');
    expect(action).toMatchObject({
      title: 'Overdue action: Offer annual physical health checks',
      route: { page: 'assessment', assessmentId: 'a-prev' },
    });
    expect(action?.detail).toContain('6 days late');
    expect(items[0]?.kind).toBe('action');
  });
});
