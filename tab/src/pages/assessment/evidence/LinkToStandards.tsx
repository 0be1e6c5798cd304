import { Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { messageOf } from '../../../api/errors';
import type { EvidenceRecord, Standard } from '../../../api/types';

const useStyles = makeStyles({
  fieldset: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalM,
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
  },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
});

/** Choose more standards for one file ("collect once, use many"). */
export function LinkToStandards({
  record,
  standards,
  onLink,
  onClose,
}: {
  record: EvidenceRecord;
  standards: readonly Standard[];
  onLink: (codes: string[]) => Promise<void>;
  onClose: (notice: string | null) => void;
}) {
  const styles = useStyles();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const link = async () => {
    setBusy(true);
    setError(null);
    try {
      await onLink([...chosen]);
      onClose(`${record.fileName} now also supports ${chosen.join(', ')}.`);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <fieldset className={styles.fieldset}>
        <legend>Standards {record.fileName} also supports</legend>
        {standards.map((s) => (
          <Checkbox
            key={s.code}
            label={`${s.code} ${s.title}`}
            checked={chosen.includes(s.code)}
            onChange={(_, d) => setChosen((c) => (d.checked ? [...c, s.code] : c.filter((x) => x !== s.code)))}
          />
        ))}
      </fieldset>
      {error ? <p role="alert">{error}</p> : null}
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy || chosen.length === 0} onClick={() => void link()}>
          Link to the chosen standards
        </Button>
        <Button onClick={() => onClose(null)}>Cancel</Button>
      </div>
    </div>
  );
}
