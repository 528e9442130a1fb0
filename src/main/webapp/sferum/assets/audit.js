// «Аудит»: instances by filter, one instance's timeline, one person's trail; every table also as CSV.
'use strict';

(function () {
  const R = window.Roster;
  const message = document.getElementById('page-message');
  const filter = document.getElementById('filter');
  const STATES = { ACTIVE: 'идёт', COMPLETED: 'завершён', EXTERNALLY_TERMINATED: 'отменён',
    INTERNALLY_TERMINATED: 'прерван', SUSPENDED: 'приостановлен' };

  function query() {
    const params = new URLSearchParams();
    ['process', 'from', 'to', 'state'].forEach((name) => {
      const value = filter.elements[name].value;
      if (value) params.set(name, value);
    });
    params.set('size', '200');
    return params;
  }

  function exportLinks(path) {
    const join = path.includes('?') ? '&' : '?';
    return R.el('p', {},
      R.el('a', { href: R.API + path + join + 'format=csv', download: '' }, 'Выгрузить CSV'), ' · ',
      R.el('a', { href: R.API + path + join + 'format=pdf', download: '' }, 'Выгрузить PDF'));
  }

  function entries(box, caption, list, csvPath) {
    R.clear(box);
    box.append(R.el('h2', {}, caption), exportLinks(csvPath));
    if (list.length === 0) {
      box.append(R.el('p', {}, 'Записей нет.'));
      return;
    }
    box.append(R.table(null, [
      ['Когда', (entry) => R.dateTime(entry.at)],
      ['Что', (entry) => entry.kind],
      ['Шаг или предмет', (entry) => entry.what],
      ['Кто', (entry) => entry.who],
      ['Подробности', (entry) => entry.detail]
    ], list));
  }

  async function showTimeline(instance) {
    const box = document.getElementById('timeline');
    try {
      const path = 'audit/instances/' + encodeURIComponent(instance.id) + '/timeline';
      entries(box, 'Ход: ' + instance.processName, await R.get(path), path);
      box.scrollIntoView();
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  }

  async function showInstances() {
    const box = document.getElementById('instances');
    document.getElementById('instances-csv').href = R.API + 'audit/instances?' + query() + '&format=csv';
    try {
      const list = await R.get('audit/instances?' + query());
      R.clear(box);
      if (list.length === 0) {
        box.append(R.el('p', {}, 'Экземпляров нет.'));
        return;
      }
      box.append(R.table('Экземпляры, новые сначала', [
        ['Процесс', (row) => R.el('button', { type: 'button', className: 'link', onclick: () => showTimeline(row) },
          row.processName)],
        ['Начат', (row) => R.dateTime(row.startedAt)],
        ['Завершён', (row) => row.endedAt ? R.dateTime(row.endedAt) : ''],
        ['Состояние', (row) => STATES[row.state] || row.state],
        ['Начал', (row) => row.startedBy],
        ['Чем закончился', (row) => row.outcome]
      ], list));
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  }

  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    showInstances();
  });

  async function showTrail(id, name) {
    try {
      const path = 'audit/persons/' + encodeURIComponent(id) + '/trail';
      entries(document.getElementById('trail'), 'След: ' + name, await R.get(path), path);
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  }

  const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

  document.getElementById('person-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const written = event.target.elements.person.value.trim();
    const box = document.getElementById('trail');
    if (!written) {
      R.say(message, 'Укажите ФИО или идентификатор человека.', 'error');
      return;
    }
    if (ID.test(written)) {
      showTrail(written, written);
      return;
    }
    try {
      const found = (await R.get('roster/persons?size=50&q=' + encodeURIComponent(written))).items;
      R.clear(box);
      if (found.length === 0) {
        box.append(R.el('p', {}, 'В списках никого с таким ФИО.'));
        return;
      }
      box.append(R.table('Кого показать', [
        ['ФИО', (person) => R.el('button', { type: 'button', className: 'link',
          onclick: () => showTrail(person.id, person.fullName) }, person.fullName)],
        ['Кто', (person) => person.roleTitle]
      ], found));
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  });

  const person = new URLSearchParams(window.location.search).get('person');
  if (person) {
    document.getElementById('person').value = person;
  }
  showInstances();
})();
