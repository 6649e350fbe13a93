/* Latentris viewer: the alerts of the run (docs/metrics.md#alerts) — the list, each with its severity, symptom, what
   confirmed it and its evidence (the series values up to it), and the marks under the epoch slider. Clicking an
   alert or a mark jumps to its snapshot and layer. Every text that comes from the data is set with textContent. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;
  var el = L.util.el;

  /* "warning" or "failure"; sites written before severities existed have none: read as a warning */
  function severityOf(alert) { return alert.severity === "failure" ? "failure" : "warning"; }
  function severityRank(alert) { return C.SEVERITIES.indexOf(severityOf(alert)); }
  function colorOf(alert) { return C.SEVERITY_COLORS[severityOf(alert)]; }

  function evidenceOf(alert) {
    var e = alert.evidence;
    return e && typeof e === "object" ? e : {};
  }

  /* the symptom in words (older sites: the message, which then says everything) */
  function symptomText(alert) {
    var e = evidenceOf(alert);
    return typeof e.symptom === "string" ? e.symptom : String(alert.message);
  }

  /* what confirmed the symptom, in words; null for sites written before confirmations existed */
  function confirmationText(alert) {
    var e = evidenceOf(alert);
    if (!Array.isArray(e.confirmed_by)) return null;
    if (e.confirmed_by.length) {
      return "confirmed by " + e.confirmed_by.map(function (c) { return String(c && c.message); }).join("; and ");
    }
    return severityOf(alert) === "failure" ? "a failure by itself (no confirmation needed)"
      : "unconfirmed (the rule fires on its symptom alone: confirm=False)";
  }

  function formatEpoch(ep) {
    if (typeof ep !== "number" || !Number.isFinite(ep)) return "n/a";
    return Number.isInteger(ep) ? String(ep) : ep.toFixed(2);
  }

  function labels(manifest) {
    var out = {};
    manifest.metrics.concat(manifest.probe_metrics).forEach(function (m) { out[m.key] = m.label || m.key; });
    return out;
  }

  /* The evidence as a table: one row per series (the symptom's first), one column per snapshot up to the alert's. */
  function evidenceTable(alert, names) {
    var e = evidenceOf(alert), series = e.series;
    if (!series || typeof series !== "object" || !Array.isArray(series.snapshot)) return null;
    var n = series.snapshot.length;
    var keys = Object.keys(series).filter(function (k) {
      return k !== "snapshot" && k !== "epoch" && Array.isArray(series[k]) && series[k].length === n;
    });
    keys.sort(function (a, b) { return (b === e.metric ? 1 : 0) - (a === e.metric ? 1 : 0); });
    var epochs = Array.isArray(series.epoch) && series.epoch.length === n ? series.epoch : series.snapshot;
    var head = el("tr", "", [el("th", { text: "epoch", scope: "col" })].concat(epochs.map(function (ep, k) {
      var th = el("th", { text: formatEpoch(ep), scope: "col" });
      th.title = "snapshot " + (Number(series.snapshot[k]) + 1);
      if (k === n - 1) th.className = "alert-at";
      return th;
    })));
    var rows = keys.map(function (k) {
      var row = el("tr", k === e.metric ? "alert-symptom-row" : "", [el("th", { text: names[k] || k.replace(/_/g, " "),
                                                                              scope: "row" })]);
      row.dataset.key = k;
      series[k].forEach(function (v, j) {
        row.appendChild(el("td", j === n - 1 ? "alert-at" : "", L.charts.formatValue(typeof v === "number" ? v : null)));
      });
      return row;
    });
    return el("table", "alert-series", [el("thead", "", [head]), el("tbody", "", rows)]);
  }

  /* the symptom's own numbers: value, the reference it was compared with, the threshold */
  function symptomNumbers(alert) {
    var e = evidenceOf(alert);
    var parts = ["value", "reference", "threshold"].filter(function (k) { return k in e; }).map(function (k) {
      return k + " " + L.charts.formatValue(typeof e[k] === "number" ? e[k] : null);
    });
    return parts.length ? String(e.metric || "").replace(/_/g, " ") + ": " + parts.join(" · ") : "";
  }

  function badge(alert) {
    var node = el("span", "alert-badge", severityOf(alert));
    node.style.backgroundColor = colorOf(alert);
    return node;
  }

  /* The list in `list`, the count in `count`. onAlert(alert) jumps to it. */
  function createAlertList(list, count, manifest, onAlert) {
    var alerts = manifest.alerts, names = labels(manifest);
    var failures = alerts.filter(function (a) { return severityOf(a) === "failure"; }).length;
    count.textContent = String(alerts.length);
    count.title = failures + " failure" + (failures === 1 ? "" : "s") + ", " + (alerts.length - failures) + " warning" +
      (alerts.length - failures === 1 ? "" : "s");
    count.classList.toggle("active", alerts.length > 0);
    if (!alerts.length) list.appendChild(el("div", { class: "metric-empty", text: "no alerts" }));
    var entries = alerts.map(function (a) {
      var parts = [
        badge(a),
        el("span", { class: "alert-where", text: "epoch " + a.epoch + " · " + a.layer }),
        el("span", { class: "alert-rule", text: String(a.rule).replace(/_/g, " ") }),
        el("span", { class: "alert-message", text: symptomText(a) })
      ];
      var confirmed = confirmationText(a);
      if (confirmed !== null) parts.push(el("span", { class: "alert-confirmed", text: confirmed }));
      var item = el("button", { type: "button", class: "alert-item" }, parts);
      item.title = String(a.message) + " — show this snapshot and layer";
      item.style.borderLeftColor = colorOf(a);
      item.addEventListener("click", function () { onAlert(a); });
      var entry = el("div", "alert-entry alert-" + severityOf(a), [item]);
      entry.dataset.severity = severityOf(a);
      entry.dataset.snapshot = String(a.snapshot);
      entry.dataset.layer = String(a.layer_index);
      var table = evidenceTable(a, names), numbers = symptomNumbers(a);
      if (table || numbers) {
        var details = el("details", "alert-evidence", [el("summary", { text: "evidence" })]);
        if (numbers) details.appendChild(el("div", { class: "alert-numbers", text: numbers }));
        if (table) details.appendChild(table);
        entry.appendChild(details);
      }
      list.appendChild(entry);
      return entry;
    });

    /* the alerts at the snapshot and layer on screen are marked */
    function setCurrent(snapshot, layer) {
      entries.forEach(function (entry, k) {
        var on = alerts[k].snapshot === snapshot && alerts[k].layer_index === layer;
        entry.classList.toggle("current", on);
        entry.firstChild.setAttribute("aria-current", on ? "true" : "false");
      });
    }
    return { setCurrent: setCurrent };
  }

  /* Marks under the epoch slider, one per snapshot with alerts, coloured by the most severe of them; clicking one
     jumps to that alert (the most severe, the first of those). */
  function createAlertMarks(manifest, onAlert) {
    var S = manifest.snapshots.length;
    var track = el("div", "alert-marks");
    track.id = "alert-marks";
    track.hidden = !manifest.alerts.length;
    var bySnapshot = {};
    manifest.alerts.forEach(function (a) {
      if (!(a.snapshot >= 0 && a.snapshot < S)) return;
      if (!bySnapshot[a.snapshot]) bySnapshot[a.snapshot] = [];
      bySnapshot[a.snapshot].push(a);
    });
    var marks = Object.keys(bySnapshot).map(Number).sort(function (a, b) { return a - b; }).map(function (s) {
      var group = bySnapshot[s];
      var worst = group.reduce(function (w, a) { return severityRank(a) > severityRank(w) ? a : w; }, group[0]);
      var mark = el("button", { type: "button", class: "alert-mark alert-mark-" + severityOf(worst) });
      var t = S > 1 ? s / (S - 1) : 0;
      /* the slider's thumb centre runs from half a thumb in to half a thumb before the end */
      mark.style.left = "calc(" + C.SLIDER_THUMB_PX / 2 + "px + (100% - " + C.SLIDER_THUMB_PX + "px) * " + t + ")";
      mark.style.backgroundColor = colorOf(worst);
      mark.dataset.snapshot = String(s);
      mark.dataset.severity = severityOf(worst);
      mark.dataset.layer = String(worst.layer_index);
      var lines = group.map(function (a) { return severityOf(a) + " · " + a.layer + " · " + String(a.rule).replace(/_/g, " "); });
      mark.title = "epoch " + manifest.snapshots[s].epoch + ": " + lines.join("; ");
      mark.setAttribute("aria-label", "alert at " + mark.title);
      mark.addEventListener("click", function () { onAlert(worst); });
      track.appendChild(mark);
      return mark;
    });
    function setCurrent(snapshot) {
      marks.forEach(function (m) { m.classList.toggle("current", Number(m.dataset.snapshot) === snapshot); });
    }
    return { node: track, setCurrent: setCurrent };
  }

  L.alerts = { createAlertList: createAlertList, createAlertMarks: createAlertMarks, severityOf: severityOf };
})();
