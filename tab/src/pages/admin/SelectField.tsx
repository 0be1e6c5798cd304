import { Field, Select } from '@fluentui/react-components';

export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
  required,
  placeholder,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
  error?: string | undefined;
  required?: boolean;
  placeholder?: string;
}) {
  return (
    <Field
      label={label}
      required={required ?? false}
      validationMessage={error}
      validationState={error ? 'error' : 'none'}
    >
      <Select value={value} onChange={(_, d) => onChange(d.value)}>
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </Field>
  );
}
