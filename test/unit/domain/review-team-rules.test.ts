import type { Profession } from '../../../src/domain/network';
import type { ConflictDeclaration, ReviewerRole } from '../../../src/domain/review';
import {
  MAX_OTHER_REVIEWS_PER_CYCLE,
  qualifiesAs,
  teamViolations,
  TEAM_RULES,
  type TeamCandidate,
  type TeamProposal,
} from '../../../src/domain/review-team-rules';

/** Well inside two years of the visits below. */
const RECENTLY = '2026-06-01';

function member(
  id: string,
  organisationId: string,
  profession: Profession,
  role: ReviewerRole,
  trainedAs: ReviewerRole[] = [role],
): TeamCandidate {
  const trainedOn = Object.fromEntries(trainedAs.map((r) => [r, RECENTLY]));
  return { person: { id, displayName: `Person ${id}`, organisationId, profession }, role, trainedAs, trainedOn };
}

const LEAD = member('lead', 'org-kch', 'physical_health', 'lead_reviewer');
const PEER = member('peer', 'org-slam', 'mental_health', 'peer_reviewer');
const EXPERT = member('expert', 'org-slam', 'lived_experience', 'expert_by_experience');

/** A team that keeps every rule: each test below breaks exactly one. */
function proposal(overrides: Partial<TeamProposal> = {}): TeamProposal {
  return {
    subject: {
      organisationId: 'org-gstt',
      organisationName: "Guy's and St Thomas'",
      serviceId: 'svc-rheum',
      serviceName: 'Rheumatology service',
    },
    members: [LEAD, PEER, EXPERT],
    conflicts: [],
    visit: { date: '2027-01-25', format: 'in_person' },
    reviewWindow: { start: '2027-01-11', end: '2027-03-06' },
    ...overrides,
  };
}

function conflict(personId: string, organisationId: string, serviceId: string | null): ConflictDeclaration {
  return {
    id: `c-${personId}`,
    version: 1,
    personId,
    organisationId,
    serviceId,
    reason: 'Worked there until 2025',
    declaredBy: personId,
    declaredAt: '2026-12-01T10:00:00.000Z',
  };
}

function rulesBroken(p: TeamProposal): string[] {
  return teamViolations(p).map((v) => v.rule);
}

describe('review team rules', () => {
  it('accept a team with a lead, mental and physical health clinicians and an expert by experience', () => {
    expect(teamViolations(proposal())).toEqual([]);
  });

  it('refuse a reviewer from the organisation under review, naming them', () => {
    const p = proposal({ members: [LEAD, member('peer', 'org-gstt', 'mental_health', 'peer_reviewer'), EXPERT] });
    expect(teamViolations(p)).toEqual([
      {
        rule: 'own_organisation',
        personId: 'peer',
        message:
          "Person peer works for Guy's and St Thomas', the organisation under review: nobody reviews their own organisation.",
      },
    ]);
  });

  it('refuse a reviewer who declared a conflict with the organisation', () => {
    const [v, ...rest] = teamViolations(proposal({ conflicts: [conflict('peer', 'org-gstt', null)] }));
    expect(rest).toEqual([]);
    expect(v).toMatchObject({ rule: 'conflict_of_interest', personId: 'peer' });
    expect(v?.message).toBe(
      `Person peer declared a conflict of interest with Guy's and St Thomas' ("Worked there until 2025"), so cannot review it.`,
    );
  });

  it('refuse a conflict with the service under review, but not one with another service of the organisation', () => {
    expect(rulesBroken(proposal({ conflicts: [conflict('peer', 'org-gstt', 'svc-rheum')] }))).toEqual([
      'conflict_of_interest',
    ]);
    expect(rulesBroken(proposal({ conflicts: [conflict('peer', 'org-gstt', 'svc-renal')] }))).toEqual([]);
    expect(rulesBroken(proposal({ conflicts: [conflict('peer', 'org-kch', null)] }))).toEqual([]);
  });

  it('refuse someone outside the pool of trained reviewers', () => {
    const p = proposal({ members: [LEAD, member('peer', 'org-slam', 'mental_health', 'peer_reviewer', []), EXPERT] });
    expect(teamViolations(p)).toEqual([
      {
        rule: 'not_trained',
        personId: 'peer',
        message: 'Person peer is not in the pool of trained reviewers, so cannot sit as a peer reviewer.',
      },
    ]);
  });

  it('refuse a peer reviewer as lead, but let a trained lead sit as a peer reviewer', () => {
    const peerAsLead = member('lead', 'org-kch', 'physical_health', 'lead_reviewer', ['peer_reviewer']);
    expect(teamViolations(proposal({ members: [peerAsLead, PEER, EXPERT] }))).toEqual([
      {
        rule: 'not_trained',
        personId: 'lead',
        message: 'Person lead is trained as a peer reviewer only, so cannot sit as a lead reviewer.',
      },
    ]);
    const leadAsPeer = member('peer', 'org-slam', 'mental_health', 'peer_reviewer', ['lead_reviewer']);
    expect(rulesBroken(proposal({ members: [LEAD, leadAsPeer, EXPERT] }))).toEqual([]);
  });

  it('refuse the same person twice', () => {
    expect(rulesBroken(proposal({ members: [LEAD, PEER, PEER, EXPERT] }))).toEqual(['duplicate_member']);
  });

  it('require a lead reviewer', () => {
    const leadAsPeer = member('lead', 'org-kch', 'physical_health', 'peer_reviewer', ['lead_reviewer']);
    expect(rulesBroken(proposal({ members: [leadAsPeer, PEER, EXPERT] }))).toEqual(['no_lead_reviewer']);
  });

  it('allow one lead reviewer only', () => {
    const second = member('lead-2', 'org-kch', 'physical_health', 'lead_reviewer');
    const violations = teamViolations(proposal({ members: [LEAD, second, PEER, EXPERT] }));
    expect(violations.map((v) => v.rule)).toEqual(['several_lead_reviewers']);
    expect(violations[0]?.message).toMatch(/2 lead reviewers \(Person lead, Person lead-2\)/);
  });

  it('require a clinician from mental health', () => {
    const physicalPeer = member('peer', 'org-slam', 'physical_health', 'peer_reviewer');
    expect(rulesBroken(proposal({ members: [LEAD, physicalPeer, EXPERT] }))).toEqual(['no_mental_health_clinician']);
  });

  it('require a clinician from physical health', () => {
    const mentalLead = member('lead', 'org-kch', 'mental_health', 'lead_reviewer');
    expect(rulesBroken(proposal({ members: [mentalLead, PEER, EXPERT] }))).toEqual(['no_physical_health_clinician']);
  });

  it('do not count an expert by experience as a clinician', () => {
    const physicalPeer = member('peer', 'org-slam', 'physical_health', 'peer_reviewer');
    const mentalExpert = member('expert', 'org-slam', 'mental_health', 'expert_by_experience');
    expect(rulesBroken(proposal({ members: [LEAD, physicalPeer, mentalExpert] }))).toEqual([
      'no_mental_health_clinician',
    ]);
  });

  it('require an expert by experience', () => {
    expect(rulesBroken(proposal({ members: [LEAD, PEER] }))).toEqual(['no_expert_by_experience']);
  });

  it('require the visit inside the peer review window (both ends included)', () => {
    expect(rulesBroken(proposal({ visit: { date: '2027-01-11', format: 'online' } }))).toEqual([]);
    expect(rulesBroken(proposal({ visit: { date: '2027-03-06', format: 'online' } }))).toEqual([]);
    const late = teamViolations(proposal({ visit: { date: '2027-03-07', format: 'online' } }));
    expect(late).toEqual([
      {
        rule: 'visit_outside_window',
        personId: null,
        message:
          'The visit on 2027-03-07 falls outside the peer review window (2027-01-11 to 2027-03-06): choose a date inside it.',
      },
    ]);
  });

  it('list every broken rule at once, so the team is fixed in one go', () => {
    const rules = rulesBroken(proposal({ members: [], visit: { date: '2026-01-01', format: 'online' } }));
    expect(rules).toEqual([
      'no_lead_reviewer',
      'no_mental_health_clinician',
      'no_physical_health_clinician',
      'no_expert_by_experience',
      'visit_outside_window',
    ]);
    expect(TEAM_RULES).toHaveLength(12);
  });

  describe('training lasts two years', () => {
    const trainedOn = (date: string): TeamCandidate => ({ ...PEER, trainedOn: { peer_reviewer: date } });

    it('counts training up to the day before its second anniversary', () => {
      expect(rulesBroken(proposal({ members: [LEAD, trainedOn('2025-01-26'), EXPERT] }))).toEqual([]);
    });

    it('refuses a member whose training expired before the visit, saying when and that it needs renewing', () => {
      expect(teamViolations(proposal({ members: [LEAD, trainedOn('2025-01-25'), EXPERT] }))).toEqual([
        {
          rule: 'training_expired',
          personId: 'peer',
          message:
            "Person peer's training as a peer reviewer expired on 25 January 2027, before the visit on 25 January 2027: it needs renewing before they can review.",
        },
      ]);
    });

    it('refuses a member with no date of training on record', () => {
      const undated: TeamCandidate = { ...PEER, trainedOn: {} };
      const [v, ...rest] = teamViolations(proposal({ members: [LEAD, undated, EXPERT] }));
      expect(rest).toEqual([]);
      expect(v).toMatchObject({ rule: 'training_expired', personId: 'peer' });
      expect(v?.message).toMatch(/no date of training on record as a peer reviewer/);
    });

    it("counts a lead reviewer's training for a lead sitting as a peer reviewer", () => {
      const leadAsPeer: TeamCandidate = {
        ...member('peer', 'org-slam', 'mental_health', 'peer_reviewer', ['lead_reviewer', 'peer_reviewer']),
        trainedOn: { lead_reviewer: '2026-01-10', peer_reviewer: '2023-01-10' },
      };
      expect(rulesBroken(proposal({ members: [LEAD, leadAsPeer, EXPERT] }))).toEqual([]);
    });

    it('says only "not trained" for someone outside the pool, not that their training expired too', () => {
      const outsider = member('peer', 'org-slam', 'mental_health', 'peer_reviewer', []);
      expect(rulesBroken(proposal({ members: [LEAD, outsider, EXPERT] }))).toEqual(['not_trained']);
    });
  });

  it('says which team roles a training covers: a lead may sit as a peer reviewer, nobody else moves up', () => {
    expect(qualifiesAs('peer_reviewer', ['lead_reviewer'])).toBe(true);
    expect(qualifiesAs('lead_reviewer', ['peer_reviewer'])).toBe(false);
    expect(qualifiesAs('expert_by_experience', ['lead_reviewer', 'peer_reviewer'])).toBe(false);
  });

  describe('workload', () => {
    const onOtherTeams = (n: number): TeamCandidate => ({ ...PEER, otherReviewsThisCycle: n });

    it(`accepts a member on fewer than ${MAX_OTHER_REVIEWS_PER_CYCLE} other teams this cycle`, () => {
      expect(rulesBroken(proposal({ members: [LEAD, onOtherTeams(MAX_OTHER_REVIEWS_PER_CYCLE - 1), EXPERT] }))).toEqual(
        [],
      );
    });

    it(`refuses a member already on ${MAX_OTHER_REVIEWS_PER_CYCLE} other teams this cycle, in words`, () => {
      expect(teamViolations(proposal({ members: [LEAD, onOtherTeams(3), EXPERT] }))).toEqual([
        {
          rule: 'too_many_reviews',
          personId: 'peer',
          message:
            'Person peer is already on 3 other review teams this cycle (at most 3): choose someone else, or take them off another team first.',
        },
      ]);
    });
  });
});
