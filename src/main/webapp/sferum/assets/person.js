// One person's card: facts, family links, chats, movement events, consents; for those who keep the roster, the
// form that enters a movement event by order and then shows the card as it has become; for the administrators, the
// forms that enter a paper consent and a paper withdrawal with their scans.
'use strict';

(function () {
  const R = window.Roster;
  const { el, clear, say, date, dateTime, personLink, table } = R;

  const id = new URLSearchParams(location.search).get('id');
  const nameHeading = document.getElementById('name');
  const message = document.getElementById('card-message');
  const card = document.getElementById('card');
  const section = document.getElementById('movement');
  const form = document.getElementById('movement-form');
  const formMessage = document.getElementById('movement-message');
  const groupField = document.getElementById('toGroup-field');
  let person = null;
  let keeper = false;
  let consentKeeper = false;
  let groups = [];

  // Back to the list the user came from, filters and page included, when they came from it.
  if (document.referrer) {
    const from = new URL(document.referrer);
    if (from.origin === location.origin && from.pathname === new URL('./', location.href).pathname) {
      document.getElementById('back').href = from.href;
    }
  }

  function fact(list, title, value) {
    if (value === null || value === undefined || value === '') return;
    list.append(el('dt', {}, title), el('dd', {}, value));
  }

  function yesNo(value) {
    return value === null || value === undefined ? null : value ? 'да' : 'нет';
  }

  function facts(p) {
    const list = el('dl', { className: 'facts' });
    fact(list, 'Кто', p.roleTitle);
    fact(list, 'Статус', p.statusTitle);
    fact(list, 'Группа', p.group ? el('a', { href: './?group=' + encodeURIComponent(p.group.id) }, p.group.code) : null);
    fact(list, 'Должность', p.position);
    fact(list, 'Педагогический работник', yesNo(p.pedagogical));
    fact(list, 'Мобильный телефон', p.phone ? el('a', { href: 'tel:' + p.phone }, p.phone) : null);
    fact(list, 'E-mail', p.email ? el('a', { href: 'mailto:' + p.email }, p.email) : null);
    fact(list, 'Дата рождения', p.birthDate ? date(p.birthDate) : null);
    fact(list, 'Несовершеннолетний', yesNo(p.minor));
    return list;
  }

  function links(title, list) {
    if (list.length === 0) return [];
    return [el('h2', {}, title), el('ul', { className: 'plain' }, list.map((link) => el('li', {},
      personLink(link.person),
      el('span', { className: 'muted' }, ' — с ' + date(link.since)),
      link.endedAt ? el('span', { className: 'tag ended' }, 'связь завершена ' + date(link.endedAt)) : null)))];
  }

  function chats(memberships) {
    const parts = [el('h2', {}, 'Участие в чатах')];
    if (memberships === null) {
      parts.push(el('p', { className: 'muted' }, 'Участие в чатах сейчас не удалось получить.'));
      return parts;
    }
    const active = memberships.filter((m) => !m.until);
    const ended = memberships.filter((m) => m.until);
    if (memberships.length === 0) parts.push(el('p', {}, 'В чатах не отмечен(а).'));
    if (active.length > 0) {
      parts.push(table('Сейчас в чатах', [
        ['Чат', (m) => m.chatTitle],
        ['Роль', (m) => m.roleTitle],
        ['С', (m) => dateTime(m.since)]
      ], active));
    }
    if (ended.length > 0) {
      parts.push(table('Участие завершено', [
        ['Чат', (m) => m.chatTitle],
        ['Роль', (m) => m.roleTitle],
        ['С', (m) => dateTime(m.since)],
        ['По', (m) => dateTime(m.until)],
        ['Причина', (m) => m.endReason || ''],
        ['Документ', (m) => m.document || '']
      ], ended));
    }
    return parts;
  }

  function movements(list) {
    const parts = [el('h2', {}, 'События движения')];
    if (list.length === 0) {
      parts.push(el('p', {}, 'Событий движения нет.'));
      return parts;
    }
    parts.push(table(null, [
      ['Событие', (m) => m.kindTitle],
      ['Документ', (m) => m.document],
      ['Из группы', (m) => (m.fromGroup ? m.fromGroup.code : '')],
      ['В группу', (m) => (m.toGroup ? m.toGroup.code : '')],
      ['Внесено', (m) => dateTime(m.enteredAt) + (m.enteredBy ? ', ' + m.enteredBy : '')]
    ], list));
    return parts;
  }

  function consents(list) {
    const parts = [el('h2', {}, 'Согласия')];
    if (list.length === 0) {
      parts.push(el('p', {}, 'Согласий не записано.'));
      return parts;
    }
    parts.push(table(null, [
      ['Цель', (c) => c.purpose],
      ['Данные', (c) => c.scope],
      ['Как дано', (c) => [c.methodTitle || c.method || '',
        c.scan ? el('a', { href: scanLink(c, 'consent') }, ' (скан)') : null]],
      ['Кто дал', (c) => personLink(c.givenBy)],
      ['Дано', (c) => (c.method === 'paper' ? date(c.givenAt) : dateTime(c.givenAt))],
      ['Отзыв', (c) => (c.withdrawnAt ? [el('span', { className: 'tag ended' }, 'отозвано ' + dateTime(c.withdrawnAt)),
        ' ', c.withdrawalMethodTitle || '', ...(c.withdrawnBy ? [', ', personLink(c.withdrawnBy)] : []),
        c.withdrawalScan ? el('a', { href: scanLink(c, 'withdrawal') }, ' (скан)') : null] : 'действует')]
    ], list));
    return parts;
  }

  function scanLink(consent, kind) {
    return R.API + 'consents/' + encodeURIComponent(consent.id) + '/scan?kind=' + kind;
  }

  // Who may sign for the person: themselves and, for a student, the parents on the card.
  function signers(select, found) {
    const chosen = select.value;
    clear(select).append(el('option', { value: found.person.id }, found.person.fullName + ' (сам(а))'),
      ...(found.person.role === 'STUDENT' ? found.parents.filter((link) => !link.endedAt)
        .map((link) => el('option', { value: link.person.id }, link.person.fullName + ' (родитель)')) : []));
    if (chosen && Array.from(select.options).some((o) => o.value === chosen)) select.value = chosen;
  }

  function consentForms(found) {
    const entry = document.getElementById('consent-entry');
    const withdrawal = document.getElementById('withdrawal-entry');
    entry.hidden = !consentKeeper || found.person.status !== 'ACTIVE';
    withdrawal.hidden = !consentKeeper || !found.consents.some((c) => !c.withdrawnAt);
    if (!entry.hidden) {
      signers(document.getElementById('consent-givenBy'), found);
      document.getElementById('signedOn').max = R.today();
    }
    if (!withdrawal.hidden) {
      signers(document.getElementById('withdrawal-givenBy'), found);
      document.getElementById('receivedOn').max = R.today();
    }
  }

  // Sends one of the two consent forms as multipart/form-data and shows the card as it has become.
  function onConsentForm(formId, messageId, path, done) {
    const consentForm = document.getElementById(formId);
    const box = document.getElementById(messageId);
    consentForm.addEventListener('submit', async (event) => {
      event.preventDefault();
      if (consentForm.elements.confirm && !consentForm.elements.confirm.checked) {
        say(box, 'Отметьте, что понимаете последствия отзыва.', 'error');
        return;
      }
      const data = new FormData(consentForm);
      data.delete('confirm');
      data.append('subjectId', person.id);
      const button = consentForm.querySelector('button');
      button.disabled = true;
      say(box, 'Сохраняем…');
      try {
        const answer = await R.postForm(path, data);
        consentForm.reset();
        say(box, '');
        await load();
        say(message, done(answer), 'ok');
        message.scrollIntoView({ block: 'nearest' });
      } catch (e) {
        say(box, e.message, 'error');
      } finally {
        button.disabled = false;
      }
    });
  }

  function render(found, memberships) {
    person = found.person;
    nameHeading.textContent = person.fullName;
    document.title = person.fullName + ' — Sferum Workflow';
    clear(card);
    card.append(facts(person));
    if (!keeper) {
      card.append(el('p', { className: 'hint' },
        'Телефоны, e-mail и даты рождения видят только администраторы Сферума и администрация.'));
    }
    card.append(...links('Родители (законные представители)', found.parents),
      ...links('Дети', found.children), ...chats(memberships), ...movements(found.movements),
      ...consents(found.consents));
    movementForm();
    consentForms(found);
  }

  function movementForm() {
    if (!keeper) {
      section.hidden = true;
      return;
    }
    section.hidden = false;
    const kinds = R.kindsFor(person);
    form.hidden = kinds.length === 0;
    if (kinds.length === 0) {
      document.getElementById('movement-hint').textContent = person.status === 'WITHDRAWN'
        ? 'Человек отозвал согласие на обработку персональных данных: события движения для него не вносят.'
        : 'События движения вносят для работников и обучающихся; родитель выбывает вместе с последним своим ребёнком.';
      return;
    }
    const kind = form.elements.kind;
    const chosen = kind.value;
    clear(kind).append(...kinds.map((name) => el('option', { value: name }, R.KINDS[name])));
    if (kinds.includes(chosen)) kind.value = chosen;
    form.elements.orderDate.max = R.today();
    const target = form.elements.toGroupId;
    clear(target).append(el('option', { value: '' }, 'Выберите группу'),
      ...groups.filter((g) => g.active && !(person.group && g.id === person.group.id && person.status === 'ACTIVE'))
        .map((g) => el('option', { value: g.id }, g.code + (g.name ? ' — ' + g.name : ''))));
    showGroupField();
  }

  // Only a transfer, and a student's return, name a group (Movements.toGroup).
  function showGroupField() {
    const kind = form.elements.kind.value;
    const needed = kind === 'TRANSFER' || (kind === 'RETURN' && person.role === 'STUDENT');
    groupField.hidden = !needed;
    form.elements.toGroupId.required = needed;
  }

  async function load() {
    const [found, memberships] = await Promise.all([
      R.get('roster/persons/' + encodeURIComponent(id)),
      R.get('chats/memberships?person=' + encodeURIComponent(id)).catch((e) => {
        if (e.status === 401) throw e;
        return null;
      })
    ]);
    render(found, memberships);
  }

  onConsentForm('consent-form', 'consent-message', 'consents', () => 'Согласие на бумаге внесено, скан сохранён.');
  onConsentForm('withdrawal-form', 'withdrawal-message', 'consents/withdrawals', (answer) => 'Отзыв внесён: согласий '
    + 'отозвано — ' + answer.consents + '. Начат процесс «Отзыв согласия…»: задачи удаления из чатов — в Tasklist; '
    + 'данные будут уничтожены не позднее ' + date(answer.destroyBy) + '.');
  form.elements.kind.addEventListener('change', showGroupField);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const button = document.getElementById('movement-submit');
    const kind = form.elements.kind.value;
    const request = {
      personId: person.id,
      kind,
      orderNumber: form.elements.orderNumber.value.trim(),
      orderDate: form.elements.orderDate.value,
      toGroupId: groupField.hidden ? null : form.elements.toGroupId.value || null
    };
    button.disabled = true;
    say(formMessage, 'Вносим событие…');
    try {
      const movement = await R.postJson('roster/movements', request);
      form.reset();
      say(formMessage, '');
      await load();
      say(message, 'Событие «' + movement.kindTitle + '» внесено: приказ № ' + movement.orderNumber + ' от '
        + date(movement.orderDate) + '.' + (movement.processInstanceId
        ? ' Начат процесс «Удаление из чатов» — его задачи в Tasklist.' : ''), 'ok');
      message.scrollIntoView({ block: 'nearest' });
    } catch (e) {
      say(formMessage, e.message, 'error');
    } finally {
      button.disabled = false;
    }
  });

  async function start() {
    if (!id) {
      say(message, 'Не указано, чью карточку открыть: выберите человека в списке людей.', 'error');
      return;
    }
    try {
      const me = await R.get('roster/me');
      keeper = me.mayChange;
      consentKeeper = me.mayEnterConsents;
      if (keeper) groups = await R.get('roster/groups');
      await load();
    } catch (e) {
      if (e.status !== 401) say(message, e.message, 'error');
    }
  }

  start();
})();
