import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { AppTheme } from '@/theme/app-theme';
import { MuiScope } from '@/theme/mui-scope';

import { COMPARE_SAMPLES } from './compare-samples';

/**
 * A demo-only page (kit-compare.html, built in demo mode only): each component of the first page's kit
 * beside MUI's own rendering of it, for e2e/kit-matches-mui.spec.ts to compare their computed styles.
 */
function KitCompare() {
  return (
    <main style={{ padding: 16 }}>
      <h1 className="ui-text ui-text--h1">The kit beside MUI</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Sample</th>
            <th scope="col">Kit</th>
            <th scope="col">MUI</th>
          </tr>
        </thead>
        <tbody>
          {COMPARE_SAMPLES.map(({ name, kit, mui }) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td data-sample={name} data-side="kit">
                {kit}
              </td>
              <td data-sample={name} data-side="mui">
                {mui}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('kit-compare.html has no #root element.');
createRoot(container).render(
  <StrictMode>
    <AppTheme>
      <MuiScope>
        <KitCompare />
      </MuiScope>
    </AppTheme>
  </StrictMode>,
);
