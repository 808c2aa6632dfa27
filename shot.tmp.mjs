import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 1280, height: 900 } });
p.on('console', m => console.log('console:', m.type(), m.text()));
p.on('pageerror', e => console.log('pageerror:', e.message));
await p.goto(process.argv[2] ?? 'http://localhost:4173/');
await p.waitForTimeout(2500);
await p.screenshot({ path: process.argv[3] ?? '/tmp/shot.png', fullPage: true });
await b.close();
