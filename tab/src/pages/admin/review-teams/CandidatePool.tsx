import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../../app/app-context';
import { useLoad } from '../../../app/use-load';
import type { Candidate, ReviewerRole } from '../../../api/types';
import { PROFESSION_LABELS, ROLE_LABELS } from '../../../../../src/domain/labels';
import { LoadView } from '../../../ui/LoadView';
import { trainingText } from '../../shared/training-text';
import { SelectField } from '../SelectField';
import { ROLE_OPTIONS } from './role-options';

/** What the editor keeps about a person it has added, to name them. */
export interface PersonFacts {
  readonly displayName: string;
}

const useStyles = makeStyles({
  list: { display: 'grid', gap: tokens.spacingVerticalM, listStyleType: 'none', margin: 0, padding: 0 },
  card: {
    display: 'grid',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  barred: { color: tokens.colorPaletteRedForeground1 },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'end', gap: tokens.spacingHorizontalM },
});

/**
 * The pool of trained reviewers not yet on the team, each with their training, their other reviews this cycle and,
 * in words, why they cannot review this assessment. Anyone can be added: the rules then say what is wrong.
 */
export function CandidatePool({
  assessmentId,
  visitDate,
  onTeam,
  onAdd,
}: {
  assessmentId: string;
  visitDate: string;
  onTeam: ReadonlySet<string>;
  onAdd: (personId: string, role: ReviewerRole, person: PersonFacts) => void;
}) {
  const styles = useStyles();
  const { api } = useApp();
  // Training is judged on the visit date being planned, so a change of date asks again.
  const data = useLoad(
    () => api.reviewCandidates(assessmentId, visitDate || undefined),
    `candidates:${assessmentId}:${visitDate}`,
  );
  return (
    <section aria-labelledby="pool-title">
      <Text block as="h3" size={400} weight="semibold" id="pool-title">
        Trained reviewers to choose from
      </Text>
      <LoadView state={data} onRetry={data.reload}>
        {(candidates) => {
          const free = candidates.filter((c) => !onTeam.has(c.personId));
          return free.length === 0 ? (
            <Text block>Everyone in the pool is on the team.</Text>
          ) : (
            <ul className={styles.list} aria-labelledby="pool-title">
              {free.map((c) => (
                <CandidateCard key={c.personId} candidate={c} onAdd={onAdd} />
              ))}
            </ul>
          );
        }}
      </LoadView>
    </section>
  );
}

function CandidateCard({
  candidate,
  onAdd,
}: {
  candidate: Candidate;
  onAdd: (personId: string, role: ReviewerRole, person: PersonFacts) => void;
}) {
  const styles = useStyles();
  const trainedFor = ROLE_OPTIONS.filter((o) => !candidate.notTrainedFor.includes(o.value));
  const [role, setRole] = useState<ReviewerRole>(trainedFor[0]?.value ?? 'peer_reviewer');
  const name = candidate.displayName;
  return (
    <li className={styles.card}>
      <Text weight="semibold">{name}</Text>
      <Text>
        {PROFESSION_LABELS[candidate.profession]}
        {candidate.otherReviewsThisCycle > 0
          ? `; on ${candidate.otherReviewsThisCycle === 1 ? '1 other review' : `${candidate.otherReviewsThisCycle} other reviews`} this cycle`
          : '; on no other review this cycle'}
      </Text>
      {candidate.training.map((t) => (
        <Text key={t.role}>{trainingText(t)}</Text>
      ))}
      {candidate.notTrainedFor.length > 0 ? (
        <Text>
          Not trained to sit as {candidate.notTrainedFor.map((r) => ROLE_LABELS[r].toLowerCase()).join(' or ')}.
        </Text>
      ) : null}
      {candidate.barred.length > 0 ? (
        <Text className={styles.barred}>Cannot review this: {candidate.barred.join('; ')}.</Text>
      ) : null}
      <div className={styles.row}>
        <SelectField
          label={`Add ${name} as`}
          value={role}
          onChange={(v) => setRole(v as ReviewerRole)}
          options={ROLE_OPTIONS}
        />
        <Button
          onClick={() => onAdd(candidate.personId, role, { displayName: name })}
          aria-label={`Add ${name} to the team`}
        >
          Add
        </Button>
      </div>
    </li>
  );
}
