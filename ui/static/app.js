// Evidence highlighting on the case page: a field's "Beleg zeigen" button shows and focuses its
// source boxes on the page image; a box leads back to its field. Plain JS, no dependencies.
(function () {
  "use strict";

  function boxesOf(anchor) {
    return document.querySelectorAll('.beleg[data-feld="' + CSS.escape(anchor) + '"]');
  }

  function placeBoxes() {
    document.querySelectorAll(".beleg[data-box]").forEach(function (box) {
      var c = box.getAttribute("data-box").split(",").map(Number);
      box.style.left = c[0] + "%";
      box.style.top = c[1] + "%";
      box.style.width = Math.max(c[2], 0.8) + "%";
      box.style.height = Math.max(c[3], 0.8) + "%";
    });
  }

  function showEvidence(anchor) {
    document.querySelectorAll(".beleg.aktiv, .feld.aktiv").forEach(function (el) {
      el.classList.remove("aktiv");
      if (el.classList.contains("beleg")) { el.tabIndex = -1; }
    });
    var boxes = boxesOf(anchor);
    boxes.forEach(function (box) { box.classList.add("aktiv"); box.tabIndex = 0; });
    var field = document.getElementById(anchor);
    if (field) { field.classList.add("aktiv"); }
    if (boxes.length) {
      boxes[0].scrollIntoView({ block: "center", behavior: "smooth" });
      boxes[0].focus({ preventScroll: true });
    }
  }

  function backToField(anchor) {
    var input = document.getElementById("eingabe-" + anchor);
    if (input) {
      input.scrollIntoView({ block: "center", behavior: "smooth" });
      input.focus({ preventScroll: true });
    }
  }

  document.addEventListener("click", function (event) {
    var target = event.target.closest(".beleg-zeigen, .beleg");
    if (!target) { return; }
    var anchor = target.getAttribute("data-feld");
    if (target.classList.contains("beleg")) { backToField(anchor); } else { showEvidence(anchor); }
  });

  // One decision per click: a double click must not send the same decision twice.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset.gesendet) { event.preventDefault(); return; }
    form.dataset.gesendet = "1";
  });

  document.addEventListener("DOMContentLoaded", placeBoxes);
})();
