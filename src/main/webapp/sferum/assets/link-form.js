// The pages opened by a personal link from a letter (an appeal, new chat rules): sends the form's fields to the
// server as JSON and shows the message it answers with.
(function () {
  'use strict';
  const form = document.getElementById('link-form');
  if (!form) return;
  const result = document.getElementById('result');

  const { xsrfToken } = window.PublicPage;
  const say = (text, isError) => window.PublicPage.say(result, text, isError);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const body = {};
    let missing = false;
    for (const field of form.elements) {
      if (!field.name) continue;
      body[field.name] = field.type === 'checkbox' ? field.checked : field.value.trim();
      if (field.required && !body[field.name]) missing = true;
    }
    if (missing) {
      say(form.dataset.missing, true);
      return;
    }
    const response = await fetch(window.location.pathname, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      body: JSON.stringify(body)
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
