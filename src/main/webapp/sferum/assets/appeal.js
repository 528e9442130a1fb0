// The appeal page: sends the appeal's text to the server and says what became of it.
(function () {
  'use strict';
  const form = document.getElementById('appeal');
  if (!form) return;
  const result = document.getElementById('result');

  function xsrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function say(text, isError) {
    result.textContent = '';
    const p = document.createElement('p');
    p.className = isError ? 'notice error' : 'notice';
    p.textContent = text;
    result.append(p);
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = form.elements.text.value.trim();
    if (!text) {
      say('Напишите, почему вы не согласны с ограничением.', true);
      return;
    }
    const response = await fetch(window.location.pathname, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      body: JSON.stringify({ text })
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      say(answer.message || 'Не получилось. Обновите страницу и попробуйте ещё раз.', true);
      return;
    }
    form.hidden = true;
    say(answer.message, false);
  });
})();
