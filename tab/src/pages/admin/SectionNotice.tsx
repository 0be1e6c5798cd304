import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useResultFocus } from '../../ui/use-result-focus';

/** What the last change did, announced politely and focused (the form that made it has closed). */
export function SectionNotice({ text }: { text: string | null }) {
  const { ref } = useResultFocus<HTMLDivElement>(text);
  return (
    <div role="status" aria-live="polite" tabIndex={-1} ref={ref} data-testid="section-notice">
      {text ? (
        <MessageBar intent="success">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
