"""Print the brief for a new composed check set: ``python bench/fresh/brief.py fresh-ge head``.

Each check set (docs/accuracy.md) is written blind by another engineer from this brief alone: it
says where to work, what to write, which truth conventions hold, how to check the set and what to
commit and report. The theme (``head``, ``citations``, ``foot``, ``answers``, ``common``, ``web``) chooses the
forms the set must spread over; everything else is the same for every set.

    python bench/fresh/brief.py fresh-ge head --ordinal hundred-and-eighty-seventh --nth thirty-seventh \\
        --branch freshge41f > /work/briefs/freshge-full.md
"""

from __future__ import annotations

import argparse
import sys

THEMES = {
    "head": ("the head of the letter", """\
The head: everything above the first paragraph that speaks to the addressee. Spread the 30 letters
over these forms (several per letter where real letters combine them), and add forms you know from
real letters that are not listed here:
- **Class marker (handling_type)** labelled (`办理类型：A`, `办理结果：B类`, `答复类别：乙`, `办复类别：`,
  `类别：`, `分类：`), bracketed after the title or the 文号 (`（A类）`, `【B】`, `[C类]`), bare on its own
  line in the head (`A`), in grade words (`已解决`, `正在解决`, `已采纳`, `列入计划逐步解决`, `留作参考`,
  `所提问题已经解决或基本解决`), in a table-like row (`办理类型　B类　　公开属性　主动公开`), on the 文号's
  line, at the foot (a `meta` block). About half the letters have a class marker, half do not.
- **Publicity** (`主动公开`, `依申请公开`, `不予公开`, `免予公开`, `删减后公开`, `此件主动公开`,
  `此件公开发布`, `公开方式：…`, `（此件公开发布）`, in the same bracket as the class set apart by `；` or
  `，`), above the title, beside the 文号, or at the foot; many letters have none.
- **文号** in 〔〕, ［］, [ ], （ ）, 【】; with or without 第; on its own line, on the title's line, in
  a bracket under the title (a `doc_number` block), in a table row with other head cells (the row one `doc_number`
  block); a 文号 with a label (`文号：…`, its line a `doc_number` block); rows such
  as `份号`, `签发人：…`, `紧急程度`, `密级` around it (meta blocks).
- **发文机关标志** (`××市××局文件`, `××局`) above the 文号, or a head of 发文机关 + 文种 only. An office's name
  alone right above a title that opens `关于`/`对` is the title's first line (a `title` block: real letters print a
  title over two lines so); a 发文机关标志 is set apart from the title by the 文号 line or ends in `文件`.
- **Title** on one, two or three lines (each printed line a `title` block), with the office's name
  or without, `关于…的答复`, `…的答复函`, `关于对…的答复`, `对…的答复`, `…办理情况的答复`, with the
  suggestion's title in it (quoted or not), with `（二次答复）`, `（补充答复）`, `（摘要）`, `（主办件）`, or
  the meeting and number bracketed under it.
- **Addressee (主送)**: one name with 代表/委员/同志, `尊敬的…`, `…您好：`, two or three names,
  `王五等10位代表`, a group (`民盟市委会`, `九三学社…支社`, `市工商联`), a delegation, an office for a
  协办意见, without its colon; website metadata rows (`索引号`, `发布机构`,
  `成文日期`, `复文标题：`) kept as `meta` blocks.
- A 协办意见 to a lead office (its `proposal` is the suggestion it deals with), and some letters that
  answer no suggestion: a 批复, a 复函, a reply to a 信访 or 12345 message (`proposal` null for these)."""),
    "citations": ("the documents a letter cites", """\
The documents cited (`cited_documents`): every document the letter names as a document it relies
on, in text order. Spread the 30 letters over these forms, and add forms you know from real letters
that are not listed here:
- laws and regulations in 《》 (short then full, full then short: one citation; `《条例》` after a full
  name is the same document), State Council, ministry and province orders with 令 numbers
  (`国务院令第NNN号`, a joint order of several issuers), notices, opinions, plans and measures with
  the issuer inside or outside 《》;
- 文号 after the title (`《…》（国办发〔2021〕N号）`), before it (`鲁农发〔2021〕6号《…》`,
  `以…〔2022〕4号印发《…》`), alone (`…〔2023〕17号文件`, `按照…〔2024〕3号要求`), two 文号 in one
  bracket (one document under two 文号: joined by `、` in `number`), a 文号 given in a later clause;
- a notice issuing a plan, and the plan named again (two citations); `以下简称《…》` (the short form
  is no second citation); standards (`GB 2763—2019《…》`, GB/T, DB…, JTG/T, SL, CJJ/T, YD/T), a
  white paper, a treaty, a pharmacopoeia, a 公报 (`（摘要）` stays in the title);
- a form the office served (`《责令限期整改通知书》`); an 附件 line in 《》 (cited after the body's,
  whatever it names); citations in a heading; the 请示 of a 批复 and the 函 of a 复函 (first);
- not citations: the suggestion or proposal itself, newspapers, TV programmes, books, readers,
  songbooks and handbooks compiled, certificates (`预防接种证`), websites, plans named by issuer and
  date without 《》. One or two letters cite nothing.
- Include a 协办意见, a 批复, a 复函 and a reply to a citizen's message (`proposal` null for the last
  three)."""),
    "foot": ("the foot of the letter", """\
The foot: everything after the last paragraph. Spread the 30 letters over these forms, and add forms
you know from real letters that are not listed here:
- **Signer**: one office, joint signers of two and three offices (on one line set apart by spaces,
  or one per line), a seal note (`（印章）`, `（此页无正文）` before the signer), the signer's line with
  `（盖章）`;
- **Date** in figures, in Chinese numerals with 〇 or ○ (`二〇二五年七月十日`), zero-padded
  (`2025年07月08日`), with dots or a website's `2024/06/18` (web copies), on the signer's line;
- **Contact**: `联系人：… 联系电话：…` on one line, on two lines, in brackets, in a table-like row,
  in the last paragraph (`如有疑问，请与…联系，电话：…`), two people (the one with a phone), two phones
  (the first), an extension (kept: `0571-8765432转8012`), a mobile, a fax line (`传真` is no phone),
  a unit only (`联系单位：…`, name null), `承办领导 … 承办人 … 电话` rows (contact = the 承办人), a duty
  phone in the body for questions (name null);
- **抄送** of one to eight units on one or two lines, `抄报`, `送`, with copy counts (`（2份）`) or
  without brackets, `印发` rows (`××局办公室　　2025年7月10日印发`, meta), 附件 lines with and without
  《》, class and publicity rows at the foot (`meta` blocks), a folio;
- a few letters from ministries and province departments, a township, a 协办意见, a 批复, a 复函
  and a 12345 reply (`proposal` null for the last three)."""),
    "answers": ("what the letter answers", """\
What the letter answers (`proposal`). Spread the 30 letters over these forms, and add forms you know
from real letters that are not listed here:
- **number** plain (`第23号`), zero-padded (`第0023号`, number 23), in a five-figure series
  (`第20156号`), `0xx建议` or `19号提案` without 第, in Chinese numerals, in a labelled row
  (`建议编号：…`), bracketed under the title, only in the opening, only in the body, with a year and a
  hyphen (`2025-37`: number null), none;
- **meeting (congress)** brief (`市十七届人大五次会议`, `区政协十届三次会议`), in full words
  (`××市第十七届人民代表大会第五次会议`), in figures, without its body (`十七届五次会议`), by its year
  only (`2026年市政协会议`: null), 闭会期间, the national congress's brief forms;
- **proposer**: one deputy or member, two, three, `等` with and without a count, a group, a
  delegation, party bodies (`民进市委会`), a committee, a federation, named only in the addressee or
  only in the opening;
- **title**: in 《》 in the opening, quoted in the letter's title, unmarked in the title, after
  `第N号提案，即`, unquoted after the meeting and number;
- **kind**: 建议, 提案, 议案, 意见, 批评和意见 (`代表建议、批评和意见` is kind 建议), a joint proposal;
- openings with 您/你/你们/贵委/贵会/贵单位/贵代表团/贵党派, `收悉`, `现答复如下`;
- a 协办意见, a 补充答复, a 复函 and a 批复 (proposal null for the last two)."""),
    "web": ("the letter as a website copied it", """\
Web copies: the letter as a government website published it and an archive stored the page, with
what the site added and what it dropped. Most archived replies reach users so. Every letter still
prints its own title, its body and its date at its foot. Spread the 30 letters over these forms
(several per letter), and add forms you know from real web copies that are not listed here:
- **What the site adds** (each line a `meta` block): a path (`当前位置：首页 > 政务公开 > 建议提案办理`),
  the record box's rows (`索引号：…`, `主题分类：…`, `发布机构：…`, `成文日期：…`, `发布日期：…`, `有效性：…`,
  `标题：…` or `复文标题：…`), its `发文字号：…` row (a `doc_number` block where the letter prints no other 文号), a
  `来源：…　发布时间：…　浏览次数：…` row, `【字体：大 中 小】`, `打印本页　关闭窗口`, `分享到：`, `相关附件：` with a
  file name (`附件1.…docx`): above the title, below the foot, or both.
- **What the site dropped**: the 年月日 of the date at the foot (`2023821`: the date where only one reading is a
  valid date, `2023-08-21`; null where two are, `2023112`), a closing bracket (`《关于…的建议收悉`, `（第12号收悉`),
  the colon after the addressee, the brackets of the 文号 (kept as printed), a line break (see below), the indent.
- **What the site ran together on one line** (one block, its role the first element's; the truth still reads each
  element from it): the office's name and the title set apart by a space (a `title` block); the title and the
  addressee (`…的答复王某代表：`, a `title` block); the 文号, the class and the publicity set apart by runs of spaces (a
  `doc_number` block); the signer and the date (a `signer` block); a contact and a phone row (a `note` block).
- **How the site spelled it**: a title broken over two lines with spaced characters (`答　　复`), the page's own
  heading repeating the title above the record box (a `meta` block), half-width brackets and digits, a 文号 in `[ ]` or `( )`, dates as `2024-06-18`
  in the record rows.
- Replies of every kind: to deputies and members (most), a 协办意见, a 复函 and a 12345 reply (`proposal` null for
  the last two)."""),
    "common": ("the common case at real length", """\
The common case: ordinary replies to deputies' suggestions and members' proposals as a county or
city office sends them, at real length, with the head, the body and the foot each in one of the
usual forms. Spread the letters over offices, regions, kinds (建议, 提案) and years."""),
}

BRIEF = """\
# Brief: compose the check set `bench/{set}` for govletter ({theme_title}, {a_nth} time)

You are an engineer on govletter, a Python library that turns Chinese government reply letters
(答复的函: a department's reply to a people's congress deputy's suggestion 建议 or a CPPCC member's
proposal 提案) into typed data. The project measures its parser on *composed check sets*: letters
written by someone who has never seen the parser's code or its errors, after the pattern of published
letters. You write the {ordinal} such set, `bench/{set}`, of **{n} letters** (`{prefix}-001` …
`{last}`), on **{theme_title}**.

**Keep it blind.** Do not open `src/govletter/`, `tests/cases/`, `tests/golden/`, `docs/accuracy.md`,
`CHANGELOG.md`, or any output of `bench/accuracy.py`; do not run the parser (`govletter`, `import
govletter`) on your letters. You may read `/work/shared/corpus/README.md`, `/work/shared/DOMAIN.md`,
the real letters in `/work/shared/corpus/dev/*/letter-fw.json` (for the pattern of real letters), and
earlier sets' `letter-fw.json` files under `bench/fresh-*` (for the file format only: do not copy their
letters, names or wording).

## Where to work

Your own git worktree **`{worktree}`** on branch **`{branch}`** (already made from `main`). Work and
commit only there. Use the project's Python: `/work/main/.venv/bin/python`. Do not touch `/work/main`.

## What to write

For each letter, a folder `bench/{set}/{prefix}-NNN/` holding `letter-fw.json`: the letter as the office
printed it, with full-width punctuation (，：；（）！？“”《》〔〕), in the corpus format:

```json
{{"id": "{prefix}-001",
 "source": {{"url": null, "publisher": "<the issuing office>",
            "note": "{note_prefix}<one or two sentences: who answers whom, and what is unusual in this letter as to {theme_title}>"}},
 "complete": true,
 "blocks": [{{"role": "doc_number", "text": "…"}}, {{"role": "title", "text": "…"}}, …],
 "truth": {{"doc_number": …, "handling_type": …, "publicity": …, "title": …, "addressee": …, "signer": …,
           "date": "YYYY-MM-DD", "contact": {{"name": …, "phone": …}} or null, "cc": [...], "headings": [...],
           "paragraphs": [...], "cited_documents": [{{"title": …, "number": … or null}}, …],
           "proposal": {{"congress": …, "kind": …, "number": <int> or null, "proposer": …, "title": …}} or null}}}}
```

The `note` must begin with exactly `{note_prefix}` (the checker checks that it does).

**Blocks** are the document in reading order, one block per printed paragraph or line, each with a
`role`: `meta` (labelled record rows, class/publicity rows, 份号/签发人 rows, 印发 rows, website
metadata, rules), `doc_number`, `title` (each printed title line its own block), `addressee`,
`heading` (a numbered line that stands alone: `一、…`, `（一）…`), `body`, `closing` (`特此函复。`,
`此复。` and the like, when set apart; a sentence above the signer that says whom to call, `如有疑问，请与…联系，
电话：…`, is `body`: the body's last paragraph, and it gives the contact), `signer`, `date`, `note` (contact lines,
a labelled one above the signer too, `联系人：…，电话：…。`; seal notes, 附注),
`cc` (抄送/抄报 rows), `attachment` (附件 lines).

**Truth**, following `/work/shared/corpus/README.md`:
- `doc_number`: as printed (a `第` in it kept), brackets normalised to 〔〕, without a label before it (`文号：`), without a bracket round
  the whole or a class mark after it (`（水函〔2024〕16号）`, `某函〔2024〕5号（A类）` → `某函〔2024〕5号`); null if none.
- `handling_type`: the class marker in whatever form it takes: a letter grade without 类 (`A`, `B`,
  `乙`), or the grade words as printed (`已采纳`, `正在解决`, `列入计划逐步解决`); routing labels
  (`主办`, `会办`, `协办`) are no class: null.
- `publicity`: the marker as printed inside its brackets, without its label (`主动公开`, `此件公开发布`;
  `（此件主动公开）` → `此件主动公开`, its 此件 kept).
- `title`: spaces removed; without a class marker, a 文号, `（补充答复）`/`（二次答复）`/`（主办件）`, or
  the meeting and number bracketed on a line under it (that line a `meta` block, and so is a `（补充答复）` on a line of
  its own); `（摘要）` and a ministry's
  category number (`（教育类178号）`) stay, and so does a meeting or number bracketed on the title's own line
  (`…的建议（第78号）的答复`, `…（16-3-45号）的答复`). A title over several lines is joined; an office's name
  alone on the line right above a title that opens `关于`/`对` is its first line, wherever the 文号 stands (above both
  or below them).
- `addressee`: the 主送 line without its colon and without a greeting glued to it (`…委员您好：` →
  `…委员`); `尊敬的` kept.
- `signer`: the issuing office(s) as printed at the foot (joint signers joined by `、`); `date`:
  the ISO reading of the printed date.
- `contact`: `{{name, phone}}` of the contact person with a phone (the first such person, without a unit printed
  before the name; the first phone; an extension kept as printed); a line naming only a unit → `{{"name": null, "phone": …}}`;
  a duty or service phone the body gives for questions (咨询/联系) → `{{"name": null, "phone": …}}`, but
  a short hotline number to report on (`12345`, `12319`: 反映/举报) is no contact (a full phone number the body
  gives, even to report on, `可拨打城市管理举报电话0551-65120319反映`, is the contact where the foot names none);
  a person the foot names wins over a phone the body gives; `承办领导` with `承办人` → the 承办人; null if none.
- `cc`: the 抄送 (and 抄报/送) recipients, one string each, in printed order (抄报 rows before 抄送 rows as printed),
  without copy counts (bracketed or not: `（2份）`, `2份`); places that share the unit named after the last of them are
  one recipient (`西藏自治区、青海省、四川省交通运输厅`), units listed after one place are not (`省农业农村厅、财政厅` →
  `省农业农村厅`, `财政厅`); `[]` if none.
- `paragraphs`: the texts of every `body`, `heading` and `closing` block, in order (a labelled contact line above the
  signer, `联系人：…，电话：…。`, is a `note`, not a paragraph; a sentence that says whom to call is one); `headings`: the
  texts of the `heading` blocks.
- `cited_documents`: in text order, a document the letter's title names in 《》 first; `title` without
  《》, `number` its 文号 (〔〕), order number or standard code (`GB/T 50600—2020`) as printed, or null. One document under two 文号: both joined by `、`. A law
  short then full is one citation, by the name printed first; a notice issuing a plan and the plan named again are two. A
  title keeps a 〈〉 inside it as printed; a 文号 given in a later clause (`该方案文号为…`) is the number of the document
  named before it (one citation). A 《》
  on an 附件 line is cited after the body's (once only, where the body names the same document). The 请示 a 批复 answers and the 函 a 复函 answers are cited
  (first, after any document the letter's own title names). A short name glossed by the full one in brackets or after 即 (`《大气法》（《中华人民共和国大气污染防治法》）`,
  `《草原法》即《中华人民共和国草原法》`) is one document by its full name. A 文号 printed alone (`按照…〔2024〕3号要求`, the earlier reply's
  `以某函〔2022〕41号作了答复`) is cited `{{title: null, number}}`. An edition or revision note outside the 《》
  (`（2020年版）`, `，2014年修订`) is in neither title nor number. Titles and numbers keep their inner spaces
  as printed. A form the office serves (`下达《责令限期改正通知书》`) is cited, with its 文号 if it has one. Not cited: the suggestion itself (even where the letter's title names it in 《》), newspapers, TV,
  books, readers, handbooks and bulletins the office says it compiles (`我局编印了《…手册》`, `编写《…公报》`; a 公报 the
  letter relies on or that was issued, `据《…公报》`, `发布的《…公报》`, is cited), certificates, plans without 《》. A
  gloss is the full name right after the short one, in brackets or after 即; the full name printed apart later is the
  short-then-full case (the name printed first).
- `proposal`: null for documents that answer no suggestion (批复, 复函, 信访/12345 replies); a 协办意见
  or 会办意见 carries the suggestion it deals with, like a reply.
  `congress` the meeting as printed (brief or full words; as the letter's title names it where it does, else
  as the opening does, else as a bracketed line under the title or a `会议届次：` row gives it; but a title's
  meeting without its body, `十五届三次会议`, gives way to the opening's that names the body, `市十五届人大三次会议`),
  null when given by
  its year only or not
  at all (`闭会期间` is no meeting: null); `kind` 建议, 提案 or 议案 (a deputy's 意见 or 批评和意见 is a 建议, a
  member's a 提案); `number` an integer (zero-padding dropped), null when written
  with a year and hyphen (`2025-37`, `第2025-37号`), with letters (`B-23`), or absent
  (`第20260147号`, figures alone, is an integer; a delegation's prefix is left out, `东12号` → 12; a 届-次-序 composite `11-3-42` is its serial, 42, and gives no
  `congress` of itself: a meeting the letter names is still the `congress`); `proposer` the names as printed
  without 代表/委员 (`等` kept: `胡某等5名代表` → `胡某等`, unless the count equals the names listed;
  `您与其他代表联名提出的…`, the others neither named nor counted, is the one addressed alone; counted, `您与另外2位代表联名…`
  or `您与其他4名代表提出的…`, it is `张某等`; where the opening names more of them than the 主送, `陈某等代表：` / `陈某、黄某等12位代表提出的…`, the
  opening's fuller list, `陈某、黄某等`),
  a group's name as printed (a meeting printed before a delegation's name is no part of it: `区七届人大二次会议某镇代表团：`
  → `某镇代表团`); `title` the suggestion's title as printed (quoted full name wins over a
  shorter form; a title printed unbracketed in the opening is the title).

## How the letters must look

- **Real length and real variety.** Bodies of 600–1800 characters (the texts of `truth.paragraphs`)
  in 3–9 paragraphs (headings not counted: a letter with headings may have up to 9 paragraphs besides them),
  the way real offices write them: facts, figures, measures taken, difficulties,
  next steps, thanks. Spread the lengths: about a third of the letters under 800 characters, a third
  800–1200, a third over 1200. Measure the lengths as you write (a letter
  under 800 characters is the most common shortfall); a long letter is long through fuller paragraphs, not more of them.
  Vary the paragraph lengths (some one sentence, some 250 characters); do not open every paragraph
  with the same words (at most three paragraphs in the set opening with `下一步，`).
- **Spread**: provinces and regions across China, levels from ministry to township, years 2022–2026,
  建议 and 提案 (and some 议案), different subjects. Plausible names, units and phones (area codes
  that fit the place). Do not use `·` in names (the renderer's font lacks it).
- **Hard cases on purpose**: the theme's forms below, several per letter, and forms you have seen in
  real letters that the list does not name. Write each letter so that a careful person reads every
  truth value from the printed letter alone.

## The theme: {theme_title}

{theme_text}

## How to check and finish

Run from `{worktree}`:

1. Write `bench/{set}/SPLIT` (copy `bench/fresh-gd/SPLIT`: every letter is a check letter).
2. `/work/main/.venv/bin/python bench/fresh/make_ascii.py bench/{set}` (writes each `letter.json`).
3. `/work/main/.venv/bin/python bench/fresh/check_truth.py bench/{set}`: it must report no error.
   Read its notes (《》 titles "is printed but neither cited…" among them) and make sure each is right.
   Its last line counts the body lengths: it must show none under 600 and about {third} letters in each of
   600–799, 800–1200 and 1201–1800; lengthen letters (fuller middle paragraphs) until it does.
4. `/work/main/.venv/bin/python bench/fresh/make_pdfs.py --no-scan --root bench/{set}` (writes
   `v0.pdf`; if you change a letter after this, delete its `v0.pdf` and run it again).
5. Add `("{set}", "{prefix}-001", {n})` as the last entry of `_SETS` in `tests/test_fresh.py`, then
   `/work/main/.venv/bin/python -m pytest -q -p no:cacheprovider tests/test_fresh.py -k "{set}"`:
   it must pass.
6. Commit everything on `{branch}` in one commit (letters, `letter.json`, `v0.pdf`, `SPLIT`,
   `test_fresh.py`), message:
   `bench/{set}: a {ordinal} composed check set of {n} letters ({prefix}-001 … {last}), blind, on {theme_title} {a_nth} time: <the forms it holds, in one sentence>`.

**Report** (your last message): the commit hash; the forms the set holds, per letter in one short
line each; every truth convention you had to decide yourself (where this brief was silent), with
the letter ids; anything in this brief that was unclear. Hand in within 40 minutes; if the set would take
longer, hand in what is complete and checked rather than rush the truths, and say so.
"""


def brief(name: str, theme: str, *, ordinal: str, nth: str, branch: str, worktree: str, letters: int = 30) -> str:
    """The brief for the set ``bench/<name>`` on ``theme``."""
    title, text = THEMES[theme]
    prefix = "f" + name.removeprefix("fresh-")
    note_prefix = (f"Composed for govletter's {ordinal} fresh check set ({name}) after the pattern of "
                   "published letters; not a published document. ")
    a_nth = f"{'an' if nth.startswith(('eight', 'eleven')) else 'a'} {nth}"  # 'an eighty-first', 'a seventy-fifth'
    return BRIEF.format(set=name, theme_title=title, theme_text=text.replace("the 30 letters", f"the {letters} letters"),
                        a_nth=a_nth, ordinal=ordinal, prefix=prefix, worktree=worktree, branch=branch,
                        note_prefix=note_prefix, n=letters, last=f"{prefix}-{letters:03d}", third=round(letters / 3))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("name", help="the set's folder under bench/, e.g. fresh-ge")
    parser.add_argument("theme", choices=sorted(THEMES))
    parser.add_argument("--ordinal", required=True, help="e.g. hundred-and-eighty-seventh")
    parser.add_argument("--nth", required=True, help="how many times the theme has been set, e.g. thirty-seventh")
    parser.add_argument("--branch", required=True)
    parser.add_argument("--worktree", help="default: /work/wt-<name without the dash>")
    parser.add_argument("--letters", type=int, default=30, help="how many letters the set holds (default 30)")
    args = parser.parse_args(argv)
    worktree = args.worktree or f"/work/wt-{args.name.replace('-', '')}"
    sys.stdout.write(brief(args.name, args.theme, ordinal=args.ordinal, nth=args.nth, branch=args.branch,
                           worktree=worktree, letters=args.letters))
    return 0


if __name__ == "__main__":
    sys.exit(main())
