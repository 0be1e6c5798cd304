import { Field, makeStyles, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { useApp } from '../../app/app-context';
import { useLoad } from '../../app/use-load';
import type { NotificationPreferenceRequest } from '../../api/types';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LoadView } from '../../ui/LoadView';

const useStyles = makeStyles({
  section: {
    display: 'grid',
    gap: tokens.spacingVerticalS,
    marginTop: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusLarge,
    minWidth: 0,
  },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

/**
 * How the person hears about their work: chat messages from the bot, Teams' activity feed (the bell), or both. The
 * choices, their words and what the choice means for the person now all come from the API; a choice is saved as
 * soon as it is made, and the result is announced.
 */
export function NotificationChoice() {
  const styles = useStyles();
  const { api, me } = useApp();
  const preference = useLoad(async () => api.notificationPreference(), me.person.id);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const result = useRef<HTMLParagraphElement>(null);

  const choose = async (notifyBy: NotificationPreferenceRequest['notifyBy']) => {
    setSaving(true);
    setSaveError(null);
    setSaved(null);
    try {
      const view = await api.chooseNotificationChannels({ notifyBy });
      preference.setData(() => view);
      setSaved(`Saved. ${view.explanation}`);
    } catch (error) {
      setSaveError(error);
    } finally {
      setSaving(false);
      // The result (saved, or why not) is where the person's attention goes next.
      requestAnimationFrame(() => result.current?.focus());
    }
  };

  return (
    <section className={styles.section} aria-labelledby="notification-choice-heading">
      <Text block as="h2" size={400} weight="semibold" className={styles.heading} id="notification-choice-heading">
        How you hear about your work
      </Text>
      <LoadView state={preference} onRetry={preference.reload} loadingLabel="Finding your choice…">
        {(view) => (
          <>
            <Field label="Send my reminders as">
              <RadioGroup
                value={view.notifyBy}
                disabled={saving}
                onChange={(_, data) => {
                  const picked = view.options.find((o) => o.value === data.value);
                  if (picked) void choose(picked.value);
                }}
              >
                {view.options.map((option) => (
                  <Radio key={option.value} value={option.value} label={option.label} />
                ))}
              </RadioGroup>
            </Field>
            <Text block as="p" className={styles.muted} ref={result} tabIndex={-1} role="status">
              {saved ?? view.explanation}
            </Text>
            {saveError ? <ErrorMessage error={saveError} title="Your choice was not saved" /> : null}
          </>
        )}
      </LoadView>
    </section>
  );
}
