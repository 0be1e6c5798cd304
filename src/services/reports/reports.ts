import { DomainError } from '../../domain/errors';
import { ratingsCsv } from '../../domain/ratings-csv';
import { publicSummaryProblems } from '../../domain/public-summary';
import {
  allowedReportActions,
  canRegenerate,
  nextReportState,
  REPORT_ACTIONS,
  reportStateRefusal,
  serviceReportId,
  type PublicSummary,
  type ReportAction,
  type ReportFormat,
  type ReportRecord,
} from '../../domain/report';
import type { ReportComment } from '../../domain/report-comment';
import type { ReportDocument } from '../../domain/report-document';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { permission, type Permissions } from '../permission';
import { loadAssessment, type LoadedAssessment } from '../assessment/assessment-context';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { reportComments } from './report-comments';
import { buildReport, fileReport, type BuiltReport } from './report-filing';

export interface ReportView {
  readonly report: ReportRecord;
  /** What this person may do to the report now. */
  readonly allowedActions: readonly ReportAction[];
  /** Each step of the report's life, whether this person may take it now and, if not, why not. */
  readonly transitions: Permissions<ReportAction>;
  /** The report laid out as the Word and Excel files lay it out, from the same model. */
  readonly document: ReportDocument;
  /** What in the public summary must not be public (immediate concerns, named people); empty when none. */
  readonly publicSummaryProblems: readonly string[];
  /** The comments of the factual-accuracy check, oldest first, with the lead reviewer's decisions. */
  readonly comments: readonly ReportComment[];
  /** Whether this person may comment on a passage now, and decide on the service's comments. */
  readonly allowed: Permissions<'comment' | 'decide_comments' | 'regenerate'>;
}

/** Who may move a report on: the network drafts, finalises, publishes and withdraws; the service checks the facts. */
const PERMISSION = {
  send_for_check: 'report.manage',
  request_corrections: 'report.check',
  finalise: 'report.manage',
  publish: 'report.manage',
  withdraw: 'report.manage',
} as const satisfies Record<ReportAction, string>;

/** Drafts are the service's (and its organisation's); a published report is the whole network's. */
async function loadReadable(ports: Ports, principal: Principal, assessmentId: string) {
  const loaded = await loadAssessment(ports, assessmentId);
  const report = await ports.store.get('report', serviceReportId(assessmentId));
  const published = report?.state === 'published' && isAllowed(principal, 'report.read_published');
  if (!published) authorize(principal, 'report.read', loaded.resource);
  if (!report) {
    throw new NotFoundError('report for this assessment (it is written once the review is agreed)', assessmentId);
  }
  return { loaded, report };
}

/** What a stored public summary would show that it must not, checked against the report's own model. */
function summaryProblems(report: ReportRecord, built: BuiltReport): string[] {
  return report.publicSummary && built.serviceModel
    ? publicSummaryProblems(report.publicSummary, built.serviceModel)
    : [];
}

function publishRefusal(report: ReportRecord, problems: readonly string[]): string | null {
  if (report.state !== 'final') return null;
  if (report.publicSummary === null) return 'An organisation report has no public summary to publish.';
  if (problems.length > 0) {
    return `The public summary would show ${problems.join(' and ')}. Regenerate the report before it is finalised.`;
  }
  return null;
}

async function view(
  ports: Ports,
  principal: Principal,
  loaded: LoadedAssessment,
  report: ReportRecord,
): Promise<ReportView> {
  const built = await buildReport(ports, loaded.assessment, loaded.cycle);
  const problems = summaryProblems(report, built);
  const transitions = Object.fromEntries(
    REPORT_ACTIONS.map((a) => [
      a,
      permission(
        principal,
        PERMISSION[a],
        loaded.resource,
        reportStateRefusal(report.state, a),
        a === 'publish' ? publishRefusal(report, problems) : null,
      ),
    ]),
  ) as Record<ReportAction, Permissions<ReportAction>[ReportAction]>;
  const open = report.state === 'factual_accuracy_check';
  return {
    report,
    allowedActions: allowedReportActions(report.state).filter((a) => transitions[a].allowed),
    transitions,
    document: built.document,
    publicSummaryProblems: problems,
    comments: await reportComments(ports, report.assessmentId ?? loaded.assessment.id),
    allowed: {
      comment: permission(
        principal,
        'report.check',
        loaded.resource,
        open ? null : 'The report takes comments only while the service checks its facts.',
      ),
      regenerate: permission(
        principal,
        'report.manage',
        loaded.resource,
        canRegenerate(report.state) ? null : `The report is ${report.state}: its files no longer change.`,
      ),
      decide_comments: permission(
        principal,
        'report.manage',
        loaded.resource,
        open || report.state === 'draft' ? null : 'The factual-accuracy check is over: its comments are settled.',
      ),
    },
  };
}

export async function getReport(ports: Ports, principal: Principal, assessmentId: string): Promise<ReportView> {
  const { loaded, report } = await loadReadable(ports, principal, assessmentId);
  return view(ports, principal, loaded, report);
}

/** (Re)generates the report now; refused, with what is missing, before the review is agreed. */
export async function generateReport(ports: Ports, principal: Principal, assessmentId: string): Promise<ReportView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'report.manage', loaded.resource);
  const report = await fileReport(ports, principal.person.id, loaded.assessment, loaded.cycle);
  return view(ports, principal, loaded, report);
}

export async function transitionReport(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: { action: ReportAction; note: string; version: number; publicSummaryConfirmed: boolean },
): Promise<ReportView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, PERMISSION[input.action], loaded.resource);
  const report = await ports.store.get('report', serviceReportId(assessmentId));
  if (!report) throw new NotFoundError('report for this assessment', assessmentId);
  const state = nextReportState(report.state, input.action);
  if (input.action === 'request_corrections' && input.note.trim() === '') {
    throw new DomainError(
      'note_required',
      'Say which facts are wrong and what they should be, so the network can correct the report.',
      'note',
    );
  }
  if (input.action === 'withdraw' && input.note.trim() === '') {
    throw new DomainError(
      'note_required',
      'Say why the report is withdrawn: the reason stays on its record for the service and the network.',
      'note',
    );
  }
  if (input.action === 'publish') await checkPublishable(ports, loaded, report, input.publicSummaryConfirmed);
  const now = ports.clock.now().toISOString();
  const updated: ReportRecord = {
    ...report,
    state,
    publishedAt: state === 'published' ? now : input.action === 'withdraw' ? null : report.publishedAt,
    history: [...report.history, { at: now, by: principal.person.id, action: input.action, note: input.note.trim() }],
  };
  return view(ports, principal, loaded, await putOne(ports, principal, 'report', updated, input.version));
}

/**
 * Nothing becomes public unseen: the lead reviewer confirms the public summary they were shown, and a summary
 * that would show an immediate concern or a named person is refused, saying what it would show.
 */
async function checkPublishable(
  ports: Ports,
  loaded: LoadedAssessment,
  report: ReportRecord,
  confirmed: boolean,
): Promise<void> {
  const refusal = publishRefusal(
    report,
    summaryProblems(report, await buildReport(ports, loaded.assessment, loaded.cycle)),
  );
  if (refusal !== null) throw new DomainError('public_summary_not_fit', refusal, 'publicSummary');
  if (!confirmed) {
    throw new DomainError(
      'public_summary_not_confirmed',
      'Read the public summary shown with the report and confirm it is what patients, carers and the public should see, then publish.',
      'publicSummaryConfirmed',
    );
  }
}

export interface DownloadedFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export async function downloadReportFile(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  format: ReportFormat,
): Promise<DownloadedFile> {
  const { report } = await loadReadable(ports, principal, assessmentId);
  const file = report.files.find((f) => f.format === format);
  if (!file || !ports.evidence) throw new NotFoundError(`${format} file of this report`, assessmentId);
  const { stream } = await ports.evidence.get(file.storageKey);
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return { fileName: file.fileName, contentType: file.contentType, body: Buffer.concat(chunks) };
}

/** Every rating behind the report (self, each reviewer, agreed) as CSV; made from the store on request. */
export async function ratingsCsvFor(ports: Ports, principal: Principal, assessmentId: string): Promise<DownloadedFile> {
  const { loaded } = await loadReadable(ports, principal, assessmentId);
  const built = await buildReport(ports, loaded.assessment, loaded.cycle);
  if (!built.serviceModel) {
    throw new DomainError(
      'no_raw_ratings',
      "An organisation report rolls up its services: download each service report's ratings instead.",
      'format',
    );
  }
  return {
    fileName: `${built.document.fileStem}-ratings.csv`,
    contentType: 'text/csv; charset=utf-8',
    body: Buffer.from(`\uFEFF${ratingsCsv(built.serviceModel)}`, 'utf8'),
  };
}

/**
 * The public one-page summary of a service's latest published report, for patients, carers and the public. No
 * sign-in: it holds only what was published to be read by anyone.
 */
export async function publicSummaryOf(ports: Ports, serviceId: string): Promise<PublicSummary> {
  const published = (await ports.store.query('report', { subjectId: serviceId }))
    .filter((r) => r.state === 'published' && r.publicSummary !== null)
    .sort((a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''));
  const latest = published[0]?.publicSummary;
  if (!latest) throw new NotFoundError('published report summary for service', serviceId);
  return latest;
}
