import { MessageBar, MessageBarBody } from '@fluentui/react-components';

/** What the last change did, announced politely (the form that made it has closed). */
export function SectionNotice({ text }: { text: string | null }) {
  return (
    <div role="status" aria-live="polite">
      {text ? (
        <MessageBar intent="success">
          <MessageBarBody>{text}</MessageBarBody>
        </MessageBar>
      ) : null}
    </div>
  );
}
