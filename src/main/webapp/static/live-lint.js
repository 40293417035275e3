// Re-checks a post-mortem section for blame and refreshes its preview while the author types:
// 600 ms after the last key, the section's text is sent with a Faces Ajax request that updates
// the section's check panel (the id of the text area with ":check" instead of ":text") and the
// count of open warnings.
// Each blame warning offers rewrites of its sentence: "Apply" replaces that sentence in the text
// area (or the factor's field) and checks the text again, so the warning goes.
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

  // The server names the sentence as it received it; browsers give text areas "\n" line ends.
  function find(value, sentence) {
    var at = value.indexOf(sentence);
    if (at >= 0) {
      return { at: at, text: sentence };
    }
    var plain = sentence.replace(/\r\n/g, "\n");
    at = value.indexOf(plain);
    return at >= 0 ? { at: at, text: plain } : null;
  }

  function applyRewrite(button) {
    var box = button.closest(".section-editor, .factor-editor");
    var field = box && box.querySelector("textarea, input[type=text]");
    if (!field) {
      return;
    }
    var rewrite = button.getAttribute("data-rewrite");
    var found = find(field.value, button.getAttribute("data-sentence"));
    if (!found) {
      button.disabled = true;
      button.textContent = "Sentence changed";
      return;
    }
    field.value =
      field.value.slice(0, found.at) + rewrite + field.value.slice(found.at + found.text.length);
    field.focus();
    field.setSelectionRange(found.at + rewrite.length, found.at + rewrite.length);
    field.dispatchEvent(new Event("input", { bubbles: true }));
  }

  function start() {
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("button.apply-rewrite");
      if (button) {
        event.preventDefault();
        applyRewrite(button);
      }
    });
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
