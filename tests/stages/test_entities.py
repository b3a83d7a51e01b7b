"""Entities stage: recognition, titles, coreference, links and group references.

The sentences below are written for these tests (news-style Japanese); real articles are
read from ../shared only (the BBC example and the dev gold set)."""
from __future__ import annotations

import pytest

import hodo
from hodo.stages import entities as ent_stage

PUB = "2025-09-03"


def run(text: str, published: str | None = PUB):
    return hodo.analyze(text, published=published, stages=("entities",))


def mentions(art) -> set[tuple[str, str]]:
    return {(art.text[s:e], ent.type) for ent in art.entities for s, e in ent.mentions}


def entity_of(art, surface: str):
    for ent in art.entities:
        for s, e in ent.mentions:
            if art.text[s:e] == surface:
                return ent
    return None


def refs(text: str, published: str | None = PUB) -> list[dict]:
    from hodo import nlp
    from hodo.model import Article
    from hodo.pipeline import _build, prepare, run_stages
    from hodo.stages import ordered

    art, spans = prepare(Article(text=text, published=published))
    docs = list(nlp.load(ner=False).pipe([text[a:b] for a, b, _ in spans]))
    doc = _build(art, spans, docs)
    run_stages(doc, ordered(("entities",)))
    return doc.extras["refs"]


# --------------------------------------------------------------------------- recognition

@pytest.mark.parametrize("text, expected", [
    ("ロシアのプーチン大統領は3日、演説した。", {("ロシア", "GPE"), ("プーチン", "PERSON")}),
    ("日米首脳会談が東京で開かれた。", {("日", "GPE"), ("米", "GPE")}),
    ("大統領は8月に米アラスカ州で会談した。", {("米", "GPE"), ("アラスカ州", "GPE")}),
    ("韓国政府によると、北朝鮮兵がロシア側に移動したという。",
     {("韓国政府", "ORG"), ("北朝鮮", "GPE"), ("ロシア", "GPE")}),
    ("北朝鮮は南北関係を断絶すると発表した。", {("北朝鮮", "GPE"), ("南", "GPE"), ("北", "GPE")}),
    ("ロシア国営メディアのタス通信が伝えた。", {("ロシア", "GPE"), ("タス通信", "ORG")}),
    ("首相はニューヨークのケネディ空港に到着した。", {("ニューヨーク", "GPE"), ("ケネディ空港", "FAC")}),
    ("北朝鮮の金正恩(キム・ジョンウン)総書記が演説した。",
     {("北朝鮮", "GPE"), ("金正恩", "PERSON"), ("キム・ジョンウン", "PERSON")}),
    ("ベルギーのヘルマン・ファン・ロンパウ首相が選ばれた。",
     {("ベルギー", "GPE"), ("ヘルマン・ファン・ロンパウ", "PERSON")}),
    ("アメリカ・クリントン国務長官が北朝鮮を訪れた。",
     {("アメリカ", "GPE"), ("クリントン", "PERSON"), ("北朝鮮", "GPE")}),
    ("ロシア西部クルスク州で戦闘が続いた。", {("ロシア", "GPE"), ("クルスク州", "GPE")}),
    ("イラク駐留米軍の撤退が完了した。", {("イラク", "GPE"), ("米軍", "ORG")}),
    # round 26: a movement's 戦線, a sumo stable, a company after its trade and ・, a katakana
    # name whose first word GiNZA calls an adjective
    ("独立を求めるカルメリオ戦線が声明を出した。", {("カルメリオ戦線", "ORG")}),
    ("大相撲の力士が所属する高砂部屋を警察が調べた。親方は謝罪した。", {("高砂部屋", "ORG")}),
    ("家具メーカー・モルテーヌは新製品を発表した。モルテーヌによると、価格は据え置く。", {("モルテーヌ", "ORG")}),
    ("ノースウエスト航空が運航を再開した。", {("ノースウエスト航空", "ORG")}),
    # round 28: a chamber, court or party after a one-kanji abbreviation is a mention of its own;
    # a shikona the parser splits after its first kanji is one name
    ("米上院は法案を可決した。", {("米", "GPE"), ("上院", "ORG")}),
    ("判事は米最高裁の判断を批判した。", {("米", "GPE"), ("最高裁", "ORG")}),
    ("『米民主党、予備選で勝利』と報じた。", {("米", "GPE"), ("民主党", "ORG")}),
    ("大相撲の力士・若獅子容疑者が逮捕された。親方は若獅子容疑者に事情を聞いた。", {("若獅子", "PERSON")}),
    ("大相撲の十両・若孔雀容疑者が逮捕された。", {("若孔雀", "PERSON")}),
    ("『ラトビア議会選、与党が過半数』と報じた。", {("ラトビア", "GPE")}),
])
def test_recognition(text, expected):
    got = mentions(run(text))
    assert expected <= got, f"missing {expected - got}; got {got}"


@pytest.mark.parametrize("text, absent", [
    ("3日は晴れだった。この日、会合が開かれた。", "日"),   # a day, not Japan
    ("彼はフランス語とオランダ語を話す。", "フランス"),      # a language, not the country
    ("両首脳は同氏の発言を評価した。", "同氏"),              # references are not mentions
    ("西側諸国は懸念を示した。", "西"),                      # not Spain
    # round 26 (review): no company after a trade word starting a phrase or a listed party, no
    # stable outside a sumo story or named by a known place, no front after a bare place
    ("今年もスーパー・ボウルの視聴率が注目された。", "ボウル"),
    ("自動車メーカー・ディーラーの双方に影響が出た。", "ディーラー"),
    ("長者番付の上位に入った。社員は高橋部屋と呼ばれる会議室に集まった。", "高橋部屋"),
    ("彼の主張は独り相撲に終わった。会合は山田部屋で開かれた。", "山田部屋"),
    # final review: one figure of speech twice (業界の横綱 … 横綱) is no sumo story
    ("家電業界の横綱と呼ばれる東西電機は、横綱の座を守った。会議は川口部屋で開かれた。", "川口部屋"),
    ("大相撲の大関が引退した。福岡部屋で会見した。", "福岡部屋"),
    ("横綱は取組の後、東の支度部屋で記者の質問に答えた。", "支度部屋"),
    ("シリア戦線から帰還した義勇兵が証言した。", "シリア戦線"),
    ("太平洋戦線で戦った元兵士が講演した。", "太平洋戦線"),
    # round 28: the country's official name starts the constitution's name
    ("首相は日本国憲法の改正を訴えた。", "日本国"),
    # round 28: a royal title after a name is no place; a place before a fever names the disease
    ("式典にはバーレーンのナセル王子が出席した。", "王子"),
    ("ギニアでエボラ出血熱の感染が広がった。", "エボラ"),
    # review of round 28: a one-kanji name is not glued to a title, a suffix inside a longer word
    # (関与, 関係, 関西) or a title prefix (元)
    ("警察は森容疑者を逮捕した。森容疑者関与の疑いが強まった。", "森容疑者"),
    ("県警は林被告関係者から事情を聴いた。", "林被告"),
    ("林氏関西入りへ。", "林氏"),
    ("林社長さんは笑った。", "林社長"),
    ("森会長さんが話した。", "森会長"),
    ("森町長さんが挨拶した。", "森町長"),
    ("検察は森元被告の再審に反対した。", "森元被告"),
    # round 29: a kind of company, airport, shop or station is no name
    ("米国のタバコ会社が訴えられた。", "タバコ会社"),
    ("町の食堂はコンサルタント会社に経営を任せた。", "コンサルタント会社"),
    ("政府は成田をハブ空港にする計画だ。", "ハブ空港"),
    ("男はショッピングセンターで買い物をした。", "ショッピングセンター"),
    ("電車は途中駅で止まった。", "途中駅"),
    # round 29: an address: no one mention of a city and its district
    ("火災は浜松市佐鳴台の住宅で起きた。", "浜松市佐鳴台"),
    ("男は姫路市飾磨区今在家の自宅にいた。", "姫路市飾磨区今在家"),
    ("式典は千葉県市原市で開かれた。", "千葉県市原市"),
    # round 29 review: no one station after a prefecture's police's area or "each station"; no
    # city read with its district (a unit's character in the city's own name); no neighbourhood
    # cut out of a longer name; no mention for the name of a system
    ("茨城県警管内の警察署で盗難が相次いだ。", "茨城県警管内の警察署"),
    ("兵庫県警管内の各署に注意を促した。", "兵庫県警管内の各署"),
    ("強盗は宇都宮市今泉の店で起きた。", "宇都宮市今泉"),
    ("男は東村山市本町の自宅にいた。", "東村山市本町"),
    ("倉庫は千葉県市川市欠真間にある。", "千葉県市川市欠真間"),
    ("六本木ヒルズで新作映画の発表会があった。", "六本木"),
    ("アキバ系の店が増えた。", "アキバ"),
    ("検察審査会制度の改正案がまとまった。", "検察審査会"),
    # round 30: a place in hiragana glued to a name's other words is a piece of that name
    ("その一方、ひろしま未来クラブの市議が反対した。", "ひろしま"),
    ("番組「ニュースワイドあきた」が報じた。", "あきた"),
    ("さっぽろテレビ塔に観光客が集まった。", "さっぽろ"),
    ("おおさか維新の会の幹事長が述べた。", "おおさか"),
    # round 30 review: a kinship word before a given name is no piece of the name; a meeting's
    # number in kanji is no piece of the committee
    ("式には長男翔太郎(しょうたろう)さんも出席した。", "長男翔太郎"),
    ("弟健太郎(けんたろう)さんも負傷した。", "弟健太郎"),
    ("第五十回世界遺産委員会が開幕した。", "第五十回世界遺産委員会"),
    # round 30: a generic committee, a meeting, a member of a committee
    ("特別委員会で審議された。", "特別委員会"),
    ("臨時委員会が開かれた。", "臨時委員会"),   # (臨時理事会 was no guard: 理事会 is not scanned)
    ("各委員会に諮った。", "各委員会"),
    ("倫理委員会委員の一人が辞任した。", "倫理委員会"),
    # round 31 (guards): a station's chief after a surname; 同県警 is a back reference; 銀 of a medal
    ("田中署長が会見した。", "田中署"),
    ("同県警は調べを進めている。", "県警"),
    ("大阪は銀メダルを祝った。", "大阪銀"),
    # round 32: a kind of authority, service or building after a country is a common noun; a
    # count of towns and villages is no surname
    ("ギリシャの司法当局は捜査を始めた。", "司法当局"),
    ("フランスの情報機関は関与を否定した。", "情報機関"),
    ("一行は駅前のビジネスホテルに泊まった。", "ビジネスホテル"),
    ("県内の5町村が合併に合意した。", "町村"),
    # round 32 review: a count with its counter (3ヶ町村) is no surname either
    ("県内の3ヶ町村が合併に合意した。", "町村"),
    # round 33: a place in a disease's name before a word of its course; the name of a championship
    ("新薬はエボラ熱患者の治療に使われる。エボラ熱対策の会議も開かれた。", "エボラ"),
    ("球団は三年ぶりの日本シリーズ進出を決めた。", "日本"),
    ("西武は日本選手権シリーズで敗れた。", "日本"),
    # round 33 (guards): a rank's common words are no ring names
    ("大相撲の力士が横綱昇進を決めた。", "昇進"),
    ("大相撲の十両以上の力士が集まった。", "以上"),
    # round 33 review: a phrase joined by の after a rank is no ring name (若の里 is); a ring name
    # of three is not cut to its first two for another wrestler's 〜関 (a given name follows a cut)
    ("大相撲の幕内上位の力士が休場した。", "上位の力士"),
    ("大相撲の横綱時代の写真が公開された。", "時代の写真"),
    ("大相撲の十両・豊ノ島が勝った。豊ノ関という力士もいる。", "豊ノ"),
    # round 33 (guards): a department's or a station's chief is a title
    ("特捜部長が会見した。", "特捜部"),
    ("豊橋署長が会見した。", "豊橋署"),
    # round 33 (guard): JR + 東海道線 is no JR東海 company
    ("JR東海道線が遅れた。", "道線"),
    # round 33 review: JR + a company + a common word (新幹線) is no company and station
    ("JR九州新幹線の新駅が開業した。", "新幹線"),
    # round 34 (guards): a trade word before a common word, a person or a place is no company;
    # 団体 only before a bracket; a bare 部隊 after a police is no unit of it
    ("警備会社の担当者が立ち会った。", "担当者"),
    ("旅行会社のツアーは中止された。", "ツアー"),
    ("創業者の山川一郎氏が亡くなった。", "山川一郎氏"),
    ("市民団体の代表が抗議した。", "代表"),
    ("大阪府警西成署捜査本部は男の行方を追っている。", "大阪府警西成署捜査本部"),
    ("イラン国営銀行との取引で、各行はイラン国営銀との取引を自粛した。", "国営銀"),
    # round 34: a place glued after a katakana word ends a name; a place before ドーム / メトロ /
    # ライナー / エクスプレス starts one; 市市 is the city and the next word; 元 / 前 / 新 + a title
    # after a surname Sudachi reads as a place
    ("番組はラジオ福岡で毎週放送されている。", "福岡"),
    ("新装したサンホテル松江は3日、営業を再開した。", "松江"),
    ("試合は札幌ドームで行われた。", "札幌"),
    ("事故で東京メトロの電車が止まった。", "東京"),
    ("乗客は成田エクスプレスに乗り換えた。", "成田"),
    ("京都市市内の寺で火災があった。", "京都市市"),
    ("埼玉県川口市市内の中学校で火災があった。", "川口市市"),
    ("検察は村木元局長の無罪判決に控訴しなかった。", "木元"),
    ("女性は寺田前会長を告訴した。", "田前"),
    # round 34: a ship named after a place; a disease's short name
    ("北海艦隊の駆逐艦青島が寄港した。青島は三日間停泊する。", "青島"),
    ("海上自衛隊の護衛艦「あさま」が衝突した。あさまの乗組員3人が負傷した。", "あさま"),
    ("医師はエボラ出血熱に感染した。『エボラ治療活動で感染、医師を隔離』", "エボラ"),
    # round 34 (guard): a one-kanji name before 前 + a title is not cut (越|前選手)
    ("7番越前選手の適時打で勝ち越した。", "越"),
    # round 34 review: a bank's short form is no bank where 銀 begins a word of its own
    ("東京銀行の元行員が東京銀座の店で逮捕された。", "東京銀"),
    # round 34 review: a Latin common word after a trade word is no company
    ("大手企業のOBが集まった。", "OB"),
    ("電機メーカーのOEMは増えている。", "OEM"),
    # round 35 (guards): the national agency's name inside a city's body or a longer word;
    # a ministry glued after a kanji word; the place of a regional edition
    ("東京都消防庁の救急隊が駆けつけた。", "消防庁"),
    ("州内務省の報道官が会見した。", "内務省"),
    ("読売新聞関西版の記事によると、事故は夜に起きた。", "関西"),
    ("詳しくはウィキペディア英語版の項目を参照。", "ウィキペディア英語版"),
    ("大雨の影響で、JR紀勢本線は終日運休した。", "JR"),
    # round 36 (guards): a card of a kind, the expressway's operating company, a name that goes on
    # after ドーム (round 43: 東日本 of 東日本大震災 is a mention now, test_r43_regions_and_quarters)
    ("新しい交通系ICカードが来月から使える。", "交通系IC"),
    ("中日本高速道路会社は補修工事を始めた。", "中日本高速道路"),
    ("東京ドームシティの遊園地で事故があった。", "東京ドーム"),
    # round 36 review: a chip's kind before IC, a scope of roads before 高速道路 (all four FAC on 1.55)
    ("新型の制御ICを載せた試作車が公開された。", "制御IC"),
    ("同社は半導体ICの輸出を増やす方針だ。", "半導体IC"),
    ("県内高速道路の通行料が来月から上がる。", "県内高速道路"),
    ("政府は主要高速道路の無料化を検討している。", "主要高速道路"),
])
def test_not_mentions(text, absent):
    art = run(text)
    assert absent not in {art.text[s:e] for ent in art.entities for s, e in ent.mentions}


def test_mentions_never_nest_or_overlap(bbc):
    spans = sorted(m for e in bbc.entities for m in e.mentions)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2
    for e in bbc.entities:
        assert e.mentions == sorted(e.mentions)
        assert e.titles is None or len(e.titles) == len(e.mentions)


# --------------------------------------------------------------------------- titles

@pytest.mark.parametrize("text, expected, absent", [
    # a katakana name before a portfolio title (2-4 kanji + 相) or 総長 / 大使
    ("ノルウェーのソールヘイム開発相は支援を表明した。", ("ソールヘイム", "PERSON"), None),
    ("レバノンのメルザ検察総長が起訴を発表した。", ("メルザ", "PERSON"), None),
    ("スイスのラウバッハ検事総長は捜査の拡大を発表した。", ("ラウバッハ", "PERSON"), None),
    ("シリアのメクダディ国連大使が報告書を批判した。", ("メクダディ", "PERSON"), None),
    ("ミサイル発射が相次ぐなか、政府は対応を協議した。", None, "ミサイル"),   # 相次ぐ: no title
    ("抗議団が日本大使館の前に集まった。", ("日本大使館", "ORG"), None),      # 大使館: no title
    # a full name before a title, where Sudachi reads the surname as a common noun
    ("党の北側一郎幹事長が会見した。", ("北側一郎", "PERSON"), "一郎"),
    # a full name before an office and its title is the person's, not part of the office
    ("額賀福志郎防衛庁長官は結果を説明した。", ("額賀福志郎", "PERSON"), "額賀福志郎防衛庁"),
])
def test_names_before_office_titles(text, expected, absent):
    got = mentions(run(text))
    if expected:
        assert expected in got, got
    if absent:
        assert absent not in {s for s, _ in got}, got


@pytest.mark.parametrize("text, surface, title", [
    ("中国の習近平国家主席は演説した。", "習近平", "国家主席"),
    ("トランプ大統領が署名した。", "トランプ", "大統領"),
    ("プーチン氏は述べた。", "プーチン", "氏"),
    ("ユーリ・ウシャコフ報道官は否定した。", "ユーリ・ウシャコフ", "報道官"),
])
def test_title_split(text, surface, title):
    art = run(text)
    e = entity_of(art, surface)
    assert e is not None and e.type == "PERSON"
    i = [art.text[s:t] for s, t in e.mentions].index(surface)
    assert e.titles and e.titles[i] == title


# --------------------------------------------------------------------------- coreference

@pytest.mark.parametrize("text, forms", [
    ("ロシアのウラジーミル・プーチン大統領は3日、演説した。プーチン氏は支援を約束した。",
     ["ウラジーミル・プーチン", "プーチン"]),
    ("北朝鮮の金正恩(キム・ジョンウン)総書記は3日、演説した。金氏は感謝を述べた。",
     ["金正恩", "キム・ジョンウン", "金"]),
    ("中国の習近平国家主席は3日、演説した。習氏は協力を呼びかけた。", ["習近平", "習"]),
    ("日本の鳩山由紀夫首相は出発した。鳩山首相は国連で演説する。", ["鳩山由紀夫", "鳩山"]),
    ("ベルギーのヘルマン・ファン・ロンパウ首相が選ばれた。ファン・ロンパウ氏は会見した。",
     ["ヘルマン・ファン・ロンパウ", "ファン・ロンパウ"]),
    # round 25: one cabinet with and without its reshuffle, its ordinal in figures or kanji
    ("第2次海部改造内閣が発足した。第2次海部内閣の閣僚は19人。", ["第2次海部改造内閣", "第2次海部内閣"]),
    # round 25: X(以下Y) … Y: the later Y is X too
    ("スペイン・リベラル党(以下SL党)が会見した。SL党は連立を離れた。", ["スペイン・リベラル党", "SL党"]),
    # round 26: a body named with its country recurs bare
    ("カナダ移民省は方針を変えた。移民省によると、申請は増えた。", ["カナダ移民省", "移民省"]),
    # round 26 (review): after its own country and の too, or a city of that country
    ("ラオス国軍は声明を出した。ラオスの国軍報道官によると、部隊は撤退した。", ["ラオス国軍", "国軍"]),
    ("エジプト国家治安裁判所は審理を始めた。カイロの国家治安裁判所には市民が集まった。",
     ["エジプト国家治安裁判所", "国家治安裁判所"]),
    # round 28: the real name after 本名 in parentheses is the same person
    ("女優の山田花子(本名・鈴木花子)さんが会見した。", ["山田花子", "鈴木花子"]),
    ("タレントの北野次郎氏(58歳。本名:佐藤次郎)が当選した。", ["北野次郎", "佐藤次郎"]),
    # round 30: a hiragana reading after a name is the person, whatever place the tagger read
    # inside it, up to a comma or 本名; after = it reads the real name; a name cut short before
    # its reading runs to the parenthesis
    ("会社員の山口和夫(やまぐちかずお)さんが表彰された。", ["山口和夫", "やまぐちかずお"]),
    ("文筆家の富山正一(とやま・しょういち)容疑者が逮捕された。", ["富山正一", "とやま・しょういち"]),
    ("大臣の川端達郎(かわばたたつろう)氏が会見した。", ["川端達郎", "かわばたたつろう"]),
    ("歌手の森川花子(もりかわ・はなこ、本名・田村花子)さんが会見した。",
     ["森川花子", "もりかわ・はなこ", "田村花子"]),
    ("女優の森川花子(本名・田村花子=たむら・はなこ)さんが会見した。",
     ["森川花子", "田村花子", "たむら・はなこ"]),
    ("同僚の結束和也(けっそく・かずや)さんも負傷した。", ["結束和也", "けっそく・かずや"]),
    ("理事長・足高慶一(あしたか・けいいち)氏が辞任した。", ["足高慶一", "あしたか・けいいち"]),
    # round 30 (final): a committee by its ordinary words after the longer name that ends in it
    ("県地域医療調整委員会は5日、計画を示した。調整委員会は病床の削減を求めた。", ["県地域医療調整委員会", "調整委員会"]),
    # round 31: bare 県警 is the prefecture's police named before
    ("静岡県警によると、男はその後、県警に出頭した。", ["静岡県警", "県警"]),
    # round 31: one police in its spellings and sections; one station; a bank's short form; a line
    ("高知県警察本部は会見した。高知県警捜査2課によると、男は認めた。", ["高知県警察本部", "高知県警捜査2課"]),
    ("男は周南警察署に出頭した。周南署は調べている。", ["周南警察署", "周南署"]),
    ("福井銀行は統合を決めた。『福井銀が統合』と報じられた。", ["福井銀行", "福井銀"]),
    ("大雨で山陰本線が止まった。山陰線の再開は未定。", ["山陰本線", "山陰線"]),
    # round 33: a bare city name where the article names the city in full; a ring name and the
    # ring name with the given name
    ("寝屋川市の職員が表彰された。式典は寝屋川で開かれた。", ["寝屋川市", "寝屋川"]),
    ("大相撲の幕内・若ノ翔健一容疑者が送検された。若ノ翔容疑者は否認している。", ["若ノ翔健一", "若ノ翔"]),
    # round 33: bare 特捜部 is the department named in full before it (else after it)
    ("大阪地検特捜部は3日、社長を逮捕した。特捜部の調べに対し、社長は否認している。", ["大阪地検特捜部", "特捜部"]),
    ("特捜部は5日、議員の秘書を聴取した。東京地検特捜部は週内にも立件する。", ["東京地検特捜部", "特捜部"]),
    # round 34: a bank's short form joins its full name
    ("新生銀行は3日、決算を発表した。新生銀の株は上がった。", ["新生銀行", "新生銀"]),
    # round 34: a person named in full, then by the given name alone with an honorific
    ("小学2年の吉川美咲ちゃんが行方不明になった。警察は美咲ちゃんの行方を捜している。", ["吉川美咲", "美咲"]),
    ("長男の大森健太くんが表彰された。健太くんは笑顔を見せた。", ["大森健太", "健太"]),
    # round 35: bare JR is the one JR company the article names
    ("JR西日本は点検のため始発から運転を止めた。JRによると、再開は昼になる。", ["JR西日本", "JR"]),
])
def test_coreference(text, forms):
    art = run(text)
    keys = {entity_of(art, f).key for f in forms if entity_of(art, f) is not None}
    assert len(keys) == 1, [(e.key, [art.text[s:t] for s, t in e.mentions]) for e in art.entities]
    assert all(entity_of(art, f) is not None for f in forms)


@pytest.mark.parametrize("text, full, bare", [
    # round 26 (review): a bare body word is not the body named with its country when another
    # place owns it (Pの), two bodies share it, or every country has one
    ("チリ国軍は声明を出した。ペルーの国軍も警戒を強めた。", "チリ国軍", "国軍"),
    ("英海軍の駆逐艦が寄港した。オランダの海軍も演習に加わった。", "英海軍", "海軍"),
    ("ケニア保健省は警告を出した。ナイロビ州の保健省当局者によると、患者は増えた。", "ケニア保健省", "保健省"),
    ("エジプト外務省とヨルダン外務省が声明を出した。外務省は対話を求めた。", "エジプト外務省", "外務省"),
    ("インドネシア政府は声明を出した。政府は支援を続ける。", "インドネシア政府", "政府"),
    ("ベトナム代表団が入国した。代表団は3日間滞在する。", "ベトナム代表団", "代表団"),
])
def test_bare_body_stays_apart(text, full, bare):
    art = run(text)
    e = entity_of(art, full)
    assert e is not None and all(art.text[s:t] != bare for s, t in e.mentions), e and e.mentions


def test_countries_key_alpha2_and_merge_abbreviations():
    art = run("アメリカのオバマ大統領は米国内で演説した。日米首脳会談で、米側は合意した。")
    us = entity_of(art, "アメリカ")
    assert us.key == "US" and us.country == "US"
    assert entity_of(art, "米").key == "US"


def test_unlinked_entity_country_from_context():
    art = run("ロシア西部ザトゥリノ州で戦闘があった。")
    e = entity_of(art, "ザトゥリノ州")
    assert e is not None and e.type == "GPE" and e.country == "RU"
    assert e.wikidata is None  # an unknown name gets no QID


# --------------------------------------------------------------------------- references

def test_group_references():
    text = ("ロシアのプーチン大統領と北朝鮮の金正恩総書記は3日、北京で会談した。"
            "両首脳は、両国の関係を強化することで一致した。")
    rs = {r["text"]: r["keys"] for r in refs(text)}
    art = run(text)
    putin, kim = entity_of(art, "プーチン").key, entity_of(art, "金正恩").key
    assert set(rs["両首脳"]) == {putin, kim}
    assert set(rs["両国"]) == {"RU", "KP"}


def test_three_leaders_and_anaphora():
    text = ("式典には北朝鮮の金正恩総書記とロシアのプーチン大統領が出席した。"
            "ウシャコフ報道官は、プーチン氏、習氏、金氏の3人は陰謀を企てていないと述べた。"
            "中国の習近平国家主席も出席した。同氏は演説した。"
            "タス通信が報じた。同通信によると、会談は2時間に及んだ。")
    rs = refs(text)
    by = {r["text"]: r["keys"] for r in rs}
    art = run(text)
    assert set(by["3人"]) == {entity_of(art, n).key for n in ("プーチン", "習近平", "金正恩")}
    assert by["同氏"] == [entity_of(art, "習近平").key]
    assert by["同通信"] == [entity_of(art, "タス通信").key]


@pytest.mark.parametrize("text, ref, names", [
    ("自由民主党と公明党は5日、連立の協議を始めた。両党は来週にも合意する見通しだ。",
     "両党", ("自由民主党", "公明党")),
    ("ドイツ社会民主党と緑の党が会談した。両会派は政策で一致した。",
     "両会派", ("ドイツ社会民主党", "緑の党")),
    ("トヨタ自動車とソニーは提携を発表した。両社は新会社を設立する。",
     "両社", ("トヨタ自動車", "ソニー")),
])
def test_group_references_of_parties_and_firms(text, ref, names):
    """Session 7: 両党 / 両会派 / 両社 are the two parties or firms last named together."""
    by = {r["text"]: r["keys"] for r in refs(text)}
    art = run(text)
    assert ref in by
    assert set(by[ref]) == {entity_of(art, n).key for n in names}


# --------------------------------------------------------------------------- round 2 rules

@pytest.mark.parametrize("text, expected", [
    # a katakana name Sudachi does not know, before an office title or 師
    ("ロシア外務省のザハリン情報局長は反発した。", {("ロシア外務省", "ORG"), ("ザハリン", "PERSON")}),
    ("IAEAのバラカット事務局長が訪れた。", {("IAEA", "ORG"), ("バラカット", "PERSON")}),
    ("武装組織の指導者カリーム師は述べた。", {("カリーム", "PERSON")}),
    # a Japanese surname that is also a place name, before a title only a person holds
    ("日本の横田外務副大臣は述べた。", {("日本", "GPE"), ("横田", "PERSON")}),
    # ロ (Russia) in pairs and before a word of state; a body glued to it is one ORG
    ("日ロ首脳会談が開かれた。", {("日", "GPE"), ("ロ", "GPE")}),
    ("『ロ外務省、対抗措置を示唆』。", {("ロ外務省", "ORG")}),
    # a strong abbreviation alone before 、 when the article names the country
    ("『英、外交官を追放』。イギリスは決定した。", {("英", "GPE"), ("イギリス", "GPE")}),
    # compass point + country: a region without a government
    ("避難民は南レバノンへ向かった。", {("南レバノン", "LOC")}),
    ("北イラクで戦闘が続いた。", {("北イラク", "LOC")}),
    # a state body named by a common noun after its country
    ("韓国の国防省によると、発射は失敗した。", {("韓国", "GPE"), ("国防省", "ORG")}),
    ("ロシアの検察当局は起訴した。ロシア側警備局も動いた。", {("検察当局", "ORG"), ("警備局", "ORG")}),
    ("イギリスの議会下院で演説した。", {("イギリス", "GPE"), ("議会下院", "ORG")}),
    # groups introduced by what they are; newspapers named X タイムズ / X ポスト
    ("ソマリアの過激派組織「アルシャバブ」が犯行を認めた。武装組織ザイナブも攻撃した。",
     {("アルシャバブ", "ORG"), ("ザイナブ", "ORG")}),
    ("ダラスポストとヨーロッパタイムズが報じた。", {("ダラスポスト", "ORG"), ("ヨーロッパタイムズ", "ORG")}),
    # facility heads
    ("北部の「東倉衛星発射場」から打ち上げた。", {("東倉衛星発射場", "FAC")}),
    # a newspaper's web edition is the paper; a dateline glued to it
    ("毎日新聞電子版によると、地震があった。", {("毎日新聞電子版", "ORG")}),
    ("朝日新聞デジタルソウル=大野一郎『会談へ』。", {("朝日新聞デジタル", "ORG"), ("ソウル", "GPE")}),
    # authors of source lists in Latin letters, spaces lost
    ('ロイター、2006年8月15日。JohnSmith,MaryJones"Talks resume"。',
     {("JohnSmith", "PERSON"), ("MaryJones", "PERSON")}),
    # historical states
    ("旧ソ連と西ドイツの関係。", {("ソ連", "GPE"), ("西ドイツ", "GPE")}),
    # publishers of a source list (X、2006年8月12日) and media cited with によると
    ("『漁船が帰港』。房総日報、2006年8月30日。『会談へ』。東京新聞=共同通信、2007年7月17日。",
     {("房総日報", "ORG"), ("東京新聞", "ORG"), ("共同通信", "ORG")}),
    ("『題』。産経新聞・読売新聞、2008年1月1日。", {("産経新聞", "ORG"), ("読売新聞", "ORG")}),
    ("室蘭民報によると、漁船が戻った。", {("室蘭民報", "ORG")}),
    ('ロイター、2005年9月17日。JohnSmithandMaryJones"Talks".DailyBugle,2005年9月18日',
     {("JohnSmith", "PERSON"), ("MaryJones", "PERSON"), ("DailyBugle", "ORG")}),
])
def test_recognition_round2(text, expected):
    got = mentions(run(text))
    assert expected <= got, f"missing {expected - got}; got {got}"


@pytest.mark.parametrize("text, absent", [
    ("チーム代表が会見した。グループ議長が述べた。", "チーム"),        # a body word, not a name
    ("日本の政府は発表した。", "政府"),                                # 政府 after の stays a noun
    ("漁船「第8大和丸」の船長が戻った。", "大和"),                      # a ship's name
    ("ミサイルは「ノドン1」を改良した。", "ノドン"),                    # a model name
    ("豊渓里の核実験場。", "豊"),                                       # a lone kanji piece
    ('SankeiWeb"記事の題"。', "SankeiWeb"),                            # a medium, not an author
    ("『題』。ニュース、2008年1月1日。", "ニュース"),                   # a common word, not a publisher
    ("両新聞によると、漁船が戻った。", "両新聞"),                       # a reference, not a name
    ("『題』。秋田県、2008年1月1日。", "秋田県"),                       # a place stays a place
])
def test_not_mentions_round2(text, absent):
    art = run(text)
    got = mentions(art)
    assert all((absent, t) not in got for t in ("PERSON", "LOC") + (("GPE",) if absent != "秋田県" else ()))
    if absent not in ("SankeiWeb",):
        assert (absent, "ORG") not in got


@pytest.mark.parametrize("text, forms", [
    # an acronym introduced in parentheses recurs alone
    ("国連レバノン暫定軍(UNIFIL)を増強する。UNIFILの展開が完了した。",
     ["国連レバノン暫定軍", "UNIFIL"]),
    # the surname of a full katakana name, without a title
    ("元職員アレクサンドル・ペトレンコ氏が死亡した。『ペトレンコ事件』。",
     ["アレクサンドル・ペトレンコ", "ペトレンコ"]),
    # a name first seen before 師 recurs bare
    ("指導者カリーム師は述べた。カリームは勝利を宣言した。", ["カリーム"]),
    ("共同『警告ロ外務省、対抗措置を示唆』。ロシア外務省は述べた。", ["ロ外務省", "ロシア外務省"]),
    ("毎日新聞電子版によると、毎日新聞は伝えた。", ["毎日新聞電子版", "毎日新聞"]),
    # a place named again without its suffix
    ("羅臼町の漁船が戻った。羅臼では住民が歓迎した。", ["羅臼町", "羅臼"]),
])
def test_coreference_round2(text, forms):
    art = run(text)
    ents = [e for e in art.entities if any(art.text[s:t] in forms for s, t in e.mentions)]
    assert len(ents) == 1, [(e.key, [art.text[s:t] for s, t in e.mentions]) for e in art.entities]
    got = [art.text[s:t] for s, t in ents[0].mentions]
    assert all(f in got for f in forms)
    if forms == ["カリーム"]:
        assert got.count("カリーム") == 2


@pytest.mark.parametrize("text, surface, key, country", [
    ("ロシア外務省のザハリン情報局長は反発した。", "ザハリン", None, "RU"),    # country of its body
    ("ヒズボラ指導者カリーム師は述べた。", "カリーム", None, "LB"),            # ORG + role + name
    ("『ロ外務省、対抗措置を示唆』。", "ロ外務省", "ru-mfa", "RU"),
    ("イランは反発した。同国外務省は声明を出した。", "外務省", "ir-mfa", "IR"),  # 同国 + body
    ("韓国の国防省によると", "国防省", "kr-mod", "KR"),
    ("英国防省は声明を出した。", "英国防省", "gb-mod", "GB"),                 # 英|国防|省 in Sudachi
    ("ロシアの検察当局は起訴した。", "検察当局", None, "RU"),
    ("避難民は南レバノンへ向かった。", "南レバノン", None, "LB"),
    ("静岡新聞によると、漁船が戻った。", "静岡新聞", None, "JP"),              # 静岡 is a Japanese place
    ('ます。JohnSmith/UN"Talks".VOANews,2005年9月17日', "JohnSmith", None, "US"),  # the medium's
    ("漁船が羅臼港へ戻った。日本はロシアに抗議した。", "羅臼港", None, "JP"),   # a kanji port, only JP named
])
def test_links_and_countries_round2(text, surface, key, country):
    art = run(text)
    e = entity_of(art, surface)
    assert e is not None, [(x.key, x.type) for x in art.entities]
    if key is not None:
        assert e.key == key
    assert e.country == country


# --------------------------------------------------------------------------- the BBC article

def test_bbc_kim_one_entity(bbc):
    t = bbc.text
    kim = entity_of(bbc, "金正恩")
    assert kim is not None and kim.type == "PERSON" and kim.country == "KP"
    surf = {t[s:e] for s, e in kim.mentions}
    assert {"金正恩", "キム・ジョンウン", "金"} <= surf
    # 金総書記 and 金氏 are mentions of 金 with their titles
    titles = {kim.titles[i] for i, (s, e) in enumerate(kim.mentions) if t[s:e] == "金"}
    assert {"総書記", "氏"} <= titles
    assert kim.key in ("kim-jong-un",) or kim.wikidata in (None, "Q56226")


def test_bbc_places_and_orgs(bbc):
    t = bbc.text
    kursk = entity_of(bbc, "クルスク州")
    assert kursk.type == "GPE" and kursk.country == "RU"
    tass = entity_of(bbc, "タス通信")
    assert tass.type == "ORG"
    assert entity_of(bbc, "天安門").type == "FAC"
    i = t.index("米アラスカ州")
    us = entity_of(bbc, "米")
    assert us.key == "US" and (i, i + 1) in us.mentions
    alaska = entity_of(bbc, "アラスカ州")
    assert alaska.type == "GPE" and (i + 1, i + 6) in alaska.mentions
    assert entity_of(bbc, "ロシア").key == "RU"
    assert entity_of(bbc, "北朝鮮").key == "KP"
    # credit lines have no tokens: found by the gazetteer scan
    assert entity_of(bbc, "Getty Images") is not None


def test_bbc_group_references():
    from pathlib import Path

    from tests.conftest import BBC  # noqa: F401  (path only)

    text = Path(BBC).read_text(encoding="utf-8")
    rs = refs(text)
    art = run(text)
    putin = entity_of(art, "プーチン").key
    kim = entity_of(art, "金正恩").key
    first = next(r for r in rs if r["text"] == "両首脳")
    assert set(first["keys"]) == {putin, kim}
    first_ry = next(r for r in rs if r["text"] == "両国")
    assert set(first_ry["keys"]) == {"RU", "KP"}


def test_ner_component_not_needed():
    from hodo.pipeline import _settings

    assert not getattr(ent_stage.find_entities, "needs_ner", False)
    assert _settings(("entities",))[1] is False


# --------------------------------------------------------------------------- round 3 rules

def test_one_sense_per_discourse_surname_place():
    # a surname that is also a prefecture: the article uses it as a person
    art = run("社民党の福島瑞穂党首は会見した。福島は「反対だ」と述べた。福島県の知事も出席した。")
    person = entity_of(art, "福島瑞穂")
    assert person is not None and person.type == "PERSON"
    bare = [(s, e) for s, e in person.mentions if art.text[s:e] == "福島"]
    assert bare, person.mentions  # the bare 福島 joins the full name
    assert ("福島県", "GPE") in mentions(art)  # a place suffix keeps the place


def test_one_sense_title_only():
    art = run("長野氏は東京で講演した。長野は「残念だ」と語った。")
    e = entity_of(art, "長野")
    assert e is not None and e.type == "PERSON" and len(e.mentions) == 2
    # without person evidence the place stays a place; a country before a title is a country
    art = run("福島では被害が広がった。日本首相が現地を訪れた。")
    assert ("福島", "GPE") in mentions(art)
    assert ("日本", "GPE") in mentions(art)


def test_local_committees_apart():
    # round 29 review: the committees of two places are two bodies (one table row for the kind)
    art = run("福岡の検察審査会と札幌の検察審査会がそれぞれ議決した。")
    ents = [e for e in art.entities if e.type == "ORG" and any(art.text[s:t] == "検察審査会" for s, t in e.mentions)]
    assert len(ents) == 2, [(e.name, e.mentions) for e in ents]


def test_address_splitter_leaves_words():
    # round 29 review: no cut inside a body, a title or a person's name
    m = mentions(run("川崎市職員と大阪市交通局の担当者が、四日市市長と町村議員に説明した。"))
    for surf in ("川崎市職", "大阪市交", "四日市市", "町村議"):
        assert not any(t == surf for t, _ in m), (surf, m)


def test_administrative_sequence_split():
    art = run("沖縄県名護市で集会が開かれた。吉林省長春市と京都府京都市でも催しがあった。")
    m = mentions(art)
    for surf in ("沖縄県", "名護市", "吉林省", "長春市", "京都府", "京都市"):
        assert (surf, "GPE") in m, (surf, m)
    assert ("沖縄県名護市", "GPE") not in m
    m = mentions(run("寺は東京都新宿区横寺町にある。式は京都市東山区で開かれ、四日市市長も出席した。"))
    for surf in ("東京都", "新宿区", "京都市", "東山区"):
        assert (surf, "GPE") in m, (surf, m)
    # round 29: a town district after a city or ward is a place without a government (the gold:
    # 中山町, 打越町, 川口町, 明神町 LOC after their city; 松山町, 唐桑町 GPE)
    assert ("横寺町", "LOC") in m, m
    assert ("京都", "GPE") not in m and ("市東山区", "GPE") not in m


def test_country_body_is_one_org():
    art = run("ロシア空軍の戦闘機が飛行した。リトアニア検察は捜査を始め、"
              "ロシア外務省情報報道局が声明を出した。イギリス海軍も警戒した。")
    m = mentions(art)
    for surf in ("ロシア空軍", "リトアニア検察", "ロシア外務省情報報道局", "イギリス海軍"):
        assert (surf, "ORG") in m, (surf, m)
    assert entity_of(art, "リトアニア検察").country == "LT"
    assert ("ロシア", "GPE") not in m and ("リトアニア", "GPE") not in m


def test_bare_katakana_name_after_role():
    art = run("墜落した機のパイロット、ワレリー・トロヤノフは脱出した。トロヤノフは病院に運ばれた。")
    e = entity_of(art, "ワレリー・トロヤノフ")
    assert e is not None and e.type == "PERSON"
    assert any(art.text[s:t] == "トロヤノフ" for s, t in e.mentions)
    # common words of company names and names without a role word stay out
    art = run("ゼネラル・モーターズの株価が上がった。本拠地ブル・ハカバから撤退した。")
    assert not any(t == "PERSON" for _, t in mentions(art))


def test_katakana_village_gets_context_country():
    art = run("ロシア西部で爆発があった。ジョツィスキー村でも被害が出た。")
    e = entity_of(art, "ジョツィスキー村")
    assert e is not None and e.type == "GPE" and e.country == "RU"


# --------------------------------------------------------------------------- the dev gold set

def test_gold_entity_targets(gold, gold_analyses):
    from hodo.evaluate import score

    rep = score((gold[k], gold_analyses[k]) for k in gold)
    v = rep.values()
    assert v["entity.typed"] >= 0.85, v
    assert v["entity.coref"] >= 0.90, v
    assert v["entity.country"] >= 0.95, v


@pytest.mark.parametrize(
    "text,surface,present",
    [
        ("両国は共同声明に署名した。", "共同", False),
        ("日米は共同訓練を行った。", "共同", False),
        ("共同によると、首相は辞意を表明した。", "共同", True),
    ],
)
def test_short_org_form_inside_a_compound_is_not_a_name(text, surface, present):
    import hodo

    art = hodo.analyze(text, published="2020-01-01")
    found = any(text[s:e] == surface for ent in art.entities for s, e in ent.mentions)
    assert found is present


@pytest.mark.parametrize(
    "text,name",
    [
        ("韓国の朴英民外相は12日、会見した。", "朴英民"),
        ("北朝鮮の李英浩外相は談話を発表した。", "李英浩"),
        ("韓国の新任外相は述べた。", None),
        ("中国の前外相は述べた。", None),
    ],
)
def test_unknown_kanji_name_between_country_and_title(text, name):
    import hodo

    art = hodo.analyze(text, published="2026-03-13")
    people = [text[s:e] for ent in art.entities if ent.type == "PERSON" for s, e in ent.mentions]
    assert people == ([name] if name else [])


# --------------------------------------------------------------------------- round 5 families
# Sentences written for these tests; each row stands for a family of misses seen on held-out
# articles (places without a government, named councils, party short forms, readings, maker
# names, governments named after a leader, middle initials, countries from context).

@pytest.mark.parametrize("text, surface, typ", [
    ("スーダン西部のダルフール紛争で多くの住民が避難した。", "ダルフール", "LOC"),      # a region, not a state
    ("調査船はベーリング海を北上した。", "ベーリング海", "LOC"),
    ("漁船は北方領土の貝殻島周辺で拿捕された。", "貝殻島", "LOC"),
    ("韓国名で獨島と呼ばれる島の周辺で調査が行われる。", "獨島", "LOC"),          # a variant form
    ("タンカーはマラッカ海峡を通過した。", "マラッカ海峡", "LOC"),
    ("政府は沖縄県名護市・辺野古への移設を決めた。", "辺野古", "LOC"),             # a district of a city
    ("政府は基本政策閣僚委員会を開いた。", "基本政策閣僚委員会", "ORG"),         # a council of common nouns
    ("軍は「民主改革評議会」を設置した。", "民主改革評議会", "ORG"),
    ("同国中央選管が開票結果を発表した。", "中央選管", "ORG"),
    ("社民は連立から離脱する方針だ。", "社民", "ORG"),                            # a party's short form
    ("安保理決議は全会一致で採択された。", "安保理", "ORG"),                      # short form before a noun
    ("首都のロシア大使館が声明を出した。", "ロシア大使館", "ORG"),                # an embassy acts as a body
    ("政府軍はアントノフ製の輸送機を使った。", "アントノフ", "ORG"),              # a maker, not a person
    ("氏はジョージ・W・ブッシュ政権で国防長官を務めた。", "ジョージ・W・ブッシュ政権", "ORG"),
    ("元長官のロバート・M・ゲイツ氏が指名された。", "ロバート・M・ゲイツ", "PERSON"),  # a middle initial
    ("沖縄県民の理解は得られなかった。", "沖縄県", "GPE"),                         # 〜県民: the prefecture
    # round 25: a cabinet's ordinal is part of its name
    ("同氏は第2次海部内閣で蔵相を務めた。", "第2次海部内閣", "ORG"),
    ("第三次佐藤内閣が発足した。", "第三次佐藤内閣", "ORG"),
    # round 25: a country ・ a katakana body: one ORG of that country
    ("スペイン・リベラル党は連立を離れた。", "スペイン・リベラル党", "ORG"),
    ("ケニア・ランナーズ協会が声明を出した。", "ケニア・ランナーズ協会", "ORG"),  # one country only
    # round 25: a city ・ a katakana facility; a foreign place before a facility's head
    ("便はローマ・チャンピーノ空港に着陸した。", "ローマ・チャンピーノ空港", "FAC"),
    ("遺体はブエノスアイレス中央墓地に埋葬された。", "ブエノスアイレス中央墓地", "FAC"),
    ("負傷者はラホール総合病院に運ばれた。", "ラホール総合病院", "FAC"),  # a hospital: FAC
    # round 27: a university's hospital is one FAC, not the university
    ("男性は搬送先の北陵大学付属病院で死亡した。", "北陵大学付属病院", "FAC"),
    ("会見は北陵大病院で開かれた。", "北陵大病院", "FAC"),
    ("選手は南海大医学部附属病院に運ばれた。", "南海大医学部附属病院", "FAC"),
    # round 27: a city's katakana name before 市内 is the name alone
    ("観光客はカルメリオ市内のホテルに泊まった。", "カルメリオ", "GPE"),
    ("停電はバルトリナ市内の広い範囲に及んだ。", "バルトリナ", "GPE"),
    # review: the span starts at the university's name, not at a word glued before it
    ("男性は搬送先長崎大学病院で手当てを受けた。", "長崎大学病院", "FAC"),
    ("容体急変京大病院に移された。", "京大病院", "FAC"),
    # round 28: a medium's short form before 報道 / 電, 中日 cited as a source
    ("被害額は(読売報道では3億円)に上った。", "読売", "ORG"),
    ("男性は(毎日報道では62歳)重傷を負った。", "毎日", "ORG"),
    ("共同電によると、両国は合意した。", "共同", "ORG"),
    ("中日によると、知事は出馬を否定した。", "中日", "ORG"),
    ("中日と読売によると、工場は閉鎖される。", "中日", "ORG"),
    ("中日・共同によれば、式典は延期された。", "中日", "ORG"),
    ("(共同電)市長は辞意を示した。", "共同", "ORG"),
    ("日本の国際緊急援助隊がトルコに入った。", "国際緊急援助隊", "ORG"),
    # round 28: common kanji words before 同盟 name a movement or a party
    ("連立与党の市民同盟は首相の辞任を求めた。", "市民同盟", "ORG"),
    ("野党の八党同盟が新首相を推した。", "八党同盟", "ORG"),
    # round 28: a fishing port by its place's name
    ("漁船は北浜漁港に避難した。", "北浜漁港", "FAC"),
    # round 28: portals, regional papers and railways the tables now hold
    ("詳しくはgooニュースを参照。", "gooニュース", "ORG"),
    ("JR東海は新幹線の運転を見合わせた。", "JR東海", "ORG"),
    ("首相は首相公邸で閣僚と会談した。", "首相公邸", "FAC"),
    # round 29: a district prosecutors' office (地方|検察庁), not the region 〜地方
    ("横浜地方検察庁は男を起訴した。", "横浜地方検察庁", "ORG"),
    ("東京地検特捜部は議員の事務所を捜索した。", "東京地検特捜部", "ORG"),
    # round 29: an address read as one word: the city or ward apart from the district after it
    ("火災は浜松市佐鳴台の住宅で起きた。", "浜松市", "GPE"),
    ("火災は浜松市佐鳴台の住宅で起きた。", "佐鳴台", "LOC"),
    ("男は姫路市飾磨区今在家の自宅にいた。", "飾磨区", "GPE"),
    ("事故は横浜市港北区日吉本町で起きた。", "日吉本町", "LOC"),
    ("式典は千葉県市原市で開かれた。", "市原市", "GPE"),
    # round 29: a prefecture's police and its station are one body
    ("静岡県警浜松中央署員が男を保護した。", "静岡県警浜松中央署", "ORG"),
    ("京都府警伏見署員が車を止めた。", "京都府警伏見署", "ORG"),
    # round 29: neighbourhoods the tagger reads as places with a government; spellings of cities
    ("週末の秋葉原には観光客が集まった。", "秋葉原", "LOC"),
    ("首相の発言に永田町は揺れた。", "永田町", "LOC"),
    ("ムザファラバードでは建物が倒壊した。", "ムザファラバード", "GPE"),
    # round 29 review: a city or town named like an island or coast row keeps its suffix before 長
    ("天草市長は会見で計画を説明した。", "天草市", "GPE"),
    ("九十九里町長が式典で挨拶した。", "九十九里町", "GPE"),
    ("奄美市長は会見で述べた。", "奄美市", "GPE"),
    # round 29 review: a city whose name holds 町, 府, 都, 郡 or 市 is cut from its district too
    ("男は町田市中町のアパートに住んでいた。", "町田市", "GPE"),
    ("府中市白糸台の倉庫で火事があった。", "白糸台", "LOC"),
    ("郡山市桑野の交差点で事故があった。", "桑野", "LOC"),
    ("少女は市川市欠真間の公園にいた。", "市川市", "GPE"),
    ("少女は市川市欠真間の公園にいた。", "欠真間", "LOC"),
    # round 29 review: a district whose name starts with 外, 内 or 長
    ("店は千代田区外神田の雑居ビルにある。", "外神田", "LOC"),
    ("本社は千代田区内幸町に移った。", "内幸町", "LOC"),
    ("火災は仙台市太白区長町で起きた。", "長町", "LOC"),
    # round 30: a committee or council named by common words
    ("協会は倫理委員会を開き、処分を決めた。", "倫理委員会", "ORG"),
    ("大会の組織委員会は声明を出した。", "組織委員会", "ORG"),
    ("第40回世界遺産委員会が審査した。", "世界遺産委員会", "ORG"),
    # round 30 review: after 同市 / 同県 or a kanji number, the committee alone; a hiragana place
    # before a word of place or origin stays a place
    ("同市教育委員会は会見を開いた。", "教育委員会", "ORG"),
    ("第五十回世界遺産委員会が開幕した。", "世界遺産委員会", "ORG"),
    ("いわき沖で漁船が転覆した。", "いわき", "GPE"),
    ("つくば在住の男性が逮捕された。", "つくば", "GPE"),
    # round 31: a prefecture's police by its unit alone; a numbered section in Arabic digits; a
    # station whose place the tagger reads as a name or glues to the next word; a bank's short
    # form after its place; the professional leagues
    ("夜になって、妻が県警に連絡した。", "県警", "ORG"),
    ("同社によると、県警八幡署員が現場に着いた。", "県警八幡署", "ORG"),
    ("千葉県警捜査2課は5日、男を逮捕した。", "千葉県警捜査2課", "ORG"),
    ("警視庁組織犯罪対策4課が事務所を捜索した。", "警視庁組織犯罪対策4課", "ORG"),
    ("少年は川西署に出頭した。", "川西署", "ORG"),
    ("容疑者は留置中の八王子署内で体調を崩した。", "八王子署", "ORG"),
    ("『福井銀と富山銀が提携』と報じられた。", "富山銀", "ORG"),
    ("Jリーグは3日、処分を発表した。", "Jリーグ", "ORG"),
    ("パ・リーグの優勝が決まった。", "パ・リーグ", "ORG"),
    ("彼はアメリカ大リーグで活躍した。", "大リーグ", "ORG"),
    ("大雨で山陰本線が一時止まった。", "山陰本線", "FAC"),
    # round 31 review: メジャーリーグ (an alias of mlb) is no prefix of the soccer league
    ("メジャーリーグサッカーの新チームが発足した。", "メジャーリーグサッカー", "ORG"),
    # round 32: an airport named by its place alone in an article about airports
    ("国内線は羽田に集約し、成田空港は国際線を担う。", "羽田", "FAC"),
    ("成田空港の混雑を避け、羽田空港と成田の発着枠を見直す。", "成田", "FAC"),
    ("仁川空港と金浦を結ぶ鉄道が開業した。", "金浦", "FAC"),
    # round 33: a bare kanji name read as a river or a hill is the city the article names in full
    ("市川市の花火大会が中止になった。市川では昨年も中止された。", "市川", "GPE"),
    ("狭山市の住民が集会を開いた。狭山で集会が開かれるのは初めて。", "狭山", "GPE"),
    # round 33: a ring name after a rank word in a sumo article, there and elsewhere in it
    ("大相撲秋場所で、平幕の黒海が小結を破った。黒海は「うれしい」と話した。", "黒海", "PERSON"),
    ("大相撲の十両・若高波が引退した。", "若高波", "PERSON"),
    ("大相撲初場所、関脇琴奈良が勝ち越した。琴奈良は十勝目を挙げた。", "琴奈良", "PERSON"),
    # round 33 review (guard): a ring name with の is still one
    ("大相撲の横綱千代の富士が引退した。千代の富士は涙を見せた。", "千代の富士", "PERSON"),
    # round 33: a chamber of commerce by its place; a station whose place the suffix scan read as
    # a bridge (〜橋), named by its central district or before 幹部; bare 特捜部; web services
    # and bodies of Japan the tables lacked
    ("奈良市役所幹部は取材に対し、計画を見直すと述べた。", "奈良市役所", "ORG"),
    ("帯広商工会議所が物産展を主催した。", "帯広商工会議所", "ORG"),
    ("男は豊橋署に自首した。", "豊橋署", "ORG"),
    ("男は板橋警察署に任意で出頭した。", "板橋警察署", "ORG"),
    ("長野中央署は男を送検した。", "長野中央署", "ORG"),
    ("盛岡中央警察署によると、けが人はいない。", "盛岡中央警察署", "ORG"),
    ("関係者によると、特捜部は近く強制捜査に乗り出す。", "特捜部", "ORG"),
    ("少年は匿名掲示板の2ちゃんねるに予告を投稿したという。", "2ちゃんねる", "ORG"),
    ("中日WebPress『市長が辞意』。2010年5月1日。", "中日WebPress", "ORG"),
    ("元記事は削除され、アーカイブトゥディの保存版を参照した。", "アーカイブトゥディ", "ORG"),
    ("日教組は3日、声明を出した。", "日教組", "ORG"),
    ("オウム真理教の元信者が証言した。", "オウム真理教", "ORG"),
    ("日航は5日、新路線を発表した。", "日航", "ORG"),
    # round 33: a JR company before its station or line: the company and the station apart
    ("JR西日本広島駅で停電があった。", "JR西日本", "ORG"),
    ("JR東日本仙山線は終日運休した。", "仙山線", "FAC"),
    # round 34: a company or body named right after its trade (の, 、, ・, である or a bracket)
    ("家電メーカーのコスモデンキが新製品を出した。", "コスモデンキ", "ORG"),
    ("準大手ゼネコンのナカノ組が受注した。", "ナカノ組", "ORG"),
    ("電子部品メーカー、ノルテックは赤字を出した。", "ノルテック", "ORG"),
    ("人材派遣会社「ハルカスタッフ(本社新宿区)」が営業を停止した。", "ハルカスタッフ", "ORG"),
    ("靴修理会社・『ステップワン』が倒産した。", "ステップワン", "ORG"),
    ("奉仕団体・「ロータスクラブ」の会員が集まった。", "ロータスクラブ", "ORG"),
    # round 34: a police unit ending in 隊, or its 捜査本部, with the police (the longest name)
    ("静岡県警高速道路警察隊は事故の原因を調べている。", "静岡県警高速道路警察隊", "ORG"),
    ("警視庁生活安全特捜隊が男を逮捕した。", "警視庁生活安全特捜隊", "ORG"),
    ("兵庫県警捜査本部は身元の確認を急いでいる。", "兵庫県警捜査本部", "ORG"),
    # round 34: the US Marine Corps (orgs.tsv), bare and in 海兵隊員
    ("基地の外で海兵隊員が事故を起こした。", "海兵隊", "ORG"),
    ("米軍海兵隊は訓練を中止した。", "米軍海兵隊", "ORG"),
    # round 34: clubs by their short forms in a sports story (orgs.tsv)
    ("プロ野球のナイターで、中日が3点を先制した。", "中日", "ORG"),
    ("サッカーJ1で、G大阪が逆転勝ちした。", "G大阪", "ORG"),
    # round 34: roads by their place's name
    ("大雪で能登有料道路が通行止めになった。", "能登有料道路", "FAC"),
    ("事故は北陸自動車道の下り線で起きた。", "北陸自動車道", "FAC"),
    # round 34: a bank by its short form where the article names it in full
    ("新生銀行とあおぞら銀行は合併を発表した。市場では新生銀の株が上がり、あおぞら銀は下がった。", "あおぞら銀", "ORG"),
    # round 34: a town or village whose unit Sudachi reads as a word of its own; the city of a
    # doubled 市; the surname before 元 / 前 / 新 + a title
    ("埼玉県の大井町が隣の市と合併した。", "大井町", "GPE"),
    ("旧丸瀬布町の森林公園で催しがあった。", "丸瀬布町", "GPE"),
    ("新治村が合併して新しい町が生まれた。", "新治村", "GPE"),
    ("京都市市内の寺で火災があった。", "京都市", "GPE"),
    ("埼玉県川口市市内の中学校で火災があった。", "川口市", "GPE"),
    # round 34 review: a city whose own name ends in 市 (野々市) keeps its unit
    ("野々市市内の学校で火災があった。", "野々市市", "GPE"),
    ("検察は村木元局長の無罪判決に控訴しなかった。", "村木", "PERSON"),
    ("女性は寺田前会長を告訴した。", "寺田", "PERSON"),
    ("援助団体は南部アフリカへの食糧支援を続けている。", "南部アフリカ", "LOC"),
    # round 34 (guards): a title or a word of origin after the glued place keeps it a place
    ("式典にはヘンリー・ポールソン米国財務長官が姿を見せた。", "米国", "GPE"),
    # round 34 review: a sea after a ship word, or a bare name followed by a particle of place, is
    # where the ship goes, no ship's name
    ("防衛省はイージス艦日本海派遣を決めた。日本海では緊張が続いている。", "日本海", "LOC"),
    ("米空母横須賀に入港。横須賀では市民が抗議した。", "横須賀", "GPE"),
    ("ドイツ人オーナーのリゾート日本人客が増えた。", "日本", "GPE"),
    # round 35: agencies and former ministries of Japan and national bodies (orgs.tsv)
    ("重要文化財の指定について文化庁が見解を示した。", "文化庁", "ORG"),
    ("大雨による住宅の被害を消防庁がまとめた。", "消防庁", "ORG"),
    ("旧厚生省の元幹部が国会で証言した。", "厚生省", "ORG"),
    ("元国土庁長官の男性が講演した。", "国土庁", "ORG"),
    ("システムの不具合で東証は売買を一時停止した。", "東証", "ORG"),
    ("相撲協会は親方の処分を決めた。", "相撲協会", "ORG"),
    ("JOCは五輪の代表選手を発表した。", "JOC", "ORG"),
    ("台風の接近で、JRは在来線の運転を見合わせた。", "JR", "ORG"),
    ("KDDIは来月から新しい料金を導入する。", "KDDI", "ORG"),
    ("日経ネットによると、株価は大きく下がった。", "日経ネット", "ORG"),
    # round 35: a ministry named by its function alone
    ("首都では数千人の群衆が内務省を取り囲んだ。", "内務省", "ORG"),
    ("同日、国防省長官が記者会見で辞任を表明した。", "国防省", "ORG"),
    ("爆発は非常事態省の庁舎の近くで起きた。", "非常事態省", "ORG"),
    # round 35 review: a bare ministry at the very start of the text (no character before it)
    ("内務省は声明を出し、集会の禁止を伝えた。", "内務省", "ORG"),
    # round 35: a medium's edition in a language or for a region is the medium's mention
    ("CNN日本語版は事故の映像を流した。", "CNN日本語版", "ORG"),
    ("読売新聞九州版によると、大会は中止された。", "読売新聞九州版", "ORG"),
    ("朝鮮日報日本語版が首相の発言を伝えた。", "朝鮮日報日本語版", "ORG"),
    # round 36: a domed stadium, a national route, an interchange, a junction, an expressway
    ("開幕戦は札幌ドームで行われる予定だ。", "札幌ドーム", "FAC"),
    ("土砂崩れで国道17号は一時通行止めとなった。", "国道17号", "FAC"),
    ("帰省の渋滞は高崎IC付近まで続いた。", "高崎IC", "FAC"),
    ("事故は岡谷JCTの手前で起きた。", "岡谷JCT", "FAC"),
    # round 36 review: a place Sudachi reads out of context as a common action noun (北上: going north)
    ("渋滞は北上ICの先まで伸びた。", "北上IC", "FAC"),
    ("大雪のため、名神高速道路の一部区間が閉鎖された。", "名神高速道路", "FAC"),
    # round 36: the places inside an earthquake's name that Sudachi reads as one word
    ("熊本地震の被災者に義援金を送った。", "熊本", "GPE"),
    ("能登半島地震から一年が過ぎた。", "能登半島", "LOC"),
    ("東北地方太平洋沖地震の教訓を学生に語った。", "太平洋", "LOC"),
    ("阪神・淡路大震災の追悼式が開かれた。", "淡路", "LOC"),
    # round 36: the Tokyo area, and Metro Manila
    ("大雨で首都圏の私鉄各線のダイヤが乱れた。", "首都圏", "LOC"),
    ("台風の接近で、マニラ首都圏の学校は休校となった。", "マニラ首都圏", "GPE"),
])
def test_round5_families(text, surface, typ):
    got = mentions(run(text))
    assert (surface, typ) in got, got


@pytest.mark.parametrize("text, surface", [
    # round 32 review: the short name of an airport is still the surname before an honorific,
    # a space and a given name, or where the article names a person of that surname
    ("成田空港の見学会では、案内役の成田さんが説明した。", "成田"),
    ("羽田空港の式典で、羽田くんが花束を渡した。", "羽田"),
    ("羽田空港の式典に、羽田　孜元首相が出席した。", "羽田"),
    ("羽田空港の拡張について、羽田雄一郎国土交通相が会見した。羽田は「急ぐ」と述べた。", "羽田"),
])
def test_airport_short_name_not_a_surname(text, surface):
    got = mentions(run(text))
    assert (surface, "FAC") not in got, got


@pytest.mark.parametrize("text", [
    # round 32 review: beside a person of the surname, 羽田発 is still the airport
    "羽田空港の発着枠について、羽田雄一郎国土交通相が会見した。羽田発の便が増える。",
    # Sudachi's 羽田ハブ (a PERSON before 空港化) is no person of the surname
    "国交相は羽田ハブ空港化を掲げ、羽田の国際化を進める。",
])
def test_airport_short_name_beside_a_namesake(text):
    got = mentions(run(text))
    assert ("羽田", "FAC") in got, got


@pytest.mark.parametrize("text, absent", [
    ("福島氏は社民党本部で会見した。", "社民党本部"),      # the party is the name, not its offices
    ("同委員会は第三者委員会の設置を決めた。", "第三者委員会"),  # a kind of committee, with a number
    ("同委員会は結論を出した。", "同委員会"),             # a back reference
    ("日本プロ野球実行委員会が開かれた。", "野球実行委員会"),  # the name starts further back
    ("辺野古(へのこ)に移設する。", "辺野古(へのこ)"),     # a reading is not part of the name
])
def test_round5_not_mentions(text, absent):
    art = run(text)
    assert absent not in {art.text[s:e] for ent in art.entities for s, e in ent.mentions}


def test_reading_of_a_place_is_a_mention_of_it():
    art = run("普天間基地を名護市・辺野古(へのこ)に移設する。辺野古の住民は反対した。")
    e = entity_of(art, "へのこ")
    assert e is not None and entity_of(art, "辺野古") is e


@pytest.mark.parametrize("text, forms", [
    ("韓国の朴英民外相は20日、会談した。朴氏は協力すると述べた。", ["朴英民", "朴"]),
    ("北朝鮮の李英浩外相は談話を出した。李氏は制裁を非難した。", ["李英浩", "李"]),
])
def test_one_kanji_surname_after_a_name_found_by_its_title(text, forms):
    art = run(text)
    ents = [entity_of(art, f) for f in forms]
    assert all(e is not None for e in ents) and len({e.key for e in ents}) == 1


@pytest.mark.parametrize("text, surface, country", [
    ("ロシアの首都モスクワで選挙があった。同国中央選管が結果を発表した。", "中央選管", "RU"),
    ("タイで政変が起きた。軍の幹部ソンティ・ブンヤラッガリン司令官が実権を握った。タイの国王も承認した。",
     "ソンティ・ブンヤラッガリン", "TH"),
    ("中国チベット自治区のラサ市内のポタラ宮付近で警官隊が捜索した。", "ポタラ宮", "CN"),
    ("米国のブッシュ大統領が演説した。ジョージ・W・ブッシュ政権は支援を続けた。", "ジョージ・W・ブッシュ政権", "US"),
    # round 26: a name that starts with a known body of one country
    ("TBSラジオの番組で発言した。", "TBSラジオ", "JP"),
    # round 26 (review): another country's federal government is no mention of this one
    ("カナダ連邦政府は予算案を示した。ブラジルの連邦政府も同調した。", "カナダ連邦政府", "CA"),
    # round 28: a Japanese chamber's committee in an article about another country
    ("米国の議員は参議院外交防衛委員会で意見を述べた。", "参議院外交防衛委員会", "JP"),
    # round 28: media and companies of source lists the tables now hold, with their country
    ("『首相が辞任へ』。News24、2009年5月1日。", "News24", "ZA"),
    ("『会談始まる』。B92、2008年2月17日。", "B92", "RS"),
    ("ライブドアの株価が急落した。", "ライブドア", "JP"),
    ("ヒューマン・ライツ・ウォッチはケニア政府を批判した。", "ヒューマン・ライツ・ウォッチ", "US"),
    # round 28: 米|最高裁 is the US court, not Japan's namesake
    ("判事は米最高裁の判断を批判した。", "最高裁", "US"),
    # round 28: a kanji bay no table knows, in an article of Japanese places only
    ("神奈川県の沖合、相模湾で地震があった。東京都や静岡県でも揺れた。", "相模湾", "JP"),
    # review of round 28: no Japan for a pole, a sea or a mountain abroad, even in an article of
    # Japanese places
    ("チリの地震で南極でも津波が観測された。気象庁は北海道や青森県に注意を呼びかけた。", "南極", None),
    ("北海道の漁船が南極海で操業した。", "南極海", None),
    ("日本の登山隊は白頭山と天山山脈、玉山に登った。東京都や大阪府の隊員が参加した。", "白頭山", None),
    # round 29: a station or line led by JR is Japan's
    ("男はJR大宮駅の構内で保護された。", "JR大宮駅", "JP"),
    # round 31: bare 県警 and the leagues are Japan's
    ("女性は県警に相談していた。", "県警", "JP"),
    ("セ・リーグは理事会を開いた。", "セ・リーグ", "JP"),
    # round 31 review: a station in kanji in an article about Korea or Taiwan is not forced to JP
    ("韓国の警察によると、容疑者は江南警察署で取り調べを受けている。", "江南警察署", "KR"),
    ("台湾の当局によると、男は中山警察署に自首した。", "中山警察署", "TW"),
    # round 33: a foreign-born wrestler by his ring name (people.tsv)
    ("大相撲九州場所で、大関琴欧州が横綱を破った。", "琴欧州", "BG"),
    ("東京で行われた大相撲の取組で、白鵬が勝った。", "白鵬", "MN"),
    # round 33 review: bare 特捜部 takes the country of the department named in full
    ("ソウル中央地検特捜部は2日、元長官を召喚した。特捜部は収賄の疑いで調べている。", "特捜部", "KR"),
    # round 34: a katakana company introduced by its trade takes the setting country
    ("玩具メーカーのピコトイズは3日、新製品を発表した。同社の山田太郎社長は東京で会見した。", "ピコトイズ", "JP"),
    # round 34 review: not a katakana person after a trade word (the company rule lost to him)
    ("運送会社のトムは東京で事故を起こした。トムは日本の警察に逮捕された。", "トム", None),
    # round 41: a katakana or Latin body of a story told from Japan is Japan's
    ("大阪府警によると、ホシノクラフトグループは5日、東京都内で記者会見を開いた。", "ホシノクラフトグループ", "JP"),
    ("京都府警によると、アオバホールディングスの社長が京都市内で逮捕された。", "アオバホールディングス", "JP"),
    ("MXDによると、横浜市の会社員が神奈川県警に逮捕された。", "MXD", "JP"),
    ("ZTVによると、東京都で火事があった。警視庁が調べている。『Firebreaksoutincity』。DailyPost、2020年1月2日。",
     "ZTV", "JP"),
    # round 41: 前 / 元 between a person and a title naming a country; a nationality before a person
    ("東京で開かれた会合で、スミス前米大統領が講演し、日本の学生と語り合った。", "スミス", "US"),
    ("警視庁は韓国人の歌手・朴美玲容疑者を逮捕した。東京都内の自宅で逮捕された。", "朴美玲", "KR"),
    ("大阪府警は中国籍の留学生・王小明容疑者を逮捕した。大阪市内の自宅で逮捕された。", "王小明", "CN"),
    # review of round 41: not a prize named after a person (日本人のノーベル化学賞受賞者)
    ("賞はスウェーデンの発明家アルフレッド・ノーベルの遺言で始まった。東京大学の鈴木教授の受賞で、"
     "日本人のノーベル化学賞受賞者は計9人となった。", "アルフレッド・ノーベル", "SE"),
    # round 41: 民進党 is Taiwan's or Japan's party: the article decides
    ("日本の野党、民進党の山田一郎議員は東京で会見した。日本の首相は反論した。", "民進党", "JP"),
    # review of round 41: not a Latin acronym beside an international name (国際…, アジア…)
    ("京都府警によると、XQBF国際囲碁連盟は5日、京都市内で大会を開いた。XQBFによると、参加者は300人だった。",
     "XQBF", None),
    ("警視庁によると、XQBFアジア選手権は5日、東京都内で開幕した。XQBFは大阪府で次の大会を開く。", "XQBF", None),
    # round 41: YouTube is a row of the tables
    ("動画はYouTubeに投稿され、東京都の警視庁が捜査している。", "YouTube", "US"),
    # round 41 (country2): a body with a head only Japan has is Japan's, whatever its sentence names
    ("ロシアの貨物船が沈んだ事故で、舞鶴海上保安部はロシア人の船長から話を聴いている。", "舞鶴海上保安部", "JP"),
    ("ロシアの漁船の船長について、釧路地検は起訴を見送った。ロシア政府は歓迎した。", "釧路地検", "JP"),
    ("アメリカ軍の基地の移設をめぐり、名護市議会はアメリカに抗議する決議を可決した。", "名護市議会", "JP"),
    ("韓国の観光客が財布を盗まれた事件で、稚内署は韓国人の男を逮捕した。", "稚内署", "JP"),
    ("韓国との交流事業について、福山市教委は延期を決めた。韓国側は残念だと述べた。", "福山市教委", "JP"),
    # round 41 (country2): a two-character country glued to more katakana is part of a word;
    # 北 / 南 before a katakana word is a compass point, not Korea
    ("時計メーカーのタイムラボ社は東京で新製品を発表した。", "タイムラボ社", "JP"),
    ("造船会社のマリンテック工業は神戸市で新しい船を公開した。", "マリンテック工業", "JP"),
    # (round 43: 北アルプス is a row of Japan's regions now, so the club takes Japan, still not Korea)
    ("北アルプス山岳会の登山隊が遭難した。", "北アルプス山岳会", "JP"),
])
def test_country_from_context(text, surface, country):
    e = entity_of(run(text), surface)
    assert e is not None and e.country == country, (e and e.country)


@pytest.mark.parametrize("text, surface, beside", [
    # round 41: a medium right after or right before a headline with no Japanese character
    ('『Floodhitstown』。WeeklyPost、2020年1月2日。', "WeeklyPost", True),
    ('WeeklyPost"Floodhitstown"、2020年1月2日。', "WeeklyPost", True),
    ('『町で洪水』。WeeklyPost、2020年1月2日。', "WeeklyPost", False),
    ('WeeklyPostによると、町で洪水があった。', "WeeklyPost", False),
])
def test_medium_beside_a_foreign_headline(text, surface, beside):
    from hodo.stages.entities import _beside_foreign_headline
    s = text.index(surface)
    assert _beside_foreign_headline(text, [(s, s + len(surface))]) is beside


@pytest.mark.parametrize("text, surface, beside", [
    # review of round 41: an acronym beside a name of international words, wherever it is written
    ("XQBF国際囲碁連盟の会長が来日した。XQBFによると、大会は大阪で開く。", "XQBFによると", True),
    ("総会で国連囲碁計画(XQBF)が報告した。XQBFは東京に事務所を置く。", "XQBFは", True),
    ("XQBFは東京に事務所を置く。XQBF囲碁連盟の会長が来日した。", "XQBFは", False),
])
def test_acronym_beside_an_international_name(text, surface, beside):
    from hodo.stages.entities import _beside_intl_name
    s = text.rindex(surface)
    assert _beside_intl_name(text, [(s, s + 4)]) is beside


@pytest.mark.parametrize("text, absent", [
    # round 28 (review): 毎日, 共同, 時事 as common words before 報道; 報道 not a citation
    ("その火災は毎日報道された。", "毎日"),
    ("騒ぎはほぼ毎日報道されている。", "毎日"),
    ("各局の共同報道によると、橋は崩れた。", "共同"),
    ("兄は時事報道の仕事に就いた。", "時事"),
    # 中日 the club, not the paper: a pair whose other item is no medium
    ("中日との交渉によれば、移籍金は5億円だ。", "中日"),
    # phrases ending in 同盟 are pacts, not bodies
    ("両国は戦略的同盟を固めた。", "戦略的同盟"),
    ("三国は経済同盟を目指す。", "経済同盟"),
    ("両党は選挙同盟を結んだ。", "選挙同盟"),  # final read of round 28
    ("外相は二国間同盟を重視した。", "二国間同盟"),
    ("当時、三国同盟が結ばれた。", "三国同盟"),
    ("日独伊三国同盟の締結から80年が過ぎた。", "日独伊三国同盟"),
    ("首相は対米同盟を見直した。", "対米同盟"),
    # the body, not a phrase with its country
    ("日本の国際緊急援助隊がトルコに入った。", "日本の国際緊急援助隊"),
    # guards: no short form inside a longer medium's name, no pact as a body
    ("テレビ朝日報道局の記者が取材した。", "朝日"),
    ("日経電子版の記事を引用した。", "日経"),
    ("両政府は日米同盟の強化で一致した。", "日米同盟"),
    ("両国は軍事同盟を結んだ。", "軍事同盟"),
])
def test_round28_not_mentions(text, absent):
    assert absent not in {s for s, t in mentions(run(text)) if t == "ORG"}


@pytest.mark.parametrize("text, surface, key", [
    # round 28 (review): 中国電力 inside a Chinese body's name, or in China, is no Chugoku Electric
    ("中国電力建設集団がダムを受注した。", "中国電力", "chugoku-electric"),
    ("中国電力企業連合会によると、発電量は増えた。", "中国電力", "chugoku-electric"),
    ("中国電力網の拡張が続く。", "中国電力", "chugoku-electric"),
    ("上海の中国電力の支社で説明会があった。", "中国電力", "chugoku-electric"),
    ("中国電力市場は伸び続けている。", "中国電力", "chugoku-electric"),
    # a prefecture's hall is not the Nippon Budokan
    ("試合は県立武道館で行われた。", "武道館", "nippon-budokan"),
    ("大会は静岡県武道館で開かれる。", "武道館", "nippon-budokan"),
    # bare CTV is also Taiwan's 中視; bare Excite is also the US portal
    ("台湾のテレビ局CTVによると、けが人が出た。", "CTV", "ctv"),
    ("excite によると、検索数は減った。", "excite", "excite-jp"),
    # guards: the club (中日は) and China–Japan (中日両国) are not the paper
    ("中日は巨人に敗れた。", "中日", "chunichi"),
    ("中日両国の外相が会談した。", "中日", "chunichi"),
    # (moved from test_round28_not_mentions in round 34: in a sports story 中日 is now the club,
    # an ORG, npb-dragons; it must still not be the paper)
    ("中日や広島の球団幹部によると、話し合いは続く。", "中日", "chunichi"),
    # round 34 review: bare 海兵隊 is the US Marine Corps only where the US is named and no other
    # country's marines are
    ("韓国軍によると、北朝鮮の砲撃で島の海兵隊の兵士2人が死亡した。", "海兵隊", "us-marines"),
    ("英海兵隊の隊員が訓練中に負傷した。海兵隊は事故の調査を始めた。", "海兵隊", "us-marines"),
])
def test_round28_not_linked(text, surface, key):
    art = run(text)
    for ent in art.entities:
        if any(art.text[s:e] == surface for s, e in ent.mentions):
            assert ent.key != key, (surface, ent.key, ent.country)


def test_no_country_guess_for_latin_bodies_or_ambiguous_names():
    art = run("韓国のサッカー連盟によると、AFCは処分を決めた。")
    e = entity_of(art, "AFC")
    assert e is None or e.country is None


@pytest.mark.parametrize("text, pair", [
    ("竹島周辺の調査で日韓合意が成立した。", ("日", "韓")),
    ("日米関係は改善に向かった。", ("日", "米")),
    ("日中関係の修復が課題だ。", ("日", "中")),
    ("米朝協議が再開された。", ("米", "朝")),
])
def test_country_pairs_before_a_relation_noun(text, pair):
    got = mentions(run(text))
    assert {(pair[0], "GPE"), (pair[1], "GPE")} <= got, got


@pytest.mark.parametrize("text", [
    "日中は気温が上がった。", "日中間の気温差が大きい。",
    "28日朝になって発表した。",                 # a date and a time of day, not 日朝
    "震源は市の南南東約150キロだった。",        # a compass direction, not 南/南
    "中日によると、列車が遅れた。",             # the Chunichi paper
])
def test_daytime_is_not_a_pair(text):
    assert not any(t == "GPE" for _, t in mentions(run(text)))


def test_body_named_by_its_head_in_parentheses():
    art = run("ロシアのクレムリン(大統領府)が声明を出した。")
    assert entity_of(art, "大統領府") is entity_of(art, "クレムリン") is not None


def test_abbreviation_before_a_spokesperson():
    assert ("米", "GPE") in mentions(run("米報道官は失望したと述べた。"))


@pytest.mark.parametrize("text, surface, country", [
    ("米国の上院は法案を可決した。", "上院", "US"),
    ("英国の下院は法案を否決した。", "下院", "GB"),
])
def test_chamber_named_alone(text, surface, country):
    e = entity_of(run(text), surface)
    assert e is not None and e.type == "ORG" and e.country == country


def test_chamber_inside_a_role_is_not_a_mention():
    assert "上院" not in {s for s, _ in mentions(run("上院議員が反対した。"))}


@pytest.mark.parametrize("text, surface, key", [
    ("金融庁は業務改善命令を出した。", "金融庁", "jp-fsa"),
    ("ソニーと任天堂が新製品を発表した。", "任天堂", "nintendo"),
    ("ロイター通信(REUTERS)によると", "REUTERS", "reuters"),
    # round 34 (review): bare 海兵隊 in a story that names the US
    ("米軍によると、沖縄の海兵隊の兵士が負傷した。", "海兵隊", "us-marines"),
])
def test_more_bodies_in_the_tables(text, surface, key):
    e = entity_of(run(text), surface)
    assert e is not None and e.key == key


def test_short_company_form_not_inside_another_word():
    assert not mentions(run("日産婦によると、会員は増えた。")) & {("日産", "ORG")}


def test_bare_name_of_a_base_is_the_base_but_not_of_an_airport():
    got = mentions(run("米軍普天間飛行場の移設問題で、政府は普天間の返還を求めた。"))
    assert ("普天間", "FAC") in got
    # (round 32: in an article about an airport a bare 成田 is the airport, _scan_airport_shorts;
    # the base rule still gives no airport to a bare place name elsewhere)
    got = mentions(run("成田市に到着した。成田は雨だった。"))
    assert ("成田", "FAC") not in got


# --------------------------------------------------------------------------- round 6

@pytest.mark.parametrize("text, surface, country", [
    # a country glued to a body the tables give another country: a body of this country
    ("北部ではマリ解放軍が村を攻撃した。", "マリ解放軍", "ML"),
    ("選挙ではオーストリア社会民主党が第一党になった。", "オーストリア社会民主党", "AT"),
    # a compound of nouns between the country and an unlinked head is part of the name
    ("ケニア独立選挙管理委員会は結果を発表した。", "ケニア独立選挙管理委員会", "KE"),
    ("オランダキリスト教民主同盟が連立に加わった。", "オランダキリスト教民主同盟", "NL"),
    ("与党であるチャド民主戦線は反対した。", "チャド民主戦線", "TD"),
])
def test_country_glued_to_a_named_body_is_one_org(text, surface, country):
    art = run(text)
    ent = entity_of(art, surface)
    assert ent is not None and ent.type == "ORG" and ent.country == country
    assert ent.key != "cn-mil" and ent.key != "sdp-jp"
    assert (surface[:2], "GPE") not in mentions(art)


@pytest.mark.parametrize("text", [
    "イラク駐留米軍は撤退を始めた。",  # 駐留 is never inside a name
    "漁船はロシア側警備局の船に止められた。",  # nor is 側
])
def test_country_body_stops_at_words_outside_names(text):
    art = run(text)
    assert not any(t == "ORG" and len(s) >= 6 for s, t in mentions(art))


@pytest.mark.parametrize("text, name, alias", [
    ("反政府組織「自由と繁栄運動」(FPM)は声明を出した。", "自由と繁栄運動", "FPM"),
    ("武装グループ「統一のための人民軍」(通称PAU)が村を襲った。", "統一のための人民軍", "PAU"),
    ("地元の「ラジオ・リーブル・サヘル」(RadioLibreSahel)が伝えた。", "ラジオ・リーブル・サヘル", "RadioLibreSahel"),
    ("野党の国民統一党(NUP)は抗議した。", "国民統一党", "NUP"),
    ("首相は放送倫理・番組監視機構(BWO)を批判した。", "放送倫理・番組監視機構", "BWO"),
])
def test_quoted_and_acronym_names(text, name, alias):
    art = run(text)
    ent = entity_of(art, name)
    assert ent is not None and ent.type == "ORG"
    assert entity_of(art, alias) is ent


def test_acronym_and_long_name_recur_bare():
    art = run("反政府組織「自由と繁栄運動」(FPM)が声明を出した。FPMの幹部は否定した。"
              "支持層をもつ民主統一党(DUP)は反対した。民主統一党の議員も述べた。")
    fpm = entity_of(art, "自由と繁栄運動")
    assert sum(1 for s, e in fpm.mentions if art.text[s:e] == "FPM") == 2
    dup = entity_of(art, "民主統一党")
    assert sum(1 for s, e in dup.mentions if art.text[s:e] == "民主統一党") == 2
    assert ("統一党", "ORG") not in mentions(art)


@pytest.mark.parametrize("text, absent", [
    ("台風20号「カンミ」(Kanmi)は北上した。", "カンミ"),  # a typhoon, not a body
    ("組織「解放」を名乗る者が犯行声明を出した。", "解放"),  # a kanji word in quotes
    ("展開国連レバノン暫定軍(UNIFIL)が監視した。", "展開国連レバノン暫定軍"),  # a known name ends the compound
    ("過激派グループの幹部が逮捕された。", "グループ"),  # a bare head is a common noun
    ("アラブ系民兵が村を襲った。", "アラブ"),  # an origin the tables do not know
])
def test_round6_not_mentions(text, absent):
    assert absent not in {s for s, _ in mentions(run(text))}


@pytest.mark.parametrize("text, person, place, country", [
    ("会談にはジョン・スミスアメリカ国務副長官が出席した。", "ジョン・スミス", "アメリカ", "US"),
    ("会談にはメアリー・ブラウンイギリス国際開発相が出席した。", "メアリー・ブラウン", "イギリス", "GB"),
])
def test_katakana_name_glued_to_a_country_and_title(text, person, place, country):
    art = run(text)
    assert (person, "PERSON") in mentions(art) and (place, "GPE") in mentions(art)
    assert entity_of(art, person).country == country


def test_katakana_name_glued_to_a_province_and_governor():
    art = run("ハンス・ミュラー・ザクセン州知事は辞退した。ミュラー氏は述べた。")
    assert ("ハンス・ミュラー", "PERSON") in mentions(art)
    assert ("ザクセン州", "GPE") in mentions(art)
    assert ("ハンス・ミュラー・ザクセン", "PERSON") not in mentions(art)


def test_province_written_with_a_dot():
    art = run("遺体はキガリ・ルラル県で見つかった。")
    assert ("キガリ・ルラル県", "GPE") in mentions(art)
    assert ("キガリ", "GPE") not in mentions(art)
    assert ("アメリカ", "GPE") in mentions(run("式典はアメリカ・ニューヨーク州で開かれた。"))


@pytest.mark.parametrize("text, present, absent", [
    # source lists whose spaces are lost: camel-case boundaries are word boundaries
    ('"Rebelsattackpeacekeepersin Chad".Reuters,2005', {("Reuters", "ORG")}, set()),
    ('"AUtroopsarriveinDarfur".BBCNews,October09,2005', {("AU", "ORG"), ("Darfur", "LOC"), ("BBCNews", "ORG")},
     {("BBC", "ORG")}),
    ('"Kenyavotersbacknewlaw".KenyaTribune,2005', {("Kenya", "GPE"), ("KenyaTribune", "ORG")}, set()),
    ('"Iraqisvoteinpeace"', set(), {("Iraq", "GPE")}),  # a demonym's ending
    ('"Sudanesearmymoves"', set(), {("Sudan", "GPE")}),
    ("ファイル:AngelaMerkelPD3.jpgドイツ連邦議会は開会した。", {("ドイツ連邦議会", "ORG")},
     {("AngelaMerkel", "PERSON")}),  # a picture's file name
    ("岩手日報WebNewsによると", set(), {("WebNews", "ORG")}),
])
def test_latin_names_run_together(text, present, absent):
    got = mentions(run(text))
    assert present <= got
    assert not (absent & got)


def test_unknown_province_and_body_take_the_country_of_the_article():
    art = run("ケニアの大統領は声明を出した。ケニアの警察によると、カクマ県で衝突があった。"
              "反政府組織「自由と繁栄運動」(FPM)が関与したとみられる。")
    assert entity_of(art, "カクマ県").country == "KE"
    assert entity_of(art, "自由と繁栄運動").country == "KE"
    # not in an article that names Japan most
    art = run("日本政府は声明を出した。日本の警察によると、カクマ県で衝突があった。")
    assert entity_of(art, "カクマ県").country != "JP"


@pytest.mark.parametrize("text, present, absent", [
    # an author right after the previous entry's year, a middle initial
    ('"Votersgo".KenyaTribune,October25,2005JohnA.Smith"Fearsgrow".', {("JohnA.Smith", "PERSON")}, set()),
    ('"X".KenyaTribune,Sept25,2005MaryBrown"Monitorspresent".', {("MaryBrown", "PERSON")}, set()),
    # a headline run together after a number is not an author
    ('"Rebelsfree38AfricanUnionmonitorsinChad"。', set(), {("AfricanUnionmonitorsinChad", "PERSON")}),
    # a body's name run together is not an author; a media name of several heads is one
    ('"X".KenyaTribune,October19,2005CommitteetoProtectReporters"Y".', set(),
     {("CommitteetoProtectReporters", "PERSON")}),
    ('"Z"。InternationalHeraldTribuneAsia-Pacific、2005年', {("InternationalHeraldTribune", "ORG")},
     {("InternationalHerald", "ORG")}),
    # a named refugee camp is a facility; camps of a known region are not one name
    ("難民はカクマ難民キャンプに逃れた。", {("カクマ難民キャンプ", "FAC")}, set()),
    ("ダルフール難民キャンプで死者が出た。", {("ダルフール", "LOC")}, {("ダルフール難民キャンプ", "FAC")}),
    # an acronym learnt in parentheses recurs inside a headline run together
    ('反政府組織「自由と繁栄運動」(FPM)が声明を出した。"AUstaffheldbyrebelFPM".KenyaTribune',
     {("FPM", "ORG")}, set()),
])
def test_source_list_names(text, present, absent):
    art = run(text)
    got = mentions(art)
    assert present <= got
    assert not (absent & got)
    if ("FPM", "ORG") in present:
        assert len(entity_of(art, "FPM").mentions) == 3


# --- round 7: weak one-kanji abbreviations, katakana names before a country body, katakana
# banks and companies, country bodies and their bare short forms, English names in source lists

@pytest.mark.parametrize("text, present, absent", [
    # 伊 加 印 比 after a katakana name or punctuation, before a title or a state body
    ("マリオ・ロッシ伊経済相は記者団に語った。", {("伊", "GPE"), ("マリオ・ロッシ", "PERSON")}, set()),
    ("ジョン・スミス加首相は来週訪問する。", {("加", "GPE")}, set()),
    ("『比国会、予算案を否決』。", {("比国会", "ORG")}, set()),
    # junk: the same kanji inside everyday words, or before a word that is no title
    ("会社は追加予算を組み、印紙税を納めた。", set(), {("加", "GPE"), ("印", "GPE")}),
    ("伊藤首相は会見した。", set(), {("伊", "GPE")}),
    ("この日政府は方針を発表した。", set(), {("日", "GPE")}),
    ("田中氏は、比較的安い土地を買った。", set(), {("比", "GPE")}),
])
def test_weak_country_abbreviations(text, present, absent):
    got = mentions(run(text))
    assert present <= got
    assert not (absent & got)


def test_abbreviation_resolves_to_country():
    art = run("マリオ・ロッシ伊経済相は辞任を否定した。")
    assert entity_of(art, "伊").key == "IT"


def test_katakana_name_glued_to_country_body_and_title():
    art = run("記者団に対し、マリオ・ベルトラーミ・イタリア中央銀行総裁は述べた。"
              "ベルトラーミ総裁は辞任を否定した。関係者によるとベルトラーミは続投する。")
    got = mentions(art)
    assert ("マリオ・ベルトラーミ", "PERSON") in got
    assert ("イタリア中央銀行", "ORG") in got
    full = entity_of(art, "マリオ・ベルトラーミ")
    assert len(full.mentions) == 3
    assert ("マリオ・ベルトラーミ・イタリア", "PERSON") not in got


@pytest.mark.parametrize("text, org, short", [
    ("地方銀行バンカ・ロマーナ・セントラーレの買収をめぐり、ロマーナ・セントラーレ側は反発した。",
     "バンカ・ロマーナ・セントラーレ", "ロマーナ・セントラーレ"),
    ("米モルトン・ブラザーズ・ホールディングスは破綻した。モルトン・ブラザーズの株価は下落した。",
     "モルトン・ブラザーズ・ホールディングス", "モルトン・ブラザーズ"),
])
def test_katakana_banks_and_companies(text, org, short):
    art = run(text)
    got = mentions(art)
    assert (org, "ORG") in got and (short, "ORG") in got
    assert not any(t == "PERSON" for _, t in got)
    assert entity_of(art, org) is entity_of(art, short)


def test_common_word_and_group_is_no_company():
    got = mentions(run("軍のクーデター・グループは声明を出した。クーデターは失敗した。"))
    assert not any(w.startswith("クーデター") for w, _ in got)


@pytest.mark.parametrize("text, present, absent", [
    # a person name cannot be glued to a Latin acronym: the whole is a company or club
    ("オランダの銀行XYZアムロは買収を提案した。", {("XYZアムロ", "ORG")}, {("アムロ", "PERSON")}),
    # but a race or a position before a name leaves the name a person
    ("ブラジルGPミハエル・シューマッハが優勝した。", {("ミハエル・シューマッハ", "PERSON")}, set()),
    ("MFシャビ・アロンソが得点した。", {("シャビ・アロンソ", "PERSON")}, set()),
])
def test_latin_glued_katakana(text, present, absent):
    got = mentions(run(text))
    assert present <= got
    assert not (absent & got)


def test_country_bodies_cabinet_central_bank_and_short_forms():
    art = run("イタリア中央銀行の改革案を、イタリア内閣は承認した。『イタリア中銀関係筋、辞任を否定』。"
              "『内閣、中銀総裁の任期を限定』。")
    got = mentions(art)
    assert {("イタリア内閣", "ORG"), ("イタリア中銀", "ORG"), ("中銀", "ORG")} <= got
    assert entity_of(art, "中銀") is entity_of(art, "イタリア中央銀行") is entity_of(art, "イタリア中銀")
    assert entity_of(art, "イタリア内閣").key == "it-cabinet"


def test_bare_central_bank_needs_one_country_bank():
    # two central banks: 中銀 alone is left unmarked
    got = mentions(run("日本銀行と欧州中央銀行、イングランド中央銀行は会合した。中銀総裁が会談した。"))
    assert ("中銀", "ORG") not in got


def test_palestinian_bodies():
    art = run("パレスチナ中央選挙管理委員会は結果を発表した。パレスチナのマフムード・アッバス"
              "自治政府議長は声明を出した。自治政府の首相も辞意を示した。")
    got = mentions(art)
    assert ("パレスチナ中央選挙管理委員会", "ORG") in got
    assert ("パレスチナ", "GPE") in got and entity_of(art, "パレスチナ").key == "PS"
    assert ("自治政府", "ORG") in got
    ent = entity_of(art, "自治政府")
    assert len(ent.mentions) == 2 and ent.country == "PS"


def test_autonomous_government_without_palestine_is_not_marked():
    got = mentions(run("自治政府の首相は辞意を示した。"))
    assert ("自治政府", "ORG") not in got


def test_english_names_in_source_lists():
    art = run('ハマスが勝利し、アッバス議長は会見した。「ハマス圧勝」。'
              '"HamaswinsPalestinianvote;Abbastoremain".TheDailyPaper、2006年1月26日。'
              '"PRESIDENT:HAMAS,FATAHTOTALK".NewsAgency、2006年1月27日。')
    got = mentions(art)
    assert ("Hamas", "ORG") in got and ("HAMAS", "ORG") in got
    assert entity_of(art, "Hamas") is entity_of(art, "ハマス")
    # a Latin word in the body text is not read this way; nor a name the article does not use
    assert ("FATAH", "ORG") not in got


def test_english_name_not_taken_from_a_file_name():
    got = mentions(run("ファイル:HamasRallyPhoto2006.jpgハマスが勝利した。"))
    assert ("Hamas", "ORG") not in got


@pytest.mark.parametrize("text, present, absent", [
    # Sudachi's 都内, 県内, 都知事 hold the unit's suffix: the place keeps it
    ("5日、東京都内の会場で会見が開かれた。", {("東京都", "GPE")}, {("東京", "GPE")}),
    ("鈴木一郎静岡県知事は記者会見で述べた。", {("静岡県", "GPE")}, {("静岡", "GPE")}),
    ("大阪市内在住の男性が逮捕された。", {("大阪市", "GPE")}, {("大阪", "GPE")}),
])
def test_admin_unit_before_nai_and_chiji(text, present, absent):
    got = mentions(run(text))
    assert present <= got
    assert not (absent & got)


@pytest.mark.parametrize("text, present, absent", [
    # a bare ・-joined katakana name as the subject of a speech verb is a person
    ("「警察が来た」と抗議団体のピエール・デュランは言い、去った。", {("ピエール・デュラン", "PERSON")}, set()),
    # not a company word pair
    ("ソニー・ミュージックが語った。", set(), {("ソニー・ミュージック", "PERSON")}),
])
def test_bare_katakana_speaker(text, present, absent):
    got = mentions(run(text))
    assert present <= got
    assert not (absent & got)


@pytest.mark.parametrize("text, surface, key", [
    # round 8: Japanese sports dailies and regional papers are table rows (key, country JP)
    ("日刊スポーツによると、選手は右肩を痛めた。", "日刊スポーツ", "nikkan-sports"),
    ("デイリースポーツの取材に対し、監督は続投を明言した。", "デイリースポーツ", "daily-sports"),
    ("西日本スポーツ新聞によると、試合は雨で中止となった。", "西日本スポーツ新聞", "nishispo"),
    ("スポニチによると、女優は事務所との契約を解除された。", "スポニチ", "sponichi"),
    ("讀賣新聞社の報道によると、知事は辞意を固めた。", "讀賣新聞社", "yomiuri"),
    ("沖縄タイムスによると、県議会は意見書を可決した。", "沖縄タイムス", "okinawa-times"),
])
def test_japanese_media_rows(text, surface, key):
    e = entity_of(run(text), surface)
    assert e is not None and e.key == key and e.type == "ORG" and e.country == "JP"


def test_unknown_paper_does_not_take_a_foreign_country():
    # a medium cited next to a foreign country keeps its own (JP) country, not the neighbour's
    art = run("北朝鮮の発表について、デイリースポーツは米国の反応を伝えた。")
    assert entity_of(art, "デイリースポーツ").country == "JP"


@pytest.mark.parametrize("text, surface", [
    # a table row with no country (continents, oceans, IGOs) keeps none, whatever is nearby
    ("このハリケーンは北朝鮮の発表とは関係なく、北アメリカ周辺に接近している。", "北アメリカ"),
    # (round 38: not 太平洋艦隊, now one ORG, the fleet's name: the gold marks アメリカ太平洋艦隊 / 太平洋艦隊 whole)
    ("ロシアの艦隊が太平洋から日本海へ通過した。", "太平洋"),
])
def test_countryless_table_rows_stay_countryless(text, surface):
    e = entity_of(run(text), surface)
    assert e is not None and e.country is None


def test_sentence_with_year_after_comma_is_not_a_source_line():
    # 一方、2008年…に: a connective, not a publisher line "X、2008年1月30日。"
    got = mentions(run("教師は授業を続けた。一方、2008年11月に自殺した生徒の両親は学校を訴えた。"))
    assert not any(s == "一方" for s, _ in got)
    got = mentions(run("出典\n室蘭民報、2008年1月30日。"))
    assert ("室蘭民報", "ORG") in got


def test_known_body_in_parentheses_after_another_stays_itself():
    # Yahoo!ニュース(日刊スポーツ): a portal and the paper that supplied the story, two bodies
    art = run("Yahoo!ニュース(日刊スポーツ)『投手が無安打無得点』。")
    assert entity_of(art, "日刊スポーツ").key == "nikkan-sports"
    # an abbreviation in parentheses is still the body's own
    art = run("国際原子力機関(IAEA)は5日、声明を出した。")
    assert entity_of(art, "IAEA") is entity_of(art, "国際原子力機関")


@pytest.mark.parametrize("text, present, absent", [
    # a katakana name, ・, then the country and a title: a part that is also a country (マリ)
    # belongs to the name
    ("マリ・アルカティリ・東ティモール首相は合意を歓迎した。",
     {("マリ・アルカティリ", "PERSON"), ("東ティモール", "GPE")}, {("マリ", "GPE")}),
    # the same without a title stays a list of countries
    ("チャド・マリ・ニジェールの3国が会談した。", {("マリ", "GPE"), ("チャド", "GPE")}, set()),
    # name・country+title: the country is a mention of its own
    ("ジョージ・ブッシュ・アメリカ大統領は述べた。",
     {("ジョージ・ブッシュ", "PERSON"), ("アメリカ", "GPE")}, set()),
    # a one-character Korean surname that Sudachi reads as a common noun (朴|吉淵)
    ("北朝鮮の朴吉淵国連大使は決議を拒否した。", {("朴吉淵", "PERSON")}, {("吉淵", "PERSON")}),
    # …but not a common noun before an ordinary name
    ("日本の高村正彦外相は述べた。", {("高村正彦", "PERSON")}, set()),
])
def test_names_beside_countries_and_one_character_surnames(text, present, absent):
    got = mentions(run(text))
    assert present <= got
    assert not (absent & got)


def test_quoted_name_with_to_recurs():
    # a party name learnt from 保守政党「X」 recurs in 「」 later, even where the dictionary
    # tags a part of it as a personal name (正義)
    text = "選挙では保守政党「法と正義」が勝利した。また「法と正義」は連立協議を始めた。"
    got = [m for m in mentions(run(text)) if m[0] == "法と正義"]
    art = run(text)
    ms = [(s, e) for ent in art.entities for s, e in ent.mentions if art.text[s:e] == "法と正義"]
    assert len(ms) == 2 and got == [("法と正義", "ORG")]
    assert not any(art.text[s:e] == "正義" for ent in art.entities for s, e in ent.mentions)


def test_person_before_a_place_named_body():
    # 田口聡|秋田県本部代表: the body's name does not swallow the person's name before the place
    got = mentions(run("公明党の田口聡秋田県本部代表は述べた。"))
    assert ("田口聡", "PERSON") in got
    assert not any(s.startswith("田口") and t == "ORG" for s, t in got)


# ----------------------------------------------------------------- round 10: bodies named after places

@pytest.mark.parametrize("text, org, not_alone", [
    ("名古屋高等裁判所は控訴を棄却した。", "名古屋高等裁判所", "名古屋"),
    ("札幌高裁は判決を言い渡した。", "札幌高裁", "札幌"),
    ("大阪府議会で予算案が可決された。", "大阪府議会", "大阪"),
    ("シカゴ商業取引所で小麦の先物が値上がりした。", "シカゴ商業取引所", "シカゴ"),
    ("韓国野生動物保護協会が声明を出した。", "韓国野生動物保護協会", "韓国"),
    ("ダッカ・トリビューン紙が伝えた。", "ダッカ・トリビューン", "ダッカ"),
])
def test_place_named_bodies(text, org, not_alone):
    got = mentions(run(text))
    assert (org, "ORG") in got
    assert not any(w == not_alone for w, _ in got)


def test_branch_after_a_known_party_and_cabinets():
    got = mentions(run("自民党岐阜県連は候補者を決めた。"))
    # round 20b: the party's chapter is one ORG (the gold takes all 7 such chapters whole)
    assert ("自民党岐阜県連", "ORG") in got
    got = mentions(run("小泉改造内閣が発足した。"))
    assert ("小泉改造内閣", "ORG") in got
    got = mentions(run("吉田茂内閣以来の快挙となった。"))
    assert ("吉田茂内閣", "ORG") in got
    got = mentions(run("町村信孝内閣官房長官は記者会見で述べた。"))
    assert not any(w.endswith("内閣") for w, _ in got)
    assert ("町村信孝", "PERSON") in got


def test_common_words_are_no_katakana_paper():
    got = mentions(run("反政府・グループは声明を出した。"))
    assert not any("グループ" in w for w, _ in got)


@pytest.mark.parametrize("text, want, unwanted", [
    ("安保理では英仏案が採択された。", {("英", "GPE"), ("仏", "GPE")}, set()),
    ("総選挙の後、独連立政権の協議が続く。", {("独", "GPE")}, set()),
    ("山田・駐韓日本大使は遺憾の意を伝えた。", {("韓", "GPE"), ("日本", "GPE")}, set()),
    ("制裁の土台を作った。", set(), {"土", "台"}),
    ("市場は土日を挟んで再開した。", set(), {"土", "日"}),
])
def test_country_abbreviation_pairs(text, want, unwanted):
    got = mentions(run(text))
    assert want <= got
    assert not any(w in unwanted for w, _ in got)


def test_diet_houses_and_parties():
    got = mentions(run("衆議院は解散され、参院の与野党は緑の党と左翼党の動きを注視した。"))
    assert {("衆議院", "ORG"), ("参院", "ORG"), ("緑の党", "ORG"), ("左翼党", "ORG")} <= got


def test_romanised_name_in_parentheses_is_the_person():
    art = run("国連の調査官マイケル・ロートン(MichaelLawton)氏が報告書を提出した。")
    got = mentions(art)
    assert ("MichaelLawton", "PERSON") in got
    assert entity_of(art, "MichaelLawton") is entity_of(art, "マイケル・ロートン")
    got = mentions(run("記者アンナ・ベルク(AP)が伝えた。"))
    assert ("AP", "PERSON") not in got


@pytest.mark.parametrize("text, gpe, key", [
    ("タジキスタン共和国の大統領が来日した。", "タジキスタン共和国", "TJ"),
    ("ルハンスク人民共和国の指導者が述べた。", "ルハンスク人民共和国", None),
])
def test_republics_are_places(text, gpe, key):
    art = run(text)
    assert (gpe, "GPE") in mentions(art)
    if key:
        assert entity_of(art, gpe).key == key


@pytest.mark.parametrize("text, org, other", [
    ("フランスラジオによると、首相が辞任した。", "フランスラジオ", None),
    ("ドイツZDF放送が伝えた。", "ZDF放送", ("ドイツ", "GPE")),
])
def test_country_radio_and_latin_broadcasters(text, org, other):
    got = mentions(run(text))
    assert (org, "ORG") in got
    if other:
        assert other in got


def test_kinds_of_radio_are_no_names():
    got = mentions(run("被災地ではネットラジオや短波ラジオで情報を集めた。"))
    assert not any(w.endswith("ラジオ") for w, _ in got)


def test_country_after_a_name_and_a_dot():
    art = run("会議にはアフマド・スハルディ・マレーシア外相が出席した。")
    assert entity_of(art, "アフマド・スハルディ").country == "MY"


# ---------------------------------------------------------------- round 11

@pytest.mark.parametrize("text, party, country", [
    # a country right before the party decides
    ("ドイツの緑の党は連立協議に応じた。", "緑の党", "DE"),
    # the table's party (Japan) when the article backs it
    ("民主党の岡田克也代表は日本の国会で演説した。", "民主党", "JP"),
    # another country's namesake when only that country is named
    ("ニュージーランドの総選挙で、国民党が勝利した。ニュージーランドの労働党は敗れた。", "国民党", "NZ"),
    ("ニュージーランドの総選挙で、国民党が勝利した。ニュージーランドの労働党は敗れた。", "労働党", "NZ"),
    ("オーストリアでは選挙が行われ、オーストリアの社会民主党が第1党となった。", "社会民主党", "AT"),
])
def test_shared_party_names_take_the_article_country(text, party, country):
    art = run(text)
    assert entity_of(art, party).country == country


def test_japanese_party_stays_japanese_with_japanese_people():
    # 北朝鮮 is named most often, but the party is Japan's (a Japanese politician, 日本 named)
    art = run("民主党の山田太郎議員は、北朝鮮による拉致問題について日本政府を批判した。"
              "北朝鮮は回答していない。北朝鮮の報道官は反論した。")
    assert entity_of(art, "民主党").country == "JP"


@pytest.mark.parametrize("text, org", [
    ("彼は参議院議員を2期務めた。", "参議院"),
    ("昨年の衆議院選挙で落選した。", "衆議院"),
])
def test_chamber_glued_to_member_or_election(text, org):
    assert (org, "ORG") in mentions(run(text))


@pytest.mark.parametrize("text, name", [
    ("今年のノーベル平和賞は人権活動家に贈られる。", "ノーベル"),
    ("山田花子さんの小説が芥川賞の候補になった。", "芥川"),
])
def test_prize_names_are_not_people(text, name):
    assert (name, "PERSON") not in mentions(run(text))


def test_receiving_a_prize_keeps_the_person():
    assert ("山田太郎", "PERSON") in mentions(run("山田太郎受賞者が記者会見した。"))


def test_given_name_glued_to_former():
    # Sudachi reads 石井|一元|議員: the 元 belongs to the title
    got = mentions(run("兵庫県選出の石井一元議員が講演で発言した。"))
    assert ("石井一", "PERSON") in got
    assert ("石井一元", "PERSON") not in got


@pytest.mark.parametrize("text, word", [
    ("議会には5人のムスリム議員が誕生した。", "ムスリム"),
    ("会見ではベテラン記者が質問した。", "ベテラン"),
])
def test_kinds_of_people_before_titles_are_no_names(text, word):
    assert (word, "PERSON") not in mentions(run(text))


@pytest.mark.parametrize("text, name, cut", [
    ("毎日新聞、2014年8月6日。隅俊之『中国で地震』。", "隅俊之", "俊之"),
    ("共同通信、2014年8月4日。今関忠馬『雲南で地震』。", "今関忠馬", "今関忠"),
])
def test_source_list_author_takes_the_whole_kanji_run(text, name, cut):
    got = mentions(run(text))
    assert (name, "PERSON") in got
    assert (cut, "PERSON") not in got


def test_source_list_title_is_not_part_of_the_name():
    got = mentions(run("読売新聞、2009年9月21日。鳩山首相『国連で演説』。"))
    assert ("鳩山", "PERSON") in got
    assert ("鳩山首", "PERSON") not in got


def test_shared_party_with_acronym_and_japan_named_in_passing():
    # a German election story that names 日本 once: the party is Germany's
    art = run("ドイツ連邦議会選挙で、自由民主党(FDP)は議席を伸ばした。ドイツでは連立協議が始まる。"
              "ドイツの首相は日本の首相とも会談した。ドイツの野党は反発した。")
    assert entity_of(art, "自由民主党").country == "DE"


# --------------------------------------------------------------------------- round 12

@pytest.mark.parametrize("text, org, country", [
    # English source lines: "Headline".Publisher,Month day,year
    ('選挙が行われた。"Votersgotothepolls".TheMapleDaily,March3,2007"Resultsdue".ExampleTimes,March4,2007。',
     "TheMapleDaily", None),
    ('選挙が行われた。"Pollsopen".Onet.pl,October23,2005。', "Onet.pl", "PL"),
    ('選挙が行われた。"Pollsopen".Stuff.co.nz,September9,2005。', "Stuff.co.nz", "NZ"),
    ('地震が起きた。"Quakehits".ChinaDaily,January26,2006。', "ChinaDaily", "CN"),
    ('選挙が行われた。"Pollsopen".n-tv,November11,2005。', "n-tv", "DE"),
    ('選挙が行われた。"Pollsopen".HAARETZ.com,January26,2006。', "HAARETZ.com", "IL"),
    # Japanese-style lines with a note in brackets and the next item's title after the date
    ('議員が当選した。"ExampleName"。ExampleParliament、2005年9月22日(サーバー情報に拠る)"Other"。',
     "ExampleParliament", None),
    # dates written with dots or slashes
    ("事故が起きた。ExampleAktuell、19/09/2005。ExampleRadio、15.09.2005。", "ExampleAktuell", None),
])
def test_latin_publishers_in_source_lines(text, org, country):
    art = run(text)
    assert (org, "ORG") in mentions(art)
    assert entity_of(art, org).country == country


@pytest.mark.parametrize("text, org, key", [
    ("NHKNEWSwebによると、大統領が死去した。", "NHKNEWSweb", "nhk"),
    ("事件が起きた。CNNJapan『知事を提訴』。CNN、2005年7月14日。", "CNNJapan", "cnn"),
    ("IBAFによると、新しい制度が採用される。", "IBAF", None),
])
def test_latin_media_before_a_title_or_cited(text, org, key):
    art = run(text)
    assert (org, "ORG") in mentions(art)
    if key:
        assert entity_of(art, org).key == key


def test_name_in_capitals_before_a_title_is_no_medium():
    # an author's name written in capitals is as likely as a medium's: left alone
    got = mentions(run("地震が起きた。JOHNDOE『死者が増加』。ウォール・ストリート・ジャーナル日本版、2014年8月6日。"))
    assert ("JOHNDOE", "ORG") not in got


def test_author_country_stops_at_the_items_date():
    # the author takes the country of the medium of the same item, not of a later one
    art = run('事件があった。JohnExample"Reporterfreed".ExampleWire,October21,2005'
              '"Otherstory".ChinaDaily,October20,2005。')
    assert entity_of(art, "JohnExample").country is None


def test_english_body_names_in_headlines():
    # the article names the African Union: its English name glued into a headline is a mention
    art = run('アフリカ連合の監視団が解放された。"Rebelsfree38AfricanUnionmonitors"。')
    assert entity_of(art, "AfricanUnion") is not None
    assert entity_of(art, "AfricanUnion").key == entity_of(art, "アフリカ連合").key


def test_romanised_name_after_title_and_accents():
    art = run("セルビアのルカ・カラジッチ氏(LukaKaradžić)が裁判所に入った。")
    assert entity_of(art, "LukaKaradžić") is not None
    assert entity_of(art, "LukaKaradžić").key == entity_of(art, "ルカ・カラジッチ").key


@pytest.mark.parametrize("text, org", [
    ("毎日新聞によると国際野球連盟の会長は発表した。", "国際野球連盟"),
    ("全日本アマチュア野球連盟も抗議する方向だ。", "全日本アマチュア野球連盟"),
    ("日本遺族会の会長は述べた。", "日本遺族会"),
    ("財団法人野口英世記念会が賞を贈る。", "野口英世記念会"),
    ("スーダンで北部の国民会議党と南部の勢力が合意した。", "国民会議党"),
    ("朝日新聞は在セネガル日本大使館の情報として伝えた。", "在セネガル日本大使館"),
    ("マレーシア航空機が墜落した。", "マレーシア航空"),
    ("ウィキペディアにこの戦争に関する記事があります。", "ウィキペディア"),
])
def test_round12_body_names(text, org):
    assert (org, "ORG") in mentions(run(text))


@pytest.mark.parametrize("text, word", [
    ("国際会議が開かれた。", "国際会議"),
    ("東京博覧会が開かれた。", "東京博覧会"),
    ("連立与党と各政党が反発した。", "連立与党"),
    ("大政党と小政党が争う。", "大政党"),
    ("野党第一党が反発した。", "第一党"),
])
def test_kinds_of_bodies_and_gatherings_are_no_names(text, word):
    assert (word, "ORG") not in mentions(run(text))


def test_embassy_and_all_japan_take_their_country():
    art = run("在中国日本大使館は注意を呼びかけた。全日本アマチュア野球連盟も抗議した。")
    assert entity_of(art, "在中国日本大使館").country == "JP"
    assert entity_of(art, "全日本アマチュア野球連盟").country == "JP"


def test_europe_and_america():
    got = mentions(run("ロシアは欧米諸国との良好な関係を求めた。"))
    assert ("欧", "LOC") in got and ("米", "GPE") in got


def test_us_dollar_is_no_mention_of_the_country():
    got = mentions(run("遺族は約200万米ドルの賠償を求めた。"))
    assert ("米", "GPE") not in got


def test_un_after_a_country_stays_the_un():
    # 北朝鮮|国連大使: the UN is no body of North Korea
    got = mentions(run("北朝鮮国連大使は決議を拒否した。"))
    assert ("北朝鮮", "GPE") in got and ("国連", "ORG") in got
    assert ("北朝鮮国連", "ORG") not in got


@pytest.mark.parametrize("text, org, country", [
    ("中国の在上海日本総領事館の職員が死亡した。", "在上海日本総領事館", "JP"),
    ("領事が死亡した。『事件について』。中華人民共和国駐日本国大使館、2005年12月31日。",
     "中華人民共和国駐日本国大使館", "CN"),
])
def test_missions_belong_to_the_sending_country(text, org, country):
    assert entity_of(run(text), org).country == country


@pytest.mark.parametrize("text, org", [
    ("北城恪太郎経済同友会代表幹事は述べた。", "北城恪太郎経済同友会"),
    ("全国都道府県議会議長会の代表が述べた。", "全国都道府県議会"),
    ("日テレNEWS24によると、市民は歓喜した。", "NEWS24"),
])
def test_partial_or_run_on_body_names_are_not_taken(text, org):
    assert (org, "ORG") not in mentions(run(text))


@pytest.mark.parametrize("text, org, acro", [
    ("ハイチでは国連ハイチ安定化ミッション(MINUSTAH)が展開している。", "国連ハイチ安定化ミッション", "MINUSTAH"),
    ("第1回東アジアサミット(EAS)が予定されている。", "東アジアサミット", "EAS"),
    ("コンゴ自然保全研究所(ICCN)が調査した。", "コンゴ自然保全研究所", "ICCN"),
])
def test_missions_summits_and_institutes_before_their_acronym(text, org, acro):
    art = run(text)
    assert (org, "ORG") in mentions(art)
    assert entity_of(art, acro).key == entity_of(art, org).key


def test_name_vouched_by_its_acronym_takes_the_place_inside_later():
    art = run("第1回東アジアサミット(EAS)が予定された。東アジアサミットに参加する国が決まった。")
    assert [art.text[s:e] for s, e in entity_of(art, "EAS").mentions].count("東アジアサミット") == 2


# --------------------------------------------------------------------------- round 13

@pytest.mark.parametrize("text, word", [
    ("米連邦最高裁判所は判断を示した。", "米"),
    ("米司法長官は捜査を続けると述べた。", "米"),
    ("港には米強襲揚陸艦が寄港した。", "米"),
    ("英ガーディアン紙によると、交渉は続いている。", "英"),
])
def test_abbreviation_left_alone_by_the_parser_is_the_country(text, word):
    assert (word, "GPE") in mentions(run(text))


@pytest.mark.parametrize("text, word", [
    ("遺族は100米ドルの賠償を求めた。", "米"),
    ("米沢市で祭りが開かれた。", "米"),
    ("英語の教科書が配られた。", "英"),
    ("男性は米を買いに出かけた。", "米"),
])
def test_abbreviation_inside_a_word_or_as_a_common_noun_is_no_country(text, word):
    assert (word, "GPE") not in mentions(run(text))


def test_title_compound_token_gives_no_name():
    # リンチ|司法長官: Sudachi reads 司法長官 as one word; 司法 is no name before 長官
    got = mentions(run("アメリカのリンチ司法長官が会見した。米司法長官は訴追を検討している。"))
    assert ("リンチ", "PERSON") in got
    assert ("司法", "PERSON") not in got


def test_federal_supreme_court_is_no_japanese_court():
    art = run("米連邦最高裁判所の長官が就任した。連邦最高裁は保守化するとみられる。")
    got = mentions(art)
    assert ("米", "GPE") in got and ("連邦最高裁判所", "ORG") in got and ("連邦最高裁", "ORG") in got
    assert entity_of(art, "連邦最高裁判所").country == "US"


@pytest.mark.parametrize("text", [
    "米フロントラインニュースによれば、長官は指名を受けた。",
    "『長官が就任』。米フロントラインニュース、2005年9月30日。",
])
def test_abbreviation_before_a_katakana_medium(text):
    got = mentions(run(text))
    assert ("米", "GPE") in got and ("フロントラインニュース", "ORG") in got


@pytest.mark.parametrize("text, name", [
    ("ハリケーン・リタはテキサス州に上陸した。リタの勢力は弱まった。", "リタ"),
    ("サイクロン「エマ」が北上している。気象局はエマへの警戒を呼びかけた。", "エマ"),
    ("台風マリアが沖縄に接近した。", "マリア"),
])
def test_storm_names_are_no_people(text, name):
    art = run(text)
    assert not any(ent.type == "PERSON" and name in ent.name for ent in art.entities)


def test_storm_word_keeps_real_people():
    got = mentions(run("ハリケーン・リタの被害を受け、ブッシュ大統領は現地を視察した。"))
    assert ("ブッシュ", "PERSON") in got


@pytest.mark.parametrize("text, fac", [
    ("富岡製糸場が世界遺産に登録された。", "富岡製糸場"),
    ("抗議団はアメリカ合衆国議会議事堂に向かった。", "アメリカ合衆国議会議事堂"),
    ("浦上天主堂でミサが行われた。", "浦上天主堂"),
    ("上野動物園のパンダが公開された。", "上野動物園"),
    ("田島弥平旧宅も構成資産に含まれる。", "田島弥平旧宅"),
])
def test_facility_heads(text, fac):
    assert (fac, "FAC") in mentions(run(text))


@pytest.mark.parametrize("text, word", [
    ("景気はさらに悪化するのではないかとの見方もある。", "見方"),
    ("大使館はモーリタニアを兼轄する。", "兼轄"),
])
def test_lone_word_read_as_a_name_is_no_person(text, word):
    assert (word, "PERSON") not in mentions(run(text))


@pytest.mark.parametrize("text, name", [
    ("渋沢栄一が設立した工場が公開された。", "渋沢栄一"),
    ("会見した鈴木一郎氏は、鈴木の立場を説明した。", "鈴木一郎"),
])
def test_full_names_and_vouched_surnames_stay(text, name):
    assert (name, "PERSON") in mentions(run(text))


@pytest.mark.parametrize("text, word", [
    ("政府は野口英世アフリカ賞の創設を決めた。", "野口英世"),
    ("ネパール共産党毛沢東主義派が第1党になった。", "毛沢東"),
])
def test_prizes_and_doctrines_named_after_people(text, word):
    assert (word, "PERSON") not in mentions(run(text))


@pytest.mark.parametrize("text, place, typ", [
    ('"Bosniawarcrimesuspectarrested".', "Bosnia", "GPE"),
    ('"Sudanswearsinunitygovernment".', "Sudan", "GPE"),
    ('"Malawiissuesfoodcrisisappeal".', "Malawi", "GPE"),
    ('"Kyrgyzpresidentnominatesprimeminister".', "Kyrgyz", "GPE"),
    ('"Hamasvictoryupendsmideastpolitics".', None, None),
])
def test_place_names_in_latin_text_without_spaces(text, place, typ):
    got = mentions(run(text))
    if place is None:
        assert not any(t in ("GPE", "LOC") for _, t in got)
    else:
        assert (place, typ) in got


@pytest.mark.parametrize("text, place, latin", [
    ('ベイルート中心部の市場で爆発があった。"ExplosionrocksBeirutmarket"。ロイター、2025年9月3日。',
     "ベイルート", "Beirut"),
    ('四川省で強い地震があった。"Magnitude6.1-SICHUAN,CHINA"。アメリカ地質調査所、2025年9月3日。',
     "四川省", "SICHUAN"),
    ('ニューオーリンズの住民に避難命令が出た。"StormnearsNewOrleans,residentsflee"。AP通信、2025年9月3日。',
     "ニューオーリンズ", "NewOrleans"),
    ('ガザ地区で衝突が起きた。"ClashesinGazaleavetwodead"。AFP通信、2025年9月3日。', "ガザ地区", "Gaza"),
])
def test_latin_repeat_of_the_articles_place(text, place, latin):
    art = run(text)
    ent = entity_of(art, latin)
    assert ent is not None and ent.type in ("GPE", "LOC") and ent is entity_of(art, place)


@pytest.mark.parametrize("text, person, latin", [
    ('ファリド・ムアリ外相が辞任した。"Moualiresignsafterprotests"。ロイター、2025年9月3日。',
     "ファリド・ムアリ", "Mouali"),
    ('ナディム・ボーテ首相が会見した。"NadimBoteformsnewcabinet"。AFP通信、2025年9月3日。',
     "ナディム・ボーテ", "NadimBote"),
    ('カスーリ議長は増税に反対した。"Kassouriwarnsagainstnewtaxes"。AP通信、2025年9月3日。',
     "カスーリ", "Kassouri"),
])
def test_latin_surname_of_a_katakana_person(text, person, latin):
    art = run(text)
    ent = entity_of(art, latin)
    assert ent is not None and ent.type == "PERSON" and ent is entity_of(art, person)


@pytest.mark.parametrize("text, word", [
    ('"Iraqivotersgotothepolls".', "Iraq"),
    ('"Sudanesetroopsenterthetown".', "Sudan"),
    ('"Malawianfarmersfacedrought".', "Malawi"),
])
def test_demonyms_in_latin_text_are_no_places(text, word):
    assert (word, "GPE") not in mentions(run(text))


def test_kanji_full_name_in_a_japanese_article_is_japanese():
    art = run("東京都内で会見した林路郎氏は計画を説明した。")
    assert entity_of(art, "林路郎").country == "JP"


def test_kanji_full_name_beside_china_gets_no_guess():
    art = run("北京で中国外務省の郭丹報道官と林路郎氏が会見した。東京の反応は冷ややかだった。")
    e = entity_of(art, "林路郎")
    assert e is None or e.country != "JP"


def test_latin_byline_with_the_is_a_medium():
    got = mentions(run('『首相が辞任』。朝日新聞、2006年9月20日。TheNation"Monthsofrumourscometrue"。'))
    assert ("TheNation", "ORG") in got and ("TheNation", "PERSON") not in got


@pytest.mark.parametrize("text, org", [
    ("イスラム国トリポリ支部が犯行声明を出した。", "イスラム国トリポリ支部"),
    ("富山地裁高岡支部は判決を言い渡した。", "富山地裁高岡支部"),
    ("外務省沖縄事務所の所長が会見した。", "外務省沖縄事務所"),
])
def test_branch_of_a_body_named_by_its_place(text, org):
    got = mentions(run(text))
    assert (org, "ORG") in got
    assert not any(t in ("GPE", "LOC") for _, t in got)


def test_body_office_without_a_place_stays_the_body():
    got = mentions(run("社民党本部で会見した。"))
    assert ("社民党", "ORG") in got


def test_both_governments_is_no_body_of_one_country():
    got = mentions(run("問題の早期解決を日本・アメリカ両政府に求めた。"))
    assert ("日本", "GPE") in got and ("アメリカ", "GPE") in got


def test_country_name_glued_to_a_title_in_one_word():
    got = mentions(run("第16代アメリカ合衆国大統領が使用した聖書が公開された。"))
    assert ("アメリカ合衆国", "GPE") in got


def test_surname_before_a_katakana_title_stays():
    got = mentions(run("クラブの社長が鈴木チェアマンを訪ねた。"))
    assert ("鈴木", "PERSON") in got


# ----------------------------------------------------------------------------- round 14
# Actors that were no entity at all: clubs, bodies named by a phrase in 「」, schools,
# institutions named without their country. Sentences written for these tests.

@pytest.mark.parametrize("text, org, key", [
    ("プロ野球の巨人は5日、新しい監督を発表した。", "巨人", "npb-giants"),
    ("ドラフト会議で西武が1位に指名した。", "西武", "npb-lions"),
    ("この投手はオリックスから移籍した。", "オリックス", "npb-buffaloes"),
    ("北海道日本ハムの打者が本塁打を放った。", "北海道日本ハム", "npb-fighters"),
    ("球団側によると、楽天イーグルスは契約を更新した。", "楽天イーグルス", "npb-eagles"),
    ("元投手は阪神の二軍で指導する。", "阪神", "npb-tigers"),
    ("パ・リーグは埼玉西武が首位に立った。", "埼玉西武", "npb-lions"),
    ("プロ野球の試合のあと『巨人高橋が引退』と報じられた。", "巨人", "npb-giants"),
])
def test_baseball_clubs_in_a_sports_article(text, org, key):
    art = run(text)
    assert (org, "ORG") in mentions(art)
    assert entity_of(art, org).key == key


@pytest.mark.parametrize("text, word", [
    ("彼は文学の巨人と呼ばれた。", "巨人"),
    ("阪神百貨店の売り場が改装された。", "阪神"),
    ("楽天の株価が上がったと市場関係者は話した。", "楽天"),
])
def test_club_short_forms_need_a_sports_article(text, word):
    art = run(text)
    e = entity_of(art, word)
    assert e is None or not e.key.startswith(("npb-", "jl-"))


@pytest.mark.parametrize("text, word", [
    ("プロ野球の試合のあと、阪神電鉄の株主総会が開かれた。", "阪神"),
    ("プロ野球の試合は西武ドームで行われた。", "西武"),
])
def test_club_short_form_glued_to_another_name_is_not_the_club(text, word):
    art = run(text)
    e = entity_of(art, word)
    assert e is None or not e.key.startswith("npb-")


@pytest.mark.parametrize("text, org", [
    ("地元では「ダムの建設に反対する会」が署名を集めた。", "ダムの建設に反対する会"),
    ("「海辺の松林を守る会」は3日、市に要望書を出した。", "海辺の松林を守る会"),
    ("報道の自由を訴える「国境なき記者団」も声明を出した。", "国境なき記者団"),
    ("被害者の組織である「汚職に抗議する市民たち」は集会を開いた。", "汚職に抗議する市民たち"),
    ("東欧の5か国が「自由選択共同体」を結成した。", "自由選択共同体"),
    ("第2党「アルバ共産党統一派」の幹部が会見した。", "アルバ共産党統一派"),
    ("NPO法人「川と森をつなぐ会」の代表が出席した。", "川と森をつなぐ会"),
])
def test_bodies_named_by_a_phrase_in_brackets(text, org):
    assert (org, "ORG") in mentions(run(text))


@pytest.mark.parametrize("text, absent", [
    ("先月亡くなった俳優の「お別れの会」が都内で開かれた。", "お別れの会"),
    ("恩師を「偲ぶ会」には大勢が集まった。", "偲ぶ会"),
    ("同日、「同線の安全を検討する委員会」を設けた。", "同線の安全を検討する委員会"),
    ("彼は「とにかく前へ進む」と語った。", "とにかく前へ進む"),
])
def test_gatherings_and_sayings_in_brackets_are_no_bodies(text, absent):
    assert not any(s == absent for s, _ in mentions(run(text)))


def test_phrase_named_body_recurs_without_brackets():
    art = run("ネパール共産党統一派は会見した。第1党「ネパール共産党統一派」の幹部が語った。")
    e = entity_of(art, "ネパール共産党統一派")
    assert e is not None and e.type == "ORG" and len(e.mentions) == 2


@pytest.mark.parametrize("text, org", [
    ("県大会で上宮高校が優勝した。", "上宮高校"),
    ("福島県立福島高等学校の生徒が参加した。", "福島県立福島高等学校"),
    ("私立茨城高等学校の校長が話した。", "茨城高等学校"),
    ("安芸区の市立矢野西小学校で行事があった。", "矢野西小学校"),
    ("決勝は由来育英高校と東海大相模高校の対戦となった。", "由来育英高校"),
])
def test_schools_are_bodies(text, org):
    assert (org, "ORG") in mentions(run(text))


@pytest.mark.parametrize("text", [
    "県立高校の入試が始まった。",
    "同高校の生徒が表彰された。",
    "全国高校の野球部が集まった。",
    "地元中学校の教員が協力した。",
])
def test_kinds_of_school_are_no_names(text):
    assert not any(s.endswith(("高校", "中学校")) for s, _ in mentions(run(text)))


@pytest.mark.parametrize("text, org", [
    ("タイの憲法裁判所は2日、与党の解散を命じた。", "憲法裁判所"),
    ("憲法裁は政党の解党を命じた。", "憲法裁"),
    ("ネパールの制憲議会は王制の廃止を決めた。", "制憲議会"),
    ("大統領は国民議会の解散を発表した。", "国民議会"),
])
def test_state_institutions_named_without_their_country(text, org):
    assert (org, "ORG") in mentions(run(text))


@pytest.mark.parametrize("text, key", [
    ("『首相が辞任』。MSN産経新聞ニュース、2008年9月2日。", "sankei"),
    ("『首相が辞任』。テレ朝NEWS、2014年9月27日。", "tv-asahi"),
    ("『首相が辞任』。ヨミウリオンライン、2008年9月2日。", "yomiuri"),
])
def test_web_editions_of_japanese_media(text, key):
    art = run(text)
    assert any(e.key == key and e.type == "ORG" for e in art.entities)


def test_osaka_ishin_short_form():
    art = run("『大阪維新の会』は府議会で過半数を占める。維新の会の案が可決された。")
    e = entity_of(art, "維新の会")
    assert e is not None and e.key == "osaka-ishin" and len(e.mentions) == 2


@pytest.mark.parametrize("text, expected", [
    ("反対する公明・民主・共産の各会派は本会議を欠席した。",
     {("公明", "komeito"), ("民主", "dpj"), ("共産", "jcp")}),
    ("共産、社民両党は法案に反対した。", {("共産", "jcp"), ("社民", "sdp-jp")}),
    ("民主・共和両党の議員が集まった。", set()),            # not a list of Japanese parties
    ("選挙では民主が圧勝した。", set()),                    # a short form alone is not linked
])
def test_japanese_party_short_forms_in_lists(text, expected):
    art = run(text)
    got = {(art.text[s:e], ent.key) for ent in art.entities for s, e in ent.mentions}
    assert expected <= got, got
    if not expected:
        assert not {k for _, k in got} & {"dpj", "jcp"}, got


# --------------------------------------------------------------------------- round 15


@pytest.mark.parametrize("text, expected, absent", [
    ("那覇市長は基地の移設に反対した。", ("那覇市", "GPE"), ("那覇", "GPE")),
    ("横浜市議の一人が質問に立った。", ("横浜市", "GPE"), ("横浜", "GPE")),
    ("仙台市長選挙は来月行われる。", ("仙台市", "GPE"), ("仙台", "GPE")),
    ("白浜町長が町民に説明した。", ("白浜町", "GPE"), ("白浜", "GPE")),
    ("さいたま市長が記者会見を開いた。", ("さいたま市", "GPE"), ("さいたま", "GPE")),
    ("ワルシャワ市長が歓迎した。", ("ワルシャワ", "GPE"), ("ワルシャワ市", "GPE")),  # a foreign city
])
def test_municipality_before_its_mayor_keeps_its_unit(text, expected, absent):
    got = mentions(run(text))
    assert expected in got and absent not in got, got


@pytest.mark.parametrize("text, faction, person", [
    ("総裁選では、額賀福志郎氏が率いる額賀派が態度を保留した。", "額賀派", "額賀"),
    ("党内では麻生派と古賀派が協力した。麻生太郎氏と古賀誠氏が会談した。", "麻生派", "麻生"),
    ("派閥の領袖である小泉純一郎氏は、小泉派の会合に出た。", "小泉派", "小泉"),
])
def test_faction_named_by_a_surname_is_an_org(text, faction, person):
    got = mentions(run(text))
    assert (faction, "ORG") in got and (person, "PERSON") not in got, got


@pytest.mark.parametrize("text, absent", [
    ("国内では賛成派と反対派が対立し、強硬派が抗議した。", "反対派"),
    ("自衛隊の派遣が決まった。", "派遣"),
])
def test_no_faction_without_a_surname(text, absent):
    got = {s for s, _ in mentions(run(text))}
    assert not {s for s in got if s.endswith("派")}, got


@pytest.mark.parametrize("text, name", [
    ("起訴されたのは郭淑珍、葉明輝の2人だった。", "郭淑珍"),
    ("台湾の記者、蘇永耀と林慶川が報じた。", "蘇永耀"),
    ("台湾の記者、蘇永耀と林慶川が報じた。", "林慶川"),
    ("陳詩婷、黄維助が執筆した。", "陳詩婷"),
])
def test_three_kanji_chinese_names_are_whole(text, name):
    assert (name, "PERSON") in mentions(run(text))


@pytest.mark.parametrize("text, expected, absent", [
    ("住民は分離独立を求めている。", None, "独"),
    ("反米感情が広がっている。", ("米", "GPE"), None),
    ("親米路線を掲げる政権だ。", ("米", "GPE"), None),
    ("首相は来週渡米する予定だ。", ("米", "GPE"), None),
    ("全米で抗議デモが起きた。", ("米", "GPE"), None),
    ("反露の世論が強い。", ("露", "GPE"), None),
    ("『比で大規模な洪水』。", ("比", "GPE"), None),
    ("『独連立協議が決裂』。", ("独", "GPE"), None),
    ("『伊総選挙で接戦』。", ("伊", "GPE"), None),
    ("『伊藤氏が辞任』。", None, "伊"),
    ("『比例代表の結果』。", None, "比"),
])
def test_one_kanji_countries_round15(text, expected, absent):
    got = mentions(run(text))
    if expected:
        assert expected in got, got
    if absent:
        assert absent not in {s for s, _ in got}, got


@pytest.mark.parametrize("text, org", [
    ("名古屋地検は男を起訴した。", "名古屋地検"),
    ("台中地方検察院が捜査している。", "台中地方検察院"),
    ("台北高等法院は控訴を棄却した。", "台北高等法院"),
    ("京都府警は男を逮捕した。", "京都府警"),
    ("静岡県警によると、男は容疑を認めた。", "静岡県警"),
    ("神戸市教委は調査を始めた。", "神戸市教委"),
    ("ソウル消防庁によると、3人が負傷した。", "ソウル消防庁"),
    ("イギリス地質調査所が発表した。", "イギリス地質調査所"),
    ("カンボジア特別法廷は判決を言い渡した。", "カンボジア特別法廷"),
])
def test_place_named_courts_prosecutors_police(text, org):
    assert (org, "ORG") in mentions(run(text))


@pytest.mark.parametrize("text, org, absent", [
    ("警視庁捜査二課は男を逮捕した。", "警視庁捜査二課", "警視庁"),
    ("兵庫県警生活安全課によると", "兵庫県警生活安全課", "兵庫県警"),
    ("京都大学医学部の研究チームが発表した。", "京都大学医学部", "京都大学"),
    ("気象庁地震火山部は会見した。", "気象庁地震火山部", "気象庁"),
])
def test_named_unit_after_a_body_is_one_org(text, org, absent):
    got = mentions(run(text))
    assert (org, "ORG") in got and (absent, "ORG") not in got, got


@pytest.mark.parametrize("text, kept, absent", [
    ("自民党執行部は反発した。", ("自民党", "ORG"), "自民党執行部"),
    ("外務省幹部によると、", ("外務省", "ORG"), "外務省幹部"),
    ("社民党本部で会見した。", ("社民党", "ORG"), "社民党本部"),
])
def test_generic_parts_of_a_body_stay_apart(text, kept, absent):
    got = mentions(run(text))
    assert kept in got and absent not in {s for s, _ in got}, got


@pytest.mark.parametrize("text, absent", [
    ("断食月の明けるラマダン最終日にはモスクが混み合う。ラマダン期間中は", "ラマダン"),
    ("選手はアンチ・ドーピング規則に違反した。", "アンチ・ドーピング"),
])
def test_common_katakana_words_are_not_persons(text, absent):
    assert absent not in {s for s, _ in mentions(run(text))}


@pytest.mark.parametrize("text, person", [
    ("ソフトバンクのガトームソン投手が先発した。", "ガトームソン"),
    ("報告書は「ワシレフスキー元帥への報告」と題された。", "ワシレフスキー"),
])
def test_katakana_names_before_role_words_stay(text, person):
    assert (person, "PERSON") in mentions(run(text))


def test_two_people_joined_with_a_dot_before_ryo():
    got = mentions(run("ブッシュ大統領とケリー氏が討論した。ブッシュ・ケリー両候補は支持を訴えた。"))
    assert ("ブッシュ・ケリー", "PERSON") not in got
    assert ("ブッシュ", "PERSON") in got and ("ケリー", "PERSON") in got


@pytest.mark.parametrize("text, country", [
    ("これは日本初の試みとなる。", "日本"),
    ("時刻は日本標準時で示す。", "日本"),
    ("日本国内では初めての例だ。", "日本"),
    ("総額は日本円で約3億円になる。", "日本"),
    # round 16: X人 is one Sudachi word too; the gold marks the country in all of them
    ("事故の犠牲者には日本人3人が含まれていた。", "日本"),
    ("観光地は韓国人の旅行者でにぎわった。", "韓国"),
    ("その町には中国人の労働者が多く住む。", "中国"),
])
def test_country_inside_one_word_compound(text, country):
    assert (country, "GPE") in mentions(run(text))


@pytest.mark.parametrize("text, paper, absent", [
    ("英ガーディアン紙によると、", "ガーディアン", "ガーディアン紙"),
    ("仏フィガロ紙は社説で批判した。", "フィガロ", "フィガロ紙"),
])
def test_paper_name_without_shi(text, paper, absent):
    got = mentions(run(text))
    assert (paper, "ORG") in got and absent not in {s for s, _ in got}, got


@pytest.mark.parametrize("text, expected, absent", [
    ("東京都議会選挙で与党が敗れた。", ("東京都議会", "ORG"), "東京"),
    ("神奈川県議選の告示があった。", ("神奈川県", "GPE"), "神奈川"),
    ("福岡県議の一人が辞職した。", ("福岡県", "GPE"), "福岡"),
])
def test_prefecture_before_its_assembly(text, expected, absent):
    got = mentions(run(text))
    assert expected in got and absent not in {s for s, _ in got}, got


@pytest.mark.parametrize("text, absent", [
    ("コンゴでエボラ出血熱が流行している。", "エボラ"),
    ("エボラウイルスの検査を受けた。", "エボラ"),
    ("1918年のスペイン風邪では多くの人が死亡した。", "スペイン"),
    ("西ナイル熱の感染者が出た。", "ナイル"),
])
def test_disease_named_after_a_place_is_no_place(text, absent):
    assert absent not in {s for s, _ in mentions(run(text))}


@pytest.mark.parametrize("text, org, key", [
    ("2008年5月1日。TBSニュース『首相が会見』。", "TBSニュース", "tbs"),
    ("2008年5月1日。ABCニュース『大統領が演説』。", "ABCニュース", None),
    ("会見した。神戸ニュース『市長が辞任』。", "神戸ニュース", None),
])
def test_news_service_before_a_headline(text, org, key):
    art = run(text)
    e = entity_of(art, org)
    assert e is not None and e.type == "ORG", mentions(art)
    if key:
        assert e.key == key


def test_known_medium_ending_a_run_before_a_headline():
    got = mentions(run("首相辞任要求共同通信社『首相が辞任』。"))
    assert ("共同通信社", "ORG") in got, got


@pytest.mark.parametrize("text, name, typ", [
    ("式典は神戸ポートピアホテルで開かれた。", "神戸ポートピアホテル", "FAC"),
    ("会場は名古屋ワールドトレードセンタービルだった。", "名古屋ワールドトレードセンタービル", "FAC"),
])
def test_kanji_place_leading_a_katakana_name(text, name, typ):
    assert (name, typ) in mentions(run(text))


def test_country_before_a_known_body_stays_apart():
    got = mentions(run("在沖縄アメリカ軍の兵士が逮捕された。"))
    assert ("沖縄", "GPE") in got and ("アメリカ軍", "ORG") in got, got


@pytest.mark.parametrize("text, key", [
    ("新党大地の代表が会見した。", "jp-shinto-daichi"),
    ("改革クラブと新党日本が合流を協議した。", "jp-kaikaku-club"),
    ("たちあがれ日本の議員が質問した。", "jp-tachiagare"),
])
def test_japanese_minor_parties_in_the_tables(text, key):
    art = run(text)
    assert any(e.key == key and e.type == "ORG" for e in art.entities), mentions(art)


def test_morning_after_a_comma_is_no_country():
    assert "朝" not in {s for s, _ in mentions(run("開店の日は、朝早くから行列ができた。"))}


# --------------------------------------------------------------------------- round 16


@pytest.mark.parametrize("text, name, absent", [
    # Sudachi reads 在京, 在日, 在中 as one word: the mission's name starts with it
    ("外相は在京ロシア大使館の参事官を呼んだ。", "在京ロシア大使館", "ロシア大使館"),
    ("在日フランス大使館は声明を出した。", "在日フランス大使館", "フランス大使館"),
    ("首相は在中日本国大使館を通じて弔意を伝えた。", "在中日本国大使館", "日本国"),
    # 駐 and 在 as words of their own before a place
    ("駐大阪韓国総領事館の職員が出席した。", "駐大阪韓国総領事館", "大阪韓国総領事館"),
    ("在ケニア英国大使館が退避を呼びかけた。", "在ケニア英国大使館", "ケニア英国大使館"),
])
def test_mission_name_starts_with_zai(text, name, absent):
    got = mentions(run(text))
    assert (name, "ORG") in got, got
    assert all(s != absent for s, _ in got), got


def test_genzai_before_a_mission_is_no_zai():
    got = mentions(run("現在ドイツ大使館は閉鎖されている。"))
    assert ("ドイツ大使館", "ORG") in got, got


def test_mission_country_after_a_host_abbreviation():
    art = run("在ペルー米大使館が声明を出した。")
    e = entity_of(art, "在ペルー米大使館")
    assert e is not None and e.country == "US", mentions(art)


@pytest.mark.parametrize("text, name, typ", [
    # a compass point and the unit that closes the name are one name
    ("洪水は中央スラウェシ州の山間部を襲った。", "中央スラウェシ州", "GPE"),
    ("地震は東カリマンタン州で起きた。", "東カリマンタン州", "GPE"),
    ("戦闘は南オセチア自治州の州都に及んだ。", "南オセチア自治州", "GPE"),
    ("行進は西ベルファスト地区を通った。", "西ベルファスト地区", "LOC"),
    ("会議は北東アジアの安全保障を論じた。", "北東アジア", "LOC"),
    ("避難所は南レイテ州バイバイに設けられた。", "南レイテ州", "GPE"),
])
def test_compass_point_before_a_place_and_its_unit(text, name, typ):
    got = mentions(run(text))
    assert (name, typ) in got, got


def test_compass_region_is_no_korean_abbreviation():
    art = run("知事は北スラウェシ州の被害を視察した。")
    e = entity_of(art, "北スラウェシ州")
    assert e is not None and e.country != "KP", mentions(art)


@pytest.mark.parametrize("text, name, absent", [
    # a body's unit named after a place is one ORG with the body, not a place mention
    ("経済産業省九州経済産業局は13日、調査結果を公表した。", "経済産業省九州経済産業局", "九州"),
    ("警視庁新宿警察署は男を逮捕した。", "警視庁新宿警察署", "新宿"),
    ("福岡県警博多署によると、けが人はいない。", "福岡県警博多署", "博多"),
    ("外務省欧州局の担当者が説明した。", "外務省欧州局", "欧州"),
])
def test_body_unit_named_after_a_place(text, name, absent):
    got = mentions(run(text))
    assert (name, "ORG") in got, got
    assert all(s != absent for s, _ in got), got


# --- round 18 -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, key", [
    # Sudachi reads 衆院選, 参院選, 参院選挙 as one word: the chamber is a mention in it
    ("来年夏の参院選で与党は過半数を目指す。", "参院", "jp-house-of-councillors"),
    ("衆院選の投票率は前回を下回った。", "衆院", "jp-house-of-representatives"),
    ("次の参院選挙に向けて候補者を擁立した。", "参院", "jp-house-of-councillors"),
    ("参議院選の比例区で新人が当選した。", "参議院", "jp-house-of-councillors"),
])
def test_chamber_inside_an_election_word(text, name, key):
    art = run(text)
    e = entity_of(art, name)
    assert e is not None and e.key == key, mentions(art)


def test_no_chamber_in_other_election_words():
    got = mentions(run("都議選と知事選が同じ日に行われた。"))
    assert not any(t == "ORG" for _, t in got), got


@pytest.mark.parametrize("text, name", [
    # a medium's web brand joins its mention, with or without the space the corpus keeps
    ("スポニチAnnexによると、監督は続投を決めた。", "スポニチAnnex"),
    ("スポニチ Annexによると、監督は続投を決めた。", "スポニチ Annex"),
    ("日テレNEWS24が速報で伝えた。", "日テレNEWS24"),
    ("日テレニュース24によれば、知事は辞職する。", "日テレニュース24"),
    ("2009年3月1日。山陽新聞WEBNEWS『知事が再選出馬を表明』", "山陽新聞WEBNEWS"),
])
def test_web_brand_after_a_medium(text, name):
    art = run(text)
    got = mentions(art)
    assert (name, "ORG") in got, got
    assert len([1 for s, t in got if t == "ORG"]) == 1, got


@pytest.mark.parametrize("text, name, key", [
    # a Japanese party's short form as a word of its own, in an article on Japanese politics
    ("参院補選で民主2勝。自民党は敗北を認めた。", "民主", "dpj"),
    ("民主・田中代表は辞任を否定した。自民党は反発した。", "民主", "dpj"),
    ("衆院選では民主が第1党となった。", "民主", "dpj"),
    ("共産の山川委員長は衆院解散を求めた。", "共産", "jcp"),
    # round 27: glued after a kanji word in a headline whose spaces are gone, or after 前/元
    ("自民党が敗れた。『市議選民主が圧勝』。", "民主", "dpj"),
    ("自民党は反発した。『幹事長が辞任民主・山川氏』。", "民主", "dpj"),
    ("県議選で自民党が議席を減らした。元民主の森田氏は無所属で出馬した。", "民主", "dpj"),
    # the words of results after a glued short form (圧勝, 第1党, 新人, 市議)
    ("自民党が後退した。『県議選民主圧勝』。", "民主", "dpj"),
    ("自民党は敗れた。『開票終了民主第1党』。", "民主", "dpj"),
    ("衆院選で自民党が勝った。『岩手県民主新人が当選』。", "民主", "dpj"),
    ("自民党は反発した。『会見延期民主市議ら』。", "民主", "dpj"),
])
def test_bare_japanese_party_short_form(text, name, key):
    art = run(text)
    e = entity_of(art, name)
    assert e is not None and e.key == key, mentions(art)


@pytest.mark.parametrize("text", [
    "民主は予備選で共和党を上回った。",  # US parties
    "連立与党の「民主66」が政権を離脱し、首相は内閣の改造を決めた。",  # no Japanese politics
    "自由民主党の移民相と連立与党の「民主66」が対立した。",  # 自由民主党 is no Japanese party here
    "自民党は民主化を求める声明を出した。",  # part of another word
    "自民党は社会民主主義を批判した。",
    # review: a glued 民主 after a prefix, a common noun or a longer party name's head
    "自民党は反発した。反民主、反自由の勢力が台頭した。",
    "自民党は反発した。親民主の団体が抗議した。",
    "自民党は反発した。非共産の勢力が結集した。",
    "自民党は反発した。全国民主など各党が反発した。",
    "自民党は反発した。改革民主の議員が質問した。",
    "自民党は反発した。自由民主の理念を掲げた。",
    "自民党は反発した。立憲民主の議員が質問した。",
    "自民党は反発した。国民民主の代表が会見した。",
])
def test_bare_party_short_form_not_taken(text):
    got = mentions(run(text))
    assert not any(s in ("民主", "共産") for s, _ in got), got


def test_bare_party_links_the_articles_full_party_name():
    # once 民主 is read as the Japanese party, the article's 民主党 (JP or US for the tables)
    # is that party too: one entity; a longer known name (社会民主党) is left alone
    art = run("元民主党議員が参院選に出馬した。民主は推薦を見送り、社会民主党は支援した。")
    full, short = entity_of(art, "民主党"), entity_of(art, "民主")
    assert full is not None and short is not None and full.key == short.key == "dpj", mentions(art)
    assert entity_of(art, "社会民主党") is not full


# --- round 19 -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # two katakana words joined by ・ right before a word for a person's position are a name
    ("連邦地裁のマリオン・ケスティング判事は請求を退けた。", "マリオン・ケスティング"),
    ("高裁のヌグエリ・タバンガ判事は訴えを退けた。", "ヌグエリ・タバンガ"),
    ("国連のゾルタニ・ブクメル調査官は報告書を提出した。", "ゾルタニ・ブクメル"),
    ("同校のブリュエン・カトゥーバ校長は謝罪した。", "ブリュエン・カトゥーバ"),
    ("地元紙のオクエメ・ダンバリ記者が伝えた。", "オクエメ・ダンバリ"),
])
def test_katakana_name_before_a_role_word(text, name):
    got = mentions(run(text))
    assert (name, "PERSON") in got, got


@pytest.mark.parametrize("text", [
    "セントラル・リーグ投手の記録が更新された。",  # common words of names: no person
    "アメリカ・テキサス州知事が出席した。",  # a place, then the title
    "ニュー・スタジアム周辺地が整備された。",  # …地 is no role
    "ノルデラ・ファルマツィア関係者が明らかにした。",  # the people of a body: the body's name
    "ヴェステル・バンカ職員が対応した。",
])
def test_katakana_words_before_a_non_role_not_a_person(text):
    got = mentions(run(text))
    assert not any(t == "PERSON" for _, t in got), got


# --- round 20 -------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    # Sudachi reads unit + 議会 + 議員 as one word (富山|県議会議員): the assembly is the name
    ("2010年から富山県議会議員を務めた。", "富山県議会"),
    ("山形県議会議員補欠選挙が告示された。", "山形県議会"),
    ("兄は長野県議会議員だった。", "長野県議会"),
    ("彼はヒューストン市議会議員に初当選した。", "ヒューストン市議会"),
])
def test_assembly_inside_a_members_word(text, name):
    got = mentions(run(text))
    assert (name, "ORG") in got, got
    assert not any(t == "GPE" and name.startswith(s) for s, t in got), got


def test_assembly_word_without_a_place():
    got = mentions(run("県議会議員の定数が削減された。"))
    assert not any(t == "ORG" for _, t in got), got


@pytest.mark.parametrize("text, name, typ", [
    # the head word of a ・-joined katakana name says what it names, even after a first name
    ("ジョン・ハリソン・センターは声明を出した。", "ジョン・ハリソン・センター", "ORG"),
    ("記者団はマイケル・ブラウン・ホテルに滞在した。", "マイケル・ブラウン・ホテル", "FAC"),
    ("ユリア・ペトレンコ・ブロックが議席を伸ばした。", "ユリア・ペトレンコ・ブロック", "ORG"),
    ("海兵隊はキャンプ・ウォーレンに移駐した。", "キャンプ・ウォーレン", "FAC"),
    ("試合はピーター・オルソン・スタジアムで行われた。", "ピーター・オルソン・スタジアム", "FAC"),
])
def test_katakana_name_typed_by_its_head_word(text, name, typ):
    got = mentions(run(text))
    assert (name, typ) in got, got


@pytest.mark.parametrize("text, absent", [
    ("ジョン・ホール氏が来日した。", ("ジョン・ホール", "FAC")),  # ホール is a surname too
    ("構内にカウンセリング・センターが設置された。", ("カウンセリング・センター", "ORG")),  # a common word
])
def test_katakana_head_word_not_over_read(text, absent):
    got = mentions(run(text))
    assert absent not in got, got


@pytest.mark.parametrize("text, name", [
    # a センター is a body; 宇宙センター stays a facility
    ("国連ニュースセンターの記者が難民キャンプを取材した。", "国連ニュースセンター"),
    ("太平洋津波警報センターは警報を出さなかった。", "太平洋津波警報センター"),
])
def test_centre_is_a_body(text, name):
    got = mentions(run(text))
    assert (name, "ORG") in got, got


def test_space_centre_stays_a_facility():
    got = mentions(run("探査機は種子島宇宙センターから打ち上げられた。"))
    assert ("種子島宇宙センター", "FAC") in got, got


@pytest.mark.parametrize("text, name, typ", [
    # a building in the publisher slot of a source line is the body that published the text
    ("首相は談話を発表した。『内閣総理大臣談話』。首相官邸、2010年5月1日。", "首相官邸", "ORG"),
    ("首相は所信を述べた。『所信表明演説』。総理大臣官邸、2009年10月26日。", "総理大臣官邸", "ORG"),
])
def test_building_in_the_publisher_slot(text, name, typ):
    got = mentions(run(text))
    assert (name, typ) in got, got


@pytest.mark.parametrize("text, name", [
    # a building as the source of a text in running text is its body too
    ("閣僚の名簿は首相官邸のウェブサイトに載った。", "首相官邸"),
    ("同日に首相官邸が発表した談話は短かった。", "首相官邸"),
])
def test_building_as_a_source_in_running_text(text, name):
    got = mentions(run(text))
    assert (name, "ORG") in got, got


def test_building_where_someone_is_met_stays_a_facility():
    got = mentions(run("首相は2日、首相官邸で記者会見を開いた。"))
    assert ("首相官邸", "FAC") in got, got


@pytest.mark.parametrize("text, word", [
    # a headline whose spaces were lost: a common word glued before the next phrase's title
    ("タイで軍事クーデターが起きた。市民はクーデターに抗議した。"
     "『タイで軍事クーデター陸軍司令官が全権掌握』。毎日新聞、2014年5月22日。", "クーデター"),
    ("候補者はマニフェストを発表した。『共産推薦の新人がマニフェスト発表府知事選』。朝日新聞、2008年1月5日。",
     "マニフェスト"),
])
def test_headline_common_word_before_a_title_not_a_person(text, word):
    got = mentions(run(text))
    assert (word, "PERSON") not in got, got


def test_name_met_only_in_a_headline_keeps_its_title():
    got = mentions(run("理事会は議長を選んだ。『初代議長にエストニアのカラスミルド首相』。朝日新聞、2009年11月20日。"))
    assert ("カラスミルド", "PERSON") in got, got


@pytest.mark.parametrize("text, person, place", [
    # a name glued to a title that starts with a unit (州首相, 市議会議員) or to a town and its mayor
    ("州議会はヨハン・プリツェク州首相を選出した。プリツェク氏は演説した。", "ヨハン・プリツェク", None),
    ("ヘッセン州のローラント・ベッカー州首相が辞任した。", "ローラント・ベッカー", None),
    ("市議会では大田修市議会議員が質問した。", "大田修", None),  # Sudachi: 大田|修市|議会議員
    ("自民党の木村修市議会議員は反対した。", "木村修", None),
])
def test_name_before_a_unit_title(text, person, place):
    got = mentions(run(text))
    assert (person, "PERSON") in got, got
    assert not any(t in ("GPE", "ORG") and s.startswith(person) for s, t in got), got
    if place:
        assert any(t == "GPE" and s.startswith(place) for s, t in got), got


def test_town_before_its_mayor_stays_a_town():
    got = mentions(run("阿久根市長は記者会見を開いた。"))
    assert not any(t == "PERSON" for _, t in got), got


@pytest.mark.parametrize("text, abbr", [
    # a strong abbreviation glued after the last word of a headline phrase is a country
    ("『長官が辞任米財界に波紋』。共同通信、2010年1月1日。", "米"),
    ("『新型機の試験に成功仏航空各社が歓迎』。時事通信、2011年3月2日。", "仏"),
    ("『総選挙で与党が大敗英の政権交代へ』。読売新聞、2010年5月7日。", "英"),
    ("『国境で衝突激化露が増派』。時事通信、2011年3月2日。", "露"),
])
def test_headline_abbreviation_after_a_lost_space(text, abbr):
    got = mentions(run(text))
    assert (abbr, "GPE") in got, got


@pytest.mark.parametrize("text", [
    "『今年の新米が入荷』。地元紙、2010年9月1日。",
    "『玄米の販売を開始』。地元紙、2010年9月1日。",
])
def test_rice_in_a_headline_not_a_country(text):
    got = mentions(run(text))
    assert not any(s == "米" for s, _ in got), got


# --------------------------------------------------------------------------- round 20b


@pytest.mark.parametrize("text, person", [
    # a surname, a given name Sudachi cuts into one-kanji pieces (a name, a verb, a prefix),
    # then a title: the person runs up to the title
    ("市民団体の桑田祐示会長は、記者会見で方針を説明した。", "桑田祐示"),
    ("福岡市の吉岡昭一元財務相が死去したと、家族が明らかにした。", "吉岡昭一"),
    ("鹿児島県の中井真弘多知事は二十日、記者団の質問に答えた。", "中井真弘多"),
    ("青年会議所の北村英剛会長は、記念式典であいさつした。", "北村英剛"),
    # a surname Sudachi reads as a place, before two unreadable kanji and a title
    ("球団の岩国英利代表は「残念だ」と語った。", "岩国英利"),
    # round 27: after "<body or place>の", a given name Sudachi reads as one common noun
    ("協会の山根成文会長は、記者会見で方針を説明した。", "山根成文"),
    ("札幌市の森山政史市長も会見で説明した。", "森山政史"),
])
def test_given_name_pieces_before_a_title(text, person):
    got = mentions(run(text))
    assert (person, "PERSON") in got, got
    assert not any(s != person and person.startswith(s) for s, _ in got), got


@pytest.mark.parametrize("text, person", [
    # round 27 review: after "Xの" the noun before a title is mostly the title's field, not a
    # given name (事務総長, 国対委員長, 外務副大臣, 選対委員長, 球団社長)
    ("国連の佐々木事務総長は「即時の停戦を求める」と述べた。", "佐々木"),
    ("与党の村井国対委員長は「審議には応じる」と述べた。", "村井"),
    ("政府の宮下外務副大臣は協議を続ける考えを示した。", "宮下"),
    ("野党の川口選対委員長は候補者の擁立を急ぐ。", "川口"),
    ("球団の北島球団社長は「残念だ」と語った。", "北島"),
    # この is no particle の
    ("この宮下外務副大臣は会見で答えた。", "宮下"),
])
def test_title_field_is_not_a_given_name(text, person):
    got = mentions(run(text))
    assert (person, "PERSON") in got, got
    assert not any(s.startswith(person) and s != person for s, _ in got), got


@pytest.mark.parametrize("text, person", [
    ("前原新代表は会見で抱負を述べた。", "前原"),  # 新 belongs to the title
    ("後藤孝志両選手は練習に参加した。", "後藤孝志"),  # so does 両
    ("森本敏防衛大臣が同省に指示した。", "森本敏"),  # a portfolio word is no given name
    # round 27: 元 + one kanji read as a given name starts the title after the surname
    ("調査委員会は岩淵元建築士の設計を調べた。", "岩淵"),
    ("会見で石井元文相は反対を表明した。", "石井"),
])
def test_title_prefix_is_not_a_given_name(text, person):
    got = mentions(run(text))
    assert (person, "PERSON") in got, got
    assert not any(s.startswith(person) and s != person for s, _ in got), got


@pytest.mark.parametrize("text, person", [
    # round 27 review: a real given name 元X / 前X before a suffix, a one-kanji noun, a word
    # of its own or an honorific stays whole
    ("大内元春家の家臣が城に集まった。", "大内元春"),
    ("村上元信派の議員が反発した。", "村上元信"),
    ("警察は加藤元彦宅を捜索した。", "加藤元彦"),
    ("財団の松井元一会長が記念式典であいさつした。", "松井元一"),
    ("村田元司氏は会見で引退を表明した。", "村田元司"),
    ("杉山元信捕手は練習に参加した。", "杉山元信"),
])
def test_given_name_with_former_kanji_stays_whole(text, person):
    got = mentions(run(text))
    assert (person, "PERSON") in got, got


@pytest.mark.parametrize("text, office", [
    # a place followed by the head of a local office is the office
    ("県警によると、唐津署は事故の原因を調べている。", "唐津署"),
    ("舞鶴警察署は二日、男を逮捕したと発表した。", "舞鶴警察署"),
    ("青森海上保安部は漁船の捜索を続けている。", "青森海上保安部"),
    ("職員によると、静岡市役所では停電が起きた。", "静岡市役所"),
    ("北海道防災対策局の幹部が会見した。", "北海道防災対策局"),
    ("読売新聞によると、大阪府連は候補者を決めた。", "大阪府連"),
])
def test_place_before_a_local_office(text, office):
    got = mentions(run(text))
    assert (office, "ORG") in got, got


@pytest.mark.parametrize("text, place", [
    ("大雨でタイ南部の道路が寸断された。", "タイ"),  # a part of the place
    ("共同通信のニューデリー支局が伝えた。", "ニューデリー"),  # a paper's bureau: the city stays
])
def test_place_before_a_part_or_bureau_stays(text, place):
    got = mentions(run(text))
    assert (place, "GPE") in got, got


@pytest.mark.parametrize("text, medium", [
    # a country, 国営/公共/国際 and a medium word: the broadcaster
    ("イラン国営放送によると、地震で多数の死者が出た。", "イラン国営放送"),
    ("フランス公共ラジオが、関係者の話として伝えた。", "フランス公共ラジオ"),
    ("ドイツ国際ラジオは、首相の辞任を報じた。", "ドイツ国際ラジオ"),
    ("エジプト国営テレビは、大統領の演説を放送した。", "エジプト国営テレビ"),
])
def test_state_broadcaster(text, medium):
    got = mentions(run(text))
    assert (medium, "ORG") in got, got


def test_state_prefix_before_a_name_stays_apart():
    got = mentions(run("ロシア国営RIA通信によると、交渉は続いている。"))
    assert ("RIA通信", "ORG") in got and ("ロシア", "GPE") in got, got


@pytest.mark.parametrize("text, chapter", [
    # a party, a prefecture and a chapter's head: the chapter, one ORG
    ("候補は自民党福井県連の推薦を受けた。", "自民党福井県連"),
    ("社民党岐阜県連合は、声明を発表した。", "社民党岐阜県連合"),
    ("公明党愛知県本部と民主党愛知県連が推薦した。", "公明党愛知県本部"),
    ("公明党愛知県本部と民主党愛知県連が推薦した。", "民主党愛知県連"),
])
def test_party_chapter(text, chapter):
    got = mentions(run(text))
    assert (chapter, "ORG") in got, got


@pytest.mark.parametrize("text, univ", [
    # a place glued to a university word: the university, one ORG (round 20c)
    ("研究チームは広島大の教授らと共同で調査した。", "広島大"),
    ("シカゴ大などの研究者が会議に参加した。", "シカゴ大"),
    ("被害者は岡山大医学部の学生だった。", "岡山大"),
    ("同氏は大阪大学卒で、その後商社に入った。", "大阪大学"),
])
def test_place_glued_to_a_university_word(text, univ):
    got = mentions(run(text))
    assert (univ, "ORG") in got, got


@pytest.mark.parametrize("text, place", [
    # 大 before a word that is no faculty, or before katakana: not a university
    ("東京大空襲の犠牲者を追悼する式典が開かれた。", "東京"),
    ("アメリカ大リーグの試合が雨で中止された。", "アメリカ"),
])
def test_place_before_a_big_word_stays_a_place(text, place):
    got = mentions(run(text))
    assert not any(s.startswith(place + "大") for s, _ in got), got


@pytest.mark.parametrize("text, body", [
    # a name (and a common word) before a body's word Sudachi reads as one common noun
    # ending in 会: the body, one ORG (round 20c)
    ("日本世論調査会が実施した調査では、支持率が下がった。", "日本世論調査会"),
    ("日本漫画振興会が主催する賞の選考が行われた。", "日本漫画振興会"),
    ("SPD役員会で、党首は辞意を伝えた。", "SPD役員会"),
    ("WHO総会が来週ジュネーブで開幕する。", "WHO総会"),
])
def test_name_before_a_glued_kai_word(text, body):
    got = mentions(run(text))
    assert (body, "ORG") in got, got


@pytest.mark.parametrize("text, bad", [
    # a society, or a title after the word: no body
    ("日本社会は高齢化が進んでいる。", "日本社会"),
    ("民主党の田中政策調査会長が記者会見で述べた。", "田中政策調査会"),
])
def test_glued_kai_word_not_over_read(text, bad):
    got = mentions(run(text))
    assert not any(s == bad for s, _ in got), got


@pytest.mark.parametrize("text, word", [
    # a place or a body glued before a document's head names the document: no mention (round 20c)
    ("両国はモントリオール議定書の改正に合意した。", "モントリオール"),
    ("各国は国連憲章を尊重すべきだと外相は述べた。", "国連"),
    ("首脳らはヘルシンキ宣言に署名した。", "ヘルシンキ"),
    # round 34: an ordinance whose name runs on from the place
    ("男は神奈川県迷惑防止条例違反の疑いで逮捕された。", "神奈川県"),
    ("住民は鳥羽市景観保全条例の改正を求めた。", "鳥羽市"),
])
def test_place_in_a_document_name_not_a_mention(text, word):
    got = mentions(run(text))
    assert not any(s == word for s, _ in got), got


@pytest.mark.parametrize("text, word, typ", [
    # a treaty keeps its place (the gold marks it), a country stays, a court is a body
    ("リスボン条約が来月発効する。", "リスボン", "GPE"),
    ("ドイツ基本法は連邦議会の解散を制限している。", "ドイツ", "GPE"),
    # round 34 review: a body or a facility before an ordinance's words is what the ordinance is
    # about, not the ordinance's place
    ("市議会は広島市民球場廃止条例案を可決した。", "広島市民球場", "FAC"),
    ("市議会は東京電力原発事故対策条例案を可決した。", "東京電力", "ORG"),
])
def test_document_head_guards(text, word, typ):
    got = mentions(run(text))
    assert (word, typ) in got, got


# --------------------------------------------------------------------------- round 21 rules


@pytest.mark.parametrize("text, place", [
    # a lone katakana word before a title that starts with a region's unit is the region
    # (Sudachi reads 州知事 / 州報道官 as one word), not a person (round 21)
    ("ザブール州知事は、治安が悪化したと語った。", "ザブール州"),
    ("バルフ州知事によると、橋が崩落した。", "バルフ州"),
    ("ヘルマンド州知事によると、武装勢力が検問所を襲撃した。", "ヘルマンド州"),
])
def test_place_before_a_unit_title(text, place):
    got = mentions(run(text))
    assert (place, "GPE") in got, got
    assert (place[:-1], "PERSON") not in got, got


@pytest.mark.parametrize("text, person", [
    # the article shows the word as a person: the state premier himself stays a PERSON
    ("州議会はヨハネス・ビンケル氏を選出した。ビンケル州首相は記者団に語った。", "ビンケル"),
])
def test_person_before_a_unit_title_stays(text, person):
    got = mentions(run(text))
    assert (person, "PERSON") in got, got
    assert (person + "州", "GPE") not in got, got


@pytest.mark.parametrize("text, word", [
    # a kind of broadcasting named by a common word of the medium is no station (round 21)
    ("地上波のアナログ放送は来年夏に終わる。", "アナログ放送"),
    ("視聴者はケーブルテレビに加入する必要がある。", "ケーブルテレビ"),
    ("首相はテレビ放送を通じて国民に呼びかけた。", "テレビ放送"),
    ("反政府勢力は国内のラジオ放送局を占拠した。", "ラジオ放送局"),
])
def test_kind_of_broadcasting_not_a_station(text, word):
    got = mentions(run(text))
    assert not any(s == word for s, _ in got), got


@pytest.mark.parametrize("text, station", [
    # a station's own name before the medium word stays
    ("キエフ放送によると、攻撃があった。", "キエフ放送"),
    ("マジャール・テレビの本部前に群衆が集まった。", "マジャール・テレビ"),
])
def test_station_names_stay(text, station):
    got = mentions(run(text))
    assert (station, "ORG") in got, got


@pytest.mark.parametrize("text, regime", [
    # a party's or a known body's 政権, and a person's 新政権 / 独裁政権 / 首相政権: one ORG (round 21)
    ("当時の自民党政権は増税を見送った。", "自民党政権"),
    ("かつてのタリバン政権は女子教育を禁じていた。", "タリバン政権"),
    ("マルコス独裁政権の崩壊後、民主化が進んだ。", "マルコス独裁政権"),
    ("タクシン首相政権は発足から5年で倒れた。", "タクシン首相政権"),
    # a katakana word before 政権 is its leader, whatever tag Sudachi gives it
    ("住民はボンゴ政権に抗議した。", "ボンゴ政権"),
])
def test_government_of_a_party_or_a_leader(text, regime):
    got = mentions(run(text))
    assert (regime, "ORG") in got, got


@pytest.mark.parametrize("text, party", [
    # 政権 as power (交代, 奪取), after a party's full name: the party alone
    ("野党は民主党政権交代を掲げて選挙に臨んだ。", "民主党"),
    ("当時、社会党政権奪取を目指す動きが強まった。", "社会党"),
])
def test_power_is_no_government(text, party):
    got = mentions(run(text))
    assert (party, "ORG") in got, got
    assert not any(s.endswith(("政権", "政権交代", "政権奪取")) for s, _ in got), got


def test_stray_east_asian_name_does_not_block_japan():
    # round 21: one place read as Chinese (湖南市, by Hunan) among many Japanese names: the
    # kanji town no table knows is still Japan's
    art = run("滋賀県知事選で、滋賀県の有権者は現職を選んだ。滋賀県議会と滋賀県選挙管理委員会によると、"
              "投票率は滋賀県全体で上がった。湖南市と余呉町では、日本共産党と自由民主党と公明党の候補が争った。")
    assert entity_of(art, "余呉町").country == "JP"


def test_chinese_article_kanji_town_not_japan():
    art = run("中国の首相は北京で中国共産党の幹部と会談した。中国政府によると、首相は梅河口市を訪れ、日本の大使とも会った。")
    ent = entity_of(art, "梅河口") or entity_of(art, "梅河口市")
    assert ent is None or ent.country != "JP"


@pytest.mark.parametrize("text, surface, code", [
    # round 21: a country's everyday short name that the generated table (CLDR's ミャンマー (ビルマ),
    # バチカン市国, 北マケドニア) lacks: the country, with its own code
    ("ベトナム、ミャンマー、ラオスの3か国が協議した。", "ミャンマー", "MM"),
    ("大統領はバチカンを訪れ、法王と会談した。", "バチカン", "VA"),
    ("ギリシャとマケドニアの国名問題が続いている。", "マケドニア", "MK"),
    ("フィリピンと東チモールで援助が始まった。", "東チモール", "TL"),
])
def test_country_short_names(text, surface, code):
    ent = entity_of(run(text), surface)
    assert ent is not None and ent.key == code and ent.country == code, ent


@pytest.mark.parametrize("text, cabinet", [
    # round 21: a cabinet named by its prime minister takes his country, as his 政権 does
    ("麻生首相は記者会見で述べた。麻生内閣の支持率は下がった。", "麻生内閣"),
    ("菅改造内閣が発足した。", "菅改造内閣"),
])
def test_cabinet_takes_its_leaders_country(text, cabinet):
    ent = entity_of(run(text), cabinet)
    assert ent is not None and ent.type == "ORG" and ent.country == "JP", ent


@pytest.mark.parametrize("text, surface", [
    # round 22: Japan's regions (地方区分) have no government: LOC of Japan, not GPE (the gold
    # types 関西, 関東, 近畿, 九州 LOC in 8 of 8 articles)
    ("台風は九州に上陸したあと、四国を通過した。", "九州"),
    ("関西では桜の開花が早まった。", "関西"),
    ("近畿と東海地方で大雨が続いた。", "近畿"),
    ("北陸と関東の雪は週末まで続く見込みだ。", "北陸"),
    ("北陸と関東の雪は週末まで続く見込みだ。", "関東"),
    ("中国地方の高速道路が通行止めになった。", "中国地方"),
    ("関東甲信越地方で気温が上がった。", "関東甲信越地方"),
])
def test_japanese_regions_are_loc(text, surface):
    ent = entity_of(run(text), surface)
    assert ent is not None and ent.type == "LOC" and ent.country == "JP", ent


@pytest.mark.parametrize("text, office", [
    # round 22: a region names a local office as a prefecture does (近畿|財務局); the region
    # becoming a LOC must not cut the office down to the region
    ("近畿財務局は信用金庫に業務改善命令を出した。", "近畿財務局"),
    ("関東財務局によると、届け出はなかった。", "関東財務局"),
    ("九州防衛局の担当者が説明した。", "九州防衛局"),
])
def test_region_offices_stay_whole(text, office):
    ent = entity_of(run(text), office)
    assert ent is not None and ent.type == "ORG", mentions(run(text))


@pytest.mark.parametrize("text, kata, roman", [
    # round 22: a katakana name glossed by its romanised form and followed by a title is a
    # person; the gloss (after en:, Wikipedia's interlanguage marker, too) is the same person
    ("スペインのガルシア(en:LuisGarcia)議員が反対した。", "ガルシア", "LuisGarcia"),
    ("カナダのピーターズ(en:JohnPeters)大使は歓迎した。", "ピーターズ", "JohnPeters"),
    ("委員会はアンナ・ノヴァク(en:AnnaNowak)氏を選んだ。", "アンナ・ノヴァク", "AnnaNowak"),
    ("フランスのデュボワ法務大臣(en:ClaireDubois)が訪れた。", "デュボワ", "ClaireDubois"),
])
def test_romanised_gloss_of_a_person(text, kata, roman):
    art = run(text)
    k, r = entity_of(art, kata), entity_of(art, roman)
    assert k is not None and k.type == "PERSON" and k is r, mentions(art)


def test_romanised_gloss_without_title_is_no_person():
    art = run("ラジオ・ソレイユ・ノール(RadioSoleilNord)が伝えた。")
    assert ("ラジオ・ソレイユ・ノール", "PERSON") not in mentions(art)


# round 22b: a katakana person no table knows, named again in a glued English headline
@pytest.mark.parametrize("text, present, absent", [
    ("ペドロ・モラレス議員が辞任した。モラレス氏は否定した。"
     '"SenatorMoralesquitsafterprobe".DailyWire、2007年3月2日。',
     {("Morales", "PERSON")}, set()),
    ("ハンス・トレモンティ氏が来日した。"
     '"TremontivisitsTokyoforthetalks".NewsWire、2007年3月2日。',
     {("Tremonti", "PERSON")}, {("Tremont", "PERSON")}),
    ("ジョン・ガラン氏が死亡した。"
     '"Sudan\'sJohnGarangdiesinhelicoptercrash".NewsWire、2005年8月1日。',
     {("JohnGarang", "PERSON")}, set()),
    ("カルロス・ピノチェト氏が出廷した。"
     '"Pinochetappearsincourtagain".NewsWire、2006年1月5日。',
     {("Pinochet", "PERSON")}, set()),
    # a short name (two consonants: テイラー, Taylor) is too easily met by chance
    ("ジム・テイラー氏が語った。" '"TaylorspeaksinLondontoday".NewsWire、2006年1月5日。',
     set(), {("Taylor", "PERSON")}),
    # a capitalised word that sounds like no person of the article stays unmarked
    ("ペドロ・モラレス議員が辞任した。" '"SenatorquitsafterlongprobeinMadrid".DailyWire、2007年3月2日。',
     set(), {("Senator", "PERSON"), ("Madrid", "PERSON")}),
    # a given name is no one's mention alone, even where it is another person's surname (Simon)
    ("サイモン・ペリー氏とポール・サイモン氏が会談した。" '"SimonmeetsleadersinLondon".NewsWire、2006年1月5日。',
     set(), {("Simon", "PERSON")}),
    # a Latin word in running text (no long glued run) is not read this way
    ("ペドロ・モラレス議員がMorales名義で出した。", set(), {("Morales", "PERSON")}),
])
def test_transliterated_names_in_english_headlines(text, present, absent):
    got = mentions(run(text))
    assert present <= got, got
    assert not (absent & got), got


@pytest.mark.parametrize("kana, latin", [
    ("ガラン", "Garang"), ("ピノチェト", "Pinochet"), ("トレモンティ", "Tremonti"),
    ("ムセヴェニ", "Museveni"), ("カステッリ", "Castelli"), ("フジモリ", "Fujimori"),
])
def test_sound_skeleton_of_katakana_and_english(kana, latin):
    sk = ent_stage._sound_skeleton
    assert sk(ent_stage._kana_latin(kana)) == sk(latin)


@pytest.mark.parametrize("text, absent", [
    # the person's name before an English head names a thing (a prize, a foundation)
    ("アルフレッド・ノーベル氏の遺言。" '"NobelPrizegoestoateacher".NewsWire、2006年1月5日。', ("Nobel", "PERSON")),
    # a cut inside a longer word is not the name (Siniscal|co)
    ("ドメニコ・シニスカル氏が述べた。" '"SiniscalcoResignsOverTaxPlan".NewsWire、2006年1月5日。', ("Siniscal", "PERSON")),
])
def test_transliterated_names_not_in_things_or_longer_words(text, absent):
    assert absent not in mentions(run(text))


def test_transliterated_name_joins_the_katakana_person():
    art = run("ペドロ・モラレス議員が辞任した。" '"SenatorMoralesquitsafterprobe".DailyWire、2007年3月2日。')
    assert entity_of(art, "Morales") is entity_of(art, "ペドロ・モラレス")


# --------------------------------------------------------------------------- round 23: guards of round 22
# Each row fails when its guard is taken out (checked by patching the guard away in a scratch run).

@pytest.mark.parametrize("text, absent", [
    # (ii) _in_kata_run: a name of five ・-parts is longer than the gloss pattern takes; its last
    # four parts, which start inside the run, are no person of their own
    ("ワールド・ワイド・ファンド・フォー・ネイチャー(WorldWideFund)会長が述べた。",
     ("ワイド・ファンド・フォー・ネイチャー", "PERSON")),
    ("インターナショナル・アムネスティ・ユース・ネットワーク・ジャパン(YouthNetwork)議長が述べた。",
     ("アムネスティ・ユース・ネットワーク・ジャパン", "PERSON")),
    # a half-width dot (･), not in the gloss pattern, still joins the run
    ("スポーツ用品のアディダス･ジャパン(AdidasJapan)社長が述べた。", ("ジャパン", "PERSON")),
    # (iii) 代表 after a glossed katakana name is also a team's or a body's delegate
    ("グリーンピース・ジャパン(GreenpeaceJapan)代表が声明を出した。", ("グリーンピース・ジャパン", "PERSON")),
    ("チーム・ブラジル(TeamBrasil)代表が来日した。", ("チーム・ブラジル", "PERSON")),
    ("ラジオ・ソレイユ(RadioSoleil)代表が語った。", ("RadioSoleil", "PERSON")),
])
def test_romanised_gloss_guards(text, absent):
    assert absent not in mentions(run(text))


def test_transliterated_name_not_read_across_an_acronym():
    # (iv) a capital right after another capital starts no word (EU|rges, not E|Urges): the
    # acronym's last letter and the lowercase word after it are not read as ジョン・リッグス (rgs)
    got = mentions(run("ジョン・リッグス氏が演説した。" '"EUrgesIrantostopenrichment".NewsWire、2006年1月5日。'))
    assert ("Urges", "PERSON") not in got and ("EU", "ORG") in got, got


@pytest.mark.parametrize("text, piece", [
    # (i) a country before a medium no table knows (quotes' _antecedent_source, which reads the
    # entity types): the country is a GPE mention, the medium none, and the それによると claim
    # gets no source rather than the country. (Round 23b: with 紙 after it, 「スクープ」紙 is now a
    # medium of its own, test_cited_medium_with_country_is_the_source; without it the guard holds.)
    ("オーストラリアの「オピニオン・ナウ」は、州知事の進退を巡る記事を載せた。それによると、後任は来月決まる見通しだ。",
     "後任は来月決まる"),
])
def test_country_before_an_unlinked_medium_is_no_source(text, piece):
    art = hodo.analyze(text, published=PUB)
    assert ("オーストラリア", "GPE") in mentions(art)
    hits = [c for c in art.claims if piece in art.text[c.start:c.end]]
    assert hits and hits[0].source is None, [(art.text[c.start:c.end], c.source) for c in art.claims]


# --------------------------------------------------------------------------- round 23: families

@pytest.mark.parametrize("text", [
    # 中部 after a place (or before a time zone) is the central part of it, not the Chubu region
    "インドネシアのスマトラ島中部で強い地震があった。",
    "ルソン島中部に台風が上陸した。",
    "同国中部の村で洪水が起きた。",
    "ハリケーンは中部夏時間の午前6時に上陸した。",
])
def test_part_of_a_place_is_no_gpe(text):
    assert ("中部", "GPE") not in mentions(run(text)), mentions(run(text))


def test_chubu_region_stays():
    assert ("中部地方", "LOC") in mentions(run("台風は中部地方に大雨を降らせた。"))
    # review of round 23: a bare 中部 after no place (here after ・) is left to the tables
    assert any(s == "中部" for s, _ in mentions(run("東海・中部で大雨となった。")))


@pytest.mark.parametrize("text, island, code", [
    # a kanji island or peninsula in an article about Japan only: Japan
    ("東京都によると、台風は三宅島の南にあり、伊豆諸島に近づいている。", "三宅島", "JP"),
    ("気象庁によると、台風は房総半島に上陸する見込みだ。", "房総半島", "JP"),
    # a katakana island: the country named before it in its sentence
    ("インドネシア東部で地震があった。インドネシアの気象庁によると、ロンボク島とスンバワ島で被害が出た。",
     "ロンボク島", "ID"),
    ("イタリア政府は難民対策を強化する。イタリアの沿岸警備隊によると、多くの難民がランペドゥーサ島に着いた。",
     "ランペドゥーサ島", "IT"),
])
def test_islands_take_their_country(text, island, code):
    ent = entity_of(run(text), island)
    assert ent is not None and ent.country == code, (ent and ent.country, mentions(run(text)))


@pytest.mark.parametrize("text, pair", [
    # two country abbreviations that Sudachi leaves a word of their own, before any kanji noun
    ("日米両政府は基地の移設で合意した。", ("日", "米")),
    ("日韓各紙が一斉に報じた。", ("日", "韓")),
    ("イチローは日米通算で3000本安打を達成した。", ("日", "米")),
])
def test_country_pair_before_a_noun(text, pair):
    got = mentions(run(text))
    assert {(pair[0], "GPE"), (pair[1], "GPE")} <= got, got


@pytest.mark.parametrize("text, code", [
    # 国会 after 〈country〉の is that country's legislature (韓国の政府 stays a common noun)
    ("フィリピンの国会は死刑廃止法案を可決した。", "PH"),
    ("日本の国会で法案の審議が始まった。", "JP"),
    ("ペルーの国会は元大統領の公職追放を決めた。", "PE"),
])
def test_legislature_after_its_country(text, code):
    ent = entity_of(run(text), "国会")
    assert ent is not None and ent.type == "ORG" and ent.country == code, mentions(run(text))


def test_government_after_its_country_stays_common():
    assert ("政府", "ORG") not in mentions(run("韓国の政府は声明を出した。"))


@pytest.mark.parametrize("text, present, absent", [
    # 自公: the two governing parties as one word before a particle or a word of elections
    ("参院選で自公が過半数を割り込んだ。", {("自", "ORG"), ("公", "ORG")}, set()),
    ("衆院選の結果、自公で320議席を得た。", {("自", "ORG"), ("公", "ORG")}, set()),
    # not in a compound the gold leaves unmarked
    ("衆院選を前に、自公連立与党は結束を確認した。", set(), {("自", "ORG"), ("公", "ORG")}),
])
def test_jiko_pair_of_parties(text, present, absent):
    got = mentions(run(text))
    assert present <= got and not (absent & got), got


def test_jiko_parties_are_ldp_and_komeito():
    art = run("参院選で自公が過半数を割り込んだ。")
    assert entity_of(art, "自").key == "ldp" and entity_of(art, "公").key == "komeito"


@pytest.mark.parametrize("text, surface", [
    # the US parties' short forms where the article speaks of US parties
    ("米大統領選の予備選で、民主は候補者を決められなかった。共和はマケイン氏が優位に立った。", "民主"),
    ("米大統領選の予備選で、民主は候補者を決められなかった。共和はマケイン氏が優位に立った。", "共和"),
    ("米議会の採決では、共和・民主両党の議員が賛成した。", "共和"),
])
def test_us_party_short_forms(text, surface):
    ent = entity_of(run(text), surface)
    assert ent is not None and ent.type == "ORG" and ent.country == "US", mentions(run(text))


@pytest.mark.parametrize("text, present, absent", [
    # 選管 / 中央選管, the short form of the election commission, as a word of its own
    ("開票の結果について、選管は再集計を決めた。", {("選管", "ORG")}, set()),
    ("中央選管の中間集計によると、現職が優勢だ。", {("中央選管", "ORG")}, set()),
    # not before a kanji noun (選管職員: staff)
    ("投票所では選管職員が対応した。", set(), {("選管", "ORG")}),
])
def test_bare_election_commission(text, present, absent):
    got = mentions(run(text))
    assert present <= got and not (absent & got), got


@pytest.mark.parametrize("text, surface, key", [
    # a wire service's short form closing a dateline (a place, 発, or a day before it)
    ("首相が訪米した。(ニューヨーク3日共同)『首相、国連で演説』。東京新聞、2009年9月24日。", "共同", "kyodo"),
    ("地震の被害が広がった。上海時事『工場の操業停止相次ぐ』。時事ドットコム、2008年5月14日。", "時事", "jiji"),
    ("国境が閉鎖された。47NEWS(ソウル発共同)『国境を閉鎖』。2010年4月2日。", "共同", "kyodo"),
])
def test_wire_credit_after_a_dateline(text, surface, key):
    ent = entity_of(run(text), surface)
    assert ent is not None and ent.type == "ORG" and ent.key == key, mentions(run(text))


@pytest.mark.parametrize("text", [
    # review of round 23: 共同 after a one-character country pair is "joint", not Kyodo
    "(日米共同)の演習が行われた。",
    "日中共同)の声明は双方の立場を記した。",
])
def test_joint_after_a_country_pair_is_no_wire_credit(text):
    assert ("共同", "ORG") not in mentions(run(text)), mentions(run(text))


def test_wire_credit_keeps_the_place_apart():
    # 台湾|時事: the dateline's place stays a GPE, not merged into a body of Taiwan
    got = mentions(run("工場で火災があった。台湾時事『工場火災で住民に避難指示』。時事ドットコム、2019年3月5日。"))
    assert ("台湾", "GPE") in got and ("時事", "ORG") in got, got


# --------------------------------------------------------------------------- round 23b: cited sources

@pytest.mark.parametrize("text, name", [
    # a katakana name before によると / によれば / の報道によると / の調べによると: the source cited
    ("ノースサイド・クロニクルによると、市長は辞任を否定した。", "ノースサイド・クロニクル"),
    ("ベルモントデイリーの報道によると、工場は来月閉鎖される。", "ベルモントデイリー"),
    ("メディアウォッチャーの調べによると、広告費は3年連続で減った。", "メディアウォッチャー"),
    # a medium's name in 「」: by the cue, by 紙 after it, by a medium noun before it
    ("「リバーサイド・タイムズ」紙によれば、市議会は予算案を否決した。", "リバーサイド・タイムズ"),
    ("衛星放送「アルサラーム」は、首都で爆発があったと伝えた。", "アルサラーム"),
    ("「アルバヤン」によると、首都で爆発があった。", "アルバヤン"),
    ("「ノーザン・エコー」紙は、知事が出馬しないと報じた。", "ノーザン・エコー"),
    # round 27: a katakana name right before 紙 (a newspaper), bare or in 『』, before は/が/の/を/も/で/、/によ
    ("英字新聞ウェストコースト紙によれば、港は閉鎖された。", "ウェストコースト"),
    ("地元のハーバー・クーリエ紙は、市長が辞任すると報じた。", "ハーバー・クーリエ"),
    ("現地の『サザン・スター』紙は、死者が増えたと伝えた。", "サザン・スター"),
    # round 32: one katakana word Sudachi only guessed (no dictionary entry) is a name there too
    ("カザミナによると、市長は辞任を否定した。", "カザミナ"),
    ("17日のトルバネによれば、港は閉鎖された。", "トルバネ"),
    # round 32: a katakana name in 『』, or in 「」 before など, right before the cue
    ("『ノース・リバー・ニュース』によれば、橋は来月開通する。", "ノース・リバー・ニュース"),
    ("「サウス・ポート・オンライン」などによると、式典は中止された。", "サウス・ポート・オンライン"),
    # round 32: a paper or broadcaster's name (kanji, a place before it, hiragana) before the cue
    ("北浜時報によれば、市長は辞任を否定した。", "北浜時報"),
    ("ザンビア週報によれば、物価はさらに上がった。", "ザンビア週報"),
    ("みなとまち新聞によると、祭りは延期された。", "みなとまち新聞"),
    ("また、東港電台によれば、被害は広がっている。", "東港電台"),
])
def test_cited_katakana_source_is_org(text, name):
    got = mentions(run(text))
    assert (name, "ORG") in got, got


@pytest.mark.parametrize("text, word", [
    # a document, a web page or a group of people before によると is no name
    ("プレスリリースによると、新製品は来月発売される。", "プレスリリース"),
    ("ホームページによれば、受付は既に終了した。", "ホームページ"),
    ("スタッフによると、会場は開演前から満員だった。", "スタッフ"),
    ("データによると、町の人口は減り続けている。", "データ"),
    # … also when Sudachi cuts it into two words (a compound ending in such a word)
    ("チームスタッフによると、選手は軽傷だった。", "チームスタッフ"),
    ("オンラインアンケートによると、賛成は4割だった。", "オンラインアンケート"),
    ("ファンサイトによると、公演は延期された。", "ファンサイト"),
    # a quoted katakana word with no medium word or cue around it (a typhoon's name)
    ("台風「ナービー」は九州に接近した。", "ナービー"),
    ("「ナービー」は勢力を強めながら北上している。", "ナービー"),
    # review of round 23: one common katakana word (not a compound) before によると
    ("ファンによると、公演は延期された。", "ファン"),
    # review of round 23: a programme's title after テレビ / 放送, not a broadcaster
    ("人気番組のテレビ「ポケットモンスター」は再放送された。", "ポケットモンスター"),
    # round 32: a kind of paper before 新聞 is no name, nor a conjunction glued to one
    ("地元新聞によると、祭りは延期された。", "地元新聞"),
    ("英字新聞によれば、港は閉鎖された。", "英字新聞"),
    ("また西浜日報によると、橋は来月開通する。", "また西浜日報"),
    ("両紙は論調を変えた。一方、これらの新聞によると、部数は減った。", "これらの新聞"),
    ("各紙が報じた。一方産経新聞によると、部数は減った。", "一方産経新聞"),
    # round 32: one common katakana word in 『』 before the cue
    ("『ニュース』によれば、橋は来月開通する。", "ニュース"),
    # review of round 32: a conjunction or adverb before 新聞, or a kind of paper (two common words)
    ("そして新聞によると、倉庫は閉鎖された。", "そして新聞"),
    ("当時新聞によると、被害は少なかった。", "当時新聞"),
    ("現地英字新聞によると、倉庫は閉鎖された。", "現地英字新聞"),
    # review of round 32: a common katakana word Sudachi lists without a synonym group
    ("同氏のツイートによると、会談は延期された。", "ツイート"),
    ("病院のカルテによると、男性は骨折していた。", "カルテ"),
    # review of round 32: a book or other work in 『』 before the cue is no medium
    ("著書『ライジング・タイド』によれば、海面は上がり続ける。", "ライジング・タイド"),
    ("小説『ブルー・ハーバー』によると、港町は栄えていた。", "ブルー・ハーバー"),
])
def test_cited_source_guards(text, word):
    got = mentions(run(text))
    assert (word, "ORG") not in got, got


def test_cited_medium_becomes_claim_source():
    art = hodo.analyze("「リバーサイド・タイムズ」紙によれば、市議会は予算案を否決した。", published=PUB)
    ent = entity_of(art, "リバーサイド・タイムズ")
    assert ent is not None and ent.type == "ORG"
    assert art.claims and art.claims[0].source == ent.key, [(c.source) for c in art.claims]


def test_cited_medium_with_country_is_the_source():
    # round 23b: 「…」紙 makes the quoted name a medium, and the medium (not the country before
    # it) is the source of the それによると claim
    text = "オーストラリアの「オピニオン・ナウ」紙は、州知事の進退を巡る記事を載せた。それによると、後任は来月決まる見通しだ。"
    art = hodo.analyze(text, published=PUB)
    ent = entity_of(art, "オピニオン・ナウ")
    assert ent is not None and ent.type == "ORG", mentions(art)
    hits = [c for c in art.claims if "後任は来月決まる" in art.text[c.start:c.end]]
    assert hits and hits[0].source == ent.key, [(art.text[c.start:c.end], c.source) for c in art.claims]


@pytest.mark.parametrize("text, name", [
    # round 23b: a military or clerical rank is a title only a person holds, strong enough to
    # make an unknown katakana word before it a name
    ("第7艦隊司令官のモーガンフィールド中将は「訓練は予定通り続ける」と述べた。", "モーガンフィールド"),
    ("会見したブラックウッド大佐は、部隊の撤収は来月になると語った。", "ブラックウッド"),
    ("正教会のテオドシオス大主教は「和解を望む」と話した。", "テオドシオス"),
    ("式典ではマルケッティ枢機卿が祈りをささげた。", "マルケッティ"),
])
def test_rank_title_makes_a_name(text, name):
    got = mentions(run(text))
    assert (name, "PERSON") in got, got


@pytest.mark.parametrize("text, word", [
    # the rank inside a longer word (a see, a diocese) is no title
    ("パルマ司教区の教会で式典が開かれた。", "パルマ"),
    ("カトリック・サンタクルス司教座が声明を出した。", "サンタクルス"),
    # review of round 23: the rank's kanji inside one word of its own (ガキ大将)
    ("少年はクラスのガキ大将だった。", "ガキ"),
])
def test_rank_inside_a_longer_word_is_no_title(text, word):
    got = mentions(run(text))
    assert all(not (w.endswith(word) and t == "PERSON") for w, t in got), got


# --------------------------------------------------------------------------- round 23c: assemblies

@pytest.mark.parametrize("text, present, absent", [
    # a prefecture's assembly by its unit alone (府議会, 同県議会, 12月府議会, 定例都議会)
    ("知事は辞職願を提出し、府議会の議長がこれを受理した。", {("府議会", "ORG")}, set()),
    ("新しい条例案は同県議会の本会議で可決された。", {("県議会", "ORG")}, set()),
    ("知事は予算案を12月府議会に提出する考えを示した。", {("府議会", "ORG")}, set()),
    ("条例は6日の定例都議会で成立した。", {("都議会", "ORG")}, set()),
    # not a group of the assembly's members (府議会団), each read on its own shape
    ("知事は府議会に説明した。自民党の府議会団は反対に回った。", {("府議会", "ORG")}, set()),
    # review of round 23: a longer group name before 団 (府議会自民党議員団)
    ("知事は辞職した。自民党の府議会自民党議員団は反対した。", set(), {("府議会", "ORG")}),
])
def test_bare_prefectural_assembly(text, present, absent):
    got = mentions(run(text))
    assert present <= got and not (absent & got), got


def test_bare_prefectural_assembly_not_copied_into_its_members_group():
    text = "知事は府議会に説明した。自民党の府議会団は反対に回った。"
    art = run(text)
    ent = entity_of(art, "府議会")
    assert ent is not None and ent.type == "ORG" and ent.country == "JP", mentions(art)
    group = text.index("府議会団")
    assert all(s != group for e_ in art.entities for s, _ in e_.mentions), [e_.mentions for e_ in art.entities]


@pytest.mark.parametrize("text, surface, key", [
    # a chamber of the Diet glued before its plenary sitting (参議院|本会議, 衆院|本会議)
    ("法案は午後に開かれた参議院本会議で可決された。", "参議院", "jp-house-of-councillors"),
    ("予算案は衆議院本会議で賛成多数により可決した。", "衆議院", "jp-house-of-representatives"),
    ("同日の参議院本会議では採決が見送られた。", "参議院", "jp-house-of-councillors"),
])
def test_chamber_before_its_plenary(text, surface, key):
    ent = entity_of(run(text), surface)
    assert ent is not None and ent.type == "ORG" and ent.key == key, mentions(run(text))


# --------------------------------------------------------------------------- round 23d: source lists

_BODY23D = "市内の港で2日、大規模な火災が起きた。消防によると、けが人はいない。\n"


@pytest.mark.parametrize("item, surface, typ, country", [
    # an author's name in capitals before the headline (a wire byline): a person
    ('"Firehitstheharbour"。Reuters、2025年9月2日。HELENAMARKOVA"Harbourfirecontained"。AP、2025年9月2日。',
     "HELENAMARKOVA", "PERSON", None),
    ("『港で火災』。共同通信、2025年9月2日。PETERJ.WALSH『港の火災、けが人なし』。AP、2025年9月2日。",
     "PETERJ.WALSH", "PERSON", None),
    # a medium's word inside a name is no medium (ISMAIL holds MAIL)
    ('『港で火災』。共同通信、2025年9月2日。ISMAILKHAN"Harbourfireout"。AP、2025年9月2日。',
     "ISMAILKHAN", "PERSON", None),
    # a run that opens or closes with a medium's word is a medium; before a Japanese headline, Japan's
    ("『港で火災』。共同通信、2025年9月2日。KANSAIWEB『港の倉庫で火災』。関西新報、2025年9月2日。",
     "KANSAIWEB", "ORG", "JP"),
    ("『港で火災』。共同通信、2025年9月2日。NEWSHARBOR『港の倉庫で火災』。関西新報、2025年9月2日。",
     "NEWSHARBOR", "ORG", "JP"),
    # a kanji author Sudachi does not read as one name (a month's name and a place's, a prefix)
    ("『港で火災』。共同通信、2025年9月2日。師走隼人『港の倉庫で火災、けが人なし』。港湾新報、2025年9月2日。",
     "師走隼人", "PERSON", None),
    ("『港で火災』。共同通信、2025年9月2日。長月大和『港の倉庫で火災、けが人なし』。港湾新報、2025年9月2日。",
     "長月大和", "PERSON", None),
    ("『港で火災』。共同通信、2025年9月2日。新本陽荘『港の倉庫で火災、けが人なし』。港湾新報、2025年9月2日。",
     "新本陽荘", "PERSON", None),
])
def test_source_list_author_slot(item, surface, typ, country):
    art = run(_BODY23D + item)
    ent = entity_of(art, surface)
    assert ent is not None and ent.type == typ, mentions(art)
    if country:
        assert ent.country == country, (ent.key, ent.country)


@pytest.mark.parametrize("item, word", [
    # a medium in capitals is no author
    ('『港で火災』。共同通信、2025年9月2日。ABCNEWS"Harbourfireout"。ABC、2025年9月2日。', "ABCNEWS"),
    # an edition, a university, a bank in the author's slot are no person
    ("『港で火災』。共同通信、2025年9月2日。東京朝刊『港の倉庫で火災』。港湾新報、2025年9月2日。", "東京朝刊"),
    ("『港で火災』。共同通信、2025年9月2日。京都大学『港湾火災の報告』。港湾新報、2025年9月2日。", "京都大学"),
])
def test_source_list_author_slot_guards(item, word):
    art = run(_BODY23D + item)
    got = mentions(art)
    assert not any(t == "PERSON" and (word in w or w in word) for w, t in got), got


@pytest.mark.parametrize("item, surface, country", [
    # a medium named by its people's adjective first: that country's
    ('"Harbourfirecontained"。CanadianHerald、2025年9月2日。', "CanadianHerald", "CA"),
    ('"Harbourfirecontained"。TheScottishObserver、2025年9月2日。', "TheScottishObserver", "GB"),
    ('"Harbourfirecontained"。MalayanChronicle、2025年9月2日。', "MalayanChronicle", None),
    # only the first word: British Columbia is a province of Canada
    ('"Studyonharbourfires"。UniversityofBritishColumbia、2025年9月2日。', "UniversityofBritishColumbia", None),
])
def test_publisher_demonym_country(item, surface, country):
    art = run(_BODY23D + item)
    ent = entity_of(art, surface)
    assert ent is not None and ent.type == "ORG" and ent.country == country, mentions(art)


# round 24: a country's English name glued to the small word after it, in a source list's
# English headline, when the letters after it do not spell its people's adjective
_BODY24 = "国境付近で2日、大規模な洪水が起きた。当局によると、けが人はいない。\n"


@pytest.mark.parametrize("item, surface, code", [
    ('"Indiaagreestoreopenbordercrossings"。Reuters、2025年9月2日。', "India", "IN"),
    ('"Iranisreadytoresumetalks"。AP、2025年9月2日。', "Iran", "IR"),
    ('"Norway,Denmarkagreeonfisheryquotas"。AP、2025年9月2日。', "Denmark", "DK"),
    ('"Jordanextendsvisarulesforworkers"。AP、2025年9月2日。', "Jordan", "JO"),
    ('"FloodsleaveCypruseastwithoutpower"。AP、2025年9月2日。', "Cyprus", "CY"),
])
def test_country_glued_to_a_small_word(item, surface, code):
    art = run(_BODY24 + item)
    ent = entity_of(art, surface)
    assert ent is not None and ent.type == "GPE" and ent.country == code, mentions(art)


@pytest.mark.parametrize("item, word", [
    # the people's adjective glued to a noun: no mention of the country
    ('"Indianarmyopensbordercrossings"。AP、2025年9月2日。', "India"),
    ('"Iraqiwatchdogfindsfraudinballots"。AP、2025年9月2日。', "Iraq"),
    ('"Iranianofficialsdenyreport"。AP、2025年9月2日。', "Iran"),
    # a medium's name in small letters after the country
    ("NepalnewsやReutersによると、洪水は続いている。", "Nepal"),
])
def test_country_glued_to_a_small_word_guards(item, word):
    art = run(_BODY24 + item)
    assert (word, "GPE") not in mentions(art), mentions(art)


@pytest.mark.parametrize("text, surface, country", [
    # round 25: an unlinked name in Japanese script takes the country the article is set in
    ("韓国の大統領は慶尚南道を訪れた。韓国政府によると、金海市で式典が開かれた。", "金海市", "KR"),
    ("日本の首相は青森県を訪れた。日本政府によると、八戸で式典が開かれ、北浜電力も協賛した。", "八戸", "JP"),
    ("日本の首相は青森県を訪れた。日本政府によると、八戸で式典が開かれ、北浜電力も協賛した。", "北浜電力", "JP"),
    ("インドネシアで火山が噴火した。インドネシア政府によると、デンパサール国際空港は閉鎖された。",
     "デンパサール国際空港", "ID"),
    # not a katakana name in a story told from Japan (foreign more often than not)
    ("日本の外相は会見した。日本の報道によると、ジェイソン・ワトリー氏が来日した。", "ジェイソン・ワトリー", None),
])
def test_setting_country_for_unlinked_names(text, surface, country):
    e = entity_of(run(text), surface)
    assert e is not None and e.country == country, (e and e.country)


@pytest.mark.parametrize("text, surface, key", [
    # round 25: a country or city written in capitals in an English dateline is that place
    ("地震があった。出典:John Smith『Quake hits Java』、JAKARTA, INDONESIA、2006年5月27日。", "INDONESIA", "ID"),
    ("地震があった。出典:John Smith『Quake hits Java』、JAKARTA, INDONESIA、2006年5月27日。", "JAKARTA", "jakarta"),
    ("停戦が続く。出典:Jane Doe『SUDAN: talks resume』、2006年5月2日。", "SUDAN", "SD"),
    # two places of that written name (the country, the US state): left unlinked
    ("米国の大統領はジョージア州アトランタを訪れた。出典:John Smith『Storm hits south』、ATLANTA, GEORGIA、"
     "2008年11月5日。", "GEORGIA", "GEORGIA"),
])
def test_places_in_capitals_are_linked(text, surface, key):
    e = entity_of(run(text), surface)
    assert e is not None and e.type == "GPE" and e.key == key, (e and e.key)


@pytest.mark.parametrize("surface, key, name, country", [
    # round 25: a party name many countries share, linked by the tables to another country's
    # party, loses that party's name and key; a member named after "の幹部" is not of that
    # country either (_person_country leaves shared party names to _party_countries)
    ("労働党", "労働党", "労働党", "AU"),
    ("国民党", "国民党", "国民党", "AU"),
    ("マイケル・ホルト", "マイケル・ホルト", "マイケル・ホルト", "AU"),
])
def test_shared_party_name_in_another_country(surface, key, name, country):
    art = run("オーストラリアで総選挙が行われた。オーストラリアの世論調査によると、労働党の幹部マイケル・ホルト氏は"
              "勝利を宣言した。オーストラリアの国民党は敗北を認めた。")
    e = entity_of(art, surface)
    assert e is not None and (e.key, e.name, e.country) == (key, name, country), (e and (e.key, e.name, e.country))


def test_party_member_takes_the_party_country_over_a_country_named_nearby():
    art = run("オーストラリアで総選挙が行われた。オーストラリアの世論調査では、カナダの調査会社によると、"
              "労働党のマイケル・ホルト党首が優勢だ。オーストラリアの有権者は多い。")
    assert entity_of(art, "マイケル・ホルト").country == "AU"


@pytest.mark.parametrize("text, surface, key", [
    # round 25: the post of an international body (offices table: UN 事務総長), the body named
    # at the head of the title or right before the person
    ("国連のアナン事務総長は停戦を呼びかけた。", "アナン", "annan"),
    ("潘国連事務総長は停戦を呼びかけた。", "潘", "ban-ki-moon"),
])
def test_holder_of_an_international_post(text, surface, key):
    art = run(text, published="2010-03-01" if "潘" in text else "2005-03-01")
    e = entity_of(art, surface)
    assert e is not None and e.key == key, (e and e.key)


@pytest.mark.parametrize("text, surface, key, country", [
    # round 25: Kosovo under its common user-assigned code; 東独 / 西独 as short forms
    ("コソボ共和国の首相は会見した。", "コソボ共和国", "XK", "XK"),
    ("東独と西独は統一した。", "東独", "east-germany", "DD"),
    ("東独と西独は統一した。", "西独", "west-germany", "DE"),
])
def test_historic_and_disputed_states(text, surface, key, country):
    e = entity_of(run(text), surface)
    assert e is not None and (e.key, e.country) == (key, country), (e and (e.key, e.country))


@pytest.mark.parametrize("text, surface, key", [
    # round 25: a body's Latin name in a source list, spaces lost or capitals changed, is the
    # body whose Latin name has the same letters; a medium no table has stays unlinked
    ('総選挙が行われた。出典:"Rulingpartywinsvote"。Aljazeera、2008年5月21日。', "Aljazeera", "al-jazeera"),
    ('首相が辞任した。出典:"Ministerquits".Ansa,September22,2005(inItalian)', "Ansa", "ansa"),
    ('首相が辞任した。出典:"Ministerquits".Reutersnews,September22,2005', "Reutersnews", "Reutersnews"),
])
def test_latin_body_names_by_their_letters(text, surface, key):
    e = entity_of(run(text), surface)
    assert e is not None and e.key == key, (e and e.key)


@pytest.mark.parametrize("text, word", [
    # review (round 27): a kind of paper before 紙 is no newspaper
    ("事務所ではコピー紙が足りない。", "コピー"),
    ("生徒はリトマス紙で液体を調べた。", "リトマス"),
    ("伝票はカーボン紙を挟んで書く。", "カーボン"),
    ("菓子はパラフィン紙で包まれていた。", "パラフィン"),
    ("店ではロール紙の値段が上がった。", "ロール"),
    ("作品はアート紙で刷られた。", "アート"),
    # a Latin prefix is part of the name: USA is no part cut off
    ("USAトゥデー紙によると、首相は辞任した。", "トゥデー"),
])
def test_paper_stock_before_shi_is_no_org(text, word):
    got = mentions(run(text))
    assert (word, "ORG") not in got, got


@pytest.mark.parametrize("text", [
    # review (round 27): no university name before 大病院 / 大学病院
    "負傷者は巨大病院に運ばれた。",
    "男性は県内最大病院に移された。",
    "男性は都内大学病院に搬送された。",
    "患者は地元の医大病院に運ばれた。",
    "国立大学病院が声明を出した。",
    "男性は地元の大病院で治療を受けた。",
])
def test_plain_hospital_words_are_no_fac(text):
    got = mentions(run(text))
    assert not any(t == "FAC" for _, t in got), got


def test_city_inside_keeps_the_city_apart_from_the_country():
    # review (round 27): メキシコ市 is Mexico City, not the country named after it
    art = run("メキシコ市内で停電が起きた。メキシコは非常事態を宣言した。")
    city = entity_of(art, "メキシコ市")
    assert city is not None and city.key == "mexico-city", mentions(art)
    country = [e for e in art.entities if e.key == "MX"]
    assert country and city is not country[0]


def test_city_inside_does_not_take_a_region():
    # ガザ alone is the Gaza Strip in the tables: ガザ市内 stays the city
    art = run("ガザ市内で空爆があった。")
    assert not any(e.key == "gaza" for e in art.entities), [(e.key, e.mentions) for e in art.entities]


@pytest.mark.parametrize("text, full", [
    # round 38: a surname, then a given name Sudachi does not tag as one (a common noun, a numeral
    # and a noun, a suffix with the reading glued), then an honorific or the reading in parentheses
    ("式典には地元の大川壮志氏も招かれた。", "大川壮志"),
    ("隣に住む西村法現(ほうげん)さんが通報した。", "西村法現"),
    ("住所不定の中村七右衛門(なかむら・しちえもん)容疑者が送検された。", "中村七右衛門"),
    ("委員長には石田八久男(いしだ・やくお)氏が選ばれた。", "石田八久男"),
    ("警察は会社員の小山大河(たいが)容疑者を逮捕した。", "小山大河"),
])
def test_given_name_before_honorific(text, full):
    got = mentions(run(text))
    assert (full, "PERSON") in got, got


@pytest.mark.parametrize("text, name", [
    # round 38: a katakana word Sudachi does not know, before 選手 / 監督 / 教授, is a surname
    ("前半にはブルガリア代表のストイチコバ選手が得点した。", "ストイチコバ"),
    ("理事会はチームのグラドヴィッチ元監督を招いた。", "グラドヴィッチ"),
    ("講演したのは物理学のヘルムリンガー教授だった。", "ヘルムリンガー"),
])
def test_unknown_katakana_surname_before_trade_title(text, name):
    got = mentions(run(text))
    assert (name, "PERSON") in got, got


@pytest.mark.parametrize("text, name", [
    # round 38: the initials of the given names belong to the katakana person's name
    ("新作を撮ったR・ゼメキス監督が来日した。", "R・ゼメキス"),
    ("詩人のW・B・イェイツ氏の詩が朗読された。", "W・B・イェイツ"),
    ("決勝ではS.ベッテル選手が2位に入った。", "S.ベッテル"),
    # round 38 review: a hyphened pair of initials stays whole (was cut to P.ルノワール)
    ("3位にはJ-P.ルノワールが入った。", "J-P.ルノワール"),
])
def test_initials_before_katakana_person(text, name):
    got = mentions(run(text))
    assert (name, "PERSON") in got, got


@pytest.mark.parametrize("text, person, piece", [
    # round 38: a piece of the Latin gloss after a person (a surname a headline scan found) gives way
    # to the whole gloss
    ("委員のグスタフ・オルデンボリ(GustavOldenborg)は会見した。", "グスタフ・オルデンボリ", "Oldenborg"),
    ("事務局長のマルコ・ベルティ事務局長(en:MarcoBerti)が話した。", "マルコ・ベルティ", "Berti"),
])
def test_piece_inside_latin_gloss_is_dropped(text, person, piece):
    a = text.index(person)
    p = text.index(piece)
    ments = [ent_stage.Cand(a, a + len(person), "PERSON", 5, "kata"),
             ent_stage.Cand(p, p + len(piece), "PERSON", 2, "latin-translit")]

    class _Cx:
        pass
    cx = _Cx()
    cx.text = text
    assert ent_stage._inside_latin_gloss(cx, ments) == {1}


# round 38: heads Sudachi reads as one word after a place or a founder's name, and railway lines
# named by an abbreviated pair of places
@pytest.mark.parametrize("text, expected", [
    ("老舗の菓子メーカーである長岡製菓が新商品を発表した。", ("長岡製菓", "ORG")),
    ("地元の高田建設が工事を請け負った。", ("高田建設", "ORG")),
    ("捜査当局は山本建設の元社長を逮捕した。", ("山本建設", "ORG")),
    ("青森信金の窓口で現金が奪われた。", ("青森信金", "ORG")),
    ("熊本簡裁は男に罰金を言い渡した。", ("熊本簡裁", "ORG")),
    ("愛知用水の水位が下がっている。", ("愛知用水", "FAC")),
    ("高崎変電所の故障で停電が起きた。", ("高崎変電所", "FAC")),
    ("週末には中山競馬場で重賞レースが行われる。", ("中山競馬場", "FAC")),
    ("銀座交差点付近で事故が起きた。", ("銀座交差点", "FAC")),
    ("JR奥羽線と米坂線が大雪で運休した。", ("米坂線", "FAC")),
    ("特急が五能線の区間で脱線した。", ("五能線", "FAC")),
])
def test_r38_place_and_founder_heads(text, expected):
    assert expected in mentions(run(text))


@pytest.mark.parametrize("text, wrong", [
    # round 38 review: a household word after a surname is no given name before さん / 氏
    ("先月、木村夫妻さんが町に越してきた。", ("木村夫妻", "PERSON")),
    ("会合には佐藤兄弟氏もそろって顔を見せた。", ("佐藤兄弟", "PERSON")),
    # round 38 review: a founder head after a railway line's or an airport's name is the thing
    # built, no company (the line stays a FAC)
    # round 38 review: katakana glued to a Latin letter is no surname before 選手
    ("会場にはVリーグプロ選手も招かれた。", ("リーグプロ", "PERSON")),
    ("北海道新幹線建設の費用を国が見直す。", ("北海道新幹線建設", "ORG")),
    ("県は成田空港建設をめぐる経緯を説明した。", ("成田空港建設", "ORG")),
])
def test_r38_review_guards(text, wrong):
    got = mentions(run(text))
    assert wrong not in got, got


# round 39: an institution named by common kanji words before its head (センター / 研究所 / 学会 /
# 機構 / 協会 / 連盟 / 連合会 / 組合 / 公社) is a body, found whole
@pytest.mark.parametrize("text, expected", [
    ("地域防災情報センターは28日、警戒を呼びかけた。", ("地域防災情報センター", "ORG")),
    ("農業気象研究所によると、今年の収穫は平年並みだという。", ("農業気象研究所", "ORG")),
    ("日本睡眠医療学会が新しい指針を公表した。", ("日本睡眠医療学会", "ORG")),
    ("森林資源保全機構は調査結果を発表した。", ("森林資源保全機構", "ORG")),
    ("海外記者協会が声明を出した。", ("海外記者協会", "ORG")),
    ("全国書店組合連合会は値上げに反対している。", ("全国書店組合連合会", "ORG")),
    ("鉄道職員共済組合の担当者が説明した。", ("鉄道職員共済組合", "ORG")),
    ("今後市営競艇組合では運営を見直す。", ("市営競艇組合", "ORG")),
    # a time word glued before the name is no part of it (merge of round 39)
    ("昨年農業気象研究所が調査を始めた。", ("農業気象研究所", "ORG")),
])
def test_r39_institutes_by_common_words(text, expected):
    assert expected in mentions(run(text))


# round 40: heads of newspapers (新報 / 日報 / 民報 / 時報 / タイムス), a summary prosecutors' office (区検)
# and sports federations by their short form (高野連 / 陸連) after a place's name end one ORG; a bench of
# the supreme court after the court's name is one ORG with it
@pytest.mark.parametrize("text, expected", [
    ("函館日報は5日の社説で計画に反対した。", ("函館日報", "ORG")),
    ("苫小牧新報の記者が取材した。", ("苫小牧新報", "ORG")),
    ("記事は松本民報が最初に伝えた。", ("松本民報", "ORG")),
    ("台南時報は3日、市長の発言を報じた。", ("台南時報", "ORG")),
    ("シカゴタイムスの記者が質問した。", ("シカゴタイムス", "ORG")),
    ("男は金沢区検に書類送検された。", ("金沢区検", "ORG")),
    ("岐阜高野連は大会の延期を決めた。", ("岐阜高野連", "ORG")),
    ("千葉陸連の役員が会見に出席した。", ("千葉陸連", "ORG")),
    ("最高裁判所第二小法廷は10日、判決を言い渡した。", ("最高裁判所第二小法廷", "ORG")),
    ("事件は最高裁大法廷に回付された。", ("最高裁大法廷", "ORG")),
    ("ネバダ工科大の研究チームが発表した。", ("ネバダ工科大", "ORG")),
    ("容疑者は札幌芸大4年の男子学生だった。", ("札幌芸大", "ORG")),
    ("試合は福岡国際大が制した。", ("福岡国際大", "ORG")),
])
def test_r40_place_media_and_office_heads(text, expected):
    assert expected in mentions(run(text))


# round 40: a place's unit read with the next word (市職員, 市側, 県政, 県版, 県立, 郡の) stays with the place
@pytest.mark.parametrize("text, expected, wrong", [
    ("汚職の疑いで奈良市職員が書類送検された。", ("奈良市", "GPE"), ("奈良", "GPE")),
    ("交渉では京都市側が譲歩案を示した。", ("京都市", "GPE"), ("京都", "GPE")),
    ("知事は新しい長野県政の方針を語った。", ("長野県", "GPE"), ("長野", "GPE")),
    ("この話題は読売新聞の千葉県版に載った。", ("千葉県", "GPE"), ("千葉", "GPE")),
    ("旧津久井郡の町が市に編入された。", ("津久井郡", "GPE"), ("津久井", "GPE")),
])
def test_r40_unit_before_staff(text, expected, wrong):
    got = mentions(run(text))
    assert expected in got and wrong not in got, got


# round 40: in a sports article a city's bare name paired by 対 or before サポーター is its club (ORG)
@pytest.mark.parametrize("text, expected", [
    ("プロ野球の試合は横浜対広島で、横浜が逆転で勝った。", ("横浜", "ORG")),
    ("プロ野球の試合は横浜対広島で、横浜が逆転で勝った。", ("広島", "ORG")),
    ("サッカーのJリーグで浦和のサポーターが発煙筒をたいた。", ("浦和", "ORG")),
])
def test_r40_city_clubs(text, expected):
    assert expected in mentions(run(text))


# round 40: a place or a name right before a facility's or a natural feature's head is that name's
# first word; an end of a stretch of railway not read as a place is a station
@pytest.mark.parametrize("text, expected", [
    ("一行はマリア・ロペス美術館を訪れた。", ("マリア・ロペス美術館", "FAC")),
    ("市民は由比海岸を清掃した。", ("由比海岸", "LOC")),
    ("登山者は八甲田岳に向かった。", ("八甲田岳", "LOC")),
    ("一家は帰省の途中、吉川サービスエリアで休んだ。", ("吉川サービスエリア", "FAC")),
    ("代表団はジョン・スミス国際空港から出国した。", ("ジョン・スミス国際空港", "FAC")),
    ("夏には支笏湖の周辺が観光客でにぎわう。", ("支笏湖", "LOC")),
    ("住民は奥田集落から避難した。", ("奥田集落", "LOC")),
    ("台風で大槌の松原の木が倒れた。", ("大槌の松原", "LOC")),
    ("石北本線の上川-白滝間で脱線した。", ("上川", "FAC")),
    ("信越本線の直江津-柏崎間で運転を見合わせている。", ("直江津", "FAC")),
    ("快速は只見線の本名-会津川口間で止まった。", ("本名", "FAC")),
    # a chain's shop by its place
    ("改装を終えた元町店が営業を再開した。", ("元町店", "FAC")),
    ("強盗はドラッグストアの室蘭店に押し入った。", ("室蘭店", "FAC")),
])
def test_r40_names_before_facility_heads(text, expected):
    got = mentions(run(text))
    assert expected in got, got


# round 40 review: the unit form is its own place: 奈良|市職員 is the city, not the prefecture (奈良県) the bare
# name was keyed to; a city in brackets after a paired club is the ground, not another name of that club
def test_r40_review_city_unit_not_keyed_to_the_prefecture():
    art = run("奈良県の幹部が、奈良市職員の処分について説明した。")
    city, pref = entity_of(art, "奈良市"), entity_of(art, "奈良県")
    assert city is not None and pref is not None and city is not pref


def test_r40_review_ground_in_brackets_after_a_pairing():
    art = run("プロ野球の日程が決まり、開幕は横浜対巨人(横浜)で行われる。")
    assert ("横浜", "GPE") in mentions(art)
    assert entity_of(art, "巨人") is not entity_of(art, "横浜")


# round 40 review: a university's short form before more of a proper name is a school of its own (愛工大名電-like
# high schools), not the university; before a person's name in a list it stays the university
@pytest.mark.parametrize("text, wrong", [
    ("投手は福岡工大城東の3年生だ。", ("福岡工大", "ORG")),
    ("愛工大名電の投手が指名された。", ("愛工大", "ORG")),
])
def test_r40_review_university_before_a_school_name(text, wrong):
    assert wrong not in mentions(run(text))


def test_r40_review_university_before_a_listed_person():
    got = mentions(run("負傷者は慈恵医大藤野和倫さんと東京女子医大中村勝彦さんに運ばれた。"))
    assert ("慈恵医大", "ORG") in got and ("東京女子医大", "ORG") in got


# round 40 review: common words at the ends of a stretch are no stations; X の松原 after a listed city or
# a person is no pine grove
@pytest.mark.parametrize("text, wrong", [
    ("鉄道会社は駅-空港間で無料のバスを走らせる。", ("空港", "FAC")),
    ("貨物列車は本社-工場間を結んでいる。", ("本社", "FAC")),
    ("雪のため電車は始発-終電間の本数を減らした。", ("始発", "FAC")),
    ("中央線の快速-各停の乗り換えが不便だという声がある。", ("快速", "FAC")),
    ("山手線の内回り-外回りとも一時運転を見合わせた。", ("内回り", "FAC")),
    ("九回に大阪の松原が本塁打を放った。", ("大阪の松原", "LOC")),
])
def test_r40_rail_and_grove_not(text, wrong):
    got = mentions(run(text))
    assert wrong not in got, got


@pytest.mark.parametrize("text, acronym", [
    ("昨年の調査の結果について、QVRは新しい指針を示した。", "QVR"),
    ("地元の報道によると、ZMKAが会場の変更を決めた。", "ZMKA"),
    ("ZQNの調べで、帳簿の誤りが見つかった。", "ZQN"),
    ("北方漁業振興評議室(KFRB)は3日、漁期の延長を認めた。", "KFRB"),
    ("会議の後、PWQでは新しい規則の検討を始めた。", "PWQ"),
    ("放送局の米QXNは、選挙の速報を流した。", "QXN"),
])
def test_r40_bare_acronym_as_a_body(text, acronym):
    got = mentions(run(text))
    assert (acronym, "ORG") in got, got


@pytest.mark.parametrize("text, acronym", [
    ("昨年のGDPは前年より減少した。", "GDP"),
    ("新しいCEOは就任の会見で計画を述べた。", "CEO"),
    ("会議の後、PLWでは新しい規則の検討を始めた。", "PLW"),
    ("国際空港(KXQ)から出発した便が遅れた。", "KXQ"),
    ("新型の記録装置(QVD)を発売した。", "QVD"),
    ("東邦QXが新しい雑誌を出した。", "QX"),
])
def test_r40_bare_acronym_not_a_body(text, acronym):
    got = mentions(run(text))
    assert (acronym, "ORG") not in got, got


# round 40 (titleper): a katakana word Sudachi does not know, after "の" or a clause's start and before a
# body's head (会長, 総裁, 局長; a short one before 委員長 too), is its holder's surname; a full name glued
# to its body and a compound title (協会|長, 党|最高顧問, 大学|名誉教授) is a PERSON, not part of the body
@pytest.mark.parametrize("text, expected", [
    ("競技連盟のトラヴィニク会長が声明を出した。", ("トラヴィニク", "PERSON")),
    ("審判委員会のドルカ委員長が説明した。", ("ドルカ", "PERSON")),
    ("中央銀行のペトリシュ総裁は利上げを示唆した。", ("ペトリシュ", "PERSON")),
    ("報道によると、森下康弘東北大学名誉教授は警告した。", ("森下康弘", "PERSON")),
    ("報道によると、森下康弘東北大学名誉教授は警告した。", ("東北大学", "ORG")),
    ("記者会見で大久保信夫協会長は謝罪した。", ("大久保信夫", "PERSON")),
    ("保守党の石原和彦党最高顧問が辞任した。", ("石原和彦", "PERSON")),
])
def test_r40_names_before_compound_titles(text, expected):
    got = mentions(run(text))
    assert expected in got, got


# round 40 review (small): a sports position or a spacecraft as a subject, a part of a place glossed
# by an acronym, and a body named after a person (…記念館) before its head are no split / no ORG
@pytest.mark.parametrize("text, wrong", [
    ("試合の後半、GKが好守を見せた。", ("GK", "ORG")),
    ("補給機のHTVは予定どおり結合された。", ("HTV", "ORG")),
    ("都心部(QCB)の地価が上がった。", ("QCB", "ORG")),
    ("記者会見で松下幸之助記念館長は述べた。", ("松下幸之助", "PERSON")),
])
def test_r40_review_small_not(text, wrong):
    got = mentions(run(text))
    assert wrong not in got, got


# round 41 (pername): a person named in full and then by the surname alone before an honorific or a title,
# where the full name is found late (before a reading) or Sudachi reads the surname as a common noun; the
# given name alone after a kanji + hiragana name, a one-kanji given name before a child's honorific, and
# a given name before さま / 容疑者 / 被告
@pytest.mark.parametrize("text, forms", [
    ("窃盗の疑いで梅前誠(うめまえ・まこと)容疑者を逮捕した。梅前容疑者は容疑を認めている。", ["梅前誠", "梅前"]),
    ("党は元職員の足立川正樹(あしだちがわ・まさき)氏を除名した。足立川氏は反論した。", ["足立川正樹", "足立川"]),
    ("地元紙によると、平泉和夫元町長は出頭した。平泉元町長は黙秘している。", ["平泉和夫", "平泉"]),
    ("拉致被害者の田村ゆかりさんの母が会見した。ゆかりさんは当時13歳だった。", ["田村ゆかり", "ゆかり"]),
    ("長男の木下翔君が刺された。翔君は病院に運ばれた。", ["木下翔", "翔"]),
    ("警察は長男の岩田光輝容疑者を逮捕した。調べに対し、光輝容疑者は黙っている。", ["岩田光輝", "光輝"]),
    ("招待客の藤堂麗子さまが到着した。麗子さまは花束を受け取った。", ["藤堂麗子", "麗子"]),
])
def test_r41_short_forms_of_a_full_name(text, forms):
    art = run(text)
    keys = {entity_of(art, f).key for f in forms if entity_of(art, f) is not None}
    assert all(entity_of(art, f) is not None and entity_of(art, f).type == "PERSON" for f in forms), \
        [(e.key, [art.text[s:t] for s, t in e.mentions]) for e in art.entities]
    assert len(keys) == 1, [(e.key, [art.text[s:t] for s, t in e.mentions]) for e in art.entities]


# round 41 (pername): 昭和天皇 is a person the actor table knows
def test_r41_showa_emperor():
    art = run("昭和天皇の発言を記したメモが見つかった。")
    assert ("昭和天皇", "PERSON") in mentions(art)


# round 41 (orgbound): organisation names cut at the wrong place. A particle before a school's owner
# is no part of its name; a party's role in parliament (与党, 野党) is not its name; a body, a place and a
# branch head (支社, 支店, 法人) are one ORG; public bodies by their place and a head Sudachi reads as one
# word (研究院, 保健所, 医師会, 軍部, 警備隊, 募金会, 監査室, 相談所); an adjectival noun or a
# prefix between a place and a head (高等, 獣) is part of the name
@pytest.mark.parametrize("text, expected", [
    ("行方が分からなくなっていた福井県立若狭高校の生徒が保護された。", ("福井県立若狭高校", "ORG")),
    ("優勝したのは愛媛県立松山商業高校だった。", ("愛媛県立松山商業高校", "ORG")),
    ("女児が通っていた同市立大川小学校で集会が開かれた。", ("大川小学校", "ORG")),
    ("選挙の結果、与党社会党は議席を減らした。", ("社会党", "ORG")),
    ("首相は与党国民党の党首を兼ねる。", ("国民党", "ORG")),
    ("JR東日本秋田支社は運転再開の見通しを示した。", ("JR東日本秋田支社", "ORG")),
    ("朝日新聞静岡支社は夕刊の発行をやめた。", ("朝日新聞静岡支社", "ORG")),
    ("韓国海洋科学研究院が調査結果を公表した。", ("韓国海洋科学研究院", "ORG")),
    ("福岡市保健所は食中毒と断定した。", ("福岡市保健所", "ORG")),
    ("ベネズエラ軍部は声明で反発した。", ("ベネズエラ軍部", "ORG")),
    ("テキサス国家警備隊が出動した。", ("テキサス国家警備隊", "ORG")),
    ("広島高等検察庁は上告しない方針を決めた。", ("広島高等検察庁", "ORG")),
    ("米国獣医師会は指針を改めた。", ("米国獣医師会", "ORG")),
])
def test_r41_org_boundaries(text, expected):
    got = mentions(run(text))
    assert expected in got, got


# round 41 review (orgbound): a town whose name begins with 各 / 本 / 同 / 当 keeps its school (各務原市立…);
# only 高等 and 獣 among the words Sudachi tags as adjectival nouns or prefixes stand inside a name
# (米国|有名|大学 and 米国|超|大型|銀行 are no bodies' names)
def test_r41_rv_school_of_a_town_named_kaku():
    got = mentions(run("転校したのは各務原市立那加中学校だった。"))
    assert ("各務原市立那加中学校", "ORG") in got, got


@pytest.mark.parametrize("text, bad", [
    ("米国有名大学の学費が上がった。", "米国有名大学"),
    ("米国超大型銀行の破綻が続いた。", "米国超大型銀行"),
])
def test_r41_rv_rating_word_is_no_name(text, bad):
    got = mentions(run(text))
    assert (bad, "ORG") not in got, got


# round 41 review (pername): a place read from the surname and a unit (大田|区長) stays the place's head
# where the person named in full carries no such title
@pytest.mark.parametrize("text, place, name", [
    ("大田和夫さんが式に出席した。大田区長はあいさつした。", "大田区", "大田"),
    ("中野一郎さんが会場を訪れた。中野区長は歓迎の言葉を述べた。", "中野区", "中野"),
])
def test_r41_review_surname_not_a_ward_head(text, place, name):
    got = mentions(run(text))
    assert (place, "GPE") in got and (name, "PERSON") not in got, got


# round 41 (medianame): a medium found once by its place (a source line's publisher) recurs in the
# article, taking the place of a part read as another name (週刊|ナガサキ GPE); a paper whose name
# opens in hiragana is a source line's publisher too; media of Japan the corpus cites most are rows
@pytest.mark.parametrize("text, surface, count", [
    ("記者は夕刊ミヤギの取材に答えた。『橋が落ちた』。夕刊ミヤギ、2020年3月4日。", "夕刊ミヤギ", 2),
    ("記者は週刊ナガサキの取材に答えた。『橋が落ちた』。週刊ナガサキ、2020年3月4日。", "週刊ナガサキ", 2),
    ("ひまわり新聞は、橋が落ちたと伝えた。『橋が落ちた』。ひまわり新聞、2020年3月4日。", "ひまわり新聞", 2),
    ("『橋が落ちた』。みなみの新報、2020年3月4日。", "みなみの新報", 1),
])
def test_r41_medium_recurs(text, surface, count):
    e = entity_of(run(text), surface)
    assert e is not None and e.type == "ORG" and len(e.mentions) == count, e and (e.type, e.mentions)


@pytest.mark.parametrize("text, surface, key", [
    ("秋田さきがけによると、男が逮捕された。", "秋田さきがけ", "akita-sakigake"),
    ("男は夕刊フジの取材に答えた。", "夕刊フジ", "yukan-fuji"),
    ("四国新聞社は社説を載せた。", "四国新聞社", "shikoku-shimbun"),
    ("地震の様子は秋田放送が中継した。", "秋田放送", "abs-akita"),
    # 中国新聞社 in Japanese news is the Hiroshima paper's publisher (17 of the corpus's 19 uses); China
    # News Service is 中新社
    ("広島市の大雨について中国新聞社が伝えた。", "中国新聞社", "chugoku-shimbun"),
    ("中新社によると、杭州市で大雨が降った。", "中新社", "cns"),
])
def test_r41_media_rows(text, surface, key):
    e = entity_of(run(text), surface)
    assert e is not None and e.key == key, e and e.key


# round 42 (orgmiss): a company or party named once with its form word (株式会社X, X社, Xホールディングス,
# Xグループ, X党; a katakana or Latin name) recurs by its name alone; a body named in full recurs by a
# contraction the dictionary knows as a proper noun; football leagues by their short form
@pytest.mark.parametrize("text, short, full", [
    ("株式会社カナメテックは新製品を発表した。カナメテックの社長が会見した。", "カナメテック", "株式会社カナメテック"),
    ("グラナート社は工場を閉めた。労組はグラナートの経営陣に補償を求めている。", "グラナート", "グラナート社"),
    ("Zentrixグループは決算を発表した。Zentrixの株価は上がった。", "Zentrix", "Zentrixグループ"),
    ("関西電力は料金の値上げを申請した。知事は関電の説明を求めた。", "関電", "関西電力"),
    ("日本弁護士連合会が会長声明を出した。日弁連は法案に反対している。", "日弁連", "日本弁護士連合会"),
    ("東京大学の研究チームが発表した。東大は調査を続ける。", "東大", "東京大学"),
])
def test_r42_org_short_forms(text, short, full):
    art = run(text)
    e = entity_of(art, short)
    assert e is not None and e.type == "ORG" and e is entity_of(art, full), e and (e.type, e.mentions)


@pytest.mark.parametrize("text, surface, key", [
    ("クラブは最終節で敗れ、J2降格となった。", "J2", "j2-league"),
    ("監督は来季のJ1復帰を目標に掲げた。", "J1", "j1-league"),
    ("市民クラブがJFLへの加盟を申請した。", "JFL", "jfl"),
    ("彼はセリエAのクラブへ移籍した。", "セリエA", "serie-a"),
])
def test_r42_league_short_forms(text, surface, key):
    e = entity_of(run(text), surface)
    assert e is not None and e.type == "ORG" and e.key == key, e and (e.type, e.key)


# round 42 (facloc): venues and features — a feature's name said alone in the article that names the
# feature whole, heads of buildings that never name a body, 新 before a facility, a line glued to its
# station, shrine / arena / circuit / training-centre / street heads after a place, Japan's most named venues
@pytest.mark.parametrize("text, expected", [
    ("台風は房総半島に上陸した。房総では停電が続いている。", ("房総", "LOC")),
    ("フェリーはスマトラ島の港を出た。スマトラでは雨が続いた。", ("スマトラ", "LOC")),
    ("出雲大社は夜間の参拝を取りやめた。", ("出雲大社", "FAC")),
    ("試合は新秋田球場で開かれた。", ("新秋田球場", "FAC")),
    ("事故は南武線武蔵小杉駅で起きた。", ("南武線", "FAC")),
    ("事故は南武線武蔵小杉駅で起きた。", ("武蔵小杉駅", "FAC")),
    ("参拝客は伊勢神宮に向かった。", ("伊勢神宮", "FAC")),
    ("新車は鈴鹿サーキットで走った。", ("鈴鹿サーキット", "FAC")),
    ("歌手は横浜アリーナで歌った。", ("横浜アリーナ", "FAC")),
    ("調教師は栗東トレセンで取材に答えた。", ("栗東トレセン", "FAC")),
    ("夏の甲子園に初めて出場した。", ("甲子園", "FAC")),
    ("ヤクルトは神宮球場で巨人に勝った。", ("神宮球場", "FAC")),
    ("陸上の大会は国立競技場で開かれた。", ("国立競技場", "FAC")),
])
def test_r42_venues_and_features(text, expected):
    assert expected in mentions(run(text))


# round 42: a feature's short form joins the feature's entity; a place the article also names as a town
# stays a GPE
def test_r42_feature_short_form_links():
    art = run("台風は房総半島に上陸した。房総では停電が続いている。")
    e = entity_of(art, "房総")
    assert e is not None and e.type == "LOC" and len(e.mentions) == 2, e and (e.type, e.mentions)
    got = mentions(run("地震は能登半島を襲った。能登町では能登の家屋が倒れた。"))
    assert ("能登", "LOC") not in got


# round 42: a venue of the tables still names its police station (the station is one ORG)
@pytest.mark.parametrize("text, expected", [
    ("甲子園署によると、男が逮捕された。", ("甲子園署", "ORG")),
    ("兵庫県の甲子園警察署は男を逮捕した。", ("甲子園警察署", "ORG")),
])
def test_r42_venue_police_station(text, expected):
    assert expected in mentions(run(text))


# round 42 review: a paper's short form before 平均 / 株価 / 指数 names a stock index, not the paper
@pytest.mark.parametrize("text, short", [
    ("日本経済新聞の調べでは、日経平均は三日続けて下がった。", "日経"),
    ("日本経済新聞が伝えたところでは、日経株価も下がった。", "日経"),
])
def test_r42_review_short_form_before_index(text, short):
    assert (short, "ORG") not in mentions(run(text))


# round 43 (entplace): a place at the head of a school's or a club's name — a school's short head after its
# place (工 / 高 / 商 / 実 / 小 / 商業 / 実業), a university's contraction before the school's town, a school
# named in full recurring by its name part in a sports article, 対 between two schools, a town glued to a
# club's katakana nickname in a sports article
@pytest.mark.parametrize("text, expected", [
    ("県大会の準決勝で、熊本工が佐賀商を下した。", ("熊本工", "ORG")),
    ("県大会の準決勝で、熊本工が佐賀商を下した。", ("佐賀商", "ORG")),
    ("旭川実の選手たちは初戦で姿を消した。", ("旭川実", "ORG")),
    ("大雨で石巻小の校舎が浸水した。", ("石巻小", "ORG")),
    ("卒業生には松山商業の元教諭もいた。", ("松山商業", "ORG")),
    ("高校野球の北北海道大会で、駒大岩見沢が逆転勝ちした。", ("駒大岩見沢", "ORG")),
    ("高校野球の山梨大会では東海大甲府が勝ち進んだ。", ("東海大甲府", "ORG")),
    ("高校野球の地方大会で函館文理高校が初優勝した。函館文理は九回に3点を挙げた。", ("函館文理", "ORG")),
    ("決勝は函館文理高校(北海道)対釧路明輝高校(北海道)となった。", ("釧路明輝高校", "ORG")),
    ("サッカーのJ2で、カターレ富山は終盤に追いついた。", ("カターレ富山", "ORG")),
    ("サッカーのJ2で、京都サンガが首位に立った。", ("京都サンガ", "ORG")),
])
def test_r43_place_led_school_and_club_names(text, expected):
    got = mentions(run(text))
    assert expected in got, got


@pytest.mark.parametrize("text, absent", [
    # a pupil's grade after the head (福岡|小1): the place
    ("福岡小1の女児が保護された。", ("福岡小", "ORG")),
    # a country before the head is no school's place
    ("日本高の選手という言い方はしない。", ("日本高", "ORG")),
    # a school of a prefecture's name: the bare prefecture stays the place
    ("高校野球の県大会で茨城高校が勝った。茨城の代表になった。", ("茨城", "ORG")),
    # a common katakana word after a town is no club (日本サッカー, 大阪ドーム)
    ("サッカーの試合は大阪ドームで開かれた。", ("大阪ドーム", "ORG")),
])
def test_r43_not_school_or_club_names(text, absent):
    got = mentions(run(text))
    assert absent not in got, got


# round 43 (entloc): regions and quarters without a government (table rows), a compass word opening a
# region's or a sea's name, 東日本 of 東日本大震災
@pytest.mark.parametrize("text, expected", [
    ("大阪・ミナミの繁華街で客引きの男が摘発された。", ("ミナミ", "LOC")),
    ("京都・祇園の料亭で会合が開かれた。", ("祇園", "LOC")),
    ("週末は西日本を中心に大雨となる見込みだ。", ("西日本", "LOC")),
    ("中米の国々と北欧の国々が共同声明を出した。", ("中米", "LOC")),
    ("中米の国々と北欧の国々が共同声明を出した。", ("北欧", "LOC")),
    ("オセアニアの代表チームが出場を決めた。", ("オセアニア", "LOC")),
    ("三陸の沿岸部で養殖施設が被害を受けた。", ("三陸", "LOC")),
    ("済州島を訪れる観光客が増えている。", ("済州島", "LOC")),
    ("銀座の百貨店で小さな火災があった。", ("銀座", "LOC")),
    ("外房の海岸で高波が観測された。", ("外房", "LOC")),
    ("南関東の各地で真夏日となった。", ("南関東", "LOC")),
    ("北部九州では記録的な大雨が降った。", ("北部九州", "LOC")),
    ("南太平洋の島国で選挙が行われた。", ("南太平洋", "LOC")),
    ("北関東の工場が操業を停止した。", ("北関東", "LOC")),
    ("東日本大震災から十年の式典が開かれた。", ("東日本", "LOC")),
    ("大阪市此花区春島の住宅で火災があった。", ("春島", "LOC")),
    ("仙台市青葉区郡山の路上で事故があった。", ("郡山", "LOC")),
    ("山形県鶴岡市で大雨。同市渡瀬の住宅が浸水した。", ("渡瀬", "LOC")),
    ("町議会では、同町保呂地区への補助金が争点になった。", ("保呂地区", "LOC")),
])
def test_r43_regions_and_quarters(text, expected):
    assert expected in mentions(run(text))


# round 43: what stays as it was — a city named after a region, a municipality glued to its unit, a
# surname that is also a quarter's name, a compass pair
@pytest.mark.parametrize("text, expected, absent", [
    ("南九州市の職員が処分された。", ("南九州市", "GPE"), ("九州", "LOC")),
    ("淡路市の市長が会見した。", ("淡路市", "GPE"), ("淡路", "LOC")),
    ("梅田氏は難波容疑者と面会した。", ("梅田", "PERSON"), ("梅田", "LOC")),
    ("南北関係は太平洋の安全にも響く。", ("太平洋", "LOC"), ("北太平洋", "LOC")),
    ("NTT東日本によると、回線は復旧した。", ("NTT", "ORG"), ("東日本", "LOC")),
    ("同市上殿町の男性が逮捕された。", ("上殿町", "GPE"), ("上殿町", "LOC")),
    ("エルサレム旧市街で衝突があった。", ("エルサレム", "GPE"), ("エルサレム旧市", "GPE")),
])
def test_r43_regions_left_alone(text, expected, absent):
    got = mentions(run(text))
    assert expected in got and absent not in got


# round 43 (entspk): a word Sudachi's dictionary lists as a proper noun of no kind (固有名詞-一般) is a body
# where an actor stands: the subject of a speech cue or an event trigger, a source (によると, の発表), or
# before its side, its head or its staff; found once, a katakana name recurs
@pytest.mark.parametrize("text, surface, count", [
    ("キッコーマンは新しい工場の建設を発表した。", "キッコーマン", 1),
    ("資生堂によると、新しい店は来月に開く。", "資生堂", 1),
    ("カゴメ側は交渉の打ち切りを否定した。", "カゴメ", 1),
    ("ニトリの社長が記者会見で値下げを表明した。", "ニトリ", 1),
    ("ワコールの発表では、売り上げは1割減った。", "ワコール", 1),
    ("カシオ計算機は新しい時計の発売を発表した。カシオ計算機の工場は来年に動く。", "カシオ計算機", 2),
])
def test_r43_dictionary_names_in_an_actors_slot(text, surface, count):
    e = entity_of(run(text), surface)
    assert e is not None and e.type == "ORG" and len(e.mentions) == count, e and (e.type, e.mentions)


# round 43 review: 対 after a school's head only before another school (not 対象), a municipality's bare
# name is no compass + region (南三陸 of 南三陸町), a recurring "school name" that is a common word (大勝)
@pytest.mark.parametrize("text, expected, absent", [
    ("東京都内高校対象の調査が行われた。", ("東京都", "GPE"), ("東京都内高校", "ORG")),
    ("南三陸では復興が進んでいる。", ("南三陸", "GPE"), ("南三陸", "LOC")),
    ("高校野球の県大会で、桜丘が15対2で大勝した。見出しは「桜丘、緑町に大勝高校野球」だった。",
     ("桜丘", "GPE"), ("大勝", "ORG")),
    ("決勝は中京高校対三浦学苑高校の顔合わせとなった。", ("三浦学苑高校", "ORG"), ("中京高校対三浦学苑高校", "ORG")),
])
def test_r43_review_school_and_region_guards(text, expected, absent):
    got = mentions(run(text))
    assert expected in got and absent not in got, got


# round 43 review: a district after 同市 at the very end of the text (the honorific check read "" as in "氏様君")
def test_r43_review_same_town_district_at_text_end():
    got = mentions(run("山形県鶴岡市で大雨。浸水したのは同市渡瀬"))
    assert ("渡瀬", "LOC") in got and ("市渡瀬", "GPE") not in got, got
