import type { ReactNode } from 'react';

import { Alert } from '@/components/ui/alert';
import { Stack } from '@/components/ui/stack';

import type { Connector } from '../model/connector';

import { tenantFindings } from './tenant-findings';

const SEVERITY = { warning: 'warning', unhealthy: 'error' } as const;

type TenantFindingsPanelProps = {
  connectors: readonly Connector[];
  /** Shown under the findings: the lazily loaded version timeline mounts here. */
  children?: ReactNode;
};

/** What the tenant's connectors say together (one active, none active, mixed versions), above the list. */
export function TenantFindingsPanel({ connectors, children }: TenantFindingsPanelProps) {
  const findings = tenantFindings(connectors);
  if (findings.length === 0 && !children) return null;
  return (
    <Stack component="section" aria-label="Tenant findings" spacing={1}>
      {findings.map((finding) => (
        <Alert key={finding.kind} severity={SEVERITY[finding.level]} role="note">
          {finding.text}
        </Alert>
      ))}
      {children}
    </Stack>
  );
}
