import { DomainError } from '../../domain/errors';
import { ratingsCsv } from '../../domain/ratings-csv';
import {
  allowedReportActions,
  nextReportState,
  serviceReportId,
  type PublicSummary,
  type ReportAction,
  type ReportFormat,
  type ReportRecord,
} from '../../domain/report';
import { authorize, isAllowed, type Principal } from '../access-policy';
import { loadAssessment, type LoadedAssessment } from '../assessment/assessment-context';
import { putOne, type Ports } from '../context';
import { NotFoundError } from '../errors';
import { buildReport, fileReport } from './report-filing';

export interface ReportView {
  readonly report: ReportRecord;
  /** What this person may do to the report now. */
  readonly allowedActions: readonly ReportAction[];
}

/** Who may move a report on: the network drafts, finalises and publishes; the service checks the facts. */
const PERMISSION = {
  send_for_check: 'report.manage',
  request_corrections: 'report.check',
  finalise: 'report.manage',
  publish: 'report.manage',
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

function view(principal: Principal, loaded: LoadedAssessment, report: ReportRecord): ReportView {
  return {
    report,
    allowedActions: allowedReportActions(report.state).filter((a) =>
      isAllowed(principal, PERMISSION[a], loaded.resource),
    ),
  };
}

export async function getReport(ports: Ports, principal: Principal, assessmentId: string): Promise<ReportView> {
  const { loaded, report } = await loadReadable(ports, principal, assessmentId);
  return view(principal, loaded, report);
}

/** (Re)generates the report now; refused, with what is missing, before the review is agreed. */
export async function generateReport(ports: Ports, principal: Principal, assessmentId: string): Promise<ReportView> {
  const loaded = await loadAssessment(ports, assessmentId);
  authorize(principal, 'report.manage', loaded.resource);
  const report = await fileReport(ports, principal.person.id, loaded.assessment, loaded.cycle);
  return view(principal, loaded, report);
}

export async function transitionReport(
  ports: Ports,
  principal: Principal,
  assessmentId: string,
  input: { action: ReportAction; note: string; version: number },
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
  const now = ports.clock.now().toISOString();
  const updated: ReportRecord = {
    ...report,
    state,
    publishedAt: state === 'published' ? now : report.publishedAt,
    history: [...report.history, { at: now, by: principal.person.id, action: input.action, note: input.note.trim() }],
  };
  return view(principal, loaded, await putOne(ports, principal, 'report', updated, input.version));
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
