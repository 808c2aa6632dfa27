import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SCRIPT = path.resolve(__dirname, 'check-layout.mjs');
const roots: string[] = [];

afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A throwaway project with the given files under `src/`. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'check-layout-'));
  roots.push(root);
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, 'src', file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  }
  return root;
}

function run(root: string) {
  const result = spawnSync(process.execPath, [SCRIPT, root], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// Distinct lines, so no block of them repeats.
const lines = (count: number, prefix = 'v') =>
  Array.from({ length: count }, (_, i) => `export const ${prefix}${i} = ${i};\n`).join('');

const BLOCK = `export function total(items: { price: number; quantity: number }[]): number {
  let sum = 0;
  for (const item of items) {
    if (item.quantity > 0) sum += item.price * item.quantity;
  }
  const rounded = Math.round(sum * 100) / 100;
  return rounded > 0 ? rounded : 0;
}
`;

const CLEAN = {
  'features/orders/order-total.ts': `import { money } from '@/lib/money';\n${lines(10, 'a')}`,
  'lib/money.ts': `import { round } from './round';\nexport const money = round;\n`,
  'lib/round.ts': 'export const round = Math.round;\n',
  // Tests and src/testing are not measured: big, circular and copied there is fine.
  'lib/money.test.ts': `import '@/features/orders/order-total';\n${lines(300, 't')}${BLOCK}`,
  'testing/helpers.ts': `import '@/features/orders/order-total';\n${lines(300, 'h')}${BLOCK}`,
  'lib/money.property.test.ts': BLOCK,
};

describe('check-layout', () => {
  it('passes a clean tree and prints its numbers', () => {
    const { status, output } = run(tree(CLEAN));
    expect(output).toContain(
      'Files: 3; largest: src/features/orders/order-total.ts (11 lines); average: 4.7 lines',
    );
    expect(output).toContain('Folder cycles: 0');
    expect(output).toContain('Duplicated blocks (6+ lines): 0');
    expect(output).toContain('Layout check passed.');
    expect(status).toBe(0);
  });

  it('fails when the largest file is over 200 lines', () => {
    const { status, output } = run(
      tree({ ...CLEAN, 'lib/big.ts': lines(201), 'lib/small-1.ts': lines(1, 's') }),
    );
    expect(output).toContain('Largest file src/lib/big.ts has 201 lines (at most 200).');
    expect(output).not.toContain('Average file has');
    expect(status).toBe(1);
  });

  it('fails when the average file is over 60 lines', () => {
    const { status, output } = run(
      tree({ 'a/one.ts': lines(61, 'a'), 'b/two.ts': lines(62, 'b') }),
    );
    expect(output).toContain('Average file has 61.5 lines (at most 60).');
    expect(output).not.toContain('Largest file');
    expect(status).toBe(1);
  });

  it('fails when folders import each other in a circle, and shows the circle', () => {
    const { status, output } = run(
      tree({
        ...CLEAN,
        'lib/round.ts': `import { a0 } from '@/features/orders/order-total';\nexport const round = a0;\n`,
      }),
    );
    expect(output).toContain(
      'Folders import each other in a circle: src/features/orders → src/lib → src/features/orders',
    );
    expect(output).toContain("src/features/orders/order-total.ts imports '@/lib/money'");
    expect(output).toContain("src/lib/round.ts imports '@/features/orders/order-total'");
    expect(status).toBe(1);
  });

  it('counts a parent and a child folder as two nodes', () => {
    const { status, output } = run(
      tree({
        'mocks/db.ts': `import { handle } from './handlers/connectors';\nexport const db = handle;\n`,
        'mocks/handlers/connectors.ts': `import type { db } from '../db';\nexport const handle = (d: typeof db) => d;\n`,
      }),
    );
    expect(output).toContain(
      'Folders import each other in a circle: src/mocks → src/mocks/handlers → src/mocks',
    );
    expect(status).toBe(1);
  });

  it('fails on a block of 6 or more lines repeated in two files, naming both places', () => {
    const { status, output } = run(
      tree({
        ...CLEAN,
        'features/orders/cart.ts': BLOCK,
        'lib/invoice.ts': `// invoice\n${BLOCK}`,
      }),
    );
    expect(output).toContain('Duplicated blocks (6+ lines): 1');
    expect(output).toMatch(
      /Repeated block: src\/(features\/orders\/cart\.ts:1-8 and src\/lib\/invoice\.ts:2-9|lib\/invoice\.ts:2-9 and src\/features\/orders\/cart\.ts:1-8)/,
    );
    expect(status).toBe(1);
  });
});
