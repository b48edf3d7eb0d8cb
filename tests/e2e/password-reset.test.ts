// Browser end-to-end for "Esqueci minha senha": from the sign-in page to the
// e-mail (through a loopback SMTP relay), the link's page, a new password,
// and signing in with it; the link's token leaves the address bar at once.
import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { eventually, register } from '../support/api-client.ts';
import { startSmtpStandIn } from '../support/smtp-stand-in.ts';
import { PHONE } from './support/browser.ts';
import { screenshot, waitForText } from './support/page-helpers.ts';
import { useBrowserSuite } from './support/suite.ts';

const smtp = await startSmtpStandIn();

describe('password reset in the browser', { timeout: 120_000 }, () => {
  const suite = useBrowserSuite({
    apiEnv: { SMTP_URL: smtp.url, PUBLIC_URL: 'https://leiloes.example.com' },
  });
  after(() => smtp.close());

  test('a forgotten password is replaced through the e-mailed link', async () => {
    const account = await register(suite.stack.url, 'Rosa');
    const { page } = await suite.open('/login', { viewport: PHONE });
    await page.getByRole('link', { name: 'Esqueci minha senha' }).click();
    await page.getByLabel('E-mail').fill(account.user.email);
    await page.getByRole('button', { name: 'Enviar o link' }).click();
    await waitForText(page, 'reset-asked', `Se houver uma conta com ${account.user.email}`);
    await screenshot(page, 'password-reset-asked-phone');

    // Signing up sent a verification e-mail too: the reset one is picked by its subject.
    const mail = await eventually(() =>
      smtp.accepted.find(
        (m) => m.to[0] === account.user.email && m.subject === 'Redefinir sua senha no Arremate',
      ),
    );
    const token = /\/reset#token=([A-Za-z0-9_-]+)/.exec(mail.text)?.[1];
    assert.ok(token, mail.text);

    await page.goto(`${suite.stack.url}/reset#token=${token}`);
    await page.getByLabel('Nova senha').waitFor();
    assert.ok(!page.url().includes(token), 'the token left the address bar');
    await page.getByLabel('Nova senha').fill('curta');
    await page.getByRole('button', { name: 'Salvar a nova senha' }).click();
    await page.getByText('Pelo menos 8 caracteres').first().waitFor();
    await page.getByLabel('Nova senha').fill('uma senha nova e longa');
    await page.getByRole('button', { name: 'Salvar a nova senha' }).click();
    await waitForText(page, 'reset-outcome', 'Senha redefinida');
    await screenshot(page, 'password-reset-done-phone');

    await page.getByRole('link', { name: 'Entrar' }).last().click();
    await page.getByLabel('E-mail').fill(account.user.email);
    await page.getByLabel('Senha').fill('uma senha nova e longa');
    await page.getByRole('button', { name: 'Entrar' }).last().click();
    await waitForText(page, 'signed-in-user', 'Rosa');

    // The same link a second time says it is spent.
    await page.goto(`${suite.stack.url}/reset#token=${token}`);
    await page.getByLabel('Nova senha').fill('outra senha longa');
    await page.getByRole('button', { name: 'Salvar a nova senha' }).click();
    await waitForText(page, 'reset-outcome', 'Este link não vale mais');
  });
});
