import * as fs from 'fs';
import * as path from 'path';
import type { Locator, Page } from 'playwright-core';
import { launchBrowser, type LaunchedBrowser } from '../support/browser';
import { startCodeServer, type RunningCodeServer } from '../support/code-server';
import { fixtureWorkspace, repoRoot, screenshotDir } from '../support/paths';
import { workbenchUrl } from '../support/workbench-url';

/** How long one user-visible reaction may take before a step fails. */
export const uiTimeoutMs = 20_000;

/**
 * A code-server workbench in headless Chromium with HVConf loaded from the
 * repository (extensionDevelopmentPath) on the fixture workspace, and the
 * user gestures the UI test needs.
 */
export class WorkbenchPage {
  private constructor(
    private readonly server: RunningCodeServer,
    private readonly browser: LaunchedBrowser,
    readonly page: Page,
  ) {}

  static async open(): Promise<WorkbenchPage> {
    const server = await startCodeServer();
    let browser: LaunchedBrowser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.context.newPage();
      page.setDefaultTimeout(uiTimeoutMs);
      await page.goto(workbenchUrl({ origin: server.origin, folder: fixtureWorkspace, extensionDevelopmentPath: repoRoot }));
      await page.locator('.monaco-workbench').waitFor();
      return new WorkbenchPage(server, browser, page);
    } catch (error) {
      await browser?.close();
      await server.stop();
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
  }

  /** Opens a workspace file through Quick Open (Ctrl+P), as a user would. */
  async openFile(relativePath: string): Promise<Locator> {
    const name = path.basename(relativePath);
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(relativePath);
    await this.page.locator(`.quick-input-list .monaco-list-row:has-text("${name}")`).first().waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator(`.tabs-container .tab.active:has-text("${name}")`).waitFor();
    const editor = this.page.locator('.editor-group-container.active .monaco-editor').first();
    await editor.locator('.view-lines').waitFor();
    return editor;
  }

  /** Runs a palette command by its title (F1, type, Enter). */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input.input');
    await input.waitFor();
    await input.fill(`>${title}`);
    await this.page.locator(`.quick-input-list .monaco-list-row:has-text("${title}")`).first().waitFor();
    await this.page.keyboard.press('Enter');
  }

  /** The token span showing exactly `text` on the editor line that contains `lineText`. */
  token(editor: Locator, lineText: string, text: string): Locator {
    return editor
      .locator('.view-line', { hasText: lineText })
      .locator('span > span', { hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first();
  }

  async screenshot(name: string): Promise<string> {
    fs.mkdirSync(screenshotDir, { recursive: true });
    const file = path.join(screenshotDir, `${name}.png`);
    await this.page.screenshot({ path: file });
    return file;
  }
}
