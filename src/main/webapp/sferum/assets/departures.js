// The «Выбыли?» list of a finished import: each person missing from the new file, with a small form that enters
// the movement event by order and marks the departure as confirmed (importId), so it leaves the list.
'use strict';

window.RosterDepartures = (function () {
  const R = window.Roster;
  const { el, say, date, personLink } = R;

  // People of the same role missing from the new file: each may have left, which only an order can say.
  function render(body, view) {
    if (!view.departures || view.departures.length === 0) return;
    body.append(el('h3', {}, 'Выбыли? (' + view.departures.length + ')'),
      el('p', { className: 'hint' }, 'Этих людей нет в загруженном файле, но в списках они числятся. Если человек '
        + 'выбыл, внесите событие по приказу — начнётся удаление из чатов. Если он просто пропущен в файле, '
        + 'ничего не делайте.'));
    view.departures.forEach((person, index) => body.append(departure(view.id, person, index)));
  }

  function departure(importId, person, index) {
    const prefix = 'departure-' + index + '-';
    const kinds = R.kindsFor(person).filter((kind) => kind !== 'TRANSFER');
    const item = el('div', { className: 'departure' });
    const details = [person.roleTitle, person.group ? 'группа ' + person.group.code : null, person.position]
      .filter(Boolean).join(', ');
    const opener = el('button', { type: 'button', className: 'secondary', 'aria-expanded': 'false',
      'aria-controls': prefix + 'form' }, 'Внести событие…');
    const message = el('div', { className: 'notice' });
    const form = el('form', { id: prefix + 'form', className: 'stack panel', hidden: true, noValidate: true },
      el('div', { className: 'field' },
        el('label', { for: prefix + 'kind' }, 'Событие'),
        el('select', { id: prefix + 'kind', name: 'kind' },
          kinds.map((kind) => el('option', { value: kind }, R.KINDS[kind])))),
      el('div', { className: 'field' },
        el('label', { for: prefix + 'number' }, 'Номер приказа'),
        el('input', { type: 'text', id: prefix + 'number', name: 'orderNumber', maxLength: 30, autocomplete: 'off' })),
      el('div', { className: 'field' },
        el('label', { for: prefix + 'date' }, 'Дата приказа'),
        el('input', { type: 'date', id: prefix + 'date', name: 'orderDate', max: R.today() })),
      el('div', { className: 'buttons' },
        el('button', { type: 'submit' }, 'Внести'),
        el('button', { type: 'button', className: 'secondary', name: 'cancel' }, 'Отмена')),
      message);
    item.append(el('p', { className: 'who' }, personLink(person)), el('p', { className: 'muted' }, details), opener, form);

    opener.addEventListener('click', () => {
      form.hidden = !form.hidden;
      opener.setAttribute('aria-expanded', String(!form.hidden));
      if (!form.hidden) form.elements.kind.focus();
    });
    form.elements.cancel.addEventListener('click', () => {
      form.hidden = true;
      opener.setAttribute('aria-expanded', 'false');
      opener.focus();
    });
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const submit = form.querySelector('button[type="submit"]');
      submit.disabled = true;
      say(message, 'Вносим событие…');
      try {
        const movement = await R.postJson('roster/movements', {
          personId: person.id,
          kind: form.elements.kind.value,
          orderNumber: form.elements.orderNumber.value.trim(),
          orderDate: form.elements.orderDate.value,
          toGroupId: null,
          importId
        });
        const done = el('div', { className: 'notice ok', role: 'status', tabIndex: -1 },
          el('p', {}, movement.kindTitle + ': приказ № ' + movement.orderNumber + ' от ' + date(movement.orderDate)
            + ' внесён.' + (movement.processInstanceId ? ' Начато удаление из чатов — задачи в Tasklist.' : '')));
        opener.remove();
        form.replaceWith(done);
        done.focus();
      } catch (e) {
        say(message, e.message, 'error');
        submit.disabled = false;
      }
    });
    return item;
  }

  return { render };
})();
