import { DomainError } from './errors';
import type { IsoDate, IsoDateTime, Versioned } from './ids';

export const REPORT_STATES = ['draft', 'factual_accuracy_check', 'final', 'published'] as const;
export type ReportState = (typeof REPORT_STATES)[number];

export const REPORT_ACTIONS = ['send_for_check', 'request_corrections', 'finalise', 'publish', 'withdraw'] as const;
export type ReportAction = (typeof REPORT_ACTIONS)[number];

/**
 * The report's life: the network drafts it, the service checks its facts (and may send it back for
 * corrections), the network finalises it, then publishes it to the network (and its public summary to all). A
 * published report can be withdrawn, with a reason: it goes back to final and its public summary is no longer shown.
 */
const TRANSITIONS: Readonly<Record<ReportState, Partial<Readonly<Record<ReportAction, ReportState>>>>> = {
  draft: { send_for_check: 'factual_accuracy_check' },
  factual_accuracy_check: { request_corrections: 'draft', finalise: 'final' },
  final: { publish: 'published' },
  published: { withdraw: 'final' },
};

export function allowedReportActions(state: ReportState): ReportAction[] {
  return REPORT_ACTIONS.filter((a) => TRANSITIONS[state][a] !== undefined);
}

export function nextReportState(state: ReportState, action: ReportAction): ReportState {
  const next = TRANSITIONS[state][action];
  if (next !== undefined) return next;
  const allowed = allowedReportActions(state);
  throw new DomainError(
    'illegal_report_transition',
    `A report in ${state.replace(/_/g, ' ')} cannot be sent on with "${action.replace(/_/g, ' ')}". ${
      allowed.length > 0 ? `From here: ${allowed.join(', ')}.` : 'Nothing more can be done with it.'
    }`,
    'action',
    { state, action, allowed },
  );
}

/** The files of a report can be regenerated (from the latest data) until the report is final. */
/** Why an action cannot be taken from a state, in words for the person who would take it; null when it can. */
export function reportStateRefusal(state: ReportState, action: ReportAction): string | null {
  if (TRANSITIONS[state][action] !== undefined) return null;
  const where = `The report is ${REPORT_STATE_WORDS[state]}.`;
  const needs: Readonly<Record<ReportAction, string>> = {
    send_for_check: 'Only a draft goes to the service for its factual-accuracy check.',
    request_corrections: 'Corrections are asked for during the factual-accuracy check.',
    finalise: 'A report is finalised at the end of the factual-accuracy check.',
    publish: 'Only a final report can be published: finalise it first.',
    withdraw: 'Only a published report can be withdrawn.',
  };
  return `${where} ${needs[action]}`;
}

/** Report states in plain words, as a sentence continues them ("The report is ..."). */
export const REPORT_STATE_WORDS: Readonly<Record<ReportState, string>> = {
  draft: 'a draft',
  factual_accuracy_check: 'with the service for its factual-accuracy check',
  final: 'final',
  published: 'published',
};

export function canRegenerate(state: ReportState): boolean {
  return state === 'draft' || state === 'factual_accuracy_check';
}

export const REPORT_FORMATS = ['docx', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const REPORT_CONTENT_TYPES: Readonly<Record<ReportFormat, string>> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

export interface ReportFile {
  readonly format: ReportFormat;
  readonly fileName: string;
  readonly contentType: string;
  readonly sizeBytes: number;
  /** Where the evidence store keeps it: the service's evidence folder. */
  readonly storageKey: string;
}

export type ReportSubject =
  | { readonly kind: 'service'; readonly serviceId: string; readonly organisationId: string }
  | { readonly kind: 'organisation'; readonly organisationId: string };

export interface ReportEvent {
  readonly at: IsoDateTime;
  readonly by: string;
  readonly action: ReportAction | 'generate';
  readonly note: string;
}

/** The one-page plain-English summary for patients, carers and the public. */
export interface PublicSummary {
  readonly serviceName: string;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly whatTheServiceDoes: string;
  readonly recognitionLevel: string;
  readonly recognitionMeaning: string;
  readonly headline: string;
  readonly doesWell: readonly string[];
  readonly improving: readonly string[];
  readonly reviewedOn: IsoDate | null;
  readonly holdUsToIt: string;
}

export interface ReportRecord extends Versioned {
  readonly subject: ReportSubject;
  readonly cycleId: string;
  /** The assessment reported on (for an organisation report: its organisation-level assessment, if any). */
  readonly assessmentId: string | null;
  readonly state: ReportState;
  readonly files: readonly ReportFile[];
  readonly headline: { readonly overallPercent: number | null; readonly recognitionLevel: string };
  readonly publicSummary: PublicSummary | null;
  readonly generatedAt: IsoDateTime;
  readonly generatedBy: string;
  readonly publishedAt: IsoDateTime | null;
  readonly history: readonly ReportEvent[];
}

export function serviceReportId(assessmentId: string): string {
  return `report:${assessmentId}`;
}

export function organisationReportId(organisationId: string, cycleId: string): string {
  return `report:org:${organisationId}:${cycleId}`;
}
