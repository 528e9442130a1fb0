// The join page: sends the ticks to the server and shows the platform's link it answers with.
(function () {
  'use strict';
  const form = document.getElementById('join');
  if (!form) return;
  const result = document.getElementById('result');

  const { xsrfToken } = window.PublicPage;
  const say = (text, isError) => window.PublicPage.say(result, text, isError);

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const parent = form.elements.parentId;
    const phone = form.elements.phone;
    const body = {
      rules: form.elements.rules.checked,
      rulesVersion: Number(form.dataset.rulesVersion),
      consent: form.elements.consent.checked,
      parentId: parent ? parent.value : null,
      phone: phone ? phone.value : null,
      email: form.elements.email ? form.elements.email.value : null
    };
    if (!body.rules || !body.consent || (parent && !parent.value) || (phone && !phone.value.trim())) {
      say('Отметьте правила и согласие' + (parent ? ' и выберите родителя' : '')
        + (phone ? ', укажите номер телефона' : '') + ', затем нажмите «Вступить».', true);
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
    result.textContent = '';
    const p = document.createElement('p');
    p.append('Спасибо! Теперь вступите на платформе по ссылке: ');
    const a = document.createElement('a');
    a.href = answer.platformLink;
    a.rel = 'noreferrer noopener';
    a.textContent = answer.platformLink;
    p.append(a);
    const note = document.createElement('p');
    note.textContent = 'Эта страница больше не откроется: ссылка личная и одноразовая. Сохраните ссылку платформы, '
      + 'если не вступаете прямо сейчас.';
    result.append(p, note);
  });
})();
