import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { InformationAnswerForm } from './InformationAnswerForm';
import { asksAbout, useInformationContext } from './use-information-requests';

const useStyles = makeStyles({
  asks: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** At a standard the review team asked about: each ask, with the service's answer box beside it. */
export function StandardAsks({ standardCode }: { readonly standardCode: string }) {
  const styles = useStyles();
  const information = useInformationContext();
  const view = information?.state.data;
  if (!information || !view) return null;
  const asks = asksAbout(view, standardCode);
  if (asks.length === 0) return null;
  return (
    <div className={styles.asks}>
      {asks.map((item) => (
        <MessageBar key={item.id} intent="warning" layout="multiline">
          <MessageBarBody className={styles.asks}>
            <MessageBarTitle>The review team asks about {standardCode}</MessageBarTitle>
            {item.text}
            <InformationAnswerForm
              item={item}
              permission={view.allowed.answer}
              onAnswer={(text) => information.answer(item.id, text)}
            />
          </MessageBarBody>
        </MessageBar>
      ))}
    </div>
  );
}
