import type { RequestPurpose } from '@/lib/graph/request-purpose';

/** What each scope tag request is for, in the words its failure is explained with. */
export const scopeTagPurposes = {
  list: {
    action: 'read scope tags',
    permissionHint:
      'Reading scope tags needs DeviceManagementConfiguration.Read.All (or ReadWrite.All) and an Intune role that can read them.',
  },
} satisfies Record<string, RequestPurpose>;
