import type { Assessment } from '../../domain/assessment';
import type { Cycle } from '../../domain/cycle';
import { DomainError } from '../../domain/errors';
import { buildOrganisationReportModel } from '../../domain/organisation-report-model';
import { organisationReportDocument } from '../../domain/organisation-report-document';
import { buildPublicSummary } from '../../domain/public-summary';
import {
  canRegenerate,
  REPORT_CONTENT_TYPES,
  serviceReportId,
  type PublicSummary,
  type ReportFile,
  type ReportFormat,
  type ReportRecord,
} from '../../domain/report';
import { applyCorrections } from '../../domain/report-comment';
import type { ReportDocument } from '../../domain/report-document';
import { buildServiceReportModel, type ServiceReportModel } from '../../domain/report-model';
import { agreedRatingGaps, checkReportable } from '../../domain/review-rules';
import { serviceReportDocument } from '../../domain/service-report-document';
import { putChange, type Ports } from '../context';
import { loadFramework } from '../network/frameworks';
import type { EvidenceKey } from '../ports';
import { loadOrganisationReportInput, loadServiceReportInput } from './report-data';

export interface BuiltReport {
  readonly document: ReportDocument;
  readonly headline: ReportRecord['headline'];
  readonly publicSummary: PublicSummary | null;
  /** The service model, for the raw-ratings CSV (null for an organisation report). */
  readonly serviceModel: ServiceReportModel | null;
}

/** Refuses a report before the review is agreed, saying what is still missing. */
export async function checkAssessmentReportable(ports: Ports, assessment: Assessment): Promise<void> {
  if (assessment.state === 'agreed' || assessment.state === 'closed') return;
  const [framework, agreed] = await Promise.all([
    loadFramework(ports, assessment.frameworkVersionId),
    ports.store.query('agreedRating', { assessmentId: assessment.id }),
  ]);
  checkReportable(assessment.state, agreedRatingGaps(framework, assessment.subject.kind, agreed));
}

/**
 * The report of an agreed assessment, laid out (pure, in memory): a service report for a service assessment, an
 * organisation report (services rolled up with the organisation-level standards) for an organisation assessment.
 */
export async function buildReport(ports: Ports, assessment: Assessment, cycle: Cycle): Promise<BuiltReport> {
  await checkAssessmentReportable(ports, assessment);
  if (assessment.subject.kind === 'organisation') {
    const model = buildOrganisationReportModel(await loadOrganisationReportInput(ports, assessment, cycle));
    return {
      document: organisationReportDocument(model),
      headline: { overallPercent: model.overall.percent, recognitionLevel: model.organisationLevel.recognition.level },
      publicSummary: null,
      serviceModel: null,
    };
  }
  const { input, description } = await loadServiceReportInput(ports, assessment, cycle);
  const model = buildServiceReportModel(input);
  // Corrections the lead reviewer accepted in the factual-accuracy check replace their passages.
  const comments = await ports.store.query('reportComment', { assessmentId: assessment.id });
  return {
    document: applyCorrections(serviceReportDocument(model), comments),
    headline: { overallPercent: model.scores.overall.percent, recognitionLevel: model.scores.recognition.level },
    publicSummary: buildPublicSummary(model, input.framework, description),
    serviceModel: model,
  };
}

function renderer(ports: Ports) {
  if (!ports.reports) {
    throw new DomainError('reports_unavailable', 'Report rendering is not configured on this server.', 'report');
  }
  return ports.reports;
}

function evidence(ports: Ports) {
  if (!ports.evidence) {
    throw new DomainError('evidence_unavailable', 'No evidence folder is configured on this server.', 'report');
  }
  return ports.evidence;
}

/**
 * Generates and files the report of an agreed assessment: both files are made whole in memory, then put in the
 * service's evidence folder, then the record is committed. Any failure on the way removes what was put, so
 * the folder never holds a partial report; the files of an earlier draft are removed only once the new record
 * is stored. No access check here: callers (agreeing a review, the generate route) decide who may.
 */
export async function fileReport(
  ports: Ports,
  actorId: string,
  assessment: Assessment,
  cycle: Cycle,
): Promise<ReportRecord> {
  const id = serviceReportId(assessment.id);
  const existing = await ports.store.get('report', id);
  if (existing && !canRegenerate(existing.state)) {
    throw new DomainError(
      'report_frozen',
      `This report is ${existing.state}: its files no longer change. A corrected report would need a new review.`,
      'state',
    );
  }
  const built = await buildReport(ports, assessment, cycle);
  const render = renderer(ports);
  const store = evidence(ports);
  const [docx, xlsx] = await Promise.all([render.docx(built.document), render.xlsx(built.document)]);
  const subject = assessment.subject;
  const keyOf = (format: ReportFormat): EvidenceKey => ({
    cycleId: assessment.cycleId,
    organisationId: subject.organisationId,
    serviceId: subject.kind === 'service' ? subject.serviceId : 'organisation',
    fileName: `${built.document.fileStem}.${format}`,
  });
  const files: ReportFile[] = [];
  try {
    for (const [format, bytes] of [
      ['docx', docx],
      ['xlsx', xlsx],
    ] as const) {
      const key = keyOf(format);
      const { storageKey } = await store.put(key, bytes, bytes.byteLength, REPORT_CONTENT_TYPES[format]);
      files.push({
        format,
        fileName: key.fileName,
        contentType: REPORT_CONTENT_TYPES[format],
        sizeBytes: bytes.byteLength,
        storageKey,
      });
    }
    const now = ports.clock.now().toISOString();
    const record: ReportRecord = {
      id,
      version: existing?.version ?? 0,
      subject:
        subject.kind === 'service' ? { ...subject } : { kind: 'organisation', organisationId: subject.organisationId },
      cycleId: assessment.cycleId,
      assessmentId: assessment.id,
      state: existing?.state ?? 'draft',
      files,
      headline: built.headline,
      publicSummary: built.publicSummary,
      generatedAt: now,
      generatedBy: actorId,
      publishedAt: null,
      history: [...(existing?.history ?? []), { at: now, by: actorId, action: 'generate', note: '' }],
    };
    const [stored] = await ports.store.commit({ actorId, at: now }, [
      putChange('report', record, existing?.version ?? 0),
    ]);
    await removeFiles(ports, existing?.files ?? []);
    return stored;
  } catch (error) {
    await removeFiles(ports, files);
    throw error;
  }
}

/** Best effort: a file that cannot be removed now is an orphan, never a partial report under a live record. */
async function removeFiles(ports: Ports, files: readonly ReportFile[]): Promise<void> {
  for (const f of files) {
    try {
      await ports.evidence?.delete(f.storageKey);
    } catch {
      // Already gone, or the folder is unreachable: nothing refers to the file any more either way.
    }
  }
}
