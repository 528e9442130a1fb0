// Uploading a roster file and following it: the server checks every line first and saves nothing when one is
// wrong; the page polls the import each second, then shows the counts, the bad lines, or who may have left.
'use strict';

(function () {
  const R = window.Roster;
  const { el, clear, say, dateTime, table } = R;
  const MAX_FILE_BYTES = 20 * 1024 * 1024;
  const RECENT_SHOWN = 10;
  // A file with a wrong column can have an error on every one of 10,000 lines; a phone cannot show them all.
  const PROBLEMS_SHOWN = 200;

  const pageMessage = document.getElementById('page-message');
  const upload = document.getElementById('upload');
  const uploadForm = document.getElementById('upload-form');
  const uploadMessage = document.getElementById('upload-message');
  const report = document.getElementById('report');
  const status = document.getElementById('report-status');
  const progress = document.getElementById('report-progress');
  const percentText = document.getElementById('report-percent');
  const body = document.getElementById('report-body');
  let following = null;
  let keeper = null;

  const DELIMITERS = { ';': '«;» (точка с запятой)', ',': '«,» (запятая)', '\t': 'табуляция' };

  function fact(list, title, value) {
    if (value === null || value === undefined || value === '') return;
    list.append(el('dt', {}, title), el('dd', {}, value));
  }

  function showProgress(view) {
    document.getElementById('report-title').textContent = 'Загрузка «' + view.fileName + '»';
    status.textContent = 'Статус: ' + view.statusTitle;
    if (view.finished) {
      progress.hidden = true;
      percentText.textContent = '';
      return;
    }
    progress.hidden = false;
    if (view.percent === null || view.percent === undefined) {
      // Another server of the cluster runs this import: no percentage, so the bar only shows it is going on.
      progress.removeAttribute('value');
      percentText.textContent = 'Файл обрабатывается…';
    } else {
      progress.value = view.percent;
      percentText.textContent = 'Готово ' + view.percent + ' %';
    }
  }

  function showResult(view) {
    clear(body);
    const list = el('dl', { className: 'facts' });
    fact(list, 'Что в файле', view.kindTitle);
    fact(list, 'Файл', view.fileName);
    fact(list, 'Загрузил(а)', view.startedBy);
    fact(list, 'Начата', dateTime(view.startedAt));
    fact(list, 'Завершена', dateTime(view.finishedAt));
    fact(list, 'Кодировка', view.encoding);
    fact(list, 'Разделитель', view.delimiter ? DELIMITERS[view.delimiter] || '«' + view.delimiter + '»' : null);
    fact(list, 'Строк данных', view.totalLines ? String(view.totalLines) : null);
    body.append(list);

    if (view.status === 'DONE') {
      body.append(el('div', { className: 'notice ok' },
        el('p', {}, 'Список загружен. Добавлено: ' + view.created + ', изменено: ' + view.updated
          + ', без изменений: ' + view.unchanged + '.')));
      window.RosterDepartures.render(body, view);
    } else if (view.status === 'REJECTED') {
      body.append(el('div', { className: 'notice error' },
        el('p', {}, 'В файле есть ошибки, поэтому ничего не сохранено. Исправьте строки из таблицы и загрузите '
          + 'файл снова. Строка 1 — строка заголовков.')));
      const shown = view.problems.slice(0, PROBLEMS_SHOWN);
      body.append(table('Ошибки в файле: ' + view.problemCount, [
        ['Строка', (p) => String(p.line)],
        ['Столбец', (p) => p.column || 'вся строка'],
        ['Что не так', (p) => p.message]
      ], shown));
      if (shown.length < view.problemCount) {
        body.append(el('p', { className: 'hint' }, 'Показаны первые ' + shown.length + ' ошибок из '
          + view.problemCount + '. Часто это одна ошибка во всех строках (например, столбец не тот): '
          + 'исправьте показанные и загрузите файл снова.'));
      }
    } else if (view.status === 'FAILED') {
      body.append(el('div', { className: 'notice error' },
        el('p', {}, view.failure || 'Загрузка прервана сбоем; ничего не сохранено. Загрузите файл ещё раз.')));
    }
  }

  // Follows one import until it ends; a newer follow (another report opened) stops the older one.
  async function follow(id) {
    const token = {};
    following = token;
    upload.hidden = true;
    report.hidden = false;
    clear(body);
    status.textContent = 'Загружаем сведения…';
    progress.hidden = false;
    progress.removeAttribute('value');
    percentText.textContent = '';
    while (following === token) {
      let view;
      try {
        view = await R.get('roster/imports/' + encodeURIComponent(id));
      } catch (e) {
        if (following !== token) return;
        if (e.status === 0) {
          // A short break in the connection should not end the following of a long import.
          percentText.textContent = 'Нет связи с сервером, пробуем снова…';
          await pause(3000);
          continue;
        }
        progress.hidden = true;
        status.textContent = '';
        if (e.status !== 401) say(pageMessage, e.message, 'error');
        return;
      }
      if (following !== token) return;
      showProgress(view);
      if (view.finished) {
        showResult(view);
        recent();
        return;
      }
      await pause(1000);
    }
  }

  // The form appears only once the server has said this user loads files, and not over an open report.
  function showUploadIfAllowed() {
    upload.hidden = !(keeper === true && !new URLSearchParams(location.search).get('id'));
  }

  function pause(ms) {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  async function recent() {
    const box = document.getElementById('recent-table');
    const message = document.getElementById('recent-message');
    try {
      const imports = await R.get('roster/imports');
      keeper = true;
      showUploadIfAllowed();
      clear(box);
      say(message, '');
      if (imports.length === 0) {
        box.append(el('p', {}, 'Загрузок ещё не было.'));
        return;
      }
      const columns = [
        ['Начата', (i) => dateTime(i.startedAt)],
        ['Что', (i) => i.kindTitle],
        ['Файл', (i) => el('a', { href: 'import.html?id=' + encodeURIComponent(i.id) }, i.fileName)],
        ['Статус', (i) => i.statusTitle],
        ['Загрузил(а)', (i) => i.startedBy]
      ];
      box.append(table(null, columns, imports.slice(0, RECENT_SHOWN)));
      if (imports.length > RECENT_SHOWN) {
        const more = el('button', { type: 'button', className: 'secondary' }, 'Показать все (' + imports.length + ')');
        more.addEventListener('click', () => {
          clear(box).append(table(null, columns, imports));
          box.querySelector('a').focus();
        });
        box.append(more);
      }
    } catch (e) {
      if (e.status === 403) {
        // Only administrators and the administration load files; tell the others why there is no form.
        keeper = false;
        upload.hidden = true;
        report.hidden = true;
        following = null;
        say(pageMessage, e.message, 'error');
        document.getElementById('recent').hidden = true;
      } else if (e.status !== 401) {
        say(message, e.message, 'error');
      }
    }
  }

  uploadForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const file = uploadForm.elements.file.files[0];
    const kind = uploadForm.elements.kind.value;
    if (!file) {
      say(uploadMessage, 'Выберите файл CSV.', 'error');
      uploadForm.elements.file.focus();
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      say(uploadMessage, 'Файл больше 20 МБ: разделите его на части (например, по курсам).', 'error');
      return;
    }
    const submit = document.getElementById('upload-submit');
    submit.disabled = true;
    say(uploadMessage, 'Отправляем файл…');
    try {
      const view = await R.postFile('roster/imports?kind=' + encodeURIComponent(kind)
        + '&fileName=' + encodeURIComponent(file.name), file);
      say(uploadMessage, '');
      uploadForm.reset();
      history.pushState(null, '', '?id=' + encodeURIComponent(view.id));
      follow(view.id);
      recent();
    } catch (e) {
      say(uploadMessage, e.message, 'error');
    } finally {
      submit.disabled = false;
    }
  });

  function fromAddress() {
    const id = new URLSearchParams(location.search).get('id');
    say(pageMessage, '');
    if (id) {
      follow(id);
    } else {
      following = null;
      report.hidden = true;
      showUploadIfAllowed();
    }
  }

  window.addEventListener('popstate', fromAddress);
  fromAddress();
  recent();
})();
