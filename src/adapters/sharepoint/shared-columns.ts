import type { CyclePhase } from '../../domain/cycle';
import { date, dateTime, text } from './column-types';

/** Columns and words several lists share, so each is written once. */
export const assessmentId = text(
  'AssessmentId',
  'Assessment id',
  'The assessment this belongs to (EntityId in Assessments).',
);
export const cycleId = text('CycleId', 'Cycle id', 'The assessment cycle (EntityId in Cycles).');
export const organisationId = text(
  'OrganisationId',
  'Organisation id',
  'The organisation (EntityId in Organisations).',
);
export const serviceId = text(
  'ServiceId',
  'Service id',
  'The service (EntityId in Services); empty for an organisation.',
);
export const personId = text('PersonId', 'Person id', 'The person (EntityId in People).');
export const standardCode = text('StandardCode', 'Standard', 'The standard’s code in the framework, e.g. 1.1.');
export const updatedAt = dateTime('UpdatedAt', 'Last changed', 'When it was last changed in the app (UTC).');
export const runId = text('RunId', 'Questionnaire run id', 'The questionnaire run (EntityId in Questionnaire runs).');
export const answeredOn = date('AnsweredOn', 'Answered on', 'The day the answer was given (no time, for anonymity).');

export const words = (value: string): string => value.replaceAll('_', ' ');

export const COPY = 'A copy for reading (the app keeps the value in App data; changing the copy changes nothing).';
export const copyOf = (what: string): string => `${what} ${COPY}`;

export const capitalised = (value: string): string => `${value.charAt(0).toUpperCase()}${value.slice(1)}`;

/** Column name stems for the phases' dates (SharePoint names are at most 32 characters). */
export const PHASE_COLUMN_NAMES: Readonly<Record<CyclePhase, string>> = {
  self_assessment: 'SelfAssessment',
  peer_review: 'PeerReview',
  reporting: 'Reporting',
  action_planning: 'ActionPlanning',
};
