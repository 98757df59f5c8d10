import * as assert from 'assert';
import { WorkbenchPage } from './workbench-page';

/**
 * Drives the workbench like a user: sees the squiggle and the Problems entry,
 * hovers a key, picks a completion and runs a palette command. Screenshots
 * of each step go to test-results/screenshots/.
 */
describe('HVConf in the workbench (UI)', function () {
  this.timeout(120_000);
  let workbench: WorkbenchPage;

  before(async () => {
    workbench = await WorkbenchPage.open();
  });
  after(async () => {
    await workbench?.close();
  });

  it('underlines a mistake and lists it in the Problems panel', async () => {
    const { page } = workbench;
    const editor = await workbench.openFile('xen/mistakes.cfg');
    await editor.locator('.squiggly-error').first().waitFor();
    const problems = page.locator('#status\\.problems');
    await page.waitForFunction(
      "/Errors?: [1-9]/.test(document.querySelector('#status\\\\.problems')?.getAttribute('aria-label') ?? '')",
    );
    assert.match((await problems.getAttribute('aria-label')) ?? '', /Errors?: [1-9]/);
    await workbench.screenshot('01-squiggles');

    await page.keyboard.press('Control+Shift+M');
    const panel = page.locator('.markers-panel');
    await panel.waitFor();
    await panel.locator('.monaco-list-row', { hasText: 'Unknown disk format' }).first().waitFor();
    await panel.locator('.monaco-list-row', { hasText: 'Domain name must be specified' }).first().waitFor();
    await workbench.screenshot('02-problems');
    await page.keyboard.press('Control+Shift+M');
  });

  it('shows the documentation of a key on hover', async () => {
    const { page } = workbench;
    const editor = await workbench.openFile('xen/web-pv.cfg');
    const hover = page.locator('.monaco-hover:visible', { hasText: 'MiB' });
    // CodeLens lines appear asynchronously and push the text down, so a
    // pointer placed just before may end up on another line: point again.
    for (let attempt = 1; ; attempt++) {
      await page.mouse.move(0, 0);
      await workbench.token(editor, 'memory = 1024', 'memory').hover();
      try {
        await hover.waitFor({ timeout: 5_000 });
        break;
      } catch (error) {
        if (attempt === 3) throw error;
      }
    }
    assert.match(await hover.innerText(), /memory/);
    await workbench.screenshot('03-hover');
    await page.keyboard.press('Escape');
  });

  it('completes a key picked from the suggestion list', async () => {
    const { page } = workbench;
    const editor = await workbench.openFile('xen/web-pv.cfg');
    await editor.locator('.view-lines').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('maxm');
    await page.keyboard.press('Control+Space');
    const row = page.locator('.suggest-widget.visible .monaco-list-row', { hasText: 'maxmem' }).first();
    await row.waitFor();
    await workbench.screenshot('04-completion');
    await row.click();
    await editor.locator('.view-line', { hasText: /^maxmem\s=\s/ }).waitFor();
    await workbench.screenshot('05-completion-accepted');
    // leave the file as it is on disk
    await page.keyboard.press('Escape');
    for (let undo = 0; undo < 3 && (await editor.locator('.view-line', { hasText: 'maxm' }).count()) > 0; undo++) {
      await page.keyboard.press('Control+Z');
    }
  });

  it('shows the pinned Xen version and the server state in the language status', async () => {
    const { page } = workbench;
    await workbench.openFile('xen/web-pv.cfg');
    await page.locator('#status\\.languageStatus').click();
    const status = page.locator('.monaco-hover:visible', { hasText: 'Xen c447b730' });
    await status.waitFor();
    assert.match(await status.innerText(), /HVConf running/);
    await workbench.screenshot('07-language-status');
    await page.keyboard.press('Escape');
  });

  it('restarts the language server from the command palette', async () => {
    const { page } = workbench;
    await workbench.runCommand('HVConf: Restart Language Server');
    const toast = page.locator('.notifications-toasts .notification-toast', { hasText: 'HVConf language server restarted' });
    await toast.waitFor();
    await workbench.screenshot('06-restart');
  });
});
