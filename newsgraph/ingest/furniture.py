"""Page furniture: bylines, "ALSO READ" links, share widgets, photo credits and the like, found by rules and
blanked out of an article's text so that offsets stay those of the text as read.

Example:
    >>> text = "By Jane Smith\\nTOKYO: Japan said on Saturday it would act.\\nShare on Facebook\\n"
    >>> cleaned = remove_furniture(text)
    >>> len(cleaned) == len(text), cleaned.split()
    (True, ['Japan', 'said', 'on', 'Saturday', 'it', 'would', 'act.'])
    >>> find_dateline(text)
    'TOKYO'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from newsgraph.ingest.dates import _DATE, _STAMP, _STAMP_AGO, _TIME, _YEAR

__all__ = ["FURNITURE_RULES", "FurnitureRule", "find_dateline", "furniture_spans", "remove_furniture"]

#: A person or agency name as bylines print it: capitalized words ("Jane Smith", "ANI", "Reuters Staff",
#: "Ana de la Cruz"), never a weekday or month ("By Saturday, ...").
_NAME = (
    r"(?-i:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June"
    r"|July|August|September|October|November|December)\b)[A-Z][\w.'’-]*"
    r"(?:\s+(?:(?:de|da|del|der|di|du|la|le|van|von|bin|al|el|ter)\s+)*[A-Z][\w.'’-]*){0,4})"
)
_BYLINE = (
    r"(?-i:(?:Written|Reported|Story|Text|Words)\s+[Bb]y|By|BY|(?:WRITTEN|REPORTED)\s+BY)\s+(?:the\s+)?"
    rf"{_NAME}"
    rf"(?:\s*(?:,|and|&|/|\|)\s*{_NAME}){{0,5}}"
)
_SEPARATOR = r"\s*[|•·]\s*"
_FONT_SIZE = r"A\s?\+\s?A\s?-|A\s?-\s?A\s?\+"


_LINE_SCOPE: Final = "line"  # the pattern must match a whole line; the whole line is removed
_SPAN_SCOPE: Final = "span"  # every match inside a line is removed; the rest of the line stays


@dataclass(frozen=True, slots=True)
class FurnitureRule:
    """One kind of page furniture: a name, the pattern that finds it, and why it is not news.

    ``scope`` is ``"line"`` when the pattern must match a whole line (optionally framed by spaces, dashes or
    bullets) and the whole line is removed, or ``"span"`` when only the matched characters are removed.
    ``needs`` are characters of which every match holds one (the pattern cannot match without): a line with none
    of them is not searched, which spares most lines of an article most rules. Empty, every line is searched.
    """

    name: str
    pattern: re.Pattern[str]
    scope: str
    why: str
    needs: str = ""


def _rule(name: str, pattern: str, scope: str, why: str, *, ignore_case: bool = True,
          needs: str = "") -> FurnitureRule:
    flags = re.IGNORECASE if ignore_case else 0
    if scope == _LINE_SCOPE:
        # Sites frame furniture with bullets and rules ("— Advertisement —", "» Read more"); they go too.
        pattern = rf"[\s\-–—•·*»>|_=]*(?:{pattern})[\s\-–—•·*»<|_=:]*"
    return FurnitureRule(name, re.compile(pattern, flags), scope, why, needs)


_L, _S = _LINE_SCOPE, _SPAN_SCOPE

#: A dateline's month: "April 14", "Feb 26", "Sept. 3".
_DATELINE_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
#: Labels in capitals that open a line as a dateline would ("UPDATE:", "BREAKING:"), but name no place.
_CAPS_LABELS = (r"(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|ANALYSIS|OPINION|EDITORIAL|NOTE|CORRECTION|FACTBOX"
                r"|EXPLAINER|LIVE|VIDEO|PHOTOS?|REFILE|RPT|INSIGHT|COLUMN|WARNING|ALERT|FLASH|URGENT)\b")
#: What follows a dateline of neither date nor agency: a separator and a whole sentence ending on the line.
_STORY_AFTER = r"(?=\s*(?:--|[-—–:])[ \t]+[A-Z\"“‘][^\n]*[.!?][\"”’]?\s*$)"
#: Wire agencies as a dateline names them bare after the place ("KANDAHAR, Afghanistan, AP – ..."): only these
#: names, so that a place and a country before a dash ("Paris, France - ...") stay a sentence's words.
_WIRE_AGENCY = r"(?-i:AP|AFP|Reuters|REUTERS|UPI|dpa|DPA|Xinhua|IANS|PTI|ANI|IRNA|TASS|Kyodo|Yonhap|Bernama)\b"
#: The place and date of a dateline, which ``find_dateline`` keeps as the article's metadata.
_DATELINE_WHERE_WHEN = (
    # "JAKARTA", "NEW YORK", "ST. LOUIS", "WASHINGTON/MOSCOW", "PORTLAND, Maine", "SAN JOSE, Calif."
    rf"(?-i:(?!{_CAPS_LABELS})[A-Z][A-Z.'’-]{{2,}}(?:[ /-][A-Z][A-Z.'’-]*){{0,3}}"
    # "PORTLAND, Maine" before a date or an agency, or, as AFP writes them, before the story's sentence
    # ("GAZA CITY, Palestinian Territories: Four children were killed ...")
    # ("DUBAI, United Arab Emirates (AP)", "KINSHASA, Democratic Republic of Congo (AP)": up to four words)
    rf"(?:,\s*(?!{_WIRE_AGENCY})[A-Z][A-Za-z.]+(?:\s(?:of\s|and\s)?[A-Z][A-Za-z.]+){{0,3}}"
    rf"(?=\s*\(|,?\s*{_DATELINE_MONTH}\s+\d|{_STORY_AFTER}|,\s*{_WIRE_AGENCY}\s*(?:--|[-—–:])))?"
    rf"(?:,?\s*{_DATELINE_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?"
    # with neither date nor agency, "TOKYO:" must open a sentence that ends on the line: "OPEC: output to
    # rise", "NATO - Allies meet" and "WHO: the virus spreads." are headlines
    rf"|(?=\s*\([A-Za-z])|{_STORY_AFTER}|(?=,\s*{_WIRE_AGENCY}\s*(?:--|[-—–:])))"
    # "New Delhi [India], February 5": a place in title case only with a date or an agency after it
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}}(?:\s*\[[A-Z][A-Za-z ]+\])?"
    rf"(?:,\s*{_DATELINE_MONTH}\s+\d{{1,2}}(?:,\s*\d{{4}})?(?=\s*(?:\([A-Za-z]|--|[-—–:])))"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}}(?:\s*\[[A-Z][A-Za-z ]+\])?(?=\s*\([A-Za-z]))"
)
_DATELINE = re.compile(
    rf"^\s*(?P<where>{_DATELINE_WHERE_WHEN})"
    r"(?:\s*\((?:[A-Z][A-Za-z]{1,11})(?:[-/ ][A-Za-z]{2,10})?\))?"  # "(Reuters)", "(AP)", "(ANI)", "(dpa)"
    rf"(?:,\s*{_WIRE_AGENCY})?"  # or the agency after a comma, bare: "KANDAHAR, Afghanistan, AP –"
    r"\s*(?:--|[-—–:])[ \t]+(?=\S)"  # the story goes on after it on the same line
)
#: A dateline on a line of its own, the story on the next: "Algiers (AFP) -", "BEIJING (AP) —". Only with a
#: known agency: "The Commodity Credit Corporation (CCC)" ends a hard-wrapped line of a sentence, and a place
#: alone ("TOKYO") cannot be told from a table's heading or a sign-off ("REUTER").
_DATELINE_ALONE = re.compile(
    rf"^\s*(?P<where>(?-i:(?!{_CAPS_LABELS})[A-Z][A-Z.'’-]{{2,}}(?:[ /-][A-Z][A-Z.'’-]*){{0,3}}"
    rf"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,3}})(?:,\s*{_DATELINE_MONTH}\s+\d{{1,2}})?)"
    rf"\s*\(\s*{_WIRE_AGENCY}\s*\)\s*(?:--|[-—–:])?\s*$"
)
#: Only names in a credit ("Getty Images", "Reuters/Kim Kyung-Hoon", "AFP via Getty Images"), no sentence.
_CREDIT_NAMES = (
    r"[A-Z0-9][\w.'’&-]*(?:(?:\s*[,/|]\s*|\s+)(?:[A-Z0-9][\w.'’&-]*|&|via|of|the|and|for|by|de|courtesy))*"
)
_TIMESTAMP_SEGMENT = rf"(?:{_STAMP}|{_STAMP_AGO}|{_BYLINE}|{_FONT_SIZE}|\d+\s*min(?:ute)?s?\s+read)"

#: Page furniture removed from the text. The rules are general news furniture, not fitted to any one site:
#: a line rule must match a whole line, so the same words inside a sentence ("he said in a tweet") stay.
#: Captions carry facts and match no rule; a dateline ("TOKYO:", "WASHINGTON (Reuters) -") is removed from the
#: text, where its place would read as a party to the first sentence, and kept as the article's ``dateline``.
FURNITURE_RULES: Final[tuple[FurnitureRule, ...]] = (
    FurnitureRule(
        "dateline", _DATELINE, _S,
        'where and when the story was filed ("JAKARTA, April 14 (Reuters) -", "TOKYO:", "WASHINGTON (AP) —"): '
        "page furniture, not a sentence, so the place is no actor; find_dateline keeps it as metadata",
        needs="-—–:",  # the separator after the place, date and agency
    ),
    FurnitureRule(
        "dateline", _DATELINE_ALONE, _S,
        'a dateline on a line of its own ("Algiers (AFP) -"), the story on the next line: not a sentence of it, '
        "so the place is no actor; find_dateline keeps it as metadata", needs="(",
    ),
    _rule(
        "byline", _BYLINE, _L,
        'who wrote or filed the story ("By ANI", "By Jane Smith and John Doe"): not part of the news',
    ),
    _rule(
        "staff credits",
        r"[(\[]?\s*(?:(?:additional\s+)?reporting|writing|editing|compiled|translated|contributed|produced)"
        r"\s+by\b[^\n]{0,300}",
        _L,
        'the agency footer "(Reporting by ...; Editing by ...)" lists staff, not news',
    ),
    _rule(
        "timestamp line", rf"{_TIMESTAMP_SEGMENT}(?:{_SEPARATOR}{_TIMESTAMP_SEGMENT})*", _L,
        '"Published: ... | Last Updated: ... | A+A-", "By X | 3 min read": read for the date, then removed',
    ),
    _rule(
        "time ago line",
        rf"(?:(?:{_DATE}|{_TIME})\s*[/|•·,–—-]\s*)*(?:an?|\d+)\s*(?:sec|second|min|minute|hr|hour|day|week|month"
        rf"|year)s?\s+ago",
        _L,
        '"February 29, 2016 / 7:41 AM / 2 years ago": when the page was read, not when anything happened; left in, '
        '"2 years ago" dated the headline beside it two years back',
    ),
    _rule(
        "related link",
        r"(?:also\s+read|read\s+(?:more|also|next)|see\s+also"
        r"|related(?:\s+(?:stories|articles|news|coverage|content|reading|topics))?"
        r"|recommended(?:\s+(?:stories|reading|for\s+you))?|more\s+on\s+this(?:\s+story)?"
        r"|you\s+(?:may|might)\s+also\s+like|don'?t\s+miss|must\s+read|trending(?:\s+now)?)"
        r"(?:\s*[:|\-–—»>]\s*[^\n]{0,300})?",
        _L,
        '"ALSO READ: ...", "READ MORE: ...", "Also Read | ...": a link to another story, not this one',
    ),
    _rule("click here", r"click\s+here\b[^\n]{0,200}", _L, "a link prompt"),
    _rule(
        "page navigation", r"skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|footer)", _L,
        'the page\'s link for screen readers ("Skip to main content")',
    ),
    _rule(
        "link note", r"(?:[ \t]*Purchase[ \t]+Licensing[ \t]+Rights)?,?[ \t]*opens[ \t]+(?:in[ \t]+)?(?:a[ \t]+)?new"
        r"[ \t]+(?:tab|window)\b|[ \t]*Purchase[ \t]+Licensing[ \t]+Rights\b", _S,
        'a picture\'s link to buy it and a link\'s note for screen readers, run into the caption or line they '
        'follow ("REUTERS/Evelyn Hockstein Purchase Licensing Rights, opens new tab")', ignore_case=False,
    ),
    _rule(
        "account links",
        r"(?:(?:newsletter\s+)?sign[\s-]?up|sign\s+in|sign\s+out|log\s*in|log\s*out|register|my\s+account"
        r"|newsletters?)(?:\s*[/|•·]?\s*(?:(?:newsletter\s+)?sign[\s-]?up|sign\s+in|sign\s+out|log\s*in|log\s*out"
        r"|register|my\s+account|newsletters?))*",
        _L,
        'the page\'s account links ("Newsletter Signup Register / Login", "Sign in"): no news',
    ),
    _rule("comment count", r"\d+\s+comments?", _L, 'a count of readers\' comments ("0 Comments")'),
    _rule(
        "cut-off teaser", r"[^\n]*\S[ \t]+(?:\.\.\.|…)", _L,
        'a line the page cut off with " ..." ("A woman and child walk through a replica of a tunnel used by ...", '
        "\"... with the snow capped Lasalle Mountains in the backgr ...\"): a teaser of a caption or of another "
        "story, never a sentence of this one (a quotation trailing off ends on its quote mark)",
        needs=".…",
    ),
    _rule("font size", rf"(?<!\w)(?:{_FONT_SIZE})(?!\w)", _S, 'the "A+A-" text size buttons', needs="+"),
    _rule(
        "share widget",
        r"(?:(?:share(?:\s+(?:this(?:\s+(?:article|story|post|page))?|on\s+\w+|via\s+\w+|to\s+\w+))?"
        r"|tweet(?:\s+this)?|whatsapp|e-?mail(?:\s+this)?|print(?:\s+this(?:\s+(?:article|page|story))?)?"
        r"|facebook|twitter|x|linkedin|reddit|telegram|pinterest|messenger|copy\s+(?:link|url)|comments?"
        r"|save(?:\s+(?:article|story))?|gift\s+(?:this\s+)?article)[\s|•·,/:]*)+",
        _L,
        'a row of share and print buttons ("Share on Facebook", "Tweet", "WhatsApp", "Email", "Print")',
    ),
    _rule(
        "advertisement",
        r"advertisement|advertisment|advert|ad|sponsored(?:\s+content)?"
        r"|(?:story|article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?advertisement)?"
        r"|continue\s+reading\s+(?:the\s+main\s+story|below)|scroll\s+to\s+continue(?:\s+with\s+content)?",
        _L,
        "an advertisement slot or its label",
    ),
    _rule(
        "newsletter",
        r"(?:subscribe|sign\s+up|register)\b[^\n]{0,100}?\b(?:newsletters?|updates|alerts|channel|inbox"
        r"|briefing)\b[^\n]{0,100}|subscribe(?:\s+(?:now|today|here))?",
        _L,
        '"Subscribe to our newsletter" and other sign-up prompts',
    ),
    _rule(
        "follow us",
        r"(?:follow|like|join|find)\s+us\s+on\b[^\n]{0,150}"
        r"|join\s+our\s+\w+\s+(?:channel|group|community)\b[^\n]{0,100}"
        r"|(?:download|get)\s+(?:the|our)\s+[^\n]{0,40}\bapp\b[^\n]{0,100}",
        _L,
        '"Follow us on ...", "Join our WhatsApp channel", app download prompts',
    ),
    _rule(
        "read time", r"\d+\s*min(?:ute)?s?\s+read|listen\s+to\s+(?:this\s+)?(?:article|story)[^\n]{0,40}", _L,
        "reading-time and audio-player labels",
    ),
    _rule(
        "copyright",
        rf"(?:©|\(c\)|copyright\s*©?)\s*(?:{_YEAR}|(?-i:[A-Z]))[^\n]{{0,200}}|all\s+rights\s+reserved\.?",
        _L,
        "the copyright footer; a year or a name must follow, so a sentence about copyright stays",
    ),
    _rule(
        "image source", r"(?:image|media|video|photo)\s+source\s*,[^\n]{0,100}", _L,
        '"Image source, Getty Images": the credit line under a picture',
    ),
    _rule(
        "caption label", r"^\s*(?:image|media)\s+caption\s*,\s*", _S,
        'the "Image caption," label before a caption (the caption itself stays)', needs=",",
    ),
    _rule(
        "photo credit",
        r"\(\s*(?:(?:file|representational|representative|reuters|ap|afp|pti|ani|ians|epa|xinhua|getty|kyodo"
        r"|yonhap|aa|bloomberg)\s+)?(?:photo(?:graph)?s?|pics?|pictures?|images?|video\s+grab|screen\s*grab"
        r"|credits?|courtesy)\b[^()\n]{0,100}\)",
        _S,
        'a credit in parentheses that starts with Photo: "(Photo | AP)", "(Photo courtesy of ...)"', needs="(",
    ),
    _rule(
        "photo credit",
        r"\([^()\n]{0,60}?\b(?:photo(?:graph)?|picture|image|pic)s?(?:\s*/\s*[^()\n]{1,60})?\s*\)",
        _S,
        'a credit in parentheses that ends with Photo: "(AFP Photo)", "(AP Photo/Jane Doe)"', needs="(",
    ),
    _rule(
        "photo credit", r"\([^()\n]{0,40}\b(?:getty\s+images|shutterstock|istock(?:photo)?|alamy|epa-efe)\b"
        r"[^()\n]{0,40}\)",
        _S,
        'a picture agency credit in parentheses: "(Getty Images)"', needs="(",
    ),
    FurnitureRule(
        "ticker",
        # a code in capitals, digits and dots, after the name it belongs to: "CBS Inc <CBS>", "Westpac Banking
        # Corp <WSTP.S>", "Texas Air Corp's <TXN> Continental Airlines unit"
        re.compile(r"(?<=[\w.)'’] )<[A-Z0-9][A-Z0-9.&/-]{0,11}>"), _S,
        "wire copy's stock ticker in angle brackets after a company's name: a code, not a word of the sentence "
        "(left in, it reads as a noun and breaks the parse of the name before it)", needs="<",
    ),
    FurnitureRule(
        "name brackets",
        # "<Contraves AG> rejects ...": the brackets go, the name (the group ``keep``) stays
        re.compile(r"<(?P<keep>[A-Z0-9][^<>\n]{0,80}?)>"), _S,
        'wire copy\'s angle brackets around a company with no ticker ("unit <Contraves AG>"): the name is news, '
        "the brackets are not", needs="<",
    ),
    _rule(
        "photo credit",
        rf"(?:^|(?<=[.!?\"”’)\]]))\s*(?i:photo(?:graph)?|picture|image|pic)s?(?:\s+(?i:credit|courtesy|source))?"
        rf"\s*[:|/]\s*{_CREDIT_NAMES}\s*\.?\s*$",
        _S,
        '"Photo: Getty Images" closing a caption; only names may follow, so a caption after "Photo:" stays',
        ignore_case=False, needs=":|/",
    ),
    _rule(
        "photo credit", rf"(?<=\S)\s+(?:Photo|Picture|Image)s?\s*:\s*{_CREDIT_NAMES}\s*\.?\s*$", _S,
        '"... with North Korea Photo: AFP/File": a credit closing a caption with no full stop before it, written '
        "with a capital and a colon; only names may follow",
        ignore_case=False, needs=":",
    ),
)

_LINE = re.compile(r"[^\r\n]+")
#: A double quote typed for an apostrophe, as wire copy of the teletype era does ("Kuwait"s Oil Minister",
#: "it isn"t fair"): between a letter and a possessive or contraction ending, where no quotation opens or
#: closes. Left as it is, the tagger reads it as a quotation mark, so "Kuwait"s" is no possessive and no name.
_TYPED_APOSTROPHE = re.compile(r"(?<=[^\W\d_])\"(?=(?:s|t|re|ve|ll|d|m)\b)")
_FIRST_LETTER = re.compile(r"[^\W\d_]")


# ------------------------------------------------------------
# Text helpers


def furniture_spans(text: str) -> list[tuple[int, int, str]]:
    """Where page furniture is in ``text``: sorted ``(start, end, rule name)`` character spans.

    Example:
        >>> furniture_spans("Kishida speaks in Tokyo. (Photo | AP)\\nAdvertisement")
        [(25, 37, 'photo credit'), (38, 51, 'advertisement')]
    """
    spans: list[tuple[int, int, str]] = []
    for line in _LINE.finditer(text):
        content = line.group()
        # A line that starts in lower case continues a hard-wrapped sentence ("... 1.50 dlrs per\n share."),
        # so it is never a furniture line by itself.
        first_letter = _FIRST_LETTER.search(content)
        continues_sentence = first_letter is not None and first_letter.group().islower()
        for rule in FURNITURE_RULES:
            if rule.needs and not any(c in content for c in rule.needs):
                continue  # the rule cannot match this line
            if rule.scope == _LINE_SCOPE:
                if not continues_sentence and rule.pattern.fullmatch(content):
                    spans.append((line.start(), line.end(), rule.name))
                    break  # the whole line is gone; no other rule can remove more of it
            else:
                for m in rule.pattern.finditer(content):
                    kept = m.span("keep") if "keep" in rule.pattern.groupindex else (m.end(), m.end())
                    spans.extend((line.start() + a, line.start() + b, rule.name)
                                 for a, b in ((m.start(), kept[0]), (kept[1], m.end())) if b > a)
    spans.extend(_teaser_blocks(text))
    return sorted(set(spans))


#: A label in a line of its own that opens a list of other stories ("More Stories", "Most Read", "You might also
#: like", "More from World", and the wires' own: Reuters' "Read Next", AFP's "Read also", AP's "RELATED
#: COVERAGE"): the lines under it are those stories' headlines and teasers.
_SECTION_LABEL = re.compile(
    r"[\s\-–—•·*»>|_=]*(?:(?:more|top|latest|related|recommended|popular|trending|other|editor'?s?'?)"
    r"(?:\s+(?:stories|news|articles|headlines|videos|reads|picks|coverage))?"
    r"|most\s+(?:read|popular|viewed|shared)|read\s+(?:next|also|more)|(?:also|see)\s+(?:read|also)"
    r"|you\s+(?:may|might)\s+also\s+like|more\s+from\s+[\w&' ]{1,40}|what\s+to\s+read\s+next)"
    r"[\s\-–—•·*»<|_=:]*",
    re.IGNORECASE,
)
#: A label in a line of its own over the page's digest of this very story, Reuters' "Summary" and "Companies"
#: (its bullet points, then the firms it names), "Key points", "Highlights", "In brief": its short lines, with
#: no full stops, run into one sentence and into each other's parties ("Trump calls off Budapest meeting with
#: Putin EU approves 19th sanctions package" made Trump sanction the EU); the story tells them again in full.
_DIGEST_LABEL = re.compile(
    r"[\s\-–—•·*»>|_=]*(?:summary|companies|key\s+points|highlights|in\s+brief)[\s\-–—•·*»<|_=:]*",
    re.IGNORECASE,
)
#: A teaser under such a label: a headline or a cut-off caption, never a paragraph of the story.
_TEASER_MAX = 160
#: How many lines a list of other stories runs to at most.
_TEASER_LINES = 30


def _teaser_blocks(text: str) -> list[tuple[int, int, str]]:
    """The lines of a list of other stories under a section label ("More Stories"): every line after the
    label up to the first blank line, then each later line set apart by blank lines that is a headline (short,
    no full stop at its end) — "Man detained after police operation at Iranian consulate in Paris". The list
    stops at a paragraph (a line longer than a teaser) or at a dateline, where the story starts. Left in, the
    headlines of other stories read as this story's events ("hostages held by Hamas" from a teaser). Under a
    digest's label ("Summary"), only the lines up to the first blank line: the story follows it."""
    spans: list[tuple[int, int, str]] = []
    lines: list[tuple[int, str]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        lines.append((offset, raw.rstrip("\r\n")))
        offset += len(raw)
    i = 0
    while i < len(lines):
        start, content = lines[i]
        i += 1
        if not content.strip():
            continue
        digest = _DIGEST_LABEL.fullmatch(content) is not None
        if not digest and not _SECTION_LABEL.fullmatch(content):
            continue
        name = "digest" if digest else "teaser list"
        spans.append((start, start + len(content), name))
        seen_blank = False
        taken = 0
        while i < len(lines) and taken < _TEASER_LINES:
            start, content = lines[i]
            stripped = content.strip()
            if not stripped:
                if digest and taken:  # a digest is one block: what follows its blank line is the story
                    break
                seen_blank = True
                i += 1
                continue
            if len(stripped) > _TEASER_MAX or _DATELINE.match(content) or \
                    (seen_blank and _SENTENCE_END.search(stripped)):
                break
            spans.append((start, start + len(content), name))
            taken += 1
            i += 1
    return spans


#: A line that ends as a sentence does: a full stop, a question or an exclamation, closing quotes after it.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")


def remove_furniture(text: str) -> str:
    """Blank page furniture out of ``text``: each removed character becomes a space, line breaks stay; a double
    quote typed for an apostrophe ("Kuwait"s") becomes the apostrophe.

    The result has the same length as ``text``, so every character offset into it is an offset into ``text``.

    Example:
        >>> remove_furniture("Japan acts. (AFP Photo)")
        'Japan acts.            '
        >>> remove_furniture('Kuwait"s unit <Kuwait Oil Co> of KPC <KPC.KW> said')
        "Kuwait's unit  Kuwait Oil Co  of KPC          said"
    """
    chars = list(text)
    for start, end, _name in furniture_spans(text):
        chars[start:end] = " " * (end - start)  # spans lie within one line: line breaks are never blanked
    return _TYPED_APOSTROPHE.sub("'", "".join(chars))


def find_dateline(text: str) -> str | None:
    """The place and date of the first dateline that opens a line of ``text``, as written, or None.

    A dateline says where (and when) a story was filed; removed from the text, it is kept as the article's
    ``dateline`` (``schema:dateline``), so a reader still sees where the story came from.

    Example:
        >>> find_dateline("JAKARTA, April 14 (Reuters) - Indonesia said on Tuesday ...")
        'JAKARTA, April 14'
        >>> find_dateline("Indonesia said on Tuesday ...") is None
        True
    """
    for line in _LINE.finditer(text):
        match = _DATELINE.match(line.group()) or _DATELINE_ALONE.match(line.group())
        if match is not None:
            return " ".join(match.group("where").split())
    return None
