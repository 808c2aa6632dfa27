import { checkDemoSignInFault } from '@/lib/auth/demo-sign-in-fault';

import { reconfigure } from './graph-answers';
import { TEST_TOKEN } from './graph-test-config';

/**
 * The Graph client's tokens obey the demo's "next token needs sign-in" (armDemoSignInFault), as the
 * demo auth client's do; the test's auth client (the demo one) clears it on sign-in.
 */
export function tokensObeySignInFault() {
  reconfigure({
    getAccessToken: (request) => {
      checkDemoSignInFault(request?.interactive);
      return Promise.resolve(TEST_TOKEN);
    },
  });
}
