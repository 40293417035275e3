// While a repository on the page is syncing, reloads the page (by GET, never re-posting a form)
// every two seconds, so that its phase and files read move until the sync is done.
(function () {
  "use strict";
  var EVERY_MS = 2000;
  if (document.querySelector("[data-syncing='true']")) {
    window.setTimeout(function () {
      window.location.replace(window.location.pathname);
    }, EVERY_MS);
  }
})();
