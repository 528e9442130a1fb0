// What the public pages opened from a letter share (the join page, the link pages of moderation, the consent
// withdrawal): Camunda's XSRF token for their POSTs, and the one message line under the form.
window.PublicPage = (function () {
  'use strict';

  function xsrfToken() {
    const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
    return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
  }

  function say(result, text, isError) {
    result.textContent = '';
    const p = document.createElement('p');
    p.className = isError ? 'notice error' : 'notice';
    p.textContent = text;
    result.append(p);
  }

  return { xsrfToken, say };
})();
