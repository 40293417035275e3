// Re-checks a post-mortem section for blame and refreshes its preview while the author types:
// 600 ms after the last key, the section's text is sent with a Faces Ajax request that updates
// the section's check panel (the id of the text area with ":check" instead of ":text") and the
// count of open warnings.
// Inline handlers such as those of <f:ajax> are blocked by the Content-Security-Policy.
(function () {
  "use strict";
  var DELAY_MS = 600;

  function watch(area) {
    var timer = null;
    area.addEventListener("input", function (event) {
      if (timer) {
        window.clearTimeout(timer);
      }
      timer = window.setTimeout(function () {
        timer = null;
        var panel = area.id.replace(/:text$/, ":check");
        var count = area.form.id + ":open-warnings";
        faces.ajax.request(area, event, { execute: area.id, render: panel + " " + count });
      }, DELAY_MS);
    });
  }

  function start() {
    if (typeof faces === "undefined" || !faces.ajax) {
      return;
    }
    Array.prototype.forEach.call(document.querySelectorAll("textarea.live-lint"), watch);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
