import type { StandardResponse } from '../../api/types';
import { naReasonMissing } from '../../../../src/domain/response-rules';
import {
  AutosaveDrafts,
  currentFieldsOf,
  type AutosaveEntry,
  type AutosaveOptions,
  type DraftKind,
} from '../shared/autosave/autosave-drafts';
import {
  combineVersions,
  fieldsOf,
  mergeEvidence,
  sameExceptEvidence,
  sameFields,
  type ResponseFields,
} from './response-fields';

export type { ConflictChoice, SaveStatus } from '../shared/autosave/autosave-drafts';

export type DraftEntry = AutosaveEntry<StandardResponse, ResponseFields>;
export type ResponseDraftsOptions = AutosaveOptions<StandardResponse, ResponseFields>;

/**
 * A self-assessment response, for autosave. A newer version that changed only bookkeeping (the assignee) or
 * evidence links is taken under the person's edit, evidence links merged; anything else is a conflict.
 */
export const RESPONSE_DRAFT_KIND: DraftKind<StandardResponse, ResponseFields> = {
  keyOf: (response) => response.standardCode,
  fieldsOf,
  sameFields,
  combine: combineVersions,
  stillBeingCompleted: naReasonMissing,
  rebase(draft, base, incoming) {
    if (!sameExceptEvidence(fieldsOf(incoming), fieldsOf(base))) return null;
    return { ...draft, evidenceIds: mergeEvidence(draft.evidenceIds, base.evidenceIds, incoming.evidenceIds) };
  },
};

export function currentFields(entry: DraftEntry): ResponseFields {
  return currentFieldsOf(RESPONSE_DRAFT_KIND, entry);
}

/** Autosave for one assessment's responses (see AutosaveDrafts). */
export class ResponseDrafts extends AutosaveDrafts<StandardResponse, ResponseFields> {
  constructor(responses: readonly StandardResponse[], options: ResponseDraftsOptions) {
    super(RESPONSE_DRAFT_KIND, responses, options);
  }
}
