"""Times stage, round 44: 即日, 来季, N歳半, and words that look like times but are not
(今年の漢字, 元日本代表, a school grade, 前日 before the date it names).

Every sentence here is written for the test.
"""
from __future__ import annotations

import pytest

from hodo.stages.times import times_of

P = "2025-09-03"  # a Wednesday

# (sentence, reference date, expected span text, type, value)
FIRES = [
    # 即日 after a dated event: that same day
    ("地裁は10日に有罪判決を言い渡し、被告側は即日控訴した。", "2025-09-12", "即日", "DATE", "2025-09-10"),
    ("新しい規則は2日に決まり、即日施行された。", P, "即日", "DATE", "2025-09-02"),
    # 来季 / 来シーズン: the year after the reference
    ("監督は来季の続投を求められた。", P, "来季", "DATE", "2026"),
    ("球団は来シーズンの契約を結んだ。", P, "来シーズン", "DATE", "2026"),
    # N歳半: a half year on the age
    ("その女児は3歳半だった。", P, "3歳半", "DURATION", "P3.5Y"),
    # the rules left the ordinary readings alone
    ("社長は元日に年頭の挨拶をした。", P, "元日", "DATE", "2026-01-01"),
    ("式典の前日、会場は閉ざされた。", P, "前日", "DATE", "2025-09-02"),
    ("この制度は最大5年まで延ばせる。", P, "5年", "DURATION", "P5Y"),
    ("今年は雨が多かった。", P, "今年", "DATE", "2025"),
    ("その男性は8歳だった。", P, "8歳", "DURATION", "P8Y"),
    # N年間 after a school is the length of the schooling, no grade
    ("彼女は小学校6年間を海外で過ごした。", P, "6年間", "DURATION", "P6Y"),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value", FIRES, ids=[c[0][:12] for c in FIRES])
def test_fires(sentence, ref, span, typ, value):
    got = [(t.text, t.type, t.value) for t in times_of(sentence, ref)]
    assert (span, typ, value) in got, got


# (sentence, text that must not be a time)
NOT = [
    # 即日開票 / 即日投開票: how the votes are counted
    ("市長選は投票の後に即日開票された。", "即日"),
    ("知事選は即日投開票される。", "即日"),
    # 今年の漢字: the name of a contest
    ("協会は「今年の漢字」に「光」を選んだ。", "今年"),
    # 元日本代表: a former national player
    ("元日本代表の選手が講演した。", "元日"),
    # a school grade after the school or faculty
    ("山田さん(21、東京工大3年)が受賞した。", "3年"),
    ("被害者は経済学部2年の学生だった。", "2年"),
    # 前日 before the date it names: the date is the time expression
    ("男性は死去前日の14日まで働いていた。", "前日"),
]


@pytest.mark.parametrize("sentence,text", NOT, ids=[c[0][:12] for c in NOT])
def test_not_a_time(sentence, text):
    got = [(t.text, t.value) for t in times_of(sentence, P)]
    assert all(text not in t for t, _ in got), got


# 今年度 / 来年度 take the calendar year of the reference, also from January to March;
# 今年度末 keeps the end of the running fiscal year
FISCAL = [
    ("市は今年度の予算を組み直した。", "2024-02-10", "今年度", "2024"),
    ("県は来年度から制度を改める。", "2024-02-10", "来年度", "2025"),
    ("県は来年度から制度を改める。", "2024-06-10", "来年度", "2025"),
    ("工事は今年度末に終わる。", "2024-02-10", "今年度末", "2024-03"),
    # 年度中 / 年度内: within the fiscal period, the fiscal year from April
    ("残る校舎には来年度中に空調を入れる。", "2024-02-10", "来年度中", "2024"),
    ("改修は今年度内に済ませる。", "2024-02-10", "今年度内", "2023"),
]


@pytest.mark.parametrize("sentence,ref,span,value", FISCAL, ids=[c[0][:10] + c[1] for c in FISCAL])
def test_fiscal_relative(sentence, ref, span, value):
    got = [(t.text, t.value) for t in times_of(sentence, ref)]
    assert (span, value) in got, got


# a season across two years: one span, the year it begins
SEASONS = [
    ("彼は2011-12年シーズンに移籍した。", "2011-12年シーズン", "2011"),
    ("クラブは2013-2014シーズンに優勝した。", "2013-2014シーズン", "2013"),
    # a range of years without a season: both years, the second in the century of the first
    ("工事は2011~13年に行われた。", "2011", "2011"),
    ("工事は2011~13年に行われた。", "13年", "2013"),
    ("計画は1998~2003年まで続いた。", "1998", "1998"),
]


@pytest.mark.parametrize("sentence,span,value", SEASONS, ids=[c[1] for c in SEASONS])
def test_season_span(sentence, span, value):
    got = [(t.text, t.value) for t in times_of(sentence, P)]
    assert (span, value) in got, got


@pytest.mark.parametrize("sentence,text", [
    ("人口は2011~13年代に減った。", "2011"),  # not before 年代
    ("記録は12.2011~13年に残る。", "2011"),  # not inside a number
    ("番号は2011-12号だった。", "2011"),  # no 年 after the range
    ("遺跡は1900~2000年前のものとみられる。", "1900"),  # years ago, no range of years
])
def test_year_range_first_near_miss(sentence, text):
    got = [(t.text, t.value) for t in times_of(sentence, P)]
    assert all(t != text for t, _ in got), got


# 1日あたり: a rate per day, one span; a year and a season without 年
RATES = [
    ("工場は1日あたり300台を作る。", "1日あたり", "SET", "P1D"),
    ("料金は1日当たり500円だ。", "1日当たり", "SET", "P1D"),
    ("生産は1年当たり2万トンに上る。", "1年当たり", "SET", "P1Y"),
    ("特集『2012夏の高校野球』", "2012夏", "DATE", "2012-SU"),
    ("速報-2012夏の高校野球", "2012夏", "DATE", "2012-SU"),
]


@pytest.mark.parametrize("sentence,span,typ,value", RATES, ids=[c[1] for c in RATES])
def test_rates_and_bare_seasons(sentence, span, typ, value):
    got = [(t.text, t.type, t.value) for t in times_of(sentence, P)]
    assert (span, typ, value) in got, got


@pytest.mark.parametrize("sentence,text", [
    ("全部で21日あたりまで続く。", "1日あたり"),  # 21日: a day, not one day
    ("型番は2012-2012夏モデルだ。", "2012夏"),  # inside a range of numbers
    ("会社は2012夏季大会を開いた。", "2012夏"),  # 夏季: a word of its own
])
def test_rates_and_bare_seasons_near_miss(sentence, text):
    got = [(t.text, t.value) for t in times_of(sentence, P)]
    assert all(t != text for t, _ in got), got


# holidays on a Monday of their month, and Christmas
HOLIDAY_ROWS = [
    ("成人の日には各地で式典が開かれた。", "2025-01-20", "成人の日", "2025-01-13"),
    ("体育の日に運動会を開く予定だ。", "2025-09-03", "体育の日", "2025-10-13"),
    ("敬老の日を前に長寿の人を訪ねた。", "2025-09-10", "敬老の日", "2025-09-15"),
    ("街はクリスマスを控えてにぎわった。", "2025-12-20", "クリスマス", "2025-12-25"),
]


@pytest.mark.parametrize("sentence,ref,span,value", HOLIDAY_ROWS, ids=[c[2] for c in HOLIDAY_ROWS])
def test_moving_holidays(sentence, ref, span, value):
    got = [(t.text, t.value) for t in times_of(sentence, ref)]
    assert (span, value) in got, got


@pytest.mark.parametrize("sentence,text", [
    ("広場にクリスマスツリーが立った。", "クリスマス"),
    ("船はクリスマス島に着いた。", "クリスマス"),
    ("上海の日本人学校が再開した。", "海の日"),
    # a sea's name before 海の日: no holiday
    ("漁船は東シナ海の日本側の水域で操業していた。", "海の日"),
    ("沿岸の住民は日本海の日没を眺めた。", "海の日"),
])
def test_moving_holidays_near_miss(sentence, text):
    got = [(t.text, t.value) for t in times_of(sentence, "2025-12-20")]
    assert all(text not in t for t, _ in got), got


# 正午 alone: noon of the last day told
@pytest.mark.parametrize("sentence,span,value", [
    ("式典は15日に開かれ、正午に黙とうした。", "正午", "2025-09-15T12:00"),
    ("列車は3日、正午過ぎに運転を再開した。", "正午過ぎ", "2025-09-03T12:00"),
    ("捜索は2日に続き、正午頃、車が見つかった。", "正午頃", "2025-09-02T12:00"),
])
def test_noon_alone(sentence, span, value):
    got = [(t.text, t.value) for t in times_of(sentence, "2025-09-16")]
    assert (span, value) in got, got


def test_noon_in_a_cited_headline_takes_its_citation_date():
    # a cited headline after the article: its own date, not the article's last day
    text = "知事は4日に辞職を表明した。『知事、正午に記者会見へ』。北陸日報、2025年9月8日。"
    got = [(t.text, t.value) for t in times_of(text, "2025-09-16")]
    assert ("正午", "2025-09-08T12:00") in got, got


def test_noon_inside_a_word_is_no_time():
    got = [(t.text, t.value) for t in times_of("番組は正午時報の後に流れる。", "2025-09-16")]
    assert all("正午" not in t for t, _ in got), got


def test_next_small_hours():
    got = [(t.text, t.value) for t in times_of("男は10日夜から翌未明にかけて店にいた。", "2025-09-16")]
    assert ("翌未明", "2025-09-11TMO") in got, got


# a weekday made general by what follows (と祝日, のみ) or by 例年の before it
@pytest.mark.parametrize("sentence,span,value", [
    ("窓口は日曜日と祝日に休む。", "日曜日", "XXXX-WXX-7"),
    ("運行は土曜日のみとなった。", "土曜日", "XXXX-WXX-6"),
    ("客は例年の日曜日の倍だった。", "日曜日", "XXXX-WXX-7"),
    # near miss: a weekday told as a day of the story stays that day
    ("首相は日曜日に演説した。", "日曜日", "2025-09-14"),
])
def test_generic_weekday(sentence, span, value):
    got = [(t.text, t.value) for t in times_of(sentence, "2025-09-16")]
    assert (span, value) in got, got
