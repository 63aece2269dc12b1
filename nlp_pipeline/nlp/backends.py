"""Model specs: which pipeline ``--model`` / ``model=`` names, how to load it, what is installed.

A spec is one of

* ``bundled`` (the default): the project's model in ``models/sv_news_nlp``;
* a path to a spaCy pipeline folder (one with a ``config.cfg``);
* the name of an installed spaCy pipeline package, e.g. ``sv_core_news_lg``;
* ``stanza`` or ``stanza:PATH``: stanza's Swedish models run through spacy-stanza
  (``pip install 'nlp-pipeline[stanza]'``); resources from ``PATH``, else from
  ``$STANZA_RESOURCES_DIR``, else ``~/stanza_resources``;
* ``stanza:bundled``: the project's own small stanza pipeline in ``models/sv_news_stanza``
  (a stanza resources folder, trained by ``make train-stanza``).

:func:`resolve` checks a spec without loading anything heavy (fails fast with
:class:`ModelNotFound` and a message saying what to do); :func:`load_pipeline`
loads it; ``nlp_pipeline.pipeline.load`` adds the project's entity and quote
components. Non-bundled spaCy pipelines keep their own tokenizer; the project's
``swedish_paragraph_breaks`` is put before their parser. Their entity labels are
mapped in ``nlp_pipeline/nlp/labels.py``.

:func:`available_models` lists what is installed; :func:`download` fetches a spaCy
package or the stanza resources, failing within seconds when there is no network.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.metadata
import importlib.util
import json
import os
import re
import socket
import subprocess
import sys
import threading
import warnings
from pathlib import Path
from urllib.parse import urlparse

BUNDLED_NAME = "sv_news_nlp"
BUNDLED_STANZA_NAME = "sv_news_stanza"
STANZA_PROCESSORS = "tokenize,pos,lemma,depparse,ner"
STANZA_INSTALL = (
    "the stanza backend needs `pip install 'nlp-pipeline[stanza]'` and Swedish stanza resources "
    "(`nlp-pipeline models download stanza`)"
)
_PACKAGE_NAME = re.compile(r"^[A-Za-z_][\w.\-]*$")


class ModelNotFound(RuntimeError):
    """The model spec names nothing that can be loaded here; the message says what to do."""


class DownloadError(RuntimeError):
    """A download could not be done (no network, missing dependency, failed installer)."""


@dataclasses.dataclass(frozen=True)
class ResolvedModel:
    spec: str
    kind: str  # "bundled" | "path" | "package" | "stanza"
    name: str
    path: Path | None  # pipeline folder, package folder, or stanza resources folder

    @property
    def key(self) -> str:
        """Identifies the pipeline across specs that name the same one (for caches)."""
        where = str(self.path.resolve()) if self.path is not None else self.name
        return f"{self.kind}:{where}"


@dataclasses.dataclass(frozen=True)
class ModelInfo:
    name: str  # what to pass to --model
    kind: str  # "bundled" | "spacy package" | "stanza"
    version: str
    path: str
    status: str
    ready: bool


# ------------------------------------------------------------------ resolving


def bundled_model_path() -> Path:
    """Where the bundled model lives: ``models/`` beside the package (source checkout)."""
    return Path(__file__).resolve().parents[2] / "models" / BUNDLED_NAME


def bundled_stanza_path() -> Path:
    """The project's own stanza pipeline (``--model stanza:bundled``)."""
    return Path(__file__).resolve().parents[2] / "models" / BUNDLED_STANZA_NAME


def _looks_like_path(spec: str) -> bool:
    return "/" in spec or os.sep in spec or spec.startswith((".", "~")) or not _PACKAGE_NAME.match(spec)


def resolve(model: str | os.PathLike = "bundled") -> ResolvedModel:
    """What ``model`` names; raises :class:`ModelNotFound` (with what to do) when it names nothing usable."""
    spec = str(model).strip()
    if spec == "bundled":
        path = bundled_model_path()
        if not (path / "config.cfg").exists():
            raise ModelNotFound(
                f"No spaCy pipeline at {path}. The bundled model ships in models/{BUNDLED_NAME}; "
                "rebuild it with `make train` or pass a pipeline directory."
            )
        return ResolvedModel(spec, "bundled", BUNDLED_NAME, path)
    if spec == "stanza" or spec.startswith("stanza:"):
        return _resolve_stanza(spec, spec[len("stanza:") :] or None)
    path = Path(spec).expanduser()
    if path.exists() or _looks_like_path(spec):
        if not (path / "config.cfg").exists():
            raise ModelNotFound(
                f"No spaCy pipeline at {path} (a pipeline folder has a config.cfg). "
                f"Models available here: {_available_names()}."
            )
        return ResolvedModel(spec, "path", path.name, path)
    if _is_spacy_package(spec):
        return ResolvedModel(spec, "package", spec, _package_dir(spec))
    if _is_distribution(spec):
        raise ModelNotFound(
            f"{spec!r} is an installed Python package but not a spaCy pipeline. "
            f"Models available here: {_available_names()}."
        )
    raise ModelNotFound(
        f"Unknown model {spec!r}: not a pipeline folder, an installed spaCy package or stanza. "
        f"Models available here: {_available_names()}. A spaCy package (e.g. sv_core_news_sm) can be "
        f"installed with `nlp-pipeline models download {spec}` (needs internet); `nlp-pipeline models` "
        "lists what is installed."
    )


def _resolve_stanza(spec: str, path: str | None) -> ResolvedModel:
    missing = missing_stanza_packages()
    directory = bundled_stanza_path() if path == "bundled" else stanza_resources_dir(path)
    problems = []
    if missing:
        problems.append(f"{STANZA_INSTALL}; not installed: {', '.join(missing)}")
    if not stanza_resources_found(directory):
        problems.append(
            f"no Swedish stanza resources at {directory} (looked for {directory / 'resources.json'} and "
            f"{directory / 'sv'}/): run `nlp-pipeline models download stanza` (needs internet), or copy a "
            "stanza_resources folder here and pass --model stanza:PATH"
        )
    if problems:
        raise ModelNotFound("Cannot use stanza: " + "; ".join(problems) + ".")
    return ResolvedModel(spec, "stanza", "stanza:bundled" if path == "bundled" else "stanza", directory)


def _is_distribution(name: str) -> bool:
    try:
        importlib.metadata.distribution(name)
        return True
    except importlib.metadata.PackageNotFoundError:
        return False
    except Exception:
        return False


def _spacy_package_names() -> list[str]:
    """Installed spaCy pipeline packages (they register a ``spacy_models`` entry point)."""
    return sorted({ep.name for ep in importlib.metadata.entry_points(group="spacy_models")})


def _is_spacy_package(name: str) -> bool:
    if name in _spacy_package_names():
        return True
    if not _is_distribution(name):
        return False
    directory = _package_dir(name)  # an older package without the entry point: has a meta.json
    return directory is not None and (directory / "meta.json").exists()


def _package_dir(name: str) -> Path | None:
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(list(spec.submodule_search_locations)[0])


def _available_names() -> str:
    names = []
    if (bundled_model_path() / "config.cfg").exists():
        names.append("bundled")
    names += _spacy_package_names()
    if not missing_stanza_packages():
        names += [
            name
            for name, folder in (("stanza", stanza_resources_dir()), ("stanza:bundled", bundled_stanza_path()))
            if stanza_resources_found(folder)
        ]
    return ", ".join(names) if names else "none"


# ------------------------------------------------------------------ stanza


def missing_stanza_packages() -> list[str]:
    return [m for m in ("stanza", "spacy_stanza") if importlib.util.find_spec(m) is None]


def stanza_resources_dir(path: str | os.PathLike | None = None) -> Path:
    """The stanza resources folder: ``path`` (the folder holding ``resources.json``, or its ``sv/``),
    else ``$STANZA_RESOURCES_DIR``, else ``~/stanza_resources`` (stanza's own default)."""
    if path:
        p = Path(path).expanduser()
        if p.name == "sv" and not (p / "sv").is_dir() and (p.parent / "resources.json").exists():
            return p.parent
        return p
    return Path(os.environ.get("STANZA_RESOURCES_DIR") or Path.home() / "stanza_resources").expanduser()


def stanza_resources_found(directory: Path) -> bool:
    return (directory / "resources.json").is_file() and (directory / "sv").is_dir()


def stanza_processors(directory: Path) -> list[str]:
    """The Swedish processors found in the resources folder (``sv/<processor>/``)."""
    sv = directory / "sv"
    if not sv.is_dir():
        return []
    return sorted(p.name for p in sv.iterdir() if p.is_dir() and any(p.iterdir()))


# ------------------------------------------------------------------ loading


def load_pipeline(resolved: ResolvedModel, *, disable: list[str] | None = None):
    """The bare pipeline (without the project's entity and quote components)."""
    import spacy

    from . import entity_edges, paragraphs, tokenizer  # noqa: F401  (register the bundled model's factories and callbacks)
    from .matmul import use_matmul

    if resolved.kind == "stanza":
        return _load_stanza(resolved.path)
    nlp = spacy.load(resolved.path if resolved.kind in ("bundled", "path") else resolved.name, disable=disable or [])
    if resolved.kind != "bundled" and "parser" in nlp.pipe_names and "swedish_paragraph_breaks" not in nlp.pipe_names:
        nlp.add_pipe("swedish_paragraph_breaks", before="parser")  # headlines, bylines and dash quotes stand alone
    use_matmul(nlp)
    return nlp


def _load_stanza(directory: Path | None):
    try:
        import spacy_stanza
    except ImportError as exc:
        raise ModelNotFound(f"Cannot use stanza: {STANZA_INSTALL} ({exc}).") from exc
    try:
        with _stanza_model_files():
            nlp = spacy_stanza.load_pipeline(
                "sv",
                dir=str(directory),
                processors=STANZA_PROCESSORS,
                download_method=None,
                logging_level="WARN",
                use_gpu=False,
            )
    except Exception as exc:  # a processor's model file missing, a resources.json of another stanza version
        raise ModelNotFound(
            f"Cannot load stanza's Swedish pipeline ({STANZA_PROCESSORS}) from {directory}: "
            f"{type(exc).__name__}: {exc}. Download the resources with `nlp-pipeline models download stanza`."
        ) from exc
    import stanza

    nlp.meta.update(
        name="stanza",
        version=stanza.__version__,
        description=f"stanza {STANZA_PROCESSORS} from {directory}, through spacy-stanza",
    )
    return nlp


@contextlib.contextmanager
def _stanza_model_files():
    """Let stanza < 1.10 (the version spacy-stanza allows) read its model files under torch >= 2.6.

    Those stanza versions call ``torch.load`` without ``weights_only`` on files that hold numpy
    arrays, which torch's default weights-only mode refuses. While the pipeline loads (and only
    then) torch's full unpickler is allowed: load stanza resources only from folders you trust.
    """
    key = "TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD"
    before = os.environ.get(key)
    os.environ[key] = "1"
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", message=".*TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD.*")
            warnings.filterwarnings("ignore", message=".*weights_only.*")
            yield
    finally:
        if before is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = before


# ------------------------------------------------------------------ listing


def _meta_version(directory: Path) -> str:
    try:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    return f"{meta.get('lang', '')}_{meta.get('name', '')} {meta.get('version', '')}".strip()


def package_version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def _stanza_info(name: str, directory: Path, get: str) -> ModelInfo:
    missing = missing_stanza_packages()
    found = stanza_resources_found(directory)
    versions = [f"{dist} {version}" for dist in ("stanza", "spacy-stanza") if (version := package_version(dist))]
    if missing:
        status = "needs `pip install 'nlp-pipeline[stanza]'`"
        status += "" if found else f" and `{get}`"
    elif not found:
        status = f"no Swedish resources: `{get}`"
    else:
        status = "ready"
    if found:
        status += f" (sv: {', '.join(stanza_processors(directory)) or 'no processors'})"
    return ModelInfo(
        name, "stanza", ", ".join(versions) or "not installed", str(directory), status, not missing and found
    )


def available_models() -> list[ModelInfo]:
    """The bundled model, installed spaCy packages and the stanza backend, with versions and status."""
    out = []
    bundled = bundled_model_path()
    if (bundled / "config.cfg").exists():
        out.append(ModelInfo("bundled", "bundled", _meta_version(bundled), str(bundled), "ready", True))
    else:
        out.append(ModelInfo("bundled", "bundled", "", str(bundled), "missing: rebuild with `make train`", False))
    for name in _spacy_package_names():
        directory = _package_dir(name)
        out.append(
            ModelInfo(
                name,
                "spacy package",
                package_version(name) or package_version(name.replace("_", "-")) or "",
                str(directory or ""),
                "ready",
                True,
            )
        )
    out.append(_stanza_info("stanza", stanza_resources_dir(), "nlp-pipeline models download stanza"))
    out.append(_stanza_info("stanza:bundled", bundled_stanza_path(), "make train-stanza"))
    return out


# ------------------------------------------------------------------ downloading

SPACY_HOSTS = ("raw.githubusercontent.com", "github.com")  # compatibility table, then the release wheel
STANZA_HOSTS = ("raw.githubusercontent.com", "huggingface.co")  # resources.json, then the model files


def _proxy_for(host: str) -> tuple[str, int] | None:
    if any(
        h and (host == h or host.endswith("." + h.lstrip(".")))
        for h in (os.environ.get("NO_PROXY") or os.environ.get("no_proxy") or "").split(",")
    ):
        return None
    url = (
        os.environ.get("HTTPS_PROXY")
        or os.environ.get("https_proxy")
        or os.environ.get("ALL_PROXY")
        or os.environ.get("all_proxy")
    )
    if not url:
        return None
    parsed = urlparse(url if "://" in url else f"http://{url}")
    return (parsed.hostname, parsed.port or 80) if parsed.hostname else None


def check_network(hosts: tuple[str, ...] = SPACY_HOSTS, timeout: float = 3.0) -> str | None:
    """``None`` when every host answers on port 443 (or through the HTTPS proxy), else why not.

    The lookups run in a thread joined with a deadline: a hanging DNS resolver cannot stall the caller.
    """
    problems: list[str] = []

    def probe() -> None:
        for host in hosts:
            address = _proxy_for(host) or (host, 443)
            try:
                socket.create_connection(address, timeout=timeout).close()
            except OSError as exc:
                problems.append(f"cannot reach {address[0]}:{address[1]} ({exc})")
                return

    worker = threading.Thread(target=probe, daemon=True)
    worker.start()
    worker.join(timeout * len(hosts) + 1.0)
    if worker.is_alive():
        return f"no answer from {', '.join(hosts)} within {timeout * len(hosts) + 1:.0f} s"
    return problems[0] if problems else None


def offline_help(name: str) -> str:
    if name == "stanza":
        return (
            "On a machine with internet, run `python -c \"import stanza; stanza.download('sv', "
            f"processors='{STANZA_PROCESSORS}')\"`, copy its ~/stanza_resources folder here and pass "
            "--model stanza:PATH (or set STANZA_RESOURCES_DIR)."
        )
    return (
        f"Install {name} with pip from a wheel fetched on a machine with internet "
        f"(https://github.com/explosion/spacy-models/releases, then `pip install {name}-…whl`), "
        "or copy a spaCy pipeline folder here and pass --model PATH."
    )


def download(
    name: str, *, timeout: float = 1800.0, check_timeout: float = 3.0, resources_dir: str | os.PathLike | None = None
) -> str:
    """Download a spaCy pipeline package (``sv_core_news_sm``, ...) or stanza's Swedish resources.

    Checks the network first (a few seconds at most) and runs the installer in a subprocess with
    ``timeout``, so it never hangs. Returns a line saying what was installed; raises
    :class:`DownloadError` with what to do otherwise and ``ValueError`` for a name that cannot be downloaded.
    """
    if name == "bundled":
        raise ValueError("the bundled model ships with the project in models/ (rebuild it with `make train`)")
    if name == "stanza":
        return _download_stanza(timeout=timeout, check_timeout=check_timeout, resources_dir=resources_dir)
    if not re.fullmatch(r"[a-z]{2,3}_[a-z0-9_]+", name):
        raise ValueError(f"{name!r} is not a spaCy pipeline package name (like sv_core_news_sm) or stanza")
    problem = check_network(SPACY_HOSTS, check_timeout)
    if problem:
        raise DownloadError(
            f"No network: {problem}. `nlp-pipeline models download` needs internet. " + offline_help(name)
        )
    env = {**os.environ, "PIP_DEFAULT_TIMEOUT": "15", "PIP_RETRIES": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    _run([sys.executable, "-m", "spacy", "download", name], env, timeout, name)
    return f"installed {name}; use it with --model {name}"


def _download_stanza(*, timeout: float, check_timeout: float, resources_dir) -> str:
    missing = missing_stanza_packages()
    if missing:
        raise DownloadError(
            f"Cannot download stanza resources: {', '.join(missing)} not installed. Install them "
            "first with `pip install 'nlp-pipeline[stanza]'` (needs internet). " + offline_help("stanza")
        )
    directory = stanza_resources_dir(resources_dir)
    problem = check_network(STANZA_HOSTS, check_timeout)
    if problem:
        raise DownloadError(
            f"No network: {problem}. `nlp-pipeline models download stanza` needs internet. " + offline_help("stanza")
        )
    code = "import sys, stanza; stanza.download('sv', model_dir=sys.argv[1], processors=sys.argv[2])"
    _run([sys.executable, "-c", code, str(directory), STANZA_PROCESSORS], dict(os.environ), timeout, "stanza")
    spec = "stanza" if directory == stanza_resources_dir() else f"stanza:{directory}"
    return f"downloaded stanza's Swedish resources to {directory}; use them with --model {spec}"


def _run(cmd: list[str], env: dict[str, str], timeout: float, name: str) -> None:
    # its own process group, so that a timeout also stops the pip it starts
    proc = subprocess.Popen(cmd, env=env, stdin=subprocess.DEVNULL, start_new_session=True)
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired as exc:
        _kill_group(proc)
        raise DownloadError(
            f"Downloading {name} took longer than {timeout:.0f} s and was stopped. " + offline_help(name)
        ) from exc
    except BaseException:  # Ctrl-C
        _kill_group(proc)
        raise
    if code != 0:
        raise DownloadError(
            f"Downloading {name} failed (`{' '.join(cmd[1:4])} …` exited with {code}). " + offline_help(name)
        )


def _kill_group(proc: subprocess.Popen) -> None:
    import signal

    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError, AttributeError):
        proc.kill()
    proc.wait()
