"""The package's layers import one way: no import cycles between its parts, the Swedish
language resources import nothing from the package, entities never import quotes, and no
runtime module imports the recipe (which is not installed)."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "nlp_pipeline"


def _part(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def imports() -> dict[str, set[str]]:
    """Part of the package (first-level module or folder) -> the parts it imports."""
    edges: dict[str, set[str]] = defaultdict(set)
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        module = ".".join(rel.parts)
        package = module.removesuffix(".__init__") if path.name == "__init__.py" else module.rsplit(".", 1)[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                targets = (
                    [".".join(base + [node.module])] if node.module else [".".join(base + [a.name]) for a in node.names]
                )
            elif isinstance(node, ast.ImportFrom):
                targets = [node.module or ""]
            else:
                continue
            for target in targets:
                if target.split(".")[0] in ("nlp_pipeline", "recipe"):
                    edges[_part(module)].add(target if target.startswith("recipe") else _part(target))
    return edges


def test_no_import_cycles_between_the_parts():
    edges = imports()

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            for nxt in edges.get(todo.pop(), ()):
                if nxt == goal:
                    return True
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        return False

    cycles = sorted(
        (a, b) for a, targets in edges.items() for b in targets if a != b and b != "nlp_pipeline" and reaches(b, a)
    )
    assert cycles == []


def test_the_layers_import_downwards_only():
    edges = imports()
    assert edges["lang"] <= {"lang"}
    assert "quotes" not in edges["entities"] and "tables" not in edges["entities"]
    assert edges["io"] <= {"io"}
    assert not any(t.startswith("recipe") for targets in edges.values() for t in targets)
