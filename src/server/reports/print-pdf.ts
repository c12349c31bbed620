/**
 * HTML to PDF with Debian's Chromium (playwright-core's page.pdf): the browser is started for
 * the document and closed after it, at most two at a time. Without Chromium on the machine the
 * answer is 503 report_pdf_unavailable (the other formats still work).
 */
import { access, constants } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { Problem } from '../http/problem.js';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const MAX_RUNNING = 2;
let running = 0;
const waiting: (() => void)[] = [];

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await fn();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

export async function printPdf(html: string, executablePath: string): Promise<Buffer> {
  try {
    await access(executablePath, constants.X_OK);
  } catch {
    throw new Problem(503, 'report_pdf_unavailable');
  }
  return slot(async () => {
    const browser = await chromium.launch({ executablePath, args: ARGS });
    try {
      const page = await browser.newPage({ javaScriptEnabled: false });
      // No request leaves the document: it has no external resources, and nothing else may load.
      await page.route('**/*', (route) => route.abort());
      await page.setContent(html, { waitUntil: 'load' });
      return await page.pdf({
        format: 'A4',
        landscape: true,
        printBackground: true,
        preferCSSPageSize: true,
      });
    } finally {
      await browser.close();
    }
  });
}
