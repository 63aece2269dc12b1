"""Train the project's small stanza Swedish pipeline: ``python -m recipe.stanza_train``.

Runs stanza's own trainers (``stanza.models.tokenizer``, ``tagger``, ``lemmatizer``,
``parser``, ``ner_tagger``) on the data written by :mod:`stanza_data` and lays the
results out as a stanza resources folder, so that ``--model stanza:models/sv_news_stanza``
loads it like any downloaded stanza model::

    models/sv_news_stanza/resources.json
    models/sv_news_stanza/sv/{tokenize,pos,lemma,depparse,ner,pretrain}/news.pt

The network sizes are smaller than stanza's defaults so that the whole model stays
well under 40 MB and trains in about an hour on two CPU cores; ``STEPS`` holds the
training length of each part (``--scale`` multiplies them, e.g. ``--scale 0.02`` for a
smoke test).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

from . import child_env

PACKAGE = "news"
PROCESSORS = ("tokenize", "pos", "lemma", "depparse", "ner")
STEPS = {"tokenize": 6000, "pos": 4000, "lemma": 8, "depparse": 4000, "ner": 5000}  # lemma: epochs
# Two lanes of one thread each, about the same length, for two cores.
LANES = (("tokenize", "pos", "lemma"), ("depparse", "ner"))


def _args(data: Path, work: Path, part: str, steps: int) -> list[str]:
    ud, pretrain = data / "ud", work / "pretrain.pt"
    common = ["--shorthand", "sv_news", "--save_dir", str(work), "--save_name", f"{part}.pt"]
    if part in ("tokenize", "pos", "depparse"):
        common += ["--lang", "sv"]
    tagged = [
        "--train_file",
        str(ud / "train.conllu"),
        "--eval_file",
        str(ud / "dev.conllu"),
        "--output_file",
        str(work / f"{part}-dev.conllu"),
    ]
    if part != "pos":
        tagged += ["--gold_file", str(ud / "dev.conllu")]
    if part == "tokenize":
        tok = data / "tokenize"
        return [
            "stanza.models.tokenizer",
            "--mode",
            "train",
            *common,
            "--no_use_mwt",
            "--txt_file",
            str(tok / "train.txt"),
            "--label_file",
            str(tok / "train.toklabels"),
            "--dev_txt_file",
            str(tok / "dev.txt"),
            "--dev_label_file",
            str(tok / "dev.toklabels"),
            "--dev_conll_gold",
            str(ud / "dev.conllu"),
            "--conll_file",
            str(work / "tokenize-dev.conllu"),
            "--steps",
            str(steps),
            "--eval_steps",
            "500",
            "--max_steps_before_stop",
            "3000",
        ]
    if part == "pos":
        return [
            "stanza.models.tagger",
            "--mode",
            "train",
            *common,
            *tagged,
            "--wordvec_pretrain_file",
            str(pretrain),
            "--hidden_dim",
            "100",
            "--char_hidden_dim",
            "64",
            "--deep_biaff_hidden_dim",
            "100",
            "--composite_deep_biaff_hidden_dim",
            "50",
            "--word_emb_dim",
            "50",
            "--batch_size",
            "1000",
            "--max_steps",
            str(steps),
            "--eval_interval",
            "250",
            "--max_steps_before_stop",
            "1000",
        ]
    if part == "lemma":
        return [
            "stanza.models.lemmatizer",
            "--mode",
            "train",
            *common,
            *tagged,
            "--hidden_dim",
            "100",
            "--num_epoch",
            str(steps),
            "--decay_epoch",
            str(max(1, steps - 3)),
        ]
    if part == "depparse":
        return [
            "stanza.models.parser",
            "--mode",
            "train",
            *common,
            *tagged,
            "--wordvec_pretrain_file",
            str(pretrain),
            "--hidden_dim",
            "150",
            "--char_hidden_dim",
            "64",
            "--deep_biaff_hidden_dim",
            "150",
            "--word_emb_dim",
            "50",
            "--num_layers",
            "2",
            "--batch_size",
            "1000",
            "--max_steps",
            str(steps),
            "--eval_interval",
            "250",
            "--max_steps_before_stop",
            "1000",
        ]
    if part == "ner":
        ner = data / "ner"
        return [
            "stanza.models.ner_tagger",
            "--mode",
            "train",
            *common,
            "--wordvec_pretrain_file",
            str(pretrain),
            "--train_file",
            str(ner / "train.json"),
            "--eval_file",
            str(ner / "dev.json"),
            "--hidden_dim",
            "150",
            "--char_hidden_dim",
            "64",
            "--emb_finetune_known_only",
            "--max_steps",
            str(steps),
            "--eval_interval",
            "500",
        ]
    raise ValueError(part)


def make_pretrain(data: Path, work: Path) -> Path:
    """stanza's ``pretrain.pt`` from the recipe's word2vec vectors."""
    from stanza.models.common.pretrain import Pretrain

    path = work / "pretrain.pt"
    if path.exists():
        path.unlink()
    Pretrain(str(path), str(data / "vectors.txt"), max_vocab=-1).load()
    return path


def train_part(data: Path, work: Path, part: str, steps: int, log: Path) -> float:
    env = child_env(OMP_NUM_THREADS="1", MKL_NUM_THREADS="1")
    start = time.time()
    with open(log, "w", encoding="utf-8") as fh:
        code = subprocess.call(
            [sys.executable, "-m", "recipe.stanza_shim", *_args(data, work, part, steps)],
            stdout=fh,
            stderr=subprocess.STDOUT,
            env=env,
        )
    if code != 0 or not (work / f"{part}.pt").exists():
        tail = "".join(log.read_text(encoding="utf-8", errors="replace").splitlines(True)[-15:])
        raise RuntimeError(f"stanza {part} training failed (exit {code}); last lines of {log}:\n{tail}")
    return time.time() - start


def train_lanes(data: Path, work: Path, lanes: list[list[str]], scale: float) -> dict[str, float]:
    """Train the parts lane by lane, the lanes side by side; raises the first failure."""
    from concurrent.futures import ThreadPoolExecutor

    times: dict[str, float] = {}

    def run(lane: list[str]) -> None:
        for part in lane:
            steps = max(1, round(STEPS[part] * scale))
            print(f"training stanza {part} ({steps} {'epochs' if part == 'lemma' else 'steps'})", flush=True)
            times[part] = train_part(data, work, part, steps, work / f"{part}.log")
            print(f"  {part}: {times[part]:.0f} s", flush=True)

    with ThreadPoolExecutor(len(lanes)) as pool:
        for future in [pool.submit(run, lane) for lane in lanes if lane]:
            future.result()
    return times


def resources_json() -> dict:
    uses_pretrain = {"dependencies": [{"model": "pretrain", "package": PACKAGE}]}
    packages = {p: PACKAGE for p in PROCESSORS}
    sv = {
        "lang_name": "Swedish",
        "default_processors": packages,
        "packages": {"default": packages, PACKAGE: packages},
        "pretrain": {PACKAGE: {}},
    }
    for part in PROCESSORS:
        sv[part] = {PACKAGE: uses_pretrain if part in ("pos", "depparse", "ner") else {}}
    return {"sv": sv}


def install(work: Path, model_dir: Path) -> Path:
    """Copy the trained files into a stanza resources folder at ``model_dir``."""
    if model_dir.exists():
        shutil.rmtree(model_dir)
    for part in PROCESSORS + ("pretrain",):
        target = model_dir / "sv" / part / f"{PACKAGE}.pt"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(work / f"{part}.pt", target)
    (model_dir / "resources.json").write_text(json.dumps(resources_json(), indent=1) + "\n", encoding="utf-8")
    return model_dir


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--data", type=Path, default=Path("training-data/stanza"))
    ap.add_argument("--work", type=Path, default=Path("training-output/stanza"))
    ap.add_argument("--model-dir", type=Path, default=Path("models/sv_news_stanza"))
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every part's training length")
    ap.add_argument("--parts", default=",".join(PROCESSORS), help="train only these (the others must be in --work)")
    args = ap.parse_args(argv)
    if not (args.data / "vectors.txt").exists():
        print(f"error: {args.data}/vectors.txt is missing; run `make stanza-data` first", file=sys.stderr)
        return 2
    args.work.mkdir(parents=True, exist_ok=True)
    make_pretrain(args.data, args.work)
    wanted = args.parts.split(",")
    start = time.time()
    times = train_lanes(args.data, args.work, [[p for p in lane if p in wanted] for lane in LANES], args.scale)
    install(args.work, args.model_dir)
    with open(args.data / "vectors.txt", encoding="utf-8") as fh:
        n_vectors = int(fh.readline().split()[0])
    record_path = args.work / "training.json"  # parts trained earlier (--parts) keep their times
    seconds = json.loads(record_path.read_text())["seconds"] if record_path.exists() else {}
    seconds.update(times)
    record = {
        "seconds": seconds,
        "wall_seconds": max(sum(seconds.get(p, 0) for p in lane) for lane in LANES),
        "steps": STEPS,
        "scale": args.scale,
        "vectors": n_vectors,
    }
    record_path.write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")
    shutil.copyfile(record_path, args.model_dir / "training.json")
    size = sum(f.stat().st_size for f in args.model_dir.rglob("*") if f.is_file()) / 1e6
    print(f"trained in {time.time() - start:.0f} s (wall; two lanes); {size:.1f} MB saved to {args.model_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
