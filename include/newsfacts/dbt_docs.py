"""The dbt docs site that publish exposes, made safe to hand out.

`dbt docs generate` writes manifest.json, catalog.json and index.html (the docs app, which
loads the two JSON files). dbt's own `--static` page pastes the JSON into a `<script>`
element as it is, so a description (or any string) holding ``</script>`` would end the
element and run what follows, and the JSON carries absolute host paths (the project
folder, NEWSFACTS_HOME, the virtualenv). publish therefore builds the site here instead:

- every string (and key) of both files has its host paths replaced by placeholders:
  NEWSFACTS_HOME -> ``$NEWSFACTS_HOME``, the dbt project folder -> ``.``, the repository,
  the Python prefix and the user's home folder -> ``$REPO``, ``$PYTHON``, ``~``;
- descriptions (``description``, docs blocks' ``block_contents``) are HTML-escaped: the docs
  app renders them as Markdown into the page, so markup in them shows as text;
- ``static_index.html`` is dbt's index.html with the cleaned JSON inlined by
  newsfacts.sanitize.json_for_script (``<``, ``>``, ``&`` as ``\\u`` escapes: no value
  can close the element). It works offline from a file; ``index.html`` needs a web server.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

from newsfacts.errors import DocsError
from newsfacts.sanitize import html_text, json_for_script

FILES = ("manifest.json", "catalog.json")
MARKDOWN_KEYS = ("description", "block_contents")
PLACEHOLDERS = {"manifest.json": '"MANIFEST.JSON INLINE DATA"',
                "catalog.json": '"CATALOG.JSON INLINE DATA"'}
# bump when the cleaning changes, so publish regenerates docs published by an older rule
FORMAT = "safe-2"


def host_roots(settings) -> dict[str, str]:
    """{absolute folder: placeholder}, most specific first."""
    from newsfacts.settings import REPO_DIR

    roots = [(settings.dbt_project_dir, "."), (settings.home, "$NEWSFACTS_HOME"),
             (REPO_DIR, "$REPO"), (Path(sys.prefix), "$PYTHON"),
             (Path(sys.base_prefix), "$PYTHON"), (Path.home(), "~")]
    out: dict[str, str] = {}
    for path, label in roots:
        for form in {str(path), os.path.realpath(path)}:
            if form not in ("", "/") and form not in out:
                out[form] = label
    return dict(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


def _roots_pattern(roots: dict[str, str]) -> re.Pattern | None:
    if not roots:
        return None
    alts = "|".join(re.escape(r) for r in roots)
    return re.compile(f"(?:{alts})(?=$|[/\\\\\\s\"'])")


def clean(value, roots: dict[str, str], key: str | None = None, _pattern=None):
    """JSON data with host paths replaced and descriptions escaped (see the module doc)."""
    pattern = _pattern or _roots_pattern(roots)
    if isinstance(value, str):
        if pattern is not None:
            value = pattern.sub(lambda m: roots[m.group(0)], value)
        return html_text(value) if key in MARKDOWN_KEYS else value
    if isinstance(value, dict):
        return {clean(k, roots, None, pattern): clean(v, roots, k, pattern)
                for k, v in value.items()}
    if isinstance(value, list):
        return [clean(v, roots, key, pattern) for v in value]
    return value


def write_site(target: Path, out_dir: Path, settings) -> None:
    """Read dbt's docs output in ``target``; write the cleaned site into ``out_dir``:
    manifest.json, catalog.json, index.html and static_index.html."""
    roots = host_roots(settings)
    template = (target / "index.html").read_text(encoding="utf-8")
    page = template
    for name in FILES:
        data = clean(json.loads((target / name).read_text(encoding="utf-8")), roots)
        (out_dir / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        if page.count(PLACEHOLDERS[name]) != 1:
            raise DocsError(f"{target / 'index.html'}: expected one {PLACEHOLDERS[name]} "
                            "(a dbt version whose docs page this module does not know)")
        inline = json_for_script(data)
        page = page.replace(PLACEHOLDERS[name], inline)
    (out_dir / "index.html").write_text(template, encoding="utf-8")
    (out_dir / "static_index.html").write_text(page, encoding="utf-8")
