import { RATING_LABELS, reviewerRoleInSentence } from './labels';
import { weekdayDate } from './formatting/uk-dates';
import { fileStemOf, paragraph, type ReportBlock, type ReportDocument, type ReportSection } from './report-document';
import type { ReviewVisit } from './review';
import type { AgendaPerson, VisitAgenda } from './visit-agenda';
import { visitTimes } from './visit-day';

/** What the agenda document says about the visit itself, beside the agenda. */
export interface AgendaHeading {
  readonly serviceName: string;
  readonly organisationName: string;
  readonly visit: ReviewVisit | null;
  readonly joinUrl: string | null;
}

const VISIT_FORMAT_WORDS = { in_person: 'in person', online: 'online, in Teams' } as const;

function personLine(p: AgendaPerson): string {
  return p.email ? `${p.name} (${p.email})` : p.name;
}

function visitLine(heading: AgendaHeading): string {
  if (!heading.visit) return 'The visit has no date yet.';
  const { startTime } = visitTimes(heading.visit);
  const day = weekdayDate(heading.visit.date);
  return `The visit is on ${day}, from ${startTime} (UK time), ${VISIT_FORMAT_WORDS[heading.visit.format]}.`;
}

/** The agenda as a document the Word renderer draws: what the lead reviewer prints or sends round the team. */
export function visitAgendaDocument(agenda: VisitAgenda, heading: AgendaHeading): ReportDocument {
  const sections: ReportSection[] = [
    {
      heading: 'The visit',
      blocks: [
        paragraph(visitLine(heading)),
        ...(heading.joinUrl ? [paragraph(`Join the Teams meeting: ${heading.joinUrl}`)] : []),
      ],
    },
    {
      heading: 'Themes',
      blocks: [
        {
          kind: 'table',
          title: 'Themes to cover',
          sheet: 'Themes',
          columns: ['Theme', 'Standards'],
          rows: agenda.themes.map((t) => [`${t.code}. ${t.title}`, t.standardCount]),
        },
      ],
    },
    { heading: 'Where views differ most', blocks: focusBlocks(agenda) },
    { heading: 'Evidence gaps', blocks: evidenceGapBlocks(agenda) },
    { heading: 'People to meet', blocks: peopleBlocks(agenda) },
  ];
  return {
    title: `Visit agenda: ${heading.serviceName}`,
    subtitle: heading.organisationName,
    fileStem: fileStemOf('visit agenda', heading.serviceName, heading.visit?.date ?? ''),
    sections,
  };
}

function focusBlocks(agenda: VisitAgenda): ReportBlock[] {
  const { focus } = agenda;
  if (focus.basis === 'rating_differences') {
    if (focus.items.length === 0) return [paragraph('The team rates every standard as the service did so far.')];
    return [
      paragraph('Standards where the service and the review team see things most differently, largest gap first.'),
      {
        kind: 'table',
        title: 'Self and peer ratings',
        sheet: 'Differences',
        columns: ['Standard', 'Service rated', 'Team rated', 'Gap'],
        rows: focus.items.map((i) => [
          `${i.standardCode} ${i.title}`,
          RATING_LABELS[i.self],
          i.reviewers.map((r) => RATING_LABELS[r]).join(', '),
          i.gap,
        ]),
      },
    ];
  }
  const intro = paragraph(
    'The review team has not rated any standard yet, so this lists what the service itself rated not met or partly met.',
  );
  if (focus.items.length === 0) return [intro, paragraph('The service rated no standard not met or partly met.')];
  return [
    intro,
    { kind: 'bullets', items: focus.items.map((i) => `${i.standardCode} ${i.title}: ${RATING_LABELS[i.self]}`) },
  ];
}

function evidenceGapBlocks(agenda: VisitAgenda): ReportBlock[] {
  if (agenda.evidenceGaps.length === 0) return [paragraph('Every rated standard has evidence or a clear reason.')];
  return [
    {
      kind: 'bullets',
      items: agenda.evidenceGaps.map((g) =>
        g.problem === 'no_evidence'
          ? `${g.standardCode} ${g.title}: rated ${RATING_LABELS[g.rating].toLowerCase()} with no evidence attached.`
          : `${g.standardCode} ${g.title}: rated not applicable without a clear reason.`,
      ),
    },
  ];
}

function peopleBlocks(agenda: VisitAgenda): ReportBlock[] {
  const { people } = agenda;
  return [
    paragraph(
      people.serviceLeads.length > 0
        ? `Service lead: ${people.serviceLeads.map(personLine).join('; ')}.`
        : 'The service has no lead named in the network.',
    ),
    people.contributorsByTheme.length > 0
      ? {
          kind: 'bullets',
          items: people.contributorsByTheme.map(
            (t) => `${t.themeCode}. ${t.title}: ${t.people.map(personLine).join('; ')}`,
          ),
        }
      : paragraph('No standards were assigned to contributors.'),
    paragraph(
      people.team.length > 0
        ? `The review team: ${people.team.map((m) => `${personLine(m)}, ${reviewerRoleInSentence(m.role)}`).join('; ')}.`
        : 'The review team has no members yet.',
    ),
  ];
}
