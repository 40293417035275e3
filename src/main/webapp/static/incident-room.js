// Posts the incident page's forms without reloading the page: a button with data-ajax-render is
// sent as a Faces Ajax request (execute = data-ajax-execute) that renders the listed client ids;
// then the live timeline asks at once for what the action added. Without JavaScript, or before
// faces.js has loaded, the same buttons post the whole form and the page reloads.
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    var button = event.target.closest ? event.target.closest("[data-ajax-render]") : null;
    if (!button || !window.faces || !faces.ajax) {
      return;
    }
    event.preventDefault();
    button.setAttribute("aria-busy", "true");
    faces.ajax.request(button, event, {
      execute: button.getAttribute("data-ajax-execute") || "@this",
      render: button.getAttribute("data-ajax-render"),
      onevent: function (data) {
        if (data.status === "success") {
          button.removeAttribute("aria-busy");
          if (window.hindsightLive) {
            window.hindsightLive.refresh();
          }
        }
      },
      onerror: function () {
        button.removeAttribute("aria-busy");
      }
    });
  });
})();
