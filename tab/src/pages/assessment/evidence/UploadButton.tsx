import { Button } from '@fluentui/react-components';
import { useRef, type ChangeEvent } from 'react';

/** A button that opens the file chooser (the native input stays hidden and out of the tab order). */
export function UploadButton({
  label,
  onFiles,
  disabled,
}: {
  label: string;
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  };
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={disabled ?? false}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept=".pdf,.docx,.xlsx,.pptx,.doc,.xls,.csv,.txt,.png,.jpg,.jpeg"
        onChange={chosen}
        data-testid="evidence-file-input"
      />
    </>
  );
}
