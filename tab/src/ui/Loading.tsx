import { Spinner } from '@fluentui/react-components';

export function Loading({ label = 'Loading…' }: { label?: string }) {
  return <Spinner size="medium" label={label} role="status" />;
}
