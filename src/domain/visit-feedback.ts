import type { Theme } from './framework';
import type { Finding, FindingKind } from './review';
import type { FeedbackSection, FeedbackSummary, VisitNote } from './visit-day';

/**
 * The first draft of the preliminary feedback the team gives the service at the end of the visit day: the
 * findings recorded so far by kind, and the day's notes by theme. The lead reviewer edits it before sharing.
 */

export interface FeedbackFinding extends Pick<Finding, 'standardCode' | 'kind' | 'text' | 'recordedAt'> {
  readonly standardTitle: string;
}

export interface FeedbackNote extends Pick<VisitNote, 'themeCode' | 'text'> {
  readonly authorName: string;
}

const SECTION_OF: Readonly<Record<FindingKind, FeedbackSection>> = {
  good_practice: 'goodPractice',
  area_for_improvement: 'areasForImprovement',
  immediate_concern: 'immediateConcerns',
};

export const FEEDBACK_SECTION_TITLES: Readonly<Record<FeedbackSection, string>> = {
  goodPractice: 'Good practice',
  areasForImprovement: 'Areas for improvement',
  immediateConcerns: 'Immediate concerns',
  fromTheDay: 'What we heard on the day',
};

/** What a section says when nothing was recorded for it, so the service never reads an empty heading. */
export const FEEDBACK_EMPTY: Readonly<Record<FeedbackSection, string>> = {
  goodPractice: 'The team has not recorded good practice yet.',
  areasForImprovement: 'The team has not recorded areas for improvement yet.',
  immediateConcerns: 'The team has no immediate concerns.',
  fromTheDay: 'No notes were written on the day.',
};

function byCode(a: string, b: string): number {
  return a.localeCompare(b, 'en-GB', { numeric: true });
}

export function draftFeedbackSections(
  findings: readonly FeedbackFinding[],
  notes: readonly FeedbackNote[],
  themes: readonly Pick<Theme, 'code' | 'title'>[],
): Record<FeedbackSection, string> {
  const lines: Record<FeedbackSection, string[]> = {
    goodPractice: [],
    areasForImprovement: [],
    immediateConcerns: [],
    fromTheDay: [],
  };
  const ordered = [...findings].sort(
    (a, b) => byCode(a.standardCode, b.standardCode) || a.recordedAt.localeCompare(b.recordedAt),
  );
  for (const f of ordered) {
    const text = f.text.trim();
    if (text !== '') lines[SECTION_OF[f.kind]].push(`- ${f.standardCode} ${f.standardTitle}: ${text}`);
  }
  for (const theme of themes) {
    const said = notes.filter((n) => n.themeCode === theme.code && n.text.trim() !== '');
    if (said.length === 0) continue;
    lines.fromTheDay.push(`${theme.code}. ${theme.title}`);
    for (const n of said) lines.fromTheDay.push(`- ${n.text.trim().replace(/\s*\n\s*/g, ' ')} (${n.authorName})`);
  }
  const text = (section: FeedbackSection) =>
    lines[section].length > 0 ? lines[section].join('\n') : FEEDBACK_EMPTY[section];
  return {
    goodPractice: text('goodPractice'),
    areasForImprovement: text('areasForImprovement'),
    immediateConcerns: text('immediateConcerns'),
    fromTheDay: text('fromTheDay'),
  };
}

export function isShared(summary: FeedbackSummary | null): boolean {
  return summary !== null && summary.sharedAt !== null;
}
