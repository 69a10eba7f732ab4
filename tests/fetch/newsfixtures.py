"""Original fixtures for the discovery tests: news pages in four languages, sitemaps, news
sitemaps, sitemap indexes and feeds, written for this project, plus a server handler that
answers conditional requests the way a real web server does (ETag or Last-Modified)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from xml.sax.saxutils import escape

from fetchkit import Reply

SM_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
IMAGE_NS = "http://www.google.com/schemas/sitemap-image/1.1"

# -- stories ------------------------------------------------------------------------------
EN_TITLE = "Breakwater work to finish by spring, minister says"
EN_PARAS = [
    "VALLETTA - Harbour Minister Lena Ostrova said on Tuesday that the new breakwater at the "
    "northern port would be finished by the spring, two years later than first planned.",
    '"We will not let another winter of storms decide the fate of this harbour," Ostrova told '
    "reporters after touring the site with engineers.",
    "Ostrova will travel to Brussels next week to ask the European Commission for a further "
    "40 million euros, her office said.",
    "Fishermen who lost moorings in the January gales welcomed the timetable but said the "
    "compensation scheme was still too slow.",
]
KO_TITLE = "부산항 여객터미널 확장안 시의회 통과"
KO_PARAS = [
    "부산항 여객터미널 확장 계획이 화요일 시의회에서 찬성 다수로 승인됐다. 시 관계자는 새 부두가 "
    "내년 봄부터 운영될 예정이며 하루 최대 여섯 척의 여객선을 받을 수 있다고 설명했다.",
    "지역 상인들은 관광객이 늘어날 것으로 기대하고 있지만 일부 주민들은 주말 교통 혼잡이 더 심해질 "
    "것이라며 우려를 나타냈다. 시는 다음 달 주민 설명회를 열어 공사 일정과 우회 도로 계획을 "
    "공개할 방침이다.",
]
JA_TITLE = "サケの水揚げ、昨年比二割減 北海道"
JA_PARAS = [
    "北海道の漁業協同組合は月曜日、今季のサケの水揚げ量が昨年を二割ほど下回ったと発表した。組合の"
    "担当者によると、沿岸の海水温が例年より高い状態が続いたことが主な原因とみられる。",
    "地元の加工業者は原料の不足に備えて輸入品の確保を急いでいる。道は来週、研究者や漁業者を交えた"
    "対策会議を札幌で開き、稚魚の放流時期を見直すかどうかを話し合う予定だ。",
]
PT_TITLE = "Prefeitura anuncia plano para recuperar margens do Guaíba"
PT_PARAS = [
    "A prefeitura de Porto Alegre anunciou nesta quarta-feira um novo plano para recuperar as "
    "margens do rio Guaíba. Segundo o secretário de obras, as primeiras intervenções devem "
    "começar em março e incluem a construção de diques e a limpeza dos canais.",
    "Moradores das áreas atingidas pelas cheias do ano passado pediram mais rapidez nas obras "
    "e maior transparência nos gastos. A câmara municipal deve votar o orçamento do projeto "
    "antes do fim do mês.",
]


def page(title: str, paras: list[str], lang: str | None = None, head: str = "") -> bytes:
    """An article page as a news site serves it (navigation and footer included)."""
    lang_attr = f' lang="{lang}"' if lang else ""
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (f"<!doctype html><html{lang_attr}><head><meta charset='utf-8'>"
            f"<title>{escape(title)}</title>{head}</head><body><nav><a href='/'>Home</a></nav>"
            f"<article><h1>{escape(title)}</h1>{body}</article><footer>(c) 2026</footer>"
            f"</body></html>").encode()


def english_page(n: int = 0, lang: str | None = "en-GB") -> bytes:
    return page(f"{EN_TITLE} ({n})", [f"Update {n}.", *EN_PARAS], lang)


# -- dates --------------------------------------------------------------------------------
def days_ago(n: float) -> str:
    return (datetime.now(UTC) - timedelta(days=n)).isoformat(timespec="seconds").replace(
        "+00:00", "Z")


# -- sitemaps -----------------------------------------------------------------------------
def urlset(entries: list[dict], *, news: bool = False, prolog: str = "") -> bytes:
    """entries: {loc, lastmod?, title?, published?, language?, image?}"""
    out = []
    for e in entries:
        parts = []
        if e.get("image"):
            parts.append(f"<image:image><image:loc>{escape(e['image'])}</image:loc>"
                         "</image:image>")
        parts.append(f"<loc>{escape(e['loc'])}</loc>")
        if e.get("lastmod"):
            parts.append(f"<lastmod>{e['lastmod']}</lastmod>")
        if news:
            parts.append("<news:news><news:publication><news:name>The Harbour Gazette"
                         f"</news:name><news:language>{e.get('language', 'en')}</news:language>"
                         "</news:publication>"
                         f"<news:publication_date>{e.get('published', days_ago(0))}"
                         f"</news:publication_date><news:title>{escape(e.get('title', ''))}"
                         "</news:title></news:news>")
        out.append("<url>" + "".join(parts) + "</url>")
    ns = f' xmlns:news="{NEWS_NS}"' if news else ""
    return (f'{prolog}<?xml version="1.0" encoding="UTF-8"?>'
            f'<urlset xmlns="{SM_NS}"{ns} xmlns:image="{IMAGE_NS}">' + "".join(out)
            + "</urlset>").encode()


def sitemap_index(children: list[str | tuple[str, ...] | dict]) -> bytes:
    """children: a loc, a tuple of locs (one <sitemap> entry with several <loc>), or
    {loc, lastmod}."""
    out = []
    for c in children:
        if isinstance(c, dict):
            lm = f"<lastmod>{c['lastmod']}</lastmod>" if c.get("lastmod") else ""
            out.append(f"<sitemap><loc>{escape(c['loc'])}</loc>{lm}</sitemap>")
        elif isinstance(c, tuple):
            out.append("<sitemap>" + "".join(f"<loc>{escape(x)}</loc>" for x in c)
                       + "</sitemap>")
        else:
            out.append(f"<sitemap><loc>{escape(c)}</loc></sitemap>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="{SM_NS}">'
            + "".join(out) + "</sitemapindex>").encode()


# -- feeds ----------------------------------------------------------------------------------
def rss_items(items: list[str], *, language: str | None = None, extra_ns: str = "") -> bytes:
    """RSS 2.0 around raw <item> markup."""
    lang = f"<language>{language}</language>" if language else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"{extra_ns}><channel>'
            f"<title>The Harbour Gazette</title><link>http://gazette.invalid/</link>"
            f"<description>Port news</description>{lang}" + "".join(items)
            + "</channel></rss>").encode()


# -- a conditional server ---------------------------------------------------------------------
class Conditional:
    """A route whose body may change between runs; answers 304 to a matching
    If-None-Match (``validator="etag"``) or If-Modified-Since (``"last-modified"``), and
    keeps the headers of every request it got."""

    def __init__(self, body: bytes, content_type: str = "application/xml",
                 validator: str = "etag"):
        self.body = body
        self.content_type = content_type
        self.validator = validator
        self.version = 1
        self.requests: list[dict] = []

    def update(self, body: bytes) -> None:
        self.body = body
        self.version += 1

    @property
    def etag(self) -> str:
        return '"' + hashlib.sha256(self.body).hexdigest()[:16] + '"'

    @property
    def last_modified(self) -> str:
        return f"Mon, {self.version:02d} Nov 2026 08:00:00 GMT"

    def __call__(self, req) -> None:
        self.requests.append({k.lower(): v for k, v in req.headers.items()})
        if self.validator == "etag":
            header, value, match = "ETag", self.etag, req.headers.get("If-None-Match")
        else:
            header, value = "Last-Modified", self.last_modified
            match = req.headers.get("If-Modified-Since")
        if match == value:
            req.send_reply(Reply(status=304, content_type=None, headers={header: value}))
        else:
            req.send_reply(Reply(body=self.body, content_type=self.content_type,
                                 headers={header: value}))


def served(site, path: str, body: bytes, content_type: str = "application/xml",
           **headers) -> str:
    return site.route(path, Reply(body=body, content_type=content_type, headers=headers))

