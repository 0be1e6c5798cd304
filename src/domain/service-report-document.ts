import { percentText } from './formatting/percent';
import {
  agreementBlocks,
  BUCKET_COLUMNS,
  bucketCells,
  change,
  fileStemOf,
  longDate,
  NETWORK_NAME,
  themeName,
  findingBullets,
  paragraph,
  ratingWord,
  recognitionBlocks,
  type ReportDocument,
  type ReportSection,
  typeChart,
} from './report-document';
import type { ReviewerOpinion, ServiceReportModel } from './report-model';
import { ROLE_LABELS } from './labels';
import { questionnaireReportSection } from './questionnaires/questionnaire-report-section';

function opinions(list: readonly ReviewerOpinion[]): string {
  return list.map((o) => `${o.reviewer}: ${ratingWord(o.rating)}${o.comment ? ` (${o.comment})` : ''}`).join('; ');
}

function summarySection(m: ServiceReportModel): ReportSection {
  const visit = m.visit
    ? `The review team visited ${m.visit.format === 'online' ? 'online' : 'in person'} on ${m.visit.date}.`
    : 'No visit was recorded.';
  return {
    heading: 'Summary',
    blocks: [
      paragraph(`${m.subjectName}, ${m.organisationName}. ${m.description}`.trim()),
      paragraph(`${m.cycleName}, assessed against ${m.frameworkName}. ${visit}`),
      paragraph(
        `Overall score (agreed ratings): ${percentText(m.scores.overall.percent, 'not scored')}. ` +
          `Self-assessment: ${percentText(m.selfScores.overall.percent, 'not scored')}. Recognition level: ${m.scores.recognition.level}.`,
      ),
      paragraph(`Report generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`),
    ],
  };
}

/** The layout of a service (or organisation-level) peer review report; see report-document.ts. */
export function serviceReportDocument(m: ServiceReportModel): ReportDocument {
  const previousName = m.previous?.cycleName ?? 'Previous cycle';
  const sections: ReportSection[] = [
    summarySection(m),
    {
      heading: 'Review team',
      blocks: [
        {
          kind: 'table',
          title: 'Review team',
          sheet: 'Team',
          columns: ['Name', 'Role', 'Organisation'],
          rows: m.team.map((t) => [t.name, ROLE_LABELS[t.role], t.organisationName]),
        },
      ],
    },
    {
      heading: 'Scores by theme',
      blocks: [
        {
          kind: 'chart',
          title: 'Scores by theme (%)',
          sheet: 'Themes',
          description: `Bar chart of scores by theme. ${m.themes
            .map(
              (t) =>
                `${t.themeCode}. ${t.title}: self-assessment ${t.selfPercent ?? 'none'}, agreed ${t.agreedPercent ?? 'none'}` +
                (m.previous ? `, ${previousName} ${t.previousPercent ?? 'none'}` : ''),
            )
            .join('; ')}.`,
          categories: m.themes.map((t) => themeName(t.themeCode, t.title)),
          series: [
            { name: 'Self-assessment', values: m.themes.map((t) => t.selfPercent) },
            { name: 'Agreed', values: m.themes.map((t) => t.agreedPercent) },
            ...(m.previous ? [{ name: previousName, values: m.themes.map((t) => t.previousPercent) }] : []),
          ],
          max: 100,
        },
        {
          kind: 'table',
          title: 'Scores by theme',
          sheet: 'Themes',
          columns: ['Theme', 'Self-assessment %', 'Agreed %', `${previousName} %`, ...BUCKET_COLUMNS.slice(1)],
          rows: m.scores.byTheme.map((t, i) => {
            const line = m.themes[i];
            return [
              `${t.themeCode}. ${t.title}`,
              line?.selfPercent ?? null,
              t.score.percent,
              line?.previousPercent ?? null,
              ...bucketCells(t.score).slice(1),
            ];
          }),
        },
      ],
    },
    {
      heading: 'Scores by type',
      blocks: [
        typeChart(
          [m.selfScores.byType, m.scores.byType].map((list) =>
            list.map((t) => ({ type: t.type, percent: t.score.percent })),
          ),
          ['Self-assessment', 'Agreed'],
          'Types',
        ),
        {
          kind: 'table',
          title: 'Scores by type',
          sheet: 'Types',
          columns: ['Type', ...BUCKET_COLUMNS, 'Self-assessment %'],
          rows: m.scores.byType.map((t) => [
            t.type,
            ...bucketCells(t.score),
            m.selfScores.byType.find((s) => s.type === t.type)?.score.percent ?? null,
          ]),
        },
      ],
    },
    { heading: 'Recognition level', blocks: recognitionBlocks(m.scores.recognition, m.recognitionDescription) },
    { heading: 'Strengths', blocks: [findingBullets(m.strengths, false, 'No good practice was recorded.')] },
    {
      heading: 'Areas for improvement',
      blocks: [findingBullets(m.areasForImprovement, false, 'No areas for improvement were recorded.')],
    },
    {
      heading: 'Immediate concerns',
      blocks: [findingBullets(m.immediateConcerns, false, 'No immediate concerns were raised.')],
    },
    { heading: 'Self-assessment and peer review agreement', blocks: agreementBlocks(m.agreement) },
    {
      heading: 'Previous cycle',
      blocks: m.previous
        ? [
            paragraph(
              `${previousName}: ${percentText(m.previous.scores.overall.percent, 'not scored')} overall, recognition level ${m.previous.scores.recognition.level}.`,
            ),
            {
              kind: 'table',
              title: 'Change since the previous cycle',
              sheet: 'Previous cycle',
              columns: ['Theme', `${previousName} %`, `${m.cycleName} %`, 'Change'],
              rows: m.themes.map((t) => [
                `${t.themeCode}. ${t.title}`,
                t.previousPercent,
                t.agreedPercent,
                change(t.agreedPercent, t.previousPercent),
              ]),
            },
          ]
        : [paragraph('This is the first cycle reviewed: there is no previous result to compare with.')],
    },
    questionnaireReportSection(m.questionnaires, (code) => m.standards.find((s) => s.code === code)?.title ?? ''),
    {
      heading: 'Ratings by standard',
      blocks: [
        {
          kind: 'table',
          title: 'Ratings by standard',
          sheet: 'Ratings',
          columns: [
            'Code',
            'Standard',
            'Type',
            'Self-assessment',
            'Peer reviewers',
            'Experts by experience',
            'Agreed',
            'Rationale',
          ],
          rows: m.standards.map((s) => [
            s.code,
            s.title,
            s.type,
            ratingWord(s.self),
            opinions(s.peer),
            opinions(s.expert),
            ratingWord(s.agreed),
            s.rationale,
          ]),
        },
      ],
    },
  ];
  return {
    title: `Peer review report: ${m.subjectName}`,
    subtitle: `${m.organisationName}, ${m.cycleName}`,
    fileStem: fileStemOf('peer review report', m.subjectName, m.cycleName),
    cover: {
      publisher: NETWORK_NAME,
      kind: 'Peer review report',
      subject: m.subjectName,
      facts: [
        { label: 'Organisation', value: m.organisationName },
        { label: 'Cycle', value: m.cycleName },
        { label: 'Framework', value: m.frameworkName },
        ...(m.visit
          ? [
              {
                label: 'Review visit',
                value: `${longDate(`${m.visit.date}T12:00:00Z`)}, ${m.visit.format === 'online' ? 'online' : 'in person'}`,
              },
            ]
          : []),
        { label: 'Recognition level', value: m.scores.recognition.level },
        {
          label: 'Overall score (agreed ratings)',
          value: percentText(m.scores.overall.percent, 'Not scored'),
        },
        { label: 'Report date', value: longDate(m.generatedAt) },
      ],
    },
    sections,
  };
}
