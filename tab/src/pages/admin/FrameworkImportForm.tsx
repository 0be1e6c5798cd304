import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components';
import { useId, useState, type ChangeEvent } from 'react';
import { useApp } from '../../app/app-context';
import type { FrameworkSummary } from '../../api/types';
import { AdminForm } from './AdminForm';
import { ImportErrors, importErrorsOf } from './ImportErrors';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import { useSubmit } from './use-submit';

const useStyles = makeStyles({
  file: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
});

/** Import a framework file (JSON, or CSV of standards) as a new draft; problems are listed line by line. */
export function FrameworkImportForm({
  frameworks,
  onImported,
}: {
  frameworks: readonly FrameworkSummary[];
  onImported: (notice: string) => void;
}) {
  const styles = useStyles();
  const fileId = useId();
  const { api } = useApp();
  const submit = useSubmit();
  const [format, setFormat] = useState<'json' | 'csv'>('json');
  const [content, setContent] = useState('');
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [versionNumber, setVersionNumber] = useState('');
  const [baseFrameworkId, setBase] = useState('');
  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    setContent(await file.text());
    if (file.name.toLowerCase().endsWith('.csv')) setFormat('csv');
    if (file.name.toLowerCase().endsWith('.json')) setFormat('json');
  };
  const save = async () => {
    const csv =
      format === 'csv'
        ? {
            ...(key ? { key } : {}),
            ...(name ? { name } : {}),
            ...(versionNumber ? { versionNumber: Number(versionNumber) } : {}),
            ...(baseFrameworkId ? { baseFrameworkId } : {}),
          }
        : {};
    const imported = await submit.run(
      () => api.importFramework({ format, content, ...csv }),
      (f) => `${f.name} is imported.`,
    );
    if (imported)
      onImported(
        `${imported.name} version ${imported.versionNumber} is imported as a draft. Publish it to use it in a cycle.`,
      );
  };
  const lineErrors = importErrorsOf(submit.error);
  return (
    <AdminForm
      title="Import a framework"
      state={{ ...submit, formError: lineErrors ? null : submit.formError }}
      onSubmit={() => void save()}
      submitLabel="Import"
    >
      <Field label="File format">
        <RadioGroup layout="horizontal" value={format} onChange={(_, d) => setFormat(d.value as 'json' | 'csv')}>
          <Radio value="json" label="JSON (whole framework)" />
          <Radio value="csv" label="CSV (standards only)" />
        </RadioGroup>
      </Field>
      <div className={styles.file}>
        <label htmlFor={fileId}>Choose the file</label>
        <input
          id={fileId}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          onChange={(e) => void readFile(e)}
        />
      </div>
      <TextField
        label="Or paste its content"
        multiline
        value={content}
        onChange={setContent}
        error={submit.fieldErrors['content']}
      />
      {format === 'csv' ? (
        <>
          <TextField label="Framework key" value={key} onChange={setKey} error={submit.fieldErrors['key']} />
          <TextField label="Name" value={name} onChange={setName} error={submit.fieldErrors['name']} />
          <TextField
            label="Version number"
            type="number"
            value={versionNumber}
            onChange={setVersionNumber}
            error={submit.fieldErrors['versionNumber']}
          />
          <SelectField
            label="Take recognition levels and theme descriptions from"
            value={baseFrameworkId}
            onChange={setBase}
            placeholder="Choose a framework version"
            options={frameworks.map((f) => ({ value: f.id, label: `${f.name} (version ${f.versionNumber})` }))}
            error={submit.fieldErrors['baseFrameworkId']}
          />
        </>
      ) : null}
      {lineErrors ? <ImportErrors errors={lineErrors} /> : null}
    </AdminForm>
  );
}
