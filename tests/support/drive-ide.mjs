// Opens the GraphQL IDE in headless Chromium (from the @sparticuz/chromium npm package, so no system
// browser is needed), with every non-local request blocked, runs the preloaded query and reports what
// a person would see. Usage: node drive-ide.mjs URL SCREENSHOT.png  → JSON on stdout.
import chromium from '@sparticuz/chromium';
import puppeteer from 'puppeteer-core';

const [url, screenshot] = process.argv.slice(2);
const report = { blocked: [], consoleErrors: [], title: null, editorHasExample: false, result: '', ran: false };
const browser = await puppeteer.launch({ executablePath: await chromium.executablePath(), args: chromium.args, headless: true });
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    const u = new URL(req.url());
    const local = ['localhost', '127.0.0.1', '[::1]'].includes(u.hostname) || ['data:', 'blob:'].includes(u.protocol);
    if (local) req.continue();
    else {
      report.blocked.push(req.url());
      req.abort();
    }
  });
  page.on('console', (m) => m.type() === 'error' && report.consoleErrors.push(m.text()));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  report.title = await page.title();
  await page.waitForSelector('.graphiql-container', { timeout: 60_000 });
  await page.waitForFunction(() => document.body.innerText.includes('WhoSaidWhat'), { timeout: 60_000 });
  report.editorHasExample = true;
  await page.click('.graphiql-execute-button');
  await page.waitForFunction(() => document.querySelector('.result-window')?.textContent?.includes('"edges"'), { timeout: 60_000 });
  report.ran = true;
  report.result = (await page.$eval('.result-window', (e) => e.textContent ?? '')).replace(/\s+/g, ' ');
  await page.screenshot({ path: screenshot });
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(report));
