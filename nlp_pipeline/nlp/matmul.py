"""Which library multiplies the matrices of a spaCy pipeline on the CPU.

thinc's ``NumpyOps`` multiplies with BLIS by default. The wheels of BLIS that pip installs
are far slower than the OpenBLAS that numpy bundles on the project's machines: one core of
the 2-core AMD EPYC VM does a 2000×336 by 336×336 float32 product at about 27 GFLOPS with
BLIS and 91 with numpy, and the bundled pipeline spends most of its time in such products
(the tok2vec's layers, the parser's and NER's feature layers). So :func:`load` hands every
layer of a CPU pipeline an ``NumpyOps(use_blis=False)``, which routes ``gemm`` through numpy
(``bench/speed.py --compare-matmul`` measures the difference side by side).

Training does the same (``nlp_pipeline.numpy_matmul.v1`` as ``[initialize.after_init]`` in the
recipe's config). ``NLP_PIPELINE_MATMUL=blis`` keeps thinc's default. Layers on other ops (a GPU, Apple's
Accelerate) are left as they are. The parser's and NER's per-step C code keeps its own BLIS
calls either way: thinc gives Python no way to replace them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from spacy.language import Language
from spacy.util import registry
from thinc.api import Model, NumpyOps

MATMUL_ENV = "NLP_PIPELINE_MATMUL"
CHOICES = ("numpy", "blis")


def matmul_choice(choice: str | None = None) -> str:
    """``choice``, else ``$NLP_PIPELINE_MATMUL``, else ``numpy``; a ValueError for anything else."""
    value = (choice or os.environ.get(MATMUL_ENV) or "numpy").strip().lower()
    if value not in CHOICES:
        raise ValueError(f"{MATMUL_ENV}={value!r}: expected one of {', '.join(CHOICES)}")
    return value


def layers(nlp: Language) -> Iterator[Model]:
    """Every thinc layer of ``nlp``'s components (shared ones once per component that holds them)."""
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if isinstance(model, Model):
            yield from model.walk()


def use_matmul(nlp: Language, choice: str | None = None) -> int:
    """Give the CPU layers of ``nlp``'s components the chosen ``gemm``; returns how many layers changed."""
    use_blis = matmul_choice(choice) == "blis"
    ops = NumpyOps(use_blis=use_blis)
    changed = 0
    for node in layers(nlp):
        if type(node.ops) is NumpyOps and node.ops.use_blis != use_blis:
            node.ops = ops
            changed += 1
    return changed


@registry.callbacks("nlp_pipeline.numpy_matmul.v1")
def make_numpy_matmul():
    """``[initialize.after_init]`` callback: the pipeline being trained multiplies with numpy too."""

    def after_init(nlp: Language) -> Language:
        use_matmul(nlp)
        return nlp

    return after_init
