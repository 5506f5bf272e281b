"""Tests of newsgraph.ingest: what a user notices when articles are read.

The seed articles come from ``../shared/seeds``; every other input is written for these tests, in
``tests/data/ingest`` (see its README) or in a temporary folder by the test itself.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from newsgraph.errors import BadArticleError, BadManifestError
from newsgraph.ingest import (
    FURNITURE_RULES,
    content_hash,
    find_dateline,
    find_page_date,
    read_articles,
    read_manifest,
    remove_furniture,
)
from newsgraph.ingest import furniture as furniture_module
from newsgraph.records import Document

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = ROOT / "tests" / "data" / "ingest"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed corpus ../shared/seeds is not here")

Item = Document | BadArticleError | BadManifestError


def documents(items: list[Item]) -> dict[str, Document]:
    return {item.id: item for item in items if isinstance(item, Document)}


def errors(items: list[Item]) -> list[str]:
    return [str(item) for item in items if isinstance(item, Exception)]


def error_for(items: list[Item], where: str) -> str:
    """The one error message that names ``where`` (a path, or path:line)."""
    found = [message for message in errors(items) if message.startswith(f"{where}: ")]
    assert len(found) == 1, f"expected one error for {where}, got {errors(items)}"
    return found[0]


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_bytes(content.encode("utf-8"))  # exactly these characters: no newline translation
    return path


GOOD = "Japan said in Tokyo on Saturday it would consider sanctions on Russia.\n"


# --------------------------------------------------------------------------------------------------
# The seed corpus


@pytest.fixture(scope="module")
def seeds() -> list[Item]:
    return list(read_articles([SEEDS], manifest=SEEDS / "manifest.jsonl"))


@needs_seeds
def test_seed_folder_with_manifest_gives_three_documents_in_sorted_order(seeds: list[Item]) -> None:
    assert errors(seeds) == []
    assert [item.id for item in seeds if isinstance(item, Document)] == [
        "000_d2f81471b01d80ec.txt", "002_973f902777367275.txt", "004_8cdcb9362fedcf32.txt",
    ]


@needs_seeds
def test_seed_004_is_published_on_the_manifest_date(seeds: list[Item]) -> None:
    doc = documents(seeds)["004_8cdcb9362fedcf32.txt"]
    assert (doc.published, doc.published_source) == (date(2022, 2, 5), "manifest")
    assert doc.publisher == "Kyodo News"


@needs_seeds
def test_seed_002_takes_its_date_from_the_page_text(seeds: list[Item]) -> None:
    doc = documents(seeds)["002_973f902777367275.txt"]
    assert (doc.published, doc.published_source) == (date(2022, 2, 5), "page")


@needs_seeds
def test_seed_000_has_no_date_and_never_gets_today(seeds: list[Item]) -> None:
    doc = documents(seeds)["000_d2f81471b01d80ec.txt"]
    assert (doc.published, doc.published_source) == (None, "unknown")


@needs_seeds
def test_seed_002_loses_its_furniture_but_keeps_caption_and_dateline(seeds: list[Item]) -> None:
    text = documents(seeds)["002_973f902777367275.txt"].text
    for furniture in ("ALSO READ", "A+A-", "Last Updated", "Published:", "By ANI", "(Photo | AP)",
                      "First group of US troops lands in Poland"):
        assert furniture not in text
    assert "Japanese Prime Minister Fumio Kishida speaks during a news conference at the prime minister's " \
           "official residence in Tokyo, Japan." in text
    # the dateline is furniture: blanked, so "TOKYO" is no party to the first sentence, and kept as metadata
    assert "TOKYO:" not in text and "The US authorities are encouraging Japan" in text
    assert documents(seeds)["002_973f902777367275.txt"].dateline == "TOKYO"
    assert "(ANI/Sputnik)" in text  # the agency tag closing the story is a source, not a photo credit


@needs_seeds
def test_seed_004_loses_the_photo_credit_but_keeps_the_caption(seeds: list[Item]) -> None:
    text = documents(seeds)["004_8cdcb9362fedcf32.txt"].text
    assert "Photo courtesy" not in text
    assert "in a teleconference on Jan. 21, 2022, at his office in Tokyo." in text


@needs_seeds
def test_seed_offsets_are_the_file_offsets(seeds: list[Item]) -> None:
    for doc in documents(seeds).values():
        assert doc.path is not None
        file_text = Path(doc.path).read_bytes().decode("utf-8")
        assert len(doc.text) == len(file_text)
        # Every character is the file's own, or a blank where furniture was; line breaks never move.
        for kept, original in zip(doc.text, file_text, strict=True):
            assert kept == original or (kept == " " and original not in "\r\n")
    doc = documents(seeds)["002_973f902777367275.txt"]
    file_text = Path(doc.path or "").read_text(encoding="utf-8")
    sentence = "Kyodo news agency reported, citing both US and Japanese diplomatic sources"
    i = file_text.index(sentence)
    assert doc.text[i:i + len(sentence)] == file_text[i:i + len(sentence)] == sentence


@needs_seeds
def test_seed_000_is_left_as_it_is(seeds: list[Item]) -> None:
    doc = documents(seeds)["000_d2f81471b01d80ec.txt"]
    assert doc.text == (SEEDS / "000_d2f81471b01d80ec.txt").read_text(encoding="utf-8")


# --------------------------------------------------------------------------------------------------
# Furniture rules on text written for the tests


@pytest.mark.parametrize("line", [
    "By ANI",
    "By Jane Smith and John Doe",
    "By Reuters Staff",
    "BY MARIA LOPEZ",
    "By Ana de la Cruz, Reuters",
    "Written by Jane Smith",
    "(Reporting by Kiyoshi Takenaka; Editing by Michael Perry)",
    "ALSO READ: First group of troops lands in Poland",
    "READ MORE: Why the talks failed",
    "Also Read | Japan weighs sanctions",
    "A+A-",
    "Published: 05th February 2022 11:10 PM | Last Updated: 05th February 2022 11:10 PM | A+A-",
    "Updated 3 hours ago",
    "By Jane Smith | Published: Feb 5, 2022 | 3 min read",
    "Share on Facebook",
    "Tweet",
    "Facebook | Twitter | WhatsApp | Email | Print",
    "Advertisement",
    "- ADVERTISEMENT -",
    "Story continues below advertisement",
    "Subscribe to our newsletter",
    "Follow us on Twitter and Facebook",
    "Photo: Getty Images",
    "Image source, Getty Images",
    "Copyright 2023 The Associated Press. All rights reserved.",
    "A woman and child walk through a replica of a tunnel used by Hamas militants in the Gaza Strip, ...",
    "Delicate Arch in Arches National Park Utah with the snow capped Lasalle Mountains in the backgr …",
    "Newsletter Signup Register / Login",
    "Sign in",
    "0 Comments",
    "Algiers (AFP) -",
    "BEIJING (AP) —",
    "February 29, 2016 / 7:41 AM / 2 years ago",
])
def test_a_furniture_line_is_blanked_whole(line: str) -> None:
    text = f"Japan acted in Tokyo.\n{line}\nRussia replied.\n"
    cleaned = remove_furniture(text)
    assert cleaned == f"Japan acted in Tokyo.\n{' ' * len(line)}\nRussia replied.\n"


@pytest.mark.parametrize(("line", "kept"), [
    ("Japanese Prime Minister Fumio Kishida speaks in Tokyo. (Photo | AP)",
     "Japanese Prime Minister Fumio Kishida speaks in Tokyo."),
    ("Kishida speaks with Biden. (Photo courtesy of Cabinet Public Relations Office)(Kyodo)",
     "Kishida speaks with Biden. (Kyodo)"),
    ("Police stand guard outside the embassy. (AFP Photo)", "Police stand guard outside the embassy."),
    ("Police stand guard. (AP Photo/Evan Vucci)", "Police stand guard."),
    ("Troops gather near the border. Photo: Getty Images", "Troops gather near the border."),
    ("Image caption, Kishida at the summit", "Kishida at the summit"),
    ("Abe has said Japan will need to hold direct talks with North Korea Photo: AFP/File",
     "Abe has said Japan will need to hold direct talks with North Korea"),
])
def test_a_photo_credit_goes_and_its_caption_stays(line: str, kept: str) -> None:
    cleaned = remove_furniture(line)
    assert len(cleaned) == len(line)
    assert " ".join(cleaned.split()) == kept


@pytest.mark.parametrize(("line", "dateline", "kept"), [
    ("JAKARTA, April 14 (Reuters) - Indonesia said it would act.", "JAKARTA, April 14",
     "Indonesia said it would act."),
    ("TOKYO: The US urged Japan to act.", "TOKYO", "The US urged Japan to act."),
    ("WASHINGTON (AP) — The Senate voted on Tuesday.", "WASHINGTON", "The Senate voted on Tuesday."),
    ("LONDON, March 2 - Britain said on Monday", "LONDON, March 2", "Britain said on Monday"),
    ("SAN JOSE, Calif., March 3 (Reuters) - Apple said", "SAN JOSE, Calif., March 3", "Apple said"),
    ("New Delhi [India], February 5 (ANI): India said", "New Delhi [India], February 5", "India said"),
    ("Beijing (AFP) - China said", "Beijing", "China said"),
    ("GAZA CITY, Palestinian Territories: Four children were killed, medics said.",
     "GAZA CITY, Palestinian Territories", "Four children were killed, medics said."),
    # the agency bare after a comma, as AP prints it
    ("KANDAHAR, Afghanistan, AP – Taliban fighters ambushed a convoy, officials said.",
     "KANDAHAR, Afghanistan", "Taliban fighters ambushed a convoy, officials said."),
    ("BAGHDAD, AFP - Gunmen killed five people.", "BAGHDAD", "Gunmen killed five people."),
    # a country of three or four words
    ("DUBAI, United Arab Emirates (AP) — Iran's navy seized a tanker.", "DUBAI, United Arab Emirates",
     "Iran's navy seized a tanker."),
    ("KINSHASA, Democratic Republic of Congo (AP) — Rebels attacked a town.",
     "KINSHASA, Democratic Republic of Congo", "Rebels attacked a town."),
])
def test_a_dateline_is_furniture_kept_as_the_articles_dateline(line: str, dateline: str, kept: str) -> None:
    cleaned = remove_furniture(line)
    assert len(cleaned) == len(line) and cleaned.strip() == kept
    assert find_dateline(f"Headline of the story\n\n{line}\n") == dateline


@pytest.mark.parametrize("line", [
    "OPEC: output to rise",  # a headline: no sentence follows
    "NATO - Allies meet in Brussels",
    "WHO: the virus spreads.",  # a dateline opens a sentence in capitals
    "UPDATE: Japan acts.",
    "US: Japan must act.",
    "NATO, Russia: allies meet",  # a headline: no sentence follows
    "Japan said on Tuesday: it would act.",
    "Paris, France - the talks ended in Paris.",  # a place and a country, but no agency after them
])
def test_a_line_that_only_looks_like_a_dateline_stays(line: str) -> None:
    assert remove_furniture(line) == line and find_dateline(line) is None


def test_a_read_article_carries_its_dateline(tmp_path: Path) -> None:
    path = write(tmp_path, "wire.txt", "Indonesia acts\n\nJAKARTA, April 14 (Reuters) - Indonesia said it would "
                                       "act.\n")
    (doc,) = list(read_articles([path]))
    assert isinstance(doc, Document)
    assert doc.dateline == "JAKARTA, April 14" and "JAKARTA" not in doc.text


@pytest.mark.parametrize("line", [
    "By Saturday, Japan had agreed to the measures.",
    "By contrast, the ministry said nothing.",
    "By Friday",
    "He said in a tweet that he would share the letter on Facebook.",
    "Read more about the sanctions in the ministry's report, which covers every measure.",
    "Related issues were discussed at the summit.",
    "Posted on March 3, 2021, the video has drawn three million views.",
    "Published in 2019, the report found that exports fell.",
    "Copyright infringement claims rose by 10% last year.",
    "Photo: Kishida speaks to reporters in Tokyo.",
    "The first image of a black hole (released in 2019) stunned scientists.",
    "The minister (pictured) declined to comment.",
    "shares of the company rose 3 percent, the exchange said, adding that it would",
    "share.",
    "by Baker.",
    # A line in lower case continues a hard-wrapped sentence ("... its new\nadvertisement\nwould run").
    "advertisement",
    "email",
    "comments",
    'He said: "We will see ..."',
    "More stories of abuse emerged on Friday.",
    "Top officials met in Tokyo.",
    "The Commodity Credit Corporation (CCC)",  # a hard-wrapped line of a sentence, no dateline
    "Voters register to vote at the embassy in Tokyo.",
    "He posted a photo: the minister at the border.",
    "Russia annexed Crimea two years ago.",
])
def test_news_text_is_not_furniture(line: str) -> None:
    assert remove_furniture(line) == line


def test_a_list_of_other_stories_under_its_label_goes_and_the_story_stays() -> None:
    """Under "More Stories", the teasers run to the first blank line, then on over headlines set apart by blank
    lines; the story's own paragraph, a dateline or a sentence ends the list."""
    story = "DEIR AL-BALAH, Gaza Strip — An Israeli airstrike killed 18 people on Saturday, officials said."
    teasers = ("More Stories\n"
               "Relatives of hostages held by Hamas in Gaza hold photos of their loved o ...\n"
               "Mediators hold new Gaza cease-fire talks and hope to head off a wider war\n"
               "Utah has 6,000 arches. How many are in danger of collapsing?\n"
               "\n"
               "Man detained after police operation at Iranian consulate in Paris\n"
               "\n")
    cleaned = remove_furniture(f"Mideast fighting goes on\n\n{teasers}{story}\n")
    assert cleaned.split() == ["Mideast", "fighting", "goes", "on", "An", "Israeli", "airstrike", "killed", "18",
                               "people", "on", "Saturday,", "officials", "said."]
    # the story's paragraph right under a label stays, and so does a sentence after a blank line
    paragraph = ("Israel and Hamas traded fire on Saturday as mediators in Cairo pressed both sides to accept a "
                 "proposal that would halt the fighting and free the hostages, officials said.")
    assert remove_furniture(f"Latest News\n{paragraph}\n").strip() == paragraph
    assert remove_furniture("You might also like\n\nThe talks resumed on Monday.\n").strip() == \
        "The talks resumed on Monday."


@pytest.mark.parametrize("label", ["Read Next", "Read also", "RELATED COVERAGE", "See also"])
def test_the_wires_own_labels_open_lists_of_other_stories(label: str) -> None:
    story = "WASHINGTON, Oct 22 (Reuters) - The United States imposed sanctions on Rosneft on Wednesday."
    teasers = ("Oil prices jump 5% after U.S. sanctions Russian oil majors\n"
               "Ukraine says Russia struck kindergarten in Kharkiv\n")
    cleaned = remove_furniture(f"{story}\n\n{label}\n{teasers}")
    assert cleaned.split() == ["The", "United", "States", "imposed", "sanctions", "on", "Rosneft", "on",
                               "Wednesday."]


def test_a_digest_of_the_story_goes_up_to_its_blank_line() -> None:
    """Reuters' "Summary" and "Companies" over short lines without full stops, which ran into one sentence;
    the story's paragraph after the blank line stays, whatever its form."""
    digest = ("Summary\n"
              "Companies\n"
              "Treasury cites Moscow's lack of commitment to peace process\n"
              "Trump calls off Budapest meeting with Putin\n"
              "EU approves 19th sanctions package\n"
              "\n")
    paragraph = "The United States on Wednesday imposed sanctions on Rosneft and Lukoil."
    assert remove_furniture(f"{digest}{paragraph}\n").strip() == paragraph
    assert remove_furniture("Key points:\nTalks resume\n\nTalks resumed on Monday\n").strip() == \
        "Talks resumed on Monday"
    for line in ("Summary judgment was denied on Monday.", "Companies cut jobs"):
        assert remove_furniture(f"{line}\n") == f"{line}\n"


def test_a_pages_links_for_screen_readers_and_buyers_go() -> None:
    caption = ("U.S. President Donald Trump speaks to reporters in Washington, October 22, 2025. "
               "REUTERS/Evelyn Hockstein Purchase Licensing Rights, opens new tab")
    assert remove_furniture(caption).rstrip() == caption[:caption.index(" Purchase")]
    assert remove_furniture("Skip to main content\n").strip() == ""
    assert remove_furniture("Our Standards: The Thomson Reuters Trust Principles., opens new tab").rstrip() == \
        "Our Standards: The Thomson Reuters Trust Principles."
    assert remove_furniture("The firm bought licensing rights to the film.") == \
        "The firm bought licensing rights to the film."


def test_every_furniture_rule_says_why() -> None:
    assert all(rule.why and rule.scope in ("line", "span") for rule in FURNITURE_RULES)


#: One line at least of each kind of furniture a rule with ``needs`` removes, and lines near them.
_NEEDING_RULES_LINES = (
    "JAKARTA, April 14 (Reuters) - Indonesia said on Tuesday it would act.", "TOKYO: Japan said it would act.",
    "WASHINGTON (AP) — The Senate voted.", "Kishida speaks in Tokyo. A+A- A + A -", "Image caption, Troops in Kyiv",
    "Media caption Troops in Kyiv", "(Photo | AP)", "(Photo courtesy of the ministry)", "Japan acts. (AFP Photo)",
    "(AP Photo/Jane Doe) seen", "(Getty Images)", "(Reuters/Getty Images via AFP)", "Photo: Getty Images",
    "Troops at the border. Picture credit / Reuters", "Photo | Reuters/Kim Kyung-Hoon", "CBS Inc <CBS> said",
    "Westpac Banking Corp <WSTP.S> and Texas Air Corp's <TXN> unit", "the unit <Contraves AG> said",
    "OPEC: output to rise", "NATO - Allies meet", "Prices rose 3 pct (adjusted).",
    "Algiers (AFP) -", "a caption of talks Photo: AFP/File",
    "Relatives of hostages held by Hamas protest in Tel Aviv, ...",
)


def test_a_rules_needed_characters_never_hide_a_match(monkeypatch: pytest.MonkeyPatch) -> None:
    """A line with none of a rule's ``needs`` is not searched: on lines of every kind of furniture the rules
    with ``needs`` remove, that finds exactly what searching every line finds."""
    text = "\n".join(_NEEDING_RULES_LINES) + "\n" + (DATA / "furniture.txt").read_text(encoding="utf-8")
    found = furniture_module.furniture_spans(text)
    for rule in FURNITURE_RULES:
        if rule.needs:
            assert any(name == rule.name for _, _, name in found), rule.name  # each is tried, not vacuous
    monkeypatch.setattr(furniture_module, "FURNITURE_RULES",
                        tuple(dataclasses.replace(rule, needs="") for rule in FURNITURE_RULES))
    assert furniture_module.furniture_spans(text) == found


def test_furniture_file_written_for_the_tests() -> None:
    items = list(read_articles([DATA / "furniture.txt"]))
    assert errors(items) == []
    doc = documents(items)["furniture.txt"]
    for furniture in ("Published on", "Updated:", "By Jane Smith", "Share on Facebook", "Tweet", "WhatsApp",
                      "(AFP Photo)", "Getty Images", "Advertisement", "READ MORE", "Also Read",
                      "Belgian ports",
                      "Subscribe", "Follow us", "Reporting by"):
        assert furniture not in doc.text, furniture
    for news in ("Container cranes stand idle at the Port of Rotterdam on Thursday.",
                 "Workers gather outside the harbour office.",
                 "Dutch ministers met union leaders on Thursday",
                 "Shipping companies have diverted more than 40 vessels to Antwerp"):
        assert news in doc.text, news
    assert "ROTTERDAM (Reuters) -" not in doc.text and doc.dateline == "ROTTERDAM"
    # "Published on March 3" wins over "Updated: March 4" on the same line.
    assert (doc.published, doc.published_source) == (date(2023, 3, 3), "page")
    assert doc.text == remove_furniture((DATA / "furniture.txt").read_text(encoding="utf-8"))


# --------------------------------------------------------------------------------------------------
# Dates printed in the page


@pytest.mark.parametrize(("text", "expected"), [
    ("Published: 05th February 2022 11:10 PM", date(2022, 2, 5)),
    ("Published on February 5, 2022", date(2022, 2, 5)),
    ("Posted: 2022-02-05", date(2022, 2, 5)),
    ("PUBLISHED: Sat 5 Feb 2022 10.10 GMT", date(2022, 2, 5)),
    ("By ANI | Published: Feb. 5, 2022, 3:10 p.m. IST", date(2022, 2, 5)),
    ("Posted: 25/02/2022", date(2022, 2, 25)),
    ("Updated: March 4, 2023", date(2023, 3, 4)),
    ("Last Updated: 7 March 2022\nSome text.\nPublished on February 5, 2022", date(2022, 2, 5)),
    ("Published: 05/02/2022", None),  # 5 February or May 2: a wrong date is worse than none
    ("Updated 3 hours ago", None),
    ("Published: February 2022", None),  # no day: not a publication day
    ("Posted on March 3, 2021, the video has drawn three million views.", None),
    ("The talks on February 5, 2022 failed.", None),
])
def test_find_page_date(text: str, expected: date | None) -> None:
    assert find_page_date(text) == expected


def test_updated_date_is_used_only_when_nothing_says_published(tmp_path: Path) -> None:
    write(tmp_path, "updated.txt", "Last Updated: 07th March 2022 09:00 AM\n\n" + GOOD)
    write(tmp_path, "both.txt", f"Last Updated: 07th March 2022 09:00 AM\n\n{GOOD}Published: 05 Feb 2022\n")
    docs = documents(list(read_articles([tmp_path])))
    assert docs["updated.txt"].published == date(2022, 3, 7)
    assert docs["both.txt"].published == date(2022, 2, 5)


# --------------------------------------------------------------------------------------------------
# Bad input: each gives one error naming the file, and the good file in the same call still loads


BAD_INPUTS: list[tuple[str, bytes, str]] = [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b"  \n\n\t\n", "is empty"),
    ("furniture_only.txt", b"By ANI\nAdvertisement\nShare on Facebook\n", "no article text"),
    ("nul.txt", b"TOKYO: Japan\x00\x00\x00acted.\n", "binary"),
    ("noise.txt", bytes(range(256)) * 8, "binary"),
    ("latin1.txt", "TOKYO: Caf\u00e9 owners protested.\n".encode("latin-1"), "byte 10"),
    ("utf16.txt", "TOKYO: Japan acted.\n".encode("utf-16"), "UTF-16"),
    ("bad.html", b"<html><body>\x00\x01\x02\x03</body></html>", "binary"),
]


@pytest.mark.parametrize(("name", "content", "problem"), BAD_INPUTS)
def test_bad_input_gives_one_line_error_and_the_rest_loads(
        tmp_path: Path, name: str, content: bytes, problem: str) -> None:
    bad = write(tmp_path, name, content)
    good = write(tmp_path, "good.txt", GOOD)
    items = list(read_articles([bad, good]))
    message = error_for(items, str(bad))
    assert problem in message
    assert "\n" not in message
    assert list(documents(items)) == ["good.txt"]


def test_not_utf8_says_how_to_convert(tmp_path: Path) -> None:
    bad = write(tmp_path, "latin1.txt", "Caf\u00e9\n".encode("latin-1"))
    message = error_for(list(read_articles([bad])), str(bad))
    assert "byte 3" in message and "iconv -f latin1 -t utf-8" in message


def test_missing_path_and_unsupported_file_are_errors(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", GOOD)
    notes = write(tmp_path, "notes.md", "# notes\n")
    missing = tmp_path / "missing.txt"
    items = list(read_articles([missing, notes, good]))
    assert "does not exist" in error_for(items, str(missing))
    assert ".htm, .html, .jsonl, .txt" in error_for(items, str(notes))
    assert list(documents(items)) == ["good.txt"]


def test_a_new_kind_of_input_is_one_registered_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reader registered by name pattern is found in folders, named in messages and counted for progress."""
    from newsgraph.ingest import READERS, Reader, count_articles, register_reader

    def read_markdown(path: Path, entry: object) -> Iterator[Document]:
        text = path.read_text(encoding="utf-8").replace("#", " ")
        yield Document(id=path.name, text=text, content_hash=content_hash(text), path=str(path))

    monkeypatch.setattr("newsgraph.ingest.registry.READERS", dict(READERS))
    register_reader(Reader("markdown", ("*.md",), read_markdown, "Markdown notes"))
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "Notes.MD", "# Japan acted on Monday.\n")
    assert list(documents(list(read_articles([tmp_path])))) == ["Notes.MD", "a.txt"]
    assert count_articles([tmp_path]) == 2
    other = write(tmp_path, "x.doc", "x")
    assert ".htm, .html, .jsonl, .md, .txt files" in error_for(list(read_articles([other])), str(other))


def test_a_folder_skips_other_files_hidden_files_and_its_manifest(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", GOOD)
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "a.txt", "Seoul acted.\n")
    write(tmp_path, "notes.md", "# not an article\n")
    write(tmp_path, ".draft.txt", "A hidden draft.\n")
    write(tmp_path, "manifest.jsonl", '{"file": "b.txt", "published": "2022-02-05"}\n')
    items = list(read_articles([tmp_path]))  # no manifest given: the folder's manifest is still no article
    assert errors(items) == []
    assert [doc.id for doc in documents(items).values()] == ["b.txt", "a.txt"]  # sorted: b.txt < sub/a.txt


def test_an_empty_folder_is_an_error(tmp_path: Path) -> None:
    write(tmp_path, "notes.md", "# no articles here\n")
    assert "holds no article files" in error_for(list(read_articles([tmp_path])), str(tmp_path))


def test_two_articles_with_one_id_are_refused(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        write(tmp_path / folder, "story.txt", GOOD)
    items = list(read_articles([tmp_path / "a", tmp_path / "b", tmp_path / "a" / "story.txt"]))
    assert len(documents(items)) == 1
    assert "already used" in error_for(items, str(tmp_path / "b" / "story.txt"))


def test_a_byte_order_mark_is_dropped_and_offsets_count_after_it(tmp_path: Path) -> None:
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + GOOD.encode("utf-8"))
    (doc,) = list(read_articles([path]))
    assert isinstance(doc, Document)
    assert doc.text == GOOD


def test_windows_line_endings_are_kept_so_offsets_match(tmp_path: Path) -> None:
    content = "By Jane Smith\r\nTOKYO: Japan acted.\r\nAdvertisement\r\nRussia replied.\r\n"
    path = write(tmp_path, "crlf.txt", content)
    (doc,) = list(read_articles([path]))
    assert isinstance(doc, Document)
    assert len(doc.text) == len(content) and doc.text.count("\r\n") == 4
    i = content.index("Russia replied.")
    assert doc.text[i:i + 15] == "Russia replied."
    assert "Jane" not in doc.text and "Advertisement" not in doc.text


def test_read_articles_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    list(read_articles([tmp_path / "missing.txt", DATA], manifest=DATA / "manifest.jsonl"))
    assert capsys.readouterr() == ("", "")


# --------------------------------------------------------------------------------------------------
# JSON Lines corpus


def test_corpus_with_a_malformed_line_loads_the_other_lines() -> None:
    corpus = DATA / "corpus.jsonl"
    items = list(read_articles([corpus]))
    docs = documents(items)
    assert list(docs) == ["wire-001", "wire-003", "wire-005"]
    assert "not valid JSON" in error_for(items, f"{corpus}:2")
    assert 'no "id"' in error_for(items, f"{corpus}:4")
    assert "not a date" in error_for(items, f"{corpus}:5")
    first = docs["wire-001"]
    assert (first.published, first.published_source) == (date(2023, 9, 5), "corpus")
    assert (first.publisher, first.url) == ("Example Wire", "https://example.org/wire-001")
    assert first.path == str(corpus)
    assert first.text.lstrip().startswith("Kenya and Ethiopia agreed on Tuesday") and first.dateline == "NAIROBI"
    assert "Amina Yusuf" not in first.text and "Share on Facebook" not in first.text
    line = json.loads(corpus.read_text(encoding="utf-8").split("\n")[0])["text"]
    assert len(first.text) == len(line)  # offsets are offsets into the line's "text"
    assert (docs["wire-003"].published, docs["wire-003"].published_source) == (date(2023, 9, 6), "page")
    assert (docs["wire-005"].published, docs["wire-005"].published_source) == (None, "unknown")


def test_a_manifest_line_is_not_a_corpus_line(tmp_path: Path) -> None:
    path = write(tmp_path, "meta.jsonl", '{"file": "a.txt"}\n')
    assert "manifest" in error_for(list(read_articles([path])), f"{path}:1")


# --------------------------------------------------------------------------------------------------
# HTML


def test_html_takes_its_date_and_metadata_from_the_page_markup() -> None:
    items = list(read_articles([DATA / "page.html"]))
    assert errors(items) == []
    doc = documents(items)["page.html"]
    assert (doc.published, doc.published_source) == (date(2023, 6, 12), "html")
    assert doc.title == "Chile and Peru sign fisheries accord"
    assert doc.publisher == "Pacific Ledger"
    assert doc.url == "https://news.example.org/2023/chile-peru-fisheries"
    assert "Chile and Peru signed an accord on Monday" in doc.text and doc.dateline == "LIMA"
    assert "Fishing boats moored in the port of Arica on Sunday." in doc.text  # the <figcaption>
    for furniture in ("By Maria Lopez", "Share on Facebook", "(Photo | AP)", "ALSO READ", "Anchovy prices"):
        assert furniture not in doc.text


def test_html_without_metadata_reads_the_page_text_and_never_the_copyright_year(tmp_path: Path) -> None:
    page = (DATA / "page.html").read_text(encoding="utf-8")
    no_meta = "\n".join(line for line in page.split("\n") if "_time" not in line)  # no article:*_time
    assert "2023-06-12" not in no_meta
    no_meta = no_meta.replace("/2023/", "/")
    write(tmp_path, "undated.html", no_meta)
    write(tmp_path, "printed.html", no_meta.replace("<p>By Maria Lopez</p>",
                                                    "<p>By Maria Lopez</p><p>Published on June 12, 2023</p>"))
    docs = documents(list(read_articles([tmp_path])))
    assert (docs["undated.html"].published, docs["undated.html"].published_source) == (None, "unknown")
    printed = docs["printed.html"]
    assert (printed.published, printed.published_source) == (date(2023, 6, 12), "page")


# --------------------------------------------------------------------------------------------------
# Manifest


def test_manifest_with_a_malformed_line_still_applies_the_others() -> None:
    manifest = DATA / "manifest.jsonl"
    items = list(read_articles([DATA], manifest=manifest))
    assert "not valid JSON" in error_for(items, f"{manifest}:2")
    assert "YYYY-MM-DD" in error_for(items, f"{manifest}:3")
    manifest_errors = [item for item in items if isinstance(item, BadManifestError)]
    assert items[:len(manifest_errors)] == manifest_errors  # they come first
    docs = documents(items)
    assert docs["furniture.txt"].publisher == "Example Wire"  # line 1 applies
    assert docs["furniture.txt"].url == "https://example.org/port-strike"
    assert docs["duplicate.txt"].published is None  # line 2 is broken, so nothing dates it
    assert docs["page.html"].published_source == "html"  # line 3's bad date is not used
    # Line 4 names the corpus: the manifest wins over each line's own date.
    assert {docs[i].published for i in ("wire-001", "wire-003", "wire-005")} == {date(2023, 9, 30)}
    assert docs["wire-001"].published_source == "manifest"


def test_manifest_date_wins_over_the_page_date(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", f"Published: 05th February 2022 11:10 PM\n{GOOD}")
    manifest = write(tmp_path, "manifest.jsonl", '{"file": "a.txt", "published": "2022-02-04"}\n')
    (doc,) = list(read_articles([tmp_path], manifest=manifest))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_source) == (date(2022, 2, 4), "manifest")


def test_manifest_matches_by_resolved_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "articles").mkdir()
    write(tmp_path / "articles", "a.txt", GOOD)
    write(tmp_path, "manifest.jsonl", '{"file": "articles/a.txt", "published": "2022-02-05", "title": "T"}\n')
    monkeypatch.chdir(tmp_path / "articles")
    (doc,) = list(read_articles(["a.txt"], manifest="../manifest.jsonl"))
    assert isinstance(doc, Document)
    assert (doc.published, doc.published_source, doc.title) == (date(2022, 2, 5), "manifest", "T")


def test_manifest_problems_are_named_by_line(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", GOOD)
    manifest = write(tmp_path, "m.jsonl", "\n".join([
        '{"file": "a.txt", "publshed": "2022-02-05"}',
        '{"published": "2022-02-05"}',
        '["a.txt"]',
        '{"file": "gone.txt"}',
        '{"file": "a.txt", "publisher": "Again"}',
    ]) + "\n")
    items = list(read_manifest(manifest))
    messages = [str(item) for item in items if isinstance(item, BadManifestError)]
    assert [m.split(": ", 1)[0] for m in messages] == [f"{manifest}:{n}" for n in (1, 2, 3, 4, 5)]
    assert "publshed" in messages[0] and 'no "file"' in messages[1] and "does not exist" in messages[3]
    assert "already listed at line 1" in messages[4]
    assert all("\n" not in m for m in messages)


def test_a_missing_manifest_is_an_error_and_the_articles_still_load(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", GOOD)
    items = list(read_articles([good], manifest=tmp_path / "nope.jsonl"))
    assert "does not exist" in error_for(items, str(tmp_path / "nope.jsonl"))
    assert list(documents(items)) == ["good.txt"]


# --------------------------------------------------------------------------------------------------
# Content hash


def test_two_copies_of_one_article_share_a_hash() -> None:
    paths = [DATA / "furniture.txt", DATA / "duplicate.txt", DATA / "page.html"]
    docs = documents(list(read_articles(paths)))
    assert docs["furniture.txt"].content_hash == docs["duplicate.txt"].content_hash
    assert docs["furniture.txt"].content_hash != docs["page.html"].content_hash
    assert docs["furniture.txt"].text != docs["duplicate.txt"].text  # same article, different furniture


def test_content_hash_ignores_spacing_only() -> None:
    assert content_hash(" Japan  acted.\n\n") == content_hash("Japan acted.")
    assert content_hash("Japan acted.") != content_hash("Japan reacted.")
    assert len(content_hash("x")) == 64


def test_standard_input_is_one_article_or_a_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(GOOD.encode())))
    assert list(documents(list(read_articles(["-"])))) == ["stdin"]
    corpus = '{"id": "c1", "text": "Kenya acted on Monday."}\n{"id": "c2", "text": "Uganda acted too."}\n'
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(corpus.encode())))
    assert list(documents(list(read_articles(["-"])))) == ["c1", "c2"]


# ------------------------------------------------------------
# Huge, unreadable and script-only inputs


def test_an_article_longer_than_newsgraph_reads_is_refused_and_the_rest_loads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.ingest import readers

    monkeypatch.setattr(readers, "MAX_ARTICLE_CHARS", 1000)
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "huge.txt", GOOD * 20)
    write(tmp_path, "corpus.jsonl", json.dumps({"id": "c1", "text": GOOD * 20}) + "\n"
          + json.dumps({"id": "c2", "text": GOOD}) + "\n")
    items = list(read_articles([tmp_path]))
    assert set(documents(items)) == {"a.txt", "c2"}
    message = error_for(items, str(tmp_path / "huge.txt"))
    assert f"is {len(GOOD) * 20:,} characters long, more than the 1,000 newsgraph reads as one article" in message
    assert "split it into articles" in message and "\n" not in message
    assert "more than the 1,000" in error_for(items, f"{tmp_path / 'corpus.jsonl'}:1")


def test_a_file_too_large_to_be_one_article_is_refused_unread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsgraph.ingest import readers

    monkeypatch.setattr(readers, "_MAX_FILE_BYTES", 1000)
    write(tmp_path, "a.txt", GOOD)
    write(tmp_path, "huge.txt", GOOD * 20)
    read: list[str] = []
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        read.append(self.name)
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(read_articles([tmp_path]))
    assert set(documents(items)) == {"a.txt"} and read == ["a.txt"]
    assert "more than newsgraph reads as one article" in error_for(items, str(tmp_path / "huge.txt"))


def test_an_unreadable_file_is_skipped_with_a_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "a.txt", GOOD)
    locked = write(tmp_path, "locked.txt", GOOD.replace("Saturday", "Friday"))
    original = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == locked.name:  # root reads any file: the test makes the refusal itself
            raise PermissionError(13, "Permission denied", str(self))
        return original(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    items = list(read_articles([tmp_path / "a.txt", locked]))
    assert set(documents(items)) == {"a.txt"}
    assert error_for(items, str(locked)) == (f"{locked}: cannot be read (Permission denied); "
                                             "check the file's permissions")


def test_an_unreadable_subfolder_is_named_not_skipped_silently(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os

    write(tmp_path, "a.txt", GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked, "b.txt", GOOD.replace("Saturday", "Friday"))
    original = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(str(path)) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return original(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    items = list(read_articles([tmp_path]))
    assert set(documents(items)) == {"a.txt"}
    assert error_for(items, str(locked)) == (f"{locked}: cannot be read (Permission denied); check the folder's "
                                             "permissions; the files in it are skipped")


def test_noscript_text_is_not_article_text(tmp_path: Path) -> None:
    """What a page shows only without JavaScript is not the story (it once gave a false ASSAULT event)."""
    page = ("<html><head><title>Talks resume</title></head><body><article><h1>Talks resume</h1>"
            "<p>Japan and Russia resumed talks in Moscow on Monday about the disputed islands, officials said.</p>"
            "<noscript><div>Troops attacked the village overnight, killing three people.</div></noscript>"
            "<p>The two countries have not signed a peace treaty since the Second World War ended.</p>"
            "</article></body></html>")
    write(tmp_path, "page.html", page)
    text = documents(list(read_articles([tmp_path / "page.html"])))["page.html"].text
    assert "resumed talks in Moscow" in text and "peace treaty" in text
    assert "Troops" not in text


@pytest.mark.parametrize(("line", "kept"), [
    ("Australian police charged a clerk of Westpac Banking Corp <WSTP.S> with fraud.",
     "Australian police charged a clerk of Westpac Banking Corp with fraud."),
    ("Texas Air Corp's <TXN> Continental Airlines unit agreed.", "Texas Air Corp's Continental Airlines unit agreed."),
    ("Oerlikon-Buehrle Holding AG <OEBZ.Z> unit <Contraves AG> rejects charges.",
     "Oerlikon-Buehrle Holding AG unit Contraves AG rejects charges."),
    ('Kuwait"s Oil Minister said it isn"t so.', "Kuwait's Oil Minister said it isn't so."),
])
def test_wire_copys_tickers_brackets_and_typed_apostrophes_go_and_offsets_stay(line: str, kept: str) -> None:
    cleaned = remove_furniture(line)
    assert len(cleaned) == len(line)
    assert " ".join(cleaned.split()) == kept


@pytest.mark.parametrize("line", [
    'He said "yes" to the plan.',
    'The minister called it "unfair" and left.',
    "Prices rose if x<y and y>z held.",
])
def test_quotations_and_comparisons_are_not_wire_furniture(line: str) -> None:
    assert remove_furniture(line) == line
