// The people list (search, filters, pages of 50) and the groups list; the filters live in the address, so that
// «Назад» from a person's card comes back to the same page of the same search.
'use strict';

(function () {
  const { get, el, clear, say, personLink, table } = window.Roster;
  const PAGE_SIZE = 50;

  const form = document.getElementById('filters');
  const fields = ['q', 'role', 'group', 'status'].map((name) => form.elements[name]);
  const message = document.getElementById('people-message');
  const total = document.getElementById('people-total');
  const tableBox = document.getElementById('people-table');
  const prev = document.getElementById('prev');
  const next = document.getElementById('next');
  const pageInfo = document.getElementById('page-info');
  let page = 0;
  let groupsLoaded = null;

  function fromAddress() {
    const params = new URLSearchParams(location.search);
    fields.forEach((field) => { field.value = params.get(field.name) || ''; });
    page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
    return params.get('tab') === 'groups' ? 'groups' : 'people';
  }

  function toAddress(tab) {
    const params = new URLSearchParams();
    fields.forEach((field) => { if (field.value) params.set(field.name, field.value); });
    if (page > 0) params.set('page', String(page));
    if (tab === 'groups') params.set('tab', 'groups');
    const query = params.toString();
    history.replaceState(null, '', query ? '?' + query : location.pathname);
  }

  async function loadGroups() {
    if (!groupsLoaded) {
      groupsLoaded = get('roster/groups').catch((e) => { groupsLoaded = null; throw e; });
    }
    return groupsLoaded;
  }

  async function fillGroupSelect(chosen) {
    const select = form.elements.group;
    try {
      const groups = await loadGroups();
      groups.forEach((group) => select.append(el('option', { value: group.id }, group.code)));
      select.value = chosen;
    } catch (e) {
      // The people list says the same refusal; the select simply stays «Все группы».
    }
  }

  async function search() {
    const params = new URLSearchParams({ page: String(page), size: String(PAGE_SIZE) });
    fields.forEach((field) => { if (field.value.trim()) params.set(field.name, field.value.trim()); });
    total.textContent = 'Ищем…';
    say(message, '');
    let found;
    try {
      found = await get('roster/persons?' + params);
    } catch (e) {
      total.textContent = '';
      clear(tableBox);
      pager(0);
      if (e.status !== 401) say(message, e.message, 'error');
      return;
    }
    const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
    if (found.total > 0 && page >= pages) {
      // A narrower search after paging far: start from its last page instead of an empty one.
      page = pages - 1;
      toAddress('people');
      return search();
    }
    total.textContent = found.total === 0 ? 'Никого не нашли: измените условия поиска.' : 'Найдено: ' + found.total;
    clear(tableBox);
    if (found.items.length > 0) {
      tableBox.append(table(null, [
        ['ФИО', (person) => personLink(person)],
        ['Кто', (person) => person.roleTitle],
        ['Группа', (person) => (person.group ? person.group.code : '')],
        ['Должность', (person) => person.position || ''],
        ['Статус', (person) => person.statusTitle, 'nowrap']
      ], found.items));
    }
    pager(found.total);
  }

  function pager(count) {
    const pages = Math.max(1, Math.ceil(count / PAGE_SIZE));
    prev.disabled = page === 0;
    next.disabled = page >= pages - 1;
    pageInfo.textContent = 'Страница ' + (page + 1) + ' из ' + pages;
    prev.parentElement.hidden = pages <= 1;
  }

  async function showGroups() {
    const box = document.getElementById('groups-table');
    const groupsMessage = document.getElementById('groups-message');
    if (box.firstChild) return;
    try {
      const groups = await loadGroups();
      if (groups.length === 0) {
        say(groupsMessage, 'Групп пока нет: загрузите файл групп на странице «Загрузка списков».');
        return;
      }
      box.append(table('Группы: ' + groups.length, [
        ['Код', (group) => el('a', { href: '?group=' + encodeURIComponent(group.id) }, group.code)],
        ['Наименование', (group) => [group.name || '', group.active ? '' : el('span', { className: 'tag ended' }, 'не действует')]],
        ['Специальность', (group) => group.specialty || ''],
        ['Курс', (group) => (group.course === null ? '' : String(group.course))],
        ['Классный руководитель', (group) => personLink(group.classTeacher)]
      ], groups));
    } catch (e) {
      if (e.status !== 401) say(groupsMessage, e.message, 'error');
    }
  }

  // Tabs as the WAI-ARIA pattern has them: arrows move between tabs, Tab goes into the panel.
  const tabs = [document.getElementById('tab-people'), document.getElementById('tab-groups')];
  function select(tab, focus) {
    tabs.forEach((each) => {
      const on = each === tab;
      each.setAttribute('aria-selected', String(on));
      each.tabIndex = on ? 0 : -1;
      document.getElementById(each.getAttribute('aria-controls')).hidden = !on;
    });
    if (focus) tab.focus();
    const name = tab.id === 'tab-groups' ? 'groups' : 'people';
    toAddress(name);
    if (name === 'groups') showGroups();
  }
  tabs.forEach((tab, index) => {
    tab.addEventListener('click', () => select(tab, false));
    tab.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault();
        select(tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length], true);
      }
    });
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    page = 0;
    toAddress('people');
    search();
  });
  ['role', 'group', 'status'].forEach((name) => form.elements[name].addEventListener('change', () => {
    page = 0;
    toAddress('people');
    search();
  }));
  document.getElementById('reset').addEventListener('click', () => {
    fields.forEach((field) => { field.value = ''; });
    page = 0;
    toAddress('people');
    search();
  });
  prev.addEventListener('click', () => { page = Math.max(0, page - 1); toAddress('people'); search(); });
  next.addEventListener('click', () => { page += 1; toAddress('people'); search(); });

  // The group filter of the address can be applied only once the select has its groups.
  const tab = fromAddress();
  const chosenGroup = new URLSearchParams(location.search).get('group') || '';
  fillGroupSelect(chosenGroup).then(() => {
    if (tab === 'groups') select(tabs[1], false);
    return search();
  });
})();
