import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import { render, screen } from '@testing-library/react';
import { expect, it } from 'vitest';

import { readSourceTexts } from '../../scripts/source-texts.mjs';

import { ROW_HEIGHT_PX, sharedRule } from './customizations/shared-rules';
import { MuiScope } from './mui-scope';

const SHARED_CSS = 'src/theme/shared-rules.css';
const sources = readSourceTexts('src', /\.css$/);
const kitCss = Object.entries(sources).filter(([file]) => file.startsWith('src/components/ui/'));
const declarations = (property: string) =>
  kitCss.flatMap(([file, text]) =>
    [...text.matchAll(new RegExp(`[\\s;{]${property}:\\s*([^;]+);`, 'g'))].map(
      ([, value]) => `${file}: ${value}`,
    ),
  );
const variable = (usage: string) => usage.replace(/^var\((--[\w-]+)\)$/, '$1');

it('defines each shared rule once, in shared-rules.css', () => {
  for (const usage of Object.values(sharedRule)) {
    const definitions = Object.entries(sources).filter(([, text]) =>
      text.includes(`${variable(usage)}:`),
    );
    expect(
      definitions.map(([file]) => file),
      usage,
    ).toEqual([SHARED_CSS]);
  }
  expect(sources[SHARED_CSS]).toContain(`--app-row-height: ${ROW_HEIGHT_PX}px;`);
});

it('draws every focus outline and the table head of the kit from the shared rules', () => {
  const outlines = declarations('outline').filter((line) => !line.endsWith(': 0'));
  expect(outlines.length).toBeGreaterThanOrEqual(4);
  for (const line of outlines) expect(line).toMatch(/: var\(--app-focus-outline\)$/);
  for (const line of declarations('outline-offset'))
    expect(line).toMatch(/: var\(--app-focus-outline-offset\)$/);

  const head = sources['src/components/ui/table.css']?.match(/\.ui-cell--head \{([^}]*)\}/)?.[1];
  expect(head).toContain(`font-weight: ${sharedRule.tableHeadFontWeight};`);
  expect(head).toContain(`color: ${sharedRule.tableHeadColor};`);
});

it('has MUI’s theme read the same rules, so an override of one reaches MUI’s screens too', () => {
  render(
    <MuiScope>
      <Button>Save</Button>
      <Table>
        <TableHead>
          <TableRow>
            <TableCell>Name</TableCell>
          </TableRow>
        </TableHead>
        <TableBody />
      </Table>
    </MuiScope>,
  );
  const rules = [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule) => rule instanceof CSSStyleRule);
  const styleOf = (selector: (text: string) => boolean) =>
    rules.find((rule) => selector(rule.selectorText))?.style;
  const headClass = [...screen.getByRole('columnheader').classList].find((c) =>
    c.startsWith('css-'),
  );
  const head = styleOf((text) => text === `.${headClass}`);
  expect(head?.fontWeight).toBe(sharedRule.tableHeadFontWeight);
  expect(head?.color).toBe(sharedRule.tableHeadColor);
  const focused = styleOf((text) => text.endsWith('.Mui-focusVisible') && text.includes('Button'));
  expect(focused?.outline).toBe(sharedRule.focusOutline);
  expect(focused?.outlineOffset).toBe(sharedRule.focusOutlineOffset);
});
