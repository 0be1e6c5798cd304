import { Button, Field, Input, makeStyles, MessageBar, MessageBarBody, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { useLoad } from '../../../app/use-load';
import { isProblem, messageOf } from '../../../api/errors';
import type { ReviewerRole, ReviewTeamRow, TeamView, TeamViolation, VisitFormat } from '../../../api/types';
import { VISIT_FORMAT_LABELS } from '../../../../../src/domain/labels';
import { LoadView } from '../../../ui/LoadView';
import { SelectField } from '../SelectField';
import { CandidatePool, type PersonFacts } from './CandidatePool';
import { ROLE_OPTIONS } from './role-options';
import { subjectName } from './subject-name';
import { useTeamCheck } from './use-team-check';

const useStyles = makeStyles({
  block: { display: 'grid', gap: tokens.spacingVerticalM, marginBottom: tokens.spacingVerticalXL },
  members: { display: 'grid', gap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
  member: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
  broken: { color: tokens.colorPaletteRedForeground1, margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  visit: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
});

interface Member {
  readonly personId: string;
  readonly role: ReviewerRole;
}

/** Loads the stored team, then lets the admin change it; `onClose` gets what was saved, in words, or null. */
export function ReviewTeamEditor({ row, onClose }: { row: ReviewTeamRow; onClose: (saved: string | null) => void }) {
  const { api } = useApp();
  const data = useLoad(() => api.reviewTeam(row.assessmentId), `review-team:${row.assessmentId}`);
  return (
    <section aria-labelledby="team-editor-title">
      <Text block as="h2" size={500} weight="semibold" id="team-editor-title">
        Review team for {subjectName(row)}, {row.organisationName}
      </Text>
      <Button appearance="subtle" onClick={() => onClose(null)}>
        Back to the list
      </Button>
      <LoadView state={data} onRetry={data.reload}>
        {(view) => (
          // A fresh form for each load: after a conflict, "load the saved team" starts again from it.
          <TeamForm key={`${view.team?.version ?? 0}`} row={row} view={view} onReload={data.reload} onClose={onClose} />
        )}
      </LoadView>
    </section>
  );
}

function TeamForm({
  row,
  view,
  onReload,
  onClose,
}: {
  row: ReviewTeamRow;
  view: TeamView;
  onReload: () => void;
  onClose: (saved: string | null) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  const [members, setMembers] = useState<readonly Member[]>(
    view.members.map((m) => ({ personId: m.personId, role: m.role })),
  );
  const [date, setDate] = useState(view.team?.visit.date ?? '');
  const [startTime, setStartTime] = useState(view.team?.visit.startTime ?? '');
  const [format, setFormat] = useState<VisitFormat>(view.team?.visit.format ?? 'in_person');
  const [facts, setFacts] = useState<ReadonlyMap<string, PersonFacts>>(
    () => new Map(view.members.map((m) => [m.personId, { displayName: m.displayName }])),
  );
  const [refusal, setRefusal] = useState<{ message: string; violations: readonly TeamViolation[] } | null>(null);
  const [conflict, setConflict] = useState(false);
  const [saving, setSaving] = useState(false);
  const visit = { date, format, ...(startTime ? { startTime } : {}) };
  const check = useTeamCheck(api, row.assessmentId, { members: [...members], visit }, date !== '');
  const nameOf = (personId: string) => facts.get(personId)?.displayName ?? personId;
  const forMember = (personId: string) => check.violations.filter((v) => v.personId === personId);
  const forTeam = check.violations.filter(
    (v) => v.personId === null || !members.some((m) => m.personId === v.personId),
  );

  const add = (personId: string, role: ReviewerRole, person: PersonFacts) => {
    setFacts((f) => new Map(f).set(personId, person));
    setMembers((list) => [...list, { personId, role }]);
  };
  const remove = (personId: string) => setMembers((list) => list.filter((m) => m.personId !== personId));
  const changeRole = (personId: string, role: ReviewerRole) =>
    setMembers((list) => list.map((m) => (m.personId === personId ? { ...m, role } : m)));

  const save = async () => {
    setSaving(true);
    setRefusal(null);
    setConflict(false);
    try {
      await api.saveReviewTeam(row.assessmentId, { members: [...members], visit, version: view.team?.version ?? 0 });
      onClose(`The review team for ${subjectName(row)} is saved.`);
    } catch (error) {
      if (isProblem(error, 409)) setConflict(true);
      else setRefusal({ message: messageOf(error), violations: violationsOf(error) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <div className={styles.block}>
        <Text block as="h3" size={400} weight="semibold">
          The visit
        </Text>
        <div className={styles.visit}>
          <Field label="Visit date" required>
            <Input type="date" value={date} onChange={(_, d) => setDate(d.value)} />
          </Field>
          <Field label="Start time (UK time)" hint="24-hour clock, e.g. 09:30">
            <Input type="time" value={startTime} onChange={(_, d) => setStartTime(d.value)} />
          </Field>
          <SelectField
            label="Format"
            value={format}
            onChange={(v) => setFormat(v as VisitFormat)}
            options={Object.entries(VISIT_FORMAT_LABELS).map(([value, label]) => ({ value, label }))}
          />
        </div>
      </div>

      <div className={styles.block}>
        <Text block as="h3" size={400} weight="semibold" id="team-members-title">
          Members ({members.length})
        </Text>
        <div role="status" aria-live="polite">
          {date === '' ? (
            <Text>Choose a visit date, and the team is checked against the network&apos;s rules as you build it.</Text>
          ) : check.checking ? (
            <Text>Checking the team against the network&apos;s rules…</Text>
          ) : check.error ? (
            <Text>The team could not be checked: {check.error}</Text>
          ) : check.violations.length === 0 ? (
            <Text>The team keeps every rule.</Text>
          ) : (
            <Text>
              The team breaks {check.violations.length === 1 ? 'a rule' : `${check.violations.length} rules`}: see
              below.
            </Text>
          )}
        </div>
        {members.length === 0 ? <Text block>Nobody on the team yet: add people from the pool below.</Text> : null}
        <ul className={styles.members} aria-labelledby="team-members-title">
          {members.map((m) => {
            const broken = forMember(m.personId);
            return (
              <li key={m.personId} className={styles.member}>
                <Text weight="semibold">{nameOf(m.personId)}</Text>
                <div className={styles.row}>
                  <SelectField
                    label={`Role of ${nameOf(m.personId)}`}
                    value={m.role}
                    onChange={(v) => changeRole(m.personId, v as ReviewerRole)}
                    options={ROLE_OPTIONS}
                  />
                  <Button onClick={() => remove(m.personId)} aria-label={`Remove ${nameOf(m.personId)} from the team`}>
                    Remove
                  </Button>
                </div>
                {broken.length > 0 ? (
                  <ul className={styles.broken} aria-label={`Rules broken by ${nameOf(m.personId)}`}>
                    {broken.map((v) => (
                      <li key={v.rule}>{v.message}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
        {forTeam.length > 0 ? (
          <div>
            <Text block weight="semibold">
              The team as a whole
            </Text>
            <ul className={styles.broken} aria-label="Rules broken by the team as a whole">
              {forTeam.map((v) => (
                <li key={`${v.rule}:${v.personId ?? ''}`}>{v.message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>

      <div className={styles.block}>
        <div role="alert">
          {conflict ? (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                Someone else saved this team while you were changing it, so your changes were not saved. Load their
                team, then make your changes again.{' '}
                <Button size="small" onClick={onReload}>
                  Load the saved team
                </Button>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {refusal ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {refusal.violations.length > 0 ? (
                  <>
                    The team was not saved, because:
                    <ul>
                      {refusal.violations.map((v) => (
                        <li key={`${v.rule}:${v.personId ?? ''}`}>{v.message}</li>
                      ))}
                    </ul>
                  </>
                ) : (
                  refusal.message
                )}
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </div>
        <div className={styles.row}>
          <Button appearance="primary" disabled={saving} onClick={() => void save()}>
            Save the team
          </Button>
        </div>
      </div>

      <CandidatePool
        assessmentId={row.assessmentId}
        visitDate={date}
        onTeam={new Set(members.map((m) => m.personId))}
        onAdd={add}
      />
    </>
  );
}

/** The broken rules a refused save lists (the problem's `violations`), when it lists them. */
function violationsOf(error: unknown): TeamViolation[] {
  if (!isProblem(error)) return [];
  const listed = error.problem['violations'];
  if (!Array.isArray(listed)) return [];
  return listed.filter(
    (v): v is TeamViolation =>
      typeof v === 'object' && v !== null && typeof (v as { message?: unknown }).message === 'string',
  );
}
