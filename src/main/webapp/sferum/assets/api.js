// What every roster page needs: calls to our REST API (session cookie, Camunda's XSRF header, errors in Russian),
// building elements without innerHTML (names come from CSV files), and dates shown the Russian way.
'use strict';

window.Roster = (function () {
  // Relative to /camunda/sferum/roster/, so the pages do not depend on the WAR's context path.
  const API = new URL('../api/', document.baseURI).href;
  const TASKLIST = new URL('../../app/tasklist/', document.baseURI).href;

  class ApiError extends Error {
    constructor(status, message) {
      super(message);
      this.status = status;
    }
  }

  function xsrfToken() {
    const found = document.cookie.split(';').map((part) => part.trim())
      .find((part) => part.startsWith('XSRF-TOKEN='));
    return found ? decodeURIComponent(found.substring('XSRF-TOKEN='.length)) : null;
  }

  // Every call: same-origin credentials, the XSRF header on writes; a refusal becomes an ApiError with the
  // server's Russian message, a 401 also shows the login notice.
  async function call(method, path, body, contentType) {
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      const token = xsrfToken();
      if (token) headers['X-XSRF-TOKEN'] = token;
      if (contentType) headers['Content-Type'] = contentType;
    }
    let response;
    try {
      response = await fetch(API + path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
    } catch (e) {
      throw new ApiError(0, 'Сервер не отвечает. Проверьте связь и обновите страницу.');
    }
    if (response.status === 401) {
      showLogin();
      throw new ApiError(401, 'Войдите в Tasklist.');
    }
    const text = await response.text();
    let json = null;
    try { json = text ? JSON.parse(text) : null; } catch (e) { json = null; }
    if (!response.ok) {
      throw new ApiError(response.status, refusalText(response, json));
    }
    return json;
  }

  function refusalText(response, json) {
    if (json && typeof json.message === 'string' && json.message) return json.message;
    if (response.status === 403 && response.headers.get('X-XSRF-TOKEN') === 'Required') {
      // Camunda's CSRF filter: the session changed (a new login in another tab) or expired.
      return 'Сеанс устарел: обновите страницу и повторите. Если не поможет — войдите в Tasklist снова.';
    }
    if (response.status === 403) return 'Нет доступа.';
    if (response.status === 404) return 'Не найдено.';
    return 'Сервер не смог выполнить запрос (код ' + response.status + '). Повторите позже.';
  }

  const get = (path) => call('GET', path);
  const postJson = (path, value) => call('POST', path, JSON.stringify(value), 'application/json');
  const postFile = (path, file) => call('POST', path, file, file.type || 'text/csv');
  // A form with a file: the browser writes multipart/form-data with its boundary itself.
  const postForm = (path, formData) => call('POST', path, formData);

  // One notice per page, shown above everything, with the same session as Tasklist's login.
  function showLogin() {
    if (document.getElementById('login-notice')) return;
    const notice = el('div', { id: 'login-notice', className: 'notice error', role: 'alert' },
      el('p', {}, el('strong', {}, 'Войдите в Tasklist')),
      el('p', {}, 'Эти страницы работают с тем же входом, что и Tasklist. ',
        el('a', { href: TASKLIST }, 'Открыть Tasklist и войти'),
        ', затем обновите эту страницу.'));
    const main = document.querySelector('main');
    main.insertBefore(notice, main.firstChild);
  }

  // el('a', {href: …}, 'text', child…): attributes by property (className, hidden…) or, with a dash, by name.
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    Object.entries(props || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (key.includes('-') || key === 'role' || key === 'for' || key === 'scope') node.setAttribute(key, value);
      else node[key] = value;
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === false) return;
      node.append(child instanceof Node ? child : String(child));
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  // A message next to a form or a section: role=alert for refusals, role=status for outcomes.
  function say(box, text, kind) {
    clear(box);
    box.className = 'notice' + (kind ? ' ' + kind : '');
    box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
    if (text) box.append(el('p', {}, text));
  }

  // yyyy-mm-dd stays a calendar date (no time zone shift); an instant is shown in the browser's time.
  function date(value) {
    if (!value) return '';
    const plain = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (plain) return plain[3] + '.' + plain[2] + '.' + plain[1];
    const moment = instant(value);
    return isNaN(moment) ? value : moment.toLocaleDateString('ru-RU');
  }

  // The server may write nanoseconds; JavaScript's date format has milliseconds, and not every browser reads more.
  function instant(value) {
    return new Date(value.replace(/(\.\d{3})\d+/, '$1'));
  }

  function dateTime(value) {
    if (!value) return '';
    const moment = instant(value);
    return isNaN(moment) ? value : moment.toLocaleString('ru-RU', { dateStyle: 'short', timeStyle: 'short' });
  }

  function today() {
    const now = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return now.getFullYear() + '-' + pad(now.getMonth() + 1) + '-' + pad(now.getDate());
  }

  function personLink(ref) {
    if (!ref) return '';
    return el('a', { href: 'person.html?id=' + encodeURIComponent(ref.id) }, ref.fullName || 'без имени');
  }

  // A table that turns into cards on a phone: columns are [title, row => cell content, optional cell class].
  function table(caption, columns, rows) {
    return el('table', { className: 'cards' },
      caption ? el('caption', {}, caption) : null,
      el('thead', {}, el('tr', {}, columns.map(([title]) => el('th', { scope: 'col' }, title)))),
      el('tbody', {}, rows.map((row) => el('tr', {},
        columns.map(([title, cell, className]) => {
          const content = cell(row);
          return el('td', { 'data-label': title, className },
            content === null || content === undefined ? '' : content);
        })))));
  }

  // The movement kinds an event may have for a person, as the server checks them (Movements.checkApplies).
  const KINDS = {
    DISMISSAL: 'Увольнение',
    EXPULSION: 'Отчисление',
    GRADUATION: 'Выпуск',
    TRANSFER: 'Перевод в другую группу',
    RETURN: 'Восстановление'
  };

  function kindsFor(person) {
    if (person.role === 'PARENT' || person.status === 'WITHDRAWN') return [];
    if (person.status !== 'ACTIVE') return ['RETURN'];
    return person.role === 'STAFF' ? ['DISMISSAL'] : ['EXPULSION', 'GRADUATION', 'TRANSFER'];
  }

  // Whether the viewer keeps the roster (loads files, enters movement events), as the server says.
  async function isKeeper() {
    return (await get('roster/me')).mayChange;
  }

  return { API, TASKLIST, ApiError, get, postJson, postFile, postForm, el, clear, say, date, dateTime, today, personLink,
    table, KINDS, kindsFor, isKeeper, showLogin };
})();
