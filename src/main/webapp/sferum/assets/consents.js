// The consent register's page: the people in chats without a valid consent, with a link to each card and the CSV.
'use strict';

(function () {
  const R = window.Roster;
  const { el, clear, say, personLink, table } = R;
  const box = document.getElementById('missing');
  const message = document.getElementById('page-message');
  document.getElementById('missing-csv').href = R.API + 'consents/missing?format=csv';

  async function load() {
    try {
      const people = await R.get('consents/missing');
      clear(box);
      if (people.length === 0) {
        box.append(el('p', {}, 'Все участники чатов дали согласие.'));
        return;
      }
      box.append(table('Людей: ' + people.length, [
        ['ФИО', (p) => personLink({ id: p.personId, fullName: p.fullName })],
        ['Кто', (p) => p.roleTitle],
        ['Чаты', (p) => p.chats.join(', ')]
      ], people));
    } catch (e) {
      if (e.status !== 401) say(message, e.message, 'error');
    }
  }

  load();
})();
