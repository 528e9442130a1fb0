// «Аудит»: instances by filter, page by page; one instance's diagram and timeline; one person's trail. Every table
// also as CSV and PDF.
'use strict';

(function () {
  const R = window.Roster;
  const message = document.getElementById('page-message');
  const filter = document.getElementById('filter');
  const SIZE = 50;
  let page = 0;
  const STATES = { ACTIVE: 'идёт', COMPLETED: 'завершён', EXTERNALLY_TERMINATED: 'отменён',
    INTERNALLY_TERMINATED: 'прерван', SUSPENDED: 'приостановлен' };

  function query() {
    const params = new URLSearchParams();
    ['process', 'from', 'to', 'state', 'outcome', 'person'].forEach((name) => {
      const value = filter.elements[name].value;
      if (value) params.set(name, value);
    });
    params.set('size', String(SIZE));
    params.set('page', String(page));
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
      const diagram = R.el('figure', { className: 'diagram' },
        R.el('img', { src: R.API + 'audit/instances/' + encodeURIComponent(instance.id) + '/diagram',
          alt: 'Схема процесса «' + instance.processName + '» с пройденным путём' }),
        R.el('figcaption', {}, 'Зелёным — пройденные шаги, оранжевым — где процесс сейчас, пунктиром — прерванные, '
          + 'серым — не пройденные.'));
      box.insertBefore(diagram, box.children[2] || null);
      box.scrollIntoView();
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  }

  async function showInstances() {
    const box = document.getElementById('instances');
    document.getElementById('instances-csv').href = R.API + 'audit/instances?' + query() + '&format=csv';
    document.getElementById('instances-pdf').href = R.API + 'audit/instances?' + query() + '&format=pdf';
    try {
      const list = await R.get('audit/instances?' + query());
      R.clear(box);
      pager(list.length);
      if (list.length === 0) {
        box.append(R.el('p', {}, page === 0 ? 'Экземпляров нет.' : 'На этой странице экземпляров больше нет.'));
        return;
      }
      box.append(R.table('Экземпляры, новые сначала', [
        ['Процесс', (row) => R.el('button', { type: 'button', className: 'link', 'data-instance': row.id,
          onclick: () => showTimeline(row) },
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

  function pager(shown) {
    document.getElementById('pages').hidden = page === 0 && shown < SIZE;
    document.getElementById('previous').disabled = page === 0;
    document.getElementById('next').disabled = shown < SIZE;
    document.getElementById('page-number').textContent = 'страница ' + (page + 1);
  }

  async function loadOutcomes() {
    const select = filter.elements.outcome;
    const process = filter.elements.process.value;
    while (select.options.length > 1) select.remove(1);
    select.value = '';
    select.disabled = !process;
    if (!process) return;
    try {
      const outcomes = await R.get('audit/outcomes?process=' + encodeURIComponent(process));
      // Another process may have been chosen while this answer was on its way.
      if (filter.elements.process.value !== process) return;
      outcomes.forEach((outcome) => select.append(R.el('option', { value: outcome.id }, outcome.name)));
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  }

  function filterByPerson(id, name) {
    document.getElementById('person-id').value = id || '';
    document.getElementById('person-name').textContent = name || '';
    document.getElementById('person-filter').hidden = !id;
    page = 0;
    showInstances();
    if (id) filter.scrollIntoView();
  }

  filter.elements.process.addEventListener('change', loadOutcomes);
  document.getElementById('person-clear').addEventListener('click', () => filterByPerson(null, null));

  filter.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    showInstances();
  });
  document.getElementById('previous').addEventListener('click', () => {
    page = Math.max(0, page - 1);
    showInstances();
  });
  document.getElementById('next').addEventListener('click', () => {
    page += 1;
    showInstances();
  });

  async function showTrail(id, name) {
    try {
      const path = 'audit/persons/' + encodeURIComponent(id) + '/trail';
      const box = document.getElementById('trail');
      entries(box, 'След: ' + name, await R.get(path), path);
      box.insertBefore(R.el('p', {}, R.el('button', { type: 'button', onclick: () => filterByPerson(id, name) },
        'Экземпляры процессов о нём (о ней)')), box.children[1]);
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
