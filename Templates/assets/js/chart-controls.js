/* Screen controls for org charts wider than their column (issue 16): fit to width, 100 %,
   full screen, zoom and pan by mouse, keyboard and touch, and find a unit by name.
   Progressive enhancement: without this script every chart shows whole in its scrolling
   canvas. No third-party code; works from file://. Announcements go to an aria-live line. */
(function () {
  "use strict";
  var MIN = 0.1, MAX = 4;

  function setUp(figure) {
    var canvas = figure.querySelector(":scope > .diagram-canvas");
    var svg = canvas && canvas.querySelector(":scope > svg");
    if (!svg || !svg.viewBox || !svg.viewBox.baseVal) return;
    var natural = svg.viewBox.baseVal.width, naturalHeight = svg.viewBox.baseVal.height;
    if (!(natural > canvas.clientWidth + 1)) return;  // fits its column: no controls
    var scale = 1;
    var bar = document.createElement("div");
    bar.className = "chart-controls";
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Chart view");
    var live = document.createElement("p");
    live.className = "chart-status";
    live.setAttribute("aria-live", "polite");

    function button(label, cls, action) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = cls;
      b.textContent = label;
      b.addEventListener("click", action);
      bar.appendChild(b);
      return b;
    }
    function zoom(to, quiet) {
      scale = Math.min(MAX, Math.max(MIN, to));
      svg.style.width = (natural * scale) + "px";
      svg.style.height = (naturalHeight * scale) + "px";
      if (!quiet) live.textContent = "Zoom " + Math.round(scale * 100) + " %";
    }
    function fit() { zoom(canvas.clientWidth / natural); }
    button("Fit to width", "chart-fit", fit);
    button("100 %", "chart-actual", function () { zoom(1); });
    button("Full screen", "chart-fullscreen", function () {
      if (document.fullscreenElement) { document.exitFullscreen(); return; }
      if (figure.requestFullscreen) figure.requestFullscreen().catch(function () {
        figure.classList.toggle("chart-maximised");  // no Fullscreen API: fill the window
      });
      else figure.classList.toggle("chart-maximised");
    });
    var find = document.createElement("input");
    find.type = "search";
    find.className = "chart-find";
    find.placeholder = "Find a unit";
    find.setAttribute("aria-label", "Find a unit by name");
    bar.appendChild(find);
    find.addEventListener("keydown", function (e) {
      if (e.key !== "Enter") return;
      e.preventDefault();
      var query = find.value.trim().toLowerCase();
      svg.querySelectorAll("g.node.found").forEach(function (n) { n.classList.remove("found"); });
      if (!query) return;
      var hit = Array.prototype.find.call(svg.querySelectorAll("g.node"), function (n) {
        return (n.textContent || "").toLowerCase().indexOf(query) >= 0;
      });
      if (!hit) { live.textContent = "No unit matches “" + find.value.trim() + "”"; return; }
      hit.classList.add("found");
      var r = hit.getBoundingClientRect(), c = canvas.getBoundingClientRect();
      canvas.scrollLeft += r.left - c.left - (c.width - r.width) / 2;
      hit.scrollIntoView({block: "center", inline: "nearest"});
      live.textContent = "Found " + (hit.querySelector("text") || hit).textContent.trim();
    });

    // Keyboard on the focused canvas: + and - zoom, 0 is 100 %, f fits; arrows scroll natively.
    canvas.addEventListener("keydown", function (e) {
      if (e.key === "+" || e.key === "=") zoom(scale * 1.25);
      else if (e.key === "-") zoom(scale / 1.25);
      else if (e.key === "0") zoom(1);
      else if (e.key === "f") fit();
      else return;
      e.preventDefault();
    });
    // Mouse: Ctrl + wheel zooms; dragging pans (pointer events cover touch and pen too).
    canvas.addEventListener("wheel", function (e) {
      if (!e.ctrlKey) return;
      e.preventDefault();
      zoom(scale * (e.deltaY < 0 ? 1.1 : 1 / 1.1));
    }, {passive: false});
    var drag = null;
    canvas.addEventListener("pointerdown", function (e) {
      if (e.target.closest && e.target.closest("a")) return;  // links keep their clicks
      drag = {x: e.clientX, y: e.clientY, left: canvas.scrollLeft, top: canvas.scrollTop};
    });
    canvas.addEventListener("pointermove", function (e) {
      if (!drag) return;
      canvas.scrollLeft = drag.left - (e.clientX - drag.x);
      canvas.scrollTop = drag.top - (e.clientY - drag.y);
    });
    ["pointerup", "pointercancel", "pointerleave"].forEach(function (t) {
      canvas.addEventListener(t, function () { drag = null; });
    });

    figure.classList.add("has-chart-controls");
    figure.insertBefore(bar, canvas);
    figure.insertBefore(live, canvas);
  }

  function start() {
    document.querySelectorAll("figure.diagram-orgchart, figure.diagram-org-diff").forEach(setUp);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
