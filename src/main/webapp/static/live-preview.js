// Refreshes a change request's preview and lint while its author types: 500 ms after the last key,
// the text is sent with a Faces Ajax request that re-renders the preview (through the server's
// sanitizing renderer, so no script from the Markdown runs) and the lint findings.
// Inline handlers such as those of <f:ajax> are blocked by the Content-Security-Policy.
(function () {
  "use strict";
  var DELAY_MS = 500;

  function watch(area) {
    var timer = null;
    area.addEventListener("input", function (event) {
      if (timer) {
        window.clearTimeout(timer);
      }
      timer = window.setTimeout(function () {
        timer = null;
        faces.ajax.request(area, event, {
          execute: area.id,
          render: area.getAttribute("data-render")
        });
      }, DELAY_MS);
    });
  }

  function start() {
    document.querySelectorAll("textarea.live-preview").forEach(watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
