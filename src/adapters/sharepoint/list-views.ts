import { OPEN_ACTION_STATUSES } from '../../domain/action-plan';
import type { EntityKind } from '../../services/ports';

/*
 * The views people find on the network's lists in SharePoint, declared once: `npm run provision` makes them (see
 * view-provisioner.ts), docs/sharepoint.md lists them (scripts/lib/sharepoint-columns-doc.ts), and
 * test/sharepoint/list-views.test.ts checks that every column named here is a column of its kind's list, so a view
 * of a column that was renamed or removed fails the tests rather than provisioning.
 */

/** A condition on one column; a view's filter holds when all its conditions do. */
export type ViewCondition =
  | { readonly column: string; readonly is: 'empty' }
  /** A date before the day the view is opened (SharePoint's [Today]). */
  | { readonly column: string; readonly is: 'before today' }
  | { readonly column: string; readonly is: 'on or before today' }
  | { readonly column: string; readonly is: 'on or after today' }
  /** A choice column holding one of these words. */
  | { readonly column: string; readonly is: 'one of'; readonly values: readonly string[] };

export interface ViewSort {
  readonly column: string;
  readonly descending?: boolean;
}

export interface ListViewSpec {
  /** The kind whose list the view belongs to. */
  readonly kind: EntityKind;
  /** The view's name in SharePoint's view menu. */
  readonly name: string;
  /** Names an earlier release made this view under: provisioning renames such a view rather than adding another. */
  readonly formerNames?: readonly string[];
  /** What it is for, in a sentence (docs/sharepoint.md and the admin's instructions). */
  readonly purpose: string;
  /** The columns shown, in order (internal names; `Title` is SharePoint's own). */
  readonly columns: readonly string[];
  readonly filter?: readonly ViewCondition[];
  readonly sort?: readonly ViewSort[];
  /** Items are shown in collapsed groups by this column. */
  readonly groupBy?: string;
}

/** The columns a view filters, sorts or groups on: SharePoint's list view threshold applies to these. */
export function columnsViewNarrowsOn(view: ListViewSpec): string[] {
  return [
    ...new Set([
      ...(view.filter ?? []).map((c) => c.column),
      ...(view.sort ?? []).map((s) => s.column),
      ...(view.groupBy ? [view.groupBy] : []),
    ]),
  ];
}

/**
 * The columns of a kind's list that its views filter, sort or group on. The list's schema indexes each of them, so
 * no view is refused for a column without an index once its list passes 5,000 items.
 */
export function columnsViewsNarrowOn(kind: EntityKind): Set<string> {
  return new Set(LIST_VIEWS.filter((v) => v.kind === kind).flatMap(columnsViewNarrowsOn));
}

/** Items a view shows per page (SharePoint pages the rest). */
export const VIEW_ROW_LIMIT = 100;

/** The columns a view may name beside its kind's own: SharePoint's. */
export const BUILT_IN_VIEW_COLUMNS: readonly string[] = ['Title', 'Created', 'Modified'];

/*
 * Every column a view filters, sorts or groups on is indexed (the schema takes them from here: columnsViewsNarrowOn),
 * since past 5,000 items SharePoint refuses any other view. Responses and summaries grow by thousands of items a cycle
 * (a cycle of 2,000 services is about 58,000 responses), so their views have no filter either: only a filter that
 * matches 5,000 items or fewer is shown on a list that size.
 * There is no "Not yet rated" view of the responses: its filter (Rating is empty) matches every response of a cycle at
 * its start, whether Rating is indexed or not, and no indexed column narrows a static view to one person's or one
 * assessment's standards (the assignee is the app's person id, not a SharePoint person column that [Me] could match,
 * and most assignees sign in from other trusts' tenants). Instead, the summaries say how many standards each
 * assessment has rated, and the responses are grouped by assessment; filtering one assessment's items (Assessment id,
 * indexed) first, then Rating, lists what it has still to rate at any size (docs/sharepoint.md, "Views").
 */
export const LIST_VIEWS: readonly ListViewSpec[] = [
  {
    kind: 'response',
    name: 'By assessment',
    formerNames: ['Not yet rated'],
    purpose:
      'Every standard’s rating grouped by assessment, in the framework’s order; a standard not rated yet says so in its ' +
      'title. For one assessment’s unrated standards, filter Assessment id first, then Rating.',
    columns: ['Title', 'StandardCode', 'Rating', 'AssigneeId', 'UpdatedAt'],
    groupBy: 'AssessmentId',
  },
  {
    kind: 'assessment',
    name: 'By service',
    purpose: 'Every assessment grouped by the service (or organisation) assessed, the latest cycle first.',
    columns: ['Title', 'CycleId', 'AssessmentState', 'SubmittedAt', 'AgreedAt'],
    sort: [{ column: 'CycleId', descending: true }],
    groupBy: 'SubjectId',
  },
  {
    kind: 'assessment',
    name: 'By cycle',
    purpose: 'Every assessment grouped by cycle, so one cycle’s assessments are together; sorted by state.',
    columns: ['Title', 'SubjectId', 'AssessmentState', 'SubmittedAt', 'AgreedAt'],
    sort: [{ column: 'AssessmentState' }],
    groupBy: 'CycleId',
  },
  {
    kind: 'cycle',
    name: 'This cycle',
    purpose: 'The cycle (or cycles) running today: self-assessment has started and action planning has not ended.',
    columns: ['Title', 'SelfAssessmentStart', 'PeerReviewStart', 'ReportingStart', 'ActionPlanningEnd'],
    filter: [
      { column: 'SelfAssessmentStart', is: 'on or before today' },
      { column: 'ActionPlanningEnd', is: 'on or after today' },
    ],
    sort: [{ column: 'SelfAssessmentStart', descending: true }],
  },
  {
    kind: 'assessmentSummary',
    name: 'By organisation',
    formerNames: ['By service'],
    purpose:
      'Each assessment’s progress (standards rated of all) and score, its organisation’s services together, the ' +
      'latest cycle first: which services still have standards to rate.',
    columns: [
      'Title',
      'CycleId',
      'ServiceId',
      'AssessmentState',
      'StandardsRated',
      'StandardsTotal',
      'ProgressPercent',
      'OverallPercent',
      'RecognitionLevel',
    ],
    sort: [{ column: 'CycleId', descending: true }],
    groupBy: 'OrganisationId',
  },
  {
    kind: 'action',
    name: 'Overdue actions',
    purpose: 'Actions still to be done whose due date has passed, the longest overdue first.',
    columns: ['Title', 'OwnerId', 'DueDate', 'ActionStatus', 'ServiceId'],
    // The indexed column first: SharePoint narrows a large list by a view's first indexed condition.
    filter: [
      { column: 'ActionStatus', is: 'one of', values: OPEN_ACTION_STATUSES },
      { column: 'DueDate', is: 'before today' },
    ],
    sort: [{ column: 'DueDate' }],
  },
  {
    kind: 'action',
    name: 'By owner',
    purpose: 'Actions still to be done, grouped by who owns them, the soonest due first.',
    columns: ['Title', 'DueDate', 'ActionStatus', 'ServiceId'],
    filter: [{ column: 'ActionStatus', is: 'one of', values: OPEN_ACTION_STATUSES }],
    sort: [{ column: 'DueDate' }],
    groupBy: 'OwnerId',
  },
  {
    kind: 'reviewerClaim',
    name: 'To approve',
    purpose: 'Time and expenses claims waiting for approval, oldest first.',
    columns: ['Title', 'PersonId', 'ClaimDate', 'ClaimStatus', 'SubmittedAt'],
    filter: [{ column: 'ClaimStatus', is: 'one of', values: ['submitted'] }],
    sort: [{ column: 'ClaimDate' }],
  },
];
