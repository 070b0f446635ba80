(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("qready-data").textContent);
  document.documentElement.classList.add("js");
  var numbers = new Intl.NumberFormat(data.lang);
  var collator = new Intl.Collator(data.lang, { numeric: true, sensitivity: "base" });
  var body = document.getElementById("findings-body");
  var rows = data.rows.map(function (row) {
    return { data: row, element: document.getElementById("row-" + row.id) };
  });

  var filters = document.getElementById("filters");
  var text = document.getElementById("filter-text");
  var threat = document.getElementById("filter-threat");
  var tier = document.getElementById("filter-tier");
  var counter = document.getElementById("shown-count");

  function applyFilters() {
    var query = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row) {
      var keep = (!query || row.data.search.indexOf(query) !== -1) &&
        (!threat.value || row.data.threat === threat.value) &&
        (!tier.value || row.data.tier === tier.value);
      row.element.hidden = !keep;
      if (keep) { shown += 1; }
    });
    counter.textContent = data.messages.shown
      .replace("{shown}", numbers.format(shown))
      .replace("{total}", numbers.format(rows.length));
  }

  function compare(key, direction) {
    return function (a, b) {
      var x = a.data.keys[key], y = b.data.keys[key];
      if (x === y) { return a.data.id - b.data.id; }
      if (x === null) { return 1; }
      if (y === null) { return -1; }
      var order = typeof x === "number" ? x - y : collator.compare(x, y);
      return (order || a.data.id - b.data.id) * direction;
    };
  }

  function sortBy(header) {
    var key = header.getAttribute("data-key");
    var direction = header.getAttribute("aria-sort") === "ascending" ? -1 : 1;
    document.querySelectorAll("#findings-table th[data-key]").forEach(function (other) {
      other.removeAttribute("aria-sort");
    });
    header.setAttribute("aria-sort", direction === 1 ? "ascending" : "descending");
    rows.sort(compare(key, direction));
    rows.forEach(function (row) { body.appendChild(row.element); });
  }

  var dialog = document.getElementById("detail-dialog");
  var dialogBody = document.getElementById("detail-dialog-body");

  function openDetail(id) {
    var source = document.getElementById("f-" + id);
    if (!source) { return; }
    var copy = source.cloneNode(true);
    copy.removeAttribute("id");
    dialogBody.replaceChildren(copy);
    if (!dialog.open) { dialog.showModal(); }
    dialog.scrollTop = 0;
  }

  if (body) {
    filters.hidden = false;
    [text, threat, tier].forEach(function (control) {
      control.addEventListener("input", applyFilters);
    });
    document.querySelectorAll("#findings-table th[data-key]").forEach(function (header) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (header.firstChild) { button.appendChild(header.firstChild); }
      header.appendChild(button);
      button.addEventListener("click", function () { sortBy(header); });
    });
    applyFilters();
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.detail-link");
    if (link) {
      event.preventDefault();
      openDetail(link.getAttribute("data-id"));
    }
  });
  document.getElementById("detail-close").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) { dialog.close(); }
  });
  function openFromHash() {
    var wanted = /^#f-(\d+)$/.exec(window.location.hash);
    if (wanted) { openDetail(wanted[1]); }
  }
  window.addEventListener("hashchange", openFromHash);
  openFromHash();
}());
