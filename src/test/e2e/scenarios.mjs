// The browser scenarios of E2eIT, in Russian as a college's staff sees them: `office` — the drafter starts the
// appointment order in Tasklist, the director approves it from his group's list after opening the order's PDF, the
// administrator enters the platform's answer and does the set-up tasks; `public` — an invitee opens the personal
// link, accepts, sees the platform link and, the second time, that the link was used; an auditor reads the order's
// timeline and cannot complete a task; English for a browser that asks for it; `hostile` — a comment full of markup
// is shown as typed on a form and in the audit timeline. Every step leaves a screenshot in
// E2E_OUT; our pages and every form met pass axe-core's WCAG 2 A/AA rules. Exit code 1 on the first failure.
import { BASE, browser, person, step, accessibility, check, login, blocked, screenshotAll } from './lib.mjs';

const scenario = process.argv[2];
const env = (name) => {
  const value = process.env[name];
  if (!value) throw new Error('E2E: ' + name + ' is not set');
  return value;
};
const problems = [];

/** Tasklist's REST as the page's user (same session); writes carry the XSRF token of its cookie. */
async function api(page, method, path, body) {
  const cookies = await page.context().cookies();
  const xsrf = cookies.find((c) => c.name === 'XSRF-TOKEN');
  const response = await page.request.fetch(BASE + 'api/engine/engine/default/' + path, {
    method, data: body, headers: { Accept: 'application/json', 'X-XSRF-TOKEN': xsrf ? xsrf.value : '' }
  });
  return { status: response.status(), json: await response.json().catch(() => null) };
}

async function waitFor(what, probe, seconds = 60) {
  for (let i = 0; i < seconds * 2; i++) {
    const found = await probe();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('не дождались: ' + what);
}

/** The Camunda Form on the screen passes axe; Tasklist's own frame around it is Camunda's, checked apart. */
async function formIsAccessible(page, name) {
  const found = await accessibility(page, name, '.fjs-container');
  found.forEach((p) => problems.push(name + ': ' + p));
}

async function pageIsAccessible(page, name) {
  const found = await accessibility(page, name);
  found.forEach((p) => problems.push(name + ': ' + p));
  const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
  if (wide) problems.push(name + ': страница шире экрана телефона');
}

/** Opens the task by its Tasklist link and takes it («Взять»): a group's task is a form to read until then. */
async function openTask(page, taskId, name) {
  await page.goto(BASE + 'app/tasklist/default/#/?task=' + taskId);
  await page.getByRole('heading', { name }).first().waitFor();
  await page.locator('.fjs-container').first().waitFor();
  const claim = page.getByText('Взять', { exact: true });
  await claim.or(page.getByText(/Вернуть/)).first().waitFor().catch(() => {});
  if (await claim.count()) {
    // Taken, the task moves to «Мои задачи» and Tasklist closes it: open it afresh, now as one's own.
    await Promise.all([page.waitForResponse((r) => r.url().endsWith('/task/' + taskId + '/claim') && r.ok()),
      claim.first().click()]);
    // When the task leaves the chosen filter on claiming, Tasklist closes it: then open it afresh as one's own.
    const open = await page.waitForFunction(() => document.querySelector('.fjs-container')
      && !document.querySelector('.disabled-form'), null, { timeout: 5000 }).then(() => true, () => false);
    if (!open) {
      await page.goto('about:blank');
      await page.goto(BASE + 'app/tasklist/default/#/?task=' + taskId);
      await page.locator('.fjs-container').first().waitFor();
    }
  }
  await page.waitForFunction(() => document.querySelector('.fjs-container') && !document.querySelector('.disabled-form'));
}

async function completeOpenTask(page, taskId) {
  await page.locator('button[ng-click="complete()"]').click();
  await waitFor('задача завершена', async () => (await api(page, 'GET', 'task/' + taskId)).status === 404);
}

/** Presses Tab until the control has the focus: it must be reachable from the keyboard. */
async function tabTo(page, control) {
  for (let i = 0; i < 40; i++) {
    if (await control.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('с клавиатуры не добраться до ' + control);
}

/** The form fits a phone's screen: Tasklist lays its parts one under another there; nothing is wider than the screen. */
async function formFitsAPhone(page, name) {
  await page.setViewportSize({ width: 390, height: 844 });
  // Tasklist slides its columns into place (CSS transitions): measure once they stand still.
  await page.waitForTimeout(1500);
  const wide = await page.evaluate(() => {
    const form = document.querySelector('.fjs-container');
    return form.scrollWidth > form.clientWidth + 1 || form.getBoundingClientRect().right > window.innerWidth + 1;
  });
  await page.screenshot({ path: process.env.E2E_OUT + '/' + name + '-phone.png' });
  await page.setViewportSize({ width: 1280, height: 900 });
  if (wide) {
    const columns = await page.evaluate(() => [...document.querySelectorAll('.three-cols-layout-columns > .column')]
      .map((c) => c.className + ' left=' + getComputedStyle(c).left + ' ml=' + getComputedStyle(c).marginLeft
        + ' x=' + Math.round(c.getBoundingClientRect().left) + ' w=' + Math.round(c.getBoundingClientRect().width)
        + ' style=' + c.getAttribute('style')).join('; '));
    problems.push(name + ': форма шире экрана телефона (' + columns + ')');
  }
}

const today = new Date().toLocaleDateString('ru-RU', { timeZone: 'Europe/Moscow' });

async function office(chrome) {
  const number = env('E2E_ORDER_NUMBER');

  // 1. The drafter (a deputy) starts the order in Tasklist and fills its form.
  const deputy = await person(chrome);
  await step(deputy, '01-drafter-tasklist', async () => {
    await login(deputy, 'tasklist', 'deputy');
    await deputy.getByText('Начать процесс', { exact: true }).waitFor();
  });
  await step(deputy, '02-drafter-order-form', async () => {
    await deputy.getByText('Начать процесс', { exact: true }).click();
    await deputy.locator('.modal-dialog').getByText('Приказ о назначении администратора Сферума', { exact: true }).click();
    await deputy.getByLabel('Номер приказа').fill(number);
    await deputy.getByLabel('Дата приказа').fill(today);
    await deputy.keyboard.press('Tab');
    await deputy.getByLabel('ФИО').first().fill('Кузнецова Анна Сергеевна');
    await deputy.getByLabel('Должность').first().fill('Заместитель директора по УВР');
    await deputy.getByLabel('Электронная почта').fill('a.kuznetsova@college.ru');
    await deputy.getByLabel('Личный мобильный телефон').fill('+79123456789');
    await formIsAccessible(deputy, '02-drafter-order-form');
    await formFitsAPhone(deputy, '02-drafter-order-form');
  });
  await step(deputy, '03-drafter-order-started', async () => {
    await deputy.locator('button[ng-click="startProcessInstance()"]').click();
    await deputy.locator('.modal-dialog').waitFor({ state: 'detached' });
  });

  // 2. The director finds it in his group's list, opens the order's PDF and approves.
  const director = await person(chrome);
  const approval = await step(director, '04-director-group-list', async () => {
    await login(director, 'tasklist', 'director');
    await director.getByText('Задачи моих групп').first().click();
    const found = await waitFor('задача директора', async () => {
      const { json } = await api(director, 'GET', 'task?processDefinitionKey=appointmentOrder'
        + '&processVariables=orderNumber_eq_' + encodeURIComponent(number));
      return json && json.length === 1 ? json[0] : null;
    });
    // This very task is in the group's list (the list links each task by its id).
    await director.locator('a[href*="task=' + found.id + '"]').first().waitFor();
    return found;
  });
  await step(director, '05-director-opens-order', async () => {
    await openTask(director, approval.id, 'Утвердить приказ о назначении администратора');
    await director.getByText('Проект приказа № ' + number).waitFor();
    const link = director.getByRole('link', { name: 'Проект приказа в PDF' });
    const pdf = await director.request.get(new URL(await link.getAttribute('href'), director.url()).href);
    check(pdf.status() === 200 && pdf.headers()['content-type'].startsWith('application/pdf'),
      'PDF приказа не открылся: ' + pdf.status());
    await formIsAccessible(director, '05-director-opens-order');
    await formFitsAPhone(director, '05-director-opens-order');
  });
  const orderId = (await api(director, 'GET', 'task/' + approval.id + '/variables/orderId')).json?.value;
  check(orderId, 'у задачи директора нет orderId');
  await step(director, '06-director-approved', async () => {
    await director.getByLabel('Утвердить', { exact: true }).check();
    await completeOpenTask(director, approval.id);
  });

  // 3. The administrator enters the platform's answer and does every set-up task of the registration.
  const admin = await person(chrome);
  await login(admin, 'tasklist', 'sferum-admin');
  const next = (seconds) => waitFor('задача регистрации', async () => {
    const { json } = await api(admin, 'GET', 'task?processDefinitionKey=collegeRegistration&processVariables=orderId_eq_'
      + orderId);
    return json && json.length > 0 ? json[0] : null;
  }, seconds);
  // The request goes by mail in asynchronous steps first.
  let task = await next(90);
  check(task.name === 'Внести ответ Сферума', 'первая задача регистрации — ' + task.name);
  await step(admin, '07-admin-sferum-answer', async () => {
    await openTask(admin, task.id, task.name);
    await admin.getByLabel('Регистрация подтверждена').check();
    await admin.getByLabel('Дата ответа').fill(today);
    await admin.keyboard.press('Tab');
    await formIsAccessible(admin, '07-admin-sferum-answer');
    await completeOpenTask(admin, task.id);
  });
  const done = [];
  const setUp = ['registerOnPlatform', 'enterCollegeDetails', 'createStaffRoom', 'createClass', 'createSystemChannels'];
  for (let i = 8; i < 40 && !setUp.every((key) => done.includes(key)); i++) {
    // The next set-up task (BrowserIT then checks on the server that the registration has ended).
    task = await next(90);
    done.push(task.taskDefinitionKey);
    const name = String(i).padStart(2, '0') + '-admin-' + task.taskDefinitionKey;
    await step(admin, name, async () => {
      await openTask(admin, task.id, task.name);
      if (task.taskDefinitionKey === 'registerOnPlatform') {
        await admin.getByLabel('Номер, с которым вы зарегистрировались').fill('+79123456789');
      }
      if (task.taskDefinitionKey === 'enterCollegeDetails') {
        await admin.getByLabel('Полное название').fill('ГБПОУ «Техникум сквозных проверок»');
        await admin.getByLabel('Краткое название').fill('Техникум проверок');
        await admin.getByLabel('Адрес').fill('г. Москва, ул. Проверочная, д. 1');
        await admin.getByLabel('Электронная почта').fill('info@college.test');
        await admin.getByLabel('Учебные группы (классы структуры)').fill('Э2Е-' + number);
      }
      await admin.locator('.fjs-container input[type="checkbox"]').check();
      await formIsAccessible(admin, name);
      await completeOpenTask(admin, task.id);
    });
  }
  check(['registerOnPlatform', 'enterCollegeDetails', 'createStaffRoom', 'createClass', 'createSystemChannels']
    .every((key) => done.includes(key)), 'не все задачи подключения пройдены: ' + done.join(', '));
  console.log('ORDER_ID=' + orderId);
  console.log('ORDER_INSTANCE=' + approval.processInstanceId);
}

async function publicSide(chrome) {
  // 4. The invitee opens the personal link from the letter on a phone, accepts rules and consent.
  const invitee = await person(chrome, { phone: true });
  const link = BASE + 'sferum/join/' + env('E2E_JOIN_TOKEN');
  await step(invitee, '20-invitee-join-page', async () => {
    await invitee.goto(link);
    await invitee.getByRole('heading', { name: 'Правила общения в чате' }).waitFor();
    await pageIsAccessible(invitee, '20-invitee-join-page');
  });
  await step(invitee, '21-invitee-platform-link', async () => {
    // By keyboard alone: Tab to each control, Space ticks, Enter sends.
    await tabTo(invitee, invitee.getByLabel(/Я прочитал\(а\) правила/));
    await invitee.keyboard.press('Space');
    await tabTo(invitee, invitee.getByLabel(/Даю согласие/));
    await invitee.keyboard.press('Space');
    await tabTo(invitee, invitee.getByRole('button', { name: 'Вступить' }));
    await invitee.keyboard.press('Enter');
    await invitee.getByText('Теперь вступите на платформе по ссылке').waitFor();
  });
  await step(invitee, '22-invitee-link-used', async () => {
    const again = await invitee.goto(link);
    check(again.status() === 410, 'второй переход: ' + again.status());
    await invitee.getByText('Ссылка уже использована').waitFor();
  });

  // The public page to withdraw a consent: asks for a link by e-mail, answers alike for any address.
  await step(invitee, '22a-consent-withdrawal-page', async () => {
    await invitee.goto(BASE + 'sferum/consent/withdraw');
    await pageIsAccessible(invitee, '22a-consent-withdrawal-page');
    await tabTo(invitee, invitee.getByLabel('Электронная почта'));
    await invitee.keyboard.type('nobody@college.test');
    await invitee.getByRole('button', { name: 'Получить ссылку' }).click();
    await invitee.getByText('на него отправлена личная ссылка для отзыва').waitFor();
  });

  // 5. The auditor opens «Аудит», finds the order's instance and reads its timeline; completing a task is refused.
  const auditor = await person(chrome, { phone: true });
  const orderInstance = env('E2E_ORDER_INSTANCE');
  await login(auditor, 'cockpit', 'auditor');
  await step(auditor, '23-auditor-audit-list', async () => {
    await auditor.goto(BASE + 'sferum/roster/audit.html');
    await auditor.locator('#process option', { hasText: 'Приказ о назначении администратора Сферума' }).waitFor({ state: 'attached' });
    await auditor.locator('#process').selectOption({ label: 'Приказ о назначении администратора Сферума' });
    // Ended: the order approved in the office scenario, the newest such (a new one waits for the director).
    await auditor.locator('#state').selectOption('COMPLETED');
    await Promise.all([auditor.waitForResponse((r) => r.url().includes('/audit/instances?')
      && r.url().includes('state=COMPLETED') && r.url().includes('process=appointmentOrder')),
    auditor.getByRole('button', { name: 'Показать', exact: true }).click()]);
    await auditor.locator('#instances button[data-instance="' + orderInstance + '"]').waitFor();
    await pageIsAccessible(auditor, '23-auditor-audit-list');
  });
  await step(auditor, '24-auditor-timeline', async () => {
    await auditor.locator('#instances button[data-instance="' + orderInstance + '"]').click();
    await auditor.getByText('Ход: Приказ о назначении администратора Сферума').waitFor();
    await auditor.locator('#timeline table').getByText(env('E2E_ORDER_NUMBER')).first().waitFor();
    await auditor.locator('#timeline table').getByText('Утвердить приказ о назначении администратора').first().waitFor();
  });
  await step(auditor, '25-auditor-cannot-complete', async () => {
    const task = env('E2E_OPEN_TASK');
    const refused = await api(auditor, 'POST', 'task/' + task + '/complete', { variables: {} });
    check([403, 404].includes(refused.status), 'проверяющий завершил задачу: ' + refused.status);
    // The task's link in Tasklist: the engine does not show the task to an auditor, so there is no form to complete.
    const [shown] = await Promise.all([auditor.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/task/' + task)),
      auditor.goto(BASE + 'app/tasklist/default/#/?task=' + task)]);
    check([403, 404].includes(shown.status()), 'Tasklist показал задачу проверяющему: ' + shown.status());
    await auditor.getByText('Задача больше не существует').waitFor();
    check(await auditor.locator('.fjs-container').count() === 0, 'у проверяющего открылась форма задачи');
    check(await auditor.locator('button[ng-click="complete()"]').count() === 0, 'у проверяющего есть кнопка «Завершить»');
  });

  // Our other pages, on a phone, as the administrator sees them.
  const admin = await person(chrome, { phone: true });
  await login(admin, 'tasklist', 'sferum-admin');
  for (const [name, path, ready] of [['26-roster', 'sferum/roster/', '#panel-people table'],
    ['27-consents', 'sferum/roster/consents.html', '#missing table, #missing p'],
    ['28-reports', 'sferum/roster/reports.html', '#report-list *'],
    ['29-import', 'sferum/roster/import.html', 'form']]) {
    await step(admin, name, async () => {
      await admin.goto(BASE + path);
      await admin.locator(ready).first().waitFor();
      await pageIsAccessible(admin, name);
    });
  }

  // The administrator enters a paper consent with its scan on a worker's card, on a phone.
  await step(admin, '29a-admin-paper-consent', async () => {
    await admin.goto(BASE + 'sferum/roster/?role=STAFF');
    await admin.locator('#panel-people table a').first().click();
    await admin.locator('#consent-entry').waitFor();
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Moscow' });
    await admin.getByLabel('Дата подписи').fill(today);
    await admin.getByLabel('Скан согласия').setInputFiles({ name: 'согласие.pdf', mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await admin.getByRole('button', { name: 'Внести согласие' }).click();
    await admin.getByText('Согласие на бумаге внесено').waitFor();
    const day = today.split('-').reverse().join('.');
    await admin.locator('#card table').last().getByText(day).first().waitFor();
    await pageIsAccessible(admin, '29a-admin-paper-consent');
  });

  // 6. English for a browser that asks for English.
  const english = await person(chrome, { language: 'en-US' });
  await step(english, '30-english-tasklist', async () => {
    await english.goto(BASE + 'app/tasklist/default/');
    await english.getByRole('button', { name: 'Log in' }).waitFor();
  });
}

/**
 * What a person typed is shown as typed: the director's comment, full of markup, on the drafter's form in Tasklist
 * and in the auditor's timeline — nothing of it runs, links or formats; and a script that ran would set window.__xss.
 */
async function hostile(chrome) {
  const comment = env('E2E_HOSTILE_COMMENT');
  const seenAsText = async (page, where, name) => {
    const found = await page.evaluate(([selector, typed]) => {
      const area = document.querySelector(selector);
      return {
        text: area ? area.textContent.replace(/\s+/g, ' ').includes(typed.replace(/\s+/g, ' ')) : false,
        // Elements the comment would make if read as HTML or Markdown.
        made: area ? [...area.querySelectorAll('script, img, iframe, a[href*="evil"]'),
          ...[...area.querySelectorAll('strong, b, em')].filter((node) => node.textContent.includes('жирно'))]
          .map((node) => node.outerHTML.substring(0, 80)) : ['нет ' + selector],
        ran: window.__xss !== undefined
      };
    }, [where, comment]);
    check(found.text, name + ': комментарий не показан как написан');
    check(found.made.length === 0, name + ': из комментария сделаны элементы ' + found.made.join(' '));
    check(!found.ran, name + ': скрипт из комментария выполнился');
  };
  const dialogs = [];

  const deputy = await person(chrome);
  deputy.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await login(deputy, 'tasklist', 'deputy');
  await step(deputy, '40-drafter-sees-markup-as-text', async () => {
    await openTask(deputy, env('E2E_HOSTILE_TASK'), 'Доработать проект приказа');
    await deputy.locator('.fjs-container').getByText('Директор вернул проект на доработку').waitFor();
    await seenAsText(deputy, '.fjs-container', 'форма Tasklist');
  });

  const auditor = await person(chrome);
  auditor.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
  await login(auditor, 'cockpit', 'auditor');
  const instance = env('E2E_HOSTILE_INSTANCE');
  await step(auditor, '41-auditor-sees-markup-as-text', async () => {
    await auditor.goto(BASE + 'sferum/roster/audit.html');
    await auditor.locator('#process option', { hasText: 'Приказ о назначении администратора Сферума' }).waitFor({ state: 'attached' });
    await auditor.locator('#process').selectOption({ label: 'Приказ о назначении администратора Сферума' });
    await auditor.locator('#state').selectOption('RUNNING');
    await auditor.getByRole('button', { name: 'Показать', exact: true }).click();
    await auditor.locator('#instances button[data-instance="' + instance + '"]').click();
    await auditor.locator('#timeline table').getByText('directorComment').first().waitFor();
    await seenAsText(auditor, '#timeline table', 'ход процесса у проверяющего');
  });
  check(dialogs.length === 0, 'открылись окна: ' + dialogs.join(' | '));
}

const chrome = await browser();
try {
  if (scenario === 'office') await office(chrome);
  else if (scenario === 'public') await publicSide(chrome);
  else if (scenario === 'hostile') await hostile(chrome);
  else throw new Error('E2E: unknown scenario ' + scenario);
  if (blocked.length) problems.push(...blocked.map((text) => 'CSP: ' + text));
  if (problems.length) throw new Error('доступность:\n' + problems.join('\n'));
  console.log('E2E ' + scenario + ': passed');
} catch (e) {
  console.error('E2E ' + scenario + ': ' + e.message);
  await screenshotAll(scenario);
  process.exitCode = 1;
} finally {
  await chrome.close();
}
