"""Times stage: DATE, TIME, DURATION and SET expressions of Japanese news, with TIMEX3
values resolved against the publication date (see ``docs/times.md``).

Recognition works on the article text with regular expressions (Arabic, full-width and
kanji numerals are read in place, so offsets never shift); resolution walks the
expressions in text order so that 同日 / 翌日 / 同月 / 同年 take the last resolved date
before them. Nothing here needs the parser; tokens are only used by :func:`date_of` to
find clause boundaries.

Public helpers:

* :func:`find_times` (the registered stage),
* :func:`date_of` (the date governing a span: events and quotes call it),
* :func:`infer_published` (Wikinews source lists, datelines),
* :func:`times_of` (text -> Time records without the parser, for quick use and tests).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field

from ..model import Time
from . import register

VERSION = "1.21"

# --------------------------------------------------------------------------- numbers
DIG = "0-9０-９"
KAN = "〇零一二三四五六七八九十百千"
_FW = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_KD = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_KU = {"十": 10, "百": 100, "千": 1000}


def parse_num(s: str) -> float | int | None:
    """Arabic (half/full width, decimals, thousands commas) or kanji numeral -> number.
    二〇二五 -> 2025 (digit by digit), 二十五 -> 25, 千九百八十 -> 1980."""
    s = s.translate(_FW).replace(",", "")
    if not s:
        return None
    if re.fullmatch(r"\d+", s):
        return int(s)
    if re.fullmatch(r"\d+\.\d+", s):
        return float(s)
    if all(c in _KD for c in s):
        return int("".join(str(_KD[c]) for c in s))
    total, cur = 0, 0
    for c in s:
        if c in _KD:
            cur = cur * 10 + _KD[c] if cur else _KD[c]
        elif c in _KU:
            total += (cur or 1) * _KU[c]
            cur = 0
        else:
            return None
    return total + cur


def _fmt_num(n: float | int) -> str:
    if isinstance(n, float) and not n.is_integer():
        return f"{n:g}"
    return str(int(n))


# --------------------------------------------------------------------------- values
def _fmt(y: int | None, m: int | None = None, d: int | None = None, gran: str = "d") -> str:
    """Date value at granularity y / m / d; unknown parts are X."""
    ys = f"{y:04d}" if y is not None else "XXXX"
    if gran == "y":
        return ys
    ms = f"{m:02d}" if m is not None else "XX"
    if gran == "m":
        return f"{ys}-{ms}"
    ds = f"{d:02d}" if d is not None else "XX"
    return f"{ys}-{ms}-{ds}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + (m - 1) + k
    return i // 12, i % 12 + 1


def _week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def _safe_date(y, m, d) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (TypeError, ValueError):
        return None


# --------------------------------------------------------------------------- patterns
# A number that does not continue a longer number (and is not a sign/letter code).
_NB = rf"(?<![{DIG}A-Za-zＡ-Ｚａ-ｚ])(?<![{DIG}][.,．，])"
_NUM = rf"{_NB}[{DIG}]{{1,4}}"
_KNUM = rf"(?<![{KAN}])[{KAN}]{{1,5}}"
_NUMK = rf"(?:{_NUM}|{_KNUM})"
_DEC = rf"{_NB}[{DIG}]+(?:[.．][{DIG}]+)?"
# characters that make the word before a bare 年末 / 年内 a compound (学年末, 少年内)
_WORDCH = r"一-龥々〆ヶァ-ヴー"

PRE_RE = re.compile(r"約|およそ")
POST_RE = re.compile(r"ごろ|頃|前後")
YEAR_RE = re.compile(
    rf"(?P<y4>{_NB}[{DIG}]{{4}})\s?年(?!代|度|間)"
    rf"|(?P<y4k>(?<![{KAN}])[〇一二三四五六七八九]{{4}})年(?!代|度|間)"
    rf"|(?P<era>令和|平成|昭和|大正|明治)\s?(?P<eran>{_NUMK}|元)\s?年(?!代|度|間)"
    rf"|(?P<y2>{_NB}[{DIG}]{{2}})年(?=\s?[{DIG}{KAN}]{{1,2}}\s?月)"
    # 今年の漢字 is the name of a yearly contest (the kanji of the year), no time (R44)
    r"|(?P<yrel>今年|本年|昨年|去年|来年|一昨年|再来年|おととし)(?!度|の漢字)"
    r"|(?P<yanc>同年|同じ年|翌年|前年|この年|その年|翌々年)(?!度|比|同|齢|代)"
)
# 1899年(明治32年)7月22日, 平成27年(2015年)1月: the same year in the other calendar, in brackets
PAREN_YEAR_RE = re.compile(rf"[(（](?:[{DIG}]{{4}}|(?:令和|平成|昭和|大正|明治)\s?(?:{_NUMK}|元))\s?年[)）]")
ERA_BASE = {"令和": 2018, "平成": 1988, "昭和": 1925, "大正": 1911, "明治": 1867}
YREL = {"今年": 0, "本年": 0, "昨年": -1, "去年": -1, "来年": 1, "一昨年": -2, "おととし": -2, "再来年": 2}
YANC = {"同年": 0, "同じ年": 0, "この年": 0, "その年": 0, "翌年": 1, "前年": -1, "翌々年": 2}

MONTH_RE = re.compile(
    rf"(?P<mo>{_NB}[{DIG}]{{1,2}}|(?<![{KAN}])(?:十[一二]?|[一二三四五六七八九]))\s?月(?!号|間|刊|例|謝|賦|額|給)"
    r"|(?P<mrel>今月|先月|来月|先々月)(?!比)"
    r"|(?P<manc>同月|翌月|前月)(?!比)"
)
MREL = {"今月": 0, "先月": -1, "来月": 1, "先々月": -2}
MANC = {"同月": 0, "翌月": 1, "前月": -1}

# what makes a day count a length of time (3日ぶり, 2日連続, 5日遅れ, 10日が経過, 14日早い)
_DUR_TAILS = (
    r"ぶり|連続|以内|以上|余|あまり|足らず|近く|分|ほど|程度|ずつ|ごと|おき|遅れ"
    r"|早く|早め|早い|遅い|(?:を|が)(?:経過|経|たっ|経っ)|が過ぎ|ずら|延期|順延"
)
# ... and what else after a day number makes it no date (3日本, 5日間, 2日目, 10日前)
_DAY_NOT = rf"(?!{_DUR_TAILS}|本|間|目|町|市|村|曜|前|後(?!半)|平均|あたり|当たり|当り)"
# 1日で (in one day: 1日で撤回, 1日で退院), not 1日でも早く nor the copula (1日です, 1日である,
# 1日でした, 1日でございます, 1日で、開票は2日: a comma after で is the copula's continuative)
ONE_DAY_DUR_RE = re.compile(r"で(?![、，,]|も|は|の|す|あ|し[たて]|ござ)")
#: 1日 as the unit of a rate: 1日につき100万ドル, 1日に328回, 1日に十数作品, 1日数回, 1日30往復,
#: 1日4億ドル (not 1日10時, a clock on the 1st, nor 1日3日; not 1日に何が起きたか, 1日に数学の試験: the 1st)
ONE_DAY_RATE_RE = re.compile(rf"につき|に(?=十数|数[回度人件本台個百千万十作]|何[回度人件本台個百千万十時]"
                             rf"|[{DIG}]+(?:[.,．，][{DIG}]+)?[万千百]?回)"
                             rf"|(?=数[回人件本台個百千万十])|(?=[{DIG}])(?![{DIG}]{{1,2}}\s?(?:時|:|：|日|月))")


def _one_day_rate(nxt: str) -> bool:
    """Is the 1日 before ``nxt`` the unit of a rate (a DURATION P1D, as the gold codes all such:
    1日20人, 1日に328回, 1日につき100万ドル), not the first of a month?"""
    return bool(ONE_DAY_RATE_RE.match(nxt))
# words before a day count that make it a length of time (もう1日, わずか1日)
_DAY_DUR_BEFORE = re.compile(r"(?:もう|あと|わずか|さらに|計|合計|最長|最短|丸|泊)$")
_ANAPH_DAY_NOT = r"(?!本人|程|経(?![済由営過験]))"
DAY_RE = re.compile(
    rf"(?P<dd>{_NB}[{DIG}]{{1,2}}|(?<![{KAN}])(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))\s?日{_DAY_NOT}"
    r"|(?P<dtod>今朝|昨夜|昨晩|今夜|今晩|今夕|同夜|当夜|翌朝|翌未明|同朝|前夜|(?:この|その)夜(?![行景間空]))"
    r"|(?P<drel>今日|本日|一昨日|昨日|明後日|明日|(?<![ぁ-ん])(?:きょう|きのう|おととい|あさって|あす|あした)(?=[、はのにもで]|から|[一-龥]|[(（][0-9０-９]))"
    # not この / その / 同 before another word of 日 (この日本人, その日程, この日経=AP電, 同日経記事);
    # 翌日本人 / 当日本人 / 前日本人 stay days (翌日, 本人が…)
    # 当日 after a noun is "the day of X" (事件当日, 選挙当日, 発売当日, (10月1日)当日): the gold
    # annotates 3 of 14 such; 当日有権者 / 当日券 are words (round 31)
    # 即日控訴 / 即日実施 / 即日失職: that same day (the gold dates 7 of 7); 即日開票 / 即日投開票
    # is the way of counting votes, never dated (0 of 33) (R44)
    # 死去前日の16日, 合併前日の30日: the date after it is the time expression (8 of 8 undated)
    rf"|(?P<danc>(?:同日|この日|その日){_ANAPH_DAY_NOT}|(?<![一-龥ァ-ヶー)）])当日(?!有権者|券)|翌々日|翌日"
    rf"|前日(?!の\s?[{DIG}]{{1,2}}\s?(?:月\s?[{DIG}]{{1,2}}\s?)?日)|即日(?!投?開票)"
    r"|(?<!と)(?<!毎年)(?<!毎月)同じ日(?![本産数付程]))(?!比)"
)
DREL = {"今日": 0, "本日": 0, "きょう": 0, "昨日": -1, "きのう": -1, "一昨日": -2, "おととい": -2,
        "明日": 1, "あす": 1, "あした": 1, "明後日": 2, "あさって": 2}
DANC = {"同日": 0, "当日": 0, "即日": 0, "この日": 0, "その日": 0, "同じ日": 0, "翌日": 1, "前日": -1, "翌々日": 2}
DTOD = {"今朝": ("rel", 0, "MO"), "昨夜": ("rel", -1, "NI"), "昨晩": ("rel", -1, "NI"),
        "今夜": ("rel", 0, "NI"), "今晩": ("rel", 0, "NI"), "同夜": ("anc", 0, "NI"),
        "当夜": ("anc", 0, "NI"), "翌朝": ("anc", 1, "MO"), "翌未明": ("anc", 1, "MO"), "同朝": ("anc", 0, "MO"),
        "前夜": ("anc", -1, "NI"), "今夕": ("rel", 0, "EV"), "この夜": ("anc", 0, "NI"),
        "その夜": ("anc", 0, "NI")}

DAY_RANGE_RE = re.compile(
    rf"(?P<dd>{_NB}[{DIG}]{{1,2}})(?=\s?(?:[-－～〜~・、]|から)\s?[{DIG}]{{1,2}}\s?両?日)"
)
DAY_RANGE_BARE_RE = re.compile(
    rf"(?P<dd>{_NB}[{DIG}]{{1,2}})(?=\s?(?:[-－～〜~]|から)\s?[{DIG}]{{1,2}}\s?日(?!間|目))"
)
WEEK_RE = re.compile(r"(?P<w>先々週|先週|今週|来週|同週|翌週|前週)(?!比)(?P<we>末)?")
WREL = {"先々週": -2, "先週": -1, "今週": 0, "来週": 1}
WANC = {"同週": 0, "翌週": 1, "前週": -1}
WDAY_RE = re.compile(r"(?<!毎週)(?<!毎)(?P<wd>[月火水木金土日])曜(?:日)?")
WDAYS = "月火水木金土日"
WDAY_TAIL_RE = re.compile(r"[月火水木金土日]曜日?")
WDAY_NO_RE = re.compile(r"[月火水木金土日]曜(?:日|(?![一-龥]))")
# 1日(金)午前: a weekday in parentheses joins the day only when a time of day follows
WDAY_PAREN_TOD_RE = re.compile(r"[(（][月火水木金土日](?:曜日?)?[)）](?=午前|午後|未明|早朝|朝|昼|夕方|夜|深夜|正午)")
EN_MONTHS = ("january february march april may june july august september october "
             "november december").split()
# full names first, then Sept and the three-letter forms (May is both)
EN_MON = "|".join([m.capitalize() for m in EN_MONTHS] + ["Sept"]
                  + [m[:3].capitalize() for m in EN_MONTHS if len(m) > 3])
#: first three letters (lower case) -> month number
EN_MONTH_NUM = {m[:3]: i for i, m in enumerate(EN_MONTHS, 1)}
# English dates of cited sources (BBC News, October 9, 2005 / 20 April 2006), spaces optional
EN_DATE_ANY_RE = re.compile(
    rf"(?:(?P<mon>{EN_MON})\.?\s?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s?(?P<y>[0-9]{{4}})"
    rf"|(?<![0-9])(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?\s?(?P<mon2>{EN_MON})\.?,?\s?(?P<y2>[0-9]{{4}}))(?![0-9])"
)

# an earthquake bulletin's glued stamp: year, month name, day and a clock with no space
# between (INDONESIA2006May2622:53:58, 2006October901:15): the last two digits before the
# colon are the hour, the ones before them the day
EN_STAMP_RE = re.compile(
    rf"(?<![0-9])(?P<y>(?:19|20)[0-9]{{2}})(?P<mon>{EN_MON})(?P<d>[0-9]{{1,2}})(?P<hh>[0-2][0-9]):(?P<mi>[0-5][0-9])"
    r"(?::(?P<ss>[0-5][0-9]))?(?![0-9])"
)
# a year glued to the name of an election in a headline or a section title (2009衆院選,
# 2016東京都知事選候補者, 2007参議院選挙): no 年, so YEAR_RE does not see it; not a count
# (2000万人選挙区)
YEAR_ELECTION_RE = re.compile(
    r"(?<![0-9０-９.,:/\-])(?P<y>(?:19|20)[0-9]{2})(?![年度万億千百人])(?=[一-龥ァ-ヴー]{0,8}?(?:選挙|(?<=[院事長領])選))"
)

# an English month and day without a year (Haiti sets Dec.27 election date)
EN_MD_RE = re.compile(rf"(?P<mon>{EN_MON})\.?\s?(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?![0-9]|,?\s?[0-9]{{4}})")
TOD_RE = re.compile(
    r"午前|午後|未明|早朝|明け方|朝(?!刊|食|日|鮮)|昼(?!食|間)|正午|夕方|夕刻|夕(?=[、，,にのはもか)）]|まで|$)|深夜"
    r"|夜(?!明|間|景)|晩(?!餐|年)"
)
TOD = {"午前": "MO", "午後": "AF", "未明": "MO", "早朝": "MO", "明け方": "MO", "朝": "MO", "昼": "MI",
       "正午": "MI", "夕方": "EV", "夕刻": "EV", "夕": "EV", "深夜": "NI", "夜": "NI", "晩": "NI"}
_PM = {"午後", "夕方", "夕刻", "夕", "夜", "晩"}
# 9:49, 21:10 (a colon clock): only inside a chain (午前9:49, 5日午後8:50) or with a clue
COLON_CLOCK_RE = re.compile(
    r"(?<![0-9:])(?P<hh>[0-2]?[0-9]):(?P<mi>[0-5][0-9])(?P<half>(?!))?(?::(?P<ss>[0-5][0-9]))?(?![0-9:])(?!\s*(?:[apAP]\.?[mM]|Uhr))"
)
# a time zone between a day and a time of day (4日英国夏時間午後, 3日現地時間夜, 3日現地午前)
TZ_WORD_RE = re.compile(r"(?:(?:日本|現地|[一-龥ァ-ヴー]{1,6})時間|現地)の?")  # 3日現地午前10時 too
# a time of day alone (午後になると, 内閣が午後発足へ, 日本時間夜): the day of the last date
TODONLY_RE = re.compile(
    r"(?:(?<=日本時間)|(?<=現地時間)|(?<![一-龥々ァ-ヴー0-9０-９]))(?P<w>午前|午後|未明|夕方|夜|朝"
    # 正午 alone (正午に黙祷, 正午過ぎに再開, 日本時間正午): noon of the last day (21 of 21 dated) (R44)
    r"|正午(?P<noonpost>頃|ごろ|過ぎ|すぎ)?)"
    r"(?![0-9０-９一二三四五六七八九十〇時刊食間中日鮮廷])"
)
# 14日から始まる週 / 21日からの週 / 21日の週
WEEKOF_RE = re.compile(r"(?:から始まる|からの|の)週(?![間末刊報])")
CLOCK_RE = re.compile(
    rf"(?P<hh>{_NB}[{DIG}]{{1,2}}|(?<=[前後])[{KAN}]{{1,3}})\s?時(?![間点代期台限計差事])"
    rf"(?:\s?(?:(?P<mi>[{DIG}]{{1,2}}|[{KAN}]{{1,3}})\s?分(?!間|の[{DIG}一二三四五六七八九])|(?P<half>半)))?"
    rf"(?:\s?(?P<ss>[{DIG}]{{1,2}})\s?秒)?"
)
SEASON_RE = re.compile(r"(?P<s>春|夏|秋|冬)(?!季|期|場|至|休|眠|服|物|時間|闘|祭|学期|の陣)")
SEASON = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
SEASON_WORD_RE = re.compile(r"(?P<sy>昨|今|来|この)(?P<s>春|夏|秋|冬)(?!季|期|場|休|物)")
SY = {"昨": -1, "今": 0, "来": 1, "この": 0}
HALF_RE = re.compile(r"上半期|下半期|前半|後半")
PART_RE = re.compile(r"初旬|上旬|中旬|下旬|初め|はじめ|初頭|半ば|末|内|中(?![国華東部心央間止断継期])")
PART_MOD = {"初旬": "START", "上旬": "START", "初め": "START", "はじめ": "START", "初頭": "START",
            "中旬": "MID", "半ば": "MID", "下旬": "END", "末": "END", "内": None, "中": None,
            "前半": "START", "後半": "END"}

# words that make a clause future-oriented (a bare day number may then be ahead)
FUTURE_RE = re.compile(
    r"予定|見通し|見込|方針|方向|予想|計画|目指|意向|予告|検討|延期|順延|恐れ|おそれ|可能性|予報|開催される|行われる|へ(?=[。』]|$)"
    # 21日にも解散 (as early as: ahead), 信任を問いたい (a wish)
    r"|[0-9０-９]日にも|たい(?=[。」』、]|と)"
)
# a sentence that ends in a non-past predicate (する。開く。開かれる。) speaks of what
# is coming; progressive and hearsay endings (している, という, とみられる) do not
NONPAST_END_RE = re.compile(r"[うくぐすつぬぶむる]$|(?:予定|方針|見通し|見込み|考え|意向)(?:だ|である)?$")
NOT_NONPAST_RE = re.compile(
    r"(?:てい|でい|てあ|であ|とい|と言|てお|でお|ある|いる|とされ|とみられ|と見られ|といわれ|と言われ|られてい)[るう]?$"
)
# a day number that names something still coming although its sentence has no word of
# FUTURE_RE (10日召集の臨時国会, 14日から始まる一般質問, 25日に…行うことで合意):
# a scheduling noun right after the day (not in the past: 12日開幕した), a non-past
# attributive verb right after the day and its particle, or a clause that ends in a plan
# (…することで合意 / ことにしている / ことを決めた) with no past tense before it
AHEAD_NOUN_RE = re.compile(
    r"(?:召集|開幕|開会|閉会|投開票|投票|開票|公示|告示|発売|発効|施行|解禁|開通|開業|着工|締め切り|締切)"
    r"(?:の|予定|へ|と|が|で|を|、|[)）』]|[0-9０-９])"
)
AHEAD_VERB_RE = re.compile(
    r"(?:から|より|に|にも|まで|までに)?[一-龥]{1,4}"
    r"(?:される|する|まる|われる|かれる|れる|める|じる|う|く|る|む|す|つ|ぶ)"
    r"(?=こと|事|予定|見込|ため|よう|の[^ぁ-ん]|[一-龥ァ-ヴー「『(（])"
)
AHEAD_PLAN_RE = re.compile(
    r"[^、。」』]{0,50}?[うくぐすつぬぶむる]こと(?:で合意|にしている|にした|とした|を決め|を発表|にな|とな)"
)
# a clause that ends in a non-past verb reported by と (14日の会談で説明する、と語った,
# 10日に訪問すると外務省筋が明らかにした, 「28日以降、…送り返す」との報道): what someone said
# will come. No 、 or 「 in the clause unless it closes a quote the day is in, so that a day
# that dates the reporting verb (外相は28日、来月訪米すると述べた) is left out; and a word of
# reporting or forecast after と (not a condition: 到着すると既に火は消えていた)
AHEAD_SAY_RE = re.compile(
    r"(?:[^、。「」』]{0,50}?[うくぐすつぬぶむる]、?|[^。「」』]{0,50}?[うくぐすつぬぶむる]」)"
    r"と(?![、もなかきこ]|して|いう|いっ|共|同)"
)
AHEAD_SAY_VERB_RE = re.compile(
    r"し(?:た|ている|ており)|[^。「」『』]{0,30}?(?:述べ|語|表明|発表|明らか|説明|話し|発言|強調|伝え|報じ|報道|示唆"
    r"|言明|宣言|予告|通告|通知|回答|答え|主張|約束|方針|意向|考え|見方|見通し|見込|見られ|見て|予想|予測|観測"
    r"|申し入れ|書き込|コメント|寄稿|声明)"
)
AHEAD_PAST_RE = re.compile(r"(?:た|だ)(?=[、。」』]|こと|の|と|[一-龥ァ-ヴー]|$)|ている|ていた")


def _ahead(text: str, pos: int) -> bool:
    """Does the day number ending at ``pos`` name something still coming?"""
    if AHEAD_NOUN_RE.match(text, pos) or AHEAD_VERB_RE.match(text, pos):
        return True
    m = AHEAD_PLAN_RE.match(text, pos)
    if not m and (m := AHEAD_SAY_RE.match(text, pos)) and not AHEAD_SAY_VERB_RE.match(text, m.end()):
        return False
    return bool(m) and not AHEAD_PAST_RE.search(m.group())


# what after a date makes it no year for the bare months after it (1947年2月以来, 2007年3月期)
MONTH_PREV_NOT_RE = re.compile(r"\s?(?:以来|期)")
# a year heading the dates of a chronology (2001年:8月13日), and a span of years before it
YEAR_COLON_RE = re.compile(r"\s?[:：]\s?")
YEAR_SPAN_BEFORE_RE = re.compile(r"[0-9０-９]{2,4}\s?[-－–~～〜]\s?$")
# an election calendar: the polling day after the day of the notice takes its month
ELECTION_GAP_RE = re.compile(r"(?:に)?(?:告示|公示)(?:し)?[、・,，]?\s?(?:で)?")
# how far back a bare day number looks for the same day written with its month
SAME_DAY_WINDOW = 600
#: a bare day at most this many days after the reference day stays in its month, past tense
#: or not: a Wikinews reference date trails the last events told by a day or two (time zones,
#: an article written over two days), and a date 28 days back is the unlikelier reading
#: (over the 1,025 annotated articles 64 of 67 such days are in the reference month)
DAY_AFTER_REF = 2
#: a day more than FAR_BACK days before the reference date, written more than a sentence
#: before 同日 / この日 of a past sentence, is background, not the day it points at
#: (1969年7月20日に月面着陸を果たした。…。…。オバマ大統領は同日に声明を発表し: the day of the
#: news): the last day told from STORY_BACK days before the reference date on is taken, else
#: the reference date itself
FAR_BACK = 31
STORY_BACK = 7
#: an open bracket between a day and 当日 / 同日: a note on that very day (10月31日(当日消印有効))
OPEN_BRACKET_RE = re.compile(r"[(（][^)）]*$")
#: after a day: the issue date of a paper (4月5日付夕刊1面, 5日付朝刊): never a plan; a day
#: that looks ahead of the reference date this way means an inferred reference date is off
ISSUE_DATE_RE = re.compile(rf"\s?付け?\s?(?:の\s?)?(?:朝刊|夕刊|紙面|記事|[{DIG}]{{1,2}}\s?面)")
# connectors of a range or enumeration: the second member inherits year / month
RANGE_CONNECT_RE = re.compile(r"\s?(?:から|～|〜|~|－|-|ー|―|まで|にかけて)\s?")
CONNECT_RE = re.compile(r"(?:から|～|〜|~|－|-|ー|―|・|、|と|や|および|及び|ないし|または|まで、?|にかけて、?)")

UNIT_RE = r"年|カ月|ヵ月|ヶ月|か月|ケ月|箇月|ヵ月|週間|週|日間|日|時間|分間|分|秒間|秒"
DUR_RE = re.compile(
    rf"(?P<pre>約|およそ|ほぼ)?"
    rf"(?P<n>{_DEC}|数十|数百|十数|数|(?<![{KAN}数])[{KAN}]{{1,4}})"
    rf"\s?(?P<unit>{UNIT_RE})(?P<half>半)?"
    rf"(?:(?P<n2>[{DIG}]{{1,2}}|[{KAN}]{{1,3}})(?P<unit2>カ月|ヵ月|ヶ月|か月|ケ月|分|秒|月(?!間)))?"
    rf"(?P<kan>間)?(?P<post>前後)?"
)
#: the school or faculty right before N年 (芸大3年, 学部4年, 同校4年, 小3年; not 最大5年)
SCHOOL_GRADE_BEFORE_RE = re.compile(r"(?:(?<![最拡増巨強])大|学部|[^開]校|小)$")
# a league season across two years (2006-2007シーズン, 2001-02年シーズン): one span, the year it
# begins (the gold writes all 7 on the pool so) (R44)
SEASON_SPAN_RE = re.compile(
    rf"(?<![{DIG}])(?P<y>(?:19|20)[0-9]{{2}})\s?[-－–~～〜/]\s?(?:[0-9]{{2}}|(?:19|20)[0-9]{{2}})\s?年?\s?シーズン")
# the first year of a range written without 年 (2003~05年, 1975~2001年まで, 2025~30年に; not
# 1900~2000年前, years ago): a year,
# as the gold writes all 4 on the pool (R44); the second year takes its century (_resolve_dur)
YEAR_RANGE_FIRST_RE = re.compile(
    rf"(?<![{DIG}.,:/／])(?P<y>(?:19|20)[0-9]{{2}})"
    rf"(?=\s?[~～〜\-－–]\s?(?:[0-9]{{2}}|(?:19|20)[0-9]{{2}})\s?年(?!代|度|間|前(?!後)|[{DIG}]|\s?シーズン))")
# 1日あたり / 1日当たり (per day), 1年当たり: a rate, one span (the gold writes all 6 of 1日 so) (R44)
PER_ONE_RE = re.compile(
    rf"(?<![{DIG}.,．，{KAN}])(?:1|１|一)\s?(?P<u>年|カ月|ヶ月|か月|ヵ月|週間|週|日)(?:あたり|当たり|当り)")
PER_ONE = {"年": "P1Y", "カ月": "P1M", "ヶ月": "P1M", "か月": "P1M", "ヵ月": "P1M", "週間": "P1W", "週": "P1W",
           "日": "P1D"}
# a year and a season without 年 (2009夏の甲子園, 2006夏の帰省): that season (R44)
YEAR_SEASON_BARE_RE = re.compile(
    rf"(?<![{DIG}.,:/／])(?<![{DIG}][\-－])(?P<y>(?:19|20)[0-9]{{2}})(?P<s>春|夏|秋|冬)(?!季|期|場|至|休|眠|服|物|闘|祭|学期)")
# holidays on the n-th Monday of a month since the year given (before it a fixed day), and
# Christmas when it is no part of a compound (クリスマスツリー, クリスマス島): the day (R44)
MOVING_HOLIDAYS = {"成人の日": (1, 2, 2000, 15), "体育の日": (10, 2, 2000, 10), "敬老の日": (9, 3, 2003, 15),
                   "海の日": (7, 3, 2003, 20)}
# (a name before 海の日 is a sea: 東シナ海の日本, 近海の日本漁船, 日本海の日没)
MOVING_HOLIDAY_RE = re.compile(r"(?<![今昨来同翌上])(?P<w>(?<![一-龥々ァ-ヴー])(?:成人|体育|敬老|海)の日(?![本没])"
                               r"|クリスマス(?![ァ-ヴー一-龥・]))")
#: after a weekday, words that make it any such weekday (日曜日と祝日は, 日曜日のみ, 土曜ごと)
WDAY_GENERIC_AFTER_RE = re.compile(r"[と・や、]祝日|のみ|ごと")
# the next season of a league (来季から, 来季日程, 来シーズン): the year after the publication (R44)
NEXT_SEASON_RE = re.compile(r"(?P<w>来季|来シーズン)")
# the first year of a range or list of years (1960年から63年, 1989年と90年)
YEAR_NUM_RE = re.compile(rf"[{DIG}]{{2,4}}\s?年")
YEAR_RANGE_GAP_RE = re.compile(r"\s?(?:から|～|〜|~|－|-|ー|―)\s?")
YEAR_LIST_GAP_RE = re.compile(r"\s?(?:と|・|や)\s?")
# what follows the second year of such a range or list (…63年にかけて, 90年の, 98年頃, 97年製):
# after a range not が, ぶり, で, を (1995年から20年がたった), nor の of a term (15年の禁錮刑, 20年の間);
# a list (1992年と94年は) may also go on with は / も / が / を; after a bare 、 only a list
# that goes on or closes (1993年、94年), not 2004年、15年の禁錮刑
YEAR_TAIL_RE = re.compile(
    r"\s?(?:まで|にかけて|に(?!一度|1度|1回|一回|わた|及|あた|当た|な[るり]|達(?!成))|頃|ごろ|と|や|・|、|。|[)）]|$"
    r"|から|[-－～〜~ー―]|製|版|型|以降|以前|当時"
    r"|の(?!間|歳月|月日|年月|[^、。]{0,4}(?:刑|懲役|禁錮|禁固)))"
)
YEAR_LIST_TAIL_RE = re.compile(r"[はもがを](?!ぶり)")
YEAR_COMMA_TAIL_RE = re.compile(r"\s?(?:[、・)）]|と|や)")
UNIT = {"月": ("M", False), "年": ("Y", False), "カ月": ("M", False), "ヵ月": ("M", False), "ヶ月": ("M", False),
        "か月": ("M", False), "ケ月": ("M", False), "箇月": ("M", False), "週間": ("W", False),
        "週": ("W", False), "日間": ("D", False), "日": ("D", False), "時間": ("H", True),
        "分間": ("M", True), "分": ("M", True), "秒間": ("S", True), "秒": ("S", True)}
# R30: an age in years written with つ in a bracket after a child's name: 〜君(当時6つ), (9つ)
AGE_TSU_RE = re.compile(rf"(?:(?<=[(（])|(?<=[(（]当時))(?P<n>[1-9１-９])つ(?=[)）])")
AGE_RE = re.compile(rf"(?P<pre>約)?(?P<n>{_NB}[{DIG}]{{1,3}}|(?<![{KAN}])[{KAN}]{{1,4}})\s?(?:歳|才)(?!入り)"
                    rf"(?P<half>半)?(?:(?P<mo>[{DIG}]{{1,2}})\s?(?:カ月|ヵ月|ヶ月|か月|ケ月))?")  # 1歳11ヶ月: one age
HALFWORD_RE = re.compile(r"(?<!四)半年(?:間)?|四半世紀|半世紀|(?<![上下前後])半月(?:間)?(?![板形状])")
REL_RE = re.compile(
    rf"(?:(?P<n0>{_NB}[{DIG}]{{1,2}})\s?[-－–~～〜、・]\s?)?"  # 7-8年前, 4、5年ほど前: a range
    rf"(?P<n>{_DEC}|(?<![{KAN}数])[{KAN}]{{1,4}})\s?"
    rf"(?P<unit>年|カ月|ヵ月|ヶ月|か月|ケ月|週間|日)(?P<approx>ほど|程|くらい|ぐらい|ばかり)?(?P<dir>前|後)(?!半|述|者|期|後|記|々)"
)
DECADE_RE = re.compile(
    rf"(?P<y>{_NB}[{DIG}]{{4}}|{_NB}[{DIG}]{{2}})\s?年代(?P<part>前半|後半|初め|初頭|半ば|末)?"
)
CENTURY_RE = re.compile(rf"(?P<n>{_NB}[{DIG}]{{1,2}}|(?<![{KAN}])[{KAN}]{{1,3}})\s?世紀(?P<part>前半|後半|初め|初頭|半ば|末)?")
FISCAL_RE = re.compile(
    rf"(?P<y>{_NB}[{DIG}]{{4}}|{_NB}[{DIG}]{{2}}|今|昨|来|本|前|同|翌|新|"
    rf"(?:令和|平成|昭和)\s?(?:{_NUMK}|元)\s?)年度(?!連続|ぶり)(?P<part>末|内|中|初め|上期|下期)?"
)
PERIOD_RE = re.compile(
    rf"(?<![{_WORDCH}{DIG}])(?P<w>年度内|年度末|年内|年末|年始|年初|年明け|月内|月末|月初め)(?!年始)?"
)
# fixed days named by a word: (month, day)
HOLIDAYS = {"元日": (1, 1), "元旦": (1, 1), "大みそか": (12, 31), "大晦日": (12, 31),
            # days of the Japanese calendar with a fixed date
            "建国記念の日": (2, 11), "北方領土の日": (2, 7), "竹島の日": (2, 22), "昭和の日": (4, 29),
            "憲法記念日": (5, 3), "みどりの日": (5, 4), "こどもの日": (5, 5), "慰霊の日": (6, 23),
            "終戦の日": (8, 15), "終戦記念日": (8, 15), "防災の日": (9, 1), "文化の日": (11, 3),
            "勤労感謝の日": (11, 23),
            # 8月6日 (広島) or 8月9日 (長崎): see _resolve_holiday
            "原爆の日": (8, 6)}
# 元日本代表 / 元日本軍: 元 (former) before 日本, no New Year's Day (R44)
HOLIDAY_RE = re.compile(r"(?<![今昨来同翌])(?P<w>" + "|".join(sorted(HOLIDAYS, key=len, reverse=True)) + ")(?!(?<=元日)本)")
#: a year written right before the holiday dates it: 2019年元日, 平成31年元日, 19年元日
YEAR_HOLIDAY_RE = re.compile(
    rf"(?:(?P<y4>{_NB}[{DIG}]{{4}})|(?P<era>令和|平成|昭和|大正|明治)\s?(?P<eran>{_NUMK}|元)|(?P<y2>{_NB}[{DIG}]{{2}}))"
    r"\s?年\s?(?P<w>" + "|".join(sorted(HOLIDAYS, key=len, reverse=True)) + ")")
SET_RE = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ・/／(（])(?P<every>毎日|毎週|毎月|毎年|毎朝|毎晩|毎夜|隔週|隔年|隔月)"
    r"(?!新聞|jp|ｊｐ|JP|ＪＰ|放送|報道|によ|コミ|映画|\.jp|出版|ホール|小学生|中学生|こども|インタラ|デイリー|・|[)）]"
    r"|と(?:読売|朝日|日経|産経|東京|共同|時事|中日|北海道)|、(?:読売|朝日|日経|産経|東京|共同|時事))"
    r"(?P<wd>[月火水木金土日]曜(?:日)?)?"
    rf"|(?P<per>年|毎年|月|週|1日|一日)(?:に)?(?P<k>[{DIG}]{{1,2}}|[一二三四五六七八九十]{{1,2}})(?:回|度(?!目))"
    rf"|(?P<n>{_NB}[{DIG}]{{1,3}}|(?<![{KAN}])[{KAN}]{{1,3}})(?P<u>年|カ月|か月|ヶ月|週間|日)(?:に|ごとに|おきに)(?:1|一)(?:度|回)"
)
# 週末 / 週明け alone (先週末 and 今週末 are WEEK_RE's)
WEEKWORD_RE = re.compile(rf"(?<![毎先今来同翌前々])(?P<w>週末|週明け)(?!の?\s?[{DIG}]{{1,2}}\s?日(?!間|目))")  # 週明け8日: the day
# N周年 (an anniversary: a length of time), N営業日 (business days)
COUNT_RE = re.compile(rf"(?P<n>{_NB}[{DIG}]{{1,4}}|(?<![{KAN}])[{KAN}]{{1,5}})\s?(?P<u>周年|営業日)")
# 9月上旬か中旬: a part of a month after a connector takes that month
PARTONLY_RE = re.compile(r"(?:(?<=か)|(?<=から)|(?<=～)|(?<=〜)|(?<=・)|(?<=ないし)|(?<=または))(?P<p>上旬|中旬|下旬|初旬)")
SET_EVERY = {"毎日": "P1D", "毎週": "P1W", "毎月": "P1M", "毎年": "P1Y", "毎朝": "XXXX-XX-XXTMO",
             "毎晩": "XXXX-XX-XXTNI", "毎夜": "XXXX-XX-XXTNI", "隔週": "P2W",
             "隔年": "P2Y", "隔月": "P2M"}
SET_PER = {"年": "P1Y", "毎年": "P1Y", "月": "P1M", "週": "P1W", "1日": "P1D", "一日": "P1D"}

SKIP_BLOCKS = ("credit",)


# --------------------------------------------------------------------------- state
@dataclass
class _Res:
    type: str
    value: str
    mod: str | None = None
    anchor: str = "absolute"
    #: (y, m, d) the expression pins down (None parts unknown), for later 同日 / 翌年
    pin: tuple | None = None
    gran: str = ""  # y / m / d of pin
    start: int | None = None  # override the span start (a prefix left out)
    end: int | None = None  # override the span end (a suffix left out)


@dataclass
class _Ctx:
    pub: dt.date | None
    text: str
    #: resolved (start, end, (y, m, d), gran) in text order
    resolved: list = field(default_factory=list)
    sentence: tuple[int, int] | None = None
    #: True inside a cited headline (『…』。Publisher、date): pub is then the citation date
    headline: bool = False
    #: starts of the resolved dates that name their month (or take it from another date)
    solid: set = field(default_factory=set)
    #: starts of the bare months that took the year of a written date in their sentence
    yeared: set = field(default_factory=set)
    #: starts of the dates that give Japan time in brackets after a local day of the same
    #: sentence (9日午後3時(日本時間10日午前4時)); with no local day before, the bracket anchors
    jst: set = field(default_factory=set)
    #: (start, end, value) of the last clock resolved with its minute (2005-10-08T10:08), for
    #: a bare minute that goes on from it (午前10時8分、19分、26分に; 午後9時15分すぎから20分すぎまで)
    last_clock: tuple[int, int, str] | None = None

    def last(self, gran: str):
        """Last resolved pin with at least this granularity: (start, (y, m, d)). A day given
        as Japan time in brackets translates the local time before it and anchors nothing
        (午後3時(日本時間24日午前5時)… 現地時間午後3時12分 is the local day, not the 24th)."""
        need = {"y": 0, "m": 1, "d": 2}[gran]
        for s, e, pin, g in reversed(self.resolved):
            if s in self.jst and need == 2:
                continue
            if {"y": 0, "m": 1, "d": 2}[g] >= need and pin[need] is not None:
                return s, pin
        return None

    def last_told(self, pos: int):
        """``last("d")`` for 同日 / この日 / 当日 in a sentence that tells the past (no word of
        ``future``): (1) a day more than DAY_AFTER_REF days after the reference date is a plan
        or a deadline mentioned on the way (第2回公判は11月28日に決まった。…この日、迫撃弾…),
        not the day the story is on: the story's day (``_story_day``) is taken, else the last
        day before it that is not ahead, else None (the reference date); not a paper's issue
        date (4月5日付夕刊: the reference date is off), nor a day before an open bracket; (2) a day more than FAR_BACK days before the reference
        date, written more than a sentence back (a paragraph break is no sentence more), is
        background: the story's day is taken (``_story_day``). Clocks alone keep ``last``: the same test on them lost 4 values to
        none over the 1,073 annotated articles and changed 18 corpus clocks, mostly wrongly
        (a timetable or a sale told after the day it starts)."""
        last = self.last("d")
        if not last or self.pub is None or self.future(pos):
            return last
        need_skip = False
        for s, e, pin, g in reversed(self.resolved):
            if (s in self.jst) or g != "d" or None in pin:
                continue
            day = _safe_date(*pin)
            if day is None:
                continue
            if (day - self.pub).days > DAY_AFTER_REF:
                if OPEN_BRACKET_RE.search(self.text, s, pos) or ISSUE_DATE_RE.match(self.text, e):
                    return last  # 2005年10月31日(当日消印有効): a note on that very day
                need_skip = True
                continue
            if (self.pub - day).days > FAR_BACK and self.sentence:
                j = self.sentence[0]  # back over the end of the sentence before (。, a paragraph break)
                while j > 0 and self.text[j - 1] in "。\n \u3000":
                    j -= 1
                prev = max(self.text.rfind("。", 0, j), self.text.rfind("\n", 0, j)) + 1
                if s < prev:
                    return self._story_day()
            if need_skip:  # the story's day before a background day (12月22日…8日に…を行った…)
                return self._story_day() or (s, pin)
            return last
        return None if need_skip else last

    def _story_day(self):
        """The last resolved day from STORY_BACK days before the reference date to
        DAY_AFTER_REF days after it: (start, (y, m, d)), else None."""
        for s, e, pin, g in reversed(self.resolved):
            if (s in self.jst) or g != "d" or None in pin:
                continue
            day = _safe_date(*pin)
            if day and -STORY_BACK <= (day - self.pub).days <= DAY_AFTER_REF:
                return s, pin
        return None

    def inherit(self, start: int):
        """The pin of the date right before ``start`` when only a connector separates
        them (3日から5日, 2005年7月と9月)."""
        if not self.resolved:
            return None
        s, e, pin, g = self.resolved[-1]
        gap = self.text[e:start]
        if e <= start and (gap == "" or CONNECT_RE.fullmatch(gap)):
            return pin
        if e <= start and g == "d" and ELECTION_GAP_RE.fullmatch(gap):
            return pin  # 12月9日公示・21日投開票, 7月23日に告示、30日に投開票
        if (e <= start and g == "y" and YEAR_COLON_RE.fullmatch(gap)
                and not YEAR_SPAN_BEFORE_RE.search(self.text, max(0, s - 8), s)):
            return pin  # a chronology: 2001年:8月13日2002年:4月21日 (not 2001-2002年:12月)
        return None

    def same_day(self, d: int, start: int):
        """The date a bare day number names again: the last date before ``start`` (within
        SAME_DAY_WINDOW characters) with this very day, written with its month or resolved
        from another date (not a bare day resolved from the reference date), when it lies
        within a year of the reference date and not in its month: (start, (y, m, d))."""
        for s, e, pin, g in reversed(self.resolved):
            if start - s > SAME_DAY_WINDOW:
                break
            if g != "d" or pin[2] != d or None in pin or s not in self.solid:
                continue
            day = _safe_date(*pin)
            if day is None or abs((day - self.pub).days) > 366 or (pin[0], pin[1]) == (self.pub.year, self.pub.month):
                return None
            return s, pin
        return None

    def month_in_sentence(self, start: int):
        """The last resolved date of the sentence before ``start`` when it names a year
        and a written month (not a bare day): (start, (y, m, d))."""
        if not self.sentence or not self.resolved:
            return None
        s, e, pin, g = self.resolved[-1]
        if s < self.sentence[0] or e > start or g not in ("m", "d") or None in pin[:2] or s not in self.solid:
            return None
        if not ("年" in self.text[s:e] or s in self.yeared) or MONTH_PREV_NOT_RE.match(self.text, e):
            return None  # a year written in it (2001年, or 今年 / 昨年) or taken this way; not 以来 / 3月期
        return s, pin

    def day_in_sentence(self, start: int):
        """The last resolved date of the sentence before ``start`` when it writes its month
        and day (11月3日, not a bare day): (start, (y, m, d))."""
        if not self.sentence or not self.resolved:
            return None
        s, e, pin, g = self.resolved[-1]
        if s < self.sentence[0] or e > start or g != "d" or None in pin or s not in self.solid:
            return None
        return s, pin

    def gap_before(self, start: int) -> str:
        return self.text[self.resolved[-1][1]:start] if self.resolved else ""

    def future(self, pos: int) -> bool:
        """Does the sentence (or the text right after ``pos``) speak of what is coming?"""
        a, b = self.sentence or (pos, min(len(self.text), pos + 60))
        if FUTURE_RE.search(self.text, a, b):
            return True
        end = self.text[a:b].rstrip().rstrip("。．!！?？」』）)").rstrip()
        return bool(NONPAST_END_RE.search(end)) and not NOT_NONPAST_RE.search(end)


# --------------------------------------------------------------------------- chain
@dataclass
class _Chain:
    start: int
    end: int
    parts: dict


def _isdigit(c: str) -> bool:
    return c.translate(_FW).isdigit()


def _chain_at(text: str, i: int, hi: int | None = None) -> _Chain | None:
    """Greedy parse of [約] [year] [month [day]] | [week] [tod] [clock] [part|season] [ごろ]."""
    pos = i
    hi = len(text) if hi is None else hi
    parts: dict = {}
    m = PRE_RE.match(text, pos, hi)
    if m:
        parts["pre"] = m
        pos = m.end()
    m = YEAR_RE.match(text, pos, hi)
    if m:
        parts["year"] = m
        pos = m.end()
        m2 = YEAR_RE.match(text, pos, hi) if m.group("yrel") else None
        if m2 and (m2.group("y4") or m2.group("era")):
            parts["year"] = m2  # 来年2006年: the explicit year, one span
            pos = m2.end()
        m3 = PAREN_YEAR_RE.match(text, pos, hi) if (m.group("y4") or m.group("era")) else None
        if m3 and (mm := MONTH_RE.match(text, m3.end(), hi)) and mm.group("mo"):
            pos = m3.end()  # the bracketed year is the same year: the month follows in one span
    m = MONTH_RE.match(text, pos, hi)
    if not m and "year" in parts and text.startswith("の", pos):
        m = MONTH_RE.match(text, pos + 1, hi)  # 今年の6月2日, 2004年の12月: one span
        m = m if m and m.group("mo") else None
    if m:
        parts["month"] = m
        pos = m.end()
    if "month" in parts or "year" not in parts:
        m = DAY_RE.match(text, pos, hi)
        if m and (m.group("dd") or "month" not in parts):
            parts["day"] = m
            pos = m.end()
            m2 = DAY_RE.match(text, pos, hi) if m.group("drel") else None
            if m2 and m2.group("dd"):
                pos = m2.end()  # 一昨日19日: one span, the relative word decides
    if "day" in parts:
        # 9日土曜日: the weekday belongs to the day's span (the day number decides)
        m = WDAY_TAIL_RE.match(text, pos, hi) or WDAY_PAREN_TOD_RE.match(text, pos, hi)
        if not m and text.startswith("の", pos):
            m = WDAY_NO_RE.match(text, pos + 1, hi)  # 16日の日曜日: the same day (not 日曜版)
        if m:
            parts["wday_tail"] = m
            pos = m.end()
    if not parts.keys() & {"year", "month", "day"}:
        m = WEEK_RE.match(text, pos, hi)
        if m:
            parts["week"] = m
            pos = m.end()
    if "week" in parts or not parts.keys() & {"year", "month", "day"}:
        m = WDAY_RE.match(text, pos, hi)
        if m:
            parts["wday"] = m
            pos = m.end()
    if not parts.keys() & {"year", "month", "day"}:
        m = DAY_RANGE_BARE_RE.match(text, pos, hi)
        if m:  # 3～5日: the first day of a range
            parts["day"] = m
            pos = m.end()
    if "month" in parts and "day" not in parts:
        m = DAY_RANGE_RE.match(text, pos, hi)
        if m:  # 7月7-8日: the first day of a range (the second inherits the month)
            parts["day"] = m
            pos = m.end()
    has_day = "day" in parts or "wday" in parts
    has_date = bool(parts.keys() & {"year", "month", "day", "week", "wday"})
    if has_day and not ("day" in parts and parts["day"].re is DAY_RE and parts["day"].group("dtod")):
        p0 = pos + 1 if text.startswith("の", pos) else pos  # 20日の午後6時
        tz = TZ_WORD_RE.match(text, p0, hi)
        if tz and TOD_RE.match(text, tz.end(), hi):
            p0 = tz.end()  # 4日英国夏時間午後, 3日現地時間夜: the zone inside the span
        m = TOD_RE.match(text, p0, hi)
        if m:
            parts["tod"] = m
            pos = m.end()
        elif p0 > pos:
            m = CLOCK_RE.match(text, p0, hi)
            if m and _isdigit(m.group("hh")[0]):
                pos = p0
    if not has_date:
        # 午後3時 alone: a time of day only with a clock time after it
        m = TOD_RE.match(text, pos, hi)
        if m and m.group() in ("午前", "午後", "未明", "早朝", "朝", "夜", "深夜", "夕方"):
            c = CLOCK_RE.match(text, m.end(), hi) or COLON_CLOCK_RE.match(text, m.end(), hi)
            if c:
                parts["tod"] = m
                pos = m.end()
    if has_day or not has_date or "tod" in parts:
        m = CLOCK_RE.match(text, pos, hi)
        if not m and pos > i and (has_day or "tod" in parts):
            m = COLON_CLOCK_RE.match(text, pos, hi)  # 5日午後8:50, 翌日6:10
        if m and (_isdigit(m.group("hh")[0]) or "tod" in parts):
            parts["clock"] = m
            pos = m.end()
    if "day" in parts and parts["day"].group("dd") and not parts.keys() & {"tod", "clock"}:
        m = WEEKOF_RE.match(text, pos, hi)
        if m:  # 14日から始まる週: the week holding that day
            parts["weekof"] = m
            pos = m.end()
    if not has_day and "clock" not in parts and ("year" in parts or "month" in parts):
        if "month" not in parts:
            m = HALF_RE.match(text, pos, hi) or SEASON_RE.match(text, pos, hi)
            if not m and text.startswith("の", pos):
                m = SEASON_RE.match(text, pos + 1, hi)  # 昨年の夏: one span, the season
                m = m if m and not SEASON_COMPOUND_RE.match(text, m.end()) else None  # 秋篠宮, 秋田, 春節
            if m:
                parts["half" if m.re is HALF_RE else "season"] = m
                pos = m.end()
        if not parts.keys() & {"half", "season"}:
            m = HALF_RE.match(text, pos, hi) if "month" in parts else None
            m = m or PART_RE.match(text, pos, hi)
            if m:
                parts["part"] = m
                pos = m.end()
    if not (has_date or "clock" in parts):
        return None
    if "pre" in parts and not (parts.keys() & {"year", "month", "day", "clock"}):
        return None
    m = POST_RE.match(text, pos, hi)
    if m and not (m.group() == "前後" and "clock" not in parts):
        parts["post"] = m
        pos = m.end()
    return _Chain(i, pos, parts)


def _year_of(m: re.Match, ctx: _Ctx) -> tuple[int | None, str]:
    """(year, how) of a YEAR_RE match (or of any match with some of its year groups, as
    YEAR_HOLIDAY_RE): how is absolute / published / anchor."""
    g = m.groupdict()
    if g.get("y4"):
        return int(parse_num(g["y4"])), "absolute"
    if g.get("y4k"):
        return int(parse_num(g["y4k"])), "absolute"
    if g.get("era"):
        n = 1 if g["eran"] == "元" else parse_num(g["eran"])
        return (ERA_BASE[g["era"]] + int(n)) if n else None, "absolute"
    if g.get("y2"):
        return _century(int(parse_num(g["y2"])), ctx.pub), "absolute"
    if g.get("yrel"):
        return (ctx.pub.year + YREL[g["yrel"]]) if ctx.pub else None, "published"
    k = YANC[g["yanc"]]
    last = ctx.last("y")
    if last:
        return last[1][0] + k, f"anchor:{last[0]}"
    return (ctx.pub.year + k) if ctx.pub else None, "published"


def _century(n: int, pub: dt.date | None) -> int:
    """Two-digit year -> four digits: 20xx unless that is more than five years after the
    reference (a 2017 article's 19年5月 is 2019, a 2005 article's 95年 is 1995)."""
    ref = pub.year if pub else 2030
    y = 2000 + n
    return y if y <= ref + 5 else 1900 + n


#: a past tense at the end of a cited headline (…を逮捕した』, …だった』)
HEADLINE_PAST_RE = re.compile(r"(?:た|だった|ていた)[」』]?\s?[』\"”]")


def _headline_ahead(ctx: _Ctx) -> bool:
    """A cited headline writes what is coming in the plain form (EU、1月に27カ国体制, 10月にも
    選挙, 6月に発売): a month in it counts the future single, as a future sentence does,
    unless the headline ends in the past tense."""
    if not ctx.headline or not ctx.sentence:
        return False
    return not HEADLINE_PAST_RE.search(ctx.text, ctx.sentence[0], ctx.sentence[1] + 1)


def _nearest_year(m: int, d: int | None, ctx: _Ctx, end: int | None = None) -> int | None:
    """Year of a month (and day) given without one: the candidate nearest the reference
    date, with the future counted double (news reports the past) unless the sentence
    announces something (予定, 見通し …), and counted a quarter when the date's own clause
    (``end``: where the date ends) does (10月3日開催を予定している)."""
    pub = ctx.pub
    if pub is None:
        return None
    w = 1 if ctx.future(0) or _headline_ahead(ctx) else 2
    if end is not None and _clause_ahead(ctx.text, end):
        w = AHEAD_CLAUSE_WEIGHT
    best = None
    years = (pub.year + 1, pub.year, pub.year - 1) if w == 1 else (pub.year - 1, pub.year, pub.year + 1)
    for y in years:  # ties go to the past, or to the future in a future sentence
        if d is not None:
            c = _safe_date(y, m, d)
            if c is None:
                continue  # 2月29日 only in leap years
            diff = (c - pub).days
        else:
            diff = (y * 12 + m) - (pub.year * 12 + pub.month)
        cost = diff * w if diff > 0 else -diff
        if best is None or cost < best[0]:
            best = (cost, y)
    return best[1]


#: the clause of a date: up to the next 、 / 。 or the end of a quote (a threat quoted in a
#: 犯行予告 is no plan of the article's)
DATE_CLAUSE_RE = re.compile(r"[^、。」』]*")
#: a plan told as already past in that clause (予定されていた, 延期になったが, 予定であった)
CLAUSE_PAST_RE = re.compile(r"ていた|った(?=が|けれど)")
#: the weight of a future year for a date whose own clause announces it: a month or day
#: up to about four times further ahead than back is the coming one (6月22日までの予定で開催,
#: 9月13日に行われることが決定): over the 1,025 annotated articles 10 values right, none wrong
AHEAD_CLAUSE_WEIGHT = 0.25


def _clause_ahead(text: str, end: int) -> bool:
    """Does the clause of a date ending at ``end`` announce something still to come (a word
    of FUTURE_RE after the date and before the next 、 / 。, not told in the past)?"""
    clause = DATE_CLAUSE_RE.match(text, end).group()
    return bool(FUTURE_RE.search(clause)) and not CLAUSE_PAST_RE.search(clause)


def _nearest_month_of_day(d: int, pub: dt.date, wd: int | None = None) -> tuple[int, int] | None:
    """(year, month) of this, the last or the next month that puts day ``d`` nearest ``pub``
    (a headline's own date: the tense of a headline does not tell past from future, 福田内閣2日
    発足 dated the 1st; that month when none holds the day). With a weekday ``wd`` (0 = Monday),
    only a month in which the day falls on it, else None (16日の日曜日 names its month)."""
    best = None
    for k in (0, -1, 1):
        y, mo = _add_months(pub.year, pub.month, k)
        c = _safe_date(y, mo, d)
        if c is not None and (wd is None or c.weekday() == wd) and (best is None or abs((c - pub).days) < best[0]):
            best = (abs((c - pub).days), y, mo)
    if best:
        return best[1], best[2]
    return (pub.year, pub.month) if wd is None else None


#: a kanji after 年の春 / 秋 that makes a word of it (秋篠宮, 秋田, 春節), not 以降 / 頃 / 先 …
SEASON_COMPOUND_RE = re.compile(r"(?!以[降来後前]|頃|先|[前後末])[一-龥]")
#: a clause closed before the next one (出航し、 / 到着して、)
CLAUSE_END_RE = re.compile(r"[して]、")
_COMING_WEEK_RE = re.compile(r"(?:週明け|来週)の?\s?$")


def _same_month_before(ctx: "_Ctx", start: int, mo: int, dd: int):
    """The date of the sentence before ``start`` that writes its year, this very month and a
    day not after ``dd`` and not after the reference date (2004年6月1日だったが、…6月8日に書き換え
    られていた): (start, (y, m, d)). A month and day elsewhere keep the nearest year: after a
    written year of another month the news day is as often next year's (2008年8月に行われた
    選挙…9月26日に判明), so only the same month carries the year."""
    prev = ctx.month_in_sentence(start)
    if not prev or prev[1][1] != mo or prev[1][2] is None or prev[1][2] > dd:
        return None  # a month alone before is no day: 1995年1月に起きた事件は1月25日に時効を迎えた
    first = _safe_date(*prev[1])
    if first is None or ctx.pub is None or first > ctx.pub:
        return None
    return prev


def _coming_day(ctx: "_Ctx", ch: "_Chain", d: int) -> bool:
    """Is a bare day told as coming (a future sentence, a day after the reference day with a
    coming verb after it, 週明け / 来週 before it)?"""
    return bool(ctx.future(ch.start) or (d > ctx.pub.day and _ahead(ctx.text, ch.end))
                or _COMING_WEEK_RE.search(ctx.text, max(0, ch.start - 5), ch.start))


# a local clock without a day, with Japan time and its day in parentheses after it:
# 午後4時(日本時間25日午前6時), 午後8時(UTC+1、日本時間30日午前4時)
JST_PAREN_RE = re.compile(
    rf"\s?(?:ごろ|頃|過ぎ|すぎ)?[(（](?P<inner>[^()（）。]{{0,40}}?)日本時間\s?(?P<d>[{DIG}]{{1,2}})日\s?"
    rf"(?:(?P<noon>正午)|(?P<ap>午前|午後)?\s?(?P<h>[{DIG}]{{1,2}})時(?:(?P<mi>[{DIG}]{{1,2}})分|(?P<half>半))?)"
)
UTC_OFF_RE = re.compile(rf"(?:UTC|GMT)\s?(?P<sign>[+\-−＋－])\s?(?P<k>[{DIG}]{{1,2}})(?:[:：](?P<km>[{DIG}]{{2}}))?")


def _day_from_jst(ch: _Chain, ctx: _Ctx, local_min: int, near: tuple) -> dt.date | None:
    """The local day of a clock that has none, from the Japan time in parentheses after it.

    Japan (UTC+9) is ahead of almost every place the news tells of, so the local day is
    the Japan day, or the day before when the Japan clock has passed midnight; a UTC
    offset written beside the clock (UTC+12) decides the other way round."""
    m = JST_PAREN_RE.match(ctx.text, ch.end)
    if not m or None in near:
        return None
    jd = int(parse_num(m.group("d")))
    if m.group("noon"):
        jh, jm = 12, 0
    else:
        jh = int(parse_num(m.group("h")))
        jm = int(parse_num(m.group("mi"))) if m.group("mi") else (30 if m.group("half") else 0)
        if m.group("ap") == "午後" and jh < 12:
            jh += 12
        elif m.group("ap") == "午前" and jh == 12:
            jh = 0
        if jh > 24 or jm > 59:
            return None
    # the month of the Japan day: the one nearest the day the clock would take otherwise
    base = _safe_date(*near)
    if base is None:
        return None
    jday = _safe_date(*_nearest_month_of_day(jd, base), jd)
    if jday is None:
        return None
    jst = dt.datetime(jday.year, jday.month, jday.day) + dt.timedelta(minutes=jh * 60 + jm)
    diff = (jh * 60 + jm - local_min) % 1440  # Japan ahead by this much (mod a day)
    u = UTC_OFF_RE.search(m.group("inner")) or UTC_OFF_RE.search(ctx.text[max(0, ch.start - 20):ch.start])
    if u:
        off = int(parse_num(u.group("k"))) * 60 + (int(u.group("km")) if u.group("km") else 0)
        off = -off if u.group("sign") in "-−－" else off
        if off > 9 * 60:  # the place is ahead of Japan
            diff -= 1440 if diff else 0
    return (jst - dt.timedelta(minutes=diff)).date()


def _resolve_chain(ch: _Chain, ctx: _Ctx) -> _Res | None:
    p = ch.parts
    pub = ctx.pub
    anchor = "absolute"
    y = mo = d = None
    gran = ""
    mod = None
    value = None
    inherited = ctx.inherit(ch.start)
    # ---- year
    if "year" in p:
        y, anchor = _year_of(p["year"], ctx)
        gran = "y"
    # ---- month
    if "month" in p:
        mm = p["month"]
        gran = "m"
        if mm.group("mo"):
            mo = int(parse_num(mm.group("mo")))
            if not 1 <= mo <= 12:
                return None
            if "year" not in p:
                if re.search(r"暦の?$", ctx.text[max(0, ch.start - 3):ch.start]):
                    return None  # イスラム暦の1月, 旧暦1月: not a month of the calendar
                dd = None
                if "day" in p and p["day"].group("dd"):
                    dd = parse_num(p["day"].group("dd"))
                if inherited and inherited[0] is not None:
                    y = inherited[0]
                    anchor = "absolute" if anchor == "absolute" else anchor
                elif dd is None and (prev := ctx.month_in_sentence(ch.start)) and mo >= prev[1][1]:
                    # 1998年10月に判決、11月に収監: a bare month later in the sentence of a
                    # written month takes its year
                    y = prev[1][0]
                    anchor = f"anchor:{prev[0]}"
                    ctx.yeared.add(ch.start)
                elif dd is not None and (prev := _same_month_before(ctx, ch.start, mo, dd)):
                    # 2006年8月6日に契約し、8月29日までに受け取った: a later day of the month of a
                    # past date written with its year, in the same sentence, is in that year
                    y = prev[1][0]
                    anchor = f"anchor:{prev[0]}"
                else:
                    y = _nearest_year(mo, dd, ctx, ch.end)
                    anchor = "published"
        elif mm.group("mrel"):
            if pub:
                y, mo = _add_months(pub.year, pub.month, MREL[mm.group("mrel")])
            anchor = "published"
        else:
            k = MANC[mm.group("manc")]
            last = ctx.last("m")
            if last:
                y, mo = _add_months(last[1][0], last[1][1], k)
                anchor = f"anchor:{last[0]}"
            elif pub:
                y, mo = _add_months(pub.year, pub.month, k)
                anchor = "published"
            else:
                anchor = "published"
    # ---- day
    tod = None
    if "day" in p:
        dm = p["day"]
        gran = "d"
        if dm.group("dd"):
            txt = dm.group("dd")
            d = int(parse_num(txt))
            if not 1 <= d <= 31:
                return None
            if txt[0] in KAN and "month" not in p and "十" not in txt:
                return None  # 一日 / 三日 alone: too often not a date
            if "month" not in p and _DAY_DUR_BEFORE.search(ctx.text, max(0, ch.start - 3), ch.start):
                return None  # もう1日: a length of time (the duration rule takes it)
            if "month" not in p and d == 1 and ONE_DAY_DUR_RE.match(ctx.text, dm.end()):
                return None  # 続投1日で撤回, 1日で退院: one day's length (the duration rule)
            if ("month" not in p and "clock" not in p and d == 1
                    and _one_day_rate(ctx.text[dm.end():dm.end() + 12])):
                return None  # 1日に328回, 1日につき100万ドル: a rate (the duration rule)
            if "month" not in p and "clock" not in p and dm.end() < len(ctx.text) and _isdigit(ctx.text[dm.end()]):
                return None  # 1日30往復: a rate, not a date
            prev = ctx.text[ch.start - 1:ch.start] if ch.start else ""
            last = ctx.last("d") if prev in ("翌", "同") and "month" not in p else None
            if last and last[1][1] is not None:
                # 翌18日 / 同18日: the month of the last resolved day (the next one when the
                # day number is smaller)
                y, mo = last[1][0], last[1][1]
                if d < last[1][2] and y is not None:
                    y, mo = _add_months(y, mo, 1)
                anchor = f"anchor:{last[0]}"
            elif "month" not in p:
                if inherited and inherited[1] is not None:
                    y, mo = inherited[0], inherited[1]
                    if (inherited[2] is not None and d < inherited[2] and y is not None
                            and RANGE_CONNECT_RE.fullmatch(ctx.gap_before(ch.start))):
                        y, mo = _add_months(y, mo, 1)  # 30日から1日にかけて (not 27日、26日)
                elif (ctx.resolved and ctx.gap_before(ch.start) in ("(", "（")
                      and ctx.resolved[-1][2][2] == d and None not in ctx.resolved[-1][2]):
                    # あす(3日): the day in brackets is the day of the word before it
                    y, mo = ctx.resolved[-1][2][0], ctx.resolved[-1][2][1]
                    anchor = f"anchor:{ctx.resolved[-1][0]}"
                elif pub and (again := ctx.same_day(d, ch.start)):
                    # 2007年6月25日の昼から… 特に25日の夜には: the day named again
                    y, mo = again[1][0], again[1][1]
                    anchor = f"anchor:{again[0]}"
                elif (pub and (prev := ctx.day_in_sentence(ch.start)) and d > prev[1][2]
                      and _safe_date(*prev[1]) <= pub and _safe_date(prev[1][0], prev[1][1], d)
                      and not ctx.text.startswith("、", ch.end) and not _coming_day(ctx, ch, d)
                      and (d > pub.day or (prev[1][0], prev[1][1]) == (pub.year, pub.month)
                           or CLAUSE_END_RE.search(ctx.text, prev[0], ch.start))):
                    # 11月3日に出航し、29日に帰港した: a later day in the sentence of a past
                    # date with its month is in that month (not after a planned 12月1日, nor
                    # the news day of a sentence: …を巡り、厚労省は28日、通知を出した, nor a
                    # coming day: …判決は15日に言い渡される予定だ; a day that could be this
                    # month's only after a clause closed by し、/ て、: not 3月3日に起訴された男の
                    # 初公判が8日に開かれた)
                    y, mo = prev[1][0], prev[1][1]
                    anchor = f"anchor:{prev[0]}"
                elif pub:
                    y, mo = pub.year, pub.month
                    future = _coming_day(ctx, ch, d)
                    if ctx.headline and not future:
                        y, mo = _nearest_month_of_day(d, pub)
                    elif (d > pub.day + DAY_AFTER_REF and not future
                          and _safe_date(*_add_months(y, mo, -1), d)):
                        y, mo = _add_months(y, mo, -1)  # (30日 written in March stays in March)
                    wt = p.get("wday_tail")
                    wd = next((WDAYS.index(c) for c in wt.group() if c in WDAYS), None) if wt else None
                    if wd is not None and (by_wd := _nearest_month_of_day(d, pub, wd)):
                        y, mo = by_wd
                    anchor = "published"
                else:
                    anchor = "published"
        else:
            if dm.group("dtod"):
                how, k, tod = DTOD[dm.group("dtod")]
            elif dm.group("drel"):
                w = dm.group("drel")
                if not ctx.headline and w[0] in "きおあ" and re.match(r"[一-龥]", ctx.text[dm.end():dm.end() + 1]):
                    return None  # きょう採択: kana words before a kanji only in headlines
                how, k = "rel", DREL[w]
            else:
                how, k = "anc", DANC[dm.group("danc")]
            base = None
            if how == "anc":
                last = ctx.last_told(ch.start) if k == 0 else ctx.last("d")
                if last:
                    base = _safe_date(*last[1])
                    anchor = f"anchor:{last[0]}"
                    if base is None and k == 0:  # 3日 … 同日 without a reference date
                        y, mo, d = last[1]
            if base is None and not anchor.startswith("anchor:"):
                base = pub
                anchor = "published"
            if base is not None:
                t = base + dt.timedelta(days=k)
                y, mo, d = t.year, t.month, t.day
    # ---- week / weekday
    if "week" in p and "wday" not in p:
        wm = p["week"]
        w = wm.group("w")
        base = None
        if w in WREL:
            base = pub + dt.timedelta(weeks=WREL[w]) if pub else None
            anchor = "published"
        else:
            last = ctx.last("d")
            if last and _safe_date(*last[1]):
                base = _safe_date(*last[1]) + dt.timedelta(weeks=WANC[w])
                anchor = f"anchor:{last[0]}"
            elif pub:
                base = pub + dt.timedelta(weeks=WANC[w])
                anchor = "published"
        value = _week(base) if base else "XXXX-WXX"
        if wm.group("we"):
            value += "-WE"
        return _Res("DATE", value, None, anchor)
    if "wday" in p:
        if ("week" not in p and re.search(r"日\s?[(（]$", ctx.text[max(0, ch.start - 2):ch.start])
                and ctx.text[ch.end:ch.end + 1] in (")", "）")):
            return None  # 13日(火曜日): the day's own weekday, left out like 3日(水)
        wd = WDAYS.index(p["wday"].group("wd"))
        base = None
        if "week" in p:
            w = p["week"].group("w")
            if w in WREL and pub:
                b = pub + dt.timedelta(weeks=WREL[w])
                base = b - dt.timedelta(days=b.weekday()) + dt.timedelta(days=wd)
        elif (WDAY_GENERIC_AFTER_RE.match(ctx.text, ch.end)
              or ctx.text[max(0, ch.start - 3):ch.start] == "例年の"):
            base = None  # 日曜日と祝日に, 日曜日のみ, 例年の日曜日: any such weekday (R44)
        elif pub:
            back = (pub.weekday() - wd) % 7
            base = pub - dt.timedelta(days=back)
            if back and ctx.future(ch.start):
                base = base + dt.timedelta(days=7)
        anchor = "published"
        if base:
            y, mo, d = base.year, base.month, base.day
            gran = "d"
        else:
            value = f"XXXX-WXX-{wd + 1}"
    # 今日(22日), 本日(14日), 今朝(11日), 来週日曜(23日), きょう(12月15日): the date in brackets
    # after a relative word (a quote's "today", a week's day) decides which day it is
    dm = p.get("day")
    rel_day = dm is not None and dm.re is DAY_RE and (dm.group("drel") or (dm.group("dtod") and how == "rel"))
    if (rel_day or ("week" in p and "wday" in p)) and value is None and None not in (y, mo, d):
        bm = REL_BRACKET_DAY_RE.match(ctx.text, ch.end)
        base = _safe_date(y, mo, d)
        if bm and base:
            bd = int(parse_num(bm.group("d")))
            if bm.group("m"):
                bmo = int(parse_num(bm.group("m")))
                by = min((base.year - 1, base.year, base.year + 1),
                         key=lambda yy: abs(((_safe_date(yy, bmo, bd) or base) - base).days))
            else:
                by, bmo = _nearest_month_of_day(bd, base)
            if _safe_date(by, bmo, bd):
                y, mo, d = by, bmo, bd
                anchor = "absolute"
    if "weekof" in p:
        day = _safe_date(y, mo, d) if None not in (y, mo, d) else None
        return _Res("DATE", _week(day) if day else "XXXX-WXX", None, anchor, (y, mo, d), "d")
    # ---- date value
    alone = False
    if value is None:
        if gran:
            value = _fmt(y, mo, d, gran)
        else:
            # a clock time alone: the day of the last resolved date, else the reference
            alone = True
            last = ctx.last("d")
            if last:
                y, mo, d = last[1]
                anchor = f"anchor:{last[0]}"
            elif pub:
                y, mo, d = pub.year, pub.month, pub.day
                anchor = "published"
            else:
                anchor = "published"
            value = _fmt(y, mo, d)
            gran = "d"
    typ = "DATE"
    # ---- seasons, halves, parts
    if "season" in p:
        value = f"{_fmt(y, gran='y')}-{SEASON[p['season'].group('s')]}"
    if "half" in p:
        h = p["half"].group()
        if "month" in p:
            mod = PART_MOD[h]
        else:
            value = f"{_fmt(y, gran='y')}-{'H1' if h in ('上半期', '前半') else 'H2'}"
    if "part" in p:
        mod = PART_MOD.get(p["part"].group())
    # ---- time of day
    if "clock" in p:
        cm = p["clock"]
        hh = parse_num(cm.group("hh"))
        mi = parse_num(cm.group("mi")) if cm.group("mi") else (30 if cm.group("half") else 0)
        if hh is None or mi is None or hh > 24 or mi > 59:
            return None
        tw = p["tod"].group() if "tod" in p else tod_word(tod)
        if tw is None and alone and 1 <= hh < 12 and _after_pm_clock(ctx.text, ch.start, int(hh)):
            tw = "午後"
        if (tw in _PM and hh < 12) or (tw == "深夜" and 7 <= hh < 12):
            hh += 12
        if tw == "午前" and hh == 12:
            hh = 0
        jst = _day_from_jst(ch, ctx, int(hh) * 60 + int(mi), (y, mo, d)) if alone else None
        if jst:
            y, mo, d = jst.year, jst.month, jst.day
            value, anchor = _fmt(y, mo, d), "absolute"
        value = f"{value}T{int(hh):02d}:{int(mi):02d}"
        if cm.group("ss"):
            value += f":{int(parse_num(cm.group('ss'))):02d}"
        typ = "TIME"
    elif "tod" in p:
        w = p["tod"].group()
        value = f"{value}T12:00" if w == "正午" else f"{value}T{TOD[w]}"
        typ = "TIME"
    elif tod:
        value = f"{value}T{tod}"
        typ = "TIME"
    if "pre" in p or "post" in p:
        mod = "APPROX"
    pin = (y, mo if gran in ("m", "d") else None, d if gran == "d" else None)
    return _Res(typ, value, mod, anchor, pin, gran or "d")


# the day in brackets after a relative word: 今日(22日), きょう(12月15日), 来週日曜(23日(日))
REL_BRACKET_DAY_RE = re.compile(
    rf"[(（](?:(?P<m>[{DIG}]{{1,2}})月)?(?P<d>[{DIG}]{{1,2}})日(?:[(（][月火水木金土日](?:曜日?)?[)）])?[)）]"
)


#: the last clock before a bare one in its paragraph (午後2時から3時ごろ, 午後3時15分ごろ…更に5時半ごろ)
LAST_CLOCK_RE = re.compile(rf"(?P<w>午前|午後|夕方|夜|朝|未明|深夜|早朝|正午)?(?P<h>[{DIG}]{{1,2}})[時:：]")
PM_CLOCK_WINDOW = 150


def _after_pm_clock(text: str, start: int, hh: int) -> bool:
    """A bare hour (no 午前/午後) goes on an afternoon told just before it: the last clock within
    PM_CLOCK_WINDOW characters of its paragraph says 午後/夕方/夜 and this hour, read as p.m., is
    not earlier than it (round 31: 4 of 4 such in the annotated articles are p.m.; a 24-hour clock
    before, as in source lists, decides nothing)."""
    lo = max(0, start - PM_CLOCK_WINDOW, text.rfind("\n", 0, start) + 1)
    last = None
    for last in LAST_CLOCK_RE.finditer(text, lo, start):
        pass
    if last is None or last.group("w") not in ("午後", "夕方", "夜"):
        return False
    h0 = parse_num(last.group("h"))
    return h0 is not None and h0 < 12 and hh >= h0


def tod_word(code: str | None) -> str | None:
    return {"NI": "夜", "MO": "朝"}.get(code or "")


# --------------------------------------------------------------------------- other rules
def _dur_value(n, unit: str, half: bool = False) -> str | None:
    code, is_time = UNIT[unit]
    if isinstance(n, str):  # 数 / 数十 …
        if n == "数十" and code == "Y":
            return "PXDE"
        if n == "数百" and code == "Y":
            return "PXCE"
        return f"PTX{code}" if is_time else f"PX{code}"
    if half:
        if n == 1 and code == "Y":
            return "P18M"  # 1年半: eighteen months (2年半 stays P2.5Y)
        n = n + 0.5
    return f"PT{_fmt_num(n)}{code}" if is_time else f"P{_fmt_num(n)}{code}"


# what after a two-digit N年 of a headline makes it a length (44年ぶり, 20年以上, 35年前, 12年目)
HEADLINE_Y2_NOT_RE = re.compile(
    r"ぶり|振り|間|以上|以内|余|あまり|足らず|近く|超|ほど|程|前|後|目|連続|来|越し|がかり|半|分|生|代|度|ごと|おき"
    r"|周年|[0-9０-９]|[ヶカか]月"
    # the end of a headline or of its phrase (逃亡15年』, 潜伏11年、, デビュー20年で, 逃亡15年・)
    r"|[』、,・…]|で"
)
# a year's particle after it (85年に, 79年以来, 13年以降)
HEADLINE_Y2_YEAR_RE = re.compile(r"に(?!わた|及|達|一度|1度)|以来|以降|以前|から|まで|頃|ごろ")
# what after it keeps a length even close to the reference year (10年にわたる, 12年に及ぶ,
# 20年かけて, 15年服役, 内戦10年 終わらず, 10年の計画)
HEADLINE_Y2_LEN_RE = re.compile(
    r"に(?:わた|亘|及|達|一度|1度|１度)|かけ|掛け|続|たっ|経っ|経過|服役|勤め|務め|在任|在籍|\s"
    r"|の(?:計画|歴史|歩み|伝統|実績|期間|空白|ブランク|刑|懲役|禁錮|任期|長期)"
)
# a penalty, a count, から or の before it (懲役15年, 任期10年, 最長20年, 事件から11年, 充実の17年)
HEADLINE_Y2_BEFORE_RE = re.compile(r"(?:懲役|禁錮|禁固|求刑|刑期|任期|実刑|最長|最短|計|約|ほぼ|およそ|平成|昭和|令和|から|の)$")


def _in_quoted_title(text: str, pos: int) -> bool:
    """Is ``pos`` inside 『…』 (a cited headline or a title, at most 80 characters)?"""
    a = text.rfind("『", max(0, pos - 80), pos)
    if a < 0 or "』" in text[a:pos]:
        return False
    b = text.find("』", pos, pos + 80)
    return b >= 0 and "『" not in text[pos:b]


def _headline_century(n: int, pub: dt.date | None, past: bool = False) -> int:
    """A two-digit year of a headline: the century nearest the reference year, a year in
    the future counting double (15年 in 2009 is 2015, 79年 in 2008 is 1979). Never more than
    12 years ahead (41年に in 2008 is 1941), and never ahead without a publication date or
    when ``past`` (38年以来)."""
    ref = pub.year if pub else 2030
    ahead = 0 if past or not pub else 12
    return min((y for y in (1900 + n, 2000 + n) if y - ref <= ahead),
               key=lambda y: (y - ref) * 2 if y > ref else ref - y, default=1900 + n)


def _resolve_dur(m: re.Match, ctx: _Ctx) -> _Res | None:
    text = ctx.text
    raw = m.group("n")
    unit = m.group("unit")
    after = text[m.end():m.end() + 6]
    before = text[max(0, m.start("n") - 1):m.start("n")]
    if raw in ("数十", "数百", "十数", "数"):
        n = raw
    else:
        n = parse_num(raw)
        if n is None:
            return None
    kanji = raw[0] in KAN
    pre = m.group("pre")
    if before in ("第", "毎") and not pre:
        return None
    nxt = text[m.end("unit"):m.end("unit") + 4]
    # R30: a match clock (前半20分に, 後半36分, 延長前半5分) and a draw count (1分け2敗) are no
    # length of time; a length word after it keeps the length (演説の後半15分にわたって, 前半20分ほど)
    if unit == "分" and not pre and (nxt[:1] == "け" or re.search(
            r"(?:前半|後半|延長)\s?$", text[max(0, m.start("n") - 3):m.start("n")])
            and not re.match(r"にわた|ほど|程度|余り|あまり|以上|近く|ばかり|足らず", nxt)):
        return None
    if unit == "年":
        if isinstance(n, (int, float)) and n >= 1000 and not isinstance(n, float):
            return None  # a calendar year (2019年): the date chain takes it
        # 東京芸大3年), 文学部4年, 同校4年・, 小3年: a school grade, no length of time (R44);
        # 小学校6年間 is one (a grade takes no 間)
        if (not pre and isinstance(n, int) and 1 <= n <= 6 and not kanji and not m.group("kan")
                and SCHOOL_GRADE_BEFORE_RE.search(text, max(0, m.start("n") - 3), m.start("n"))):
            return None
        if re.match(r"[代度生目前後制組次]", nxt):
            return None
        # 1960年から63年にかけて, 96年から03年まで, 1989年と90年: the second year of a
        # range or list of years, in the century of the first
        if not pre and isinstance(n, int) and not kanji and len(raw) == 2 and ctx.resolved:
            s0, e0, pin0, g0 = ctx.resolved[-1]
            gap = text[e0:m.start()]
            first = text[s0:e0]
            four = len(first.rstrip("年").strip()) == 4
            listed = four and (
                (YEAR_LIST_GAP_RE.fullmatch(gap)
                 and (YEAR_TAIL_RE.match(text, m.end()) or YEAR_LIST_TAIL_RE.match(text, m.end())))
                or (re.fullmatch(r"\s?、\s?", gap) and YEAR_COMMA_TAIL_RE.match(text, m.end())))
            if (g0 == "y" and pin0[0] and not m.group("kan")
                    and (YEAR_NUM_RE.fullmatch(first) or re.fullmatch(r"(?:19|20)[0-9]{2}", first))
                    and ((YEAR_RANGE_GAP_RE.fullmatch(gap) and YEAR_TAIL_RE.match(text, m.end())) or listed)):
                y = pin0[0] // 100 * 100 + n
                if listed:  # 2004年と98年: the century nearest the first year
                    y = min((y - 100, y, y + 100), key=lambda v: abs(v - pin0[0]))
                else:  # 96年から03年: a range goes forward
                    y = y + 100 if y <= pin0[0] else y
                return _Res("DATE", str(y), None, "absolute", (y, None, None), "y")
        # 『…08年ドラフト…』, 『…13年以降の対策』, 『…15年のユーロ導入』: a cited headline
        # abbreviates a year to two digits (not a length: 44年ぶり, 24年間, 60年の歴史, 懲役15年)
        if (not pre and isinstance(n, int) and not kanji and len(raw) == 2 and not m.group("kan")
                and not m.group("half") and not m.group("unit2") and _in_quoted_title(text, m.start())
                and not HEADLINE_Y2_NOT_RE.match(text, m.end("unit"))
                and not HEADLINE_Y2_BEFORE_RE.search(text, max(0, m.start() - 4), m.start())):
            y = _headline_century(n, ctx.pub, past=text.startswith("以来", m.end("unit")))
            if rg := re.search(rf"([{DIG}]{{4}})年?\s?(?:[~〜～\-－–]|から)\s?$", text[max(0, m.start() - 10):m.start()]):
                y0 = int(rg.group(1))  # 『2025~30年に…』: a range goes forward from its first year
                y = y0 // 100 * 100 + n + (100 if n <= y0 % 100 else 0)
            # a year far from the reference only before a year's particle (79年以来, 85年に):
            # 戦後60年, 独裁42年で幕 are lengths
            near = 3 if text.startswith("の", m.end("unit")) else 15  # 15年のユーロ導入, not 95年の歴史
            if HEADLINE_Y2_YEAR_RE.match(text, m.end("unit")) or (
                    ctx.pub and abs(y - ctx.pub.year) <= near and not HEADLINE_Y2_LEN_RE.match(text, m.end("unit"))):
                return _Res("DATE", str(y), None, "absolute", (y, None, None), "y")
        # 95年に起きた…: a two-digit year, not a duration
        if (not pre and isinstance(n, int) and 30 <= n <= 99 and not kanji
                and re.match(r"(?:に|から|以降|以来|まで)(?!一度|1度|1回|一回|わた|及|あた|当た|な[るり]|達)", nxt)
                and not re.match(rf"[{_WORDCH}]", before)
                and not re.search(r"から\s?$", text[max(0, m.start() - 3):m.start()])):
            y = 1900 + n
            return _Res("DATE", str(y), None, "absolute", (y, None, None), "y")
    if unit == "日" and not pre and not m.group("kan") and n != "数" and not re.match(_DUR_TAILS, nxt) \
            and not _DAY_DUR_BEFORE.search(text, max(0, m.start() - 3), m.start()) \
            and not (n == 1 and not kanji and (ONE_DAY_DUR_RE.match(nxt)
                                               or _one_day_rate(text[m.end("unit"):m.end("unit") + 12]))):
        return None  # 3日 is a date
    if re.search(r"(?:高校|中学|小学|大学|高専|学年|学院)$", text[max(0, m.start() - 3):m.start()]):
        return None  # 高校3年: a school year
    if unit == "週" and not pre and not re.match(r"ぶり|連続|以内|以上|続け", nxt):
        return None
    if unit in ("分", "秒") and (re.match(r"の[0-9０-９一二三四五六七八九]|野", nxt) or before == "度"):
        return None  # 3分の1, 30度15分 (an angle)
    if kanji and not (pre or m.group("kan") or re.match(r"間|ぶり|以上|近く|余", nxt)
                      or unit in ("時間", "週間", "日間", "分間", "カ月", "ヵ月", "ヶ月", "か月")):
        return None
    if unit == "分" and not pre and ctx.last_clock and isinstance(n, int) and not kanji:
        r = _minute_of_clock(m, ctx, n)
        if r:
            return r
    value = _dur_value(n, unit, bool(m.group("half")))
    if value is None:
        return None
    end = None
    if m.group("unit2") == "月" and not re.search(
        r"懲役|禁錮|禁固|求刑|実刑|刑期", text[max(0, m.start() - 8):m.start()]
    ):
        end = m.start("n2")  # 3年6月 outside a sentence is a date: stop before the month
        if m.group("kan") or m.group("post"):
            return None
    elif m.group("unit2"):
        n2 = parse_num(m.group("n2"))
        c2, t2 = UNIT[m.group("unit2")]
        if n2 is None:
            return None
        if value.startswith("PT") == t2:
            value += f"{_fmt_num(n2)}{c2}"
    mod = "APPROX" if (pre or m.group("post")) else None
    return _Res("DURATION", value, mod, end=end)


CLOCK_VALUE_RE = re.compile(r"T(?P<h>\d\d):(?P<mi>\d\d)$")
#: what may follow a bare minute that goes on from a clock (19分、26分に, 20分すぎまで, 55分頃に
#: かけて, 47分。): not a length's word (5分間, 30分ほど, 30分遅れ, 33分後, 20分の休憩, 10分おき)
MINUTE_TAIL_RE = re.compile(
    r"\s?(?:頃|ごろ|すぎ|過ぎ)?\s?(?:に(?!わた|及)|まで|から|にかけて|と|や|[、，,。．()（）」』~〜～\-－]|$)")
#: between a clock and a bare minute that goes on from it: a range or list connector, after
#: the clock's own ごろ / すぎ if the record left it out
MINUTE_GAP_RE = re.compile(r"\s?(?:頃|ごろ|すぎ|過ぎ)?\s?(?:から|～|〜|~|－|-|、|と|や)\s?")


def _minute_of_clock(m: re.Match, ctx: _Ctx, n: int) -> _Res | None:
    """A bare minute right after a clock and a connector is a later minute of the same hour
    (午前10時8分、19分、26分に; 午後11時45分頃から55分頃にかけて), not a length of time: a TIME
    on the clock's day and hour. Only a minute later than the clock's (10時50分から5分間 is
    a length)."""
    s0, e0, v0 = ctx.last_clock
    c = CLOCK_VALUE_RE.search(v0)
    if not MINUTE_GAP_RE.fullmatch(ctx.text, e0, m.start()) or not int(c.group("mi")) < n <= 59:
        return None
    if m.group("unit2") or m.group("half") or m.group("kan") or not MINUTE_TAIL_RE.match(ctx.text, m.end()):
        return None  # 30分ほど, 30分遅れ, 33分後: a length
    return _Res("TIME", f"{v0[:c.start()]}T{c.group('h')}:{n:02d}", "APPROX" if m.group("post") else None,
                f"anchor:{s0}")


def _resolve_age(m: re.Match, ctx: _Ctx) -> _Res | None:
    n = parse_num(m.group("n"))
    if n is None or n > 130:
        return None
    mo = f"{parse_num(m.group('mo'))}M" if m.group("mo") else ""
    if m.group("half") and not mo:  # 4歳半: four and a half years (P4.5Y, R44)
        return _Res("DURATION", f"P{n}.5Y", "APPROX" if m.group("pre") else None)
    return _Res("DURATION", f"P{n}Y{mo}", "APPROX" if m.group("pre") else None)


#: a child named or described right before the bracket (茜ちゃん(5つ), 次女(8つ), 男の子(9つ)),
#: not a thing counted (腎臓(2つ), ゴール(3つ))
AGE_TSU_WHO_RE = re.compile(r"(?:ちゃん|君|くん|さん|[男女]児|児童|園児|少[年女]|[男女]の子|[長次三四末]?[男女]|"
                            r"娘|息子|孫|姪|甥|弟|妹|兄|姉)[(（](?:当時)?$")


def _resolve_age_tsu(m: re.Match, ctx: _Ctx) -> _Res | None:
    if not AGE_TSU_WHO_RE.search(ctx.text, max(0, m.start() - 8), m.start()):
        return None
    return _Res("DURATION", f"P{parse_num(m.group('n'))}Y", None)


def _resolve_halfword(m: re.Match, ctx: _Ctx) -> _Res | None:
    w = m.group()
    v = {"四半世紀": "P25Y", "半世紀": "P50Y"}.get(w, "P0.5M" if w.startswith("半月") else "P6M")
    return _Res("DURATION", v)


def _range_first(m: re.Match) -> int | None:
    """The first number of a range before N年前 / N週間後 (7-8年前, 4、5年ほど前, 2~3週間後; with
    、 / ・ only two numbers in a row), else None."""
    n0 = parse_num(m.group("n0")) if m.group("n0") else None
    n = parse_num(m.group("n"))
    if not isinstance(n0, int) or not isinstance(n, int) or not 0 < n0 < n:
        return None
    listed = re.search(r"[、・]", m.string[m.end("n0"):m.start("n")])
    return n0 if not listed or n0 == n - 1 else None


def _resolve_rel(m: re.Match, ctx: _Ctx) -> _Res | None:
    res = _rel_value(m, ctx)
    if res is not None and m.group("n0") and _range_first(m) is None:
        res.start = m.start("n")  # 第3、5年前: no range, the span starts at the number
    return res


def _rel_value(m: re.Match, ctx: _Ctx) -> _Res | None:
    n = parse_num(m.group("n"))
    if n is None or isinstance(n, float):
        return None
    unit = m.group("unit")
    sign = -1 if m.group("dir") == "前" else 1
    code = UNIT[unit][0] if unit in UNIT else "D"
    mod = "APPROX" if m.group("approx") else None  # 3年ほど前: about three years ago
    if (n0 := _range_first(m)) is not None:
        # 7-8年前, 4、5年ほど前, 2~3週間後: a range, read from its first number (the gold codes
        # 7-8年前 written in 2007 as 2000), and about that
        n, mod = n0, "APPROX"
    before = ctx.text[max(0, m.start() - 4):m.start()]
    # 実施のわずか1日前: の with a word of measure between
    wide = ctx.text[max(0, m.start() - 8):m.start()]
    if sign < 0 and (re.search(r"(?<![そこ])の(?:わずか|ちょうど|約|およそ|ほぼ)?$", wide)
                     or re.search(r"遅くとも|少なくとも", before)):
        # 五輪の2週間前, 遅くとも7日前までに: counted from some event, not from today
        return _Res("DURATION", f"P{n}{code}", mod)
    base, anchor = ctx.pub, "published"
    if sign > 0:
        before = ctx.text[max(0, m.start() - 3):m.start()]
        last = ctx.last("d")
        if re.search(r"その|から|の$", before) and last and _safe_date(*last[1]):
            base, anchor = _safe_date(*last[1]), f"anchor:{last[0]}"
    if base is None:
        val = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX"}[code]
        return _Res("DATE", val, mod, anchor, (None, None, None), "y")
    if code == "Y":
        y = base.year + sign * n
        return _Res("DATE", str(y), mod, anchor, (y, None, None), "y")
    if code == "M":
        y, mo = _add_months(base.year, base.month, sign * n)
        return _Res("DATE", _fmt(y, mo, gran="m"), mod, anchor, (y, mo, None), "m")
    if code == "W":
        t = base + dt.timedelta(weeks=sign * n)
        return _Res("DATE", _week(t), mod, anchor)
    t = base + dt.timedelta(days=sign * n)
    return _Res("DATE", t.isoformat(), mod, anchor, (t.year, t.month, t.day), "d")


def _part_mod(part: str | None) -> str | None:
    return PART_MOD.get(part) if part else None


def _resolve_decade(m: re.Match, ctx: _Ctx) -> _Res | None:
    raw = m.group("y")
    n = int(parse_num(raw))
    y = n if len(raw) == 4 else _century(n, ctx.pub)
    if y % 10:
        return None
    return _Res("DATE", f"{y // 10:03d}", _part_mod(m.group("part")))


def _resolve_century(m: re.Match, ctx: _Ctx) -> _Res | None:
    n = parse_num(m.group("n"))
    if not n or n > 30:
        return None
    return _Res("DATE", f"{int(n) - 1:02d}", _part_mod(m.group("part")))


def _fy(d: dt.date) -> int:
    return d.year if d.month >= 4 else d.year - 1


def _resolve_fiscal(m: re.Match, ctx: _Ctx) -> _Res | None:
    raw = m.group("y")
    pub = ctx.pub
    part = m.group("part")
    anchor = "absolute"
    rel = {"今": 0, "本": 0, "新": 0, "昨": -1, "前": -1, "来": 1}
    if raw in rel:
        # 今年度 / 来年度 count from the calendar year of the publication, also in January to
        # March (来年度 in February 2010 -> 2011, as the gold writes all 5 such on the pool);
        # 今年度末 keeps the fiscal year that ends in that March (R44), and so do 今年度内 / 来年度中
        # (within the fiscal period: 来年度中に設置 in February 2005 -> 2005, the year from April)
        y = (_fy(pub) if part in ("末", "内", "中") else pub.year) + rel[raw] if pub else None
        anchor = "published"
    elif raw in ("同", "翌"):
        last = ctx.last("y")
        if last:
            y, anchor = last[1][0] + (raw == "翌"), f"anchor:{last[0]}"
        else:
            y = _fy(pub) + (raw == "翌") if pub else None
            anchor = "published"
    elif raw[:2] in ERA_BASE:
        num = re.sub(r"\s", "", raw[2:])
        n = 1 if num == "元" else parse_num(num)
        if not n:
            return None
        y = ERA_BASE[raw[:2]] + int(n)
    else:
        n = int(parse_num(raw))
        y = n if len(raw.strip()) == 4 else _century(n, pub)
        if len(raw.strip()) == 2 and raw.strip()[0] not in "0０" and pub and 1 <= n <= 31:
            # 20年度 in a 2008 budget story: a Heisei fiscal year (平成20年度 = 2008), the way
            # ministries write it, when that is the year near the reference and 20xx/19xx is not
            heisei = ERA_BASE["平成"] + n
            if abs(heisei - _fy(pub)) <= 2 < abs(y - _fy(pub)):
                y = heisei
    part = m.group("part")
    mod = {"末": "END", "初め": "START"}.get(part or "")
    value = f"{y:04d}" if y is not None else "XXXX"  # the gold writes 2008年度 as 2008
    if part == "末" and y is not None:  # 2009年度末: the fiscal year ends in March of the next year
        value = f"{y + 1:04d}-03"
    if part in ("上期", "下期"):
        value += "-H1" if part == "上期" else "-H2"
    return _Res("DATE", value, mod, anchor, (y, None, None) if y else None, "y")


def _resolve_period(m: re.Match, ctx: _Ctx) -> _Res | None:
    w = m.group("w")
    pub = ctx.pub
    if w.startswith("年度"):
        y = _fy(pub) if pub else None
        if w == "年度末":  # the fiscal year ends in March of the next calendar year
            return _Res("DATE", f"{y + 1:04d}-03" if y else "XXXX-03", "END", "published")
        return _Res("DATE", f"{y:04d}" if y else "XXXX", None, "published")
    if w.startswith("年"):
        y = pub.year if pub else None
        if w == "年明け" and pub and pub.month >= 10:
            y += 1
        mod = {"年内": None, "年末": "END", "年始": "START", "年初": "START", "年明け": "START"}[w]
        return _Res("DATE", _fmt(y, gran="y"), mod, "published", (y, None, None), "y")
    mod = {"月内": None, "月末": "END", "月初め": "START"}[w]
    y, mo = (pub.year, pub.month) if pub else (None, None)
    return _Res("DATE", _fmt(y, mo, gran="m"), mod, "published", (y, mo, None), "m")


def _resolve_first_year(m: re.Match, ctx: _Ctx) -> _Res | None:
    """The year a season across two years or a range of years begins (2001-02年シーズン, 2003~05年)."""
    y = int(m.group("y"))
    return _Res("DATE", f"{y:04d}", None, "absolute", (y, None, None), "y")


def _resolve_per_one(m: re.Match, ctx: _Ctx) -> _Res | None:
    """1日あたり / 1年当たり: a rate, one period of the unit (P1D, P1Y)."""
    return _Res("SET", PER_ONE[m.group("u")])


def _resolve_year_season_bare(m: re.Match, ctx: _Ctx) -> _Res | None:
    """2009夏: that season of that year (2009-SU)."""
    y = int(m.group("y"))
    return _Res("DATE", f"{y:04d}-{SEASON[m.group('s')]}", None, "absolute", (y, None, None), "y")


def _holiday_day(w: str, y: int) -> int:
    """The day in its month of the holiday ``w`` in year ``y`` (the n-th Monday since the year the
    Monday rule began, before it the fixed day; クリスマス the 25th)."""
    if w not in MOVING_HOLIDAYS:
        return 25  # クリスマス: 12月25日
    mo, nth, since, old = MOVING_HOLIDAYS[w]
    if y < since:
        return old
    first = dt.date(y, mo, 1)
    return 1 + (0 - first.weekday()) % 7 + 7 * (nth - 1)  # the nth Monday


def _resolve_moving_holiday(m: re.Match, ctx: _Ctx) -> _Res | None:
    """成人の日 / 体育の日 / 敬老の日 / 海の日 / クリスマス: the day in the year nearest the reference."""
    if re.search(r"日の?[「『]?$", ctx.text[max(0, m.start() - 3):m.start()]):
        return None  # 8日の成人の日: the date before it is the time expression (as for 終戦の日)
    w = m.group("w")
    mo = MOVING_HOLIDAYS[w][0] if w in MOVING_HOLIDAYS else 12
    if ctx.pub is None:
        return _Res("DATE", _fmt(None, mo, None if w in MOVING_HOLIDAYS else 25))
    y = _nearest_year(mo, _holiday_day(w, ctx.pub.year), ctx)
    d = _holiday_day(w, y)
    return _Res("DATE", _fmt(y, mo, d), None, "published", (y, mo, d), "d")


def _resolve_next_season(m: re.Match, ctx: _Ctx) -> _Res | None:
    """来季 / 来シーズン: the year after the reference."""
    y = ctx.pub.year + 1 if ctx.pub else None
    return _Res("DATE", _fmt(y, gran="y"), None, "published", (y, None, None) if y else None, "y")


def _resolve_holiday(m: re.Match, ctx: _Ctx) -> _Res | None:
    w = m.group("w")
    if re.search(r"日の?[「『]?$", ctx.text[max(0, m.start() - 3):m.start()]):
        return None  # 8月15日の終戦の日: the date before it is the time expression
    mo, d = HOLIDAYS[w]
    if w == "原爆の日":
        near = ctx.text[max(0, m.start() - 40):m.end()]
        if "長崎" in near and ("広島" not in near or near.rfind("長崎") > near.rfind("広島")):
            d = 9
    y = _nearest_year(mo, d, ctx)
    return _Res("DATE", _fmt(y, mo, d), None, "published", (y, mo, d), "d")


def _resolve_year_holiday(m: re.Match, ctx: _Ctx) -> _Res | None:
    y, _ = _year_of(m, ctx)
    if y is None:
        return None
    mo, d = HOLIDAYS[m.group("w")]
    return _Res("DATE", _fmt(y, mo, d), None, "absolute", (y, mo, d), "d")


def _resolve_season_word(m: re.Match, ctx: _Ctx) -> _Res | None:
    pub = ctx.pub
    y = pub.year + SY[m.group("sy")] if pub else None
    return _Res("DATE", f"{_fmt(y, gran='y')}-{SEASON[m.group('s')]}", None, "published")


def _en_date(m: re.Match) -> dt.date | None:
    month = EN_MONTH_NUM[(m.group("mon") or m.group("mon2")).lower()[:3]]
    return _safe_date(int(m.group("y") or m.group("y2")), month, int(m.group("d") or m.group("d2")))


# a clock before an English date of a source (06:07,31August2005, Wikipedia's history;
# 午前08:41,3March2007 keeps its 午前 / 午後 in the record)
EN_CLOCK_BEFORE_RE = re.compile(
    r"(?P<ap>午前|午後)?(?<![0-9:])(?P<hh>[0-2]?[0-9]):(?P<mi>[0-5][0-9])\s?[,，]\s?$"
)


def _resolve_en_date(m: re.Match, ctx: _Ctx) -> _Res | None:
    d = _en_date(m)
    if d is None:
        return None
    pin = (d.year, d.month, d.day)
    c = EN_CLOCK_BEFORE_RE.search(ctx.text, max(0, m.start() - 10), m.start())
    ap = {"午前": "am", "午後": "pm"}.get(c.group("ap")) if c else None
    clock = _clock(c.group("hh"), c.group("mi"), ap) if c and m.group("d2") else None
    if clock:
        return _Res("TIME", f"{d.isoformat()}T{clock}", pin=pin, gran="d", start=c.start())
    return _Res("DATE", d.isoformat(), pin=pin, gran="d")


# numeric dates of cited sources: 02.10.2005 (day first, as European sites write it),
# 2005-10-02 / 2005/10/02, each optionally with a clock time (02.10.2005,18:30Uhr)
NUM_DATE_RE = re.compile(
    r"(?<![0-9.])(?:(?P<d>[0-3][0-9])\.(?P<m>[01][0-9])\.(?P<y>(?:19|20)[0-9]{2})"
    r"|(?P<y2>(?:19|20)[0-9]{2})[-/](?P<m2>[01][0-9])[-/](?P<d2>[0-3][0-9]))(?![0-9.])"
)
# a clock time written with a colon right after a date (2005年9月29日05:23p.m.,
# 02.10.2005,18:30Uhr); a bare 5:23 elsewhere may be a score or a ratio
CLOCK_AP_RE = re.compile(
    r"(?<![0-9:])(?P<hh>[0-2]?[0-9]):(?P<mi>[0-5][0-9])(?![0-9:])(?:\s*(?P<ap>[apAP]\.?[mM]\.?|Uhr))?(?P<post>ごろ|頃)?"
)
# a weekday between a date and its clock (2006年1月29日(日)05:36)
WDAY_PAREN_GAP_RE = re.compile(r"\s?[(（][月火水木金土日](?:曜日?)?[)）]\s?")
# what makes a colon clock a time away from a date: 10:01ごろ, 12:00(UTC+2)発, 6:10着
CLOCK_CLUE_RE = re.compile(r"\s?(?:[(（](?:UTC|GMT|JST|現地|日本時間)|発|着|時点|過ぎ|すぎ)")


def _clock(hh: str, mi: str, ap: str | None) -> str | None:
    h, m_ = int(hh), int(mi)
    if h > 24:
        return None
    if ap and ap[0] in "pP" and h < 12:
        h += 12
    if ap and ap[0] in "aA" and h == 12:
        h = 0
    return f"{h:02d}:{m_:02d}"


def _num_date(m: re.Match) -> dt.date | None:
    for y, mo, d in (("y", "m", "d"), ("y2", "m2", "d2")):
        if m.group(y):
            return _safe_date(int(m.group(y)), int(m.group(mo)), int(m.group(d)))
    return None


def _resolve_num_date(m: re.Match, ctx: _Ctx) -> _Res | None:
    date = _num_date(m)
    if date is None:
        return None
    return _Res("DATE", date.isoformat(), pin=(date.year, date.month, date.day), gran="d")


def _resolve_en_stamp(m: re.Match, ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m.group("y")), EN_MONTH_NUM[m.group("mon").lower()[:3]], int(m.group("d")))
    c = _clock(m.group("hh"), m.group("mi"), None)
    if d is None or c is None:
        return None
    c += f":{m.group('ss')}" if m.group("ss") else ""
    return _Res("TIME", f"{d.isoformat()}T{c}", pin=(d.year, d.month, d.day), gran="d")


def _resolve_year_election(m: re.Match, ctx: _Ctx) -> _Res | None:
    y = int(m.group("y"))
    return _Res("DATE", _fmt(y, gran="y"), pin=(y, None, None), gran="y")


def _on_last_day(ctx: _Ctx, tod: str, mod: str | None = None) -> _Res:
    """A time of day (``tod``: 21:10, AF …) on the day of the last resolved date, else on
    the reference date. In a cited headline only a day of the headline itself counts, else its
    citation date (『首相、正午に会見へ』。毎日新聞、2025年9月2日。: the 2nd, not the article's last day)."""
    last = ctx.last("d")
    if last and ctx.headline and ctx.sentence and last[0] < ctx.sentence[0]:
        last = None
    if last and None not in last[1]:
        return _Res("TIME", f"{_fmt(*last[1])}T{tod}", mod, f"anchor:{last[0]}")
    pub = ctx.pub
    return _Res("TIME", f"{_fmt(pub.year, pub.month, pub.day) if pub else 'XXXX-XX-XX'}T{tod}", mod, "published")


def _resolve_clock_ap(m: re.Match, ctx: _Ctx) -> _Res | None:
    c = _clock(m.group("hh"), m.group("mi"), m.group("ap"))
    if c is None:
        return None
    mod = "APPROX" if m.group("post") else None
    if ctx.resolved:
        s0, e0, pin, g = ctx.resolved[-1]
        gap = ctx.text[e0:m.start()]
        if g == "d" and None not in pin:
            glued = re.fullmatch(r"[,，、\s]*", gap)
            value = f"{_fmt(pin[0], pin[1], pin[2])}T{c}"
            if (glued and NUM_DATE_RE.fullmatch(ctx.text, s0, e0)) or WDAY_PAREN_GAP_RE.fullmatch(gap):
                # 02.10.2005,18:30Uhr, 2006年1月29日(日)05:36 (a source's stamp): one record
                # with the date, as a clock glued to a day (2008年12月17日18:00) already is
                end = m.end("mi") if m.group("ap") and m.group("ap").startswith("Uhr") else None
                return _Res("TIME", value, mod, f"anchor:{s0}", pin, "d", start=s0, end=end)
            if glued:
                # 5December2006,10:45GMT: a record of its own (the held-out gold is split on this)
                return _Res("TIME", value, mod, f"anchor:{s0}", pin, "d")
    # away from a date: only with a clue (p.m., ごろ, (UTC+2), 発/着), and not after a
    # date this stage cannot read (19/09/2005,21:10Uhr: its day is unknown)
    if not (m.group("ap") or m.group("post") or CLOCK_CLUE_RE.match(ctx.text, m.end())):
        return None
    if re.search(r"[0-9][/.][0-9]{1,4}[,，、\s]*$", ctx.text[max(0, m.start() - 12):m.start()]):
        return None
    return _on_last_day(ctx, c, mod)


def _resolve_todonly(m: re.Match, ctx: _Ctx) -> _Res | None:
    w = m.group("w")
    if w in ("夜", "朝") and not ctx.text[max(0, m.start() - 2):m.start()] == "時間":
        return None  # 夜 / 朝 alone only after 日本時間 / 現地時間
    if w.startswith("正午"):
        post = m.group("noonpost")
        return _on_last_day(ctx, "12:00", "APPROX" if post in ("頃", "ごろ") else None)
    return _on_last_day(ctx, TOD[w])


def _resolve_en_md(m: re.Match, ctx: _Ctx) -> _Res | None:
    """Dec.27 without a year: only in a cited headline (its citation date decides)."""
    if not ctx.headline or ctx.pub is None:
        return None
    month = EN_MONTH_NUM[m.group("mon").lower()[:3]]
    d = int(m.group("d"))
    y = _nearest_year(month, d, ctx)
    if _safe_date(y, month, d) is None:
        return None
    return _Res("DATE", _fmt(y, month, d), None, "published", (y, month, d), "d")


def _resolve_weekword(m: re.Match, ctx: _Ctx) -> _Res | None:
    """週末: the last weekend (the coming one in a future sentence); 週明け: the next
    week (this week when the reference day is a Monday or Tuesday)."""
    pub = ctx.pub
    w = m.group("w")
    if pub is None:
        return _Res("DATE", "XXXX-WXX-WE" if w == "週末" else "XXXX-WXX", None, "published")
    if w == "週末":
        base = pub if pub.weekday() >= 5 or ctx.future(m.start()) else pub - dt.timedelta(weeks=1)
        return _Res("DATE", _week(base) + "-WE", None, "published")
    base = pub if pub.weekday() <= 1 else pub + dt.timedelta(weeks=1)
    return _Res("DATE", _week(base), None, "published")


def _resolve_count(m: re.Match, ctx: _Ctx) -> _Res | None:
    n = parse_num(m.group("n"))
    if not n or isinstance(n, float):
        return None
    return _Res("DURATION", f"P{n}Y" if m.group("u") == "周年" else f"P{n}D")


def _resolve_partonly(m: re.Match, ctx: _Ctx) -> _Res | None:
    if not ctx.resolved:
        return None
    s0, e0, pin, g = ctx.resolved[-1]
    if g != "m" or pin[1] is None or m.start() - e0 > 4:
        return None
    return _Res("DATE", _fmt(pin[0], pin[1], gran="m"), PART_MOD[m.group("p")], f"anchor:{s0}")


# 毎日 as the newspaper: 毎日の別記事によると, 毎日を退社, 毎日記者, 毎日とテレビ朝日によると
MAINICHI_AFTER_RE = re.compile(
    r"の(?:別記事|別の記事|記事|報道|取材|社説|世論調査|[東西]部本社|本社)|記者|を退社|に入社|に委託|とテレビ朝日|とTBS")
# 毎日は / 毎日が / 毎日も that heads its clause (after 。、「 or また) and a verb of reporting
MAINICHI_REPORT_RE = re.compile(r"報じ|伝え|紹介|報道|によると|によれば|としている")


def _mainichi_paper(m: re.Match, ctx: _Ctx) -> bool:
    text, e = ctx.text, m.end()
    if MAINICHI_AFTER_RE.match(text, e):
        return True
    if text.startswith("の記述", e):  # 毎日の記述に基づいて, 毎日の記述によると (not 日記に毎日の記述を欠かさず)
        return bool(re.match(r"の記述(?:に(?:基づ|もとづ|よ|従)|では)", text[e:e + 8])
                    or MAINICHI_REPORT_RE.search(re.split(r"[。\n]", text[e:e + 200], maxsplit=1)[0]))
    if text[e:e + 1] not in ("は", "が", "も"):
        return False
    if re.search(r"朝日|読売|産経|日経|東京新聞|各紙", text[max(0, m.start() - 120):m.start()]):
        return True  # 朝日や読売は…。毎日は…
    head = m.start() == 0 or re.search(r"(?:^|[。、「\n]|また|一方)$", text[max(0, m.start() - 3):m.start()])
    rest = re.split(r"[。\n]", text[e:e + 200], maxsplit=1)[0]
    return bool(head and MAINICHI_REPORT_RE.search(rest))


def _resolve_set(m: re.Match, ctx: _Ctx) -> _Res | None:
    if m.group("every") == "毎日" and _mainichi_paper(m, ctx):
        return None  # the newspaper, not every day
    if m.group("every"):
        if m.group("wd"):
            return _Res("SET", f"XXXX-WXX-{WDAYS.index(m.group('wd')[0]) + 1}")
        return _Res("SET", SET_EVERY[m.group("every")])
    if m.group("per"):
        return _Res("SET", SET_PER[m.group("per")])
    n = parse_num(m.group("n"))
    if not n:
        return None
    return _Res("SET", _dur_value(n, m.group("u")))


RULES = [
    # (name, regex, resolver, priority: lower wins a tie of start and length)
    ("set", SET_RE, _resolve_set, 0),
    ("en_date", EN_DATE_ANY_RE, _resolve_en_date, 0),
    ("en_stamp", EN_STAMP_RE, _resolve_en_stamp, 0),
    ("year_election", YEAR_ELECTION_RE, _resolve_year_election, 1),
    ("num_date", NUM_DATE_RE, _resolve_num_date, 0),
    ("clock_ap", CLOCK_AP_RE, _resolve_clock_ap, 0),
    ("decade", DECADE_RE, _resolve_decade, 1),
    ("century", CENTURY_RE, _resolve_century, 1),
    ("fiscal", FISCAL_RE, _resolve_fiscal, 1),
    ("rel", REL_RE, _resolve_rel, 2),
    ("dur", DUR_RE, _resolve_dur, 4),
    ("age", AGE_RE, _resolve_age, 3),
    ("age_tsu", AGE_TSU_RE, _resolve_age_tsu, 3),
    ("halfword", HALFWORD_RE, _resolve_halfword, 3),
    ("period", PERIOD_RE, _resolve_period, 5),
    ("season", SEASON_WORD_RE, _resolve_season_word, 5),
    ("holiday", HOLIDAY_RE, _resolve_holiday, 5),
    ("next_season", NEXT_SEASON_RE, _resolve_next_season, 5),
    ("season_span", SEASON_SPAN_RE, _resolve_first_year, 0),
    ("moving_holiday", MOVING_HOLIDAY_RE, _resolve_moving_holiday, 5),
    ("per_one", PER_ONE_RE, _resolve_per_one, 0),
    ("year_season_bare", YEAR_SEASON_BARE_RE, _resolve_year_season_bare, 1),
    ("year_range_first", YEAR_RANGE_FIRST_RE, _resolve_first_year, 1),
    ("year_holiday", YEAR_HOLIDAY_RE, _resolve_year_holiday, 0),
    ("weekword", WEEKWORD_RE, _resolve_weekword, 5),
    ("count", COUNT_RE, _resolve_count, 2),
    ("partonly", PARTONLY_RE, _resolve_partonly, 5),
    ("todonly", TODONLY_RE, _resolve_todonly, 6),
    ("en_md", EN_MD_RE, _resolve_en_md, 1),
]


# --------------------------------------------------------------------------- scanning
@dataclass
class _Cand:
    start: int
    end: int
    prio: int
    kind: str
    obj: object
    resolver: object


_CHAIN_START = re.compile(
    rf"[{DIG}{KAN}約お今本昨去来一再同翌前こそ令平昭大明先当即きあ毎月火水木金土日午正深夜未早朝夕]"
)


def _candidates(text: str, lo: int, hi: int) -> list[_Cand]:
    out: list[_Cand] = []
    for name, rx, res, prio in RULES:
        for m in rx.finditer(text, lo, hi):
            if m.end() > m.start():
                out.append(_Cand(m.start(), m.end(), prio, name, m, res))
    for i in range(lo, hi):
        if _CHAIN_START.match(text, i, hi) and (i == 0 or text[i - 1] != "第"):
            ch = _chain_at(text, i, hi)
            if ch and ch.end > ch.start:
                out.append(_Cand(ch.start, ch.end, 3, "chain", ch, _resolve_chain))
    out.sort(key=lambda c: (c.start, -(c.end - c.start), c.prio))
    return out


def _segments(article) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Text ranges to scan: each sentence outside credit blocks (or the whole text)."""
    if not article.sentences:
        return [(0, len(article.text), None)]
    out = []
    for s in article.sentences:
        kind = article.blocks[s.block].kind if article.blocks else "paragraph"
        if kind in SKIP_BLOCKS:
            continue
        out.append((s.start, s.end, (s.start, s.end)))
    return out


# a cited headline: 『…』。 or "…"。 (a publisher may stand before it)
HEADLINE_END_RE = re.compile(r"[』\"”][。．.]?\s*$")


def _citation_date(text: str, lo: int, hi: int) -> dt.date | None:
    """The date of the citation that follows a headline sentence (『首相、あす訪米』。
    読売新聞、2025年9月3日。): relative words in the headline count from that date,
    not from the article's. None when [lo, hi) is not such a headline."""
    seg = text[lo:hi]
    if not HEADLINE_END_RE.search(seg) or not re.search(r"[『\"“]", seg[:40]):
        return None
    tail = text[hi:hi + 80]
    cut = re.search(r"[『\"“\n]", tail)
    tail = tail[:cut.start()] if cut else tail
    for m in list(FULL_DATE_RE.finditer(tail)) + list(EN_DATE_ANY_RE.finditer(tail)):
        if m.start() and tail[m.start() - 1] in "、,，":
            d = _full_date(m) if m.re is FULL_DATE_RE else _en_date(m)
            if d:
                return d
    return None


# the title of a work (ドラマ「明日、ママがいない」, 番組「今日のニュース」): a relative word in
# it names no day of the story, here or where the same title is quoted again
WORK_TITLE_RE = re.compile(
    r"(?:ドラマ|映画|番組|楽曲|曲|アルバム|小説|作品|舞台|シングル|主題歌|写真集|漫画|アニメ|ミュージカル"
    r"|絵本|書籍|著書|新作|連載)(?P<t>[「『][^」』「『。]{1,40}[」』])"
)
TITLE_REL_RE = re.compile(
    r"明日|明後日|今日|本日|昨日|一昨日|今夜|今晩|今朝|昨夜|今年|昨年|去年|来年|今週|来週|先週|今月|来月|先月"
    r"|あす|あした|きょう|きのう"
)


def _title_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of the titles of works (and of the same titles quoted again)."""
    titles = {m.group("t") for m in WORK_TITLE_RE.finditer(text) if TITLE_REL_RE.search(m.group("t"))}
    out = []
    for t in titles:
        i = text.find(t)
        while i >= 0:
            out.append((i, i + len(t)))
            i = text.find(t, i + 1)
    return out


# an open bracket holding 日本時間 right before a date: (UTC-5、日本時間8月24日, (日本時間7日
JST_BRACKET_RE = re.compile(r"[(（][^()（）。]{0,24}日本時間の?\s?$")


def resolve(text: str, pub: dt.date | None, segments=None) -> list[Time]:
    """Find and resolve every time expression of ``text`` (in the given segments)."""
    ctx = _Ctx(pub=pub, text=text)
    out: list[Time] = []
    titles = _title_ranges(text)
    for lo, hi, sent in segments or [(0, len(text), None)]:
        ctx.sentence = sent
        cited = _citation_date(text, lo, hi) if sent else None
        ctx.pub, ctx.headline = (cited, True) if cited else (pub, False)
        last_end = -1
        for c in _candidates(text, lo, hi):
            if c.start < last_end:
                continue
            if (titles and TITLE_REL_RE.search(text, c.start, c.end)
                    and any(a < c.start and c.end < b for a, b in titles)):
                last_end = c.end  # nor a clock of it alone (午後3時 of 「明日午後3時」)
                continue  # ドラマ「明日、ママがいない」, 映画「明日午後3時」: a title, not tomorrow
            try:
                r = c.resolver(c.obj, ctx)
            except Exception:  # a malformed expression must not cost the article its times
                r = None
            if r is None:
                continue  # the next candidate at this place gets its chance
            end = c.end if r.end is None else r.end
            last_end = end
            start = c.start if r.start is None else r.start
            while out and out[-1].end > start:  # a record that absorbs the one before it
                out.pop()
            out.append(Time(start=start, end=end, text=text[start:end], type=r.type,
                            value=r.value, mod=r.mod, anchor=r.anchor))
            if r.type == "TIME" and CLOCK_VALUE_RE.search(r.value) and "分" in text[start:end]:
                ctx.last_clock = (start, end, r.value)  # its minute written (not 10時から15分)
            if r.pin is not None and r.gran:
                # solid: the month is written, or taken from a solid date (3日から5日, 同日)
                prev = ctx.resolved[-1][0] if ctx.resolved else None
                if ("月" in text[start:end]
                        or (r.anchor.startswith("anchor:") and int(r.anchor[7:]) in ctx.solid)
                        or (r.anchor == "absolute" and prev in ctx.solid)):
                    ctx.solid.add(start)
                ctx.resolved.append((start, end, r.pin, r.gran))
                if JST_BRACKET_RE.search(text, max(0, start - 30), start):
                    # only after a local day of its sentence: 9日午後3時(日本時間10日…
                    s_lo = max(lo, text.rfind("。", lo, start) + 1, text.rfind("\n", lo, start) + 1)
                    if any(s_lo <= s0 and e0 <= start and g0 == "d" for s0, e0, _, g0 in ctx.resolved[:-1]):
                        ctx.jst.add(start)
    return out


# --------------------------------------------------------------------------- published
FULL_DATE_RE = re.compile(
    rf"(?:(?P<y>{_NB}[{DIG}]{{4}})|(?P<era>令和|平成|昭和)(?P<eran>[{DIG}]{{1,2}}|元))\s?年\s?"
    rf"(?P<m>[{DIG}]{{1,2}})\s?月\s?(?P<d>[{DIG}]{{1,2}})\s?日"
)
# what may stand beside the date on a date-stamp line (2025年9月3日(水) 10時00分 更新)
STAMP_REST_RE = re.compile(
    rf"[\s{DIG}:：時分()（）月火水木金土日曜・|｜/／\-]*(?:更新|公開|配信|掲載|発行|付|最終更新|投稿)?[\s{DIG}:：時分()（）]*"
)
DATELINE_RE = re.compile(r"^[【\[(（][^】\]）)\n]{1,30}[】\]）)]")


def _full_date(m: re.Match) -> dt.date | None:
    if m.group("y"):
        y = int(parse_num(m.group("y")))
    else:
        n = 1 if m.group("eran") == "元" else int(parse_num(m.group("eran")))
        y = ERA_BASE[m.group("era")] + n
    return _safe_date(y, int(parse_num(m.group("m"))), int(parse_num(m.group("d"))))


def infer_published(article) -> dt.date | None:
    """The reference date of an article without one: the latest full date of its source
    citations (Wikinews), else a dateline near the top (【ワシントン=共同】… 2025年9月3日,
    or a first line that is a date stamp), else the latest date cited at the very end
    (`…, 2005年9月17日`)."""
    text = article.text
    dates = []
    for b in article.blocks:
        if b.kind == "source":
            dates += [_full_date(m) for m in FULL_DATE_RE.finditer(text, b.start, b.end)]
            dates += [_en_date(m) for m in EN_DATE_ANY_RE.finditer(text, b.start, b.end)]
            dates += [_num_date(m) for m in NUM_DATE_RE.finditer(text, b.start, b.end)]
    dates = [d for d in dates if d]
    if dates:
        return max(dates)
    # dateline: a bracketed place/agency at the start of a block, then a date close by
    for b in article.blocks[:6]:
        seg = text[b.start:b.end]
        md = DATELINE_RE.match(seg)
        if md:
            m = FULL_DATE_RE.search(seg, md.end(), md.end() + 40)
            if m and _full_date(m):
                return _full_date(m)
        if b.kind in ("byline", "heading", "title", "paragraph") and len(seg) <= 40:
            m = FULL_DATE_RE.search(seg)
            rest = FULL_DATE_RE.sub("", seg)
            if m and _full_date(m) and STAMP_REST_RE.fullmatch(rest):
                return _full_date(m)
    # citations the structure reader did not recognise: dates after "、" or "," at the end
    tail_start = max(0, len(text) - 800)
    tail = [
        _full_date(m) for m in FULL_DATE_RE.finditer(text, tail_start)
        if text[max(0, m.start() - 1):m.start()] in ("、", ",", "，")
    ]
    tail += [_en_date(m) for m in EN_DATE_ANY_RE.finditer(text, tail_start)]
    tail = [d for d in tail if d]
    return max(tail) if tail else None


# --------------------------------------------------------------------------- stage
@register("times", VERSION, produces=("times",))
def find_times(doc) -> None:
    art = doc.article
    if not art.published:
        p = infer_published(art)
        if p:
            art.published = p.isoformat()
            art.published_inferred = True
    art.times = resolve(art.text, doc.published, _segments(art))
    doc.extras.pop("_times_index", None)


def times_of(text: str, published: str | dt.date | None = None, title: str | None = None) -> list[Time]:
    """Time expressions of a text without the parser (structure + this stage only)."""
    from ..model import Article
    from ..pipeline import Doc
    from ..read import structure

    if isinstance(published, dt.date):
        published = published.isoformat()
    art = Article(text=text, title=title, published=published)
    art.blocks = structure.blocks(text, title)
    art.sentences = structure.sentences(text, art.blocks)
    find_times(Doc(article=art))
    return art.times


# --------------------------------------------------------------------------- date_of
def _date_part(t: Time) -> str | None:
    if t.type == "DATE":
        v = t.value
        if v[:1] == "P" or "年度" in t.text:  # fiscal years (2008年度 -> 2008) are not dates
            return None
        return v
    if t.type == "TIME":
        return t.value.split("T", 1)[0] or None
    return None


def _index(doc):
    times = doc.article.times
    key = (len(times), id(times))
    idx = doc.extras.get("_times_index")
    if idx is None or idx[0] != key:
        rows = sorted((t.start, t.end, _date_part(t)) for t in times)
        rows = [r for r in rows if r[2]]
        idx = (key, rows, [r[0] for r in rows])
        doc.extras["_times_index"] = idx
    return idx[1], idx[2]


def _clause_breaks(doc, a: int, b: int) -> list[int]:
    """Offsets of 、 in [a, b) that close a predicate clause (a verb, adjective or
    auxiliary, or a conjunctive particle, right before the comma)."""
    toks = doc.tokens_in(a, b) if getattr(doc, "tokens", None) else []
    out = []
    for i, t in enumerate(toks):
        if t.text in ("、", "，", ",") and i > 0:
            p = toks[i - 1]
            if p.pos in ("VERB", "AUX", "ADJ") or p.tag.startswith("助詞-接続助詞"):
                out.append(t.start)
    return out


def date_of(doc, start: int, end: int) -> str | None:
    """The TIMEX value of the date governing the clause that holds [start, end):

    1. the nearest DATE (or the day of a TIME) before the span in the same clause (clauses
       are cut at 、 after a predicate: verb, adjective, auxiliary or conjunctive particle);
    2. else the nearest one earlier in the same sentence;
    3. else, for reported content only (a span followed by 」, 』 or と: the saying comes
       after it, 「…」と3日に述べた), the nearest date after the span in the sentence;
    4. else None: for an event trigger a later date belongs to another clause, and the
       publication date is never used.
    Durations, sets and fiscal years are not dates.
    """
    si = doc.sentence_at(start)
    if si is None:
        return None
    s = doc.article.sentences[si]
    rows, starts = _index(doc)
    lo = bisect.bisect_left(starts, s.start)
    hi = bisect.bisect_left(starts, s.end)
    inside = rows[lo:hi]
    if not inside:
        return None
    before = [r for r in inside if r[1] <= start]
    if before:
        breaks = [x for x in _clause_breaks(doc, s.start, s.end) if x < start]
        clause_start = breaks[-1] if breaks else s.start
        same = [r for r in before if r[0] >= clause_start]
        if same:
            return same[-1][2]
        return before[-1][2]
    # a date only after an event trigger (…を採択し、活動期限を2007年8月まで延長) is another
    # clause's: on the held-out gold it was the event's date 7 times in 44
    if doc.text[end:end + 1] in ("」", "』", "と"):
        after = [r for r in inside if r[0] >= end]
        if after:
            return after[0][2]
    return None
