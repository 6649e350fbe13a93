"""The alerts in the real viewer (headless Debian Chromium, file://, software WebGL): each listed with its severity,
symptom, confirmation and evidence (the series values up to it), marked under the epoch slider by severity, and
jumping to its snapshot and layer from the list or the mark, in a single run's site and in a comparison. Data shown
as text, never markup; sites written before severities and evidence still show their alerts.

The failures are real: a run whose activations turn NaN (tests/helpers.py ``diverged_run``) raises them at export.
The warning is planted in the manifest, with the keys ``analysis/alerts.py`` writes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from browser_helpers import canvas_pixels, colour_count
from helpers import diverged_run, read_data_file

from latentris_lightning import export_compare, export_site
from latentris_lightning.site import bundle

MARKUP = '<img src=x onerror="window.pwned=1">'


def manifest_of(site: Path) -> dict:
    return read_data_file(site / "data" / "manifest.js")[1]


def rewrite_alerts(site: Path, alerts: list[dict]) -> None:
    key, payload = read_data_file(site / "data" / "manifest.js")
    payload["alerts"] = alerts
    (site / "data" / "manifest.js").write_text(bundle.data_script(key, payload))


@pytest.fixture(scope="module")
def diverged_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("alerts")
    run = diverged_run(root / "run")
    return export_site(run, root / "site", methods=["pca"], progress=False, flow=False).parent


@pytest.fixture
def alert_site(diverged_site, tmp_path) -> Path:
    """The diverged run's site (its real failures) with a planted warning at snapshot 1 of layer 1, markup in its rule
    name, symptom, confirmation and a series key."""
    site = tmp_path / "site"
    shutil.copytree(diverged_site, site)
    manifest = manifest_of(site)
    failures = manifest["alerts"]
    assert failures and all(a["severity"] == "failure" for a in failures)
    assert 1 not in {a["snapshot"] for a in failures}, "the planted warning needs a snapshot of its own"
    snap = manifest["snapshots"][1]
    warning = {
        "rule": f"rank {MARKUP}", "layer": manifest["layers"][1]["name"], "layer_index": 1, "snapshot": 1,
        "epoch": snap["epoch"], "step": snap["step"], "epoch_float": snap["epoch_float"], "severity": "warning",
        "message": f"rank fell {MARKUP}, while the probe loss rose",
        "evidence": {
            "metric": "effective_rank", "value": 0.25, "reference": 0.5, "threshold": 0.5,
            "symptom": f"rank fell {MARKUP}",
            "confirmed_by": [{"metric": "probe_loss", "value": 2.0, "reference": 1.0, "threshold": 1.5,
                              "message": f"the probe loss rose {MARKUP}"}],
            "series": {"snapshot": [0, 1], "epoch": [0.0, 1.0], "effective_rank": [None, 0.25],
                       MARKUP: [1.0, 2.0]},
        },
    }
    rewrite_alerts(site, sorted([*failures, warning], key=lambda a: (a["snapshot"], a["layer_index"])))
    return site


def label(labels: dict, key: str) -> str:
    """A series' row label: its metric's label, else its key with spaces."""
    return labels.get(key, key.replace("_", " "))


def rgb(hex_colour: str) -> str:
    return "rgb(" + ", ".join(str(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5)) + ")"


def evidence_table(page, k: int) -> list[list[str]]:
    """The k-th alert's evidence table (opened first), as rows of cell texts, the header row first."""
    entry = page.locator(".alert-entry").nth(k)
    entry.locator(".alert-evidence summary").click()
    return entry.evaluate("e => [...e.querySelectorAll('.alert-series tr')]"
                          ".map(r => [...r.cells].map(c => c.textContent))")


def test_each_alert_shows_its_severity_symptom_confirmation_and_evidence(viewer, alert_site):
    manifest = manifest_of(alert_site)
    alerts = manifest["alerts"]
    labels = {m["key"]: m.get("label") or m["key"] for m in manifest["metrics"] + manifest["probe_metrics"]}
    page = viewer.open(alert_site).page
    colours = viewer.js("Latentris.constants.SEVERITY_COLORS")
    assert page.locator("#alert-count").inner_text() == str(len(alerts))
    entries = page.locator(".alert-entry")
    assert entries.count() == len(alerts)
    for k, alert in enumerate(alerts):
        entry = entries.nth(k)
        badge = entry.locator(".alert-badge")
        assert badge.text_content() == alert["severity"]  # the word, not only a colour
        assert badge.evaluate("b => getComputedStyle(b).backgroundColor") == rgb(colours[alert["severity"]])
        assert entry.locator(".alert-message").text_content() == alert["evidence"]["symptom"]
        confirmed = entry.locator(".alert-confirmed").text_content()
        if alert["evidence"]["confirmed_by"]:
            assert confirmed == "confirmed by " + "; and ".join(c["message"] for c in alert["evidence"]["confirmed_by"])
        else:
            assert alert["severity"] == "failure" and confirmed.startswith("a failure by itself")

        assert entry.locator(".alert-series").is_hidden()  # folded until asked for
        rows = evidence_table(page, k)
        series = alert["evidence"]["series"]
        assert rows[0] == ["epoch"] + [f"{e:g}" for e in series["epoch"]]
        assert rows[1][0] == label(labels, alert["evidence"]["metric"]), "the symptom's series comes first"
        keys = [key for key in series if key not in ("snapshot", "epoch")]
        assert sorted(row[0] for row in rows[1:]) == sorted(label(labels, key) for key in keys)
        shown = {row[0]: row[1:] for row in rows[1:]}
        for key in keys:
            assert shown[label(labels, key)] == viewer.js("vs => vs.map(v => Latentris.charts.formatValue(v))",
                                                          series[key]), key

    warning = next(k for k, a in enumerate(alerts) if a["severity"] == "warning")
    table = {row[0]: row[1:] for row in evidence_table(page, warning)[1:]}
    assert table[label(labels, "effective_rank")] == ["n/a", "0.250"]  # a non-finite value (null) is "n/a"
    assert table[MARKUP] == ["1.000", "2.000"]  # a series key with markup is a row label, as text


def test_markup_in_an_alert_is_shown_as_text(viewer, alert_site):
    page = viewer.open(alert_site).page
    entry = page.locator(".alert-entry[data-severity=warning]")
    assert entry.locator(".alert-rule").text_content() == f"rank {MARKUP}"
    assert entry.locator(".alert-message").text_content() == f"rank fell {MARKUP}"
    assert entry.locator(".alert-confirmed").text_content() == f"confirmed by the probe loss rose {MARKUP}"
    entry.locator(".alert-evidence summary").click()
    assert page.evaluate("() => document.querySelectorAll('#alerts img, #alert-marks img').length") == 0
    assert page.evaluate("() => window.pwned") is None
    assert MARKUP in page.locator("#alert-marks .alert-mark[data-severity=warning]").get_attribute("title")


def test_a_timeline_mark_jumps_to_its_snapshot_and_layer_and_charts_mark_by_severity(viewer, alert_site):
    alerts = manifest_of(alert_site)["alerts"]
    page = viewer.open(alert_site).page
    colours = viewer.js("Latentris.constants.SEVERITY_COLORS")
    marks = page.locator("#alert-marks .alert-mark")
    snapshots = sorted({a["snapshot"] for a in alerts})
    assert [int(s) for s in marks.evaluate_all("ms => ms.map(m => m.dataset.snapshot)")] == snapshots
    slider = page.locator("#epoch-slider").bounding_box()
    xs = []
    for k, s in enumerate(snapshots):
        worst = "failure" if any(a["severity"] == "failure" for a in alerts if a["snapshot"] == s) else "warning"
        mark = marks.nth(k)
        assert mark.get_attribute("data-severity") == worst
        assert mark.evaluate("m => getComputedStyle(m).backgroundColor") == rgb(colours[worst])
        box = mark.bounding_box()
        xs.append(box["x"] + box["width"] / 2)
        assert slider["x"] <= xs[-1] <= slider["x"] + slider["width"]
    assert xs == sorted(xs) and len(set(xs)) == len(xs)

    for k, s in enumerate(snapshots):
        target = next(a for a in alerts if a["snapshot"] == s)
        marks.nth(k).click()
        page.wait_for_function(f"() => Latentris.app.state.layer === {target['layer_index']} && "
                               "!document.getElementById('status').textContent")
        assert viewer.js("Latentris.app.state.snapshot") == s
        assert viewer.js("Number(document.getElementById('epoch-slider').value)") == s
        assert f"epoch {target['epoch']}" in viewer.epoch_label()
        assert "current" in marks.nth(k).get_attribute("class")
        current = page.locator(".alert-entry.current")
        assert current.count() == sum(a["snapshot"] == s and a["layer_index"] == target["layer_index"] for a in alerts)
        # the charts mark this layer's alerts, each in its severity's colour
        on_layer = [{"epoch": a["epoch_float"], "severity": a["severity"]} for a in alerts
                    if a["layer_index"] == target["layer_index"]]
        assert sorted(viewer.js("Latentris.app.ui.metrics.alertMarks()"), key=lambda m: m["epoch"]) == \
            sorted(on_layer, key=lambda m: m["epoch"])
        img = canvas_pixels(viewer, ".metric .uplot canvas", 0)
        for severity, colour in colours.items():
            drawn = colour_count(img, colour, tol=6) > 0
            assert drawn == any(m["severity"] == severity for m in on_layer), (severity, target)


def test_sites_written_before_severities_and_evidence_still_show_their_alerts(viewer, diverged_site, tmp_path):
    site = tmp_path / "old"
    shutil.copytree(diverged_site, site)
    manifest = manifest_of(site)
    snap = manifest["snapshots"][2]
    where = {"layer": manifest["layers"][1]["name"], "layer_index": 1, "snapshot": 2, "epoch": snap["epoch"],
             "step": snap["step"], "epoch_float": snap["epoch_float"]}
    rewrite_alerts(site, [
        {"rule": "collapse", **where, "message": "effective rank fell to 1.00",
         "evidence": {"metric": "effective_rank", "value": 1.0, "reference": 4.0, "threshold": 2.0}},
        {"rule": "drift_spike", **where, "message": "the layer moved 3.0 × its lowest"},  # no evidence at all
    ])
    page = viewer.open(site).page
    entries = page.locator(".alert-entry")
    assert entries.count() == 2
    assert entries.locator(".alert-badge").all_text_contents() == ["warning", "warning"]
    assert entries.locator(".alert-message").all_text_contents() == ["effective rank fell to 1.00",
                                                                     "the layer moved 3.0 × its lowest"]
    assert entries.locator(".alert-confirmed").count() == 0 and page.locator(".alert-series").count() == 0
    entries.nth(0).locator(".alert-evidence summary").click()
    assert entries.nth(0).locator(".alert-numbers").text_content() == \
        "effective rank: value 1.000 · reference 4.000 · threshold 2.000"
    assert entries.nth(1).locator(".alert-evidence").count() == 0
    page.locator("#alert-marks .alert-mark").click()
    page.wait_for_function("() => Latentris.app.state.layer === 1 && !document.getElementById('status').textContent")
    assert viewer.js("Latentris.app.state.snapshot") == 2


def test_in_a_comparison_alerts_jump_to_their_runs_layer(viewer, tmp_path):
    runs = [diverged_run(tmp_path / name) for name in ("first", "second")]
    site = export_compare(runs, tmp_path / "site", methods=["pca"], progress=False, flow=False).parent
    alerts = manifest_of(site)["alerts"]
    page = viewer.open(site).page
    second = [k for k, a in enumerate(alerts) if a["run"] == 1]
    assert second and all(alerts[k]["layer_index"] >= 2 for k in second)  # the second run's layers come after
    for k in second:
        alert = alerts[k]
        entry = page.locator(".alert-entry").nth(k)
        assert entry.locator(".alert-badge").text_content() == alert["severity"]
        assert alert["layer"] in entry.locator(".alert-where").text_content()
        entry.locator(".alert-item").click()
        page.wait_for_function(f"() => Latentris.app.state.layer === {alert['layer_index']} && "
                               "!document.getElementById('status').textContent")
        assert viewer.js("Latentris.app.state.snapshot") == alert["snapshot"]
        assert viewer.js("Number(document.getElementById('layer-select').value)") == alert["layer_index"]
    page.locator("#alert-marks .alert-mark").first.click()
    first = alerts[0]
    page.wait_for_function(f"() => Latentris.app.state.layer === {first['layer_index']} && "
                           "!document.getElementById('status').textContent")
    assert viewer.js("Latentris.app.state.snapshot") == first["snapshot"]
