import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
const [,, svgFile, png, w, h] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: +w, height: +h } });
await page.setContent(`<html><body style="margin:0">${readFileSync(svgFile,'utf8')}</body></html>`);
await page.screenshot({ path: png });
await browser.close();
