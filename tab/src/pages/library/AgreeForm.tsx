import { Button, Checkbox, Field, Input, makeStyles, Select, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { LibraryEntryView, ServiceType } from '../../api/types';
import { SERVICE_TYPE_LABELS, SERVICE_TYPES } from '../../../../src/domain/service-types';

const useStyles = makeStyles({
  form: { display: 'grid', gap: tokens.spacingVerticalM, marginTop: tokens.spacingVerticalS, minWidth: 0 },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  files: { display: 'grid', gap: tokens.spacingVerticalXXS, border: 'none', margin: 0, padding: 0, minWidth: 0 },
  big: { minHeight: '44px' },
});

export interface AgreedEntry {
  readonly title: string;
  readonly whatTheyDo: string;
  readonly contact: { readonly name: string; readonly email: string };
  readonly serviceType: ServiceType;
  readonly evidenceIds: readonly string[];
}

/**
 * The service agrees to share a proposal: it writes the entry in its own words (starting from the proposal), names
 * a contact, says what kind of service it is and picks any of its evidence files to share.
 */
export function AgreeForm({
  entry,
  onSubmit,
  onCancel,
}: {
  entry: LibraryEntryView;
  onSubmit: (agreed: AgreedEntry) => Promise<void>;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const { api, me } = useApp();
  const files = useLoad(() => api.evidence(entry.assessmentId), entry.assessmentId);
  const [title, setTitle] = useState(entry.title);
  const [whatTheyDo, setWhatTheyDo] = useState(entry.whatTheyDo);
  const [name, setName] = useState(entry.contact.name || me.person.displayName);
  const [email, setEmail] = useState(entry.contact.email || me.person.email);
  const [serviceType, setServiceType] = useState<ServiceType | ''>(entry.serviceType ?? '');
  const [evidenceIds, setEvidenceIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [missingType, setMissingType] = useState(false);

  return (
    <form
      className={styles.form}
      aria-label="Agree to share"
      onSubmit={(event) => {
        event.preventDefault();
        if (serviceType === '') {
          setMissingType(true);
          return;
        }
        setBusy(true);
        void onSubmit({ title, whatTheyDo, contact: { name, email }, serviceType, evidenceIds }).finally(() =>
          setBusy(false),
        );
      }}
    >
      <Field label="Title" required hint="A few words others will recognise in a list.">
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="What the service does" required hint="In your own words: what you do, for whom, and how.">
        <Textarea value={whatTheyDo} onChange={(_, d) => setWhatTheyDo(d.value)} resize="vertical" rows={5} />
      </Field>
      <Field label="Contact name" required>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label="Contact e-mail" required>
        <Input type="email" value={email} onChange={(_, d) => setEmail(d.value)} />
      </Field>
      <Field
        label="Type of service"
        validationMessage={missingType ? 'Choose the type of service, so others like you can find it.' : undefined}
        validationState={missingType ? 'error' : 'none'}
      >
        <Select value={serviceType} onChange={(_, d) => setServiceType(d.value as ServiceType | '')}>
          <option value="">Choose…</option>
          {SERVICE_TYPES.map((t) => (
            <option key={t} value={t}>
              {SERVICE_TYPE_LABELS[t]}
            </option>
          ))}
        </Select>
      </Field>
      {files.status === 'ready' && files.data.length > 0 ? (
        <fieldset className={styles.files}>
          <legend>Files to share with it (optional)</legend>
          {files.data.map((f) => (
            <Checkbox
              key={f.id}
              label={f.fileName}
              checked={evidenceIds.includes(f.id)}
              onChange={(_, d) =>
                setEvidenceIds((ids) => (d.checked === true ? [...ids, f.id] : ids.filter((id) => id !== f.id)))
              }
            />
          ))}
        </fieldset>
      ) : null}
      <div className={styles.buttons}>
        <Button type="submit" appearance="primary" className={styles.big} disabled={busy}>
          Agree and publish
        </Button>
        <Button className={styles.big} onClick={onCancel} disabled={busy}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
