import { applicableStandards, type SubjectKind } from './applicability';
import type { Rating, StandardResponse } from './assessment';
import type { FrameworkDraft } from './framework-draft';
import type { ReviewerRating, ReviewerRole } from './review';

/**
 * The visit day's agenda, built from the self-assessment and the team's ratings so far: what to talk about
 * (where the service and the reviewers see a standard most differently, where the evidence is thin) and whom
 * to meet. CCQI visits are planned this way; building it from the record saves the lead reviewer an evening.
 */

export interface AgendaPerson {
  readonly personId: string;
  readonly name: string;
  readonly email: string;
}

export interface AgendaTeamMember extends AgendaPerson {
  readonly role: ReviewerRole;
}

export interface AgendaTheme {
  readonly code: string;
  readonly title: string;
  /** Standards of the theme this assessment rates. */
  readonly standardCount: number;
}

export interface RatingDifference {
  readonly standardCode: string;
  readonly title: string;
  readonly themeCode: string;
  readonly self: Rating;
  /** The team's ratings of the standard (not applicable left out), in the order they were given. */
  readonly reviewers: readonly Rating[];
  /** The largest distance on met / partly met / not met between the service and any reviewer: 1 or 2. */
  readonly gap: number;
}

export interface ServiceConcern {
  readonly standardCode: string;
  readonly title: string;
  readonly themeCode: string;
  readonly self: Extract<Rating, 'not_met' | 'partly_met'>;
}

/**
 * What to discuss first. Once reviewers have rated, the standards where the views differ; before that, the
 * standards the service itself rated not met or partly met (the agenda says which of the two it shows).
 */
export type AgendaFocus =
  | { readonly basis: 'rating_differences'; readonly items: readonly RatingDifference[] }
  | { readonly basis: 'service_concerns'; readonly items: readonly ServiceConcern[] };

export const EVIDENCE_GAP_PROBLEMS = ['no_evidence', 'weak_na_reason'] as const;
export type EvidenceGapProblem = (typeof EVIDENCE_GAP_PROBLEMS)[number];

export interface EvidenceGap {
  readonly standardCode: string;
  readonly title: string;
  readonly themeCode: string;
  readonly rating: Rating;
  readonly problem: EvidenceGapProblem;
}

export interface ThemeContributors {
  readonly themeCode: string;
  readonly title: string;
  readonly people: readonly AgendaPerson[];
}

export interface PeopleToMeet {
  readonly serviceLeads: readonly AgendaPerson[];
  readonly contributorsByTheme: readonly ThemeContributors[];
  readonly team: readonly AgendaTeamMember[];
}

export interface VisitAgenda {
  readonly themes: readonly AgendaTheme[];
  readonly focus: AgendaFocus;
  readonly evidenceGaps: readonly EvidenceGap[];
  readonly people: PeopleToMeet;
}

export interface AgendaInput {
  readonly framework: FrameworkDraft;
  readonly subjectKind: SubjectKind;
  readonly responses: readonly Pick<
    StandardResponse,
    'standardCode' | 'rating' | 'naReason' | 'evidenceIds' | 'assigneeId'
  >[];
  readonly reviewerRatings: readonly Pick<ReviewerRating, 'standardCode' | 'rating'>[];
  /** The service's (or, for an organisation assessment, the organisation's) leads. */
  readonly serviceLeads: readonly AgendaPerson[];
  readonly team: readonly AgendaTeamMember[];
  /** Everyone the agenda may name, by id (contributors are found through the standards assigned to them). */
  readonly people: ReadonlyMap<string, AgendaPerson>;
}

/** How many words an N/A reason needs before the agenda stops asking about it: a reason, not a word or two. */
export const STRONG_NA_REASON_WORDS = 6;

/** Met, partly met and not met on one scale; N/A is not on it. */
const ORDINAL: Readonly<Record<Exclude<Rating, 'not_applicable'>, number>> = { not_met: 0, partly_met: 1, met: 2 };

function ordinalOf(rating: Rating | null): number | null {
  return rating === null || rating === 'not_applicable' ? null : ORDINAL[rating];
}

export function isStrongNaReason(reason: string): boolean {
  return reason.trim().split(/\s+/).filter(Boolean).length >= STRONG_NA_REASON_WORDS;
}

export function buildVisitAgenda(input: AgendaInput): VisitAgenda {
  const standards = applicableStandards(input.framework, input.subjectKind);
  const responseBy = new Map(input.responses.map((r) => [r.standardCode, r]));
  const themes = input.framework.themes
    .map((t) => ({
      code: t.code,
      title: t.title,
      standardCount: standards.filter((s) => s.themeCode === t.code).length,
    }))
    .filter((t) => t.standardCount > 0);

  const peersHaveRated = input.reviewerRatings.some((r) => ordinalOf(r.rating) !== null);
  const focus: AgendaFocus = peersHaveRated
    ? { basis: 'rating_differences', items: ratingDifferences(standards, responseBy, input.reviewerRatings) }
    : { basis: 'service_concerns', items: serviceConcerns(standards, responseBy) };

  const evidenceGaps: EvidenceGap[] = [];
  for (const s of standards) {
    const response = responseBy.get(s.code);
    if (!response || response.rating === null) continue;
    const base = { standardCode: s.code, title: s.title, themeCode: s.themeCode, rating: response.rating };
    if (response.rating === 'not_applicable') {
      if (!isStrongNaReason(response.naReason)) evidenceGaps.push({ ...base, problem: 'weak_na_reason' });
    } else if (response.evidenceIds.length === 0) {
      evidenceGaps.push({ ...base, problem: 'no_evidence' });
    }
  }

  const contributorsByTheme = themes
    .map((t): ThemeContributors => {
      const ids = new Set(
        standards
          .filter((s) => s.themeCode === t.code)
          .map((s) => responseBy.get(s.code)?.assigneeId ?? null)
          .filter((id): id is string => id !== null),
      );
      const people = [...ids]
        .map((id) => input.people.get(id))
        .filter((p): p is AgendaPerson => p !== undefined)
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
      return { themeCode: t.code, title: t.title, people };
    })
    .filter((t) => t.people.length > 0);

  return {
    themes,
    focus,
    evidenceGaps,
    people: { serviceLeads: input.serviceLeads, contributorsByTheme, team: input.team },
  };
}

type StandardOf = ReturnType<typeof applicableStandards>[number];

function ratingDifferences(
  standards: readonly StandardOf[],
  responseBy: ReadonlyMap<string, AgendaInput['responses'][number]>,
  ratings: AgendaInput['reviewerRatings'],
): RatingDifference[] {
  const items: RatingDifference[] = [];
  for (const s of standards) {
    const self = responseBy.get(s.code)?.rating ?? null;
    const selfOrdinal = ordinalOf(self);
    if (self === null || selfOrdinal === null) continue;
    const reviewers = ratings
      .filter((r) => r.standardCode === s.code && ordinalOf(r.rating) !== null)
      .map((r) => r.rating);
    const gap = Math.max(0, ...reviewers.map((r) => Math.abs((ordinalOf(r) ?? selfOrdinal) - selfOrdinal)));
    if (gap > 0) items.push({ standardCode: s.code, title: s.title, themeCode: s.themeCode, self, reviewers, gap });
  }
  // Largest gap first; equal gaps keep framework order (the sort is stable).
  return items.sort((a, b) => b.gap - a.gap);
}

function serviceConcerns(
  standards: readonly StandardOf[],
  responseBy: ReadonlyMap<string, AgendaInput['responses'][number]>,
): ServiceConcern[] {
  const items: ServiceConcern[] = [];
  for (const s of standards) {
    const self = responseBy.get(s.code)?.rating ?? null;
    if (self === 'not_met' || self === 'partly_met') {
      items.push({ standardCode: s.code, title: s.title, themeCode: s.themeCode, self });
    }
  }
  // Not met before partly met, each in framework order.
  return items.sort((a, b) => ORDINAL[a.self] - ORDINAL[b.self]);
}
