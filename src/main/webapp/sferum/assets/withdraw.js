// The consent withdrawal pages: ask for a personal link by e-mail; on the link's page, withdraw the ticked consents.
(function () {
  'use strict';
  const result = document.getElementById('result');
  if (!result) return;

  const { xsrfToken } = window.PublicPage;
  const say = (text, isError) => window.PublicPage.say(result, text, isError);

  async function post(body) {
    const response = await fetch(window.location.pathname, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      body: JSON.stringify(body)
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) throw new Error(answer.message || 'Не получилось. Обновите страницу и попробуйте ещё раз.');
    return answer;
  }

  const ask = document.getElementById('ask');
  if (ask) {
    ask.addEventListener('submit', async (event) => {
      event.preventDefault();
      const email = ask.elements.email.value.trim();
      if (!email) {
        say('Укажите адрес электронной почты.', true);
        return;
      }
      try {
        say((await post({ email })).message, false);
        ask.hidden = true;
      } catch (e) {
        say(e.message, true);
      }
    });
  }

  const form = document.getElementById('withdraw');
  if (form) {
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      const subjects = Array.from(form.querySelectorAll('input[name="subject"]:checked')).map((box) => box.value);
      if (subjects.length === 0 || !form.elements.confirm.checked) {
        say('Отметьте, чьё согласие отзываете, и подтвердите отзыв.', true);
        return;
      }
      try {
        say((await post({ subjects })).message, false);
        form.hidden = true;
      } catch (e) {
        say(e.message, true);
      }
    });
  }
})();
