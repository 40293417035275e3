// While a repository on the page is syncing, reloads the page (by GET, never re-posting a form)
// every two seconds, so that its phase and files read move until the sync is done. It waits while
// a field of the page holds something typed in it, which a reload would throw away.
(function () {
  "use strict";
  var EVERY_MS = 2000;

  function filling() {
    var fields = document.querySelectorAll("input, textarea");
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (field.type !== "hidden" &&
          (field.value !== field.defaultValue || field.checked !== field.defaultChecked)) {
        return true;
      }
    }
    return false;
  }

  function reloadLater() {
    window.setTimeout(function () {
      if (filling()) {
        reloadLater();
        return;
      }
      window.location.replace(window.location.pathname);
    }, EVERY_MS);
  }

  if (document.querySelector("[data-syncing='true']")) {
    reloadLater();
  }
})();
