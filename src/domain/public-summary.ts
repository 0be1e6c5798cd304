import type { FrameworkDraft } from './framework-draft';
import type { PublicSummary } from './report';
import { sentence } from './report-document';
import type { FindingLine, ServiceReportModel } from './report-model';

/** At most this many points each: the summary must fit on one page and be read in a minute. */
const MAX_POINTS = 5;

function firstSentence(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const end = trimmed.search(/[.!?](\s|$)/);
  return end >= 0 ? trimmed.slice(0, end + 1) : `${trimmed}.`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The one-page summary for patients, carers and the public: no codes, no percentages without words, no jargon.
 * What the service does well comes from the review's good-practice findings; what it is improving from its
 * areas for improvement and immediate concerns; the recognition level is explained by the framework's own words.
 */
export function buildPublicSummary(
  model: ServiceReportModel,
  framework: FrameworkDraft,
  whatTheServiceDoes: string,
): PublicSummary {
  const o = model.scores.overall;
  const counted = o.counted;
  const headline =
    counted === 0
      ? `The review team could not yet rate this ${model.subjectKind}.`
      : `The review team looked at ${plural(counted, 'standard', 'standards')} of mind and body care that apply to this ${model.subjectKind}. ` +
        `It fully meets ${o.met}, partly meets ${o.partlyMet} and does not yet meet ${o.notMet}.`;
  const levels = framework.recognitionLevels.map((l) => l.name);
  const recognitionMeaning =
    `${sentence(model.recognitionDescription || model.scores.recognition.level)} ` +
    (levels.length > 1 ? `The network's levels, from highest, are: ${levels.join(', ')}.` : '');
  // Immediate concerns stay between the service and the network until they are dealt with; a line naming a
  // person (a reviewer, an expert by experience) is left out rather than edited, so nobody is quoted by name.
  const names = namedPeople(model);
  const publicLines = (lines: readonly FindingLine[]) =>
    lines.map((f) => firstSentence(f.text)).filter((line) => names.every((name) => !line.includes(name)));
  const improving = publicLines(model.areasForImprovement);
  return {
    serviceName: model.subjectName,
    organisationName: model.organisationName,
    cycleName: model.cycleName,
    whatTheServiceDoes: whatTheServiceDoes.trim(),
    recognitionLevel: model.scores.recognition.level,
    recognitionMeaning: recognitionMeaning.trim(),
    headline,
    doesWell: publicLines(model.strengths).slice(0, MAX_POINTS),
    improving: improving.slice(0, MAX_POINTS),
    reviewedOn: model.visit?.date ?? null,
    holdUsToIt:
      'If you use this service, or care for someone who does, you can ask its team how the improvements are going. ' +
      'The network checks each one and reviews the service again next year.',
  };
}

/** Everyone the report names: the review team and each reviewer whose rating it quotes. */
function namedPeople(model: ServiceReportModel): string[] {
  const names = [
    ...model.team.map((t) => t.name),
    ...model.standards.flatMap((s) => [...s.peer, ...s.expert].map((o) => o.reviewer)),
  ];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n.length > 0))];
}

/**
 * What a public summary must not show, in words for the person publishing it: each immediate concern it repeats
 * and each person it names. Empty when the summary is fit to be public.
 */
export function publicSummaryProblems(summary: PublicSummary, model: ServiceReportModel): string[] {
  const shown = [summary.headline, summary.whatTheServiceDoes, ...summary.doesWell, ...summary.improving].join('\n');
  const concerns = model.immediateConcerns
    .map((f) => firstSentence(f.text))
    .filter((line) => shown.includes(line))
    .map((line) => `an immediate concern ("${line}")`);
  const people = namedPeople(model)
    .filter((name) => shown.includes(name))
    .map((name) => `a named person (${name})`);
  return [...concerns, ...people];
}
