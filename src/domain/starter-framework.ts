import type { FrameworkDraft } from './framework-draft';
import { GOVERNANCE, GOVERNANCE_STANDARDS } from './starter/governance';
import { INTEGRATED_CARE, INTEGRATED_CARE_STANDARDS } from './starter/integrated-care';
import { INVOLVEMENT, INVOLVEMENT_STANDARDS } from './starter/involvement';
import { STAFF_LEARNING, STAFF_LEARNING_STANDARDS } from './starter/staff-learning';
import { STAFF_WELLBEING, STAFF_WELLBEING_STANDARDS } from './starter/staff-wellbeing';

/**
 * A starting point so a new network has something to assess against on day one. Illustrative: written by
 * the team, not the network's co-designed framework, and meant to be replaced by a version the network
 * imports. One file per theme keeps the wording reviewable.
 */
export const STARTER_FRAMEWORK: FrameworkDraft = {
  key: 'mind-body-qin',
  name: 'Mind & Body QIN framework v1 (illustrative)',
  versionNumber: 1,
  illustrative: true,
  themes: [INTEGRATED_CARE, INVOLVEMENT, STAFF_LEARNING, STAFF_WELLBEING, GOVERNANCE],
  standards: [
    ...INTEGRATED_CARE_STANDARDS,
    ...INVOLVEMENT_STANDARDS,
    ...STAFF_LEARNING_STANDARDS,
    ...STAFF_WELLBEING_STANDARDS,
    ...GOVERNANCE_STANDARDS,
  ],
  recognitionLevels: [
    {
      name: 'Excellent',
      description:
        'Every essential standard is met, and most expected and many desirable standards too: a service others ' +
        'can learn from.',
      requirements: [
        { type: 'essential', minMetPercent: 100 },
        { type: 'expected', minMetPercent: 80 },
        { type: 'desirable', minMetPercent: 50 },
      ],
    },
    {
      name: 'Meeting the standard',
      description:
        'Every essential standard and most expected standards are met: the foundations of mind and body care ' +
        'are in place.',
      requirements: [
        { type: 'essential', minMetPercent: 100 },
        { type: 'expected', minMetPercent: 80 },
      ],
    },
    {
      name: 'Developing',
      description:
        'The service is building its mind and body care; its report shows the standards to work on next, and ' +
        'the network can help.',
      requirements: [],
    },
  ],
};
