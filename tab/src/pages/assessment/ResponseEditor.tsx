import { Field, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { RATINGS } from './ratings';
import type { Rating } from '../../api/types';
import type { ResponseFields } from './response-fields';
import { RATING_LABELS } from '../../../../src/domain/labels';
import { NA_REASON_REQUIRED_MESSAGE, naReasonMissing } from '../../../../src/domain/response-rules';
import { useState } from 'react';

const useStyles = makeStyles({
  editor: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  textarea: { width: '100%' },
  // On a phone the four ratings wrap onto a second line rather than run off the screen (WCAG 1.4.10 reflow).
  ratings: { flexWrap: 'wrap' },
});

export interface ResponseEditorProps {
  readonly code: string;
  readonly fields: ResponseFields;
  readonly onChange: (patch: Partial<ResponseFields>, quick?: boolean) => void;
  readonly onLeaveField: () => void;
  /** Messages from the API, by the field they name. */
  readonly fieldErrors: Readonly<Record<string, string>>;
  readonly describedBy: string;
}

/** Rating, the reason for "not applicable", and the narrative of one standard. */
export function ResponseEditor({
  code,
  fields,
  onChange,
  onLeaveField,
  fieldErrors,
  describedBy,
}: ResponseEditorProps) {
  const styles = useStyles();
  // The reason is checked when the person leaves its field, not the moment "not applicable" is chosen.
  const [leftReason, setLeftReason] = useState(false);
  const naMissing = leftReason && naReasonMissing(fields);
  const naMessage = fieldErrors['naReason'] ?? (naMissing ? NA_REASON_REQUIRED_MESSAGE : undefined);
  return (
    <div className={styles.editor}>
      <Field
        label={`Rating for standard ${code}`}
        validationMessage={fieldErrors['rating']}
        validationState={fieldErrors['rating'] ? 'error' : 'none'}
      >
        <RadioGroup
          layout="horizontal"
          className={styles.ratings}
          value={fields.rating ?? ''}
          aria-describedby={describedBy}
          onChange={(_, data) => {
            setLeftReason(false);
            onChange({ rating: data.value as Rating }, true);
          }}
        >
          {RATINGS.map((rating) => (
            <Radio key={rating} value={rating} label={RATING_LABELS[rating]} />
          ))}
        </RadioGroup>
      </Field>
      {fields.rating === 'not_applicable' ? (
        <Field
          label="Why does this standard not apply?"
          required
          validationMessage={naMessage}
          validationState={naMessage ? 'error' : 'none'}
        >
          <Textarea
            className={styles.textarea}
            resize="vertical"
            value={fields.naReason}
            onChange={(_, data) => onChange({ naReason: data.value })}
            onBlur={() => {
              setLeftReason(true);
              onLeaveField();
            }}
          />
        </Field>
      ) : null}
      <Field
        label="What you do today, and how you know"
        hint="A few sentences for the review team. Mention the evidence you have."
        validationMessage={fieldErrors['narrative']}
        validationState={fieldErrors['narrative'] ? 'error' : 'none'}
      >
        <Textarea
          className={styles.textarea}
          resize="vertical"
          rows={4}
          value={fields.narrative}
          onChange={(_, data) => onChange({ narrative: data.value })}
          onBlur={onLeaveField}
        />
      </Field>
    </div>
  );
}
