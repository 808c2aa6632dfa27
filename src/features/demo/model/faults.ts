import * as z from '@/config/zod';

/**
 * The faults the mock Graph can answer with, shared by the Fault lab, the mock itself and the tests.
 * Status faults answer in Graph's error envelope; the rest break the body or the connection.
 */
export const FAULT_KINDS = {
  'http-400': { label: '400 Bad Request', status: 400, code: 'BadRequest' },
  'http-401': { label: '401 Unauthorized', status: 401, code: 'InvalidAuthenticationToken' },
  'http-403': { label: '403 Forbidden', status: 403, code: 'Forbidden' },
  'http-403-approval': {
    label: '403 ApprovalRequired (Multi Admin Approval)',
    status: 403,
    code: 'ApprovalRequired',
  },
  'http-404': { label: '404 Not Found', status: 404, code: 'ResourceNotFound' },
  'http-409': { label: '409 Conflict', status: 409, code: 'Conflict' },
  'http-412': { label: '412 Precondition Failed', status: 412, code: 'PreconditionFailed' },
  'http-429': { label: '429 Too Many Requests', status: 429, code: 'TooManyRequests' },
  'http-500': { label: '500 Internal Server Error', status: 500, code: 'InternalServerError' },
  'http-502': { label: '502 Bad Gateway', status: 502, code: 'BadGateway' },
  'http-503': { label: '503 Service Unavailable', status: 503, code: 'ServiceUnavailable' },
  'http-504': { label: '504 Gateway Timeout', status: 504, code: 'GatewayTimeout' },
  'html-body': { label: 'HTML page instead of JSON', status: null, code: null },
  'truncated-json': { label: 'Truncated JSON body', status: null, code: null },
  'wrong-type': { label: 'Schema break: a property of the wrong type', status: null, code: null },
  'missing-value': {
    label: 'Schema break: `value` (or an entity’s `id`) missing',
    status: null,
    code: null,
  },
  'network-error': { label: 'Network failure (no answer)', status: null, code: null },
  'dropped-response': {
    label: 'Connection dropped after Graph applied the request',
    status: null,
    code: null,
  },
  latency: { label: 'Slow answer only (set the latency)', status: null, code: null },
  stall: { label: 'No answer at all (the request hangs)', status: null, code: null },
  'accept-ignore': {
    label: 'Accept but ignore: 204 without applying the change',
    status: null,
    code: null,
  },
} as const satisfies Record<string, { label: string; status: number | null; code: string | null }>;

export type FaultKind = keyof typeof FAULT_KINDS;
const FAULT_KIND_NAMES = Object.keys(FAULT_KINDS) as [FaultKind, ...FaultKind[]];

export const faultSpecSchema = z.object({
  method: z.enum(['GET', 'PATCH', 'POST', 'DELETE', '*']),
  /** Relative to Graph's version segment: `/deviceManagement/ndesConnectors/:id`; `*` matches any rest. */
  path: z.string().check(z.startsWith('/')),
  kind: z.enum(FAULT_KIND_NAMES),
  /** How many matching requests the fault answers before it is used up. */
  count: z._default(z.int().check(z.minimum(1), z.maximum(100)), 1),
  /**
   * `direct`: requests sent to `path` itself. `batch`: the inner requests of a JSON `$batch` whose
   * method and url match (`path` may name one connector's id); a lost answer there loses the whole
   * batch call's answer.
   */
  scope: z._default(z.enum(['direct', 'batch']), 'direct'),
  /** `batch` only: strike just the inner request at this 1-based place in the batch's `requests`. */
  position: z.optional(z.int().check(z.minimum(1), z.maximum(20))),
  retryAfter: z.optional(
    z.object({
      // Graph sends a decimal inside a batch, e.g. 0.249.
      seconds: z.number().check(z.minimum(0), z.maximum(3600)),
      format: z.enum(['seconds', 'http-date']),
    }),
  ),
  latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(60_000))),
  /**
   * Overrides for a status fault's envelope, e.g. a `target` naming the property a 400 is about; for
   * "accept-ignore", the one property left unchanged (the rest of the PATCH is applied).
   */
  code: z.optional(z.string()),
  message: z.optional(z.string()),
  target: z.optional(z.string()),
  /** Only this demo tenant's requests; every tenant's when left out. */
  tenantId: z.optional(z.string()),
});

export type FaultSpec = z.input<typeof faultSpecSchema>;
export type ArmedFault = z.output<typeof faultSpecSchema> & { id: string; hits: number };

export const isUsedUp = (fault: ArmedFault) => fault.hits >= fault.count;

/** What the Fault lab needs from the mock Graph. */
export type FaultControls = {
  arm: (spec: FaultSpec) => ArmedFault;
  list: () => ArmedFault[];
  clear: () => void;
  /** The armed faults in a component, re-rendering as requests use them up. */
  use: () => ArmedFault[];
};
