// «Отчёты об использовании платформы»: the college's monthly reports, each as a page and a PDF.
'use strict';

(function () {
  const R = window.Roster;
  const message = document.getElementById('page-message');

  async function showReports() {
    const box = document.getElementById('report-list');
    try {
      const list = await R.get('reports');
      R.clear(box);
      if (list.length === 0) {
        box.append(R.el('p', {}, 'Отчётов ещё нет: первый составится в первый рабочий день месяца.'));
        return;
      }
      box.append(R.table('Отчёты, новые месяцы сначала', [
        ['Отчёт', (report) => R.el('a', { href: R.API + 'reports/' + encodeURIComponent(report.id) + '/page' },
          report.title)],
        ['PDF', (report) => R.el('a', { href: R.API + 'reports/' + encodeURIComponent(report.id) + '/pdf' },
          'PDF', R.el('span', { className: 'visually-hidden' }, ' — ' + report.title))],
        ['Составлен', (report) => R.dateTime(report.madeAt)],
        ['Директор ознакомился', (report) => report.readAt ? R.dateTime(report.readAt) : 'ещё нет'],
        ['Возвращался с вопросами', (report) => String(report.questionRounds)]
      ], list));
    } catch (e) {
      R.say(message, e.message, 'error');
    }
  }

  showReports();
})();
