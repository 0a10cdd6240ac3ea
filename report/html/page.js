// Sorting and filtering of report.html's tables, written for this page:
// a click on a column's header sorts by it (again to reverse), typing in a
// table's filter keeps the rows holding every word typed.
"use strict";
(function () {
  function key(cell) {
    if (!cell) return "";
    var v = cell.getAttribute("data-v");
    return v === null ? cell.textContent.trim().toLowerCase() : v;
  }
  function compare(a, b, numeric) {
    if (a === b) return 0;
    if (a === "") return 1; // empty cells last either way
    if (b === "") return -1;
    if (numeric) return parseFloat(a) - parseFloat(b);
    return a < b ? -1 : 1;
  }
  function sortBy(table, th, index) {
    var desc = th.getAttribute("aria-sort") === "ascending";
    var numeric = th.classList.contains("num");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.forEach(function (r, i) { r._i = i; });
    rows.sort(function (a, b) {
      var ka = key(a.cells[index]), kb = key(b.cells[index]);
      if (ka === "" || kb === "") return compare(ka, kb, numeric) || a._i - b._i;
      var c = compare(ka, kb, numeric);
      return (desc ? -c : c) || a._i - b._i;
    });
    rows.forEach(function (r) { body.appendChild(r); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.setAttribute("aria-sort", "none"); });
    th.setAttribute("aria-sort", desc ? "descending" : "ascending");
  }
  function filter(input) {
    var id = input.getAttribute("data-filter");
    var table = document.getElementById(id + "-table");
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0, rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      if (rows[i]._text === undefined) { // the cells' text, apart
        rows[i]._text = Array.prototype.map.call(rows[i].cells, function (c) { return c.textContent; }).join(" ").toLowerCase();
      }
      var text = rows[i]._text;
      var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
      rows[i].hidden = !keep;
      if (keep) shown++;
    }
    var count = document.querySelector('[data-count="' + id + '"]');
    count.textContent = words.length ? shown + " of " + rows.length + " rows" : rows.length + " rows";
  }
  Array.prototype.forEach.call(document.querySelectorAll("table.data"), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
      th.querySelector("button").addEventListener("click", function () { sortBy(table, th, index); });
    });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), function (input) {
    input.addEventListener("input", function () { filter(input); });
  });
})();
