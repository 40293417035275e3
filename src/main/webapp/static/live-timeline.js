// Keeps an incident page's timeline current while it is open: every 5 seconds it asks the server
// for the entries added since the last one shown (/incident-live), and adds only those. When the
// status, SLA deadlines or escalation messages changed, it fetches the page once and replaces the
// SLA, escalation, status and post-mortem sections.
(function () {
  "use strict";
  var SECTIONS = ["sla", "escalation", "incident-status", "postmortem-area"];
  var PERIOD_MS = 5000;
  var list = document.getElementById("timeline");
  if (!list || !list.getAttribute("data-live")) {
    return;
  }
  var status = document.getElementById("live-status");

  function entry(e) {
    var li = document.createElement("li");
    li.className = e.css;
    li.setAttribute("data-at", e.at);
    var meta = document.createElement("span");
    meta.className = "muted small";
    var time = document.createElement("time");
    time.setAttribute("datetime", e.at);
    time.textContent = e.time;
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(" · " + e.kind + " · " + e.author));
    var text = document.createElement("div");
    text.className = "entry-text";
    text.textContent = e.text;
    li.appendChild(meta);
    li.appendChild(text);
    return li;
  }

  function insert(li, at) {
    var items = list.children;
    for (var i = items.length - 1; i >= 0; i--) {
      if (items[i].getAttribute("data-at") <= at) {
        items[i].insertAdjacentElement("afterend", li);
        return;
      }
    }
    list.insertBefore(li, list.firstChild);
  }

  function sections() {
    return fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html", "X-Hindsight-Poll": "1" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        SECTIONS.forEach(function (id) {
          var current = document.getElementById(id);
          var next = fresh.getElementById(id);
          if (current && next) {
            current.innerHTML = next.innerHTML;
            if (window.hindsightTimes) {
              window.hindsightTimes.render(current);
            }
          }
        });
        var freshList = fresh.getElementById("timeline");
        if (freshList) {
          list.setAttribute("data-stamp", freshList.getAttribute("data-stamp"));
        }
      });
  }

  function refresh() {
    if (document.hidden) {
      return;
    }
    var url = list.getAttribute("data-live") + "?key=" + encodeURIComponent(list.getAttribute("data-key")) +
      "&after=" + encodeURIComponent(list.getAttribute("data-after"));
    fetch(url, { credentials: "same-origin", headers: { "Accept": "application/json", "X-Hindsight-Poll": "1" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (live) {
        if (!live) {
          return null;
        }
        var after = Number(list.getAttribute("data-after"));
        live.entries.forEach(function (e) {
          var li = entry(e);
          insert(li, e.at);
          if (window.hindsightTimes) {
            window.hindsightTimes.render(li);
          }
          after = Math.max(after, e.id);
        });
        list.setAttribute("data-after", String(after));
        if (status) {
          status.textContent = "Updated " + new Date().toLocaleTimeString() +
            (live.entries.length ? " (" + live.entries.length + " new)" : "");
        }
        return live.stamp !== list.getAttribute("data-stamp") ? sections() : null;
      })
      .catch(function () {
        // Offline for a moment: the next round tries again.
      });
  }

  window.setInterval(refresh, PERIOD_MS);
  window.hindsightLive = { refresh: refresh };
})();
