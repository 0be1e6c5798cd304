import type { Rating } from './assessment';
import { percentOf } from './formatting/percent';

/** Counts of ratings over a set of standards, and the score they give. */
export interface ScoreBucket {
  met: number;
  partlyMet: number;
  notMet: number;
  notApplicable: number;
  unrated: number;
  /** rated and applicable */
  counted: number;
  /** (met + 0.5*partlyMet)/counted*100, 1 decimal; null when counted = 0 */
  percent: number | null;
}

export function emptyBucket(): ScoreBucket {
  return { met: 0, partlyMet: 0, notMet: 0, notApplicable: 0, unrated: 0, counted: 0, percent: null };
}

/**
 * Score = (met + 0.5 x partly met) / (rated and applicable). N/A and unrated standards are left out of the
 * denominator: N/A because the standard does not apply, unrated because nothing is known yet (the score of
 * a half-finished draft describes what has been rated so far). Rounded as every percentage is: 2 of 3 reads 66.7.
 */
export function scorePercent(met: number, partlyMet: number, counted: number): number | null {
  return percentOf(2 * met + partlyMet, 2 * counted);
}

/** Returns a new bucket with one more rating; the input is left alone so callers can share buckets. */
export function addToBucket(bucket: ScoreBucket, rating: Rating | null): ScoreBucket {
  const next = { ...bucket };
  tally(next, rating);
  next.percent = scorePercent(next.met, next.partlyMet, next.counted);
  return next;
}

/** Adds two buckets, e.g. one service's theme score into the network-wide benchmark. */
export function mergeBuckets(a: ScoreBucket, b: ScoreBucket): ScoreBucket {
  const met = a.met + b.met;
  const partlyMet = a.partlyMet + b.partlyMet;
  const counted = a.counted + b.counted;
  return {
    met,
    partlyMet,
    notMet: a.notMet + b.notMet,
    notApplicable: a.notApplicable + b.notApplicable,
    unrated: a.unrated + b.unrated,
    counted,
    percent: scorePercent(met, partlyMet, counted),
  };
}

/** One pass over many ratings without allocating a bucket per rating (network-wide sets are large). */
export function bucketOf(ratings: Iterable<Rating | null>): ScoreBucket {
  const bucket = emptyBucket();
  for (const rating of ratings) tally(bucket, rating);
  bucket.percent = scorePercent(bucket.met, bucket.partlyMet, bucket.counted);
  return bucket;
}

function tally(bucket: ScoreBucket, rating: Rating | null): void {
  switch (rating) {
    case 'met':
      bucket.met += 1;
      bucket.counted += 1;
      break;
    case 'partly_met':
      bucket.partlyMet += 1;
      bucket.counted += 1;
      break;
    case 'not_met':
      bucket.notMet += 1;
      bucket.counted += 1;
      break;
    case 'not_applicable':
      bucket.notApplicable += 1;
      break;
    case null:
      bucket.unrated += 1;
      break;
  }
}
