import { Field, Input, Textarea } from '@fluentui/react-components';

/** A labelled text input with the API's message for its field underneath. */
export function TextField({
  label,
  value,
  onChange,
  error,
  required,
  hint,
  type = 'text',
  multiline,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  required?: boolean;
  hint?: string;
  type?: 'text' | 'email' | 'date' | 'number';
  multiline?: boolean;
}) {
  return (
    <Field
      label={label}
      required={required ?? false}
      {...(hint ? { hint } : {})}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      {multiline ? (
        <Textarea value={value} onChange={(_, d) => onChange(d.value)} resize="vertical" />
      ) : (
        <Input type={type} value={value} onChange={(_, d) => onChange(d.value)} />
      )}
    </Field>
  );
}
