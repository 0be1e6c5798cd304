import type { Rating } from '../../../src/domain/assessment';
import type { FrameworkVersion, Standard } from '../../../src/domain/framework';
import { SMALL, standard } from './fixtures';

/** Version 1 of the small framework, stored. */
export const V1: FrameworkVersion = {
  ...SMALL,
  id: 'fw-small-v1',
  version: 1,
  status: 'retired',
  createdAt: '2025-01-01T00:00:00Z',
};

const replacing = (s: Standard, replaces: string[]): Standard => ({ ...s, replaces });

/**
 * Version 2 revises the service standards: 1.3 renamed 1.5; 2.1 split into 2.5 and 2.6; 2.2 and 2.3 merged into
 * 2.7; 1.6 is new; 1.1 and 1.2 carry on under their own codes.
 */
export const V2: FrameworkVersion = {
  ...V1,
  id: 'fw-small-v2',
  versionNumber: 2,
  status: 'published',
  standards: [
    standard('1.1', 'service', 'essential'),
    standard('1.2', 'both', 'essential'),
    replacing(standard('1.5', 'service', 'expected'), ['1.3']),
    standard('1.6', 'service', 'desirable'),
    replacing(standard('2.5', 'service', 'expected'), ['2.1']),
    replacing(standard('2.6', 'service', 'expected'), ['2.1']),
    replacing(standard('2.7', 'both', 'desirable'), ['2.2', '2.3']),
  ],
};

export function ratingMap(map: Record<string, Rating | null>): Map<string, Rating | null> {
  return new Map(Object.entries(map));
}
