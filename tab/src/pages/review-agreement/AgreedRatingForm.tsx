import { Button, Field, makeStyles, Radio, RadioGroup, Text, Textarea, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { AgreedRating, Permission, Rating } from '../../api/types';
import { RATING_LABELS } from '../../../../src/domain/labels';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { RATINGS } from '../assessment/ratings';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  ratings: { display: 'flex', flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * The team's agreed rating of one standard with its rationale, recorded by the lead reviewer. What is typed stays
 * in the form until the API has saved it: a failed save shows why and keeps every word.
 */
export function AgreedRatingForm({
  standardCode,
  agreed,
  permission,
  onSave,
}: {
  readonly standardCode: string;
  readonly agreed: AgreedRating | null;
  readonly permission: Permission;
  readonly onSave: (rating: Rating, rationale: string, version: number) => Promise<AgreedRating>;
}) {
  const styles = useStyles();
  const labelId = useId();
  const [rating, setRating] = useState<Rating | null>(agreed?.rating ?? null);
  const [rationale, setRationale] = useState(agreed?.rationale ?? '');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<AgreedRating | null>(agreed);
  const unchanged = saved !== null && saved.rating === rating && saved.rationale === rationale.trim();

  if (!permission.allowed) {
    return (
      <Text className={styles.muted}>
        {saved
          ? `Agreed: ${RATING_LABELS[saved.rating]}. ${saved.rationale}`
          : `No agreed rating yet. ${permission.reason}`}
      </Text>
    );
  }

  const save = async () => {
    if (rating === null) return;
    setSaving(true);
    setError(null);
    try {
      setSaved(await onSave(rating, rationale, saved?.version ?? 0));
    } catch (e) {
      setError(e);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className={styles.form}
      aria-labelledby={labelId}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <Text id={labelId} weight="semibold">
        Agreed rating for {standardCode}
      </Text>
      <RadioGroup
        layout="horizontal"
        className={styles.ratings}
        aria-labelledby={labelId}
        value={rating ?? ''}
        onChange={(_, data) => setRating(RATINGS.find((r) => r === data.value) ?? null)}
      >
        {RATINGS.map((r) => (
          <Radio key={r} value={r} label={RATING_LABELS[r]} />
        ))}
      </RadioGroup>
      <Field
        label={`Rationale for ${standardCode}`}
        hint="Why the team settled on this rating: what it saw, heard or read. The service will read it."
        required
      >
        <Textarea value={rationale} onChange={(_, data) => setRationale(data.value)} resize="vertical" />
      </Field>
      {error ? <ErrorMessage error={error} title={`The agreed rating for ${standardCode} was not saved`} /> : null}
      <div>
        <Button type="submit" appearance="primary" disabled={saving || rating === null || unchanged}>
          {saving ? 'Saving…' : saved ? 'Save changes' : 'Save agreed rating'}
        </Button>
      </div>
      {saved && unchanged ? <Text className={styles.muted}>Saved.</Text> : null}
    </form>
  );
}
