/**
 * What a request was for, in the words an admin reads when it fails. Features define their purposes;
 * lib/graph phrases its messages around them and falls back to naming the method and path.
 */
export type RequestPurpose = {
  /** Finishes "You do not have permission to …": 'read widgets', 'change this widget'. */
  action: string;
  /** What the account needs, said when Graph refuses the request (403). */
  permissionHint?: string;
  /** When the thing the request is about has gone (404). Without it the message names the path. */
  notFound?: { title: string; hint: string };
  /** Title when someone else changed the thing meanwhile (409, 412). */
  conflict?: string;
  /** For a write whose outcome is in doubt: what to say, and what sending it again does. */
  inDoubt?: {
    /** Graph answered 500, 502, 504 or garbled: the change may or may not have been applied. */
    answered: string;
    /** No answer came at all: the change may not have been saved. */
    unanswered: string;
  };
};
