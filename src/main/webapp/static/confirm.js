// Asks before a risky button posts: a button with data-confirm="question" posts only when the
// person answers OK. (The pages' security policy allows no inline handlers, so this is the way.)
(function () {
  "use strict";
  document.addEventListener(
    "click",
    function (event) {
      var button = event.target.closest ? event.target.closest("[data-confirm]") : null;
      if (button && !window.confirm(button.getAttribute("data-confirm"))) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true
  );
})();
