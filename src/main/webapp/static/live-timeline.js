// Keeps an incident page's timeline, SLA clock and escalation state current while it is open:
// every 15 seconds the page is fetched again and those sections are replaced from it.
(function () {
  "use strict";
  var SECTIONS = ["timeline", "sla", "escalation", "evidence-links"];
  var PERIOD_MS = 15000;

  function refresh() {
    if (document.hidden) {
      return;
    }
    fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html", "X-Hindsight-Poll": "1" } })
      .then(function (response) {
        return response.ok ? response.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        SECTIONS.forEach(function (id) {
          var current = document.getElementById(id);
          var next = fresh.getElementById(id);
          if (current && next && current.innerHTML !== next.innerHTML) {
            current.innerHTML = next.innerHTML;
          }
        });
        var status = document.getElementById("live-status");
        if (status) {
          status.textContent = "Updated " + new Date().toLocaleTimeString();
        }
      })
      .catch(function () {
        // Offline for a moment: the next round tries again.
      });
  }

  if (document.getElementById("timeline")) {
    window.setInterval(refresh, PERIOD_MS);
  }
})();
