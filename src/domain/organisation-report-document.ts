import { percentText } from './formatting/percent';
import type { OrganisationReportModel } from './organisation-report-model';
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
  recognitionBlocks,
  type ReportDocument,
  typeChart,
} from './report-document';

/** The layout of an organisation report: services rolled up, organisation-level standards, and the rest. */
export function organisationReportDocument(m: OrganisationReportModel): ReportDocument {
  const reviewed = m.services.filter((s) => s.reviewed).length;
  const previousName = m.previousCycleName ?? 'Previous cycle';
  return {
    title: `Organisation report: ${m.organisationName}`,
    subtitle: m.cycleName,
    fileStem: fileStemOf('organisation report', m.organisationName, m.cycleName),
    cover: {
      publisher: NETWORK_NAME,
      kind: 'Organisation report',
      subject: m.organisationName,
      facts: [
        { label: 'Cycle', value: m.cycleName },
        { label: 'Framework', value: m.frameworkName },
        { label: 'Services reviewed', value: `${reviewed} of ${m.services.length}` },
        { label: 'Recognition level (organisation-level standards)', value: m.organisationLevel.recognition.level },
        { label: 'Overall score', value: percentText(m.overall.percent, 'Not scored') },
        { label: 'Report date', value: longDate(m.generatedAt) },
      ],
    },
    sections: [
      {
        heading: 'Summary',
        blocks: [
          paragraph(
            `${m.organisationName}, ${m.cycleName}, assessed against ${m.frameworkName}. ${reviewed} of ${m.services.length} services have an agreed review; their agreed ratings are rolled up here with the organisation-level standards.`,
          ),
          paragraph(`Overall score: ${percentText(m.overall.percent, 'not scored')}.`),
          paragraph(`Report generated ${m.generatedAt.slice(0, 16).replace('T', ' ')} UTC.`),
        ],
      },
      {
        heading: 'Services',
        blocks: [
          {
            kind: 'table',
            title: 'Services',
            sheet: 'Services',
            columns: [
              'Service',
              'Reviewed',
              'Overall %',
              ...m.themes.map((t) => `Theme ${t.themeCode} %`),
              'Recognition level',
            ],
            rows: m.services.map((s) => [
              s.name,
              s.reviewed ? 'Yes' : 'No',
              s.overallPercent,
              ...s.themePercents,
              s.recognitionLevel,
            ]),
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
            description: `Bar chart of rolled-up scores by theme. ${m.themes
              .map(
                (t) =>
                  `${t.themeCode}. ${t.title}: ${t.score.percent ?? 'none'}${m.previousCycleName ? `, ${previousName} ${t.previousPercent ?? 'none'}` : ''}`,
              )
              .join('; ')}.`,
            categories: m.themes.map((t) => themeName(t.themeCode, t.title)),
            series: [
              { name: m.cycleName, values: m.themes.map((t) => t.score.percent) },
              ...(m.previousCycleName ? [{ name: previousName, values: m.themes.map((t) => t.previousPercent) }] : []),
            ],
            max: 100,
          },
          {
            kind: 'table',
            title: 'Scores by theme',
            sheet: 'Themes',
            columns: ['Theme', ...BUCKET_COLUMNS, `${previousName} %`, 'Change'],
            rows: m.themes.map((t) => [
              `${t.themeCode}. ${t.title}`,
              ...bucketCells(t.score),
              t.previousPercent,
              change(t.score.percent, t.previousPercent),
            ]),
          },
        ],
      },
      {
        heading: 'Scores by type',
        blocks: [
          typeChart([m.byType.map((t) => ({ type: t.type, percent: t.score.percent }))], [m.cycleName], 'Types'),
          {
            kind: 'table',
            title: 'Scores by type',
            sheet: 'Types',
            columns: ['Type', ...BUCKET_COLUMNS],
            rows: m.byType.map((t) => [t.type, ...bucketCells(t.score)]),
          },
        ],
      },
      {
        heading: 'Organisation-level standards',
        blocks: [
          {
            kind: 'table',
            title: 'Organisation-level standards by theme',
            sheet: 'Organisation level',
            columns: ['Theme', ...BUCKET_COLUMNS],
            rows: m.organisationLevel.byTheme.map((t) => [`${t.themeCode}. ${t.title}`, ...bucketCells(t.score)]),
          },
        ],
      },
      {
        heading: 'Recognition level',
        blocks: recognitionBlocks(m.organisationLevel.recognition, m.recognitionDescription),
      },
      { heading: 'Strengths', blocks: [findingBullets(m.strengths, true, 'No good practice was recorded.')] },
      {
        heading: 'Areas for improvement',
        blocks: [findingBullets(m.areasForImprovement, true, 'No areas for improvement were recorded.')],
      },
      {
        heading: 'Immediate concerns',
        blocks: [findingBullets(m.immediateConcerns, true, 'No immediate concerns were raised.')],
      },
      { heading: 'Self-assessment and peer review agreement', blocks: agreementBlocks(m.agreement) },
    ],
  };
}
