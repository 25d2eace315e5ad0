/* Screen controls for org charts wider than their column (issue 16): fit to width, 100 %,
   full screen, zoom and pan by mouse, keyboard and touch (drag, pinch), collapse and expand
   a branch, and find a unit by name. Progressive enhancement: without this script every
   chart shows whole in its scrolling canvas. No third-party code; works from file://.
   Announcements go to an aria-live line. */
(function () {
  "use strict";
  var MIN = 0.1, MAX = 4;
  var SVG_NS = "http://www.w3.org/2000/svg";

  /* Collapse and expand: each manager's box gets a button on its bottom edge. The tree is
     read back from the drawing's reporting lines (path.edge data-from/data-to, dotted ones
     left out), per group of edges and nodes, since a before/after draws one tree per side.
     Collapsing hides the boxes and lines below without moving the rest: the drawing stays
     the one the build laid out, and print (which ignores the hiding) shows every unit.
     Returns reveal(node): expands whatever hides that box (find uses it). */
  /* A box's unit name: its name lines (a long name wraps), not a badge (NEW, MOVED). */
  function nameOf(node) {
    var lines = Array.prototype.map.call(node.querySelectorAll("text.name"), function (t) { return t.textContent.trim(); });
    var first = node.querySelector("text");
    return lines.length ? lines.join(" ") : first ? first.textContent.trim() : "";
  }

  /* A box's lines joined by spaces: its text elements follow each other with none between,
     and a wrapped name is found by its words. */
  function textOf(node) {
    return Array.prototype.map.call(node.querySelectorAll("text"), function (t) { return t.textContent.trim(); }).join(" ");
  }

  function setUpBranches(svg, announce) {
    var revealers = [];
    svg.querySelectorAll("g.edges").forEach(function (edges) {
      var scope = edges.parentNode, nodes = {}, kids = {}, parent = {}, collapsed = {}, toggles = {}, centre = {};
      scope.querySelectorAll(":scope > g.nodes g.node[data-id]").forEach(function (n) {
        nodes[n.getAttribute("data-id")] = n;
      });
      edges.querySelectorAll(":scope > path.edge").forEach(function (e) {
        if (e.classList.contains("dotted")) return;
        var from = e.getAttribute("data-from"), to = e.getAttribute("data-to");
        if (!nodes[from] || !nodes[to]) return;
        (kids[from] = kids[from] || []).push(to);
        parent[to] = from;
      });
      function below(id) {  // every unit under id, however deep
        var all = [], stack = (kids[id] || []).slice();
        while (stack.length) { var k = stack.pop(); all.push(k); stack.push.apply(stack, kids[k] || []); }
        return all;
      }
      // One Tab stop for all the buttons of a chart (a roving tabindex): the arrow keys move
      // between them in reading order, so a chart of a hundred managers is not a hundred
      // presses of Tab to get past.
      var order = [];
      function setStop(stop) { order.forEach(function (t) { t.setAttribute("tabindex", t === stop ? "0" : "-1"); }); }
      function shown() { return order.filter(function (t) { return !t.classList.contains("chart-hidden"); }); }
      // A Tab stop that a collapse hid goes to the nearest button above it that shows.
      function keepStopShown() {
        var stop = order.filter(function (t) { return t.getAttribute("tabindex") === "0"; })[0];
        if (!stop || !stop.classList.contains("chart-hidden")) return;
        for (var up = parent[stop.getAttribute("data-for")]; up; up = parent[up]) {
          if (toggles[up] && !toggles[up].classList.contains("chart-hidden")) { setStop(toggles[up]); return; }
        }
      }
      function refresh() {
        var hidden = {};
        Object.keys(collapsed).forEach(function (id) { below(id).forEach(function (k) { hidden[k] = true; }); });
        Object.keys(nodes).forEach(function (id) {
          nodes[id].classList.toggle("chart-hidden", !!hidden[id]);
          if (toggles[id]) toggles[id].classList.toggle("chart-hidden", !!hidden[id]);
        });
        edges.querySelectorAll(":scope > path.edge").forEach(function (e) {
          var from = e.getAttribute("data-from"), to = e.getAttribute("data-to");
          e.classList.toggle("chart-hidden", !!(hidden[from] || hidden[to]));
        });
        // A colour-by chart's marks sit on the boxes, drawn in a layer of their own.
        scope.querySelectorAll(":scope > g.color-key > [data-for]").forEach(function (mark) {
          mark.classList.toggle("chart-hidden", !!hidden[mark.getAttribute("data-for")]);
        });
        keepStopShown();
      }
      function name(id) { return nameOf(nodes[id]) || id; }
      function draw(id) {
        var toggle = toggles[id], count = below(id).length, shut = !!collapsed[id];
        var label = shut ? "+" + count : "\u2212";
        var width = shut ? 12 + 7 * label.length : 16;
        var pill = toggle.querySelector("rect"), text = toggle.querySelector("text");
        pill.setAttribute("x", centre[id] - width / 2);
        pill.setAttribute("width", width);
        text.textContent = label;
        toggle.setAttribute("aria-expanded", shut ? "false" : "true");
        toggle.setAttribute("aria-label", (shut ? "Expand " : "Collapse ") + name(id) + ", " + count + " unit" + (count === 1 ? "" : "s") + " below");
        nodes[id].classList.toggle("collapsed", shut);
      }
      function flip(id) {
        if (collapsed[id]) delete collapsed[id]; else collapsed[id] = true;
        draw(id);
        refresh();
        var count = below(id).length;
        announce(name(id) + (collapsed[id] ? " collapsed, " + count + " unit" + (count === 1 ? "" : "s") + " hidden" : " expanded"));
      }
      var layer = document.createElementNS(SVG_NS, "g");
      layer.setAttribute("class", "chart-toggles");
      Object.keys(kids).forEach(function (id) {
        var box = nodes[id].querySelector("rect.box");
        if (!box) return;
        var toggle = document.createElementNS(SVG_NS, "g");
        centre[id] = +box.getAttribute("x") + box.getAttribute("width") / 2;
        var cy = +box.getAttribute("y") + +box.getAttribute("height");
        toggle.setAttribute("class", "chart-toggle");
        toggle.setAttribute("role", "button");
        toggle.setAttribute("data-for", id);
        // Mostly below the box, in the gap over its reports, clear of its last line of text.
        var pill = document.createElementNS(SVG_NS, "rect");
        pill.setAttribute("y", cy - 4);
        pill.setAttribute("height", 16);
        pill.setAttribute("rx", 8);
        var text = document.createElementNS(SVG_NS, "text");
        text.setAttribute("x", centre[id]);
        text.setAttribute("y", cy + 8);
        text.setAttribute("text-anchor", "middle");
        text.setAttribute("font-size", "12");
        toggle.appendChild(pill);
        toggle.appendChild(text);
        toggle.addEventListener("click", function () { flip(id); });
        toggle.addEventListener("keydown", function (e) {
          if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            e.stopPropagation();
            flip(id);
            return;
          }
          var list = shown(), at = list.indexOf(toggle), next;
          if (e.key === "ArrowRight" || e.key === "ArrowDown") next = list[at + 1];
          else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = list[at - 1];
          else if (e.key === "Home") next = list[0];
          else if (e.key === "End") next = list[list.length - 1];
          else return;
          e.preventDefault();
          e.stopPropagation();
          if (!next) return;
          setStop(next);
          next.focus();
        });
        // A press on the button is not the start of a drag.
        toggle.addEventListener("pointerdown", function (e) { e.stopPropagation(); });
        toggles[id] = toggle;
        order.push(toggle);
        draw(id);
      });
      if (!order.length) return;
      // Reading order: by row, then from the left.
      function place(t) {
        var id = t.getAttribute("data-for");
        return [+nodes[id].querySelector("rect.box").getAttribute("y"), centre[id]];
      }
      order.sort(function (a, b) { var p = place(a), q = place(b); return p[0] - q[0] || p[1] - q[1]; });
      order.forEach(function (t) { layer.appendChild(t); });
      setStop(order[0]);
      layer.setAttribute("role", "group");
      layer.setAttribute("aria-label", "Collapse and expand: arrow keys move between the buttons");
      scope.appendChild(layer);
      // An img may not hold controls: named as a document (as the build names drawings
      // with links), the buttons stay reachable and announced.
      svg.setAttribute("role", "document");
      revealers.push(function (node) {
        var id = node.getAttribute("data-id");
        if (nodes[id] !== node) return;
        for (var up = parent[id]; up; up = parent[up]) {
          if (collapsed[up]) { delete collapsed[up]; draw(up); }
        }
        refresh();
      });
    });
    return function (node) { revealers.forEach(function (r) { r(node); }); };
  }

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
    function announce(text) { live.textContent = text; }
    var reveal = setUpBranches(svg, announce);
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
        return textOf(n).toLowerCase().indexOf(query) >= 0;
      });
      if (!hit) { live.textContent = "No unit matches “" + find.value.trim() + "”"; return; }
      reveal(hit);
      hit.classList.add("found");
      var r = hit.getBoundingClientRect(), c = canvas.getBoundingClientRect();
      canvas.scrollLeft += r.left - c.left - (c.width - r.width) / 2;
      hit.scrollIntoView({block: "center", inline: "nearest"});
      live.textContent = "Found " + nameOf(hit);
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
    // Pointers down on the canvas, by id: one pans (mouse drag, one finger), two pinch to
    // zoom about the point between them, which stays under the fingers.
    var down = {}, drag = null, pinch = null;
    function pointers() { return Object.keys(down).map(function (k) { return down[k]; }); }
    function spread(p) { return Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y) || 1; }
    function startGesture() {
      var p = pointers();
      drag = pinch = null;
      if (p.length === 1) drag = {x: p[0].x, y: p[0].y, left: canvas.scrollLeft, top: canvas.scrollTop, given: 0};
      if (p.length !== 2) return;
      var box = canvas.getBoundingClientRect();
      var mx = (p[0].x + p[1].x) / 2 - box.left, my = (p[0].y + p[1].y) / 2 - box.top;
      pinch = {spread: spread(p), scale: scale, x: (canvas.scrollLeft + mx) / scale, y: (canvas.scrollTop + my) / scale};
    }
    canvas.addEventListener("pointerdown", function (e) {
      if (e.target.closest && e.target.closest("a")) return;  // links keep their clicks
      down[e.pointerId] = {x: e.clientX, y: e.clientY};
      startGesture();
    });
    canvas.addEventListener("pointermove", function (e) {
      if (!down[e.pointerId]) return;
      down[e.pointerId] = {x: e.clientX, y: e.clientY};
      if (pinch) {
        var p = pointers(), box = canvas.getBoundingClientRect();
        zoom(pinch.scale * spread(p) / pinch.spread, true);
        canvas.scrollLeft = pinch.x * scale - ((p[0].x + p[1].x) / 2 - box.left);
        canvas.scrollTop = pinch.y * scale - ((p[0].y + p[1].y) / 2 - box.top);
      } else if (drag) {
        var top = drag.top - (e.clientY - drag.y);
        canvas.scrollLeft = drag.left - (e.clientX - drag.x);
        canvas.scrollTop = top;
        // What the chart cannot take, at its top or bottom, a finger gives the page, as a
        // native scroll does: a swipe that starts on a chart still moves through the page.
        if (e.pointerType === "touch") {
          var beyond = top - canvas.scrollTop;
          // At once: the site's smooth scrolling would lag behind the finger.
          if (beyond !== drag.given) window.scrollBy({top: beyond - drag.given, behavior: "instant"});
          drag.given = beyond;
        }
      }
    });
    ["pointerup", "pointercancel", "pointerleave"].forEach(function (t) {
      canvas.addEventListener(t, function (e) {
        if (!down[e.pointerId]) return;
        var pinched = !!pinch;
        delete down[e.pointerId];
        startGesture();  // one finger lifted from a pinch goes on panning
        if (pinched) zoom(scale);  // announces the zoom the pinch ended on
      });
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
