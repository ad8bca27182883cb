// Flash the evidence a matrix cell links to, so the eye finds it. The page works without this script.
(function () {
  'use strict';
  function flash() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) {
      return;
    }
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
  }
  window.addEventListener('hashchange', flash);
  document.addEventListener('DOMContentLoaded', function () {
    var cells = document.querySelectorAll('#verdict-matrix td.cell').length;
    document.documentElement.setAttribute('data-verdict-cells', String(cells));
    flash();
  });
}());
