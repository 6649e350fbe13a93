/* Latentris viewer: per-sample training dynamics (docs/dynamics.md): loading the run's dynamics chunk
   (docs/site-bundle.md#dynamics-chunk), colouring by a field, search queries ("forgotten>=2"), the mislabel ranking
   and its CSV (the columns of `latentris samples --csv`). Pure helpers; the panels are datamap.js and review.js.
   Classic script: window.Latentris.dynamics. */
(function () {
  "use strict";
  window.Latentris = window.Latentris || {};
  var L = window.Latentris;
  var C = L.constants;

  /* table order (latentris_lightning/analysis/dynamics.py FIELDS) and the int32 fields */
  var FIELDS = ["confidence", "variability", "correctness", "first_learned", "forgetting", "aum", "centroid_layer",
                "most_frequent", "mislabel"];
  var INT_FIELDS = ["first_learned_snapshot", "forgetting", "centroid_layer", "most_frequent"];
  /* fields the points can be coloured by (most_frequent is a class, not a scale) */
  var COLOR_FIELDS = FIELDS.filter(function (k) { return k !== "most_frequent"; });
  var COLOR_PREFIX = "dyn-";
  var FORMULA_START = ["=", "+", "-", "@", "\t", "\r"];

  function available(manifest) {
    return !!(manifest && manifest.dynamics && Array.isArray(manifest.dynamics.chunks) && manifest.dynamics.chunks.length);
  }

  /* 2nd and 98th percentile of the finite values (the colour ramp's ends, like the scores chunks' range) */
  function percentileRange(values) {
    var finite = [];
    for (var i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
    if (!finite.length) return [0, 1];
    finite.sort(function (a, b) { return a - b; });
    var at = function (q) { return finite[Math.min(finite.length - 1, Math.round(q * (finite.length - 1)))]; };
    var lo = at(0.02), hi = at(0.98);
    return [lo, hi > lo ? hi : lo + 1];
  }

  function check(c, manifest, path) {
    var n = manifest.n_samples;
    if (!c || c.n_samples !== n) {
      throw new Error("invalid site data: " + path + ": n_samples is " + (c && c.n_samples) + ", expected " + n);
    }
    var values = {};
    FIELDS.concat(["first_learned_snapshot"]).forEach(function (key) {
      if (c[key] === undefined) return;
      var v = L.data.typedArray(c[key], INT_FIELDS.indexOf(key) >= 0 ? Int32Array : Float32Array, key);
      if (v.length !== n) throw new Error("invalid site data: " + path + ": " + key + " has " + v.length + " values, expected " + n);
      values[key] = v;
    });
    var ranges = {};
    return {
      path: path, n: n, values: values, missing: c.missing || {}, notes: c.notes || [], layers: c.layers || [],
      fields: FIELDS.filter(function (k) { return values[k] !== undefined; }),
      has: function (key) { return values[key] !== undefined; },
      range: function (key) {
        if (!ranges[key]) ranges[key] = percentileRange(values[key]);
        return ranges[key];
      },
      /* why a field is absent (the chunk's reason, or that the run has no such field) */
      why: function (key) { return (c.missing && c.missing[key]) || "this site's dynamics do not hold " + key; }
    };
  }

  var cache = new WeakMap();  /* manifest -> Promise: a new (live) manifest reads its own chunk */
  /* The dynamics of the site's first run, or null for a site without them (older bundles). */
  function load(manifest) {
    if (!available(manifest)) return Promise.resolve(null);
    if (!cache.has(manifest)) {
      var path = manifest.dynamics.chunks[0];
      var promise = L.data.loadScript(path, path).then(function (c) { return check(c, manifest, path); });
      promise.catch(function () { cache.delete(manifest); });
      cache.set(manifest, promise);
    }
    return cache.get(manifest);
  }

  /* ---- colouring ---- */
  function colorKey(field) { return COLOR_PREFIX + field; }
  /* "dyn-forgetting" -> "forgetting"; null for any other colour key */
  function fieldOfColor(key) {
    return typeof key === "string" && key.indexOf(COLOR_PREFIX) === 0 ? key.slice(COLOR_PREFIX.length) : null;
  }
  /* The colour-by options the manifest announces (a field the chunk lacks is disabled once it has loaded). */
  function colorOptions(manifest) {
    if (!available(manifest)) return [];
    var listed = (manifest.dynamics.fields || []).map(function (f) { return f.key; });
    return COLOR_FIELDS.filter(function (k) { return listed.indexOf(k) >= 0; }).map(function (k) {
      return { value: colorKey(k), text: "dynamics: " + k.replace(/_/g, " ") };
    });
  }
  /* The renderer's colouring of one field: per sample (N values, the same at every snapshot), ramp over its range. */
  function coloring(dyn, field) {
    if (!dyn || !dyn.has(field)) return null;
    var v = dyn.values[field], out = new Float32Array(v.length);
    for (var i = 0; i < v.length; i++) out[i] = Number.isFinite(v[i]) ? v[i] : C.SCORE_MISSING;
    return { values: out, mode: 1, range: dyn.range(field) };
  }

  /* Disable the colour-by options of fields the chunk lacks, each titled with the reason. */
  function markMissing(select, dyn) {
    if (!select) return;
    Array.prototype.forEach.call(select.options, function (option) {
      var field = fieldOfColor(option.value);
      if (!field || dyn.has(field)) return;
      option.disabled = true;
      option.title = field + " is missing: " + dyn.why(field);
    });
  }

  /* ---- search: "<field> <op> <number>" ---- */
  var QUERY = /^\s*([a-z_]+)\s*(>=|<=|==|!=|=|>|<|≥|≤|≠)\s*(-?(?:\d+\.?\d*|\.\d+)(?:e-?\d+)?)\s*$/i;
  /* {field, op, value} when text is a query on a field name (or alias), else null */
  function parseQuery(text) {
    var m = QUERY.exec(text || "");
    if (!m) return null;
    var word = m[1].toLowerCase(), field = C.DYNAMICS_ALIASES[word] || word;
    if (FIELDS.indexOf(field) < 0) return null;
    var op = { "≥": ">=", "≤": "<=", "≠": "!=", "=": "==" }[m[2]] || m[2];
    return { field: field, op: op, value: Number(m[3]) };
  }
  var TESTS = {
    ">=": function (a, b) { return a >= b; }, "<=": function (a, b) { return a <= b; },
    ">": function (a, b) { return a > b; }, "<": function (a, b) { return a < b; },
    "==": function (a, b) { return a === b; }, "!=": function (a, b) { return a !== b; }
  };
  /* The samples meeting the query, in index order (NaN meets none). */
  function matching(dyn, query) {
    var v = dyn.values[query.field], test = TESTS[query.op], out = [];
    for (var i = 0; i < v.length; i++) if (!Number.isNaN(v[i]) && test(v[i], query.value)) out.push(i);
    return out;
  }

  /* ---- ranking and CSV ---- */
  /* Sample indices by one field, highest first, NaN last, ties in index order (analysis/dynamics.py order). */
  function order(dyn, field) {
    var v = dyn.values[field], idx = new Uint32Array(v.length);
    for (var i = 0; i < idx.length; i++) idx[i] = i;
    var key = function (j) { return Number.isNaN(v[j]) ? -Infinity : v[j]; };
    return idx.sort(function (a, b) { return key(b) - key(a) || a - b; });
  }

  /* A text cell a spreadsheet shows as text (analysis/review.py safe_cell), quoted as RFC 4180 asks. */
  function safeCell(text) {
    return FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }
  function csvCell(value) {
    var text = typeof value === "string" ? safeCell(value) : String(value);
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  /* A float to 6 decimals as Python's csv writes round(x, 6) (an empty cell for NaN) */
  function floatCell(x) {
    if (!Number.isFinite(x)) return "";
    var text = String(Number(x.toFixed(6)));
    return /^-?\d+$/.test(text) ? text + ".0" : text;
  }

  /* The header and the CSV text of every sample in `ranking` (docs/dynamics.md#csv-columns); samples: the
     per-sample chunk (names, dataset indices) or null. */
  function csv(dyn, manifest, samples, ranking) {
    var names = samples && samples.names, indices = samples && samples.indices, classes = manifest.classes;
    var header = ["index"];
    if (indices) header.push("dataset_index");
    if (names) header.push("name");
    header.push("label", "label_name", "most_frequent_name");
    header = header.concat(dyn.fields);
    var className = function (c) { return c >= 0 && c < classes.length ? String(classes[c].name) : ""; };
    var lines = [header.join(",")];
    for (var k = 0; k < ranking.length; k++) {
      var i = ranking[k], label = manifest.labels[i], mf = dyn.has("most_frequent") ? dyn.values.most_frequent[i] : -1;
      var row = [String(i)];
      if (indices) row.push(String(indices[i]));
      if (names) row.push(csvCell(String(names[i])));
      row.push(String(label), csvCell(className(label)), csvCell(className(mf)));
      dyn.fields.forEach(function (f) {
        var v = dyn.values[f][i];
        row.push(dyn.values[f] instanceof Int32Array ? String(v) : floatCell(v));
      });
      lines.push(row.join(","));
    }
    return { header: header, text: lines.join("\r\n") + "\r\n" };
  }

  L.dynamics = { FIELDS: FIELDS, available: available, load: load, colorKey: colorKey, fieldOfColor: fieldOfColor,
                 colorOptions: colorOptions, coloring: coloring, markMissing: markMissing, parseQuery: parseQuery, matching: matching,
                 order: order, csv: csv, safeCell: safeCell, percentileRange: percentileRange };
})();
