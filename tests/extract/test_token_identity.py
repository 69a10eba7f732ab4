"""Tokens are compared by index, never by identity: spaCy makes a new Token object each
time one is reached (doc[i], .head, .children), so `a is b` can be False for the same word
and a branch meant for "the phrase's own noun" would silently take the other way."""

from __future__ import annotations

import ast
from pathlib import Path

from newsfacts.extract import nlp

EXTRACT_DIR = Path(nlp.__file__).parent
# names and attributes the extractor gives to tokens (not to places, actors or dicts)
TOKEN_NAMES = frozenset({"t", "tok", "token", "head", "top", "start", "guest", "verb"})
TOKEN_ATTRS = frozenset({"head", "top", "root"})


def _tokenish(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id in TOKEN_NAMES) or (
        isinstance(node, ast.Attribute) and node.attr in TOKEN_ATTRS)


def test_the_same_token_reached_twice_is_equal_but_not_identical():
    doc = nlp.load()("Troops arrived in the capital on Monday.")
    root = doc[1]
    assert root.head == root and root.head.i == root.i
    assert root.head is not root and doc[0] is not doc[0]


def test_no_extractor_module_compares_tokens_by_identity():
    found = []
    for path in sorted(EXTRACT_DIR.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Compare):
                continue
            left = node.left
            for op, right in zip(node.ops, node.comparators, strict=True):
                if isinstance(op, (ast.Is, ast.IsNot)) and not isinstance(right, ast.Constant) \
                        and (_tokenish(left) or _tokenish(right)):
                    found.append(f"{path.name}:{node.lineno}: {ast.unparse(node)}")
                left = right
    assert found == []
