"""The bundled model's recipe: self-training from three teachers (``make train``).

1. Three teacher pipelines are trained on the gold data (``train.py``): the recipe
   with seed 0 and with seed 1, and with the trained-on UD dev sentences repeated six
   times instead of three. Two train at once, one thread each.
2. Each teacher parses the klintan train sentences and raw news text; the values at
   least two of the three agree on become silver training data (``silver.py``).
3. The shipped model is trained with seed 0 on the gold data plus the silver data, and
   saved with its rule components (``train.finalize``).

``make train`` starts every training from the pretrained tok2vec (``pretrain.py``) and stops it
after the Makefile's ``TRAIN_STEPS`` steps (``--max-steps``); in the shipped model's run the
teachers' best checkpoints came at 1,600-2,400 steps and the student's at 3,600.

Every stage is skipped when it has finished before (in ``--work``), so an interrupted
run goes on where it stopped; a work folder whose stages were made with other vectors, pretrained
weights, gazetteer table or step limit is refused (``check_settings``) rather than silently reused.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from . import child_env, raw_text
from . import prepare as prep
from .silver import RAW_TEXTS

# (name, seed, times the trained-on UD dev sentences are repeated)
TEACHERS = [("seed0", 0, prep.UD_DEV_REPEAT), ("seed1", 1, prep.UD_DEV_REPEAT), ("dev6", 0, 6)]
STUDENT_SEED = 0
DONE = "done"  # written into a training's output folder when it has finished
SETTINGS = "recipe-settings.json"  # what the stages in a work folder were made with


class StaleWork(RuntimeError):
    """The work folder holds stages made with other settings, which would be silently reused."""


def _fingerprint(path: Path | None) -> str | None:
    """A file's or folder's content digest (a path that does not exist stands for itself)."""
    if path is None or not path.exists():
        return None if path is None else str(path)
    digest = hashlib.sha1()
    for file in sorted(p for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file()):
        digest.update(file.relative_to(path.parent).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def check_settings(work: Path, **settings) -> None:
    """Record ``settings`` (paths by their content) in ``work``, or refuse a work folder whose finished
    stages were made with other ones (say, teachers trained before the vectors changed)."""
    wanted = {k: _fingerprint(v) if isinstance(v, Path) or v is None else v for k, v in settings.items()}
    stamp = work / SETTINGS
    if stamp.exists():
        made = json.loads(stamp.read_text())
        if made != wanted:
            changed = sorted(k for k in wanted.keys() | made.keys() if made.get(k) != wanted.get(k))
            raise StaleWork(
                f"{work} was made with other {', '.join(changed)}; remove it or choose another --work folder"
            )
        return
    if any(work.glob(f"*/{DONE}")):
        raise StaleWork(
            f"{work} holds finished stages with no record of their settings; remove it or choose another --work folder"
        )
    work.mkdir(parents=True, exist_ok=True)
    stamp.write_text(json.dumps(wanted, indent=1))


def _prepared(corpora: Path, out: Path, **kwargs) -> Path:
    if not (out / prep.LEXICON_VECTORS).exists():  # written last
        prep.prepare(corpora, out, **kwargs)
    return out


def train_teachers(
    corpora: Path,
    data: Path,
    work: Path,
    jobs: int = 2,
    max_steps: int | None = None,
    vectors: Path | None = None,
    init_tok2vec: Path | None = None,
) -> list[Path]:
    """Train the teachers (``jobs`` at a time, in subprocesses); their ``model-best`` paths."""
    running: list[tuple[subprocess.Popen, Path]] = []
    bests = []
    env = child_env(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    for name, seed, repeat in TEACHERS:
        output = work / f"teacher-{name}"
        bests.append(output / "model-best")
        if (output / DONE).exists():
            continue
        teacher_data = (
            data
            if repeat == prep.UD_DEV_REPEAT
            else _prepared(corpora, work / f"data-{name}", ud_dev_repeat=repeat, lexicon=data / prep.LEXICON_VECTORS)
        )
        while len(running) >= jobs:
            _wait_one(running)
        cmd = [
            sys.executable,
            "-m",
            "recipe.train",
            "--data",
            str(teacher_data),
            "--output",
            str(output),
            "--seed",
            str(seed),
            "--train-only",
        ]
        if max_steps:
            cmd += ["--max-steps", str(max_steps)]
        if vectors:
            cmd += ["--vectors", str(vectors)]
        if init_tok2vec:
            cmd += ["--init-tok2vec", str(init_tok2vec)]
        output.mkdir(parents=True, exist_ok=True)
        print(f"teacher {name}: training (log: {output / 'train.log'})", flush=True)
        with open(output / "train.log", "w") as log:  # the child keeps its own copy of the handle
            running.append((subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env), output))
    while running:
        _wait_one(running)
    return bests


def _wait_one(running: list) -> None:
    while True:
        for item in running:
            proc, output = item
            if proc.poll() is not None:
                running.remove(item)
                if proc.returncode:
                    for other, _ in running:
                        other.terminate()
                    raise RuntimeError(f"teacher training failed (exit {proc.returncode}); see {output / 'train.log'}")
                (output / DONE).touch()
                return
        time.sleep(10)


def selftrain(
    corpora: Path,
    data: Path,
    work: Path,
    model_dir: Path,
    jobs: int = 2,
    max_steps: int | None = None,
    vectors: Path | None = None,
    exclude: set[str] = frozenset(),
    init_tok2vec: Path | None = None,
) -> Path:
    import spacy

    from nlp_pipeline.nlp import paragraphs, tokenizer  # noqa: F401  (register the project's parts)

    from . import silver, train

    start = time.time()
    _prepared(corpora, data)
    # Without a vectors table every training reads the prepared gazetteer table: record that one.
    check_settings(work, vectors=vectors or data / prep.LEXICON_VECTORS, init_tok2vec=init_tok2vec, max_steps=max_steps)
    teachers = train_teachers(corpora, data, work, jobs, max_steps, vectors, init_tok2vec)
    silver_dir = work / "silver"
    if not (silver_dir / "raw.spacy").exists():
        print("silver data: parsing with the teachers", flush=True)
        for name, value in silver.write_silver(
            [spacy.load(t) for t in teachers], corpora, silver_dir, exclude=exclude
        ).items():
            print(f"  {name}: {value}", flush=True)
    student_data = _prepared(corpora, work / "data-student", silver=silver_dir, lexicon=data / prep.LEXICON_VECTORS)
    best = work / "student" / "model-best"
    if not (work / "student" / DONE).exists():
        overrides = {"system.seed": STUDENT_SEED, **({"training.max_steps": max_steps} if max_steps else {})}
        if init_tok2vec:
            overrides["paths.init_tok2vec"] = str(init_tok2vec)
        train.train(student_data, work / "student", overrides, vectors)
        (work / "student" / DONE).touch()
    train.finalize(best, model_dir, corpora)
    print(f"self-training done in {(time.time() - start) / 60:.0f} min; model saved to {model_dir}")
    return model_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpora", type=Path, default=Path("../shared/corpora"))
    ap.add_argument("--data", type=Path, default=Path("training-data"), help="the gold data prepared by prepare.py")
    ap.add_argument("--work", type=Path, default=Path("training-output"), help="teachers, silver data, student")
    ap.add_argument("--model-dir", type=Path, default=Path("models/sv_news_nlp"))
    ap.add_argument("--jobs", type=int, default=2, help="teachers trained at once")
    ap.add_argument(
        "--vectors", type=Path, default=None, help="a vectors table from recipe.vectors (default: gazetteer features)"
    )
    ap.add_argument("--init-tok2vec", type=Path, default=None, help="pretrained tok2vec weights (make pretrain)")
    raw_text.add_exclude_option(ap)
    ap.add_argument(
        "--max-steps", type=int, default=None, help="stop each training after N steps (make train passes TRAIN_STEPS)"
    )
    args = ap.parse_args(argv)
    try:
        prep.check_corpora(args.corpora, [*RAW_TEXTS, *raw_text.ARCHIVES.values()])
        exclude = raw_text.exclusions(args)
        selftrain(
            args.corpora,
            args.data,
            args.work,
            args.model_dir,
            args.jobs,
            args.max_steps,
            args.vectors,
            exclude,
            args.init_tok2vec,
        )
    except (prep.MissingCorpora, StaleWork) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
