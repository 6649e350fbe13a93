import sys

from latentris_lightning.cli import main

sys.exit(main())
