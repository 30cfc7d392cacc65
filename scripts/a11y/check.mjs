// Loads a report page in headless Chromium at a desktop and a phone width, runs axe-core's
// WCAG 2.0/2.1/2.2 A and AA rules, and checks what axe cannot see: at 390 px the page
// does not scroll sideways (tables and charts scroll in their own boxes) and chart text
// stays readable. Prints each violation; exits 1 when there is any.
//   usage: node check.mjs REPORT.html [CHROMIUM]
import { readFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import puppeteer from "puppeteer-core";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const page_path = resolve(process.argv[2] ?? "out/report/report.html");
const chromium = process.argv[3] ?? "/usr/bin/chromium";
const profile = mkdtempSync(join(tmpdir(), "canvass-a11y-"));

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  userDataDir: profile,
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run",
         `--user-data-dir=${profile}`],
});
let failures = 0;
try {
  for (const [name, width, height] of [["desktop", 1280, 900], ["phone", 390, 844]]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    await page.goto("file://" + page_path, { waitUntil: "load" });
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () =>
      await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] } }));
    for (const v of result.violations) {
      failures++;
      console.log(`${name}: ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} element(s)`);
      for (const n of v.nodes.slice(0, 3)) console.log(`    ${n.target.join(" ")}: ${n.failureSummary.split("\n").join(" ")}`);
    }
    console.log(`${name} (${width} px): ${result.passes.length} rules passed, ${result.violations.length} violated, ` +
                `${result.incomplete.length} to review by hand`);
    if (name === "phone") {
      const layout = await page.evaluate(() => {
        const sideways = document.documentElement.scrollWidth - window.innerWidth;
        let smallest = Infinity;
        for (const t of document.querySelectorAll("svg text")) {
          const px = parseFloat(getComputedStyle(t).fontSize) * (t.ownerSVGElement.getBoundingClientRect().width /
                     t.ownerSVGElement.viewBox.baseVal.width);
          if (px > 0) smallest = Math.min(smallest, px);
        }
        return { sideways, smallest };
      });
      if (layout.sideways > 1) {
        failures++;
        console.log(`phone: the page scrolls sideways by ${layout.sideways} px`);
      }
      if (layout.smallest < 9) {
        failures++;
        console.log(`phone: chart text shrinks to ${layout.smallest.toFixed(1)} px`);
      }
      console.log(`phone: page width fits (${layout.sideways} px over), smallest chart text ${layout.smallest.toFixed(1)} px`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failures ? 1 : 0);
