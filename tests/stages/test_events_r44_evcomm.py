"""Round 44 (evcomm): trigger rows for spoken and diplomatic acts the tables lacked
(data/event_triggers.tsv, data/event_lexicon.tsv). Each row was added only when its firings on
the tuned pool were right (a gold event of its type in the sentence) at least twice per wrong one,
and its corpus uses were read. The sentences are written for these tests: the "coded" rows fail
with the round-43 tables, the "not coded" rows are near misses the new rows must leave alone."""
from __future__ import annotations

import pytest

import hodo


from .test_event_triggers import _coded  # (article, [(type, trigger surface)])


@pytest.mark.parametrize("text,typ,word", [
    # 批判的: a critical stance toward an actor's act
    ("野党の山川幸一議員は、首相の外遊日程に批判的な立場を取っている。", "ACCUSE", "批判的"),
    # 苦言 (苦言を呈した): a reproof
    ("青木一郎議長は、中野市長に対し「議会を軽視している」と苦言を呈した。", "ACCUSE", "苦言"),
    # 不服: a ruling or decision objected to (判決を不服として控訴)
    ("原田商事は、東京地裁の判決を不服として東京高裁に控訴した。", "ACCUSE", "不服"),
    # 事情を聴く / 聞く: the police question a person (as 事情聴取)
    ("兵庫県警は、森田次郎容疑者に事情を聴いている。", "ACCUSE", "事情を聴い"),
    # 無罪を主張: a plea of not guilty is a denial
    ("松井健太被告は、初公判で無罪を主張した。", "REJECT", "無罪を主張"),
    # 黙秘: silence kept before the police
    ("小池容疑者は、千葉県警の調べに対し黙秘している。", "REJECT", "黙秘"),
    # 固辞: an offer firmly declined
    ("石田和夫氏は、民政党からの出馬要請を固辞した。", "REJECT", "固辞"),
    # 快諾: an offer readily accepted
    ("元主将の村上浩二氏は、県サッカー協会が打診した監督就任を快諾した。", "AGREE", "快諾"),
    # 祝辞 / 賛辞: congratulations and tributes
    ("高橋知事は、市制百周年の式典で祝辞を述べた。", "SUPPORT", "祝辞"),
    ("ドイツのメルケル首相は、フランスのマクロン大統領に賛辞を贈った。", "SUPPORT", "賛辞"),
    # 軽減: a burden or a penalty eased
    ("スペイン政府は、カタルーニャ州の債務負担を軽減することを決めた。", "CONCEDE", "軽減"),
    # 抗告: an appeal against a court's decision
    ("北山工業は、大阪地裁の決定を不当として大阪高裁に即時抗告した。", "ACCUSE", "抗告"),
    # でっちあげ: a charge called a frame-up
    ("民生党の田村誠党首は、同党幹部が拘束された件を「でっちあげ」だと反論した。", "ACCUSE", "でっちあげ"),
    # 不採用: a court turns down evidence
    ("名古屋地裁は、弁護側が出した録音記録を、証拠には不採用と決めた。", "REJECT", "不採用"),
    # 答える, negated: a refusal to answer
    ("林大臣は、記者団の質問に一切答えなかった。", "REJECT", "答え"),
    # 臨席: attending a ceremony, as 出席
    ("タイのプラユット首相が、日本大使館の記念式典に臨席した。", "CONSULT", "臨席"),
    # 現場検証 by the police
    ("福岡県警は、火災のあった倉庫で現場検証を行った。", "ACCUSE", "現場検証"),
])
def test_round44_evcomm_rows_are_coded(text, typ, word):
    _, got = _coded(text)
    assert (typ, word) in got, got


@pytest.mark.parametrize("text,typ,word", [
    # a thinking skill, no one criticised
    ("批判的思考を身につける講座が、来月から市民センターで開かれる。", "ACCUSE", "批判的"),
    # the deadline of an appeal named, no objection made
    ("不服申し立ての期限は、通知を受け取った日から2週間となっている。", "ACCUSE", "不服"),
    # a family's circumstances heard, no questioning by an authority
    ("事情を聞いた近所の人たちは、引っ越しの準備を手伝った。", "ACCUSE", "事情を聞い"),
    # a machine eases a burden: no actor concedes anything
    ("新しい運搬ロボットは、倉庫で働く人の負担を大きく軽減する。", "CONCEDE", "軽減"),
    # another plea (主張 alone is no row): self-defence claimed is no denial of the charge's act
    ("松井健太被告は、初公判で正当防衛を主張した。", "REJECT", "主張"),
    # 答える, not negated: an answer given is no refusal
    ("林大臣は、記者団の質問に丁寧に答えた。", "REJECT", "答え"),
    # 現場検証 by an accident board: no law body, no investigation of a suspect
    ("運輸安全委員会は、脱線事故のあった線路で現場検証を行った。", "ACCUSE", "現場検証"),
])
def test_round44_evcomm_near_misses_not_coded(text, typ, word):
    _, got = _coded(text)
    assert (typ, word) not in got, got


@pytest.mark.parametrize("text", [
    # (round 44 review) される after 臨席/出席 is an honorific: the royal attending is the source
    "開会式には、タイのシリントーン王女がご臨席された。",
    "記念式典には、タイのシリントーン王女がご出席された。",
])
def test_round44_honorific_attendance_keeps_the_attendee_as_source(text):
    art = hodo.analyze(text, published="2024-05-01")
    evs = [e for e in art.events if e.type == "CONSULT"]
    assert evs, [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert evs[0].source and not evs[0].target, (evs[0].source, evs[0].target)
