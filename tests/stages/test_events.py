"""Events stage: PLOVER coding of sentences written for these tests, the BBC article's
requirements (hodo issue 7), and the dev gold targets."""
from __future__ import annotations

import pytest

import hodo
from hodo.stages import events as ev

PLOVER_TYPES = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
}
QUADS = {"verbal cooperation", "material cooperation", "verbal conflict", "material conflict"}


def names(art, keys) -> set[str]:
    """Every surface an actor list stands for: entity names and mention surfaces."""
    out: set[str] = set()
    for k in keys:
        e = art.entity(k)
        if e is None:
            out.add(k)
            continue
        out.add(e.name)
        out.update(art.text[s:t] for s, t in e.mentions)
    return out


def covers(art, keys, expected) -> bool:
    """Each expected surface names one of the keys, and there is no extra key."""
    if len(keys) != len(expected):
        return False
    got = [names(art, [k]) for k in keys]
    return all(any(x in g for g in got) for x in expected)


def only(art, typ, trigger=None):
    out = [e for e in art.events if e.type == typ and (trigger is None or art.text[e.trigger[0]:e.trigger[1]].startswith(trigger))]
    assert out, f"no {typ} event in {[(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]}"
    return out[0]


def check_roles(text, typ, word, src, tgt):
    """The one event of ``typ`` on ``word`` has these source and target surfaces."""
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, word)
    assert covers(art, e.source, src), e.source
    assert covers(art, e.target, tgt), e.target
    return art, e


# --------------------------------------------------------------------------- tables


def test_plover_table_covers_the_sixteen_types():
    t = ev.plover_table()
    assert set(t) == PLOVER_TYPES
    assert {r["quad"] for r in t.values()} == QUADS
    assert t["ASSAULT"]["goldstein"] < 0 < t["AID"]["goldstein"]
    assert t["CONSULT"]["cameo"] == "04"


def test_trigger_table_is_consistent():
    trig = ev.trigger_table()
    assert len(trig) > 100
    for surface, t in trig.items():
        assert t.type in PLOVER_TYPES, surface
        assert t.cameo[:2].isdigit(), surface
        assert t.flags <= {"mutual", "host", "reverse", "denial", "pair", "anaphor", "ctx", "ni_place", "needs_target", "gen_target", "needs_partner",
                           "war", "mil", "missile", "suspect", "armed", "done", "into", "near", "relief", "neg_only", "letter", "done_alone", "law_doer",
                           "person_target", "person_source", "needs_source", "verbal", "addressee", "sentenced"}, surface
    # the issue's examples
    for w, typ in [("会談", "CONSULT"), ("電話会談", "CONSULT"), ("訪問", "CONSULT"), ("感謝", "SUPPORT"),
                   ("締結", "SUPPORT"), ("合意", "AGREE"), ("招待", "AGREE"), ("派遣", "AID"),
                   ("供与", "AID"), ("非難", "ACCUSE"), ("否定", "REJECT"), ("拒否", "REJECT"),
                   ("急襲", "ASSAULT"), ("空爆", "ASSAULT"), ("制裁", "SANCTION"), ("断絶", "SANCTION"),
                   ("撤退", "RETREAT"), ("辞任", "RETREAT"), ("釈放", "RETREAT")]:
        assert trig[w].type == typ, w
    assert trig["電話会談"].mode == "phone" and trig["空爆"].mode == "aerial"


# --------------------------------------------------------------------------- sentences

CASES = [
    # text, type, trigger, source surfaces, target surfaces, modality, negated
    ("ロシアと中国は10日、北京で会談した。", "CONSULT", "会談", ["ロシア", "中国"], [], "asserted", False),
    ("北朝鮮はロシアに兵士を派遣した。", "AID", "派遣", ["北朝鮮"], ["ロシア"], "asserted", False),
    # aid announced or decided is a pledge (future cooperation: AGREE), not aid given
    ("カナダ政府はトルコへの10万ドルの支援を発表した。", "AGREE", "支援", ["カナダ政府"], ["トルコ"], "future", False),
    ("オランダは医療チームの派遣を決定した。", "AGREE", "派遣", ["オランダ"], [], "future", False),
    ("アメリカは北朝鮮を強く非難した。", "ACCUSE", "非難", ["アメリカ"], ["北朝鮮"], "asserted", False),
    ("韓国は北朝鮮に対する制裁を発表した。", "SANCTION", "制裁", ["韓国"], ["北朝鮮"], "asserted", False),
    ("ロシアはウクライナを攻撃した。", "ASSAULT", "攻撃", ["ロシア"], ["ウクライナ"], "asserted", False),
    ("ロシアはウクライナを攻撃しなかった。", "ASSAULT", "攻撃", ["ロシア"], ["ウクライナ"], "asserted", True),
    ("ロシアは北朝鮮を支援する考えを示した。", "AGREE", "支援", ["ロシア"], ["北朝鮮"], "future", False),
    ("韓国の大統領は来月、日本を訪問する予定だ。", "AGREE", "訪問", ["韓国"], ["日本"], "future", False),  # PLOVER.md: 訪問する予定 is AGREE
    ("北朝鮮はロシアから食料を受け取った。", "AID", "受け取", ["ロシア"], ["北朝鮮"], "asserted", False),
    ("イギリス、ドイツ、フランスはイランとの対話を拒否している。", "REJECT", "拒否",
     ["イギリス", "ドイツ", "フランス"], ["イラン"], "asserted", False),
    ("フランスとドイツは、新しい条約を締結した。", "SUPPORT", "締結", ["フランス", "ドイツ"], [], "asserted", False),
    ("中国は日本に謝罪を要求した。", "REQUEST", "要求", ["中国"], ["日本"], "asserted", False),
    ("トルコはシリアから軍を撤退させた。", "RETREAT", "撤退", ["トルコ"], ["シリア"], "asserted", False),
    ("ロシアがウクライナを攻撃すれば、アメリカは制裁を科す。", "ASSAULT", "攻撃", ["ロシア"], ["ウクライナ"],
     "hypothetical", False),
    ("ロシアはアメリカから非難された。", "ACCUSE", "非難", ["アメリカ"], ["ロシア"], "asserted", False),
    ("2024年6月、ロシアと北朝鮮の間で条約が締結された。", "SUPPORT", "締結", ["ロシア", "北朝鮮"], [], "asserted", False),
    ("パキスタンはまだ条約の批准をしていない。", "SUPPORT", "批准", ["パキスタン"], [], "asserted", True),
    ("イランはアメリカとの交渉に応じなかった。", "REJECT", "応じ", ["イラン"], ["アメリカ"], "asserted", False),
    ("北朝鮮は韓国の提案を受け入れないと発表した。", "REJECT", "受け入れ", ["北朝鮮"], ["韓国"], "asserted", False),
    ("これはロシアへの攻撃ではなく、ウクライナへの攻撃だ。", "ASSAULT", "攻撃", [], ["ロシア"], "asserted", True),
    ("日本はウクライナへの支援を約束した。", "AGREE", "約束", ["日本"], ["ウクライナ"], "asserted", False),
    ("アメリカはロシアへの制裁を検討している。", "SANCTION", "制裁", ["アメリカ"], ["ロシア"], "future", False),
    ("男は警視庁に逮捕された。", "COERCE", "逮捕", ["警視庁"], [], "asserted", False),
    ("日本政府は韓国から大使を召還した。", "SANCTION", "召還", ["日本政府"], ["韓国"], "asserted", False),
    # round 2: new trigger words and argument rules
    ("ロシアは拘束していた日本人2人を解放した。", "RETREAT", "解放", ["ロシア"], ["日本"], "asserted", False),
    ("北朝鮮は東の海に向けて弾道ミサイルを発射した。", "MOBILIZE", "発射", ["北朝鮮"], [], "asserted", False),
    ("韓国は駆逐艦を近海に配置した。", "MOBILIZE", "配置", ["韓国"], [], "asserted", False),
    ("イスラエルは国境から部隊を後退させた。", "RETREAT", "後退", ["イスラエル"], [], "asserted", False),
    ("中国の外務省は日本の決定に強く反発した。", "ACCUSE", "反発", ["外務省"], ["日本"], "asserted", False),
    ("ロシアは「対抗措置を取る」とイギリスに警告した。", "THREATEN", "警告", ["ロシア"], ["イギリス"], "asserted", False),
    ("アメリカはイランの計画は危険であると警告した。", "ACCUSE", "警告", ["アメリカ"], [], "asserted", False),
    ("タイの漁船はインドネシアの海軍から銃撃を受けた。", "ASSAULT", "銃撃", ["インドネシア"], ["タイ"], "asserted", False),
    ("フランスとドイツなどとの戦闘は続いている。", "ASSAULT", "戦闘", ["フランス", "ドイツ"], [], "asserted", False),
    ("トルコはロシアに対して、逃亡中の容疑者の身柄引き渡しを要求した。", "REQUEST", "要求", ["トルコ"], ["ロシア"],
     "asserted", False),
    ("田中さんはまだ中国に拘束されたままで、日本政府は解放を要請している。", "COERCE", "拘束", ["中国"], ["田中"],
     "asserted", False),
    ("田中さんはまだ中国に拘束されたままで、日本政府は解放を要請している。", "REQUEST", "要請", ["日本政府"], ["中国"],
     "asserted", False),
    ("北朝鮮はミサイルを発射した。日本と韓国は発射の中止を求めた。", "REQUEST", "求め", ["日本", "韓国"], ["北朝鮮"],
     "asserted", False),
    ("ロイター通信などは、インドの首相が、記者会見でパキスタンを支援すると約束したと伝えた。", "AGREE", "約束",
     ["インド"], ["パキスタン"], "asserted", False),
    ("タイ政府は反政府デモを鎮圧した。", "COERCE", "鎮圧", ["タイ政府"], [], "asserted", False),
    ("中国の警備艇から暴行を受けた日本人は、その後フィリピンに保護された。", "ASSAULT", "暴行", ["中国"], ["日本"], "asserted", False),
    # round 3: new trigger rows, zero subjects, statement targets, planned meetings
    ("アメリカは中国に対し、人民元の切り上げを迫った。", "REQUEST", "迫", ["アメリカ"], ["中国"], "asserted", False),
    ("外務省は中国に対し、邦人保護を申し入れた。", "REQUEST", "申し入れ", ["外務省"], ["中国"], "asserted", False),
    ("アメリカのバイデン大統領は10日、辞意を表明した。", "RETREAT", "辞意", ["バイデン"], [], "asserted", False),
    ("中国は日本に対して輸出禁止を発動した。", "SANCTION", "輸出禁止", ["中国"], ["日本"], "asserted", False),
    ("日本と韓国は12日、北朝鮮問題で緊密に連携することで一致した。", "AGREE", "一致", ["日本", "韓国"], [], "asserted", False),
    ("韓国政府は日本の支援に謝意を表明した。", "SUPPORT", "謝意", ["韓国政府"], ["日本"], "asserted", False),
    ("イランは国連の査察を容認しない考えを示した。", "REJECT", "容認", ["イラン"], ["国連"], "future", False),
    ("日本と韓国の海上保安庁は協力して行方不明者を捜索した。", "COOPERATE", "協力", ["日本", "海上保安庁"], [], "asserted", False),
    ("日本政府はロシアに対し、拘束された漁船員の早期解放を求める声明を発表した。", "REQUEST", "求め", ["日本政府"], ["ロシア"],
     "asserted", False),
    ("ロシアのラブロフ外相は20日、モスクワで記者会見した。ウクライナへの武器供与をやめるようアメリカに求めた。", "REQUEST", "求め",
     ["ラブロフ"], ["アメリカ"], "asserted", False),
    ("韓国の大統領は来月、日本を訪問する方針だ。", "AGREE", "訪問", ["韓国"], ["日本"], "future", False),
    ("日本政府は、韓国政府に適切な対応を取るよう求めた。", "REQUEST", "求め", ["日本政府"], ["韓国政府"], "asserted", False),
    ("中国外務省の報道官は記者会見で、日本に対し「誤った言動を直ちに改めるよう求める」と述べた。", "REQUEST", "求め",
     ["中国外務省"], ["日本"], "asserted", False),
    ("北朝鮮は、アメリカと韓国の合同軍事演習を非難し、中止を要求した。", "REQUEST", "要求", ["北朝鮮"], ["アメリカ", "韓国"],
     "asserted", False),
    ("イランのアフマディネジャド大統領は20日、演説した。「強国の要求に我々は屈しない」と大統領は述べ、国際社会の圧力を拒絶した。",
     "REJECT", "拒絶", ["アフマディネジャド"], [], "asserted", False),
    # round 25: Xの暗殺 names the victim; who is sent (を) is no target of 派遣; a news outlet
    # that reports the act is no party to it; A・B and AとN(plain noun)が are one subject
    ("ケニアのオディンガ首相の暗殺は内戦の引き金となった。", "ASSAULT", "暗殺", [], ["オディンガ"], "asserted", False),
    ("日本政府は山田副大臣を特使としてスーダンに派遣した。", "AID", "派遣", ["日本政府"], ["スーダン"], "asserted", False),
    ("BBCは家族の話として、カリム氏が自宅で逮捕されたと伝えた。", "COERCE", "逮捕", [], ["カリム"], "asserted", False),
    ("朝日新聞は、中国政府が日本の提案に同意したことを報じた。", "AGREE", "同意", ["中国政府"], ["日本"], "asserted", False),
    ("首相は自民・公明の支持で再選された。", "SUPPORT", "支持", ["自民", "公明"], [], "asserted", False),
    ("閣議には、岸田首相と各大臣が出席した。", "CONSULT", "出席", ["岸田"], [], "asserted", False),
    ("米国と同盟国はロシアを非難した。", "ACCUSE", "非難", ["米国"], ["ロシア"], "asserted", False),
    # events 1.23 (review): a も-object and a relative clause (XとVする国々は) are no conjunct of
    # the subject; an outlet keeps its own act when no report closes the sentence right after
    # it, and with としている when no other doer is named
    ("韓国政府は北朝鮮と周辺国も批判した。", "ACCUSE", "批判", ["韓国政府"], ["北朝鮮"], "asserted", False),
    ("日本と対立する国々はロシアを支援している。", "AID", "支援", [], ["ロシア"], "asserted", False),
    ("読売新聞は社説で政府の方針を厳しく非難し、その根拠として二つの点を挙げた。", "ACCUSE", "非難", ["読売新聞"], [],
     "asserted", False),
    ("産経新聞は、野党の質問に抗議したとしている。", "ACCUSE", "抗議", ["産経新聞"], [], "asserted", False),
    # round 26: an age in parentheses (田中容疑者(41歳)を) leaves the person an actor; 前 after
    # a name before a place and title (ブレア前英首相) is "former", no time; a denied charge
    # (容疑を否認) answers the police that made the arrest
    ("兵庫県警は3日、会社員の田中一郎容疑者(41歳)を詐欺の疑いで逮捕した。", "COERCE", "逮捕", ["兵庫県警"], ["田中一郎"],
     "asserted", False),
    ("国連のグテーレス事務総長(75歳)は、北朝鮮の核実験を強く非難した。", "ACCUSE", "非難", ["グテーレス"], ["北朝鮮"],
     "asserted", False),
    ("野党は、高橋一郎前財務相(68歳)の発言を厳しく批判した。", "ACCUSE", "批判", [], ["高橋一郎"], "asserted", False),
    # round 30: a child's age written with つ ((当時5つ), a time since times 1.14) is an age too
    ("警視庁は、佐藤花子ちゃん(当時5つ)を連れ去った田中一郎容疑者を逮捕した。", "ASSAULT", "連れ去っ", ["田中一郎"],
     ["佐藤花子"], "asserted", False),
    ("ブレア前英首相はイラク戦争について謝罪した。", "CONCEDE", "謝罪", ["ブレア"], [], "asserted", False),
    ("ブッシュ前米大統領は、オバマ大統領の政策を批判した。", "ACCUSE", "批判", ["ブッシュ"], ["オバマ"], "asserted", False),
    ("大阪府警は5日、会社役員の山田太郎容疑者を詐欺の疑いで逮捕した。調べに対し、山田容疑者は容疑を否認している。",
     "REJECT", "否認", ["山田"], ["大阪府警"], "asserted", False),
    ("警視庁は12日、元社長の佐々木次郎容疑者を横領の疑いで逮捕した。佐々木容疑者は「借りただけだ」と話し、容疑を否認している。",
     "REJECT", "否認", ["佐々木"], ["警視庁"], "asserted", False),
    # events 1.26 (review): only an age (歳) or a time right after the name or title in parentheses
    # keeps the person; a time after an event noun, going on with 中/後, is a time. 前 is "former"
    # only right after the name (not サルコジ大統領帰国前, before the return). A denied charge answers
    # the arrest of the one who denies (not another's arrest, not a ban), and the charge may
    # stand further back (起訴事実を全面的に, 容疑について)
    ("コソボ紛争(1999年)中、英国はセルビアを空爆した。", "ASSAULT", "空爆", ["英国"], ["セルビア"], "asserted", False),
    ("アフガン戦争(2001年)後、ロシアはアメリカを批判した。", "ACCUSE", "批判", ["ロシア"], ["アメリカ"], "asserted", False),
    ("サルコジ大統領帰国前フランスはイランを非難した。", "ACCUSE", "非難", ["フランス"], ["イラン"], "asserted", False),
    ("愛知県警は中村三郎容疑者を逮捕した。京都府警も昨年、木村四郎容疑者を逮捕していた。中村容疑者は容疑を否認している。",
     "REJECT", "否認", ["中村"], ["愛知県警"], "asserted", False),
    ("福岡県警は7日、森一郎容疑者を窃盗の疑いで逮捕した。警察庁はデモを禁止した。森容疑者は容疑を否認している。",
     "REJECT", "否認", ["森一郎"], ["福岡県警"], "asserted", False),
    ("神奈川県警は8日、会社員の石井五郎容疑者を横領の疑いで逮捕した。石井容疑者は起訴事実を全面的に否認している。",
     "REJECT", "否認", ["石井"], ["神奈川県警"], "asserted", False),
    ("千葉県警は9日、無職の岡田六郎容疑者を強盗の疑いで逮捕した。岡田容疑者は容疑について全面的に否認している。",
     "REJECT", "否認", ["岡田"], ["千葉県警"], "asserted", False),
    # round 27: a name, 前/元, then a place or a body with its title (X前大阪府知事) is the former
    # holder, a person: the place or body inside the title is no actor
    ("山田太郎前大阪府知事の辞任に伴う知事選挙は、5月1日に行われた。", "RETREAT", "辞任", ["山田太郎"], [],
     "asserted", False),
    ("鈴木花子前北海道知事は、政府の方針を強く批判した。", "ACCUSE", "批判", ["鈴木花子"], [], "asserted", False),
    # the possessor skip also serves a name glued to its title (review of 1.35)
    ("ライス米国務長官の辞任が発表された。", "RETREAT", "辞任", ["ライス"], [], "asserted", False),
    # round 29: an arrest told by a description of the arrested (…の女を, この男を, 夫婦を) whose
    # suspect is named in the next sentence (逮捕されたのは…容疑者, 男は…容疑者で): the suspect is its
    # target; a place inside the description is no target
    ("警視庁は2日、港区に住む32歳の女を殺人の容疑で逮捕した。逮捕されたのは会社員の川村春子容疑者(32歳)。",
     "COERCE", "逮捕", ["警視庁"], ["川村春子"], "asserted", False),
    ("大阪府警は5日、この男を強盗の容疑で逮捕した。男は無職の石田健一容疑者(47歳)で、容疑を認めている。",
     "COERCE", "逮捕", ["大阪府警"], ["石田健一"], "asserted", False),
    ("兵庫県警は3日、岡山県倉敷市の農家の夫婦を大麻所持の疑いで逮捕した。逮捕されたのは農家の森田勝容疑者(52歳)。",
     "COERCE", "逮捕", ["兵庫県警"], ["森田勝"], "asserted", False),
    # …男を逮捕し、…被告も: the sentence names a suspect of its own, the man stays unnamed
    ("京都府警は6日、店の金庫を壊した40代の男を逮捕し、見張り役とされる岡本大輔被告にも話を聞いた。岡本被告は関与を否定した。",
     "COERCE", "逮捕", ["京都府警"], [], "asserted", False),
    # review of 1.42: a name ending in 男/夫 is no description (田中和夫を, 山田一男を): it stays the
    # target; a suspect in another role in the next sentence (夫の…容疑者と共謀した) is not the one arrested
    ("大阪府警は5日、会社員の田中和夫を詐欺の疑いで逮捕した。共犯の石田健一容疑者は逃走している。",
     "COERCE", "逮捕", ["大阪府警"], ["田中和夫"], "asserted", False),
    ("兵庫県警は9日、山田一男を横領の疑いで逮捕した。この件では、既に石田健一被告が裁判を受けている。",
     "COERCE", "逮捕", ["兵庫県警"], ["山田一男"], "asserted", False),
    ("警視庁は2日、40歳の女を放火の容疑で逮捕した。女は、先月逮捕された夫の川村健一容疑者と共謀した疑いが持たれている。",
     "COERCE", "逮捕", ["警視庁"], [], "asserted", False),
    # round 30: aid after a disaster abroad goes to the country struck; the subject of the charge
    # clause (…が…したとして) is the one arrested
    ("5日、トルコ東部で大きな地震が発生した。カナダ政府は救助チームを派遣した。",
     "AID", "派遣", ["カナダ政府"], ["トルコ"], "asserted", False),
    ("チリ沖で強い地震があり、多数の死者が出た。オーストラリア政府は100万ドルを支援すると発表した。",
     "AGREE", "支援", ["オーストラリア政府"], ["チリ"], "future", False),
    ("フィリピンを台風が襲った。スペインは救助隊員を派遣したほか、日本赤十字社も支援に乗り出した。",
     "AID", "支援", ["日本赤十字社"], ["フィリピン"], "asserted", False),
    ("警視庁は5日、会社員の山田太郎容疑者が、店から金を盗んだとして、窃盗の疑いで逮捕した。",
     "COERCE", "逮捕", ["警視庁"], ["山田太郎"], "asserted", False),
    ("大阪府警は8日、無職の木村健二容疑者(41歳)が、駐車中の車から現金を抜き取ったなどとして、窃盗の疑いで逮捕した。",
     "COERCE", "逮捕", ["大阪府警"], ["木村健二"], "asserted", False),
    # only the clause's が-subject: not a partner or victim marked と, nor when another person is
    # arrested with も (round 30 review)
    ("警視庁は5日、田中一郎容疑者が、知人の山田花子さんと口論になり、顔を殴ったとして、傷害の疑いで逮捕した。",
     "COERCE", "逮捕", ["警視庁"], ["田中一郎"], "asserted", False),
    ("警視庁は5日、田中一郎容疑者が、山田花子さんと共謀して店から金を盗んだとして、窃盗の疑いで逮捕した。",
     "COERCE", "逮捕", ["警視庁"], ["田中一郎"], "asserted", False),
    ("警視庁は、山田太郎容疑者が事件に関わったとして、同容疑者の知人の男も逮捕した。",
     "COERCE", "逮捕", ["警視庁"], [], "asserted", False),
    # round 30: 同県警 is the police named before, not the prefecture (nor no one)
    ("男は6日、新潟県警察に逮捕された。同県警は男の家族に謝罪した。", "CONCEDE", "謝罪", ["新潟県警察"], [], "asserted", False),
    ("女は長野県で群馬県警に逮捕された。同県警は女の自宅を家宅捜索した。", "COERCE", "家宅捜索", ["群馬県警"], [], "asserted", False),
    # round 30 review: 同県警 is a 県警, not 警察庁 / 警視庁 / a 府警 named after it
    ("富山県警は男を逮捕した。警察庁の幹部は「遺憾だ」と述べた。同県警は男の家族に謝罪した。", "CONCEDE", "謝罪", ["富山県警"], [], "asserted", False),
    ("兵庫県警は男を逮捕し、大阪府警に引き渡した。同県警は男の家族に謝罪した。", "CONCEDE", "謝罪", ["兵庫県警"], [], "asserted", False),
    # round 31: a crime with no doer in its sentence is the act of the one suspect the article names
    ("兵庫県の住宅で、会社員の佐藤花子さんが男に包丁で刺され死亡した。兵庫県警は山田太郎容疑者を殺人の疑いで逮捕した。",
     "ASSAULT", "刺さ", ["山田太郎"], ["佐藤花子"], "asserted", False),
    ("大阪府警は山田一郎容疑者を逮捕した。調べでは、同容疑者の自宅で会社員の鈴木二郎さんが殺害されたという。",
     "ASSAULT", "殺害", ["山田一郎"], ["鈴木二郎"], "asserted", False),
    # round 31: a crime in the suspect's statement reported by a medium is the suspect's, not the medium's
    ("京都府警は田中三郎容疑者を逮捕した。NHKは、取り調べに対して「知人を殺した」と供述していると報じた。",
     "ASSAULT", "殺し", ["田中三郎"], [], "asserted", False),
    # round 31 review: a doer named inside the statement stays; a headline cited in a body
    # sentence (『…刺され死亡』) takes no suspect
    ("大阪府警は山田一郎容疑者を逮捕した。山田容疑者は「田中三郎が父を刺した」と供述している。",
     "ASSAULT", "刺し", ["田中三郎"], [], "asserted", False),
    ("大阪府警は山田一郎容疑者を逮捕した。朝日新聞は『大阪で会社員の鈴木二郎さん刺され死亡』と報じた。",
     "ASSAULT", "刺さ", [], ["鈴木二郎"], "asserted", False),
    # (guards: two suspects, the crime in a relative clause on its victim: no doer given)
    ("警視庁は山田太郎容疑者と鈴木次郎容疑者を逮捕した。会社員の佐藤花子さんが殺害された。",
     "ASSAULT", "殺害", [], ["佐藤花子"], "asserted", False),
    ("大阪府警は山田一郎容疑者を逮捕した。殺害された会社員の鈴木二郎さんは、同容疑者の知人だった。",
     "ASSAULT", "殺害", [], ["鈴木二郎"], "asserted", False),
    # round 31: the suspect marked を before an active arrest is the one arrested, across a clause
    # with its own を, in 逮捕・送検, with the persons listed before it
    ("京都府警は、京都市の会社員・山田太郎(やまだ・たろう)容疑者(50歳)を、現金を盗んだとして、窃盗の容疑で逮捕した。",
     "COERCE", "逮捕", ["京都府警"], ["山田太郎"], "asserted", False),
    ("奈良県警は、生駒市の会社員の山田太郎(やまだ・たろう)容疑者(38歳)を、空き巣の容疑で逮捕・送検したことを明らかにした。",
     "COERCE", "逮捕", ["奈良県警"], ["山田太郎"], "asserted", False),
    ("兵庫県警は、大阪市の会社役員・山田太郎(44)、神戸市の会社員・鈴木一郎(40)、無職の佐藤花子(65)ら3人の容疑者を逮捕した。",
     "COERCE", "逮捕", ["兵庫県警"], ["山田太郎", "鈴木一郎", "佐藤花子"], "asserted", False),
    ("警視庁は、会社員の山田太郎容疑者(30歳)と、それを手伝った無職の鈴木一郎容疑者(40歳)を詐欺の容疑で逮捕した。",
     "COERCE", "逮捕", ["警視庁"], ["山田太郎", "鈴木一郎"], "asserted", False),
    # round 31 review: each suspect with its own charge (…を贈賄の容疑で、…を収賄の容疑で、それぞれ逮捕);
    # a later person marked を is the one arrested, not the earlier suspect of another verb
    ("愛知県警は、会社役員の山田太郎容疑者(52歳)を贈賄の容疑で、市職員の鈴木一郎容疑者(47歳)を収賄の容疑で、それぞれ逮捕した。",
     "COERCE", "逮捕", ["愛知県警"], ["山田太郎", "鈴木一郎"], "asserted", False),
    ("神奈川県警は、山田太郎容疑者を事情聴取し、共犯の鈴木一郎(40)を詐欺の容疑で逮捕した。",
     "COERCE", "逮捕", ["神奈川県警"], ["鈴木一郎"], "asserted", False),
    # round 31: the prosecutors or the court a charge is handed to (に/へ) are no target
    ("北海道警は、山田市長を札幌地方検察庁に書類送検した。", "ACCUSE", "送検", ["北海道警"], ["山田"], "asserted", False),
    ("京都地検は、鈴木一郎容疑者を京都地裁へ起訴した。", "ACCUSE", "起訴", ["京都地検"], ["鈴木一郎"], "asserted", False),
    ("福岡県警は5日、窃盗の疑いで逮捕した田中次郎容疑者を福岡地検に送検した。", "ACCUSE", "送検", ["福岡県警"], ["田中次郎"], "asserted", False),
    # round 31: the が-subject of the clauses before a passive underwent it (no source named)
    ("山田太郎容疑者が、現金を盗んだとして、窃盗の疑いで逮捕された。", "COERCE", "逮捕", [], ["山田太郎"], "asserted", False),
    ("俳優の鈴木健太さんが、警告に再三従わなかったとして、道交法違反の疑いで逮捕されていた。",
     "COERCE", "逮捕", [], ["鈴木健太"], "asserted", False),
    # … but not past the passive's own が-subject, a plain noun (the force did the damage), and
    # 一方的に is no contrast clause (一方、)
    ("ロシア軍が、東部の都市に侵攻し、多くの住宅が破壊された。", "ASSAULT", "破壊", ["ロシア軍"], [], "asserted", False),
    ("中国海軍が、南シナ海に艦隊を送り、漁船が拿捕された。", "COERCE", "拿捕", ["中国海軍"], [], "asserted", False),
    ("山田一郎容疑者が、女性に一方的に暴行を加えたとして、傷害の疑いで逮捕された。", "COERCE", "逮捕", [], ["山田一郎"], "asserted", False),
    # round 32: a police or prosecution act with its object left out is done to the suspect named
    # before it in its sentence (…容疑者は…地検が起訴, …被告についても…逮捕), else to the article's one suspect
    ("山田太郎容疑者は先月逮捕され、横浜地検が窃盗の罪で起訴している。", "ACCUSE", "起訴", ["横浜地検"], ["山田太郎"],
     "asserted", False),
    ("田中次郎被告についても、大阪府警は25日に逮捕した。", "COERCE", "逮捕", ["大阪府警"], ["田中次郎"], "asserted", False),
    ("兵庫県警は鈴木一郎容疑者を殺人の疑いで逮捕した。同県警は動機を詳しく調べている。", "ACCUSE", "調べ", ["兵庫県警"],
     ["鈴木一郎"], "asserted", False),
    ("福岡県警は森一郎容疑者を強盗の疑いで逮捕した。同県警は、森容疑者の自宅から現金を押収した。", "COERCE", "押収",
     ["福岡県警"], ["森一郎"], "asserted", False),
    # round 32: a passive arrest naming neither doer nor arrested is the act of the police force the
    # sentence or the three before name as subject or topic (no target: 男, 3人 are no entities)
    ("大阪府警は10日、会社員の男の自宅を家宅捜索した。男は同日、詐欺の疑いで逮捕された。",
     "COERCE", "逮捕", ["大阪府警"], [], "asserted", False),
    ("神奈川県警は5日、倉庫から盗難車10台を見つけた。関与した疑いのある男3人が逮捕され、送検された。",
     "COERCE", "逮捕", ["神奈川県警"], [], "asserted", False),
    # … and a passive cleft whose focus names the arrested by no entity (…の男(45歳)) takes the doer
    # of the arrest just told
    ("愛知県警は4日、暴行の疑いで男を検挙した。逮捕されたのは住所不定・無職の男(45歳)だった。",
     "COERCE", "逮捕", ["愛知県警"], [], "asserted", False),
    # … and an act of an investigation naming neither doer nor target is the law body named last
    # before it, in any role (長崎県警によると)
    ("長崎県警によると、男は店の金庫から現金を盗んだ疑いがある。男は容疑を認めている。共犯者がいるとみて調べている。",
     "ACCUSE", "調べ", ["長崎県警"], [], "asserted", False),
    ("警視庁によると、公園で騒ぎを起こした少年5人を書類送検した。", "ACCUSE", "送検", ["警視庁"], [], "asserted", False),
    # (the round-25 guard: the authority before a zero-subject passive is not the one held; since
    # round 32 it is the doer of a passive arrest naming no one arrested)
    ("警視庁は捜査本部を設置した。翌日、都内の自宅で逮捕された。", "COERCE", "逮捕", ["警視庁"], [], "asserted", False),
    ("兵庫県警は捜査を続けていた。翌日、男が詐欺の疑いで逮捕された。", "COERCE", "逮捕", ["兵庫県警"], [], "asserted", False),
    # round 32: the が-subject of the verb an act noun depends on (…を決めた, …を敷いた, …に達した,
    # …に着手した) is its doer, over a topic that belongs to a verb of saying or an earlier clause
    ("エクアドル政府は、ペルー軍が国境の町に戒厳令を敷いたと主張した。", "COERCE", "戒厳令", ["ペルー軍"], [], "asserted", False),
    ("カナダ政府がロシア大使の国外追放を決めた。", "SANCTION", "追放", ["カナダ政府"], ["ロシア"], "asserted", False),
    ("アフリカ連合が長時間の協議で合意に達した。", "AGREE", "合意", ["アフリカ連合"], [], "asserted", False),
    ("ブラジル政府は、アルゼンチン政府が被災地への支援に着手したと説明した。", "AID", "支援", ["アルゼンチン政府"], [], "asserted", False),
    ("ロシア外務省は、NATOが部隊の増派を決定したことに反発した。", "MOBILIZE", "増派", ["NATO"], [], "asserted", False),
    # round 32: a reported clause with its own が-subject, chained before the trigger (…を首相に
    # 指名し、組閣を要請したと発表した): the subject, not the announcing topic, asks
    ("チリ大統領府は、ボリッチ大統領が前財務相を首相に選び、内閣の発足を要請したと説明した。",
     "REQUEST", "要請", ["ボリッチ"], [], "asserted", False),
    # round 33: an arrest with no object takes the persons of the 逮捕されたのは… sentence after it,
    # the title given to the whole list (…の2容疑者, ら3人の容疑者)
    ("市役所の職員2人が収賄の疑いで愛知県警に逮捕された。逮捕されたのは市建設課課長の佐藤健二(52歳)と同課主任の高橋誠(44歳)の2容疑者である。",
     "COERCE", "逮捕", ["愛知県警"], ["佐藤健二", "高橋誠"], "asserted", False),
    ("福岡県警は5日、会社役員の男ら3人を詐欺の疑いで逮捕し、博多署に捜査本部を置いた。同様の事件は県内で初めてである。"
     "逮捕されたのは会社役員の山田太郎(50歳)と、部下の鈴木一郎(31歳)、佐藤次郎(29歳)の3人の容疑者。",
     "COERCE", "逮捕", ["福岡県警"], ["山田太郎", "鈴木一郎", "佐藤次郎"], "asserted", False),
    # round 33: a charge told with no doer and no one charged in its clause is done to the suspect
    # (a zero subject: the article's one suspect; a cleft: the suspect of its focus); no source
    ("鈴木三郎被告は昨年、勤め先の金を着服した。業務上横領の罪に問われている。",
     "ACCUSE", "に問わ", [], ["鈴木三郎"], "asserted", False),
    ("窃盗罪に問われているのは、神戸市に住む会社員の田中次郎被告(52歳)である。",
     "ACCUSE", "に問わ", [], ["田中次郎"], "asserted", False),
    # round 33: an act told in the charge clause of an arrest (…脅迫したとして, …暴行を加えた傷害の疑いで)
    # is done by the suspect arrested, not by the police that is the sentence's topic
    ("宮崎県警は5日、知人の女性に「家族を殺す」と書いた手紙を送り脅迫したとして、宮崎市の無職山田太郎容疑者(40歳)を脅迫の疑いで逮捕した。",
     "THREATEN", "脅迫", ["山田太郎"], [], "asserted", False),
    ("福井県警捜査一課は2日、同僚の男性に対して暴行を加えた傷害の疑いで、福井市の会社員鈴木次郎容疑者(33歳)を逮捕した。",
     "ASSAULT", "暴行", ["鈴木次郎"], [], "asserted", False),
    ("大手銀行を脅迫する文書を送りつけたとして、警視庁は東京都の無職佐藤三郎容疑者(29歳)を威力業務妨害の疑いで逮捕した。",
     "THREATEN", "脅迫", ["佐藤三郎"], [], "asserted", False),
    # round 33: the deliberative body a passive approval or nomination is voted in (上院で…、…で承認された,
    # 参議院本会議でも…指名された), where the parse hangs the で-phrase elsewhere
    ("ジョンソン長官は上院で賛成60、反対40で承認された。", "SUPPORT", "承認", ["上院"], ["ジョンソン"], "asserted", False),
    ("鈴木首相は、続く参議院本会議でも過半数の票を得て首相に指名された。",
     "SUPPORT", "指名", ["参議院"], ["鈴木"], "asserted", False),
    # round 33 review: the zero subject of a passive charge is the person the sentence before has
    # as its topic, not the article's one defendant named earlier
    ("川村俊介被告は起訴事実を否認している。前社長の森本和夫氏は昨年春に退任した。特別背任の罪に問われている。",
     "ACCUSE", "に問わ", [], ["森本和夫"], "asserted", False),
    # review of 1.72: a request or warning the suspect did not follow (…要請したが応じなかったとして,
    # 警告したが従わなかったとして) stays the law body's; only the act charged is the suspect's
    ("海上保安庁は、巡視船が再三停船を要請したが応じなかったとして、中国人船長の王明容疑者を公務執行妨害の疑いで逮捕した。",
     "REQUEST", "要請", ["海上保安庁"], [], "asserted", False),
    ("県警は、何度も警告したが従わなかったとして、山田太郎容疑者を迷惑防止条例違反の疑いで逮捕した。",
     "THREATEN", "警告", ["県警"], [], "asserted", False),
    # round 34: an investigation whose doer carried is the article's suspect is the police's, the
    # suspect its target (dropped as no investigation of a suspect on events 1.77)
    ("大阪府警は田村五郎容疑者を詐欺の疑いで逮捕した。田村容疑者は容疑を否認している。余罪についても調べている。",
     "ACCUSE", "調べ", ["大阪府警"], ["田村五郎"], "asserted", False),
    # round 34: a group noun as the subject (両行は, 両行とも, 与党(A・B)の幹事長は) stands for the two
    # parties named before it or in its brackets; the papers that report it are no pair
    ("北陸銀行と富山第一銀行は経営統合を検討している。両行は昨年から、経営統合について協議を重ねてきた。",
     "CONSULT", "協議", ["北陸銀行", "富山第一銀行"], [], "asserted", False),
    ("北陸銀行と富山第一銀行は経営統合を検討している。両行とも、統合の条件について意見交換した。",
     "CONSULT", "意見交換", ["北陸銀行", "富山第一銀行"], [], "asserted", False),
    ("与党(自由民主党・公明党)の幹事長は2日に国会内で会談し、法案の扱いで合意した。",
     "AGREE", "合意", ["自由民主党", "公明党"], [], "asserted", False),
    ("ソニーとパナソニックは業績が低迷している。朝日新聞と毎日新聞によると、両社は合併について交渉を行った。",
     "CONSULT", "交渉", ["ソニー", "パナソニック"], [], "asserted", False),
    # round 34 review: 両国 stands for two countries, never a city with a country code named between
    # (北京 for 日本 on events 1.79)
    # (round 36: 両国は今後、協議を続ける is now a promise, AGREE: the row tells of talks held instead)
    ("日本の首相は北京を訪れた。首相は中国の国家主席と会見した。両国は翌日も協議を続けた。",
     "CONSULT", "協議", ["日本", "中国"], [], "asserted", False),
    # round 34 review: a subject inside a complement (採決が来週という日程で) is not the act's own subject
    ("自民党と公明党は連立を組んでいる。両党の幹事長は国会内で会談し、法案の採決が来週という日程で合意した。",
     "AGREE", "合意", ["自由民主党", "公明党"], [], "asserted", False),
    # round 34: a resignation is keyed with the organisation of the post left — named with the post
    # earlier (…総裁を兼任している。…総裁を引責辞任), the person's team named in an earlier sentence
    # (…所属の木村健二投手), the firm announcing its officer's leaving (…は、…副社長の退任を発表) — and
    # with none when it is a cabinet (…内閣の…農水相は…辞任)
    ("鈴木一郎首相は、自由民主党総裁を兼任している。鈴木首相は5日、総裁を引責辞任した。",
     "RETREAT", "引責辞任", ["鈴木一郎"], ["自由民主党"], "asserted", False),
    ("日本ハムファイターズ所属の木村健二投手が記者会見を開いた。木村投手は、今季限りで現役を引退すると明らかにした。",
     "RETREAT", "引退", ["木村健二"], ["日本ハムファイターズ"], "asserted", False),
    ("トヨタ自動車は3日、山本一郎副社長の退任を発表した。", "RETREAT", "退任", ["山本一郎"], ["トヨタ自動車"], "asserted", False),
    ("田中内閣の佐藤花子文部科学相は10日、失言問題の責任を取って辞任すると表明した。", "RETREAT", "辞任", ["佐藤花子"], [], "asserted", False),
    # round 34 review: a kana before 相 is no minister's title (山田は相次ぐ…); the person's own firm
    # before another firm named earlier with the same post; the denier's own arrest before a nearer
    # arrest of another suspect
    ("民主党の山田太郎代表が会見した。山田は相次ぐ失言の責任を取り辞任した。",
     "RETREAT", "辞任", ["山田太郎"], ["民主党"], "asserted", False),
    ("日産自動車の山田太郎社長は4日、トヨタ自動車の社長と会談した。山田社長は5日、社長を辞任した。",
     "RETREAT", "辞任", ["山田太郎"], ["日産自動車"], "asserted", False),
    ("警視庁は5日、山田太郎容疑者を詐欺の疑いで逮捕した。事件は10年前に起きた。被害者は高齢者だった。被害額は3000万円にのぼる。"
     "大阪府警は6日、鈴木次郎容疑者を窃盗の疑いで逮捕した。鈴木容疑者は容疑を認めている。山田容疑者は容疑を否認している。",
     "REJECT", "否認", ["山田太郎"], ["警視庁"], "asserted", False),
    # round 34: a suspect's denial of the charge told well after the arrest answers the arresting police
    ("大阪府警は5日、会社員の山田太郎容疑者(45歳)を詐欺の疑いで逮捕した。山田容疑者は市内の不動産会社に勤めていた。"
     "同社は昨年から赤字が続いていた。被害者は高齢の女性が多かった。被害額は約3000万円にのぼる。同社は営業を停止している。"
     "山田容疑者は「だますつもりはなかった」と容疑を否認している。",
     "REJECT", "否認", ["山田太郎"], ["大阪府警"], "asserted", False),
    # round 34: an active arrest with no doer in its clause whose law body was named more than three
    # sentences before, or only as a possessor (…の捜査本部は) or a reporter (…によると): the law body
    # named last before it in the article's body
    ("静岡県警は3日、会社員の男性が倒れているのが見つかった事件で捜査を始めた。男性は病院で死亡した。"
     "現場には血の付いた傘が残されていた。近所の住民は不安を訴えている。"
     "その後の調べで、防犯カメラの映像から、近くに住む無職の森田一郎容疑者を傷害致死の疑いで逮捕した。",
     "COERCE", "逮捕", ["静岡県警"], ["森田一郎"], "asserted", False),
    ("兵庫県警の捜査本部は、目撃情報をもとに行方を追っていたが、5日夜、無職の川口二郎容疑者(41歳)を殺人の疑いで逮捕した。",
     "COERCE", "逮捕", ["兵庫県警"], ["川口二郎"], "asserted", False),
    # round 34: 同地検 / 同省 (同庁, 同課, 同局) stand for the body of that kind named last before
    ("横浜地検は7日、会社役員の池田三郎容疑者を背任の疑いで逮捕した。同地検は、池田容疑者の自宅を家宅捜索した。",
     "COERCE", "家宅捜索", ["横浜地検"], ["池田三郎"], "asserted", False),
    ("国土交通省は会見を開いた。同省は、全日本空輸に対し再発防止策を提出するよう指示した。",
     "REQUEST", "指示", ["国土交通省"], ["全日本空輸"], "asserted", False),
    # round 41: 同署 / 同支部 stand for the police station or court branch named last before
    ("北区の路上で女性のバッグがひったくられた。京都府警下鴨署によると、女性にけがはなかった。"
     "同署は翌日、窃盗の疑いで近くに住む無職の男を逮捕した。",
     "COERCE", "逮捕", ["京都府警下鴨署"], [], "asserted", False),
    # round 41: the court a suit or an appeal goes to (…地裁に提訴, 同支部に提訴) is no target of it
    ("山本一郎さんは今月、名古屋地裁に愛知県を提訴した。",
     "ACCUSE", "提訴", ["山本一郎"], ["愛知県"], "asserted", False),
    # round 34 review: the force that employs the one arrested (…県警の巡査部長、…容疑者を) is not the
    # arrester, nor is a force named in a ・ list before に (…県警・…警察署に出頭: the particle marks both)
    ("警視庁捜査2課は昨年から贈収賄事件の捜査を進めていた。業者は見返りに現金を渡していた。"
     "現金は総額で数百万円にのぼる。業者の社長は既に起訴されている。"
     "その後、神奈川県警の巡査部長、田中一郎容疑者を収賄の疑いで逮捕した。",
     "COERCE", "逮捕", ["警視庁捜査2課"], ["田中一郎"], "asserted", False),
    ("窃盗事件が相次いでいた。盗まれた自転車は50台を超える。住民は見回りを強めた。被害は今も続いている。"
     "その後、千葉県警の巡査長、小林五郎容疑者(29歳)を窃盗の疑いで逮捕した。",
     "COERCE", "逮捕", [], ["小林五郎"], "asserted", False),
    ("福岡県警は先月から行方を追っていた。男は広島県警・福山東警察署に自ら出頭した。男は容疑を認めている。"
     "被害者は軽いけがだった。現場は商店街の一角だ。その後、無職の石井六郎容疑者を強盗の疑いで逮捕した。",
     "COERCE", "逮捕", ["福岡県警"], ["石井六郎"], "asserted", False),
    # round 35: the town an unnamed suspect lives in (…市在住の…女を, …市…区の…少年を) is no target of the arrest
    ("宮城県警は20日、窃盗の疑いで仙台市青葉区在住のアルバイトの女を逮捕した。",
     "COERCE", "逮捕", ["宮城県警"], [], "asserted", False),
    ("大阪府警は、傷害の疑いで堺市の会社員の男を逮捕した。",
     "COERCE", "逮捕", ["大阪府警"], [], "asserted", False),
    ("福岡県警は9日、北九州市内在住の会社員の男2人を詐欺の疑いで逮捕した。",
     "COERCE", "逮捕", ["福岡県警"], [], "asserted", False),
    # round 35: the victim held by the first verb of a て-chain (…さんを…突き落として殺害) or owning the body
    # part hurt (…さんの首を絞めて殺害)
    ("警察によると、佐々木健容疑者は、知人の木村健太さんを車でひいて殺害した。",
     "ASSAULT", "殺害", ["佐々木健"], ["木村健太"], "asserted", False),
    ("中川次郎被告は、義父の中川茂さんと長女の美香さんの胸を刃物で突いて殺害した。",
     "ASSAULT", "殺害", ["中川次郎"], ["中川茂", "美香"], "asserted", False),
    ("県警によると、佐藤二郎容疑者は知人の高橋美咲さん(19歳)を自宅に呼び出して殺害した。",
     "ASSAULT", "殺害", ["佐藤二郎"], ["高橋美咲"], "asserted", False),
    # round 36: a list of the arrested counted after its last item (…(48歳)の3容疑者を, …の以上4人を), with a
    # reading or an address in a second parenthesis, or led by をはじめ、: every item is arrested
    ("北海道警は5日、NPO法人理事長の川口智也(47歳)と同法人職員の吉村美穂(42歳)、斎藤大地(36歳)の3容疑者を"
     "補助金をだまし取った疑いで逮捕した。",
     "COERCE", "逮捕", ["北海道警"], ["川口智也", "吉村美穂", "斎藤大地"], "asserted", False),
    ("福岡県警は、暴力団幹部の坂本隆志容疑者(52歳)をはじめ、組員の今井翼容疑者(31歳)、同じ組の野口和也容疑者(29歳)、"
     "元組員の須藤剛容疑者(45歳)の以上4人を恐喝の疑いで再逮捕した。",
     "COERCE", "再逮捕", ["福岡県警"], ["坂本隆志", "今井翼", "野口和也", "須藤剛"], "asserted", False),
    ("神奈川県警は20日、横浜市の会社役員・小西健(44歳)(同市港北区)、従業員の上野瞳(27歳)(川崎市中原区)、"
     "無職の関根大輔(38歳)(横須賀市)の3容疑者を、覚醒剤取締法違反の疑いで逮捕した。",
     "COERCE", "逮捕", ["神奈川県警"], ["小西健", "上野瞳", "関根大輔"], "asserted", False),
    ("静岡県警は、漁業の長谷部誠(はせべ・まこと)(62歳)、知人で会社員の木下航(34歳)の2容疑者を密漁の疑いで逮捕した。",
     "COERCE", "逮捕", ["静岡県警"], ["長谷部誠", "木下航"], "asserted", False),
    # round 36 review: 逮捕監禁 is a charge, not another arrest before the verb
    ("熊本県警は、建設業の吉岡誠一(41歳)、店員の丸山拓(25歳)の2容疑者を、逮捕監禁致傷の疑いで逮捕した。",
     "COERCE", "逮捕", ["熊本県警"], ["吉岡誠一", "丸山拓"], "asserted", False),
    # round 36: a stance on something that comes from someone (…からの提案を拒否) targets that someone
    ("ブラジル政府は、アルゼンチンからの共同開発の提案を歓迎した。",
     "SUPPORT", "歓迎", ["ブラジル政府"], ["アルゼンチン"], "asserted", False),
    ("トヨタ自動車はホンダからの買収提案を拒否した。",
     "REJECT", "拒否", ["トヨタ自動車"], ["ホンダ"], "asserted", False),
]


@pytest.mark.parametrize("text,typ,word,tgt", [
    # a nationality is no address: the country stays (the gold keys it)
    ("大阪府警は、ブラジル人の女を詐欺の疑いで逮捕した。", "COERCE", "逮捕", ["ブラジル"]),
    # review of round 35: a country before …の男 is a nationality too, not an address
    ("福岡県警は12日、韓国の男を密輸の疑いで逮捕した。", "COERCE", "逮捕", ["韓国"]),
    # review of round 35: the owner of the house where it happened is no victim, only the list at the end
    ("山田太郎容疑者は昨年、東京都内の鈴木一郎さんの自宅で妻の花子さんを突き落として殺害した。",
     "ASSAULT", "殺害", ["花子"]),
    # review of round 35: in a passive the one shielded (…さんをかばって刺された) is not the one stabbed
    ("男性は、山田太郎容疑者に、娘の花子さんをかばって刺されたという。", "ASSAULT", "刺", []),
    # a relative of the one named (…さんの長男を) is the victim, not the one named
    ("山田太郎容疑者は鈴木一郎さんの長男を殴って殺害した。", "ASSAULT", "殺害", []),
])
def test_round35_resident_and_chain_victim_guards(text, typ, word, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, word)
    assert covers(art, e.target, tgt), e.target


@pytest.mark.parametrize("text,tgt", [
    # the charge listed with a comma before the verb is part of the cleft's lead
    ("奈良県警は20日、男2人を逮捕した。窃盗、住居侵入の疑いで逮捕されたのは、大和郡山市の無職・菅野拓真(44歳)と、"
     "天理市のアルバイト・堀内亮(23歳)の2容疑者で、いずれも容疑を認めている。", ["菅野拓真", "堀内亮"]),
    # an age with an address in its parenthesis; the others arrested, not the one told before
    ("神奈川県警は、リーダー格の飯田隼人容疑者(24歳)ら3人を窃盗の疑いで逮捕した。このほかに逮捕されたのは、"
     "アルバイト店員の宮本颯太(19歳、藤沢市)と無職の高木蓮(22歳、茅ヶ崎市)の2容疑者だ。", ["宮本颯太", "高木蓮"]),
])
def test_round36_cleft_names_every_listed_suspect(text, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    cleft = text.index("逮捕されたのは")
    e = next(e for e in art.events if e.type == "COERCE" and e.trigger[0] == cleft)
    assert covers(art, e.target, tgt), e.target


@pytest.mark.parametrize("text,word", [
    # an untitled list counted before a charge clause or another object: the victims, not the arrested
    ("岐阜県警は、農業の大西浩二(58歳)、次男の大西翔(17歳)の2人を殴ってけがをさせた疑いで、近所の無職の男を逮捕した。",
     "逮捕"),
    ("岐阜県警は、農業の大西浩二(58歳)、次男の大西翔(17歳)の2人を人質に取った男を逮捕した。", "逮捕"),
    # …からの + those who come, or a withdrawal: the place left is no giver
    ("ドイツ政府は、シリアからの難民の受け入れを拒否した。", "拒否"),
    ("フランス政府は、イラクからの撤退を求めた。", "求め"),
])
def test_round36_review_no_target(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    e = next(e for e in art.events if text[e.trigger[0]:e.trigger[1]].startswith(word))
    assert e.target == [], e.target


def test_aid_at_home_after_a_disaster_has_no_recipient():
    # round 30: the giver's own country struck (新潟県 is in Japan): no recipient is supplied;
    # nor is a person named in the charge clause taken when the arrest has its own object
    # (日本 is named, so only the giver's-own-country check keeps the recipient out)
    art = hodo.analyze("新潟県で大きな地震が発生し、日本各地で揺れを観測した。日本政府は自衛隊を派遣した。",
                       published="2024-05-01")
    assert only(art, "AID", "派遣").target == []
    art = hodo.analyze("警視庁は、山田太郎容疑者が事件に関わったとして、同容疑者の知人の男を逮捕した。", published="2024-05-01")
    assert only(art, "COERCE", "逮捕").target == []
    # only the first disaster word of the article tells the country struck, not a later one
    # that recalls another disaster
    art = hodo.analyze("大きな地震が発生した。2004年にはインドネシアで地震による津波が起きた。カナダ政府は救助チームを派遣した。",
                       published="2024-05-01")
    assert only(art, "AID", "派遣").target == []
    # a co-doer joined by とともに is arrested with the subject
    check_roles("警視庁は5日、田中一郎容疑者が、山田花子容疑者とともに店から金を盗んだとして、窃盗の疑いで逮捕した。",
                "COERCE", "逮捕", ["警視庁"], ["田中一郎", "山田花子"])


def test_round31_arrested_named_guards():
    """The suspect marked を before the arrest (round 31) is not taken past a later suspect marked も,
    nor is a victim marked を in the charge clause, nor a possessor in the object phrase."""
    for text, tgt in [
        ("大阪府警は、山田太郎容疑者を取り調べた上で、同社社長の鈴木一郎容疑者(50歳)も、同じ容疑で逮捕した。", ["鈴木一郎"]),
        ("警視庁は、木村花子さん(20)を殴ったとして、会社員の山田太郎容疑者を逮捕した。", ["山田太郎"]),
        ("大阪地検特捜部は、鈴木一郎・市民党幹事長の私設秘書を務める田中次郎容疑者(52)ら2名を、収賄の疑いで逮捕した。",
         ["田中次郎"]),
    ]:
        art = hodo.analyze(text, published="2024-05-01")
        e = only(art, "COERCE", "逮捕")
        assert covers(art, e.target, tgt), (text, e.target)


def test_round32_suspect_act_with_an_object_of_its_own():
    """A police act whose object is another person or a firm (共犯とみられる人物を, 男（40歳）を,
    男を、…逮捕, 業者を処分) is not given the article's one suspect (round 32 review)."""
    lead = "警視庁は21日、会社員の山田太郎容疑者(35歳)を詐欺の疑いで逮捕した。"
    for text, typ in [
        ("同庁は、共犯とみられる人物を22日に逮捕した。", "COERCE"),
        ("同庁は、知人の男（40歳）を22日に逮捕した。", "COERCE"),
        ("同庁は、知人の男を、22日に逮捕した。", "COERCE"),
        ("市は、問題の業者を処分した。", "SANCTION"),
    ]:
        art = hodo.analyze(lead + text, published="2024-05-01")
        es = [e for e in art.events if e.type == typ and e.trigger[0] >= len(lead)]
        assert es, (text, [(e.type, e.trigger) for e in art.events])
        assert not any(covers(art, e.target, ["山田太郎"]) for e in es), (text, [e.target for e in es])
    # the suspect is still taken when the object is a thing or a victim of the charge
    art = hodo.analyze(lead + "同庁は、男性を殴ったとして、22日に再逮捕した。", published="2024-05-01")
    assert covers(art, only(art, "COERCE", "再逮捕").target, ["山田太郎"])


@pytest.mark.parametrize("text,tgt", [
    # round 33: the cleft naming the arrested is an arrest event of its own, with the focus as
    # target: descriptors with で or a relative clause, a copula and another clause after the focus
    ("愛知県警は8日、男を逮捕した。逮捕されたのは建設会社社長で中区在住の佐藤健二容疑者(47歳)。", ["佐藤健二"]),
    ("愛知県警は8日、男を逮捕した。逮捕されたのは、名古屋市千種区の会社員・佐藤健二容疑者(47歳)で、調べに対し黙秘しているという。",
     ["佐藤健二"]),
    ("愛知県警は8日、男を逮捕した。逮捕されたのは市内の病院で働く看護師・佐藤健二容疑者(47歳)。", ["佐藤健二"]),
    ("愛知県警は8日、男女を逮捕した。逮捕されたのは佐藤健二容疑者(47歳)と、同容疑者の元同僚でアルバイトの高橋美咲容疑者(25歳)の2人。",
     ["佐藤健二", "高橋美咲"]),
    # the focus ends at its copula: a suspect of the next clause is not the one arrested
    ("大阪府警は21日、男を逮捕した。逮捕されたのは山田太郎容疑者(28歳)で、共犯の鈴木一郎容疑者は逃走している。", ["山田太郎"]),
])
def test_round33_cleft_names_the_arrested(text, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    arrests = [e for e in art.events if e.type == "COERCE"]
    assert len(arrests) == 2, [(e.trigger, e.target) for e in arrests]
    for e in arrests:
        assert covers(art, e.target, tgt), (e.trigger, e.target)


@pytest.mark.parametrize("text,typ,word", [
    # round 34 guards: an office of a state left has no organisation; a law body that arrested the
    # person is no employer; a denial with no arrest or investigation told has no target
    ("自民党の佐藤一郎総裁が記者会見を開いた。佐藤首相は5日、首相を辞任すると表明した。", "RETREAT", "辞任"),
    ("東京地検特捜部は5日、山田一郎代表を逮捕した。山田代表は会見で、業界から引退すると述べた。", "RETREAT", "引退"),
    ("山田太郎容疑者は「やっていない」と容疑を否認している。", "REJECT", "否認"),
    # round 34 review: a person who met the holder of a post (…は民主党代表と会談) is not titled by it
    ("俳優の山田太郎は民主党代表と会談した後、芸能界からの引退を表明した。", "RETREAT", "引退"),
])
def test_round34_resignation_and_denial_guards(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert only(art, typ, word).target == [], [(e.type, e.target) for e in art.events]


@pytest.mark.parametrize("text,tgts", [
    # round 33 review: the focus of a 逮捕されたのは cleft, bounded right. A person with an age and
    # no title is one of the arrested only when the focus ends with the list's title (…の2容疑者)
    ("兵庫県警は3日、男を逮捕した。逮捕されたのは、田中一郎(45歳)と共謀したとされる山田太郎容疑者(38歳)。",
     [["山田太郎"], ["山田太郎"]]),
    # an attributive である and a descriptor's で、 do not end the focus
    ("兵庫県警は3日、男を逮捕した。逮捕されたのは、同社の経営者である山田太郎容疑者(55歳)。", [["山田太郎"], ["山田太郎"]]),
    ("兵庫県警は3日、男を逮捕した。逮捕されたのは、同社の技術者で、北区在住の山田太郎容疑者(35歳)。",
     [["山田太郎"], ["山田太郎"]]),
    # 再逮捕されたのは: the cleft's own 再逮捕 takes its focus too
    ("兵庫県警は3日、男を再逮捕した。再逮捕されたのは飲食店経営で東区在住の山田太郎容疑者(41歳)。",
     [["山田太郎"], ["山田太郎"]]),
    # 他に逮捕されたのは: the others arrested, not the ones of the arrest told before
    ("市の職員2人が兵庫県警に逮捕された。他に逮捕されたのは鈴木一郎容疑者(30歳)。", [[], ["鈴木一郎"]]),
    # a focus that is a time, a cleft with a subject of its own (the focus is a reason)
    ("元社員の男が兵庫県警に逮捕された。最初に逮捕されたのは20歳の時で、共犯の山田太郎被告(50歳)とともに窃盗を繰り返していた。",
     [[]]),
    ("市の職員2人が兵庫県警に逮捕された。男が逮捕されたのは、共犯の鈴木一郎被告(30歳)が供述したためだ。", [[], []]),
])
def test_round33_review_cleft_focus_bounds(text, tgts):
    art = hodo.analyze(text, published="2024-05-01")
    arrests = [e for e in art.events if e.type == "COERCE"]
    assert len(arrests) == len(tgts), [(e.trigger, e.target) for e in arrests]
    for e, tgt in zip(arrests, tgts):
        assert covers(art, e.target, tgt), (e.trigger, e.target)


def test_meeting_partner_takes_the_visitor_of_a_sentence_without_trigger():
    art = hodo.analyze("岸田首相は21日、ワシントンに到着した。翌日、ホワイトハウスでバイデン大統領と会談する予定だ。",
                       published="2024-05-01")
    e = only(art, "CONSULT", "会談")
    # round 10: at the White House the president is the host (target), the visitor the source
    assert covers(art, e.source, ["岸田"]), e.source
    assert covers(art, e.target, ["バイデン"]), e.target
    assert e.date and len(e.date) == 10  # a meeting on a given day (翌日) stays CONSULT


def test_round33_arrest_with_no_roles_takes_the_suspect_named_after():
    # …容疑でこの男を逮捕した with no doer named: kept until the suspect of the next sentence is found
    art = hodo.analyze("市内の住宅に火をつけたとして、殺人未遂の容疑でこの男を逮捕した。逮捕されたのは無職の山田一郎容疑者(40歳)。",
                       published="2024-05-01")
    first = [e for e in art.events if e.type == "COERCE" and e.trigger[1] <= art.text.index("。")]
    assert first and covers(art, first[0].target, ["山田一郎"]) and first[0].source == [], [
        (e.type, e.trigger, e.source, e.target) for e in art.events]


def test_round33_attempted_arrest_is_not_held_for_the_suspect():
    # 逮捕しようとしたが: an attempt, no arrest done; not held back and given the article's suspect
    art = hodo.analyze("大西健太容疑者は今も行方が分からない。捜査員らは、路上で逮捕しようとしたが、振り切られた。",
                       published="2024-05-01")
    assert not [e for e in art.events if e.type == "COERCE" and art.text[e.trigger[0]:e.trigger[1]] == "逮捕"], [
        (e.type, e.trigger, e.source, e.target) for e in art.events]


def test_round33_review_charge_clause_refused_request():
    # a request the suspect ignored (要請を無視したとして) was not the suspect's own act
    art = hodo.analyze("県警は、市の退去要請を無視したとして、山田太郎容疑者を不退去の疑いで逮捕した。", published="2024-05-01")
    req = [e for e in art.events if e.type == "REQUEST"]
    assert all(not any("山田太郎" in n for n in names(art, e.source)) for e in req), [
        (e.type, e.source) for e in art.events]


def test_round33_review_assembly_of_another_clause():
    # a committee's で-phrase closed by its own clause (審議が始まったが、) is not the doer of the rejection
    art = hodo.analyze("その法案は、厚生労働委員会で審議が始まったが、野党の反対で翌月に否決された。", published="2024-05-01")
    assert not [e for e in art.events if any("委員会" in n for n in names(art, e.source))], [
        (e.type, e.source) for e in art.events]


def test_round32_subject_of_the_act_verb_guards():
    # an act noun marked で/から is a circumstance of 決めた, not what its subject does
    art = hodo.analyze("アメリカ政府がテロ攻撃で非常事態宣言を決めた。", published="2024-05-01")
    assert not [e for e in art.events if e.type == "ASSAULT" and e.source], [(e.type, e.source) for e in art.events]
    # the reported clause's subject suffers the act (苦しむ is no verb of doing): not its source
    art = hodo.analyze("米国務省は、イラン政府が経済制裁に苦しんでいると指摘した。", published="2024-05-01")
    e = only(art, "SANCTION")
    assert not any("イラン" in n for k in e.source for n in names(art, [k])), e.source


def test_zero_subject_needs_an_entity_topic():
    # the sentence's own topic is no entity (同社の社長): nothing is carried from before
    art = hodo.analyze("アメリカ政府は声明を発表した。同社の社長は、政府に調査を求めた。", published="2024-05-01")
    assert not [e for e in art.events if e.type == "REQUEST" and e.source], [(e.type, e.source) for e in art.events]


@pytest.mark.parametrize("text,typ,trigger,src,tgt,modality,negated", CASES, ids=[c[0][:14] for c in CASES])
def test_sentence(text, typ, trigger, src, tgt, modality, negated):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, trigger)
    assert covers(art, e.source, src), (e.source, src)
    assert covers(art, e.target, tgt), (e.target, tgt)
    assert e.modality == modality
    assert e.negated is negated


def test_phone_call_mode_and_date():
    art = hodo.analyze("アメリカと中国は12日、電話会談を行った。", published="2025-05-20")
    e = only(art, "CONSULT")
    assert e.mode == "phone" and e.date == "2025-05-12"
    assert covers(art, e.source, ["アメリカ", "中国"]) and e.target == []


def test_anchor_is_no_event_and_embedded_request_content_is_not_coded():
    art = hodo.analyze("会談の冒頭、ロシアは中国に感謝した。中国は日本に謝罪を要求した。", published="2024-05-01")
    types = [e.type for e in art.events]
    assert "CONSULT" not in types  # 会談の冒頭 is a time anchor
    assert "CONCEDE" not in types  # the apology is what is demanded, not given
    assert types.count("SUPPORT") == 1 and types.count("REQUEST") == 1


def test_denial_answers_the_accusation():
    art = hodo.analyze("アメリカが中国を非難した。これに対し、中国はその主張を否定した。", published="2024-05-01")
    acc = only(art, "ACCUSE")
    rej = only(art, "REJECT")
    assert covers(art, rej.source, ["中国"]) and rej.target == acc.source


@pytest.mark.parametrize("text,word", [
    ("北朝鮮の核開発をめぐる交渉の期限が迫る。", "迫"),                  # "approach", no demand
    ("アメリカの代表団は中国の首位に迫る勢いだ。", "迫"),
    ("国連安保理は決議を全会一致で採択した。", "一致"),                  # unanimously
    ("日本は韓国に協力を求めた。", "協力"),                              # the thing asked for
    ("首相の発言はアメリカとの関係に混乱を招いた。", "招"),              # 招く without a guest
    ("日本政府は、アメリカとの協力関係を重視している。", "協力"),
])
def test_round3_words_in_other_senses(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


@pytest.mark.parametrize("text", [
    "日本の自動車会社は中国で新しい事業を展開している。",   # 展開 without troops
    "中国は人工衛星の打ち上げに成功した。",                 # a satellite launch is no show of force
    "アメリカでは景気後退への懸念が広がった。",             # 景気後退
    "ロシアは漁船の乗組員を解放し、日本側へ引き渡した。",   # handing over freed crew is no extradition
    "イランは核開発の停止を求める決議に反発した。",         # 停止 outside fighting
    "スイスの国民投票では、賛成は78%、反対は21%だった。",   # vote counts
])
def test_context_bound_words(text):
    art = hodo.analyze(text, published="2024-05-01")
    bad = {"MOBILIZE", "COOPERATE", "SUPPORT"} | ({"RETREAT"} if "停止" in text or "景気" in text else set())
    bad |= {"ACCUSE"} if "賛成" in text else set()
    assert not [e for e in art.events if e.type in bad], [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]


def test_stopped_act_and_gloss_are_not_events():
    art = hodo.analyze("国連はイスラエルに攻撃の停止を求めた。", published="2024-05-01")
    assert [e.type for e in art.events] == ["REQUEST"]  # the attack is what should stop
    art = hodo.analyze("イスラエルとハマスの戦闘(ガザ侵攻)は停戦となった。", published="2024-05-01")
    trig = [art.text[e.trigger[0]:e.trigger[1]] for e in art.events if e.type == "ASSAULT"]
    assert trig == ["戦闘"]  # 侵攻 in parentheses names the same fighting


def test_trigger_inside_a_name_or_without_is_no_event():
    art = hodo.analyze("中国人民解放軍の幹部がロシアを訪問した。", published="2024-05-01")
    assert "RETREAT" not in [e.type for e in art.events]  # 解放 is part of the army's name
    art = hodo.analyze("ミャンマー軍は警告もなく市民に発砲した。", published="2024-05-01")
    types = [e.type for e in art.events]
    assert "THREATEN" not in types and "ASSAULT" in types  # 警告もなく: no warning was given


def test_zero_subject_in_a_sentence_without_actors():
    art = hodo.analyze("北朝鮮は12日、弾道ミサイルを発射した。午後にも、もう一発のミサイルを発射した。", published="2024-05-01")
    evs = [e for e in art.events if e.type == "MOBILIZE"]
    assert len(evs) == 2 and all(covers(art, e.source, ["北朝鮮"]) for e in evs)


def test_protest_targets_the_act_it_answers():
    art = hodo.analyze("ロシアの警備艇が日本の漁船を拿捕した。日本政府はロシアに抗議した。これに対し、日本は強く反発した。",
                       published="2024-05-01")
    acc = [e for e in art.events if e.type == "ACCUSE"]
    assert acc and all(covers(art, e.target, ["ロシア"]) for e in acc), [(e.source, e.target) for e in acc]


def test_no_actor_no_event():
    art = hodo.analyze("警察はデモの参加者を逮捕した。", published="2024-05-01")
    assert art.events == []


def test_headline_roles():
    title = "北朝鮮、韓国との関係断絶"
    art = hodo.analyze(title + "\n北朝鮮は25日、韓国との関係を断絶すると発表した。", published="2010-05-25", title=title)
    evs = [e for e in art.events if e.type == "SANCTION"]
    assert len(evs) == 2
    for e in evs:
        assert covers(art, e.source, ["北朝鮮"]) and covers(art, e.target, ["韓国"])
    assert evs[1].date == "2010-05-25"


def test_headline_speaker_after_a_dash():
    title = "ロシア外交官の追放は正当、容疑者引き渡し改めて要請−イギリス首相"
    art = hodo.analyze(title + "\nイギリスは16日、ロシアの外交官を追放した。", published="2007-07-17", title=title)
    heads = [e for e in art.events if e.sentence[1] <= len(title) + 1]
    assert {e.type for e in heads} == {"SANCTION", "REQUEST"}  # 引き渡し is what is requested
    assert all(covers(art, e.source, ["イギリス"]) for e in heads), [(e.type, e.source) for e in heads]


def test_headline_clauses_split_at_comma():
    title = "北朝鮮の漁船員が新潟に帰港、会見で謝罪"
    art = hodo.analyze(title + "\n漁船員は記者会見を開いた。", published="2024-05-01", title=title)
    assert not [e for e in art.events if e.type == "CONCEDE" and e.target], [(e.type, e.source, e.target) for e in art.events]


def test_claim_and_quote_attribution():
    art = hodo.analyze("韓国政府によると、北朝鮮はロシアに兵士を派遣した。", published="2024-05-01")
    e = only(art, "AID")
    assert e.attributed_to and "韓国" in "".join(names(art, [e.attributed_to]))
    assert e.mode == "troops"
    art = hodo.analyze("プーチン大統領は「中国と協力して北朝鮮を支援する」と述べた。", published="2024-05-01")
    e = only(art, "AGREE")  # a promise of aid is AGREE
    assert e.speaker and "プーチン" in "".join(names(art, [e.speaker]))
    assert covers(art, e.target, ["北朝鮮"])


def test_every_record_is_complete(bbc):
    assert bbc.events
    text = bbc.text
    for e in bbc.events:
        assert e.type in PLOVER_TYPES
        s, t = e.trigger
        assert 0 <= s < t <= len(text)
        assert e.sentence and e.sentence[0] <= s and t <= e.sentence[1]
        assert e.cameo and e.cameo[:2].isdigit()
        assert e.quad in QUADS and isinstance(e.goldstein, float)
        assert 0 < e.confidence <= 1
        assert e.modality in ("asserted", "future", "hypothetical")
        assert e.stage == f"events@{ev.VERSION}"
        assert e.source or e.target
        keys = {x.key for x in bbc.entities}
        assert set(e.source) <= keys and set(e.target) <= keys
        d = e.to_dict()
        assert "date" in d and "negated" in d


# --------------------------------------------------------------------------- BBC article


def _is(art, key, *surfaces) -> bool:
    n = names(art, [key])
    return any(x in n for x in surfaces)


def _has(art, keys, *surfaces) -> bool:
    return any(_is(art, k, *surfaces) for k in keys)


def _events(art, typ, trigger=None):
    return [e for e in art.events if e.type == typ and (trigger is None or trigger in art.text[e.trigger[0]:e.trigger[1]])]


def test_bbc_meeting(bbc):
    meetings = [e for e in _events(bbc, "CONSULT", "会談") if e.date == "2025-09-03"]
    assert len(meetings) >= 3  # title, lead and body
    lead = [e for e in meetings if _has(bbc, e.source, "プーチン") and _has(bbc, e.source, "金正恩", "金")]
    assert lead and all(not e.target for e in lead)  # no host: both in source
    assert any(e.place and _is(bbc, e.place, "北京", "中国", "釣魚台迎賓館") for e in lead)
    assert any(e.mode == "third-party" for e in lead)  # two leaders meeting in China


def test_bbc_thanks_aid_and_incursion(bbc):
    thanks = _events(bbc, "SUPPORT", "感謝")
    assert any(_has(bbc, e.source, "プーチン") and _has(bbc, e.target, "北朝鮮") for e in thanks)
    aid = _events(bbc, "AID", "派遣") + _events(bbc, "AID", "供与")
    assert len(aid) == 2
    for e in aid:
        assert _has(bbc, e.source, "北朝鮮") and _has(bbc, e.target, "ロシア")
        assert e.attributed_to and _is(bbc, e.attributed_to, "韓国政府", "韓国")
    assert {e.mode for e in aid} == {"troops", "weapons"}
    raid = _events(bbc, "ASSAULT", "急襲")
    assert len(raid) == 1 and _has(bbc, raid[0].source, "ウクライナ") and raid[0].date == "2024-08"


def test_bbc_treaty_alaska_accusation_denial_invitation(bbc):
    treaty = _events(bbc, "SUPPORT", "締結")
    assert any(e.date == "2024-06" for e in treaty)
    alaska = [e for e in _events(bbc, "CONSULT", "会談") if e.date == "2025-08"]
    assert alaska and _has(bbc, alaska[0].source, "トランプ") and _has(bbc, alaska[0].source, "プーチン")
    acc = _events(bbc, "ACCUSE", "非難")
    assert len(acc) == 1 and _has(bbc, acc[0].source, "トランプ") and _has(bbc, acc[0].target, "習")
    rej = _events(bbc, "REJECT")
    assert len(rej) == 2
    for e in rej:
        assert _has(bbc, e.source, "ウシャコフ") and _has(bbc, e.target, "トランプ")
    inv = _events(bbc, "AGREE", "招待")
    assert len(inv) == 1 and _has(bbc, inv[0].source, "プーチン") and inv[0].modality == "future"
    # no conspiracy event is coded from the denial
    assert not [e for e in bbc.events if "陰謀" in bbc.text[e.trigger[0]:e.trigger[1]]]


# --------------------------------------------------------------------------- dev gold

#: the issue's targets (hodo issue 7); measured values are in docs/events.md
TARGETS = {"event.type": 0.70, "event.source": 0.60, "event.full": 0.50}


def test_dev_gold_targets(gold, gold_analyses):
    from hodo.evaluate import score

    rep = score((gold[k], gold_analyses[k]) for k in sorted(gold))
    values = rep.values()
    low = {k: round(values[k], 3) for k, floor in TARGETS.items() if values[k] < floor}
    assert not low, f"below the issue's targets: {low}"


# --------------------------------------------------------------------------- round 4


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    ("日本維新の会は自民党との連立から離脱した。", "SANCTION", "離脱", ["日本維新の会"], None),
    ("田中社長は不祥事の責任を取って引責辞任した。", "RETREAT", "引責辞任", ["田中"], None),
    ("岸田首相はバイデン大統領を説得した。", "REQUEST", "説得", ["岸田"], ["バイデン"]),
    ("米国務省は中国政府の対応に失望を表明した。", "ACCUSE", "失望", None, None),
    ("日本と米国の関税交渉が決着した。", "AGREE", "決着", ["日本", "米国"], None),
    ("岸田首相は中国がロシアへの支援をやめることを期待すると述べた。", "REQUEST", "期待", ["岸田"], ["中国"]),
    ("韓国政府は日本に陳謝した。", "CONCEDE", "陳謝", None, ["日本"]),
])
def test_round4_trigger_families(text, typ, word, src, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, word)
    if src is not None:
        assert covers(art, e.source, src), e.source
    if tgt is not None:
        assert covers(art, e.target, tgt), e.target


@pytest.mark.parametrize("text,word", [
    ("市場では利下げへの期待が高まった。", "期待"),       # expectation, no appeal
    ("首相の発言は国民の失望を招いた。", "失望"),         # nobody expresses it
    ("試合は延長戦の末に決着した。", "決着"),             # no talks
])
def test_round4_words_in_other_senses(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


def test_refusal_and_objection_target_the_proposer():
    art = hodo.analyze("米国は北朝鮮に核開発の放棄を求めた。これに対し北朝鮮は拒否した。", published="2024-05-01")
    rej = only(art, "REJECT", "拒否")
    assert covers(art, rej.source, ["北朝鮮"]) and covers(art, rej.target, ["米国"]), (rej.source, rej.target)
    art = hodo.analyze("ロシアは停戦を提案した。ウクライナ政府はこれに反発した。", published="2024-05-01")
    acc = only(art, "ACCUSE", "反発")
    assert covers(art, acc.target, ["ロシア"]), acc.target


@pytest.mark.parametrize("text,src,tgt", [
    ("石破首相は11日、記者会見を開き、米国との交渉を担当した田中農相を更迭した。", ["石破"], ["田中"]),
    ("中国の習近平国家主席は、秦剛外相を罷免し、後任に王毅氏を起用した。", ["習近平"], ["秦剛"]),  # 解任: no row (round 27)
])
def test_dismissal_source_is_the_topic(text, src, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "SANCTION")
    assert covers(art, e.source, src) and covers(art, e.target, tgt), (e.source, e.target)


@pytest.mark.parametrize("text", [
    "石破首相は、辞任した田中農相の後任に佐藤氏を起用した。",
    "石破首相は記者団に対し、田中農相が辞任したと明らかにした。",
    "田中農相は、石破首相が慰留したものの、辞任した。",
])
def test_resignation_source_is_who_resigns(text):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "RETREAT", "辞任")
    assert covers(art, e.source, ["田中"]), e.source


def test_one_resignation_one_event():
    art = hodo.analyze("田中社長は不祥事の責任を取り、引責して辞任した。", published="2024-05-01")
    assert [e.type for e in art.events] == ["RETREAT"], [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]


def test_resignation_in_a_relative_clause():
    art = hodo.analyze("岸田首相は10日、辞任した田中大臣の後任に佐藤氏を起用した。", published="2024-05-01")
    e = only(art, "RETREAT", "辞任")
    assert covers(art, e.source, ["田中"]), e.source


# --------------------------------------------------------------------------- round 5


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    # two countries inside one token (日韓, 米中) are both parties of the meeting
    ("日韓首脳会談は22日にソウルで行われた。", "CONSULT", "首脳会談", ["日", "韓"], []),
    ("18日に北京で行われた米中外相会談では、貿易問題が話し合われた。", "CONSULT", "会談", ["米", "中"], []),
    # the leaders stand for the countries of the compound (鳩山首相…オバマ大統領との日米首脳会談)
    ("岸田首相は、バイデン米大統領との日米首脳会談で「同盟を強化したい」と述べた。", "CONSULT", "首脳会談",
     ["岸田", "バイデン"], []),
    ("タイの国王は20日、陸軍司令官の山田太郎と面談した。", "CONSULT", "面談", ["タイ", "山田太郎"], []),
    # 期待 / 希望 as an appeal: Yが…することを, Yに…を
    ("ロシア外務省は、リトアニアに問題の早期解決を期待している。", "REQUEST", "期待", ["ロシア外務省"], ["リトアニア"]),
    ("アメリカ政府は、タイ政府が民主主義を直ちに回復させることを希望すると述べた。", "REQUEST", "希望", ["アメリカ政府"], ["タイ政府"]),
    # a voice raised by X: the から-phrase is the source
    ("田中長官に対しては、民主党からも批判の声が挙がっていた。", "ACCUSE", "批判", ["民主党"], ["田中"]),
    ("韓国からは日本への批判が相次いだ。", "ACCUSE", "批判", ["韓国"], ["日本"]),
    ("田中長官に対しては民主党のみならず軍関係者からも批判の声が挙がっていた。", "ACCUSE", "批判", ["民主党"], ["田中"]),
    # the possessor of a resignation resigns, not the one who announces it
    ("アメリカのブッシュ大統領は8日、ラムズフェルド国防長官の辞任を発表した。", "RETREAT", "辞任", ["ラムズフェルド"], []),
    # a denial answers the author of the report denied
    ("中国政府はアメリカの報告書を否定した。", "REJECT", "否定", ["中国政府"], ["アメリカ"]),
    # released and handed over: the released are the target (日本 in 日本人 is a mention since
    # entities 1.9, as the gold codes 北朝鮮による日本人拉致 with target JP)
    ("中国は拘束していた日本人を釈放し、日本政府に引き渡した。", "RETREAT", "釈放", ["中国"], ["日本"]),
    # による is one particle: the agent of the talks
    ("日本と韓国の外相による協議が東京で行われた。", "CONSULT", "協議", ["日本", "韓国"], []),
])
def test_round5_families(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text", [
    "来月にも日本と韓国の外相による協議が行われることが決まった。",
    "日本と韓国は、来月に外相協議を開くことで一致した。",
])
def test_decided_meeting_is_an_agreement(text):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "AGREE", "協議")
    assert covers(art, e.source, ["日本", "韓国"]), e.source
    assert not [x for x in art.events if x.type == "CONSULT"], [(x.type, x.source) for x in art.events]


@pytest.mark.parametrize("text,word", [
    ("男性は日本への亡命を希望している。", "希望"),               # a wish for oneself, no appeal
    ("大会の成功には期待が高まっている。", "期待"),
    ("アメリカの報道官は、記者団に対して希望を語った。", "希望"),    # no content asked of anyone
])
def test_round5_words_in_other_senses(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


def test_related_news_list_is_not_coded_but_its_cited_title_is():
    text = ("国連の安全保障理事会は12日、スーダン政府に対して空爆の停止を求める決議を採択した。"
            "2006年5月6日、スーダン政府と反政府勢力が和平協定に調印2005年10月12日、"
            "ダルフールで反政府勢力が停戦監視団を襲撃『安保理、スーダン政府に空爆停止を要求』。毎日新聞、2007年4月13日。")
    art = hodo.analyze(text, published="2007-04-13")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert ("REQUEST", "求める") in got or ("REQUEST", "求め") in got, got
    assert not [g for g in got if g[1] in ("調印", "襲撃")], got
    assert ("REQUEST", "要求") in got, got


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    # a rally against X: the entity after 反 is the target, the city is a place
    ("モスクワでは大規模な「反プーチン集会」が相次いでいる。", "PROTEST", "集会", [], ["プーチン"]),
    # a protest noun modified by 抗議する / 求める: one PROTEST event with that target
    ("チベット自治区ラサで、中国政府に抗議する大規模な暴動が発生した。", "PROTEST", "暴動", [], ["中国政府"]),
    ("東京では、日本政府に原発の停止を求める集会が開かれた。", "PROTEST", "集会", [], ["日本政府"]),
])
def test_round5_protest_targets(text, typ, word, src, tgt):
    art, e = check_roles(text, typ, word, src, tgt)
    others = [(x.type, art.text[x.trigger[0]:x.trigger[1]]) for x in art.events if x is not e]
    assert not [o for o in others if o[0] in ("ACCUSE", "REQUEST") and typ == "PROTEST"], others


@pytest.mark.parametrize("text", [
    "ソニーは9日、社員集会を開いた。",                     # a staff meeting, no protest
    "警視庁の捜査関係者によると、男は容疑を認めている。",  # a compound, no act
    "警察は、暴動に関与したとして男5人を逮捕した。",          # only the arrest is coded
])
def test_round5_compounds_are_no_events(text):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[0] in ("PROTEST", "ACCUSE")], got


def test_apology_quoted_and_reported_is_one_event():
    art = hodo.analyze("県の田中知事は会見で、「多大なご迷惑をお掛けし、深くおわび申し上げます」と謝罪した。", published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert got == [("CONCEDE", "謝罪")], got


def test_calling_off_in_a_dispute_is_a_concession_and_both_parties_agree():
    art = hodo.analyze("日本が海洋調査を中止することと、韓国が地形名の提案を延期することで両国は合意した。", published="2024-05-01")
    stop = only(art, "CONCEDE", "中止")
    assert covers(art, stop.source, ["日本"]) and covers(art, stop.target, ["韓国"]), (stop.source, stop.target)
    later = only(art, "CONCEDE", "延期")
    assert covers(art, later.source, ["韓国"]) and covers(art, later.target, ["日本"]), (later.source, later.target)
    agree = only(art, "AGREE", "合意")
    assert covers(art, agree.source, ["日本", "韓国"]), agree.source
    art = hodo.analyze("竹島周辺で日本が調査を計画し、韓国が反発していた問題で、日本が調査を中止することと、韓国が提案を延期することで相互に合意した。",
                       published="2024-05-01")
    agree = only(art, "AGREE", "合意")
    assert covers(art, agree.source, ["日本", "韓国"]), agree.source
    acc = only(art, "ACCUSE", "反発")
    assert covers(art, acc.source, ["韓国"]) and covers(art, acc.target, ["日本"]), (acc.source, acc.target)


@pytest.mark.parametrize("text", [
    "ヤンキースは雨のため試合を延期した。",                    # no dispute
    "日本サッカー協会は、大会の開催を中止した。",
    "ヨルダンのアリ王子は、FIFA会長選の延期には反対した。",    # the postponement is an object
    "韓国が提案を取り下げれば、日本は調査を中止すると主張した。",  # a condition
])
def test_calling_off_in_other_senses(text):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[0] == "CONCEDE"], got


def test_riot_inside_a_denied_claim_is_not_the_topics():
    art = hodo.analyze("ダライ・ラマ14世は、チベット亡命政府が暴動を組織したとする主張を否定した。", published="2024-05-01")
    riots = [e for e in art.events if e.type == "PROTEST"]
    assert not [e for e in riots if covers(art, e.source, ["ダライ・ラマ"])], [(e.source, e.target) for e in riots]


@pytest.mark.parametrize("text,typ", [
    ("日本政府は、北朝鮮のミサイル発射について強い遺憾の意を表明した。", "ACCUSE"),   # regret at another's act
    ("ロシア側は事件に遺憾の意を示した。", "CONCEDE"),                              # regret for one's own
])
def test_regret_at_another_act_is_disapproval(text, typ):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, "遺憾")
    other = {"ACCUSE": "CONCEDE", "CONCEDE": "ACCUSE"}[typ]
    assert not [x for x in art.events if x.type == other], [(x.type, x.source) for x in art.events]


def test_objection_replies_only_to_criticism_aimed_at_the_objector():
    art = hodo.analyze("米国は北朝鮮の核実験を強く非難した。北朝鮮はこれに反発した。", published="2024-05-01")
    acc = only(art, "ACCUSE", "反発")
    assert covers(art, acc.target, ["米国"]), acc.target
    art = hodo.analyze("イギリス政府はタイのクーデターについて遺憾の意を表明した。アメリカ政府も失望を表明した。", published="2024-05-01")
    acc = only(art, "ACCUSE", "失望")
    assert not covers(art, acc.target, ["イギリス政府"]), acc.target


def test_support_received_is_given_by_the_possessor():
    art = hodo.analyze("フランスのマクロン大統領は、ドイツの支持を取り付けた。", published="2024-05-01")
    e = only(art, "SUPPORT", "支持")
    assert covers(art, e.source, ["ドイツ"]) and covers(art, e.target, ["マクロン"]), (e.source, e.target)
    art = hodo.analyze("北朝鮮はロシアから支援を受けた。", published="2024-05-01")
    e = only(art, "AID", "支援")
    assert covers(art, e.source, ["ロシア"]) and covers(art, e.target, ["北朝鮮"]), (e.source, e.target)
    # support from no one named is no act (an election result)
    art = hodo.analyze("ロシアのプーチン氏は「大多数の支持を得た勝利だ」と述べた。", published="2024-05-01")
    assert not [e for e in art.events if e.type == "SUPPORT"], [(e.type, e.source) for e in art.events]


# --------------------------------------------------------------------------- round 6


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    # a slash joins two parties acting together (CDU/CSU)
    ("ドイツ社会民主党(SPD)とキリスト教民主同盟(CDU)/キリスト教社会同盟(CSU)は、連立交渉の最終合意に達した。",
     "AGREE", "合意", ["ドイツ社会民主党", "キリスト教民主同盟", "キリスト教社会同盟"], []),
    # an alias in parentheses takes the particle after them: 「X」(通称Y)が
    ("ウガンダの反政府組織「神の抵抗軍」(通称LRA)が、この1年で200人の村人を殺害したと地元紙が報じた。",
     "ASSAULT", "殺害", ["神の抵抗軍"], []),
    # killing, fighting, seizing, disarming, giving up, declining
    ("ロシア軍はウクライナの兵士2人を捕らえた。", "ASSAULT", "捕らえ", ["ロシア軍"], ["ウクライナ"]),
    ("武装勢力は1990年代からブルンジ政府と戦い、村を焼いた。", "ASSAULT", "戦い", [], ["ブルンジ政府"]),
    ("北アイルランドのIRAは武装解除を完了した。", "RETREAT", "武装解除", ["IRA"], []),
    ("アイルランド共和軍(IRA)の完全武装解除がイギリス政府に伝えられた。", "RETREAT", "武装解除", ["アイルランド共和軍"], []),
    ("ドイツのシュトイバー氏は入閣を辞退した。", "REJECT", "辞退", ["シュトイバー"], []),
    # naming an act is an accusation, not the act
    ("アメリカは紛争を大量虐殺と呼んでいる。", "ACCUSE", "虐殺", ["アメリカ"], []),
    # the の-phrase of an acceptance is what is accepted
    ("スーダン政府は、国連部隊の受け入れを認める構えを見せた。", "AGREE", "受け入れ", ["スーダン政府"], ["国連"]),
])
def test_round6_families(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text,word", [
    ("日本代表は決勝でブラジルと戦う。", "戦"),                       # a match, no armed act
    ("長崎県警は、同級生を殺したとして、高校生を逮捕した。", "殺"),      # the charge of an arrest
    ("野党の田中氏は、市長選挙への出馬を辞退した。", "辞退"),         # leaving a race
    ("朝日新聞の世論調査によると、内閣支持率は下がった。", "調査"),     # a poll
    ("警察は、男に不正行為の疑いがあるとみている。", "疑い"),           # a suspicion, no denial
    ("警察は、男に不正行為の疑いがあるとみている。", "不正"),
    ("政府は、事故の原因について調査結果を公表した。", "調査"),         # no investigating act
    ("兵士は「仲間たちは勇敢に戦った」と語った。", "戦"),             # praise inside a quote
    ("委員長は、武装解除された兵器の数を述べることを拒否した。", "武装解除"),  # a reference
    ("民兵組織UDAは、2000年以降、武装解除から離脱した。", "武装解除"),
    ("ヒズボラは、レバノン政府が進める武装解除協議について批判した。", "武装解除"),  # the talks' topic
    ("国連は紛争を大量虐殺と呼ぶことを拒んでいる。", "虐殺"),         # no naming, no killing
    ("アメリカは、調印しなかった2派に和平を促した。", "調印"),        # a reference back
    ("スーダン政府は調印に際して、国連部隊の受け入れを認めた。", "調印"),  # a time frame
    ("交渉の過程で、首相は続投を断念することになった。", "交渉"),
    ("フランスとドイツは、連立交渉の最終合意に達した。", "交渉"),       # the agreement is the act
])
def test_round6_words_not_coded(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


def test_two_stances_side_by_side_do_not_target_each_other():
    art = hodo.analyze("アメリカは紛争を大量虐殺と呼んでいる一方、国連は紛争を大量虐殺と呼ぶことを拒んでいる。",
                       published="2024-05-01")
    e = only(art, "REJECT", "拒")
    assert covers(art, e.source, ["国連"]), e.source
    assert e.target == [], e.target


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    # a mediator's parties are those of the talks in the same sentence, and it is none of them
    ("エジプトが仲介して、イスラエルとハマスが交渉を行った。", "CONSULT", "仲介", ["エジプト"], ["イスラエル", "ハマス"]),
    ("エジプトが仲介して、イスラエルとハマスが交渉を行った。", "CONSULT", "交渉", ["イスラエル", "ハマス"], []),
    # これを歓迎: the doers of the act told just before are the target
    ("スーダン政府は5日、和平協定に調印した。アメリカはこれを歓迎すると表明した。", "SUPPORT", "歓迎",
     ["アメリカ"], ["スーダン政府"]),
    # round 27: この提案を支持 / この提案を歓迎: the act named by この points back as これ does
    ("トルコ政府は国境での共同警備を提案した。ギリシャ政府は翌日、この提案を支持した。", "SUPPORT", "支持",
     ["ギリシャ政府"], ["トルコ政府"]),
    ("インド政府は水資源の共同管理を提案した。隣国のネパールもこの提案を歓迎すると述べた。", "SUPPORT", "歓迎", ["ネパール"],
     ["インド政府"]),
    # review of 1.35: この提案 skips an act of another kind told in between; この方針 / この指摘 take
    # no earlier act
    ("イラン政府は停戦を提案した。イスラエル軍はガザ地区を空爆した。エジプトはこの提案を支持した。", "SUPPORT", "支持",
     ["エジプト"], ["イラン政府"]),
    ("ロシアはウクライナを非難した。日本政府は消費税を上げる方針を決めた。民主党はこの方針に反対した。", "ACCUSE", "反対",
     ["民主党"], []),
    ("イスラエル軍はガザ地区を空爆した。国連の調査団は戦争犯罪の疑いがあると指摘した。イスラエル政府はこの指摘を否定した。",
     "REJECT", "否定", ["イスラエル政府"], []),
    # a party leader resigning leaves the party's post: the party is the target (a country is not)
    ("ドイツ社会民主党のミュンテフェリング党首は党首を辞任した。", "RETREAT", "辞任", ["ミュンテフェリング"], ["ドイツ社会民主党"]),
    ("日本の岸田首相は辞任した。", "RETREAT", "辞任", ["岸田"], []),
    # investigating wrongdoing is an accusation; the possessor of the deed is the target
    ("国際刑事裁判所はスーダンでの戦争犯罪を調査している。", "ACCUSE", "調査", ["国際刑事裁判所"], []),
    ("リトアニア検察は、トロヤノフ氏の事件への関与を調査した。", "ACCUSE", "調査", ["リトアニア検察"], ["トロヤノフ"]),
    # "there was none": a denial by the speaker
    ("選挙管理委員会のアヤル氏は「投票に影響するような不正はなかった」と語った。", "REJECT", "不正", ["アヤル"], []),
    ("カナダのシャストラン委員長は「我々はまったく疑いを抱いていない」と答えた。", "REJECT", "疑い", ["シャストラン"], []),
    # leaving a process is rejecting it (leaving a territory is a retreat)
    ("北朝鮮は6者協議から離脱した。", "REJECT", "離脱", ["北朝鮮"], []),
    # round 29: a sentence opening with これに対し answers the one before: its topic is the target
    # (not for an act in a relative clause, 決議に賛成した国への)
    ("自民党は年金制度の改正案を発表した。これに対し、共産党は「老後の保障が失われる」と批判している。", "ACCUSE", "批判",
     ["共産党"], ["自民党"]),
    ("ブラウン議長は停戦監視団の派遣案をまとめた。これに対し近隣の中国も賛意を示し、支持を表明した。", "SUPPORT", "支持",
     ["中国"], ["ブラウン"]),
    # review of 1.42: a reaction inside a quote is the quote's, not a reply to the sentence before
    ("自民党は改正案を発表した。これに対し、共産党の志位委員長は「我々は国民の反対運動を支持する」と述べた。", "SUPPORT", "支持",
     ["志位"], []),
])
def test_round6_arguments(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text", [
    "アンバール県では、ほとんどの住民が反対に回った。",
    "ニーナワー県では反対が55%に達したが、3分の2の反対には達しなかった。",
    "ある県では、草案は80%以上の反対で否決された。",
    "委員長は、いくつかの県で賛成・反対が極端に偏っていると述べた。",
    "アメリカは、反対の多かった地域の投票箱が盗まれたと述べた。",
])
def test_vote_counts_are_no_opposition(text):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1] == "反対"], got


def test_reporter_is_not_the_doer_of_an_attack_with_its_own_subject():
    art = hodo.analyze("ロイター通信は、武装勢力がイラク軍を攻撃したと伝えた。", published="2024-05-01")
    e = only(art, "ASSAULT", "攻撃")
    assert e.source == [], e.source
    assert covers(art, e.target, ["イラク軍"]), e.target
    # the doer named as an entity stays the source
    art = hodo.analyze("ロイター通信は、ロシア軍がウクライナの村を攻撃したと伝えた。", published="2024-05-01")
    e = only(art, "ASSAULT", "攻撃")
    assert covers(art, e.source, ["ロシア軍"]), e.source


def test_declaring_an_end_of_armed_struggle_is_a_concession():
    art = hodo.analyze("IRAは武装闘争をやめる宣言を今年7月に行った。", published="2024-05-01")
    e = only(art, "CONCEDE", "宣言")
    assert covers(art, e.source, ["IRA"]), e.source
    for text in ("コソボは独立を宣言した。", "アメリカのオバマ大統領はイラク戦争の終結を宣言した。"):
        art = hodo.analyze(text, published="2024-05-01")
        got = [(x.type, art.text[x.trigger[0]:x.trigger[1]]) for x in art.events]
        assert not [g for g in got if g[1] == "宣言"], got


def test_announcer_is_not_the_patient_of_a_passive_with_its_own_subject():
    art = hodo.analyze("イラク選挙管理委員会は、憲法草案が承認されたと25日発表した。", published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]], e.target) for e in art.events]
    assert not [g for g in got if g[1] == "承認"], got


# --------------------------------------------------------------------------- round 7


@pytest.mark.parametrize("text,word", [
    # the act asked for, demanded, owed or asked about is only the content of the demand
    ("民主党は安倍晋三首相の辞任を求めた。", "辞任"),
    ("民主党は安倍晋三首相に辞任するよう促した。", "辞任"),
    ("民主党は安倍晋三首相は辞任すべきだと述べた。", "辞任"),
    ("民主党は安倍晋三首相の辞任要求を強めた。", "辞任"),
    ("安倍晋三首相が辞任するかどうかが焦点だ。", "辞任"),
    ("自民党は安倍晋三首相に辞任の圧力をかけた。", "辞任"),
    ("民主党はアメリカに報告書の否定を求めた。", "否定"),
    ("国連は北朝鮮に対し、核実験を中止するよう強く求めた。", "中止"),
])
def test_content_of_a_demand_is_no_event(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


@pytest.mark.parametrize("text,src,tgt", [
    ("民主党は安倍晋三首相の辞任を求めた。", ["民主党"], ["安倍晋三"]),
    ("民主党は安倍晋三首相に辞任するよう促した。", ["民主党"], ["安倍晋三"]),
    ("民主党は安倍晋三首相の辞任要求を強めた。", ["民主党"], ["安倍晋三"]),
])
def test_the_demand_targets_the_one_asked_to_act(text, src, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = [x for x in art.events if x.type == "REQUEST"]
    assert len(e) == 1, [(x.type, x.source, x.target) for x in art.events]
    assert covers(art, e[0].source, src), e[0].source
    assert covers(art, e[0].target, tgt), e[0].target


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    # a news agency reports or is spoken to: the doer is the subject of the reported clause
    ("ロイター通信は、安倍晋三首相が、辞任するかどうかの返答を拒んだと伝えた。", "REJECT", "拒", ["安倍晋三"], []),
    ("3日のAGI通信は、民主党が安倍晋三首相を批判したと伝えた。", "ACCUSE", "批判", ["民主党"], ["安倍晋三"]),
    ("ハマスの幹部はロイター通信に対し「イスラエルに報復する」と警告した。", "THREATEN", "警告", ["ハマス"], ["イスラエル"]),
    # new triggers: votes down, impeachment, menace, refusals to yield or respect
    ("フィリピン下院は予算案を否決した。", "REJECT", "否決", ["フィリピン下院"], []),
    ("民主党はアロヨ大統領の弾劾を目指している。", "ACCUSE", "弾劾", ["民主党"], ["アロヨ"]),
    ("民主党の運動は安倍晋三首相の地位を脅かしている。", "THREATEN", "脅か", ["民主党"], ["安倍晋三"]),
    ("ハマスは国際社会の圧力には屈しないと述べた。", "REJECT", "屈しない", ["ハマス"], []),
    ("ハマスは停戦合意を尊重しないと述べた。", "REJECT", "尊重しない", ["ハマス"], []),
    ("ハマスは米国が交渉に応じることを望むと述べた。", "REQUEST", "望", ["ハマス"], ["米国"]),
    # a stated intent: the subject of the statement is the actor (が as well as は)
    ("安倍晋三首相が辞任の意向を表明した。", "RETREAT", "辞任", ["安倍晋三"], []),
    ("26日には、ドイツのメルケル首相が総辞職の意向を明らかにした。", "RETREAT", "総辞職", ["メルケル"], []),
    # an obligation stated by a speaker is a demand of the one who should act
    ("民主党は安倍晋三首相は辞任すべきだと述べた。", "REQUEST", "べき", ["民主党"], ["安倍晋三"]),
    ("民主党は、日本政府が「この問題」を検討すべきだと主張した。", "REQUEST", "べき", ["民主党"], ["日本政府"]),
    # a hint of a sanction is a threat
    ("国連のアナン事務総長は、暴力が続けばダルフールでの支援活動は停止されうると示唆した。", "THREATEN", "示唆", ["アナン"], []),
    # reviewing aid as a threat: the review is the threat, not the aid
    ("米国政府はパレスチナへの支援を見直す方針を示した。", "THREATEN", "見直す", ["米国政府"], ["パレスチナ"]),
    # round 28: a criticism the topic faces (批判に直面, 批判を招く, 要望があった) targets the topic;
    # the から-phrase stays the source
    ("ブッシュ大統領は民主党からの強い批判に直面している。", "ACCUSE", "批判", ["民主党"], ["ブッシュ"]),
    ("安倍首相は民主党からの批判にさらされている。", "ACCUSE", "批判", ["民主党"], ["安倍"]),
    ("法案には民主党から批判が相次いだ。", "ACCUSE", "批判", ["民主党"], []),
    ("この決定には、野党の民主党からも批判が相次いだ。", "ACCUSE", "批判", ["民主党"], []),
    ("首相には、民主党からは強い反対があった。", "ACCUSE", "反対", ["民主党"], []),
    # 要望があった with no から-phrase actor (4月から is a time) is the topic's own request
    ("山本選手も4月から「来季も残りたい」という要望があった。", "REQUEST", "要望", ["山本"], []),
    # the の-possessor of the faced noun stays its author
    ("EUはロシアの反発にもかかわらず制裁を決めた。", "ACCUSE", "反発", ["ロシア"], []),
    # round 28: a quote or an adverb between the object (Xの方針を) and the verb keeps X the target
    ("田中市長は佐藤知事の方針を「横暴だ」と批判した。", "ACCUSE", "批判", ["田中"], ["佐藤"]),
    ("ロシア外務省はNATOの声明を「根拠がない」と否定した。", "REJECT", "否定", ["ロシア外務省"], ["NATO"]),
    # round 28: X党推薦の候補: the party endorses the candidate the phrase names, not one after や
    ("市長選では、民主党推薦の新人佐藤花子氏が当選した。", "SUPPORT", "推薦", ["民主党"], ["佐藤花子"]),
    ("知事選には、自民党推薦の新人や無所属の山田太郎氏が立候補した。", "SUPPORT", "推薦", ["自民党"], []),
    # round 30: Xの支持を表明 / Xの推薦を決める: the person of the の-phrase is supported, the topic supports
    ("社民党も元教員の川村一郎さん(61歳)の推薦を決めている。", "SUPPORT", "推薦", ["社民党"], ["川村一郎"]),
    ("立憲民主党と国民民主党が高橋氏の支持を表明していた。", "SUPPORT", "支持", ["立憲民主党", "国民民主党"], ["高橋"]),
    # round 30 review: persons conjoined before the の-phrase are supported too, not its source
    ("社民党は山田太郎氏と鈴木一郎氏の推薦を決めた。", "SUPPORT", "推薦", ["社民党"], ["山田太郎", "鈴木一郎"]),
])
def test_round7_families(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text,word", [
    ("米国政府はパレスチナへの支援を見直す方針を示した。", "支援"),   # the aid under review
    ("政府は年金制度を見直す方針を示した。", "見直す"),              # a review of no aid or tie
    ("ドイツのメルケル首相は「国を前進させることを望んでいる」と語った。", "望"),  # a hope asked of no one
    ("抗議集団が占領していた土地に、カナダ警察が入った。", "占領"),   # a sit-in, not an armed occupation
    ("抗議集団の援軍がカナダ警察を後退させた。", "後退"),           # others made to pull back
    ("全国で草案を否決するために必要な3分の2には達しなかった。", "否決"),  # a threshold, not a vote
    ("国連のアナン事務総長は、暴力が続けばダルフールでの支援活動は停止されうると示唆した。", "支援"),
    ("安倍晋三首相は辞任を示唆した。", "示唆"),                       # a hint of no threat
    ("民主党は安倍晋三首相が辞任すべきだと考えている。", "べき"),     # an opinion, not told as a demand
    ("安倍晋三首相は辞任すべきではない。", "べき"),
    ("民主党の代表は「党は保守政党として大道を歩むべきだ」と強調した。", "べき"),  # no one named to act
    ("人権団体は、新しい法律が報道の自由を脅かすものだと述べた。", "脅か"),  # a characterization, no threat made
    ("この否決により、民主党がアロヨ大統領を弾劾するチャンスは消えた。", "弾劾"),  # a chance to act, no act
    ("フィリピン下院はアロヨ大統領に対する弾劾請求すべてを否決した。", "弾劾"),  # the motion voted on
])
def test_round7_words_in_other_senses(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


def test_own_unnamed_topic_blocks_the_carried_one():
    text = "ハマスは停戦を拒んだ。援助団体は国連職員との同行を拒否するようになった。"
    art = hodo.analyze(text, published="2024-05-01")
    e = [x for x in art.events if x.trigger[0] > text.index("。")]
    assert e and all(x.source == [] for x in e), [(x.type, x.source) for x in e]
    # without a topic of its own the sentence keeps the previous one's
    art = hodo.analyze("ハマスは停戦を拒んだ。また、国連職員との同行を拒否した。", published="2024-05-01")
    e = only(art, "REJECT", "拒否")
    assert covers(art, e.source, ["ハマス"]), e.source


def test_denial_of_an_untargeted_accusation_targets_the_accuser():
    art = hodo.analyze("反主流派が兵士を誘拐したとアフリカ連合は非難したが、指揮官のムハンマド・サレー氏はこの疑いを否定している。",
                       published="2024-05-01")
    e = only(art, "REJECT", "否定")
    assert covers(art, e.source, ["ムハンマド・サレー"]), e.source
    assert covers(art, e.target, ["アフリカ連合"]), e.target


# --------------------------------------------------------------------------- round 8 (corpus audit)


def test_act_in_a_speech_complement_is_the_embedded_subjects():
    # XはYが…を攻撃したと非難した: Y attacked, X accused Y
    art = hodo.analyze("ロシア外務省の報道官は、ウクライナ軍が国境の村を砲撃したと非難した。", published="2024-05-01")
    a = only(art, "ASSAULT", "砲撃")
    assert covers(art, a.source, ["ウクライナ軍"]), a.source
    c = only(art, "ACCUSE", "非難")
    assert covers(art, c.target, ["ウクライナ軍"]), c.target
    assert c.source and "ウクライナ軍" not in names(art, c.source), c.source
    # with no embedded act coded, the accuser is still the topic's actor, the accused the が-subject
    art = hodo.analyze("ハマスの報道官もまた、イスラエル軍が一般人を攻撃したと非難している。", published="2024-05-01")
    c = only(art, "ACCUSE", "非難")
    assert covers(art, c.source, ["ハマス"]), c.source
    assert covers(art, c.target, ["イスラエル軍"]), c.target


def test_speaker_is_not_the_doer_of_a_plain_subjects_act():
    # グループが…殺したことは認めた: the group (no entity) killed, not the spokesman; the agency
    # spoken to is no victim
    art = hodo.analyze("反政府勢力のジョン・スミス報道官はロイター通信に対し、部隊が村人を殺害したことは認めた。",
                       published="2024-05-01")
    e = only(art, "ASSAULT", "殺害")
    assert not any("スミス" in n for n in names(art, e.source)), e.source
    assert not any("ロイター" in n for n in names(art, e.target)), e.target


def test_reporting_outlet_is_not_the_doer():
    art = hodo.analyze("NHKは、住民が石を投げたり、武装したグループが警官隊に発砲したりしたと伝えている。",
                       published="2024-05-01")
    for e in art.events:
        assert "NHK" not in names(art, e.source), (e.type, e.source)


def test_negated_intent_in_a_quote():
    for text in ("山田和夫容疑者は手紙を送ったことは認めながら「脅迫するつもりはなかった」と供述している。",
                 "鈴木一郎被告は「相手を脅迫するつもりはありませんでした」と述べた。"):
        art = hodo.analyze(text, published="2024-05-01")
        assert only(art, "THREATEN", "脅迫").negated


@pytest.mark.parametrize("text, word", [
    ("第90回全国高校野球選手権大会が6日、甲子園球場で開幕した。", "開幕"),        # a tournament
    ("放送会社は来年春をめどに放送事業を打ち切ることを決めた。", "打ち切"),       # a business ends
    ("モバイル放送は2009年春をメドとして放送全体を打ち切ることを決めた。", "打ち切"),
    ("大雨のため、審判団は試合を打ち切った。", "打ち切"),
])
def test_round8_words_in_other_senses(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1].startswith(word)], got


@pytest.mark.parametrize("text, typ, word", [
    ("アメリカ政府は北朝鮮との協議を打ち切ると発表した。", "SANCTION", "打ち切"),
    ("国際原子力機関は19日、ウィーンで理事会を開幕した。", "CONSULT", "開幕"),
    # round 32: a threat quoted whole (「…を殺す」などと書いた) threatens, it tells no killing
    ("田中容疑者は、知人の女性に「お前の家族を殺す」などと書いた手紙を送った。", "THREATEN", "殺す"),
    ("山本被告は掲示板に「明日、東京駅を爆破する」と書き込んだ。", "THREATEN", "爆破"),
    # round 32 review: the threat word alone in the quote (「殺すぞ」), the polite 「…殺します」, a 「…殺してやる!」
    ("佐藤容疑者は元同僚に「殺すぞ」と書いたメールを送った。", "THREATEN", "殺す"),
    ("佐藤容疑者は市役所に「来週、市長を殺します」と電話をかけた。", "THREATEN", "殺し"),
    ("佐藤容疑者は交番の壁に「警官を殺してやる!」と落書きした。", "THREATEN", "殺し"),
])
def test_round8_words_kept_in_their_sense(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert only(art, typ, word)


def test_time_zone_name_is_no_actor():
    art = hodo.analyze("北アイルランドのベルファストで、10日(西ヨーロッパ夏時間、UTC+1)、住民と警官隊との間に衝突が起こった。",
                       published="2024-05-01")
    for e in art.events:
        assert "western-europe" not in e.source + e.target, (e.type, e.source, e.target)
        assert not any("西ヨーロッパ" in n for n in names(art, e.source + e.target)), (e.type, e.source)


def test_speaker_outside_a_quote_is_not_its_passive_victim_or_embedded_doer():
    text = "アドルフ・マニラキザ陸軍報道官は「一般人が国軍と協力したため、彼らは殺された」と述べた。"
    art = hodo.analyze(text, published="2024-05-01")
    for e in art.events:
        if art.text[e.trigger[0]:e.trigger[1]].startswith(("協力", "殺")):
            assert not any("マニラキザ" in n for n in names(art, e.source + e.target)), (e.type, e.source, e.target)
    # a first person inside the quote keeps the speaker's side
    art = hodo.analyze("プーチン大統領は「我々は攻撃された」と述べた。", published="2024-05-01")
    assert only(art, "ASSAULT", "攻撃").target, "the speaker's side was attacked"


# --- round 9: coalition exits, repeated references, unnamed attackers, cooperation words ---

def test_coalition_exit_is_sanction_and_territory_withdrawal_retreat():
    art = hodo.analyze("社民党は連立政権から離脱すると発表した。", published="2024-05-01")
    assert covers(art, only(art, "SANCTION", "離脱").source, ["社民党"])
    assert not [e for e in art.events if e.type == "RETREAT"]
    art = hodo.analyze("イスラエル軍はガザ地区から撤退した。", published="2024-05-01")
    assert only(art, "RETREAT", "撤退")


def test_repeated_reference_to_an_act_is_no_new_event():
    text = ("社民党は30日、連立政権から離脱すると発表した。"
            "福島党首は記者会見で、社民党の連立与党からの離脱について説明した。"
            "社民党は離脱について「残念だ」と説明した。")
    art = hodo.analyze(text, published="2024-05-01")
    leave = [e for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == "離脱"]
    assert len(leave) == 1 and leave[0].trigger[0] < text.index("。"), [
        (e.type, e.trigger) for e in leave]
    # an object of a verb of deciding or conveying still asserts the act
    art = hodo.analyze("アルジェリア政府は反政府勢力への攻撃の停止を決定した。政府は翌日、再び攻撃の停止を決定した。",
                       published="2024-05-01")
    assert len([e for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == "停止"]) == 2


@pytest.mark.parametrize("text, target", [
    ("ロケット弾がイスラエルのエイラートに撃ち込まれた。", "エイラート"),
    ("ヨルダンのアカバでロケット弾2発が爆発した。", "アカバ"),
])
def test_rockets_without_a_named_attacker(text, target):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "ASSAULT")
    assert not e.source, e.source
    assert any(target in n for n in names(art, e.target)), e.target


def test_explosion_without_weapon_is_no_attack():
    art = hodo.analyze("東京都内の工場でガスの爆発が起きた。", published="2024-05-01")
    assert not [e for e in art.events if e.type == "ASSAULT"]


@pytest.mark.parametrize("text", ["アルカイダは7日、犯行声明を出した。", "アルカイダが7日、犯行声明を出した。"])
def test_claim_of_responsibility_codes_the_claimant(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert covers(art, only(art, "ASSAULT", "犯行声明").source, ["アルカイダ"])


@pytest.mark.parametrize("text, typ, word", [
    ("自民党と公明党は選挙協力している。", "COOPERATE", "選挙協力"),
    ("イスラエルとヨルダンの治安当局が捜査協力を行っている。", "COOPERATE", "捜査協力"),
    ("日本政府はNHKに放送するよう命令した。", "REQUEST", "命令"),
])
def test_round9_cooperation_and_order_words(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert only(art, typ, word).source


def test_summit_noun_that_is_only_an_argument_is_no_meeting():
    art = hodo.analyze("オーストラリアが東アジアサミットに加わることについて、マハティール氏は反対した。", published="2024-05-01")
    assert not [e for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == "サミット"]
    art = hodo.analyze("東アジアサミットが14日に開かれた。", published="2024-05-01")
    assert only(art, "CONSULT", "サミット")


def test_broad_lexicon_is_consistent():
    import csv

    core = {r["trigger"] for r in csv.DictReader(
        [ln for ln in open(ev.DATA / "event_triggers.tsv", encoding="utf-8") if ln.strip() and not ln.startswith("#")],
        delimiter="\t", quoting=csv.QUOTE_NONE)}
    broad = ev._read_triggers(ev.DATA / "event_lexicon.tsv", broad=True)
    assert len(broad) >= 80
    assert not core & set(broad), "a word belongs to one table only"
    table = ev.trigger_table()
    for w, t in broad.items():
        assert t.type in PLOVER_TYPES and t.cameo[:2].isdigit(), w
        assert table[w].broad
    assert not table["会談"].broad


@pytest.mark.parametrize(
    "text,typ,source,target",
    [
        ("イスラエル軍はガザ地区の検問所を封鎖した。", "COERCE", "イスラエル軍", "ガザ地区"),
        ("日本政府はパキスタンの復興に100万ドルを拠出した。", "AID", "日本政府", "パキスタン"),
        ("北朝鮮は新型の弾道ミサイルを打ち上げた。", "MOBILIZE", "北朝鮮", None),
        ("ロシアとウクライナは和解した。", "AGREE", "ウクライナ", None),
        ("米国は国連人権理事会を脱退した。", "RETREAT", "米国", "国連人権理事会"),
        ("中国外務省は日本政府の抗議を退けた。", "REJECT", "中国外務省", "日本政府"),
    ],
)
def test_broad_lexicon_words_are_coded(text, typ, source, target):
    art = hodo.analyze(text, published="2024-05-01")
    evs = [e for e in art.events if e.type == typ]
    assert len(evs) == 1, [(e.type, e.source) for e in art.events]
    e = evs[0]
    # confidence is the held-out bucket estimate (data/event_confidence.tsv), no longer lowered
    # by hand for broad-lexicon words
    assert 0.0 <= e.confidence <= 1.0 and e.stage.startswith("events@")
    names = lambda keys: {art.text[s:x] for k in keys for s, x in art.entity(k).mentions}
    assert source in names(e.source)
    if target:
        assert target in names(e.target)


def test_trained_troops_mobilize_nothing():
    art = hodo.analyze("ロシア軍は国境に部隊を展開した。派遣された北朝鮮兵は現地で訓練を受けた。", published="2024-05-01")
    assert [e.type for e in art.events if e.type == "MOBILIZE"] == ["MOBILIZE"]
    assert all(art.text[e.trigger[0]:e.trigger[1]] != "訓練" for e in art.events)


@pytest.mark.parametrize("text,typ", [
    # saying 「歓迎する」 or 「支持する」 is the act of support itself (performative), not a promise
    ("ロシアのラブロフ外相は「中国の決定を歓迎する。」と述べた。", "SUPPORT"),
    ("ラブロフ外相は「中国を支持する」と述べた。", "SUPPORT"),
    # a promise of material help stays a promise (future cooperation: AGREE)
    ("日本政府は「被災国を支援する」と述べた。", "AGREE"),
    ("ラブロフ外相は「中国を支持していく」と述べた。", "AGREE"),
])
def test_performative_support_in_a_quote(text, typ):
    art = hodo.analyze(text, published="2024-05-01")
    assert [e.type for e in art.events] == [typ]


def test_a_list_of_donors_shares_its_recipient():
    art = hodo.analyze("フランスはレスキュー隊をパキスタンに送った。日本は救援チームを派遣し、緊急援助物資を提供した。",
                       published="2024-05-01")
    aid = [e for e in art.events if e.type == "AID"]
    assert len(aid) == 3
    pk = {k for e in aid for k in e.target}
    assert pk == {"PK"} and all(e.target == ["PK"] for e in aid)
    # (the carried recipient used to get a lower hand-made confidence; the confidence is now
    # the held-out estimate of its bucket, which does not tell carried from named actors)
    assert all(0.0 <= e.confidence <= 1.0 for e in aid)


def test_send_is_aid_only_with_a_relief_object():
    assert [e.type for e in hodo.analyze("首相は書簡を米国に送った。", published="2024-05-01").events] == []
    assert [e.type for e in hodo.analyze("国連は対策チームをパキスタンに送った。", published="2024-05-01").events] == ["AID"]


def test_an_aim_is_no_act():
    # 戦闘停止を目的とする部隊: the stop is the aim of the force, not a stop that happened
    art = hodo.analyze("国連のアナン事務総長は、両軍の戦闘停止を目的とする国際部隊の構想を示した。", published="2024-05-01")
    assert all(art.text[e.trigger[0]:e.trigger[1]] != "停止" for e in art.events)


def test_a_verbal_act_issued_as_a_document():
    # 非難決議案を採択: the condemnation is the adopter's act, not a mere modifier of 決議案
    art = hodo.analyze("国際連合安全保障理事会は、北朝鮮がミサイルを発射したことに対し、非難決議案を全会一致で採択した。",
                       published="2024-05-01")
    acc = [e for e in art.events if e.type == "ACCUSE"]
    assert len(acc) == 1 and acc[0].target == ["KP"]
    assert art.text[acc[0].trigger[0]:acc[0].trigger[1]] == "非難"
    # a plain compound (支援任務) stays no event of its own
    art = hodo.analyze("北朝鮮兵はロシアで支援任務についた。", published="2024-05-01")
    assert all(art.text[e.trigger[0]:e.trigger[1]] != "支援" for e in art.events)


@pytest.mark.parametrize("text,types", [
    # a power or an ability is no act (勧告できる機関)
    ("日本学術会議は、日本政府に対し科学振興策などを勧告できる機関だ。", []),
    ("国連は北朝鮮を非難することができる。", []),
    # a refusal in the same shape stays a refusal
    ("中国政府は日本の提案を受け入れることはできないと述べた。", ["REJECT"]),
    # round 25 guards: a plain denial, a treaty signed and support given stay acts
    ("中国政府は日本の主張を否定した。", ["REJECT"]),
    ("フランスは条約に署名した。", ["SUPPORT"]),
    # events 1.23: a treaty written as a Latin acronym
    ("韓国政府はFTAに署名した。", ["SUPPORT"]),
    ("英国とフランスは新STARTに署名した。", ["SUPPORT"]),
    ("米国はイスラエルの立場を支持した。", ["SUPPORT"]),
])
def test_ability_is_no_act(text, types):
    assert [e.type for e in hodo.analyze(text, published="2024-05-01").events] == types


@pytest.mark.parametrize("text,typ", [
    ("市長選挙で、自民党と公明党が支援する福田良彦氏が初当選した。", "SUPPORT"),  # backing a candidate
    ("日本政府はパキスタンを支援した。", "AID"),  # material help
])
def test_backing_a_candidate_is_support(text, typ):
    assert [e.type for e in hodo.analyze(text, published="2024-05-01").events] == [typ]


# --------------------------------------------------------------------------- round 10


@pytest.mark.parametrize("text, src, tgt", [
    ("石破茂首相は1日、首相官邸で公明党の斉藤鉄夫代表と会談した。", ["斉藤鉄夫"], ["石破茂"]),
    ("公明党の斉藤鉄夫代表は1日、首相官邸で石破茂首相と会談した。", ["斉藤鉄夫"], ["石破茂"]),
    ("岸田文雄首相は3日、首相官邸でフランスのマクロン大統領と会談した。", ["マクロン"], ["岸田文雄"]),
])
def test_meeting_at_a_leaders_residence_is_hosted_by_the_leader(text, src, tgt):
    check_roles(text, "CONSULT", "会談", src, tgt)


def test_meeting_elsewhere_keeps_both_participants_as_source():
    art = hodo.analyze("岸田文雄首相は東京都内のホテルで公明党の斉藤鉄夫代表と会談した。", published="2024-05-01")
    e = only(art, "CONSULT", "会談")
    assert len(e.source) == 2 and not e.target


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    ("国連は、ロシア政府による人権侵害に懸念を示した。", "ACCUSE", "懸念", ["国連"], ["ロシア政府"]),
    ("アメリカは、ロシア軍による攻撃を非難した。", "ACCUSE", "非難", ["アメリカ"], ["ロシア軍"]),
    ("日本政府は、北朝鮮によるミサイル発射に強く抗議した。", "ACCUSE", "抗議", ["日本政府"], ["北朝鮮"]),
    ("国連による調査を日本政府は支持した。", "SUPPORT", "支持", ["日本政府"], ["国連"]),
])
def test_agent_of_the_act_a_reaction_is_about_is_its_target(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


def test_agent_of_the_trigger_itself_stays_its_source():
    check_roles("ロシア軍による攻撃は続いている。", "ASSAULT", "攻撃", ["ロシア軍"], [])


@pytest.mark.parametrize("text, src, tgt", [
    ("地震を受けて、フランスはトルコに支援を申し出た。", ["フランス"], ["トルコ"]),
    ("ドイツはトルコへの人道支援を申し入れた。", ["ドイツ"], ["トルコ"]),
    ("イタリアが支援を申し出た。", ["イタリア"], []),
    ("アメリカはウクライナに軍事支援を約束した。", ["アメリカ"], ["ウクライナ"]),
])
def test_an_offer_of_help_is_agree_by_the_offerer(text, src, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "AGREE")
    assert covers(art, e.source, src), e.source
    assert covers(art, e.target, tgt), e.target
    assert not [x for x in art.events if x.type == "REQUEST"]


def test_a_formal_demand_is_still_a_request():
    check_roles("日本政府は中国に再発防止を申し入れた。", "REQUEST", "申し入れ", ["日本政府"], ["中国"])


@pytest.mark.parametrize("text", [
    "国連は、イスラエルとハマスに戦闘を停止するよう求めた。",
    "国連は、イスラエルとハマスの双方に戦闘を停止するよう求めた。",
    "国連は、イスラエルとハマスの両者に対し、交渉に戻るよう呼びかけた。",
])
def test_a_request_to_two_parties_targets_both(text):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "REQUEST")
    assert covers(art, e.source, ["国連"]), e.source
    assert covers(art, e.target, ["イスラエル", "ハマス"]), e.target


def test_a_rebuttal_of_a_claim_targets_the_claimant():
    check_roles("アメリカは、イランが核開発を進めていると主張したが、イランはこれに反論した。",
                "REJECT", "反論", ["イラン"], ["アメリカ"])


def test_a_rebuttal_with_nothing_before_has_no_target():
    check_roles("イランはこれに反論した。", "REJECT", "反論", ["イラン"], [])


@pytest.mark.parametrize("text", [
    "ハマスは町を占領したものの、翌日には国軍が制圧した。",
    "ハマスは町を占領したが、国軍が奪還した。",
])
def test_a_new_plain_subject_after_a_contrast_is_not_the_topic(text):
    art = hodo.analyze(text, published="2024-05-01")
    acts = [e for e in art.events if e.type == "ASSAULT"]
    assert len(acts) == 2, [(e.type, e.source) for e in art.events]
    first, second = sorted(acts, key=lambda e: e.trigger)
    assert covers(art, first.source, ["ハマス"]), first.source
    assert not set(second.source) & set(first.source), second.source


def test_coordinated_acts_of_one_topic_still_share_it():
    art = hodo.analyze("ロシア軍は東部の都市を攻撃し、多数の住民を拘束した。", published="2024-05-01")
    assert covers(art, only(art, "COERCE").source, ["ロシア軍"])
    assert covers(art, only(art, "ASSAULT").source, ["ロシア軍"])


# round 11: adopting a resolution, purposes and pact names are no acts of their own
@pytest.mark.parametrize("text, word", [
    # adopting a resolution is no agreement of its own
    ("国連安保理は停戦決議を採択した。", "採択"),
    ("欧州議会は対ロシア制裁の強化を求める決議を賛成多数で採択した。", "採択"),
    # a pact named after a place is a name, not an agreement told
    ("アメリカの外交官はデイトン合意を実現させた。", "合意"),
    ("両政府は「グッドフライデイ合意」を実施すべきだと述べた。", "合意"),
])
def test_words_that_are_no_act_here(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert all(art.text[e.trigger[0]:e.trigger[1]] != word for e in art.events), \
        [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]


def test_what_an_adopted_resolution_does_is_still_coded():
    art = hodo.analyze("国連安保理は、北朝鮮に核実験の中止を求める決議を採択した。", published="2024-05-01")
    e = only(art, "REQUEST")
    assert covers(art, e.target, ["北朝鮮"]), e.target


@pytest.mark.parametrize("text, word", [
    ("日本政府は被災者の支援のために10億円を拠出した。", "支援"),
    ("ドイツの議員は移民の支援のために活動してきた。", "支援"),
    ("フランスは難民の救援を目的に基金を作った。", "救援"),
])
def test_a_purpose_is_no_act(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [g for g in got if g[1] == word], got


def test_the_act_done_for_a_purpose_is_kept():
    art = hodo.analyze("日本政府は被災者の支援のためにネパールへ医療チームを派遣した。", published="2024-05-01")
    e = only(art, "AID")
    assert art.text[e.trigger[0]:e.trigger[1]] == "派遣"
    assert covers(art, e.source, ["日本政府"]), e.source
    # the same noun as the act itself stays an act
    art = hodo.analyze("日本政府はネパールへの支援を決めた。", published="2024-05-01")
    assert [e for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == "支援"]


def test_an_agreement_between_named_parties_stays():
    check_roles("ロシアとウクライナは捕虜の交換で合意した。", "AGREE", "合意", ["ロシア", "ウクライナ"], [])


@pytest.mark.parametrize("text, src", [
    ("「法と正義」と「市民プラットフォーム」は、連立で合意した。", ["法と正義", "市民プラットフォーム"]),
    ("与党「統一ロシア」は、ウクライナを非難した。", ["統一ロシア"]),
])
def test_a_name_in_brackets_takes_the_particle_after_them(text, src):
    art = hodo.analyze(text, published="2024-05-01")
    e = [e for e in art.events if e.type in ("AGREE", "ACCUSE")]
    assert len(e) == 1, [(x.type, x.source) for x in art.events]
    assert covers(art, e[0].source, src), e[0].source


# --------------------------------------------------------------------------- round 12


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # a bare title names the person last named with it, not the topic of the sentence before
    ("アメリカのブッシュ大統領は20日、ホワイトハウスで演説した。これに先立ち、ロシア政府は声明を発表した。"
     "大統領は21日、北朝鮮を強く非難した。", "ACCUSE", "非難", ["ブッシュ"], ["北朝鮮"]),
    ("フランスのサルコジ大統領は20日、国連本部で演説した。大統領は、イランの核開発を強く非難した。",
     "ACCUSE", "非難", ["サルコジ"], ["イラン"]),
    # a carried topic goes on through a chain of zero-subject sentences
    ("東京都の石原知事は9日、記者会見を開いた。知事は、アメリカ軍の訓練を強く批判した。特に住民の安全を挙げた。"
     "また、日本政府に対しても訓練の中止を要請した。", "REQUEST", "要請", ["石原"], ["日本政府"]),
    # Xに対しては / Xには: a contrasted addressee is the target, and no topic of its own
    ("長崎市の伊藤一長市長は9日、平和宣言を読み上げた。核保有国の指導者を強く非難した。アメリカ市民に対しては、"
     "「核兵器のない世界をともに目指そう」と呼びかけた。また、日本政府には非核三原則の法制化を求めた。",
     "REQUEST", "求め", ["伊藤一長"], ["日本政府"]),
    ("韓国政府は20日、北朝鮮には対話への復帰を求めた。", "REQUEST", "求め", ["韓国政府"], ["北朝鮮"]),
    # Xのなかには: "among X", a part of the group that acts, not an addressee
    ("中国の漁民のなかには、日本を訪問した人もいる。", "CONSULT", "訪問", ["中国"], ["日本"]),
    # 7日は…: a time set off with は is no topic that blocks the carried one
    ("ロシアのプーチン大統領は20日、トルコを訪問した。7日はアンカラでエルドアン大統領と会談し、"
     "8日はイスタンブールに入り、トルコの財界人と会談した。", "CONSULT", "会談", ["プーチン", "エルドアン"], []),
    # a light verb makes the noun the clause's act (懸念を表明した), so the bare title's
    # person is its subject; the hostile act told before it is the target
    ("アメリカのオバマ大統領は20日、記者会見を開いた。大統領は、北朝鮮の核実験について、「深く失望した」と述べ、"
     "懸念を表明した。", "ACCUSE", "懸念", ["オバマ"], ["北朝鮮"]),
    # an act with a target of its own and no subject takes the topic of a sentence with no trigger
    ("国連のアナン事務総長は20日、声明を出した。イスラエル軍の攻撃を強く非難し、停戦を求めた。",
     "ACCUSE", "非難", ["アナン"], ["イスラエル軍"]),
])
def test_round12_zero_subjects_and_addressees(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


def test_hearsay_around_the_main_act_keeps_the_carried_subject():
    art = hodo.analyze("インドのシン首相は20日、パキスタンを訪問した。国境の兵力を削減することで合意したという。",
                       published="2024-05-01")
    e = only(art, "AGREE", "合意")
    assert "シン" in "".join(names(art, e.source)), e.source


@pytest.mark.parametrize("text, resolved", [
    ("大統領は", True), ("、国王が", True), ("国王の声明", True),
    ("前大統領は", False), ("同大統領は", False), ("米大統領は", False), ("党首の座を", False), ("首相の職", False),
])
def test_bare_title_pattern(text, resolved):
    m = ev.BARE_TITLE_RE.search(text)
    ok = m is not None and not (m.start() > 0 and (ev.TITLE_BEFORE_RE.match(text, m.start() - 1)
                                                   or text[m.start() - 1] in "の同前元新副次"))
    assert ok == resolved


@pytest.mark.parametrize("text, typ", [
    ("イタリアのファツィオ総裁は、ワシントンでのG7会合に出席する。", "AGREE"),  # planned, no day: a promise
    ("イタリアのファツィオ総裁は5月25日、ワシントンでのG7会合に出席する。", "CONSULT"),  # scheduled for a day
    ("イタリアのファツィオ総裁は、ワシントンでのG7会合に出席した。", "CONSULT"),  # done
])
def test_plain_nonpast_meeting_is_planned(text, typ):
    art = hodo.analyze(text, published="2024-05-01")
    assert [e.type for e in art.events] == [typ], [(e.type, e.modality) for e in art.events]


# --------------------------------------------------------------------------- round 13


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # a passive whose patient is named (大使館が…を受けた): the announcer's topic is no agent
    ("フランス外務省は12日、在リビア・フランス大使館が銃撃を受けたと発表した。", "ASSAULT", "銃撃", [], ["フランス大使館"]),
    ("イラク国防省は20日、米軍の基地が攻撃を受けたことを明らかにした。", "ASSAULT", "攻撃", [], ["米軍"]),
    # an adnominal partner (Xとの) inside a で-place phrase is a landmark, not a partner or target
    ("ロシア軍はウクライナとの国境付近で演習を行った。", "MOBILIZE", "演習", ["ロシア軍"], []),
    ("北朝鮮は中国との国境付近で日本人を拘束した。", "COERCE", "拘束", ["北朝鮮"], ["日本"]),
    # a verbal noun coordinated with a passive one (誘拐・殺害された) is passive too: the topic
    # is its target, not its source
    ("韓国人の金善一さんはイラクで武装勢力によって誘拐・殺害された。", "ASSAULT", "誘拐", [], ["金善一"]),
    ("アメリカ人記者のジェームズ・フォーリー氏は、シリアで武装勢力に誘拐・拘束された。", "ASSAULT", "誘拐", [],
     ["ジェームズ・フォーリー"]),
    # a show of force is aimed at no sea or city: that is its place
    ("北朝鮮は5日、日本海にミサイルを発射した。", "MOBILIZE", "発射", ["北朝鮮"], []),
    ("バンコクの官庁付近に陸軍の戦車が集結している。", "MOBILIZE", "集結", [], []),
    # a visit whose place is told with で (…の被災地で…を視察した): the place is the visited
    ("中国の李克強首相は4日、雲南省の被災地で救援活動を視察した。", "CONSULT", "視察", ["李克強"], ["雲南省"]),
    ("フランスのマクロン大統領は10日、パリ郊外の被災地で被害の状況を視察した。", "CONSULT", "視察", ["マクロン"], ["パリ"]),
    # Xから…があった: a message received; X is its sender, the one who tells of it the addressee
    ("ニュージーランドのクラーク首相は、国民党のブラッシュ党首から祝福の電話があったことを明らかにした。",
     "SUPPORT", "祝福", ["ブラッシュ"], ["クラーク"]),
    ("ニュージーランドのクラーク首相は、国民党のブラッシュ党首から祝福の電話があったことを明らかにした。",
     "CONSULT", "電話", ["ブラッシュ"], ["クラーク"]),
    ("日本の外務省は、中国政府から抗議があったと発表した。", "ACCUSE", "抗議", ["中国政府"], ["外務省"]),
])
def test_round13_passive_topics_and_place_landmarks(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # the rules above leave these as they were
    ("ロシア軍はウクライナとの関係を断絶した。", "SANCTION", "断絶", ["ロシア軍"], ["ウクライナ"]),
    ("日本政府は20日、中国との首脳会談をベトナムで行った。", "CONSULT", "首脳会談", ["日本政府", "中国"], []),
    ("アメリカ軍は普天間飛行場にオスプレイを配備した。", "MOBILIZE", "配備", ["アメリカ軍"], ["普天間飛行場"]),
    # an act that merely happened (…による攻撃があった) is no message received
    ("イラク国防省は、米軍による攻撃があったことを明らかにした。", "ASSAULT", "攻撃", ["米軍"], []),
])
def test_round13_partners_outside_places_are_kept(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ", [
    # 拘束 by a non-state armed group is an abduction (ASSAULT); by a state body a detention
    ("ヒズボラはイスラエル兵2人を拘束した。", "ASSAULT"),
    ("ジャーナリストの常岡浩介さんは、タリバンの地方組織に拘束された。", "ASSAULT"),
    ("フリージャーナリストの山田太郎さんがイラクで武装勢力に拘束された。", "ASSAULT"),
    ("フリージャーナリストの山田太郎さんがイラクで警察に拘束された。", "COERCE"),
    ("ロシア国境警備隊は日本の漁船を拿捕し、船長を拘束した。", "COERCE"),
])
def test_round13_detention_by_armed_groups_is_abduction(text, typ):
    art = hodo.analyze(text, published="2024-05-01")
    got = [e.type for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == "拘束"]
    assert got == [typ], [(e.type, e.source, e.target) for e in art.events]


@pytest.mark.parametrize("text, typ", [
    # an attitude held (歓迎する意向, 支持する考え) stays SUPPORT; a help planned is a promise
    ("深谷市の小島進市長は、世界遺産登録を歓迎する意向を示している。", "SUPPORT"),
    ("欧州委員会のバローゾ委員長は、アナン事務総長の提案を支持する考えを示した。", "SUPPORT"),
    ("日本政府は、ネパールの復興を支援する方針を固めた。", "AGREE"),
])
def test_round13_attitude_with_intent_stays_support(text, typ):
    art = hodo.analyze(text, published="2024-05-01")
    assert [e.type for e in art.events] == [typ], [(e.type, e.source, e.target) for e in art.events]


def test_confidence_table_loads_and_is_a_probability():
    scheme, est = ev.confidence_table()
    assert set(scheme.split("|")) <= {"kind", "reported", "roles", "heur"}
    assert "*" in est and len(est) >= 4
    assert all(0.0 <= v <= 1.0 for v in est.values()), est
    # an unseen bucket falls back to a coarser node or the overall rate
    assert ev.calibrated_confidence("no-such-kind", False, 0, 0.5) == est["*"]


def test_event_confidence_is_the_bucket_estimate():
    _, est = ev.confidence_table()
    # a reported (claim) act in a paragraph with both source and target
    art = hodo.analyze("韓国政府によると、北朝鮮はロシアに兵士を派遣した。", published="2024-05-01")
    e = only(art, "AID")
    assert e.attributed_to and e.source and e.target
    assert e.confidence == pytest.approx(ev.calibrated_confidence("paragraph", True, 2, 0.6), abs=1e-3)
    key = ev.confidence_bucket("paragraph", True, 2, 0.6, ev.confidence_table()[0])
    while key not in est:
        key = key.rsplit("|", 1)[0]
    assert e.confidence == pytest.approx(est[key], abs=1e-3)
    # every event of an article carries a confidence in [0, 1]
    art = hodo.analyze("北朝鮮は、アメリカと韓国の合同軍事演習を非難し、中止を要求した。", published="2024-05-01")
    assert art.events and all(0.0 <= x.confidence <= 1.0 for x in art.events)


# --------------------------------------------------------------------------- round 15


def _coded(text):
    art = hodo.analyze(text, published="2024-05-01")
    return [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]


@pytest.mark.parametrize("text, absent", [
    # a vote tally (賛成61、反対39) is no act of support or objection by the person approved
    ("上院でスミス判事の指名は賛成61、反対39で承認された。", {"賛成", "反対"}),
    ("ジョーンズ判事は上院で賛成52対反対48で承認された。", {"賛成", "反対"}),
    # 受け取る is aid only with aid named (cash, a reading of a speech: no event)
    ("山田市長はソニーから現金500万円を受け取った。", {"受け取っ"}),
    ("オバマ大統領の演説は弱腰と受け取られた。", {"受け取ら"}),
    # 応じる: answering the press, a reply, "as needed" are no agreement
    ("鈴木外相は記者団の取材に応じ、「調査を続ける」と述べた。", {"応じ"}),
    ("ブッシュ大統領は「まだ決めていない」と応じた。", {"応じ"}),
    ("ロシア政府は必要に応じて軍を派遣する。", {"応じ"}),
    # a trigger noun heading a word for people or a place (デモ隊, 擁護施設) is no act
    ("アメリカ政府はデモ隊を非難した。", {"デモ"}),
    ("東京都の鈴木知事は擁護(原文ママ)施設を訪れた。", {"擁護"}),
    # a domestic works plan called off is no sanction
    ("滋賀県は東海道新幹線の新駅の建設計画を中止した。", {"中止"}),
    # the act demanded (辞任する事を求めた) is only the content of the demand
    ("自民党は鳩山首相が辞任する事を求めた。", {"辞任"}),
    # round 25: a demonstrative (この, その, 今回の) before the noun points back to an act already told
    ("パキスタン人民党は、この暗殺によりムシャラフ政権との協力が難しくなったと述べた。", {"暗殺"}),
    ("北朝鮮とミャンマーは今回の会談で国交の回復に合意した。", {"会談"}),
    ("ロシアのプーチン大統領は、その提案について日本政府に説明した。", {"提案"}),
    ("インド政府はこの提案を撤回した。", {"提案"}),
    # round 25: 否定できない is "cannot be ruled out", no denial
    ("ドイツのメルケル首相は、大連立の可能性も否定できないと述べた。", {"否定"}),
    # round 25: support as a share of voters (支持が伸びる) is no act
    ("韓国の世論調査では、李大統領への支持が伸びている。", {"支持"}),
    # round 25: a signature on an internal paper (閣議書) is no act between actors
    ("佐藤首相と閣僚全員が、法案提出の閣議書に署名した。", {"署名"}),
    ("石田首相は改正法の公布の閣議書に署名した。", {"署名"}),  # a bare 法 is no treaty (1.23)
    # round 25: a portal's box of recent article titles (最近の記事…) holds no act of the article
    ("郵政改革最近の記事日本郵政、法案を否決政府、北朝鮮への制裁を発表\n政府は法案を国会に提出した。", {"否決", "制裁"}),
    # round 26: related-news titles, each closed by its date in 【】, are other articles' headlines
    ("警視庁は会社役員の男を詐欺の疑いで逮捕-【2021年3月2日】日本政府が北朝鮮への制裁を発表-【2021年3月9日】。",
     {"逮捕", "制裁"}),
    ("米軍がシリアの拠点を空爆【2019年4月2日】ロシアがウクライナを非難-【2019年4月5日】。", {"空爆", "非難"}),
    # round 27: related-news titles dated in other shapes (date: title, date glued to the title,
    # (date) or -date after it) are other articles' headlines too
    ("2019年3月2日:警視庁が会社役員の男を詐欺の疑いで逮捕2019年3月9日:日本政府が北朝鮮への制裁を発表。",
     {"逮捕", "制裁"}),
    ("2019年3月2日米軍がシリアの拠点を空爆2019年3月9日ロシアがウクライナを非難", {"空爆", "非難"}),
    ("日本政府が北朝鮮への制裁を発表(2019年3月2日)米軍がシリアの拠点を空爆(2019年3月9日)関連記事の一覧", {"制裁", "空爆"}),
    ("ロシアがウクライナを非難-2019年3月2日警視庁が会社役員の男を詐欺の疑いで逮捕-2019年3月9日。", {"非難", "逮捕"}),
    # round 28: a cited headline left in a paragraph (著者名『見出し』。) is another report's title
    ("政府は法案を国会に提出した。山田太郎『警視庁、会社役員の男を詐欺容疑で逮捕』。", {"逮捕"}),
    ("首相は会見を開いた。東西通信『米国務長官、ロシアの軍事行動を強く非難』。", {"非難"}),
    ("政府は法案を国会に提出した。『日本政府、北朝鮮への独自制裁を延長へ』。", {"制裁"}),
    # round 28: a related-news list run into a cited title codes nothing, the title included
    ("2019年3月2日、米軍がシリアの拠点を空爆2019年3月9日、ロシアがウクライナを非難『国連、停戦を要求』。", {"要求"}),
    # round 28: a source-list headline whose act the article tells nowhere else, with one actor at
    # most, is another story (a cancelled tour under a report on an air strike)
    ("米軍は1日、シリア東部の武装勢力の拠点を空爆した。\n『米軍、シリア東部の拠点を空爆』。毎日新聞、2024年5月1日。"
     "『大手旅行会社、中東へのツアーを中止』。読売新聞、2024年5月1日。", {"中止"}),
    ("国連安全保障理事会は1日、イランへの制裁決議を採択した。\n『安保理、イラン制裁決議を採択』。毎日新聞、2024年5月1日。"
     "『ウィーンでIAEA総会が開幕』。読売新聞、2024年5月1日。", {"開幕"}),
    # round 29: a visit made for a private purpose (観光で, 弔問のため) is a trip, no meeting; a
    # time or a change that "comes" (変革が訪れた) is no visit
    ("外務省によれば、日本から観光でトルコを訪れていた田中花子さんが負傷した。", {"訪れ"}),
    ("イタリアの元首相は弔問のため友人の実家を訪れた。", {"訪れ"}),
    ("メルケル首相は「ドイツに新しい時代が訪れた」と語った。", {"訪れ"}),
    # round 29: に応じ(て) after a measure or a need is "according to", no agreement
    ("県の委員会は各市の人口比率などに応じて補助金を割り振る。", {"応じ"}),
    ("カナダのトルドー首相は必要に応じ追加の人員を送る考えを示した。", {"応じ"}),
    # round 29: an act word inside the parenthesis naming the offence charged is part of its name
    ("大阪府警は、都迷惑防止条例違反(転売行為の禁止)の疑いで佐藤次郎容疑者を逮捕した。", {"禁止"}),
    ("名古屋地検は、会社法違反(利益供与の約束)の罪で鈴木三郎被告を起訴した。", {"約束"}),
    # round 29: 逮捕当時, 殺害当時, 逮捕に先立つ: a time frame for another act
    ("大阪府警によると、佐藤次郎容疑者は逮捕当時、酒に酔っていた。", {"逮捕"}),
    ("検察によると、田中一郎被告は殺害当時、首相官邸に勤めていた。", {"殺害"}),
    ("兵庫県警は中村三郎容疑者の逮捕に先立つ家宅捜索で帳簿を押収した。", {"逮捕"}),
    # round 29 fix: 逮捕状の請求 is the warrant too, no second event on 請求
    ("愛知県警は田村健二容疑者の逮捕状の請求を検討している。", {"請求"}),
    # round 29 review (events 1.43 rows): 記者団に問われ is "asked", not charged; martial law or a
    # strike ended is none imposed or staged; a lone 話し合い (no two parties) is no meeting; a
    # question is no apology or welcome; 投石した若者, 激怒したファン: the act of the head noun
    ("石破首相は10日、記者団に問われ、「増税はしない」と答えた。", {"に問わ"}),
    ("野田首相は国会で野党議員に問われると、法案の修正を否定した。", {"に問わ"}),
    ("タイ政府は5日、南部3県の戒厳令を解除した。", {"戒厳令"}),
    ("ボリビア政府は戒厳令を撤回した。", {"戒厳令"}),
    ("ドイツ鉄道の労働組合はストを解除した。", {"スト"}),
    ("イタリア国鉄の労組はストライキを撤回した。", {"ストライキ"}),
    ("菅首相は、「話し合いによる解決」を目指すと述べた。", {"話し合い"}),
    ("菅首相は「話し合いで解決したい」と強調した。", {"話し合い"}),
    ("佐藤社長は「そんなに申し訳ないことをしたのか」と語った。", {"申し訳ない"}),
    ("野田首相は「彼の引退は喜ばしいことだろうか」と語った。", {"喜ばしい"}),
    ("大阪府警は投石した少年を逮捕した。", {"投石"}),
    ("オバマ大統領は激怒した支持者に謝罪した。", {"激怒"}),
    # round 30: a portal's box of recent titles runs on past a title with a 。 in it
    ("政府は法案を国会に提出した。\n最近の記事米地質調査所、地震の規模を修正。各国政府、中国への支援を表明"
     "中国で大地震、被害甚大。", {"支援"}),
    # round 30: a cited headline in corner brackets or double quotes, alone in its sentence after an
    # author's or medium's name, and a 『』 headline holding a nested 『』
    ("首相は会見を開いた。「警視庁、会社役員の男を詐欺容疑で逮捕」。", {"逮捕"}),
    ("政府は法案を提出した。山田太郎、鈴木花子「安倍首相が辞意を表明「後任は未定」与党に動揺」。", {"辞意"}),
    ("政府は法案を提出した。東西通信、2024年5月1日\"米国務長官、ロシアの軍事行動を非難\"。", {"非難"}),
    ("政府は法案を国会に提出した。東西通信『政府、北朝鮮への制裁を強化『船舶』の入港禁止』。", {"制裁"}),
    # round 30: an act noun as a copula's predicate names something an act, tells none
    ("ドイツ首相は「これは欧州の民主主義に対する攻撃だ」と述べた。", {"攻撃"}),
    ("犯行グループは声明で、今回の爆破は米軍の空爆への報復だとしている。", {"報復"}),
    ("ロシア外相は「米国の措置はロシアへの一方的な制裁である」と述べた。", {"制裁"}),
    # round 30 review: によると names a source, not the act's agent
    ("外務省によるとこれは北朝鮮への制裁だという。", {"制裁"}),
    # round 31: a ban in force or a law's ban is described, no one bans anything; a unification
    # naming no person
    ("韓国政府によると、北朝鮮への送金は原則として禁じられていた。", {"禁じ"}),
    ("韓国の憲法では大統領の再選を禁じており、文在寅大統領は来年退任する。", {"禁じ"}),
    ("ブラジルのルラ大統領は、先住民の土地の売買を禁じた憲法231条に違反すると述べた。", {"禁じ"}),
    ("国連は児童の徴兵を禁止する「子どもの権利条約」の批准を求めた。", {"禁止"}),
    ("立憲民主党は知事選で候補者を一本化する方針だ。", {"一本化"}),
    # round 31 review: a law as topic reaches 法律 too
    ("フランスの法律は公立学校でのスカーフの着用を禁止している。", {"禁止"}),
    ("社民党は共産党との間で候補の一本化を進めている。", {"一本化"}),
    # round 32: money given back is a refund; a vow of one's own promises no cooperation
    ("東京電力は契約者に料金の一部を返還した。", {"返還"}),
    ("ソフトバンクは顧客に過払い金の返還を始めた。", {"返還"}),
    ("オバマ氏は支持者の前で、選挙戦での巻き返しを誓った。", {"誓っ"}),
    # round 32 review: 支援 / 友好 inside a noun of people is no cooperation vowed; a threat
    # named before the quote (脅迫し、「…殺す」) is coded on 脅迫 alone
    ("鈴木選手は後援会の支援者に必勝を誓った。", {"誓っ"}),
    ("山田選手は友好団体に連覇を誓った。", {"誓っ"}),
    ("佐藤容疑者は店長を脅迫し、「売上金を出さなければ殺す」と言った。", {"殺す"}),
])
def test_round15_no_event(text, absent):
    got = _coded(text)
    assert not {w for _, w in got} & absent, got


@pytest.mark.parametrize("text, kept", [
    # round 30 guards: an agent phrase before the copula tells who did the act; a stance (反対だ) is
    # the speaker's act; a quoted statement after a speaker's clause is no cited headline
    ("国連調査団は、反政府勢力による攻撃であると断定した。", "攻撃"),
    ("田中議員は「その法案には反対だ」と述べた。", "反対"),
    ("米軍の声明は次の通り「我々はシリアの基地を攻撃した」。", "攻撃"),
    # round 30 review: a quote alone in its sentence after the speaker's clause is a statement; a
    # cleft (…したのは…だった) tells the act; a title's 『』 headline with a nested 『』 is read whole
    ("首相は次のように述べた。「我々はシリアの基地を攻撃した」。", "攻撃"),
    ("建物を破壊したのは米軍の空爆だった。", "空爆"),
    ("東京新聞『政府、北朝鮮への制裁を強化『衛星』発射に抗議』\n首相が会見した。", "抗議"),
    # round 30 review: a box that gave way to the body (…によると、) before its 。 is over
    ("シリア情勢最近の記事和平会議の日程決まる共同通信によると、停戦協議は難航している。"
     "米軍は同日、シリアの基地を空爆した。", "空爆"),
    # round 31 guards: a ban imposed (…を禁止した) and a unification behind a named
    # candidate stay acts
    ("タイ政府は首都での集会を禁止した。", "禁止"),
    ("タイ政府は集会を禁止する方法を検討した。", "禁止"),
    ("立憲民主党は知事選で山田太郎氏への一本化を決めた。", "一本化"),
    ("立憲民主党は知事選の候補を山田太郎氏に一本化した。", "一本化"),
    # round 31 review: a word built on a law noun (法相, 法務省) is no law, nor is 手法; a topic
    # whose clause closed (…失効し、) does not reach the ban; a rule made in the news is a ban imposed
    ("タイ政府は首都での集会を禁止したと法相が述べた。", "禁止"),
    ("タイ政府は首都での集会を禁止すると法務省が発表した。", "禁止"),
    ("その手法はタイ政府が昨年禁止した。", "禁止"),
    ("米国との協定は昨年失効し、タイ政府は米国産牛肉の輸入を禁止した。", "禁止"),
    ("中国政府は集会を禁止する規則を制定した。", "禁止"),
    # round 32 guards: land handed back is a retreat; a vow of cooperation is a promise
    ("米国は1972年に沖縄を日本に返還した。", "返還"),
    ("鳩山首相はオバマ大統領に協力を誓った。", "誓っ"),
])
def test_round30_named_act_guards(text, kept):
    got = _coded(text)
    assert kept in {w for _, w in got}, got


@pytest.mark.parametrize("text", [
    # round 29 review: an apology refused (申し訳ないとは思わない) is no apology made: negated
    "佐藤社長は「申し訳ないとは思わない」と語った。",
    "佐藤社長は「客に申し訳ないとは思っていない」と語った。",
    "佐藤社長は「申し訳ないという思いは少しもない」と語った。",
    "佐藤社長は「申し訳なかったとは思わない」と語った。",
])
def test_round29_apology_refused_is_negated(text):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, e.negated) for e in art.events]
    assert ("CONCEDE", False) not in got and ("CONCEDE", True) in got, got


@pytest.mark.parametrize("text", [
    # 申し訳ないとしか言いようがない: the strongest apology, not a refusal
    "佐藤社長は「客に申し訳ないとしか言いようがない」と語った。",
    # round 29 final review: a negative that is not on the verb of thinking right after the apology
    # (…思いで一睡もできない, …としながらも辞職はしない) refuses nothing
    "佐藤社長は「遺族に申し訳ない思いで一睡もできない」と語った。",
    "鈴木社長は株主に申し訳ないとしながらも辞職はしない考えを示した。",
])
def test_round29_apology_said_is_not_negated(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert [(e.type, e.negated) for e in art.events if e.type == "CONCEDE"] == [("CONCEDE", False)]


@pytest.mark.parametrize("text, kept, n", [
    # round 28 guards: a source-list headline that re-tells the article's act, or names both its doer
    # and its target, stays coded (the dev convention)
    # (round 37: attacks and reproaches in source lists are no longer coded at all, so the guards are
    # shown on talks and severed ties, the dev convention's types)
    ("米国のブリンケン国務長官は1日、北京で中国の王毅外相と会談した。\n『米国務長官、中国外相と会談』。毎日新聞、2024年5月1日。",
     ("CONSULT", "会談"), 2),
    ("警視庁は1日、会社役員の男を詐欺の疑いで逮捕した。\n『北朝鮮、韓国と関係断絶』。朝日新聞、2024年5月1日。",
     ("SANCTION", "関係断絶"), 1),
])
def test_round28_source_headline_guards(text, kept, n):
    assert _coded(text).count(kept) == n


def test_round26_dated_related_title_leaves_the_body():
    # events 1.25: a dated related title drops only its own sentence; the body sentence before keeps its act
    got = _coded("日本政府は北朝鮮への制裁を発表した。米軍がシリアの拠点を空爆【2019年4月2日】。")
    assert ("SANCTION", "制裁") in got and ("ASSAULT", "空爆") not in got, got


@pytest.mark.parametrize("text, kept", [
    # review of 1.25: a 【date】 inside an open parenthesis is a source's date, not a related title
    ("米軍はシリアの拠点を空爆した(通信社【2022年5月6日】)。", ("ASSAULT", "空爆")),
    ("韓国政府はロシアへの追加制裁を決めた（地元紙【2022年5月6日】）。", ("SANCTION", "制裁")),
])
def test_round26_dated_source_in_parentheses_keeps_the_act(text, kept):
    assert kept in _coded(text)


@pytest.mark.parametrize("text, kept", [
    # round 27: dates of the body (after a particle or a comma, or before に / 、 / a time word) are no
    # related-news items, and a single dated title is no list
    ("米軍は2019年3月2日、シリアの拠点を空爆した。2019年3月9日にはロシアがウクライナを非難した。翌日、国連は協議を開いた。",
     ("ACCUSE", "非難")),
    ("警視庁は2019年3月2日午前、会社役員の男を逮捕し、2019年3月9日に再逮捕した。", ("COERCE", "逮捕")),
    ("日本政府は北朝鮮への制裁を発表した(2019年3月2日)。", ("SANCTION", "制裁")),
    # review of 1.33: two dates in one body sentence, each followed by a particle or a time word
    ("2019年3月2日に米軍がシリアの拠点を空爆し、ロシアは2019年3月9日夜に米国を非難した。", ("ACCUSE", "非難")),
    ("政府は大統領選挙(2016年11月8日)と中間選挙(2018年11月6日)の結果を受けて北朝鮮への制裁を発表した。",
     ("SANCTION", "制裁")),
    ("米軍は現地時間2019年3月2日早朝から2019年3月3日早朝にかけて、シリア北部の拠点を空爆した。", ("ASSAULT", "空爆")),
    # final read: a bare 夕 after a date, 翌 before one
    ("2019年3月2日夕、米軍はシリアの拠点を空爆し、翌2019年3月3日夕にはイラクの拠点を攻撃した。", ("ASSAULT", "攻撃")),
])
def test_round27_body_dates_are_no_related_titles(text, kept):
    assert kept in _coded(text)


def test_recent_articles_in_a_sentence_is_no_box():
    # events 1.23: 最近の記事で (a particle after it) is the outlet's recent article, not a portal's box
    assert ("ASSAULT", "爆撃") in _coded("英紙ガーディアンは最近の記事で、政府軍が村を爆撃したと伝えた。")


def test_round15_aid_received_with_aid_named_is_kept():
    assert ("AID", "受け取っ") in _coded("ハイチ政府は日本政府から食料支援を受け取った。")
    assert ("AGREE", "応じ") in _coded("北朝鮮は6か国協議への復帰に応じた。")


@pytest.mark.parametrize("text, word", [
    # aid announced as a plan is a promise (AGREE), not aid given
    ("カナダ政府は、被災したネパールに300万ドルの緊急支援を行うことを発表した。", "支援"),
    ("韓国政府はフィリピンに50万ドルを支援するとしている。", "支援"),
    ("ドイツ政府は、トルコに医療チームを派遣することを外務省が発表した。", "派遣"),
])
def test_round15_aid_pledged_is_agree(text, word):
    got = _coded(text)
    assert ("AGREE", word) in got and ("AID", word) not in got, got


@pytest.mark.parametrize("text, typ", [
    # regret at what someone did (〜したことは遺憾だ) is a disapproval; at one's own people's act, a concession
    ("外相は「ロシアが一方的に協定を破棄したことは大変遺憾だ」と述べた。", "ACCUSE"),
    ("日本相撲協会の北の湖理事長は「所属の力士から逮捕者が出たことは遺憾だ」と述べた。", "CONCEDE"),
])
def test_round15_regret_at_a_clause(text, typ):
    assert _coded(text) == [(typ, "遺憾")]


def _roles_of(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    return [(names(art, e.source), names(art, e.target)) for e in _events(art, typ, word)]


@pytest.mark.parametrize("text, typ, word, source", [
    # round 16: XからのN: the から-phrase of an act noun is its sender (source)
    ("北朝鮮からの攻撃で、韓国の兵士3人が死亡した。", "ASSAULT", "攻撃", "北朝鮮"),
    ("米国からの支援が、ハイチの被災地に届いた。", "AID", "支援", "米国"),
    ("中国政府からの要請はまだない。", "REQUEST", "要請", "中国政府"),
    ("ロシア政府は、トルコからの提案を検討している。", "AGREE", "提案", "トルコ"),
])
def test_round16_sender_of_kara_no_noun(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, target", [
    # round 16: 感謝の意を表明, 抗議の意を示す: the verb after 意/姿勢 carries the act's
    # arguments (the clause thanked for, the addressee)
    ("韓国政府は、北朝鮮が捕虜を解放したことに感謝の意を表明した。", "SUPPORT", "感謝", "北朝鮮"),
    ("インド政府は、パキスタンが合意を破ったことに抗議の意を示した。", "ACCUSE", "抗議", "パキスタン"),
    ("フランス政府は、ドイツ政府に対して遺憾の意を表明した。", "CONCEDE", "遺憾", "ドイツ政府"),
])
def test_round16_stance_noun_carries_arguments(text, typ, word, target):
    got = _roles_of(text, typ, word)
    assert got and all(any(target in n for n in tgt) for _, tgt in got), got


def test_round16_retreat_from_stays_target():
    # Xからの撤退: the place left stays the target, not a sender
    got = _roles_of("イスラエル軍はガザからの撤退を完了した。", "RETREAT", "撤退")
    assert got and all(not any("ガザ" in n for n in src) for src, _ in got), got


def test_round16_kara_no_of_another_noun_is_no_sender():
    # トルコからの移民の支援: the から-phrase belongs to 移民, not to the act
    got = _roles_of("ドイツの議員は、トルコからの移民の支援を続けてきた。", "AID", "支援")
    assert all(not any("トルコ" in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, source", [
    # round 18: Xの報道官は / Xの作業部会は: a role or organ speaks for the body that owns it;
    # the body is the topic when the role noun's own clause is not the trigger's
    ("ロシア外務省の報道官は、日本政府の決定を強く非難する談話を発表した。", "ACCUSE", "非難", "ロシア外務省"),
    ("国連人権理事会の作業部会は、死刑の執行を停止するよう求める声明を出した。", "REQUEST", "求める", "国連人権理事会"),
])
def test_round18_body_of_role_noun_is_source(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


def test_round18_name_after_no_stays_the_actor():
    # ロシアのプーチン大統領は: a name, not a role noun; the person stays the source
    got = _roles_of("ロシアのプーチン大統領は、日本政府の決定を強く非難する談話を発表した。", "ACCUSE", "非難")
    assert got and all(not any("ロシア" == n for n in src) and any("プーチン" in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, source", [
    # round 18: a body named with で before a passive (地裁で棄却された, 参議院で否決された,
    # 党大会で承認された) is the one that acted, when nothing else is its source
    ("請求は東京地方裁判所で棄却された。", "REJECT", "棄却", "東京地方裁判所"),
    ("その法案は参議院で否決された。", "REJECT", "否決", "参議院"),
    ("新しい方針は自民党の党大会で承認された。", "SUPPORT", "承認", "自民党"),
    # round 18: an organisation marked では is the topic of the act (外務省では…非難している)
    ("外務省では北朝鮮の発射を強く非難している。", "ACCUSE", "非難", "外務省"),
    ("世界保健機関では各国の支援を歓迎している。", "SUPPORT", "歓迎", "世界保健機関"),
])
def test_round18_body_marked_de_is_source(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


# --------------------------------------------------------------------------- round 20
# grammar families of events dropped for want of an actor (sentences written for these tests)


@pytest.mark.parametrize("text, typ, word, source", [
    # a vote cast by a named actor: 賛成に転じる / 賛成(票)を投じる / 反対票を投じる
    ("社民党と国民党が最後に賛成に転じ、予算案は可決された。", "SUPPORT", "賛成", ["社民党", "国民党"]),
    ("ブラジルは安保理の決議案に賛成票を投じた。", "SUPPORT", "賛成", ["ブラジル"]),
    ("インドがその決議に賛成を投じたことが分かった。", "SUPPORT", "賛成", ["インド"]),
    ("共産党は予算案に反対票を投じた。", "ACCUSE", "反対", ["共産党"]),
])
def test_round20_vote_cast_is_an_act(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(all(any(s in n for n in src) for s in source) for src, _ in got), got


@pytest.mark.parametrize("text", [
    "賛成48票、反対52票で決議案は否決された。",   # a tally stays no act
    "多くの住民が反対に回った。",                  # a crowd turning, no actor
])
def test_round20_vote_counts_stay_no_act(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert not [e for e in art.events if e.type in ("SUPPORT", "ACCUSE")], art.events


@pytest.mark.parametrize("text, typ, word, source, target", [
    # a cleft: 〜したのは X だ names the doer; 〜されたのは X names the patient
    ("首脳会議に参加したのは、フランス、ドイツ、スペインの首脳だった。", "CONSULT", "参加", ["フランス", "ドイツ", "スペイン"], []),
    ("警視庁に逮捕されたのは田中一郎容疑者だった。", "COERCE", "逮捕", ["警視庁"], ["田中一郎"]),
])
def test_round20_cleft_focus_is_the_actor(text, typ, word, source, target):
    got = _roles_of(text, typ, word)
    assert got, got
    for src, tgt in got:
        assert all(any(s in n for n in src) for s in source), got
        assert all(any(t in n for n in tgt) for t in target), got


@pytest.mark.parametrize("text, typ, word, source", [
    # guards: a subject before the cleft keeps the act (XがVするのは初めて), and a place
    # modifying a plain noun after のは is no focus actor
    ("日本が首脳会議に参加するのは初めてだ。", "CONSULT", "参加", "日本"),
])
def test_round20_cleft_guard_keeps_own_subject(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


def test_round20_cleft_place_of_plain_noun_is_no_patient():
    art = hodo.analyze("逮捕されたのは大阪府の会社員の男だった。", published="2024-05-01")
    assert not [e for e in art.events if e.type == "COERCE" and e.target], art.events


@pytest.mark.parametrize("text, typ, word, source", [
    # a passive's agent that the parse hangs on a noun (…によって…男性が殺害された)
    ("翌日にはヘブロンでイスラエル人によって超保守派のユダヤ人男性1人が殺害され、別の1人が負傷したと病院が発表した。",
     "ASSAULT", "殺害", "イスラエル"),
    ("翌日には、ナブルスでイスラエル人によって超保守派のパレスチナ人男性1人が殺害され、別の1人が負傷した。",
     "ASSAULT", "殺害", "イスラエル"),
    # Xによる、N: the agent set off by a comma
    ("イランによる、核実験は国際社会に衝撃を与えた。", "MOBILIZE", "核実験", "イラン"),
])
def test_round20_agent_phrase_is_source(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, source", [
    # coordination across a descriptor in の: Aと第2党のBは, Aと隣国のBが
    ("第1党の「進歩同盟」と第2党の「国民連合」は、連立することで合意した。", "AGREE", "合意", ["進歩同盟", "国民連合"]),
    ("ポーランドと隣国のリトアニアが共同声明でロシアを非難した。", "ACCUSE", "非難", ["ポーランド", "リトアニア"]),
])
def test_round20_conjunct_across_descriptor(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(all(any(s in n for n in src) for s in source) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, target", [
    # round 21: a trigger closing a relative clause on a person: that person is the target
    ("次の市長選挙では、自由党が推薦している佐藤健一氏が有力だ。", "SUPPORT", "推薦", "佐藤健一"),
    ("自由党はこれまで推薦してきた山本和夫知事の不支持を決めた。", "SUPPORT", "推薦", "山本和夫"),
    ("幹事長選挙で、田中太郎党首の推した高橋誠氏が若手に敗れた。", "SUPPORT", "推し", "高橋誠"),
    ("保守党の支持を受けた元教師の木村明氏が初当選した。", "SUPPORT", "支持", "木村明"),
    ("取材中に銃撃で射殺された写真家の森田浩二さんの追悼式が開かれた。", "ASSAULT", "射殺", "森田浩二"),
])
def test_round21_relative_head_is_target(text, typ, word, target):
    got = _roles_of(text, typ, word)
    assert got and all(any(target in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, typ, word, person", [
    # guards: an active clause with its own を-object ends on the doer (減税を支持している元知事;
    # no other target, so only the を-object test keeps the person out), and a place phrase in で
    # breaks the link (攻撃した町で)
    ("共和党は、減税を強く支持している元知事の石井健一氏を候補に選んだ。", "SUPPORT", "支持", "石井健一"),
    ("ロシア軍が攻撃した町で田中一郎さんが負傷した。", "ASSAULT", "攻撃", "田中一郎"),
])
def test_round21_relative_head_guards(text, typ, word, person):
    got = _roles_of(text, typ, word)
    assert got and all(not any(person in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, typ, word, source, target", [
    # round 21: the own subject of a complement clause closing right before a speech act with
    # no target is the one accused / warned (は inside the clause, or a quoted clause + として)
    ("ブラジルの野党は、シルバ大統領は汚職事件に関与していたと非難している。", "ACCUSE", "非難", "ブラジル", "シルバ"),
    ("ボリビア政府は、「チリは水利協定に違反している」として不満を表明した。", "ACCUSE", "不満", "ボリビア", "チリ"),
])
def test_round21_complement_subject_is_target(text, typ, word, source, target):
    got = _roles_of(text, typ, word)
    assert got and all(any(target in n for n in tgt) for _, tgt in got), got
    assert all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, target", [
    # guard: a subject in a clause of its own, set off from the complement by a comma
    # (Yは…と主張し、…よう求めた), is not the one asked -- Y is not the act's source either
    ("ボリビア政府は、チリは交渉に応じていないと主張し、各国が圧力を強めるよう求めた。", "REQUEST", "求め", "チリ"),
])
def test_round21_complement_subject_guard(text, typ, word, target):
    got = _roles_of(text, typ, word)
    assert got and all(not any(target in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, word", [
    # round 21: a request in the passive with no asker named is no demand by an actor
    ("木下選手は試合後に感想を求められ、「満足している」と語った。", "求め"),
    ("国民民主党の幹部は、党の方針への協力も求められるという。", "求め"),
    ("これにより、田中一郎元知事は公職からの退任も命じられた。", "命じ"),
])
def test_round21_agentless_passive_request_dropped(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "REQUEST", word), art.events


@pytest.mark.parametrize("text, word", [
    # guards: the asker named (から), or the one asked marked に対し, keeps the request
    ("新人の西川選手は、所属事務所の社長から引退を撤回するよう要請された。", "要請"),
    ("声明では、北朝鮮に対して、ミサイル発射の中止が強く求められている。", "求め"),
])
def test_round21_passive_request_with_asker_kept(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert _events(art, "REQUEST", word), art.events


@pytest.mark.parametrize("text, typ", [
    # round 21: two act nouns of one type joined by ・ or と are one act
    ("地元当局の話では、英国人技師2人がアルシャバーブの戦闘員に拉致・監禁されたという。", "ASSAULT"),
    ("ロシア国境警備局は、日本漁船の乗組員2人の拘束と連行を認めた。", "COERCE"),
    ("オバマ大統領は韓国の五輪開催決定を歓迎・祝福する談話を発表した。", "SUPPORT"),
    # a chain of three: each gap is tested from the end of the last conjunct merged
    ("国連の職員がボコ・ハラムの戦闘員によって誘拐・拘束・拉致された。", "ASSAULT"),
])
def test_round21_coordinated_acts_are_one(text, typ):
    art = hodo.analyze(text, published="2024-05-01")
    got = [e for e in art.events if e.type == typ]
    assert len(got) == 1, got


def test_round21_acts_of_two_types_stay_two():
    # guard: 逮捕・起訴 joins acts of two types (COERCE, ACCUSE): both stay
    art = hodo.analyze("東京地検は汚職事件で田中一郎前知事を逮捕・起訴した。", published="2024-05-01")
    types = {e.type for e in art.events}
    assert {"COERCE", "ACCUSE"} <= types, art.events


@pytest.mark.parametrize("text, typ, word, target", [
    # round 21: an addressee marked に対し(て)(は) earlier in the sentence is the target of a
    # demand or accusation the parse did not give it to
    ("保守党は増税には反対するとしつつも、小林正人氏に対しては立候補を求めることを決めた。", "REQUEST", "求める", "小林正人"),
    ("野党の小川議員は、林大臣に対して資料の提出を求めており、次の委員会で追及する構えだ。", "ACCUSE", "追及", "林"),
])
def test_round21_addressee_is_target(text, typ, word, target):
    got = _roles_of(text, typ, word)
    assert got and all(any(target in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, typ, word, wrong", [
    # guards: only the nearest addressee phrase counts (ロシアに対し … 企業に対しては: the firms,
    # no entity), and a news outlet spoken to (ロイター通信に対し) is not the one warned
    ("EUは、ロシアに対し制裁を科し、加盟国の企業に対しては取引を停止するよう求めた。", "REQUEST", "求め", "ロシア"),
    ("反政府勢力の田中一郎議長はロイター通信に対し、部隊はこの地域から直ちに離れるよう警告した。", "THREATEN", "警告", "ロイター"),
])
def test_round21_addressee_guards(text, typ, word, wrong):
    got = _roles_of(text, typ, word)
    assert got and all(not any(wrong == n or wrong in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, word, source, target", [
    # round 23: a support or aid noun + を受けて / を受け、 is the support received (the giver in
    # の / からの, the receiver the subject), not "following" as 停戦を受けて
    ("現職の山田太郎候補は、自由党と保守党の推薦を受け、減税の継続を訴えた。", "推薦", ["自由党", "保守党"], "山田太郎"),
    ("新人の佐藤花子候補は、緑の党の支持を受けて、原発の廃止を掲げた。", "支持", ["緑の党"], "佐藤花子"),
    # (the receiver of からの支援 is not always found: the giver is what the rule restores)
    ("鈴木一郎市長は、前回の選挙で社会党からの支援を受けて初当選した。", "支援", ["社会党"], None),
])
def test_round23_support_received(text, word, source, target):
    got = _roles_of(text, "SUPPORT", word)
    assert got, text
    assert all(all(any(s in n for n in src) for s in source) for src, _ in got), got
    assert target is None or all(any(target in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, word", [
    # guards: 停戦を受けて / 合意を受けて stay "following"; support from no one named (「皆さんの
    # 支援を受けて…」) is no act
    ("イスラエルとハマスの停戦を受けて、避難民が帰宅を始めた。", "停戦"),
    ("山田太郎候補は「皆さんの温かい支援を受けて、最後まで戦いたい」と語った。", "支援"),
])
def test_round23_support_received_guards(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not [e for e in art.events if word in art.text[e.trigger[0]:e.trigger[1]]], art.events


@pytest.mark.parametrize("text, source", [
    # round 23: a negated 認める is a refusal (REJECT), not a negated admission
    ("ロシアのラブロフ外相は、住民投票の結果を認めないと述べた。", "ラブロフ"),
    ("自由党の執行部は、田中一郎元首相の比例単独での立候補を認めない方針を示した。", "自由党"),
    ("ウクライナ政府はこれを認めず、交渉は決裂した。", "ウクライナ"),
    ("北朝鮮は、残る日本人の拉致を今も認めていない。", "北朝鮮"),
    # second review: a decision not to accept, and a refusal in a concessive clause, stay refusals
    ("日本政府は、相手国の入国制限を認めないことにした。", "日本"),
    ("日本政府は、相手国の入国制限を認めないにもかかわらず、協議を続けた。", "日本"),
])
def test_round23_negated_acceptance_is_rejection(text, source):
    got = _roles_of(text, "REJECT", "認め")
    assert got and all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text", [
    # guards: the plain verb (admitted), the passive or potential (not allowed: no one named
    # refusing), a condition, and a defeat not conceded stay no refusal
    "山田太郎社長は記者会見で、不正な会計処理があったことを認めた。",
    "中国の訪問団は、会場への入場が認められなかった。",
    "日本政府は、韓国側が調査を認めなければ独自に調査する方針だ。",
    "ブラジルのボルソナロ大統領は、選挙での敗北を認めていない。",
    # review of round 23: a double negation and a condition in 限り are no refusal either
    "日本政府は、統計の集計に誤りがあったことを認めざるを得なかった。",
    "カナダ政府は、住民投票の結果を認めないわけではないと述べた。",
    "チリ政府は、国境線の変更を認めない限り交渉しないと述べた。",
])
def test_round23_negated_acceptance_guards(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "REJECT", "認め"), art.events


def test_neg_only_word_alone_leaves_the_act_it_allows():
    # 認める is a trigger only when negated: 派遣を認めた codes the 派遣 (AID), not a refusal and
    # not nothing (the neg_only filter drops the plain 認める before roles are read)
    art = hodo.analyze("大洋国政府は自衛隊の派遣を認めた。", published="2024-05-01")
    assert _events(art, "AID", "派遣") and not _events(art, "REJECT", "認め"), art.events


@pytest.mark.parametrize("text, word", [
    # round 23c: an aid noun naming a kind of work (救援活動, 支援活動, 援助活動) is no aid given
    ("国際赤十字は被災地での救援活動を続けている。", "救援"),
    ("日本政府はトルコでの支援活動のため、国際緊急援助隊を派遣した。", "支援"),
    ("国連はスーダン西部での支援活動を一時停止すると発表した。", "支援"),
])
def test_round23c_aid_work_noun_is_no_act(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "AID", word), art.events


@pytest.mark.parametrize("text, typ, word", [
    # guards: aid given to someone (支援を決め, 援助した) stays
    ("日本政府はトルコの被災者への支援を決め、物資を送った。", "AGREE", "支援"),
    ("国連はハイチに食料を援助した。", "AID", "援助"),
])
def test_round23c_aid_given_stays(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert _events(art, typ, word), art.events


@pytest.mark.parametrize("text, typ, word, target", [
    # round 25: a passive act with no actor in its clause (…。2010年に逮捕され、…): the person
    # the zero subject continues (the topic of the sentence before) is the one it is done to
    ("山田一郎氏は大洋国の元外相である。2010年に収賄の疑いで逮捕され、翌年に釈放された。", "COERCE", "逮捕", "山田"),
    ("鈴木花子議員は与党の幹部だった。しかし翌年、公職選挙法違反の罪で起訴された。", "ACCUSE", "起訴", "鈴木"),
    ("ガルシア元大統領は長く国外で暮らしていた。帰国した直後に、空港で拘束されている。", "COERCE", "拘束", "ガルシア"),
])
def test_round25_zero_subject_passive_patient(text, typ, word, target):
    got = _roles_of(text, typ, word)
    assert got and all(any(target in n for n in tgt) and not src for src, tgt in got), got


@pytest.mark.parametrize("text, typ, word, wrong", [
    # guards: an authority as the topic before is the doer, not the one held; a clause with
    # its own (plain) subject (元秘書の男が…逮捕された) does not take the topic
    # (警視庁は捜査本部を設置した。翌日、都内の自宅で逮捕された。 moved to test_sentence in round 32: the
    # authority is still not the one held, but a roleless passive arrest now takes it as doer)
    ("田中一郎氏は会見で事件を説明した。その後、元秘書の男が詐欺の疑いで逮捕された。", "COERCE", "逮捕", "田中"),
    # events 1.23: only acts done to persons (禁止, 押収 are done to things); no going back past
    # a sentence with its own plain topic (長男は…)
    ("中村三郎氏は毎週、駅前で演説会を開いていた。だが先月、市の条例で禁止された。", "COERCE", "禁止", "中村"),
    ("木村五郎氏は古い刀剣を集めていた。昨年、空港で押収された。", "COERCE", "押収", "木村"),
    ("佐藤次郎氏は元知事である。長男は建設会社を営んでいた。その年、贈賄の疑いで逮捕された。", "COERCE", "逮捕", "佐藤"),
    # round 26: a city or a province is where violence happens, never who commits it
    ("沖縄県の爆破テロで市民5人が死亡した。", "ASSAULT", "爆破テロ", "沖縄"),
    ("カンダハルの爆弾テロは、アフガニスタン政府の庁舎を狙ったものだった。", "ASSAULT", "爆弾テロ", "カンダハル"),
])
def test_round25_zero_subject_passive_guards(text, typ, word, wrong):
    got = _roles_of(text, typ, word)
    assert all(not any(wrong in n for n in tgt | src) for src, tgt in got), got


@pytest.mark.parametrize("text, word, source, target, place", [
    # round 26: a city attacking within its own country is the event's place, not its actor;
    # the act stays with its target (events 1.26 review: the guards above now drop the act)
    ("バグダッドの武装勢力はイラク軍を攻撃した。", "攻撃", None, "イラク軍", "バグダッド"),
    # a city attacking another country stands for its state, and a contested polity (アブハジア)
    # fights as one: both stay the source, with no place
    ("テヘランはバグダッドへの砲撃を続けた。", "砲撃", "テヘラン", "バグダッド", None),
    ("アブハジアはグルジアの村を砲撃した。", "砲撃", "アブハジア", "グルジア", None),
])
def test_round26_city_attacker_is_place(text, word, source, target, place):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "ASSAULT", word)
    assert got, art.events
    for e in got:
        assert (source in names(art, e.source)) if source else not e.source, e.source
        assert target in names(art, e.target), e.target
        assert (e.place is not None and place in names(art, [e.place])) if place else e.place is None, e.place


@pytest.mark.parametrize("text, typ, word, source", [
    # round 26: an active arrest with no doer in its clause is the police's or prosecutors' act:
    # the last law-enforcement body named before it (Japanese news leaves it unsaid)
    ("静岡県警は住民の通報で現場に駆けつけた。刃物を振り回していた男をその場で取り押さえ、銃刀法違反の疑いで逮捕した。",
     "COERCE", "逮捕", "静岡県警"),
    # an act noun naming a unit of the body (捜査1課) is part of the body's name, no act of its own
    ("大阪府警捜査1課は5日、強盗の疑いで無職の男を再逮捕した。", "COERCE", "再逮捕", "大阪府警"),
])
def test_round26_arrest_by_law_body(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, word", [
    # guards: a passive arrest keeps its doer unnamed; a noun phrase naming the arrest (…の逮捕、
    # 並びに) is no act; a unit name (捜査1課) codes no investigation
    # (round 32: with the arrested named; one naming no one arrested takes the law body, test_sentence)
    ("兵庫県警は捜査を続けていた。翌日、山田太郎容疑者が詐欺の疑いで逮捕された。", "逮捕"),
    ("大阪府警捜査1課は5日、強盗の疑いで無職の男を再逮捕した。", "捜査"),
    # events 1.27 review: a body named as a place (神奈川県警で研修を受けた男), not as a subject or
    # topic, is no doer; a fire station (消防署) is no law-enforcement body
    ("韓国の国家情報院は7日、ソウル市内の事務所を調べた。神奈川県警で研修を受けた男を、スパイの疑いで逮捕した。", "逮捕"),
    ("横浜消防署は火災の原因を調べた。翌日、隣に住む女を放火の疑いで逮捕した。", "逮捕"),
])
def test_round26_arrest_by_law_body_guards(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert all(not names(art, e.source) for e in art.events if word in art.text[e.trigger[0]:e.trigger[1]]), art.events
    if word == "捜査":
        assert not _events(art, "ACCUSE", "捜査"), art.events


@pytest.mark.parametrize("text, typ, word, target", [
    # round 26: passives chained in one sentence (逮捕され、…告発された) have one subject: the act the
    # parse leaves without an actor takes the patient of the act it is chained to
    ("カナダ人のジョン・カーターさん(52)がトロントで先月あった強盗事件との関係で逮捕され、強盗容疑で告発された。",
     "COERCE", "逮捕", "カーター"),
])
def test_round26_chained_passives_share_patient(text, typ, word, target):
    got = _roles_of(text, typ, word)
    assert got and all(any(target in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, typ, word, wrong", [
    # events 1.27 review: a later clause naming its own subject (…ウィルソン氏が起訴された) shares
    # no patient with the passive before it
    ("広場の集会で若者10人が逮捕され、主催者のトム・ウィルソン氏が扇動の罪で起訴された。", "COERCE", "逮捕", "ウィルソン"),
])
def test_round26_chained_passives_guards(text, typ, word, wrong):
    got = _roles_of(text, typ, word)
    assert all(not any(wrong in n for n in tgt) for _, tgt in got), got


@pytest.mark.parametrize("text, word, source", [
    # round 26: a resignation letter handed in (辞職届を提出, 辞職願(…付)を提出) is the resignation;
    # the verb carries the resigner
    ("田中一郎市長は5日、市議会の山田議長に辞職届を提出した。", "辞職", "田中"),
    ("富山市の大川次郎市長は市議会の議長に対し、8月15日付の辞職願を提出した。", "辞職", "大川"),
    # 退任 (leaving office) done or announced is a resignation as 辞任 is
    ("大洋国の山下一郎大統領は、任期の途中で退任した。", "退任", "山下"),
    ("大洋電機は10日、森田健二社長の退任を発表した。", "退任", "森田"),
])
def test_round26_resignation_letter(text, word, source):
    got = _roles_of(text, "RETREAT", word)
    assert got and all(any(source in n for n in src) and not tgt for src, tgt in got), got


@pytest.mark.parametrize("text", [
    # guards: the letter named or received, not handed in, is no act
    "会社は辞職届の様式を改めた。",
    "鈴木二郎議員の辞職願は議長に受理された。",
    # 退任 as a frame or a plan (退任の挨拶, 退任が決まっている) is no act
    "森田健二社長は退任の挨拶で社員に感謝を述べた。",
    "山下一郎大統領の退任が決まっている。",
    # events 1.27 review: 退任と with a forecast or a decision after it is no act done
    "大洋電機の川上一郎会長は年内に退任とみられる。",
    # final review: the same guard after する (退任すると見られる)
    "大洋電機の川上一郎会長は年内に退任すると見られる。",
    "川上一郎会長の退任と副会長の昇格が内定した。",
])
def test_round26_resignation_letter_guards(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "RETREAT"), art.events


@pytest.mark.parametrize("text, word, person", [
    # events 1.30: a named person in an active arrest is the one arrested, never the arrester
    ("北浜署は9日、社長の森一郎容疑者(52歳)を背任の疑いで逮捕した。同社の川村和夫常務(47歳)らも逮捕した。",
     "逮捕", "川村"),
    ("警視庁は3日、会社員の中西浩二容疑者(41歳)を逮捕した。妻の中西由美容疑者(39歳)も同日逮捕した。", "逮捕", "中西由美"),
    ("湾岸署は、元店長の大橋明容疑者(36歳)も窃盗の疑いで逮捕した。", "逮捕", "大橋"),
])
def test_round26_arrested_person_is_no_arrester(text, word, person):
    got = _roles_of(text, "COERCE", word)
    assert got and all(not any(person in n for n in src) for src, _ in got), got
    assert any(any(person in n for n in tgt) for _, tgt in got), got


def test_round26_police_officer_stays_the_arrester():
    # final review: an officer of the police (a title, or the body's の before the name) is its arm
    got = _roles_of("北浜署の川田誠巡査長は7日、自転車を盗んだ少年を逮捕した。", "COERCE", "逮捕")
    assert got and all(any("川田" in n for n in src) for src, _ in got), got


def test_round26_resignation_letter_read_at_the_verb():
    # events 1.29: negation and a demand are read after the handing-in verb, not at the letter
    art = hodo.analyze("港南市の木村三郎市長は結局、辞任届を提出しなかった。", published="2024-05-01")
    assert [e.negated for e in _events(art, "RETREAT")] == [True], art.events
    art = hodo.analyze("県議会の大野議長は木村三郎市長に辞職願を提出するよう求めた。", published="2024-05-01")
    assert not _events(art, "RETREAT"), art.events


@pytest.mark.parametrize("text, typ, word, source", [
    # round 27: a verbal act ending a relative clause on a statement (…を非難する声明を出した) is the
    # act of the one who issues the statement: the subject of the issuing verb, not the topic of
    # the sentence around it, or the から-phrase of a passive issuing (声明が発表された)
    ("AP通信は、タイのプラユット首相が、武装勢力の襲撃を非難する声明を出したと伝えた。", "ACCUSE", "非難", "プラユット"),
    ("地元紙によれば、国連のグテーレス事務総長が、双方に自制を求める声明を出したという。", "REQUEST", "求める", "グテーレス"),
    ("フランス外務省は、ドイツ政府が捕虜の解放を要求する声明を発表したと明らかにした。", "REQUEST", "要求", "ドイツ"),
    ("欧州連合からも、ロシアに停戦を求める声明が発表された。", "REQUEST", "求める", "欧州連合"),
    # guard: the subject of a clause inside the statement's object (北朝鮮が…行ったこと) is no issuer
    ("米国は、北朝鮮が核実験を行ったことを非難する声明を発表した。", "ACCUSE", "非難", "米国"),
    # round 33: an act with no actor told by the verb closing a quote (「…」と謝罪した) is the speaker's
    ("東西銀行の佐藤社長あてに抗議の電話が殺到し、「ご迷惑をおかけした」と謝罪した。", "CONCEDE", "謝罪", "佐藤"),
    ("東西銀行の佐藤社長あてに抗議の電話が殺到し、「ご迷惑をおかけした」と、謝罪の意を示した。", "CONCEDE", "謝罪", "佐藤"),
])
def test_round27_statement_issuer(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word", [
    # review of round 33 (evcoop): an act only asked for, caused or judged inside a quote is no act of its
    # speaker (the quote ends in してほしい / させたい / したと思う / べきだ)
    ("北海物産の高橋会長の発言に批判が集まり、記者会見で「まずは謝罪してほしい」と述べた。", "CONCEDE", "謝罪"),
    ("北海物産の高橋会長の発言に批判が集まり、記者会見で「担当者に謝罪させたい」と述べた。", "CONCEDE", "謝罪"),
    ("北海物産の高橋会長の失言に非難が相次ぎ、会見で「もう謝罪したと思う」と語った。", "CONCEDE", "謝罪"),
    ("北海物産の高橋会長の発言に批判が集まり、記者会見で「国に支援を求めるべきだ」と述べた。", "REQUEST", "求め"),
    # a doer named by a plain noun inside the quote is no speaker
    ("北海物産の高橋会長の発言に批判が集まり、記者会見で「彼が謝罪した」と述べた。", "CONCEDE", "謝罪"),
    # the voices of others (「…」との声が出た) are no statement of the one named before
    ("北海物産の高橋会長の失言に非難が相次ぎ、市民からは「説明を求めたい」との声が出た。", "REQUEST", "求め"),
    # after 」と only the clause's own act: not a noun argument (謝罪の必要性) nor a causative (謝罪させた)
    ("北海物産の高橋会長の失言に非難が相次ぎ、「誠意がない」と謝罪の必要性を否定した。", "CONCEDE", "謝罪"),
    ("北海物産の高橋会長の発言に批判が集まり、「誠意がない」と謝罪させた。", "CONCEDE", "謝罪"),
])
def test_round33_review_quoted_act_not_the_speakers(text, typ, word):
    got = _roles_of(text, typ, word)
    assert not any(any("高橋" in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word", [
    # review of round 33 (evcoop): the speaker's own endings still count (「…謝罪したい」, 「…と謝罪したという」)
    ("北海物産の高橋会長の発言に批判が集まり、記者会見で「心より謝罪いたします」と述べた。", "CONCEDE", "謝罪"),
    ("北海物産の高橋会長の失言に非難が相次ぎ、「配慮が足りなかった」と謝罪したという。", "CONCEDE", "謝罪"),
])
def test_round33_review_quoted_act_the_speakers(text, typ, word):
    got = _roles_of(text, typ, word)
    assert got and all(any("高橋" in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word, source, target", [
    # review of 1.34: the subject of a clause inside the statement (Yが…するよう, Yが…ことを) stays the
    # target, not a co-issuer; a statement that is the object of another verb has no issuer
    ("米国は、北朝鮮が核実験を行ったことを非難する声明を発表した。", "ACCUSE", "非難", "米国", "北朝鮮"),
    ("カナダは、イランが核開発を停止するよう求める声明を出した。", "REQUEST", "求める", "カナダ", "イラン"),
    ("韓国政府は、北朝鮮が挑発をやめるよう求める声明を出したと発表した。", "REQUEST", "求める", "韓国", "北朝鮮"),
])
def test_round27_statement_inner_subject_is_the_target(text, typ, word, source, target):
    got = _roles_of(text, typ, word)
    assert got, got
    for src, tgt in got:
        assert any(source in n for n in src) and not any(target in n for n in src), got
        assert any(target in n for n in tgt), got


def test_round27_statement_object_of_another_verb():
    got = _roles_of("北朝鮮は、国連が核実験を非難する声明を無視して新たな実験を発表した。", "ACCUSE", "非難")
    assert got and all(not any("北朝鮮" in n for n in src) for src, _ in got), got



@pytest.mark.parametrize("text, typ, word, source", [
    # round 28: an investigation, an instruction or a sanction that needs a target (捜査, 聴取, 指示,
    # 処分) is kept without one when its source carries it out with a verb right after the noun
    # (捜査を進めている, 事情聴取を行った, 指示した, 処分を決めた): the one investigated is often unnamed
    ("神奈川県警は、空き巣の被害が相次いでいることから、窃盗事件として捜査を進めている。", "ACCUSE", "捜査", "神奈川県警"),
    ("福岡県警は3日、事故を起こした運転手から事情聴取を行った。", "ACCUSE", "聴取", "福岡県警"),
    ("山田太郎首相は、被害の把握を急ぐよう関係省庁に指示した。", "REQUEST", "指示", "山田太郎"),
    ("日本サッカー協会は10日、規定に違反した選手らの処分を決めた。", "SANCTION", "処分", "日本サッカー協会"),
])
def test_round28_done_alone(text, typ, word, source):
    got = _roles_of(text, typ, word)
    assert got and all(any(source in n for n in src) for src, _ in got), got


@pytest.mark.parametrize("text, typ, word", [
    # guards: the noun alone, with no verb carrying it out, stays dropped without a target
    ("福岡県警の捜査は難航しており、手がかりは少ない。", "ACCUSE", "捜査"),
    ("田中社長の指示で、書類が廃棄されたという。", "REQUEST", "指示"),
    ("日本サッカー協会は、処分の基準について説明した。", "SANCTION", "処分"),
])
def test_round28_done_alone_guards(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, typ, word), art.events


@pytest.mark.parametrize("text, typ, word", [
    # round 28 review: done_alone keeps only the subject's own act, carried out by a verb
    ("大阪府警は、捜査を行方の分からない男の発見に切り替えた。", "ACCUSE", "捜査"),  # 行方: no verb
    ("大阪府警は、捜査も行き詰まっていると説明した。", "ACCUSE", "捜査"),  # 行き詰まる: no verb
    ("田中容疑者は、捜査を始めた巡査を車でひいたという。", "ACCUSE", "捜査"),  # a relative clause
    ("FIFAは、欧州連盟が処分を決めている試合について協議した。", "SANCTION", "処分"),  # its own が subject
    # (round 31: with a bare 県警 now an entity (entities 1.39) these two rows name a body the entity
    # stage does not know, as they did before; 県警に捜査を始めるよう要請 gives a false ACCUSE, docs/events.md)
    ("社民党は、当局に捜査を始めるよう要請した。", "ACCUSE", "捜査"),  # only asked for
    ("民主党の菅代表は、警察に捜査を進めてほしいと述べた。", "ACCUSE", "捜査"),  # only hoped for
    ("田中さんは「警官も丁寧に捜査してくれた」と語った。", "ACCUSE", "捜査"),  # a quote: not the speaker's act
    ("関西電力は、古くなった資材を処分した。", "SANCTION", "処分"),  # a disposal of things
    ("田中容疑者は、知人の男に車を盗むよう指示していた。", "REQUEST", "指示"),  # a suspect's order
])
def test_round28_done_alone_review_guards(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, typ, word), art.events


def test_round28_done_alone_verb_ending():
    # 行なった still carries the act out; Xを処分 of people stays a sanction
    got = _roles_of("大阪府警は5日、現場にいた男性から事情聴取を行なった。", "ACCUSE", "聴取")
    assert got and all(any("大阪府警" in n for n in src) for src, _ in got), got
    got = _roles_of("関西電力は、社員35人を処分した。", "SANCTION", "処分")
    assert got, got


def _cleft_event(art, word):
    """The event on ``word`` closing a passive cleft (…されたのは)."""
    return [e for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == word
            and art.text.startswith("されたのは", e.trigger[1])]


@pytest.mark.parametrize("text, word, source, target", [
    # round 29: a passive cleft on an arrest names who was arrested in the arrest just told
    # (a descriptor ending in の before the person; a last conjunct no entity names), and that
    # arrest's doer (its subject, or a passive's agent) is the arrester
    ("警視庁は3日、窃盗の疑いで男を逮捕した。逮捕されたのは会社員の山田太郎容疑者(45歳)。", "逮捕", "警視庁", "山田太郎"),
    ("大阪府警は5日、詐欺の疑いで男女2人を逮捕した。逮捕されたのは無職の佐藤次郎容疑者(29歳)と、その妻(27歳)。",
     "逮捕", "大阪府警", "佐藤次郎"),
    ("会社役員の男が京都府警に逮捕された。逮捕されたのは建設会社役員の鈴木一郎容疑者(52歳)だった。", "逮捕", "京都府警", "鈴木一郎"),
])
def test_round29_passive_cleft_arrest(text, word, source, target):
    art = hodo.analyze(text, published="2024-05-01")
    got = _cleft_event(art, word)
    assert got, art.events
    assert all(any(source in n for n in names(art, e.source)) for e in got), got
    assert all(any(target in n for n in names(art, e.target)) for e in got), got


@pytest.mark.parametrize("text, word, place", [
    # round 29: an attack told as an occurrence (爆弾テロがあり, 自爆テロが相次ぎ) with no one named
    # is done to the place where it happened: the last place marked で / では before it
    ("パキスタンのカラチでは8日夜、繁華街のホテルで爆弾テロがあり、30人が死亡した。", "爆弾テロ", "カラチ"),
    ("イラクのバグダッドで10日、自爆テロが相次ぎ、50人以上が死亡した。", "自爆テロ", "バグダッド"),
])
def test_round29_attack_site_is_target(text, word, place):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "ASSAULT", word)
    assert got and all(not e.source and any(place in n for n in names(art, e.target)) for e in got), art.events


@pytest.mark.parametrize("text, word, place", [
    # round 30: an attack noun compounded with 事件 and told as an occurrence (爆破事件があり,
    # 襲撃事件が起き) is the attack, not a modifier of a plain noun: it reaches the place rule above
    ("ケニアのナイロビで5日、市場の近くで爆破事件があり、8人が負傷した。", "爆破", "ナイロビ"),
    ("トルコのイスタンブールで20日夜、襲撃事件が起き、3人が死亡した。", "襲撃", "イスタンブール"),
    # the verb in kana (がおきており, がおこった) is the same occurrence
    ("スリランカのコロンボでは先月から爆破事件がおきており、住民は不安を募らせている。", "爆破", "コロンボ"),
    # round 30 review: the incident names no doer; the sentence's topic (who announces it) is no
    # attacker, the place is the target
    ("ロシア軍は、アレッポで爆破事件が起きたと発表した。", "爆破", "アレッポ"),
])
def test_round30_attack_incident_occurred(text, word, place):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "ASSAULT", word)
    assert got and all(not e.source and any(place in n for n in names(art, e.target)) for e in got), art.events


@pytest.mark.parametrize("text, word", [
    # round 30 guard: an incident only referred to (…事件について, …事件の捜査) stays no act
    ("ナイロビで起きた爆破事件について、警察は捜査を続けている。", "爆破"),
    ("イスタンブールの襲撃事件の捜査は難航している。", "襲撃"),
    # round 30 review: only the attack nouns of the place rule (not 衝突事件: a collision, with its
    # modifier 中国 as attacker); an incident only reported (…があったとの情報) is no act either
    ("東シナ海で2015年に中国漁船衝突事件が起き、両国の関係は冷え込んだ。", "衝突"),
    ("国連は、アレッポで爆破事件があったとの情報を確認している。", "爆破"),
])
def test_round30_attack_incident_referred(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "ASSAULT", word), art.events


@pytest.mark.parametrize("text, word", [
    # round 29 review: an attack that did not happen, is guarded against or is only reported is
    # no attack on the place (起こらなかった, 発生しないよう, 起きないよう, …があったとの情報)
    ("ダマスカスでは先月、爆弾テロが起こらなかった。", "爆弾テロ"),
    ("モスルで自爆テロが発生しないよう、検問所が増やされた。", "自爆テロ"),
    ("ベイルートでは今週、襲撃が起きないよう警察官が配置された。", "襲撃"),
    ("モスルで昨夜、爆破テロがあったとの未確認情報が流れた。", "爆破テロ"),
    ("カンダハルで12日、自爆テロがあったとみられる。", "自爆テロ"),
])
def test_round29_attack_not_told_as_done(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "ASSAULT", word), art.events


@pytest.mark.parametrize("text, word, place, not_place", [
    # round 29 review: a で-phrase of a relative clause before the attack (…の援助で建設された病院で,
    # …で訓練を受けた男らによる) is not where it happened
    ("ドイツの援助で建設された病院で先週、爆破テロがあり、3人が負傷した。", "爆破テロ", None, "ドイツ"),
    ("パリで7日、シリアで訓練を受けた男らによる自爆テロがあった。", "自爆テロ", "パリ", "シリア"),
    # a part of the place before で (市内で, 中心部で)
    ("現地の警察によると、ダマスカス市内で爆弾テロがあった。", "爆弾テロ", "ダマスカス", None),
])
def test_round29_attack_site_relative_clause(text, word, place, not_place):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "ASSAULT", word)
    if not_place:
        assert all(not any(not_place in n for n in names(art, e.target)) for e in got), art.events
    if place:
        assert got and all(any(place in n for n in names(art, e.target)) for e in got), art.events


@pytest.mark.parametrize("text, person, kept", [
    # round 29 final review: a suspect who is the topic of the next sentence is the one just arrested
    # only with no modifier of another role (共犯の, 別の, 先月の…) and when that sentence tells no
    # arrest or charge of its own (先週逮捕され, 起訴されている)
    ("大阪府警は4日、25歳の男を窃盗の疑いで逮捕した。共犯の森田勝容疑者は先週逮捕され、既に起訴された。", "森田勝", False),
    ("兵庫県警は8日、50歳の男を詐欺の疑いで逮捕した。石井五郎容疑者は昨年詐欺の罪で起訴されている。", "石井五郎", False),
    ("京都府警は6日、33歳の女を横領の疑いで逮捕した。別の事件の川村健一容疑者は黙秘している。", "川村健一", False),
    # the topic naming the one arrested stays (無職の…容疑者は…とされている)
    ("千葉県警は2日、41歳の男を傷害の疑いで逮捕した。無職の岡田六郎容疑者(41)は知人を殴ったとされている。", "岡田六郎", True),
])
def test_round29_described_suspect_topic(text, person, kept):
    art = hodo.analyze(text, published="2024-05-01")
    first = art.text.index("。")
    got = [e for e in art.events if e.type == "COERCE" and e.trigger[1] <= first]
    assert got, art.events
    tgt = [n for e in got for n in names(art, e.target)]
    assert any(person in n for n in tgt) is kept, (got, tgt)


def test_round29_cleft_focus_is_time_no_arrester():
    # round 29 review: a cleft whose focus is a time (逮捕されたのは5年前) names no one arrested in
    # the arrest just told: the earlier arrest's doer is not copied onto it
    art = hodo.analyze("大阪府警は7日、田中一郎容疑者を逮捕した。高橋三郎氏が逮捕されたのは5年前のことだ。",
                       published="2024-05-01")
    got = _cleft_event(art, "逮捕")
    assert got and all(not e.source for e in got), art.events


@pytest.mark.parametrize("text, word, person", [
    # round 29 review: a clause after と in the focus (…さんと同居していた男) is no last conjunct:
    # the person before it is not the one arrested / attacked
    ("兵庫県警は2日、傷害の疑いで男を逮捕した。逮捕されたのは中村花子さんと同居していた男(41)だった。", "逮捕", "中村花子"),
    ("警察によると、襲撃されたのは小林春子さんと散歩していた男性だった。", "襲撃", "小林春子"),
])
def test_round29_cleft_tail_no_clause(text, word, person):
    art = hodo.analyze(text, published="2024-05-01")
    got = _cleft_event(art, word)
    assert all(not any(person in n for n in names(art, e.target)) for e in got), art.events


@pytest.mark.parametrize("text, typ, word", [
    # round 34: the pair a group noun stands for is never the papers that report (a reference the
    # entity stage resolved to them included), nor the が-subject of another clause
    ("朝日新聞と毎日新聞によると、両社は合併について交渉を行った。", "CONSULT", "交渉"),
    ("北陸銀行と富山第一銀行は経営統合を検討している。両行が持つ店舗の整理について、頭取は記者会見で協議を始めると述べた。",
     "CONSULT", "協議"),
    # round 34 review: 両社 stands for companies, not a ministry named between (トヨタ自動車 and
    # 経済産業省 on events 1.79); a subject of its own between the noun and the act (商店街が / 商店街は)
    ("トヨタ自動車は合併を発表した。経済産業省は歓迎する考えを示した。両社は来月から東京で協議を行った。",
     "CONSULT", "協議"),
    ("北陸銀行と富山第一銀行は合併した。両行は店舗を減らしたが、地元の商店街が東京で支援を要請した。",
     "REQUEST", "要請"),
    ("北陸銀行と富山第一銀行は合併した。両行は店舗を減らし、商店街は東京で支援を要請した。",
     "REQUEST", "要請"),
])
def test_round34_group_subject_guards(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [e.source for e in _events(art, typ, word)]
    assert not any(len(src) >= 2 for src in got), got


@pytest.mark.parametrize("text, typ, word", [
    # round 35: a coalition planned or wished for is a future cooperation (AGREE)
    ("社民党は次の選挙の後に国民新党と連立する考えを示した。", "AGREE", "連立"),
    ("英国の労働党は自由民主党との連立への意欲を語った。", "AGREE", "連立"),
    # round 35: a proposal that another party act (〜するよう提案) is a request
    ("日本医師会は、厚生労働省に検査の費用を下げるよう提案した。", "REQUEST", "提案"),
    ("経済産業省は電力会社に節電の呼びかけを強めるようにと提案している。", "REQUEST", "提案"),
    # round 35: a plan to field a named candidate is a promise (AGREE), not a stance held
    ("共産党は参院選の東京選挙区に田中次郎氏を擁立する方針だ。", "AGREE", "擁立"),
    # round 35: talks held by one body with its partners unnamed keep the lone source
    ("厚生労働省は各地の保健所と検査の進め方を協議している。", "CONSULT", "協議"),
    ("日本銀行は10日に追加の金融緩和を協議した。", "CONSULT", "協議"),
])
def test_round35_parliamentary_acts_coded(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, typ, word)
    assert got and all(e.source for e in got), art.events


@pytest.mark.parametrize("text", [
    # round 35: candidates fielded in number back no one by name
    "社民党は今回の衆院選で小選挙区に独自候補を擁立した。",
    "公明党は比例区に新人の候補者を擁立した。",
])
def test_round35_generic_candidates_not_coded(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert not [e for e in art.events if art.text[e.trigger[0]:e.trigger[1]].startswith("擁立")], art.events


@pytest.mark.parametrize("text", [
    # round 35: an agreement not reached is AGREE negated, not one party's refusal (REJECT)
    "フランスとドイツは関税の扱いについて合意しなかった。",
    "日本と韓国は漁業の取り決めについて合意せず、話し合いを来月に持ち越した。",
])
def test_round35_failed_agreement_is_negated_agree(text):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "AGREE", "合意")
    assert got and all(e.negated for e in got) and not _events(art, "REJECT", "合意"), art.events


@pytest.mark.parametrize("text", [
    # round 35 review: のように / 同じように is a manner (proposed as follows), not 〜するよう
    "文部科学省は以下のように提案している。",
    "日本商工会議所も同じように提案した。",
    # round 35 review: a volitional (〜しようと提案) offers a joint act, no request
    "ホンダは日産自動車に電池を共同で開発しようと提案した。",
])
def test_round35_proposal_manner_or_volitional_no_request(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert _events(art, "AGREE", "提案") and not _events(art, "REQUEST", "提案"), art.events


@pytest.mark.parametrize("text, partner", [
    # round 35 review: the one body named only as the と-partner of 協議 is the target; the doer
    # (漁協, 病院) is no entity
    ("地元の漁協は水産庁と協議して禁漁の期間を延ばした。", "水産庁"),
    ("その病院は札幌市などと受け入れの体制を協議している。", "札幌市"),
])
def test_round35_lone_talks_partner_is_target(text, partner):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "CONSULT", "協議")
    names = {e.key: e.name for e in art.entities}
    assert got and all(not any(partner in names.get(k, k) for k in e.source) for e in got), art.events
    assert any(partner in names.get(k, k) for e in got for k in e.target), art.events


@pytest.mark.parametrize("text, kept, n", [
    # round 35: a source-list headline of a police, prosecution or penalty act cites the papers' own
    # report of the case; only the body's act is coded, even when the body codes the same type
    ("警視庁は1日、会社員の山田太郎容疑者を窃盗の疑いで逮捕した。\n"
     "『警視庁、山田太郎容疑者を窃盗容疑で逮捕』。東西新聞、2024年5月1日。", ("COERCE", "逮捕"), 1),
    ("大阪地検は2日、元社長の鈴木一郎被告を詐欺罪で起訴した。\n"
     "『大阪地検、鈴木一郎元社長を詐欺罪で起訴』。東西新聞、2024年5月2日。", ("ACCUSE", "起訴"), 1),
    ("東西電機は3日、会社の金を着服したとして逮捕された元課長の佐藤次郎を解雇した。\n"
     "『東西電機、元課長の佐藤次郎を解雇』。東西新聞、2024年5月3日。", ("SANCTION", "解雇"), 1),
    # … and a killing or a shooting told as a crime (not an act of war: 攻撃, 空爆)
    ("県警によると、無職の田中一郎容疑者は9日、隣人の木下健二さんを刃物で刺して殺害した。\n"
     "『田中一郎容疑者、隣人の木下健二さんを殺害』。東西新聞、2024年5月9日。", ("ASSAULT", "殺害"), 1),
    ("北町署によると、森田三郎容疑者は10日、店員の川口陽子さんを拳銃で銃撃した。\n"
     "『森田三郎容疑者、店員の川口陽子さんを銃撃』。東西新聞、2024年5月10日。", ("ASSAULT", "銃撃"), 1),
])
def test_round35_source_list_case_headlines(text, kept, n):
    assert _coded(text).count(kept) == n


@pytest.mark.parametrize("text", [
    # round 35: an arrest named as the backdrop of another act (…の逮捕を受けて) is told elsewhere
    "高橋一郎容疑者の逮捕を受けて、南町の町長は全職員への聞き取り調査を始めると発表した。",
    "佐藤次郎容疑者の逮捕を受け、東西銀行の社長は記者会見で謝罪した。",
])
def test_round35_arrest_as_backdrop(text):
    assert ("COERCE", "逮捕") not in _coded(text)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 35: a resignation is done by the person who leaves: the person read as the object of the
    # act noun, the one a から-phrase names, or the subject of a causative passive is its source
    ("野党側は、大野健司防衛大臣辞任の責任を追及する構えだ。", "RETREAT", "辞任", ["大野健司"], []),
    ("北海ファイターズは、大森健太監督と打撃コーチの2人が引責辞任すると発表した。", "RETREAT", "引責辞任", ["大森健太"], []),
    ("党の役員会で、幹部らは前日に小野寺誠代表から辞任する考えを聞かされたと説明した。", "RETREAT", "辞任", ["小野寺誠"], []),
    ("クーデターを起こした国軍により、ソロモン首相は退陣させられた。", "RETREAT", "退陣", ["ソロモン"], []),
    # round 35: the person marked が right before the trigger, not the head of the relative clause
    # (here with the post left, his own, after からの)
    ("高木誠前委員長が委員長からの退任を表明した労働党は、新体制に移った。", "RETREAT", "退任", ["高木誠"], []),
    # round 35: a place or person named as an origin or an allegiance (…出身 / …系 / …派) is no actor
    ("この工場では、ベトナム出身の技能実習生が賃上げを要求した。", "REQUEST", "要求", [], []),
    ("アルメニア系の住民は、新しい法律に抗議した。", "ACCUSE", "抗議", [], []),
    ("市長はブラジル系移民の団体から支援を受けている。", "AID", "支援", [], []),
    ("親イラン派の民兵が、昨夜アメリカ軍の基地を攻撃した。", "ASSAULT", "攻撃", [], ["米軍"]),
])
def test_round35_resigner_and_origin_sources(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text", [
    # round 35 review: the person before the trigger is not the one who resigns when a bare から
    # names the one who does, when the post after からの is not his own, or when he forces it
    ("民主党は、山田一郎代表が幹事長から辞任の意向を伝えられたと発表した。"),
    ("民主党は、山田一郎代表が幹事長からの辞任の申し出を受理したと発表した。"),
    ("民主党は、山田一郎代表が幹事長を辞任に追い込んだと発表した。"),
])
def test_round35_review_resigner_not_the_one_told(text):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "RETREAT", "辞任")
    assert not any("山田一郎" in n for k in e.source for n in names(art, [k])), e.source


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 36: a place, a company or a person named only inside the quote that the act closes
    # (「…」と述べて…を呼びかけた, 「…」と…を批判した) is what the speaker talks about, not the actor:
    # the act is the speaker's, or has no source when the quote has no speaker
    ("佐藤花子知事は8日、県庁で会見を開いた。「港が使えなければ、九州も日本も物流が止まる」と述べて、国に早期の復旧を呼びかけた。",
     "REQUEST", "呼びかけ", ["佐藤花子"], []),
    ("田中次郎市長は14日、記者団の取材に応じた。「札幌は雪、那覇は暑さが売りなのに、国は何も分かっていない」と観光庁を批判した。",
     "ACCUSE", "批判", ["田中次郎"], ["観光庁"]),
    ("匿名の投稿者がネットの掲示板に「北川三郎社長と南野四郎会長は責任を取って退くべきだ」と書き込んで批判した。",
     "ACCUSE", "批判", [], []),
])
def test_round36_quoted_only_sources(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, kept, n", [
    # round 36: a source-list headline of an endorsement, an agreement, a resignation, a denial or a
    # visit cites the papers' report; only the body's act is coded (GUIDELINES: no events in source lists)
    ("東西党の山本一郎代表は1日、党の代表を辞任した。\n"
     "『東西党の山本代表が辞任』。北町新聞、2024年5月1日。", ("RETREAT", "辞任"), 1),
    ("南北連盟は2日、会長選で川田次郎氏を支持すると決めた。\n"
     "『南北連盟、会長選で川田次郎氏を支持』。東西新聞、2024年5月2日。", ("SUPPORT", "支持"), 1),
    ("東西電機の西山三郎社長は3日、記者会見で合併の報道を否定した。\n"
     "『東西電機の西山社長、合併報道を否定』。北町新聞、2024年5月3日。", ("REJECT", "否定"), 1),
    ("北川太郎首相は4日、タイを訪問した。\n"
     "『北川首相、タイを訪問』。東西新聞、2024年5月4日。", ("CONSULT", "訪問"), 1),
    ("東西銀行と南北銀行は5日、経営統合で合意した。\n"
     "『東西銀行と南北銀行が経営統合で合意』。北町新聞、2024年5月5日。", ("AGREE", "合意"), 1),
])
def test_round36_source_list_personal_headlines(text, kept, n):
    assert _coded(text).count(kept) == n


@pytest.mark.parametrize("text, word", [
    # round 36: 今後 as an adverb before a cooperative act: the act lies ahead, a promise (AGREE)
    ("東西銀行は今後、南北証券と協議し、合併の条件を決める。", "協議"),
    ("北町鉄道は今後も静岡県の支援を受けて運行を続ける。", "支援"),
    ("トヨタは今後、ホンダと販売網の統合について協議していく。", "協議"),
])
def test_round36_cooperation_ahead_is_agree(text, word):
    got = [t for t, w in _coded(text) if w == word]
    assert got == ["AGREE"], _coded(text)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 36: an accusation told by the verb that closes a quote (「…」と批判した) is the speaker's
    # when no subject was found for it (the paper named as 新聞「X」紙は)
    ("アルゼンチンの新聞「クラリン」紙は社説で、「首相の約束は何一つ守られていない」と非難している。",
     "ACCUSE", "非難", ["クラリン"], []),
    ("メキシコの新聞「レフォルマ」紙は12日付の紙面で、「大統領の演説には具体策が何もない」と批判した。",
     "ACCUSE", "批判", ["レフォルマ"], []),
    # round 36: a reaction to an act named again by its noun (この拘束, この逮捕) targets that act's doer
    ("ケニア警察は先月、野党指導者のオディアンボ氏を拘束した。人権団体アムネスティはこの拘束を強く非難した。",
     "ACCUSE", "非難", ["アムネスティ"], ["ケニア警察"]),
    ("警視庁は昨日、元社長の田中一郎容疑者を逮捕した。全国消費者連盟はこの逮捕を歓迎している。",
     "SUPPORT", "歓迎", ["全国消費者連盟"], ["警視庁"]),
])
def test_round36_statement_actors(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 36: the police or prosecutors as the clause's doer make 調査 an investigation of the case,
    # whatever its object (the cause of a fire, where the goods came from)
    ("静岡県警浜松署は、倉庫が燃えた原因を調査している。", "ACCUSE", "調査", ["静岡県警浜松署"], []),
    ("福岡県警は、押収した書類から資金の流れを詳しく調査している。", "ACCUSE", "調査", ["福岡県警"], []),
    # round 36: a police search of a suspect's premises or on a charge is part of the investigation
    ("兵庫県警は18日、川村次郎容疑者の自宅を捜索した。", "ACCUSE", "捜索", ["兵庫県警"], ["川村次郎"]),
    ("大阪府警は、商品を偽って売った疑いで、同社の倉庫など4か所を捜索した。", "ACCUSE", "捜索", ["大阪府警"], []),
    # round 36: a suit brought with the court between the noun and 起こした
    ("ソニーは、特許料の支払いを求める訴えを東京地裁に起こした。", "ACCUSE", "訴え", ["ソニー"], []),
    ("トヨタは、未払いの部品代を払うよう求める訴訟を大阪地裁に起こした。", "ACCUSE", "訴訟", ["トヨタ"], []),
    # round 36: 言い渡す carries the sentence noun's roles: the court, and the one sentenced (に / the
    # subject of its passive)
    ("奈良地裁は、森田健一被告に懲役4年の実刑判決を言い渡した。", "SANCTION", "実刑判決", ["奈良地裁"], ["森田健一"]),
    ("広島地裁は、森田健一被告に死刑判決を言い渡した。", "COERCE", "死刑判決", ["広島地裁"], ["森田健一"]),
    ("森田健一被告は東京地裁から懲役2年の有罪判決を言い渡された。", "SANCTION", "有罪判決", ["東京地裁"], ["森田健一"]),
])
def test_round36_investigations_searches_suits_sentences(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, word", [
    # round 36: no investigation — a search for the missing, a search near a place with the charge
    # told only of the arrest, a survey by a body that is no police, 調査 in a relative clause on another
    # doer, a suit withdrawn
    ("海上保安部は、行方不明の釣り人を捜索している。", "捜索"),
    ("県警は、死体遺棄の疑いで逮捕した男を立ち会わせて、港の周辺を捜索した。", "捜索"),
    ("消防本部は、倉庫が燃えた原因を調査している。", "調査"),
    ("中央署は、遺跡を調査しようとした市の職員の車を止めた男を逮捕した。", "調査"),
    ("ソニーは、東京地裁への訴えを取り下げた。", "訴え"),
    # round 36 review: a police body before 調査 that is not its doer; a collapsed house searched
    ("大阪府警は、学校が事故の原因を調査していると明らかにした。", "調査"),
    ("警察は遺体を見つけたが、市の教育委員会も原因を調査している。", "調査"),
    ("県警は、地震で倒壊した住宅を捜索した。", "捜索"),
])
def test_round36_not_an_investigation_or_suit(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, "ACCUSE", word), art.events


@pytest.mark.parametrize("text, typ, word, tgt", [
    # round 36: an explosion told as an occurrence that killed or hurt people, in an article naming a
    # bomb or an attack, is a bombing; the place struck is its target
    ("ペルーの首都リマの繁華街で爆発があり、通行人15人が死亡した。警察は爆弾テロとみて捜査している。",
     "ASSAULT", "爆発", ["リマ"]),
    ("過激派の犯行声明が出た。カラチ市内の市場で爆発が起き、買い物客ら8人が負傷した。", "ASSAULT", "爆発", ["カラチ"]),
    # round 36: a demonstration told as taking place, no marcher named: against the government of the
    # country it marches in
    ("ボリビアの首都ラパスで20日、反政府デモが行われた。", "PROTEST", "デモ", ["ボリビア"]),
    ("週末にはケニア各地の12都市で、燃料値上げに反対するデモがあった。", "PROTEST", "デモ", ["ケニア"]),
    ("チリ南部の港町プエルトモントでは、漁業者ら数百人が漁獲規制に抗議するデモを行った。", "PROTEST", "デモ", ["チリ"]),
])
def test_round36_bombings_and_protests_told_as_occurring(text, typ, word, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, word)
    assert not e.source, e.source
    for t in tgt:
        assert any(t in n for n in names(art, e.target)), e.target


@pytest.mark.parametrize("text, src", [
    # round 36: a coup is coded where its stager is told (クーデターを起こした)
    ("1980年、ボカサ将軍は軍事クーデターを起こし、ダッコ大統領を追放した。", "ボカサ"),
    ("国防相のマレ将軍は、昨年クーデターを決行した。", "マレ"),
])
def test_round36_coup_staged(text, src):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, "ASSAULT", "クーデター")
    assert any(src in n for n in names(art, e.source)), e.source


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 36 review: the quote's own speaker named inside its quote (同社は「ソニーは…」, 「トヨタ自動車
    # としては…」) is still the actor; events 1.96 dropped it and left the act with no source
    ("ソニーは10日、声明を出した。同社は「ソニーは一切関与していない」として関与を否定した。",
     "REJECT", "否定", ["ソニー"], []),
    ("トヨタ自動車は11日、会見を開いた。「トヨタ自動車としては遺憾だ」と日産自動車を批判した。",
     "ACCUSE", "批判", ["トヨタ自動車"], ["日産自動車"]),
])
def test_round36_review_speaker_named_in_own_quote(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, word", [
    # round 36 review: a topic or subject other than the paper opens the second quote's clause (首相は,
    # 野党も, 野党の議員は): the paper carried from the clause before is not the one who reacts
    ("アルゼンチンの新聞「クラリン」紙は、「首相の約束は守られていない」と批判したが、首相は「誤報だ」と反発した。", "反発"),
    ("メキシコの新聞「レフォルマ」紙は、「大統領の演説は空疎だ」と批判し、野党も「説明が必要だ」と非難した。", "非難"),
    ("メキシコの新聞「レフォルマ」紙は、「大統領の演説は空疎だ」と批判したが、野党の議員は「説明が必要だ」と反発した。", "反発"),
])
def test_round36_review_closed_quote_new_topic(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [e for e in art.events if word in art.text[e.trigger[0]:e.trigger[1]]]
    srcs = [n for e in got for n in names(art, e.source)]
    assert not any("クラリン" in n or "レフォルマ" in n for n in srcs), srcs


@pytest.mark.parametrize("text, typ, word", [
    # round 36 review: the verb of occurrence denied is no demonstration, bombing or coup
    ("ペルーの首都リマでは先月、反政府デモが開かれなかった。", "PROTEST", "デモ"),
    ("ペルーの首都リマでは先月、反政府デモが発生しなかった。", "PROTEST", "デモ"),
    ("ボリビアの首都ラパスでは、反政府デモが起きていない。", "PROTEST", "デモ"),
    ("バグダッドの市場では爆発は起きておらず、死傷者もいない。警察は爆弾テロの情報を否定した。", "ASSAULT", "爆発"),
    ("タイ陸軍はクーデターを起こしていないと明言した。", "ASSAULT", "クーデター"),
    # a threat or a relative clause: no coup staged by the subject
    ("タイ陸軍はクーデターを起こすと警告した。", "ASSAULT", "クーデター"),
    ("タイのワチラ国王は20日、クーデターを起こした軍の評議会の議長にソムチャイ司令官を指名した。", "ASSAULT", "クーデター"),
    # an accident at a work site, or テロップ, is no bomb article
    ("テロ対策の会議が開かれた。東京の工事現場で爆発があり、作業員2人が死亡した。", "ASSAULT", "爆発"),
    ("テレビのテロップで速報された。カラチの市場で爆発があり、5人が死亡した。", "ASSAULT", "爆発"),
])
def test_round36_review_not_occurred(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    assert not _events(art, typ, word), art.events


def test_round36_review_bombing_victim_is_no_bomber():
    # 元首相は、…走行中に爆発が起こり死亡した: the topic died in the blast; the place stays the target
    art = hodo.analyze("レバノンの実業家ナビル・ハッダード氏は3日、ベイルート市内を車で走行中に爆発が起こり死亡した。"
                       "車には爆弾が仕掛けられていたとみられる。", published="2024-05-01")
    e = only(art, "ASSAULT", "爆発")
    assert not e.source, e.source
    assert any("ベイルート" in n for n in names(art, e.target)), e.target


@pytest.mark.parametrize("text, word", [
    # round 36 review: talks already held stay CONSULT whatever 今後 stands before them (AGREE on
    # events 1.97): 今後 as a noun (今後に向けて, 今後数年間の計画) or in an earlier clause of a past act
    ("東西銀行と南北銀行は今後に向けて毎月協議している。", "協議"),
    ("東西銀行と南北銀行は今後数年間の計画について毎月協議している。", "協議"),
    ("東西銀行は今後も営業を続けるとしたうえで、南北銀行と協議した。", "協議"),
])
def test_round36_review_cooperation_not_ahead(text, word):
    got = [t for t, w in _coded(text) if w == word]
    assert got == ["CONSULT"], _coded(text)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 36 review: the verb bringing a suit carries the plaintiff, a が-subject or one after
    # another clause's topic; the court named in full
    ("田中一郎氏が東京地裁に訴えを起こした。", "ACCUSE", "訴え", ["田中一郎"], []),
    ("委員会は田中一郎氏の主張を退けたため、田中一郎氏が東京地裁に訴えを起こした。", "ACCUSE", "訴え", ["田中一郎"], []),
    ("ソニーは、未払いの代金を求める訴訟を東京地方裁判所に起こした。", "ACCUSE", "訴訟", ["ソニー"], []),
])
def test_round36_review_suit_plaintiff(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


def test_round36_review_search_referred_to():
    # round 36 review: 捜索は (a search referred to) is no second search
    art = hodo.analyze("大阪府警は、窃盗の疑いで同社の本社を捜索したが、詐欺の疑いでの捜索は今回が初めてだ。",
                       published="2024-05-01")
    assert len(_events(art, "ACCUSE", "捜索")) == 1, art.events


def test_round36_review_cleft_lead_does_not_backtrack_without_end():
    # a sentence of many charges told with 疑いで and no cleft: the lead parts are atomic, so the match
    # fails at once (events 2.01 took seconds at 20 and hung at 30)
    from hodo.stages.events import CLEFT_NAMING_RE
    assert CLEFT_NAMING_RE.match("窃盗の疑いで" * 30 + "調べている。") is None
    assert CLEFT_NAMING_RE.match("県警の話として、" * 30 + "調べている。") is None


@pytest.mark.parametrize("text, word, party", [
    # round 37: a meeting told with one party named is held all the same (会談, 面会, 面談 join 協議 as
    # lone talks); the pair flag dropped it
    ("ライオンズの田中一郎監督は5日、球団本部で球団の幹部と会談した。", "会談", "田中一郎"),
    ("北町署は10日、容疑者の家族と署内で面会した。", "面会", "北町署"),
    ("南北銀行の山本次郎頭取は取引先の担当者と面談し、融資の条件を説明した。", "面談", "山本次郎"),
])
def test_round37_lone_meeting_coded(text, word, party):
    art = hodo.analyze(text, published="2024-05-01")
    got = _events(art, "CONSULT", word)
    names = {e.key: e.name for e in art.entities}
    assert got and all(any(party in names.get(k, k) for k in e.source) for e in got), art.events


@pytest.mark.parametrize("text", [
    # round 37: a lone party's meeting "of that day" (この日の / その日の会談) is the meeting told before
    "森田首相は3日、ブラウン大統領と会談した。森田首相はこの日の会談で、貿易の問題を取り上げた。",
    "東西銀行の山本頭取は2日、南北銀行の川村頭取と会談した。山本頭取はその日の会談で、合併の条件を示した。",
])
def test_round37_meeting_of_that_day_not_repeated(text):
    art = hodo.analyze(text, published="2024-05-01")
    assert len(_events(art, "CONSULT", "会談")) == 1, art.events


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 37: から / によって with も still name a passive's agent (協会からも除名された)
    ("田中一郎氏は、日本相撲協会からも除名された。", "SANCTION", "除名", ["日本相撲協会"], ["田中一郎"]),
    ("山本花子議員は、公明党からも厳しい批判を受けた。", "ACCUSE", "批判", ["公明党"], ["山本花子"]),
    ("鈴木次郎市長は、自由民主党によっても批判された。", "ACCUSE", "批判", ["自由民主党"], ["鈴木次郎"]),
])
def test_round37_also_agent_passive(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 37: the act's own subject is a crowd noun that names no entity (支持者は, 批判者が, 住民は):
    # no actor of another clause or sentence becomes its source
    ("支持者は、山口三郎氏が長年にわたり地元の商店街を支えてきた点を高く買っており、今回の入閣を歓迎している。",
     "SUPPORT", "歓迎", [], []),
    ("北村五郎氏は3日、後援会の会合で市長選への立候補を表明した。会場の支持者らは、総立ちで歓迎した。",
     "SUPPORT", "歓迎", [], []),
    ("北川一郎首相は10日、大阪市内のホテルで講演した。講演が続く間、批判者がホテルの前で抗議活動を行った。",
     "PROTEST", "抗議活動", [], []),
    ("北町町議会は処分場の建設案を可決したが、周辺の住民は町の説明会への出席を拒否した。",
     "REJECT", "拒否", [], []),
])
def test_round37_crowd_subject_sources(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, kept, n", [
    # round 37: a source-list headline of a reproach, an attack, an apology or a court's order cites the
    # papers' report of the story; only the body's act is coded (GUIDELINES: no events in source lists)
    ("北町市の田中一郎市長は1日、県の新しい計画を強く批判した。\n"
     "『北町市長、県の計画を批判』。東西新聞、2024年5月1日。", ("ACCUSE", "批判"), 1),
    ("ロシア軍は2日、ウクライナ東部にある基地を攻撃した。\n"
     "『ロシア軍、ウクライナの基地を攻撃』。北町新聞、2024年5月2日。", ("ASSAULT", "攻撃"), 1),
    ("北町市の佐藤三郎市長は3日、記者会見を開き、市営バスの事故について謝罪した。\n"
     "『北町市長がバス事故で謝罪』。東西新聞、2024年5月3日。", ("CONCEDE", "謝罪"), 1),
    ("フランスの労働組合は4日、年金改革に抗議してパリでデモを行った。\n"
     "『フランスの労組がパリでデモ』。北町新聞、2024年5月4日。", ("PROTEST", "デモ"), 1),
    ("大阪地裁は5日、北町商事に1億円の支払いを命じた。\n"
     "『大阪地裁、北町商事に1億円の支払い命令』。東西新聞、2024年5月5日。", ("REQUEST", "命令"), 0),
])
def test_round37_source_list_story_headlines(text, kept, n):
    assert _coded(text).count(kept) == n, _coded(text)


@pytest.mark.parametrize("text, word", [
    # round 37: talks announced for later (…と発表した, …としている, a plain 協議に入る。) and cooperation as
    # the first step of a plan or a wish (連携し、…を求める考え, 協力し…したいと述べた): a promise (AGREE)
    ("北町市の川村市長は、隣接する二つの町との合併協議を年内に始めると明らかにした。", "協議"),
    ("東西党は、北町党との政策の協議を来週再開すると発表した。", "協議"),
    ("北山首相は、議席を得た二つの小政党と政権の枠組みをめぐる協議に入る。", "協議"),
    ("南川村は、地元の漁協と連携して、海岸の清掃を毎月行う方針だ。", "連携"),
    ("北町運輸の森田社長は、国の事故調査に協力し、運転士の教育を見直したいと語った。", "協力"),
])
def test_round37_planned_cooperation_is_agree(text, word):
    got = [t for t, w in _coded(text) if w == word]
    assert got == ["AGREE"], _coded(text)


@pytest.mark.parametrize("text, word", [
    # round 37: an attack or a counter-attack in a game is play, not force
    ("北町高校は8回裏の攻撃で2点を加え、試合を決めた。", "攻撃"),
    ("東西FCは、同点に追いつかれた後も北町FCへの攻撃を続けた。", "攻撃"),
])
def test_round37_game_attack_is_no_force(text, word):
    assert not [t for t, w in _coded(text) if w == word], _coded(text)


@pytest.mark.parametrize("text,typ,word,src,tgt", [
    # round 37: a recommendation, a request or a favour received: the giver before …の / …からの is the
    # source, the receiver is the clause's topic or subject, with a date, a comma or a place between
    # (review: the rows are the reviewers' own sentences)
    ("前田和夫市議は2019年の市議選で、公明党の推薦を受けて初当選した。", "SUPPORT", "推薦", ["公明党"], ["前田和夫"]),
    ("運転手の野口健太氏は先週、石井修社長からの依頼で荷物を届けた。", "REQUEST", "依頼", ["石井修"], ["野口健太"]),
    # (review: a bare continuative 受け before the next verb is no adnominal, though the parse says so)
    ("中川次郎町長は2018年の町長選に、公明党の推薦を受け立候補し当選した。", "SUPPORT", "推薦", ["公明党"], ["中川次郎"]),
    # … or the one named right after the act
    ("国境なき医師団の要請を受けてケニア政府は難民キャンプに医薬品を送った。", "REQUEST", "要請",
     ["国境なき医師団"], ["ケニア政府"]),
])
def test_round37_received_act_names_its_receiver(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text,typ,word,topic", [
    # review of round 37: the act inside an active adnominal clause went to the noun it modifies, not
    # to the clause's topic (the rule gave 前田和夫 / 警視庁 before the review)
    ("前田和夫市議は、公明党の推薦を受けた候補を批判した。", "SUPPORT", "推薦", "前田和夫"),
    ("中村一郎氏は、公明党の推薦を受けている候補者を批判した。", "SUPPORT", "推薦", "中村一郎"),
    ("警視庁は、石井修容疑者からの依頼で金庫を壊した男を逮捕した。", "REQUEST", "依頼", "警視庁"),
    # … and a help refused or missed is not received
    ("元外交官の佐藤一郎氏(60歳)が維新の会からの要請を受けずに出馬を表明した。", "REQUEST", "要請", "佐藤一郎"),
    ("元外交官の佐藤一郎氏(60歳)が維新の会からの要請を受けられず出馬を断念した。", "REQUEST", "要請", "佐藤一郎"),
])
def test_round37_review_received_act_not_the_topics(text, typ, word, topic):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, word)
    assert not any(topic in names(art, [k]) for k in e.target), e.target


def test_round37_review_passive_relative_keeps_the_topic():
    # the topic acted on the request: …の要請で差し押さえられていた車の… (the gold keys such a topic)
    check_roles("大阪府警は先月、米連邦捜査局の要請で差し押さえられていた車の持ち主を逮捕した。", "REQUEST", "要請",
                ["米連邦捜査局"], ["大阪府警"])


@pytest.mark.parametrize("text,typ,word", [
    # round 37: the address nearest the act decides, though the town was named before as the scene
    ("福岡県警は、北九州市の商店街で自転車を盗んだとして、北九州市在住の無職の男を逮捕した。", "COERCE", "逮捕"),
    # a described person sent to the prosecutors is named by his address as the arrested is
    ("神奈川県警は、神戸市在住の50代の自営業の男性を、古物営業法違反の疑いで書類送検した。", "ACCUSE", "送検"),
])
def test_round37_address_is_no_target(text, typ, word):
    art = hodo.analyze(text, published="2024-05-01")
    e = only(art, typ, word)
    assert e.target == [], e.target


@pytest.mark.parametrize("text,tgt", [
    # round 37: the address of the one arrested dropped, the arrest takes the suspects named after it
    ("兵庫県の高校生の少年が、8日、脅迫の疑いで大阪府警に逮捕された。逮捕されたのは尼崎市の高校2年・中西悠斗容疑者(17歳)。",
     ["中西悠斗"]),
    ("愛知県警は5日、岐阜県在住の建設会社社員2人を詐欺の容疑で逮捕した。2人とも容疑を否認している。"
     "逮捕されたのは大垣市の会社員・杉本大輔(38歳)と、同市の会社員・野村翔(29歳)の2容疑者。", ["杉本大輔", "野村翔"]),
])
def test_round37_address_dropped_then_the_suspect_named_after(text, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    e = next(e for e in art.events if e.type == "COERCE" and e.trigger[0] < text.index("。"))
    assert covers(art, e.target, tgt), e.target


@pytest.mark.parametrize("text, word, typ", [
    # round 37 review: a chained plan makes only cooperation a promise, and only when its plan word
    # closes a non-past verb: a meeting held (会談し、…退く意向を示した), a welcome said (歓迎し、…続けたい),
    # a past act told with a stray plan word (家族の考えを聞いている, 予定通り開いた) stay as they are
    ("東町の村井町長は5日、県の担当者と会談し、来春の任期満了で退く意向を示した。", "会談", "CONSULT"),
    ("鈴木外相は、両国の合意を歓迎し、今後も和平に向けて支援を続けたいと述べた。", "歓迎", "SUPPORT"),
    ("北町市は、県警と連携し、被害者の家族の考えを聞いている。", "連携", "COOPERATE"),
    ("北町市は、県警と協力し、予定通り式典を開いた。", "協力", "COOPERATE"),
])
def test_round37_review_chained_plan_narrowed(text, word, typ):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, e.modality) for e in art.events if art.text[e.trigger[0]:e.trigger[1]] == word]
    assert got == [(typ, "asserted")], got


@pytest.mark.parametrize("text, word", [
    # round 37 review: a game word inside another word (国境守備隊, ゴールドマン) or force named beside a
    # game (試合中…自爆攻撃) leaves the attack coded
    ("イスラエル軍は5日、国境守備隊の拠点を攻撃したヒズボラに反撃した。", "反撃"),
    ("ハマスは5日、ゴールドマン・サックスの支店があるテルアビブのビルを攻撃した。", "攻撃"),
    ("サッカーの試合中、ISが競技場の外で自爆攻撃を行った。", "攻撃"),
])
def test_round37_review_attack_near_game_words_kept(text, word):
    assert [t for t, w in _coded(text) if w == word and t in ("ASSAULT", "THREATEN")], _coded(text)


@pytest.mark.parametrize("text,word,src", [
    # round 38: an appeal's target is only the one called on (に / に対し); the beneficiary of the help
    # asked for, the one whose support is asked for and a place in the quoted appeal are none
    ("国際赤十字は、ハイチへの緊急支援を各国に呼びかけた。", "呼びかけ", ["赤十字"]),
    ("国連世界食糧計画は、エチオピアへの食糧援助を呼び掛けている。", "呼び掛け", ["世界食糧計画"]),
    ("地元商工会の山本一郎会長は、会員らに、佐藤花子氏の市長選での応援を呼びかけた。", "呼びかけ", ["山本一郎"]),
    ("市民団体代表の田中一郎さんは集会で「琵琶湖の水をこれ以上汚さないで」と呼びかけた。", "呼びかけ", ["田中一郎"]),
])
def test_round38_appeal_targets_only_its_addressee(text, word, src):
    check_roles(text, "REQUEST", word, src, [])


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 38: a person the article names as a suspect (…容疑者, …被告) is no doer of a police,
    # prosecution or dismissal act; he is its target, and the police of the context its source
    ("警視庁は3日、会社員の森田一郎容疑者(45歳)を窃盗の疑いで逮捕した。森田容疑者は容疑を認めており、"
     "自宅から押収した腕時計の入手先も調べる。", "COERCE", "押収", ["警視庁"], ["森田一郎"]),
    ("大阪府警は5日、会社役員の川口次郎容疑者(52歳)を詐欺の疑いで逮捕した。川口容疑者は「だますつもりは"
     "なかった」と話しているが、府警は、川口容疑者が詐欺グループを指揮していたとみて追及している。", "ACCUSE", "追及",
     ["大阪府警"], ["川口次郎"]),
    ("元交際相手の女性に脅迫のメールを送ったとして、兵庫県警は10日、無職の南部六郎容疑者(41歳)を逮捕した。"
     "南部容疑者は女性の両親にも同じ文面のメールを送っていたといい、女性は先月、告訴に踏み切っていた。", "ACCUSE", "告訴",
     [], ["南部六郎"]),
    ("京都府警は12日、会社員の東野七郎容疑者(36歳)を傷害の疑いで逮捕した。東野容疑者は犯行を認めているが、"
     "弁護人は、逮捕の前日から参考人をホテルで拘束していたのは違法だと主張している。", "COERCE", "拘束",
     ["京都府警"], ["東野七郎"]),
])
def test_round38_suspect_is_no_doer(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 38 review: a search or a seizure is the police's alone, its object (自宅を) no sign of the
    # suspect acting
    ("神奈川県警は8日、無職の北村五郎容疑者(29歳)を強盗の疑いで逮捕した。北村容疑者は黙秘しているが、"
     "同容疑者の自宅を家宅捜索し、刃物を見つけた。", "COERCE", "家宅捜索", ["神奈川県警"], ["北村五郎"]),
])
def test_round38_review_suspect_is_no_searcher(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, word", [
    # round 38: a visit by no one named to a place that is no body or person, or a visit to a building
    # or a site, is travel, not a meeting of actors
    ("出張中の男性会社員は、取引先との打ち合わせのため札幌市を訪れていた。", "訪れ"),
    ("大雨の被害を聞いた学生たちは、週末に片付けの手伝いで人吉市を訪れた。", "訪れ"),
    ("北山首相は5日朝、明治神宮を訪れ、参拝した。", "訪れ"),
])
def test_round38_visit_of_no_one_or_to_a_site(text, word):
    assert not [t for t, w in _coded(text) if w == word], _coded(text)


@pytest.mark.parametrize("text, word", [
    # round 38: attending a party, a concert, an award ceremony or a sports event is no meeting of actors
    ("新社長の村井氏は、取引先が催した新年パーティに出席した。", "出席"),
    ("田中外相は、日本代表のサッカーの試合の開会式に出席した。", "出席"),
    ("西川氏は、母校の創立記念コンサートに出席したあと、記者の質問に答えた。", "出席"),
])
def test_round38_leisure_attendance_not_a_meeting(text, word):
    assert not [t for t, w in _coded(text) if w == word], _coded(text)


@pytest.mark.parametrize("text, typ", [
    # round 38: 派遣 of workers is labour supplied (no event); 派遣 of warships or to a war front is a
    # show or use of force (MOBILIZE), not aid
    ("南区の人材センターは、定年後の男性を公民館の受付係として派遣している。", None),
    ("東西商事は、登録した派遣スタッフを近くの物流倉庫に派遣していた。", None),
    # (round 38 review) a country named between the labour word and the act: engineers sent to a state
    ("北町自動車は、派遣社員の雇い止めを決め、中国に技術者を派遣した。", "AID"),
    ("英国は、タンカーの護衛のため湾岸に駆逐艦3隻を派遣した。", "MOBILIZE"),
    ("ロシアは、国境の紛争地域に軍艦を派遣した。", "MOBILIZE"),
])
def test_round38_dispatch_of_workers_and_of_warships(text, typ):
    got = [t for t, w in _coded(text) if w == "派遣"]
    assert got == ([typ] if typ else []), _coded(text)


def test_round38_review_appeal_for_a_chain_of_acts_keeps_its_addressee():
    # the clause ends of the acts asked for (開放し、) are the request's own, no clause end
    # before the appeal: the one called on with に対し stays its target
    check_roles("米国のケリー国務長官は日本に対し、市場を開放し、規制を緩和するよう呼びかけた。", "REQUEST", "呼びかけ",
                ["ケリー"], ["日本"])


@pytest.mark.parametrize("text, word", [
    # round 38 review: 陸上自衛隊, a 体育館 or a 競技場 as the venue are no sports event
    ("陸上自衛隊の幹部が米国防総省の高官との協議に出席した。", "出席"),
    ("民主党の代表は、市民体育館で開かれた自民党との討論会に出席した。", "出席"),
])
def test_round38_review_attendance_near_non_sports_words_kept(text, word):
    assert [t for t, w in _coded(text) if w == word], _coded(text)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 40: a target phrase (に / を / に対し) that the parse hangs on the verb after the trigger, the
    # trigger being that verb's object or the first verb of its chain, is the act's target
    ("タイ政府は南部のパタニ県に戒厳令を敷いた。", "COERCE", "戒厳令", ["タイ政府"], ["パタニ県"]),
    ("文部科学省は、北海道教育委員会に是正を求める通知書を手渡した。", "REQUEST", "求める", ["文部科学省"], ["北海道教育委員会"]),
    ("韓国政府は、日本大使館に抗議の書簡を送った。", "ACCUSE", "抗議", ["韓国政府"], ["日本大使館"]),
    ("中国外務省は日本政府に抗議の文書を手渡した。", "ACCUSE", "抗議", ["中国外務省"], ["日本政府"]),
])
def test_round40_target_on_the_verb_after_the_trigger(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, word, wrong", [
    # round 40 review: the phrase on the verb after the trigger is no target when that verb receives
    # (its に-party is the giver) or when the trigger already has its own phrase of the same case
    # between them (a currency named before is no attack target)
    ("日本政府は米国に支援の申し出を受けた。", "支援", "米国"),
    ("政府は米国に支援の約束を取り付けた。", "支援", "米国"),
    ("その団体は200万香港ドルを、野党を攻撃する広告に費やした。", "攻撃", "香港"),
])
def test_round40_review_no_target_from_a_receiving_verb_or_past_the_own_object(text, word, wrong):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, e.target) for e in art.events if art.text[e.trigger[0]:e.trigger[1]].startswith(word)]
    assert not any(wrong in names(art, t) for _, t in got), got


@pytest.mark.parametrize("text, coded", [
    # round 41: 指摘 is an accusation when what is pointed out is a fault (a word of wrongdoing or of a
    # wrong judgment in the clause before it); a forecast or an analysis pointed out is no act
    ("欧州連合の監視団は、ベラルーシ政府による選挙の不正を指摘した。", True),
    ("野党の田中議員は「この予算の執行は違法である」と指摘した。", True),
    ("金融庁は、みずほ銀行の審査体制に重大な不備があると指摘している。", True),
])
def test_round41_pointing_out_a_fault_is_an_accusation(text, coded):
    got = [t for t, w in _coded(text) if w.startswith("指摘")]
    assert got == (["ACCUSE"] if coded else []), _coded(text)


@pytest.mark.parametrize("text", [
    # round 41: guards of the cue (they pass without the 指摘 row too): no fault word before 指摘
    "気象庁の専門家は、被害がさらに拡大する可能性を指摘した。",
    "日本経済新聞は、両国の関係は今後も重要だと指摘している。",
])
def test_round41_pointing_out_no_fault_is_no_event(text):
    assert not [t for t, w in _coded(text) if w.startswith("指摘")], _coded(text)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 41: a court's sentence told by its penalty (懲役…の判決, 懲役…を言い渡す) is SANCTION, a death or
    # life term COERCE; an order to pay is SANCTION; the prosecutors' demanded sentence (…を求刑した) REQUEST
    ("広島地裁は20日、窃盗罪に問われた川口健一被告に懲役4年の判決を言い渡した。", "SANCTION", "判決", ["広島地裁"], ["川口健一"]),
    ("仙台地裁は3日、会社員の森本隆被告に懲役2年6月を言い渡した。", "SANCTION", "言い渡", ["仙台地裁"], ["森本隆"]),
    ("福岡高裁は一審を退け、元社員の木下浩二被告に懲役8年の実刑を言い渡した。", "SANCTION", "言い渡", ["福岡高裁"], ["木下浩二"]),
    ("ベトナムの裁判所は麻薬密輸の罪で大西修被告に死刑の判決を言い渡した。", "COERCE", "判決", ["ベトナム"], ["大西修"]),
    ("札幌地裁は10日、元社長の石田和夫氏に対し約300万円を支払うよう命じる判決を言い渡した。", "SANCTION", "命じる", ["札幌地裁"], ["石田和夫"]),
    ("神戸地裁は、作家の岡田真一氏に慰謝料150万円の支払いを命じた。", "SANCTION", "命じ", ["神戸地裁"], ["岡田真一"]),
])
def test_round41_court_sentences_and_orders(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


def test_round41_demanded_sentence_is_a_request():
    art = hodo.analyze("横浜地検は15日、殺人罪に問われた村上聡被告に懲役18年を求刑した。", published="2024-05-01")
    e = only(art, "REQUEST", "求刑")
    assert covers(art, e.target, ["村上聡"]), e.target


@pytest.mark.parametrize("text, absent", [
    # round 41 guards: no penalty (無罪, a judgment as a time), a demand in a parenthesis, an order of another act
    ("京都地裁は、元職員の松田健被告に無罪(求刑:懲役3年)の判決を言い渡した。", {"判決", "言い渡し"}),
    ("広島地裁の判決は来月に確定する見通しだ。", {"判決"}),
    ("静岡地裁は松井良太被告に懲役5年(求刑:懲役7年)の実刑判決を言い渡した。", {"求刑"}),
    ("市長は住民に避難を命じた。", {"命じ"}),
    # round 41 review: an acquittal after the demanded term (求刑…に対し無罪) imposes no penalty; 注意を払う is no payment
    ("名古屋地裁は、検察の懲役4年の求刑に対し無罪の判決を言い渡した。", {"判決", "言い渡し"}),
    ("名古屋地裁は求刑懲役2年に対し無罪を言い渡した。", {"判決", "言い渡し"}),
    ("田中一郎社長は全ての部長に細心の注意を払うよう命じた。", {"命じ"}),
])
def test_round41_not_a_sentence_or_order(text, absent):
    assert not [w for _, w in _coded(text) if w in absent], _coded(text)


@pytest.mark.parametrize("text, word, sued", [
    # round 41 review: a 同協会 / 同省 named with に before a suit is the one asked or sued, no court the
    # suit goes to: it stays the target (only a 同地裁 / 同地検 / a court's or police body's name is a destination)
    ("日本陸上競技協会は先月、佐藤二郎選手を資格停止とした。佐藤選手は同協会に処分の取り消しを求める訴えを東京地裁に起こした。",
     "訴え", "日本陸上競技協会"),
    ("国土交通省は先月、日本航空に業務改善命令を出した。日本航空は同省に命令の取り消しを求めて提訴した。",
     "提訴", "国土交通省"),
])
def test_round41_review_same_body_asked_is_still_sued(text, word, sued):
    art = hodo.analyze(text, published="2024-05-01")
    got = [e for e in art.events if e.type == "ACCUSE" and art.text[e.trigger[0]:e.trigger[1]].startswith(word)]
    assert got and sued in names(art, got[0].target), [(e.type, e.source, e.target) for e in art.events]


@pytest.mark.parametrize("text, word", [
    # round 41 review: a 同地裁 / 同署 that a suit or complaint goes to is no actor of it, even alone (it was
    # none before round 41): no event with the court or the station as the one charged
    ("近所の騒音について、田村さんは高松地裁で調停を試みたが不調に終わった。女性はその後、同地裁に提訴した。", "提訴"),
    ("群馬県警前橋署は先月、窃盗事件の捜査を始めた。被害に遭った会社は、同署に告訴した。", "告訴"),
])
def test_round41_review_same_court_destination_is_no_target(text, word):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.source, e.target) for e in art.events if art.text[e.trigger[0]:e.trigger[1]].startswith(word)]
    assert not any(t for _, t in got), got


@pytest.mark.parametrize("text", [
    # round 41 review: a fault word that names no fault is no cue for 指摘: denied (不正はなかった), a title
    # or a body's name (人権団体), 責任 with no blame (責任は…移る), or the cue of an earlier 指摘 in the sentence
    "第三者委員会の中村座長は、組織的な不正はなかったと指摘した。",
    "国際人権団体アムネスティは、難民の数が今後増えると指摘した。",
    "石田外相は、会談の後、今後の交渉の責任は相手国の政府に移ると指摘した。",
])
def test_round41_review_no_fault_cue_no_accusation(text):
    assert not [t for t, w in _coded(text) if w.startswith("指摘")], _coded(text)


def test_round41_review_one_fault_cue_one_accusation():
    # 不正があると指摘し、…可能性を指摘した: the fault word before the first 指摘 is no cue for the second
    got = [t for t, w in _coded("田中議員は、市の補助金の支出に不正があると指摘し、来年度の予算にも影響が出る可能性を指摘した。")
           if w.startswith("指摘")]
    assert got == ["ACCUSE"], got


def test_round41_review_a_lesser_term_after_a_death_demand_is_no_coercion():
    # round 41 review: 死刑の求刑に対し懲役20年の判決 is a prison term (SANCTION), not a death sentence
    art = hodo.analyze("甲府地裁は死刑の求刑に対し中村誠被告に懲役20年の判決を言い渡した。", published="2024-05-01")
    assert not [e for e in art.events if e.type == "COERCE"], [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    only(art, "SANCTION", "判決")


@pytest.mark.parametrize("text, typ, word, role, who", [
    # round 42: a が-phrase whose first verb is the trigger, its clause closed by 後 / 際 or a relative
    # clause on a noun, is the trigger's subject though the parse hangs it on the main verb after that noun
    ("鈴木一郎容疑者が先月窃盗の疑いで逮捕された後、家族は市外に引っ越した。", "COERCE", "逮捕", "target", "鈴木一郎"),
    ("野球選手の佐藤健容疑者が傷害の疑いで逮捕された事件を受け、球団は謝罪会見を開いた。", "COERCE", "逮捕", "target", "佐藤健"),
])
def test_round42_clause_subject_past_a_closing_noun(text, typ, word, role, who):
    art = hodo.analyze(text, published="2024-05-01")
    got = [e for e in art.events if e.type == typ and art.text[e.trigger[0]:e.trigger[1]].startswith(word)]
    assert got and any(_has(art, getattr(e, role), who) for e in got), [(e.type, e.source, e.target) for e in art.events]


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 42: a reaction to another party's act told as a noun phrase targets the act's owner (the name
    # before の), not the names inside the act noun (its への / との argument or its compound)
    ("欧州委員会は、ルーマニアとブルガリアのEUへの加盟を承認した。", "SUPPORT", "承認", ["欧州委員会"], ["ルーマニア", "ブルガリア"]),
    ("中国政府は、アメリカの台湾への武器売却を非難した。", "ACCUSE", "非難", ["中国政府"], ["アメリカ"]),
    ("民主党は、トランプ大統領のメキシコとの国境の壁の建設を批判した。", "ACCUSE", "批判", ["民主党"], ["トランプ"]),
    ("山本市長は、田中知事の大阪港売却案に対して、無責任な判断だと批判した。", "ACCUSE", "批判", ["山本"], ["田中"]),
    ("韓国政府は、日本の竹島への調査船派遣に強く抗議した。", "ACCUSE", "抗議", ["韓国政府"], ["日本"]),
])
def test_round42_reaction_targets_the_owner_of_the_act(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 42: a phrase whose own predicate (a verb or adjective) closes a と-complement right before
    # the trigger is an argument of that clause, not the trigger's subject; the topic stays the doer
    ("西岡国政府は、東岡国が反政府勢力と深いつながりがあると非難した。", "ACCUSE", "非難", ["西岡"], ["東岡"]),
    ("インド政府はかねて、パキスタンが国境の衝突に責任があると批判してきた。", "ACCUSE", "批判", ["インド政府"], ["パキスタン"]),
    # review of round 42: a に-phrase before the complement keeps the repair (the one blamed is the target);
    # 2.29 dropped it with the places of the clause
    ("東山国政府は、西山国には停戦を守る気がないと批判した。", "ACCUSE", "批判", ["東山"], ["西山"]),
])
def test_round42_complement_subject_is_no_doer(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text, typ, word, src, tgt", [
    # round 42: a police body named as the topic of an arrest (…署は, 同署は) whose parse head (署) is the
    # nsubj is no plain doer noun: when the suspect's が-phrase took the source and went to the target,
    # the body is still the arrester
    ("岐阜県警高山署は、アルバイトの川田一郎容疑者(40)が、店の売上金を持ち去ったとして、窃盗容疑で逮捕した。",
     "COERCE", "逮捕", ["岐阜県警高山署"], ["川田一郎"]),
    ("愛知県警中村署は、会社員の北川三郎容疑者(52歳)が、同僚を刃物で刺したとして、殺人未遂容疑で逮捕した。",
     "COERCE", "逮捕", ["愛知県警中村署"], ["北川三郎"]),
    ("宮城県警仙台南署は1日、盗難届を受けて捜査を始めた。同署は、アルバイトの川田一郎容疑者(40)が、店の売上金を"
     "持ち去ったとして、窃盗容疑で逮捕した。", "COERCE", "逮捕", ["宮城県警仙台南署"], ["川田一郎"]),
])
def test_round42_named_police_topic_keeps_its_arrest(text, typ, word, src, tgt):
    check_roles(text, typ, word, src, tgt)


@pytest.mark.parametrize("text", [
    # round 43: a demand that is the claim of a lawsuit (…を求めた訴訟, …を求めて提訴) is the suit brought
    # (ACCUSE), not a request to the one sued; a suit coded on its own trigger takes the demand in
    "トヨタ自動車は、日産自動車に対し約3億円の損害賠償を求めた訴訟を東京地裁に起こしていた。",
    "ソニーは東芝に対し特許権侵害の差し止めを求めて提訴した。",
    "パナソニックがシャープに約5億円の支払いを求めた裁判で、大阪地裁は請求を棄却した。",
    "読売新聞によると、トヨタ自動車が日産自動車に対し約2億円の損害賠償を求めた訴訟の判決が、東京地裁で言い渡された。",
])
def test_round43_a_suits_claim_is_the_suit(text):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]
    assert not [e for e in art.events if e.type == "REQUEST"], got
    accused = [e for e in art.events if e.type == "ACCUSE"]
    assert len(accused) == 1, got
    assert not _has(art, accused[0].target, "読売新聞"), accused[0].target  # a paper cited sues no one


@pytest.mark.parametrize("text, tgt", [
    # round 43: 訴える with an actor as its を-object is suing that actor (ACCUSE); an appeal has a thing
    # as its object (国際社会に支援を訴えた: REQUEST)
    ("元社員らは国と日本航空を訴えている。", "日本航空"),
    ("松下電器産業はソニーを特許侵害で訴えていた。", "ソニー"),
    ("シャープは特許を侵害されたとして、サムスン電子を東京地裁に訴えた。", "サムスン電子"),
])
def test_round43_an_actor_as_the_object_of_uttaeru_is_sued(text, tgt):
    art = hodo.analyze(text, published="2024-05-01")
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]], e.target) for e in art.events]
    assert [e.type for e in art.events if art.text[e.trigger[0]:e.trigger[1]].startswith("訴え")] == ["ACCUSE"], got
    assert any(_has(art, e.target, tgt) for e in art.events if e.type == "ACCUSE"), got


@pytest.mark.parametrize("text, word", [
    # round 43: an act that is only the content of an appeal, with its own clause, an adverb or an
    # addressee between it and the appeal verb: the appeal is coded, the act asked for is not
    ("東山市の田中一郎市長は記者会見で、被災した農家への支援を拡充するよう県に求めた。", "支援"),
    ("国連の北川事務総長は、東国と西国の両政府が国境の部隊を撤退させて協議を再開することを呼びかけた。", "撤退"),
    ("世界食糧計画は、北国への食糧援助を重ねて加盟国に要請した。", "援助"),
])
def test_round43_appeal_content_is_no_act(text, word):
    coded = _coded(text)
    assert not [t for t, w in coded if w == word], coded
    assert [t for t, w in coded if t == "REQUEST"], coded


@pytest.mark.parametrize("text, word", [
    # round 43: a demand that is the claim of a suit: the suit is the act, the claim is not a request
    ("山田花子さんは、北川建設に対して約500万円の損害賠償を求めた訴訟を大阪地裁に起こしていた。", "求め"),
    ("南町の住民団体は、北山化学に対し工場の操業停止を求めて提訴した。", "求め"),
])
def test_round43_suit_claim_is_no_request(text, word):
    coded = _coded(text)
    assert not [t for t, w in coded if w == word], coded
    assert [t for t, w in coded if t == "ACCUSE"], coded


@pytest.mark.parametrize("text, word", [
    # round 43: an attack or a threat only wished or meant (a motive told to the police) is no act
    ("警視庁によると、山本次郎容疑者は「誰でもいいから人を殺したかった」と供述している。", "殺し"),
    ("大阪府警によると、川上三郎容疑者は「社長を殺すつもりだった」と話しているという。", "殺す"),
    ("県警によると、北村四郎容疑者は「金を返さない元同僚を脅かすつもりだった」と話している。", "脅かす"),
])
def test_round43_wished_attack_is_no_act(text, word):
    assert not [t for t, w in _coded(text) if w == word], _coded(text)


def test_round43_link_run_before_sources_is_not_coded():
    # round 43: the last line of the body run into the source list with no 。 is a pasted run of
    # related headlines; only the article's own arrest is coded
    text = ("兵庫県警は1日、会社員の男を逮捕した。男は容疑を認めている。神戸の強盗事件、兵庫県警が元従業員の男を逮捕"
            "大阪の発砲事件、大阪府警が暴力団組員を殺人容疑で再逮捕京都の放火事件、京都府警が近所の男を逮捕関西ニュース"
            "『兵庫県警、強盗容疑で会社員の男を逮捕』。神戸新聞、2024年5月1日。")
    coded = _coded(text)
    assert coded == [("COERCE", "逮捕")], coded


@pytest.mark.parametrize("text, word, typ", [
    # round 43 review: the content-of-appeal rule reads only the act asked for: not an act that is the
    # appeal's cause (…を受けて, a new topic は after it), nor one whose own verb closes its clause
    # (懸念を示し…), nor a trigger before a word that only contains an appeal verb (失望, 迫撃砲)
    ("ロシア軍の攻撃を受けて国連は即時に停戦するよう求めた。", "攻撃", "ASSAULT"),
    ("ロシア軍による砲撃の激化に国連は懸念を示し停戦するよう求めた。", "懸念", "ACCUSE"),
    ("米軍の空爆の激化に失望の声が上がった。", "空爆", "ASSAULT"),
])
def test_round43_review_appeal_content_is_only_what_is_asked(text, word, typ):
    coded = _coded(text)
    assert (typ, word) in coded, coded


@pytest.mark.parametrize("text, sued, court", [
    # round 43 review: the court a suit on 訴える goes to (…を大阪地裁に訴えた) is no party sued, as for
    # 提訴 and 訴えを起こした (round 36)
    ("パナソニックは特許を侵害されたとして、ソニーを大阪地裁に訴えた。", "ソニー", "大阪地裁"),
])
def test_round43_review_the_court_of_a_suit_is_not_sued(text, sued, court):
    art = hodo.analyze(text, published="2024-05-01")
    accused = [e for e in art.events if e.type == "ACCUSE"]
    got = [(e.type, art.text[e.trigger[0]:e.trigger[1]], e.target) for e in art.events]
    assert accused and _has(art, accused[0].target, sued), got
    assert not _has(art, accused[0].target, court), got
