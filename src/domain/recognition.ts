import type { Rating } from './assessment';
import type { RecognitionLevel, RecognitionRequirement, Standard, StandardType } from './framework';
import { percentOf, percentText } from './formatting/percent';

export interface RecognitionCheck {
  levelName: string;
  type: StandardType;
  requiredPercent: number;
  achievedPercent: number | null;
  passed: boolean;
  /** codes of applicable standards of this type not rated met, that held the result back (empty when passed) */
  heldBackBy: string[];
}

export interface RecognitionResult {
  level: string;
  /** plain-English sentence saying why */
  summary: string;
  /** one per requirement of every level above the awarded one (and the awarded one's, met) */
  checks: RecognitionCheck[];
}

/** The level reported when even the last configured level has unmet requirements (a misconfiguration). */
export const NO_RECOGNITION_LEVEL = 'No level reached';

/**
 * What stands in place of a level while no standard is rated: a service that has not begun is not "Developing",
 * it is not assessed. The tab, the cards and the reports all show this one result.
 */
export const NOT_ASSESSED_YET = 'Not assessed yet';

interface TypeTally {
  /** Applicable standards of the type that are not N/A. Unrated ones are in: they are not (yet) met. */
  readonly considered: number;
  readonly met: number;
  /** Codes of the considered standards not rated met, in framework order. */
  readonly notMet: readonly string[];
}

interface CheckDetail {
  readonly check: RecognitionCheck;
  readonly tally: TypeTally;
}

/**
 * Tries the levels in order (highest first) and awards the first whose requirements all hold. Every check
 * on the way down is kept so the result can say which standards held it back: the scoring must explain
 * itself or services stop trusting it.
 */
export function assessRecognition(
  levels: readonly RecognitionLevel[],
  applicable: readonly Standard[],
  ratingOf: (standardCode: string) => Rating | null,
): RecognitionResult {
  if (applicable.every((s) => ratingOf(s.code) === null)) return notAssessedYet();
  const tallies = tallyByType(applicable, ratingOf);
  const details: CheckDetail[][] = [];
  let awarded = -1;
  for (const [index, level] of levels.entries()) {
    const levelDetails = level.requirements.map((r) => checkRequirement(level.name, r, tallies[r.type]));
    details.push(levelDetails);
    if (levelDetails.every((d) => d.check.passed)) {
      awarded = index;
      break;
    }
  }
  return {
    level: awarded >= 0 ? (levels[awarded]?.name ?? NO_RECOGNITION_LEVEL) : NO_RECOGNITION_LEVEL,
    summary: summarise(levels, details, awarded),
    checks: details.flat().map((d) => d.check),
  };
}

function notAssessedYet(): RecognitionResult {
  return {
    level: NOT_ASSESSED_YET,
    summary: `${NOT_ASSESSED_YET}: no standard is rated. The recognition level is worked out from the ratings once there are some.`,
    checks: [],
  };
}

function tallyByType(
  applicable: readonly Standard[],
  ratingOf: (standardCode: string) => Rating | null,
): Record<StandardType, TypeTally> {
  const build = (type: StandardType): TypeTally => {
    const considered = applicable.filter((s) => s.type === type && ratingOf(s.code) !== 'not_applicable');
    const notMet = considered.filter((s) => ratingOf(s.code) !== 'met').map((s) => s.code);
    return { considered: considered.length, met: considered.length - notMet.length, notMet };
  };
  return { essential: build('essential'), expected: build('expected'), desirable: build('desirable') };
}

function checkRequirement(levelName: string, requirement: RecognitionRequirement, tally: TypeTally): CheckDetail {
  // Compared in integers: a float share such as 79.99999 must not pass an 80% bar or fail a 100% one.
  const passed = tally.considered === 0 || tally.met * 100 >= requirement.minMetPercent * tally.considered;
  return {
    tally,
    check: {
      levelName,
      type: requirement.type,
      requiredPercent: requirement.minMetPercent,
      achievedPercent: metPercent(tally, requirement, passed),
      passed,
      heldBackBy: passed ? [] : [...tally.notMet],
    },
  };
}

/**
 * Rounded as every percentage is, except that a share that missed its bar never reads as reaching it: 1,599 of
 * 2,000 (79.95%) would round to 80% beside "80% needed", so it reads one tenth below the bar instead.
 */
function metPercent(tally: TypeTally, requirement: RecognitionRequirement, passed: boolean): number | null {
  const share = percentOf(tally.met, tally.considered);
  if (share === null || passed || share < requirement.minMetPercent) return share;
  return Math.round(requirement.minMetPercent * 10 - 1) / 10;
}

function summarise(levels: readonly RecognitionLevel[], details: readonly CheckDetail[][], awarded: number): string {
  if (levels.length === 0) return 'This framework version defines no recognition levels.';
  const sentences: string[] = [];
  if (awarded >= 0) {
    const name = levels[awarded]?.name ?? NO_RECOGNITION_LEVEL;
    const own = details[awarded] ?? [];
    sentences.push(own.length > 0 ? `${name}: ${listOf(own.map(describeHeld))}.` : `${name}.`);
  } else {
    sentences.push(`${NO_RECOGNITION_LEVEL}: even the last level has requirements that are not met.`);
  }
  // Only the next level up is spelled out: it is the one worth working towards; the checks hold the rest.
  const targetIndex = awarded >= 0 ? awarded - 1 : details.length - 1;
  const target = levels[targetIndex];
  const failed = (details[targetIndex] ?? []).filter((d) => !d.check.passed);
  failed.forEach((d, i) => {
    sentences.push(`${i === 0 ? `To reach ${target?.name ?? ''},` : 'Also,'} ${describeShortfall(d)}.`);
  });
  return sentences.join(' ');
}

function describeNeed(d: CheckDetail): string {
  return d.check.requiredPercent >= 100
    ? `all ${d.check.type} standards`
    : `at least ${percentText(d.check.requiredPercent)} of ${d.check.type} standards`;
}

function describeHeld(d: CheckDetail): string {
  if (d.tally.considered === 0) return `no ${d.check.type} standards apply`;
  const share = d.check.requiredPercent >= 100 ? '' : `, ${percentText(d.check.achievedPercent ?? 0)}`;
  return `${describeNeed(d)} are met (${d.tally.met} of ${d.tally.considered}${share})`;
}

function describeShortfall(d: CheckDetail): string {
  return (
    `${describeNeed(d)} need to be met; now ${d.tally.met} of ${d.tally.considered} ` +
    `(${percentText(d.check.achievedPercent ?? 0)}), still to meet or rate: ${d.check.heldBackBy.join(', ')}`
  );
}

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
