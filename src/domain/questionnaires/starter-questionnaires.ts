import { STARTER_FRAMEWORK } from '../starter-framework';
import type { QuestionnaireDraft } from './questionnaire';
import { CARER_ITEMS } from './starter/carers';
import { PATIENT_ITEMS } from './starter/patients';
import { STAFF_ITEMS } from './starter/staff';

const ANONYMOUS =
  'Your answers are anonymous: we do not ask your name, and no answer is linked to you. ' +
  'Results are only shown once at least five people have answered.';

function starter(
  key: string,
  title: string,
  audience: QuestionnaireDraft['audience'],
  introduction: string,
  items: QuestionnaireDraft['items'],
): QuestionnaireDraft {
  return {
    key,
    title,
    audience,
    language: 'en-GB',
    illustrative: true,
    frameworkKey: STARTER_FRAMEWORK.key,
    frameworkVersionNumber: STARTER_FRAMEWORK.versionNumber,
    introduction: `${introduction} ${ANONYMOUS}`,
    optionLabels: {},
    items,
  };
}

/**
 * Questionnaires for staff, patients and carers written for the starter framework's five themes, so a service can
 * ask the people it serves on day one. Illustrative, like the starter framework: the network replaces them with its
 * own by import. Translations and easy-read versions are imported with the same key and item codes.
 */
export const STARTER_QUESTIONNAIRES: readonly QuestionnaireDraft[] = [
  starter(
    'staff-starter',
    'Staff questionnaire (illustrative)',
    'staff',
    'Tell us how mind and body care works in your team and how you are supported.',
    STAFF_ITEMS,
  ),
  starter(
    'patients-starter',
    'Patient questionnaire (illustrative)',
    'patients',
    'Tell us about the care you have had from this service. It takes about three minutes.',
    PATIENT_ITEMS,
  ),
  starter(
    'carers-starter',
    'Carer questionnaire (illustrative)',
    'carers',
    'If you look after someone who uses this service, tell us how the service works with you.',
    CARER_ITEMS,
  ),
];
