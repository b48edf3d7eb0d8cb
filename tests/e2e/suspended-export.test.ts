// Browser end-to-end for a suspended account's *Baixar meus dados* at the
// sign-in refused with ACCOUNT_SUSPENDED (the right of access does not lapse
// with a suspension): offered only for that refusal, beside *Recorrer da
// suspensão*; it saves the same JSON file as the account page's export, with
// the e-mail and password typed; once the account is reinstated the API's
// 409 NOT_SUSPENDED reads as its sentence and nothing is saved. axe on the
// new view at both widths.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { AccountExport } from '../../core/schemas.ts';
import { createAuction, registerEach } from '../support/api-client.ts';
import { assertAccessibleAtBothSizes } from './support/accessibility.ts';
import { reinstateAccount, suspendAccount } from './support/appeals-api.ts';
import { grantModerator } from './support/moderation-api.ts';
import { screenshotBoth, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const PASSWORD = 'correct horse battery';
const SUSPENDED =
  'Esta conta está suspensa pela moderação: não é possível entrar até que ela seja reativada.';

describe('a suspended account downloads its data at sign-in', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite();

  /** Signs in through the form of the page's /login. */
  async function signIn(page: Page, email: string, password = PASSWORD) {
    await page.getByLabel('E-mail').fill(email);
    await page.getByLabel('Senha').fill(password);
    await page.getByRole('button', { name: 'Entrar' }).last().click();
  }

  test('saves the account’s JSON with the e-mail and password typed; a reinstated account is told to sign in', async () => {
    const [rui, mara] = await registerEach(suite.stack.url, ['Rui', 'Mara Moderadora']);
    const lot = await createAuction(suite.stack.url, rui.token, {
      title: 'Vitrola antiga',
      durationSeconds: 900,
    });
    await grantModerator(suite.stack, mara);
    await suspendAccount(suite.stack.url, mara, rui.user.id, 'fraud');

    const { page } = await suite.open('/login');
    await signIn(page, rui.user.email, 'not the password');
    await waitForText(page, 'form-error', 'E-mail ou senha incorretos.');
    assert.equal(await page.getByTestId('suspended-export').count(), 0, 'only when suspended');

    await signIn(page, rui.user.email);
    await waitForText(page, 'form-error', SUSPENDED);
    const section = page.getByTestId('suspended-export');
    await section.getByRole('heading', { level: 2, name: 'Seus dados' }).waitFor();
    assert.equal(await page.getByTestId('suspension-appeal').count(), 1, 'beside the appeal');
    await assertAccessibleAtBothSizes(page, 'sign-in refused, with the data download');
    await screenshotBoth(page, 'suspended-export');

    // What was typed is what proves the account, even if the fields change since.
    await page.getByLabel('Senha').fill('');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Baixar meus dados' }).click(),
    ]);
    assert.match(download.suggestedFilename(), /^arremate-\d{4}-\d{2}-\d{2}\.json$/);
    const data = JSON.parse(await readFile(await download.path(), 'utf8')) as AccountExport;
    assert.equal(data.account.id, rui.user.id);
    assert.equal(data.account.email, rui.user.email);
    assert.deepEqual(
      data.selling.map(({ id }) => id),
      [lot.id],
    );
    await waitForText(page, 'suspended-export-outcome', 'Arquivo baixado.');

    // Reinstated meanwhile: the API's 409 NOT_SUSPENDED, said by its code; no file.
    await reinstateAccount(suite.stack.url, mara, rui.user.id);
    let saved = false;
    page.on('download', () => (saved = true));
    await section.getByRole('button', { name: 'Baixar meus dados' }).click();
    await waitForText(
      page,
      'suspended-export-outcome',
      'Esta conta não está suspensa: entre normalmente.',
    );
    assert.equal(saved, false, 'nothing saved');
    await assertAccessibleAtBothSizes(page, 'sign-in page, the download refused');
  });
});
