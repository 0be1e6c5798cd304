import {
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';

const useStyles = makeStyles({
  link: { overflowWrap: 'anywhere', fontFamily: tokens.fontFamilyMonospace },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM, alignItems: 'center' },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
});

/** The public QR code of a run's link, as the API draws it, for a poster (SVG) or a leaflet (PNG). */
export function qrCodeUrl(token: string, format: 'svg' | 'png'): string {
  return `/api/v1/public/questionnaires/${encodeURIComponent(token)}/qr.${format}`;
}

/**
 * A run's public short link and its QR codes, shown once: right after the questionnaire is opened or given a new
 * link. The store keeps only a digest of the token, so this is the only time they can be copied.
 */
export function PublicLinkPanel({ title, publicLink, token }: { title: string; publicLink: string; token: string }) {
  const styles = useStyles();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(publicLink);
      setCopied('Link copied.');
    } catch {
      setCopied('The link could not be copied here: select it and copy it yourself.');
    }
  };
  return (
    <MessageBar intent="success" layout="multiline">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>The link to “{title}”</MessageBarTitle>
        <Text block>
          Share this link, or print its QR code on a poster or leaflet. Copy it now: for safety it is shown only this
          once. If it goes where it should not, give the questionnaire a new link.
        </Text>
        <Text block className={styles.link} data-testid="public-link">
          {publicLink}
        </Text>
        <div className={styles.row}>
          <Button onClick={() => void copy()}>Copy the link</Button>
          <Link href={qrCodeUrl(token, 'png')} download="questionnaire-qr-code.png">
            Download the QR code (PNG, for a leaflet)
          </Link>
          <Link href={qrCodeUrl(token, 'svg')} download="questionnaire-qr-code.svg">
            Download the QR code (SVG, for a poster)
          </Link>
        </div>
        <Text role="status" aria-live="polite">
          {copied}
        </Text>
      </MessageBarBody>
    </MessageBar>
  );
}
