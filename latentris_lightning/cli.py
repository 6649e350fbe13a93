"""The ``latentris`` command: ``demo``, ``export``, ``info``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from latentris_lightning.errors import MisconfigurationException, RunStoreError

EXAMPLES = """\
examples:
  latentris demo                               train a small MLP on sklearn digits and export its site
  latentris export latentris/run --out site    re-export a site from saved activations (no retraining)
  latentris info latentris/run                 show what a run holds
"""


def _parser() -> argparse.ArgumentParser:
    from latentris_lightning import __version__
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

    export = sub.add_parser("export", help="build a static site from a run directory")
    export.add_argument("run_dir", help="run directory (holding manifest.json) or the callback's output_dir")
    export.add_argument("--out", required=True, help="site folder to write (replaced if it holds an earlier site)")
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
    export.add_argument("--title", default=None, help="page title")
    export.add_argument("--seed", type=int, default=None, help="projection seed (default: the run's recorded seed)")

    info = sub.add_parser("info", help="show what a run directory holds")
    info.add_argument("run_dir")
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
    from latentris_lightning.export import export_site
    from latentris_lightning.store import load_run

    run = load_run(args.run_dir)
    seed = args.seed if args.seed is not None else int(run.manifest.get("config", {}).get("seed", 0))
    flow = False if args.no_flow else ({} if args.flow_smoothing is None else {"smoothing": args.flow_smoothing})
    index = export_site(
        run, args.out, methods=args.methods, title=args.title, seed=seed, axis=args.axis, cache=not args.no_cache,
        flow=flow,
    )
    print(f"Site written: {index.resolve().as_uri()}")
    return 0


def _cmd_info(args: argparse.Namespace) -> int:
    from latentris_lightning.store import load_run

    run = load_run(args.run_dir)
    print(f"run:       {run.path}")
    print(f"format:    {run.manifest['format']} v{run.manifest['version']} ({run.manifest.get('generator', '?')})")
    print(f"samples:   {run.n_samples} in {len(run.class_names)} classes: {', '.join(run.class_names)}")
    print(f"dtype:     {run.manifest.get('dtype')}")
    print("layers:")
    for layer in run.manifest["layers"]:
        print(f"  {layer['name']:<24} {layer.get('module_type', '?'):<14} dim={layer.get('dim', '?')} ({layer.get('reason', '')})")
    print(f"snapshots: {len(run.snapshots)} at epochs {run.epochs}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    handlers = {"demo": _cmd_demo, "export": _cmd_export, "info": _cmd_info}
    try:
        return handlers[args.command](args)
    except (RunStoreError, MisconfigurationException, FileExistsError, ValueError) as err:
        print(f"latentris {args.command}: error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
