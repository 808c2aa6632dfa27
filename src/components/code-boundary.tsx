import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { ErrorBoundary } from 'react-error-boundary';

import { CodeLoadError } from '@/lib/code-load-error';
import { retryFailedCode } from '@/lib/lazy-code';

import './code-boundary.css';
import { CodeLoadAlert } from './code-load-alert';
import { RetryWhenBackOnline } from './retry-when-back-online';

type CodeBoundaryProps = {
  /** What loads inside, as the notice's subject: "The export menu". */
  what: string;
  /** Closes what failed to open, when its owner can: the notice's Close calls it. */
  onClose?: () => void;
  children: ReactNode;
};

/**
 * Around a dialog, menu or outlet whose code loads on first use. A failed load shows a notice over the
 * page instead of taking the page (and what was typed in it) down, and loads again on Retry, once the
 * network is back, or on the next open after Close. Any other error goes on up.
 */
export function CodeBoundary({ what, onClose, children }: CodeBoundaryProps) {
  const [dismissed, setDismissed] = useState(false);
  const dismiss = () => {
    setDismissed(true);
    retryFailedCode();
    onClose?.();
  };
  return (
    <ErrorBoundary
      onReset={() => {
        retryFailedCode();
        setDismissed(false);
      }}
      fallbackRender={({ error, resetErrorBoundary }) => {
        if (!(error instanceof CodeLoadError)) throw error;
        return (
          <>
            <RetryWhenBackOnline retry={resetErrorBoundary} />
            {/* On the body, not inside the toolbar or menu whose part failed. */}
            {!dismissed &&
              createPortal(
                <div className="code-boundary-notice">
                  <CodeLoadAlert
                    what={what}
                    error={error}
                    onRetry={resetErrorBoundary}
                    onClose={dismiss}
                  />
                </div>,
                document.body,
              )}
          </>
        );
      }}
    >
      {children}
    </ErrorBoundary>
  );
}
