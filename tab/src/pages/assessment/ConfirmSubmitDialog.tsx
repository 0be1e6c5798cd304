import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from '@fluentui/react-components';

export function ConfirmSubmitDialog({
  open,
  busy,
  onCancel,
  onConfirm,
}: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <Dialog open={open} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Submit the self-assessment?</DialogTitle>
          <DialogContent>
            Once it is submitted the ratings are locked, so the review team reads exactly what you sent. If something
            needs to change, the lead reviewer can return it to you.
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm} disabled={busy}>
              {busy ? 'Submitting…' : 'Submit'}
            </Button>
            <Button onClick={onCancel} disabled={busy}>
              Not yet
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
