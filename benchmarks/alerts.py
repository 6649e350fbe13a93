"""Early-warning alerts on a real training run made to fail, against the validation loss; and the cost of metrics.

    .venv/bin/python benchmarks/alerts.py            # 30 epochs, failures from epoch 10, cost at N = 10,000
    .venv/bin/python benchmarks/alerts.py --quick    # 20 epochs, failures from epoch 6, no cost section

A 1D CNN learns mnist1d (generated locally: 8,000 training samples; 2,000 held-out probe samples watched by the real
Latentris callback with its default alert rules; another 2,000 held-out samples for the validation loss). Three runs
with the same seed: a healthy one, and two whose learning rate starts growing at FAIL_EPOCH, slowly (×1.3 per epoch:
the main case) and fast (×2 per epoch). A failing run is identical to the healthy one up to FAIL_EPOCH.

When does the validation loss show the failure? Two readings, both printed:
- "calibrated" (the one in the RESULT line): the first epoch whose validation loss exceeds its best so far by more than
  the largest such excess the healthy run ever shows (after epoch 1), i.e. a loss-watching rule held to the same
  standard as the alerts: no false alarm on the healthy run;
- "10 %": the first epoch more than 10 % above the best so far (fires on the healthy run's noise too).
The lead is that epoch minus the epoch of the first alert. The callback's metrics also go to a CSVLogger
(``latentris/…`` columns), read back here to show the logger integration. Ends with one line:

    RESULT first_alert_epoch=<n> val_loss_epoch=<n> lead_epochs=<n> healthy_run_alerts=<n>
"""

from __future__ import annotations

import argparse
import csv
import os
import time
from pathlib import Path

import numpy as np
import torch

ROOT = Path(__file__).resolve().parents[1]
RUNS = ROOT / "benchmarks" / "_runs" / "alerts"
os.environ.setdefault("NUMBA_CACHE_DIR", str(ROOT / ".numba_cache"))
LAYERS = ["net.conv2", "net.conv3", "net.fc:input"]

from projections import CNN1D  # noqa: E402  (the same 1D CNN as the projection benchmark; script dir on sys.path)


def data(n_probe: int = 2000, n_val: int = 2000):
    from mnist1d.data import get_dataset_args, make_dataset

    args = get_dataset_args()
    args.num_samples = 8000 + n_probe + n_val
    args.train_split = 8000 / args.num_samples
    d = make_dataset(args)  # generated locally; the default getter would try the network
    x_tr, y_tr = torch.tensor(d["x"], dtype=torch.float32), torch.tensor(d["y"])
    x_te, y_te = torch.tensor(d["x_test"], dtype=torch.float32), torch.tensor(d["y_test"])
    return (x_tr, y_tr), (x_te[:n_probe], y_te[:n_probe]), (x_te[n_probe:], y_te[n_probe:])


def train(name: str, epochs: int, fail_epoch: int | None, growth: float, lr: float = 3e-3):
    """Fit with the Latentris callback; returns (alerts, validation loss per epoch 0..epochs, output folder, seconds,
    callback)."""
    import lightning.pytorch as pl
    from lightning.pytorch.loggers import CSVLogger
    from torch.utils.data import DataLoader, TensorDataset

    from latentris_lightning import Latentris

    (x_tr, y_tr), probe, (x_val, y_val) = data()
    val_losses: list[float] = []

    class Module(pl.LightningModule):
        def __init__(self) -> None:
            super().__init__()
            self.net = CNN1D()

        def forward(self, x):
            return self.net(x)

        def training_step(self, batch, batch_idx):
            x, y = batch
            loss = torch.nn.functional.cross_entropy(self(x), y)
            self.log("train_loss", loss, on_step=False, on_epoch=True)
            return loss

        def configure_optimizers(self):
            return torch.optim.Adam(self.parameters(), lr=lr)

    class Failure(pl.Callback):
        """Learning rate × growth per epoch from fail_epoch on; and the validation loss after every epoch."""

        def on_train_epoch_start(self, trainer, module):
            if fail_epoch is not None and trainer.current_epoch >= fail_epoch:
                for group in trainer.optimizers[0].param_groups:
                    group["lr"] = lr * growth ** (trainer.current_epoch - fail_epoch + 1)

        def _validate(self, module):
            was_training = module.training
            module.eval()
            with torch.no_grad():
                val_losses.append(float(torch.nn.functional.cross_entropy(module(x_val), y_val)))
            module.train(was_training)

        def on_train_start(self, trainer, module):
            self._validate(module)

        def on_train_epoch_end(self, trainer, module):
            self._validate(module)

    out = RUNS / name
    pl.seed_everything(0, verbose=False)
    callback = Latentris(
        probe=probe, layers=LAYERS, epochs="all", output_dir=out, export_on_fit_end=False, overwrite=True
    )
    logger = CSVLogger(out, name="logs", version=0)
    trainer = pl.Trainer(max_epochs=epochs, callbacks=[Failure(), callback], logger=logger, enable_checkpointing=False,
                         enable_progress_bar=False, enable_model_summary=False, accelerator="cpu")
    start = time.perf_counter()
    trainer.fit(Module(), DataLoader(TensorDataset(x_tr, y_tr), batch_size=128, shuffle=True))
    return callback.alerts, val_losses, out, time.perf_counter() - start, callback


def val_loss_failure_epoch(losses: list[float], tolerance: float) -> int | None:
    """First epoch ≥ 2 whose validation loss is above (1 + tolerance) × its best so far (non-finite counts as above)."""
    for e in range(2, len(losses)):
        best = min(losses[:e])
        if not np.isfinite(losses[e]) or losses[e] > (1 + tolerance) * best:
            return e
    return None


def largest_excess(losses: list[float]) -> float:
    """The largest relative excess of the validation loss over its best so far, from epoch 2 on."""
    return max(losses[e] / min(losses[:e]) - 1 for e in range(2, len(losses)))


def metric_cost(quick: bool) -> None:
    """Seconds of compute_run_metrics on the N = 10,000 mnist1d run of benchmarks/projections.py, against the joint
    projection of all its layers, measured side by side in this process."""
    from projections import mnist1d_run

    from latentris_lightning import compute_run_metrics, load_run
    from latentris_lightning.analysis.geometry import SAMPLE_LIMIT
    from latentris_lightning.projection import get_method

    run = load_run(mnist1d_run(10_000))
    start = time.perf_counter()
    metrics = compute_run_metrics(run)
    total = time.perf_counter() - start
    pairs = len(run.layers) * len(run.snapshots)
    print(f"\nmetric cost, N = {run.n_samples:,}, {len(run.layers)} layers (dims "
          f"{[run.layer_info(layer).get('dim') for layer in run.layers]}) × {len(run.snapshots)} snapshots:")
    print(f"  compute_run_metrics: {total:.1f} s in all (reading the store included), "
          f"{metrics.seconds / pairs:.2f} s per (layer, snapshot); silhouette and kNN accuracy on "
          f"{min(SAMPLE_LIMIT, run.n_samples):,} samples")
    if quick:
        return
    start = time.perf_counter()
    for layer in run.layers:
        get_method("joint", random_state=0).fit_transform(run.layer_series(layer))
    joint = time.perf_counter() - start
    print(f"  joint projection of all {len(run.layers)} layers: {joint:.1f} s; metrics {total:.1f} s "
          f"= {total / joint:.0%} of it")


def logged_columns(out: Path) -> list[str]:
    with open(out / "logs" / "version_0" / "metrics.csv", newline="") as handle:
        return [c for c in next(csv.reader(handle)) if c.startswith("latentris/")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--epochs", type=int, default=None)
    parser.add_argument("--fail-epoch", type=int, default=None)
    parser.add_argument("--growth", type=float, nargs="+", default=[1.3, 2.0],
                        help="learning-rate factors per epoch after the failure; the first is the main case")
    parser.add_argument("--cost-only", action="store_true", help="only the metric-cost section (no RESULT line)")
    args = parser.parse_args()
    if args.cost_only:
        torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
        metric_cost(False)
        return
    epochs = args.epochs or (20 if args.quick else 30)
    fail_epoch = args.fail_epoch or (6 if args.quick else 10)
    torch.set_num_threads(int(os.environ.get("OMP_NUM_THREADS", "1")))
    print(f"mnist1d CNN, {epochs} epochs, probe 2,000, validation 2,000; failing runs: learning rate × g per epoch "
          f"from epoch {fail_epoch}, g in {args.growth}")

    runs = [("healthy", None, 1.0)] + [(f"lr-x{g:g}", fail_epoch, g) for g in args.growth]
    results = {}
    for name, fail, growth in runs:
        alerts, losses, out, seconds, callback = train(name, epochs, fail, growth)
        results[name] = {"alerts": alerts, "losses": losses, "out": out}
        print(f"\n{name}: fit {seconds:.0f} s (metrics during fit {callback.metrics_seconds:.1f} s), "
              f"{len(alerts)} alerts")
        for alert in alerts[:8]:
            print(f"  {alert}")
        if len(alerts) > 8:
            print(f"  … {len(alerts) - 8} more")
        print("  val loss by epoch: " + " ".join(f"{v:.3f}" for v in losses))

    healthy = results["healthy"]
    calibrated = largest_excess(healthy["losses"])
    print(f"\ncalibrated validation-loss tolerance (largest excess over best-so-far in the healthy run): "
          f"{calibrated:.1%}")
    print(f"logger columns written by the callback (CSVLogger): {len(logged_columns(healthy['out']))}, e.g. "
          f"{logged_columns(healthy['out'])[:3]}")
    print("\n| run | alerts | first alert (epoch, rule, layer) | val loss shows failure: calibrated | 10 % | "
          "lead (calibrated) | lead (10 %) |")
    print("|---|---|---|---|---|---|---|")
    summary = {}
    for name, _fail, _growth in runs:
        r = results[name]
        first = min(r["alerts"], key=lambda a: a.epoch, default=None)
        val_cal = val_loss_failure_epoch(r["losses"], calibrated + 1e-9)
        val_10 = val_loss_failure_epoch(r["losses"], 0.10)
        lead_cal = val_cal - first.epoch if first and val_cal is not None else None
        lead_10 = val_10 - first.epoch if first and val_10 is not None else None
        summary[name] = (first, val_cal, lead_cal)
        where = f"{first.epoch} ({first.rule}, {first.layer})" if first else "–"
        print(f"| {name} | {len(r['alerts'])} | {where} | {val_cal if val_cal is not None else '–'} | "
              f"{val_10 if val_10 is not None else '–'} | {lead_cal if lead_cal is not None else '–'} | "
              f"{lead_10 if lead_10 is not None else '–'} |")

    metric_cost(args.quick)
    first, val_cal, lead = summary[runs[1][0]]
    print(f"RESULT first_alert_epoch={first.epoch if first else None} val_loss_epoch={val_cal} lead_epochs={lead} "
          f"healthy_run_alerts={len(healthy['alerts'])}")


if __name__ == "__main__":
    main()
