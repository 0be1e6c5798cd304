import { Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { useApp } from '../../app/app-context';
import type { ChannelSendProgress } from '../../api/types';

/** How often the page asks how far a send to the channel has got while it runs. */
export const CHANNEL_SEND_POLL_MS = 2_000;

/**
 * How far sending a staff questionnaire to the channel's members has got ("Sending: 120 of 340 sent; 2 could not be
 * reached."), followed until it ends, then how it ended: in the API's words, announced politely to screen readers.
 * `onFinished` lets the page read again what the lead may do now.
 */
export function ChannelSendStatus({
  assessmentId,
  initial,
  onFinished,
}: {
  assessmentId: string;
  initial: ChannelSendProgress;
  onFinished: () => void;
}) {
  const { api } = useApp();
  // The page keys this by the send, so a new send (or the page read again) starts from what the API says.
  const [progress, setProgress] = useState(initial);

  useEffect(() => {
    if (progress.state !== 'running') return;
    let stopped = false;
    const timer = setTimeout(() => {
      api
        .questionnaireChannelSend(assessmentId, progress.runId)
        .then(({ job }) => {
          if (stopped || !job) return;
          setProgress(job);
          if (job.state !== 'running') onFinished();
        })
        // A missed look is no loss: the next one asks again.
        .catch(() => !stopped && setProgress((p) => ({ ...p })));
    }, CHANNEL_SEND_POLL_MS);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [api, assessmentId, progress, onFinished]);

  const label =
    progress.state === 'running'
      ? 'Sending to the channel’s members'
      : progress.state === 'completed'
        ? 'Sent to the channel’s members'
        : 'Not sent to everyone in the channel';
  return (
    <div role="status" aria-live="polite" data-testid="channel-send-status">
      <Text weight="semibold">{label}: </Text>
      <Text>{progress.message}</Text>
    </div>
  );
}
