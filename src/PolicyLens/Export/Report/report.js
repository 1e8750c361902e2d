// Sorting for the report's tables: a click on a column heading sorts by it (numbers first from the largest, text from
// A), a second click reverses. Numeric cells carry their value in data-v, so "12.5%" sorts as a number.
(function () {
  function value(cell, numeric) {
    return numeric ? parseFloat(cell.getAttribute('data-v') || '0') : cell.textContent;
  }
  document.querySelectorAll('table.sortable').forEach(function (table) {
    var heads = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(heads, function (th, column) {
      th.addEventListener('click', function () {
        var numeric = th.classList.contains('num');
        var current = th.getAttribute('aria-sort');
        var descending = current ? current === 'ascending' : numeric;
        Array.prototype.forEach.call(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = value(a.cells[column], numeric), y = value(b.cells[column], numeric);
          var order = numeric ? x - y : x.localeCompare(y, 'zh');
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
})();
