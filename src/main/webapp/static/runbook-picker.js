// A runbook field that searches as one types: every input with class "runbook-picker" asks
// data-pick?q=… for runbooks across repositories whose title or path matches, lists them, and puts
// the chosen one's "repository/path" in the field. Arrow keys move, Enter picks, Escape closes.
(function () {
  "use strict";
  function attach(input) {
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var timer = null;
    var active = -1;
    var asked = "";

    function close() {
      list.hidden = true;
      list.innerHTML = "";
      active = -1;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
    }

    function choose(option) {
      input.value = option.getAttribute("data-ref");
      input.title = option.getAttribute("data-title");
      close();
    }

    function highlight(index) {
      var options = list.querySelectorAll("[role=option]");
      if (!options.length) {
        return;
      }
      active = (index + options.length) % options.length;
      for (var i = 0; i < options.length; i++) {
        options[i].setAttribute("aria-selected", i === active ? "true" : "false");
      }
      input.setAttribute("aria-activedescendant", options[active].id);
    }

    function show(picks) {
      list.innerHTML = "";
      active = -1;
      if (!picks.length) {
        var none = document.createElement("li");
        none.className = "muted small";
        none.textContent = "No runbook matches.";
        list.appendChild(none);
      }
      picks.forEach(function (p, i) {
        var li = document.createElement("li");
        li.id = input.id.replace(/:/g, "-") + "-option-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("data-ref", p.ref);
        li.setAttribute("data-title", p.title);
        li.textContent = p.title + " ";
        var where = document.createElement("span");
        where.className = "muted small";
        where.textContent = p.repository + "/" + p.path;
        li.appendChild(where);
        li.addEventListener("mousedown", function (event) {
          event.preventDefault();
          choose(li);
        });
        list.appendChild(li);
      });
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function ask() {
      var typed = input.value.trim();
      if (typed === asked) {
        return;
      }
      asked = typed;
      if (!typed) {
        close();
        return;
      }
      fetch(input.getAttribute("data-pick") + "?q=" + encodeURIComponent(typed), {
        credentials: "same-origin", headers: { "Accept": "application/json" }
      })
        .then(function (response) { return response.ok ? response.json() : []; })
        .then(function (picks) {
          if (typed === input.value.trim()) {
            show(picks);
          }
        })
        .catch(function () { close(); });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(ask, 150);
    });
    input.addEventListener("keydown", function (event) {
      if (list.hidden) {
        return;
      }
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        event.preventDefault();
        highlight(active + (event.key === "ArrowDown" ? 1 : -1));
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        choose(list.querySelectorAll("[role=option]")[active]);
      } else if (event.key === "Escape") {
        close();
      }
    });
    input.addEventListener("blur", function () {
      window.setTimeout(close, 100);
    });
  }

  var inputs = document.querySelectorAll("input.runbook-picker[data-pick]");
  for (var i = 0; i < inputs.length; i++) {
    attach(inputs[i]);
  }
})();
