"""Round 22 (quotes 1.15): sources of sourced claims. Every sentence here is written for these
tests in the style of Japanese news; none is copied from an article."""
from __future__ import annotations

import pytest

from .test_quotes import _analyze, _surfaces  # one analysis helper for the quotes stage's tests


def _claim(art, piece: str):
    hits = [c for c in art.claims if piece in art.text[c.start:c.end]]
    assert hits, f"no claim holding {piece!r}; got {[art.text[c.start:c.end] for c in art.claims]}"
    return hits[0]


def _is(art, key, surface) -> bool:
    if surface is None:
        return key is None
    return any(surface in s for s in _surfaces(art, key))


# ---- A. それによると / これによれば: the source is read off the sentence before -- the owner of a
# report that sentence passes on (Xの発言を伝えた), else the は / が actor of a sentence of publishing
@pytest.mark.parametrize("text,piece,source", [
    ("AFP通信は、国連監視団のマルク・ベルナール団長の発言を伝えた。それによると、投票所の半数で準備が遅れている。",
     "投票所の半数", "ベルナール"),
    ("国連平和維持部隊は、13日のBBCの報道を伝えている。それによると、国境付近で銃撃戦があった。",
     "国境付近で銃撃戦", "BBC"),
    ("立憲民主党の枝野幸男代表は、同党のウェブサイトに談話を掲載した。それによると、今回の判断は拙速だという。",
     "今回の判断は拙速", "枝野"),
    ("ロイター通信や南アフリカの「メール」紙は、12日、決選投票の延期が決まったと報じた。それによれば、新しい投票日は来月になる。",
     "新しい投票日は来月", "ロイター"),
    ("首相官邸のウェブサイトは新しい閣僚名簿を掲載した。それによると、女性閣僚は5人となった。",
     "女性閣僚は5人", "官邸"),
    # 発表した / 公表した: the commonest verbs of publishing (quotes 1.16; 1.15 read only 発表た)
    ("トヨタ自動車は新しい工場の計画を発表した。それによると、工場は2028年に稼働する。",
     "工場は2028年に稼働", "トヨタ"),
    ("気象庁は今年の梅雨入りの時期を公表した。これによれば、関東は例年より遅かった。",
     "関東は例年より遅かった", "気象庁"),
])
def test_round22_antecedent_source(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


@pytest.mark.parametrize("text,piece,not_source", [
    # (rows written when _PUBLISHED_END did not read 発表した, quotes 1.15; they hold either way)
    # the sentence before is itself a medium's report: the medium stays the source
    ("朝日新聞によると、ソニーは新型の携帯ゲーム機の発売日を明らかにした。それによると、価格は3万円前後となる。",
     "価格は3万円前後", "ソニー"),
    # the sentence before is itself a report of a named medium's: the medium, not the company in it
    ("共同通信によれば、トヨタ自動車は新しい工場の建設計画を明らかにした。それによれば、工場は愛知県に建てられる。",
     "工場は愛知県", "トヨタ"),
    # the sentence before stands in another block (paragraph): it is not read
    ("共同通信は、視察団のピエール・デュラン団長の発言を伝えた。\n\nそれによると、橋の修理は来月に終わる。",
     "橋の修理は来月", "デュラン"),
    # それによると in mid-sentence refers to the clause before it, not to the sentence before
    ("気象庁は週末の予報を発表した。トヨタ自動車は計画を公表し、それによると工場は2028年に稼働する。",
     "工場は2028年に稼働", "気象庁"),
])
def test_round22_antecedent_source_guards(text, piece, not_source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert not _is(art, c.source, not_source), (c.source, c.source_span)


# ---- B. Xの別記事によると / Xの別報道によれば: another article of the same medium
@pytest.mark.parametrize("text,piece,source", [
    ("読売新聞の別記事によると、新しい球場は2028年に完成する予定だ。", "新しい球場", "読売新聞"),
    ("また、日本経済新聞の別報道によれば、同社は来年にも上場する。", "同社は来年にも上場", "日本経済新聞"),
])
def test_round22_other_article(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


# ---- C. the owner of a web page: Xのホームページ / X公式ウェブサイト / X氏のオフィシャルサイト
@pytest.mark.parametrize("text,piece,source", [
    ("日本医師会のホームページによれば、講習会は全国10か所で開かれる。", "講習会は全国10か所", "日本医師会"),
    ("文部科学省ウェブサイトによると、新しい指導要領は2030年度から実施される。", "新しい指導要領", "文部科学省"),
    ("田中康夫氏のオフィシャルサイトによると、田中氏は来月の講演をすべて取りやめた。", "来月の講演", "田中"),
    ("日本赤十字社公式ウェブサイトによると、献血の受付は週末も続く。", "献血の受付", "日本赤十字社"),
])
def test_round22_web_page_owner(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


# ---- Round 23b (quotes 1.18). Sentences written for these tests; none is copied from an article.
def _claim_by(art, piece: str, source: str):
    hits = [c for c in art.claims if piece in art.text[c.start:c.end] and _is(art, c.source, source)]
    assert hits, (f"no claim of {source!r} holding {piece!r}; got "
                  f"{[(art.text[c.start:c.end], c.source) for c in art.claims]}")
    return hits[0]


# A. 両紙 / 両新聞 / これらの新聞: the first of two media named together before, when the claims
# just before do not name two sources (a sentence naming both with no claim, or a coordinated
# source phrase a few claims back)
@pytest.mark.parametrize("text,piece,source", [
    ("市長が辞意を固めたことが、朝日新聞、東京新聞の取材で分かった。両紙によると、後任を選ぶ選挙は来月行われる。",
     "後任を選ぶ選挙", "朝日新聞"),
    ("北海道新聞と室蘭民報によると、漁港の改修工事は来年始まる。北海道新聞によると、費用は10億円に上る。"
     "両紙によれば、工事には2年かかる見込みだ。", "工事には2年", "北海道新聞"),
    ("読売新聞・産経新聞によると、県警の巡査が書類を偽造していた。読売新聞によると、巡査は容疑を認めている。"
     "これらの新聞によると、県警は来週にも処分を決める。", "県警は来週にも処分", "読売新聞"),
])
def test_round23b_both_media(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


@pytest.mark.parametrize("text,piece,not_source", [
    # one medium named before: 両紙 has no antecedent, the source stays empty (not that medium)
    ("朝日新聞は市長の辞職を報じた。両紙によると、後任を選ぶ選挙は来月行われる。", "後任を選ぶ選挙", "朝日新聞"),
    # two media named together in another paragraph are not read
    ("市長が辞意を固めたことが、朝日新聞、東京新聞の取材で分かった。\n\n両紙によると、後任を選ぶ選挙は来月行われる。",
     "後任を選ぶ選挙", "朝日新聞"),
])
def test_round23b_both_media_guards(text, piece, not_source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert not _is(art, c.source, not_source), (c.source, c.source_span)


# B. Xによると、Yは…と伝えた: a medium that opens the content of a medium's claim and reports it
# (…と伝えた / 報じた / ことを伝えた) makes the inner clause its own claim as well
@pytest.mark.parametrize("text,piece,source", [
    ("ロイター通信によれば、AFP通信は、停電した世帯は3万戸を超えたと伝えた。", "停電した世帯は3万戸を超えた", "AFP"),
    ("共同通信によると、CNNが、停電は首都全域に広がったと報じた。", "停電は首都全域", "CNN"),
    ("毎日新聞によれば、BBCが、首相の辞任が近いと伝えていた。", "首相の辞任が近い", "BBC"),
    ("読売新聞によれば、ニューヨーク・タイムズ紙(電子版)が、同社の買収交渉が最終段階に入ったと報じた。",
     "買収交渉が最終段階", "ニューヨーク・タイムズ"),
    ("産経新聞によると、アルジャジーラが、反政府勢力が空港を占拠したことを伝えた。", "空港を占拠", "アルジャジーラ"),
    # R25: Xは、Yによるとして、…と伝えた: the medium that passes Y's report on (X) is the source
    ("毎日新聞は3日、州警察の発表によるとして、橋の崩落で車2台が川に転落したと報じた。", "車2台が川に転落した", "毎日新聞"),
    ("NHKは、地元の消防当局によるとして、倉庫の火災はほぼ消し止められたと伝えている。", "倉庫の火災はほぼ消し止められた", "NHK"),
])
def test_round23b_inner_medium(text, piece, source):
    art = _analyze(text)
    _claim_by(art, piece, source)
    outer = [c for c in art.claims if piece in art.text[c.start:c.end] and c.cue in ("によると", "によれば")]
    assert outer, "the outer claim stays"


@pytest.mark.parametrize("text,piece,not_source", [
    # a medium opens the content but the sentence ends in no report of it
    ("時事通信によると、AFP通信は、記者2人を首都に派遣して取材を続けている。", "記者2人", "AFP"),
    # the medium sits inside the content, not at its head
    ("共同通信によると、首相はロイター通信の取材に応じ、増税はしないと伝えた。", "増税はしない", "ロイター"),
    # (R30 review) the medium's が、 opens an earlier clause with a report of its own: the later clause's
    # topic tells the content, not the medium (nor is the medium's clause part of the content)
    ("朝日新聞が、知事の辞職を報じた後、県は知事が辞職しないと伝えた。", "知事が辞職しない", "朝日新聞"),
    ("読売新聞が、火災の詳細を報じ、消防は、出火の原因はたばこだったと伝えた。", "出火の原因はたばこ", "読売新聞"),
])
def test_round23b_inner_medium_guards(text, piece, not_source):
    art = _analyze(text)
    assert not [c for c in art.claims if piece in art.text[c.start:c.end] and _is(art, c.source, not_source)], \
        [(art.text[c.start:c.end], c.source) for c in art.claims]


# C. 毎日新聞によると…。また、…と伝えている。: a sentence-final report with no subject at all goes on
# with the medium of a claim one to three sentences before in the same paragraph
@pytest.mark.parametrize("text,piece,source", [
    ("毎日新聞によると、県は新しい橋の建設を決めた。また、工事は来年春に始まると伝えている。",
     "工事は来年春に始まる", "毎日新聞"),
    ("ロイター通信によれば、首都では停電が続いている。一方、病院の多くが自家発電に切り替えたと報じた。",
     "病院の多くが自家発電", "ロイター"),
    # R30: the medium opens the report as its が subject set off by 、 (with or without など), or before
    # 他は; a は topic after it is part of the content
    ("東京新聞が、市が新しい庁舎の建設を見送ったと伝えた。", "新しい庁舎の建設を見送った", "東京新聞"),
    ("AP通信・ロイター通信他は、首都で大規模な停電が起きたと伝えている。", "大規模な停電", "AP通信"),
    ("毎日新聞などが、知事は来週にも辞職する意向だと伝えている。", "辞職する意向", "毎日新聞"),
    # (R30 review) after a date with には (the lead stopped after に and missed the medium), and with a
    # content verb the parse hangs the medium on by mistake (its own subject 町が says it is content)
    ("12日には産経新聞が、町が新しい体育館の建設を中止したと報じた。", "新しい体育館の建設を中止", "産経新聞"),
])
def test_round23b_subjectless_report(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


@pytest.mark.parametrize("text,piece,not_source", [
    # a quote of someone else's in between: the medium is not carried over it
    ("毎日新聞によると、県は新しい橋の建設を決めた。山田太郎知事は「早く完成させたい」と述べた。"
     "また、工事は来年春に始まると伝えている。", "工事は来年春に始まる", "毎日新聞"),
    # the source before is no medium (a police force telling is not carried)
    ("警視庁によると、男は容疑を認めている。また、動機は借金の返済だったと伝えた。", "動機は借金の返済", "警視庁"),
    # another paragraph
    ("毎日新聞によると、県は新しい橋の建設を決めた。\n\nまた、工事は来年春に始まると伝えている。",
     "工事は来年春に始まる", "毎日新聞"),
])
def test_round23b_subjectless_report_guards(text, piece, not_source):
    art = _analyze(text)
    assert not [c for c in art.claims if piece in art.text[c.start:c.end] and _is(art, c.source, not_source)], \
        [(art.text[c.start:c.end], c.source) for c in art.claims]


# ---- Round 24 (quotes 1.23): the …という。 continuation of a claim. It goes on only from a claim framed
# by its source (Xによると、…); not from a continuation (…という。…という。) and not from a report the verb
# closed (Xは…と伝えた / 報じた。…という。)
@pytest.mark.parametrize("text,piece", [
    # a continuation of a continuation
    ("共同通信によると、市は新しい図書館の建設を決めた。費用は約30億円になるという。"
     "館内には子ども向けの広場も設けられるという。", "子ども向けの広場"),
    ("県警によれば、男は昨夜、店の裏口から侵入した。盗まれたのは現金約5万円だという。"
     "近所の住民は物音に気付かなかったという。", "物音に気付かなかった"),
    # after a report closed by 伝えた / 報じた
    ("NHKは、政府が来年度の予算案を閣議決定したと伝えた。一般会計の総額は過去最大となるという。",
     "過去最大となる"),
    ("ロイター通信は、両国の首脳が電話で会談したと報じた。会談は約1時間に及んだという。",
     "約1時間に及んだ"),
])
def test_round24_no_continuation(text, piece):
    art = _analyze(text)
    assert not [c for c in art.claims if piece in art.text[c.start:c.end]], \
        [(art.text[c.start:c.end], c.source) for c in art.claims]


@pytest.mark.parametrize("text,piece,source", [
    # the first continuation of a によると claim stays
    ("共同通信によると、市は新しい図書館の建設を決めた。費用は約30億円になるという。", "約30億円", "共同"),
    ("毎日新聞によれば、首相は来週にも訪米する。大統領との会談も調整しているという。", "大統領との会談", "毎日新聞"),
])
def test_round24_first_continuation_kept(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


# ---- Round 37 (quotes 1.61): claim sources -- a medium's short name the entities stage left unlinked, 同X
# named far back or with its unit, a frame after によると, によるとされる, dated editions, a regional
# edition, an aside after the name, what a medium's report revealed. Sentences written for these tests.
_R37_FILL = ("現場は住宅街の一角で、近くには小学校や公園がある。" * 18)


@pytest.mark.parametrize("text,piece,source", [
    # a medium's short name, alone or heading a list, resolves to the medium the article names in full
    ("人気歌手の山田花子さんが引退を発表したと、日刊スポーツが伝えた。日刊によると、山田さんは来月に最後の公演を行う。",
     "来月に最後の公演", "日刊スポーツ"),
    ("デイリースポーツによると、球団は新しい監督の人選を進めている。デイリーと朝日新聞によると、候補は3人に絞られた。",
     "候補は3人に絞られた", "デイリースポーツ"),
    ("大分合同新聞によると、県内の高校で火災があった。大分合同によると、けが人はいなかった。",
     "けが人はいなかった", "大分合同新聞"),
    # 同県警 pointing back past a paragraph, and to a force named with its unit
    ("栃木県警は3日、男を逮捕した。" + _R37_FILL + "同県警によると、男は容疑を認めている。",
     "容疑を認めている", "栃木県警"),
    ("兵庫県警生活経済課は5日、会社役員の男を逮捕した。同県警によると、男は偽物の時計を売っていた。",
     "偽物の時計", "兵庫県警生活経済課"),
    # a body's frame right after a medium's によると is the medium's content
    ("毎日新聞によると、警視庁の調べでは、男は駅の近くで財布を盗んだ。", "財布を盗んだ", "毎日新聞"),
    # によるとされる is "attributed to", no second source
    ("読売新聞によると、北朝鮮によるとされる拉致事件の被害者の家族が会見した。", "被害者の家族", "読売新聞"),
    # a dated edition and page, the paper's regional edition, an aside after the name
    ("中日新聞6月2日付朝刊3面によると、県道の通行止めは全て解除された。", "通行止めは全て解除", "中日新聞"),
    ("中日新聞によると、市は仮設住宅を建てる。同紙6月3日付夕刊5面によると、入居は来月に始まる。",
     "入居は来月に始まる", "中日新聞"),
    ("読売新聞の奈良県版によると、県は新しい条例案をまとめた。", "新しい条例案", "読売新聞"),
    ("西日本新聞(本社福岡市)によると、市長は辞職する意向を固めた。", "辞職する意向", "西日本新聞"),
    # からの情報 / a release glued to the name / a numbered bulletin
    ("帯広警察署からの情報によると、男は倉庫から農機具を盗んだ。", "倉庫から農機具を盗んだ", "帯広警察署"),
    ("気象庁の9日の発表(第3報)によると、大雨は明日の朝まで続く。", "大雨は明日の朝まで続く", "気象庁"),
    # a person's web page heading a list
    ("山田太郎氏の公式サイトおよび毎日新聞によると、山田氏は次の選挙に立候補しない。", "次の選挙に立候補しない", "山田"),
    # a police station written after its force (警視庁・X警察署): the station
    ("警視庁・渋谷警察署によると、男は駅の構内で女性の財布を盗んだ。", "財布を盗んだ", "渋谷警察署"),
    # 同記事: the article of the medium whose claim came just before, not the person speaking in it
    ("ウォール・ストリート・ジャーナルによると、同社のスミス社長は「計画を見直す」と述べた。同記事によれば、"
     "新工場の建設は延期される。", "新工場の建設は延期", "ウォール・ストリート・ジャーナル"),
    # a medium glued to the country named before it
    ("韓国KBSテレビによると、大雨の被害は南部の3つの道に広がった。", "大雨の被害", "KBS"),
])
def test_round37_sources(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


@pytest.mark.parametrize("text,piece,source", [
    # the sentence before a "X(、Y)の報道で分かった。" is X's claim; so is the clause before ことが, Xの取材で
    ("県警は5日、市内に住む会社員の男を詐欺の疑いで逮捕した。読売新聞、共同通信の報道で分かった。",
     "会社員の男を詐欺の疑いで逮捕", "読売新聞"),
    ("政府が新しい給付金の支給を検討していることが、東京新聞の取材で明らかになった。",
     "新しい給付金の支給を検討", "東京新聞"),
])
def test_round37_revealed_by_medium(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


@pytest.mark.parametrize("text,piece", [
    # …によると述べた / 老衰によるとしている: a cause, not a source
    ("教授は、今回の失敗は準備不足によると述べている。", "述べている"),
    ("専門家は、被害の拡大は初動の遅れによるとしている。", "している"),
])
def test_round37_no_claim(text, piece):
    art = _analyze(text)
    assert not [c for c in art.claims if piece in art.text[c.start:c.end]], \
        [(art.text[c.start:c.end], c.source) for c in art.claims]


@pytest.mark.parametrize("text,piece", [
    # (review) the sentence of the report holds a content of its own (a topic, …ことも): the sentence
    # before it is no claim of the medium
    ("県警は5日、市内に住む男を逮捕した。男の身元は、中日新聞の取材で分かった。", "市内に住む男を逮捕"),
    ("市長は3日、辞職を表明した。後任に副市長を推す考えであることも、東京新聞の報道で分かった。", "辞職を表明"),
])
def test_round37_review_revealed_own_content(text, piece):
    art = _analyze(text)
    assert not [c for c in art.claims if piece in art.text[c.start:c.end]], \
        [(art.text[c.start:c.end], c.source) for c in art.claims]


# ---- Round 41 (quotes 1.68): the first of a list of sources over more coordinators (a slash, a hyphen,
# と、, 及び上記 / や同, a footnote mark, a wire credit in an aside); a bare police 調べ / 発表 opening a
# sentence is the police body named before it; 発表によると after Xは…を発表した。 is X's
@pytest.mark.parametrize("text,piece,source", [
    ("CNN/ロイター通信によると、首都の空港は終日閉鎖された。", "首都の空港", "CNN"),
    ("AFP通信-時事通信によれば、大統領は辞任を否定した。", "大統領は辞任", "AFP"),
    ("朝日新聞と、共同通信によると、県は新しい条例案をまとめた。", "新しい条例案", "朝日新聞"),
    ("時事通信及び上記読売新聞によると、党は来月に臨時大会を開く。", "臨時大会", "時事通信"),
    ("NHK[1]と毎日新聞[2]によると、市長は続投の意向を固めた。", "続投の意向", "NHK"),
    ("東京新聞(共同通信電)、朝日新聞によると、決勝は延長戦にもつれ込んだ。", "延長戦", "東京新聞"),
    ("福岡県警博多署は3日、会社員の男を窃盗の疑いで逮捕した。調べによると、男は容疑を認めている。",
     "男は容疑を認めて", "博多署"),
    ("神奈川県警は8日、市内の無職の男を詐欺の疑いで逮捕した。警察の調べによれば、男は高齢者から現金をだまし取った。",
     "高齢者から現金", "神奈川県警"),
    ("日本航空は10日、来年度の路線計画を発表した。発表によると、国内線を3路線減らす。", "国内線を3路線", "日本航空"),
])
def test_round41_sources(text, piece, source):
    art = _analyze(text)
    c = _claim(art, piece)
    assert _is(art, c.source, source), (c.source, c.source_span)


def test_round41_review_bare_inquiry_after_prosecutors_is_not_the_police():
    # R41 review: a bare 調べによると after the prosecutors' arrest is not the police named before them
    art = _analyze("愛知県警は2日、市内の男を傷害の疑いで逮捕した。一方、名古屋地検特捜部は6日、元市議の岡本浩容疑者を"
                   "収賄の疑いで逮捕した。調べによると、岡本容疑者は業者から現金を受け取った。")
    c = _claim(art, "業者から現金")
    assert not _is(art, c.source, "愛知県警"), (c.source, c.source_span)

