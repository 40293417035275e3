// Shows every <time datetime="…"> in the viewer's own time zone ("2026-12-01 20:16 CET"), and keeps
// relative times and SLA countdowns current ("in 12 min", "3 h ago"); a countdown that passes its
// time marks its block breached, in colour and in words (data-breach-word).
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="server-now"]');
  var skew = meta ? Date.parse(meta.content) - Date.now() : 0;

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function zoneName(date) {
    try {
      var parts = new Intl.DateTimeFormat(undefined, { timeZoneName: "short" }).formatToParts(date);
      for (var i = 0; i < parts.length; i++) {
        if (parts[i].type === "timeZoneName") {
          return parts[i].value;
        }
      }
    } catch (e) {
      // An old browser: the offset below says it.
    }
    var offset = -date.getTimezoneOffset();
    return "UTC" + (offset >= 0 ? "+" : "-") + pad(Math.floor(Math.abs(offset) / 60)) + ":" + pad(Math.abs(offset) % 60);
  }

  function local(date) {
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate()) + " " +
      pad(date.getHours()) + ":" + pad(date.getMinutes()) + " " + zoneName(date);
  }

  function span(ms) {
    var minutes = Math.floor(ms / 60000);
    if (minutes < 60) {
      return minutes + " min";
    }
    var hours = Math.floor(minutes / 60);
    return hours < 48 ? hours + " h" : Math.floor(hours / 24) + " d";
  }

  function relative(date, now) {
    var ms = date.getTime() - now;
    if (Math.abs(ms) < 60000) {
      return "just now";
    }
    return ms < 0 ? span(-ms) + " ago" : "in " + span(ms);
  }

  function render(root) {
    var now = Date.now() + skew;
    var times = (root || document).querySelectorAll("time[datetime]");
    for (var i = 0; i < times.length; i++) {
      var el = times[i];
      var date = new Date(el.getAttribute("datetime"));
      if (isNaN(date.getTime())) {
        continue;
      }
      el.title = local(date);
      if (el.hasAttribute("data-countdown") || el.hasAttribute("data-relative")) {
        el.textContent = relative(date, now);
      } else {
        el.textContent = local(date);
      }
      if (el.hasAttribute("data-countdown")) {
        var block = el.parentElement;
        var passed = date.getTime() <= now;
        block.classList.toggle("sla-breached", passed);
        block.classList.toggle("sla-ok", !passed);
        var word = block.querySelector(".sla-word");
        if (word) {
          word.textContent = passed ? el.getAttribute("data-breach-word") : el.getAttribute("data-ok-word");
        }
      }
    }
  }

  window.hindsightTimes = { render: render };
  render(document);
  window.setInterval(function () { render(document); }, 15000);
})();
