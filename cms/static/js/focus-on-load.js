// After a submit the page opens on its error summary or confirmation panel: focusing it
// scrolls it into view and makes screen readers read it first (GOV.UK's pattern). Without
// this script the element is still first in the main content, so nothing is lost.
(function () {
  var target = document.querySelector("[data-focus-on-load]");
  if (target) {
    target.focus();
  }
})();
