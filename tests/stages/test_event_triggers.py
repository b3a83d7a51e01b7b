"""Trigger data (data/event_triggers.tsv, data/event_lexicon.tsv): sentences written for
these tests, each asserting the PLOVER type hodo codes on a word, or that it codes none.

Round 13 rows: word families read in 20+ contexts of the Wikinews corpus and coded as
PLOVER.md would code them in most sentences with a named actor (see the notes column of
the tables)."""
from __future__ import annotations

import pytest

import hodo
from hodo.stages import events as ev


def _coded(text):
    art = hodo.analyze(text, published="2024-05-01")
    return art, [(e.type, art.text[e.trigger[0]:e.trigger[1]]) for e in art.events]


@pytest.mark.parametrize("text,typ,word", [
    # a leader's inspection visit is a visit (CONSULT), the visited place or body the target
    ("ブッシュ大統領は24日、テキサス州の被災地を視察した。", "CONSULT", "視察"),
    ("ムシャラフ大統領は18日、パキスタン北部のムザファラバードを視察した。", "CONSULT", "視察"),
    # sending an envoy is a diplomatic visit, not aid
    ("インド政府はネパールのギャネンドラ国王に特使を派遣した。", "CONSULT", "特使を派遣"),
    ("国連安全保障理事会は、大島国連大使をエチオピアとエリトリアに特使として派遣した。", "CONSULT", "特使として派遣"),
    # balking at a proposal is a refusal, displeasure shown is disapproval
    ("石原知事は中国からのパンダの借り受けに難色を示した。", "REJECT", "難色"),
    ("ベルルスコーニ首相は一連の報道に不快感を示した。", "ACCUSE", "不快感"),
    # a court's arrest warrant accuses; the police's warrant for a named suspect coerces him
    # (round 29: COERCE, as the annotators code it), also when it is requested (逮捕状を請求)
    ("国際刑事裁判所はスーダンのバシル大統領に逮捕状を出した。", "ACCUSE", "逮捕状"),
    ("警視庁は酒井法子容疑者の逮捕状を取った。", "COERCE", "逮捕状"),
    ("愛知県警は10日、田村健二社長の逮捕状を請求した。", "COERCE", "逮捕状"),
    # round 29 fix: a court named with a date and a comma still issues the warrant (ACCUSE); a
    # court the police ask (地方裁判所に, 地裁に) does not make the police's warrant the court's
    ("国際刑事裁判所（ICC）は12日、リビアのカダフィ大佐に逮捕状を出した。", "ACCUSE", "逮捕状"),
    ("東京地裁は10日、田村健二容疑者の逮捕状を発付した。", "ACCUSE", "逮捕状"),
    ("愛知県警は名古屋地方裁判所に田村健二容疑者の逮捕状を請求した。", "COERCE", "逮捕状"),
    ("愛知県警は名古屋地裁に田村健二容疑者の逮捕状を請求した。", "COERCE", "逮捕状"),
    ("愛知県警は田村健二容疑者の逮捕状の請求を検討している。", "COERCE", "逮捕状"),
    # round 29 final review: a police subject after the court ends the court's reach (…地裁は…が、
    # 福岡県警は…逮捕状を取った), and a warrant the police take from a court is theirs (地裁から…を取った);
    # a court's warrant that is out (裁判所から…逮捕状が出ている) and a が-clause inside the court's
    # sentence stay ACCUSE
    ("福岡地裁は昨年無罪を言い渡したが、福岡県警は別の事件で森一郎容疑者の逮捕状を取った。", "COERCE", "逮捕状"),
    ("兵庫県警は神戸地裁から中村三郎容疑者の逮捕状を取った。", "COERCE", "逮捕状"),
    ("国際刑事裁判所からミャンマー軍の司令官に逮捕状が出ている。", "ACCUSE", "逮捕状"),
    ("国際刑事裁判所は、ロシアの大統領が子供を連れ去ったとして逮捕状を出した。", "ACCUSE", "逮捕状"),
    # a conviction or prison sentence is a court-ordered penalty (PLOVER.md: SANCTION)
    ("東京地方裁判所は山田太郎被告に懲役3年の実刑判決を言い渡した。", "SANCTION", "実刑判決"),
    ("鈴木宗男氏は東京地裁から実刑判決を受けた。", "SANCTION", "実刑判決"),
    ("大阪地方裁判所は田中一郎被告に執行猶予付きの有罪判決を言い渡した。", "SANCTION", "有罪判決"),
    # a meeting of two named parties is still one; a summit-level 首脳会合 needs no partner
    ("ロシアのプーチン大統領と中国の習近平国家主席は北京で会合した。", "CONSULT", "会合"),
    ("国際連合安全保障理事会の首脳会合をオバマ大統領が主宰した。", "CONSULT", "首脳会合"),
    # approval is SUPPORT (PLOVER.md), as 承認
    ("日本相撲協会の理事会は北の湖理事長の辞意を了承した。", "SUPPORT", "了承"),
    # relief goods provided: aid
    ("日本政府はパキスタンに毛布など緊急援助物資を提供した。", "AID", "提供"),
    # troops contributing to an operation: military aid
    ("プーチン大統領は、北朝鮮軍がクルスク州の奪還に貢献したと述べた。", "AID", "貢献"),
    # round 29 guards: a leader's visit for an inspection stays a visit; an agreement to a demand stays
    ("フランスのマクロン大統領は視察のためパリを訪れた。", "CONSULT", "訪れ"),
    ("イランは国連の要求に応じ査察を受け入れた。", "AGREE", "応じ"),
    # round 29, gold trigger words no row covered (>= 3 articles in >= 2 set groups, precision >= 0.5):
    # a defendant charged, a strike, martial law, stones thrown, talks,
    # an apology, angry condemnation, a welcome
    ("窃盗罪に問われた山田被告に、大阪地裁は懲役2年の判決を言い渡した。", "ACCUSE", "に問わ"),
    ("全国教職員組合は10日から無期限のストに入った。", "PROTEST", "スト"),
    ("ミャンマー軍は首都ネピドーに戒厳令を布告した。", "COERCE", "戒厳令"),
    ("パレスチナの若者がイスラエル軍の兵士に投石した。", "ASSAULT", "投石"),
    ("民主党の岡田代表は自民党の谷垣総裁と話し合いを重ねた。", "CONSULT", "話し合い"),
    ("トヨタ自動車の豊田社長は「利用者に迷惑をかけて申し訳ない」と述べた。", "CONCEDE", "申し訳ない"),
    ("岡田監督は「審判の判定には納得できない」と激怒した。", "ACCUSE", "激怒"),
    ("ブラウン首相は「イラクで選挙が行われたことは喜ばしい」と述べた。", "SUPPORT", "喜ばしい"),
    # round 29 review: the apology in the past and before 思う (GiNZA: 申し訳 / なかっ / た, 申し訳 / なく)
    ("日本郵便の佐藤社長は「配達の遅れで客に迷惑をかけ申し訳なかった」と述べた。", "CONCEDE", "申し訳なかっ"),
    ("日本郵便の佐藤社長は「配達の遅れを大変申し訳なく思う」と述べた。", "CONCEDE", "申し訳なく"),
    # round 29 final review: a word ending in か (確か, 明らか) is no question; 激怒した後 / 激怒した際 is
    # no relative clause; talks by which a deal was reached (話し合いにより合意) were held
    ("鈴木社長は「株主に申し訳ないのは確か」と述べた。", "CONCEDE", "申し訳ない"),
    ("田中社長は「客に申し訳ないことをしたのは明らか」と認めた。", "CONCEDE", "申し訳ない"),
    ("石川監督は審判の判定に激怒した後、選手を引き揚げさせた。", "ACCUSE", "激怒"),
    ("公明党は国民民主党との話し合いにより政策協定を結んだ。", "CONSULT", "話し合い"),
    # round 29 review: a charge named before に問わ, with など; martial law and a strike begun stay coded
    ("東京地検は、詐欺罪などに問われた佐藤次郎被告に懲役5年を求刑した。", "ACCUSE", "に問わ"),
    ("フィジー軍は全土に戒厳令を敷いた。", "COERCE", "戒厳令"),
    # round 29 fix: a purpose word must end the phrase before the visit (観光に関する協議のため,
    # 参拝に抗議するため stay official visits), and 見学 is a visit as 視察
    ("経済産業相は観光に関する協議のためタイを訪問した。", "CONSULT", "訪問"),
    ("韓国の外相は日本の閣僚の参拝に抗議するため東京を訪問した。", "CONSULT", "訪問"),
    ("ドイツの首相は美術館の見学のため京都を訪れた。", "CONSULT", "訪れ"),
    # round 29 fix: a clause in the parenthesis after 違反 is an act, not the name of a charge
    ("米国は国連決議違反（北朝鮮が3日に弾道ミサイルを発射）だと非難した。", "MOBILIZE", "発射"),
    ("英国は停戦合意違反(イスラエル軍が南部を攻撃した)だと抗議した。", "ASSAULT", "攻撃"),
    # round 30 census over all 689: police investigating (調べる, 調べを進める; the doer a law body,
    # also when left unsaid after the arrest), a public warning, an award conferred, taking issue
    ("愛知県警は5日、佐藤一郎容疑者を逮捕した。犯行の動機を詳しく調べている。", "ACCUSE", "調べ"),
    ("福岡県警中央署は、男が事件に関与したとみて調べを進めている。", "ACCUSE", "調べを進め"),
    ("東京都は都民に熱中症への注意喚起を行った。", "REQUEST", "注意喚起"),
    ("スウェーデン王立科学アカデミーは化学賞を山田花子氏に授与すると発表した。", "SUPPORT", "授与"),
    ("日本サッカー協会は審判への暴言を問題視している。", "ACCUSE", "問題視"),
    # round 30 review: a police force the entity stage links as one (sector COP) with no police
    # word in its name; the police carried into a clause whose own topic is a topic phrase
    ("米連邦捜査局(FBI)は容疑者の男の交友関係を調べている。", "ACCUSE", "調べ"),
    ("岐阜県警は3日、林次郎容疑者を逮捕した。動機については今後詳しく調べる方針だ。", "ACCUSE", "調べる"),
    # round 31: a stabbing (刺す: 刺した, 刺された; the lemma row leaves 風刺 and 刺し傷 alone)
    ("京都府警は田中三郎容疑者を逮捕した。田中容疑者は、知人の男性を刃物で刺したという。", "ASSAULT", "刺し"),
    # round 31 (cooperative types over all 737): a nomination told as a verb, active or passive;
    # the kanji spellings of rows kept (お詫び, 申し訳無い); release from prison; a candidate fielded
    ("自由党はジョン・スミス氏を次期首相に指名した。", "SUPPORT", "指名"),
    ("田中一郎氏が臨時国会で首相に指名された。", "SUPPORT", "指名"),
    ("東洋食品の山本社長は消費者に心からお詫びした。", "CONCEDE", "お詫び"),
    ("北陸電力の佐藤社長は、停電について「利用者に申し訳無い」と話した。", "CONCEDE", "申し訳無い"),
    ("佐藤受刑者は先月、網走刑務所を出所した。", "RETREAT", "出所"),
    ("森次郎受刑者が来週出所、その後帰国する。", "RETREAT", "出所"),  # the verb before a comma
    ("緑の党は次の知事選に鈴木花子氏を擁立した。", "SUPPORT", "擁立"),
    # round 32 (cooperative types over all 785): a person retiring, told as a verb; a named body
    # applying to a court or an office
    ("陸上の山田太郎選手は今季限りで現役を引退した。", "RETREAT", "引退"),
    ("ベテランの佐藤花子議員は次の選挙を前に政界引退を表明した。", "RETREAT", "引退"),
    ("東和商事は9日、大阪地方裁判所に会社更生手続きの開始を申請した。", "REQUEST", "申請"),
    ("コソボは国連への加盟を申請している。", "REQUEST", "申請"),
    # round 32 review: the verb before a comma or a full stop stays coded (the noun after の does not)
    ("高田次郎氏は2010年に政界を引退、その後は大学で教えた。", "RETREAT", "引退"),
    ("野村三郎氏は1993年に政界引退。以降は講演を続けた。", "RETREAT", "引退"),
    # round 34 (conflict and legal types over all 881): a state of emergency imposed, police questioning
    # on the street or of a suspect (the noun told as done), a warrant issued for a wanted suspect, a fire
    # set by the suspect, the plain form of 調べを進める (GiNZA keeps 進める one token)
    ("チリ政府は地震の被災地に非常事態宣言を出した。", "COERCE", "非常事態宣言"),
    ("大阪府警の署員が駅前で男に職務質問した。", "ACCUSE", "職務質問"),
    ("愛媛県警は20日、川田次郎容疑者を署に呼んで取り調べを行った。", "ACCUSE", "取り調べ"),
    ("福岡県警は強盗の疑いで森田一郎容疑者を全国に指名手配した。", "COERCE", "指名手配"),
    ("山口県警は佐藤次郎容疑者を逮捕した。佐藤容疑者は民家にガソリンをまいて火をつけたという。", "ASSAULT", "火をつけ"),
    ("兵庫県警は田中三郎容疑者を逮捕した。別の事件に関わった疑いでも調べを進める。", "ACCUSE", "調べを進める"),
    # round 34 review: 刺したらしい is hearsay of a crime done, no condition (HYPO_RE reads its たら): the
    # article's suspect stays its doer (dropped with no roles by the condition guard of events 1.78)
    ("警視庁は山本四郎容疑者を逮捕した。包丁で店員を刺したらしい。", "ASSAULT", "刺し"),
    ("警視庁は山本四郎容疑者を逮捕した。倉庫の段ボールに火をつけたらしい。", "ASSAULT", "火をつけ"),
    # round 38 (the fit rule over all 1,025, a context restriction): 拉致 told as a verb, active or
    # passive with its doer (flag verbal; the noun, 拉致問題 / 拉致被害者, stays uncoded)
    ("反政府組織の南部解放戦線は2日、東山国の技師3人を拉致した。", "ASSAULT", "拉致"),
    ("東川国の記者2人が国境の町で反政府勢力に拉致された。", "ASSAULT", "拉致"),
])
def test_round13_words_are_coded(text, typ, word):
    art, got = _coded(text)
    assert (typ, word) in got, got
    if word == "逮捕状":
        assert ("REQUEST", "請求") not in got, got  # 逮捕状を請求: the warrant is coded, not the 請求


@pytest.mark.parametrize("text,word", [
    ("首相は視察後、記者団の質問に答えた。", "視察"),                       # an anchor, no visit
    ("日本政府はイラクに陸上自衛隊を派遣した。", "特使"),                     # troops: stays AID below
    # a body's own session is no meeting between actors (会合 needs two parties)
    ("日本銀行は14日の金融政策決定会合でゼロ金利政策の解除を決めた。", "会合"),
    ("日本相撲協会の特別調査委員会は27日に会合を開いた。", "会合"),
    # contributing to a win or a cause is no aid (貢献 only with troops or weapons nearby)
    ("小笠原選手は北海道日本ハムファイターズの日本一に貢献した。", "貢献"),
    ("南アフリカのマンデラ氏は「虹色の国」づくりに貢献した。", "貢献"),
    # providing a service or information is no aid (提供 only with a relief object nearby)
    ("アメリカのグーグルは新しいメールサービスを日本の利用者に提供した。", "提供"),
    ("日本テレビはトヨタ自動車に番組の映像を提供した。", "提供"),
    # a legislature passing a bill is procedure, no AGREE (as 採択)
    ("フィリピン議会は死刑廃止法案を可決した。", "可決"),
    ("アメリカ上院は移民法改正案を賛成多数で可決した。", "可決"),
    # round 27, rows the trigger fit dropped (benchmarks/fit_triggers.py: precision < 0.25 in
    # >= 8 uses over ho1-ho45 + dev): 拉致 (the abduction issue), 解任, 容認 (a stance)
    ("北朝鮮に拉致された日本人は20人を超えるとの見方もある。", "拉致"),
    ("救う会は、北朝鮮による拉致の全容解明を求めている。", "拉致"),
    ("球団は成績不振を理由に山本監督を解任した。", "解任"),
    ("ブラジルの大統領は中央銀行総裁を解任した。", "解任"),
    ("公明党は選択的夫婦別姓の導入容認を党議決定した。", "容認"),
    ("米国は同盟国の核保有を容認している。", "容認"),
    # round 30: 調べる by no law-enforcement body is a survey, no investigation; the noun 調べ
    # citing the police is no act
    ("横浜市消防局は出火の原因を調べている。", "調べ"),
    ("気象庁は地震の規模を詳しく調べた。", "調べ"),
    ("大阪府警の調べによると、男は容疑を認めている。", "調べ"),
    # round 30 review: a clause naming its own plain doer (学校側は, 消防本部は, 専門家が) takes no
    # police force from the sentence before
    ("岐阜県警は3日、男を傷害の疑いで逮捕した。学校側は当時の状況を調べている。", "調べ"),
    ("静岡県警は7日、男を放火の疑いで逮捕した。消防本部は出火の原因を調べている。", "調べ"),
    ("千葉県警は9日、男を逮捕した。専門家が事故の原因を詳しく調べている。", "調べ"),
    # round 31: satire and a stab wound are no stabbing; a wanted man of a war story is no arrested
    # suspect, so a killing with no one named stays uncoded
    ("野党は政権を風刺した劇を上演した。", "風刺"),
    # round 31 review: 釘を刺す (warn) and a sting are no stabbing
    ("大阪府警は山田一郎容疑者を逮捕した。首相は野党の姿勢に釘を刺した。", "刺し"),
    ("佐藤外相は「安易な妥協はしない」とくぎを刺した。", "刺し"),
    ("大阪府警は山田一郎容疑者を逮捕した。会社員の鈴木二郎さんが蜂に刺された。", "刺さ"),
    ("警察によると、遺体には刺し傷が数か所あった。", "刺し"),
    ("アルカイダのザルカウィ容疑者は声明を出した。バグダッドで市民が殺害された。", "殺害"),
    # round 31: 指名 and 出所 only as a verb of their own (VERBAL_ONLY): the origin of money is no act
    # (a wanted notice, 指名手配, is no nomination; since round 34 it is coded COERCE by its own row:
    # test_round34_wanted_notice_is_no_nomination)
    ("自民党は献金の出所を明らかにしなかった。", "出所"),
    # round 31 review: the noun before a comma (の出所、) and 指名を受け付ける (accepting nominations)
    # are no act; both were coded by the VERBAL_ONLY gate of events 1.54
    ("民主党は、企業献金の出所、金額を公表しなかった。", "出所"),
    ("選考委員会は、10日まで候補者の指名を受け付ける。", "指名"),
    # round 32: 引退 and 申請 only as a verb (VERBAL_ONLY): a retirement or an application referred
    # to is no act; a retiring train names no one who retires (person_source); an application
    # with no applicant named is no act (needs_source: the court is no applicant)
    ("鈴木一郎氏は引退について語らなかった。", "引退"),
    ("佐藤花子選手の引退で、チームは若返った。", "引退"),
    ("総務省は東和放送の申請について審査を始めた。", "申請"),
    ("厚生労働省は申請の受け付けを始めた。", "申請"),
    ("東日本鉄道の旧型車両が来春引退する。", "引退"),
    # (the passive is left out by the VERBAL_ONLY gate, no さ; a subjectless active filing, which
    # the row without the flag codes with no source, by needs_source: round 32 review)
    ("民事再生法の適用が東京地方裁判所に申請された。", "申請"),
    # round 32: a passive arrest with no law body named before stays uncoded, and a relative clause
    # on the arrested (逮捕された2人は) names no act of its own
    ("男は昨年にも窃盗の疑いで逮捕されていた。", "逮捕"),
    ("福岡県警は2日、市内の空き家を捜索した。逮捕された2人は容疑を認めている。", "逮捕"),
    # round 32 review: されて before a concession (されても) or a denial (されてはいない) is no arrest
    # told as done, and a cleft whose focus is a time holding an age (…のは20歳の時) names an earlier
    # arrest, not the one just told (each coded with the law body on events 1.62)
    ("愛知県警は4日、男の自宅を捜索した。男はまだ逮捕されてはいない。", "逮捕"),
    ("大阪府警は10日、男の自宅を家宅捜索した。男は逮捕されても反省しなかった。", "逮捕"),
    ("大阪府警によると、男は現金を盗んだ疑いがある。男は書類送検されても反省しなかった。", "送検"),
    ("愛知県警は4日、男を検挙した。男が最初に逮捕されたのは20歳の時だった。", "逮捕"),
    ("愛知県警は4日、男を検挙した。逮捕されたのは2年前、男が45歳の頃だった。", "逮捕"),
    ("昨年、大阪地方裁判所に会社更生手続きの開始を申請した。", "申請"),
    # round 32 review: the noun before への or after の before a comma, which the へ and 、 of the
    # gate let through on events 1.61
    ("中村健太選手は引退への思いを初めて明かした。", "引退"),
    ("佐藤一郎選手の引退、鈴木次郎選手の移籍で戦力が落ちた。", "引退"),
    # round 34: a crime word in a condition (「刺したら死ぬと…」) is no crime told, not given to the
    # article's suspect; questioning named only as the setting of a statement (取り調べに対し…と話した)
    ("警視庁は山本四郎容疑者を逮捕した。山本容疑者は「刺したら死ぬと分かっていた」と供述している。", "刺し"),
    ("警視庁は川田次郎容疑者を逮捕した。川田容疑者は取り調べに対し「覚えていない」と話した。", "取り調べ"),
    # round 34 review: a cigarette lit or a debate sparked is no arson; a search the suspect made before
    # the crime, told in the past, is no investigation of the police (each coded by events 1.78)
    ("佐藤次郎氏はたばこにライターで火をつけた。", "火をつけ"),
    ("山田太郎首相の発言が論争に火をつけた。", "火をつけ"),
    ("大阪府警は田村五郎容疑者を逮捕した。田村容疑者は事前に被害者の住所を調べていた。", "調べ"),
    ("大阪府警は田村五郎容疑者を逮捕した。田村容疑者は店の警備の様子を何度も調べたという。", "調べ"),
    # round 38 (the fit rule over all 1,025): an order (命じた, row 命ずる dropped, 2 of 10 uses matched) is
    # no act of its own; the gold codes the act ordered (退去, 停止) where it codes anything
    ("東山国政府は西川国籍の記者3人に国外退去を命じた。", "命じ"),
    ("北町県は食品会社の川口製菓に1か月の営業停止を命じている。", "命じ"),
])
def test_round13_words_not_coded(text, word):
    art, got = _coded(text)
    assert not [g for g in got if g[1].startswith(word)], got


# round 42 (evunknown): rows of data/event_lexicon.tsv estimated from the 1,154 annotated articles (a word
# carrying >= 4 gold events of one type, kept when hodo's firings with it are >= 60% matched); sentences
# written for this test, the trigger checked by its start (申し出)
@pytest.mark.parametrize("text,typ,word", [
    ("東山国政府は被災地への医療チームの派遣を申し出た。", "AGREE", "申し出"),
    ("作家の川村花子さんは小説『春の庭』で北斗文学賞を受賞した。", "SUPPORT", "受賞"),
    ("森本四郎容疑者は、深夜に近くの空き家へ放火したと話している。", "ASSAULT", "放火"),
    ("南島国の当局は、強盗殺人の罪に問われた男の死刑を今朝執行した。", "COERCE", "執行"),
    ("北町簡裁は、酒気帯び運転の会社員に罰金30万円の略式命令を下した。", "SANCTION", "略式命令"),
    ("被害に遭った女性は大阪府警に相談した。", "CONSULT", "相談"),
    ("大分県の男はSNSに大山知事の殺害予告を投稿した。", "THREATEN", "予告"),
    ("東京証券取引所は東和電機の株式を上場廃止とすると発表した。", "SANCTION", "上場廃止"),
    ("大川市の森田市長は「強い憤りを感じる」と述べた。", "ACCUSE", "憤り"),
    ("千葉県警は不正送金の流れの解明を急いでいる。", "ACCUSE", "解明"),
    ("大阪地検は書類送検された店長を不起訴とした。", "ACCUSE", "不起訴"),
    ("南川議員は委員会で献金の使い道を厳しく追求された。", "ACCUSE", "追求"),
    ("緑風党の山本代表は「内閣への不信任が示された」と語った。", "ACCUSE", "不信任"),
])
def test_round42_fitted_rows_are_coded(text, typ, word):
    art, got = _coded(text)
    assert [g for g in got if g[0] == typ and g[1].startswith(word)], got


def test_round42_award_and_threat_roles():
    # 受賞 (flag reverse): the winner is the honour's target; 予告 (gen_target): the one named before の
    art, _ = _coded("作家の川村花子さんは小説『春の庭』で北斗文学賞を受賞した。")
    got = [(e.source, e.target) for e in art.events if e.type == "SUPPORT"]
    assert got == [([], ["川村花子"])], got
    art, _ = _coded("大分県の男はSNSに大山知事の殺害予告を投稿した。")
    got = [(e.source, e.target) for e in art.events if e.type == "THREATEN"]
    assert got == [([], ["大山"])], got


def test_round34_wanted_notice_is_no_nomination():
    # round 34: the gold codes a warrant issued for a wanted suspect (COERCE 4, ACCUSE 2 of 7 uses over
    # the 881 annotated articles); the row 指名手配 wins over 指名 (SUPPORT), which stays uncoded here
    art, got = _coded("警視庁は男を指名手配した。")
    assert ("COERCE", "指名手配") in got, got
    assert not [g for g in got if g[0] == "SUPPORT"], got


def test_law_doer_rows_take_a_law_body_as_doer():
    # round 30 review: the investigation is the police force's, named (FBI, sector COP) or carried
    art, _ = _coded("米連邦捜査局(FBI)は容疑者の男の交友関係を調べている。")
    got = [(e.type, e.source) for e in art.events if art.text[e.trigger[0]:e.trigger[1]].startswith("調べ")]
    assert got == [("ACCUSE", ["fbi"])], got
    art, _ = _coded("岐阜県警は3日、男を傷害の疑いで逮捕した。学校側は当時の状況を調べている。")
    assert not [e for e in art.events if art.text[e.trigger[0]:e.trigger[1]].startswith("調べ")], art.events


def test_sending_troops_stays_aid():
    art, got = _coded("日本政府はイラクに陸上自衛隊を派遣した。")
    assert ("AID", "派遣") in got, got


def test_round13_rows_are_in_the_tables():
    trig = ev.trigger_table()
    for w, typ in [("視察", "CONSULT"), ("特使を派遣", "CONSULT"), ("特使として派遣", "CONSULT"),
                   ("難色", "REJECT"), ("不快感", "ACCUSE"), ("逮捕状", "COERCE"),
                   ("有罪判決", "SANCTION"), ("実刑判決", "SANCTION"), ("死刑判決", "COERCE"),
                   ("了承", "SUPPORT"), ("首脳会合", "CONSULT")]:
        assert trig[w].type == typ, w
    # the envoy rows are longer than 派遣, so they win over it (longest match first)
    assert trig["派遣"].type == "AID"
    assert "needs_target" in trig["視察"].flags
    assert "pair" in trig["会合"].flags and "pair" not in trig["首脳会合"].flags
    assert "mil" in trig["貢献"].flags and "relief" in trig["提供"].flags
    assert "可決" not in trig and "採択" not in trig
