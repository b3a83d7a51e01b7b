"""Times stage: recognition and TIMEX3 resolution of Japanese news time expressions.

Every sentence here is written for the test (news style); real article text stays in
../shared and is only read through the conftest helpers.
"""
from __future__ import annotations

import datetime as dt

import pytest

from hodo.model import Time
from hodo.stages.times import date_of, infer_published, parse_num, times_of

from ..conftest import gold_paths, load_gold

P = "2025-09-03"  # a Wednesday

# (sentence, reference date, expected span text, type, value, mod)
CASES = [
    # a year written before a holiday dates it (one span); two-digit years up to five years ahead
    ("新元号は平成31年元日に施行される。", "2017-06-01", "平成31年元日", "DATE", "2019-01-01", None),
    ("改元は19年元日となる見通しだ。", "2017-06-01", "19年元日", "DATE", "2019-01-01", None),
    ("式典は2020年元旦に行う。", "2017-06-01", "2020年元旦", "DATE", "2020-01-01", None),
    ("新体制は19年5月に発足する。", "2017-06-01", "19年5月", "DATE", "2019-05", None),
    ("工場は95年5月に閉鎖された。", "2017-06-01", "95年5月", "DATE", "1995-05", None),
    # an English date with an ordinal day (source lists)
    ("Times『Floods』Monday3rdMarch2008。", "2008-03-05", "3rdMarch2008", "DATE", "2008-03-03", None),
    # day numbers: the month of the reference date, the month before when ahead
    ("首相は3日、記者会見を開いた。", P, "3日", "DATE", "2025-09-03", None),
    ("首相は28日、ワシントンを訪れた。", P, "28日", "DATE", "2025-08-28", None),
    ("政府は5日に臨時閣議を開く予定だ。", P, "5日", "DATE", "2025-09-05", None),
    ("大会は十五日に開幕した。", "2025-09-20", "十五日", "DATE", "2025-09-15", None),
    ("画像説明, 両首脳が会談した(3日)", P, "3日", "DATE", "2025-09-03", None),
    ("大会は3日(水)に開幕した。", P, "3日", "DATE", "2025-09-03", None),
    # a weekday in parentheses joins the day when a time of day follows
    ("平成20年8月1日(金)午後に会見した。", P, "平成20年8月1日(金)午後", "TIME", "2008-08-01TAF", None),
    # numeric dates of cited sources (day first with dots, ISO) and a clock time after a date
    ("例示新聞、02.10.2005。", P, "02.10.2005", "DATE", "2005-10-02", None),
    ("例示新聞、2005-10-02。", P, "2005-10-02", "DATE", "2005-10-02", None),
    ("例示通信、2005年9月29日05:23p.m.。", P, "05:23p.m.", "TIME", "2005-09-29T17:23", None),
    ("例示放送、02.10.2005,18:30Uhr。", P, "02.10.2005,18:30", "TIME", "2005-10-02T18:30", None),
    ("例示新聞、2009年1月21日12:53。", P, "2009年1月21日12:53", "TIME", "2009-01-21T12:53", None),
    # colon clocks: after a time of day or a day, or alone with a clue (ごろ, p.m., (UTC+2), 発/着)
    ("大統領は12月5日午後8:50に死去した。", P, "12月5日午後8:50", "TIME", "2025-12-05T20:50", None),
    ("ロケットは3日午前9:49ごろ発射された。", P, "3日午前9:49ごろ", "TIME", "2025-09-03T09:49", "APPROX"),
    ("機体は2日、上空を10:01ごろに通過した。", P, "10:01ごろ", "TIME", "2025-09-02T10:01", "APPROX"),
    ("同便は1日、成田12:00(UTC+9)発の予定だった。", P, "12:00", "TIME", "2025-09-01T12:00", None),
    ("一行は5日、翌日6:10着の便で戻った。", "2025-09-08", "翌日6:10", "TIME", "2025-09-06T06:10", None),
    ("(Updated 05:23p.m.)", P, "05:23p.m.", "TIME", "2025-09-03T17:23", None),
    # a day ahead of the reference day in a sentence about what is coming
    ("衆院は21日にも解散される。", "2009-07-14", "21日", "DATE", "2009-07-21", None),
    ("21日の週に解散して信任を問いたい。", "2009-07-14", "21日の週", "DATE", "2009-W30", None),
    # the week holding a day
    ("国会は9月14日から始まる週に召集される見通しだ。", "2009-08-31", "9月14日から始まる週", "DATE", "2009-W38", None),
    ("首相は21日からの週の早い時期に訪米したい考えだ。", "2009-07-14", "21日からの週", "DATE", "2009-W30", None),
    # 週末 (the last weekend, the coming one in a future sentence) and 週明け (next week)
    ("週末の攻撃で多数の死傷者が出た。", "2005-10-10", "週末", "DATE", "2005-W40-WE", None),
    ("両党は週末に協議を行う予定だ。", P, "週末", "DATE", "2025-W36-WE", None),
    ("安保理は週明けにも決議を採択する見通しだ。", "2025-09-05", "週明け", "DATE", "2025-W37", None),
    # a day, a time zone and a time of day; a time of day alone takes the last day
    ("蔵相は4日英国夏時間午後、辞任を促した。", "2025-09-05", "4日英国夏時間午後", "TIME", "2025-09-04TAF", None),
    ("住民は25日に連行され、午後になると基地に移送された。", "2025-09-27", "午後", "TIME", "2025-09-25TAF", None),
    ("会見は2日(日本時間夜)に開かれた。", P, "夜", "TIME", "2025-09-02TNI", None),
    # months and years around the reference date
    ("両首脳は昨年8月に会談した。", P, "昨年8月", "DATE", "2024-08", None),
    ("昨年11月ごろから衝突が続いていた。", P, "昨年11月ごろ", "DATE", "2024-11", "APPROX"),
    ("北朝鮮は今年1月、ミサイルを発射した。", P, "今年1月", "DATE", "2025-01", None),
    ("ロシアと北朝鮮は4月、関与を初めて認めた。", P, "4月", "DATE", "2025-04", None),
    ("首脳会談は12月に行われた。", "2025-02-10", "12月", "DATE", "2024-12", None),
    ("総選挙は11月に実施される見通しだ。", P, "11月", "DATE", "2025-11", None),
    ("新制度は1月5日から施行される。", "2025-12-20", "1月5日", "DATE", "2026-01-05", None),
    ("前会長は12月28日に辞任した。", "2026-01-05", "12月28日", "DATE", "2025-12-28", None),
    ("新条約は今年12月1日に発効する予定だ。", "2009-11-20", "今年12月1日", "DATE", "2009-12-01", None),
    ("改正法は来月1日に施行される。", P, "来月1日", "DATE", "2025-10-01", None),
    ("元首相は先月28日に死去した。", P, "先月28日", "DATE", "2025-08-28", None),
    ("先月、追加の制裁が発動された。", P, "先月", "DATE", "2025-08", None),
    ("来月、大統領選挙が行われる。", P, "来月", "DATE", "2025-10", None),
    ("両国は昨年、防衛協定を締結した。", P, "昨年", "DATE", "2024", None),
    ("来年、首脳会談を開く方向で調整している。", P, "来年", "DATE", "2026", None),
    # absolute dates
    ("ロシアは2022年2月から侵攻を続けている。", P, "2022年2月", "DATE", "2022-02", None),
    ("両国は2024年6月に条約を締結した。", P, "2024年6月", "DATE", "2024-06", None),
    ("金氏は2019年以来の訪中をした。", P, "2019年", "DATE", "2019", None),
    ("令和6年の能登半島地震で大きな被害が出た。", P, "令和6年", "DATE", "2024", None),
    ("平成23年3月11日に大震災が起きた。", P, "平成23年3月11日", "DATE", "2011-03-11", None),
    ("同社は昭和元年に創業した。", P, "昭和元年", "DATE", "1926", None),
    ("式典は二〇二五年九月三日に行われた。", P, "二〇二五年九月三日", "DATE", "2025-09-03", None),
    ("25年3月期の決算で赤字に転落した。", P, "25年3月", "DATE", "2025-03", None),
    ("95年に起きた震災の教訓を生かす。", P, "95年", "DATE", "1995", None),
    ("同氏は2008年末に首相に就任した。", P, "2008年末", "DATE", "2008", "END"),
    ("工場は1980年代に建設された。", P, "1980年代", "DATE", "198", None),
    ("同社は90年代に急成長した。", P, "90年代", "DATE", "199", None),
    ("21世紀に入ってから人口が減り続けている。", P, "21世紀", "DATE", "20", None),
    ("2025年上半期の決算を発表した。", P, "2025年上半期", "DATE", "2025-H1", None),
    ("2024年度の予算案が成立した。", P, "2024年度", "DATE", "2024", None),
    ("計画は2011年度に完了する。", P, "2011年度", "DATE", "2011", None),
    # R30: a fiscal year ends in March of the next calendar year (2025年度末 is 2026-03)
    ("新駅は今年度末までに完成する。", P, "今年度末", "DATE", "2026-03", "END"),
    ("改修は2019年度末に終わる見込みだ。", P, "2019年度末", "DATE", "2020-03", "END"),
    ("赤字は年度末までに解消する。", "2026-02-10", "年度末", "DATE", "2026-03", "END"),
    # R30: a two-digit fiscal year near the reference read as a Heisei year when 20xx is far
    ("省は19年度予算に調査費を盛り込んだ。", "2006-12-20", "19年度", "DATE", "2007", None),
    ("市は07年度予算に計上した。", "2006-12-20", "07年度", "DATE", "2007", None),
    ("省は24年度予算に計上した。", P, "24年度", "DATE", "2024", None),
    # relative periods and parts
    ("習主席は先週末、天津で首脳会議を主催した。", P, "先週末", "DATE", "2025-W35-WE", None),
    ("交渉は来週、再開される。", P, "来週", "DATE", "2025-W37", None),
    ("昨日、首相が辞任を表明した。", P, "昨日", "DATE", "2025-09-02", None),
    ("明日、判決が言い渡される。", P, "明日", "DATE", "2025-09-04", None),
    ("回答は今月末までに示される。", P, "今月末", "DATE", "2025-09", "END"),
    ("両政府は年内の合意を目指す。", P, "年内", "DATE", "2025", None),
    ("与党は昨夏の参院選で大敗した。", P, "昨夏", "DATE", "2024-SU", None),
    ("首相は今秋にも衆院を解散する可能性がある。", P, "今秋", "DATE", "2025-FA", None),
    ("事故は2年前に発生した。", P, "2年前", "DATE", "2023", None),
    ("容疑者は3日前に逮捕された。", P, "3日前", "DATE", "2025-08-31", None),
    ("3国は8月末から対話を拒んでいる。", "2005-09-20", "8月末", "DATE", "2005-08", "END"),
    ("大統領は9月上旬に訪米する。", P, "9月上旬", "DATE", "2025-09", "START"),
    ("新機種は10月下旬に発売される。", P, "10月下旬", "DATE", "2025-10", "END"),
    ("事故は先月下旬に発生した。", P, "先月下旬", "DATE", "2025-08", "END"),
    ("新庁舎は来年春に完成する。", P, "来年春", "DATE", "2026-SP", None),
    ("能登半島で元日に大きな地震が発生した。", "2026-01-05", "元日", "DATE", "2026-01-01", None),
    # named days of the Japanese calendar; 原爆の日 is 8月9日 next to 長崎
    ("沖縄は慰霊の日を迎え、各地で式典が開かれた。", "2025-06-24", "慰霊の日", "DATE", "2025-06-23", None),
    ("首相は終戦の日に談話を発表した。", "2025-08-20", "終戦の日", "DATE", "2025-08-15", None),
    ("長崎市は原爆の日の式典を開いた。", "2025-08-10", "原爆の日", "DATE", "2025-08-09", None),
    ("広島市は原爆の日の式典を開いた。", "2025-08-10", "原爆の日", "DATE", "2025-08-06", None),
    ("部隊は憲法記念日の翌日に出発した。", "2025-05-10", "翌日", "DATE", "2025-05-04", None),
    # a part of a month after a connector takes that month
    ("退陣表明は9月上旬か中旬になる見通しだ。", "2009-08-31", "中旬", "DATE", "2009-09", "MID"),
    ("計画は年度内にまとめる。", "2026-02-10", "年度内", "DATE", "2025", None),
    # ranges and enumerations: the second member inherits year and month
    ("会議は3日から5日まで開かれた。", "2025-09-10", "5日", "DATE", "2025-09-05", None),
    ("見本市は12月1日から3日まで開かれる。", P, "3日", "DATE", "2025-12-03", None),
    ("番組は2005年7月と9月に放映された。", "2006-01-16", "9月", "DATE", "2005-09", None),
    ("試合は7月7-8日に行われた。", P, "8日", "DATE", "2025-07-08", None),
    ("台風は30日から1日にかけて接近する恐れがある。", "2025-09-29", "1日", "DATE", "2025-10-01", None),
    ("一行は28日に到着し、翌1日に帰国した。", "2025-10-05", "1日", "DATE", "2025-10-01", None),
    # a smaller day after 、 is not a range: it keeps the month (27日、26日に行われた…)
    ("委員会は27日、26日に行われた選挙の結果を発表した。", "2025-09-28", "26日", "DATE", "2025-09-26", None),
    # an apposition is one span: 一昨日19日, 来年2006年2月7日
    ("記者は一昨日19日に行方不明になった。", "2005-10-21", "一昨日19日", "DATE", "2005-10-19", None),
    ("政府は来年2006年2月7日までに発足する。", "2005-11-18", "来年2006年2月7日", "DATE", "2006-02-07", None),
    # times of day
    ("首相は9月24日午後に国連で演説する。", "2009-09-21", "9月24日午後", "TIME", "2009-09-24TAF", None),
    ("首相は21日夕方、官邸で会見した。", "2009-09-21", "21日夕方", "TIME", "2009-09-21TEV", None),
    ("一行は21日夜、ニューヨークに到着した。", "2009-09-21", "21日夜", "TIME", "2009-09-21TNI", None),
    ("首相は3日午後3時から会見する。", P, "3日午後3時", "TIME", "2025-09-03T15:00", None),
    ("政府は3日午前、臨時閣議を開いた。", P, "3日午前", "TIME", "2025-09-03TMO", None),
    ("午前10時半ごろ、工場で爆発があった。", P, "午前10時半ごろ", "TIME", "2025-09-03T10:30", "APPROX"),
    ("地震は23時36分に発生した。", P, "23時36分", "TIME", "2025-09-03T23:36", None),
    ("放送は7月6日には深夜11時で終了した。", P, "深夜11時", "TIME", "2025-07-06T23:00", None),
    ("今朝、倉庫で火災が発生した。", P, "今朝", "TIME", "2025-09-03TMO", None),
    ("昨夜、東北地方で強い地震があった。", P, "昨夜", "TIME", "2025-09-02TNI", None),
    ("首相は日本時間9月21日、羽田空港を出発した。", "2009-09-21", "9月21日", "DATE", "2009-09-21", None),
    # durations
    ("両首脳は中国の戦勝80年記念式典に参加した。", P, "80年", "DURATION", "P80Y", None),
    ("日本は戦後80年の節目を迎えた。", P, "80年", "DURATION", "P80Y", None),
    ("会談は2時間半におよんだ。", P, "2時間半", "DURATION", "PT2.5H", None),
    ("首相は6日間の予定で出発した。", P, "6日間", "DURATION", "P6D", None),
    ("兵士は到着後の数週間で訓練を受けた。", P, "数週間", "DURATION", "PXW", None),
    ("戦争は開戦から約9年ぶりに幕を閉じた。", P, "約9年", "DURATION", "P9Y", "APPROX"),
    ("日本勢のメダル獲得は8年ぶりだ。", P, "8年", "DURATION", "P8Y", None),
    ("任期は2年半で、1度だけ再選できる。", P, "2年半", "DURATION", "P2.5Y", None),
    ("交渉は1年半にわたって続いた。", P, "1年半", "DURATION", "P18M", None),  # R30
    # R30 review: 前半/後半 N分 before a length word is a length, not a match clock
    ("首相は演説の後半15分にわたって経済政策を語った。", P, "15分", "DURATION", "PT15M", None),
    ("記者会見は前半20分ほどが公開された。", P, "20分", "DURATION", "PT20M", None),
    ("長男の太郎君(当時4つ)が見つかった。", P, "4つ", "DURATION", "P4Y", None),  # R30: an age with つ
    ("次女(7つ)と一緒に避難した。", P, "7つ", "DURATION", "P7Y", None),
    ("協議は約30分間行われた。", P, "約30分間", "DURATION", "PT30M", "APPROX"),
    ("列車は1時間30分遅れで到着した。", P, "1時間30分", "DURATION", "PT1H30M", None),
    ("同社は3カ月間の業務停止処分を受けた。", P, "3カ月間", "DURATION", "P3M", None),
    ("半年間の交渉を経て合意した。", P, "半年間", "DURATION", "P6M", None),
    ("時差は13時間ある。", P, "13時間", "DURATION", "PT13H", None),
    ("元会長は69歳だった。", P, "69歳", "DURATION", "P69Y", None),
    ("地裁は元課長に懲役3年6月の判決を言い渡した。", P, "3年6月", "DURATION", "P3Y6M", None),
    ("一行は26日から2泊3日で現地を訪れた。", P, "3日", "DURATION", "P3D", None),
    ("会社員の男(45歳)が逮捕された。", P, "45歳", "DURATION", "P45Y", None),
    ("遺失物の保管期間は三カ月に短縮される。", P, "三カ月", "DURATION", "P3M", None),
    ("選挙から半月間、議席が決まらなかった。", P, "半月間", "DURATION", "P0.5M", None),
    ("今年は革命から20周年に当たる。", P, "20周年", "DURATION", "P20Y", None),
    ("価格は4営業日連続で上昇した。", P, "4営業日", "DURATION", "P4D", None),
    ("原爆の投下から60年にあたる9日、式典が開かれた。", "2005-08-09", "60年", "DURATION", "P60Y", None),
    # counted from some event, not from the reference date: a length of time
    ("監督は「五輪の2週間前になって変えるのはおかしい」と述べた。", P, "2週間前", "DURATION", "P2W", None),
    ("合意は「遅くとも7日前までに通告する」と定めている。", P, "7日前", "DURATION", "P7D", None),
    # sets
    ("報道官は毎週月曜に定例会見を開く。", P, "毎週月曜", "SET", "XXXX-WXX-1", None),
    ("選手たちは毎日練習を続けている。", P, "毎日", "SET", "P1D", None),
    ("大会は4年に1度開かれる。", P, "4年に1度", "SET", "P4Y", None),
    ("首相は年に1度参拝している。", P, "年に1度", "SET", "P1Y", None),
    ("理事会は年2回開かれる。", P, "年2回", "SET", "P1Y", None),
    # a weekday after the day number belongs to its span; the day number decides
    ("両氏は30日土曜日に会談した。", P, "30日土曜日", "DATE", "2025-08-30", None),
    # English dates of cited sources, with or without spaces
    ('"Leaders meet in Beijing".ExampleNews,September02,2025', P, "September02,2025", "DATE", "2025-09-02", None),
    ("Example Times, Sept. 1, 2025", P, "Sept. 1, 2025", "DATE", "2025-09-01", None),
    ("ExampleWire,30August2025", P, "30August2025", "DATE", "2025-08-30", None),
    # round 29: a two-digit year in a cited headline (the century nearest the reference date)
    ("『新制度、09年に導入へ』。東西新聞、2007年3月1日。", "2007-03-01", "09年", "DATE", "2009", None),
    ("『球団、11年ドラフトで改革』。東西新聞、2010年5月1日。", "2010-05-01", "11年", "DATE", "2011", None),
    ("『C市、03年以来の大雪』。東西新聞、2006年2月1日。", "2006-02-01", "03年", "DATE", "2003", None),
    ("『A国、16年のユーロ導入決定』。東西新聞、2015年7月1日。", "2015-07-01", "16年", "DATE", "2016", None),
    # round 29: N年ほど前 is N年前, about
    ("男は「5年ほど前に始めた」と話した。", "2015-06-01", "5年ほど前", "DATE", "2010", "APPROX"),
    ("店は2週間ほど前から休んでいた。", "2015-06-10", "2週間ほど前", "DATE", "2015-W22", "APPROX"),
    # round 29: a relative word with its day in brackets (the bracketed day decides)
    ("社長は「今日(14日)決めた」と述べた。", "2015-07-16", "今日", "DATE", "2015-07-14", None),
    # said on Friday 07-10, printed on Monday 07-13: 来週水曜 is the speaker's (07-15, not 07-22)
    ("社長は「来週水曜(15日)に決める」と述べた。", "2015-07-13", "来週水曜", "DATE", "2015-07-15", None),
    ("議長は「きょう(3月2日)辞任する」と語った。", "2015-03-03", "きょう", "DATE", "2015-03-02", None),
    ("所長は「あす(3日)の会合には出ない」と語っていた。", "2015-03-02", "3日", "DATE", "2015-03-03", None),
    # round 29: a day given as Japan time in brackets anchors no later local clock
    ("船は9日午後3時(日本時間10日午前4時)に出港した。現地時間午後5時には沖合に出た。", "2015-07-11",
     "午後5時", "TIME", "2015-07-09T17:00", None),
    ("船は9日午後3時(日本時間10日午前4時)に出港した。同日夜には沖合に出た。", "2015-07-11",
     "同日夜", "TIME", "2015-07-09TNI", None),
    # round 29 fixes: a Japan-time bracket with no local day before it in its sentence anchors
    ("首相は(日本時間10日午前)声明を出した。同日夜、記者団の質問に答えた。", "2015-07-11",
     "同日夜", "TIME", "2015-07-10TNI", None),
    ("船は(日本時間10日未明)沈んだ。翌日、乗員全員が救助された。", "2015-07-12",
     "翌日", "DATE", "2015-07-11", None),
    # N日ほど後 / N年くらい後: a date, about
    ("店は3日ほど後に営業を再開した。", "2015-07-10", "3日ほど後", "DATE", "2015-07-13", "APPROX"),
    ("工事は5年くらい後に終わる見込みだ。", "2015-07-10", "5年くらい後", "DATE", "2020", "APPROX"),
    # round 29 fixes: 以来 points back; never a headline year more than 12 years ahead
    ("『A国、38年以来の大雪』。東西新聞、2008年4月1日。", "2008-04-01", "38年", "DATE", "1938", None),
    ("『B町、41年に建設の校舎を解体』。東西新聞、2008年4月1日。", "2008-04-01", "41年", "DATE", "1941", None),
    ("『A国、38年以来の大雪』。", None, "38年", "DATE", "1938", None),
    ("『B国、2025~30年に有人探査』。東西新聞、2009年3月7日。", "2009-03-07", "30年", "DATE", "2030", None),
    # round 29 fixes: 翌日 / 当日 / 前日 before 本人 stay days (only この日 / その日 / 同日 give way)
    ("容疑者は3日に逃げた。翌日本人が署に出頭した。", "2015-07-10", "翌日", "DATE", "2015-07-04", None),
    ("式は3日に開かれた。当日本人は姿を見せなかった。", "2015-07-10", "当日", "DATE", "2015-07-03", None),
    ("式は3日に開かれた。前日本人が会場を下見していた。", "2015-07-10", "前日", "DATE", "2015-07-02", None),
    # round 29 fixes: 毎日の記述 is every day unless a source is cited
    ("彼女は日記に毎日の記述を欠かさなかった。", "2015-07-10", "毎日", "SET", "P1D", None),
]

# Round 15: families found on never-tuned sets, each with sentences written for the test
CASES_R15 = [
    # a day after the reference day that names something still coming, in a sentence with no
    # future word: a scheduling noun, a non-past verb right after the day, a plan (ことで合意)
    ("与党は15日召集の臨時国会を乗り切るのは難しいと考えた。", P, "15日", "DATE", "2025-09-15", None),
    ("同誌は10日発売の号で特集を組んだ。", P, "10日", "DATE", "2025-09-10", None),
    ("大会は8日開幕となった。", P, "8日", "DATE", "2025-09-08", None),
    ("県議会は20日から始まる定例会で審議することにしている。", P, "20日", "DATE", "2025-09-20", None),
    ("学校は28日から休校する措置を取った。", P, "28日", "DATE", "2025-09-28", None),
    ("労使は18日に新たな協定を結ぶことで合意した。", P, "18日", "DATE", "2025-09-18", None),
    ("両国は協議で12日に首都の駅で式典を行うことで合意していた。", P, "12日", "DATE", "2025-09-12", None),
    # ... but a day told in the past stays in the month before
    ("決勝は20日に開催された。", P, "20日", "DATE", "2025-08-20", None),
    ("大会は28日開幕した。", P, "28日", "DATE", "2025-08-28", None),
    ("患者は8日には入院する病院を訪れた。", P, "8日", "DATE", "2025-08-08", None),
    ("会議は18日に始まった議論を行うことで合意した。", P, "18日", "DATE", "2025-08-18", None),
    # an election calendar: the polling day takes the month of the notice
    ("知事選は11月2日告示、16日投開票の日程で行われる。", P, "16日", "DATE", "2025-11-16", None),
    ("総選挙は12月9日公示・21日投開票が有力だ。", P, "21日", "DATE", "2025-12-21", None),
    # a chronology: the year before a colon dates the day after it
    ("参拝日は2001年:8月13日、2002年:4月21日だった。", "2006-08-15", "4月21日", "DATE", "2002-04-21", None),
    ("参拝日は2001年:8月13日、2002年:4月21日だった。", "2006-08-15", "8月13日", "DATE", "2001-08-13", None),
    ("初雪は2001-2002年:12月21日だった。", "2006-08-15", "2002年", "DATE", "2002", None),
    # a year, の and a month are one span, and the year decides
    ("工場は2004年の12月に閉鎖された。", "2006-03-01", "2004年の12月", "DATE", "2004-12", None),
    ("記録は1960年の2月10日だった。", "2006-03-01", "1960年の2月10日", "DATE", "1960-02-10", None),
    ("両社は今年の6月2日に合併した。", "2008-06-20", "今年の6月2日", "DATE", "2008-06-02", None),
    ("調査は2012年の3月から11月に行った。", "2014-02-01", "11月", "DATE", "2012-11", None),
    # N日前 after の and a word of measure counts from that event: a duration
    ("開催のわずか2日前に中止が決まった。", P, "2日前", "DURATION", "P2D", None),
    # days that have passed, or a difference in days, are durations
    ("地震から5日が経過し、救助が続いている。", P, "5日", "DURATION", "P5D", None),
    ("梅雨明けは平年より12日早い。", P, "12日", "DURATION", "P12D", None),
    ("初雪は平年に比べて9日遅い観測となった。", P, "9日", "DURATION", "P9D", None),
    # 現地 alone between a day and a time of day
    ("政府は12月3日現地午前10時に声明を出した。", P, "12月3日現地午前10時", "TIME", "2025-12-03T10:00", None),
    # a bare day named again after its full date takes that date's month
    ("事件は2024年6月25日の昼から26日の朝にかけて起きた。特に25日の夜には暴行が続いた。",
     "2025-02-07", "25日の夜", "TIME", "2024-06-25TNI", None),
    ("事件は2024年6月25日の昼から26日の朝にかけて起きた。26日の午前10時ごろには稽古があった。",
     "2025-02-07", "26日の午前10時ごろ", "TIME", "2024-06-26T10:00", "APPROX"),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R15, ids=[c[0][:14] for c in CASES_R15])
def test_case_table_round15(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)
    assert sentence[t.start:t.end] == t.text


@pytest.mark.parametrize("sentence,kept", [
    ("会見記録(2008年5月13日(火曜日)18時50分)。", ["2008年5月13日", "18時50分"]),
    ("会見は13日(火曜日)に開かれた。", ["13日"]),
])
def test_weekday_in_parentheses_after_a_day_is_left_out(sentence, kept):
    assert [t.text for t in times_of(sentence, "2008-05-14")] == kept


# Round 18: a local clock with no day of its own takes the day of the Japan time written
# in parentheses after it (the day before once the Japan clock is past midnight)
CASES_R18 = [
    ("嵐は上陸後、午後5時(日本時間11日午前7時)に勢力を落とした。", "2025-09-11",
     "午後5時", "TIME", "2025-09-10T17:00", None),
    ("議会は16日に開会した。採決は午後9時(UTC+2、日本時間18日午前4時)に行われた。", "2025-09-18",
     "午後9時", "TIME", "2025-09-17T21:00", None),
    ("試合は午後1時(日本時間14日午後9時)に始まった。", "2025-09-15",
     "午後1時", "TIME", "2025-09-14T13:00", None),
    ("前日の2日に続き、開票は午前11時半(日本時間3日正午)までに終わる見込み。", "2025-09-03",
     "午前11時半", "TIME", "2025-09-03T11:30", None),
    ("式典は20日夜の予定だったが、現地時間(UTC+12)午前1時(日本時間20日午後10時)に始まった。", "2025-09-21",
     "午前1時", "TIME", "2025-09-21T01:00", None),
    ("準決勝は29日に行われた。決勝は午後8時(日本時間1日午前3時)に始まった。", "2025-10-01",
     "午後8時", "TIME", "2025-09-30T20:00", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R18, ids=[c[0][:14] for c in CASES_R18])
def test_case_table_round18(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


# Round 18: 毎日 as the newspaper is no SET
@pytest.mark.parametrize("sentence", [
    "毎日の別記事によると、容疑者は容疑を認めている。",
    "氏は1981年に毎日を退社し、作家となった。",
    "毎日記者が現地から報告した。",
    "毎日とテレビ朝日によると、放送は来月終わる。",
    "毎日も、首相が退陣の意向を固めたと報じた。",
    "また毎日は、市長が辞職する意向だと伝えている。",
    "毎日が県警の調べとして紹介したところでは、男は容疑を否認している。",
])
def test_mainichi_the_newspaper_is_not_every_day(sentence):
    assert [t.text for t in times_of(sentence, P) if t.text == "毎日"] == []


@pytest.mark.parametrize("sentence", [
    "彼は毎日、公園を散歩している。",
    "毎日が楽しいと話した。",
    "店は毎日も営業していると報じられた。",
    "工場は毎日500台を生産していると伝えた。",
])
def test_every_day_stays_a_set(sentence):
    assert _find(times_of(sentence, P), "毎日").value == "P1D"


def test_bare_day_does_not_take_the_month_of_a_weak_earlier_day():
    # the earlier 6日 has no month of its own (resolved from the reference date): the
    # later 6日, told in the past, is resolved on its own, not copied from it
    times = times_of("式典は6日に開かれる見通しだ。この日は祝日だ。選手団は6日に到着した。", P)
    assert [t.value for t in times if t.text == "6日"] == ["2025-09-06", "2025-08-06"]


def _find(times: list[Time], text: str) -> Time:
    for t in times:
        if t.text == text:
            return t
    raise AssertionError(f"{text!r} not found in {[(t.text, t.value) for t in times]}")


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES, ids=[c[0][:14] for c in CASES])
def test_case_table(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)
    assert sentence[t.start:t.end] == t.text


def test_table_is_large_enough():
    assert len(CASES) >= 60


NOT_TIMES = [
    "最近、現在、今後、当時、その後の状況について述べた。",
    "首相(62)は会見で語った。",
    "鳩山首相は日本時間(UTC+9)に出発した。",
    "毎日新聞によると、首相は辞任する意向だ。",
    "朝日・毎日の両紙が報じた。",
    "北朝鮮は約1万5000人の兵士を派遣した。",
    "支持率は3分の1に落ち込んだ。",
    "高校3年の選手が優勝した。",
    "震源は北緯30度15分の地点だった。",
    "両国は一時、対立した。",
    "3首脳が並んで歩いた。",
    "第1次政権で実現した。",
    "支援を一日も早く届けたい。",
    "死者は8人(ロイター、毎日)に上った。",
    "理事長の足高慶宣(あしたか・よしのぶ)氏が語った。",
    "新幹線は600キロ毎時の大台に乗った。",
    "売上高は前年比で増加した。",
    "集会はイスラム暦の1月に当たる時期に開かれる。",
    "無所属6時事通信によると投票率は上がった。",
    "朝日や読売は懸念を伝えた。毎日は、長い時間が必要だと伝えている。",
    "選手は半月板を損傷した。",
    # round 29: 日 of another word after この / その / 同; 毎日 the newspaper
    "この日本人男性は無事だった。",
    "その日程はまだ決まっていない。",
    "またこの日経=共同電によると、輸出が増えた。",
    "毎日JPの記事が伝えた。",
    "毎日の別の記事では、会長は辞めた。",
    "名簿は毎日の記述に基づいて作った。",
    # round 30: a match clock and a draw count; a thing counted in a bracket is no age
    "チームは前半12分に先制し、後半40分に追いついた。",
    "日本は2勝1分けで首位に立った。",
    "倉庫の扉(2つ)が壊された。",
    "花子ちゃん(12つ)の絵が飾られた。",  # つ counts to nine only
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_times(sentence):
    assert [(t.text, t.value) for t in times_of(sentence, P)] == []


def test_cited_headlines_count_from_their_own_date():
    # 『…』。Publisher、date。: relative words in a headline count from the citation date
    text = ("本文は5日の会談を伝えた。"
            "『首相、あす訪米』。例示新聞、2025年9月1日。"
            "『新内閣、2日発足』。例示通信、2025年9月1日。"
            "『安保理、きょう採択』。例示新聞、2025年8月30日。"
            "『期限を29日まで延長へ』。例示新聞、2025年9月10日。"
            '"Haiti sets Dec.27 election date"。ExampleWire、2025年11月17日。')
    got = {t.text: t.value for t in times_of(text, "2025-09-20")}
    assert got["5日"] == "2025-09-05"
    assert got["あす"] == "2025-09-02"
    assert got["2日"] == "2025-09-02"  # a headline's day: the nearest to its date
    assert got["きょう"] == "2025-08-30"
    assert got["29日"] == "2025-09-29"
    assert got["Dec.27"] == "2025-12-27"
    # outside a headline, a kana word before a kanji is not read (きょう子 …)
    assert times_of("きょう子さんは語った。", "2025-09-20") == []
    assert [t.text for t in times_of("Dec.27 was quiet.", "2025-09-20")] == []


def test_clock_after_an_unread_date_is_not_dated_wrongly():
    # 19/09/2005 is not read; its clock must not take the day of an earlier date
    got = times_of("例示新聞、2005年9月15日。例示放送、19/09/2005,21:10Uhr。", P)
    assert [t.text for t in got] == ["2005年9月15日"]


def test_kanji_numerals():
    assert parse_num("二〇二五") == 2025
    assert parse_num("十五") == 15
    assert parse_num("二十一") == 21
    assert parse_num("千九百八十") == 1980
    assert parse_num("３") == 3
    assert parse_num("2.5") == 2.5


# --------------------------------------------------------------- anchors: 同日, 翌日 …
def test_same_day_takes_last_resolved_date():
    text = "首相は5月25日、談話を発表した。同日夜には会見を開いた。翌日、ソウルに向かった。この日、首脳会談が開かれた。"
    ts = times_of(text, "2010-05-30")
    got = [(t.text, t.type, t.value) for t in ts]
    assert got == [
        ("5月25日", "DATE", "2010-05-25"),
        ("同日夜", "TIME", "2010-05-25TNI"),
        ("翌日", "DATE", "2010-05-26"),
        ("この日", "DATE", "2010-05-26"),
    ]
    assert ts[1].anchor == f"anchor:{ts[0].start}"


def test_same_month_and_year_and_previous_day():
    text = "衛星は2007年9月14日に打ち上げられた。同年4月には欧州の衛星が打ち上げられ、同月末に軌道に入った。前日には予行演習が行われた。"
    ts = times_of(text, "2007-09-20")
    got = {t.text: t.value for t in ts}
    assert got["同年4月"] == "2007-04"
    assert got["同月末"] == "2007-04"
    assert got["前日"] == "2007-09-13"  # the day before the last full date


def test_same_day_without_any_date_uses_reference():
    ts = times_of("同日、政府が声明を出した。", P)
    assert [(t.text, t.value, t.anchor) for t in ts] == [("同日", "2025-09-03", "published")]


# --------------------------------------------------------------- no reference date
def test_unknown_reference_keeps_x():
    text = "首脳は3日、会談した。両首脳はこの日、式典に出た。昨年8月には急襲があった。先週末に会議が開かれた。2024年6月に条約を結んだ。"
    got = {t.text: t.value for t in times_of(text, None)}
    assert got == {
        "3日": "XXXX-XX-03",
        "この日": "XXXX-XX-03",
        "昨年8月": "XXXX-08",
        "先週末": "XXXX-WXX-WE",
        "2024年6月": "2024-06",
    }


def test_absolute_date_anchors_relative_ones_without_reference():
    got = [(t.text, t.value) for t in times_of("2025年9月3日、両国が会談した。翌日、共同声明が出た。", None)]
    assert got == [("2025年9月3日", "2025-09-03"), ("翌日", "2025-09-04")]


# --------------------------------------------------------------- published inference
WIKINEWS_STYLE = (
    "国連総会で演説\n"
    "首相は21日、国連総会で演説した。22日には首脳会談を開いた。"
    "東京・共同『首相、国連で演説』。共同通信、2009年9月21日。"
    "『首相が首脳会談』。読売新聞、2009年9月22日。"
)


def test_published_inferred_from_sources():
    import hodo.stages.times as T
    from hodo.model import Article
    from hodo.read import structure

    art = Article(text=WIKINEWS_STYLE)
    art.blocks = structure.blocks(art.text)
    assert any(b.kind == "source" for b in art.blocks)
    assert infer_published(art) == dt.date(2009, 9, 22)

    from hodo.pipeline import Doc

    art.sentences = structure.sentences(art.text, art.blocks)
    T.find_times(Doc(article=art))
    assert art.published == "2009-09-22" and art.published_inferred is True
    got = {t.text: t.value for t in art.times}
    assert got["21日"] == "2009-09-21" and got["22日"] == "2009-09-22"


def test_published_inferred_from_english_source_dates():
    from hodo.model import Article
    from hodo.read import structure

    text = ("首相は21日、国連総会で演説した。英語版ウィキニュースの翻訳です。"
            '"Leader speaks at UN".ExampleNews,September21,2009"Leader meets".ExampleWire,22September2009')
    art = Article(text=text)
    art.blocks = structure.blocks(art.text)
    assert infer_published(art) == dt.date(2009, 9, 22)


def test_published_given_is_not_replaced():
    from hodo.model import Article

    ts = times_of(WIKINEWS_STYLE, "2009-09-25")
    assert {t.text: t.value for t in ts}["21日"] == "2009-09-21"
    art = Article(text="本文のみ。", published="2009-09-25")
    assert art.published_inferred is False


def test_published_inferred_from_dateline():
    from hodo.model import Article
    from hodo.read import structure

    text = "【ワシントン=共同】2025年9月3日\n大統領は2日、声明を発表した。3日には議会で演説する予定だ。"
    art = Article(text=text)
    art.blocks = structure.blocks(text)
    assert infer_published(art) == dt.date(2025, 9, 3)


def test_no_inference_without_clues():
    from hodo.model import Article
    from hodo.read import structure

    text = "大統領は2日、声明を発表した。首相は会見で語った。"
    art = Article(text=text)
    art.blocks = structure.blocks(text)
    assert infer_published(art) is None
    assert [t.value for t in times_of(text, None)] == ["XXXX-XX-02"]


# --------------------------------------------------------------- gold dev set
def _f1(pred: list[Time], gold: list[dict]) -> tuple[int, int, int, int]:
    """(matched spans, matched values, predicted, gold): overlap match, one to one."""
    used: set[int] = set()
    span_tp = val_tp = 0
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and p.start < g["end"] and g["start"] < p.end:
                used.add(i)
                span_tp += 1
                val_tp += p.value == g["value"]
                break
    return span_tp, val_tp, len(pred), len(gold)


def _score(rows):
    st = sum(r[0] for r in rows)
    vt = sum(r[1] for r in rows)
    np_ = sum(r[2] for r in rows)
    ng = sum(r[3] for r in rows)

    def f(tp):
        p, r = tp / np_, tp / ng
        return 2 * p * r / (p + r) if p + r else 0.0

    return f(st), f(vt)


def test_gold_time_f1():
    rows = []
    for path in gold_paths():
        g = load_gold(path)
        pred = times_of(g["text"], g.get("published"), g.get("title"))
        for t in pred:
            assert g["text"][t.start:t.end] == t.text
        rows.append(_f1(pred, g["times"]))
    assert rows, "no gold files found"
    span_f1, value_f1 = _score(rows)
    assert span_f1 >= 0.90, span_f1
    assert value_f1 >= 0.85, value_f1


def test_gold_wikinews_with_inferred_published():
    """Without their published date, the Wikinews gold files infer it from their sources
    and still resolve their times."""
    rows = []
    for path in gold_paths():
        g = load_gold(path)
        if not g["id"].startswith("jawikinews"):
            continue
        pred = times_of(g["text"], None, g.get("title"))
        rows.append(_f1(pred, g["times"]))
    if not rows:
        pytest.skip("no Wikinews gold files")
    span_f1, value_f1 = _score(rows)
    assert span_f1 >= 0.90 and value_f1 >= 0.85, (span_f1, value_f1)


# --------------------------------------------------------------- pipeline and date_of
@pytest.fixture(scope="module")
def parsed():
    import hodo

    text = (
        "見出し\n"
        "首相は3日、ワシントンで大統領と会談した。"
        "両首脳は昨年8月に署名した協定を確認し、来年の首脳会議に向けて協力することで合意した。"
        "首相は会見で成果を強調した。"
        "政府は5日に閣議を開き、9月10日に国会を召集することを決める。"
    )
    return hodo.analyze(text, published=P, stages=("times",)), text


def test_pipeline_runs_stage(parsed):
    art, text = parsed
    from hodo.stages.times import VERSION

    assert art.stages.get("times") == VERSION
    assert art.times and all(t.stage == f"times@{VERSION}" for t in art.times)
    assert {t.text: t.value for t in art.times}["3日"] == "2025-09-03"


def _doc_for(text):
    from hodo import nlp
    from hodo.model import Article
    from hodo.pipeline import _build, prepare, run_stages
    from hodo.stages import ordered

    art, spans = prepare(Article(text=text, published=P))
    docs = list(nlp.load(ner=False).pipe([text[a:b] for a, b, _ in spans]))
    doc = _build(art, spans, docs)
    run_stages(doc, ordered(("times",)))
    return doc


def test_date_of(parsed):
    _, text = parsed
    doc = _doc_for(text)

    def at(word, nth=0):
        i = -1
        for _ in range(nth + 1):
            i = text.index(word, i + 1)
        return date_of(doc, i, i + len(word))

    assert at("会談") == "2025-09-03"  # the date before it in its clause
    assert at("署名") == "2024-08"
    assert at("合意") == "2026"  # nearest earlier date in the sentence
    assert at("強調") is None  # no date in the sentence: not the publication date
    assert at("閣議") == "2025-09-05"
    assert at("召集") == "2025-09-10"


def test_date_of_ignores_a_later_date_except_for_reported_content():
    text = "安保理は決議を採択し、活動期限を2026年8月まで延長した。「協力を続ける」と首相は3日、述べた。"
    doc = _doc_for(text)
    i = text.index("採択")
    assert date_of(doc, i, i + 2) is None  # the 2026年8月 is the deadline's, not the vote's
    j = text.index("協力を続ける")
    assert date_of(doc, j, j + len("協力を続ける")) == "2025-09-03"  # the saying comes after


def test_date_of_agrees_with_gold_event_dates():
    """date_of on the trigger of every gold event, against the event's gold date (null
    included). Gold carries the story date over to sentences without a date, which
    date_of by design does not, so agreement is below 1."""
    from hodo import nlp
    from hodo.model import Article
    from hodo.pipeline import _build, prepare, run_stages
    from hodo.stages import ordered

    nl = nlp.load(ner=False)
    agree = total = 0
    for path in gold_paths():
        g = load_gold(path)
        art, spans = prepare(Article(text=g["text"], published=g.get("published"), title=g.get("title")))
        doc = _build(art, spans, list(nl.pipe([art.text[a:b] for a, b, _ in spans])))
        run_stages(doc, ordered(("times",)))
        for e in g["events"]:
            s, t = e["trigger"]
            total += 1
            agree += date_of(doc, s, t) == e.get("date")
    if not total:
        pytest.skip("no gold events")
    assert agree / total >= 0.70, (agree, total)


@pytest.mark.parametrize("text", ["試合は2:1で終わった。", "バージョン1.2.2005を公開した。", "比率は10:30だった。"])
def test_colon_and_dot_numbers_are_no_times_alone(text):
    assert times_of(text, dt.date(2005, 10, 3)) == []


# Round 23: a seismic bulletin's glued stamp (year, English month, day and clock with no
# space) and a year glued to an election's name (no 年)
CASES_R23 = [
    ("震源情報、NORTHERNCHILE2024March0317:05:22UTC。", "2024-03-04",
     "2024March0317:05:22", "TIME", "2024-03-03T17:05:22", None),
    ("観測所の記録ではALASKA2023October902:40だった。", "2023-10-10",
     "2023October902:40", "TIME", "2023-10-09T02:40", None),
    ("関連記事『2031衆院選、各党の公約出そろう』。", "2031-06-01", "2031", "DATE", "2031", None),
    ("特集『2027東京都知事選候補者の横顔』を掲載した。", "2027-05-02", "2027", "DATE", "2027", None),
    ("『2019参議院選挙』の特設ページを参照。", "2019-07-01", "2019", "DATE", "2019", None),
    ("ポータル『2022大統領選』より。", "2022-03-01", "2022", "DATE", "2022", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R23, ids=[c[0][:14] for c in CASES_R23])
def test_case_table_round23(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


@pytest.mark.parametrize("sentence", [
    "2014ワールドカップ選手団が帰国した。",          # 選 of 選手, not an election
    "2020東京五輪代表選考会が開かれた。",            # 選 of 選考
    "2000人選抜の合唱団が歌った。",                 # a count before 選抜
    "2010候補選考会が開かれた。",                   # 補選 is no election name (補 before 選)
    "2000万人選挙区の区割りが決まった。",            # a count (万人) before an election word
])
def test_glued_year_needs_an_election_name(sentence):
    assert [t.text for t in times_of(sentence, "2025-09-01") if t.text.isdigit()] == []


# Round 26: the second year of a range or list of years, a source stamp's date and clock
# as one record, a bare month after a written year and month of its sentence, この夜 /
# 今夕 / 同日夕, and a day after the reference day in a clause reported as coming (…すると)
CASES_R26 = [
    ("彼は1970年から74年にかけて駐米大使を務めた。", "2008-05-01", "74年", "DATE", "1974", None),
    ("同氏は97年から02年まで議長を務めた。", "2008-05-01", "02年", "DATE", "2002", None),
    ("この馬は1984年と88年の大会で優勝した。", "2008-05-01", "88年", "DATE", "1988", None),
    ("例示紙、14.03.2006,09:12Uhr。", "2006-03-15", "14.03.2006,09:12", "TIME", "2006-03-14T09:12", None),
    ("例示百科、2007年2月4日(日)11:20の版。", "2007-02-10", "2007年2月4日(日)11:20", "TIME",
     "2007-02-04T11:20", None),
    ("例示百科、08:41,3March2007。", "2007-03-10", "08:41,3March2007", "TIME", "2007-03-03T08:41", None),
    ("被告は2001年9月に起訴され、12月に判決を受けた。", "2008-03-01", "12月", "DATE", "2001-12", None),
    ("工事は2004年6月か7月に始まった。", "2006-03-01", "7月", "DATE", "2004-07", None),
    ("市長は2日、会見を開いた。この夜、市長は辞任した。", P, "この夜", "TIME", "2025-09-02TNI", None),
    ("知事は1日に上京した。その夜、知事は会談に臨んだ。", P, "その夜", "TIME", "2025-09-01TNI", None),
    ("市長は2日に辞表を出した。同日夕、議会が開かれた。", P, "同日夕", "TIME", "2025-09-02TEV", None),
    ("社長は今夕にも辞任を表明する。", P, "今夕", "TIME", "2025-09-03TEV", None),
    ("外相は9日の会談で立場を伝える、と記者団に語った。", P, "9日", "DATE", "2025-09-09", None),
    ("代表団は20日に首都を訪問すると外務省が明らかにした。", P, "20日", "DATE", "2025-09-20", None),
    ("新人は1日で作業の手順を覚えた。", P, "1日", "DURATION", "P1D", None),
    ("首相は2日に訪米した。外相も同じ日、現地入りした。", P, "同じ日", "DATE", "2025-09-02", None),
    # review of 1.9: a day that dates the reporting verb, a condition with と, a descending list of
    # years, 夕 of 夕張 / 夕立, the copula after 1日, 午前 / 午後 before an English date's clock
    ("議長は15日、年内に引退すると述べた。", P, "15日", "DATE", "2025-08-15", None),
    ("救急隊は12日に家に着くと既に患者は回復していた。", P, "12日", "DATE", "2025-08-12", None),
    ("同選手は2006年と99年に優勝した。", "2010-01-01", "99年", "DATE", "1999", None),
    ("社長は8日夕張の工場を訪れた。", P, "8日", "DATE", "2025-08-08", None),
    ("選手団は2日夕立の中を出発した。", P, "2日", "DATE", "2025-09-02", None),
    ("決勝戦は1日です。", P, "1日", "DATE", "2025-09-01", None),
    ("開票は1日でした。", P, "1日", "DATE", "2025-09-01", None),
    ("例示百科、午後11:05,7June2008。", "2008-06-10", "午後11:05,7June2008", "TIME", "2008-06-07T23:05", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R26, ids=[c[0][:14] for c in CASES_R26])
def test_case_table_round26(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


@pytest.mark.parametrize("sentence,span,typ,value", [
    ("彼は1991年から15年間会長を務めた。", "15年間", "DURATION", "P15Y"),      # 年間: a length
    ("選手は2008年、13年の出場停止処分を受けた。", "13年", "DURATION", "P13Y"),  # 、 and の…処分
    ("創業した1988年から30年が過ぎた。", "30年", "DURATION", "P30Y"),      # が after a range
    ("元社長は2011年、14年ぶりに復帰した。", "14年", "DURATION", "P14Y"),    # ぶり after 、
    ("最高記録は1981年2月以来で、12月の記録も更新した。", "12月", "DATE", "2007-12"),  # 以来
    ("利益は2006年3月期に最高となり、5月発表の決算も注目された。", "5月", "DATE", "2007-05"),  # 期
    ("20日に首相が会見すると、株価が下がった。", "20日", "DATE", "2025-08-20"),  # と of a condition
])
def test_round26_guards(sentence, span, typ, value):
    """Each row fails when its guard is taken out (年間; a bare 、 before the second year with
    no list going on; が / ぶり after it; 以来; 期; と followed by 、)."""
    ref = P if "首相" in sentence else "2008-01-20"
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize("sentence", [
    "局の新しいドラマ「明日、君と歩く道」が話題となった。",
    "番組「今夜も街角から」で特集した。",
    "映画『昨日の約束』が公開された。続編も『昨日の約束』の監督が撮る。",
    "番組「明日午前7時」が始まった。",      # a clock of the title too (review of 1.9)
])
def test_round26_no_relative_day_in_a_title(sentence):
    assert times_of(sentence, P) == []


@pytest.mark.parametrize("sentence", [
    "二人は同じ日程で来日した。",
    "両社は同じ日付の書類を出した。",
    "町では毎年同じ日に祭りがある。",
    "私たちはその夜行バスに乗った。",
    "この夜空に星が光る。",
    "男は事件当日、自宅にいたと話した。",          # round 31: 当日 after a noun is no date
    "記念式典当日には多くの人が訪れた。",
    "今回の投票では当日有権者数が増えた。",
    "公演の当日券は売り切れた。",
])
def test_round26_no_day_or_night_word(sentence):
    """同じ日 / この夜 / その夜 inside a longer word (日程, 日付, 夜行, 夜空), 毎年同じ日 (review of 1.9)."""
    assert [t.text for t in times_of(sentence, P) if t.text != "毎年"] == []


def test_round26_one_day_copula_before_a_comma():
    # final review of times 1.10: 1日で、 is the copula's continuative (a date), 1日で退院 a length
    import hodo

    got = [(t.text, t.type, t.value) for t in hodo.analyze("投開票は1日で、結果は翌日に出る。", published="2026-03-05").times]
    assert ("1日", "DATE", "2026-03-01") in got, got


# round 27: a year with the same year of the other calendar in brackets and a month after it
# (one span, the month in that year), 同じ年の…, 昨年の夏, an age in years and months, 9・10両日,
# 週明け8日 (the day; 週明け a sign of what is coming), 16日の日曜日 (the weekday picks the month)
CASES_R27 = [
    ("同社は1921年(大正10年)4月3日に設立された。", "2010-05-01", "1921年(大正10年)4月3日", "DATE", "1921-04-03", None),
    ("新庁舎は平成24年(2012年)10月に開いた。", "2015-05-01", "平成24年(2012年)10月", "DATE", "2012-10", None),
    ("条例は2004年（平成16年）3月に改められた。", "2015-05-01", "2004年（平成16年）3月", "DATE", "2004-03", None),
    ("会社は1990年に設立され、同じ年の9月に上場した。", "2015-05-01", "同じ年の9月", "DATE", "1990-09", None),
    ("工事は昨年の秋に終わった。", "2015-05-01", "昨年の秋", "DATE", "2014-FA", None),
    ("保護されたのは2歳5ヶ月の女児だった。", "2015-05-01", "2歳5ヶ月", "DURATION", "P2Y5M", None),
    ("大会は6月13・14両日に開かれた。", "2015-06-20", "6月13", "DATE", "2015-06-13", None),
    ("理事会は先月末、説明会を週明け6日に開くと決めていた。", "2015-07-02", "6日", "DATE", "2015-07-06", None),
    ("抽選会は19日の日曜日に市役所で開かれると発表された。", "2015-07-18", "19日の日曜日", "DATE", "2015-07-19",
     None),
    ("市は28日の火曜日に説明会を開いていた。", "2015-08-03", "28日の火曜日", "DATE", "2015-07-28", None),
    # round 31: a bare hour after an afternoon clock of its paragraph is p.m.; not before it
    ("男は午後2時から3時ごろに家を出た。", "2015-08-03", "3時ごろ", "TIME", "2015-08-03T15:00", "APPROX"),
    ("車は午後3時に店を出た。更に5時半ごろ、駅で見つかった。", "2015-08-03", "5時半ごろ", "TIME",
     "2015-08-03T17:30", "APPROX"),
    ("会は午後11時まで続き、1時に再開した。", "2015-08-03", "1時", "TIME", "2015-08-03T01:00", None),
    ("会は午前10時に始まり、11時半に終わった。", "2015-08-03", "11時半", "TIME", "2015-08-03T11:30", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R27, ids=[c[0][:14] for c in CASES_R27])
def test_case_table_round27(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)
    assert sentence[t.start:t.end] == t.text


@pytest.mark.parametrize("sentence,ref,kept", [
    ("工場は平成23年(2011年)に閉鎖された。", "2015-05-01", [("平成23年", "2011"), ("2011年", "2011")]),
    ("組合は今年の春闘で妥結した。", "2015-05-01", [("今年", "2015")]),
    ("審議は週明けに再開する。", "2015-07-01", [("週明け", "2015-W28")]),
    # review of 1.12: kanji words after 年の春/秋, 同じ年齢, 週末の2日間, the news day after a date
    ("皇室では1965年の秋篠宮さま以来の慶事だ。", "2015-10-30", [("1965年", "1965")]),
    ("今年の春節には帰省する。", "2015-10-30", [("今年", "2015")]),
    ("昨年の秋以降、値上がりが続く。", "2015-10-30", [("昨年の秋", "2014-FA")]),
    ("彼は私と同じ年齢だ。", "2015-10-30", []),
    ("週末の2日間、催しが開かれた。", "2015-04-20", [("週末", "2015-W16-WE"), ("2日間", "P2D")]),
    ("4月1日に施行された改正法をめぐり、厚労省は28日、通知を出した。", "2015-10-30",
     [("4月1日", "2015-04-01"), ("28日", "2015-10-28")]),
    # round 29 guards: lengths in headlines (N年の far from the date, a phrase end, から before)
    ("『C社、12年の歴史に幕』。東西新聞、2008年4月1日。", "2008-04-01",
     [("12年", "P12Y"), ("2008年4月1日", "2008-04-01")]),
    ("『容疑者、逃亡12年』。東西新聞、2008年4月1日。", "2008-04-01",
     [("12年", "P12Y"), ("2008年4月1日", "2008-04-01")]),
    ("『事故から13年遺族が集会』。東西新聞、2008年4月1日。", "2008-04-01",
     [("13年", "P13Y"), ("2008年4月1日", "2008-04-01")]),
    ("『銀河鉄道の旅40年記念式典』。東西新聞、2008年4月1日。", "2008-04-01",
     [("40年", "P40Y"), ("2008年4月1日", "2008-04-01")]),
    # round 29 fixes: a length's tail keeps a headline N年 near the date a length
    ("『A国、10年にわたる内戦が終結』。東西新聞、2008年4月1日。", "2008-04-01",
     [("10年", "P10Y"), ("2008年4月1日", "2008-04-01")]),
    ("『B市、10年にわたり水質を調査』。東西新聞、2008年4月1日。", "2008-04-01",
     [("10年", "P10Y"), ("2008年4月1日", "2008-04-01")]),
    ("『A国、12年に及ぶ内戦に幕』。東西新聞、2008年4月1日。", "2008-04-01",
     [("12年", "P12Y"), ("2008年4月1日", "2008-04-01")]),
    ("『つり橋、20年かけて完成』。東西新聞、2008年4月1日。", "2008-04-01",
     [("20年", "P20Y"), ("2008年4月1日", "2008-04-01")]),
    ("『元受刑者、15年服役し出所』。東西新聞、2008年4月1日。", "2008-04-01",
     [("15年", "P15Y"), ("2008年4月1日", "2008-04-01")]),
    ("『A国 内戦10年 終わらず』。東西新聞、2008年4月1日。", "2008-04-01",
     [("10年", "P10Y"), ("2008年4月1日", "2008-04-01")]),
    ("『C社、10年の計画を発表』。東西新聞、2008年4月1日。", "2008-04-01",
     [("10年", "P10Y"), ("2008年4月1日", "2008-04-01")]),
])
def test_round27_guards(sentence, ref, kept):
    assert [(t.text, t.value) for t in times_of(sentence, ref)] == kept


@pytest.mark.parametrize("sentence,ref,span,value", [
    ("船は10月4日に港を出て、27日に戻ったと会社が発表した。", "2015-12-05", "27日", "2015-10-27"),
    ("試合は8月12日から東京で、15日から大阪で行われた。", "2015-11-10", "15日", "2015-08-15"),
    # guard: after a planned date, the later day is not moved into its month
    ("本来は12月1日に届く予定だったが、誤って送られたことが28日、分かった。", "2015-11-29", "28日", "2015-11-28"),
    ("採決を週明けの6日とすることで一致した。", "2015-07-02", "6日", "2015-07-06"),
    # final review of 1.12: a coming day, and the news day after a relative clause, keep this month
    ("男は3月3日に起訴され、判決は15日に言い渡される予定だ。", "2008-04-10", "15日", "2008-04-15"),
    ("3月3日に起訴された男の初公判が8日に開かれた。", "2008-04-10", "8日", "2008-04-08"),
])
def test_round27_later_day_in_the_sentence_of_a_past_date(sentence, ref, span, value):
    assert _find(times_of(sentence, ref), span).value == value


# round 38: a bare day one or two days after the reference day stays in its month; a later day
# of the month of a past date written with its year, in its sentence, takes that year; 1日 as the
# unit of a rate is a length; a range of N年前 / N週間後 counts from its first number
CASES_R38 = [
    ("警察は4日、関係先を家宅捜索した。", P, "4日", "DATE", "2025-09-04", None),
    ("式典は5日夜に開かれ、多くの市民が集まった。", P, "5日夜", "TIME", "2025-09-05TNI", None),
    ("工事は2003年4月2日に始まり、4月20日に終わった。", "2010-05-01", "4月20日", "DATE",
     "2003-04-20", None),
    ("選手は2001年10月3日に入団し、10月9日に初めて試合に出た。", "2012-06-01", "10月9日",
     "DATE", "2001-10-09", None),
    ("その窓口には1日に数十件の問い合わせがあった。", P, "1日", "DURATION", "P1D", None),
    ("委員は1日に十数人と面会した。", P, "1日", "DURATION", "P1D", None),
    ("市は業者に、遅れた日数1日につき3万円の違約金を求めた。", P, "1日", "DURATION", "P1D", None),
    ("この路線では1日数本のバスが走る。", P, "1日", "DURATION", "P1D", None),
    ("夏の間はフェリーが1日12往復する。", P, "1日", "DURATION", "P1D", None),
    ("工場は1日8千台を生産する。", P, "1日", "DURATION", "P1D", None),
    ("この橋は6-7年前に塗り替えられた。", "2020-03-01", "6-7年前", "DATE", "2014", "APPROX"),
    ("男は2、3年ほど前に車を買ったという。", "2020-03-01", "2、3年ほど前", "DATE", "2018", "APPROX"),
    ("工事は4~5週間後に終わる見込みだ。", P, "4~5週間後", "DATE", "2025-W40", "APPROX"),
]


# round 39: a month (and day) without its year whose own clause announces something still to
# come (a word of FUTURE_RE after it, before the next 、 / 。) takes the coming year unless it
# is about four times further ahead than back
CASES_R39 = [
    ("新しい庁舎の完成式典は9月5日に開かれる予定だ。", "2020-02-10", "9月5日", "DATE", "2020-09-05", None),
    ("リーグは、決勝戦が10月12日に行われることを発表した。", "2020-03-20", "10月12日", "DATE",
     "2020-10-12", None),
    ("両社は9月には新会社を設立する計画だ。", "2021-01-25", "9月", "DATE", "2021-09", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R38 + CASES_R39,
                         ids=[c[0][:14] for c in CASES_R38 + CASES_R39])
def test_case_table_round38(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


# round 40: 同日 / この日 in a past sentence pass over a day more than two days after the
# reference date (a plan or deadline told on the way) and over a day more than a month back
# written more than a sentence before (background: the story's day is taken); a bare minute
# after a clock and a connector is a later minute of its hour; a month in a cited headline
# counts the future single, as a future sentence does
CASES_R40 = [
    ("市は3日、新しい条例案を発表した。審議は12月20日に始まることが決まった。市長はこの日、記者会見で説明した。",
     "2020-10-05", "この日", "DATE", "2020-10-03", None),
    ("議会は8日、予算案を可決した。採決は翌年3月31日が期限だった。議長はこの日、会見した。",
     "2020-10-09", "この日", "DATE", "2020-10-08", None),
    ("県は16日、防災計画を改めたと発表した。計画のもとになった地震は1998年9月3日に起きた。"
     "当時は多くの家屋が倒れた。その後、住宅の耐震化が進められた。知事は同日、記者会見を開いた。",
     "2020-09-17", "同日", "DATE", "2020-09-16", None),
    ("余震は午前5時12分、33分、48分に観測された。", P, "33分", "TIME", "2025-09-03T05:33", None),
    ("余震は午前5時12分、33分、48分に観測された。", P, "48分", "TIME", "2025-09-03T05:48", None),
    ("事故は午後2時10分ごろから25分ごろにかけて起きた。", P, "25分", "TIME", "2025-09-03T14:25", None),
    ("『B市、11月に新庁舎開業』。東西新聞、2020年6月15日。", "2020-06-20", "11月", "DATE", "2020-11", None),
    ("『C線、3月14日に全線再開』。東西新聞、2020年10月2日。", "2020-10-05", "3月14日", "DATE",
     "2021-03-14", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R40, ids=[c[0][:14] for c in CASES_R40])
def test_case_table_round40(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


@pytest.mark.parametrize("sentence,ref,span,typ,value", [
    # a future sentence, a note in brackets on the day, a far day one sentence back keep it
    ("審議は12月20日に始まり、同日中に採決される予定だ。", "2020-10-05", "同日", "DATE", "2020-12-20"),
    ("作文の締め切りは11月30日(当日消印有効)だった。", "2020-11-02", "当日", "DATE", "2020-11-30"),
    ("同社は1998年9月3日に設立された。同日、最初の店が開いた。", "2020-09-17", "同日", "DATE", "1998-09-03"),
    # a length after a clock: 分間, or a clock without its minute written
    ("会見は10時50分から5分間行われた。", P, "5分間", "DURATION", "PT5M"),
    ("試合は午後3時に始まり、30分で終わった。", P, "30分", "DURATION", "PT30M"),
    # a headline in the past tense keeps the nearest year, the future counted double
    ("『D社、10月に工場を閉鎖した』。東西新聞、2020年6月15日。", "2020-06-20", "10月", "DATE", "2019-10"),
])
def test_round40_guards(sentence, ref, span, typ, value):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value) == (typ, value)


# round 40 review: rows failing on 1.19. A bare minute after a clock followed by a length's
# word is a length (20分遅れ, 35分後, 15分の休憩); a far day in the last sentence of the
# paragraph before is the sentence before (a paragraph break is no sentence more); a paper's
# issue date (4月5日付夕刊) is never a plan ahead of the reference date; past an ahead day the
# story's day comes before a day told in a clause of the first sentence (8日に…出した店)
CASES_R40_REVIEW = [
    ("上り列車は午後3時10分、20分遅れで駅を出た。", P, "20分", "DURATION", "PT20M", None),
    ("本震は午前4時12分、35分後に強い余震が続いた。", P, "35分", "DURATION", "PT35M", None),
    ("説明会は午後1時5分から15分の休憩をはさんで続いた。", P, "15分", "DURATION", "PT15M", None),
    ("同社は1998年9月3日に設立された。\n同日、最初の店が開いた。", "2020-09-17", "同日", "DATE", "1998-09-03", None),
    ("地元紙の4月5日付夕刊によると、県の同日午前10時現在のまとめで被害が分かった。", "2007-03-27",
     "同日午前10時", "TIME", "2007-04-05T10:00", None),
    ("県は12月22日、8日に食中毒を出した店に営業停止を命じた。店は2006年1月20日までに改善策を出すよう"
     "求められた。県は同日、管内の全店に点検を求めた。", "2005-12-22", "同日", "DATE", "2005-12-22", None),
]


@pytest.mark.parametrize("sentence,ref,span,typ,value,mod", CASES_R40_REVIEW,
                         ids=[c[0][:14] for c in CASES_R40_REVIEW])
def test_case_table_round40_review(sentence, ref, span, typ, value, mod):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)


@pytest.mark.parametrize("sentence,ref,span,typ,value", [
    # a bare minute before a bracket still goes on from its clock
    ("打ち上げは午前9時20分-35分(日本時間)の間に行われた。", P, "35分", "TIME", "2025-09-03T09:35"),
    # a magazine's issue date ahead of the reference date is skipped as before (it is dated ahead)
    ("県は14日、対策を決めた。論文は雑誌の10月20日号に載った。県は同日、会見した。", "2005-10-15", "同日",
     "DATE", "2005-10-14"),
])
def test_round40_review_guards(sentence, ref, span, typ, value):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value) == (typ, value)


@pytest.mark.parametrize("sentence,ref,span,typ,value", [
    # three days after the reference day: a past day of the month before, as before
    ("知事は6日、県議会で答弁した。", P, "6日", "DATE", "2025-08-06"),
    # another month, or a written month without its day, keeps the nearest year
    ("選手は2008年8月に引退し、9月26日に会見した。", "2009-10-01", "9月26日", "DATE", "2009-09-26"),
    ("事件は2007年5月に起き、5月20日に容疑者が逮捕された。", "2012-06-01", "5月20日", "DATE", "2012-05-20"),
    # 1日 before a price or a clock is the first of the month; 第3、5年前 is no range
    ("株価は1日に142円まで下がった。", P, "1日", "DATE", "2025-09-01"),
    ("会議は1日10時に始まった。", P, "1日10時", "TIME", "2025-09-01T10:00"),
    ("その第3、5年前の記録", "2020-03-01", "5年前", "DATE", "2015"),
    # round 38 review: 1日に before 何 / 数 that counts nothing is the first of the month
    ("委員会は1日に何が起きたのかを調べている。", P, "1日", "DATE", "2025-09-01"),
    ("生徒は1日に数学の試験を受けた。", P, "1日", "DATE", "2025-09-01"),
    # round 39: a plan told in the past (予定されていた, 延期になったが) keeps the nearest year
    ("8月に予定されていた公演は中止された。", "2020-12-01", "8月", "DATE", "2020-08"),
    ("公演は当初6月に延期になったが、結局中止された。", "2020-11-01", "6月", "DATE", "2020-06"),
    # a quote ends the clause: a threat quoted before 予告 is no plan of the article's
    ("男は「7月3日に駅で爆発を起こす」と予告した。", "2020-11-20", "7月3日", "DATE", "2020-07-03"),
])
def test_round38_guards(sentence, ref, span, typ, value):
    t = _find(times_of(sentence, ref), span)
    assert (t.type, t.value) == (typ, value)
