// Small progressive enhancements; the site works without them (docs/design.md).
(function () {
  "use strict";
  // Listing filters are a <details>: closed on a phone so the results come first, opened here
  // on a wide screen, where they sit beside the results.
  var wide = window.matchMedia("(min-width: 60rem)");
  function openFilters() {
    if (!wide.matches) return;
    document.querySelectorAll("details[data-open-wide]").forEach(function (details) {
      details.open = true;
    });
  }
  openFilters();
  if (wide.addEventListener) wide.addEventListener("change", openFilters);

  // "Copy link": shown only where the clipboard can be written; the address box stays.
  if (navigator.clipboard && window.isSecureContext) {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      var label = button.textContent;
      button.hidden = false;
      button.addEventListener("click", function () {
        navigator.clipboard.writeText(button.getAttribute("data-copy")).then(function () {
          button.textContent = button.getAttribute("data-copied") || label;
        });
      });
    });
  }
})();
