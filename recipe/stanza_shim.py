"""Run one of stanza's trainers under this torch: ``python -m recipe.stanza_shim MODULE ARGS...``.

spacy-stanza pins stanza below 1.7, whose trainers were written for an older torch:
they pass ``verbose=`` to ``ReduceLROnPlateau`` (removed in torch 2.7) and pickle numpy
arrays in their model files (refused by torch >= 2.6's default weights-only loading).
This wrapper drops the first and turns the second off (``TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD``,
for the project's own files) before running the trainer module as ``__main__``.
"""

from __future__ import annotations

import os
import runpy
import sys


def patch_torch() -> None:
    import torch.optim.lr_scheduler as schedulers

    original = schedulers.ReduceLROnPlateau.__init__
    if getattr(original, "_drops_verbose", False):
        return

    def init(self, *args, verbose=None, **kwargs):
        original(self, *args, **kwargs)

    init._drops_verbose = True
    schedulers.ReduceLROnPlateau.__init__ = init


def main() -> None:
    module, sys.argv = sys.argv[1], [sys.argv[1]] + sys.argv[2:]
    os.environ.setdefault("TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD", "1")
    patch_torch()
    runpy.run_module(module, run_name="__main__", alter_sys=True)


if __name__ == "__main__":
    main()
