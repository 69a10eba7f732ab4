"""raw.quarantine: articles the raw-batch gate set aside, one row per article and failed
check, with the reason, the offending value and the article's own row (as JSON) so that
nothing is lost.

Route chosen: the loader keeps quarantined articles out of the raw tables altogether (no
staging filter needed). A quarantined article that was loaded before keeps its previous,
valid rows. Reloading a batch replaces that batch's quarantine rows; a later batch in which
the article passes simply loads it (the quarantine rows stay as history).

    select article_id, reason, observed from raw.quarantine where run_id = '...';
"""

from __future__ import annotations

import json
from datetime import datetime

QUARANTINE_DDL = """create table if not exists raw.quarantine (
    article_id varchar, run_id varchar, batch_id varchar, suite varchar,
    expectation varchar, column_name varchar, reason varchar, observed varchar,
    quarantined_at timestamptz, url varchar, record json)"""


def write_quarantine(con, run_id: str, batch_id: str, articles,
                     verdicts: dict[str, list[dict]], now: datetime) -> int:
    """Replace this batch's quarantine rows; returns the number of articles quarantined.

    ``articles``: the batch's articles as an Arrow table (None if the batch has no file)."""
    con.execute(QUARANTINE_DDL)
    con.execute("delete from raw.quarantine where batch_id = ?", [batch_id])
    if not verdicts:
        return 0
    records: dict[str, dict] = {}
    if articles is not None:
        con.register("_quarantine_articles", articles)
        try:
            cur = con.execute("select * from _quarantine_articles "
                              "where list_contains(?::varchar[], article_id)", [list(verdicts)])
            names = [d[0] for d in cur.description]
            rows = cur.fetchall()
        finally:
            con.unregister("_quarantine_articles")
        for row in rows:
            rec = dict(zip(names, row, strict=True))
            records[rec["article_id"]] = rec
    rows = []
    for aid, reasons in verdicts.items():
        rec = records.get(aid, {})
        for why in reasons:
            rows.append((aid, run_id, batch_id, why["suite"], why["expectation"],
                         why["column"], why["reason"], why["observed"], now, rec.get("url"),
                         json.dumps(rec, default=str, ensure_ascii=False)))
    con.executemany("insert into raw.quarantine values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    rows)
    return len(verdicts)
