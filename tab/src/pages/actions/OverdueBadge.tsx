import { Badge } from '@fluentui/react-components';

/** "Overdue" in words with a warning sign, so it never rests on colour alone. */
export function OverdueBadge() {
  return (
    <Badge appearance="tint" color="danger" shape="rounded" icon={<span aria-hidden="true">⚠</span>}>
      Overdue
    </Badge>
  );
}
