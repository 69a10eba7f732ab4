"""Article model: main text (trafilatura for HTML), paragraphs and sentences with offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from .lexicons import LEADING_CUES, PARTY_WORDS, TITLE_ABBREVIATIONS

# abbreviations whose period ends no sentence, in any case ("etc.", "Calif.", "a.m.")
_ABBREV = {
    "mr", "mrs", "ms", "sr", "jr", "st", "fr", "hon",
    "no", "vs", "v", "etc", "inc", "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "ft", "mt", "al", "approx", "dept", "est", "fig", "e.g", "i.e", "u.s",
    "u.k", "u.n", "a.m", "p.m", "d.c", "n.y", "l.a", "ph.d", "cf", "ave", "blvd", "calif", "fla",
    "mass", "penn", "pa", "wash", "tenn", "ky", "ga", "va", "md", "mich", "minn", "wis", "ill",
    "ind", "ariz", "colo", "conn", "okla", "ore", "nev", "neb", "del", "ala", "ark", "kan", "miss",
}
# abbreviated titles (title_words.csv: "Gen.", "Cpl.", "Brig."): their period ends no
# sentence only when capitalised ("in the brig. Ann Lee said" ends one)
_TITLE_ABBREV = frozenset(t.lower() for t in TITLE_ABBREVIATIONS)


def abbreviations() -> frozenset[str]:
    """The abbreviations whose period may end no sentence ("Prof.", "Capt.", "Calif."; lower
    case, without the final period), for other modules that must not stop at one."""
    return frozenset(_ABBREV) | _TITLE_ABBREV


# Sentence boundary: terminal punctuation, optional closing quotes/brackets, whitespace.
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?=\s+["'“‘(\[]?[A-Z0-9])|[.!?]+["'”’)\]]*$"""
                       # glued by a lost space: 'jihadists.He said', 'at best."Kasich'
                       r"""|(?<=[a-z]{2})[.!?]+["”’]?(?=["“]?[A-Z][a-z])""")
_LOWER_WORD = re.compile(r"[a-z]+")


@dataclass(slots=True, frozen=True)
class Sentence:
    idx: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Article:
    text: str
    paragraphs: list[tuple[int, int]]  # (start, end) offsets of each paragraph in text
    sentences: list[Sentence] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    published: str | None = None
    url: str | None = None
    source: str | None = None
    language: str | None = "en"
    headings: set[int] = field(default_factory=set)  # paragraphs that look like headlines
    runin: list[tuple[int, int]] = field(default_factory=list)  # "Run-in Heading: text..."

    def words(self, idx: int) -> set[str]:
        """Lower-case word set of sentence idx (cached): cheap keyword pre-filters."""
        cache = self.__dict__.setdefault("_words", {})
        w = cache.get(idx)
        if w is None:
            w = cache[idx] = set(_LOWER_WORD.findall(self.sentences[idx].text.lower()))
        return w

    @property
    def pub_date(self) -> date | None:
        if not self.published:
            return None
        try:
            return date.fromisoformat(self.published[:10])
        except ValueError:
            return None


def normalise_date(value) -> str | None:
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
    except ValueError:
        return None


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")


def _word_before(para: str, pos: int) -> str | None:
    """The [A-Za-z][A-Za-z.]* word ending at pos (at most 40 characters back), or None."""
    lo = max(0, pos - 40)
    j = pos
    while j > lo and para[j - 1] in _WORD_CHARS:
        j -= 1
    while j < pos and para[j] == ".":
        j += 1
    return para[j:pos] if j < pos else None


# a lawmaker's party code before the state ("D-Calif.", "R–Texas"): a party letter of
# party_words.csv and a hyphen or en dash (PARTY_AFTER reads the party with it)
PARTY_CODE = "([" + "".join(sorted(w.upper() for w in PARTY_WORDS if len(w) == 1)) + r"])\s*[-–]\s*"
# a party given after a name: "Ann Lee, D-Calif.,", "(R-Ky.)", "Ann Lee, a Republican,"
# (group 1: a code's party letter; group 2: the party word of an apposition)
PARTY_AFTER = re.compile(r"\s*,?\s*\(?\s*" + PARTY_CODE + r"[A-Z][A-Za-z.]*|,\s+an?\s+([A-Z][a-z]+)\b")
# a party code right before a word ("Sen. Ann Lee, R-|Ky."); a capitalised word or a quote
# after the state's period opens a new sentence
_PARTY_CODE_BEFORE = re.compile(r"(?<![\w-])" + PARTY_CODE + "$")
_NEW_SENTENCE = re.compile(r"\s+[A-Z“\"]")


def _party_code_ends(para: str, wstart: int, e: int) -> bool:
    """The period before para[e] closes the state of a party code ("Rep. Ann Lee, D-N.Y.
    Rep. Tom Ward said") and a new sentence follows."""
    return _PARTY_CODE_BEFORE.search(para, max(0, wstart - 6), wstart) is not None and \
        _NEW_SENTENCE.match(para, e - 1 if para[e - 1:e].isspace() else e) is not None


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans (absolute offsets) inside text[start:end]."""
    para = text[start:end]
    out = []
    s = 0
    # skip leading whitespace
    while s < len(para) and para[s].isspace():
        s += 1
    for m in _BOUNDARY.finditer(para):
        e = m.end()
        if e <= s:
            continue
        punct_pos = m.start()
        if para[punct_pos] == ".":
            word = _word_before(para, punct_pos)
            # a party code's state ("R-Ky.", "D-N.Y.") before a new sentence ends the sentence
            if word and not _party_code_ends(para, punct_pos - len(word), e):
                w = word.lower().rstrip(".")
                # Initials ("George W. Bush"), abbreviations, single capitals
                if w in _ABBREV or (len(w) == 1 and word.isupper()) or (
                        w in _TITLE_ABBREV and word[:1].isupper()):
                    continue
                if "." in w and len(w) <= 5:  # U.S. etc, unless followed by a clear new sentence
                    nxt = para[e:].lstrip()[:12]
                    if not re.match(r"(The|He|She|It|They|We|In|But|A|An|This|That|I)\b", nxt):
                        continue
        seg_end = e
        out.append((start + s, start + seg_end))
        s = seg_end
        while s < len(para) and para[s].isspace():
            s += 1
    if s < len(para) and para[s:].strip():
        out.append((start + s, start + len(para.rstrip())))
    return out


# Characters that must never reach the warehouse, a terminal or a page: ANSI escape
# sequences, C0/C1 control characters (tab and newlines aside), DEL, bidirectional
# overrides and isolates, and invisible zero-width marks. The raw page stays untouched in
# the archive; the extracted text is what is cleaned.
_ANSI = re.compile(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)|[@-Z\\-_])")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b\u200e\u200f\u202a-\u202e"
                      "\u2066-\u2069\ufeff\ufff9-\ufffb]")


def clean_text(s: str | None) -> str | None:
    """Text without terminal escapes, control characters and bidi overrides."""
    if not s:
        return s
    return _CONTROL.sub("", _ANSI.sub("", s))


def _clean_paragraphs(raw: str) -> list[str]:
    raw = clean_text(raw.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " "))
    blocks = re.split(r"\n\s*\n", raw)
    paras: list[str] = []
    for b in blocks:
        b = re.sub(r"[ \t]*\n[ \t]*", " ", b.strip())
        b = re.sub(r"[ \t]{2,}", " ", b)
        if b:
            paras.append(b)
    return paras


_WORD = re.compile(r"[A-Za-z][\w’'-]*")
_RUNIN = re.compile(r"^([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|on|the|and|in|for|to|a|an|with))*):\s")
_SMALL = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "with", "by",
          "as", "is", "vs", "from", "over", "after"}


def is_heading(p: str) -> bool:
    """A headline, section title or caption: short, no closing punctuation, mostly capitalised."""
    p = p.strip()
    if not p or len(p) > 160 or p[-1] in ".!?:;\"”’'),":
        return False
    words = _WORD.findall(p)
    if not words:
        return True
    content = [w for w in words if w.lower() not in _SMALL]
    if not content:
        return False
    caps = sum(1 for w in content if w[0].isupper())
    return caps / len(content) >= 0.7 and len(words) <= 20


def _norm_title(t: str | None) -> str:
    return re.sub(r"\W+", " ", (t or "").lower()).strip()


def build_article(paras: list[str], **meta) -> Article:
    from .boilerplate import strip_inline

    paras = [p for p in (strip_inline(clean_text(x)).strip() for x in paras) if p]
    for k in ("title", "byline", "source", "url"):
        if isinstance(meta.get(k), str):
            meta[k] = clean_text(meta[k])
    text = "\n\n".join(paras)
    spans = []
    pos = 0
    for p in paras:
        spans.append((pos, pos + len(p)))
        pos += len(p) + 2
    art = Article(text=text, paragraphs=spans, **meta)
    art.headings = {i for i, p in enumerate(paras) if is_heading(p)}
    for (ps, _pe), p in zip(spans, paras, strict=True):
        m = _RUNIN.match(p)
        if m and sum(1 for w in m.group(1).split() if w[:1].isupper()) >= 2 and \
                m.group(1).split()[0] not in LEADING_CUES:
            # 'Said Mr Ozo: "..."' opens a quote, not a run-in heading
            art.runin.append((ps, ps + m.end()))
    title = _norm_title(meta.get("title"))
    if title:
        limit = 2 * len(meta.get("title") or "") + 20
        for i, p in enumerate(paras[:3]):
            if len(p) <= limit and _norm_title(p) == title:
                art.headings.add(i)
    idx = 0
    for pi, (ps, pe) in enumerate(spans):
        for ss, se in split_sentences(text, ps, pe):
            art.sentences.append(Sentence(idx, pi, ss, se, text[ss:se]))
            idx += 1
    return art


def from_text(body: str, meta: dict) -> Article:
    body = clean_text(body or "")
    paras = _clean_paragraphs(body)
    title = meta.get("title")
    if meta.get("title_in_body") and paras:
        first, _, _rest = (body or "").replace("\r\n", "\n").lstrip().partition("\n")
        first = first.strip()
        title = title or first
        if paras[0] == first:
            paras = paras[1:]
        elif paras[0].startswith(first):
            paras[0] = paras[0][len(first):].strip()
            if not paras[0]:
                paras = paras[1:]
    return build_article(
        paras, title=title, byline=meta.get("byline"),
        published=normalise_date(meta.get("published")), url=meta.get("url"),
        source=meta.get("source"))


# how the article's text and metadata are read from a page (trafilatura.bare_extraction's
# options; bench/bench_extract.py times trafilatura alone with the same)
TRAFILATURA_OPTIONS = dict(with_metadata=True, include_comments=False, include_tables=False,
                           include_images=False, favor_precision=False)


def from_html(html: str, meta: dict) -> Article:
    doc = None
    if html and html.strip():
        try:
            import trafilatura

            doc = trafilatura.bare_extraction(html, url=meta.get("url"), **TRAFILATURA_OPTIONS)
        except Exception:
            doc = None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    deep = bool(html) and max_depth(html) > LXML_MAX_DEPTH
    if html and (deep or (not text.strip() and len(visible_text(html)) >= _VISIBLE_MIN)):
        # trafilatura (lxml) gives up on some pages, silently: HTML nested deeper than
        # libxml2's 256 levels (whatever its length), broken markup. The page has text:
        # read it with a streaming parser that has no depth limit, paragraph by paragraph.
        paras = html_paragraphs(html)
        if not paras and (not deep or visible_text(html)):
            from newsfacts.errors import PageError

            raise PageError("the page has text but no article could be read from its HTML "
                            "(malformed or nested too deep); see the archived page")
        return build_article(paras, title=meta.get("title"), byline=None,
                             published=normalise_date(meta.get("published")),
                             url=meta.get("url"), source=meta.get("source"))
    if doc is None:
        return build_article([], title=meta.get("title"), byline=None,
                             published=normalise_date(meta.get("published")),
                             url=meta.get("url"), source=meta.get("source"))
    paras = [re.sub(r"\s+", " ", ln).strip() for ln in text.split("\n")]
    paras = [p for p in paras if p]
    title = meta.get("title") or getattr(doc, "title", None)
    published = normalise_date(meta.get("published")) or normalise_date(getattr(doc, "date", None))
    return build_article(
        paras, title=title, byline=getattr(doc, "author", None), published=published,
        url=meta.get("url") or getattr(doc, "url", None),
        source=meta.get("source") or getattr(doc, "sitename", None),
        language=getattr(doc, "language", None) or "en")


# -- HTML without trafilatura -----------------------------------------------------------------

_VISIBLE_MIN = 200  # characters of visible text that make a page worth reading by hand
LXML_MAX_DEPTH = 250  # libxml2 stops building the tree at 256 levels (and says nothing)
# a tag: closing slash, name, and the last character before ">" ("/" when self-closing);
# greedy, so one linear pass that backtracks one character per tag
_TAG = re.compile(r"<(/?)([A-Za-z][\w:-]*)(?:[^>]*([^>]))?>")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def max_depth(html: str) -> int:
    """The deepest element nesting of a page, counted over its tags (one linear pass;
    void and self-closing elements do not nest)."""
    depth = deepest = 0
    for slash, name, last in _TAG.findall(html):
        if last == "/" or name.lower() in _VOID:
            continue
        if slash:
            if depth:
                depth -= 1
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
    return deepest


_TAGS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>|<[^>]*>", re.S | re.I)


def visible_text(html: str) -> str:
    """The page's text with tags, scripts and styles removed (a size estimate)."""
    return re.sub(r"\s+", " ", _TAGS.sub(" ", html)).strip()


def html_paragraphs(html: str) -> list[str]:
    """Paragraphs of a page read with the standard library's streaming HTML parser (no
    nesting limit): text of block elements, without scripts, styles, navigation, headers,
    footers, asides and forms."""
    from html.parser import HTMLParser

    skip_tags = {"script", "style", "noscript", "template", "nav", "header", "footer", "aside",
                 "form", "button", "select", "svg", "iframe"}
    block = {"p", "div", "section", "article", "li", "h1", "h2", "h3", "h4", "h5", "h6",
             "blockquote", "br", "tr", "td", "dd", "dt", "figcaption", "pre", "main", "body"}

    class _Reader(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.paras: list[str] = []
            self.buf: list[str] = []
            self.skip = 0

        def _flush(self):
            t = re.sub(r"\s+", " ", "".join(self.buf)).strip()
            if t:
                self.paras.append(t)
            self.buf = []

        def handle_starttag(self, tag, attrs):
            if tag in skip_tags:
                self.skip += 1
            elif tag in block:
                self._flush()

        def handle_endtag(self, tag):
            if tag in skip_tags:
                self.skip = max(0, self.skip - 1)
            elif tag in block:
                self._flush()

        def handle_data(self, data):
            if not self.skip:
                self.buf.append(data)

    r = _Reader()
    try:
        r.feed(html)
        r.close()
    except Exception:  # the standard parser is lenient; anything left unread stays unread
        pass
    r._flush()
    # paragraphs of prose: menus and link lists are short fragments
    return [p for p in r.paras if len(p) >= 40 or p[-1:] in ".!?\"”"]
