import { Field, makeStyles, Radio, RadioGroup, Textarea, tokens } from '@fluentui/react-components';
import { RATINGS } from './ratings';
import type { Rating } from '../../api/types';
import type { ResponseFields } from './response-fields';
import { RATING_LABELS } from '../../../../src/domain/labels';

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
  const naMissing = fields.rating === 'not_applicable' && fields.naReason.trim() === '';
  const naMessage =
    fieldErrors['naReason'] ?? (naMissing ? 'Say why this standard does not apply to your service.' : undefined);
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
          onChange={(_, data) => onChange({ rating: data.value as Rating }, true)}
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
          validationState={fieldErrors['naReason'] ? 'error' : naMissing ? 'warning' : 'none'}
        >
          <Textarea
            className={styles.textarea}
            resize="vertical"
            value={fields.naReason}
            onChange={(_, data) => onChange({ naReason: data.value })}
            onBlur={onLeaveField}
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
