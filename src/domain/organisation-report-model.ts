import { agreementFromPairs, ratingPairsByTheme, type AgreementReport, type RatingPair } from './agreement';
import type { AssessmentState } from './assessment';
import { STANDARD_TYPES, type StandardType } from './framework';
import type { FrameworkDraft } from './framework-draft';
import type { IsoDateTime } from './ids';
import { findingLines, type FindingInput, type FindingLine, type RatingInput } from './report-model';
import { emptyBucket, mergeBuckets, scoreAssessment, type ScoreBucket, type ScoreReport } from './scoring';

export interface AssessedPart {
  readonly name: string;
  readonly framework: FrameworkDraft;
  readonly state: AssessmentState;
  readonly self: readonly RatingInput[];
  readonly agreed: readonly RatingInput[];
  readonly findings: readonly FindingInput[];
}

export interface OrganisationReportInput {
  readonly framework: FrameworkDraft;
  readonly organisationName: string;
  readonly cycleName: string;
  readonly generatedAt: IsoDateTime;
  readonly services: readonly AssessedPart[];
  /** The organisation-level assessment (organisation standards), agreed. */
  readonly organisation: AssessedPart;
  readonly previous: {
    readonly cycleName: string;
    readonly parts: readonly {
      framework: FrameworkDraft;
      subjectKind: 'service' | 'organisation';
      ratings: readonly RatingInput[];
    }[];
  } | null;
}

export interface ServiceLine {
  readonly name: string;
  /** True when the service's review is agreed: only those count in the organisation's scores. */
  readonly reviewed: boolean;
  readonly overallPercent: number | null;
  readonly themePercents: readonly (number | null)[];
  readonly recognitionLevel: string;
}

export interface OrganisationReportModel {
  readonly kind: 'organisation';
  readonly organisationName: string;
  readonly cycleName: string;
  readonly frameworkName: string;
  readonly generatedAt: IsoDateTime;
  readonly services: readonly ServiceLine[];
  readonly overall: ScoreBucket;
  readonly themes: readonly { themeCode: string; title: string; score: ScoreBucket; previousPercent: number | null }[];
  readonly byType: readonly { type: StandardType; score: ScoreBucket }[];
  readonly organisationLevel: ScoreReport;
  readonly recognitionDescription: string;
  readonly previousCycleName: string | null;
  readonly strengths: readonly FindingLine[];
  readonly areasForImprovement: readonly FindingLine[];
  readonly immediateConcerns: readonly FindingLine[];
  readonly agreement: AgreementReport;
}

const AGREED: ReadonlySet<AssessmentState> = new Set(['agreed', 'closed']);

interface Totals {
  overall: ScoreBucket;
  themes: Map<string, ScoreBucket>;
  types: Map<StandardType, ScoreBucket>;
}

function emptyTotals(): Totals {
  return { overall: emptyBucket(), themes: new Map(), types: new Map() };
}

function add(totals: Totals, report: ScoreReport): void {
  totals.overall = mergeBuckets(totals.overall, report.overall);
  for (const t of report.byTheme)
    totals.themes.set(t.themeCode, mergeBuckets(totals.themes.get(t.themeCode) ?? emptyBucket(), t.score));
  for (const t of report.byType)
    totals.types.set(t.type, mergeBuckets(totals.types.get(t.type) ?? emptyBucket(), t.score));
}

/**
 * The organisation report: its reviewed services rolled up (their agreed ratings pooled per theme and type) with
 * its organisation-level standards, whose agreed ratings also give the organisation's recognition level.
 */
export function buildOrganisationReportModel(input: OrganisationReportInput): OrganisationReportModel {
  const { framework } = input;
  const totals = emptyTotals();
  const pairs = new Map<string, RatingPair[]>(framework.themes.map((t) => [t.code, []]));
  const findings: FindingInput[] = [];
  const services: ServiceLine[] = input.services.map((part) => {
    const reviewed = AGREED.has(part.state);
    const report = scoreAssessment(part.framework, 'service', reviewed ? part.agreed : part.self);
    if (reviewed) {
      add(totals, report);
      poolPairs(pairs, ratingPairsByTheme(part.framework, 'service', part.self, part.agreed));
      findings.push(...part.findings.map((f) => ({ ...f, subjectName: part.name })));
    }
    return {
      name: part.name,
      reviewed,
      overallPercent: report.overall.percent,
      themePercents: framework.themes.map(
        (t) => report.byTheme.find((b) => b.themeCode === t.code)?.score.percent ?? null,
      ),
      recognitionLevel: reviewed ? report.recognition.level : 'Not yet reviewed',
    };
  });
  const org = input.organisation;
  const organisationLevel = scoreAssessment(org.framework, 'organisation', org.agreed);
  add(totals, organisationLevel);
  poolPairs(pairs, ratingPairsByTheme(org.framework, 'organisation', org.self, org.agreed));
  findings.push(...org.findings.map((f) => ({ ...f, subjectName: input.organisationName })));

  const previousTotals = emptyTotals();
  for (const p of input.previous?.parts ?? [])
    add(previousTotals, scoreAssessment(p.framework, p.subjectKind, p.ratings));
  const level = framework.recognitionLevels.find((l) => l.name === organisationLevel.recognition.level);
  return {
    kind: 'organisation',
    organisationName: input.organisationName,
    cycleName: input.cycleName,
    frameworkName: framework.name,
    generatedAt: input.generatedAt,
    services,
    overall: totals.overall,
    themes: framework.themes.map((t) => ({
      themeCode: t.code,
      title: t.title,
      score: totals.themes.get(t.code) ?? emptyBucket(),
      previousPercent: input.previous ? (previousTotals.themes.get(t.code)?.percent ?? null) : null,
    })),
    byType: STANDARD_TYPES.map((type) => ({ type, score: totals.types.get(type) ?? emptyBucket() })),
    organisationLevel,
    recognitionDescription: level?.description ?? '',
    previousCycleName: input.previous?.cycleName ?? null,
    strengths: findingLines(framework, findings, 'good_practice', input.organisationName),
    areasForImprovement: findingLines(framework, findings, 'area_for_improvement', input.organisationName),
    immediateConcerns: findingLines(framework, findings, 'immediate_concern', input.organisationName),
    agreement: agreementFromPairs(framework.themes, pairs),
  };
}

function poolPairs(into: Map<string, RatingPair[]>, from: ReadonlyMap<string, RatingPair[]>): void {
  for (const [code, list] of from) {
    const target = into.get(code);
    if (target) target.push(...list);
    else into.set(code, [...list]);
  }
}
