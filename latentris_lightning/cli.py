"""The ``latentris`` command: ``demo``, ``export``, ``info``, ``serve``, ``projector``, ``samples``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from latentris_lightning.errors import RunStoreError
from latentris_lightning.site.bundle import ALLOWED_POSITION_BITS, POSITION_BITS

if TYPE_CHECKING:
    from latentris_lightning.site.options import ExportOptions

EXAMPLES = """\
examples:
  latentris demo                               train a small MLP on sklearn digits and export its site
  latentris export latentris/run --out site    re-export a site from saved activations (no retraining)
  latentris info latentris/run                 show what a run holds
  latentris serve latentris/site               serve a site on http://127.0.0.1:8000/ (live sites update)
  latentris projector latentris/run --out tb   every epoch's activations for TensorBoard's embedding projector
  latentris samples latentris/run --top 100    the samples most likely mislabelled (training dynamics)
"""

EXPORT_EXAMPLES = """\
examples:
  latentris export latentris/run --out site
  latentris export latentris --out site --methods joint pca tsne        (the callback's output_dir works too)
  latentris export latentris/run --out small --layers 0 net.3 --epochs 0 5 10 --sample-size 500
  latentris export latentris/run --out by-layer --axis layers --no-flow
  latentris export runs/mlp runs/cnn --out compare --names MLP,CNN     one site comparing two runs (docs/compare.md)
  latentris export runs/mlp runs/cnn --out compare --intersection      compare only the probe samples both hold
  latentris export latentris/run --out robust --variant joint:n_neighbors=5,15,50   switch settings in the viewer
  latentris export latentris/run --out site --profile 2> /dev/null     the seconds of each stage, at the end
"""

INFO_EXAMPLES = """\
examples:
  latentris info latentris/run
  latentris info latentris                     (the callback's output_dir)
"""

SERVE_EXAMPLES = """\
examples:
  latentris serve latentris/site                          http://127.0.0.1:8000/
  latentris serve latentris/site --port 0                 any free port (printed)
  latentris serve latentris/site --prefix /my-repo/       as GitHub Pages would: http://127.0.0.1:8000/my-repo/
"""

PROJECTOR_EXAMPLES = """\
examples:
  latentris projector latentris/run --out tb                    every epoch × every layer, one tensor each
  latentris projector latentris/run                             into the run's TensorBoardLogger log_dir
  latentris projector latentris/run --out tb --epochs 0 5 10 --layers net.3
  latentris projector latentris/run --out tb --snapshots -1     only the last snapshot
  tensorboard --logdir tb                                       then open the Projector tab
"""

SAMPLES_EXAMPLES = """\
examples:
  latentris samples latentris/run                               the 20 samples most likely mislabelled
  latentris samples latentris/run --sort mislabel --top 100
  latentris samples latentris/run --sort forgetting --top 50    the most often forgotten
  latentris samples latentris/run --csv review.csv              every sample, one row each (docs/dynamics.md)
"""


def _parser() -> argparse.ArgumentParser:
    from latentris_lightning._version import __version__
    from latentris_lightning.projection import available_methods

    parser = argparse.ArgumentParser(
        prog="latentris",
        description="See how a network's representations evolve during training.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"latentris-lightning {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    demo = sub.add_parser("demo", help="train a small model on sklearn digits with the callback and export its site")
    demo.add_argument("--out", default="latentris-demo", help="output folder (default: %(default)s)")
    demo.add_argument("--epochs", type=int, default=20, help="training epochs (default: %(default)s)")
    demo.add_argument("--seed", type=int, default=0, help="random seed (default: %(default)s)")

    export = sub.add_parser(
        "export", help="build a static site from a run directory", epilog=EXPORT_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Project a run's activations and write the static 3D viewer site (opens from file:// or any web "
                    "server; publish the folder as it is). Needs only the run directory, not the model. Several run "
                    "directories give one site comparing them (docs/compare.md).",
    )
    export.add_argument("run_dir", nargs="+", metavar="RUN_DIR",
                        help="run directory (holding manifest.json) or the callback's output_dir; several runs trained "
                             "on the same probe samples export one site comparing them")
    export.add_argument("--out", required=True, help="site folder to write (replaced if it holds an earlier site)")
    export.add_argument("--names", default=None, metavar="A,B,…",
                        help="display names of the runs, comma-separated (default: their folder names)")
    export.add_argument("--intersection", action="store_true",
                        help="runs whose probes differ: compare the samples they all hold (default: refuse)")
    export.add_argument("--match-by", default=None, choices=["hashes", "indices", "names", "thumbnails", "labels"],
                        help="what identifies a probe sample across runs (default: the strongest every run records: "
                             "content hashes, then dataset indices, names, thumbnails)")
    export.add_argument("--layer-map", action="append", default=None, metavar="LAYER_A,LAYER_B",
                        help="embed these layers together, one per run (names or indices), e.g. net.1,net.2 "
                             "(repeatable; default: the k-th layer of every run)")
    export.add_argument("--cross-weight", type=float, default=1.0, metavar="W",
                        help="joint: strength of the ties between runs at one epoch (default: %(default)s; 0: untied)")
    export.add_argument("--variant", action="append", default=None, metavar="METHOD:PARAM=V1,V2",
                        help="export several settings of a method as separate entries, e.g. joint:n_neighbors=5,15,50 "
                             "(repeatable)")
    export.add_argument(
        "--methods", nargs="+", default=["joint", "pca"], metavar="METHOD",
        help=f"projection methods, from {available_methods()} (default: joint pca)",
    )
    export.add_argument(
        "--axis", choices=["epochs", "layers"], default="epochs",
        help="align each layer's snapshots (epochs, default) or each snapshot's layers (layers)",
    )
    export.add_argument("--no-cache", action="store_true", help="recompute projections even if cached in the run")
    export.add_argument("--no-flow", action="store_true", help="leave the flow fields out (docs/flow.md)")
    export.add_argument(
        "--flow-smoothing", type=float, default=None, metavar="LAMBDA",
        help="flow fields: weight of the Laplacian smoothness in (0, 1) (default: 0.1)",
    )
    export.add_argument(
        "--layers", nargs="+", default=None, metavar="LAYER",
        help="export only these layers (names or indices, see `latentris info`; default: all)",
    )
    export.add_argument(
        "--epochs", nargs="+", type=int, default=None, metavar="EPOCH",
        help="export only the snapshots of these epochs (with the step snapshots taken on the way to them; "
             "default: all)",
    )
    export.add_argument(
        "--sample-size", type=int, default=None, metavar="N",
        help="export a class-stratified, seeded subset of N probe samples (default: all)",
    )
    export.add_argument("--title", default=None, help="page title")
    export.add_argument("--seed", type=int, default=None, help="projection seed (default: the run's recorded seed)")
    export.add_argument(
        "--progress", action=argparse.BooleanOptionalAction, default=None,
        help="progress bars on stderr, one per stage with its unit and an ETA (default: only when stderr is a "
             "terminal)",
    )
    export.add_argument("--profile", action="store_true",
                        help="print the seconds of each stage at the end (also in the site's manifest: `stages`)")
    export.add_argument(
        "--position-bits", type=int, choices=list(ALLOWED_POSITION_BITS), default=POSITION_BITS,
        help="bits per coordinate in the site: 12 (default, 5.6 bytes per point per snapshot) or 16 (deep zooms)",
    )

    info = sub.add_parser("info", help="show what a run directory holds", epilog=INFO_EXAMPLES,
                          formatter_class=argparse.RawDescriptionHelpFormatter)
    info.add_argument("run_dir", help="run directory (holding manifest.json) or the callback's output_dir")

    serve = sub.add_parser(
        "serve", help="serve an exported site over HTTP on this machine", epilog=SERVE_EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Serve a site folder over HTTP (no caching, so a live site's updates appear). Only files inside "
                    "the folder are served. Stop with Ctrl-C.",
    )
    serve.add_argument("site_dir", help="the exported site folder (holding index.html)")
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: %(default)s, this machine only)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: %(default)s; 0 = any free port)")
    serve.add_argument("--prefix", default="/", help="URL sub-path to serve the site under (default: %(default)s)")

    projector = sub.add_parser(
        "projector", help="write a run's snapshots in TensorBoard's embedding-projector format",
        epilog=PROJECTOR_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Write the activations of the chosen snapshots and layers into one folder that TensorBoard's "
                    "projector shows as separate tensors ('epoch 5 / net.3'), with each sample's class, prediction and "
                    "loss as metadata. View with `tensorboard --logdir OUT` (Projector tab); any parent folder works "
                    "as --logdir too. docs/publishing.md#tensorboards-embedding-projector",
    )
    projector.add_argument("run_dir", help="run directory (holding manifest.json) or the callback's output_dir")
    projector.add_argument("--out", default=None,
                           help="folder to write (default: the log_dir of the TensorBoardLogger the run was trained "
                                "with, so the projector shows next to its scalars)")
    which = projector.add_mutually_exclusive_group()
    which.add_argument("--epochs", "--epoch", type=int, nargs="+", default=None, metavar="EPOCH",
                       help="the snapshots of these epochs (default: every end-of-epoch snapshot)")
    which.add_argument("--snapshots", "--snapshot", type=int, nargs="+", default=None, metavar="INDEX",
                       help="snapshot indices (negative count from the end; step snapshots too)")
    projector.add_argument("--layers", nargs="+", default=None, metavar="LAYER",
                           help="layers (names or indices; default: all)")

    from latentris_lightning.analysis.review import SORT_DESCENDING

    samples = sub.add_parser(
        "samples", help="rank a run's probe samples by their training dynamics (hard, forgotten, mislabelled)",
        epilog=SAMPLES_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter,
        description="Per-sample training dynamics of a run (confidence, variability, correctness, first learned, "
                    "forgetting, area under the margin, centroid layer, mislabel score; docs/dynamics.md), as a table "
                    "of the top samples or as CSV.",
    )
    samples.add_argument("run_dir", help="run directory (holding manifest.json) or the callback's output_dir")
    samples.add_argument("--sort", default="mislabel", choices=sorted(SORT_DESCENDING),
                         help="order, most interesting first (default: %(default)s)")
    samples.add_argument("--reverse", action="store_true", help="least interesting first")
    samples.add_argument("--top", type=int, default=None, metavar="K",
                         help="show K samples (default: 20 in the table, every sample in the CSV)")
    samples.add_argument("--csv", default=None, metavar="FILE", help="write the rows as CSV to FILE ('-': stdout)")
    return parser


def _cmd_demo(args: argparse.Namespace) -> int:
    from latentris_lightning.demo import run_demo

    out = run_demo(args.out, max_epochs=args.epochs, seed=args.seed)
    index = (out / "site" / "index.html").resolve()
    if not index.is_file():
        print(f"latentris: the demo trained but its site was not written; see the warning above. Run: {out / 'run'}")
        return 1
    print(f"\nLatentris demo ready. Open in a browser:\n  {index.as_uri()}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    """``latentris export RUN [RUN …] --out SITE``: one run's site, or one site comparing several runs."""
    import time

    from latentris_lightning.site.export import export_site
    from latentris_lightning.stages import StageTimer
    from latentris_lightning.store.reader import load_run
    from latentris_lightning.store.view import select_run

    start = time.perf_counter()
    runs = [load_run(path) for path in args.run_dir]
    options = _export_options(args, seed=args.seed if args.seed is not None else
                              int(runs[0].manifest.get("config", {}).get("seed", 0)))
    if len(runs) == 1:
        if options.compare_settings():
            flags = [f"--{name.replace('_', '-')}" for name in options.compare_settings()]
            raise ValueError(f"{', '.join(flags)} is for comparing several runs; one run was given "
                             f"({args.run_dir[0]}).")
        runs = [select_run(runs[0], layers=args.layers, epochs=args.epochs, sample_size=args.sample_size,
                           seed=options.seed)]
    else:
        chosen = [f"--{name.replace('_', '-')}" for name in ("layers", "epochs", "sample_size") if getattr(args, name)]
        if chosen or options.axis != "epochs":
            raise ValueError(f"{', '.join(chosen) or '--axis layers'} cannot be combined with several runs; a "
                             "comparison aligns every run's layers along the epochs. Export each run alone for that.")
    timer = StageTimer(options.progress)
    index = export_site(runs[0] if len(runs) == 1 else runs, args.out, options, stages=timer)
    print(f"Site written: {index.resolve().as_uri()}")
    if args.profile:
        wall = time.perf_counter() - start  # loading and selecting the run is the part of it in no stage
        print("\nSeconds per stage (share of the wall time):")
        print(timer.table(wall=wall))
    return 0


def _export_options(args: argparse.Namespace, *, seed: int) -> ExportOptions:
    """The one :class:`~latentris_lightning.site.options.ExportOptions` of ``latentris export``'s flags."""
    from latentris_lightning.site.options import ExportOptions

    return ExportOptions(
        methods=args.methods,
        variants=args.variant,
        axis=args.axis,
        title=args.title,
        seed=seed,
        cache=not args.no_cache,
        flow=False if args.no_flow else ({} if args.flow_smoothing is None else {"smoothing": args.flow_smoothing}),
        position_bits=args.position_bits,
        progress=args.progress,
        names=None if args.names is None else [n.strip() for n in args.names.split(",")],
        intersection=args.intersection,
        match_by=args.match_by,
        layer_map=None if args.layer_map is None else [m.split(",") for m in args.layer_map],
        cross_weight=args.cross_weight,
    )


def _cmd_info(args: argparse.Namespace) -> int:
    from latentris_lightning.store.reader import load_run

    run = load_run(args.run_dir)
    print(f"run:       {run.path}")
    print(f"format:    {run.manifest['format']} v{run.manifest['version']} ({run.manifest.get('generator', '?')})")
    print(f"samples:   {run.n_samples} in {len(run.class_names)} classes: {', '.join(run.class_names)}")
    print(f"dtype:     {run.manifest.get('dtype')}")
    print("layers:")
    rows = [(str(layer["name"]), str(layer.get("module_type", "?")), f"dim={layer.get('dim', '?')}",
             str(layer.get("reason", ""))) for layer in run.manifest["layers"]]
    widths = [max((len(row[i]) for row in rows), default=0) for i in range(3)]  # columns fit the longest entry
    for name, kind, dim, reason in rows:
        print(f"  {name:<{widths[0]}}  {kind:<{widths[1]}}  {dim:<{widths[2]}}  ({reason})")
    print(f"snapshots: {len(run.snapshots)} at epochs {run.epochs}")
    steps = [s for s in run.snapshots if s.kind == "step"]
    if steps:
        print(f"           {len(steps)} step snapshots: " + ", ".join(s.label for s in steps))
    alerts = run.alerts
    print(f"alerts:    {'none recorded' if alerts is None else len(alerts)}")
    cache = run.path / "cache" / "projections"
    cached = sorted(cache.glob("*.npz")) if cache.is_dir() else []
    print(f"cache:     {len(cached)} cached projection series ({sum(p.stat().st_size for p in cached) / 1e6:.1f} MB)")
    return 0


def _cmd_serve(args: argparse.Namespace) -> int:
    from latentris_lightning.site.serve import make_server, server_url

    site = Path(args.site_dir)
    if not (site / "index.html").is_file():
        hint = " (did you mean its site/ sub-folder?)" if (site / "site" / "index.html").is_file() else ""
        raise FileNotFoundError(f"{site} holds no index.html; pass an exported site folder{hint}.")
    server = make_server(site, host=args.host, port=args.port, prefix=args.prefix, quiet=False)
    print(f"Serving {site.resolve()} at {server_url(server, args.prefix)} (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


def _cmd_projector(args: argparse.Namespace) -> int:
    from latentris_lightning.site.projector import FILES, export_projector

    config = export_projector(args.run_dir, args.out, snapshots=args.snapshots, epochs=args.epochs, layers=args.layers)
    out = config.parent.resolve()
    tensors = config.read_text(encoding="utf-8").count(f'tensor_path: "{FILES}/')
    print(f"Projector files written: {out} ({tensors} tensors)")
    print(f"View them: tensorboard --logdir {out}   (then the Projector tab; a parent folder works as --logdir too)")
    return 0


def _cmd_samples(args: argparse.Namespace) -> int:
    """``latentris samples RUN``: the probe samples ranked by one training-dynamics field."""
    from latentris_lightning.analysis.dynamics import sample_dynamics
    from latentris_lightning.analysis.review import review_order, review_rows, to_csv, to_table
    from latentris_lightning.store.atomic import atomic_write
    from latentris_lightning.store.reader import load_run

    if args.top is not None and args.top < 1:
        raise ValueError(f"--top must be a positive number of samples; got {args.top}.")
    run = load_run(args.run_dir)
    dynamics = sample_dynamics(run)
    order = review_order(dynamics, args.sort, reverse=args.reverse)
    top = args.top if args.top is not None else (None if args.csv else 20)
    header, rows = review_rows(run, dynamics, order[:top])
    if args.csv is not None:
        text = to_csv(header, rows)
        if args.csv == "-":
            sys.stdout.write(text)
        else:
            atomic_write(Path(args.csv), text.encode("utf-8"))
            print(f"CSV written: {Path(args.csv).resolve()} ({len(rows)} samples, sorted by {args.sort})")
    else:
        print(f"{len(rows)} of {run.n_samples} samples by {args.sort} "
              f"({'least' if args.reverse else 'most'} first), over snapshots {dynamics.snapshots}")
        print(to_table(header, rows))
    for field, why in dynamics.missing.items():
        print(f"missing {field}: {why}", file=sys.stderr)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"demo": _cmd_demo, "export": _cmd_export, "info": _cmd_info, "serve": _cmd_serve,
                "projector": _cmd_projector, "samples": _cmd_samples}
    try:
        return handlers[args.command](args)
    except _user_errors() as err:  # one clear line, no traceback
        print(f"latentris {args.command}: error: {err}", file=sys.stderr)
        return 2


def _user_errors() -> tuple[type[BaseException], ...]:
    """The errors shown as one line. Lightning's ``MisconfigurationException`` joins them only once lightning is
    imported (nothing else can raise it), so ``latentris serve`` and ``--help`` never import torch."""
    errors: tuple[type[BaseException], ...] = (RunStoreError, OSError, ValueError)
    lightning_errors = sys.modules.get("lightning.fabric.utilities.exceptions")
    if lightning_errors is not None:
        errors += (lightning_errors.MisconfigurationException,)
    return errors


if __name__ == "__main__":
    sys.exit(main())
