import { Button } from '@/components/ui/button';
import { OpenInNewIcon } from '@/components/ui/icons';

type ConsentLinkButtonProps = { consentUrl: string; tenantName: string };

/** The tenant's admin-consent page, in a new tab: an administrator grants the app its permissions there. */
export function ConsentLinkButton({ consentUrl, tenantName }: ConsentLinkButtonProps) {
  return (
    <Button
      color="inherit"
      size="small"
      href={consentUrl}
      target="_blank"
      rel="noopener noreferrer"
      endIcon={<OpenInNewIcon />}
    >
      Grant admin consent in {tenantName}
    </Button>
  );
}
