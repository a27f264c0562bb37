(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("report-data").textContent);
  var tip = document.getElementById("tip");
  var MARKS = "mark.d, .cue, .backed, .nosrc";
  var pinned = null;
  var lit = [];

  function first(el) {  // a mark cut in fragments is its first fragment
    return el.classList.contains("cont") ? document.getElementById(el.dataset.mark) || el : el;
  }
  function marksAt(el) {  // every mark holding el, outermost first
    var found = [];
    for (var node = el; node && node !== document.body; node = node.parentElement) {
      if (node.matches && node.matches(MARKS)) found.unshift(first(node));
    }
    return found;
  }
  function note(mark) {
    var box = document.createElement("div");
    box.className = "note";
    if (mark.matches("mark.d")) {
      var code = mark.dataset.code, rule = data.rules[code] || {};
      var head = document.createElement("div");
      var strong = document.createElement("span");
      strong.className = "code";
      strong.style.setProperty("--c", getComputedStyle(mark).getPropertyValue("--c"));
      strong.textContent = code + (rule.name ? " " + rule.name : "");
      head.appendChild(strong);
      head.appendChild(document.createTextNode(" (" + mark.dataset.severity + ")"));
      box.appendChild(head);
      var msg = document.createElement("div");
      msg.className = "msg";
      msg.textContent = mark.dataset.msg;
      box.appendChild(msg);
      if (rule.explanation || rule.summary) {
        var why = document.createElement("div");
        why.className = "why";
        why.textContent = data.words.explanation + " — " + (rule.explanation || rule.summary);
        box.appendChild(why);
      }
    } else if (mark.dataset.src) {
      var item = document.querySelector('li.src[data-src="' + mark.dataset.src + '"]');
      var who = item ? item.querySelector(".who").textContent + " — " + item.querySelector(".kind").textContent : "";
      var kind = ["quotation", "figure", "statement"].filter(function (k) { return mark.classList.contains(k); })[0];
      box.textContent = (mark.classList.contains("cue") ? data.words.cites : data.words[kind]) + " " + who;
    } else {
      var claim = ["quotation", "figure", "statement"].filter(function (k) { return mark.classList.contains(k); })[0];
      box.textContent = data.words.nosrc[claim] || "";
    }
    return box;
  }
  function show(el) {
    var marks = marksAt(el);
    if (!marks.length) return;
    tip.replaceChildren.apply(tip, marks.map(note));
    tip.hidden = false;
    var box = el.getBoundingClientRect();
    var left = Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(window.scrollX + 4, left) + "px";
    tip.style.top = (box.bottom + window.scrollY + 6) + "px";
    marks.forEach(function (m) { m.setAttribute("aria-describedby", "tip"); });
  }
  function hide() {
    tip.hidden = true;
    document.querySelectorAll("[aria-describedby=tip]").forEach(function (m) { m.removeAttribute("aria-describedby"); });
  }
  function light(sid) {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = sid ? Array.prototype.slice.call(document.querySelectorAll('[data-src="' + sid + '"]')) : [];
    lit.forEach(function (el) { if (!el.matches("li")) el.classList.add("hl"); });
  }
  function sourceOf(el) {
    var marks = marksAt(el);
    for (var i = marks.length - 1; i >= 0; i--) if (marks[i].dataset.src) return marks[i].dataset.src;
    return null;
  }

  document.addEventListener("mouseover", function (e) {
    if (pinned) return;
    var holder = e.target.closest && e.target.closest(MARKS);
    if (holder) { show(e.target); light(sourceOf(e.target)); return; }
    var item = e.target.closest && e.target.closest("li.src");
    light(item ? item.dataset.src : null);
    hide();
  });
  document.addEventListener("focusin", function (e) {
    if (e.target.matches && e.target.matches("mark.d")) { pinned = null; show(e.target); light(sourceOf(e.target)); }
  });
  document.addEventListener("click", function (e) {
    var holder = e.target.closest && e.target.closest(MARKS);
    if (holder) {
      pinned = pinned === holder ? null : holder;
      show(e.target);
      light(sourceOf(e.target));
    } else if (!tip.contains(e.target)) {
      pinned = null;
      hide();
    }
    var link = e.target.closest && e.target.closest('a[href^="#"]');
    if (link) {
      var to = document.getElementById(link.getAttribute("href").slice(1));
      if (to) {
        var mark = first(to);
        document.querySelectorAll(".current").forEach(function (m) { m.classList.remove("current"); });
        if (mark.matches(MARKS)) { mark.classList.add("current"); }
      }
    }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") { pinned = null; hide(); light(null); return; }
    if (e.altKey || e.ctrlKey || e.metaKey || (e.key !== "n" && e.key !== "p")) return;
    var all = Array.prototype.slice.call(document.querySelectorAll("mark.d[data-code]"));
    if (!all.length) return;
    var at = all.indexOf(document.activeElement);
    var next = e.key === "n" ? (at + 1) % all.length : (at <= 0 ? all.length - 1 : at - 1);
    all[next].focus();
    all[next].scrollIntoView({block: "center"});
    e.preventDefault();
  });

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("th button").forEach(function (button, column) {
      button.addEventListener("click", function () {
        var th = button.parentElement;
        var order = th.getAttribute("aria-sort") === "ascending" ? "descending" : "ascending";
        table.querySelectorAll("th").forEach(function (h) { h.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", order);
        var numeric = button.dataset.sort === "number";
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].textContent, y = b.cells[column].textContent;
          var d = numeric ? Number(x) - Number(y) : x.localeCompare(y);
          return order === "ascending" ? d : -d;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
