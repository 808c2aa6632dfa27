import type { ConfigProblem } from '@/config/app-config';
import { AppTheme } from '@/theme/app-theme';

import type { RenderRoot } from './render-root';

/** The config error page, loaded only when /config.json has a problem, off every visit's first page. */
export async function showConfigProblems(render: RenderRoot, problems: ConfigProblem[]) {
  const { ConfigErrorPage } = await import('@/features/auth/components/config-error-page');
  render(
    <AppTheme>
      <ConfigErrorPage problems={problems} />
    </AppTheme>,
  );
}
