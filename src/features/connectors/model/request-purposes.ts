import type { RequestPurpose } from '@/lib/graph/request-purpose';

const READ_PERMISSION =
  'Reading connectors needs DeviceManagementConfiguration.Read.All (or ReadWrite.All) and an Intune role that can read them.';

const ONE_CONNECTOR = {
  notFound: {
    title: 'This connector no longer exists in the tenant.',
    hint: 'It may have been deleted or unenrolled. Go back to the list of connectors.',
  },
  conflict: 'Someone else changed this connector. Reload it and try again.',
} satisfies Partial<RequestPurpose>;

/** What each connector request is for, in the words its failure is explained with. */
export const connectorPurposes = {
  list: { action: 'read connectors', permissionHint: READ_PERMISSION },
  detail: { action: 'read connectors', permissionHint: READ_PERMISSION, ...ONE_CONNECTOR },
  save: {
    action: 'change this connector',
    permissionHint:
      'Graph refused the change: your account needs an Intune role that can update connectors (for example Intune Administrator).',
    ...ONE_CONNECTOR,
    // saveConnector re-reads before it PATCHes, which is what makes sending again safe.
    inDoubt: {
      answered:
        'The change may or may not have been applied. Sending it again checks the connector first, so it is never applied twice.',
      unanswered:
        'The change may not have been saved. Sending it again checks the connector first and sends the change only if Graph does not hold it yet.',
    },
  },
  bulk: {
    action: 'change these connectors',
    permissionHint:
      'Graph refused the batch: your account needs an Intune role that can update or delete connectors (for example Intune Administrator).',
  },
  delete: {
    action: 'delete this connector',
    permissionHint:
      'Graph refused the delete: your account needs an Intune role that can delete connectors (for example Intune Administrator).',
    ...ONE_CONNECTOR,
    inDoubt: {
      answered:
        'The delete may or may not have been applied. Deleting again is safe: a connector already gone is reported as such.',
      unanswered:
        'No answer came back, so the connector may or may not be deleted. The app reads it again before offering the delete again.',
    },
  },
} satisfies Record<string, RequestPurpose>;
