import type { DateWindow } from './cycle';
import type { Person } from './network';
import type { IsoDate } from './ids';
import { reviewerRoleInSentence } from './labels';
import { type ConflictDeclaration, type ReviewerRole, type ReviewVisit } from './review';
import { longDate, trainingExpiresOn, trainingValidOn } from './reviewer-training';

/**
 * How many other review teams of the same cycle a person may already be on before one more is too many (our
 * choice: reviewing takes days of a clinician's time, and the network spreads it).
 */
export const MAX_OTHER_REVIEWS_PER_CYCLE = 3;

/** A proposed member with what the rules need to know about them. */
export interface TeamCandidate {
  readonly person: Pick<Person, 'id' | 'displayName' | 'organisationId' | 'profession'>;
  /** The role proposed on this team. */
  readonly role: ReviewerRole;
  /** The reviewer roles the person is trained for (the pool); empty when they are not in the pool. */
  readonly trainedAs: readonly ReviewerRole[];
  /** The day the person was last trained for each role, where recorded. */
  readonly trainedOn?: Readonly<Partial<Record<ReviewerRole, IsoDate>>>;
  /** How many other review teams of the same cycle the person is on already. */
  readonly otherReviewsThisCycle?: number;
}

/** What is reviewed: an organisation, or one of its services. */
export interface TeamSubject {
  readonly organisationId: string;
  readonly organisationName: string;
  readonly serviceId: string | null;
  readonly serviceName: string | null;
}

export const TEAM_RULES = [
  'own_organisation',
  'conflict_of_interest',
  'not_trained',
  'training_expired',
  'too_many_reviews',
  'duplicate_member',
  'no_lead_reviewer',
  'several_lead_reviewers',
  'no_mental_health_clinician',
  'no_physical_health_clinician',
  'no_expert_by_experience',
  'visit_outside_window',
] as const;
export type TeamRule = (typeof TEAM_RULES)[number];

/** One broken rule, in words an admin can act on; `personId` names the member at fault when there is one. */
export interface TeamViolation {
  readonly rule: TeamRule;
  readonly message: string;
  readonly personId: string | null;
}

export interface TeamProposal {
  readonly subject: TeamSubject;
  readonly members: readonly TeamCandidate[];
  /** Every conflict declared by the proposed members (others are ignored). */
  readonly conflicts: readonly ConflictDeclaration[];
  readonly visit: ReviewVisit;
  readonly reviewWindow: DateWindow;
}

/**
 * Which people may fill a team role: a trained lead reviewer may also sit as a peer reviewer (the training
 * covers it), but only a trained expert by experience brings lived experience to the team.
 */
const QUALIFIES: Readonly<Record<ReviewerRole, readonly ReviewerRole[]>> = {
  lead_reviewer: ['lead_reviewer'],
  peer_reviewer: ['peer_reviewer', 'lead_reviewer'],
  expert_by_experience: ['expert_by_experience'],
};

/** Whether training in `trainedAs` lets a person sit on a team as `role`. */
export function qualifiesAs(role: ReviewerRole, trainedAs: readonly ReviewerRole[]): boolean {
  return QUALIFIES[role].some((r) => trainedAs.includes(r));
}

/** Reviewers who rate as clinicians: the lead and the peer reviewers (not the experts by experience). */
function isClinicalRole(role: ReviewerRole): boolean {
  return role === 'lead_reviewer' || role === 'peer_reviewer';
}

/**
 * Checks a proposed team against every rule of the network and explains each problem. Returns all problems
 * at once (not the first), so an admin fixes the team in one go. An empty list means the team may review.
 */
export function teamViolations(proposal: TeamProposal): TeamViolation[] {
  return [
    ...memberViolations(proposal),
    ...compositionViolations(proposal.members),
    ...visitViolations(proposal.visit, proposal.reviewWindow),
  ];
}

function memberViolations(proposal: TeamProposal): TeamViolation[] {
  const { subject } = proposal;
  const out: TeamViolation[] = [];
  const seen = new Set<string>();
  for (const member of proposal.members) {
    const { person } = member;
    if (seen.has(person.id)) {
      out.push(violation('duplicate_member', `${person.displayName} is on the team twice: keep one place.`, person.id));
    }
    seen.add(person.id);
    if (person.organisationId === subject.organisationId) {
      out.push(
        violation(
          'own_organisation',
          `${person.displayName} works for ${subject.organisationName}, the organisation under review: nobody reviews their own organisation.`,
          person.id,
        ),
      );
    }
    const conflict = proposal.conflicts.find((c) => c.personId === person.id && conflictCovers(c, subject));
    if (conflict) {
      const withWhat = conflict.serviceId ? (subject.serviceName ?? 'this service') : subject.organisationName;
      out.push(
        violation(
          'conflict_of_interest',
          `${person.displayName} declared a conflict of interest with ${withWhat} ("${conflict.reason}"), so cannot review it.`,
          person.id,
        ),
      );
    }
    if (!qualifiesAs(member.role, member.trainedAs)) {
      const trained =
        member.trainedAs.length === 0
          ? 'is not in the pool of trained reviewers'
          : `is trained as ${member.trainedAs.map((r) => `a ${reviewerRoleInSentence(r)}`).join(' and ')} only`;
      out.push(
        violation(
          'not_trained',
          `${person.displayName} ${trained}, so cannot sit as ${article(reviewerRoleInSentence(member.role))}.`,
          person.id,
        ),
      );
    } else {
      const expired = trainingProblem(member, proposal.visit.date);
      if (expired) out.push(violation('training_expired', expired, person.id));
    }
    const others = member.otherReviewsThisCycle ?? 0;
    if (others >= MAX_OTHER_REVIEWS_PER_CYCLE) {
      out.push(
        violation(
          'too_many_reviews',
          `${person.displayName} is already on ${others} other review teams this cycle (at most ${MAX_OTHER_REVIEWS_PER_CYCLE}): choose someone else, or take them off another team first.`,
          person.id,
        ),
      );
    }
  }
  return out;
}

/**
 * Training counts for two years. Of the trainings that qualify the member for their role on the team, the latest
 * must still count on the visit date; the words say when it lapsed, or that no date is on record.
 */
function trainingProblem(member: TeamCandidate, visitDate: IsoDate): string | null {
  const dates = QUALIFIES[member.role]
    .filter((r) => member.trainedAs.includes(r))
    .map((r) => member.trainedOn?.[r])
    .filter((d): d is IsoDate => d !== undefined)
    .sort();
  const latest = dates.at(-1);
  const name = member.person.displayName;
  const asRole = article(reviewerRoleInSentence(member.role));
  if (latest === undefined) {
    return `${name} has no date of training on record as ${asRole}: record when they were trained (Network admin > People), or renew their training.`;
  }
  if (trainingValidOn(latest, visitDate)) return null;
  return `${name}'s training as ${asRole} expired on ${longDate(trainingExpiresOn(latest))}, before the visit on ${longDate(visitDate)}: it needs renewing before they can review.`;
}

/** A conflict with the organisation covers every service; one with a service covers that service only. */
function conflictCovers(conflict: ConflictDeclaration, subject: TeamSubject): boolean {
  if (conflict.organisationId !== subject.organisationId) return false;
  return conflict.serviceId === null || conflict.serviceId === subject.serviceId;
}

function compositionViolations(members: readonly TeamCandidate[]): TeamViolation[] {
  const out: TeamViolation[] = [];
  const leads = members.filter((m) => m.role === 'lead_reviewer');
  if (leads.length === 0) {
    out.push(violation('no_lead_reviewer', 'The team needs a lead reviewer: choose one trained lead reviewer.'));
  } else if (leads.length > 1) {
    out.push(
      violation(
        'several_lead_reviewers',
        `The team has ${leads.length} lead reviewers (${leads.map((m) => m.person.displayName).join(', ')}): keep one and make the others peer reviewers.`,
      ),
    );
  }
  const clinicians = members.filter((m) => isClinicalRole(m.role));
  if (!clinicians.some((m) => m.person.profession === 'mental_health')) {
    out.push(
      violation(
        'no_mental_health_clinician',
        'The team needs at least one clinician from mental health (a lead or peer reviewer whose profession is mental health).',
      ),
    );
  }
  if (!clinicians.some((m) => m.person.profession === 'physical_health')) {
    out.push(
      violation(
        'no_physical_health_clinician',
        'The team needs at least one clinician from physical health (a lead or peer reviewer whose profession is physical health).',
      ),
    );
  }
  if (!members.some((m) => m.role === 'expert_by_experience')) {
    out.push(
      violation(
        'no_expert_by_experience',
        'The team needs at least one expert by experience: a person with lived experience trained to review.',
      ),
    );
  }
  return out;
}

function visitViolations(visit: ReviewVisit, window: DateWindow): TeamViolation[] {
  if (visit.date >= window.start && visit.date <= window.end) return [];
  return [
    violation(
      'visit_outside_window',
      `The visit on ${visit.date} falls outside the peer review window (${window.start} to ${window.end}): choose a date inside it.`,
    ),
  ];
}

function violation(rule: TeamRule, message: string, personId: string | null = null): TeamViolation {
  return { rule, message, personId };
}

function article(noun: string): string {
  return /^[aeiou]/i.test(noun) ? `an ${noun}` : `a ${noun}`;
}
