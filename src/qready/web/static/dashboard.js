// The dashboard's only script (served by the dashboard itself; the Content-Security-Policy allows no other).
// Inventory browser: as the filters change, the rows come from /api/runs/ID/findings and are written as text
// (never as HTML). Readiness board: a CBOM upload to /api/import. Without script, every page still works
// from the server (the filter form is a plain GET form).
(function () {
  "use strict";

  function data(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : whole;
    });
  }

  function element(tag, className, text) {
    var made = document.createElement(tag);
    if (className) { made.className = className; }
    if (text !== undefined && text !== null) { made.textContent = text; }
    return made;
  }

  function inventory(settings) {
    var form = document.getElementById("finding-filters");
    var body = document.getElementById("findings-body");
    var counter = document.getElementById("shown-count");
    var noMatch = document.getElementById("no-match");
    var pager = document.getElementById("pager");
    var numbers = new Intl.NumberFormat(settings.lang);
    var days = new Intl.DateTimeFormat(settings.lang, { dateStyle: "medium", timeZone: "UTC" });
    var base = "/runs/" + settings.run + "/findings";
    var timer = null;
    var asked = 0;

    function query(offset) {
      var params = new URLSearchParams();
      new FormData(form).forEach(function (value, key) {
        if (value !== "") { params.append(key, value); }
      });
      if (offset) { params.set("offset", String(offset)); }
      return params;
    }

    function day(text) {
      var parts = text.split("-").map(Number);
      return days.format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
    }

    function row(item) {
      var tier = item.suppressed ? "suppressed" : (item.urgency || "unknown");
      var tr = element("tr");
      tr.setAttribute("data-ordinal", String(item.ordinal));
      var where = element("td", "mono");
      var link = element("a", "detail-link", item.location);
      link.href = base + "/" + item.ordinal;
      where.appendChild(link);
      tr.appendChild(where);
      tr.appendChild(element("td", "", item.algorithm));
      var threat = element("td");
      threat.appendChild(element("span", "badge threat-" + item.threat, settings.labels.threat[item.threat] || item.threat));
      tr.appendChild(threat);
      var urgency = element("td");
      urgency.appendChild(element("span", "badge tier-" + tier, settings.labels.tier[tier] || tier));
      tr.appendChild(urgency);
      tr.appendChild(element("td", "nowrap", item.deadline ? day(item.deadline) : "\u2014"));
      tr.appendChild(element("td", "mono small", item.rule_id));
      return tr;
    }

    function pageLink(id, text, offset) {
      var params = query(offset);
      params.delete("lang");
      var link = element("a", "", text);
      link.id = id;
      link.href = base + "?" + params.toString();
      return link;
    }

    function showPager(page) {
      var last = page.offset + page.rows.length;
      var parts = [];
      if (page.offset > 0) {
        parts.push(pageLink("page-previous", "\u2190 " + settings.messages.previous, Math.max(0, page.offset - page.limit)));
      }
      var range = element("span", "", fill(settings.messages.range, {
        first: numbers.format(page.rows.length ? page.offset + 1 : 0),
        last: numbers.format(last),
        total: numbers.format(page.total)
      }));
      range.id = "page-range";
      parts.push(range);
      if (last < page.total) {
        parts.push(pageLink("page-next", settings.messages.next + " \u2192", last));
      }
      pager.replaceChildren.apply(pager, parts);
    }

    function show(page) {
      body.replaceChildren.apply(body, page.rows.map(row));
      noMatch.hidden = page.rows.length > 0;
      counter.textContent = fill(settings.messages.shown, {
        shown: numbers.format(page.total), total: numbers.format(settings.everything)
      });
      showPager(page);
      document.documentElement.setAttribute("data-loaded", String(asked));
    }

    function refresh() {
      var params = query(0);
      var mine = ++asked;
      document.documentElement.removeAttribute("data-loaded");
      fetch("/api/runs/" + settings.run + "/findings?" + params.toString(), {
        credentials: "same-origin", headers: { "Accept": "application/json" }
      }).then(function (response) {
        return response.json().then(function (payload) {
          if (!response.ok) { throw new Error(payload.error || response.statusText); }
          return payload;
        });
      }).then(function (page) {
        if (mine !== asked) { return; }
        show(page);
        params.delete("lang");
        var search = params.toString();
        window.history.replaceState(null, "", base + (search ? "?" + search : ""));
      }).catch(function (error) {
        counter.textContent = fill(settings.messages.failed, { reason: error.message });
      });
    }

    function later() {
      window.clearTimeout(timer);
      timer = window.setTimeout(refresh, 200);
    }

    form.addEventListener("input", later);
    form.addEventListener("change", later);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      window.clearTimeout(timer);
      refresh();
    });
    document.documentElement.setAttribute("data-loaded", "0");
  }

  function upload(settings) {
    var form = document.getElementById("upload-form");
    var result = document.getElementById("upload-result");
    var limit = Number(form.getAttribute("data-limit"));

    function say(text, ok) {
      result.textContent = text;
      result.className = ok ? "ok" : "failed";
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var file = document.getElementById("upload-file").files[0];
      if (!file) { return; }
      if (file.size > limit) {
        say(fill(settings.messages.too_big, { limit: limit }), false);
        return;
      }
      var params = new URLSearchParams();
      params.set("org", document.getElementById("upload-org").value);
      var team = document.getElementById("upload-team").value;
      if (team) { params.set("team", team); }
      params.set("name", file.name.replace(/[^\w .,()+@-]/g, "_").slice(0, 120));
      fetch("/api/import?" + params.toString(), {
        method: "POST", body: file, credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json" }
      }).then(function (response) {
        return response.json().then(function (payload) {
          if (!response.ok) { throw new Error(payload.error || response.statusText); }
          say(fill(settings.messages.saved, { run: payload.run, findings: payload.findings }), true);
        });
      }).catch(function (error) {
        say(fill(settings.messages.failed, { reason: error.message }), false);
      });
    });
  }

  var inventoryData = data("inventory-data");
  if (inventoryData) { inventory(inventoryData); }
  var boardData = data("board-data");
  if (boardData) { upload(boardData); }
}());
