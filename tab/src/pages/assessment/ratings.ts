import type { Rating } from '../../api/types';

/** The order ratings are offered in (the same values as the API's RATINGS). */
export const RATINGS: readonly Rating[] = ['met', 'partly_met', 'not_met', 'not_applicable'];
