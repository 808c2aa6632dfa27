import type { ReactNode } from 'react';

import { Stack } from '@/components/ui/stack';
import { Typography } from '@/components/ui/typography';

import './page-header.css';

type PageHeaderProps = { title: ReactNode; subtitle?: ReactNode; actions?: ReactNode };

export function PageHeader({ title, subtitle, actions }: PageHeaderProps) {
  return (
    <div className="page-header">
      <div>
        <Typography variant="h1" style={{ overflowWrap: 'anywhere' }}>
          {title}
        </Typography>
        {subtitle && (
          <Typography variant="body2" color="secondary" style={{ overflowWrap: 'anywhere' }}>
            {subtitle}
          </Typography>
        )}
      </div>
      {actions && (
        <Stack direction="row" spacing={1}>
          {actions}
        </Stack>
      )}
    </div>
  );
}
