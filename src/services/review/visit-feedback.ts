import { DomainError } from '../../domain/errors';
import {
  FEEDBACK_SECTION_MAX_CHARS,
  FEEDBACK_SECTIONS,
  type FeedbackSection,
  type FeedbackSummary,
  type VisitDay,
} from '../../domain/visit-day';
import { draftFeedbackSections } from '../../domain/visit-feedback';
import { authorize, type Principal } from '../access-policy';
import { putOne, type Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import { requireLead } from './review-context';
import { loadVisit, type LoadedVisit } from './visit-context';

export type FeedbackSections = Readonly<Record<FeedbackSection, string>>;

/** The feedback as the team last saved it, or a first draft from the findings and the day's notes. */
export async function feedbackDraftOf(ports: Ports, visit: LoadedVisit): Promise<FeedbackSections> {
  if (visit.day.feedback) return visit.day.feedback.sections;
  const assessmentId = visit.assessment.id;
  const [framework, findings, notes] = await Promise.all([
    loadFramework(ports, visit.assessment.frameworkVersionId),
    ports.store.query('finding', { assessmentId }),
    ports.store.query('visitNote', { assessmentId }),
  ]);
  const authors = await ports.store.getMany('person', [...new Set(notes.map((n) => n.personId))]);
  const nameOf = new Map(authors.map((p) => [p.id, p.displayName]));
  const titleOf = new Map(framework.standards.map((s) => [s.code, s.title]));
  return draftFeedbackSections(
    findings.map((f) => ({ ...f, standardTitle: titleOf.get(f.standardCode) ?? '' })),
    notes.map((n) => ({ themeCode: n.themeCode, text: n.text, authorName: nameOf.get(n.personId) ?? n.personId })),
    framework.themes,
  );
}

function checkSections(sections: FeedbackSections): void {
  for (const section of FEEDBACK_SECTIONS) {
    if (sections[section].length > FEEDBACK_SECTION_MAX_CHARS) {
      throw new DomainError(
        'feedback_too_long',
        `Each part of the feedback can hold up to ${FEEDBACK_SECTION_MAX_CHARS.toLocaleString('en-GB')} characters; shorten it.`,
        section,
      );
    }
  }
}

/**
 * Saves the lead reviewer's edit of the preliminary feedback; with `share`, it is also shared with the service
 * (the lead's confirmation). Feedback already shared stays shared, and the service sees the edit.
 */
export async function saveVisitFeedback(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: { sections: FeedbackSections; version: number; share: boolean },
): Promise<VisitDay> {
  const visit = await loadVisit(ports, principal, assessmentId);
  authorize(principal, 'review.agree', visit.resource);
  requireLead(visit, 'edit or share the preliminary feedback');
  checkSections(input.sections);
  const now = ports.clock.now().toISOString();
  const before = visit.day.feedback;
  const sharing = input.share && before?.sharedAt == null;
  const feedback: FeedbackSummary = {
    sections: Object.fromEntries(FEEDBACK_SECTIONS.map((s) => [s, input.sections[s].trim()])) as FeedbackSections,
    editedBy: principal.person.id,
    editedAt: now,
    sharedBy: sharing ? principal.person.id : (before?.sharedBy ?? null),
    sharedAt: sharing ? now : (before?.sharedAt ?? null),
  };
  return putOne(ports, principal, 'visitDay', { ...visit.day, feedback }, input.version);
}

export interface SharedFeedback {
  readonly sections: FeedbackSections;
  readonly sharedAt: string;
  readonly sharedBy: string;
}

/**
 * The preliminary feedback as the service reads it: only once the lead reviewer has shared it, and only for
 * people who may see the assessment (never the public, never the rest of the network).
 */
export async function getSharedFeedback(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
): Promise<{ feedback: SharedFeedback | null }> {
  const visit = await loadVisit(ports, principal, assessmentId);
  authorize(principal, 'assessment.read', visit.resource);
  const summary = visit.day.feedback;
  if (!summary || summary.sharedAt === null || summary.sharedBy === null) return { feedback: null };
  const lead = await ports.store.get('person', summary.sharedBy);
  return {
    feedback: {
      sections: summary.sections,
      sharedAt: summary.sharedAt,
      sharedBy: lead?.displayName ?? summary.sharedBy,
    },
  };
}
