// Sorts and pages every article of the index (rows from index-data.js); the static pages
// index.html, index-2.html, … remain for a browser without script.
(function () {
  "use strict";
  var rows = window.KIJI_INDEX;
  var table = document.getElementById("index-table");
  if (!rows || !table) { return; }
  var perPage = 100, page = 0, key = null, descending = false;
  var body = table.tBodies[0];
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var numeric = ["entities", "numbers", "quotes", "claims"];

  function cell(text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    return td;
  }

  function render() {
    var pages = Math.max(1, Math.ceil(rows.length / perPage));
    page = Math.min(page, pages - 1);
    var fragment = document.createDocumentFragment();
    rows.slice(page * perPage, (page + 1) * perPage).forEach(function (row) {
      var tr = document.createElement("tr");
      var title = document.createElement("td");
      var link = document.createElement("a");
      link.href = row.href;
      link.textContent = row.title;
      title.appendChild(link);
      tr.appendChild(title);
      tr.appendChild(cell(row.outlet));
      tr.appendChild(cell(row.published, "date"));
      numeric.forEach(function (name) { tr.appendChild(cell(String(row[name]), "num")); });
      tr.appendChild(cell(row.error));
      fragment.appendChild(tr);
    });
    body.replaceChildren(fragment);
    document.getElementById("page-status").textContent = "Page " + (page + 1) + " of " + pages;
    document.getElementById("previous-page").disabled = page === 0;
    document.getElementById("next-page").disabled = page >= pages - 1;
  }

  function sortBy(name) {
    descending = key === name ? !descending : numeric.indexOf(name) >= 0;
    key = name;
    var isNumber = numeric.indexOf(name) >= 0;
    rows.sort(function (a, b) {
      var x = a[name], y = b[name];
      var order = isNumber ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
    headers.forEach(function (th) {
      var button = th.querySelector("button");
      th.setAttribute("aria-sort", button.dataset.key === name ? (descending ? "descending" : "ascending") : "none");
    });
    page = 0;
    render();
  }

  headers.forEach(function (th) {
    th.querySelector("button").addEventListener("click", function () { sortBy(this.dataset.key); });
  });
  document.getElementById("previous-page").addEventListener("click", function () { page -= 1; render(); });
  document.getElementById("next-page").addEventListener("click", function () { page += 1; render(); });
  document.getElementById("static-pager").hidden = true;
  document.getElementById("script-pager").hidden = false;
  render();
})();
