"""``nlp-pipeline``: a thin Typer shell over the Python API.

Every command calls a public function (``analyze``, ``Result.write``,
``open_result``, ``info``, ``evaluate_ner``, ``nlp_pipeline.evaluate.quotes``)
and only formats its result. Exit codes: 0 success, 1 when any document
failed (everything else is still written), 2 for usage errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from .. import __version__

app = typer.Typer(
    name="nlp-pipeline",
    help="Swedish press-text analysis: entities, people, organisations and who said what, as tables.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
evaluate_app = typer.Typer(help="Score the pipeline against gold data.", rich_markup_mode="rich", no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")
models_app = typer.Typer(
    help="List the models available here (bundled, spaCy packages, stanza); download more.",
    rich_markup_mode="rich",
    invoke_without_command=True,
)
app.add_typer(models_app, name="models")

console = Console()
err_console = Console(stderr=True)

INPUT_FORMATS = ["txt", "html", "jsonl", "csv", "tsv", "parquet", "warc"]
OUTPUT_FORMATS = ["parquet", "csv", "jsonl", "xlsx"]

# Options shared by the commands that process text, defined once.
ModelOpt = Annotated[
    str,
    typer.Option(
        "--model",
        "-m",
        help="[bold]bundled[/bold], a spaCy pipeline folder, an installed spaCy package "
        "(sv_core_news_lg), [bold]stanza[/bold] / stanza:PATH, or stanza:bundled (the project's stanza model); see "
        "[bold]nlp-pipeline models[/bold].",
    ),
]
InputFormatOpt = Annotated[
    str | None,
    typer.Option("--input-format", "-f", help=f"Override detection by extension: {', '.join(INPUT_FORMATS)}."),
]
TextFieldOpt = Annotated[
    str, typer.Option("--text-field", help="Field/column holding the text (JSONL, CSV, TSV, Parquet).")
]
IdFieldOpt = Annotated[
    str | None,
    typer.Option("--id-field", help="Field/column holding the document id (default: doc_id or id when present)."),
]
LimitOpt = Annotated[int, typer.Option("--limit", "-n", help="Rows to show.")]


def _version(value: bool) -> None:
    if value:
        console.print(f"nlp-pipeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Swedish press-text analysis: entities, people, organisations and who said what, as tables."""


def _check_choice(value: str | None, choices: list[str], option: str) -> None:
    if value is not None and value not in choices:
        raise typer.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=option)


def _inputs(items: list[str]) -> list:
    from ..io import missing_inputs

    missing = missing_inputs(items)
    if missing:
        raise typer.BadParameter(f"no such file, folder or matching glob: {', '.join(missing)}", param_hint="INPUT")
    return ["-" if item == "-" else Path(item) for item in items]


def _nlp(model: str):
    from .. import pipeline

    try:
        return pipeline.get_nlp(model)
    except pipeline.ModelNotFound as exc:
        raise typer.BadParameter(str(exc), param_hint="--model") from exc


def _analyze(inputs: list, model: str, *, keep_docs: bool = False, progress=None, **kwargs):
    from ..api import analyze

    return analyze(inputs, nlp=_nlp(model), keep_docs=keep_docs, progress=progress, **kwargs)


def _report_errors(result) -> None:
    from .run import print_errors

    print_errors(result.errors, err_console)


@app.command(epilog="[bold]Example[/bold]: nlp-pipeline run corpora/sample archive/*.jsonl.gz --out out/ --format csv")
def run(
    inputs: Annotated[
        list[str],
        typer.Argument(help="Files, folders (recursive), globs, or [bold]-[/bold] for stdin.", show_default=False),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder to write the tables to.")],
    format: Annotated[str, typer.Option("--format", help=f"Table format: {', '.join(OUTPUT_FORMATS)}.")] = "parquet",
    input_format: InputFormatOpt = None,
    text_field: TextFieldOpt = "text",
    id_field: IdFieldOpt = None,
    model: ModelOpt = "bundled",
    overwrite: Annotated[
        bool, typer.Option("--overwrite", help="Replace tables (and an interrupted run) already in --out.")
    ] = False,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per nlp.pipe batch (and per part file).")
    ] = 32,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or summary.")] = False,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            "-w",
            min=1,
            help="Worker processes, each loading the model once (default: the number of cores; "
            "one in-process worker for small inputs).",
            show_default=False,
        ),
    ] = None,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run in --out (after a crash, kill or Ctrl-C).")
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine", help="[bold]local[/bold] (processes on this machine) or [bold]dask[/bold] (a Dask cluster)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Dask scheduler address, tcp://HOST:PORT (default with --engine dask: a LocalCluster)."
        ),
    ] = None,
    max_chars: Annotated[
        int,
        typer.Option(
            "--max-chars", min=1000, help="Longer documents are processed in pieces cut at paragraph boundaries."
        ),
    ] = 100_000,
    keep_parts: Annotated[
        bool, typer.Option("--keep-parts", help="Keep DIR/parts/ after the tables are written.")
    ] = False,
) -> None:
    """Analyse articles and write the tables [bold]documents, entities, quotes, people, organisations, errors[/bold].

    Streams the inputs through the pipeline in batches, writes each batch as a part file in
    [bold]OUT/parts/[/bold] (atomic, resumable with [bold]--resume[/bold]) and consolidates them into the tables.

    Ctrl-C or SIGTERM stops it cleanly: what is done is written and kept for [bold]--resume[/bold] (exit 130 / 143).

    Progress: a bar in a terminal; in a log or a pipe, a line every 30 s ([bold]NLP_PIPELINE_PROGRESS_SECONDS[/bold]).
    """
    from ..engine import ENGINES
    from ..pipeline import check_model
    from ..tables import TABLES
    from ..writers import table_path
    from .run import run_command

    _check_choice(format, OUTPUT_FORMATS, "--format")
    _check_choice(input_format, INPUT_FORMATS, "--input-format")
    _check_choice(engine, ENGINES, "--engine")
    paths = _inputs(inputs)
    if not overwrite and not resume:
        existing = [p for p in (table_path(out, t, format) for t in TABLES) if p.exists()]
        if existing:
            raise typer.BadParameter(
                f"{existing[0]} exists; use --overwrite to replace it (or --resume to continue an interrupted run)",
                param_hint="--out",
            )
    try:
        check_model(model)  # fail early (exit 2) on a bad --model
    except Exception as exc:
        raise typer.BadParameter(str(exc), param_hint="--model") from exc
    options = dict(
        model=model,
        engine=engine,
        workers=workers,
        scheduler=scheduler,
        batch_size=batch_size,
        max_chars=max_chars,
        format=format,
        input_format=input_format,
        text_field=text_field,
        id_field=id_field,
        resume=resume,
        overwrite=overwrite,
        keep_parts=keep_parts,
    )
    code = run_command(paths, out, options, quiet=quiet, console=console, err_console=err_console)
    if code:
        raise typer.Exit(code=code)


@app.command(
    epilog="[bold]Example[/bold]: nlp-pipeline quotes corpora/sample/botkyrka-pitea.txt  ·  "
    "pbpaste | nlp-pipeline quotes -"
)
def quotes(
    file: Annotated[str, typer.Argument(help="An article file (any input format) or [bold]-[/bold] for stdin.")],
    model: ModelOpt = "bundled",
    input_format: InputFormatOpt = None,
    text_field: TextFieldOpt = "text",
    article: Annotated[
        bool, typer.Option("--article/--no-article", help="Also print the article with quotes coloured by speaker.")
    ] = True,
) -> None:
    """Print who said what in one article: speaker, quote, cue (and the article, quotes highlighted)."""
    _check_choice(input_format, INPUT_FORMATS, "--input-format")
    result = _analyze(_inputs([file]), model, input_format=input_format, text_field=text_field)
    if article:
        _print_articles(result)
    table = Table(show_header=True, header_style="bold", show_lines=True)
    for col in ("#", "speaker", "quote", "cue"):
        table.add_column(col, overflow="fold")
    for n, q in enumerate(result.quotes.itertuples(index=False), start=1):
        speaker = _s(q.speaker) or "[dim]?[/dim]"
        table.add_row(str(n), Text(_s(q.speaker)) if _s(q.speaker) else speaker, Text(_s(q.text)), Text(_s(q.cue)))
    console.print(table)
    console.print(f"{len(result.quotes)} quotes in {len(result.documents)} document(s).")
    _report_errors(result)
    if result.n_failed:
        raise typer.Exit(code=1)


def _print_articles(result) -> None:
    """Each document's text with quotes coloured by speaker and entities underlined."""
    from ..report.terminal import render_article

    for d in result.documents[result.documents["status"] == "ok"].itertuples(index=False):
        quotes = result.quotes[result.quotes["doc_id"] == d.doc_id]
        entities = result.entities[result.entities["doc_id"] == d.doc_id]
        console.print(render_article(d.text, quotes, entities, title=_s(d.title) or d.doc_id))


LABEL_STYLES = {"PER": "bold cyan", "ORG": "bold magenta", "LOC": "bold green", "MISC": "bold yellow"}


@app.command(epilog="[bold]Example[/bold]: nlp-pipeline show corpora/sample/botkyrka-pitea.txt")
def show(
    file: Annotated[str, typer.Argument(help="An article file (any input format) or [bold]-[/bold] for stdin.")],
    model: ModelOpt = "bundled",
    input_format: InputFormatOpt = None,
    text_field: TextFieldOpt = "text",
) -> None:
    """Print an article's entities and its sentences, entities highlighted."""
    _check_choice(input_format, INPUT_FORMATS, "--input-format")
    result = _analyze(_inputs([file]), model, keep_docs=True, input_format=input_format, text_field=text_field)
    for doc in result.docs or []:
        doc_id = doc.user_data.get("doc_id")
        ents = result.entities[result.entities["doc_id"] == doc_id]
        table = Table(title=f"Entities in {doc_id}", header_style="bold")
        for col in ("sentence", "text", "label", "model label", "canonical"):
            table.add_column(col)
        for e in ents.itertuples(index=False):
            table.add_row(
                str(e.sentence),
                Text(e.text),
                Text(e.label, style=LABEL_STYLES.get(e.label, "")),
                Text(_s(e.label_original)),
                Text(_s(e.canonical)),
            )
        console.print(table)
        console.print(f"[bold]Sentences in {doc_id}[/bold]")
        spans = [(int(r.start_char), int(r.end_char), r.label) for r in ents.itertuples(index=False)]
        boiler = doc.user_data.get("boilerplate", [])
        for i, sent in enumerate(doc.sents):
            text = Text(sent.text.strip())
            offset = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
            for s, e in boiler:
                if s < sent.end_char and sent.start_char < e:
                    text.stylize("dim strike", max(s - offset, 0), max(e - offset, 0))
            for s, e, label in spans:
                if sent.start_char <= s < sent.end_char:
                    text.stylize(LABEL_STYLES.get(label, "bold"), s - offset, e - offset)
            console.print(Text(f"{i:>3} ", style="dim") + text)
    _print_articles(result)
    _report_errors(result)
    if result.n_failed:
        raise typer.Exit(code=1)


def _s(value) -> str:
    from ..tables import cell_text  # imported on use: `--help` does not load pandas

    return cell_text(value)


def _open(directory: Path):
    from ..api import open_result

    try:
        return open_result(directory)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc), param_hint="DIR") from exc


def _join(values, n: int = 3, width: int | None = None) -> str:
    values = list(values) if values is not None else []
    more = f" (+{len(values) - n})" if len(values) > n else ""
    cut = [str(v) if width is None or len(str(v)) <= width else str(v)[: width - 1] + "…" for v in values[:n]]
    return "; ".join(cut) + more


@app.command(epilog="[bold]Example[/bold]: nlp-pipeline people out/ --limit 10")
def people(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A result folder written by [bold]run[/bold].")],
    limit: LimitOpt = 20,
) -> None:
    """Show the most mentioned people of a result folder."""
    df = _open(directory).people.head(limit)
    table = Table(header_style="bold")
    for col in ("name", "mentions", "docs", "quotes", "roles", "affiliations", "gender"):
        table.add_column(col, justify="right" if col in ("mentions", "docs", "quotes") else "left")
    for r in df.itertuples(index=False):
        table.add_row(
            Text(r.name),
            str(r.n_mentions),
            str(r.n_documents),
            str(r.n_quotes),
            Text(_join(r.roles, 2, 30)),
            Text(_join(r.affiliations, 2, 30)),
            _s(r.gender),
        )
    console.print(table)


@app.command(epilog="[bold]Example[/bold]: nlp-pipeline orgs out/ --limit 10")
def orgs(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A result folder written by [bold]run[/bold].")],
    limit: LimitOpt = 20,
) -> None:
    """Show the most mentioned organisations of a result folder."""
    df = _open(directory).organisations.head(limit)
    table = Table(header_style="bold")
    for col in ("name", "mentions", "docs", "quotes", "people"):
        table.add_column(col, justify="right" if col in ("mentions", "docs", "quotes") else "left")
    for r in df.itertuples(index=False):
        table.add_row(Text(r.name), str(r.n_mentions), str(r.n_documents), str(r.n_quotes), Text(_join(r.people)))
    console.print(table)


@app.command(
    epilog='[bold]Example[/bold]: nlp-pipeline query out/ "SELECT speaker, count(*) AS n FROM quotes '
    'GROUP BY speaker ORDER BY n DESC LIMIT 10"'
)
def query(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A result folder written by [bold]run[/bold].")],
    sql: Annotated[
        str,
        typer.Argument(
            metavar="SQL",
            help="A SELECT query; the tables are views named "
            "documents, entities, quotes, people, organisations, errors.",
        ),
    ],
    format: Annotated[str, typer.Option("--format", help="[bold]table[/bold] (rich) or [bold]csv[/bold].")] = "table",
) -> None:
    """Run read-only SQL (DuckDB) over the tables of a result folder."""
    from ..query import QueryError
    from ..query import query as run_query

    _check_choice(format, ["table", "csv"], "--format")
    try:
        df = run_query(directory, sql)
    except FileNotFoundError as exc:
        raise typer.BadParameter(str(exc), param_hint="DIR") from exc
    except QueryError as exc:
        raise typer.BadParameter(str(exc), param_hint="SQL") from exc
    if format == "csv":
        typer.echo(df.to_csv(index=False), nl=False)
        return
    table = Table(header_style="bold")
    for col in df.columns:
        table.add_column(str(col), overflow="fold")
    for row in df.itertuples(index=False):
        table.add_row(*(Text(_s(v)) for v in row))
    console.print(table)
    console.print(f"{len(df)} rows.")


@app.command(epilog="[bold]Example[/bold]: nlp-pipeline report out/ -o report.html")
def report(
    directory: Annotated[Path, typer.Argument(metavar="DIR", help="A result folder written by [bold]run[/bold].")],
    out: Annotated[Path, typer.Option("--out", "-o", help="HTML file to write.")] = Path("report.html"),
) -> None:
    """Write one self-contained HTML file: searchable quotes, people, articles with quotes highlighted, charts."""
    from ..report import write_report

    try:
        path = write_report(directory, out)
    except (FileNotFoundError, ValueError) as exc:
        raise typer.BadParameter(str(exc), param_hint="DIR") from exc
    console.print(f"wrote {path} ({path.stat().st_size / 1e6:.1f} MB)", highlight=False)


@app.command(epilog="[bold]Example[/bold]: nlp-pipeline info --model models/sv_news_nlp")
def info(model: ModelOpt = "bundled") -> None:
    """Show the version, the model, where it lives and its components."""
    from ..api import info as api_info

    details = api_info(model)
    table = Table(show_header=False)
    for key, value in details.items():
        table.add_row(Text(key, style="bold"), Text(_join(value, n=50) if isinstance(value, list) else str(value)))
    console.print(table)
    if details.get("error"):
        raise typer.Exit(code=1)


@models_app.callback(
    epilog="[bold]Example[/bold]: nlp-pipeline models  ·  nlp-pipeline models download sv_core_news_sm"
)
def models(ctx: typer.Context) -> None:
    """List the models --model accepts here: bundled, installed spaCy packages, stanza.

    One line each: name, kind, version, path, status.
    """
    if ctx.invoked_subcommand is not None:
        return
    from ..nlp.backends import available_models

    table = Table(header_style="bold")
    for col in ("name", "kind", "version", "path", "status"):
        table.add_column(col, overflow="fold")
    for m in available_models():
        table.add_row(
            Text(m.name, style="bold" if m.ready else "dim"),
            m.kind,
            Text(_listed_version(m)),
            Text(m.path),
            Text(m.status, style="green" if m.ready else "yellow"),
        )
    console.print(table)
    console.print("Use one with [bold]--model NAME[/bold] (or --model PATH for a pipeline folder).")


def _listed_version(m) -> str:
    """The version column: a pipeline folder's meta.json keeps spaCy's placeholders (``sv_pipeline 0.0.0``),
    so the bundled model is named by its folder, and has no version of its own but the package's."""
    from ..api import SPACY_DEFAULT_VERSION

    if m.kind != "bundled" or not m.ready:
        return m.version
    version = m.version.rpartition(" ")[2]
    if version in ("", SPACY_DEFAULT_VERSION):
        return f"{Path(m.path).name} (ships with nlp-pipeline {__version__})"
    return f"{Path(m.path).name} {version}"


@models_app.command("download", epilog="[bold]Example[/bold]: nlp-pipeline models download sv_core_news_sm")
def models_download(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME",
            help="[bold]stanza[/bold] (Swedish resources) or a spaCy pipeline "
            "package: sv_core_news_sm, sv_core_news_md, sv_core_news_lg, ...",
        ),
    ],
    timeout: Annotated[
        float, typer.Option("--timeout", min=1, help="Stop the download after this many seconds.")
    ] = 1800,
) -> None:
    """Download a spaCy pipeline package or stanza's Swedish resources (needs internet; fails at once without)."""
    from ..nlp.backends import DownloadError, download

    try:
        message = download(name, timeout=timeout)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="NAME") from exc
    except DownloadError as exc:
        err_console.print(Text("error", style="red") + Text(f": {exc}"), highlight=False)
        raise typer.Exit(code=1) from exc
    console.print(message, highlight=False)


@evaluate_app.command(
    "quotes", epilog="[bold]Example[/bold]: nlp-pipeline evaluate quotes gold.jsonl --articles articles/"
)
def evaluate_quotes(
    gold: Annotated[Path, typer.Argument(help="Gold quotes, JSONL.", exists=True, dir_okay=False)],
    articles: Annotated[
        Path, typer.Option("--articles", help="Folder of the gold articles.", exists=True, file_okay=False)
    ],
    model: ModelOpt = "bundled",
) -> None:
    """Score quote attribution against a gold set."""
    try:
        from ..evaluate.quotes import evaluate_quotes as score
        from ..evaluate.quotes import format_table
    except ImportError as exc:
        err_console.print(f"[red]error[/red]: the quote evaluator is not available ({exc})")
        raise typer.Exit(code=1) from exc
    scores = score(gold, articles, nlp=_nlp(model))
    table = format_table(scores)
    if isinstance(table, str):
        typer.echo(table)  # pre-formatted columns: no rich wrapping
    else:
        console.print(table)


@evaluate_app.command(
    "dev", epilog="[bold]Example[/bold]: nlp-pipeline evaluate dev gold.jsonl --articles articles/ --json out/dev.json"
)
def evaluate_dev(
    gold: Annotated[
        Path, typer.Argument(help="Gold quotes, people and organisations, JSONL.", exists=True, dir_okay=False)
    ],
    articles: Annotated[
        Path, typer.Option("--articles", help="Folder of the gold articles (DOC_ID.txt).", exists=True, file_okay=False)
    ],
    model: ModelOpt = "bundled",
    json_out: Annotated[
        Path | None,
        typer.Option("--json", help="Also write all scores and the error lists as JSON here.", dir_okay=False),
    ] = None,
    new_from: Annotated[
        int, typer.Option("--new-from", help="Doc ids with a numeric prefix from this on are the new articles.")
    ] = 100,
) -> None:
    """Score the dev set as users get it (quotes, speakers, people, organisations), old and new articles apart."""
    import json

    from ..evaluate.dev import evaluate_dev as score
    from ..evaluate.dev import format_dev

    scores = score(gold, articles, nlp=_nlp(model), model=model, new_from=new_from)
    typer.echo(format_dev(scores))  # pre-formatted columns: no rich wrapping
    if json_out is not None:
        json_out.parent.mkdir(parents=True, exist_ok=True)
        json_out.write_text(json.dumps(scores, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        typer.echo(f"scores and error lists written to {json_out}", err=True)


@evaluate_app.command("ner", epilog="[bold]Example[/bold]: nlp-pipeline evaluate ner training-data/test.spacy")
def evaluate_ner(
    file: Annotated[
        Path, typer.Argument(help="Gold documents as a spaCy DocBin (.spacy).", exists=True, dir_okay=False)
    ],
    model: ModelOpt = "bundled",
) -> None:
    """Score named entities (precision, recall, F per label) against a .spacy file."""
    from ..api import evaluate_ner as score

    scores = score(file, nlp=_nlp(model))
    table = Table(header_style="bold")
    for col in ("label", "P", "R", "F"):
        table.add_column(col, justify="right" if col != "label" else "left")
    for label, s in scores.items():
        table.add_row(label, f"{s['p']:.3f}", f"{s['r']:.3f}", f"{s['f']:.3f}")
    console.print(table)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
