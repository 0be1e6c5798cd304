import { deadlineMilestone, dueWorkFor } from '../../../src/services/reminders/due-work';
import { addDays, daysBetween, isoWeek, nextMonday, periodKey } from '../../../src/services/reminders/period';
import { loadSnapshot } from '../../../src/services/reminders/snapshot';
import { demoNetwork } from './harness';

describe('periods', () => {
  it.each([
    ['2026-11-26', '2026-W48'],
    ['2026-12-28', '2026-W53'],
    ['2027-01-03', '2026-W53'],
    ['2027-01-04', '2027-W01'],
    ['2024-12-30', '2025-W01'],
    ['2021-01-03', '2020-W53'],
  ])('%s is in ISO week %s', (date, week) => {
    expect(isoWeek(date)).toBe(week);
  });

  it('keys daily and weekly periods', () => {
    expect(periodKey('daily', '2026-11-26')).toBe('2026-11-26');
    expect(periodKey('weekly', '2026-11-26')).toBe('2026-W48');
  });

  it('counts days and finds next Monday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(daysBetween('2026-11-26', '2027-01-10')).toBe(45);
    expect(daysBetween('2027-01-10', '2026-11-26')).toBe(-45);
    expect(nextMonday('2026-11-26')).toBe('2026-11-30'); // a Thursday
    expect(nextMonday('2026-11-30')).toBe('2026-12-07'); // a Monday: the one after
  });
});

describe('deadline milestones', () => {
  const m = [14, 7, 2];
  it.each([
    [20, null],
    [15, null],
    [14, 14],
    [10, 14],
    [8, 14],
    [7, 7],
    [3, 7],
    [2, 2],
    [0, 2],
    [-1, null],
  ])('%d days left -> %s', (days, expected) => {
    expect(deadlineMilestone(days, m)).toBe(expected);
  });
});

describe('what each demo person is due', () => {
  it('gives contributors their assigned unrated standards and leads the unassigned ones', async () => {
    const { ports, store } = await demoNetwork();
    const snapshot = await loadSnapshot(ports, '2026-11-26');

    const jamal = dueWorkFor('p-contrib-coast-1', snapshot);
    expect(jamal.work).toHaveLength(1);
    expect(jamal.work[0]?.role).toBe('contributor');
    expect(jamal.work[0]?.toRate.map((s) => s.standardCode)).toEqual(['4.3', '4.4', '4.5', '4.8']);
    expect(jamal.work[0]?.toRate.every((s) => s.assignedToMe)).toBe(true);
    expect(jamal.work[0]?.daysLeft).toBe(45);

    // Sophie's theme (2) is fully rated in the demo: nothing to remind her of.
    expect(dueWorkFor('p-contrib-coast-2', snapshot).work).toHaveLength(0);

    const ella = dueWorkFor('p-sl-coast', snapshot);
    expect(ella.work[0]?.role).toBe('lead');
    const leadCodes = ella.work[0]?.toRate.map((s) => s.standardCode) ?? [];
    expect(leadCodes).not.toContain('4.3'); // assigned to Jamal
    expect(leadCodes.length).toBe(12 - 4);
    expect(ella.work[0]?.themes.map((t) => t.themeCode)).toEqual(['1', '2', '3', '4', '5']);

    // Reviewers have nothing during self-assessment; viewers and admins are never reminded to rate.
    for (const id of ['p-lead-reviewer', 'p-viewer', 'p-admin']) {
      const due = dueWorkFor(id, snapshot);
      expect(due.work.length + due.reviews.length).toBe(0);
    }
    // The rheumatology assessment is fully rated and submitted: its lead has nothing to do.
    expect(dueWorkFor('p-sl-rheum', snapshot).work).toHaveLength(0);
    // Organisational leads rate their organisation's own assessment.
    expect(dueWorkFor('p-lead-slam', snapshot).work[0]?.subjectName).toMatch(/Maudsley/);
    await store.close();
  });

  it('reminds reviewers during the peer review window only', async () => {
    const { ports, store } = await demoNetwork();
    const inReview = await loadSnapshot(ports, addDays('2026-11-26', 50));
    const due = dueWorkFor('p-expert', inReview);
    expect(due.reviews).toEqual([
      expect.objectContaining({
        assessmentId: 'a-cur-svc-gstt-rheum',
        role: 'expert_by_experience',
        state: 'submitted',
      }),
    ]);
    expect(dueWorkFor('p-contrib-coast-1', inReview).work).toHaveLength(0);
    await store.close();
  });
});
