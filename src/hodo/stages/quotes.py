"""Quotes and sourced claims (hodo issue 6).

Japanese news is built of reported speech. This stage reads it natively, from the
GiNZA tokens of hodo's sentences, with the speech cues as data
(``hodo/data/speech_cues.tsv``):

* **quotes** — ``direct`` (「…」 + と + cue verb), ``indirect`` (a reported clause before
  と / との / という / とし(て) / ことを + cue, no brackets) and ``mixed`` (a reported clause
  holding a bracketed fragment). The span is the content only.
* **speaker** — the topic (は/も) phrase of the cue's clause, before the content or
  between と and the cue (「…」と大統領は述べた); group phrases give entity lists; a bare
  title / pronoun (大統領は, 同氏は) or no subject at all carries the last speaking actor
  over; a generic person (専門家, 関係者) with no named body is a null speaker.
  ``addressee``: Xに対し / Xに before the cue.
* **claims** — XによるとY / Xによれば (Y = the rest of the sentence, a trailing という /
  としている dropped), Yと、Xは伝えた / 報じた, and a following …という。 sentence that
  continues a claim. Quotes inside a claim carry ``attributed_to`` = the claim's source.

See docs/quotes.md for the rules and their limits.
"""
from __future__ import annotations

import csv
import functools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..model import Claim, Quote
from . import register
from .common import NOT_FIRM_ENDS, entity_by_key, entity_type, mentions_in

VERSION = "1.76"

#: R24: cues of a claim whose report verb closes it: no …という。 continuation after it
_CONT_CLOSED_CUES = ("伝え", "報じ", "報道", "報ず")

#: the speech-cue table (see docs/quotes.md for its columns)
CUES_FILE = Path(__file__).resolve().parent.parent / "data" / "speech_cues.tsv"

#: block kinds whose sentences are read (captions, credits, source lists, related
#: headlines and bylines are not annotated)
READ_KINDS = ("paragraph", "heading", "title")

OPEN = "「『（(“〈《【"
CLOSE = "」』）)”〉》】"
PAIRS = dict(zip(OPEN, CLOSE))

#: heads of speaker phrases that name a person or body without a name of their own:
#: with an entity in the phrase they speak for it; alone they refer back (TITLE_NOUNS)
#: or stay unnamed (GENERIC_NOUNS)
TITLE_NOUNS = {
    "大統領", "首相", "総理", "総理大臣", "氏", "同氏", "長官", "国務長官", "報道官", "外相",
    "国防相", "外務大臣", "大臣", "議長", "委員長", "総書記", "主席", "国家主席", "書記長",
    "首脳", "両首脳", "両氏", "同相", "同長官", "同大統領", "同首相", "首長", "知事", "市長",
    "代表", "総裁", "会長", "社長", "事務総長", "事務局長", "司令官", "指導者", "国王", "王",
    "大使", "次官", "補佐官", "同", "彼", "彼女", "同国", "同社", "同紙", "同省", "政権",
    "監督", "選手", "教授", "准教授", "容疑者", "被告", "弁護士", "医師", "主審", "助手", "局長",
    "副局長", "署長", "部長", "課長", "理事", "理事長", "検事", "次席検事", "裁判長", "判事",
    "所長", "院長", "学長", "校長", "会頭", "頭取", "監督官", "司教", "教皇", "法王", "首席",
    "投手", "捕手", "内野手", "外野手", "騎手", "力士", "横綱", "大関", "棋士", "俳優", "女優",
    "歌手", "作家", "さん", "君", "ちゃん", "様", "関", "議員", "党首", "幹事長", "官房長官",
    "団長", "主将", "隊長", "艦長", "大将", "将軍", "常務理事", "専務", "常務", "取締役", "CEO",
    "アナウンサー", "キャスター", "牧師", "神父", "司祭", "住職", "貫主", "調教師", "コーチ", "社主",
    "相", "総統", "師", "首席補佐官", "報道局長", "官房副長官", "副大統領", "副首相", "元首相", "前首相", "元大統領",
    "卿", "候補", "首相候補", "大統領候補", "組合長", "委員長代行", "議長代行", "党首代行",
    # round 8: titles of officials and staff seen in unlabelled news (…館長は, …次長は, …参事は)
    "館長", "次長", "本部長", "副本部長", "捜査本部長", "副社長", "副会長", "副知事", "副市長", "町長",
    "村長", "区長", "店長", "園長", "駅長", "編集長", "船長", "機長", "座長", "室長", "支店長", "工場長",
    "事務次長", "総長", "参謀総長", "学部長", "病院長", "係長", "主任", "支配人", "参事", "参事官",
    "審議官", "広報官", "報道担当官", "先生", "校長先生", "院長先生", "会長代行", "社長代行", "議員団長",
}
#: R15: titles of local assembly members, officials and envoys the table lacked (諸岡市議は, 遠藤教育長は,
#: グテレス国連難民高等弁務官は, ミーリス調査官は, 山田特別秘書が, エハヌロフ首相代行が)
TITLE_NOUNS |= {"市議", "県議", "都議", "府議", "道議", "町議", "村議", "区議", "教育長", "総監", "警視総監",
                "調査官", "調整官", "弁務官", "高等弁務官", "特使", "特別秘書", "秘書", "首席秘書", "飛行士",
                "宇宙飛行士", "首相代行", "大統領代行", "長官代行", "代行", "特派員", "顧問", "博士"}
#: *R9* military ranks (米第5艦隊のX中佐は: the person, not the fleet or country)
TITLE_NOUNS |= {"中将", "少将", "准将", "大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "准尉", "曹長", "軍曹",
                "伍長", "兵長", "上等兵", "一等兵", "二等兵", "元帥", "提督", "参謀", "参謀長"}
#: R29: titles of royalty, clergy, sumo elders, shrines and business bodies the table lacked (アリ王子は,
#: X大主教は, X親方は, X権宮司は, X代表幹事は): a named person before them speaks, not the last speaker
TITLE_NOUNS |= {"王子", "王女", "皇太子", "王妃", "殿下", "大主教", "主教", "総主教", "大司教", "枢機卿", "親方",
                "宮司", "権宮司", "代表幹事", "幹事"}
#: R32: titles of judges, police ranks and teachers the table lacked (X裁判官は, X警部補は,
#: X教頭が): the named person before them speaks, not the speaker of an earlier sentence
TITLE_NOUNS |= {"裁判官", "書記官", "警部", "警部補", "警視", "警視正", "巡査", "巡査長", "巡査部長", "教頭", "教諭",
                "副校長"}
#: R33: titles of sports bodies, officials and companies the table lacked (X チェアマンは, X主査は, X執行役員は,
#: Xプロデューサーは): the named person before them speaks, not nobody
TITLE_NOUNS |= {"チェアマン", "主査", "執行役員", "プロデューサー", "ディレクター", "ゼネラルマネージャー"}
#: R34: officials the table lacked (X地域担当官は, X省の情報官は, X外務政務官が): the named person before them
#: speaks, else the body they are officials of (イギリス政府高官 as before), not nobody
TITLE_NOUNS |= {"担当官", "情報官", "政務官"}
#: R32: new titles not read as a title when they stand alone as the whole phrase (a bare 裁判官 is the
#: court's, as before); with a modifier (担当の裁判官, 東京地裁の裁判官) they are titles like the others
_R32_NAMED_ONLY = {"裁判官"}
#: R42: the sides of a trial or dispute named by their role (弁護側は / 検察側は / 被告の弁護側は / 教諭側は /
#: 店主側は): unnamed parties, a null speaker — not the court or person carried from earlier sentences, as a
#: bare 側 was (the gold: 12 of 15 such quotes have no speaker, the rest another party)
_R42_SIDE_NOUNS = ("弁護側", "検察側", "教諭側", "店主側")

GENERIC_NOUNS = {
    "専門家", "関係者", "高官", "当局者", "市民", "住民", "男性", "女性", "記者", "アナリスト",
    "消息筋", "筋", "幹部", "職員", "担当者", "人", "者", "一人", "研究者", "目撃者", "学者",
    "議員", "兵士", "将校", "外交官", "識者", "評論家", "男", "女", "少年", "少女", "乗客", "観客",
    "ファン", "患者", "遺族", "被害者", "目撃者", "同僚", "友人", "家族", "母親", "父親",
    "広報", "広報部", "広報担当", "広報担当者", "事務局", "研究チーム", "チーム", "関係筋", "側近",
    "犯人", "本人", "店員", "社員", "従業員", "選考関係者", "男児", "女児", "児童", "生徒", "学生",
    "子供", "子ども", "少年ら", "市民ら", "担当者ら", "記者団", "報道陣", "支持者", "聴衆", "国民",
    # katakana person nouns (a katakana common noun is otherwise no actor)
    "スタッフ", "メンバー", "ボランティア", "パイロット", "ドライバー", "リーダー", "スポークスマン",
    "エンジニア", "ジャーナリスト", "コメンテーター", "オーナー", "ユーザー", "ファン", "サポーター",
    "プレーヤー", "プレイヤー", "ランナー", "ゲスト", "パートナー", "スポーツ選手",
    # unnamed groups (反政府勢力, 人権団体): nobody in particular, a null speaker
    "勢力", "団体", "組織",
    # round 7: unnamed sides and groups (反対派, 原告団, 抗議集団)
    "反対派", "賛成派", "支持派", "推進派", "穏健派", "強硬派", "改革派", "原告", "原告団", "原告側", "弁護団",
    # R42: the sides of a trial or dispute named by their role (see _R42_SIDE_NOUNS)
    *_R42_SIDE_NOUNS,
    "抗議集団", "集団", "デモ隊", "抗議者", "反対者",
    # R12: members of a government (プローディ政権の閣僚が → the government)
    "閣僚",
    # R30: pupils, crowds, critics and organisers (高校生たちも「…」, 批判者は, 主催者は): unnamed people,
    # a null speaker, not the last one carried over
    "高校生", "中学生", "小学生", "大学生", "人々", "人びと", "ひとびと", "批判者", "主催者",
    # R44: classmates, housewives and residents (少年の同級生は「…」, 近所の主婦は「…」): unnamed people
    "同級生", "主婦", "住人",
}
BODY_NOUNS = {
    "政府", "当局", "省", "軍", "委員会", "議会", "党", "側", "首脳", "大統領府", "外務省",
    "国防省", "報道官室", "通信", "新聞", "紙", "社", "局", "庁", "機関", "同盟", "連合",
    "警察", "県警", "府警", "警視庁", "検察", "署", "協会", "財団", "会社", "株式会社", "機構",
    "大学", "研究所", "組合", "連盟", "銀行", "裁判所", "事務所", "本部", "チーム", "球団",
    "課", "捜査一課", "部", "班", "支局", "支社", "事務局", "審査会", "検察審査会", "委員",
}
#: leading chunks (before 、) of a reported clause that belong to the report, not the content
LEAD_ADVERBS = {
    "また", "さらに", "一方", "一方で", "そのうえで", "その上で", "同時に", "これに対し",
    "これに対して", "当時", "最近", "この日", "同日", "先に", "改めて", "続けて", "加えて",
    "特に", "なお", "ただ", "しかし", "今回", "同様に", "その際", "この中で", "その中で",
    "そのなかで", "席上", "冒頭", "会見で", "そして", "まず", "次いで", "その一方で", "これを受け",
    "これを受けて", "会談の冒頭", "その後の会見で", "記者会見で",
    "このため", "そのため",  # R12: …では、このため、…と予測し
}
_LEAD_ADVERBS_LONGEST_FIRST = sorted(LEAD_ADVERBS, key=len, reverse=True)
#: verbs of a clause that frames a report (…に言及し、…と述べた): never its content
FRAME_VERBS = {
    "言及", "行う", "示す", "受ける", "触れる", "述べる", "語る", "表明", "強調", "説明", "指摘",
    "発表", "出席", "訪問", "会談", "演説", "会見", "応じる", "答える", "投稿", "発言", "主張",
    "批判", "開く", "招く", "迎える", "前置き", "明かす", "認める", "称賛", "感謝",
}
#: …した責任を認めた / …した事実を認めた: the clause before these nouns is what is admitted
#: (like …ことを認めた; …ことを否定した is no quote in the gold, so neither is 事実を否定した)
ADMIT_NOUNS = {"責任", "事実"}
ADMIT_VERBS = {"認める"}
#: R16: nouns of a stated intention (…する意向 / 考え / 方針を示した) and the verbs that state it
_INTENT_NOUNS = {"意向", "考え", "方針"}
_INTENT_CUES = {"示す", "表明", "明らか", "述べる"}
#: R25: a will, resolve, stance or outlook stated the same way (…辞職しない意志を明らかにした, …取り組む
#: 決意を表明した, …長期化する見通しを語った), and an intention told to someone (…延期する意向を伝えた)
_INTENT_NOUNS |= {"意志", "意思", "決意", "姿勢", "見通し"}
_INTENT_CUES |= {"伝える", "語る"}
#: verbs of manner between と and the cue (…と語気を強めて語った)
MANNER_VERBS = {"込める", "交える", "強める", "浮かべる", "抑える", "詰まらせる", "震わせる", "にじませる", "繰り返す"}
#: nouns that may follow との / という and carry a speech cue verb after を (…という意見を述べた)
REPORT_NOUNS = {
    "意見", "考え", "見方", "認識", "主張", "見解", "立場", "方針", "声明", "談話", "発言",
    "言葉", "内容", "コメント", "メッセージ", "旨", "趣旨", "見通し", "意向", "姿勢",
}
#: after 「…」と + an emotion noun + を, these end a direct quote's clause (と怒りをあらわにした)
EMOTE_VERBS = {"浮かべる", "見せる", "爆発させる", "にじませる", "滲ませる", "示す", "隠す"}
#: …とする <statement> を <issue verb>: a report by the topic (…とする声明を出した)
STATEMENT_DOCS = {"声明", "声明文", "談話", "コメント", "見解", "発表", "報告", "報告書", "文書", "書簡", "決議",
                  "主張", "発言", "メッセージ", "意見書", "論評", "社説", "見通し", "談話文", "方針", "要求",
                  # R11: stances and answers (…ないとする姿勢を強調した, …とする回答を行った, …とする観測を示した)
                  "回答", "姿勢", "観測",
                  "日程",  # R12: 「…」とする日程を示して
                  # R18: orders, notices, depositions and reasons given (「…」とする命令書を手渡した,
                  # …とする告知を掲載した, …とする供述を行った, …とする判決理由を述べた)
                  "命令書", "告知", "供述", "判決理由"}
#: R12: documents whose words a bracket before とする / という quotes (Xが出した「…」とする勧告)
QUOTED_DOCS = {"論文", "勧告", "宣言", "声明", "声明文", "報告", "報告書", "決議", "談話", "書簡", "文書", "提言", "答申"}
ISSUE_VERBS = {"出す", "発表", "発する", "公表", "表明", "示す", "述べる", "伝える", "採択", "送る", "寄せる", "発出", "まとめる",
               "提出", "公開", "掲載", "送付", "読み上げる", "明らか",
               "行う", "強調", "見せる",  # R11: …とする回答を行った, …とする姿勢を強調した / 見せた
               "語る", "手渡す"}  # R18: …とする見通しを語った, 「…」とする命令書を手渡した
#: verbs after "…との <speech noun> を" whose subject hears the words rather than says them
RECEIVE_VERBS = {"受ける", "浴びる", "招く", "呼ぶ", "退ける", "一蹴", "否定", "否認", "批判", "非難", "拒否", "拒む",
                 "無視", "聞く", "受け入れる", "受け止める"}
#: statement nouns after "…とする Xの": X said it (…とする野党の要求 / 政府の声明)
OWNED_STATEMENTS = {"要求", "主張", "声明", "見解", "提案", "談話", "発表", "批判", "非難", "指摘"}
#: cues whose passive (…と批判された, …といわれている) still reports words: a quote with a
#: null speaker (not とされる / とみられる: an estimate, hearsay)
PASSIVE_SAY = {"言う", "いう", "批判", "非難", "指摘", "糾弾", "告発", "酷評",
               # R12: …を超えたと報道されている / 投票率は約80%と発表された: a report whose source the
               # text does not name (not 伝えられる / 報じられる: hearsay, and not とされる / 予想される)
               "報道", "発表", "公表"}
#: nouns of someone's words after "…とする、X の": …とする、外務省のX局長の言葉
OWNED_WORDS = OWNED_STATEMENTS | {"言葉", "発言", "コメント"}
#: nouns that link a reporting clause to the next (…と述べたほか、Bは…と語った): not attributive
CLAUSE_LINK_NOUNS = ("ほか", "他", "外", "上", "うえ", "後", "あと", "一方", "際", "直後")
#: nouns of saying after "という X の": …という外交筋の話 (X is the speaker)
SAYING_NOUNS = {"話", "発言", "談話", "声明", "コメント", "証言", "見方", "見解", "説明", "主張", "指摘", "分析"}
#: と + these is not a quotative と (と共に, と同時に, と比べ …)
NOT_QUOTATIVE_NEXT = {"共", "同時", "一緒", "並ぶ", "比べる", "違う", "同様", "ともに", "みられる",
                      "見る", "思う", "考える", "される", "なる", "いえる", "言える", "呼ぶ",
                      "名付ける", "称する", "題する", "推測", "予想", "判断", "期待"}
#: statement nouns: この談話によると → the source is whoever made the statement
STATEMENT_NOUNS = {"談話", "声明", "発表", "報道", "発言", "報告", "報告書", "会見", "演説", "記事"}
#: tails after a source name inside a によると phrase (…の報道によると, …などによると)
_SOURCE_TAIL = re.compile(
    # (R37: a dated edition and page: 北國新聞4月5日付夕刊1面によると, 同紙3月29日付朝刊45面によると)
    r"^[」』）)]?(?:紙|誌|通信|電子版|[一-龥]{1,4}版|氏(?=の)|(?:[0-9０-９]+月)?[0-9０-９]+日付け?の?(?:朝刊|夕刊)(?:[0-9０-９]+面)?)?"
    r"(?:[\[［(（][^\]］)）]{1,12}[\]］)）])?(?:など|等)?"
    # (R37: からの: 静内警察署からの情報によると; a release glued to the name: 日本航空プレスリリースによれば)
    r"(?:(?:の|からの|掲載の|発表の|公表の|(?=(?:公式)?(?:ウェブサイト|ホームページ|オフィシャルサイト|サイト|資料|広報|朝刊|夕刊|ニュース|"
    r"プレスリリース|ニュースリリース)))(?:別の|別(?=記事|報道|発表)|最新の|先の|同日の|一連の|過去の|今回の|前回の|当時の|これまでの|現地の|地元の|新たな|新しい|"
    r"その後の|(?:[0-9０-９]+月)?[0-9０-９]+日(?:付け?)?の)?(?:報道|発表|声明|談話|調べ|取り調べ|取調べ|調査|まとめ|発言|情報|話|取材|集計|推計|"
    r"分析|見解|記事|報告|報告書|統計|試算|速報|続報|観測|図解|朝刊|夕刊|広報|ニュース|電子版|ウェブサイト|公式サイト|サイト|声明文|"
    r"会見|インタビュー|報道官|広報官|発表文|公式発表|ブログ|ツイッター|投稿|資料|文書|白書|データ|"
    r"ホームページ|公式ホームページ|公式ウェブサイト|オフィシャルサイト|ウェブページ|プレスリリース|リリース|ニュースリリース|映像|番組|社説|論説|特派員|記者|電話取材|世論調査|[一-龥]{1,4}版))*(?:など|等)?"
    # R27: Xなど(の)各報道機関 / Xなど報道各社 / X他: the medium named (the others are not named)
    r"(?:他|ほか|(?<=など)の?各?(?:報道機関|メディア|報道各社|各紙|各社)(?:各社)?|(?<=等)の?各?(?:報道機関|メディア|報道各社|各紙|各社)(?:各社)?)?"
    r"(?:[(（]第[0-9０-９一二三四五六七八九十]+報[)）])?$"  # R37: 気象庁の14日の発表(第4報)によると
)
_CLAIM_TAIL = re.compile(
    r"(?:という|とのことだ|とのこと|としている|としていた|とした|とされる|とされている|と伝えた|と報じた|"
    r"と伝えている|と報じている|などとしている|とみられる|とみられている)?[。．.\s]*$"
)
_PAREN_AFTER_BRACKET = re.compile(r"」[(（][^()（）「」『』。]{1,25}[)）]\Z")  # R14: 「…」(X)と
_COPULA_END_RE = re.compile(r"(?:だ|です|である)[。．]?$")
_MESSAGE_NOUNS = {"連絡", "声", "回答", "返答", "報告", "申し入れ", "通報", "意見"}  # R14: 「…」との連絡があった
_MESSAGE_VERBS = {"ある", "寄せる", "挙がる", "上がる", "あがる", "出る", "届く", "入る"}
#: R26: more voiced messages after a bracket (「…」との批判が出て, 「…」とする批判が集まった, 「…」との懸念が
#: くすぶる): with no から phrase naming the sender they are voiced by nobody named (a null speaker)
_MESSAGE_NOUNS_R26 = {"批判", "懸念", "反論", "非難", "不満", "要望", "証言", "一報", "苦情"}
_MESSAGE_VERBS_R26 = {"集まる", "相次ぐ", "次ぐ", "くすぶる", "燻る", "広がる", "強まる", "伝わる"}
#: a clause opened by "X では" (アメリカ地質調査所では…としている, 捜査本部では…とみている): X, group 1
_DE_OPENER_RE = re.compile(r"[\s、]*(?:また|なお|一方)?[、\s]*([^、。「」]{1,30}?)では[、\s]*")
#: R34: calls received (「…」と110番通報があった / との電話があり / と連絡が入った): 電話 is a message too, and a
#: number + 番 or 匿名の may stand before the noun (`_r34_call_noun`)
_R34_CALL_NOUNS = {"通報", "電話", "連絡"}
_MESSAGE_NOUNS_ALL = frozenset(_MESSAGE_NOUNS | _MESSAGE_NOUNS_R26 | _R34_CALL_NOUNS)
_MESSAGE_VERBS_ALL = frozenset(_MESSAGE_VERBS | _MESSAGE_VERBS_R26)
_TOSURU_VIEWS = {"見方", "考え", "認識", "見解", "立場", "判断"}  # R14: …とする見方を示した
# (R37: 判断 too: 地裁は、…無効だとする判断を示した is the court's finding, as …との判断を示した is)
#: R21: …という見方もある / …との声が出ている / …とする反論がなされた: a view or objection reported as
#: voiced by nobody in particular (a null speaker); the noun is one of opinion or objection, the
#: predicate one of existence or coming up (not …との見方が強い: a judgement of the writer's)
_VOICED_NOUNS = {"意見", "声", "観測", "懸念", "批判", "反論", "反対", "見方", "指摘", "主張", "要望", "非難",
                 "不満", "憶測", "推測"}
_VOICED_VERBS = {"ある", "有る", "出る", "上がる", "挙がる", "あがる", "なす", "為す", "指摘", "次ぐ", "根強い",
                 "強まる", "広がる", "寄せる"}


_READING_TAIL = re.compile(r"(?:し)?て(?:いる|いた|います|いました|おり)")


#: R28: the nominaliser こと, also written 事 (…を開催する事を発表した / 方針である事も明らかにした)
_KOTO = ("こと", "事")
#: R26: cues that report only a bracket's words (「…」と判断した), never a clause (…と判断した is the
#: writer's or a decision's, 2 of 19 unbracketed uses in the gold are quotes, 3 of 3 bracketed ones)
_RULING_CUES = {"判断"}
#: R37: the surface of a court's mention (東京地裁, 仙台高裁秋田支部, 最高裁第一小法廷): shared by the ruling's
#: court of ``_r37_court`` (its level "any") and the court of a finding
_R37_ANY_COURT = r"(?:裁判所|地裁|高裁|最高裁|簡裁|家裁)(?:[^、。「」]{0,6}支部)?$|法廷$"
#: R37: the head of a court or a judge as the subject of a ruling (東京地裁, 最高裁第一小法廷, 田中裁判長)
_R37_COURT = re.compile(_R37_ANY_COURT + r"|(?:裁判長|判事|裁判官)$")
#: R37: cues of a statement to the police or a court that take …ことを (speech_cues.tsv, koto); as nouns they head
#: compounds (供述調書, 証言台) that are no cue
_R37_KOTO_NOUNS = {"供述", "証言"}
#: R37: verbs of a finding after と: 判断 / 認定 (する), 判断を下す / 示す, 結論づける / 結論する
_R37_FINDINGS = {"判断", "認定"}


def _r37_ruling_cue(toks, j: int) -> "int | None":
    """R37: the token that ends a court's finding verb at ``toks[j]`` after と (認定した → 認定, 判断を下した →
    下す, 結論付けた → 付ける, a clause-final 判断。 / 認定、 → the noun), or None."""
    u = toks[j]
    nx = toks[j + 1] if j + 1 < len(toks) else None
    if u.lemma in _R37_FINDINGS:
        if nx is None or nx.text in ("。", "、") or nx.lemma == "する":
            return j
        if u.lemma == "判断" and nx.text == "を" and j + 2 < len(toks) and toks[j + 2].lemma in ("下す", "示す"):
            return j + 2
        return None
    if u.lemma == "結論" and nx is not None and nx.lemma in ("付ける", "づける", "する"):
        return j + 1
    return None


def _r37_first_ruling(toks, m: int) -> bool:
    """R37: ``toks[m]`` is the prefix 初 of 初判断 (…との初判断を示した / とする初判断を示した)."""
    return toks[m].text == "初" and m + 1 < len(toks) and toks[m + 1].lemma == "判断"


def _r37_subjects(doc, sent: "_Sent", lo: int, hi: int):
    """R37: the は / が / も phrases at bracket depth 0 in [lo, hi), in order: (token index of the particle,
    (start, end) of the phrase)."""
    for k, t in enumerate(sent.toks):
        if t.start < lo or t.end > hi or sent.d(t.start) != 0 or t.text not in ("は", "が", "も"):
            continue
        if not (t.tag.startswith("助詞-係助詞") or (t.text == "が" and t.tag.startswith("助詞-格助詞"))):
            continue
        if k > 0 and sent.toks[k - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て"):
            continue
        span = _np_before(doc, sent, k, lo)
        if span is not None:
            yield k, span


def _r37_other_finder(doc, span: tuple[int, int]) -> bool:
    """R37 review: the phrase names an actor that may make a finding of its own (県警, 検察側, 鈴木弁護士), not a
    generic person, who is rather the finding's own subject (…に基づき、女性は…と認定した)."""
    np = _resolve_np(doc, *span)
    # (R42: 検察側 / 弁護側 are unnamed speakers now, but still a party that judges for itself)
    return bool(np.keys) or np.kind == "title" or _head_noun(doc.text[span[0]:span[1]]) in _R42_SIDE_NOUNS


def _r37_court_topic(doc, sent: "_Sent", lo: int, hi: int) -> "bool | None":
    """R37: the first は / が / も phrase at bracket depth 0 in [lo, hi) names a court or a judge
    (姫路簡裁は, イスラエルの地方裁判所が, 最高裁第一小法廷(…裁判長)は, 同家裁は, 田中裁判長は) and no later
    clause has a finder of its own (not 地裁は…を言い渡したが、検察側は…と判断した: the prosecutors' view);
    None where [lo, hi) has no such phrase at all, or the first one is a が phrase or names no finder."""
    for k, span in _r37_subjects(doc, sent, lo, hi):
        phrase = re.sub(r"[(（][^()（）]*[)）]$", "", doc.text[span[0]:span[1]].strip(_SPACE))
        if _R37_COURT.search(phrase) is None:
            # (None: no actor, 当時の国籍法は, or a が phrase that may be a relative clause's, 両親が…国籍法)
            return False if sent.toks[k].text != "が" and _r37_other_finder(doc, span) else None
        for k2, span2 in _r37_subjects(doc, sent, sent.toks[k].end, hi):
            c = k2 - 1
            while c > k and sent.toks[c].start >= span2[0]:
                c -= 1  # the token before the later phrase
            if c > k + 1 and sent.toks[c].text == "、" and (
                    sent.toks[c - 1].pos in ("VERB", "AUX") or sent.toks[c - 1].tag.startswith("助詞-接続助詞")) \
                    and _r37_other_finder(doc, span2):
                return False  # (a predicate + 、 ends the court's clause; the next actor's is the finding)
        return True
    return None


def _r37_court_finding(doc, sent: "_Sent", lo: int, hi: int) -> bool:
    """R37: the finding before [hi) is a court's: the clause's first は / が / も phrase names a court or a judge,
    or the sentence has no such phrase before ``hi`` and one of the two sentences before it in the same paragraph
    opens with a court or a judge (…田中裁判長は、…と指摘。その上で、…と認定した)."""
    if _r37_court_topic(doc, sent, lo, hi):
        return True
    if _topic_phrase(doc, sent, sent.start, hi, marks=("は", "が", "も")) is not None:
        return False  # (a clause with an actor of its own: 県警は男を逮捕した。その後、男が…と判断した)
    for si in (sent.si - 1, sent.si - 2):
        if si < 0 or "\n" in doc.text[doc.article.sentences[si].start:sent.start]:
            break
        ps = doc.article.sentences[si]
        toks = doc.sent_toks(si)
        court = _r37_court_topic(doc, _plain_sent(doc, si, toks), ps.start, ps.end) if toks else None
        if court is not None:
            return court  # (a sentence between with an actor of its own ends the court's: 被告側は控訴した。)
    return False


#: R28: verbs that characterise (Xは「…」と位置づけた / 「…」とみなし): the bracket is the speaker's words
_CHARACTERISE_VERBS = {"位置付ける", "位置づける", "見なす", "みなす"}


def _characterises(c) -> bool:
    """The cue labels its object (「…」と位置づけた, とみなし; GiNZA may give 位置 as the lemma)."""
    return c.cue_lemma in _CHARACTERISE_VERBS or c.cue_lemma == "位置"


#: R28 review: the head of a designation (「重要参考人」とみなす / 「観光振興特別地区」と位置づけた): a label
_DESIGNATION = re.compile(r"(?:人|者|員|地区|地域|区域|特区|拠点|施設|都市|対象|案件|事件)$")
#: 1.28 review: a negation or a potential in the tail of a ruling or a message (判断しなかった,
#: 判断できない, 批判が出ていない, 出ないよう): no words were ruled or voiced
_NEG_TAIL = {"ない", "ぬ", "ず", "できる", "出来る"}
#: 1.28 review: what after the tail makes a ruling or a message hypothetical, or a noun's content
#: (判断すれば, 判断したら, 判断するのは早い, 批判が出る前に, 出ないよう); not と: 「…」との一報が伝わると、
#: is a "when" of something that happened (a quote in the gold), and …という is hearsay of one
_HYPO_NEXT = ("ば", "たら", "なら", "ても", "よう", "ように", "の", "こと", "もの", "前", "場合", "恐れ", "おそれ")


def _negated(toks, j: int, e: int) -> bool:
    """R28 review: the cue ``toks[j]`` with its tail up to ``toks[e]`` is negated (発表しなかった)."""
    return any(toks[x].lemma in ("ない", "ぬ", "ず") and (toks[x].pos == "AUX" or toks[x].tag.startswith("助動詞"))
               for x in range(j + 1, e + 1))


def _koto_clause(toks, k: int) -> bool:
    """R28 review: a clause ends before the nominaliser こと / 事 at ``toks[k]``: not an adnominal
    (確かな事 / 大事なこと: 形状詞 + な) and not a bare verb opening the phrase (、思わぬ事を): the run
    of verbs and auxiliaries before it follows an argument or a noun stem (発売する事 / 辞任したこと)."""
    prev = toks[k - 1]
    if prev.text == "な" and k >= 2 and toks[k - 2].tag.startswith("形状詞"):
        return False
    x = k - 1
    while x >= 0 and toks[x].tag.startswith(("動詞", "助動詞")):
        x -= 1
    return x >= 0 and toks[x].text not in ("、", ",", "，", "は", "も", "。", "「")


def _denied(toks, j: int, e: int) -> bool:
    """1.28 review: the cue ``toks[j]`` with its tail up to ``toks[e]`` is negated, a potential, a
    condition, or the content of a noun (…と判断しなかった / できない / すれば / するのは, …との批判が
    出ていない / 出ないよう / 出る前に): it reports nothing said. ``_tail`` takes in の (判断するの)."""
    if any(toks[x].lemma in _NEG_TAIL and (toks[x].pos == "AUX" or toks[x].tag.startswith(("助動詞", "動詞")))
           for x in range(j + 1, e + 1)):
        return True
    if any(toks[x].text == "の" and toks[x].tag.startswith("助詞-準体助詞") for x in range(j + 1, e + 1)):
        return True
    return e + 1 < len(toks) and toks[e + 1].text in _HYPO_NEXT


def _reading_end(text: str, sent: "_Sent", toks, j: int) -> int | None:
    """R26: the last token of a reading cue at ``toks[j]`` (見る / 考える / 予想, form ``reading`` of
    the cue table) in the ている form that ends the sentence or a clause going on with が、 or おり、
    (…原因と見ている。 / …と考えているが、 / …とみており、), else None: not …とみて捜査している (the
    reading is a reason there), not the passive …とみられている, not …と見ていた人 (a noun after it)."""
    if j >= len(toks) or (toks[j].lemma, "reading") not in speech_cues():
        return None
    e = _tail(toks, j)
    if not _READING_TAIL.fullmatch(text[toks[j].end:toks[e].end]):
        return None
    rest = text[toks[e].end:sent.end].lstrip(_SPACE)
    if rest and not rest.startswith(("。", "．", "が、")) and not (toks[e].text == "おり" and rest.startswith("、")):
        return None  # (1.28 review: …とみており、 goes on with a comma)
    return e


def _message_end(toks, m: int) -> int | None:
    """R14/R26: the last token of "<message noun> が / も … <verb of coming>" at ``toks[m]`` after a
    bracket and との / という / とする (「…」との連絡があった, 「…」との批判が出て, 「…」という懸念の声が
    上がっている, 「…」との批判が野党から出ている), else None. Between が and the verb only a short
    place, time or から phrase (no comma, no other verb). Not a message negated or hypothetical (1.28
    review: 批判が出ていない, 出ないよう, 出る前に, 出れば; 出ると is kept: 「…」との一報が伝わると). (意見 after a bracket is a stance
    noun: 「…」という意見が懇談会で出ている is skipped before this is asked.)"""
    nouns = _MESSAGE_NOUNS_ALL
    if m < len(toks) and toks[m].lemma in nouns and m + 2 < len(toks) and toks[m + 1].text == "の" \
            and toks[m + 2].lemma == "声":
        m += 2  # 懸念の声
    if m + 2 >= len(toks) or toks[m].lemma not in nouns or toks[m + 1].text not in ("が", "も"):
        return None
    for v in range(m + 2, min(len(toks), m + 7)):
        u = toks[v]
        if u.text in ("、", "。", "「", "」", "と") or u.pos == "PUNCT":
            return None
        if u.lemma in _MESSAGE_VERBS_ALL and (u.pos in ("VERB", "AUX") or u.tag.startswith("動詞")):
            e = _tail(toks, v)
            return None if _denied(toks, v, e) else e
        if u.pos in ("VERB", "ADJ") or u.tag.startswith("動詞"):
            return None
    return None


def _r34_call_noun(toks, m: int) -> int:
    """R34: the index of a call noun (通報, 電話, 連絡) after a number + 番 (110番通報, 119番通報) or 匿名の at
    ``toks[m]``; ``m`` itself otherwise."""
    i = m
    if i < len(toks) and re.fullmatch(r"[0-9０-９]+番?", toks[i].text):
        i += 1
        if i < len(toks) and toks[i].text == "番":
            i += 1
    elif i + 1 < len(toks) and toks[i].text == "匿名" and toks[i + 1].text == "の":
        i += 2
    return i if i != m and i < len(toks) and toks[i].lemma in _R34_CALL_NOUNS else m


def _message_cand(doc, sent: "_Sent", q0: int, k: int, t, m: int, e: int, bracket) -> "_Cand":
    """R14: the candidate of a bracketed message received (「…」との連絡があった): the cue runs from the
    noun ``toks[m]`` to ``toks[e]``; the sender is the から phrase before the bracket, if any, else
    (1.28 review) one between が and the verb (「…」との批判が野党から出ている)."""
    toks, text = sent.toks, doc.text
    noun = toks[m]
    spk = None
    kk = max((x for x in range(1, k) if toks[x].text == "から" and sent.d(toks[x].start) == 0
              and toks[x].end <= bracket[0]), default=None)
    if kk is not None:
        span = _np_before(doc, sent, kk, sent.start)
        if span is not None:
            spk = span
    if spk is None:
        mv = m + 2 if m + 2 < len(toks) and toks[m + 1].text == "の" and toks[m + 2].lemma == "声" else m
        kg = next((x for x in range(mv + 3, e) if toks[x].text == "から" and toks[x].tag.startswith("助詞-格助詞")
                   and sent.d(toks[x].start) == 0), None)
        if kg is not None:
            spk = _np_before(doc, sent, kg, toks[mv + 2].start)
    unnamed = False
    r14 = (toks[k + 1].text != "する" and noun.lemma in _MESSAGE_NOUNS and toks[m + 1].text in ("が", "も")
           and toks[m + 2].lemma in _MESSAGE_VERBS)
    if spk is None and (not r14 or noun.lemma == "通報"):  # (r14 holds only for _MESSAGE_NOUNS: no 電話)
        # R26: voiced by nobody named (R14: the clause's topic; R34: a call is never the topic's, who
        # received it: 同署は…「…」という110番通報が入った)
        spk, unnamed = (noun.start, noun.end), True
    return _Cand(q0, k, text[noun.start:toks[e].end], (noun.start, toks[e].end), noun.lemma,
                 (t.end, t.end), form="noun", bracket=bracket, cue_tok=m, end=toks[e].end, spk=spk,
                 unnamed=unnamed)


def _voiced_adj(toks, k: int) -> bool:
    """R21: an adjectival noun + と(する / の / いう) + a voiced view (…必要との声が出ている, 妥当とする
    反論がなされた): the copula of the voiced clause is left out, as after …が必要と語った."""
    prev = toks[k - 1] if k > 0 else None
    return (prev is not None and (prev.tag.startswith("形状詞-一般") or prev.tag.endswith("形状詞可能"))
            and k + 2 < len(toks) and toks[k + 1].text in ("する", "の", "いう")
            and _voiced(toks, k + 2) is not None)


def _voiced(toks, n: int) -> int | None:
    """R21: the token index ending the predicate of "<noun> が/も … <existence verb>" when ``toks[n]`` is
    a noun of opinion after という / との / とする (…という観測が与党内で出ている), else None."""
    if n + 2 >= len(toks) or toks[n].lemma not in _VOICED_NOUNS or toks[n + 1].text not in ("が", "も"):
        return None
    for v in range(n + 2, min(len(toks), n + 8)):
        u = toks[v]
        if u.text in ("、", "。", "「", "」", "と") or u.pos == "PUNCT":
            return None
        if u.lemma in _VOICED_VERBS and (u.pos in ("VERB", "ADJ", "AUX") or u.lemma in ("指摘", "次ぐ")):
            return _tail(toks, v)
        if u.pos in ("VERB", "ADJ"):
            return None
    return None


def _voiced_cand(text: str, toks, q0: int, k: int, n: int, ve: int, to_end: int) -> "_Cand":
    """R21: the candidate of a view voiced by nobody named: the cue is the noun ``toks[n]`` (見方,
    声, 反論) up to the end of its predicate ``toks[ve]``; no speaker (``unnamed``)."""
    noun = toks[n]
    return _Cand(q0, k, text[noun.start:toks[ve].end], (noun.start, toks[ve].end), noun.lemma,
                 (to_end, to_end), form="noun", cue_tok=n, end=toks[ve].end,
                 spk=(noun.start, noun.end), unnamed=True)


_DATE_CHUNK = re.compile(r"^[\d０-９,，年月日時分午前後夜朝昼夕方頃ごろ()（）UTC+\-−－:：同上本今昨明（）\s]+$")
_SPACE = " \u3000\t\n\r"
#: R37: a date + に (12月22日に / 22日(UTC+9)には) opening an unbracketed report is its setting, like a bare date;
#: also Wikinews's (UTC+9、以下同様) after the first date of an article (with or without に)
_R37_DATE_NI = re.compile(r"^[\d０-９年月日時分午前後夜朝昼夕方頃ごろ同今昨]+(?:[(（]UTC[^()（）]*[)）])?(?:に|には)?$")
#: R37 review: a year or a month with no day (2005年12月に、 / 10月に、) dates the reported act itself, not the report
#: (同県警は2005年12月に、…を知ったとしている)
_R37_YEAR_MONTH = re.compile(r"^(?:[\d０-９]+年)?(?:[\d０-９]+月)?(?:に|には)$")

#: what links a cue's clause to the next one, which may have a speaker of its own (…と発表
#: したが、 / と述べた上で、 / …と語ったほか、)
_CLAUSE_LINK_RE = re.compile(r"(?:(?:が|けど|けれども|ものの|ながら|つつ)、|(?:ほか|他|外|上で|うえで|後|あと|一方で?|際に?)、?)")


@dataclass
class Cue:
    lemma: str
    form: str
    register: str
    koto: bool
    claim: bool


@functools.lru_cache(maxsize=1)
def speech_cues() -> dict[tuple[str, str], Cue]:
    """{(lemma, form): Cue} from ``hodo/data/speech_cues.tsv``."""
    out: dict[tuple[str, str], Cue] = {}
    with CUES_FILE.open(encoding="utf-8") as f:
        rows = [ln for ln in f if ln.strip() and not ln.startswith("#")]
    for r in csv.DictReader(rows, delimiter="\t"):
        c = Cue(r["lemma"], r["form"], r["register"], r["koto"] == "yes", r["claim"] == "yes")
        out[(c.lemma, c.form)] = c
    return out


def _verb_cue(lemma: str) -> Cue | None:
    return speech_cues().get((lemma, "verb"))


# ---------------------------------------------------------------- token helpers


def _nounish(t) -> bool:
    return t.tag.startswith(("名詞", "接尾辞-名詞", "接頭辞", "代名詞")) or t.pos in ("NOUN", "PROPN", "PRON", "NUM")


def _predicate_end(t) -> bool:
    """Can ``t`` end a reported clause (the token before quotative と)?"""
    if t.text in "」』":
        return True
    if t.text in CLOSE:
        return False  # …144試合(…)とし: a parenthesis ends no clause
    if t.tag.startswith("形状詞-タリ"):
        return False  # 公然と, 堂々と: an adverb, not a clause end
    if t.tag.startswith(("動詞", "助動詞", "形容詞", "形状詞", "助詞-終助詞")):
        return True
    return t.pos in ("VERB", "AUX", "ADJ") and not t.tag.startswith("名詞-固有")


def _is_quotative_to(t, nxt=None) -> bool:
    """A quotative と. Sudachi tags と after a plain verb (…制定すると明らかにした)
    as 接続助詞 ("when"); with ``nxt`` (the token after it) such a と counts unless a
    comma follows (…すると、: a conditional); the cue scan still has to find a cue."""
    if t.text != "と":
        return False
    if t.tag == "助詞-格助詞":
        return True
    return nxt is not None and t.tag == "助詞-接続助詞" and nxt.text not in ("、", ",", "，", "も")


#: verbs before a conjunctive と that is no quotative (…によると, …となると, …からみると)
_CONJ_TO_NOT = {"よる", "見る", "みる", "聞く", "比べる", "考える", "言う", "いう", "する"}


@dataclass
class _Sent:
    si: int
    start: int
    end: int
    toks: list
    depth: list[int]  # bracket depth per character offset - start (before the char)

    def d(self, off: int) -> int:
        i = off - self.start
        return self.depth[i] if 0 <= i < len(self.depth) else 0


def _plain_sent(doc, si: int, toks) -> _Sent:
    """Sentence ``si`` as a _Sent with its bracket depth only (no asides): for reading the topic
    of a neighbouring sentence."""
    s = doc.article.sentences[si]
    depth, _ = _brackets(doc.text, s.start, s.end)
    return _Sent(si, s.start, s.end, toks, depth)


def _sent_of(doc, si: int, toks) -> tuple[_Sent, dict[int, int]]:
    """Sentence ``si`` (with its tokens) as a _Sent, and its 「」 pairs."""
    s = doc.article.sentences[si]
    depth, pairs = _brackets(doc.text, s.start, s.end)
    return _Sent(si, s.start, s.end, toks, _aside(doc.text, s.start, s.end, depth)), pairs


def _brackets(text: str, start: int, end: int) -> tuple[list[int], dict[int, int]]:
    """Bracket depth before each char, and open → close offsets for 「」 pairs."""
    depth = []
    stack: list[tuple[str, int]] = []
    pairs: dict[int, int] = {}
    for i in range(start, end):
        ch = text[i]
        if ch in CLOSE and stack and PAIRS[stack[-1][0]] == ch:
            o, oi = stack.pop()
            if o == "「":
                pairs[oi] = i
            depth.append(len(stack))
            continue
        depth.append(len(stack))
        if ch in OPEN:
            stack.append((ch, i))
    return depth, pairs


def _aside(text: str, start: int, end: int, depth: list[int]) -> list[int]:
    """A parenthesis that opens the sentence and holds whole sentences ((訳注:…と主張して
    いる。…。)「…」と…は言った。) is an aside: its inside is read like sentences of their
    own (depth one less inside the parenthesis)."""
    a, b = _strip(text, start, end)
    while b > a and text[b - 1] in "。．" + _SPACE:
        b -= 1
    if b - a < 4 or text[a] not in "(（" or depth[a - start] != 0:
        return depth
    c = next((i for i in range(a + 1, b) if depth[i - start] == 0 and text[i] in ")）"), None)
    if c is None or not (c == b - 1 or text[c - 1] in "。．"):
        return depth
    return [d - 1 if a < start + i < c else d for i, d in enumerate(depth)]


# ---------------------------------------------------------------- speaker phrases


@dataclass
class _NP:
    start: int
    end: int
    keys: list[str]
    kind: str  # named | title | generic | none


def _np_before(doc, sent: _Sent, k: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase ending just before token index ``k`` of the sentence (not before
    char ``lo``): nouns, の, brackets, ・ and coordinating 、/と/や between names."""
    toks = sent.toks
    j = k - 1
    first = None
    if j > 0 and toks[j].text in ("など", "等") and toks[j].start >= lo:
        j -= 1  # 朝日新聞などは: the phrase heads the list
    while j >= 0 and toks[j].start >= lo:
        t = toks[j]
        if t.text in ("」", "』") and (j == k - 1 or first is not None):
            # 「法と正義」は: a bracketed name is one noun, whatever its inside parses as
            o = next((i for i in range(j - 1, max(-1, j - 12), -1) if toks[i].text in "「『"), None)
            inner = doc.text[toks[o].end:t.start] if o is not None else ""
            if o is not None and toks[o].start >= lo and 0 < len(inner) <= 20 and not re.search(r"[。「」『』]", inner) \
                    and any(m[0] == toks[o].end and m[1] == t.start for m in mentions_in(doc, toks[o].end, t.start)):
                first = o
                j = o - 1
                continue
        if t.text in (")", "）") and (j == k - 1 or first is not None):
            # 日本学術会議(会長:山田太郎・東大教授)は: an aside after a name belongs to the phrase,
            # whatever its inside parses as (the name before it heads the phrase)
            o = next((i for i in range(j - 1, max(-1, j - 30), -1) if toks[i].text in ("(", "（", ")", "）")), None)
            if o is not None and toks[o].text in ("(", "（") and toks[o].start >= lo and o > 0 \
                    and _nounish(toks[o - 1]) and not re.search(r"[。「」『』]", doc.text[toks[o].end:t.start]):
                first = o
                j = o - 1
                continue
        if _nounish(t) or t.text in "・･「」『』()（）=＝" or t.tag.startswith("補助記号-括弧") or (
            t.text == "の" and t.tag.startswith("助詞-格助詞")
        ) or t.tag.startswith("名詞") or (t.pos == "ADJ" and t.tag.startswith("名詞")) or (
            # R28: 国連高等難民弁務官は / 国連特別報告者は: an adjectival noun compounded into a title
            t.tag.startswith("形状詞") and t.dep == "compound" and first == j + 1
            and toks[j + 1].tag.startswith("名詞")
        ):
            first = j
            j -= 1
            continue
        if t.text in ("、", "と", "や", "および", "及び", "並びに") and j > 0 and first is not None:
            # coordination only between named parts: 英、独、仏は / ロシアと北朝鮮は
            jc = j
            if t.text == "、" and j > 1 and toks[j - 1].text in ("と", "および", "及び", "並びに") \
                    and toks[j - 2].start >= lo:
                # R26: AのX議員と、BのY議員は: the coordinator before the comma joins the names
                jc = j - 1
                t = toks[jc]
            prev = toks[jc - 1]
            lend = prev.end
            if prev.text in (")", "）"):
                # R20: 日本共産党(共産党)と社会民主党は: the left name ends before its aside
                ma = re.search(r"[(（][^()（）「」。]{1,20}$", doc.text[max(lo, prev.start - 21):prev.start])
                if ma:
                    lend = max(lo, prev.start - 21) + ma.start()
            left = [m for m in mentions_in(doc, max(lo, prev.start - 40), prev.end) if m[1] in (prev.end, lend) or (
                # R13: 山田太郎外相と鈴木一郎財務相は: a person's title ends the left part (R26: also
                # before および / 及び / 並びに, and after a body or place before と、: オヨ州報道官と、…)
                t.text in ("と", "、", "および", "及び", "並びに") and 0 < prev.end - m[1] <= 8
                and (entity_type(doc, m[2]) == "PERSON" or t.text != "、" or jc != j)
                and re.fullmatch(r"[一-龥]+", doc.text[m[1]:prev.end])
                and _head_noun(doc.text[m[1]:prev.end]) in TITLE_NOUNS)]
            if left and (_nounish(prev) or lend != prev.end) and mentions_in(doc, toks[j + 1].start, toks[k - 1].end):
                j = jc - 1
                continue
        if t.text == "ある" and first == j + 1 and j > 1 and toks[j - 1].text == "の" and toks[j - 2].start >= lo \
                and doc.text[toks[first].start:toks[k - 1].end] in TITLE_NOUNS | GENERIC_NOUNS \
                and any(m[1] == toks[j - 2].end and entity_type(doc, m[2]) == "ORG"
                        for m in mentions_in(doc, max(lo, toks[j - 2].start - 40), toks[j - 2].end)):
            # R25: 総連のある幹部は / 自民党のある関係者が: an unnamed official of a named body (who
            # speaks for it, GUIDELINES), not nobody (1.26: one title or generic noun after ある, not
            # トヨタ自動車のある愛知県の住民: a place where the body is)
            j -= 1
            continue
        break
    if first is None:
        return None
    a = toks[first].start
    for m in mentions_in(doc, max(lo, a - 20), toks[k - 1].end):
        if m[0] < a < m[1] and m[0] >= lo:
            a = m[0]  # R12: 国境なき医師団が: a name with an adjective inside is not cut
            break
    return a, toks[k - 1].end


_GROUP_TAIL = re.compile(r"(?:反対派|賛成派|支持派|推進派|穏健派|強硬派|改革派|原告|原告団|原告側|弁護団|抗議集団|集団|"
                         r"デモ隊|抗議者|支持者|反対者)(?:ら|たち|側)?$")


def _resolve_np(doc, s: int, e: int) -> _NP:
    """Entity keys a speaker/source phrase names (the head's entity, or a group); a name
    the entities stage did not link that is the short form of a person named before
    (ベルカンヌ校長 after マリック・ベルカンヌ, 合田教授 after 合田正人) is that person."""
    np = _resolve_np0(doc, s, e)
    if np.kind == "unlinked" and not np.keys:
        key = _short_name(doc, s, e)
        if key is not None:
            return _NP(np.start, np.end, [key], "named")
    if not np.keys and np.kind in ("unlinked", "none", "title"):
        key = _r42_known_surface(doc, s, e)
        if key is not None:
            return _NP(np.start, np.end, [key], "named")
    first = _first_conjunct(doc, s, e, np)
    if first is not None:
        return first
    return np


#: R26: a coordinator between two actors of one speaker phrase (と、 / および / や / はじめ)
_CONJ = re.compile(r"(?:と|および|及び|並びに|や)、?|を?(?:はじめ|始め)(?:とする|として)?、?")


def _first_conjunct(doc, s: int, e: int, np: _NP) -> _NP | None:
    """R26: a speaker phrase of coordinated actors (福田首相および高村外相は, AのX議員と、BのY議員は,
    X学長と警察当局者は, X首相はじめY政権幹部は): the actor named first heads the list, so it is
    the speaker (the gold's convention) and the others follow in ``speakers``. Only when the part
    before the coordinator names one actor of its own (its entity heads it or bears a title) and the
    part after it names an actor or people too (not AとBの会談, AとBの国境)."""
    text = doc.text
    if np.kind not in ("named", "generic", "title"):
        return None
    ms = mentions_in(doc, s, e)
    depth = 0
    for i in range(s, e):
        ch = text[i]
        if ch in "(（「『":
            depth += 1
        elif ch in ")）」』":
            depth -= 1
        if depth or i == s or any(m[0] <= i < m[1] for m in ms):
            continue
        mc = _CONJ.match(text, i, e)
        comma = mc is None and text[i] == "、" and i + 1 < e
        if comma:
            mc = re.compile("、").match(text, i, e)
        if mc is None or mc.end() >= e:
            continue
        left = _resolve_np0(doc, s, i)
        if left.kind != "named" or len(left.keys) != 1:
            return None
        if np.keys and np.keys[0] == left.keys[0]:
            return None
        right = _resolve_np0(doc, mc.end(), e)
        if right.kind not in ("named", "generic", "title"):
            return None
        if comma and (right.kind != "named" or not right.keys or (
                entity_type(doc, left.keys[0]) != "PERSON" and entity_type(doc, right.keys[0]) == "PERSON")):
            # R32: only A報道官、B社は / X市長、Y市長も (actors side by side with 、); not 民主党、小沢代表は
            # (the body a person belongs to)
            return None
        lm = [m for m in ms if m[1] <= i]
        rm = [m for m in ms if m[0] >= mc.end()]
        rt = text[rm[-1][1]:e] if rm else ""
        if lm and not text[lm[-1][1]:i].strip(_SPACE) and rm and (rt.startswith("の") or _head_noun(rt) in (
                TITLE_NOUNS | GENERIC_NOUNS)):
            return None  # AとBの幹事長らは: one head shared by both names (left to the group rules)
        return _NP(s, e, _uniq(left.keys + (np.keys or right.keys)), "named")
    return None


#: one-character prefixes of a title that are no surname (前首相, 米国務長官, 同社長)
_TITLE_PREFIXES = set("前元新現副両各全米英仏独中露韓朝日印伊同故次初当本")


def _short_name(doc, s: int, e: int) -> str | None:
    """The PERSON entity, mentioned before ``s``, whose full name the phrase's name part
    shortens: the last part of a katakana name (マリック・ベルカンヌ → ベルカンヌ) or the
    first characters of a kanji name (合田正人 → 合田). Only one such person."""
    t = doc.text[s:e]
    t = re.sub(r"[(（][^()（）]*[)）]$", "", t)
    hn = _head_noun(t)
    if hn and t.endswith(hn):
        t = t[:-len(hn)]
    if hn in TITLE_NOUNS and re.fullmatch(r"[一-龥]{2,5}", t) and t[0] not in _TITLE_PREFIXES:
        # 菅総務相 after 菅義偉総務大臣 (head 相, 菅 + 総務): a surname before a compound title
        for k in range(min(3, len(t) - 1), 0, -1):
            part, rem = t[:k], t[k:] + hn
            if not (rem in TITLE_NOUNS or re.fullmatch(r"[一-龥]{1,3}(?:相|大臣|長官)", rem)):
                continue  # (山本議員 is not 山田太郎: 本議員 is no title)
            hits = _uniq([ent.key for ent in doc.article.entities
                          if ent.type == "PERSON" and ent.mentions and min(a for a, _ in ent.mentions) < s
                          and re.fullmatch(r"[一-龥]{3,5}", ent.name or "") and ent.name.startswith(part)
                          and not (ent.name or "").startswith(t)])
            if len(hits) == 1:
                return hits[0]
            if hits:
                return None
    m = re.search(r"([ァ-ヴー]{2,}|[一-龥]{2,3})$", t)
    if m is None:
        return None
    part = m.group(1)
    hits = []
    for ent in doc.article.entities:
        if ent.type != "PERSON" or not ent.mentions or min(a for a, _ in ent.mentions) >= s:
            continue
        name = ent.name or ""
        if part == name:
            continue  # the same surface would have been linked
        kata = re.split(r"[・=＝\s]", name)
        if (re.fullmatch(r"[ァ-ヴー]+", part) and len(kata) > 1 and kata[-1] == part) or (
                re.fullmatch(r"[一-龥]+", part) and re.fullmatch(r"[一-龥]{3,5}", name) and name.startswith(part)):
            hits.append(ent.key)
    hits = _uniq(hits)
    return hits[0] if len(hits) == 1 else None


def _r42_surfaces(doc) -> dict[str, set[str]]:
    """R42: every surface of a PERSON / ORG mention of the article -> the keys it names."""
    got = doc.extras.get("_r42_surfaces")
    if got is None:
        got = {}
        for ent in doc.article.entities:
            if ent.type in ("PERSON", "ORG"):
                for a, b in ent.mentions:
                    got.setdefault(doc.text[a:b], set()).add(ent.key)
        doc.extras["_r42_surfaces"] = got
    return got


def _r42_known_surface(doc, s: int, e: int) -> str | None:
    """R42: a speaker phrase the entities stage left unlinked here whose name part is, letter for
    letter, a mention of one PERSON or ORG it linked elsewhere in the article (理研は after 理化学研究所
    (理研); 森田グループディレクターは / ちえみさんは after 森田 / ちえみ were linked): that entity. The
    name part is the whole phrase or the phrase before a title (TITLE_NOUNS, with words before the
    title: 森田 + グループディレクター); two characters at least, one entity only, and no mention
    inside the phrase (a phrase with a mention was resolved by the rules before)."""
    text = doc.text
    if mentions_in(doc, s, e):
        return None
    t = re.sub(r"[(（][^()（）]*[)）]$", "", text[s:e]).strip(_SPACE)
    t = re.sub(r"^(?:その|この|同|当の)", "", t)
    surf = _r42_surfaces(doc)
    cands = [t] if len(t) >= 2 else []
    hn = _head_noun(t)
    if hn in TITLE_NOUNS and t.endswith(hn) and hn not in ("同", "彼", "彼女", "同国", "同社", "同紙", "同省", "政権"):
        rest = t[:-len(hn)]
        for k in range(len(rest), 1, -1):
            if re.fullmatch(r"[ァ-ヴー一-龥]{0,8}", rest[k:]):
                cands.append(rest[:k])
    for c in cands:
        keys = surf.get(c)
        if keys and len(keys) == 1:
            return next(iter(keys))
    return None


#: an armed or partisan faction (親ロシア派, 反政府勢力, 武装勢力): its people are not the state named in it
_FACTION = re.compile(r"(?:親|反)[^\s、。「」の]{1,8}派|反政府勢力|武装勢力|武装組織|民兵組織|民兵|反乱軍|分離派|過激派")


#: between coordinated names: 英、独、仏 / ロシアと北朝鮮 / A・B
_NAME_COORD = re.compile(r"\s*(?:[、・,]|と|や|および|及び|並びに)\s*")
#: R20: the same after an aside of the name before (日本共産党(共産党)と社会民主党)
_COORD_AFTER_ASIDE = re.compile(r"\s*[(（][^()（）「」。]{1,20}[)）]\s*(?:[、・,]|と|や|および|及び|並びに)\s*")


#: R44: what follows a medium's mention when the article cites it as a source
_CITED_AFTER = re.compile(r"(?:[、・や][^、。「」]{1,12}?)?(?:など|等)?(?:によると|によれば|の報道|の取材|の記事)")


#: R44: name endings of public bodies, schools and associations (no company for 同社)
_PUBLIC_BODY_ENDS = ("裁判所", "地裁", "高裁", "簡裁", "家裁", "支部", "県警", "府警", "道警", "署", "警視庁", "本部",
                    "局", "府", "課", "協会", "大学", "学校", "病院", "室")


def _cited_medium(doc, keys, pos: int) -> bool:
    """R44: every key of a 同社 reference is a medium the article cites before ``pos`` as a source
    (Xによると / Xの報道 / Xの取材)."""
    if not keys:
        return False
    for k in keys:
        ent = entity_by_key(doc, k)
        if not _media_entity(ent, [ent.name] if ent is not None else []):
            return False
        if not any(m[0] < pos and _CITED_AFTER.match(doc.text, m[1]) for m in ent.mentions):
            return False
    return True


def _cited_in_sentence(doc, keys, pos: int) -> bool:
    """R44: a medium of ``keys`` is cited (Xによると …) in the sentence of ``pos``, before it."""
    a = doc.text.rfind("。", 0, pos) + 1
    return any(a <= m[0] < pos and _CITED_AFTER.match(doc.text, m[1])
               for k in keys if (ent := entity_by_key(doc, k)) is not None for m in ent.mentions)


def _firm_before(doc, pos: int, window: int = 1500) -> str | None:
    """R44: the last company (an ORG of no public body, not a medium cited as a source before
    ``pos``) named before ``pos``; a medium the story is about counts (毎日新聞は…と発表した。共同通信
    によると、同社は「…」: 同社 is 毎日新聞)."""
    for m in reversed(mentions_in(doc, max(0, pos - window), pos)):
        ent = entity_by_key(doc, m[2])
        if ent is None or ent.type != "ORG":
            continue
        if _media_entity(ent, [doc.text[m[0]:m[1]], ent.name]) and any(
                n[0] < pos and _CITED_AFTER.match(doc.text, n[1]) for n in ent.mentions):
            continue
        if getattr(ent, "sector", None) in (None, "BUS", "MED") and not ent.name.endswith(NOT_FIRM_ENDS + _PUBLIC_BODY_ENDS):
            return m[2]
    return None


def _resolve_np0(doc, s: int, e: int) -> _NP:
    text = doc.text
    court = _r37_court(doc, s, e)
    if court is not None:
        # R37: 判決は / 二審は / 小法廷は: the court that gave the ruling speaks (not the judge named before,
        # nor the last speaker carried over)
        return _NP(s, e, [court], "named")
    mf = None
    for mf in _FACTION.finditer(text, s, e):
        pass
    ms_f = mentions_in(doc, s, e) if mf is not None else []
    if mf is not None and not any(m[0] >= mf.end() for m in ms_f) and not any(
            mf.start() <= m[0] and m[1] <= mf.end() and m[1] - m[0] == mf.end() - mf.start() for m in ms_f):
        # 親ロシア派の指導者 / 同州の武装勢力の代表者: unnamed people of a faction (a null speaker),
        # not the country or place named in or before it; a name after it still heads the phrase
        return _NP(s, e, [], "generic")
    m = re.search(r"[(（][^()（）]*[)）]$", text[s:e])
    if m and m.start() > 0:
        # ニバル=ドゥヴアール(ウィキメディア財団理事): the phrase before the parenthesis heads
        inner = _resolve_np(doc, s, s + m.start())
        if inner.keys or inner.kind != "none":
            return _NP(s, e, inner.keys, inner.kind)
    md = _DOC_HEAD.search(text[s:e])
    if md is not None:
        # 報告書は…とした / 国連の声明は…と非難した: a document speaks for its author
        if md.start() > 0:
            inner = _resolve_np(doc, s, s + md.start())
            if inner.keys:
                return _NP(s, e, inner.keys, "named")
        if md.start() == 0 or re.fullmatch(r"(?:この|その|同|今回の|新たな|[\d０-９]+日の)", text[s:s + md.start()]):
            return _NP(s, e, [], "title")
    for r in doc.extras.get("refs", ()):
        if s <= r["start"] and r["end"] <= e and r.get("keys"):
            if _r36_ref_not_head(doc, s, r):
                continue
            rt = text[r["end"]:e]
            if any(m[0] >= r["end"] for m in mentions_in(doc, r["end"], e)):
                continue  # 同国の保健福祉家族省 / 同社の山田太郎社長: the named entity after it heads the phrase
            if re.fullmatch(r"[\s」』)）]*", rt) or _head_noun(rt) in (TITLE_NOUNS | GENERIC_NOUNS | BODY_NOUNS):
                if _head_noun(rt) in TITLE_NOUNS and _unlinked_name_before_title(doc, r["end"], e):
                    return _NP(s, e, [], "unlinked")  # 同局の赤坂局長: a person of its own
                if r.get("text") == "同社" and (_cited_medium(doc, r["keys"], r["start"]) or all(
                        (ent := entity_by_key(doc, k)) is not None and ent.type == "ORG"
                        and ent.name.endswith(_PUBLIC_BODY_ENDS) for k in r["keys"])):
                    # R44: 読売新聞によると、同社は「…」とコメントした: 同社 is the company the report is
                    # about, never the medium cited as the source nor a court or a police force named
                    # before it (横浜地裁は…を命じた。同社は「…」): the last other firm, else nobody
                    firm = _firm_before(doc, r["start"])
                    if firm is not None:
                        return _NP(s, e, [firm], "named")
                    if not _cited_in_sentence(doc, r["keys"], r["start"]):
                        return _NP(s, e, [], "unlinked")
                    # (no firm named before and the medium cited in the same sentence: 共同通信によると、
                    # 同社は…としている stays the source's hedge, as before)
                return _NP(s, e, list(r["keys"]), "named")  # 両首脳, 両国政府 (not 両国関係)
    if _GROUP_TAIL.search(text[s:e]):
        # アロヨ大統領反対派 / 原告団 / 抗議集団: unnamed people, not the entity named before
        # the group noun (a null speaker, never the last one carried over)
        return _NP(s, e, [], "generic")
    ms = [m for m in mentions_in(doc, s, e) if not _embedded(doc.text, m)]
    head = text[s:e]
    hn = _head_noun(head)
    if ms:
        last = ms[-1]
        tail = text[last[1]:e]
        ob = text.rfind("「", s, last[0])
        if re.fullmatch(r"」\s*", tail) and ob >= 0 and "」" not in text[ob:last[0]] and ob + 1 < last[0]:
            # R12: ニュースサイト「現代のロシア」は: a bracketed name holding an entity is a name of its
            # own (unlinked: a null speaker), not the entity inside it
            return _NP(s, e, [], "unlinked")
        m_dem = re.fullmatch(r"人(?:たち|ら|達)?(?:の)?([^\s、。「」]{0,10})", tail)
        if m_dem and entity_type(doc, last[2]) in ("GPE", "LOC") and (
                not m_dem.group(1) or _head_noun(m_dem.group(1)) in (GENERIC_NOUNS | TITLE_NOUNS)):
            # パレスチナ人は / イラク人の男性は: unnamed people of a country, not its state
            return _NP(s, e, [], "generic")
        if entity_type(doc, last[2]) in ("GPE", "LOC") and re.fullmatch(_R35_PRIVATE_TAIL, tail) and not any(
                _head_noun(ch) in TITLE_NOUNS or ch.strip(_SPACE).endswith(tuple(_R35_OFFICIALS))
                for ch in tail.split("の")[1:-1]):
            # R35: 姫路市の男性 / 広島市の27歳の会社員の男性 / 同県の住民ら: private people who live in a
            # place are unnamed people (a null speaker), not the place's government
            return _NP(s, e, [], "generic")
        mk = re.fullmatch(_R31_KIN_TAIL, tail)
        if mk and (not mk.group(1) or _head_noun(mk.group(1)) in TITLE_NOUNS):
            # R31: アームストロング氏の家族は / 山田容疑者の妻は / 少女の両親が: a named person's kin are unnamed
            # people (a null speaker), not that person
            return _NP(s, e, [], "generic")
        if re.fullmatch(_R30_PEOPLE_TAIL, tail):
            # R30 review: 沖縄県の高校生たちは / 日本の人々は / トヨタの批判者は: pupils, crowds and critics of a
            # place, a body or a person are unnamed people (a null speaker), not that place's state, that body
            # or that person
            return _NP(s, e, [], "generic")
        mh = re.search(r"を?(?:はじめ|始め|初め)(?:とする|として|、)", text[s:e])
        if mh and (hn in TITLE_NOUNS or hn in GENERIC_NOUNS):
            pre = [m for m in ms if m[1] <= s + mh.start()]
            between = text[pre[-1][1]:s + mh.start()] if pre else ""
            if pre and entity_type(doc, pre[-1][2]) == "PERSON" and (
                    not between.strip(_SPACE) or _head_noun(between) in TITLE_NOUNS):
                # R12: X議員をはじめとする何人かの議員は: the person named first speaks for the group
                return _NP(s, e, [pre[-1][2]], "named")
        if hn in TITLE_NOUNS and entity_type(doc, last[2]) in ("GPE", "ORG") and tail.strip(_SPACE) in (hn, "の" + hn) \
                and hn not in _PRONOUN_TITLES:
            # R12: エチオピア外相は after エチオピアのメスフィン外相: the one person named before with that
            # title and that country or body is meant, not the country
            cands = []
            for ent in doc.article.entities:
                if ent.type != "PERSON":
                    continue
                for m0, m1 in ent.mentions:
                    if m1 > s:
                        continue
                    after = [mm for mm in mentions_in(doc, m1, m1 + 8) if mm[0] == m1 and mm[2] == last[2]]
                    if after and text.startswith(hn, after[0][1]):
                        cands.append(ent.key)  # ライス米国務長官 … 米国務長官は
                    elif text.startswith(hn, m1) and any(
                            k0 == last[2] for _, _, k0 in mentions_in(doc, max(0, m0 - 8), m0)):
                        cands.append(ent.key)  # エチオピアのメスフィン外相 … エチオピア外相は
            cands = _uniq(cands)
            if len(cands) == 1:
                return _NP(s, e, cands, "named")
        if hn in TITLE_NOUNS and entity_type(doc, last[2]) != "PERSON" and _unlinked_name_before_title(doc, last[1], e):
            return _NP(s, e, [], "unlinked")  # ブラジルのスコラーリ監督: not Brazil
        if hn in TITLE_NOUNS and entity_type(doc, last[2]) != "PERSON":
            # コンドリーザ・ライス米国務長官: the person, not the country before the title
            persons = [m for m in ms if entity_type(doc, m[2]) == "PERSON"]
            if persons and not re.search(r"(?:した|する|った|える|れた|ている)", text[persons[-1][1]:e]):
                return _NP(s, e, [persons[-1][2]], "named")
        if entity_type(doc, last[2]) in ("GPE", "LOC") and re.fullmatch(
                r"の?[一-龥ァ-ヴー]{0,6}(?:組織|団体|勢力|グループ|NGO)(?:ら|側)?", tail):
            # スリランカ和平組織は / 韓国の市民団体は: an unnamed group of the country, not its state
            return _NP(s, e, [], "generic")
        if entity_type(doc, last[2]) == "ORG" and re.fullmatch(_MEDIA_GROUP_TAIL, tail):
            # 共同通信など各紙は / 共同通信社をはじめとする各報道機関は: the medium named first
            first = last
            for m in reversed(ms[:-1]):
                if _NAME_COORD.fullmatch(text[m[1]:first[0]]) and \
                        entity_type(doc, m[2]) == "ORG":
                    first = m
                else:
                    break
            return _NP(s, e, [first[2]], "named")
        # the entity must head the phrase or modify its head directly: the rest is empty,
        # a closing bracket or a title / body / person noun (not 北朝鮮兵の参加, 大統領在任中)
        tail_ok = re.fullmatch(r"[\s」』)）]*(?:など|等)?", tail) is not None or _head_noun(tail) in (
            TITLE_NOUNS | GENERIC_NOUNS | BODY_NOUNS) or (
            # 米ボイス・オブ・アメリカ放送は: a medium named before its kind (not 日本テレビ: a country)
            tail.strip(_SPACE) in NEWS_HEADS + ("ラジオ", "放送局", "ラジオ局", "テレビ局")
            and entity_type(doc, last[2]) == "ORG")
        each = re.fullmatch(r"[\s」』)）]*(?:など|等)?の?各[一-龥ァ-ヴー]{1,6}", tail) is not None and len(ms) > 1 and (
            _NAME_COORD.fullmatch(text[ms[-2][1]:last[0]]) is not None)  # R20: 公明・自民・民主の各会派は
        tail_ok = tail_ok or each
        if tail_ok and not re.search(r"(?:した|する|った|える|れた|ている)", tail):
            persons = [m for m in ms if entity_type(doc, m[2]) == "PERSON"]
            if len(persons) >= 2 and persons[-1] is last and persons[-2][2] != last[2]:
                # R13: X外相とアメリカのY長官が: two people, each with a title (and a country), are the
                # speakers together (the first named first), not the last one alone
                mm = re.fullmatch(r"([^、。「」とや]{0,8}?)[\s]*(?:と|、|・|及び|および|並びに)[\s]*(?:[^、。「」とや]{1,10}?の)?",
                                  text[persons[-2][1]:last[0]])
                if mm and (not mm.group(1) or _head_noun(mm.group(1)) in TITLE_NOUNS):
                    return _NP(s, e, [persons[-2][2], last[2]], "named")
            group = [last]
            cur = last[0]  # R20: where the conjunct first in the group starts (its modifier included)
            asides = [(a.start() + s, a.end() + s) for a in re.finditer(r"[(（][^()（）]{1,20}[)）]", text[s:e])]
            for m in reversed(ms[:-1]):
                if any(a0 < m[0] and m[1] < a1 for a0, a1 in asides):
                    continue  # R20: 日本共産党(共産党)と…: a short name in an aside belongs to its conjunct
                between = text[m[1]:cur]
                if between.strip(_SPACE) in ("・", "･") and cur == group[0][0] and len(group) == 1 \
                        and entity_type(doc, group[0][2]) == "PERSON" and entity_type(doc, m[2]) in ("ORG", "GPE"):
                    break  # R23c: 民主党・鳩山由紀夫代表は: the body a person belongs to, not a conjunct
                if between.strip(_SPACE) in ("・", "･") and cur == group[0][0] and len(group) == 1 \
                        and _r36_police_unit(text, m, group[0]):
                    break  # R36: 警視庁・城東警察署は / 兵庫県警・川西署が: the station of that force, not a pair
                if between == "の" and cur == group[0][0] and entity_type(doc, m[2]) in ("GPE", "LOC") \
                        and entity_type(doc, group[0][2]) == "ORG":
                    cur = m[0]  # R20: 韓国のサムスン電子と…: a country before a body modifies that conjunct
                    continue
                if _NAME_COORD.fullmatch(between) or _COORD_AFTER_ASIDE.fullmatch(between) or (
                        # R12: 「A」「B」紙は / 「A」と「B」は: bracketed names side by side
                        re.fullmatch(r"[」』]\s*(?:[、・,]|と|や)?\s*[「『]", between)) or (
                        # 共同通信=産経新聞は: a wire report carried by a paper (the agency first)
                        re.fullmatch(r"[=＝—－―]", between.strip(_SPACE))
                        and entity_type(doc, m[2]) == entity_type(doc, group[0][2]) == "ORG"):
                    group.insert(0, m)
                    cur = m[0]
                else:
                    break
            if len(group) > 1 and (each or re.fullmatch(
                    r"[\s」』]*(?:など|等)?(?:の)?(?:各|両)?(?:\d+|[二三四五六七八九十両]+)?(?:か国|カ国|ヶ国|国)?"
                    r"(?:政府|首脳|外相|首相|代表|当局|首脳|者|人|紙|誌|両紙|各紙)?[\s]*", tail)):
                # 英、独、仏の3か国 / 日本、韓国、アメリカの各国政府: the whole group
                return _NP(s, e, _uniq([m[2] for m in group]), "named")
            return _NP(s, e, [last[2]], "named")
    if not ms and hn not in GENERIC_NOUNS and _unlinked_name_before_title(doc, s, e, strict=hn not in TITLE_NOUNS):
        return _NP(s, e, [], "unlinked")  # マティヤ・ンクホマ牧師: a name the entities stage missed
    if head.strip(_SPACE) in _BARE_BODY_FORMS:
        # R30: 警察は / 市は with no name: the police force or the city named last (…岩手県警察本部は… 警察は
        # …としている), not whoever spoke last; with none named, as before
        key = _bare_body_before(doc, head.strip(_SPACE), s)
        if key is not None:
            return _NP(s, e, [key], "named")
    if head in ("同組織", "同団体"):
        # R29: 同組織は: the body named before with that head (…アルカーイダ組織); with none named, unnamed people
        key = _title_antecedent(doc, _NP(s, e, [], "title"))
        return _NP(s, e, [key], "named") if key is not None else _NP(s, e, [], "generic")
    staff = _R32_SAME_BODY_STAFF.fullmatch(head.strip(_SPACE))
    if staff is not None and not ms:
        # R32: 同県警幹部は / 同省の担当者は / 同市教委職員が: an unnamed official of the body named before with
        # that head speaks for it (GUIDELINES), not nobody
        key = _same_body_before(doc, staff.group(1), s)
        if key is not None:
            return _NP(s, e, [key], "named")
    if not ms and _R33_PAIR.fullmatch(head.strip(_SPACE)) and re.match(r"(?:は|が|も)、?[^。「」]{0,30}「", text[e:]):
        # R33: 2人は「 / 両容疑者は「 / 逮捕された2選手は「 after a pair named together (A(21)とB(20)の2容疑者): the
        # two speak the bracketed words together, the first named first (not nobody); a pair that is the topic of
        # unbracketed words (両容疑者は…虐待を行っていたと見ている) is inside the content, not its speaker
        keys = _pair_before(doc, s, head.strip(_SPACE))
        if keys is not None:
            return _NP(s, e, keys, "named")
    if hn in GENERIC_NOUNS or any(head.endswith(g) for g in ("関係者", "専門家", "高官", "当局者", "消息筋")) or \
            re.fullmatch(_R31_KIN_PHRASE, head.strip(_SPACE)):
        # R31: 両親は / 被害者の妻が / その長男は: kin named by no name are unnamed people too
        return _NP(s, e, [], "generic")
    if head.strip(_SPACE) in _R32_NAMED_ONLY:
        pass  # R32: a bare 裁判官 stays as before (the court speaks through it); only X裁判官 is a person
    elif hn in TITLE_NOUNS or hn in BODY_NOUNS or head.endswith("氏") or head.startswith("同"):
        rest = re.sub(r"^(?:その|この|同|両|ある|当の|前|元|新|現|次期|[\d０-９]+)", "", head)
        if re.search(r"(?<=.)(?:ら|たち|達)$", rest) and hn in TITLE_NOUNS and hn not in _PRONOUN_TITLES:
            return _NP(s, e, [], "generic")  # 選手たち, 議員ら: several unnamed people, not the last speaker
        if hn in TITLE_NOUNS and _unlinked_name_before_title(doc, s, e):
            return _NP(s, e, [], "unlinked")  # 太平助手: someone new, not the last speaker
        if rest in (hn, "") or head == hn or head.startswith("同") or hn in BODY_NOUNS:
            return _NP(s, e, [], "title")
        if (hn not in _PRONOUN_TITLES and re.fullmatch(r"[一-龥]{1,2}", rest[:-len(hn)] if rest.endswith(hn) else "")
                and not re.match(r"(?:前|元|新|現|副|両|各|全|次期|初代|歴代|故|米|英|仏|独|中|露|韓|朝|日|印|伊)", rest)):
            return _NP(s, e, [], "unlinked")  # 金大統領, 李首相: a surname the entities stage did not link
        if hn in TITLE_NOUNS and hn not in _PRONOUN_TITLES and head.endswith("の" + hn):
            return _NP(s, e, [], "generic")  # 武装組織の報道官: an unnamed official of an unnamed body
    np = _NP(s, e, [], "none")
    if _named_like(doc, np):
        np.kind = "unlinked"  # reads as a name, but no entity: a null speaker/source
    elif not ms and hn in TITLE_NOUNS and hn not in _PRONOUN_TITLES and head.endswith(hn) \
            and re.fullmatch(r"[一-龥]{2,8}", head) and _own_title_topic(head):
        # R26: 担当地区判事は / 内務省報道官は: a title with words of its own before it that name
        # nobody the entities stage found: the person named before with that whole title, else
        # someone unnamed (a null speaker), never the last speaker carried over
        for m in reversed(mentions_in(doc, max(0, s - 3000), s)):
            if entity_type(doc, m[2]) == "PERSON" and text.startswith(head, m[1]):
                return _NP(s, e, [m[2]], "named")
        body = head[:-len(hn)]
        if hn in _SPOKESMAN_TITLES and body.endswith(ORG_HEADS):
            # 内務省報道官は after イギリス内務省: the spokesman of a body named before speaks for it
            # (GUIDELINES), when the entities stage missed the body's short name here
            hits = _uniq([m[2] for m in mentions_in(doc, max(0, s - 3000), s)
                          if entity_type(doc, m[2]) == "ORG" and text[m[0]:m[1]].endswith(body)])
            if len(hits) == 1:
                return _NP(s, e, hits, "named")
        if hn in _SPOKESMAN_TITLES and body in TITLE_NOUNS and body not in _PRONOUN_TITLES:
            # 大統領報道官は: the spokesman of the president named before speaks for him
            key = _title_antecedent(doc, _NP(s, s + len(body), [], "title"))
            if key is not None:
                return _NP(s, e, [key], "named")
        np.kind = "generic"
    return np


#: R36: a prefecture's 同 reference glued to the police noun (同県警 / 同府警 / 同道警): the police force
#: of that prefecture, which the R32 rules and 同 + a body's head resolve, not the prefecture itself
_R36_SAME_POLICE = re.compile(r"警(?!備|告|戒|護|鐘)")
#: R36: the end of a police force's name and of the name of one of its stations or units
_R36_FORCE_END = ("警視庁", "県警", "府警", "道警", "警察", "警察本部")
_R36_UNIT_END = ("署", "捜査本部")
#: R36 review: stations of other services that end in 署 too (警視庁・渋谷消防署 / 大阪府警・北税務署 are two
#: bodies side by side, not a force and one of its stations)
_R36_NOT_POLICE_STATIONS = ("消防署", "税務署", "監督署", "営林署", "管理署")


def _r36_ref_not_head(doc, s: int, r: dict) -> bool:
    """R36: a 同 reference inside a speaker phrase that does not head it: 同県 of 同県警幹部 (the
    prefecture's police, not the prefecture), or 同市 of 村山保夫・同市教育長 (a named person's title after
    ・: the person heads the phrase, not the city)."""
    text = doc.text
    if r.get("text") in ("同県", "同府", "同道", "同都") and _R36_SAME_POLICE.match(text, r["end"]):
        return True
    return any(entity_type(doc, m[2]) == "PERSON" and text[m[1]:r["start"]].strip(_SPACE) in ("・", "･")
               for m in mentions_in(doc, s, r["start"]))


def _r36_police_unit(text: str, force, unit) -> bool:
    """R36: two mentions side by side with ・ where the first is a police force and the second one of its
    stations (警視庁・城東警察署, 兵庫県警・川西署): an apposition naming the station, not two speakers."""
    name = text[unit[0]:unit[1]]
    return text[force[0]:force[1]].endswith(_R36_FORCE_END) and name.endswith(_R36_UNIT_END) \
        and not name.endswith(_R36_NOT_POLICE_STATIONS)


#: R30 review: the tail after a name of the pupils, crowds and critics R30 made generic nouns (の高校生たち,
#: の人々, の批判者): unnamed people of that place, body or person, not its spokesmen (主催者 is left to the body)
_R30_PEOPLE_TAIL = r"\s*の?\s*(?:高校生|中学生|小学生|大学生|人々|人びと|ひとびと|批判者)(?:たち|ら|達)?\s*"


#: R35: the tail after a place of private people who live there (の男性, の27歳の会社員の男性, の住民ら)
#: and of private firms there (の経営コンサルタント会社, の不動産業者)
_R35_PRIVATE_TAIL = (r"\s*の(?:[^、。「」の]{1,10}の){0,2}\s*(?:(?:男性|女性|男|女|会社員|主婦|住民|市民|少年|少女|"
                     r"男子生徒|女子生徒|高齢者)(?:たち|ら|達)?|[^、。「」の]{0,10}(?:会社|企業|業者))\s*")
#: R35 review: a place's officials named before the person (東山市の職員の男性 / 県の担当者の女性): the place's
#: own people, not private ones (the rule above leaves them)
_R35_OFFICIALS = {"職員", "担当者", "幹部", "当局者", "広報", "広報担当者", "警察官", "関係者"}


#: R31: verbs of words said aloud: a medium carried from a sentence before does not speak them
_R31_ORAL = {"話す", "語る", "述べる", "供述", "証言", "言う", "明かす", "答える", "叫ぶ"}
#: R31: kin of a person (家族, 両親, 妻, 長男 …): named by no name of their own they are unnamed people, never
#: the person whose kin they are (X氏の家族は) nor the last speaker carried over (被害者の両親は)
_R31_KIN = (r"(?:家族|遺族|親族|両親|父親|母親|夫人|妻子|妻|夫|長男|長女|次男|次女|三男|三女|四男|息子|娘|孫|"
            r"祖父|祖母|叔父|叔母|伯父|伯母|兄弟|姉妹|兄|姉|弟|妹|父|母|遺児)")
#: after a name: an optional title, の, the kin noun (アームストロング氏の家族, 山田容疑者の妻)
#: a kin noun, with a plural suffix (家族, 両親たち, 遺族ら)
_R31_KIN_WORD = _R31_KIN + r"(?:たち|ら|達)?"
_R31_KIN_TAIL = r"\s*([^\s、。「」の]{0,6})の\s*" + _R31_KIN_WORD + r"\s*"
#: with no name: a bare kin noun or one after an の phrase (両親, 被害者の妻, その長男)
_R31_KIN_PHRASE = r"(?:(?:その|この)|[^\s、。「」]*の)?" + _R31_KIN_WORD


#: R30: a bare body noun and the ends of the names it points back to (警察 for 岩手県警察本部 / 大阪府警 /
#: 警視庁, 市 for 高松市), with the entity types allowed
_BARE_BODY_FORMS = {"警察": (("警察", "県警", "府警", "道警", "警察本部", "警視庁"), ("ORG",)),
                    "市": (("市",), ("GPE", "ORG")),
                    # R33: a bare 事務局 (事務局は…と批判している after ワシントン条約事務局) is the body named before
                    # with that head, not nobody (事務局 alone is a generic noun: with none named, as before)
                    "事務局": (("事務局",), ("ORG",))}


#: R33: a pair of people named together before (A(39)と、B(34)の両容疑者 … 2人は「…」): the phrase that points
#: back to them (2人, 両容疑者, 容疑者2人, 2選手)
_R33_PAIR = re.compile(r"(?:逮捕された|その)?(?:容疑者|被告)?(?:2人|二人|2名|両名|両容疑者|両被告|2容疑者|2被告|2選手)"
                       r"(?:とも)?")


#: R33 review: an unnamed pair introduced after the named one (けがをしたのは男性と女性で、2人は / 被害者の男女は /
#: 乗客2人が): 2人 points to them, not to the pair named before
_R33_PEOPLE = r"(?:男性|女性|少年|少女|男児|女児|[\d０-９]+歳の(?:男|女))"
_R33_OTHER_PAIR = re.compile(r"男女|夫婦|" + _R33_PEOPLE + r"(?:\([^()]*\))?(?:と|や)[^。、「」]{0,12}?" + _R33_PEOPLE +
                             r"|(?:男性|女性|男|女|少年|少女|男児|女児|子ども|子供|児童|生徒|学生|乗客|乗員|住民|従業員|職員|客|"
                             r"友人|知人|被害者)(?:ら)?(?:2人|二人|2名)")
#: R33 review: after the later of the pair, a group word that gives the status to both (…(34)の両容疑者 / の2被告)
_R33_PAIR_PAREN = r"(?:\s*[(（][^()（）]{0,20}[)）])?"


def _pair_before(doc, pos: int, phrase: str = "", window: int = 1500) -> list[str] | None:
    """R33: the two people 2人 / 両容疑者 at ``pos`` points back to: the last two distinct PERSON entities
    named before ``pos`` (in ``window`` characters), when both are named in one sentence (introduced as a
    pair), the first named first; else None. R33 review: a ``phrase`` that gives a status (両容疑者, 2被告,
    容疑者2人) needs it on both (A容疑者とB容疑者 / A(39)とB(34)の両容疑者), not on one of them named with a
    judge or a police chief (X裁判長はB被告に…); an unnamed pair introduced after them (…男性と女性で、2人は)
    is meant instead (None)."""
    text = doc.text
    ms = [m for m in mentions_in(doc, max(0, pos - window), pos) if entity_type(doc, m[2]) == "PERSON"]
    keys: list[str] = []
    for m in reversed(ms):
        if m[2] not in keys:
            keys.append(m[2])
        if len(keys) == 2:
            break
    if len(keys) < 2:
        return None
    if _R33_OTHER_PAIR.search(text, ms[-1][1], pos):
        return None
    a = [m for m in ms if m[2] == keys[0]]
    b = [m for m in ms if m[2] == keys[1]]
    word = next((w for w in ("容疑者", "被告") if w in phrase), None)

    def status_ok(x, y) -> bool:
        if word is None:
            return True
        x, y = sorted((x, y))
        each = all(re.match(_R33_PAIR_PAREN + word, text[m[1]:]) for m in (x, y))
        group = re.match(_R33_PAIR_PAREN + r"(?:の|ら)?(?:両|2|二)" + word, text[y[1]:])
        return bool(each or group)

    together = any("。" not in text[min(x[1], y[1]):max(x[0], y[0])] and status_ok(x, y) for x in a for y in b)
    if not together:
        return None
    first = min(ms, key=lambda m: (m[2] not in keys, m[0]))
    other = keys[1] if first[2] == keys[0] else keys[0]
    return [first[2], other]


def _bare_body_before(doc, head: str, pos: int, window: int = 3000) -> str | None:
    """R30: the body last named within ``window`` characters before ``pos`` whose name ends with one of
    the forms of a bare body noun (警察は, 市は) and is longer than the noun; not a name that only holds
    the noun (市民, 警察官)."""
    forms, types = _BARE_BODY_FORMS[head]
    return _last_named(doc, forms, types, pos, window, min_len=len(head) + 1)


#: R26: titles of a body's spokesman (who speaks for the body, GUIDELINES)
_SPOKESMAN_TITLES = {"報道官", "広報官", "報道担当官", "副報道官", "報道局長"}


#: after a medium: …など各紙 / …をはじめとする各報道機関 (the medium stands for the group)
_MEDIA_GROUP_TAIL = (r"\s*(?:など|等|を?(?:はじめ|始め|初め)(?:とする|として)?[、\s]*)(?:の)?"
                     r"(?:欧米|海外|国内|地元|現地|主要|日本の|米国の|各国の)?(?:各|複数の|他の|ほかの|その他の)?"
                     r"(?:報道機関|報道各社|メディア|マスコミ|各紙|各社|各局|各誌|紙|誌|社|局|新聞|新聞社|通信社|放送局|テレビ局)")


#: a document as a speaker phrase: its author speaks (…の報告書は / 声明は)
_DOC_HEAD = re.compile(r"の?(?:最終|年次|公式|共同|調査)?(?:報告書|声明文|声明|談話|文書|書簡|決議|判決文|判決|論文|社説)$")

_KANA_WORD = re.compile(r"[ァ-ヴーA-Za-zＡ-Ｚａ-ｚ]")


def _embedded(text: str, m) -> bool:
    """A mention glued inside a longer katakana / Latin word (ニッポン in スポーツニッポン)
    names no speaker or source of its own."""
    a, b = m[0], m[1]
    glued_left = a > 0 and _KANA_WORD.match(text[a - 1]) and _KANA_WORD.match(text[a])
    glued_right = b < len(text) and _KANA_WORD.match(text[b]) and _KANA_WORD.match(text[b - 1])
    return bool(glued_left or glued_right)


def _head_noun(np_text: str) -> str:
    np_text = re.sub(r"[(（][^()（）]*[)）]$", "", np_text.strip(_SPACE))  # …株式会社(JT)
    m = re.search(r"([^\sの・、」』)）]+)[」』)）]?$", np_text)
    h = m.group(1) if m else np_text
    h = re.sub(r"(?:ら|たち|達|等|陣)$", "", h) or h  # 職員ら, 首脳陣
    if h.endswith(("真相", "様相", "世相", "手相", "人相", "位相", "相違")):
        return h  # not a minister (情報相, 財務相 are: 相 is a title)
    for n in _HEADS_LONGEST_FIRST:
        if h.endswith(n) and _r29_title_ok(h, n):
            return n
    # R29: a deputy's or an acting holder's title (次官補, 事務局長補代理, 局長代理): the title before 補 / 代理;
    # a title of two characters or more (not 王 / 師 / 様 before 代理), and one that is no place's tail
    m = re.fullmatch(r"(.+?)(?:補佐|補|代理)+", h)
    if m and len(m.group(1)) >= 2:
        for n in _HEADS_LONGEST_FIRST:
            if m.group(1).endswith(n) and n in TITLE_NOUNS and len(n) >= 2 and _r29_title_ok(m.group(1), n):
                return n
    return h


#: R29 review: titles of the R29 table that also end a place's or a body's name: 王子 after a kanji is a
#: place (八王子, 東京都八王子, 神戸市王子), not a prince (アリ王子, ヨルダン王子, 第一王子, 英国王子, 同王子);
#: 主幹事 is a company's role (an issue's lead manager), not a person's
_R29_TITLE_NOT_AFTER = {"王子": re.compile(r"[一-龥々]$"), "幹事": re.compile(r"主$")}
_R29_TITLE_KANJI_OK = re.compile(r"(?:^|[^一-龥々])(?:第[一二三四五六七八九十\d０-９]+|[同両前元新故現各]|[一-龥々]*国)$")
#: R29 review: the new one-word titles after a place's suffix are part of a place name (福津市宮司), no title
_R29_ONE_WORD_TITLES = {"王子", "王女", "王妃", "殿下", "主教", "親方", "宮司", "幹事"}


def _r29_title_ok(h: str, n: str) -> bool:
    """Whether n, a head h ends with, is a title there: for the R29 titles that can end a place's name
    (王子) the word before must be a name, a rank or nothing, not a kanji of a place name."""
    if n not in _R29_ONE_WORD_TITLES:
        return True
    before = h[:-len(n)]
    if re.search(r"[市町村区県都府道郡]$", before) and len(before) >= 2:
        return False
    pat = _R29_TITLE_NOT_AFTER.get(n)
    return not (pat and pat.search(before)) or (n == "王子" and bool(_R29_TITLE_KANJI_OK.search(before)))


_HEADS_LONGEST_FIRST = sorted(TITLE_NOUNS | GENERIC_NOUNS | BODY_NOUNS, key=len, reverse=True)


def _uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


ORG_HEADS = ("株式会社", "会社", "協会", "財団", "機構", "委員会", "省", "庁", "警察", "県警", "府警", "警視庁",
             "署", "大学", "研究所", "組合", "連盟", "党", "政府", "当局", "銀行", "グループ", "ホールディングス")
MEDIA_HEADS = ("通信", "新聞", "紙", "テレビ", "放送", "通信社", "新聞社", "放送局", "メディア", "ニュース", "局", "社",
               "電子版", "ネット", "タイムズ", "ポスト", "ジャーナル")


#: heads that name a news medium (not any company: …社 alone is not enough)
NEWS_HEADS = ("通信", "新聞", "紙", "テレビ", "放送", "通信社", "新聞社", "放送局", "メディア", "ニュース", "タイムズ",
              "ポスト", "ジャーナル", "電子版")


def _named_like(doc, np: _NP) -> bool:
    """A source phrase the entities stage did not link but that reads as a name
    (a proper noun, or a medium: …通信, …新聞): a claim with a null source."""
    t = doc.text[np.start:np.end]
    e = np.end
    m = re.search(r"[(（][^()（）]*[)）]$", t)
    if m and m.start() > 0:
        t, e = t[:m.start()], np.start + m.start()
    if t.endswith(MEDIA_HEADS) or t.endswith(ORG_HEADS):
        return True
    toks = doc.tokens_in(np.start, e)
    if toks and re.fullmatch(r"[ァ-ヴー・=＝]{3,}", toks[-1].text) and _katakana_name(doc, toks[-1]):
        return True  # a foreign name in katakana (not a modified common noun: 打ち上げたミサイル)
    return bool(toks) and (toks[-1].tag.startswith("名詞-固有名詞") or (
        len(toks) > 1 and toks[-2].tag.startswith("名詞-固有名詞") and toks[-1].tag.startswith("接尾辞")))


def _katakana_name(doc, t) -> bool:
    """Can a katakana token be a name? A common noun (Sudachi 普通名詞) modified by a
    clause or an の phrase is not one (北朝鮮が打ち上げたミサイル, 首を挟まれるケース);
    a bare one or one after a body noun may be (ネクシィーズは, 石油会社ドルフィン…)."""
    if "普通名詞" not in t.tag or re.search(r"[・=＝]", t.text):
        return True
    if t.i == 0:
        return True
    prev = doc.tokens[t.i - 1]
    if prev.sent != t.sent:
        return True
    return not (prev.tag.startswith(("動詞", "助動詞", "形容詞")) or prev.text == "の")


def _unlinked_name_before_title(doc, s: int, e: int, strict: bool = False) -> bool:
    """スコラーリ監督, ペピ総裁: a name the entities stage did not link, before a title.
    ``strict`` (no title after it): a katakana common noun (ミサイル) is no name."""
    toks = doc.tokens_in(s, e)
    for t in toks:
        if t.tag.startswith("名詞-固有名詞-人名") or (
            re.fullmatch(r"[ァ-ヴー・]{2,}", t.text) and not mentions_in(doc, t.start, t.end)
            and not (strict and (t is not toks[-1] or not _katakana_name(doc, t)))
        ):
            return True
    return False


#: person titles too general to look back for (氏, さん, 彼 …): those carry the last speaker
_PRONOUN_TITLES = {"氏", "同氏", "彼", "彼女", "同", "さん", "君", "ちゃん", "様", "関", "両氏", "首脳", "両首脳",
                   "同国", "同社", "同紙", "同省", "政権", "師", "王"}


def _title_antecedent(doc, np: "_NP") -> str | None:
    """A bare title (大統領が, 国防相は) names the person last mentioned with that title
    (…ブッシュ大統領は… → 大統領 = Bush), not whoever spoke last."""
    hn = _head_noun(doc.text[np.start:np.end])
    head = doc.text[np.start:np.end].strip(_SPACE)
    md = _DOC_HEAD.search(head)
    if md is not None and re.fullmatch(r"(?:この|その|同|今回の|新たな)?", head[:md.start()]):
        # 報告書は…とした: the body whose report was named before (…委員会の報告書で明らかになった)
        noun = md.group(0).lstrip("の")
        for m in reversed(mentions_in(doc, max(0, np.start - 1500), np.start)):
            if re.match(r"(?:の|が|による)?(?:[^、。「」]{0,6})?" + re.escape(noun), doc.text[m[1]:m[1] + len(noun) + 8]) \
                    and entity_type(doc, m[2]) in ("ORG", "GPE", "PERSON"):
                return m[2]
        return None
    if hn in BODY_NOUNS and head != hn and len(head) >= 3 and not head.startswith(("同", "両", "その", "この")):
        # 検証委員会は: the body named earlier in full (放送倫理検証委員会), not the last speaker
        for m in reversed(mentions_in(doc, max(0, np.start - 3000), np.start)):
            if entity_type(doc, m[2]) == "ORG" and doc.text[m[0]:m[1]].endswith(head) and m[1] - m[0] > len(head):
                return m[2]
        return None
    if head.startswith("同") and head not in _PRONOUN_TITLES and re.fullmatch(r"[一-龥]{1,6}", head[1:]) and (
            hn in BODY_NOUNS and hn not in ("側", "首脳", "委員", "通信", "新聞", "紙")
            or head[1:] in _BODY_LONG_FORMS or head[1:] in ("組織", "団体")):
        # R29: 同署は / 同地裁は / 同組織は / 同協会は: the body last named with that head (宝塚署, 大阪地方裁判所,
        # …アルカーイダ組織), not whoever spoke last; a short form names its long one (地裁 = 地方裁判所)
        return _body_named_before(doc, head[1:], np.start, 3000)
    if head.startswith("同") and len(head) > 1 and head not in _PRONOUN_TITLES and re.fullmatch(r"[一-龥]{1,6}", head[1:]):
        # R26: 同容疑者は / 同教授は / 同委員は: the person last mentioned with that title (同 + title, or
        # a country's: 同国務長官 for 米国務長官; not 元容疑者, 副社長, 前首相), not whoever spoke last
        best = None
        for ent in doc.article.entities:
            if ent.type != "PERSON":
                continue
            for (m0, _), tt in zip(ent.mentions, ent.titles or ()):
                if m0 < np.start and tt and re.fullmatch(r"[米英仏独中露韓朝日印伊]?" + re.escape(head[1:]), tt) \
                        and (best is None or m0 > best[0]):
                    best = (m0, ent.key)
        if best is not None:
            return best[1]
    if hn not in TITLE_NOUNS or hn in _PRONOUN_TITLES or head != hn:
        return None
    for m in reversed(mentions_in(doc, max(0, np.start - 3000), np.start)):
        if entity_type(doc, m[2]) != "PERSON":
            continue
        after = doc.text[m[1]:m[1] + len(hn) + 4]
        if re.match(r"[\s]*(?:[米英仏独中露韓朝日印伊]|前|元|現|副)?" + re.escape(hn), after):
            return m[2]
        if _r36_compound_title(doc.text, m[1], hn):
            return m[2]
    return None


#: R36: words before a bare title that make the compound another office (副知事 is no 知事, 次期大統領
#: no 大統領 yet)
_R36_OTHER_OFFICE = re.compile(r"(?:副|次期)")


def _r36_compound_title(text: str, pos: int, hn: str) -> bool:
    """R36: the title right after a person's name (at ``pos``) is a compound one that ends with the bare
    title ``hn`` (マクグィンティ州知事 … 知事は / ガルージン駐日臨時代理大使 … 大使は): the bare title names
    that person as well; the compound is one kanji word (not 知事選, 大使館) and no other office (副知事)."""
    m = re.match(r"[一-龥]{1,6}?" + re.escape(hn) + r"(?![一-龥ァ-ヴー])", text[pos:pos + len(hn) + 8])
    return m is not None and not _R36_OTHER_OFFICE.search(m.group(0)[:-len(hn)])


#: R29: short forms of a body's head and the long forms a full name ends with (同地裁 for 大阪地方裁判所)
_BODY_LONG_FORMS = {"地裁": ("地方裁判所",), "高裁": ("高等裁判所",), "最高裁": ("最高裁判所",), "家裁": ("家庭裁判所",),
                    "地検": ("地方検察庁",), "高検": ("高等検察庁",), "署": ("警察署",), "県警": ("県警察", "県警察本部"),
                    "府警": ("府警察", "府警察本部"), "教委": ("教育委員会",)}


def _body_named_before(doc, head: str, pos: int, window: int, strip: str = "") -> str | None:
    """The ORG named last within ``window`` characters before ``pos`` whose name (less ``strip``
    at its end) ends with ``head`` or one of its long forms: 同署 / 同地裁 / 同県警 pointing back (R29;
    speakers look back about an article, claim sources about a paragraph, as before)."""
    return _last_named(doc, (head,) + _BODY_LONG_FORMS.get(head, ()), ("ORG",), pos, window, strip=strip)


#: R32 review: cue nouns of voices heard in a body (X社では「…」との声が上がった): no words of the body
_R32_DE_VOICES = {"声", "意見", "見方", "批判", "不満", "懸念", "疑問"}

#: R32: 同 + a body's head + an unnamed official of it (同県警幹部, 同省の担当者, 同市教委職員, 同協会広報担当者)
_R32_SAME_BODY_STAFF = re.compile(r"同([一-龥]{1,5}?)の?(?:幹部|関係者|担当者|当局者|職員|広報担当者?|広報|"
                                  r"スポークスマン|報道担当者?)(?:ら|たち)?")


def _same_body_before(doc, head: str, pos: int) -> str | None:
    """R32: the ORG named last before ``pos`` (in 3000 characters) that 同 + ``head`` points back to: a
    body's head (省, 県警, 協会, 委員会 …; 市教委 for …市教育委員会, 県警 for …県警察本部); not 同氏 / 同国 / 同社,
    which the entities stage resolves (doc.extras["refs"])."""
    if head in ("氏", "国", "社", "紙", "誌", "日", "年", "月", "時", "様", "種", "所", "地", "町", "市", "村", "県", "州"):
        return None
    forms = [head]
    for short, longs in _BODY_LONG_FORMS.items():
        if head.endswith(short):
            forms.extend(head[:-len(short)] + lf for lf in longs)
    if not (head in BODY_NOUNS or any(f.endswith(tuple(BODY_NOUNS - {"側", "首脳", "委員", "紙", "通信", "新聞"}))
                                      for f in forms)):
        return None
    return _last_named(doc, tuple(forms), ("ORG",), pos, 3000)


def _de_opener_body(doc, lo: int, hi: int) -> tuple["_NP", int] | None:
    """R32: a body that opens the clause with では (国土交通省では「…」としている / 同省では、…といっている):
    its NP and the offset after では, when the phrase names ORGs only or is 同 + a body's head pointing
    back (同省 / 同署 / 同県警: the body named before with that head)."""
    text = doc.text
    m = _DE_OPENER_RE.match(text[lo:hi])
    if m is None:
        return None
    a, b = lo + m.start(1), lo + m.end(1)
    np_de = _resolve_np(doc, a, b)
    if np_de.keys and all(entity_type(doc, key) == "ORG" for key in np_de.keys):
        return np_de, lo + m.end()
    head = text[a:b].strip(_SPACE)
    if not np_de.keys and re.fullmatch(r"同[一-龥]{1,5}", head):
        key = _same_body_before(doc, head[1:], a)
        if key is not None:
            return _NP(a, b, [key], "named"), lo + m.end()
    return None


def _r34_person_subject(doc, lo: int, hi: int) -> bool:
    """R34 review: the words after a body's では open with a named person as subject (山田太郎社長が /
    山田氏は): the person speaks, not the body; an accused (X容疑者が) is what the body says of him."""
    text = doc.text
    for a, b, key in mentions_in(doc, lo, hi):
        if text[lo:a].strip(_SPACE + "、"):
            return False  # only a person that opens the rest
        if entity_type(doc, key) != "PERSON":
            return False
        m = re.match(r"((?:[一-龥ァ-ヶー]|さん|ちゃん|くん){0,8}?)(?:は|が)", text[b:hi])
        return m is not None and not (m.group(1) and _head_noun(m.group(1)) in _ACCUSED_TITLES)
    return False


#: R37: a ruling or a court's level standing for the court that gave it (判決は / 同日の判決は / 二審は / 1審は /
#: 控訴審は / 小法廷は / 第三小法廷は / 大法廷は): the group names the level the court must have
_R37_RULING = re.compile(r"(?:(?:この|その|同|同日の|今回の|当日の|[\d０-９]+日の)?(?P<any>判決|判決理由)"
                         r"|(?P<low>[一1１]審)(?:判決)?|(?P<high>[二2２]審|控訴審)(?:判決)?"
                         r"|(?P<top>上告審(?:判決)?|(?:第[一二三1-3１-３])?小法廷|大法廷))")
#: R37: the surface of a court's mention at each level (any: every court)
_R37_COURT_FORMS = {
    "any": re.compile(_R37_ANY_COURT),
    "low": re.compile(r"(?:地方裁判所|地裁|簡易裁判所|簡裁|家庭裁判所|家裁)(?:[^、。「」]{0,6}支部)?$"),
    "high": re.compile(r"(?:高等裁判所|(?<!最)高裁)(?:[^、。「」]{0,6}支部)?$"),
    "top": re.compile(r"(?:最高裁判所|最高裁)(?:[^、。「」]{0,6}法廷)?$"),
}


def _r37_court(doc, s: int, e: int) -> str | None:
    """R37: a speaker phrase that is only a ruling or a court's level (判決は, 同日の判決は, 二審は, 小法廷は):
    the court of that level named last before it (within 3000 characters; 判決: any court) speaks, as the
    gold reads a ruling (the court, not its presiding judge named before, nor a lower court named last)."""
    text = doc.text
    m = _R37_RULING.fullmatch(text[s:e].strip(_SPACE))
    if m is None:
        return None
    level = m.lastgroup or "any"
    if level != "any" and re.search(r"(?:この|その|同|本|当)$", text[max(0, s - 2):s]):
        return None  # この控訴審は: the case, not the court
    form = _R37_COURT_FORMS[level]
    courts = [(a, key) for a, b, key in mentions_in(doc, max(0, s - 3000), s)
              if entity_type(doc, key) == "ORG" and form.search(text[a:b])]
    if not courts:
        return None
    if level == "any":
        # 判決は: the court of the last sentence before that tells of a ruling (仙台高裁秋田支部の…裁判長は…判決を言い
        # 渡した。一審の秋田簡易裁判所では…。判決では、: the appeal court, not the lower court named last), its
        # first court (二審の大阪高裁は、一審の京都地裁の判決を破棄し: the court that rules)
        for si in range(_sent_index(doc, s), -1, -1):
            sn = doc.article.sentences[si]
            hi = min(sn.end, s)
            inside = [key for a, key in courts if sn.start <= a < hi]
            if inside and "判決" in text[sn.start:hi]:
                return inside[0]
            if sn.end < s - 3000:
                break
    return courts[-1][1]


def _sent_index(doc, pos: int) -> int:
    """R37: the index of the sentence holding offset ``pos``."""
    sents = doc.article.sentences
    for si in range(len(sents) - 1, -1, -1):
        if sents[si].start <= pos:
            return si
    return 0


def _last_named(doc, forms: tuple[str, ...], types: tuple[str, ...], pos: int, window: int,
                strip: str = "", min_len: int = 0) -> str | None:
    """The key of the mention of one of ``types`` named last within ``window`` characters before
    ``pos`` whose surface (less ``strip`` at its end) ends with one of ``forms`` and has at least
    ``min_len`` characters."""
    for m in reversed(mentions_in(doc, max(0, pos - window), pos)):
        name = doc.text[m[0]:m[1]]
        if entity_type(doc, m[2]) in types and len(name) >= min_len and name.rstrip(strip).endswith(forms):
            return m[2]
    return None


#: R26: offices whose holder a bare title may name without naming them first (首相は, 大統領は, 知事は)
_OFFICE_TITLES = {"大統領", "首相", "総理", "総理大臣", "国王", "王", "主席", "国家主席", "総書記", "書記長", "首長",
                  "総統", "教皇", "法王", "首脳", "両首脳", "知事", "市長", "町長", "村長", "区長", "議長", "首席"}


#: R26: titles of the accused, whom an article often names first without the title (山田太郎(45)を逮捕):
#: left to the carry
_ACCUSED_TITLES = {"容疑者", "被告", "被告人", "被疑者"}


def _new_bare_title(doc, np: "_NP", carried: list[str], last_sent: int, si: int) -> bool:
    """R26: a bare person title (医師は, 判事が) when no person before it bore that title: someone not
    named in the article, not the last speaker. Offices (首相, 大統領, 知事 …), the accused (容疑者,
    被告) and pronoun titles (氏, 同氏, 彼) are left to the carry, and so is a carried person named
    first in this sentence or the two before who spoke in the one before (山田花子さんは「…」。医師は「…」),
    unless the title was given to someone else there (…大使に抗議した。大使は「…」)."""
    text = doc.text
    head = text[np.start:np.end].strip(_SPACE)
    hn = _head_noun(head)
    if head != hn or hn not in TITLE_NOUNS or hn in _PRONOUN_TITLES or hn in _OFFICE_TITLES \
            or hn in _ACCUSED_TITLES or head.startswith(("同", "両", "その", "この")):
        return False
    # the title's stem, so that a kindred title counts (担当医 for 医師, 弁護人 for 弁護士)
    stem = hn[:-1] if len(hn) > 1 and hn[-1] in "師士人者" else hn
    for ent in doc.article.entities:
        if ent.type != "PERSON" or not ent.mentions or min(a for a, _ in ent.mentions) >= np.start:
            continue
        if any(t and stem in t for t in (ent.titles or ())):
            return False
        for a, _ in ent.mentions:
            # 担当医の山田花子さん: the words before the name with の describe the person
            md = re.search(r"([^、。「」『』()（）\s]{1,8})の$", text[max(0, a - 10):a])
            if a < np.start and md and stem in md.group(1):
                return False
    if len(carried) == 1 and entity_type(doc, carried[0]) == "PERSON" and last_sent >= si - 1:
        ent = doc.article.entity(carried[0])
        first = min((a for a, _ in ent.mentions), default=None) if ent is not None else None
        lo = doc.article.sentences[max(0, si - 2)].start
        if first is not None and first >= lo and stem not in text[lo:np.start]:
            return False
    return True


def _person_np(doc, np: "_NP") -> bool:
    """A phrase naming people (記者団, 市民, a PERSON entity, a bare title), not a place or body."""
    if np.keys:
        return all(entity_type(doc, k) == "PERSON" for k in np.keys)
    return np.kind in ("generic", "title") and _head_noun(doc.text[np.start:np.end]) not in BODY_NOUNS


def _actor_np(np: _NP | None) -> bool:
    return np is not None and (bool(np.keys) or np.kind in ("title", "generic", "unlinked"))


def _last_clause_subject(doc, sent: _Sent, lo: int, hi: int) -> tuple[_NP, int] | None:
    """R23c: the last subject at bracket depth 0 in [lo, hi) (a は / も topic, or a が phrase set
    off by 、) when it opens a clause (right after 、): the phrase and the offset after its particle."""
    last = None
    for k, t in enumerate(sent.toks):
        if t.start < lo or t.end > hi or k == 0 or sent.d(t.start) != 0:
            continue
        if t.text in ("は", "も") and t.tag.startswith("助詞-係助詞") or (
                t.text == "が" and t.tag.startswith("助詞-格助詞")):
            last = k
    if last is None:
        return None
    t = sent.toks[last]
    if t.text == "が" and doc.text[t.end:t.end + 1] != "、":
        return None  # (a が inside a clause of the content: 首相は、A氏が辞任したことについて「…」)
    span = _np_before(doc, sent, last, lo)
    if span is None or sent.toks[last - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て"):
        return None
    if doc.text[span[0] - 1:span[0]] != "、":
        return None  # the phrase opens a clause of its own
    np = _resolve_np(doc, *span)
    return (np, t.end) if _actor_np(np) else None


def _topic_phrase(doc, sent: _Sent, lo: int, hi: int, marks=("は", "も")) -> tuple[_NP, int] | None:
    """First actor phrase marked by は/も (or ``marks``) at bracket depth 0 in [lo, hi):
    the phrase and the offset just after its particle."""
    for k, t in enumerate(sent.toks):
        if t.start < lo or t.end > hi:
            continue
        if sent.d(t.start) != 0 or t.text not in marks:
            continue
        if not (t.tag.startswith("助詞-係助詞") or (t.text == "が" and t.tag.startswith("助詞-格助詞"))):
            continue
        if k > 0 and sent.toks[k - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て"):
            continue
        span = _np_before(doc, sent, k, lo)
        if span is None:
            continue
        mh = re.search(r"(?:を(?:はじめ|始め|初め)(?:とする|として)?[、\s]*|など|等)$", doc.text[max(lo, span[0] - 8):span[0]])
        if mh is not None and re.fullmatch(_MEDIA_GROUP_TAIL, mh.group(0) + doc.text[span[0]:span[1]]):
            # 共同通信社をはじめとする各報道機関は: the phrase reaches back over をはじめとする
            b = span[0] - len(mh.group(0))
            left = [m for m in mentions_in(doc, max(lo, b - 40), b) if m[1] == b]
            if left:
                span = (left[-1][0], span[1])
        elif (mp := re.search(r"を(?:はじめ|始め|初め)(?:とする|として)?[、\s]*(?:何人か|数人|多く|複数|一部|他)?$",
                              doc.text[max(lo, span[0] - 14):span[0]])) is not None and _head_noun(
                doc.text[span[0]:span[1]]) in (TITLE_NOUNS | GENERIC_NOUNS):
            # R12: X議員をはじめとする何人かの議員は: the phrase reaches back to the person named first
            b = span[0] - len(mp.group(0))
            left = [m for m in mentions_in(doc, max(lo, b - 40), b) if entity_type(doc, m[2]) == "PERSON"
                    and (m[1] == b or _head_noun(doc.text[m[1]:b]) in TITLE_NOUNS and b - m[1] <= 6)]
            if left:
                span = (left[-1][0], span[1])
        np = _resolve_np(doc, *span)
        if _actor_np(np) and _DOC_HEAD.search(doc.text[span[0]:span[1]]) and any(
                u.text in ("は", "も") and u.tag.startswith("助詞-係助詞") and sent.d(u.start) == 0
                for u in sent.toks[:k] if u.start >= lo):
            continue  # Xは、報告書は…に基づいていると述べた: a document after another topic is content
        if _actor_np(np):
            return np, t.end
    return None


def _addressee(doc, sent: _Sent, lo: int, hi: int) -> str | None:
    """Xに対し(て) / Xに + verb: the entity spoken to, in [lo, hi)."""
    for k, t in enumerate(sent.toks):
        if t.start < lo or t.end > hi or t.text != "に" or sent.d(t.start) != 0:
            continue
        nxt = sent.toks[k + 1] if k + 1 < len(sent.toks) else None
        if nxt is None:
            continue
        if not (nxt.lemma in ("対する",) or (_verb_cue(nxt.lemma) and nxt.end <= hi + 8)):
            continue
        span = _np_before(doc, sent, k, lo)
        if span is None:
            continue
        np = _resolve_np(doc, *span)
        if np.keys:
            return np.keys[0]
    return None


# ---------------------------------------------------------------- cue detection


@dataclass
class _Cand:
    q: int  # char offset of the quotative と (or こと): the content ends here
    qk: int  # its token index in the sentence
    cue: str
    cue_span: tuple[int, int]
    cue_lemma: str
    after: tuple[int, int]  # chars between と and the cue (speaker may sit there)
    claim: bool = False
    form: str = "verb"
    bracket: tuple[int, int] | None = None  # 「 and 」 offsets of a direct quote
    cue_tok: int = -1  # token index of the cue head
    end: int = 0  # offset after the cue
    passive: bool = False  # とされ: a report only after a frame naming its source
    spk: tuple[int, int] | None = None  # …という外交筋の話: the speaker phrase inside the cue
    loose: bool = False  # 「…」と突っ込んだ: an utterance before a verb that is no speech cue
    intent: bool = False  # R16: …する意向を示した: a stated intention (no quotative と)
    unnamed: bool = False  # R18: …ことを政府が発表した: a speaker phrase naming nobody (a null speaker)
    lo_min: int = 0  # R23: the content starts no earlier (after the report that frames it)
    hearsay: bool = False  # R30: …と報道されている with nobody named: no quote, but it ends its clause
    issued: bool = False  # R35: 「…」という書き込みをした: the clause's own speaker, if any, wrote the document


def _intent_end(text: str, toks, k: int) -> int | None:
    """R16: the token the stated intention before the noun at ``k`` (…する意向) ends at, or None
    when no clause ends there. 1.26: an adjective or adjectival phrase with no は / が / も of its
    own (強い, 固い, 並々ならぬ, 強固な) modifies the noun: the clause before it is the content
    (改革を断行する強い意志 → 改革を断行する; …するという並々ならぬ決意 → …する), none when there is
    none (改革への強い決意); 回復は難しい見通し ends a clause of its own."""
    if k < 1:
        return None
    c = k - 1
    while c > 0 and c > k - 4 and (toks[c].pos == "AUX" or toks[c].tag.startswith("助動詞")):
        c -= 1
    ct = toks[c]
    if c >= 1 and (ct.tag.startswith(("形容詞", "連体詞", "形状詞"))
                   or (c < k - 1 and ct.tag.startswith("名詞") and ct.pos != "VERB")):
        b = toks[c - 1]
        if not (b.text in ("が", "は", "も") and b.tag.startswith("助詞")):
            if text[max(0, b.end - 3):b.end] in ("という", "との") and c >= 3 and toks[c - 2].text == "と":
                c -= 2  # …するという固い決意: the content ends at と
            k = c
    prev = toks[k - 1] if k >= 1 else None
    if prev is None or not _predicate_end(prev) or prev.text in "」』なの" or prev.tag.startswith("形状詞") \
            or text[max(0, prev.start - 3):prev.start].endswith(("という", "との", "とする")):
        return None
    return k


def _past_occasion(toks, j: int, is_cue) -> int:
    """…を会見で明らかにした / …意向を党役員会で表明した: past one to three nouns + で to the
    cue token (``is_cue(token)``) when there is one, else ``j``."""
    j5 = j
    while j5 < len(toks) and j5 < j + 3 and _nounish(toks[j5]):
        j5 += 1
    if j5 > j and j5 + 1 < len(toks) and toks[j5].text == "で" and is_cue(toks[j5 + 1]):
        return j5 + 1
    return j


def _tok_from(toks, j: int, off: int) -> int:
    """The first token from ``j`` on that starts at or after the text offset ``off``."""
    while j < len(toks) and toks[j].start < off:
        j += 1
    return j


#: R18: a date (or 同日 / 翌日 / 前日までに) between …ことを and its cue, with or without commas
_KOTO_DATE = re.compile(r"、?(?:(?:[\d０-９]+年)?(?:[\d０-９]+月)?[\d０-９]+日(?:夜|朝|午前|午後|未明)?|同日|翌日|前日|当日)"
                        r"(?:(?:まで)?に)?、?")


def _past_koto_gap(text: str, toks, j: int, is_cue) -> int:
    """R18: …ことを14日発表した / …ことを、前日までに明らかにした / …ことを7月25日の会見で発表した /
    …ことを会見で明らかにした: past a date and/or a short occasion phrase (nouns + で) to the cue token
    (``is_cue(token)``) when one follows at once, else ``j``."""
    if j >= len(toks):
        return j
    j2 = j
    m = _KOTO_DATE.match(text, toks[j].start)
    if m and m.end() > toks[j].start:
        j2 = _tok_from(toks, j2, m.end())
        if j2 >= len(toks) or toks[j2].start != m.end():
            return j  # (the date ends inside a token: 1日も早く)
        if is_cue(toks[j2]):
            return j2
        if toks[j2].text == "の":  # (7月25日の会見で)
            j3 = _past_occasion(toks, j2 + 1, is_cue)
            return j3 if j3 != j2 + 1 else j
    j3 = _past_occasion(toks, j2, is_cue)
    return j3 if j3 != j2 else j


def _statement_doc_at(toks, x: int, first: int) -> bool:
    """toks[x] is a statement noun, alone or as the end of a compound Sudachi splits after the
    noun run that starts at ``first`` (命令|書, 判決|理由; R18)."""
    return toks[x].lemma in STATEMENT_DOCS or (x > first and toks[x - 1].text + toks[x].text in STATEMENT_DOCS)


def _medium_news_object(doc, text: str, np: "_NP", v, ca: int, cb: int) -> bool:
    """R18: a medium (…通信 / …紙 / …放送局 …) that 伝える / 報じる a plain noun phrase makes a claim of
    it (AGI通信は、法相の発言を伝えている; 同紙は、教会からも反対を伝えた) even with no report
    (という / との / と) inside; not a bare pronoun (これを伝えた), not a clause chain with 、
    (社説で、…を試み、…発言を伝えた), not a long stretch."""
    if v.lemma not in ("伝える", "報じる", "報ずる", "報道"):
        return False
    head = text[np.start:np.end].strip("」』 、" + _SPACE)
    if not head.endswith(NEWS_HEADS) or not (np.keys or _named_like(doc, np)) or _UNNAMED_MEDIA.fullmatch(head):
        return False  # (各メディアは、…反応を伝えている: no named medium)
    obj = text[ca:cb]
    return (4 <= len(obj) <= 40 and not re.search(r"[、,。]", obj)
            and not re.fullmatch(r"(?:これ|それ|あれ|この|その|同じ|同様の)[^\s]{0,4}", obj))


def _clarify_at(toks, j: int) -> bool:
    """toks[j:] reads 明らか|に|する (明らかにした: a report; 明らかになった is none)."""
    return toks[j].lemma == "明らか" and j + 2 < len(toks) and toks[j + 1].text == "に" and toks[j + 2].lemma == "する"


#: R34: what may stand before a short noun-final bracket that a speaker states (…は「猛省が必要」としている,
#: これについて「誤差の範囲内」としている, 会見にて「…」): a topic, a 、, a "regarding" phrase; not を (…を「武生柳町」
#: とした: a designation), not a verb stem (…を引き上げ「A-」とした), not には / では / とは
_R34_LABEL_PREV = re.compile(r"(?:(?<![にでと])[はがも][、，]?|[、，]|について|に対して|に関して|にて)$")


def _r34_said_label(doc, sent: "_Sent", toks, bracket: tuple[int, int], j: int) -> bool:
    """R34: a short noun-final bracket before とする that is the speaker's words, not a label: the
    sentence's final とした / としている / としていた (…当局者は、「故障は未確認」としている; …としているが、).
    とし、 / として + more stay labels (「ノリック」として知られ, 新名称は「…」とし、)."""
    text = doc.text
    before = text[sent.start:bracket[0]]
    if not _R34_LABEL_PREV.search(before) or re.search(r"を[、，]$", before):
        return False  # (R34 review: …名称を、「みどり市」とした is a designation too)
    e = _tail(toks, j)
    tail = text[toks[j].start:toks[e].end]
    rest = text[toks[e].end:sent.end]
    # (R34 review: a sentence with no final 。 ends there too)
    return tail in ("した", "している", "していた") and re.match(r"(?:[。．]|が、|ものの|[\s　]*$)", rest) is not None


def _tail(toks, k: int) -> int:
    """Index of the last token of the inflection tail after cue token ``k``
    (し, て, い, いる, た, おり, ます …), not crossing という or と."""
    j = k
    while j + 1 < len(toks):
        t = toks[j + 1]
        if t.text in ("と", "という", "、", "。") or t.lemma in ("という",) or t.tag.startswith("名詞"):
            break  # 述べた上で: 上 is no inflection
        if t.text in ("が", "けど", "けれど", "けれども", "ので", "のに", "から", "ように", "よう", "ため", "し"):
            if not (t.text == "し" and t.lemma == "する"):
                break  # としているが, 語っていたように: the clause goes on
        if t.pos in ("AUX", "SCONJ") or t.lemma in ("する", "いる", "おる", "ます", "た", "て", "だ") or (
            t.pos == "VERB" and t.dep == "fixed"
        ):
            if t.text in ("ば", "たら", "ても", "なら", "ながら"):
                break
            if t.text == "て" and j + 2 < len(toks) and toks[j + 2].text == "も":
                break
            j += 1
            continue
        break
    return j


#: cues that report a clause whose copula is left out (…強化が必要と語った, 規模はM7.4と発表した)
_NOUN_END_CUES = {"述べる", "語る", "発表", "説明", "強調", "主張", "指摘", "明らか", "報告", "表明", "分析", "明言",
                  "断言", "結論", "判断", "推定", "推計", "試算", "見積もる", "公表", "発言", "評価", "批判", "非難",
                  "予測", "観測", "見る", "みる", "考える", "予想",
                  "伝える", "報じる", "報ずる", "報道"}  # R12: …変化するものと予測し; R26: …原因と見ている
# (R29: 伝える / 報じる / 報道 too: AP通信は死者が少なくとも41人と伝えている, 毎日新聞は…居眠りと報じた)


#: R29: the readings a medium's view is reported with (…とみている), as a claim beside the quote
_MEDIUM_VIEW_READINGS = {"見る", "みる"}


#: R25: what may follow the counter of a tally before と (20名から30名ほどと語った)
_TALLY_TAIL = {"ほど", "程度", "前後", "以上", "余り", "あまり", "超", "近く", "強", "弱"}


def _tally_num(toks, k: int) -> int | None:
    """R25: a number + its counter (+ ほど / 以上 …) right before the と at ``k`` (…384人と, …30名ほどと,
    …約80%と) is the end of a reported tally, never a partner of "with" (友人と語った): the index of
    its number, else None. 1.26: not a date or an hour (来月3日と発表した: 日 / 時 / 月 / 年 count no one)."""
    j = k - 1
    if j >= 2 and toks[j].text in _TALLY_TAIL:
        j -= 1
    if j >= 1 and toks[j - 1].pos == "NUM" and toks[j].tag.startswith(("接尾辞-名詞的", "名詞-普通名詞-助数詞可能")) \
            and toks[j].text not in ("日", "時", "月", "年"):
        n = j - 1
        while n > 0 and toks[n - 1].pos == "NUM":
            n -= 1
        return n
    return None


def _copula_dropped(doc, sent: _Sent, k: int) -> bool:
    """Noun + quotative と + a reporting verb right after it, in a clause with its own は / が:
    the copula of the reported clause is left out (…強化が必要と語っている). Not a name or a
    person before と (首相と語った: with the prime minister)."""
    toks = sent.toks
    prev = toks[k - 1]
    n_tally = _tally_num(toks, k)
    tally = n_tally is not None
    if not tally and (not _nounish(prev) or prev.tag.startswith(("名詞-固有名詞", "代名詞")) or k + 1 >= len(toks)):
        return False
    if not tally and (mentions_in(doc, prev.start, prev.end)
                      or _head_noun(prev.text) in (TITLE_NOUNS | GENERIC_NOUNS | BODY_NOUNS)):
        return False
    if k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]
    if nxt.lemma not in _NOUN_END_CUES or sent.d(nxt.start) != 0:
        return False
    if nxt.lemma == "明らか" and not (k + 3 < len(toks) and toks[k + 3].lemma == "する"):
        return False
    q = max((x for x, u in enumerate(toks[:k]) if u.text in "、「」『』"), default=-1)
    if tally:
        if nxt.lemma not in ("語る", "話す"):
            return True  # R25: 死者652人、行方不明者384人と発表した: a tally needs no は / が of its own
        # 1.26: after 語る / 話す a と may name a partner (住民ら約30人と語った): a tally only right after
        # a 、 (負傷者は、約30人と語った), after another tally (死者3人、負傷者12人と) or with a は / が
        n = n_tally
        if n >= 1 and (toks[n - 1].text == "、" or (
                n >= 2 and toks[n - 1].text in ("約", "およそ", "計", "合計") and toks[n - 2].text == "、")):
            return True
        if q >= 1 and toks[q].text == "、" and _tally_num(toks, q) is not None:
            return True
    sj = _last_subject(toks, sent, q, k)
    if (nxt.lemma, "reading") in speech_cues():
        # 1.28 review: トヨタは北米を最重要市場と見ている / 同社は中国を成長市場と考えている: a を phrase with
        # no は / が after it makes the noun a designation of the holder's (as 今年を改革元年とした); not
        # a を of a verb before the noun (声明は…実施を暗示したものとみている: a relative clause)
        wo = max((x for x in range(sj + 1, k - 1) if toks[x].text == "を" and sent.d(toks[x].start) == 0), default=None)
        if wo is not None and not any(u.tag.startswith(("動詞", "助動詞")) and u.text != "な"
                                      for u in toks[wo + 1:k - 1]):
            return False
    return sj > q


def _last_subject(toks, sent: _Sent, q: int, k: int) -> int:
    """The index of the last は / が (a case or binding particle outside brackets) between the
    clause start ``q`` and the noun before と at ``k - 1``; ``q`` when there is none."""
    return max((x for x in range(q + 1, k - 1) if toks[x].text in ("が", "は") and sent.d(toks[x].start) == 0
                and toks[x].tag.startswith(("助詞-格助詞", "助詞-係助詞"))), default=q)


#: R44: nouns of a plan or an outlook that a verb clause heads before a sentence-final としている
#: (…運行を始める予定としている / …削減する方針としている / …解除する見込みとしていた): the topic's stated plan
_PLAN_NOUNS = {"予定", "方針", "見通し", "見込み", "意向", "計画", "構え", "方向"}


def _noun_suru_report(doc, sent: _Sent, k: int, prev) -> bool:
    """…規模はM7.1(など)としている。: a noun + と + sentence-final した / している in a clause with
    its own は / が reports a figure or a verdict (not 北朝鮮として, not 不服として帰国した)."""
    toks = sent.toks
    adj_noun = prev.tag.startswith("形状詞-一般")  # R14: …は遺憾としながら、 / 逮捕状は無効とし、
    if not (_nounish(prev) or adj_noun) or prev.tag.startswith(("名詞-固有名詞", "代名詞")) or k + 1 >= len(toks):
        return False
    if toks[k + 1].lemma != "する" or toks[k + 1].text not in ("し", "した"):
        return False
    e = _tail(toks, k + 1)
    tail = doc.text[toks[k + 1].start:toks[e].end]
    if tail in ("し", "して"):
        # R11: …の成立が必要として、… / …が不可欠とし、: a predicate noun (形状詞可能: 必要, 不可欠,
        # 困難) before a mid-sentence として / とし states a view in a clause with its own が / は
        if not (prev.tag.startswith("名詞-普通名詞-形状詞可能") or adj_noun):
            return False
    elif adj_noun or doc.text[toks[e].end:sent.end].strip(_SPACE + "。"):
        return False  # otherwise only a sentence-final した / している / していた
    if mentions_in(doc, prev.start, prev.end) or _head_noun(prev.text) in (TITLE_NOUNS | GENERIC_NOUNS | BODY_NOUNS):
        return False
    if prev.lemma in ("もの", "物") and prev.tag.startswith("名詞-普通名詞") and k >= 2 and \
            toks[k - 2].tag.startswith(("動詞", "助動詞", "形容詞")) and tail not in ("し", "して"):
        return True  # R12: …進路を誤ったものとしている: a clause nominalised by もの is stated, not named
    q = max((x for x, u in enumerate(toks[:k]) if u.text in "、「」『』"), default=-1)
    if adj_noun and q < 0:
        return False  # (彼は不服として控訴した: the topic is the one who objects; a comma sets off a report)
    # (R12: a を inside the subject clause does not count: 選挙を行うことが困難として)
    sj = _last_subject(toks, sent, q, k)
    plan = (prev.lemma in _PLAN_NOUNS and tail not in ("し", "して") and k >= 2
            and toks[k - 2].tag.startswith(("動詞", "助動詞")))
    if not plan and any(u.text == "を" and sent.d(u.start) == 0 for u in toks[sj + 1:k - 1]):
        return False  # 今年を改革元年とした: a designation, not a report (R44: a を inside the clause
        # that a noun of plan or outlook heads is no designation: …を開始する予定としている)
    if plan and sj <= q:
        return _last_subject(toks, sent, -1, k) > -1  # (its topic may stand before a comma: Xは、…予定としている)
    return sj > q


#: verbs after 「…」と that name or label rather than report words (「…」と題した / 書かれた)
LABEL_VERBS = {"題する", "名付ける", "命名", "称する", "銘打つ", "呼ぶ", "位置付ける", "位置づける", "見なす", "みなす",
               "定める", "改める", "改称", "改名", "読む", "訳す", "表記", "書く", "記載", "印刷", "刻む", "掲げる",
               "変える", "変更", "誤る", "間違える", "入れる", "入力", "検索", "登録", "答える", "回答", "する", "なる",
               "いう", "言う", "ある", "いる", "おる", "感じる", "思う", "考える", "信じる", "願う", "祈る", "決める", "判断", "認識", "理解"}


def _utterance(text: str, toks, bracket: tuple[int, int]) -> bool:
    """The bracket reads as something said: it ends with a predicate (or a sentence end) and is
    more than a short label (「死のグループ」と呼ばれた, 「ちびっこ紳士」として are not)."""
    o, c = bracket
    inner = text[o + 1:c].rstrip("。．！？!?" + _SPACE)
    if len(inner) < 4 or "「" in inner:
        return False
    last = [u for u in toks if o < u.start and u.end <= c and u.text not in ("。", "．", "！", "？", "!", "?")]
    if not last:
        return False
    lt = last[-1]
    return lt.tag.startswith(("動詞", "助動詞", "形容詞", "助詞-終助詞")) or (
        lt.tag.startswith("助詞-接続助詞") and lt.text in ("が", "けど", "けれど", "から", "ので"))


def _said_unnamed(text: str, sent, c) -> bool:
    """R23d: 「…」と持論も展開した / 「…」と遺書を残していた with no speaker named in the clause: a
    bracketed utterance of eight characters or more before the clause's own verb is still somebody's
    words (the speaker is carried). Not after a verb of seeing or thinking (「…」とみて: hearsay), a
    passive (「…」とみられる), or a verb that goes on into a condition or a noun (「…」と感じた場合)."""
    toks = sent.toks
    ct = c.cue_tok
    if ct < 0 or c.bracket is None or toks[ct].lemma in _SEEN_VERBS:
        return False
    e = _tail(toks, ct)
    if _passive(toks, ct, e):
        return False
    o, b = c.bracket
    if len(text[o + 1:b].rstrip("。．！？!?" + _SPACE)) < 8:
        return False
    rest = text[toks[e].end:sent.end]
    return not (re.match(r"\s*(?:場合|とき|時|ら|ば|なら|ても|ため|の|こと|よう)", rest)
                or (e + 1 < len(toks) and _nounish(toks[e + 1])))


#: R23d: verbs of seeing and thinking: 「…」とみて / と感じた is a view, not an utterance (dev convention)
_SEEN_VERBS = {"みる", "見る", "感じる", "思う", "考える", "見える", "みえる", "みなす", "見なす", "思える"}


def _prev_subject(doc, sent) -> list[str]:
    """R23d: the first entity of the sentence before that is its subject (…アセフィ報道官が記者会見で /
    竹原市長はブログ中で): who a speakerless 「…」と持論も展開した goes on about."""
    if sent.si <= 0:
        return []
    ps = doc.article.sentences[sent.si - 1]
    text = doc.article.text
    for a, b, k in mentions_in(doc, ps.start, ps.end):
        if re.match(r"(?:（[^）]*）|\([^)]*\))?[^\sの、。はが「」]{0,6}[はが](?![らい])", text[b:ps.end]):
            return [k]
    return []


def _passive(toks, a: int, b: int) -> bool:
    return any(toks[x].lemma in ("れる", "られる") for x in range(a, b + 1))


def _owned_cand(doc, toks, first: int, limit: int, nouns, q0: int, k: int, t, bracket) -> "_Cand | None":
    """…とする連立与党の国民同盟の要求 / …とする、外務省のX局長の言葉: a noun phrase from token
    ``first`` (before ``limit``), then の and one of ``nouns``: the words are the named owner's."""
    m3 = first
    while m3 < len(toks) and m3 < limit and (_nounish(toks[m3]) or toks[m3].text in ("の", "・")) and \
            toks[m3].lemma not in nouns:
        m3 += 1
    if m3 < len(toks) and m3 >= first + 2 and toks[m3].lemma in nouns and toks[m3 - 1].text == "の":
        np = _resolve_np(doc, toks[first].start, toks[m3 - 2].end)
        if np.keys:
            return _Cand(q0, k, toks[m3].text, (toks[m3].start, toks[m3].end), toks[m3].lemma,
                         (t.end, t.end), form="noun", bracket=bracket, cue_tok=m3,
                         end=toks[m3].end, spk=(np.start, np.end))
    return None


#: R15: documents whose written words a clause before とする quotes, with or without brackets
#: (…とする遺書を残した, 「…」とする書き込み, …とする報告書が提出された)
_WRITTEN_DOCS = {"遺書", "書き込み", "書き込む", "報告書", "論文", "書簡", "手紙", "メール", "メッセージ"}
#: R35: nouns that name the words themselves after 「…」という / とする (「…」という内容の書き込み, 「…」とする旨の
#: 供述, 「…」という内容で要求した): whatever carries them (a post, a call, a threat, a statement), the bracket
#: is what someone said or wrote (11 of 11 such brackets coded in the 929 articles, 3 found before)
_R35_CONTENT_NOUNS = {"内容", "旨"}


#: R35: 自ら / 自身 / 自分 + の before a noun of saying: the speaker's own words, not a speaker phrase
_R35_REFLEXIVE = {"自ら", "自身", "自分"}


def _r35_issued(toks, m: int) -> bool:
    """R35: the document noun at ``m`` is the object of an active verb that issues it (…書き込みを
    した / 声明を出していた / 遺書を残した), not received or found (…書き込みがあった / が見つかった /
    を受けた) nor passive (…書き込みをされた)."""
    if m + 2 >= len(toks) or toks[m + 1].text != "を":
        return False
    v = toks[m + 2]
    if v.lemma not in ISSUE_VERBS | {"する", "残す", "書く", "送信", "投稿"}:
        return False
    e = _tail(toks, m + 2)
    # (review: nor denied, 「…」という書き込みをしていない / 声明は出さず: nobody issued it)
    return not any(u.lemma in ("れる", "られる") or u.lemma in ("ない", "ぬ", "ず") and u.pos == "AUX"
                   for u in toks[m + 3:e + 1])


def _quoted_doc(doc, sent: _Sent, toks, k: int, m: int, q0: int, t, bracket, cue: str) -> "_Cand | None":
    """R12: 「…」とする論文 / Xが出した「…」とする勧告 / 「…」という宣言: a bracketed clause before
    とする / という + a document noun (``QUOTED_DOCS``) quotes the document; its author is the が
    phrase of an issuing verb right before the bracket (…委員会が出した「…」), else nobody named."""
    if m + 2 < len(toks) and toks[m].tag.startswith("名詞") and toks[m + 1].text == "の" \
            and toks[m + 2].lemma in _WRITTEN_DOCS:
        m += 2  # R15: 「…」とする批判の書き込み: one noun and の before the written words
    if m >= len(toks) or toks[m].lemma not in QUOTED_DOCS | _WRITTEN_DOCS | (
            _R35_CONTENT_NOUNS if bracket is not None else set()):
        return None
    if bracket is None:
        # R15: …強要されたとする遺書 / …陽性反応を示していたとする報告書: a clause ending in a
        # predicate before とする + a written document (``_WRITTEN_DOCS``) quotes it as well
        if toks[m].lemma not in _WRITTEN_DOCS or not cue.startswith("とする") or k == 0 \
                or not _predicate_end(toks[k - 1]):
            return None
    else:
        inner = [u for u in toks if bracket[0] < u.start and u.end <= bracket[1]]
        if not inner or not (_predicate_end(inner[-1]) or any(u.text in ("は", "が") for u in inner)):
            return None  # 「死のグループ」という論文: a title, not words
    spk = (t.start, t.start)
    if toks[m].lemma in _R35_CONTENT_NOUNS:
        # R35: the words of the clause's own topic (容疑者は…に「…」という内容の書き込みをした), or of a named から
        # phrase before the bracket (東山市から県に「…」という内容の連絡があった), as for a message received
        spk = None
        kk = max((x for x in range(1, k) if toks[x].text == "から" and sent.d(toks[x].start) == 0
                  and toks[x].end <= bracket[0]), default=None)
        if kk is not None and any(u.tag.startswith(("動詞", "助動詞", "形容詞")) for u in toks[kk + 1:k]
                                  if u.end <= bracket[0]):
            kk = None  # (review: only in the bracket's own clause, not 大阪から新幹線で…に向かい、…に「…」)
        span = _np_before(doc, sent, kk, sent.start) if kk is not None else None
        np_from = _resolve_np(doc, *span) if span is not None else None
        if np_from is not None and (np_from.keys or np_from.kind in ("generic", "title")):
            # a named one (not a device or place: 自宅パソコンから掲示板に「…」という内容の書き込み); (review) an
            # unnamed person or body (家族から県警に「…」という内容の連絡) is a null speaker, not the topic / carried one
            spk = span
    # R35: Xは…「…」という脅迫の書き込みをした / X氏が…「…」とする声明を出していた: the subject of the
    # active verb that issues the document wrote it (the clause's speaker, when one is found), not nobody
    issued = bracket is not None and _r35_issued(toks, m)
    kb = next((x for x, u in enumerate(toks) if bracket is not None and u.start == bracket[0]), None)
    if kb is not None and kb >= 3 and toks[kb - 1].lemma == "た" and toks[kb - 2].lemma in ISSUE_VERBS \
            and toks[kb - 3].text == "が":
        span = _np_before(doc, sent, kb - 3, sent.start)
        if span is not None and mentions_in(doc, *span):
            spk = span
    return _Cand(q0, k, cue, (t.start, t.start + len(cue)), toks[m].lemma, (t.end, t.end), form="noun",
                 bracket=bracket, cue_tok=m, end=toks[m].end, spk=spk,
                 issued=issued and spk is not None and spk[0] == spk[1])


def _r42_bracket_tono(doc, sent: "_Sent", k: int, m: int, q0: int, t, nxt, bracket) -> "_Cand | None":
    """R42: 「…」との + a noun that is no cue of the table, the object or subject of the next verb
    (「…」との意向を伝えた, 「…」とのメールを送った, 「…」との証言を得た, 「…」との報道がされている): a
    bracketed utterance before との is words reported whatever the noun (over the 1,154 gold articles 45
    of the 48 brackets of this shape are quotes; the others are two names, 「…」との連立, and a law's
    provision). The bracket must read as said (``_utterance``, six
    characters or more), and not be a label (見出し, 文言, 規定 …: ``_NOT_SAID_AFTER``). Words the clause's
    topic got from someone else (…から「…」との指摘を受け, …との証言を得た) are the から phrase's, else
    nobody's (a null speaker), not the topic's."""
    text, toks = doc.text, sent.toks
    if bracket is None or nxt.text != "の" or bracket[1] - bracket[0] < 7 or not _utterance(text, toks, bracket):
        return None
    if _NOT_SAID_AFTER.search(text[bracket[1] + 1:bracket[1] + 16]):
        return None  # 「…」との見出し / との文言: a label, not words said
    noun = toks[m]
    v = m + 1
    if v >= len(toks) or toks[v].text not in ("を", "が", "も") or v + 1 >= len(toks):
        return None  # …との状況は / との質問には / との内容の…: the words open a longer clause of the writer's
    v += 1
    if not (toks[v].pos in ("VERB", "AUX") or toks[v].tag.startswith(("動詞", "名詞-普通名詞-サ変"))):
        return None  # the noun must be the object or subject of the next verb (…との証言を得た, との報道がされている)
    spk, unnamed = None, False
    if toks[v].lemma in _R42_RECEIVED:
        kara = _kara_before(doc, sent, sent.start, bracket[0])
        if kara is not None and kara[0].keys:
            spk = (kara[0].start, kara[0].end)
        else:
            # R42 review: voiced by nobody named, as _message_cand's (noun.start, noun.end) — an empty
            # span (t.start, t.start) read as a passive report and took the topic into the content
            # (警察は「…」との脅迫を受けた: 警察は「…」 was the quote)
            spk, unnamed = (noun.start, noun.end), True
    e = toks[_tail(toks, v)].end
    return _Cand(q0, k, text[noun.start:e], (noun.start, e), noun.lemma, (t.end, t.end), form="noun",
                 bracket=bracket, cue_tok=m, end=e, spk=spk, unnamed=unnamed)


#: R42: verbs whose subject gets the words of a 「…」との noun from someone else (…との証言を得た), with
#: the verbs of receiving a reaction (RECEIVE_VERBS)
_R42_RECEIVED = frozenset(RECEIVE_VERBS | {"得る", "受け取る", "受ける", "聞く", "伝え聞く"})


#: R15: cues that report a bracketed utterance before こと besides the koto cues of the table
#: (「…」ことを話している / 「…」ことを伝えた)
_KOTO_BRACKET_CUES = {"話す", "伝える", "語る"}

_SENT_PUNCT_RE = re.compile(r"[、。,．！？!?]")


def _paren_label(text: str, lo: int, end: int):
    """R14: the match of a short parenthesis right after a closing bracket, ending at ``end``
    (「…」(朝日新聞より), 「A」(財政)), looked for from ``lo`` at the earliest."""
    return _PAREN_AFTER_BRACKET.search(text[:end], max(lo, end - 28))


def _scare_quote(text: str, pairs: dict[int, int], o: int) -> bool:
    """R14: a short bracketed phrase (≤ 12 characters, no comma or full stop) followed by a case
    particle, not by a quotative と: a scare quote (「遺憾の意」を, 「命懸け」で), not an utterance."""
    c = pairs.get(o)
    if c is None or c - o - 1 > 12 or _SENT_PUNCT_RE.search(text, o + 1, c):
        return False
    return text[c + 1:c + 2] in ("を", "で", "に")


#: R23: …したとして + an arrest, a charge or a penalty in the same clause: the として gives the
#: grounds the authorities acted on (容疑者は…を隠し持っていたとして逮捕された, …を命じたとして死刑が
#: 求刑された), not words anyone is reported to have said
#: (R25: 検挙 / 摘発 / 訴追 as well: …を使用したとして道路交通法違反で検挙された)
_LEGAL_GROUNDS = re.compile(r"、?[^。「」、]{0,25}?(?:逮捕|起訴|有罪|求刑|処分|送検|指名手配|懲戒|除名|罰金|検挙|摘発|訴追)"
                            # …として処分を求めた / 起訴の取り消しを求めた: grounds of a demand, voiced
                            # (懲戒処分を求めた: a compound penalty noun before を as well)
                            r"(?![^、。]{0,4}?(?:の(?:取り消し|取消し|撤回|見直し|停止))?を(?:求め|要求|要請))")
#: R29: the arrest may come later in the sentence, after the authority, a date and the suspect
#: (…を盗んだとして、X県警は10日、…容疑者(41)を窃盗の疑いで逮捕した), and a suspicion the police
#: look into is their grounds too (…の疑いもあるとして調べている / …として捜査している)
#: (review: the arrest word only as the verb of the sentence's own clause, 逮捕した / 逮捕され / 送検し,
#: not a noun (摘発に慎重だ), not a relative clause (検挙された議員), not past a が、 clause; 調べ / 捜査 only
#: right after として(、) and as the act, 調べている / 調べを進め / 捜査している, not 捜査当局 / 捜査の違法性)
_LEGAL_GROUNDS_LATE = re.compile(r"、?(?:(?:(?!が、)[^。「」])*?(?:逮捕|送検|指名手配|検挙|摘発)"
                                 r"(?:し、|され、|(?:し(?:た|て)|され(?:た|て|る)|する)(?![一-龥ァ-ヶ]))"
                                 r"|(?:調べ(?:て|を進め)|捜査(?:して|を進め)))")

#: R23: a sentence a medium reports that is itself an actor's act of saying (…によると、X政府は…
#: 反論した / 同首相は演説で…姿勢を明らかにした / …と発表した): what follows with no subject goes on
#: with that actor (carried as usual), not with the medium
_REPORTED_ACT_END = re.compile(r"(?:明らかにし|発表し|表明し|反論し|強調し|説明し|主張し|述べ|語っ|話し|批判し|否定し|"
                               # 考えを示した is a view voiced; 傾向を示した, 容疑を認めている report a fact
                               r"(?:考え|姿勢|意向|方針|見解|認識)を示し)(?:た|ている|ていた|ており|ています|ました)[。．]?[\s」]*$")


def _reported_act(doc, st: "_State") -> bool:
    """R23: the last claim's sentence ends in an active verb of saying (the medium reports what
    someone said or announced, not a fact of its own)."""
    if not st.claims:
        return False
    c = st.claims[-1]
    return bool(_REPORTED_ACT_END.search(doc.text[c.start:doc.article.sentences[st.last_claim_sent].end]))


#: R23: a report that frames the next one as its reason (「…」として、 / …としたうえで、), not
#: としており / としている / としても (a report of its own, side by side with the next)
_FRAMING_TOSHITE = re.compile(r"(?:など)?と(?:して(?![いおもは])|したうえで|した上で)[、\s]*")


def _after_framing(text: str, c: _Cand, others: list[_Cand]) -> bool:
    """R23: 「…」として、…する意向 / 考え / 方針を示した: the other reports of the sentence all
    come before the stated intention and the one right before it frames it with として /
    としたうえで (the reason given for the same act), so the intention is the sentence's main
    report and stays a quote of its own; its content starts after the framing report
    (``c.lo_min``). Not after と述べ、/ と謝罪し、/ ことを伝え、 (two reports side by side: the
    R16 rule keeps the other one alone), nor before a later report."""
    if not others or any(c2.q >= c.q for c2 in others):
        return False
    c2 = max(others, key=lambda x: x.q)  # the report right before the intention
    m = _FRAMING_TOSHITE.match(text, c2.q)
    if m is None or m.end() > c.q:
        return False
    c.lo_min = max(c.lo_min, m.end())
    return True


def _cands(doc, sent: _Sent, pairs: dict[int, int]) -> list[_Cand]:
    toks = sent.toks
    text = doc.text
    out: list[_Cand] = []
    close_to_open = {c: o for o, c in pairs.items()}
    paren_spk: dict[int, tuple[int, int]] = {}  # R14: 「…」(熊谷氏)と: the speaker in the parenthesis
    grounds_ends: list[int] = []  # R29 review: ends of the として clauses dropped as grounds of an arrest
    for k, t in enumerate(toks):
        if sent.d(t.start) != 0 or k == 0:
            continue
        prev = toks[k - 1]
        # ---- R14: …する旨(を)(Xに)表明した / 伝えた: 旨 ("to the effect that") always reports content
        if t.text == "旨" and _predicate_end(prev) and prev.text not in "」』":
            j = k + 1 + (1 if k + 1 < len(toks) and toks[k + 1].text == "を" else 0)
            j0 = j
            while j < len(toks) and j < j0 + 8 and (_nounish(toks[j]) or toks[j].text == "・"):
                j += 1
            if not (j > j0 and j < len(toks) and toks[j].text == "に" and mentions_in(doc, toks[j0].start, toks[j - 1].end)):
                j = j0  # (only a named addressee: …旨を清原選手に伝えた)
            else:
                j += 1
            while j < len(toks) and toks[j].pos == "ADV":
                j += 1
            if j < len(toks) and (c := _verb_cue(toks[j].lemma)) is not None and (
                    toks[j].pos == "VERB" or (j + 1 < len(toks) and toks[j + 1].lemma == "する")
                    or (toks[j].lemma == "明らか" and j + 2 < len(toks) and toks[j + 2].lemma == "する")):
                e = _tail(toks, j + (2 if toks[j].lemma == "明らか" else 0))
                if not _passive(toks, j, e) and not (e + 1 < len(toks) and _nounish(toks[e + 1])):
                    out.append(_Cand(t.start, k, text[toks[j].start:toks[e].end], (toks[j].start, toks[e].end),
                                     c.lemma, (t.end, toks[j].start), cue_tok=j, end=toks[e].end))
            continue
        # ---- R16: …する意向 / 考え / 方針を示した (表明した, 明らかにした, 述べた): the intention stated
        # is reported content (an indirect quote); kept only where the sentence reports nothing else
        # (1.26: an adjective before the noun modifies it: …断行する強い意志 / …するという固い決意 → the
        # clause before it; …への強い決意 → none, see _intent_end)
        qi = _intent_end(text, toks, k) if t.text in _INTENT_NOUNS else None
        if qi is not None and k + 2 < len(toks) and toks[k + 1].text in ("を", "も"):
            j = k + 2
            m_date = re.match(r"、?(?:(?:[\d０-９]+月)?[\d０-９]+日(?:夜|朝|午前|午後|未明)?(?:に)?|同日|改めて|重ねて)、?",
                              text[toks[k + 1].end:toks[k + 1].end + 16])
            if m_date:
                j = _tok_from(toks, j, toks[k + 1].end + m_date.end())
            if j < len(toks) and toks[j].lemma not in _INTENT_CUES:
                j = _past_occasion(toks, j, lambda u: u.lemma in _INTENT_CUES)  # …意向を党役員会で表明した
            if j < len(toks) and toks[j].lemma in _INTENT_CUES and (toks[j].lemma != "明らか" or _clarify_at(toks, j)):
                e = _tail(toks, j + (2 if toks[j].lemma == "明らか" else 0))
                if not _passive(toks, j, e) and not (e + 1 < len(toks) and _nounish(toks[e + 1])):
                    out.append(_Cand(toks[qi].start, qi, text[toks[j].start:toks[e].end], (toks[j].start, toks[e].end),
                                     toks[j].lemma, (t.end, toks[j].start), cue_tok=j, end=toks[e].end, intent=True))
                    continue
        # ---- …ことを明らかにした (R28: also 事を: …を開催する事を発表した)
        # R15: 「…」ことを明らかにした / 「…」ことも話している: a bracketed utterance before こと;
        # …ことも明らかにした (も as well as を / は)
        koto_bracket = None
        if t.text in _KOTO and prev.text == "」" and (ob := close_to_open.get(prev.start)) is not None \
                and _utterance(text, toks, (ob, prev.start)):
            koto_bracket = (ob, prev.start)
        if (t.text in _KOTO or t.text in ADMIT_NOUNS) and k + 2 < len(toks) and (
                toks[k + 1].text in ("を", "は", "も")) \
                and (_predicate_end(prev) or koto_bracket) and (t.text in _KOTO or toks[k + 2].lemma in ADMIT_VERBS) \
                and (koto_bracket or t.text not in _KOTO or _koto_clause(toks, k)):
            # (…殺したことは認めたが: a contrastive は instead of を; …虐殺した責任を認めた: an admission)
            j = k + 2
            m_date = re.match(r"、?(?:[\d０-９]+月)?[\d０-９]+日(?:夜|朝|午前|午後|未明)?(?:に)?、|、?同日、",
                              text[toks[k + 1].end:toks[k + 1].end + 16])
            if m_date:
                # …ことを、13日、明らかにした: a date set off by commas before the cue
                j = _tok_from(toks, j, toks[k + 1].end + m_date.end())
            while j < len(toks) and j < k + 5 and toks[j].pos in ("ADV",) or (
                j < len(toks) and toks[j].tag.startswith("形状詞") and toks[j].lemma != "明らか"
                and j + 1 < len(toks) and toks[j + 1].text == "に"
            ):
                j += 2 if toks[j].tag.startswith("形状詞") else 1
            if t.text in _KOTO and j < len(toks) and _verb_cue(toks[j].lemma) is None:
                # R15: …ことを会見で明らかにした / ことを福岡市内で発表した: a short place or occasion
                # phrase (one to three nouns + で) between を and the cue
                # R18: also past a date with no commas (…ことを14日発表した, ことを、前日までに明らかにした)
                j = _past_koto_gap(text, toks, j, lambda u: (vc5 := _verb_cue(u.lemma)) is not None
                                   and vc5.koto and not vc5.claim)
            if t.text in _KOTO and toks[k + 1].text == "を" and j < len(toks) and _verb_cue(toks[j].lemma) is None:
                # …ことを(、)毎日新聞が伝えた: a medium named between を and its reporting verb
                j2 = j + 1 if toks[j].text in ("、", ",") else j
                j3 = j2
                while j3 < len(toks) and j3 < j2 + 8 and (_nounish(toks[j3]) or toks[j3].text in ("・", "の")):
                    j3 += 1
                if (j3 > j2 and j3 + 1 < len(toks) and toks[j3].text in ("が", "は")
                        and (vc2 := _verb_cue(toks[j3 + 1].lemma)) is not None and vc2.claim
                        and mentions_in(doc, toks[j2].start, toks[j3 - 1].end)):
                    # (a named source only: …権利があることを警察が伝えた is telling, not reporting)
                    j = j3 + 1
                elif j3 > j2 and j3 + 1 < len(toks) and toks[j3].text == "が" and (mentions_in(
                        doc, toks[j2].start, toks[j3 - 1].end)
                        or _head_noun(text[toks[j2].start:toks[j3 - 1].end]) in TITLE_NOUNS | BODY_NOUNS):
                    # (R18: or a title / body with no name: …ことを政府が発表した, ことを同社社長が明らかにした)
                    # …延期されることを同国の選挙管理委員会が(1月2日、)発表した: a named speaker
                    # between を and its (non-report) cue, over a date
                    # (R18: also over a date + occasion: …ことを同社が7月25日の会見で発表した)
                    j4 = _past_koto_gap(text, toks, j3 + 1, lambda u: (vc6 := _verb_cue(u.lemma)) is not None
                                        and vc6.koto and not vc6.claim)
                    vc3 = _verb_cue(toks[j4].lemma) if j4 < len(toks) else None
                    if vc3 is not None and vc3.koto and not vc3.claim:
                        e = _tail(toks, j4 + (2 if toks[j4].lemma == "明らか" else 0))
                        if not _passive(toks, j4, e):
                            out.append(_Cand(t.start, k, text[toks[j4].start:toks[e].end], (toks[j4].start, toks[e].end),
                                             vc3.lemma, (toks[k + 1].end, toks[j4].start), cue_tok=j4, end=toks[e].end,
                                             spk=(toks[j2].start, toks[j3 - 1].end),
                                             unnamed=not mentions_in(doc, toks[j2].start, toks[j3 - 1].end)))
                            continue
            if j < len(toks) and toks[j].lemma == "明らか" and not _clarify_at(toks, j):
                continue  # (…していたことも明らかになった: it came to light, nobody says it)
            if j < len(toks):
                c = _verb_cue(toks[j].lemma)
                koto_claim = c is not None and c.claim and t.text in _KOTO and toks[k + 1].text == "を"
                if koto_bracket and c is not None and c.lemma in _KOTO_BRACKET_CUES:
                    koto_claim = False  # (「…」ことを伝えた: the bracket's words, told, are a quote)
                if c is not None and c.lemma in _R37_KOTO_NOUNS and j + 1 < len(toks) and _nounish(toks[j + 1]):
                    continue  # R37 review: …ことを供述調書に / ことを証言台で: the noun of a compound, no cue
                if c and (c.koto and not c.claim or koto_claim or (koto_bracket and c.lemma in _KOTO_BRACKET_CUES)):
                    # (…ことを、毎日新聞が伝えた: a medium's report of a report is a claim)
                    e = _tail(toks, j + (2 if toks[j].lemma == "明らか" else 0))
                    if not _passive(toks, j, e) and not (t.text in _KOTO and _negated(toks, j, e)):
                        out.append(_Cand(t.start, k, text[toks[j].start:toks[e].end], (toks[j].start, toks[e].end),
                                         c.lemma, (toks[k + 1].end, toks[j].start), cue_tok=j, end=toks[e].end,
                                         claim=koto_claim, bracket=koto_bracket))
            continue
        q0 = t.start
        if prev.text in ("、", ",", "，") and k >= 2 and _is_quotative_to(t) and _predicate_end(toks[k - 2]) \
                and sent.d(prev.start) == 0:
            q0 = prev.start  # …必要とされてきた、とし: a comma before the quotative と
            prev = toks[k - 2]
        if prev.text in (")", "）") and k >= 3 and _is_quotative_to(t):
            # R14: 「…」(朝日新聞より)とコメントした / 「…」(同社幹部)としている: a short parenthesis
            # (a source or a speaker's label) between the closing bracket and と is not content
            m_par = _paren_label(text, sent.start, prev.end)
            if m_par is not None:
                kb = next((x for x in range(k - 2, 0, -1) if toks[x].start == m_par.start()), None)
                if kb is not None and toks[kb].text == "」":
                    q0 = toks[kb + 1].start
                    prev = toks[kb]
                    # (熊谷氏) / (調査委員会・望月浩一郎委員): a person named in it is the speaker;
                    # (朝日新聞より) names the source of the words, not who said them
                    people = [r for r in mentions_in(doc, m_par.start() + 2, m_par.end() - 1)
                              if entity_type(doc, r[2]) == "PERSON"]
                    if people:
                        paren_spk[k] = (people[-1][0], people[-1][1])
        if prev.text in ("など", "なぞ") and k >= 2 and _is_quotative_to(t):
            q0 = prev.start  # 「…」などと批判した: など is not content
            prev = toks[k - 2]
        # R12: …供与すると、フランスの外相が語った / …重要であると、AP通信は指摘している: a と Sudachi
        # reads as "when", then a comma, is quotative when a cue ends the sentence after it (checked
        # in the cue scan below); …と考えると、 too (…辞任すべきだと考えると、記者会見で述べた)
        conj_comma = (t.text == "と" and t.tag == "助詞-接続助詞" and k + 1 < len(toks)
                      and toks[k + 1].text in ("、", ",", "，") and sent.d(t.start) == 0)
        if t.tag == "助詞-接続助詞" and (prev.lemma in _CONJ_TO_NOT and prev.pos != "AUX"
                                         and not (conj_comma and prev.lemma == "考える") or prev.text in CLOSE):
            continue  # …によると / …となると: not a report
        if not (_is_quotative_to(t, toks[k + 1] if k + 1 < len(toks) else None) or conj_comma) or not (
                _predicate_end(prev) or _copula_dropped(doc, sent, k) or _noun_suru_report(doc, sent, k, prev)
                or _voiced_adj(toks, k) or (
                _nounish(prev) and k + 2 < len(toks) and toks[k + 1].text == "さ"
                and toks[k + 2].lemma in ("れる", "られる"))):  # …3段式ロケットとされ: copula left out
            continue
        if ((prev.lemma in ("う", "よう", "まい") and prev.tag.startswith("助動詞")) or (
                "意志推量" in prev.inflection and prev.tag.startswith("動詞"))) and (
                k + 1 >= len(toks) or toks[k + 1].lemma in ("する", "努める", "決める", "試みる", "思う", "考える")
                or toks[k + 1].text in ("、", "の", "いう", "も")):
            continue  # 読もうとする: volition, not speech (共に頑張ろうと呼びかけた is a quote: the cue scan decides)
        bracket = None
        if prev.text == "」" and prev.start in close_to_open:
            bracket = (close_to_open[prev.start], prev.start)
        j = k + 1
        if j < len(toks) and toks[j].text == "も":
            j += 1
        if j >= len(toks):
            continue
        nxt = toks[j]
        if nxt.lemma == "呼ぶ" and bracket is not None and j == k + 1:
            # R12: Xは、Yを「…」と呼び / 呼んだ: the speaker's own characterisation of Y (like 評する);
            # not a passive (「…」と呼ばれる: a name), not without the object before the bracket
            kb = next((x for x, u in enumerate(toks) if u.start == bracket[0]), 0)
            e = _tail(toks, j)
            if kb > 0 and toks[kb - 1].text == "を" and not _passive(toks, j, e) and not (
                    e + 1 < len(toks) and _nounish(toks[e + 1])):
                out.append(_Cand(q0, k, text[nxt.start:toks[e].end], (nxt.start, toks[e].end), "呼ぶ",
                                 (t.end, t.end), bracket=bracket, cue_tok=j, end=toks[e].end))
            continue
        if bracket is not None and j == k + 1 and (nxt.lemma in _CHARACTERISE_VERBS or (
                nxt.lemma == "位置" and j + 1 < len(toks) and toks[j + 1].lemma in ("づける", "付ける"))):
            # R28: Xは(Yを)「…」と位置づけた / 「…」とみなし: the speaker's own characterisation, like 呼ぶ
            # (with or without the object); not a passive (「…」と位置づけられる), not before a noun
            # (「…」と位置付けるひこにゃん: a label of the noun), not a short name or a katakana one
            # (「参考人」と位置付け / 「ヤクルトタウン」と位置づけ: labels, R27's count)
            # R28 review: not negated, conditional or embedded (位置づけなかった / 見なしていない / 位置づければ /
            # 位置づけるべきだと述べた / 見なすかどうか: not the clause's final predicate), and not a label: a
            # designation: nouns only, no の or 、, a head like 人 / 者 / 地区 / 施設 (「重要参考人」 /
            # 「観光振興特別地区」); 「憲法違反」 / 「…のプロセスの完成」 / 「明白な越権行為」 characterise (gold)
            e = _tail(toks, j + 1 if nxt.lemma == "位置" else j)
            inner = text[bracket[0] + 1:bracket[1]]
            in_toks = [u for u in toks if bracket[0] < u.start and u.end <= bracket[1]]
            label = "、" not in inner and "の" not in inner and _DESIGNATION.search(inner) is not None and not any(
                u.tag.startswith(("動詞", "形容詞", "助動詞")) or u.pos in ("VERB", "AUX") for u in in_toks)
            final = not _denied(toks, j, e) and not (e + 1 < len(toks) and toks[e + 1].text in ("と", "ば", "か"))
            if final and not label and len(inner) >= 4 and not _KANA_WORD.match(inner[-1]) \
                    and not _passive(toks, j, e) and not (
                    e + 1 < len(toks) and _nounish(toks[e + 1]) and toks[e].text.endswith(("る", "た", "だ"))):
                out.append(_Cand(q0, k, text[nxt.start:toks[e].end], (nxt.start, toks[e].end), nxt.lemma,
                                 (t.end, t.end), bracket=bracket, cue_tok=j, end=toks[e].end))
            continue
        if (nxt.lemma in _RULING_CUES and bracket is not None and j == k + 1 and _utterance(text, toks, bracket)
                and not (k >= 2 and toks[k - 2].text == "「")):
            # R26: 「…に当たる」と判断した / 「…」と判断し、: the words of a ruling or a judgement (a court,
            # an agency, an official); not a passive (「…」と判断された), not before a noun; 1.28 review:
            # not negated or hypothetical, not before の / こと (判断しなかった, 判断すれば, 判断するのは早い)
            e = _tail(toks, j)
            if not _passive(toks, j, e) and not _denied(toks, j, e) and not (
                    e + 1 < len(toks) and _nounish(toks[e + 1]) and toks[e + 1].text != "を"):
                out.append(_Cand(q0, k, text[nxt.start:toks[e].end], (nxt.start, toks[e].end), nxt.lemma,
                                 (t.end, t.end), bracket=bracket, cue_tok=j, end=toks[e].end))
                continue
        jr = j
        if (toks[j].lemma, "reading") not in speech_cues():
            # …立腹したと県警は見ている: the source named between と and the reading (1.28 review: a
            # named one or a body or title noun; 花火が上がると観客は見ている is a conditional と)
            while jr < len(toks) and jr < j + 6 and (_nounish(toks[jr]) or toks[jr].text == "・"):
                jr += 1
            holder = jr > j and (mentions_in(doc, toks[j].start, toks[jr - 1].end) or _head_noun(
                text[toks[j].start:toks[jr - 1].end]) in (BODY_NOUNS | TITLE_NOUNS))
            if holder and jr + 1 < len(toks) and toks[jr].text in ("は", "が", "も"):
                jr += 1
            elif holder and jr + 2 < len(toks) and toks[jr].text == "で" and toks[jr + 1].text == "は":
                jr += 2
            else:
                jr = j
        if (re_ := _reading_end(text, sent, toks, jr)) is not None:
            # R26: …原因と見ている / …と考えている / …と予想している: a reading the topic holds (a view
            # of a named source, like …と予測している); only the ている form that ends the sentence
            # or its first clause (not …とみて調べている, not …とみられる)
            out.append(_Cand(q0, k, text[toks[jr].start:toks[re_].end], (toks[jr].start, toks[re_].end),
                             toks[jr].lemma, (t.end, toks[jr].start), bracket=bracket, cue_tok=jr,
                             end=toks[re_].end))
            continue
        if bracket is None and (rj := _r37_ruling_cue(toks, j)) is not None and _r37_court_finding(
                doc, sent, max([c.end for c in out if c.end <= q0] + [sent.start]), q0):
            # R37: 東京地裁は、…責任があると認定した / 山田裁判長は…と判断し、 / 最高裁が…と判断を下した: a court's
            # or a judge's unbracketed finding is its reported words (the gold codes 11 of 15 such clauses; other
            # bodies' …と判断した — the police's, a company's — mostly not, so only a court or a judge as the
            # subject); a bracket before と判断 stays R26's (「合憲」と判断した: a label, no quote)
            e = _tail(toks, rj)
            if not _passive(toks, j, e) and not _denied(toks, j, e) and not (
                    e + 1 < len(toks) and _nounish(toks[e + 1]) and toks[e + 1].text != "を"
                    and toks[e + 1].text not in CLAUSE_LINK_NOUNS):  # (…と認定した上で、: a clause link)
                out.append(_Cand(q0, k, text[nxt.start:toks[e].end], (nxt.start, toks[e].end), nxt.lemma,
                                 (t.end, t.end), bracket=bracket, cue_tok=rj, end=toks[e].end))
                continue
        if nxt.lemma in NOT_QUOTATIVE_NEXT:
            continue
        if nxt.lemma == "とも" and j + 1 < len(toks) and toks[j + 1].text == "に":
            continue  # R29: …を示すとともに (と + とも + に): "as well as", never a quotative と
        # ---- とされ(る/ている): a passive report, kept only after a frame (Xの説明では、…とされ)
        if nxt.lemma == "する" and nxt.text == "さ" and j + 1 < len(toks) and toks[j + 1].lemma in ("れる", "られる"):
            e = _tail(toks, j)
            rest = text[toks[e].end:sent.end]
            if not re.match(r"(?:ても|たら|ば|なら|も)", rest) and not (e + 1 < len(toks) and _nounish(toks[e + 1])):
                out.append(_Cand(q0, k, text[t.start:toks[e].end], (t.start, toks[e].end), "とする",
                                 (t.end, t.end), form="suru", bracket=bracket, cue_tok=j, end=toks[e].end,
                                 passive=True))
            continue
        # ---- とし / として / とした / としている
        if nxt.lemma == "する" and nxt.text in ("し", "した", "する"):
            if prev.lemma == "よる" and k >= 2 and toks[k - 2].text == "に":
                continue  # R12: 朝日新聞は…の情報によるとして、…と伝えた: citing a source, no report
            if (prev.tag.startswith(("形状詞", "名詞")) or (prev.pos == "ADJ" and not prev.tag.startswith("形容詞"))) and \
                    not _noun_suru_report(doc, sent, k, prev) and not _voiced_adj(toks, k):
                continue  # 飄々とした, 不服として: an adverbial, not a report
            if bracket is not None:
                inner_last = [u for u in toks if u.end <= bracket[1] and u.start > bracket[0]]
                inner = text[bracket[0] + 1:bracket[1]]
                if (inner_last and not _predicate_end(inner_last[-1]) and inner_last[-1].tag.startswith("名詞")
                        and len(inner) <= 12 and not re.search(r"[、。]", inner)
                        and not _r34_said_label(doc, sent, toks, bracket, j)):
                    continue  # 「治療目的の帰郷」として帰国: a label, not an utterance
            e = _tail(toks, j)
            tail = text[nxt.start:toks[e].end]
            after_tok = toks[e + 1] if e + 1 < len(toks) else None
            rest = text[toks[e].end:sent.end]
            if _passive(toks, j, e) or re.search(r"(ても|たら|れば|よう|ば)$", tail) or re.match(r"(?:ても|ても|たら|ば|なら)", rest):
                continue
            if tail == "する" and not (after_tok is None or after_tok.text in ("。", "、")
                                       or after_tok.text in CLAUSE_LINK_NOUNS):  # …とする一方、: a clause link
                if bracket is None and sent.d(t.start) == 0 and (ve := _voiced(toks, e + 1)) is not None:
                    # R21: …だとする反論がなされた / …とする見方もある: voiced by nobody named
                    out.append(_voiced_cand(text, toks, q0, k, e + 1, ve, t.end))
                    continue
                if bracket is not None and (me := _message_end(toks, e + 1)) is not None:
                    # R26: (Xから)「…」とする批判が集まった: a bracketed message, as after との
                    out.append(_message_cand(doc, sent, q0, k, t, e + 1, me, bracket))
                    continue
                # …とする公式声明を出した / …とする談話を発表した: a statement noun issued by the topic
                m2 = e + 1
                while m2 < len(toks) and m2 < e + 4 and _nounish(toks[m2]) and not _statement_doc_at(toks, m2, e + 1):
                    m2 += 1
                if (m2 + 2 < len(toks) and _statement_doc_at(toks, m2, e + 1) and toks[m2 + 1].text == "を"
                        and toks[m2 + 2].lemma in ISSUE_VERBS):
                    e2 = _tail(toks, m2 + 2)
                    out.append(_Cand(q0, k, text[after_tok.start:toks[e2].end], (after_tok.start, toks[e2].end),
                                     toks[m2].lemma, (t.end, t.end), form="verb", bracket=bracket,
                                     cue_tok=m2 + 2, end=toks[e2].end))
                    continue
                e0 = e
                if _r37_first_ruling(toks, e + 1):
                    e, after_tok = e + 1, toks[e + 2]  # R37: …とする初判断を示した (初 + 判断)
                if (after_tok.lemma in _TOSURU_VIEWS and e + 3 < len(toks) and toks[e + 2].text == "を"
                        and (ph := speech_cues().get((f"{after_tok.lemma}+{toks[e + 3].lemma}", "phrase"))) is not None):
                    # R14: …犯行であるとする見方を示した: とする + a noun of view + a phrase cue is the
                    # topic's own view, like …との見方を示した (not 方針 / 意向: decisions)
                    e2 = _tail(toks, e + 3)
                    cue_text = text[after_tok.start:toks[e + 3].start] + toks[e + 3].lemma
                    out.append(_Cand(q0, k, cue_text, (after_tok.start, toks[e + 3].end), ph.lemma,
                                     (t.end, t.end), form="phrase", bracket=bracket, cue_tok=e + 3,
                                     end=toks[e2].end))
                    continue
                e, after_tok = e0, toks[e0 + 1]
                # …すべきだとする連立与党の国民同盟の要求: the の phrase before the statement noun
                # names who said it
                owned = _owned_cand(doc, toks, e + 1, e + 12, OWNED_STATEMENTS, q0, k, t, bracket)
                if owned is not None:
                    out.append(owned)
                    continue
                doc_q = _quoted_doc(doc, sent, toks, k, e + 1, q0, t, bracket, text[t.start:toks[e].end])
                if doc_q is not None:
                    out.append(doc_q)
                continue
            if tail == "する" and after_tok is not None and after_tok.text == "、":
                # …困難だとする、外務省のX局長の言葉を同紙は伝えた: the named owner of the words after
                # the comma (a person or body, then の and a noun of saying)
                owned = _owned_cand(doc, toks, e + 2, e + 16, OWNED_WORDS, q0, k, t, bracket)
                if owned is not None:
                    out.append(owned)
                    continue
            if after_tok is not None and after_tok.text == "も":  # としても
                continue
            if bracket is None and tail == "して" and (_LEGAL_GROUNDS.match(text, toks[e].end)
                                                      or _LEGAL_GROUNDS_LATE.match(text, toks[e].end)):
                # R23: …を隠し持っていたとして逮捕された: the grounds of an arrest or a charge; (R29 review)
                # a later report's content still starts after the grounds (…として、調べを進める方針を示した)
                grounds_ends.append(toks[e].end + (1 if text[toks[e].end:toks[e].end + 1] == "、" else 0))
                continue
            out.append(_Cand(q0, k, text[t.start:toks[e].end], (t.start, toks[e].end), "とする",
                             (t.end, t.end), form="suru", bracket=bracket, cue_tok=j, end=toks[e].end))
            continue
        if bracket is not None and j == k + 1:
            # R34: 「…」と通報があり / と110番通報があった / と匿名の通報があり / と電話が入った: a call received
            # with と alone, as after との (R14); the caller is the から phrase before the bracket, if any
            mc = _r34_call_noun(toks, j)
            if toks[mc].lemma in _R34_CALL_NOUNS and (e := _message_end(toks, mc)) is not None:
                out.append(_message_cand(doc, sent, q0, k, t, mc, e, bracket))
                continue
        # ---- との N / という N
        if nxt.text == "の" or nxt.text in ("いう", "言う"):
            m = j + 1
            if (bracket is not None and nxt.text != "の" and (m >= len(toks) or toks[m].text == "。")
                    and k + 2 <= len(toks)):
                # 「…」という。: hearsay of the sentence's own speaker (kept only when one is named)
                out.append(_Cand(q0, k, text[t.start:nxt.end], (t.start, nxt.end), "いう", (t.end, t.end),
                                 form="hearsay", bracket=bracket, cue_tok=j, end=nxt.end))
                continue
            if m >= len(toks) or not _nounish(toks[m]):
                continue
            if toks[m].text in _R35_REFLEXIVE and m + 2 < len(toks) and toks[m + 1].text == "の" \
                    and _nounish(toks[m + 2]):
                m += 2  # R35: 「…」という自らの見解を明らかにした: the speaker's own view, no speaker phrase
            if _r37_first_ruling(toks, m):
                m += 1  # R37: …との初判断を示した: a court's first ruling on the point (初 + 判断)
            noun = toks[m]
            nc = speech_cues().get((noun.lemma, "noun"))
            if bracket is None and sent.d(t.start) == 0 and (ve := _voiced(toks, m)) is not None:
                # R21: …という観測が出ている: voiced by nobody named (a null speaker)
                out.append(_voiced_cand(text, toks, q0, k, m, ve, t.end))
                continue
            if nc is not None and m + 2 < len(toks) and toks[m + 1].text == "を" and toks[m + 2].lemma in RECEIVE_VERBS:
                continue  # …との批判を受けた: someone else's words, not the topic's
            if nc is not None and nc.register == "stance" and m + 1 < len(toks) and toks[m + 1].text in ("が", "も", "から", "で"):
                continue  # …との見方が強い / …との考えから: nobody's statement
            v = m + 1 + (1 if m + 1 < len(toks) and toks[m + 1].text == "も" else 0)
            if (noun.lemma in PASSIVE_SAY and nxt.text == "の" and v + 1 < len(toks) and toks[v].lemma == "する"
                    and toks[v].text == "さ" and toks[v + 1].lemma in ("れる", "られる") and bracket is None):
                # …との非難もされている: a passive report of unnamed people's words (a null speaker)
                e = _tail(toks, v)
                if not (e + 1 < len(toks) and _nounish(toks[e + 1])):
                    out.append(_Cand(q0, k, text[noun.start:toks[e].end], (noun.start, toks[e].end), noun.lemma,
                                     (t.end, t.end), form="noun", cue_tok=m, end=toks[e].end, spk=(t.start, t.start)))
                continue
            mc = _r34_call_noun(toks, m)  # R34: との110番通報があった / との匿名の電話があり
            if bracket is not None and (e := _message_end(toks, mc)) is not None:
                # R14: (Xから)「…」との連絡があった / という声も挙がっている: a message received;
                # its sender is the から phrase before the bracket (else the clause's topic, if any)
                # (R26: also 「…」との批判が出て / という懸念の声が上がっている / との懸念がくすぶる)
                out.append(_message_cand(doc, sent, q0, k, t, mc, e, bracket))
                continue
            found = None
            if m + 2 < len(toks) and toks[m + 1].text == "を":
                v = m + 2
                while v < len(toks) and v < m + 6 and toks[v].lemma != "明らか" and (
                        toks[v].pos == "ADV" or toks[v].tag.startswith("形状詞") or toks[v].text == "に"):
                    v += 1
                if v < len(toks):
                    vc = _verb_cue(toks[v].lemma)
                    ph = speech_cues().get((f"{noun.lemma}+{toks[v].lemma}", "phrase"))
                    if ph is not None:
                        e = _tail(toks, v)
                        found = (noun.start, toks[e].end, ph.lemma, v, "phrase")
                        # gold convention: the phrase in its dictionary surface (認識を示す)
                    elif vc is not None and not vc.claim and (noun.lemma in REPORT_NOUNS or nc or nxt.text == "の"):
                        # との + any noun: との always reports (…との決定を明らかにした)
                        e = _tail(toks, v + 2 if (toks[v].lemma == "明らか" and v + 2 < len(toks)
                                                  and toks[v + 1].text == "に") else v)
                        found = (toks[v].start, toks[e].end, vc.lemma, v, "verb")
            if found is None and nc is not None:
                found = (noun.start, noun.end, nc.lemma, m, "noun")
            if found is None:
                # …という外交筋の話 / …との関係者の証言: the speaker sits between the cue and its noun
                v = m
                while v < len(toks) and v < m + 8 and (_nounish(toks[v]) or toks[v].text in "・"):
                    v += 1
                if (v > m and v + 1 < len(toks) and toks[v].text == "の" and toks[v + 1].lemma in SAYING_NOUNS
                        and (v + 2 >= len(toks) or toks[v + 2].text != "の")):
                    out.append(_Cand(q0, k, text[t.start:nxt.end], (t.start, nxt.end), "いう" if nxt.text != "の" else "の",
                                     (t.end, t.end), form="noun", bracket=bracket, cue_tok=j, end=nxt.end,
                                     spk=(toks[m].start, toks[v - 1].end)))
                    continue
                if nxt.text != "の":
                    doc_q = _quoted_doc(doc, sent, toks, k, m, q0, t, bracket, text[t.start:nxt.end])
                    if doc_q is not None:
                        out.append(doc_q)
                elif (r42 := _r42_bracket_tono(doc, sent, k, m, q0, t, nxt, bracket)) is not None:
                    out.append(r42)
                continue
            a, b, lem, ct, form = found
            cue_text = text[a:b]
            if form == "phrase":
                cue_text = text[a:toks[ct].end]
                if toks[ct].text != toks[ct].lemma and (toks[ct].lemma.startswith(toks[ct].text[:1]) or toks[ct].lemma == "する"):
                    cue_text = text[a:toks[ct].start] + toks[ct].lemma
            out.append(_Cand(q0, k, cue_text, (a, b if form != "phrase" else toks[ct].end), lem,
                             (t.end, t.end), form=form, bracket=bracket, cue_tok=ct, end=b))
            continue
        # ---- と(、)… + cue verb
        found = None
        brk = None
        first_v = None  # the first verb after と: the only one a loose quote may take as its cue
        for j2 in range(j, min(len(toks), j + 28)):
            u = toks[j2]
            if first_v is None and (u.pos in ("VERB", "AUX") or u.tag.startswith("動詞")) and not (
                    u.lemma in ("対する", "関する", "よる", "向ける") and j2 > j and toks[j2 - 1].text == "に"):
                # (R23d: 「…」と、市長に対し苦言を呈した: に対し / に関して / によって / に向けて are
                # compound particles, not the clause's verb)
                first_v = j2
            if u.text == "「" and _scare_quote(text, pairs, u.start):
                continue  # R14: 「…」と「遺憾の意」を表明した: a short scare-quoted phrase before the cue
            if u.text in ("。", "「", "『") or (j2 > j and _is_quotative_to(u) and _predicate_end(toks[j2 - 1])):
                break
            if sent.d(u.start) != 0 or u.text in CLOSE:
                continue
            lem = u.lemma
            if lem == "明らか" and j2 + 2 < len(toks) and toks[j2 + 1].text == "に" and toks[j2 + 2].lemma == "する":
                found = (j2, _tail(toks, j2 + 2), _verb_cue("明らか"))
                break
            c = _verb_cue(lem)
            if u.pos in ("VERB", "AUX") or u.tag.startswith(("動詞", "名詞-普通名詞-サ変")):
                e3 = _tail(toks, j2)
                if e3 + 1 < len(toks) and toks[e3 + 1].text in ("よう", "ように") and toks[e3 + 1].lemma == "よう" \
                        and not (c is not None and toks[e3 + 1].text == "よう" and _COPULA_END_RE.match(
                            text[toks[e3 + 1].end:sent.end].strip(_SPACE))):
                    # (R14: 「…」と話していたようだ: a cue the writer only infers ends the sentence)
                    continue  # 「…」と…を続けるよう求めた: the request's content, the cue comes later
            if (lem, "noun") in speech_cues() and j2 + 2 < len(toks) and toks[j2 + 1].text == "を" and (
                    toks[j2 + 2].lemma in ("寄せる", "出す", "発表", "発する", "述べる", "表明", "示す", "残す")):
                found = (j2, _tail(toks, j2 + 2), speech_cues()[(lem, "noun")])  # …とコメントを寄せた
                break
            if lem in ("言う", "いう") and j2 + 1 < len(toks) and _nounish(toks[j2 + 1]):
                if toks[j2 + 1].lemma in REPORT_NOUNS:
                    continue  # …とという意見を述べ: the cue comes after the noun
                break
            if c is not None and (u.pos == "VERB" or (j2 + 1 < len(toks) and toks[j2 + 1].lemma == "する")):
                found = (j2, _tail(toks, j2), c)
                break
            if c is not None and u.tag.startswith("名詞-普通名詞-サ変") and (j2 + 1 >= len(toks) or toks[j2 + 1].text in ("。", "、")):
                found = (j2, j2, c)  # 「…」と謝罪。: a cue noun ending the clause
                break
            if bracket is not None and (lem in EMOTE_VERBS or (
                    lem in ("あらわ", "露わ", "顕わ") and j2 + 2 < len(toks) and toks[j2 + 2].lemma == "する")):
                e4 = _tail(toks, j2 + (2 if lem in ("あらわ", "露わ", "顕わ") else 0))
                if e4 + 1 >= len(toks) or toks[e4 + 1].text == "。":
                    # 「…」と怒りをあらわにした / と喜びの表情を浮かべた: the emotion ends the clause
                    found = (j2, e4, Cue(lem, "verb", "emotive", False, False))
                    break
            if u.lemma in MANNER_VERBS:
                continue  # 「…」と、憤りを込めてコメントした
            if c is None and u.tag.startswith("名詞-普通名詞-サ変") and j2 + 2 < len(toks) and toks[j2 + 1].text == "・" \
                    and toks[j2 + 2].tag.startswith("名詞-普通名詞-サ変"):
                continue  # …と決定・発表した: the cue is the second of two joined verbal nouns
            if u.pos == "VERB" and u.dep != "fixed" and not u.tag.startswith("名詞-普通名詞-一般") and lem not in ("対する", "関する", "よる", "おく", "向ける"):
                brk = j2
                break
        if conj_comma and (found is None or text[toks[found[1]].end:sent.end].strip(_SPACE + "。．.")
                           or _passive(toks, found[0], found[1]) or any(
                u.text == "を" and sent.d(u.start) == 0 for u in toks[k + 1:found[0]])):
            continue  # (…降ると、川があふれた / …進むと、首相は危険を指摘した: a conditional after all)
        if found is None and brk is not None and brk == first_v and bracket is not None and _utterance(text, toks, bracket) \
                and toks[brk].lemma not in NOT_QUOTATIVE_NEXT | LABEL_VERBS:
            # 「…」と突っ込んだ / 「…」と迎え入れる姿勢を示した: a bracketed utterance before the quotative
            # と is a direct quote even when the verb after it is no speech cue (kept only when the
            # clause names its speaker: see _sentence)
            e5 = _tail(toks, brk)
            out.append(_Cand(q0, k, text[toks[brk].start:toks[e5].end], (toks[brk].start, toks[e5].end),
                             toks[brk].lemma, (t.end, toks[brk].start), bracket=bracket, cue_tok=brk,
                             end=toks[e5].end, loose=True))
            continue
        if found is None:
            continue
        a, e, c = found
        if _passive(toks, a, e):
            if (c.lemma in PASSIVE_SAY and bracket is None and (not c.claim or c.lemma == "報道")
                    and not (out and out[-1].end == q0 and c.lemma not in ("言う", "いう"))
                    and not (e + 1 < len(toks) and _nounish(toks[e + 1]))
                    and not re.match(r"(?:ば|ても|たら|なら)", text[toks[e].end:sent.end])):
                # …と批判されていた / …といわれている: words of people the text does not name
                agent = (t.start, t.start)
                for k2 in range(k + 2, a):
                    # R12: …と15日にJAXAから発表された / …とXによって報道された: the agent speaks
                    if toks[k2].text == "から" or (toks[k2].text == "に" and k2 + 1 < a and toks[k2 + 1].lemma == "よる"):
                        span = _np_before(doc, sent, k2, t.end)
                        if span is not None and mentions_in(doc, *span):
                            agent = span
                if c.lemma == "報道" and agent[0] == agent[1] and not _R30_MEDIUM_DE.match(text, sent.start, q0):
                    # R30: …と報道されている with no medium named: hearsay, no quote (the gold quotes 3 of 12);
                    # it still ends its clause (…と報道され、国連は…としている: the next report starts after it).
                    # (R30 review: not after a medium that opens the sentence with では: 東京新聞では、…と
                    # 報道されている names who reports it, and stays a quote as before)
                    out.append(_Cand(q0, k, text[toks[a].start:toks[e].end], (toks[a].start, toks[e].end), c.lemma,
                                     (t.end, toks[a].start), bracket=bracket, cue_tok=a, end=toks[e].end,
                                     passive=True, hearsay=True))
                    continue
                out.append(_Cand(q0, k, text[toks[a].start:toks[e].end], (toks[a].start, toks[e].end), c.lemma,
                                 (t.end, toks[a].start), bracket=bracket, cue_tok=a, end=toks[e].end,
                                 spk=agent))
            continue
        rest = text[toks[e].end:sent.end]
        if re.match(r"(?:ば|ても|たら|なら)", rest):
            continue  # といえば, と言っても: not a report
        if c.lemma in ("言う", "いう") and q0 != t.start:
            continue  # …などといった: a list of examples
        if c.lemma in ("言う", "いう") and e + 1 < len(toks) and _nounish(toks[e + 1]):
            continue  # …といった不審行動: an example list, not speech
        out.append(_Cand(q0, k, text[toks[a].start:toks[e].end], (toks[a].start, toks[e].end), c.lemma,
                         (t.end, toks[a].start), claim=c.claim, bracket=bracket, cue_tok=a, end=toks[e].end))
    for c in out:
        if c.qk in paren_spk and c.spk is None:
            c.spk = paren_spk[c.qk]
        for g in grounds_ends:  # R29 review: not back across grounds dropped before it
            if g <= c.q:
                c.lo_min = max(c.lo_min, g)
    # R16: …意向を示した is a quote only in a sentence that reports nothing else (not 「…」と述べ、…考えを
    # 示した, not …意向を示し、…との主張を繰り返した: there the intention goes with the other report);
    # R23: nor after a report that frames it (「…」として、…考えを示した)
    if any(c.intent for c in out) and any(not c.intent for c in out):
        out = [c for c in out if not c.intent
               or _after_framing(text, c, [c2 for c2 in out if not c2.intent])]
    # 「…」と、…ことを断言した: a real cue later in the same clause (no bracket, topic or sentence
    # end between) reports the bracket itself; the loose reading yields to it
    keep = []
    for i, c in enumerate(out):
        if c.loose and any(not c2.loose and c2.q > c.q and not re.search(r"[「。]|(?:は|が)、", text[c.q:c2.q])
                           for c2 in out[i + 1:]):
            continue
        keep.append(c)
    return keep


# ---------------------------------------------------------------- content spans


def _chunks(text: str, sent: _Sent, a: int, b: int) -> list[tuple[int, int]]:
    """Top-level 、-separated chunks of [a, b), each including its 、."""
    out = []
    s = a
    for i in range(a, b):
        if text[i] == "、" and sent.d(i) == 0:
            out.append((s, i + 1))
            s = i + 1
    if s < b:
        out.append((s, b))
    return out


def _pred_token(doc, sent: _Sent, end: int):
    """The head of the predicate whose last token ends at char ``end``."""
    toks = [t for t in sent.toks if t.end <= end]
    if not toks:
        return None
    t = toks[-1]
    while t.dep in ("aux", "mark", "fixed", "cop", "case", "punct") and t.head != t.i:
        t = doc.tokens[t.head]
    return t


def _reaches(doc, start_tok, target, stop: set[int], limit: int = 40) -> bool:
    t = start_tok
    for _ in range(limit):
        if t.i == target.i:
            return True
        if t.i in stop or t.head == t.i:
            return False
        t = doc.tokens[t.head]
    return False


_CONNECTIVES = ("また", "さらに", "なお", "そして", "しかし")


def _content_start(doc, sent: _Sent, lo: int, q: int, cand: _Cand) -> int:
    """Where an unbracketed reported clause ending at ``q`` begins, from ``lo``: leading
    chunks that belong to the report (adverbs, dates, Xに対し, …で settings, clauses that
    depend on the cue rather than on the content) are left out; R12: so is a connective
    with no comma after it (…と予測し、また今後の政策は…と観測している)."""
    a = _content_start0(doc, sent, lo, q, cand)
    if cand.unnamed and cand.form == "noun":
        # R21: 提案した議員からは妥当とする反論: who voiced the view (Xからは / Xのなかには) is not the view
        # only the first such phrase: a later の中には belongs to the view (…からは法案の中には不備が…)
        m = re.search(r"(?<=[一-龥ァ-ヴー])(?:からは|からも)[、\s]*|(?:のなかには|の中には)[、\s]*", doc.text[a:q])
        if m and a + m.end() < q and sent.d(a + m.start()) == 0:
            a = a + m.end()
    t = doc.token_at(a)
    if (t is not None and t.start == a and t.text in _CONNECTIVES and t.pos in ("ADV", "CCONJ", "CONJ")
            and t.end < q and re.search(r"[^\s、。「」『』]", doc.text[t.end:q])):
        return t.end
    return a


#: 1.26: nouns of an occasion of speaking: …が閉会した後の会見で、 is the report's setting
_OCCASION_NOUNS = FRAME_VERBS | {"記者会見", "インタビュー", "取材", "声明", "番組", "集会", "式典", "記者団", "席", "場",
                                 "会合", "講演", "討論", "討論会", "質疑", "答弁", "国会", "議会", "本会議", "委員会"}

#: R32: how the noun of a "…で、" chunk before an unbracketed report ends when the chunk sets the report
#: (its occasion, its medium or the place it was made: 定例会見で、 / 演説の中で、 / 述べた上で、 / 自社の
#: ツイッターで、 / 視察した県内で、 / その一方で、); any other noun (…の大統領選挙で、 / 開票所で、 / …の罪で、
#: / 最終集計で、) opens the content (a GPE / LOC / FAC mention there is a place: ウィーンで、)
_SETTING_TAIL = re.compile(
    r"(?:会見|演説|会談|会議|会合|(?<![社機協教都])会|議会|国会|委員会|集会|式典|(?<![方形様株公正数図書])式|スピーチ|"
    r"インタビュー|取材|声明|番組|席上|ツイッター|ブログ|サイト|ページ|テレビ|ラジオ|電話|書簡|紙面|記者団|質疑|"
    r"答弁|討論|講演|放送|メッセージ|内|現地|冒頭|一方|官邸|本部|本社|庁舎|宮殿|議事堂)$")
#: R32 (review): one-character tails that set the report only as a word of their own (述べた上で、 / 声明の中で、
#: / 公の場で、 / 会見の席で、), not as the end of a longer word (路上 / 途中 / 工場 / 出席)
_SETTING_WORD = frozenset({"中", "なか", "上", "場", "席"})
#: R32: a chunk that ends in a stative continuative (…が不可欠であり、 / …に関心があり、 / …ではなく、) states
#: part of the content: a report's own clause (会見を開き、 / 声明を出し、) is an act
_STATIVE_CHUNK = re.compile(r"(?:であり|があり|もあり|ではなく|でなく)$")


#: R32: a report of its own in a later chunk (…の文書で、…が明らかになったとしており、…と伝えた): the
#: content of the next report starts after it, so A and B below leave the chunks before it alone
_REPORT_CHUNK = re.compile(r"と(?:し|して|述べ|語り|話し|説明し|強調し|指摘し|主張し|発表し|明らかにし|伝え|報じ)"
                           r"(?:ており|ていて|た上で|たうえで)?、$")


def _later_report(text: str, sent: _Sent, b: int, q: int) -> bool:
    """R32: a top-level chunk in [b, q) ends with a report of its own (…としており、 / …と述べ、); not a と
    after a noun (代表として、 / 2030年を目標とし、 / 住民と話し、: a capacity, a goal, a partner)."""
    for x, y in _chunks(text, sent, b, q):
        m = _REPORT_CHUNK.search(text, x, y)
        if m is None:
            continue
        before = [t for t in sent.toks if t.end <= m.start()]
        if before and before[-1].end == m.start() and not _nounish(before[-1]):
            return True
    return False


def _setting_chunk(doc, last) -> bool:
    """R32: a "Nで、" chunk (tokens ``last``, で last) names the report's occasion, medium or place."""
    n = last[-2]
    if n.lemma in _OCCASION_NOUNS or n.text in _SETTING_WORD or _SETTING_TAIL.search(doc.text[last[0].start:n.end]):
        return True
    return any(m[1] == n.end and entity_type(doc, m[2]) in ("GPE", "LOC", "FAC")
               for m in mentions_in(doc, last[0].start, n.end))


def _modifies_noun(toks, x: int) -> bool:
    """1.26: the first predicate in ``toks[x:]`` (a verb, an adjective, a copula; not 大きな) ends
    a clause that modifies a noun: a noun, the nominaliser の or との / という + a noun follows
    its endings (…が閉会した後の, …が上陸したのを, …が氾濫したとの知らせ)."""
    n = len(toks)
    while x < n and not (toks[x].pos in ("VERB", "ADJ", "AUX") and not toks[x].tag.startswith("連体詞")):
        x += 1
    if x >= n:
        return False
    p = x
    x += 1
    while x < n and (toks[x].pos == "AUX" or toks[x].tag.startswith(("助動詞", "動詞-非自立可能", "形容詞-非自立可能"))):
        x += 1
    if x >= n or (x == p + 1 and toks[p].tag.startswith("名詞")):
        return False  # (a sahen noun with no する after it is part of a compound: 避難所)
    t = toks[x]
    if t.tag.startswith("助詞-準体助詞") or _nounish(t):
        return True
    return t.text == "と" and x + 1 < n and toks[x + 1].text in ("の", "いう")


def _content_start0(doc, sent: _Sent, lo: int, q: int, cand: _Cand) -> int:
    text = doc.text
    while lo < q and text[lo] in _SPACE + "、":
        lo += 1
    pred = _pred_token(doc, sent, q)
    stop = {cand.cue_tok + sent.toks[0].i} if cand.cue_tok >= 0 else set()
    for a, b in _chunks(text, sent, lo, q):
        if b >= q or text[b - 1] != "、":
            return a
        body = text[a:b - 1].strip(_SPACE)
        if not body:
            continue
        if body in LEAD_ADVERBS or _DATE_CHUNK.match(body):
            continue
        if _R37_DATE_NI.match(body) and not _R37_YEAR_MONTH.match(body):
            # R37: 12月22日に、 / 22日(UTC+9、以下同様)に、: the report's setting, like a bare date; the content
            # starts right after it (the chunks after a dated setting are the content's own: 12月5日に、
            # 国際刑事警察機構を通じて、…); not a year or a month alone (_R37_YEAR_MONTH: the act's date)
            while b < q and text[b] in _SPACE:
                b += 1
            return b
        if re.search(r"のに対し(?:て)?$", body):
            return a  # R12: …を重視するのに対し、: "whereas", part of the content
        last = [t for t in sent.toks if a <= t.start and t.end <= b - 1]
        # R25: a chunk with a subject or topic of its own (250万人が…被害を受け、 / …には26日現在で、) is
        # a clause of the content, not the report's setting
        # (1.26: not a が / は inside a clause that modifies a noun: 市議会が閉会した後の会見で、 /
        # 台風が上陸したのを受けて、 / 川が氾濫したとの知らせを受け、 stay the report's setting)
        subj_at = [x for x, t in enumerate(last) if t.text in ("が", "は")
                   and t.tag.startswith(("助詞-格助詞", "助詞-係助詞")) and sent.d(t.start) == 0]
        own_subj = any(not _modifies_noun(last, x + 1) for x in subj_at)
        if re.search(r"に対し(?:て)?$", body) or re.search(r"(?:を前に|を受け|を受けて|に先立ち|の際|(?<!今)[一-龥]後|直後|について|に関して|に関し|をめぐって|をめぐり|を巡って|を巡り)$", body):
            if not (own_subj and re.search(r"(?<!こと)(?<!の)(?:を受け|を受けて)$", body)):
                continue  # (…が逮捕されたことを受けて、 / …したのを受けて、: the が is the nominalised event's, still a frame)
        if not last:
            return a
        lt = last[-1]
        # (1.26: …が中止したことを受けて行われた南北協議で、: a clause with a が before a noun that is no
        # occasion of speaking sets the content's scene; …が閉会した後の会見で、 the report's)
        if lt.text == "で" and lt.tag.startswith("助詞-格助詞") and len(last) > 1 and _nounish(last[-2]) \
                and not (own_subj or (subj_at and last[-2].lemma not in _OCCASION_NOUNS)) \
                and (_setting_chunk(doc, last) or _later_report(text, sent, b, q)):
            continue  # 演説で、 / 会見で、 / 述べた上で、 (R32: not …の大統領選挙で、, the content's scene)
        if _STATIVE_CHUNK.search(body) and not _later_report(text, sent, b, q):
            return a  # R32: …の脱却が不可欠であり、 / 主権の問題に関心があり、: the content's first clause
        if (lt.text == "に" and lt.tag.startswith("助詞-格助詞") and len(last) > 1 and _nounish(last[-2])
                and not any(x.pos in ("VERB", "ADJ", "AUX") for x in last[:-1])
                and _person_np(doc, _resolve_np(doc, last[0].start, last[-2].end))):
            continue  # 記者団に、 / 市民に、: the addressee of the report
        if cand.unnamed and cand.form == "noun" and re.search(r"(?:から|からは|のなかには|の中には|では|内で)$", body):
            continue  # R21: 反対派からは、 / 与党内では、…とする観測がある: who voiced it, not what was voiced
        if lt.text == "は" or lt.text == "が":
            return a
        if lt.lemma in FRAME_VERBS and lt.tag.startswith("名詞-普通名詞-サ変") and not any(
                t.text in ("が", "は") and t.tag.startswith("助詞") and sent.d(t.start) == 0 for t in last):
            continue  # …の強さに言及、: a framing sahen noun standing for 言及し、
        if lt.tag.startswith(("動詞", "助動詞")) or lt.text in ("て", "で") and lt.pos == "SCONJ":
            v = _pred_token(doc, sent, lt.end)
            subj = any(t.text in ("が", "は") and t.tag.startswith("助詞") and sent.d(t.start) == 0 for t in last)
            if v is not None and not subj and v.lemma in FRAME_VERBS:
                continue  # …に言及し、 / 投稿を行い、 / 意向を示し、: the report's own clause
            if v is not None and v.lemma not in FRAME_VERBS and v.lemma != "する" and _verb_cue(v.lemma) is None and not any(
                    t.text == "と" and t.tag == "助詞-格助詞" and sent.d(t.start) == 0 for t in last) and any(
                    t.text == "は" and t.tag.startswith("助詞-係助詞") and sent.d(t.start) == 0 and x > 0
                   and last[x - 1].text not in ("で", "に", "と", "から", "まで", "へ", "より")
                   for x, t in enumerate(last)):
                return a  # R12: …は、与党は改革路線を図り、野党と対立すると予測: a topic of its own
            if v is not None and pred is not None and stop:
                if 0 <= cand.qk < len(sent.toks) and sent.toks[cand.qk].tag == "助詞-接続助詞":
                    return a  # …制定し、…指名すると明らかにした: a と parsed as "when" gives no usable tree
                if _reaches(doc, v, pred, stop):
                    return a
                continue
        return a
    return q


def _strip(text: str, a: int, b: int) -> tuple[int, int]:
    while a < b and text[a] in _SPACE + "、":
        a += 1
    while b > a and text[b - 1] in _SPACE + "、":
        b -= 1
    return a, b


# ---------------------------------------------------------------- the stage


@dataclass
class _State:
    last_speakers: list[str] = field(default_factory=list)
    last_sent: int = -99
    claims: list[Claim] = field(default_factory=list)
    last_claim_sent: int = -99
    #: the last sentence with a quote whose speaker is named
    last_quote_sent: int = -99
    #: was that sentence's last quote direct?
    last_direct: bool = False
    #: (speakers, cue, cue span) of a …は次のように述べた。 sentence, for the 「…」 after it
    intro: tuple | None = None
    #: R13: the last sentence whose topic moved the paragraph to unnamed people
    topic_reset: int = -99
    #: R13: (sentence, person keys) of the persons sentences were about (topics, speakers)
    topics: list = field(default_factory=list)
    #: R28: the last sentence whose speaker is a が subject of an unbracketed report (`_ga_of_indirect`)
    ga_indirect_sent: int = -99
    #: R44: starts of the claims of an unnamed insider (捜査関係者によると): no …という。 goes on from them
    insider_claims: set = field(default_factory=set)


def _date_of(doc, a: int, b: int):
    try:
        from .times import date_of  # type: ignore[attr-defined]
    except (ImportError, AttributeError):
        return None
    try:
        return date_of(doc, a, b)
    except Exception:  # a times helper that fails must not fail quotes
        return None


#: the report nouns of a framed claim (Xの報道では、, Xの調べでは、); 発表 is handled apart
_FRAME_NOUNS = "報道|記事|調べ|調査|集計|まとめ"


def _FRAME_CLAIM_OK(before: str) -> bool:
    """Xの報道では: only as the opening of the sentence's first chunk (not 今回の調査では
    inside a clause), with the の that ties it to a source."""
    chunk = re.split(r"[、。]", before)[-1]
    return "の" in chunk and chunk == before.split("、")[-1] and before.count("、") <= 1


#: R25: Xは、Yによるとして、…と伝えた: the と of として after によると, and the report that ends it
_AS_ACCORDING = re.compile(r"して(?![いおもはる])[、,\s]*")
_AS_ACCORDING_END = re.compile(r"(?:など)?(?:と|ことを|を)(?:伝え|報じ|報道し)(?:た|ている|ていた|ています|ました)[。．\s]*$")


#: R31: a frame noun (or a verb's ところ) before では and a comma: the report a medium's frame ends with
_R31_FRAME_NOUNS = "報道|記事|取材|分析|情報|調査|発表|説明|話|ところ"
_R31_FRAME_DE = re.compile(rf"(?:{_R31_FRAME_NOUNS})(では)[、,]")
#: R31: what stands between the medium and its frame noun: による / が / の and a short phrase, no comma
_R31_MEDIUM_FRAME_TAIL = re.compile(r"(?:など|等)?(?:による|が|の)[^、。「」『』]{0,40}")
#: R31 review: a verb of passing a report on (APの伝える気象庁の発表では: the medium relays it)
_R31_RELAY = re.compile(r"伝え|報じ|報道|紹介|取材")


def _r31_medium_frame(doc, sent: _Sent, lo: int, p: int) -> "tuple[list[str], tuple[int, int]] | None":
    """R31: the named medium that opens the chunk before the では at ``p`` (朝日新聞の15日付け報道では,
    時事通信が…実施した世論調査では, 読売新聞などが伝えた同署の発表では): the source of what follows; a
    person's or a body's own 説明 / 話 (…の説明では) is no medium's and is left as it was."""
    text = doc.text
    a = _after_top_comma(text, sent, lo, p)
    lead = _R30_MEDIUM_LEAD.match(text, a, p)
    a2 = lead.end() if lead else a
    ms = [m for m in mentions_in(doc, a2, p) if not _embedded(text, m)]
    if not ms or ms[0][0] != a2 or not _is_medium(doc, ms[0]):
        if lead is None or lead.end() == a:
            return None
        ms = [m for m in mentions_in(doc, a, p) if not _embedded(text, m)]  # (the lead ate the name)
        if not ms or ms[0][0] != a or not _is_medium(doc, ms[0]):
            return None
    tail = _R31_MEDIUM_FRAME_TAIL.fullmatch(text, ms[0][1], p)
    if not tail:
        return None
    # R31 review: after Xの with no verb of reporting, a noun before a second の names whose report it is
    # (朝日新聞の社長の話では, NHKの受信料をめぐる政府の説明では: not the medium's); a date's の stays
    # (NHKの9月1日の報道では)
    t0 = re.sub(r"^(?:など|等)", "", tail.group(0))
    t1 = re.sub(rf"(?:{_R31_FRAME_NOUNS})$", "", t0)  # (the frame noun)
    if t0.startswith("の") and not _R31_RELAY.search(t1) and re.search(r"[^0-9０-９日月年付け]の", t1[1:]):
        return None
    return [ms[0][2]], (ms[0][0], ms[0][1])


#: R37: what after によると makes it "due to / attributed to" (…によるとされる事件, …によると思われる火災,
#: 老衰によるとしている, …ことによると述べた), not "according to"
_R37_NOT_ACCORDING = re.compile(r"(?:され|思われ|見られ|みられ|考えられ|述べ|した|している|していた|しており|する)")


def _accord(doc, sent: _Sent, r31: bool = True) -> list[tuple[int, int]]:
    """によると / によれば / によりますと phrases at depth 0: (start, end after its 、); without ``r31``,
    not the R31 frames of a medium (…の分析では、 / …が伝えたところでは、), which make claims only."""
    text = doc.text

    def past_comma(b: int) -> int:
        while b < sent.end and text[b] in "、, " + _SPACE:
            b += 1
        return b

    out = []
    for m in re.finditer(r"に(?:よると|よれば|よりますと|依ると|依れば)", text[sent.start:sent.end]):
        a = sent.start + m.start()
        if _R37_NOT_ACCORDING.match(text, sent.start + m.end()):
            continue  # R37: …によるとされる拉致 / 老衰によるとしている: a cause or an attribution, no source
        if sent.d(a) == 0:
            out.append((a, past_comma(sent.start + m.end())))
    # Xの報道では、Y / Xの調べでは、Y: like によると (a named source is checked by _source_of)
    for m in re.finditer(rf"(?:{_FRAME_NOUNS}|(発表))(では[、,]?)", text[sent.start:sent.end]):
        a = sent.start + m.start(2)
        if sent.d(a) != 0 or any(x <= a < y for x, y in out) or not _FRAME_CLAIM_OK(text[sent.start:a]):
            continue
        if m.group(1) and any(x < a for x, _ in out):
            continue  # R27: Xの発表では、… opens the sentence (読売新聞によると、同署の発表では: the paper's;
            # a によると after it is a claim of its own, 警視庁の発表では、…、朝日新聞によると、…)
        if any(y <= a and not _CONTRAST.search(text, y, a) for _, y in out):
            continue  # R37: 毎日新聞によると、同署の調べでは、… / 朝日新聞によると警視庁の調べでは: the paper's
            # content as well, like 発表では (the gold: the paper's claim, 4 of 4), in the same clause only
        out.append((a, past_comma(sent.start + m.end())))
    # R31: a named medium opening the chunk frames the content with では as well (時事通信が…実施した世論調査
    # では、 / 四国新聞の分析では、 / NBCテレビによる情報では、 / スポニチが…として伝えたところでは、)
    for m in _R31_FRAME_DE.finditer(text, sent.start, sent.end) if r31 else ():
        a = m.start(1)
        if sent.d(a) != 0 or any(x <= a < y for x, y in out) or any(x < a for x, _ in out):
            continue
        if _r31_medium_frame(doc, sent, sent.start, a) is None:
            continue
        out.append((a, past_comma(m.end())))
    # Xが…と伝えたところ、Y / Xが…として紹介したところ、Y: a report of X (not 調べたところ)
    for m in re.finditer(r"(?:伝え|報じ|紹介し|発表し|報道し|明らかにし)たところ[、,]", text[sent.start:sent.end]):
        a = sent.start + m.end() - 1
        if sent.d(a) != 0 or any(x <= a < y for x, y in out):
            continue
        out.append((a, past_comma(a)))
    out.sort()
    return out


def _after_top_comma(text: str, sent: _Sent, lo: int, p: int) -> int:
    """Just after the last top-level 、 (outside brackets) between ``lo`` and ``p``, else ``lo``."""
    for i in range(p - 1, lo - 1, -1):
        if text[i] == "、" and sent.d(i) == 0:
            return i + 1
    return lo


def _source_chunk(doc, sent: _Sent, lo: int, p: int) -> int:
    """Start of the source phrase before a によると phrase at ``p``: after the last
    top-level 、, but over 、 between coordinated names (朝日新聞、中国新聞によると)."""
    text = doc.text
    a = _after_top_comma(text, sent, lo, p)
    while a - 1 > lo and text[a - 1] == "、":
        left = [m for m in mentions_in(doc, max(lo, a - 40), a - 1) if m[1] == a - 1]
        if not left:
            # R19: 47NEWS(共同通信)、時事通信によると / 朝日新聞(電子版)、読売新聞によると: an aside after
            # the name before the 、 (the name is still one of the list)
            ma = re.search(r"[(（][^()（）、。「」]{1,20}[)）]$", text[max(lo, a - 24):a - 1])
            if ma is not None:
                left = [m for m in mentions_in(doc, max(lo, a - 64), a - 1) if m[1] == a - 1 - len(ma.group(0))]
        if not left:
            left = _r41_coord_comma_left(doc, sent, lo, a, p)
        if not left or not mentions_in(doc, a, p):
            break
        a = left[-1][0]
        while True:
            # R19: 毎日新聞や日本経済新聞、読売新聞によると: the list goes on over や / と / ・ / および before
            # the name reached (a mixed list: the medium named first is the source)
            mc = re.search(r"(?:[(（][^()（）、。「」]{1,20}[)）])?(?:や|と|・|および|及び|並びに|ならびに)$",
                           text[max(lo, a - 26):a])
            if mc is None:
                break
            b0 = a - len(mc.group(0))
            left = [m for m in mentions_in(doc, max(lo, b0 - 40), b0) if m[1] == b0 and m[0] >= lo]
            if not left:
                break
            a = left[-1][0]
    while a < p and text[a] in _SPACE:
        a += 1
    return a


#: R41: a word coordinator before the 、 that ends a chunk of one name (毎日新聞と、朝日新聞によると)
_R41_COORD_COMMA = re.compile(r"(?:[\[［][0-9０-９]{1,2}[\]］])?(?:と|や|及び|および|並びに|ならびに)$")


def _r41_coord_comma_left(doc, sent: _Sent, lo: int, a: int, p: int) -> list:
    """R41: 毎日新聞と、朝日新聞によると / 読売新聞および、共同通信によれば: the name before a coordinator + 、 is
    the first of the list when that name is all its chunk holds (after a leading adverb) and both names
    are bodies (ORG); not 首相は大統領と、NHKによると…会談した (the chunk holds more than the name)."""
    text = doc.text
    mc = _R41_COORD_COMMA.search(text, max(lo, a - 8), a - 1)
    if mc is None:
        return []
    left = [m for m in mentions_in(doc, max(lo, mc.start() - 40), mc.start()) if m[1] == mc.start()]
    right = [m for m in mentions_in(doc, a, p) if not _embedded(text, m)]
    if not left or not right or text[a:right[0][0]].strip(_SPACE):
        return []
    if entity_type(doc, left[-1][2]) != "ORG" or entity_type(doc, right[0][2]) != "ORG":
        return []
    c0 = _after_top_comma(text, sent, lo, a - 1)
    head = text[c0:left[-1][0]].strip(_SPACE)
    if head and head not in LEAD_ADVERBS:
        return []
    return left[-1:]


#: between two coordinated sources before によると: XやY, X・Y, X並びにY, and the wire-via-paper
#: credit X=Y (共同=産経, AFP=時事: the agency first), over a press office (国際連合広報や…)
#: R41: also CNN/AP/ロイター and ANSA通信-共同 (a slash or hyphen), a footnote mark after the first
#: (NHK[1]と日本経済新聞[2]), a comma after a word coordinator (毎日新聞と、朝日新聞 / 及び、) and 同 / 上記
#: before the second (ウィキニュースや同ウィキペディア, 時事ドットコム及び上記毎日新聞): the gold gives the first
_SOURCE_COORD = (r"(?:広報|広報部|報道部)?\s*(?:[\[［][0-9０-９]{1,2}[\]］])?\s*"
                 r"(?:[・、,と=＝—－―/／\-]|(?:と|や|及び|および|並びに|ならびに)[、,]?)\s*(?:同|上記)?\s*")


#: R19: what may stand between two coordinated sources: the coordinator, after an aside
#: (朝日新聞(電子版)、読売新聞) or the kind of report of the first (外務省の発表および産経新聞)
_SOURCE_COORD_AFTER = (r"(?:[(（][^()（）、。「」]{1,20}[)）]|(?:氏)?の(?:別の)?(?:発表|報道|記事|調べ|声明|情報|まとめ|資料|"
                       # R37: a person's or a body's web page first (自見氏のホームページ及び朝日新聞)
                       r"ホームページ|ウェブサイト|公式サイト|サイト))?\s*"
                       + _SOURCE_COORD)


def _source_start(doc, sent: _Sent, lo: int, p: int) -> int:
    """Start of the source phrase before a によると phrase at ``p``, after a leading adverb
    (また, 一方 …)."""
    a = _source_chunk(doc, sent, lo, p)
    for adv in _LEAD_ADVERBS_LONGEST_FIRST:
        if doc.text.startswith(adv, a, p):
            return a + len(adv)
    return a


def _r31_source(doc, sent: _Sent, lo: int, p: int, st: _State) -> "tuple[list[str], tuple[int, int]] | None":
    """R31: the named medium that opens a frame …では、 at ``p`` whose phrase names no source otherwise
    (読売新聞などが伝えた同署の発表では: the medium that passes the report on, not 同署)."""
    if not doc.text.startswith(("では、", "では,"), p):
        return None
    src, sspan = _source_of0(doc, sent, lo, p, st)
    if src or sspan is not None:
        return None
    return _r31_medium_frame(doc, sent, lo, p)


def _r31_frames(doc, sent: _Sent, st: _State) -> set[int]:
    """R31: the starts of the では of the frames only the R31 rule reads, or whose source only it names."""
    old = {a for a, _ in _accord(doc, sent, r31=False)}
    return {a for a, _ in _accord(doc, sent)
            if a not in old or _r31_source(doc, sent, sent.start, a, st) is not None}


def _source_of(doc, sent: _Sent, lo: int, p: int, st: _State) -> tuple[list[str], tuple[int, int] | None]:
    """The source named before a によると phrase at ``p`` (chunk [lo, p)); R31: a medium's frame."""
    r31 = _r31_source(doc, sent, lo, p, st)
    return r31 if r31 is not None else _source_of0(doc, sent, lo, p, st)


def _source_of0(doc, sent: _Sent, lo: int, p: int, st: _State) -> tuple[list[str], tuple[int, int] | None]:
    """The source named before a によると phrase at ``p`` (chunk [lo, p))."""
    text = doc.text
    a = _source_start(doc, sent, lo, p)
    body = text[a:p]
    # Xが…ところによると / Xが…として伝えたところによると
    if body.endswith(("ところ", "所")):
        hit = _topic_phrase(doc, sent, a, p, marks=("が", "は"))
        if hit and hit[0].keys:
            return hit[0].keys[:1], (hit[0].start, hit[0].end)
        # R27: 読売新聞が、…の話として伝えたところによると / 読売新聞など報道機関各社が…伝えたところによると:
        # the medium that opens the sentence with が, over the 、 after it or a など + kind of medium; the
        # name is all there is before が (not NHKの取材に応じた住民が話したところ), and only after a verb's
        # ところ (not a name that ends in 所: 共同通信が、理化学研究所によると)
        mg = re.match(r"\s*(?:また|さらに|一方|なお)?[、,]?\s*([^、。「」]{1,30}?)(?:など[^、。「」]{0,8})?が[、,]?",
                      text[lo:p]) if body.endswith(("ところ", "た所")) else None
        if mg is not None:
            gm = [x for x in mentions_in(doc, lo + mg.start(1), lo + mg.end(1)) if not _embedded(text, x)]
            if gm and gm[0][0] == lo + mg.start(1) and gm[0][1] == lo + mg.end(1) and _is_medium(doc, gm[0]):
                return [gm[0][2]], (gm[0][0], gm[0][1])
    ms = [m for m in mentions_in(doc, a, p) if not _embedded(doc.text, m) or _r37_after_place(doc, m, a)]
    for idx in range(len(ms) - 1, -1, -1):
        m = ms[idx]
        if _SOURCE_TAIL.match(text[m[1]:p]):
            first = idx
            if idx > 0 and text[ms[idx - 1][1]:ms[idx][0]] == "の" and entity_type(doc, m[2]) in ("GPE", "LOC") \
                    and re.match(r"[一-龥]{0,2}版", text[m[1]:p]) and _is_medium(doc, ms[idx - 1]):
                first -= 1  # R37: 毎日新聞の鳥取県版によると: the paper's regional edition, the paper
            elif idx > 0 and re.fullmatch(r"[(（][^()（）、。]{0,8}", text[ms[idx - 1][1]:ms[idx][0]]) and \
                    re.match(r"[^()（）、。]{0,8}[)）]", text[ms[idx][1]:p]):
                first -= 1  # R19: 47NEWS(共同通信)によると: the name before the aside heads it (R37: a
                # place in the aside too: 中国新聞(本社広島県)によると)
            while first > 0:
                between = text[ms[first - 1][1]:ms[first][0]]
                glued = [x for x in mentions_in(doc, ms[first - 1][1], ms[first][0])
                         if x[1] == ms[first][0] and entity_type(doc, x[2]) in ("GPE", "LOC")]
                if glued:
                    between = text[ms[first - 1][1]:glued[-1][0]]  # R37: AP通信=カナダCBCテレビ: over the place
                if between.strip(_SPACE) in ("・", "･") and _r37_unit_of(doc, ms[first - 1], ms[first]):
                    break  # R37: 警視庁・万世橋警察署によれば: the unit of the body named first (3 of 3 in the gold)
                if re.fullmatch(_SOURCE_COORD_AFTER, between):
                    first -= 1  # (R19: 外務省の発表および産経新聞 / 朝日新聞(電子版)、読売新聞)
                elif first > 1 and re.fullmatch(r"[(（]", text[ms[first - 2][1]:ms[first - 1][0]]) and \
                        re.fullmatch(r"(?:電|配信)?[)）]\s*" + _SOURCE_COORD, between):
                    first -= 2  # R19: 47NEWS(共同通信)、時事通信: over a name in an aside (R41: 中国新聞(共同通信電)、)
                else:
                    break
            # R37: 日刊と読売新聞によると / 毎日と時事通信(以下時事)によると: an unlinked short name of a
            # medium the article names elsewhere heads the list
            mc = _R37_COORD_BEFORE.match(text[a:ms[first][0]])
            hit = _r37_unlinked_source(doc, a, a + mc.end("name")) if mc is not None else None
            if hit is not None and hit[0] != ms[first][2]:
                return [hit[0]], (hit[1][0], ms[idx][1])
            # ロシア国営メディア「タス通信」: the medium, not its country
            return [ms[first][2]], (ms[first][0], ms[idx][1])
    for m in ms:
        # 朝日新聞や国際連合広報によると: the first of coordinated sources, the second unlinked
        tail = text[m[1]:p]
        if re.fullmatch(r"(?:広報|広報部|報道部)?(?:や|・|と|および|及び|並びに|ならびに|[=＝—－―])[^、。「」]{1,30}", tail) and not any(
                t.pos in ("VERB", "AUX") for t in doc.tokens_in(m[1], p)):
            return [m[2]], (m[0], m[1])
    if ms:
        # R27: カリーナ・ペレッリ氏によれば / ハッダド教育相によると / 菅義偉官房長官によると: a named person
        # with a title is the source; 宮内庁関係者によると / アフガニスタンの当局者によれば / クンドゥズ州知事に
        # よると: a body or place with an unnamed official of its own (after the coordinated sources above:
        # 朝日新聞や自民党関係者によると is the paper's, R22)
        m = ms[-1]
        tail = text[m[1]:p].strip(_SPACE)
        typ = entity_type(doc, m[2])
        if typ == "PERSON" and re.fullmatch(r"[一-龥ァ-ヶー]{1,8}", tail) \
                and (h := _head_noun(tail)) in TITLE_NOUNS and tail.endswith(h):
            return [m[2]], (m[0], m[1])
        if typ in ("ORG", "GPE") and re.fullmatch(r"の?(?:関係者|当局者|当局|知事|州知事|報道担当者|広報担当者)", tail):
            if len(ms) > 1 and entity_type(doc, ms[-2][2]) == "PERSON" and \
                    re.fullmatch(r"[・･\s" + _SPACE + r"]*", text[ms[-2][1]:m[0]]):
                # 小池百合子東京都知事によると: the place is part of the named person's title
                return [ms[-2][2]], (ms[-2][0], ms[-2][1])
            return [m[2]], (m[0], m[1])
    for m in ms[:1]:
        # 国連難民高等弁務官事務所が伝えた目撃者の証言によれば: the body that passed the words on
        if re.fullmatch(r"(?:が|の)(?:伝え|発表し|公表し|報じ|まとめ|入手し|公開し|紹介し)た[^、。「」]{1,20}",
                        text[m[1]:p]):
            return [m[2]], (m[0], m[1])
    if not ms and re.fullmatch(r"(?:この|同|その)(?:記事|報道)", body.strip()) and 0 < sent.si - st.last_claim_sent <= 3:
        # R37: この記事によれば / 同記事によれば: the article of the medium whose claim came just before,
        # not the last speaker (who speaks inside it)
        last = next((c for c in reversed(st.claims) if c.source), None)
        if last is not None:
            return [last.source], None
    if re.search(r"(?:この|同|その|今回の)(?:" + "|".join(STATEMENT_NOUNS) + ")", body) and st.last_speakers:
        return st.last_speakers[:1], None
    for m in ms[:1]:
        # 読売新聞をはじめとする各報道機関の報道によると: the one named first
        if re.fullmatch(r"(?:を|が)?(?:はじめ|始め|初め)(?:とする|として|、)[^、。「」]{0,16}", text[m[1]:p]):
            return [m[2]], (m[0], m[1])
    if not ms and body.strip() in ("それ", "これ", "発表") and (ante := _antecedent_source(doc, sent)):
        # R22: …の発言を伝えた。それによると / …を発表した。それによれば: what the sentence before published
        return ante, None
    if not ms and re.fullmatch(r"(?:同紙|同誌|同社|同局|同通信|同通信社|同放送|同サイト|同報道|同記事|同機関|同新聞|同新聞社|それ|これ)"
                               # R37: 同紙4月1日付朝刊39面によると (a dated edition and page)
                               r"(?:(?:[0-9０-９]+月)?[0-9０-９]+日付け?の?(?:朝刊|夕刊)(?:[0-9０-９]+面)?)?"
                               r"(?:の(?:報道|記事|発表|報告|調べ))?", body.strip()):
        # 同紙によると / それによると: the source of the last claim (one paragraph back at most)
        # (R16: 同新聞 as well)
        last = next((c for c in reversed(st.claims) if c.source), None)
        if last is not None and sent.si - st.last_claim_sent <= 3:
            return [last.source], None
    if not ms and _BOTH_MEDIA_SOURCE.fullmatch(body.strip()):
        # R19: 両紙によると / 両新聞によれば / 両メディアによると: the two media of the claims just before,
        # the one named first (the first of a list the last claim named, or the earlier of the
        # last two media that were sources)
        # (R41: not a claim whose police source _r41_bare_inquiry gave: 調べによると is no medium's)
        recent = [c for c in st.claims if c.source and c.start >= a - 1500 and not _r41_inquiry_claim(doc, c)]
        if recent:
            last = recent[-1]
            if last.source_span is not None and len({m[2] for m in mentions_in(doc, *last.source_span)
                                                     if entity_type(doc, m[2]) == "ORG"}) >= 2:
                return [last.source], None
            seen = _uniq([c.source for c in recent])
            if len(seen) >= 2:
                return [seen[-2]], None
            # R23b: 朝日新聞とさきがけによると…。朝日によると…。両紙によれば: the last claim whose source
            # phrase named two media (one perhaps unlinked), the first of them
            for c in reversed(recent):
                if c.source_span is not None and _coordinated_media(doc, *c.source_span):
                    return [c.source], None
        # R23b: 朝日新聞、産経新聞の報道で分かった。…。両紙によると: two media named together in a
        # sentence shortly before (same block, three sentences back at most), the first of them
        named = _media_named_before(doc, sent)
        if named:
            return named, None
        return [], None
    if not ms and (m_same := _SAME_BODY_SOURCE.fullmatch(body.strip())):
        # R16: 同連合によれば / 同委員会によると / 同党公式サイトによると: the nearest body named before
        # (within about a paragraph) whose name ends with that head noun
        # (R29 review: a short head names its long forms too, 同県警 for 神奈川県警察, 同署 for 渋谷警察署, as
        # _BODY_LONG_FORMS does for speakers; 同署 is a 署 only, never the 府警 / 県警 named before)
        key = _body_named_before(doc, m_same.group(1), a, 400, strip="」』)） ")
        if key is None:
            # R37: the body named in the lead, more than a paragraph back (同県警によると at the fifth
            # paragraph: 4 claims of the 1,025 beyond 400 characters, none of them with another body of
            # that head between), or a police force named with its unit (兵庫県警生活経済課 … 同県警)
            key = _body_named_before(doc, m_same.group(1), a, 3000, strip="」』)） ")
            if key is None and m_same.group(1) in _R37_POLICE_HEADS:
                key = _r37_police_unit_before(doc, m_same.group(1), a)
        if key is not None:
            return [key], None
    hit = _r37_unlinked_source(doc, a, p)
    if hit is not None:
        return [hit[0]], hit[1]  # R37: 日刊によると / デイリーによれば: a medium's short name
    if not ms and doc.text.startswith("によ", p) and (police := _r41_bare_inquiry(doc, sent, a, p)) is not None:
        # (a によると phrase only: 警察の調べでは、 is a frame that makes no claim of its own)
        return [police], None
    return [], None


#: R41: a bare report noun of the police opening a sentence (調べによると, 警察の調べによれば, 発表によると)
_R41_BARE_INQUIRY = re.compile(r"(?:(?:[0-9０-９]+月)?[0-9０-９]+日の)?(?:(?P<pol>警察|警察当局)の)?"
                               r"(?P<noun>調べ|取り調べ|取調べ|捜査|発表)")
#: R41: the heads of a police body's name (警視庁赤坂警察署, 千葉県警, 大阪府警察本部, 長岡署)
_R41_POLICE_NAME = re.compile(r"(?:警察署|署|県警|府警|道警|警視庁|警察本部|県警察|府警察|道警察)$")


def _r41_inquiry_claim(doc, c) -> bool:
    """R41: the claim's source phrase is a bare police report noun (調べによると): its source is no medium."""
    if c.source_span is not None or not c.cue_span:
        return False
    return re.search(r"(?:^|[、。])\s*" + _R41_BARE_INQUIRY.pattern + r"\s*$",
                     doc.text[max(0, c.cue_span[0] - 16):c.cue_span[0]]) is not None


def _r41_bare_inquiry(doc, sent: _Sent, a: int, p: int) -> str | None:
    """R41: 調べによると / 警察の調べによれば at the start of a sentence (after an adverb or a date) with
    no body named: the police force or station named last before it (1,500 characters back) — the
    body whose inquiry the article reports (the gold: 5 of 5 such claims with a police body named
    before; with none, the gold's source is null, 3 of 3). A bare 発表 is the police's only when the
    last body named before is a police body (岡山県警は…。発表によると), not 銀行 / 航空会社 (their
    発表 is another body's as often as not). Not after a topic in the same sentence (産経新聞などは、
    調べによると: the medium reports it)."""
    text = doc.text
    m = _R41_BARE_INQUIRY.fullmatch(text[a:p].strip(_SPACE))
    if m is None:
        return None
    head = text[sent.start:a].strip(_SPACE + "、,")
    for adv in _LEAD_ADVERBS_LONGEST_FIRST:
        if head.startswith(adv):
            head = head[len(adv):].strip(_SPACE + "、,")
            break
    if head:
        return None
    orgs = [x for x in mentions_in(doc, max(0, a - 1500), a) if entity_type(doc, x[2]) == "ORG"]
    if m.group("noun") == "発表" and not m.group("pol"):
        orgs = orgs[-1:]
    for x in reversed(orgs):
        if _R41_PROSECUTOR_NAME.search(text[x[0]:x[1]]):
            return None  # R41 review: 東京地検特捜部は…逮捕した。調べによると: the prosecutors' inquiry, not the police's named before
        if _R41_POLICE_NAME.search(text[x[0]:x[1]]) and not text[x[0]:x[1]].endswith(_R37_OTHER_STATIONS):
            return x[2]
    return None


#: R41 review: a prosecutors' office, whose own inquiry a bare 調べ may be (東京地検特捜部, 大阪地方検察庁, 検察当局)
_R41_PROSECUTOR_NAME = re.compile(r"(?:地検|高検|最高検|検察庁|検察|特捜部)")


#: R37: edition words after a medium's short name (読売関西版, 時事ドットコム, 毎日.jp): the paper's key
#: (GUIDELINES: a newspaper's web edition shares the paper's key)
_R37_EDITION = re.compile(r"(?:[一-龥]{1,4}版|電子版|日本語版|ドットコム|\.jp|\.com|オンライン|ONLINE|Online|デジタル)$")
#: R37: a date before the name inside the source phrase (12日のSBSテレビ, 15日の)
_R37_LEAD_DATE = re.compile(r"^(?:[0-9０-９]+月)?[0-9０-９]+日(?:付け?)?の?")


def _r37_doc_medium(doc, name: str, a: int, b: int) -> str | None:
    """R37: the entity an unlinked source name at [a, b) stands for: an ORG of the article whose name
    or one of whose mentions is that name (アメリカ国立ハリケーンセンター named in full beside a glued
    country), or the one medium whose name or mention the short name opens (日刊 for 日刊スポーツ,
    デイリー for デイリースポーツ, 大分合同 for 大分合同新聞, 朝日 / 読売関西版 for 朝日新聞 / 読売新聞);
    not a name a mention covers already (日本 is the country)."""
    text = doc.text
    name = name.strip(_SPACE)
    m_ed = _R37_EDITION.search(name)
    short = name[:m_ed.start()] if m_ed is not None and m_ed.start() >= 2 else name
    if len(short) < 2 or re.search(r"[、。「」『』()（）・=＝]", short):
        return None
    if any(x[0] <= a and b <= x[1] for x in mentions_in(doc, max(0, a - 40), b + 40)):
        return None
    exact, prefix = set(), set()
    for ent in doc.article.entities:
        if ent.type != "ORG":
            continue
        surfaces = {ent.name} | {text[x[0]:x[1]] for x in ent.mentions}
        if name in surfaces:
            exact.add(ent.key)
        elif _media_entity(ent, list(surfaces)) and any(sf.startswith(short) and len(sf) > len(short) for sf in surfaces):
            prefix.add(ent.key)
    if len(exact) == 1:
        return next(iter(exact))
    if not exact and len(prefix) == 1:
        return next(iter(prefix))
    return None


def _r37_unlinked_source(doc, a: int, p: int) -> tuple[str, tuple[int, int]] | None:
    """R37: the source phrase [a, p) before によると names no linked entity: a name, after a date, with a
    report tail (_SOURCE_TAIL) that ``_r37_doc_medium`` resolves (日刊によると, 12日のデイリーによれば,
    大分合同の記事によると); the longest name first."""
    text = doc.text
    body = text[a:p]
    md = _R37_LEAD_DATE.match(body)
    off = md.end() if md is not None else 0
    for k in range(len(body), off + 1, -1):
        if _SOURCE_TAIL.match(body[k:]) is None:
            continue
        key = _r37_doc_medium(doc, body[off:k], a + off, a + k)
        if key is not None:
            return key, (a + off, a + k)
    return None


def _r37_after_place(doc, m, lo: int) -> bool:
    """R37: a medium glued only to a place named right before it (オーストラリアSBSテレビ, カナダCBCテレビ):
    a mention of its own, not a piece of a longer word."""
    text = doc.text
    if m[1] < len(text) and _KANA_WORD.match(text[m[1]]) and _KANA_WORD.match(text[m[1] - 1]):
        return False
    left = [x for x in mentions_in(doc, max(lo, m[0] - 20), m[0]) if x[1] == m[0]]
    return bool(left) and entity_type(doc, left[-1][2]) in ("GPE", "LOC") and _is_medium(doc, m)


def _r37_unit_of(doc, parent, unit) -> bool:
    """R37: ``unit`` names a station or office of the government or police body ``parent`` (警視庁・小松川
    警察署, 内閣府・非常災害対策本部): the parent's name ends in 庁 / 県警 / 府 / 省, the unit's in 署 / 本部 / 課 / 室."""
    text = doc.text
    if entity_type(doc, parent[2]) != "ORG" or entity_type(doc, unit[2]) != "ORG" or parent[2] == unit[2]:
        return False
    u = text[unit[0]:unit[1]]
    return bool(re.search(r"(?:庁|県警|府警|道警|県警察本部|府|省)$", text[parent[0]:parent[1]])
                and re.search(r"(?:署|本部|課|室)$", u) and not u.endswith(_R37_OTHER_STATIONS))


#: R37 (as R36's review): stations that are no unit of a police force or ministry named before them
_R37_OTHER_STATIONS = ("消防署", "税務署", "監督署", "営林署", "管理署")


#: R37: police forces whose unit may carry the name (兵庫県警生活経済課, 大阪府警捜査一課)
_R37_POLICE_HEADS = ("県警", "府警", "道警")


def _r37_police_unit_before(doc, head: str, pos: int) -> str | None:
    """R37: the ORG named last before ``pos`` (3000 characters) whose name holds the police force
    ``head`` followed by its unit (兵庫県警生活経済課 for 同県警)."""
    for m in reversed(mentions_in(doc, max(0, pos - 3000), pos)):
        name = doc.text[m[0]:m[1]]
        if entity_type(doc, m[2]) == "ORG" and re.search(re.escape(head) + r"[一-龥]{1,8}(?:課|部|室|隊|署|本部)$", name):
            return m[2]
    return None


#: R37: a coordinator after a name the entities stage did not link, before a linked one (日刊と読売新聞,
#: 毎日と時事通信(以下時事), 読売関西版や朝日新聞)
_R37_COORD_BEFORE = re.compile(r"^(?P<name>[^、。「」『』()（）]{2,24}?)(?:[(（][^()（）、。「」]{1,20}[)）])?"
                               r"\s*(?:と|や|・|、|および|及び|並びに|ならびに)\s*$")


#: R22: the report of an owner passed on by the sentence before (MONUCはRFIの報道を伝えた / AFP通信は
#: X団長の発言を伝えた): its owner is the source of それによると
_PASSED_REPORT = re.compile(
    r"(?:[一-龥]{1,4})?の(?:[^、。を「」]{0,8}の)?(?:報道|発言|声明|声明文|談話|コメント|記事|発表|社説|報告|証言|見解|分析)を、?"
    r"(?:[^、。を「」]{0,12})?(?:伝え|報じ|紹介し|引用し)")
#: R22: a sentence ending in a verb of publishing (…を発表した / …と報じた / …に掲載した / コメントを出した)
_PUBLISHED_END = re.compile(
    r"(?:発表し|公表し|報じ|伝え|掲載し|出し|まとめ|公開し|明らかにし|報道し|発行し|発信し|載せ)"
    r"(?:た|ている|ていた|ています|ました)[。．]?[\s]*$")


def _antecedent_source(doc, sent: _Sent) -> list[str]:
    """R22: the source of a sentence-initial それによると / これによれば, read off the sentence
    before (same block): the owner of a report that sentence passes on (Xの発言を伝えた -> X), else
    the は / が actor of a sentence that ends in publishing (Xは…を発表した / Yは…と報じた -> X / Y)."""
    si = sent.si
    if si <= 0:
        return []
    sents = doc.article.sentences
    if sents[si - 1].block != sents[si].block:
        return []
    bare = re.match(r"^\s*(?:また|さらに|なお)?[、,]?\s*発表によ", doc.text[sent.start:sent.end]) is not None
    if not bare and not re.match(r"^\s*(?:また|さらに|なお)?[、,]?\s*(?:それ|これ)によ", doc.text[sent.start:sent.end]):
        return []
    ps = sents[si - 1]
    text = doc.text
    t = text[ps.start:ps.end]
    if bare and not re.search(r"(?:発表|公表)(?:した|し、|しました)[^。]{0,6}。?\s*$", t):
        # R41: 発表によると opening the sentence after Xは…を発表した。: X's announcement, as それによると;
        # only after a sentence that ends in 発表した / 公表した (not 掲載した, 報じた)
        return []
    if re.search(r"によ(?:ると|れば|りますと)", t):
        return []  # 毎日新聞によると東芝は…を明らかにした。それによると: still the report of the medium
    for m in _PASSED_REPORT.finditer(t):
        # the owner is named before one of the の of the phrase, the last first (13日のBBCの報道)
        for k in sorted((i for i, ch in enumerate(m.group(0)) if ch == "の"), reverse=True):
            no = ps.start + m.start() + k
            own = [x for x in mentions_in(doc, max(ps.start, no - 40), no) if not _embedded(text, x) and (
                re.fullmatch(r"[)）」』]?", text[x[1]:no]) or _head_noun(text[x[1]:no]) in TITLE_NOUNS)]
            if own:
                return [own[-1][2]]
    if _PUBLISHED_END.search(t):
        toks = doc.sent_toks(si - 1)
        if not toks:
            return []
        hit = _topic_phrase(doc, _plain_sent(doc, si - 1, toks), ps.start, ps.end, marks=("は", "が"))
        if hit is not None:
            a, b = hit[0].start, hit[0].end
        else:
            # IRINや南アフリカの「ニュース24」は / 官邸のウェブサイトは: the phrase before the first は / が
            mt = re.match(r"(?:[^、。「」]{0,12}、)?([^、。]{1,40}?)(?:は|が)[、,]?", t)
            if mt is None:
                return []
            a, b = ps.start + mt.start(1), ps.start + mt.end(1)
        cands = [x for x in mentions_in(doc, a, b) if not _embedded(text, x)]
        for n, x in enumerate(cands):
            if text[x[1]:b].startswith("の"):
                if n + 1 < len(cands):
                    continue  # 民主党の鳩山幹事長は: the body before の modifies the actor named after it
                if entity_type(doc, x[2]) == "GPE":
                    return []  # ニュージーランドの「スクープ」紙は: a country before an unlinked medium
            return [x[2]]  # (官邸のウェブサイトは: the owner of the site)
    return []


#: R19: 両 + a kind of medium, as a source (両紙によると, 両新聞の報道によれば, 両メディアによると);
#: R23b: これらの新聞 / これら両紙 as well
_BOTH_MEDIA_SOURCE = re.compile(r"(?:両|これら両|これらの)(?:紙|新聞|新聞社|誌|メディア|通信|通信社|報道機関|報道)"
                                r"(?:の(?:報道|記事|調べ|まとめ))?")

#: R23b: between two media named together (朝日新聞と読売新聞, 朝日新聞・さきがけ, 朝日新聞、産経新聞)
_MEDIA_COORD = re.compile(r"\s*(?:[・、,と]|や|及び|および|並びに|ならびに)\s*")


def _media_entity(ent, names) -> bool:
    """R23b: an ORG in the media sector, or one of whose ``names`` ends like a medium's."""
    return ent is not None and ent.type == "ORG" and (getattr(ent, "sector", None) == "MED" or any(
        n.rstrip("」』)） ").endswith(NEWS_HEADS + ("ラジオ", "日報", "新報")) for n in names))


def _is_medium(doc, m) -> bool:
    return _media_entity(entity_by_key(doc, m[2]), [doc.text[m[0]:m[1]]])


def _coordinated_media(doc, a: int, b: int) -> bool:
    """R23b: the source phrase [a, b) names two media, or one followed by a coordinator and a
    name-like word the entities stage did not link (朝日新聞とさきがけ)."""
    text = doc.text
    ms = [m for m in mentions_in(doc, a, b) if _is_medium(doc, m)]
    if len({m[2] for m in ms}) >= 2:
        return True
    if ms:
        mc = _MEDIA_COORD.match(text, ms[-1][1])
        if mc is not None and mc.end() > ms[-1][1] and (
                re.fullmatch(r"[^\s、。「」]{2,16}", text[mc.end():b])  # the partner inside the phrase
                or re.match(r"[^\s、。「」によ]{2,}(?:によ|の(?:報道|記事))", text[mc.end():mc.end() + 24])):
            return True
    return False


def _media_named_before(doc, sent: _Sent) -> list[str]:
    """R23b: the first of two media named together (Xと Y / X、Y / X・Y) in one of the three
    sentences before (same block), as the antecedent of 両紙 / 両新聞."""
    sents = doc.article.sentences
    text = doc.text
    for k in range(sent.si - 1, max(-1, sent.si - 4), -1):
        ps = sents[k]
        if ps.block != sents[sent.si].block:
            break
        ms = [m for m in mentions_in(doc, ps.start, ps.end) if _is_medium(doc, m) and not _embedded(text, m)]
        for x, y in zip(ms, ms[1:]):
            if x[2] != y[2] and _MEDIA_COORD.fullmatch(text[x[1]:y[0]]):
                return [x[2]]
    return []

#: R16: 同 + the head noun of a body named before, as a source (同連合によれば, 同党公式サイトによると)
_SAME_BODY_SOURCE = re.compile(
    # (R29: 県警 / 府警 / 道警 / 警察署 / 警察 / 署 / 大使館 / 領事館 as well: 同県警によると, 同大使館によれば)
    r"同(新聞|新聞社|紙|誌|社|局|党|連合|協会|委員会|組合|機構|研究所|大学|銀行|省|庁|団体|財団|連盟|会議|評議会|事務所|"
    r"県警|府警|道警|警察署|警察|署|大使館|総領事館|領事館)"
    r"(?:の?(?:公式)?(?:サイト|ウェブサイト|ホームページ)|の(?:報道|記事|発表|報告|調べ|調査|声明|声明文|集計))?")


_INTRO = re.compile(
    r"(?:こう|次のように|以下のように|このように)[^。「」、]{0,12}?(述べ|語|話|強調|説明|訴え|書|記|明か|答え|"
    r"コメント|発表|呼びかけ|付け加え|続け|強調)[^。「」]*。?[\s]*$"
)


#: R14: …課長の話は次の通り。「…」 / 警察の声明文は次のとおり。「…」: a noun of saying whose text follows
_INTRO_AS_FOLLOWS = re.compile(
    r"(?:(?<=の)|(?<=は)|^)(話|発言|声明文|声明|談話|コメント|証言|発表|演説|回答|説明)(?:の(?:要旨|全文|内容))?(?:は|も)、?"
    r"(?:次|以下)の(?:とおり|通り)(?:だ|です|である)?[。．:：]?[\s]*$"
)


#: R27: what may follow the 」 of a leading bracket that is a label or a name, not an utterance
#: whose closing 。 was dropped (「…」紙によると, 「…」などの, 「…」所属の, 「…」から始まる手紙, 「…」って)
_LEAD_NOT_UTTERANCE = re.compile(
    r"^[\s]*(?:[。．、，,とのをにがはもでやへよ」』）)「『・\-−－（(等]|紙|誌|所属|など|から|まで|って|だけ(?!ど)|ほど(?!なく)|くらい|ぐらい)")
#: R27: a pointer back to the words before the verb (野党はこれに反発した): a reaction to them, not their saying
_LEAD_REACTION = re.compile(r"(?:これ|それ|(?:この|その|同)(?:発言|言葉|主張|見解|意見|声明|考え|指摘|批判|方針))"
                            r"(?:に|を)(?:対し(?:て)?|受け(?:て)?)?"
                            r"|(?:発言|言葉|主張|見解|意見|声明|考え|指摘|批判|方針)(?:について|に対し(?:て)?|を受け(?:て)?)")


def _lead_said(sent: "_Sent", lo: int) -> tuple[int, int] | None:
    """R27: the verb of saying that ends the sentence after ``lo`` (…Xはそう説明した。 / Xは語る。 /
    Xは叫んだ。), any verb cue of the stage's lexicon (speech_cues()) with its tail (た / ている / る):
    its (start, end), else None."""
    toks = [u for u in sent.toks if u.start >= lo]
    end = len(toks)
    while end > 0 and toks[end - 1].text.strip("。．.！!" + _SPACE) == "":
        end -= 1
    for k in range(end - 1, -1, -1):
        t = toks[k]
        if _verb_cue(t.lemma) is None or not t.tag.startswith(("動詞", "名詞", "形状詞")):
            continue
        if k > 0 and toks[k - 1].text in ("と", "って"):
            break  # (…意向だという。 / …と述べた: the verb reports the clause before と, not the bracket)
        j = k + 1 if t.lemma == "明らか" and k + 1 < end and toks[k + 1].text == "に" else k
        if t.tag.startswith("名詞") and not (j + 1 < end and toks[j + 1].lemma == "する"):
            break  # (…市の発表。: a noun that ends the sentence is no saying)
        if _tail(toks, j) == end - 1:
            return t.start, toks[end - 1].end
        break
    return None


def _lead_utterance(doc, sent: "_Sent", pairs: dict[int, int], s_quotes: list, intro, last_direct: list[str],
                    st: "_State") -> list["Quote"]:
    """R27: a sentence that opens with a bracketed utterance of its own sentences (a 。 inside) whose
    closing 。 was dropped, so that the next sentence runs on after the 」 (…は次のように述べた。「…。…」
    気候変動に関する…): the bracket is a direct quote of the intro's speaker, of the speaker the rest
    of the sentence names with a verb of saying (「…。…」Xはそう説明した。), or of the speaker of the
    last direct or mixed quote in the sentence before (「…」とXは言った。「…。…」Yさんは…). A rest
    that names a subject of its own before a verb of saying but no actor takes nothing."""
    text = doc.text
    a, _ = _strip(text, sent.start, sent.end)
    if a >= sent.end or text[a] != "「" or a not in pairs:
        return []
    c = pairs[a]
    body = text[a + 1:c]
    if "。" not in body or len(body) < 8 or c + 1 >= sent.end:
        return []
    if _LEAD_NOT_UTTERANCE.match(text[c + 1:sent.end]):
        return []
    if any(q.start < c and a < q.end for q in s_quotes):
        return []
    qa, qb = a + 1, c
    spk: list[str] = []
    cue = cspan = None
    said = _lead_said(sent, c + 1)
    if said is not None and ("「" in text[c + 1:said[0]] or _LEAD_REACTION.search(text, c + 1, said[0])):
        said = None  # (「…」Yは「…」と述べた / Yはこれに反発した: not the words of the bracket)
    if intro is not None:
        spk, cue, cspan = intro
    elif said is not None and (hit := _topic_phrase(doc, sent, c + 1, said[0], marks=("は", "が"))) is not None:
        spk = list(hit[0].keys)
        cue = text[said[0]:said[1]].rstrip("。．" + _SPACE)
        cspan = (said[0], said[0] + len(cue))
    elif said is not None and any(u.text in ("は", "が") and c < u.start and u.end <= said[0]
                                  and sent.d(u.start) == 0 for u in sent.toks):
        return []  # a subject of its own that names no actor: not the last speaker's words
    elif last_direct:
        spk = last_direct
        if said is not None:  # 「…。…」そう語った: the last speaker goes on
            cue = text[said[0]:said[1]].rstrip("。．" + _SPACE)
            cspan = (said[0], said[0] + len(cue))
    else:
        return []
    if spk and not any(q.start > c for q in s_quotes):
        # (not when a later quote of the sentence set the speaker: 「…」これに対しYは「…」と反発した。)
        st.last_speakers = list(spk)
        st.last_sent = sent.si
    return [Quote(qa, qb, "direct", speaker=spk[0] if spk else None, speakers=list(spk) if len(spk) > 1 else None,
                  cue=cue, cue_span=cspan)]


def _bracket_only(text: str, s: int, e: int, pairs: dict[int, int]) -> list[tuple[int, int]] | None:
    """[(「, 」) …] when the sentence is nothing but bracketed utterances."""
    a, b = _strip(text, s, e)
    while b > a and text[b - 1] in "。．" + _SPACE:
        b -= 1
    out = []
    while a < b and text[a] == "「" and a in pairs:
        out.append((a, pairs[a]))
        a = pairs[a] + 1
        while a < b and text[a] in "。．、" + _SPACE:
            a += 1
    return out if out and a >= b and all(c - o > 1 for o, c in out) else None


def _standalone(doc, si: int, bo: list[tuple[int, int]], st: "_State") -> list[Quote]:
    """A sentence that is only 「…」: a quote when the sentence before introduced it
    (…は次のように述べた。「…」) or the sentence after names its speaker (「…」。…はこう語った)."""
    text = doc.text
    if st.intro is not None:
        spk, cue, cspan = st.intro
    else:
        sents = doc.article.sentences
        if si + 1 >= len(sents):
            return []
        n = sents[si + 1]
        m = _INTRO.search(text, n.start, n.end)
        if m is None or not re.match(r"^[^。「」]*(?:こう|このように)", text[n.start:n.end]):
            return []
        toks = doc.sent_toks(si + 1)
        if not toks:
            return []
        hit = _topic_phrase(doc, _plain_sent(doc, si + 1, toks), n.start, m.start())
        spk = hit[0].keys if hit else list(st.last_speakers)
        cue_tok = doc.token_at(m.start(1))
        if cue_tok is None:
            return []
        k = next(i for i, t in enumerate(toks) if t.i == cue_tok.i)
        e = toks[_tail(toks, k)].end
        cue, cspan = text[cue_tok.start:e], (cue_tok.start, e)
    if spk:
        st.last_speakers = list(spk)
        st.last_sent = si
    return [Quote(o + 1, c, "direct", speaker=spk[0] if spk else None, speakers=list(spk) if len(spk) > 1 else None,
                  cue=cue, cue_span=cspan) for o, c in bo]


@register("quotes", VERSION, produces=("quotes", "claims"), requires=("entities", "times"))
def find_quotes(doc) -> None:
    text = doc.text
    art = doc.article
    quotes: list[Quote] = []
    claims: list[Claim] = []
    st = _State()
    prev_block = None
    pending: list[tuple[int, list[tuple[int, int]]]] = []
    clause_ids: set[int] = set()
    doc.extras["r31_kin_quotes"] = set()
    told_ids: set[int] = set()  # R25: Yの発言として伝えた: the speaker is named, not ranked
    for si, s in enumerate(art.sentences):
        kind = doc.block_kind(si)
        if kind not in READ_KINDS or kind == "title":
            continue
        if kind == "heading":
            st.last_speakers = []
            continue
        toks = doc.sent_toks(si)
        if not toks:
            continue
        sent, pairs = _sent_of(doc, si, toks)
        if s.block != prev_block and prev_block is not None and si - st.last_sent > 6:
            st.last_speakers = []
        prev_block = s.block
        bo = _bracket_only(text, s.start, s.end, pairs)
        if bo is not None:
            qs = _standalone(doc, si, bo, st)
            if not qs and st.last_quote_sent == si - 1 and st.last_speakers and st.last_direct and \
                    si > 0 and art.sentences[si - 1].block == s.block:
                # Xは「…」と語った。「…」。: the next bracketed sentence is more of X's words
                spk = list(st.last_speakers)
                qs = [Quote(o + 1, c, "direct", speaker=spk[0], speakers=spk if len(spk) > 1 else None)
                      for o, c in bo]
                st.last_quote_sent = si
            if qs:
                quotes.extend(qs)
                continue
            pending.append((si, bo))
        intro = st.intro
        last_direct = list(st.last_speakers) if (st.last_quote_sent == si - 1 and st.last_direct and si > 0
                                                 and art.sentences[si - 1].block == s.block) else []
        st.intro = None
        s_quotes, s_claims = _sentence(doc, sent, pairs, st)
        s_quotes.extend(_uncued_tail(doc, sent, pairs, s_quotes, s_claims, st))
        s_quotes.extend(_r34_frame_words(doc, sent, s_quotes))
        told = _told_as(doc, sent, s_quotes, s_claims)
        told_ids.update(id(q) for q in told)
        s_quotes.extend(told)
        if bo is None:  # a sentence that is only 「…」 stays with _standalone's context rules
            uncued = _clause_brackets(doc, sent, pairs, s_quotes, s_claims, st)
            clause_ids.update(id(q) for q in uncued)
            s_quotes.extend(uncued)
            s_quotes.extend(_lead_utterance(doc, sent, pairs, s_quotes, intro, last_direct, st))
        if not s_quotes and not s_claims:
            s_claims = _source_only(doc, sent, claims)
        if not s_quotes and not s_claims:
            s_claims = _r37_revealed(doc, sent, claims)
        quotes.extend(s_quotes)
        claims.extend(s_claims)
        m = _INTRO.search(text, s.start, s.end)
        if m is not None and not any(q.end > m.start() for q in s_quotes):
            # (R27: …を合法であるとして結審した裁判について、次のように述べている。: a quote before the
            # intro does not stop it)
            cue_tok = doc.token_at(m.start(1))
            if cue_tok is not None:
                stoks = doc.sent_toks(si)
                k = next(i for i, t in enumerate(stoks) if t.i == cue_tok.i)
                e = stoks[_tail(stoks, k)].end
                ispk = list(st.last_speakers)
                if s_quotes:
                    # R27: the last speaker is the earlier quote's, not necessarily the intro's: the subject
                    # after that quote (Aが…と述べたことについて、Bは次のように語った), else the topic that
                    # opens the sentence before it (Bは、Aが「…」と述べたことについて、次のように語った)
                    q_end = max(q.end for q in s_quotes)
                    hit = _topic_phrase(doc, sent, q_end, m.start(), marks=("は", "が")) or _topic_phrase(
                        doc, sent, s.start, min(q.start for q in s_quotes), marks=("は",))
                    if hit is not None:  # (an actor that names nobody: a null speaker, as in _standalone)
                        ispk = list(hit[0].keys)
                st.intro = (ispk, text[cue_tok.start:e], (cue_tok.start, e))
        m = _INTRO_AS_FOLLOWS.search(text, s.start, s.end)
        if m is not None and not s_quotes and not s_claims:
            # the speaker: the entity named right before の + the noun, else the last speaker
            near = [r for r in mentions_in(doc, s.start, m.start(1)) if text[r[1]:m.start(1)] in ("の", "")]
            st.intro = ([near[-1][2]] if near else list(st.last_speakers), m.group(1), (m.start(1), m.end(1)))
    # 「…」。Xは「…」と語った / 「…」。「…」とXは語った: a bracketed sentence right before a
    # sentence that opens with X's direct quote is X's too
    for si, bo in pending:
        if si + 1 >= len(art.sentences) or art.sentences[si + 1].block != art.sentences[si].block:
            continue
        n = art.sentences[si + 1]
        nxt = [q for q in quotes if n.start <= q.start < n.end]
        if not nxt or nxt[0].kind != "direct" or nxt[0].speaker is None:
            continue
        q0 = nxt[0]
        a, _ = _strip(text, n.start, n.end)
        opens = text[a] == "「" and q0.start == a + 1
        named_before = q0.speaker_span is not None and q0.speaker_span[1] <= q0.start and \
            not text[q0.speaker_span[1]:q0.start - 1].strip(_SPACE + "、はがも")
        if opens or named_before:
            quotes.extend(Quote(o + 1, c, "direct", speaker=q0.speaker, speakers=q0.speakers) for o, c in bo)
    # a clause bracket that a later rule (the pending 「…」 sentences) also made is that rule's
    spans = [(q.start, q.end) for q in quotes]
    quotes = [q for i, q in enumerate(quotes) if not (id(q) in clause_ids and spans.count(spans[i]) > 1)]
    quotes.sort(key=lambda q: q.start)
    inner = _inner_said(doc, quotes)  # R28: 『…』と伝言してきた inside a direct quote
    told_ids.update(id(q) for q in inner)
    quotes = sorted(quotes + inner, key=lambda q: q.start)
    # the learned ranker may re-choose a single speaker (see _learned_speakers); it was trained on
    # cued quotes only and leaves the clause brackets alone
    kin_ids = doc.extras.pop("r31_kin_quotes", set())  # R31: unnamed kin are no one the ranker may name
    _learned_speakers(doc, [q for q in quotes if id(q) not in clause_ids and id(q) not in told_ids
                            and id(q) not in kin_ids])
    _words_of(doc, quotes)
    _relayed_speakers(doc, quotes)
    _r38_questioned_speakers(doc, quotes)
    _r43_medium_grounds(doc, quotes)
    _r43_unnamed_subject(doc, quotes)
    quotes = _r33_split_reports(doc, quotes)
    # quotes inside a claim's content are attributed to its source
    for q in quotes:
        for c in claims:
            if c.source and c.start <= q.start and q.end <= c.end:
                q.attributed_to = c.source
                break
    for q in quotes:
        # the date of the saying: dates around the content in its sentence, not inside it
        q.date = _date_of(doc, q.start, q.end)
    art.quotes = quotes
    art.claims = claims
    doc.extras["attributions"] = [{"start": c.start, "end": c.end, "source": c.source} for c in claims]
    doc.extras["quote_spans"] = [
        {"start": q.start, "end": q.end, "speaker": q.speaker, "speakers": list(q.speakers or ([q.speaker] if q.speaker else []))}
        for q in quotes
    ]


#: R33: a report of its own that ends a chunk inside an unbracketed content (…確認中としているが、…としている /
#: …可能性があるとしつつも、… / 「…」としつつも、… / 「…」などと表明、…ことを強調した): the speaker's two statements
#: are two quotes, the first ending before its と, the second starting after the 、. とし / として alone are left
#: alone (…を目標とし、 / 代表として、: a goal, a capacity); the verbs of saying only after a predicate or a 」
#: (住民と話し、: a partner)
_R33_HEDGE_LINK = re.compile(r"(?:など)?と(?:し(?:ているが|ていたが|つつも|つつ|ながらも|ながら|たが)|して(?:いるが|いたが))、")
_R33_SAID_LINK = re.compile(r"(?:など)?と(?:(?:述べ|語り|話し|説明し|強調し|指摘し|主張し|明らかにし|表明し)"
                            r"(?:ており|ていて|たが|つつも|つつ|た上で|たうえで)?|表明|しており)、")


def _r33_object_as(doc, b: int) -> bool:
    """R33: one noun between a を and the と at ``b`` (…ことを公約としていた: XをYとする, "take X as Y"; not
    …処分を検討中としている, a state of its own)."""
    t = doc.token_at(b - 1)
    if t is None or t.end != b or not _nounish(t) or t.i == 0 or t.text.endswith("中"):
        return False  # (…を検討中としている: a state, 中 is no noun one is taken as)
    return doc.tokens[t.i - 1].text == "を"


def _r33_own_subject(doc, a: int, b: int) -> bool:
    """R33 (review): the first statement opens with a named body or person marked は / が (東山県は安全だと
    しているが、…と述べた): a statement of that one, which the quote's speaker passes on, not the speaker's."""
    a, b = _strip(doc.text, a, b)
    for r in mentions_in(doc, a, b):
        if r[0] == a and doc.text[r[1]:r[1] + 1] in ("は", "が"):
            return True
    return False


def _r33_split_reports(doc, quotes: list[Quote]) -> list[Quote]:
    """R33: split an unbracketed quote at a report of its own inside it (see _R33_HEDGE_LINK): both parts
    keep the speaker; a first part that is one bracket becomes a direct quote of the bracket's words."""
    text = doc.text
    out = []
    for q in quotes:
        if q.kind == "direct" or q.end - q.start < 12:
            out.append(q)
            continue
        cut = None
        depth = 0
        for i in range(q.start, q.end):
            ch = text[i]
            if ch in OPEN:
                depth += 1
            elif ch in CLOSE:
                depth = max(0, depth - 1)
            elif depth == 0 and ch == "と":
                m = _R33_HEDGE_LINK.match(text, i) or _R33_SAID_LINK.match(text, i)
                if m is None or m.end() >= q.end:
                    continue
                tk = doc.token_at(i)
                if tk is None or tk.start != i or tk.text != "と":
                    continue  # (安全管理はきちんとしているが: と inside an adverb, no report)
                b0 = i - 2 if i - 2 >= q.start and text.startswith("など", i - 2) else i
                pv = doc.token_at(b0 - 1)
                if pv is not None and pv.tag.startswith(("副詞", "形状詞-タリ")):
                    continue  # (情勢は混沌としているが / しっかりとしているが: a state, no report)
                if _r33_own_subject(doc, q.start, b0):
                    continue  # (県は安全だとしているが、…と述べた: the first statement is the prefecture's)
                if m.re is _R33_SAID_LINK and text[b0 - 1:b0] not in CLOSE:
                    t = doc.token_at(b0 - 1)
                    if t is None or t.end != b0 or _nounish(t):
                        continue  # (住民と話し、 / 目標としており、: a partner, a goal)
                if _r33_object_as(doc, b0):
                    continue  # (…を公約としていたが、: what is taken as what, no report)
                cut = (b0, m.end(), m.re is _R33_SAID_LINK)
        if cut is None:
            out.append(q)
            continue
        a1, b1 = _strip(text, q.start, cut[0])
        a2, b2 = _strip(text, cut[1], q.end)
        if b1 - a1 < 4 or b2 - a2 < 4:
            out.append(q)
            continue
        kw = dict(speaker=q.speaker, speakers=q.speakers, addressee=q.addressee, speaker_span=q.speaker_span,
                  attributed_to=q.attributed_to)
        # the cue as the other quotes have it: a verb of saying after its と (述べ), a hedge with it (としつつも)
        c0 = cut[0] + (2 if text.startswith("など", cut[0]) else 0) + (1 if cut[2] else 0)
        cue, cue_span = text[c0:cut[1] - 1], (c0, cut[1] - 1)
        if text[a1] in OPEN and PAIRS.get(text[a1]) == text[b1 - 1] and not any(
                ch in OPEN + CLOSE for ch in text[a1 + 1:b1 - 1]):
            first = Quote(a1 + 1, b1 - 1, "direct", cue=cue, cue_span=cue_span, **kw)
        else:
            first = Quote(a1, b1, "mixed" if any(ch in OPEN for ch in text[a1:b1]) else "indirect",
                          cue=cue, cue_span=cue_span, **kw)
        second = Quote(a2, b2, "mixed" if any(ch in OPEN for ch in text[a2:b2]) else "indirect",
                       cue=q.cue, cue_span=q.cue_span, **kw)
        out += [first, second]
    return out


#: R28: 『…』と + a verb inside a direct quote: words the quoted speaker passes on (三浦容疑者が『…』と伝言して
#: きた / 安倍総理大臣も『…』と言って); not a list or a label (『…』という / といった / との), not a thought
#: (『…』と思った), a noun made a verb (『…』とした) or a condition (『…』と言ってもらわなければ)
_INNER_SAID = re.compile(r"『([^『』「」]{4,150})』(?:[(（][^()（）「」『』]{1,20}[)）])?と(?!いう|いった|いわれ|言われ|の|か|も|は|[、,\s])")
_INNER_NOT_VERBS = _SEEN_VERBS | {"する", "なる", "ある", "いる", "おる", "できる", "出来る"}
_INNER_COND = re.compile(r"(?:ば|たら|なら|ないと|なくては|ねば)(?:[、。」]|$)")
#: R28 review: only verbs of speaking pass words on (『…』と題して / 名付けた / 呼ばれている / 爆発した /
#: 感じていた are titles, names, sounds and thoughts): the speech-cue lexicon's verbs, less those of
#: judging, feeling or going on (驚く, 懸念, 確認, 評価, 続ける …), plus a few words of passing words on
_INNER_SPEECH_EXTRA = {"伝言", "言う", "いう", "叫ぶ", "頼む", "挨拶", "言い残す", "話しかける", "申し出る", "聞く"}
_INNER_NOT_SPEECH = {"喜ぶ", "驚く", "憤る", "悔しがる", "懸念", "危惧", "予測", "観測", "見積もる", "確認", "評価",
                     "分析", "振り返る", "続ける", "応じる", "応ずる", "表す", "形容", "表現", "評する", "回顧",
                     "述懐", "問題視", "疑問視", "明らか", "締めくくる", "締め括る", "書く", "記す", "綴る", "つづる",
                     "書き込む", "投稿", "ツイート", "声明", "報道", "報じる", "報ずる", "感謝", "歓迎", "称賛",
                     "賞賛", "絶賛", "酷評", "嘆く", "自賛"}
_FIRST_PERSON = re.compile(r"(?:私|僕|ぼく|わたし|わたくし|俺|おれ|自分)(?:たち|達|ども)?(?:は|が|も|から)")


_INNER_ADDRESSEE = re.compile(r"(?:氏|さん|君|くん|様|議員|首相|大臣|社長|市長|知事|代表|監督)?(?:に|へ)")


def _inner_speech_verb(lemma: str) -> bool:
    return lemma in _INNER_SPEECH_EXTRA or (_verb_cue(lemma) is not None and lemma not in _INNER_NOT_SPEECH)


def _inner_said(doc, quotes: list[Quote]) -> list[Quote]:
    """R28: the words a direct quote passes on in 『…』と + a verb of its own clause: a quote of
    their own. The speaker is the entity of the は / が / も phrase in the outer words before 『
    (三浦容疑者が『…』と), else a person named in the clause before 『 (私(重野氏)からも『…』と), else one
    named between と and the subject's particle after it (『…』と(X)本人が申し出ました), else nobody."""
    text = doc.text
    art = doc.article
    out: list[Quote] = []
    have = {(q.start, q.end) for q in quotes}
    for q in quotes:
        if q.kind != "direct" or q.end - q.start < 12:
            continue
        si = next((i for i, s in enumerate(art.sentences) if s.start <= q.start < s.end), None)
        if si is None:
            continue
        toks = [u for u in doc.sent_toks(si) if q.start <= u.start and u.end <= q.end]
        if not toks:
            continue
        depth, _ = _brackets(text, q.start, q.end)
        sub = _Sent(si, q.start, q.end, toks, depth)
        for m in _INNER_SAID.finditer(text, q.start, q.end):
            a, b = m.start(1), m.end(1)
            if (a, b) in have or sub.d(m.start()) != 0:
                continue
            rest_end = min([x for x in (text.find(ch, m.end(), q.end) for ch in "、。「『") if x >= 0] + [q.end])
            rest = text[m.end():rest_end]
            k0 = next((x for x, u in enumerate(toks) if u.start >= m.end()), None)
            if k0 is None or _INNER_COND.search(rest):
                continue
            # R28 review: the first verb after と, past a noun of manner or place (電話で / 心の中で); a
            # verb of speaking (see _INNER_SPEECH_EXTRA), active, not before the noun it labels (と書いた旗)
            vi = next((x for x in range(k0, len(toks)) if toks[x].start < rest_end and (
                toks[x].pos == "VERB" or toks[x].tag.startswith("名詞-普通名詞-サ変")) and not (
                toks[x].tag.startswith("名詞") and x + 1 < len(toks) and toks[x + 1].text in ("で", "に", "の"))),
                None)
            if vi is None:
                continue
            verb = toks[vi]
            ve = _tail(toks, vi)
            if verb.lemma in _INNER_NOT_VERBS or not _inner_speech_verb(verb.lemma) or _passive(toks, vi, ve) \
                    or _denied(toks, vi, ve) or (ve + 1 < len(toks) and _nounish(toks[ve + 1])
                                                 and toks[ve].text.endswith(("る", "た", "だ", "う", "ぶ", "む"))):
                continue
            if text[a:b].rstrip("。！？!?").endswith(("ッ", "っ")) or len(text[a:b].rstrip("。．！？!?")) < 4:
                continue  # (『カクカクッ』と: a sound, not words)
            # R28 review: the nearest topic before 『 (…佐藤氏は反対したが、鈴木氏は『…』と述べた: 鈴木)
            hit, lo_t = None, q.start
            while (h := _topic_phrase(doc, sub, lo_t, m.start(), marks=("は", "が", "も", "から"))) is not None:
                hit, lo_t = h, h[1]
            cl0 = max(text.rfind(ch, q.start, m.start()) for ch in "、。「") + 1
            fp = _FIRST_PERSON.search(text, max(cl0, q.start), m.start())
            first_person = fp is not None and (hit is None or fp.start() >= hit[1])
            if hit is not None and text[hit[1]:m.start()].count("、") > 1:
                hit = None  # (a topic two clauses back speaks the outer words, not these)
            if hit is None or not hit[0].keys:
                hit = _topic_phrase(doc, sub, m.end(), rest_end, marks=("が", "は")) or hit
            keys = list(hit[0].keys) if hit is not None and hit[0].keys else []
            if not keys:
                # 私(重野氏)からも『…』と / 『…』と(X)本人が申し出た: a person named in the clause before 『,
                # else between と and the subject's particle after it
                cl = cl0
                # (R28 review: not the addressee: 佐藤氏に『…』と伝えた / 佐藤氏には / 佐藤氏へ)
                people = [r for r in mentions_in(doc, max(cl, q.start), m.start()) if entity_type(doc, r[2]) == "PERSON"
                          and not _INNER_ADDRESSEE.match(text, r[1])]
                if not people and (mg := re.match(r"[^、。「」『』]{1,25}?(?:が|は)", text[m.end():rest_end])):
                    people = [r for r in mentions_in(doc, m.end(), m.end() + mg.end())
                              if entity_type(doc, r[2]) == "PERSON"]
                if people:
                    keys = [people[-1][2]]
                    hit = (_NP(people[-1][0], people[-1][1], keys, "named"), people[-1][1])
            spk_span = (hit[0].start, hit[0].end) if keys and hit is not None else None
            told_to = re.match(r"[^、。」]{0,8}?(?:もら|いただ|頂)", text[toks[ve].start:rest_end]) is not None
            if first_person or (not keys and not told_to):
                # R28 review: 私は『…』と伝えた, or no subject: the outer quote's speaker passes the words on
                # (not …といってもらった: words said to the outer speaker)
                keys = list(q.speakers) if q.speakers else ([q.speaker] if q.speaker else [])
                spk_span = q.speaker_span if keys else None
            cue_span = (verb.start, toks[ve].end)
            out.append(Quote(a, b, "direct", speaker=keys[0] if keys else None,
                             speakers=keys if len(keys) > 1 else None, cue=text[verb.start:toks[ve].end],
                             cue_span=cue_span, speaker_span=spk_span))
            have.add((a, b))
    return out


#: R25: …の発言 / 話 / 談話 / コメントとして、 right before a claim's content: whose words the medium reports (not 証言)
_TOLD_AS = re.compile(r"の(発言|話|談話|コメント)として[、,]?\s*「?$")
_TOLD_AS_IN = re.compile(r"[^、。「」]{1,30}?の(発言|話|談話|コメント)として[、,]?\s*「?")
#: R35: the hearsay cues of a claim inside which "Yの話として、…" is the medium's own sourcing (読売新聞によると、
#: 同署の話として、容疑者は容疑を認めている。): the annotators code the claim only (9 such quotes false against 1
#: coded over the 929 articles), while Yのコメントとして and a reporting verb (…は、Yの話として…と伝えた) stay quotes
_R35_HEARSAY_CLAIM_CUES = ("によると", "によれば")


def _told_as(doc, sent: _Sent, s_quotes: list[Quote], s_claims: list[Claim]) -> list[Quote]:
    """R25: Xは、Yの発言 / 話として、…と伝えた: the medium X's claim is also a quote of Y (the
    annotators code both: the claim of X, the quote of Y with the same content); Y is the noun
    phrase before の (a named person or body, else a null speaker: 捜査当局の話として)."""
    text = doc.text
    out = []
    for c in s_claims:
        if not (sent.start <= c.start < sent.end) or c.end - c.start < 4:
            continue
        m = _TOLD_AS.search(text, max(sent.start, c.start - 12), c.start)
        a = c.start
        if m is None or m.end() != c.start:
            # Xは捜査当局の話として、…と伝えている: the claim's content opens with the phrase
            m = _TOLD_AS_IN.match(text, c.start, min(c.end, c.start + 40))
            if m is None:
                continue
            a = m.end()
        if c.end - a < 4 or any(q.start < c.end and a < q.end for q in s_quotes):
            continue  # quoted already
        if m.group(1) == "話" and c.cue in _R35_HEARSAY_CLAIM_CUES:
            continue  # R35: Xによると、Yの話として、…: the medium's sourcing, the claim only
        no = m.start(1) - 1  # the の after Y (1.26: not m.start(), Y's own start on the second path)
        k = next((i for i, u in enumerate(sent.toks) if u.start == no), None)
        lo = c.source_span[1] if c.source_span and c.source_span[1] <= no else sent.start
        span = _np_before(doc, sent, k, lo) if k is not None else None
        keys = _resolve_np(doc, *span).keys if span is not None else []
        bracketed = text[a - 1:a] == "「" and text[c.end:c.end + 1] == "」"
        out.append(Quote(a, c.end, "direct" if bracketed else "indirect",
                         speaker=keys[0] if keys else None, speakers=keys if len(keys) > 1 else None,
                         cue=text[m.start(1):m.end(1)], cue_span=(m.start(1), m.end(1)), speaker_span=span))
    return out


#: R34: Xの話では、… / Xの説明では、… / Xのコメントでは、… / Xの証言では、…: the rest of the sentence is X's
#: words though no cue follows (…を担当していたという。); the hedge that ends it is no content
#: (R34 review: not …の話ではなく / の説明ではない / の話ではあるが: "not a matter of X", no frame)
_R34_FRAME = re.compile(r"の(話|説明|コメント|証言)では(?!な[いくかけ]|あ[るりっ])[、，]?")
_R34_FRAME_HEDGE = re.compile(r"(?:と(?:いう|のこと(?:だ|です)?|されている|している))$")
#: R35 review: hearsay that the R34 hedge does not strip (…思ったそうだ。 / …とのことだった。 / …とのことで、…):
#: the sentence is still X's account, not the writer's own voice (様態 …しそうだ / 高そうだ is not taken)
_R35_FRAME_HEARSAY = re.compile(r"との(?:こと|事)|(?:[たるい]|だ)そう(?:だ|です)$")


def _r34_frame_words(doc, sent: _Sent, s_quotes: list[Quote]) -> list[Quote]:
    """R34: a frame that names who speaks (Xの話では、 / Xの説明では、) and content to the end of the
    sentence with no quote in it: one indirect quote of X (mixed when it holds a bracket); an unnamed
    X (関係者の説明では) gives a null speaker. Not a content that opens with a bracket (「…」と述べた
    after the frame has its own cue), not one under 6 characters."""
    text = doc.text
    out = []
    a0, b = _strip(text, sent.start, sent.end)
    while b > a0 and text[b - 1] in "。．" + _SPACE:
        b -= 1
    for m in _R34_FRAME.finditer(text, sent.start, b):
        if sent.d(m.start()) != 0:
            continue
        a = m.end()
        while a < b and text[a] in _SPACE + "、，":
            a += 1
        e = b
        h = _R34_FRAME_HEDGE.search(text, a, e)
        if h is not None:
            e = h.start()
        elif m.group(1) == "話" and not _R35_FRAME_HEARSAY.search(text, a, e):
            continue  # R35: Xの話では、… ending in the writer's own voice (no という): not coded as X's words
        if e - a < 6 or text[a] in "「『" or any(q.start < e and a < q.end for q in s_quotes):
            continue
        if _R34_FRAME.search(text, a, e):
            continue  # another frame follows: its own words
        k = next((i for i, u in enumerate(sent.toks) if u.start == m.start()), None)
        span = _np_before(doc, sent, k, sent.start) if k is not None else None
        np = _resolve_np(doc, *span) if span is not None else None
        if np is None or not (np.keys or np.kind in ("generic", "unlinked", "title")):
            continue
        keys = np.keys
        kind = "mixed" if any(ch in OPEN for ch in text[a:e]) else "indirect"
        out.append(Quote(a, e, kind, speaker=keys[0] if keys else None, speakers=keys if len(keys) > 1 else None,
                         cue=m.group(1), cue_span=(m.start(1), m.end(1)), speaker_span=span))
        break
    return out


def _uncued_tail(doc, sent: _Sent, pairs: dict[int, int], s_quotes: list[Quote], s_claims: list[Claim],
                 st: _State) -> list[Quote]:
    """A bracket that ends the sentence with no cue of its own (the reporting verb left out):
    Xは「…」とした上で、「…」。 is more of the same speaker's words; Xは「…」。 is the topic's."""
    text = doc.text
    a, b = _strip(text, sent.start, sent.end)
    while b > a and text[b - 1] in "。．" + _SPACE:
        b -= 1
    if b <= a or text[b - 1] != "」":
        return []
    o = next((x for x, c in pairs.items() if c == b - 1), None)
    if o is None or sent.d(o) != 0 or any(q.start <= o + 1 < q.end or q.start == o + 1 for q in s_quotes):
        return []
    if any(c.start <= o < c.end for c in s_claims):
        return []
    inner = [u for u in sent.toks if o < u.start and u.end <= b - 1]
    if not _utterance(text, sent.toks, (o, b - 1)) and not (
            len(text[o + 1:b - 1]) >= 8 and any(u.tag.startswith(("動詞", "形容詞", "助動詞")) for u in inner)):
        return []  # (…全力でやるだけ」: a clause that ends in a particle is still words said)
    before = text[a:o].rstrip(_SPACE)
    spk: list[str] = []
    sspan = None
    prior = [q for q in s_quotes if q.end <= o and q.speaker]
    if prior and before.endswith("、"):
        q = prior[-1]
        gap = text[q.end:o]
        if "「" in gap or mentions_in(doc, q.end, o):
            return []  # someone else named between
        spk = list(q.speakers or [q.speaker])
        sspan = q.speaker_span
    elif not s_quotes and re.search(r"(?:は|も)[、\s]*$", before):
        hit = _topic_phrase(doc, sent, a, o, marks=("は", "も"))
        if hit is None or not hit[0].keys or not _actor_np(hit[0]):
            return []
        if text[hit[1]:o].strip(_SPACE + "、"):
            return []  # the topic's clause goes on before the bracket
        spk = list(hit[0].keys)
        sspan = (hit[0].start, hit[0].end)
    else:
        return []
    st.last_speakers = list(spk)
    st.last_sent = sent.si
    return [Quote(o + 1, b - 1, "direct", speaker=spk[0], speakers=spk if len(spk) > 1 else None,
                  speaker_span=sspan)]


#: what follows a clause in brackets when it is not something said: a question put to people, a
#: title, a written rule, a survey answer (「…」という質問, 「…」と題した, 「…」と定めた, 「…」と回答した)
_NOT_SAID_AFTER = re.compile(
    r"^\s*(?:という|との|とする|などの)?(?:質問|問い|設問|題|題名|タイトル|見出し|テーマ|スローガン|キャッチフレーズ|フレーズ|"
    r"掛け声|合言葉|標語|文言|条文|規定|項目|選択肢)|"
    r"^\s*と(?:題|銘打|定め|規定|書かれ|記され|明記|回答|答えた人|する人|した人|の回答|感じ|みられ)|"
    r"^\s*(?:に該当|ことに基づ|などを理由|を理由|がみたところ|とする(?:意見|人|回答))|"
    # R30: a verbal noun negated or a potential after と (「…」と判断できず, と判断せず): nothing was
    # said. This reads only brackets with no cue (the uncued path); a speech cue negated keeps its
    # quote by the cue path (「…」と断定しなかった, と明言しなかった are still quotes there)
    r"^\s*と[一-龥]{1,4}(?:でき(?:ず|ない|なかっ)|しな(?:い|かっ)|せず)|"
    r"^\s*(?:が|は|も)?[\d０-９.．]+(?:%|％|パーセント|人)")
_PARTICLE_END = ("の", "は", "を", "が", "に", "と", "で", "や", "へ", "も", "から", "より", "まで")


def _clause_brackets(doc, sent: _Sent, pairs: dict[int, int], s_quotes: list[Quote],
                     s_claims: list[Claim], st: "_State") -> list[Quote]:
    """Brackets that hold a whole clause (something said) but that no cue the stage knows
    introduced: 「…」との意向を伝えた, 「…」という声もある, X前首相「…」「…」. Direct quotes. The
    speaker: the name (and title) right before 「; the speaker of the quote just before when
    only a comma separates them; the topic of the sentence before the bracket; the source of the
    claim that holds it; the topic after it that says it (「…」X被告は言った). With none of these
    the bracket is left alone (round 8: a loose bracket that names nobody is no quote)."""
    text = doc.text
    out: list[Quote] = []
    names = {e.key: e.name for e in doc.article.entities}
    for o in sorted(pairs):
        c = pairs[o]
        if sent.d(o) != 0 or c - o < 7:
            continue
        if any(min(c, q.end) - max(o + 1, q.start) >= (c - o - 1) / 2 for q in s_quotes + out):
            continue
        head = text[sent.start:o]
        if head.count("『") > head.count("』"):
            continue  # inside a title 『…「…」…』
        inner = text[o + 1:c].rstrip(_SPACE)
        if "「" in inner or inner.endswith(_PARTICLE_END):
            continue
        if not re.search(r"[ぁ-ゖ。．！？!?…]$", inner):
            continue
        toks = [u for u in sent.toks if o < u.start and u.end <= c]
        if not any(u.tag.startswith(("動詞", "形容詞", "助動詞")) for u in toks):
            continue
        if _NOT_SAID_AFTER.search(text[c + 1:c + 16]):
            continue
        claim = next((cl for cl in s_claims if cl.start <= o < cl.end or cl.start <= o + 1 < cl.end), None)
        # R43: a bracket before と + no cue (…によると、X氏は「…」と意気込んだ) is the words of X, not the
        # medium's relay, and goes on to the speaker chain below
        said_to = _r43_said_to(doc, sent, o, c)
        if claim is not None and claim.source and names.get(claim.source, "").endswith(MEDIA_HEADS) and not (
                claim.cue_span and claim.cue_span[1] - 2 in _r31_frames(doc, sent, st)) and not said_to:
            # 読売新聞によれば、「…」と報じている: the paper's claim, not someone's words (R31: a medium's frame
            # only R31 reads, 読売新聞などが伝えた同署の発表では、少年は「…」と供述, leaves the words as they were)
            continue
        spk: list[str] = []
        sspan = None
        near = [m for m in mentions_in(doc, max(sent.start, o - 30), o)
                if _names_speaker(text[m[1]:o], entity_type(doc, m[2]) == "PERSON")]
        prev = next((q for q in reversed(s_quotes + out)
                     if q.kind == "direct" and q.end < o and not text[q.end + 1:o].strip(_SPACE + "、")), None)
        kara = _kara_before(doc, sent, sent.start, o) if not near else None
        if near:
            spk = [near[-1][2]]
            sspan = (near[-1][0], near[-1][1])
        elif kara is not None:
            # R31: X容疑者は…Yさんから「…」と依頼を受けて: the words are Y's, not the topic's
            spk = list(kara[0].keys) or [None]
            sspan = (kara[0].start, kara[0].end) if kara[0].keys else None
        elif prev is not None and prev.speaker:
            spk = list(prev.speakers or [prev.speaker])
            sspan = prev.speaker_span
        elif (hit := _topic_phrase(doc, sent, sent.start, o, marks=("は", "も", "が"))) is not None and hit[0].keys:
            spk = list(hit[0].keys)
            sspan = (hit[0].start, hit[0].end)
        elif claim is not None and claim.source:
            spk = [claim.source]
            if _media_entity(entity_by_key(doc, claim.source), [names.get(claim.source, "")]):
                # R31: 岩手日報によると、「…」と供述 / NHKによると、…「…」: a medium whose name ends otherwise
                # (日報, NHK, 47NEWS) relays the words; whoever said them is not named (a null speaker)
                spk = [None]
        elif (hit := _topic_phrase(doc, sent, c + 1, sent.end, marks=("は", "が"))) is not None and hit[0].keys \
                and _SAID_NOW.match(text, hit[1]):
            spk = list(hit[0].keys)
            sspan = (hit[0].start, hit[0].end)
        if spk == [None]:
            out.append(Quote(o + 1, c, "direct", speaker=None))  # (R31: unnamed, or a medium's relay)
        elif spk:
            out.append(Quote(o + 1, c, "direct", speaker=spk[0], speakers=spk if len(spk) > 1 else None,
                             speaker_span=sspan))
        elif said_to:
            out.append(Quote(o + 1, c, "direct", speaker=None))  # R43: 「…」と出頭した, nobody named
    if out and out[-1].speaker is not None:
        st.last_speakers = list(out[-1].speakers or [out[-1].speaker])
        st.last_sent = sent.si
    return out


_SAID_NOW = re.compile(r"\s*(?:こう|そう|次のように)?(?:言っ|言い|語っ|語り|述べ|話し|答え|言明)")


#: R43: what may follow the quotative と of a bracketed utterance that no cue took, when it is
#: no report: a name or label given (「…」と称して / 呼ばれる / 名付けた / 改めた / 変更), a reading or a
#: ruling (とみて, と思った, と判断された: R23d / R26 keep these), the する / なる / いう / の forms
#: other rules read (とし, となる, という, との), a second bracket (「A」と「B」: a pair of names)
_R43_NOT_SAID_TO = re.compile(
    r"(?:など|なんて)?と(?:も|か|は)?[、,]?\s*(?:称|呼|名付|名づ|命名|改め|改称|改名|変更|変え|題|銘打|"
    r"判断|判定|認定|断定|推定|結論|み[てらるたなえ]|見[てらるたなえ]|思|考え|感|信じ|願|祈|"
    # a belief mistaken, a wording replaced (「…」と勘違いした / と言い換えている: corpus check)
    r"勘違|思い込|思いこ|誤解|錯覚|言い換|"
    # R43 review: a thing found out, known or guessed (「…」と気付いた / と分かった / と知った / と疑った /
    # と予想した / と確信した: a reading like と思った, nobody said it; と知らせた is words)
    r"気付|気づ|分か|わか|知[っりるれ]|知ら(?!せ)|悟|疑|予想|予測|確信|推測|推察|想像|決めつけ|決め付け|"
    r"な[っらりるれろ]|い[うっえ]|言[うっえ]|す[るれ]|し|さ|せ|の|「|『|$|"
    # a medium's relay stays its claim (「…」と報じた / と伝えている: R31)
    r"報|伝え|"
    # と as "with" / "and": 「…」と共に, と同時に, と一緒に, と並ぶ, と比べ, と違い, と同様
    r"共|とも|同時|一緒|並|比べ|違|同様|"
    # R43 review: と comparing (「…」と異なる内容 / と一致する / と似た / と対照的に / と矛盾する)
    r"異な|一致|対照|矛盾|似|酷似|類似)")
#: R43 review: 「…」とは (a definition or a topic: 「…」とはどういうことか / とは何か), or とは + a speech verb
#: negated (とは言わなかった, a cue's own rule): no words reported by the bracket
_R43_TOPIC_TO = re.compile(r"(?:など|なんて)?とは")
#: R43 review: a medium's relay verb a few words after the と (「…」と3日付の朝刊で報じた / と一斉に伝えている): the
#: medium's claim as ``_R43_NOT_SAID_TO``'s 報 / 伝え right after と, not words (no と between: 「…」と意気込んでいると
#: 伝えた is left to the rules before; no subject between: 「…」と情報部は伝えた / とある支持者は報道陣に語った are words)
_R43_RELAYED = re.compile(r"[^、。と「」はが]{0,12}?(?:報じ|報道(?!陣)|伝え)")
#: R43: a condition after the bracket's と (「…」と言えば, と感じた場合): nothing was said
_R43_COND = re.compile(r"[^、。]*?(?:[えけせてねべめげれ]ば|たら|なら|(?<!と)ても|場合)")  # (not とても: an adverb)
_R43_QUOTATIVE_TO = re.compile(r"(?:など|なんて)?と(?:も|か)?(?=.)")
_R43_LEAD = re.compile(r"(?:など|なんて)?と(?:も|か)?[、,\s]*")


def _r43_said_to(doc, sent: "_Sent", o: int, c: int) -> bool:
    """R43: a bracketed utterance right before a quotative と whose clause has no speech cue and names
    no speaker (「…」と110番通報。 / 「…」と言われ、 / 「…」と、否認に転じた / 「…」と閉店を残念がった) is
    still words reported: over the 1,202 gold articles 78 missed gold quotes stand before such a と
    (45 % of them with no speaker the gold names) against 37 brackets that are no quotes, most of them
    headlines of source lists (not read) and names (「…」と称して) that ``_R43_NOT_SAID_TO`` keeps out;
    the rule adds 51 quotes there, all gold. Round 8 left them unless a speaker was found; the quote
    is made with a null speaker when the chain of ``_clause_brackets`` finds none. ``_clause_brackets``
    has checked that the bracket reads as a clause."""
    text = doc.text
    rest = text[c + 1:min(sent.end, c + 16)]
    if not _R43_QUOTATIVE_TO.match(rest) or _R43_NOT_SAID_TO.match(rest) or _R43_TOPIC_TO.match(rest):
        return False
    lead = _R43_LEAD.match(text, c + 1, sent.end).end()
    if _R43_COND.match(text, lead, sent.end) or _R43_RELAYED.match(text, lead, sent.end):
        return False
    return _utterance(text, sent.toks, (o, c))  # (six characters or more: ``_clause_brackets`` checked c - o >= 7)


def _names_speaker(between: str, person: bool) -> bool:
    """The text between a name and 「 leaves the name as the one who speaks: nothing, a comma, or
    a title (麻生太郎前首相「…」, 河村建夫前官房長官「…」)."""
    b = between.strip(_SPACE + "、・")
    if not b:
        return True
    return person and len(b) <= 12 and not re.search(r"[はがをにでとものへ]", b) and _head_noun(b) in TITLE_NOUNS


_SOURCE_ONLY = re.compile(r"(?:が|は)(?:伝え|報じ|報道し)(?:た|ている|ています|ました)[。．\s]*$")


def _source_only(doc, sent: _Sent, claims: list[Claim]) -> list[Claim]:
    """…と述べた。4日(現地時間)、BBCが伝えた。: a sentence that only names a medium and its
    report makes the sentence before it a claim of that medium."""
    text = doc.text
    m = _SOURCE_ONLY.search(text, sent.start, sent.end)
    if m is None or sent.si == 0:
        return []
    k = next((x for x, u in enumerate(sent.toks) if u.start == m.start()), None)
    if k is None:
        return []
    span = _np_before(doc, sent, k, sent.start)
    if span is None:
        return []
    np = _resolve_np(doc, *span)
    if not np.keys or not all(entity_type(doc, key) == "ORG" for key in np.keys):
        return []
    # before the medium: only a date / time chunk (no verb: not …を受けて、BBCが伝えた)
    if any(u.pos in ("VERB", "AUX", "ADJ") for u in sent.toks if u.end <= span[0]) or "「" in text[sent.start:span[0]]:
        return []
    prev = doc.article.sentences[sent.si - 1]
    if prev.block != doc.article.sentences[sent.si].block and doc.block_kind(sent.si - 1) != "paragraph":
        return []
    if doc.block_kind(sent.si - 1) != "paragraph" or any(c.start < prev.end and prev.start < c.end for c in claims):
        return []
    ca, cb = _strip(text, prev.start, prev.end)
    while cb > ca and text[cb - 1] in "。．" + _SPACE:
        cb -= 1
    if cb <= ca:
        return []
    cue = text[m.start() + 1:m.end()].rstrip("。．" + _SPACE)
    return [Claim(ca, cb, source=np.keys[0], source_span=(np.start, np.end), cue=cue,
                  cue_span=(m.start() + 1, m.start() + 1 + len(cue)))]


#: R37: what a medium's report or reporting revealed (…。朝日新聞、毎日新聞の報道で分かった。 / …ことが東京新聞の
#: 取材で明らかになった / …ことが、26日に産経新聞が関係者への取材により分かった): the cue, from の / が
_R37_REVEALED = re.compile(r"(?:の(?:報道|取材)|が[^、。「」『』]{0,20}?取材)(?:で|により|によって)[、,]?"
                           r"(?:(?:[0-9０-９]+月)?[0-9０-９]+日(?:に)?[、,]?)?"
                           r"(?:分かった|わかった|明らかになった|判明した)[。．]?[\s]*$")
#: R37: a date before the medium that revealed it (25日の毎日新聞, 26日に産経新聞が)
_R37_DATE_LEAD = re.compile(r"(?:[0-9０-９]+月)?[0-9０-９]+日(?:\([^()]{1,12}\))?(?:に|の)?[、,]?")


def _r37_revealing_medium(doc, a: int, b: int) -> tuple[str, tuple[int, int]] | None:
    """R37: [a, b) is a date, then only media joined by 、 ・ と や (など after the last): the first medium."""
    text = doc.text
    md = _R37_DATE_LEAD.match(text, a, b)
    a = md.end() if md is not None else a
    ms = [m for m in mentions_in(doc, a, b) if not _embedded(text, m)]
    if not ms or ms[0][0] != a or not _is_medium(doc, ms[0]):
        return None
    for x, y in zip(ms, ms[1:]):
        if not _MEDIA_COORD.fullmatch(text[x[1]:y[0]]):
            return None
    if not re.fullmatch(r"(?:など|等)?", text[ms[-1][1]:b]):
        return None
    return ms[0][2], (ms[0][0], ms[0][1])


def _r37_revealed(doc, sent: _Sent, claims: list[Claim]) -> list[Claim]:
    """R37: a medium's report that revealed the content: a sentence "X(、Y)の報道で分かった。" makes the
    sentence before it (same paragraph, no claim yet) a claim of X; "…ことが、Xの報道 / 取材で明らかに
    なった" makes the clause before こと a claim of X (the gold: 6 of 6 in the 1,025; a body's 調べ or an
    unnamed 関係者への取材 makes none)."""
    text = doc.text
    m = _R37_REVEALED.search(text, sent.start, sent.end)
    if m is None:
        return []
    cue = text[m.start() + 1:m.end()].rstrip("。．" + _SPACE)
    cue_span = (m.start() + 1, m.start() + 1 + len(cue))
    kg = text.rfind("ことが", sent.start, m.start())
    if kg > sent.start:
        hit = _r37_revealing_medium(doc, *_strip(text, kg + 3, m.start()))
        if hit is None:
            return []
        ca, cb = _strip(text, sent.start, kg)
        if cb <= ca or any(c.start < cb and ca < c.end for c in claims):
            return []
        return [Claim(ca, cb, source=hit[0], source_span=hit[1], cue=cue, cue_span=cue_span)]
    # (review: the sentence is only the date and the media: 男の身元は、毎日新聞の取材で分かった / …ことも、
    # 朝日新聞の報道で分かった reveal what the sentence itself holds, not the sentence before)
    hit = _r37_revealing_medium(doc, *_strip(text, sent.start, m.start()))
    if hit is None or sent.si == 0:
        return []
    prev = doc.article.sentences[sent.si - 1]
    if prev.block != doc.article.sentences[sent.si].block or doc.block_kind(sent.si - 1) != "paragraph" or any(
            c.start < prev.end and prev.start < c.end for c in claims):
        return []
    ca, cb = _strip(text, prev.start, prev.end)
    while cb > ca and text[cb - 1] in "。．" + _SPACE:
        cb -= 1
    if cb <= ca:
        return []
    return [Claim(ca, cb, source=hit[0], source_span=hit[1], cue=cue, cue_span=cue_span)]


def _generic_source(doc, sent: _Sent, lo: int, p: int) -> bool:
    """Is the source phrase before a によると phrase at ``p`` an unnamed person
    (外交筋, 関係者, 専門家) with no named body?"""
    a, b = _strip(doc.text, _source_start(doc, sent, lo, p), p)
    if b <= a or re.search(r"[「『」』]", doc.text[a:b]):
        return False  # ニュースサイト「スタッフ」によれば: a bracketed name, not a person
    np = _resolve_np(doc, a, b)
    return not np.keys and np.kind == "generic"


#: R44: an unnamed insider or official as the whole source phrase (捜査関係者 / 球団関係者 / ある関係者 /
#: 市担当者 / 当局者, with ら or の話 / の説明 after); not …筋 (外交筋によると: no claim, as in round 2)
_INSIDER_SOURCE = re.compile(r"(?:関係者|担当者|当局者)(?:ら|たち)?(?:の(?:話|説明|証言))?")


def _insider_source(doc, sent: _Sent, lo: int, p: int) -> bool:
    """R44: is the unnamed source before a によると phrase at ``p`` an insider or official (関係者,
    担当者, 当局者) rather than a witness or a group? (pool: 7 of 7 such claims are in the gold)"""
    a, b = _strip(doc.text, _source_start(doc, sent, lo, p), p)
    body = doc.text[a:b].strip(_SPACE + "、")
    m = _INSIDER_SOURCE.search(body)
    return m is not None and m.end() == len(body) and not re.search(r"[「『」』()（）]", body)


def _unnamed_source(doc, sent: _Sent, lo: int, p: int) -> bool:
    """Does the source phrase before a によると phrase at ``p`` plainly name nobody
    (報道によれば, 一部報道によると, 地元メディアによると, 人権団体によれば)? Narrow on purpose:
    a bare common noun may still be a name the entities stage missed (楽天によると, 朝日の
    別記事によると), and those keep their claim with a null source."""
    a, b = _strip(doc.text, _source_start(doc, sent, lo, p), p)
    body = doc.text[a:b].strip(_SPACE + "、")
    if _UNNAMED_MEDIA.fullmatch(body):
        return True
    m = _SOURCE_TAIL_WORDS.search(body)
    if m is not None and m.end() == len(body) and m.start() > 0:
        body = body[:m.start()]  # 人権団体の報告によると: the phrase before the report noun
    toks = doc.tokens_in(a, a + len(body))
    return bool(toks) and body.endswith(("団体", "グループ")) and not any(
        t.tag.startswith("名詞-固有名詞") or _KANA_WORD.search(t.text) and t.text not in ("グループ",) or mentions_in(doc, t.start, t.end)
        for t in toks)


#: reports by nobody in particular: 報道, 一部報道, 地元メディア, 複数のメディア
#: (R27: 報道各社 / 報道機関各社 / メディア各社 / 各社報道 / 各情報源; a date before and の<date>の報道 after
#: only with the 各社 forms: 10月3日の報道機関各社によると, 報道機関各社の10月5日の報道によると. A bare
#: 情報源, 5日の報道 or 地元メディアの報道 keeps its claim with a null source, as in 1.30)
_UNNAMED_MEDIA = re.compile(r"(?:一部|複数の|各|現地|地元|海外|外国|国内|各国|一部の)?(?:報道|メディア|マスコミ|報道機関|各紙|各社|"
                            r"メディア各社|マスコミ各社|新聞各紙|新聞報道|現地報道|現地メディア)"
                            r"|(?:(?:[0-9０-９]+月)?[0-9０-９]+日の)?(?:報道各社|報道機関各社|メディア各社|マスコミ各社)"
                            r"(?:の(?:(?:[0-9０-９]+月)?[0-9０-９]+日の)?報道)?|各社報道|各情報源")


#: R27: a contrast that ends a clause between two によると (…予定だが、Yによると): the later one is no part
#: of the earlier one's content
_CONTRAST = re.compile(r"(?:(?<=[だたるいすうくぬむつ])が|けれど(?:も)?|けど|ものの|のに|一方(?:で)?)[、,]")


_SOURCE_TAIL_WORDS = re.compile(r"の(?:報道|発表|声明|談話|調べ|調査|まとめ|発言|情報|話|取材|集計|分析|見解|記事|報告|報告書|統計)")


#: Xの説明では、 / Xが…したところでは、: a chunk that names who reports what follows
_FRAME_END = re.compile(r"(?:ところ|所)では|の(?:説明|発表|話|見解|分析|見方|主張|発言|声明|談話)では")


def _frame(doc, sent: _Sent, lo: int, hi: int):
    """The last frame in [lo, hi) that names who reports what follows (Xが…したところでは、,
    Xの説明では): (the actor phrase, the offset after the frame)."""
    text = doc.text
    best = None
    for m in _FRAME_END.finditer(text, lo, hi):
        if sent.d(m.start()) != 0:
            continue
        a = lo
        for i in range(m.start() - 1, lo - 1, -1):
            if text[i] == "、" and sent.d(i) == 0:
                a = i + 1
                break
        b = m.end()
        while b < hi and text[b] in "、" + _SPACE:
            b += 1
        if "ところ" in m.group(0) or "所" in m.group(0):
            hit = _topic_phrase(doc, sent, a, m.start(), marks=("が", "は"))
            if hit is not None and (hit[0].keys or hit[0].kind != "none"):
                best = (hit[0], b)
        else:
            a, pe = _strip(text, a, m.start())
            if pe > a:
                np = _resolve_np(doc, a, pe)
                if np.keys or np.kind in ("generic", "unlinked"):
                    best = (np, b)
    return best


def _subject_of(doc, sent: _Sent, np: _NP, q: int) -> bool:
    """Is the phrase the subject of the predicate ending at ``q`` (高島アナが…ことを明らかに
    した), not of a relative clause inside the content (卓矢君が首を挟まれた場所は…)?"""
    pred = _pred_token(doc, sent, q)
    m = re.search(r"[(（][^()（）]*[)）]$", doc.text[np.start:np.end])
    end = np.start + m.start() if m and m.start() > 0 else np.end  # 柴田選手(26歳)が
    toks = doc.tokens_in(np.start, end)
    if pred is None or not toks:
        return True
    head = toks[-1]
    for _ in range(4):
        if head.head == head.i:
            return False
        nxt = doc.tokens[head.head]
        if nxt.i == pred.i:
            return True
        after = doc.tokens[nxt.i + 1] if nxt.i + 1 < len(doc.tokens) else None
        if (nxt.pos in ("NOUN", "PROPN", "PRON") and nxt.start >= np.end and after is not None
                and after.text in ("は", "が", "を", "も", "に", "で")):
            return False  # the phrase is inside a relative clause on an argument noun
        head = nxt
    return False


def _content_subject(doc, sent: _Sent, np: _NP, c, lo: int) -> bool:
    """R13: is the が phrase the subject of the reported clause itself, not of the cue
    (…資料に基づき、関東軍が、…を認めたとし、…と主張していた: 関東軍 is what is reported, the
    speaker is the unnamed subject of the report)? Only after a clause of the (unnamed)
    speaker's own that opens the sentence part (…に基づき、 / …を受けて、): a speaker's が
    phrase opens its clause (閣僚が、…を作っているとして批判した, parsed alike, keeps it).
    The parse decides the rest: the phrase hangs on the content's own predicate, that
    predicate is not the cue, and the content has no subject of its own."""
    if not any(lo <= u.start and u.end <= np.start and u.pos == "VERB" and u.dep == "advcl"
               and sent.d(u.start) == 0 for u in sent.toks):
        return False
    pred = _pred_token(doc, sent, c.q)
    if pred is None or c.cue_tok < 0 or pred.i == sent.toks[c.cue_tok].i:
        return False
    toks = doc.tokens_in(np.start, np.end)
    if not toks:
        return False
    if any(u.start > np.end and u.end <= c.q and sent.d(u.start) == 0 and u.text in ("は", "が", "も")
           and u.tag.startswith(("助詞-係助詞", "助詞-格助詞")) for u in sent.toks):
        return False  # …首相が、合意は暫定的であるとする: the content has a subject of its own
    return doc.tokens[toks[-1].head].i == pred.i and toks[-1].dep == "nsubj"


_OCCASION = re.compile(
    r"[\s、]*(?:また|なお|一方|さらに|しかし)?[、\s]*(?P<pre>[^、。「」『』はがもを]{0,14}の)?"
    r"(?:同|この|その|今回の|当日の)?(?:記者|緊急|共同|就任|定例|臨時)?"
    r"(?P<n>会見|演説|判決|声明|講演|インタビュー|談話|スピーチ|答弁)(?:の中|の席上|の場)?で(?:は|も)?"
    r"(?:他に|ほかに|また|さらに)?[、\s]*")


def _occasion(doc, sent: _Sent, lo: int, hi: int):
    """R13: an occasion noun opening the clause (判決では、 / 会見では、 / 同演説では他に、) whose
    owner is not named in the clause: (start, end, keys of its owner) or None. The owner is
    named before the noun (Xの会見では) or is the actor of the last earlier sentence of the
    same paragraph or the one before that mentions the occasion (…は…判決を言い渡した /
    Xが、…記者会見の場を設け) — its は/も topic, else its が subject."""
    text = doc.text
    m = _OCCASION.match(text, lo, hi)
    if m is None:
        return None  # (a cue with a subject of its own keeps it: the owner is only the fallback)
    noun = m.group("n")
    if m.group("pre") and re.search(r"(?:で|へ|から|まで|と)の$", m.group("pre")):
        return None  # 国連総会での演説で: a place or partner, not the owner, and no owner named
    if m.group("pre"):
        # Xの会見 / X首相の演説: the owner ends the の phrase (not 清さんの遺体発見後の会見: a time)
        ms = [x for x in mentions_in(doc, m.start("pre"), m.end("pre")) if entity_type(doc, x[2]) in ("PERSON", "ORG")]
        rest = text[ms[-1][1]:m.end("pre") - 1] if ms else ""
        if ms and (rest in ("", "氏", "さん") or _head_noun(rest) in TITLE_NOUNS and re.fullmatch(r"[一-龥]{1,6}", rest)):
            return (m.start(), m.end(), [ms[-1][2]])
    if noun == "判決" and not m.group("pre"):
        court = _r37_court(doc, m.start("n"), m.end("n"))
        if court is not None:
            return (m.start(), m.end(), [court])  # R37: 判決では、: the court that gave it (not its judge)
    art = doc.article
    blocks = {art.sentences[sent.si].block}
    for si in range(sent.si - 1, max(-1, sent.si - 9), -1):
        s = art.sentences[si]
        if doc.block_kind(si) not in ("paragraph",):
            continue
        if s.block not in blocks:
            if len(blocks) >= 2:
                break
            blocks.add(s.block)
        p = text.find(noun, s.start, s.end)
        if p < 0:
            continue
        toks = doc.sent_toks(si)
        if not toks:
            return None
        ps, _ = _sent_of(doc, si, toks)
        hit = _topic_phrase(doc, ps, s.start, p) or _topic_phrase(doc, ps, s.start, p, marks=("が",))
        if hit is not None and hit[0].keys and all(entity_type(doc, k) in ("PERSON", "ORG") for k in hit[0].keys):
            return (m.start(), m.end(), list(hit[0].keys))
        return None
    return None


def _main_ga(doc, sent: _Sent, hi: int) -> "_NP | None":
    """R13: the が subject, naming people or bodies the entities stage linked, of the
    sentence's main predicate (its root, or a clause chained to the root), or None."""
    ga = _topic_phrase(doc, sent, sent.start, hi, marks=("が",))
    if ga is None or not ga[0].keys or not all(entity_type(doc, k) in ("PERSON", "ORG") for k in ga[0].keys):
        return None
    toks = doc.tokens_in(ga[0].start, ga[0].end)
    if not toks or toks[-1].dep != "nsubj":
        return None
    head = doc.tokens[toks[-1].head]
    for _ in range(3):
        if head.dep == "ROOT":
            return ga[0]
        if head.dep not in ("advcl", "conj") or head.pos != "VERB":
            return None
        head = doc.tokens[head.head]
    return None


def _salient(doc, np: _NP, st: "_State", si: int) -> _NP:
    """R13: 同氏 / 彼 names the person the last sentences were about (their topic or
    speaker), not a person named in passing after it (…オバマ氏は…。同氏は、リンカーンと
    キング氏が所持していた聖書に…。同氏は演説で…): the entities stage links it to the last
    person mentioned; when that person was never a topic or speaker of the last four
    sentences and another person was, that person is meant."""
    t = doc.text[np.start:np.end].strip(_SPACE)
    if t not in ("同氏", "彼", "彼女") or len(np.keys) != 1:
        return np
    recent = [keys for s0, keys in reversed(st.topics) if 0 <= si - s0 <= 4]
    if not recent or any(np.keys[0] in keys for keys in recent) or len(recent[0]) != 1:
        return np
    return _NP(np.start, np.end, list(recent[0]), "named")


def _r35_toshite_ga(doc, sent: _Sent, lo: int, hi: int) -> "tuple[_NP, int] | None":
    """R35: the が subject of the clause a sentence-level として(、) frames (…として、市民団体が国を
    訴えた / として、計20人の遺族が、…を求めたもの): the first が phrase at bracket depth 0 within 40
    characters after として, with no predicate before it (not the subject of a relative clause: として、
    逮捕された男が…), an actor phrase (a named entity or unnamed people), and not a possession or an
    event (…として、議論が起きた: no actor)."""
    toks = sent.toks
    for k, t in enumerate(toks):
        if t.start < lo:
            continue
        if t.start >= min(hi, lo + 40) or t.text in ("。", "「", "」"):
            return None
        if sent.d(t.start) != 0:
            continue
        if t.pos in ("VERB", "AUX", "ADJ") or t.tag.startswith(("動詞", "助動詞", "形容詞")):
            return None  # a predicate first: the が phrase belongs to another clause
        if t.text in ("は", "も") and t.tag.startswith("助詞-係助詞"):
            return None
        if t.text != "が" or not t.tag.startswith("助詞-格助詞"):
            continue
        span = _np_before(doc, sent, k, lo)
        if span is None:
            return None
        if _modifies_noun(toks, k + 1) and _r35_later_verb(toks, k + 1, sent):
            # として、同社が発売した商品を回収した: the が phrase is the subject of a clause that modifies
            # an object, not the actor (…として、遺族らが訴えたもの。 ends the sentence and stays)
            return None
        v = next((x for x in range(k + 1, len(toks)) if toks[x].text == "。" or sent.d(toks[x].start) == 0 and (
            toks[x].pos == "VERB" or toks[x].tag.startswith("動詞"))), None)
        if v is not None and toks[v].text != "。" and (toks[v].lemma in ("受ける", "浴びる") or any(
                u.lemma in ("れる", "られる") for u in toks[v + 1:_tail(toks, v) + 1])):
            # (review) …として、ソニーがパナソニックに訴えられた / Xが処分を受けた: the が phrase undergoes what
            # another does on the grounds, it does not hold the view
            return None
        np = _resolve_np(doc, *span)
        ents = [x for x in (entity_by_key(doc, key) for key in np.keys) if x is not None]
        if any(_media_entity(x, [x.name]) for x in ents):
            return None  # …として、朝日新聞が報じた: a medium relays the view, it does not hold it
        return (np, t.end) if _actor_np(np) else None
    return None


def _r35_later_verb(toks, x: int, sent: _Sent) -> bool:
    """R35: a verb at bracket depth 0 after the first predicate in ``toks[x:]`` and its endings (…た /
    …ている / …すること), before 。: the clause that predicate ends modifies a noun the sentence goes on
    with (同社が発売した商品を回収した, 日米の首相が観戦することは見送られた), not a noun that ends it
    (遺族らが訴えたもの。 / 訴えている訴訟のひとつ。)."""
    n = len(toks)
    while x < n and not (toks[x].pos in ("VERB", "ADJ", "AUX") and not toks[x].tag.startswith("連体詞")):
        x += 1
    x += 1
    while x < n and (toks[x].pos == "AUX" or toks[x].text in ("て", "で") or toks[x].tag.startswith(
            ("助動詞", "動詞-非自立可能", "形容詞-非自立可能"))):
        x += 1
    for u in toks[x:]:
        if u.text == "。":
            break
        if sent.d(u.start) == 0 and (u.pos == "VERB" or u.tag.startswith("動詞")) \
                and not u.tag.startswith("動詞-非自立可能"):
            return True
    return False


def _ga_of_cue(doc, sent: _Sent, lo: int, hi: int, c):
    """R13: the last が phrase in [lo, hi) naming an actor that the parse makes the subject
    of the cue verb itself, directly or over clauses chained to it (X長官が式典に出席し、
    「…」と述べた): (np, offset after が) or None."""
    if c.cue_tok < 0 or c.bracket is None:
        return None  # (an indirect content's own subject hangs on its verb, parsed as a clause of the cue)
    cue = sent.toks[c.cue_tok]
    best = None
    for k, t in enumerate(sent.toks):
        if t.start < lo or t.end > hi or k == 0 or sent.d(t.start) != 0:
            continue
        if t.text != "が" or not t.tag.startswith("助詞-格助詞"):
            continue
        if sent.toks[k - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て"):
            continue
        span = _np_before(doc, sent, k, lo)
        if span is None:
            continue
        np = _resolve_np(doc, *span)
        if not _actor_np(np) or not (np.keys or (np.kind != "none" and not c.loose)):
            continue  # (当事者が「…」と感じた場合: an unnamed subject of a verb that is no speech cue)
        h = sent.toks[k - 1]
        if h.dep != "nsubj":
            continue
        head = doc.tokens[h.head]
        for _ in range(4):
            if head.i == cue.i:
                best = (np, t.end)
                break
            if c.bracket[0] < head.start < c.bracket[1] and head.head == cue.i:
                # R31: 両親が会見し「…」と述べた parsed with 会見し hanging on the quoted verb: a clause
                # before the bracket is no part of the words, it goes with the cue
                best = (np, t.end)
                break
            if head.pos != "VERB" or head.dep not in ("advcl", "conj") or head.head == head.i:
                break
            head = doc.tokens[head.head]
    return best


#: R28: what may follow a speaker's が phrase set off by 、 (新庄外野手が、 / X氏が28日、 / X首相が同日、 /
#: X氏が9月9日をもって、)
_GA_SET_OFF = re.compile(r"(?:(?:[\d０-９]+年)?(?:[\d０-９]+月)?[\d０-９]+日(?:夜|朝|未明|午前|午後)?(?:をもって|付で)?"
                         r"|同日|この日|同月[\d０-９]+日"
                         # R37: a date with に (消費者庁が8月に、 / X委員会が2009年6月に、 / X氏が28日に、)
                         r"|(?:[\d０-９]+年)?(?:[\d０-９]+月(?:[\d０-９]+日)?|[\d０-９]+日)(?:夜|朝|未明|午前|午後)?に)?、")
#: the set-off before R28 (新庄外野手が、 / X氏が28日、): what _GA_SET_OFF adds beyond it (同日、 / この日、 /
#: a year / をもって) speaks only before a content that is no `_GA_BEFALL` (X氏が同日、死亡したと発表した: X is
#: reported; the parse makes X the subject of the cue there as well, so it cannot tell)
_GA_SET_OFF_OLD = re.compile(r"(?:(?:[\d０-９]+月)?[\d０-９]+日(?:夜|朝|未明|午前|午後)?)?、")

#: R28: a speaker's own speech event before an unbracketed report, ended by its 連用形 and 、 (X所長が記者会見を
#: 開き、… / X事務総長が8日に声明を発表し、… / X大統領が国営放送で演説し、…, a date and a …で setting before
#: it): only 会見 / 声明 / 談話 with 開く / 発表 / 出す / 行う / 発する, 会見し and 演説し (認める / 出席 / 訪問 … of
#: FRAME_VERBS are as often said of the person reported on; …した際、 / …する中、 / …した後、 end no 連用形)
_GA_SPEECH_EVENT = re.compile(r"(?:[\d０-９]+月)?(?:[\d０-９]+日|同日|この日)?(?:に|夜|午前|午後)?、?"
                              r"(?:[^、。がはを]{1,12}で)?(?:演説し(?:て)?|"
                              r"(?:緊急|臨時|定例)?(?:記者会見|会見|声明|談話)を(?:開き|開いて|発表し|発表して|出し|出して"
                              r"|行い|行って|発し|発して))|(?:[\d０-９]+日|同日|この日)?(?:に)?(?:[^、。がはを]{1,12}で)?(?:記者)?会見し(?:て)?")

#: R28: what befalls the person a report is about (X氏が同日、死亡したと発表した / X氏が会見を行い、その直後に倒れ、
#: 死亡したと発表した): a content with this predicate has its が phrase as its subject, never as the speaker
_GA_BEFALL = {"死亡", "死去", "亡くなる", "死ぬ", "急死", "病死", "退院", "入院", "倒れる", "搬送", "負傷", "逮捕",
              "重体", "重傷", "意識不明", "心肺停止"}


def _befalls(doc, sent: _Sent, c) -> bool:
    """R28: does the content of ``c`` end in what befalls a person (死亡した / 退院した / 倒れた)?"""
    pred = _pred_token(doc, sent, c.q)
    return pred is not None and (pred.lemma in _GA_BEFALL or pred.text in _GA_BEFALL)


def _ga_head(doc, np):
    """The last token of a が phrase's name, over an age in brackets (柴田選手(26歳)が)."""
    toks = doc.tokens_in(np.start, np.end)
    if not toks:
        return None
    m = re.search(r"[(（][^()（）]*[)）]$", doc.text[np.start:np.end])
    if m and m.start() > 0:
        toks = doc.tokens_in(np.start, np.start + m.start()) or toks  # 柴田選手(26歳)が
    return toks[-1]


def _ga_of_indirect(doc, sent: _Sent, lo: int, hi: int, c):
    """R28: the が phrase that speaks an unbracketed report with no topic: the first が phrase
    in [lo, hi), naming people or bodies the entities stage linked (not a country: 北朝鮮が
    …を発射したと発表した is what is reported), when (a) the parse makes it the subject of the
    cue itself (X総長が…を起訴すると発表した), (b) a speech event of its own follows it, ended by
    its 連用形 and 、 (X所長が記者会見を開き、… / X事務総長が声明を発表し、…: `_GA_SPEECH_EVENT`;
    the content then starts after the 、), with no later subject the parse hangs on the cue, or (c)
    the content opens with a subject of its own, right after the が phrase, hung on the content's
    predicate (X首相が景気は…と述べた). A person who is what is reported (X氏が死亡したと発表した,
    X被告が殺害を認め、…, X氏が訪問した際、…) fails all three. Returns (phrase, where the content
    may start)."""
    ga = _topic_phrase(doc, sent, lo, hi, marks=("が",))
    if ga is None or not ga[0].keys or not all(entity_type(doc, k) in ("PERSON", "ORG") for k in ga[0].keys):
        return None
    np, after = ga
    if any(u.start >= lo and u.end <= np.start and sent.d(u.start) == 0 and u.text in ("が", "は", "も")
           and u.tag.startswith(("助詞-係助詞", "助詞-格助詞")) for u in sent.toks):
        return None  # (only the first subject of the stretch)
    head = _ga_head(doc, np)
    if head is None or _befalls(doc, sent, c):
        return None
    cue = sent.toks[c.cue_tok] if c.cue_tok >= 0 else None
    if cue is not None and head.dep == "nsubj" and head.head == cue.i:
        m = re.match(r"(?:[\d０-９]+年)?(?:[\d０-９]+月)?(?:[\d０-９]+日)?(?:夜|朝|未明|午前|午後)?に?、",
                     doc.text[after:c.q])
        return (np, after + m.end()) if m and m.end() > 1 else ga  # (a) (X委員会が9月に、…: not the date)
    body = [u for u in sent.toks if after <= u.start and u.end <= c.q and sent.d(u.start) == 0]
    comma = next((x for x, u in enumerate(body) if u.text == "、"), None)
    if comma is not None and comma <= 8 and _GA_SPEECH_EVENT.fullmatch(doc.text[after:body[comma].start]) and not any(
            u.text in ("が", "は") and u.tag.startswith(("助詞-係助詞", "助詞-格助詞")) and x > 0
            and body[x - 1].dep == "nsubj" and cue is not None and body[x - 1].head == cue.i
            for x, u in enumerate(body)):
        return (np, body[comma].end)  # (b) (the content starts after the speech event's 、)
    pred = _pred_token(doc, sent, c.q)
    for x, u in enumerate(body):
        if u.pos in ("VERB", "AUX", "ADJ"):
            break  # (X紙が…を喚起し、…となったことから、報道は…: the subject of a clause of its own)
        if x > 0 and u.text in ("は", "が") and u.tag.startswith(("助詞-係助詞", "助詞-格助詞")) and \
                body[x - 1].pos in ("NOUN", "PROPN", "PRON") and body[x - 1].dep == "nsubj":
            if pred is not None and body[x - 1].head == pred.i and all(
                    w.pos in ("NOUN", "PROPN", "PRON", "NUM") or w.tag.startswith("接尾辞")
                    or (w.text == "の" and w.tag.startswith("助詞-格助詞")) for w in body[:x - 1]):
                return ga  # (c) (搬送先で死因は… / 家族が見守る中、…: a clause or setting before it: no)
            return None
    return None


def _clause_topic(doc, sent: _Sent, lo: int, hi: int):
    """The topic actor phrase of the clause ending at ``hi``: the first in [lo, hi), or,
    after an adversative clause (Aは…したが、Bは…と述べた), the first after it."""
    hit = _topic_phrase(doc, sent, lo, hi)
    if hit is not None:
        adv = [t.end for t in sent.toks if hit[1] <= t.start and t.end < hi and sent.d(t.start) == 0
               and t.text in ("が", "けれども", "けれど", "けど", "ものの") and t.tag.startswith("助詞-接続助詞")
               and doc.text[t.end:t.end + 1] == "、"]
        if adv:
            hit2 = _topic_phrase(doc, sent, adv[-1] + 1, hi)
            if hit2 is not None:
                hit = hit2
    return hit


_GA_GAP = re.compile(r"^[、\s]*(?:(?:[\d０-９]+月)?[\d０-９]+日(?:夜|朝|未明|午前|午後)?|同日|この日)?[、\s]*"
                     # …氏がこのことに関して「…」 / …氏がBBCに対して、「…」 / …氏が会見で「…」: a short
                     # noun phrase of topic, addressee or occasion (no verb, no other case)
                     r"(?:(?:この|その|同)?[^「」『』、。をがはにで]{1,12}(?:に関して|について|に対して|に対し|"
                     r"をめぐって|を巡って|をめぐり|を巡り|で)[、\s]*)?"
                     # …氏がインタビューに答え「…」 / 記者団の質問に応じて、「…」
                     r"(?:(?:記者団|記者|報道陣|インタビュー|取材|質問)(?:の質問)?に(?:答え|応じ)(?:て)?[、\s]*)?$")


#: a run of bracketed quotes at the end of a stretch (X氏が「…」「…」と)
_QUOTE_RUN = re.compile(r"(?:「[^「」]*」[、\s]*)+$")


#: R42: the verbs of the fixed phrases _GA_GAP lets through between a が phrase and the bracket
#: (…について / …に対し / …に関して / …をめぐり / インタビューに答え / 質問に応じて / …に際し)
_R42_GAP_VERBS = {"つく", "対する", "関する", "巡る", "めぐる", "答える", "応じる", "応ずる", "際する"}


def _r42_clause_in_gap(sent: "_Sent", k: int, hi: int) -> bool:
    """R42: a predicate of its own (a verb, adjective or auxiliary other than those of the fixed
    phrases) between the が at token ``k`` and ``hi`` makes the が phrase the subject of a clause
    that modifies the noun of the gap (15人が殺害された事件について「…」 / 「輪」が選ばれたことに
    ついて、「…」 / 発言が報道されたことについて、「…」), not of the cue: it does not speak.
    R42 review: only a gap about a topic (について / に対し / に関して / をめぐり); a clause before an
    occasion's で is most often the speaker's own (社長が出席した会見で、「…」と述べた: the 社長 speaks)."""
    gap = [u for u in sent.toks[k + 1:] if u.start < hi and sent.d(u.start) == 0]
    # (the words of an earlier quote of a run are left out: X氏が「…」「…」と)
    if not _R42_TOPIC_GAP.search("".join(u.text for u in gap)):
        return False
    return any(u.tag.startswith(("動詞", "形容詞", "助動詞")) and u.lemma not in _R42_GAP_VERBS for u in gap)


#: R42 review: the topic phrases of _GA_GAP (a clause inside one is no speaker's)
_R42_TOPIC_GAP = re.compile(r"に関して|について|に対して|に対し|をめぐって|を巡って|をめぐり|を巡り")


def _ga_before(doc, sent: _Sent, lo: int, hi: int):
    """The actor phrase marked by が that ends right before ``hi``, over a date and 、
    (首相が「…」 / ハニヤ氏が28日、「…」): (np, offset after が) or None."""
    toks = sent.toks
    run = _QUOTE_RUN.search(doc.text[lo:hi])
    near = lo + run.start() if run else hi  # where a run of earlier quotes begins
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.end > hi:
            continue
        if t.start < lo:
            break
        if sent.d(t.start) != 0:
            continue
        if near - t.start > 32:
            break
        if t.text == "が" and t.tag.startswith("助詞-格助詞"):
            # (a run of quotes before this one is no gap: X氏が「…」「…」と)
            if not _GA_GAP.match(_QUOTE_RUN.sub("", doc.text[t.end:hi])):
                return None
            if _r42_clause_in_gap(sent, k, hi):
                return None
            if toks[k - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て"):
                return None
            span = _np_before(doc, sent, k, lo)
            if span is None:
                return None
            np = _resolve_np(doc, *span)
            return (np, t.end) if _actor_np(np) else None
        # any other token: the nearest が decides, its gap is checked by _GA_GAP
    return None


#: R44: nouns of words said that may stand as the subject after と (「…」と感謝の言葉が出た)
_WORDS_SAID = frozenset({"言葉", "声", "発言", "コメント", "談話", "話"})


def _kara_before(doc, sent: _Sent, lo: int, hi: int):
    """R31: the actor phrase marked by から right before a bracket at ``hi`` (Xから「…」と依頼を受け /
    Xの諮問機関から「…」と勧告 / X代表からも「…」と): the words come from X. A person or body the entities
    stage linked, or unnamed people (販売店の店員から: a null speaker); not a place or a time (東京から,
    以前から) nor a cause (…ことから): (np, offset after から) or None."""
    toks = sent.toks
    for k in range(len(toks) - 1, 0, -1):
        t = toks[k]
        if t.end > hi:
            continue
        if t.start < lo or sent.d(t.start) != 0:
            return None
        if t.text in ("は", "も", "、") or t.text.strip(_SPACE) == "":
            continue
        if t.text != "から" or not t.tag.startswith("助詞-格助詞"):
            return None
        span = _np_before(doc, sent, k, lo)
        if span is None:
            return None
        np = _resolve_np(doc, *span)
        if np.keys and all(entity_type(doc, key) in ("PERSON", "ORG") for key in np.keys):
            return np, t.end
        return (np, t.end) if not np.keys and np.kind == "generic" else None
    return None


def _cleft_speaker(doc, sent: _Sent, lo: int, hi: int):
    """「…」と述べたのはX(だ/だった/である): the phrase X after のは ends the sentence."""
    m = re.match(r"の?は[、\s]*", doc.text[lo:hi])
    if m is None or not (m.group(0).startswith("の") or doc.text[lo - 1:lo] == "の"):
        return None
    a = lo + m.end()
    m2 = re.search(r"(?:だった|である|であった|です|でした|だ)?[。\s]*$", doc.text[a:hi + 1])
    b = a + m2.start() if m2 else hi
    a, b = _strip(doc.text, a, b)
    if b <= a or re.search(r"[、。]", doc.text[a:b]) or b - a > 40:
        return None
    np = _resolve_np(doc, a, b)
    return (np, b) if _actor_np(np) else None


def _passive_agent(doc, sent: _Sent, lo: int, hi: int):
    """…として、Yから告発された / Yから批判を受けた: the phrase Y (a _NP; an unnamed one is
    generic: a null speaker) when the sentence ends in a passive of saying after Yから."""
    toks = sent.toks
    for k, t in enumerate(toks):
        if t.start < lo or t.end > hi or t.text != "から" or sent.d(t.start) != 0 or not t.tag.startswith("助詞-格助詞"):
            continue
        for j in range(k + 1, min(len(toks), k + 9)):
            u = toks[j]
            if u.text in ("、", "。") or u.start >= hi:
                break
            passive = u.lemma in ("れる", "られる") and u.tag.startswith("助動詞") or (
                u.lemma in ("受ける", "浴びる") and toks[j - 1].text == "を")
            if not passive:
                continue
            rest = doc.text[toks[_tail(toks, j)].end:hi].strip(_SPACE + "。")
            if rest:
                break  # not the sentence's own predicate
            span = _np_before(doc, sent, k, lo)
            if span is None:
                return _NP(t.start, t.start, [], "generic")
            np = _resolve_np(doc, *span)
            if not np.keys:
                np.kind = "generic"
            return np
    return None


def _own_actor(doc, sent: _Sent, lo: int, hi: int, sources: set[str] = frozenset()) -> bool:
    """Does the clause [lo, hi) have a topic phrase naming a person (ナスララ師は,
    乗組員2人は), not a place, a thing or a body (開城工業団地は, 同社は: a body's
    …としている after によると is the source's hedge)?"""
    hit = _clause_topic(doc, sent, lo, hi)
    if hit is None:
        return False
    np = hit[0]
    if np.keys:
        # R11: a named state or organisation set off as the clause's topic speaks too
        # (…によれば、UNMEEは、…としている / エリトリアは…を否定し、「…」であるとしている);
        # a place or a facility (開城工業団地は) does not
        # (not the claim's own source again: 共同通信によると、同社は…としている is its hedge)
        return all(entity_type(doc, k) in ("PERSON", "ORG", "GPE") and k not in sources for k in np.keys)
    head = _head_noun(doc.text[np.start:np.end])
    return np.kind in ("generic", "unlinked") and head not in BODY_NOUNS


#: R30: what may stand before a medium that opens a clause as its subject (また、 / 16日、 / 今年1月に /
#: 16日には: には before に, or the match stops after に and leaves は before the medium)
_R30_MEDIUM_LEAD = re.compile(r"[\s、]*(?:また|なお|一方|さらに|しかし)?[、\s]*(?:[^、。「」]{0,16}?(?:[0-9０-９]+日|月|年|今年|昨年|同日)"
                              r"(?:には|に)?[、\s]*)?")
#: R30 review: a medium opening the sentence with では (東京新聞では、…と報道されている names who reports it)
_R30_MEDIUM_DE = re.compile(r"[\s、]*(?:また|なお|一方)?[、\s]*[^、。「」]{1,24}?(?:" + "|".join(NEWS_HEADS) + r")では")
_R30_MEDIUM_TAIL = re.compile(r"[」』]?(?:紙|誌)?(?:(?:など|等|他|ほか)?が[、,]|(?:他|ほか)は[、,]?)\s*")


def _r30_medium_subject(doc, sent: _Sent, lo: int, q: int, cue_i: int | None = None) -> "tuple[_NP, int] | None":
    """R30: a named medium (or media named together) opening the clause [lo, q) as the が subject of
    its report verb (読売新聞などが、…と報じた) or before 他は (AP通信・共同通信他は、…と伝えている):
    the phrase and the offset where the content starts. R30 review: with ``cue_i`` (the cue's token),
    the parse must hang the medium on the cue itself, not on a verb of an earlier clause with no other
    subject (朝日新聞が、首相の辞任を報じた後、政府は…と伝えた: 政府 reports, 朝日新聞 is the subject of
    報じた); a content verb with a subject of its own is a misparse and does not count."""
    text = doc.text
    lead = _R30_MEDIUM_LEAD.match(text, lo, q)
    a = lead.end() if lead else lo
    ms = [m for m in mentions_in(doc, a, q) if m[0] >= a]
    if not ms or ms[0][0] != a:
        return None
    run = [ms[0]]
    for m in ms[1:]:  # media named together: AP通信・共同通信, ロイターやBBC
        if _MEDIA_COORD.fullmatch(text[run[-1][1]:m[0]]) or text[run[-1][1]:m[0]] in ("や", "と"):
            run.append(m)
        else:
            break
    if not all(_is_medium(doc, m) for m in run):
        return None
    tail = _R30_MEDIUM_TAIL.match(text, run[-1][1], q)
    if tail is None:
        return None
    if cue_i is not None:
        # the first head outside the medium phrase (AP通信 → 他, 新聞 → the verb) must be the cue
        by_i = {u.i: u for u in sent.toks}
        u = next((u for u in reversed(sent.toks) if u.start < run[-1][1]), None)  # (the medium's last token)
        seen = 0
        while u is not None and run[0][0] <= u.start and u.end <= tail.end() and u.head != u.i and seen < 12:
            u, seen = by_i.get(u.head), seen + 1
        if u is None or (u.i != cue_i and not any(
                w.head == u.i and w.dep in ("nsubj", "dislocated") and w.start >= tail.end() for w in sent.toks)):
            return None  # (a verb with a subject of its own is a misparse: 12日には産経新聞が、市が…中止した)
    np = _NP(run[0][0], run[-1][1], _uniq([m[2] for m in run]), "named")
    return np, tail.end()


#: R15: report cues whose bracketed content is also the named source's direct quote
_BRACKET_REPORT_CUES = {"伝える", "報じる", "報ずる"}


def _bracket_run(text: str, sent: _Sent, pairs: dict[int, int], ca: int, cb: int,
                 content_lo: int) -> list[tuple[int, int]]:
    """The content (ca, cb) of a direct quote and the brackets right before it, first to last
    (「A」、「B」などと話した: every bracket of the list is quoted), none before ``content_lo``."""
    spans = [(ca, cb)]
    p = ca - 1
    close_to_open = {v: k for k, v in pairs.items()}
    while True:
        p2 = p - 1
        while p2 > sent.start and text[p2] in "、・" + _SPACE:
            p2 -= 1
        if text[p2] in ")）":
            # R14: 「A」(財政)「B」(外交)と述べた: a label after each bracket of the list
            m_par = _paren_label(text, sent.start, p2 + 1)
            if m_par is not None:
                p2 = m_par.start()
        # 「A」、「B」 and 「A」「B」 (no separator) alike
        if text[p2] != "」" or p2 not in close_to_open or close_to_open[p2] < content_lo:
            break
        o2 = close_to_open[p2]
        spans.insert(0, (o2 + 1, p2))
        p = o2
    return spans


#: R23b: the report that closes a によると sentence whose content opens with another medium
#: (Xによると、Yは、…と伝えた / Yが…ことを報じた)
_INNER_REPORT_END = re.compile(
    r"(と|ことを|を)(伝え|報じ|報道し)(?:た|ている|ていた|ています|ました|ていました)(?:という|とのことだ)?[。．\s]*$")
_INNER_MEDIUM_LEAD = re.compile(r"(?:[0-9０-９]+日(?:に|、)?)?")
_INNER_MEDIUM_TAIL = re.compile(
    r"(?:紙|誌)?(?:[(（][^()（）「」、。]{1,25}[)）])?(?:など(?:の[^、。「」はが]{0,12})?)?(?:は|が)[、,]?\s*")


def _carried_medium(doc, sent: _Sent, c, st, sent_end: int) -> str | None:
    """R23b: the medium whose claim a subjectless sentence-final report (…と伝えている / とも報じた /
    …を伝えた) goes on with: the source of the last claim, one to three sentences back in the same
    block, when it is a medium and no quote came in a sentence after it."""
    if c.cue_lemma not in ("伝える", "報じる", "報ずる", "報道") or c.end < sent_end or c.passive:
        return None
    text = doc.text
    if c.cue_span is None or not re.fullmatch(r"(?:と|とも|ことを|ことも|を|も)", text[c.q:c.cue_span[0]]):
        return None  # …とフジテレビの報道では伝えている: a source of its own after the content
    if re.match(r"[\s、]*(?:また|さらに|なお|一方|いっぽう|しかし)?[、,\s]*[^、。「」]{1,30}(?:は|が)、", text[sent.start:c.q]):
        return None  # ロイター通信ウェブサイトの記事は、…と伝えている: a subject the parse left unnamed
    if any(_is_medium(doc, m) and re.match(r"(?:紙|誌)?(?:など)?(?:が|は)", text[m[1]:m[1] + 4])
           for m in mentions_in(doc, sent.start, c.q)):
        return None  # なお、これは1月に読売新聞が…と報じている: a medium named as the subject inside
    if not (0 < sent.si - st.last_claim_sent <= 3) or not st.claims or not st.claims[-1].source:
        return None
    if st.last_quote_sent > st.last_claim_sent:
        return None  # (a quote inside the claim's own sentence is the medium's report as well)
    if len({doc.article.sentences[x].block for x in range(st.last_claim_sent, sent.si + 1)}) != 1:
        return None
    key = st.claims[-1].source
    ent = entity_by_key(doc, key)
    if ent is None or not _media_entity(ent, [ent.name] + [doc.text[a:b] for a, b in ent.mentions]):
        return None
    return key


def _inner_medium_claims(doc, sent: _Sent, claims: list[Claim], sent_end: int) -> None:
    """R23b: Xによると、Yは…と伝えた / Xによれば、Y(…)が、…ことを報じた: the medium Y that the
    content of X's claim opens with reports the inner clause; that clause is also Y's claim (the
    held-out annotators code both claims in most of the annotated articles)."""
    text = doc.text
    me = _INNER_REPORT_END.search(text, sent.start, sent.end)
    if me is None or me.start() < sent.start:
        return
    outer = [c for c in claims if c.cue in ("によると", "によれば", "によりますと", "に依ると", "に依れば")
             and c.start < me.start() <= c.end + 1]
    if not outer:
        return
    oc = outer[0]
    lead = _INNER_MEDIUM_LEAD.match(text, oc.start)
    at = lead.end() if lead else oc.start
    ms = [m for m in mentions_in(doc, at, me.start()) if m[0] == at and not _embedded(text, m)]
    if not ms or not _is_medium(doc, ms[0]) or ms[0][2] == oc.source:
        return
    m = ms[0]
    mt = _INNER_MEDIUM_TAIL.match(text, m[1])
    if mt is None or mt.end() <= m[1] or not re.search(r"(?:は|が)[、,]?", text[m[1]:mt.end()]):
        return
    ca, cb = _strip(text, mt.end(), me.start())
    if cb - ca < 4 or sent.d(ca) != 0:
        return
    cue_at = me.start(2)
    if any(c is not oc and c.start < cb and ca < c.end for c in claims):
        return  # the inner claim is made already (…によると、アメリカのCNNは…と伝えた: by the topic)
    claims.append(Claim(ca, cb, source=m[2], source_span=(m[0], m[1]), cue=text[cue_at:me.end(2) + 1],
                        cue_span=(cue_at, me.end(2) + 1)))


def _own_title_topic(head: str) -> bool:
    """R25: a topic with a title or body head and words of its own before it (7政党, 与野党, 運営会社),
    which names someone new; not a bare head (委員会は, 大使は: the one named before) nor one with
    only a prefix of office (新首相, 前大統領), the body named before (1.26: 同省報道官, 同社社長) or a
    side (大統領側)."""
    hn = _head_noun(head)
    if not hn or not head.endswith(hn) or head == hn or _DOC_HEAD.search(head) or head.endswith("側"):
        return False
    mod = head[:-len(hn)]
    return re.fullmatch(r"(?:新|前|元|現|次期|副|同[省社党庁局市県国紙団町村府署大]?|両|各|その|この|当|本|故|米|英|仏|独|中|露|韓|朝|日)+",
                        mod) is None


#: R27: cues of something done together with the partner before と (Yと「…」と合意した / 確認し合った)
_RECIPROCAL_CUE = re.compile(r"(?:など|等)?と(?:[^、。「」]{0,6}?(?:合意|一致|約束|話し合|申し合わせ|取り決め|誓い合|確認し合|"
                             r"共有|協議|交渉|会談|連携)|[^、。「」]{0,6}?合(?:う|っ|い))")


def _comitative(doc, sent: _Sent, to_tok, lo: int, c: "_Cand") -> bool:
    """R27: Nと right before 「…」と + cue is the partner of the saying, not a phrase the bracket ends,
    when N is an actor (a person, body or place, a title, people: ブラウン大統領と「…」と合意した, 社員と
    「…」と語った, 野党と「…」と述べた) or the cue is done together (合意 / 一致 / 確認し合う / 約束 / 話し合う);
    爆発事件と「直接に結びつく」と言明した ends a phrase."""
    if _RECIPROCAL_CUE.match(doc.text, c.bracket[1] + 1, min(sent.end, c.bracket[1] + 16)):
        return True
    k = next((i for i, u in enumerate(sent.toks) if u.start == to_tok.start), None)
    span = _np_before(doc, sent, k, lo) if k is not None else None
    return span is not None and _actor_np(_resolve_np(doc, *span))


#: R44: name endings of a body that is no medium (an unlinked ORG's name must end in one of them)
_SPEAKING_BODY_HEADS = ORG_HEADS + ("本部", "電鉄", "鉄道", "公社", "事務所", "裁判所", "地裁", "高裁", "病院", "学校", "議会")


#: R44: a word of a medium right before a source name (地元紙X, 英紙X, 米誌X, 国営テレビX)
_MEDIUM_WORD_BEFORE = re.compile(r"(?:紙|誌|通信|テレビ|放送)\s*$")
#: R44: a person cited as a source by a title or an honorific (山田教授によると, 田中氏によると)
_TITLED_AFTER = re.compile("(?:" + "|".join(sorted(TITLE_NOUNS | {"氏", "さん"}, key=len, reverse=True))
                         + r")(?:の(?:話|説明))?\s*$")


def _own_statement_source(doc, claims: list[Claim], acc: tuple[int, int]) -> "_NP | None":
    """R44: the named source of the sentence's first によると claim when it is a body or a person that
    is no medium (東山電鉄によると / 同社の声明によると), as a speaker phrase; None for a medium, two
    media, an unnamed source, or an unlinked ORG whose name names no kind of body."""
    cl = next((c for c in claims if c.cue_span is not None and c.cue_span[0] == acc[0]), None)
    if cl is None or not cl.source or cl.source_span is None:
        return None
    a, b = cl.source_span
    if _coordinated_media(doc, a, b) or entity_type(doc, cl.source) not in ("ORG", "GPE", "PERSON"):
        return None
    ent = entity_by_key(doc, cl.source)
    if _media_entity(ent, [doc.text[a:b]]) or _MEDIUM_WORD_BEFORE.search(doc.text, max(0, a - 4), a):
        return None  # (地元紙X / 英紙X によると: X is a medium the entities stage did not know)
    if entity_type(doc, cl.source) == "PERSON" and not _TITLED_AFTER.search(doc.text, a, acc[0]):
        return None  # (a bare name may be a medium the entities stage read as a person: デイリー・ミラーによると)
    if ent is not None and ent.type == "ORG" and getattr(ent, "sector", None) is None and not any(
            n.endswith(_SPEAKING_BODY_HEADS) for n in (ent.name or "", doc.text[a:b].rstrip("」』)） "))):
        return None  # (an unlinked ORG that names no kind of body may be a foreign medium: アフテンポステン)
    return _NP(a, b, [cl.source], "named")


def _sentence(doc, sent: _Sent, pairs: dict[int, int], st: _State) -> tuple[list[Quote], list[Claim]]:
    text = doc.text
    quotes: list[Quote] = []
    claims: list[Claim] = []
    accord = _accord(doc, sent)
    cands = _cands(doc, sent, pairs)
    sent_end = sent.end
    while sent_end > sent.start and text[sent_end - 1] in "。．.\n " + _SPACE:
        sent_end -= 1

    # ---- claims: XによるとY
    generic_accord = set()
    named_accord = []
    official_b = set()
    for a, b in accord:
        src, sspan = _source_of(doc, sent, sent.start, a, st)
        if text.startswith("では", a) and not src:
            continue  # …の調べでは with no named source: a setting, not an attribution
        if not src and sspan is None and (_generic_source(doc, sent, sent.start, a)
                                          or _unnamed_source(doc, sent, sent.start, a)):
            generic_accord.add(b)  # 外交筋によると: nobody named, no claim; its quotes have a null speaker
            if not named_accord and _insider_source(doc, sent, sent.start, a):
                # R44: 捜査関係者によると、… / 市担当者によれば、… / 政府当局者によると、…: an unnamed insider or
                # official still makes a claim (GUIDELINES: a claim is what the article attributes with
                # によると), its source null; a witness (家族 / 近隣住民) or a 団体 keeps none, and so does
                # one inside a named source's claim (読売新聞によると、…が、捜査関係者によると、…)
                named_accord.append((a, b, [], None))
                official_b.add(b)
        else:
            named_accord.append((a, b, src, sspan))
    # R27: 産経新聞によると、…の世論調査によれば、… / 日経新聞によると、…電子版が報じたところによると、…: a
    # later によると whose source did not resolve is part of the content of the named one before it, in the
    # same clause only (読売新聞によると、…予定だが、しんぶん赤旗によると、…: a contrast opens a claim of its own)
    named_accord = [x for k, x in enumerate(named_accord)
                    if x[2] or x[3] is not None or not any(
                        y[2] and not _CONTRAST.search(text, y[1], x[0]) for y in named_accord[:k])]
    witness_accord = {}
    for a, b, src, sspan in named_accord:
        # …が伝えた目撃者の証言によれば、「…」という: the words are the witness's (a quote of its own)
        kn = next((x for x, u in enumerate(sent.toks) if u.end == a and u.lemma in ("証言", "話", "談話", "発言")), None)
        if kn is not None and kn > 0 and sent.toks[kn - 1].text == "の":
            span = _np_before(doc, sent, kn - 1, sent.start)
            if span is not None:
                wnp = _resolve_np(doc, *span)
                if not wnp.keys or not all(entity_type(doc, key) == "PERSON" for key in wnp.keys):
                    wnp = _NP(wnp.start, wnp.end, [], "generic")
                witness_accord[b] = wnp
    for a, b, src, sspan in named_accord:
        b0 = b
        nxt = [x for x, _, _, _ in named_accord if x > a]
        # a second によると in the sentence ends this claim where its own source begins
        ce = _source_chunk(doc, sent, b, min(nxt)) if nxt else sent_end
        m = _CLAIM_TAIL.search(text, b, ce if nxt else sent.end)
        cb = m.start() if m and not nxt else ce
        m_as = _AS_ACCORDING.match(text, b)
        if m_as is not None and not nxt:
            # R25: 朝日新聞は、大使館の情報によるとして、…と伝えた: the medium that passes the report
            # on (the sentence's topic) is the source; the content follows として and ends before
            # the report verb
            tp = _topic_phrase(doc, sent, sent.start, a, marks=("は", "が"))
            m_rep = _AS_ACCORDING_END.search(text, m_as.end(), sent.end)
            if tp is not None and tp[0].keys and m_rep is not None and not (src and src[0] in tp[0].keys):
                src, sspan = list(tp[0].keys), (tp[0].start, tp[0].end)
                cb = m_rep.start()
            b = m_as.end()  # (として is no part of the content)
        ca, cb = _strip(text, b, cb)
        cue = text[a:b if m_as is None else m_as.start()].rstrip("、, " + _SPACE)
        cue_span = (a, a + len(cue))
        if not cue:  # …と伝えたところ、: the cue is ところ
            cue, cue_span = text[a - 3:a], (a - 3, a)
        elif cue == "では":  # …の報道では: the cue is 報道では
            m0 = re.search(rf"(?:{_FRAME_NOUNS}|発表)$", text[sent.start:a])
            if m0:
                cue, cue_span = text[a - len(m0.group(0)):a + 2], (a - len(m0.group(0)), a + 2)
        if cb > ca:
            claims.append(Claim(ca, cb, source=src[0] if src else None, source_span=sspan, cue=cue, cue_span=cue_span))
            if b0 in official_b:
                st.insider_claims.add(ca)
    # R31: a medium's frame that only the R31 rule reads (…が伝えたところでは、) makes its claim; the quotes
    # of the sentence are read as before (…では、少年は「…」と供述: the words stay a quote of their own)
    old_accord = _accord(doc, sent, r31=False) if accord else []
    accord = [x for x in accord if x in old_accord]
    # a sentence-final とする after a によると claim is the source's hedge, not a quote
    # (unless the content names its own actor: …によると、ナスララ師は…とした / 乗組員は…としている)
    if accord:
        # (R28: nor a bracket: …によると、同地裁は判決理由について「…」とした quotes the words themselves)
        # (R44: nor when the source is a body or person that is no medium: 東山電鉄によると、…としている is
        # that body's own statement, its speaker the source; a medium's としている stays its hedge)
        hedges = [c for c in cands if c.form == "suru" and c.end >= sent_end and c.q > accord[0][1]
                  and c.bracket is None and not _own_actor(doc, sent, accord[0][1], c.q,
                                                           {cl.source for cl in claims if cl.source})]
        own_src = _own_statement_source(doc, claims, accord[0]) if hedges else None
        if own_src is not None:
            witness_accord.setdefault(accord[0][1], own_src)
        else:
            cands = [c for c in cands if not any(c is h for h in hedges)]

    # R12: …によると、…と報道された: a passive report inside a sourced claim is the claim's, not a quote
    if accord:
        cands = [c for c in cands if not (c.spk is not None and c.spk[0] == c.spk[1] and c.cue_lemma in ("報道", "発表", "公表")
                                          and any(a < c.q for a, _ in accord))]

    # 「…」として、…したと発表した: a として that hangs on a verb inside a later report's
    # content is part of that content, not a quote of its own
    keep = []
    for ci, c in enumerate(cands):
        if c.form == "suru" and c.cue.startswith("として") and not c.passive:
            st_tok = doc.tokens[sent.toks[c.cue_tok].i]
            inner = False
            for c2 in cands[ci + 1:]:
                if c2.q <= c.end or (c2.passive and not c2.hearsay) or c2.bracket is not None or c2.lo_min >= c.end:
                    continue  # (a として outside brackets is never inside a direct quote; R23: nor
                    # inside a stated intention it frames, whose content starts after it; R30 review: an
                    # unnamed …と報道されている still holds it: …として、…と報道されている)
                if _topic_phrase(doc, sent, c.end, c2.q, marks=("は", "が", "も")) is not None:
                    break  # …として、NASAは…としていた: the later report has a speaker of its own
                pred = _pred_token(doc, sent, c2.q)
                if pred is not None and pred.i != st_tok.i and _reaches(
                        doc, st_tok, pred, {sent.toks[c2.cue_tok].i} if c2.cue_tok >= 0 else set()):
                    inner = True
                    break
            if inner:
                continue
        keep.append(c)
    cands = keep

    # ---- quotes and と-reported claims
    region = sent.start
    prev_spk: list[str] | None = None
    topic = _topic_phrase(doc, sent, sent.start, cands[0].q if cands else sent_end)
    if topic is not None:
        topic = (_salient(doc, topic[0], st, sent.si), topic[1])
    # R13: 判決では、…とした / 会見では、…と語った: the statement framed by an occasion noun is
    # made by whoever gave that ruling / press conference / speech (named in an earlier sentence)
    ev = None
    if cands and topic is None:  # (国連総会での演説で、大統領は…とした: the topic speaks)
        ev_lo = max([b for a, b in accord if b <= cands[0].q] + [sent.start])
        ev = _occasion(doc, sent, ev_lo, cands[0].bracket[0] if cands[0].bracket else cands[0].q)
    los: list[int] = []
    for ci, c in enumerate(cands):
        lo = region
        for a, b in accord:
            if b <= c.q:
                lo = max(lo, b)
        los.append(lo)
        boundary = c.bracket[0] if c.bracket else c.q
        hit = _clause_topic(doc, sent, lo, boundary)
        if hit is not None and c.cue_tok >= 0 and not c.claim and not (
                text[c.q:c.q + 1] == "と" and text[c.q + 1:c.q + 2] != "の"):
            # R13: 常岡さんは、…連絡が取れなくなり、日本政府は…誘拐された事実を認めた: a later topic
            # the parse makes the subject of the cue itself speaks, not the sentence's first topic.
            # Only before an attributive content (…事実を / …ことを / …との見方を), which can hold no
            # は topic of its own; a と content can (X首相は会見し、フランスは…だと述べた: the parse
            # hangs フランス on the cue all the same)
            cue_i = sent.toks[c.cue_tok].i
            for k2, u in enumerate(sent.toks):
                if u.start < hit[1] or u.end > boundary or sent.d(u.start) != 0 or k2 == 0:
                    continue
                if u.text not in ("は", "も") or not u.tag.startswith("助詞-係助詞"):
                    continue
                h = sent.toks[k2 - 1]
                if h.dep != "nsubj" or h.head != cue_i:
                    continue
                span = _np_before(doc, sent, k2, hit[1])
                np2 = _resolve_np(doc, *span) if span is not None else None
                if np2 is not None and np2.keys:
                    hit = (np2, u.end)
                break
        frame = _frame(doc, sent, hit[1] if hit else lo, boundary)
        if frame is None and hit is not None and not hit[0].keys:
            frame = _frame(doc, sent, lo, hit[0].start)  # 国防省の説明ではミサイルは…とされ
        inner_report = False
        if hit is not None and not c.claim and any(
                c2.claim and c2.q >= c.end and not c2.bracket for c2 in cands[ci + 1:]):
            # ロイターなどは、X次期大統領が、…と約束したと伝えた: the topic is the medium of the
            # outer report; the が phrase set off by 、 speaks the inner one
            ga = _topic_phrase(doc, sent, hit[1], c.q, marks=("が",))
            ga_cue = _ga_of_cue(doc, sent, hit[1], boundary, c)
            if ga_cue is not None and ga_cue[0].keys and (ga is None or ga_cue[1] >= ga[1]):
                ga = ga_cue  # R13: ロイターは、X開発相が懸念を示し「…」と語ったと伝えた
            if ga is not None and _actor_np(ga[0]) and (ga is ga_cue or text[ga[1]:ga[1] + 1] == "、" or (
                    # R12: ロイター通信も、Xが…としていると伝えた: the inner report's subject speaks
                    c.form == "suru" and ga[0].keys and not text[hit[1]:ga[0].start].strip(_SPACE + "、"))):
                hit = ga
                inner_report = True
        if frame is not None:
            hit = frame  # 北朝鮮が…通知したところでは、…と説明した / 国防省の説明では、…
        elif c.passive:
            if c.hearsay:
                region = c.end  # R30: (the next report of the sentence starts after it)
            continue  # …とされる with nobody named: hearsay, not a quote
        elif hit is None and lo in generic_accord:
            hit = (_NP(lo, lo, [], "generic"), lo)
        elif lo in witness_accord and (hit is None or c.form == "hearsay"):
            hit = (witness_accord[lo], lo)  # (a topic inside the witness's words is part of them)
        ga_spk = None
        if c.bracket:
            ga = _topic_phrase(doc, sent, lo, boundary, marks=("が",))
            if ga is not None and not text[ga[1]:boundary].strip(_SPACE + "、"):
                hit = ga  # 首相が「…」と述べた: the が phrase right before the bracket speaks
            else:
                ga = _ga_before(doc, sent, lo, boundary)
                if ga is not None and (ga[0].keys or ga[0].kind != "none"):
                    # 長官が辞任すべきだとする要求に対し、首相が「…」と / 幹部X氏が28日、「…」と:
                    # the last が phrase, right before the bracket (over a date), speaks
                    hit = ga
            if hit is not None and text[hit[1]:boundary].strip(_SPACE + "、") and not (
                    hit[0].keys and all(entity_type(doc, key) == "PERSON" for key in hit[0].keys)):
                # R15: 日本相撲協会は…会見を行い、北の湖理事長は「…」と話した: a named person's は / も
                # phrase right before the bracket, in a later clause (after 、), speaks rather than
                # the sentence's first topic when that is a body (not a person: X報道官は、A氏、B氏の
                # 3人は「…」と語り is X's report of what the three think)
                cl = text.rfind("、", hit[1], boundary - 1)
                tp = _topic_phrase(doc, sent, cl + 1, boundary) if cl >= 0 else None
                if tp is not None and tp[0].keys and tp[0].keys != hit[0].keys and all(
                        entity_type(doc, key) == "PERSON" for key in tp[0].keys) and not text[
                        tp[1]:boundary].strip(_SPACE + "、"):
                    hit = tp
                elif (lp := _last_clause_subject(doc, sent, hit[1], boundary)) is not None and lp[0].keys \
                        and lp[0].keys != hit[0].keys:
                    # R23c: 自民党は…大敗を受けて、麻生総裁が、31日に会見し「…」と / 総務省は…提案しており、
                    # 増田総務相は会見で「…」と: the last subject opening a later clause still heads the
                    # clauses up to the bracket (a subject carries over 会見し / 会見で), not the body before
                    hit = lp
            if hit is not None and hit[0].keys and not text[hit[1]:boundary].strip(_SPACE + "、"):
                ga_spk = hit
            kara = _kara_before(doc, sent, hit[1] if hit is not None else lo, boundary)
            if kara is not None:
                # R31: Xは…Yさんから「…」と依頼を受け / Yの諮問機関から「…」と勧告: Y's words, not the topic's
                hit = kara
        post = _topic_phrase(doc, sent, c.after[0], c.after[1] + 1, marks=("は", "が", "も"))
        if post is None and not c.claim:
            post = _cleft_speaker(doc, sent, c.end, sent_end)  # 「…」と述べたのはX(だった)
        if post is None and not c.claim and c.after[1] > c.after[0]:
            for k2, u in enumerate(sent.toks):
                if not (c.after[0] <= u.start and u.end <= c.after[1]) or sent.d(u.start) != 0 or k2 == 0:
                    continue
                if u.text in ("は", "が") and u.tag.startswith(("助詞-係助詞", "助詞-格助詞")) and \
                        sent.toks[k2 - 1].tag.startswith(("名詞", "接尾辞-名詞的")) and \
                        sent.toks[k2 - 1].start >= c.after[0]:
                    # (救急隊/員は: a noun suffix ends the subject as well)
                    # …と武装解除監視団はコメントした: a subject of its own that names no entity
                    # speaks; nobody is carried over from earlier sentences
                    post = (_NP(sent.toks[k2 - 1].start, u.start, [], "generic"), u.end)
                    break
        if post is None and hit is None and c.form == "suru" and c.cue.startswith("として"):
            # …として警視庁は逮捕した: the actor follows
            post = _topic_phrase(doc, sent, c.end, min(sent_end, c.end + 40))
            if post is None and c.cue == "として":
                # R35: …として、遺族らが国を訴えた / として、X代表が…を求めた: the が subject of the
                # clause that として frames holds the view (named, or unnamed: a null speaker), not
                # the speaker carried from earlier sentences
                post = _r35_toshite_ga(doc, sent, c.end, sent_end)
        if post is None and hit is None and not c.claim:
            ga = _topic_phrase(doc, sent, lo, boundary, marks=("が",))
            if ga is not None and _GA_SET_OFF.match(text, ga[1]) and (
                    ga[0].keys or ga[0].kind != "none") and not _content_subject(doc, sent, ga[0], c, lo) and (
                    _GA_SET_OFF_OLD.match(text, ga[1]) or not _befalls(doc, sent, c)):
                # 新庄外野手が、…ことを明らかにした / X氏が28日、…と語った: a が phrase set off by
                # 、 (after a date) is the speaker (R28: after 同日 / この日 / a year …, not before a
                # content of what befalls a person: X氏が同日、死亡したと発表した is what is reported)
                hit = ga
                so = _GA_SET_OFF.match(text, ga[1])
                if so.group(0).endswith("に、"):
                    hit = (ga[0], so.end())  # R37: 消費者庁が8月に、…として: the date is no part of the content
        if post is None and hit is None and not c.claim and not c.bracket and topic is None and ci == 0:
            # R28: X総長が…と発表した / X所長が会見を開き、…ことを明らかにした: the named が subject
            # of an unbracketed report speaks (only the sentence's first report, with no topic: Xは「…」と
            # 語り、3首脳が…とも述べた is X's)
            hit = _ga_of_indirect(doc, sent, lo, boundary, c)
            if hit is not None:
                st.ga_indirect_sent = sent.si
        if post is None and hit is None and not c.claim:
            # R13: スノー長官が出席し、「…」と述べた: the が subject the parse hangs on the cue
            # (directly or over the speaker's own earlier clauses) speaks
            hit = _ga_of_cue(doc, sent, lo, boundary, c)
        if post is not None and not post[0].keys and c.bracket and hit is not None and hit[0].keys \
                and _head_noun(text[post[0].start:post[0].end]) in _WORDS_SAID \
                and re.search(r"から(?:は|も)?[、\s]*$", text[hit[0].end:c.bracket[0]]):
            # R44: Xからは「…」と感謝の言葉が出た: the subject after と is the words said, not a
            # speaker; the から phrase named before the bracket speaks
            post = None
        spk_np = post[0] if post else (hit[0] if hit else None)
        if c.form == "suru" and c.cue.startswith("として") and not c.passive:
            agent = _passive_agent(doc, sent, c.end, sent_end)
            if agent is not None:
                spk_np = agent  # Xは、…として、Yから告発された: Y says it, X is accused
        if c.bracket and text[c.bracket[0] - 1:c.bracket[0]] == "の" and (c.form == "noun" or re.match(
                r"」(?:など|等)?と(?:する|した|いう|いった|の)(?:" + "|".join(SAYING_NOUNS | STATEMENT_NOUNS) + ")",
                text[c.bracket[1]:c.bracket[1] + 12])):
            # 日本側の「…」との主張: the の phrase before the bracket owns the words
            kn = next((x for x, u in enumerate(sent.toks) if u.end == c.bracket[0] and u.text == "の"), None)
            span = _np_before(doc, sent, kn, lo) if kn is not None else None
            if span is not None:
                np_no = _resolve_np(doc, *span)
                if _actor_np(np_no):
                    spk_np = np_no
        if spk_np is not None:
            spk_np = _salient(doc, spk_np, st, sent.si)
        if c.spk is not None:
            own = spk_np if c.issued and _actor_np(spk_np) else None  # R35: the issuer of the document
            spk_np = _resolve_np(doc, *c.spk)
            if spk_np.kind == "none" and not spk_np.keys or c.unnamed:
                spk_np.kind = "generic"  # someone unnamed
                spk_np.keys = []  # (R18: 同取引所社長が / 政府が: not the last speaker carried over)
            if own is not None:
                spk_np = own
        content_lo = hit[1] if hit and not post else lo
        content_lo = max(content_lo, c.lo_min)  # R23: after the として that frames it
        if ev is not None and spk_np is None and lo <= ev[0] and ev[1] <= c.q:
            content_lo = max(content_lo, ev[1])  # (判決では、 is no part of the content)
        passive_say = c.spk is not None and c.spk[0] == c.spk[1]
        if passive_say:
            hit, post = None, None  # …Xは、…と批判されていた: X is part of what is said
            content_lo = lo
        # R12: 朝日新聞は…としている / 英タイムズ紙は…と予測している: a medium's own view or reading
        # is its quote (GUIDELINES: claims are によると / 報じた / 伝えた); it used to be made a claim
        if not c.claim and spk_np is None and not c.bracket and not c.passive:
            m = re.match(r"[\s、]*(?:また|なお|一方)?[、\s]*([^、。「」]{1,24}?(?:" + "|".join(NEWS_HEADS) + r"))では[、\s]*",
                         text[lo:c.q])
            if m:
                spk_np = _resolve_np(doc, lo + m.start(1), lo + m.end(1))  # 読売新聞では…としている
                if not spk_np.keys:
                    spk_np.kind = "unlinked"  # a medium the entities stage missed: a null speaker
                content_lo = lo + m.end()
        if not c.claim and spk_np is None and not c.passive and (
                not c.bracket or _characterises(c)):
            # (R28: アルジェリア政府では、…を「…」と位置づけている: the body's own characterisation)
            de = _de_opener_body(doc, lo, c.q)
            if de is not None:
                spk_np, content_lo = de  # アメリカ地質調査所では…としている: a body's statement (R32: 同省では)
        if not c.claim and spk_np is None and not c.passive and not c.unnamed and c.bracket and \
                c.bracket[0] > lo and not (c.form == "noun" and c.cue_lemma in _R32_DE_VOICES):
            # R32: 国土交通省では「…」としている / 同社では、「…」と説明した: a body that opens the clause
            # with では says the bracketed words as well (R32 review: not 「…」との声が上がった, voices
            # heard in the body, which name no speaker)
            de = _de_opener_body(doc, lo, c.bracket[0])
            if de is not None and not text[de[1]:c.bracket[0]].strip(_SPACE + "、"):
                spk_np = de[0]
        if (c.cue_lemma, "reading") in speech_cues() and not c.bracket and not c.claim:
            # R26: 捜査本部では…とみている / 欧州委員会では…と予想している: the body that opens the clause
            # with では holds the reading (a が phrase after it is content: 捜査本部では容疑者が…とみている)
            m = _DE_OPENER_RE.match(text[lo:c.q])
            if m:
                np_de = _resolve_np(doc, lo + m.start(1), lo + m.end(1))
                if (np_de.keys and all(entity_type(doc, key) == "ORG" for key in np_de.keys)) or (
                        not np_de.keys and _head_noun(text[lo + m.start(1):lo + m.end(1)]) in BODY_NOUNS):
                    spk_np = np_de
                    content_lo = max(content_lo, lo + m.end())
        if c.claim and spk_np is None and ci > 0 and topic is not None and topic[1] <= cands[0].q and (
                topic[0].keys or _named_like(doc, topic[0])) and not any(a < c.q for a, _ in accord) and not (
                quotes and quotes[-1].speaker is not None and quotes[-1].speaker in topic[0].keys
                # (R12: a medium's own view before its report is no hindrance: 毎日新聞は…としており、…と報じた)
                and not text[topic[0].start:topic[0].end].endswith(NEWS_HEADS)):
            # 朝日新聞は、首相が…と述べたと報じた: the sentence's topic reports the inner quote
            spk_np = topic[0]
            content_lo = topic[1]
        if c.claim and (spk_np is None or post is None) and not c.bracket and not any(a < c.q for a, _ in accord):
            # R30: 読売新聞などが、…と報じた / AP通信・共同通信他は、…と伝えている: a medium that opens the
            # clause as its が subject set off by 、 (or before 他 + は, which the topic reading does not
            # take) reports what follows it; the content starts after the particle
            ms_ga = _r30_medium_subject(doc, sent, lo, c.q, sent.toks[c.cue_tok].i if c.cue_tok >= 0 else None)
            if ms_ga is not None and (spk_np is None or spk_np.start >= ms_ga[1]):
                spk_np, content_lo = ms_ga  # (毎日新聞などが、知事は…と伝えた: the は topic is content)
        if c.claim and c.cue_lemma == "伝える" and spk_np is not None and spk_np.keys and all(
                entity_type(doc, key) == "PERSON" for key in spk_np.keys):
            c.claim = False  # R12: 首相は、…渡米すると伝えた: a person telling is a quote, not a medium's report
        if c.claim:
            if spk_np is None and not accord and (carried := _carried_medium(doc, sent, c, st, sent_end)):
                # R23b: 読売新聞によると…。また、…と伝えている。: a report with no subject at all goes on
                # with the medium of a claim a few sentences before in the same paragraph
                ca = _content_start(doc, sent, lo, c.q, c) if not c.bracket else c.bracket[0] + 1
                m_lead = re.match(r"[\s、]*(?:また|さらに|なお|一方|いっぽう|しかし|しかしながら|ただ|加えて)?[、,\s]*",
                                  text[ca:c.q])
                ca, cb = _strip(text, ca + (m_lead.end() if m_lead else 0), c.q if not c.bracket else c.bracket[1])
                if cb > ca:
                    claims.append(Claim(ca, cb, source=carried, source_span=None, cue=c.cue, cue_span=c.cue_span))
                region = c.end
                continue
            if spk_np is None or not (spk_np.keys or _named_like(doc, spk_np)):
                region = c.end
                continue
            if (post is not None and spk_np is post[0] and ci > 0 and not c.bracket
                    and not re.search(r"[^\s、,]", text[content_lo:c.q])):
                # Xが「…」と語ったと、毎日新聞が伝えた: the source follows the cue and the reported
                # words are the quote(s) just before; the claim spans them from their clause start
                j = ci
                while j > 0 and not cands[j - 1].claim and cands[j - 1].end <= c.q:
                    j -= 1
                if j < ci:
                    content_lo = los[j]
            ca = _content_start(doc, sent, content_lo, c.q, c) if not c.bracket else c.bracket[0] + 1
            ca, cb = _strip(text, ca, c.q if not c.bracket else c.bracket[1])
            if cb > ca:
                claims.append(Claim(ca, cb, source=spk_np.keys[0] if spk_np.keys else None,
                                    source_span=(spk_np.start, spk_np.end),
                                    cue=c.cue, cue_span=c.cue_span))
                if (c.bracket and spk_np.keys and c.cue_lemma in _BRACKET_REPORT_CUES
                        and _utterance(text, sent.toks, c.bracket)):
                    # R15: SANA通信は「…」と伝えた / 「…」と新華社は伝えた: the words a named medium or
                    # body gives in brackets are its direct quote as well as its claim (GUIDELINES:
                    # a quote is what a person or body said or wrote); every bracket of a run
                    # (「A」「B」と伝えた) is quoted
                    for qa, qb in _bracket_run(text, sent, pairs, ca, cb, content_lo):
                        quotes.append(Quote(qa, qb, "direct", speaker=spk_np.keys[0],
                                            speakers=list(spk_np.keys) if len(spk_np.keys) > 1 else None,
                                            cue=c.cue, cue_span=c.cue_span,
                                            speaker_span=(spk_np.start, spk_np.end)))
            region = c.end
            continue
        # kind and span
        kind = "indirect"
        lead_direct = None
        lead_kind = "direct"
        if c.bracket:
            o, cl = c.bracket
            before = [t for t in sent.toks if t.end <= o and t.start >= content_lo]
            mixed = phrase_bracket = False
            inner = text[o + 1:cl]
            if (ga_spk is None and before and before[-1].text in ("は", "が", "も") and len(before) > 1
                    and before[-2].text not in ("で", "に", "と", "から") and "。" not in inner.rstrip("。")
                    and len(inner) <= 30):
                mixed = True  # …3人は「…」と / 発言は「皮肉だ」と: the bracket is part of a clause
                # (R14: Xからは「…」という声: a source phrase, not a subject)
            inner_toks = [u for u in sent.toks if o < u.start and u.end <= cl]
            if (before and before[-1].text == "を" and len(before) > 1
                    and len(inner) <= 15 and not re.search(r"[、。]", inner) and inner_toks
                    and not inner_toks[-1].tag.startswith(("動詞", "助動詞", "形容詞", "感動詞"))):
                # (a label, not a clause: 演出を「理解に苦しむ」と批判した stays direct)
                # R25: with any cue, not only an evaluative one (建設凍結を「政治生命」と語った, Xを「自称
                # イマーム」としている: the object is labelled, the two are the words); 1.26: not an
                # interjection or a greeting (演説を「ありがとう」と締めくくった: words said, no label)
                mixed = True  # この日を「歴史的」と評した: the object and its label are the words
            if (c.form == "verb" and not c.loose and len(before) > 1 and len(inner) <= 30
                    and "。" not in inner.rstrip("。") and re.match(r"(?:など|等)?と", text[cl + 1:cl + 4])
                    and before[-2].end == before[-1].start and before[-1].end == o and (
                        (before[-1].text == "の" and before[-1].tag.startswith("助詞-格助詞")
                         and before[-2].tag.startswith(("名詞", "接尾辞")) and before[-2].pos != "PRON")
                        or (before[-1].text == "と" and before[-1].tag.startswith("助詞-格助詞")
                            and before[-2].tag.startswith("名詞"))
                        or before[-1].text in ("対する", "関する"))
                    and not re.match(r"(?:など|等)?と(?:する|し|され)", text[cl + 1:cl + 8])
                    and not (before[-1].text == "と" and _comitative(doc, sent, before[-1], content_lo, c))):
                # R27: the bracket ends a phrase that begins before it (首脳会談の「日程変更もあり得る」と
                # 述べた / 爆発事件と「直接に結びつく」と言明した / チベット人に対する「文化的虐殺」と指摘した):
                # the clause and its bracket are the words, a mixed quote (not に対し「…」: an addressee;
                # not Xの「…」とする発言: the bracket is the words of the noun; only before と: not
                # 首脳会談の「…」ことを明らかにした; not a partner: ブラウン大統領と「…」と合意した, 社員と「…」と語った)
                mixed = phrase_bracket = True
            if mixed:
                ca = _content_start(doc, sent, content_lo, c.q, c)
                if phrase_bracket:
                    # (X長官は強く反発し、今回の「…」と警告した: the phrase starts after the last comma)
                    ca = max([ca] + [u.end for u in sent.toks if ca <= u.start and u.end <= o and u.text == "、"
                                     and sent.d(u.start) == 0])
                kind = "mixed"
                ca, cb = _strip(text, ca, c.q)
            else:
                ca, cb = o + 1, cl
                kind = "direct"
        else:
            ca = _content_start(doc, sent, content_lo, c.q, c) if not passive_say else content_lo
            ca, cb = _strip(text, ca, c.q)
            m0 = re.match(r"(?:また|さらに|なお|一方|しかし)[、,]?", text[ca:cb]) if passive_say else None
            if m0:
                ca, cb = _strip(text, ca + m0.end(), cb)
            m_lead = re.match(r"「[^「」]*」と[、,][\s]*", text[ca:cb])
            if m_lead and pairs.get(ca) == ca + m_lead.group(0).index("」"):
                # 「…」と、…ことを断言した: the bracket is a direct quote of its own, the rest indirect
                lead_direct = (ca + 1, pairs[ca])
                ca = ca + m_lead.end()
            else:
                # R11: Xと、Yと<cue> (…にしたと、…を優先したとして批判した / …に対しては、「…」と、
                # …であると説明し): a quotative と before a comma inside the content ends a first
                # content of the same cue; the part after it is a content of its own. Not when the
                # part after it holds a cue verb of its own (…忘れないと、ここで明言する is one report).
                split = None
                for k2 in range(1, len(sent.toks) - 1):
                    u = sent.toks[k2]
                    if u.start <= ca or u.end >= cb or sent.d(u.start) != 0:
                        continue
                    if u.text == "と" and u.tag == "助詞-格助詞" and sent.toks[k2 + 1].text in ("、", ",", "，") and (
                            sent.toks[k2 - 1].text in CLOSE.replace(")", "").replace("）", "")
                            or _predicate_end(sent.toks[k2 - 1])):
                        # (R15: not after a parenthesis: オダギリ氏(31歳)と、香椎さんが…ことを発表した
                        # joins two people)
                        split = k2
                if split is not None:
                    u = sent.toks[split]
                    ra = sent.toks[split + 1].end
                    rest_toks = [w for w in sent.toks if w.start >= ra and w.end <= cb]
                    if rest_toks and not any(_verb_cue(w.lemma) is not None and (
                            w.pos == "VERB" or w.tag.startswith("名詞-普通名詞-サ変")) for w in rest_toks):
                        la, lb = _strip(text, ca, u.start)
                        close_to_open = {v: k for k, v in pairs.items()}
                        if lb > la and text[lb - 1] == "」" and close_to_open.get(lb - 1, -1) >= la:
                            lead_direct, lead_kind = (close_to_open[lb - 1] + 1, lb - 1), "direct"
                        elif lb > la:
                            lead_direct = (la, lb)
                            lead_kind = "mixed" if "「" in text[la:lb] else "indirect"
                        if lead_direct is not None:
                            ca, cb = _strip(text, ra, cb)
            if "「" in text[ca:cb]:
                kind = "mixed"
        if kind == "indirect" and not c.bracket and not passive_say and lead_direct is None and (
                spk_np is None or (spk_np.start >= ca and spk_np.end <= cb and not any(
                    entity_type(doc, key) == "PERSON" for key in spk_np.keys))):
            # R34: …挙げられており、欧州委員会では…と予想している / 報道によれば、海上保安庁では、…として: a
            # body that opens the content with では after a comma holds the statement, as at the clause
            # start (R32); a person named inside the content still speaks (…では、X氏が…と語った)
            # (R34 review: only a speaker phrase inside the content gives way, not one after the cue: …、
            # X社では…と経済産業省が明らかにした; and not when a named person opens the rest as its subject:
            # X社では、山田太郎社長が…と語った — the accused excepted: 同署では、X容疑者が…を認めているとしている)
            de = _de_opener_body(doc, ca, cb)
            if de is not None and _r34_person_subject(doc, de[1], cb):
                de = None
            if de is not None:
                da, db = _strip(text, de[1], cb)
                if db > da:
                    spk_np, ca, cb = de[0], da, db
        if cb <= ca or not re.search(r"[^\s「」『』()（）、。・]", text[ca:cb]):
            region = c.end
            continue
        # speaker
        if spk_np is not None and spk_np.keys:
            speakers = spk_np.keys
        elif spk_np is not None and spk_np.kind in ("generic", "unlinked"):
            speakers = []
        elif spk_np is not None and spk_np.kind == "title" and _title_antecedent(doc, spk_np):
            speakers = [_title_antecedent(doc, spk_np)]
        elif (spk_np is not None and hit is not None and spk_np is hit[0] and spk_np.kind == "title"
              and not spk_np.keys and _new_bare_title(doc, spk_np, st.last_speakers, st.last_sent, sent.si)):
            # R26: 医師は…と述べた with no one named before as 医師: someone unnamed (a null speaker),
            # not the last speaker carried over
            speakers = []
        elif (post is not None and spk_np is post[0] and spk_np.kind == "title"
              and _head_noun(text[spk_np.start:spk_np.end]) not in _PRONOUN_TITLES
              and not text[spk_np.start:spk_np.end].startswith(("同", "両", "その", "この"))):
            # …と警察が発表した / …と病院の広報担当者は語った: a subject of its own after the cue
            # that names nobody known speaks; the last speaker is not carried over
            speakers = []
        elif (spk_np is None and c.form == "suru" and not c.bracket and not c.passive and prev_spk is None
              and not any(a < c.q for a, _ in accord) and c.end >= sent_end
              and (ga_in := _topic_phrase(doc, sent, ca, c.q, marks=("が",))) is not None and ga_in[0].keys
              and ga_in[0].kind == "named" and _subject_of(doc, sent, ga_in[0], c.q)):
            # R12: …では、国境なき医師団などが支援を行うとしている: with no topic, the named subject of
            # the reported clause states its own plan (not the speaker of an earlier sentence)
            speakers = list(ga_in[0].keys)
        elif ev is not None and ev[1] <= ca:
            speakers = list(ev[2])
        elif prev_spk is not None:
            speakers = prev_spk
        elif topic is not None and topic[0].keys and topic[1] <= ca and not inner_report:
            speakers = topic[0].keys
        elif (c.form == "suru" and not c.bracket and 0 < sent.si - st.last_claim_sent <= 3
              and not _reported_act(doc, st)
              and st.last_quote_sent < st.last_claim_sent and st.claims and st.claims[-1].source
              and st.topic_reset < st.last_claim_sent
              and len({doc.article.sentences[x].block for x in range(st.last_claim_sent, sent.si + 1)}) == 1):
            # 読売新聞によると…。(…。)…としている。: the medium of a report a few sentences before in
            # the same paragraph goes on (no quote in between), not the speaker of an older quote
            speakers = [st.claims[-1].source]
            claim_topic = [keys for s0, keys in st.topics if s0 == st.last_claim_sent]
            if sent.si - st.last_claim_sent == 1 and len(claim_topic) == 1:
                # R15: 産経新聞によると、X知事は、…方針。また、…としている。: the person the report
                # right before was about (its named topic) goes on, not the medium
                speakers = list(claim_topic[0])
        elif (spk_np is not None and hit is not None and spk_np is hit[0] and spk_np.kind == "title"
              and not spk_np.keys and _head_noun(text[spk_np.start:spk_np.end]) not in _PRONOUN_TITLES
              and _own_title_topic(text[spk_np.start:spk_np.end])):
            # R25: 7政党は…としており / 与野党は…と / 運営会社は「…」と: a topic of its own that names
            # nobody known (no one named before with that title) speaks; the last speaker is not carried
            speakers = []
        elif st.ga_indirect_sent == st.last_sent < sent.si and (topic is not None or any(
                u.text == "は" and u.tag.startswith("助詞-係助詞") and k2 > 0 and sent.d(u.start) == 0
                and u.end <= c.q and (sent.toks[k2 - 1].tag.startswith("接尾辞-名詞的") or (
                    sent.toks[k2 - 1].dep == "nsubj" and any(
                        w.tag.startswith("名詞-固有名詞") for w in sent.toks[max(0, k2 - 6):k2])))
                for k2, u in enumerate(sent.toks))):
            # R28: X当局者が声明を出し、…と発表した。一方、Y大主教は…としている: a sentence with a topic of
            # its own that names nobody known (a title or a name: Y大主教は, Y社長は) does not go on with a が
            # subject of the sentence before
            speakers = []
        elif not st.last_speakers and not c.bracket:
            # nobody to carry: a が actor opening the content speaks (…によると、高島アナが…ことを明らかにした)
            ga = _topic_phrase(doc, sent, ca, c.q, marks=("が",))
            speakers = list(ga[0].keys) if ga is not None and ga[0].start == ca and _subject_of(
                doc, sent, ga[0], c.q) else []
        else:
            speakers = list(st.last_speakers)
            if speakers and c.bracket and c.cue_lemma in _R31_ORAL and all(
                    _media_entity(ent_c := entity_by_key(doc, key), [ent_c.name] if ent_c is not None else [])
                    for key in speakers) and not (
                    st.last_direct and st.last_quote_sent == st.last_sent != st.last_claim_sent):
                # R31: 毎日新聞は…と伝えた。また、「…」とも話している: a medium carried from before does not
                # say words aloud; whoever does is not named here (R31 review: one that spoke a bracket of its
                # own there, in no claim, still speaks: 朝日新聞は社説で「…」と主張した。また「…」と述べた; a
                # として clause is left as before: TBSは…。そこで「…」として…放送し, the medium acts itself)
                speakers = []
        if c.loose and (spk_np is None or not (spk_np.keys or spk_np.kind in ("generic", "unlinked"))
                        or (post is None and hit is not None and hit[1] > boundary)) \
                and not (spk_np is None and _said_unnamed(text, sent, c)):
            region = c.end
            continue  # 「…」と突っ込んだ with no speaker named in the clause: not taken
        if c.loose and spk_np is None and not speakers:
            # R23d: 「…」と、持論も展開した: the last speaker goes on, else the subject of the sentence before
            speakers = list(st.last_speakers) or _prev_subject(doc, sent)
        if c.cue_lemma == "呼ぶ" and (spk_np is None or not spk_np.keys):
            region = c.end
            continue  # R12: 住民はこの川を「母なる川」と呼んでいる: a name, not a named speaker's words
        if c.form == "hearsay" and (spk_np is None or not (spk_np.keys or spk_np.kind != "none")):
            region = c.end
            continue  # 「…」という。 with nobody named in the sentence: not a quote
        if c.form == "noun" and spk_np is None and speech_cues().get((c.cue_lemma, "noun")) is not None and \
                speech_cues()[(c.cue_lemma, "noun")].register == "stance":
            region = c.end
            continue  # …との立場 / 見方 with no speaker named in the sentence: not a quote
        if c.form in ("noun", "phrase") and spk_np is None and prev_spk is None and not st.last_speakers:
            region = c.end
            continue
        addr = _addressee(doc, sent, lo, min(boundary, ca))
        if addr is None:
            addr = _addressee(doc, sent, c.after[0], c.after[1] + 1)
        if addr in speakers:
            addr = None
        spans = _bracket_run(text, sent, pairs, ca, cb, content_lo) if kind == "direct" else [(ca, cb)]
        kinds = [kind] * len(spans)
        if lead_direct is not None:
            spans.insert(0, lead_direct)
            kinds.insert(0, lead_kind)
        if accord and c.form == "suru" and c.bracket is not None and c.end >= sent_end and c.q > accord[0][1] \
                and speakers and set(speakers) & {cl.source for cl in claims if cl.source} \
                and spk_np is not None and text[spk_np.start:spk_np.end].startswith("同"):
            # R28 review: …によると、同社は「…」とした: the words are the subject's, never the claim's
            # source (同社 read as the agency that reports them): nobody, rather than the source (only for
            # a 同- phrase: 加藤氏のサイトによると、加藤氏は「…」としている keeps 加藤氏)
            speakers, spk_np = [], None
        if kind == "mixed" and (_characterises(c)) and spans and \
                (m_top := re.match(r"[^、。「」『』]{1,12}?(?:は|も|では)、?", text[spans[-1][0]:c.q])):
            # R28 review: 市は、この公園を「…」と位置づけた with no entity for 市: the span starts after the topic
            spans[-1] = (spans[-1][0] + m_top.end(), spans[-1][1])
        for (qa, qb), kind in zip(spans, kinds):
            quotes.append(Quote(
                qa, qb, kind, speaker=speakers[0] if speakers else None,
                speakers=list(speakers) if len(speakers) > 1 else None,
                addressee=addr, cue=c.cue, cue_span=c.cue_span,
                speaker_span=(spk_np.start, spk_np.end) if spk_np is not None and spk_np.keys else None,
            ))
            if spk_np is not None and not speakers and spk_np.kind == "generic" and re.search(
                    _R31_KIN_WORD + "$", text[spk_np.start:spk_np.end]):
                doc.extras.setdefault("r31_kin_quotes", set()).add(id(quotes[-1]))
        if (kind == "indirect" and not accord and len(speakers) == 1 and len(spans) == 1
                and spk_np is not None and speakers[0] in spk_np.keys and not c.cue.endswith("して")
                and not re.search(r"な[いく]|ず|ぬ|ません", text[c.cue_span[0]:max(c.end, c.cue_span[1])])
                and (c.form == "suru" or c.cue_lemma in _MEDIUM_VIEW_READINGS)
                and (ent_m := entity_by_key(doc, speakers[0])) is not None
                and _media_entity(ent_m, [ent_m.name] + [text[a:b] for a, b in ent_m.mentions])):
            # R29: 毎日新聞は、…としている / 読売新聞は…とみている: what a medium named in the sentence holds is
            # also its report (the gold gives most of these a claim of the medium beside, or instead of, the
            # quote); not a medium carried from a sentence before (また、…としている), not …として、 (a reason),
            # (R29 review) not a negated cue (…としていない / とはみていない: the medium denies it)
            claims.append(Claim(spans[0][0], spans[0][1], source=speakers[0],
                                source_span=(spk_np.start, spk_np.end) if spk_np is not None and spk_np.keys else None,
                                cue=c.cue, cue_span=c.cue_span))
        prev_spk = speakers
        nxt_tok = doc.token_at(c.end)
        if not (nxt_tok is not None and _nounish(nxt_tok) and c.form == "verb"
                and nxt_tok.text not in ("こと", "の", "旨", "もの") + CLAUSE_LINK_NOUNS):
            # (…などと記した手紙を送り: an attributive cue does not end the clause; …と述べたほか、
            # / と語った上で、: a linking noun does, and the next clause may have a speaker of its own)
            region = c.end
            m_link = _CLAUSE_LINK_RE.match(text[region:region + 5])
            if m_link:
                region += m_link.end()  # …と発表したが、… / …と述べた上で「…」
        if speakers:
            st.last_speakers = list(speakers)
            st.last_sent = sent.si
    reset_topic = False
    if not cands:
        if topic is not None and topic[0].keys:
            st.last_speakers = list(topic[0].keys)
            st.last_sent = sent.si
        elif topic is None and not accord and (ga := _main_ga(doc, sent, sent_end)) is not None:
            # R13: X長官とY長官が、…会見の場を設け、…を明らかにした。会見では、…と語った: with no
            # topic, the named が subject of the main clause is whom the paragraph is about
            st.last_speakers = list(ga.keys)
            st.last_sent = sent.si
        elif topic is not None and not accord and topic[0].kind == "generic" and text[topic[1] - 1] == "は" and \
                _head_noun(text[topic[0].start:topic[0].end]) not in _R42_SIDE_NOUNS:
            # (R42: a party named by its role that says nothing here leaves the paragraph's speaker as it
            # was: 検察側は…方針だ。弁護士は「…」と語った is still the defence lawyer named before)
            # R13: 原告らは、…を課された。…と主張していた。: a sentence about unnamed people moves
            # the paragraph on to them (not a も phrase, not an unlinked name: 判決では、ガッツポーズ
            # も見せた is still about the last speaker); the reports after
            # it with no subject are theirs (a null speaker), not the last named speaker's or medium's
            # (unless the sentence is hearsay going on with the last quote: see below)
            reset_topic = True
    # ---- 聨合ニュースは…という…の話を発表している: a medium's report of a report
    if not accord and not claims and topic is not None and (
            text[topic[0].start:topic[0].end].endswith(NEWS_HEADS) or topic[0].keys):
        for k, t in enumerate(sent.toks):
            if t.text != "を" or sent.d(t.start) != 0 or t.start < topic[1] or k + 1 >= len(sent.toks):
                continue
            v = sent.toks[k + 1]
            if v.lemma not in ("発表", "報道", "伝える", "報じる", "報ずる", "紹介"):
                continue
            if v.lemma in ("発表", "紹介") and not text[topic[0].start:topic[0].end].endswith(NEWS_HEADS):
                continue  # …を発表した is a medium's report only when a medium says it
            if doc.text[sent.toks[_tail(sent.toks, k + 1 + (1 if v.tag.startswith("名詞") else 0))].end:sent_end].strip(_SPACE):
                continue  # not the sentence's own predicate
            ca, cb = _strip(text, topic[1], t.start)
            if any(ca <= q.start and q.end <= cb and q.speaker and q.speaker in topic[0].keys for q in quotes):
                break  # TBSは「…」との見解を伝えた: its own view, a quote
            if cb > ca and (any(sent.d(x.start) == 0 and x.text in ("という", "との") or (
                    x.text == "と" and x.tag == "助詞-格助詞") for x in doc.tokens_in(ca, cb))
                    or _medium_news_object(doc, text, topic[0], v, ca, cb)):
                claims.append(Claim(ca, cb, source=topic[0].keys[0] if topic[0].keys else None,
                                    source_span=(topic[0].start, topic[0].end), cue=v.text, cue_span=(v.start, v.end)))
            break
    # ---- a …という。 sentence continuing the previous sentence's claim
    if not accord and not claims and st.claims and st.last_claim_sent == sent.si - 1:
        m = re.search(r"(?:という|とのことだ|とのこと)[。．.\s]*$", text[sent.start:sent.end])
        if m:
            ca, cb = _strip(text, sent.start, sent.start + m.start())
            prev = st.claims[-1]
            # R24: only a claim framed by its source (Xによると、…) goes on into the next …という。; not a
            # continuation itself (…という。…という。: the writer's own hearsay by then) and not a report
            # the verb closed (Xは…と伝えた / 報じた。…という。)
            framed = not (prev.source_span is None and (prev.cue or "").startswith(("という", "とのこと"))) and not (
                prev.cue or "").startswith(_CONT_CLOSED_CUES)
            framed = framed and not (prev.source is None and prev.start in st.insider_claims)
            if cb > ca and framed and doc.article.sentences[sent.si].block == doc.article.sentences[sent.si - 1].block:
                claims.append(Claim(ca, cb, source=prev.source, source_span=None, cue=m.group(0).rstrip("。．. "),
                                    cue_span=(sent.start + m.start(), sent.start + m.start() + len(m.group(0).rstrip("。．. ")))))
    # ---- Xは「…」と述べた。また、…という。: hearsay continuing the previous sentence's quote
    if (not accord and not claims and not quotes and not cands and st.last_quote_sent == sent.si - 1
            and st.last_speakers and (topic is None or (not topic[0].keys and topic[0].kind == "generic"))
            # (R13: …と語った。捜査チームは…を念頭においているという。: a topic naming nobody is part
            # of the hearsay, which goes on with the quote's speaker)
            and "「" not in text[sent.start:sent.end]
            and doc.article.sentences[sent.si].block == doc.article.sentences[sent.si - 1].block):
        m = re.search(r"(?:という|とのことだ|とのこと)[。．.\s]*$", text[sent.start:sent.end])
        if m:
            ca = sent.start
            m0 = re.match(r"(?:また|さらに|なお|加えて)[、,]?", text[ca:sent.start + m.start()])
            if m0:
                ca += m0.end()
            ca, cb = _strip(text, ca, sent.start + m.start())
            if cb - ca >= 4:
                cue = m.group(0).rstrip("。．. " + _SPACE)
                spk = list(st.last_speakers)
                quotes.append(Quote(ca, cb, "indirect", speaker=spk[0], speakers=spk if len(spk) > 1 else None,
                                    cue=cue, cue_span=(sent.start + m.start(), sent.start + m.start() + len(cue))))
    if accord and claims:
        _inner_medium_claims(doc, sent, claims, sent_end)
    if claims and (r31 := _r31_frames(doc, sent, st)):
        # R31: a medium's frame makes the claim; a later cue that closes the same content (…が報じたところ
        # では、…とみている) makes no second one
        firsts = [cl for cl in claims if cl.cue_span and cl.cue_span[1] - 2 in r31]
        claims[:] = [cl for cl in claims if any(cl is f for f in firsts) or not any(f.start == cl.start for f in firsts)]
    if reset_topic and not quotes:
        st.last_speakers = []
        st.topic_reset = sent.si
    if topic is not None and topic[0].keys and all(entity_type(doc, k) == "PERSON" for k in topic[0].keys):
        st.topics.append((sent.si, list(topic[0].keys)))
    for q in quotes:
        if q.speaker and entity_type(doc, q.speaker) == "PERSON":
            st.topics.append((sent.si, [q.speaker]))
    if quotes and any(q.speaker for q in quotes):
        st.last_quote_sent = sent.si
        st.last_direct = quotes[-1].kind in ("direct", "mixed")  # R27: 「…」とXは言った (mixed) too
    if claims:
        st.claims.extend(claims)
        st.last_claim_sent = sent.si
    return quotes, claims


# ---------------------------------------------------------------- learned speaker choice
#
# After the rules have chosen, a small ranker (a conditional logit: one weight per feature,
# trained by benchmarks/train_speakers.py from the annotated articles and stored as data in
# hodo/data/speaker_model.json) scores every candidate speaker of a single-speaker quote:
# the rule's choice, each PERSON/ORG/GPE entity mentioned in the quote's sentence outside the
# quote, the speakers and topics of the one or two sentences before it in the same block,
# and "nobody" (a null speaker). It replaces the rule's choice only when its best candidate
# beats the rule's by the model's margin. The features describe positions, particles,
# titles, the parse and the kind of report only: no names, no entity keys, no article ids.

SPEAKER_MODEL_FILE = Path(__file__).resolve().parent.parent / "data" / "speaker_model.json"
#: set to False to keep the rules' speakers (the training script does, to see them)
LEARNED_SPEAKER = True
SPEAKER_TYPES = ("PERSON", "ORG", "GPE")

_PARTICLE_AFTER = re.compile(
    r"(?:によると|によれば|では|には|にとって|に対して|に対し|について|とともに|と共に|からは|から|"
    r"は|が|も|の|に|と|や|を|で|へ|、)")
_PERSON_TITLES = {"氏", "さん", "君", "ちゃん", "様", "容疑者", "被告", "選手"}


@functools.lru_cache(maxsize=4)
def speaker_model(path: str | None = None) -> dict | None:
    """The ranker's data: {"weights": {feature: weight}, "margin": float, ...}, or None
    when the file is missing."""
    p = Path(path) if path else SPEAKER_MODEL_FILE
    if not p.exists():
        return None
    with p.open(encoding="utf-8") as f:
        return json.load(f)


def _dist_bucket(n: int) -> str:
    for e in (2, 5, 10, 20, 40):
        if n <= e:
            return str(e)
    return ">40"


def _cue_class(doc, q: Quote) -> str:
    cue = q.cue or ""
    if not cue:
        return "none"
    if cue.startswith("とし"):
        return "suru"
    if cue.startswith(("という", "との")):
        return "hearsay"
    t = doc.token_at(q.cue_span[0]) if q.cue_span else None
    if t is not None:
        for form in ("verb", "noun", "phrase", "reading"):
            c = speech_cues().get((t.lemma, form))
            if c is not None:
                return c.register
    return "other"


def _tok_ending_at(doc, end: int):
    """The token that holds the character before ``end``."""
    return doc.token_at(end - 1) if end > 0 else None


def _mention_feats(doc, q: Quote, s, depth, m: tuple[int, int, str], title: str | None,
                   cue_tok, first_topic: int | None, before_rank: int | None) -> set[str]:
    """Features of one mention (start, end, key) of the quote's sentence."""
    text = doc.text
    ms, me, _ = m
    f: set[str] = set()
    cue_a = q.cue_span[0] if q.cue_span else q.end
    if me <= q.start:
        pos, dist = "before", q.start - me
    elif cue_a > q.end and q.end <= ms < cue_a:
        pos, dist = "between", ms - q.end
    else:
        pos, dist = "after", ms - max(q.end, cue_a)
    db = _dist_bucket(max(0, dist))
    f.add(f"pos={pos}")
    f.add(f"pos={pos}|dist={db}")
    if before_rank is not None:
        f.add(f"before_rank={min(before_rank, 3)}")
    # the particle after the mention (past its title)
    e = me
    if title and text.startswith(title, e):
        e += len(title)
    while e < s.end and text[e] in _SPACE:
        e += 1
    mp = _PARTICLE_AFTER.match(text, e, s.end)
    part = mp.group(0) if mp else ("」" if text[e:e + 1] in CLOSE else "other")
    f.add(f"part={part}")
    f.add(f"pos={pos}|part={part}")
    if depth[ms - s.start] > 0:
        f.add("in_bracket")
    if title:
        f.add("title=person" if title in _PERSON_TITLES else "title=office")
    if first_topic is not None and ms == first_topic:
        f.add("first_topic")
        f.add(f"first_topic|pos={pos}")
    if ms == s.start or not text[s.start:ms].strip(_SPACE + "、また一方なお"):
        f.add("sent_initial")
    # the parse: is the phrase (its last token, or its title) a subject, and of the cue?
    t = _tok_ending_at(doc, e)
    if t is not None:
        dep = t.dep.split(":")[0]
        if dep in ("nsubj", "obl", "nmod", "obj", "iobj"):
            f.add(f"dep={dep}")
        if cue_tok is not None and t.head == cue_tok.i:
            f.add("head=cue")
            if dep == "nsubj":
                f.add("nsubj_of_cue")
    return f


def _first_topic(doc, s, depth) -> int | None:
    """Start of the first entity mention followed (past a title) by は/も at depth 0."""
    text = doc.text
    for ms, me, k in mentions_in(doc, s.start, s.end):
        if depth[ms - s.start] > 0:
            continue
        e = me
        t = _title_after(doc, k, ms)
        if t and text.startswith(t, e):
            e += len(t)
        if text[e:e + 1] in ("は", "も") and text[e:e + 2] not in ("もの",):
            return ms
    return None


def _title_after(doc, key: str, ms: int) -> str | None:
    idx = doc.extras.get("_spk_titles")
    if idx is None:
        idx = {}
        for ent in doc.article.entities:
            for i, (a, _) in enumerate(ent.mentions):
                if ent.titles and i < len(ent.titles) and ent.titles[i]:
                    idx[a] = ent.titles[i]
        doc.extras["_spk_titles"] = idx
    return idx.get(ms)


def _sent_quote_ctx(doc, si: int):
    s = doc.article.sentences[si]
    depth, _ = _brackets(doc.text, s.start, s.end)
    return s, depth


def speaker_candidates(doc, quotes: list[Quote]) -> list[tuple[int, list[tuple[str | None, set[str]]]]]:
    """For each single-speaker quote (index into ``quotes``): its candidates as
    (entity key or None, feature set). The rule's choice is always among them."""
    art = doc.article
    types = {e.key: e.type for e in art.entities}
    by_sent: dict[int, list[Quote]] = {}
    for q in quotes:
        si = doc.sentence_at(q.start)
        if si is not None:
            by_sent.setdefault(si, []).append(q)
    ctx: dict[int, tuple] = {}

    def sent_ctx(i: int):
        """(sentence, bracket depths, first topic) of sentence ``i``, once per call."""
        if i not in ctx:
            s_, d_ = _sent_quote_ctx(doc, i)
            ctx[i] = (s_, d_, _first_topic(doc, s_, d_))
        return ctx[i]

    out = []
    for qi, q in enumerate(quotes):
        if q.speakers:
            continue  # a group: the rules' list stays
        si = doc.sentence_at(q.start)
        if si is None:
            continue
        s, depth, ft = sent_ctx(si)
        cue_tok = doc.token_at(q.cue_span[0]) if q.cue_span else None
        ments = [m for m in mentions_in(doc, s.start, s.end)
                 if (m[1] <= q.start or m[0] >= q.end) and types.get(m[2]) in SPEAKER_TYPES]
        before = sorted((m for m in ments if m[1] <= q.start), key=lambda m: -m[1])
        rank = {m[0]: i + 1 for i, m in enumerate(before)}
        cands: dict[str | None, set[str]] = {}
        for m in ments:
            f = cands.setdefault(m[2], set())
            f |= _mention_feats(doc, q, s, depth, m, _title_after(doc, m[2], m[0]), cue_tok, ft, rank.get(m[0]))
            f.add("in_sent")
        # the one or two sentences before, in the same block: their quotes' speakers and topic
        for d in (1, 2):
            pj = si - d
            if pj < 0 or art.sentences[pj].block != s.block:
                break
            for q2 in by_sent.get(pj, []):
                for k in (q2.speakers or ([q2.speaker] if q2.speaker else [])):
                    cands.setdefault(k, set()).add(f"prev{d}_speaker")
            ps, _, pt = sent_ctx(pj)
            if pt is not None:
                k = next(m[2] for m in mentions_in(doc, pt, ps.end) if m[0] == pt)
                if types.get(k) in SPEAKER_TYPES:
                    cands.setdefault(k, set()).add(f"prev{d}_topic")
        # quotes of the same sentence before this one (a second bracket of the same speaker)
        for q2 in by_sent.get(si, []):
            if q2 is not q and q2.end <= q.start and q2.speaker:
                cands.setdefault(q2.speaker, set()).add("same_sent_speaker")
        if q.speaker is not None:
            cands.setdefault(q.speaker, set())
        cands.setdefault(None, set())
        kind = q.kind
        cue = _cue_class(doc, q)
        n = len(cands) - 1
        named_in_sent = any(m[1] <= q.start or (q.cue_span and m[0] >= q.end) for m in ments)
        bare = _bare_subject(doc, s, depth, q)
        # what the rule did: chose nobody, a speaker named in this sentence, or one carried over
        rctx = "rnone" if q.speaker is None else ("rnear" if "in_sent" in cands[q.speaker] else "rfar")
        rows = []
        for k, f in cands.items():
            f = set(f)
            if k is None:
                f |= {"none", f"none|kind={kind}", f"none|cue={cue}", f"none|n={min(n, 4)}"}
                if bare:
                    f.add(f"none|bare_subject={bare}")
                if not named_in_sent:
                    f.add("none|nobody_named")
            else:
                f.add(f"type={types.get(k)}")
                f |= {f"kind={kind}|{x}" for x in list(f) if x.startswith(("pos=", "first_topic"))
                      and "|" not in x}
                f |= {f"cue={cue}|{x}" for x in list(f) if x in ("nsubj_of_cue", "first_topic")}
                if "in_sent" not in f:
                    f.add("not_in_sent")
            if k == q.speaker:
                f.add("rule")
                f.add(f"rule|kind={kind}")
                f |= {f"rule|{x}" for x in list(f) if "|" not in x and x not in ("rule", "none")}
            f |= {f"{rctx}|{x}" for x in list(f) if "|" not in x}
            rows.append((k, f))
        out.append((qi, rows))
    return out


def _bare_subject(doc, s, depth, q: Quote) -> str | None:
    """A は/が phrase at depth 0 before the quote (or between it and the cue) that names no
    entity (関係者は, 専門家が; not X氏が, X外相は: a title after a mention is named): where
    the first one is ("before" or "between"), or None."""
    covered = []
    for a, b, k in mentions_in(doc, s.start, s.end):
        t = _title_after(doc, k, a)
        covered.append((a, b + len(t) if t and doc.text.startswith(t, b) else b))
    hi = min(q.cue_span[0] if q.cue_span else q.start, s.end)  # (the cue may be in the next sentence)
    for t in doc.tokens_in(s.start, hi):
        if t.start >= q.start and t.end <= q.end:
            continue
        if t.text not in ("は", "が") or depth[t.start - s.start] > 0 or not t.tag.startswith("助詞"):
            continue
        p = doc.token_at(t.start - 1)
        if p is None or not p.tag.startswith(("名詞", "接尾辞")):
            continue
        if not any(a <= p.start < b or a < p.end <= b for a, b in covered) and \
                not any(b <= p.start and doc.text[b:p.end] in TITLE_NOUNS for a, b in covered):
            return "before" if t.end <= q.start else "between"
    return None


def speaker_scores(rows, weights: dict[str, float]) -> list[float]:
    return [sum(weights.get(x, 0.0) for x in f) for _, f in rows]


#: R20: Xの話として、「…」 / Xの発言として…と報じた: the words are X's, whoever passes them on
_WORDS_OF = r"([^、。「」『』はがも\s]{1,30}?)の(?:話|発言|証言|談話|コメント)として[、\s]*"
_AS_WORDS_OF = re.compile(_WORDS_OF + "「?$")
_AS_WORDS_OF_LEAD = re.compile(_WORDS_OF)


def _words_of(doc, quotes: list[Quote]) -> None:
    """R20: a quote right after "Xの話として" (Xの発言 / 証言 / 談話 / コメントとして) is X's: the
    medium or body that reports it is not the speaker (新華社通信は、警察関係筋の話として…と報じた →
    nobody named; 共同通信は防衛省の話として、…と伝えた → the ministry)."""
    text = doc.text
    for q in quotes:
        si = doc.sentence_at(q.start)
        if si is None:
            continue
        s0 = doc.article.sentences[si].start
        lo = max(s0, q.start - 60)
        m = _AS_WORDS_OF.search(text, lo, q.start)
        if m is None or m.end() != q.start:
            m = _AS_WORDS_OF_LEAD.match(text, q.start, q.end)
            if m is None or q.kind == "direct" or q.end - m.end() < 4:
                continue
            q.start = m.end()  # 警察関係筋の話として…と報じた: the lead is no part of the words
        np = _resolve_np(doc, m.start(1), m.end(1))
        keys = list(np.keys)
        q.speaker = keys[0] if keys else None
        q.speakers = keys if len(keys) > 1 else None
        q.speaker_span = (np.start, np.end) if keys else None


#: R25: the end of a sentence where a medium relays what someone else said: the inner cue
#: (語った / 発表した / としている), then the medium's own report (…と伝えた / とも報じた / としている)
_RELAYED_END = re.compile(
    r"[」』]?(?:など)?(?:と|との|ことを|ことも|(?:との)?(?:見方|考え|方針|意向|見解|立場)を)[^。「」『』]{1,20}?(?:と|とも|ことを|ことも)[、\s]*"
    r"(?:伝え|つたえ|報じ|報道し|紹介し|し)(?:た|ている|ていた|ています|ました|ていました)(?:という)?[。．\s]*$")


def _relayed_speakers(doc, quotes: list[Quote]) -> None:
    """R25: 《medium》は、《X》が「…」と語ったと伝えた / 日経はまた、内相が…としていると伝えた: the
    medium reports the words; the が subject between the medium and the words speaks them (the
    medium is the claim's source, not the speaker). X named by no entity: a null speaker."""
    text = doc.text

    def medium(key):
        ent = entity_by_key(doc, key)
        return _media_entity(ent, [ent.name] + [text[a:b] for a, b in ent.mentions] if ent else [])

    for q in quotes:
        if q.speaker is None or q.speaker_span is None or q.speaker_span[1] > q.start:
            continue
        if not medium(q.speaker) or q.speakers and not all(medium(k) for k in q.speakers):
            continue  # (R30: ロイターやBBCは、…と伝えた: several media relay the words too)
        si = doc.sentence_at(q.start)
        if si is None:
            continue
        s = doc.article.sentences[si]
        if _RELAYED_END.match(text, q.end, s.end) is None:
            continue
        toks = doc.sent_toks(si)
        sent, _ = _sent_of(doc, si, toks)
        lo = q.speaker_span[1]
        hi = q.start - 1 if q.kind == "direct" else q.start
        ga, topic, opens = None, False, None
        for k, t in enumerate(sent.toks):  # the last が phrase between the medium and the words
            if k == 0 or t.start < lo or t.end > hi or sent.d(t.start) != 0:
                continue
            is_topic = t.text == "は" and t.tag.startswith("助詞-係助詞")
            if not (t.text == "が" and t.tag.startswith("助詞-格助詞") or is_topic) or \
                    sent.toks[k - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て", "には", "では"):
                continue
            span = _np_before(doc, sent, k, lo)
            if span is not None:
                ga, topic = _resolve_np(doc, *span), is_topic
        if ga is None and q.kind == "indirect":
            # R30: 日経はまた、内相が治安部隊の24人が死亡したとしていると伝えた: the words' span opens with
            # the が phrase of the one who said them, before a subject of the words' own
            opens = _relayed_opening(doc, sent, q)
            if opens is not None:
                ga = opens[0]
        if ga is None or q.speaker in ga.keys or not (_actor_np(ga) or q.kind == "direct" and not topic):
            continue  # (R30: a は topic between the medium and the words must name an actor: 朝日新聞は、
            # 野党は…と主張していると伝えた, not 同紙は、この問題は…)
        if any(_media_entity(entity_by_key(doc, k), [text[ga.start:ga.end]]) for k in ga.keys):
            continue  # (日経は、朝日新聞が…と報じたと伝えた: a medium's report relayed is its own)
        if not ga.keys and ga.kind == "title" and (key := _title_antecedent(doc, ga)) is not None:
            ga = _NP(ga.start, ga.end, [key], "named")  # R30: 内相が after ヌルガリエフ・ロシア内相
        if opens is not None:
            q.start = opens[1]
        keys = list(ga.keys)
        q.speaker = keys[0] if keys else None
        q.speakers = keys if len(keys) > 1 else None
        q.speaker_span = (ga.start, ga.end) if keys else None


#: R38: the name of a body that questions suspects (a police force, one of its stations or squads, prosecutors)
_R38_INTERROGATOR = re.compile(r"(?:警察|警視庁|県警|府警|道警|警察署|署|捜査本部|捜査[一二三四1-4１-４]課|検察|地検|高検|特捜部)$")
#: R38: what only the one questioned does: a confession, a denial, giving oneself up (the cue, or the words
#: right after the quote: …と殺意を認める供述をした)
_R38_CONFESS = re.compile(r"供述|自供|自白|白状|出頭|否認")
#: R38: an admission of the charge (認める alone is also a body admitting a fault: 県警は不備を認めた)
_R38_ADMIT = re.compile(r"(?:容疑|犯行|殺意|関与|罪)(?:について|も|を|は)?(?:大筋|全面的に|一部)?(?:で)?認め")
#: R38: the setting of a questioning before the words (調べに対し / 取り調べで / 事情聴取したところ)
_R38_QUESTIONED = re.compile(r"調べに対し|取り?調べ(?:に|で)|事情聴取(?:に対し|で|したところ|の際)|事情を聞いたところ|聴取に対し")
#: R38: the interrogator as the one spoken to after the words (…と、警視庁に対して話している)
_R38_TO_INTERROGATOR = re.compile(r"[^、。「」]{0,20}?(?:に対し(?:て)?|に)、?(?:話|述べ|語|説明|答え)")


def _r38_interrogator(doc, key: str | None) -> bool:
    """R38: ``key`` is a police force, a station or squad of one, or prosecutors (by its name or a mention)."""
    ent = entity_by_key(doc, key) if key else None
    if ent is None or ent.type != "ORG":
        return False
    return any(_R38_INTERROGATOR.search(n) for n in [ent.name] + [doc.text[a:b] for a, b in ent.mentions])


def _r38_suspect(doc, lo: int, hi: int) -> str | None:
    """R38: the suspect named last before ``hi`` (from ``lo``; the first of a pair named in one sentence): a person whose mention is followed by 容疑者 / 被告
    / 被疑者, or a person who is the は / が subject there."""
    text = doc.text
    hits = []
    for a, b, key in mentions_in(doc, lo, hi):
        if entity_type(doc, key) != "PERSON":
            continue
        after = text[b:b + 8]
        if re.match(r"(?:容疑者|被告|被疑者|受刑者)", after) or re.match(r"(?:容疑者|被告)?(?:は|が)", after):
            hits.append((doc.sentence_at(a), key))
    if not hits:
        return None
    # of the suspects named in the last sentence that names one, the first (a pair named together: the
    # first named speaks first, the gold's convention)
    return next(k for si, k in hits if si == hits[-1][0])


def _r38_questioned_speakers(doc, quotes: list[Quote]) -> None:
    """R38: a police force (or prosecutors) is never the speaker of the words of the one it questions: words
    confessed, denied or told when questioned (…と供述した / 「…」と自供し / 調べに対し「…」と話している /
    「…」と、警視庁に対して話している / 容疑を認め「…」と説明). The force was carried over from the sentence
    before (警察は男を逮捕した。調べに対し…) or taken as the topic of the questioning (警視庁は少年に事情聴取
    したところ「…」と自供した). The words are the suspect's: the person named last before them as a suspect or as
    a subject (in the sentence or the one before), else nobody named (a null speaker)."""
    text = doc.text
    for q in quotes:
        if not _r38_interrogator(doc, q.speaker):
            continue
        si = doc.sentence_at(q.start)
        if si is None:
            continue
        s = doc.article.sentences[si]
        cue = q.cue or ""
        # the words of another report in the sentence set no scene for these (県警は、男が調べに対し否認
        # していることを明らかにしたうえで、「…」と述べた: the force's own words after its report)
        prev_end = max((o.end for o in quotes if o is not q and s.start <= o.end <= q.start), default=s.start)
        next_start = min((o.start for o in quotes if o is not q and q.end <= o.start < s.end), default=s.end)
        after = text[q.end:min(next_start, q.end + 25)]
        # a questioning or an admission told before the force named as this report's own subject sets no
        # scene for it (容疑を認めており、同庁ではこれらも…とみている / 事情聴取に対して…と供述しており、
        # 警視庁は…としている: the force's own view)
        sp = q.speaker_span
        b0 = sp[1] if sp is not None and s.start <= sp[0] < q.start else s.start
        b0 = max(b0, prev_end)
        before = text[b0:q.start]
        if not (_R38_CONFESS.search(cue) or _R38_CONFESS.search(after[:15]) or _R38_ADMIT.search(before)
                or _R38_ADMIT.search(after) or _R38_QUESTIONED.search(before)
                or (_R38_TO_INTERROGATOR.match(after.lstrip("」』、").removeprefix("と").lstrip("、"))
                    and _r38_interrogator_named(doc, q.end, min(next_start, q.end + 25)))):
            continue
        lo = doc.article.sentences[si - 1].start if si > 0 else s.start
        key = _r38_suspect(doc, lo, q.start)
        q.speaker = key
        q.speakers = None
        q.speaker_span = None


def _r38_interrogator_named(doc, a: int, b: int) -> bool:
    """R38: a police force or prosecutors named between ``a`` and ``b``."""
    return any(_r38_interrogator(doc, k) for _, _, k in mentions_in(doc, a, b))


#: R43: a medium named as the relay of a report (毎日新聞によると / 読売新聞と朝日新聞によれば / BBCの報道によると)
_R43_RELAY = re.compile(r"[^。「」]{0,15}?(?:によると|によれば|の報道では)")


def _r43_medium_grounds(doc, quotes: list[Quote]) -> None:
    """R43: a news medium carried from earlier (no speaker phrase in the sentence: ``speaker_span`` is None)
    never holds the grounds of an act that として gives (朝日新聞によると、…。…として、提訴した /
    …として収監された): the medium reports the act, someone unnamed (or named only far back) holds the
    grounds. On the 1,202 gold articles a carried medium before として was right 0 times of 15 (the gold: 6
    a null speaker, 9 another actor, mostly one hodo does not find); a medium named in the sentence
    (毎日新聞は、…として…と報じた) is left alone, and so are としている / とした (a medium's own reading,
    rounds 10, 15, 23). Only a medium named before as the relay of a report (…によると / によれば): one carried
    as the actor of its own business acts itself (TBSは…。そこで「…」として、新番組を始めた, R31 review)."""
    text = doc.text
    for q in quotes:
        if q.speaker is None or q.speaker_span is not None or q.cue != "として":
            continue
        keys = q.speakers or [q.speaker]
        ents = [entity_by_key(doc, k) for k in keys]
        if all(e is not None and _media_entity(e, [e.name] + [text[a:b] for a, b in e.mentions])
               and any(b <= q.start and _R43_RELAY.match(text, b) for _, b in e.mentions) for e in ents):
            q.speaker, q.speakers = None, None


#: R43 review: heads of a topic that is the matter spoken of, never the one who speaks (この問題は「…」と強調した /
#: 工事の遅れは「…」と説明した / 事故の原因は「…」と述べた): the speaker carried stays
_R43_MATTER_HEADS = ("問題", "原因", "理由", "件", "点", "対応", "時期", "結果", "方針", "見通し", "状況", "計画",
                     "内容", "事件", "事故", "可能性", "影響", "経緯", "詳細", "動機", "今後", "進退", "責任", "処分",
                     "遅れ", "被害", "事態", "現状", "課題", "見込み", "予定", "当時", "今回", "最後", "最初")


def _r43_unnamed_subject(doc, quotes: list[Quote]) -> None:
    """R43: words in brackets right after a は / が / も subject of their own (``Xは「…」と`` over at most a 、)
    whose phrase names nobody the entities stage found and is no title that looks back (この小学校は、「…」,
    天皇が「…」, 70歳代の夫婦は「…」): that unnamed subject says them — a null speaker, as for an unnamed
    subject after the cue (…と同級生は話した) — not the speaker carried over from earlier sentences. A head
    that is a title or a body noun (大統領は, 裁判官は, 当局は) keeps the speaker the rules gave it;
    ``Xについては`` / ``Xでは`` are no subject, and a bracket that ends in no predicate completes the noun
    (目的は「…を高めること」としている) rather than being said by it. A speaker named in the sentence as the
    source of a report (気象庁によると、この地域は「…」としている) keeps the words."""
    text = doc.text
    for q in quotes:
        if q.speaker is None or q.speaker_span is not None or q.start < 1 or text[q.start - 1] not in "「『":
            continue
        si = doc.sentence_at(q.start)
        if si is None:
            continue
        toks = doc.sent_toks(si)
        sent, pairs = _sent_of(doc, si, toks)
        o = q.start - 1
        if o not in pairs or not _utterance(text, sent.toks, (o, pairs[o])):
            continue  # (目的は「…を高めること」としている: a noun the words complete, not one who says them)
        k = next((k for k in range(len(sent.toks) - 1, 0, -1) if sent.toks[k].end <= o
                  and sent.toks[k].text not in ("、", ",")), None)
        if k is None or text[sent.toks[k].end:o].strip("、" + _SPACE):
            continue
        t = sent.toks[k]
        if sent.d(t.start) != 0 or not (t.text in ("は", "も") and t.tag.startswith("助詞-係助詞")
                                        or t.text == "が" and t.tag.startswith("助詞-格助詞")):
            continue
        if sent.toks[k - 1].text in ("で", "に", "と", "から", "まで", "へ", "より", "て", "には", "では"):
            continue
        span = _np_before(doc, sent, k, sent.start)
        if span is None:
            continue
        np = _resolve_np(doc, *span)
        if np.keys or np.kind != "none" or _head_noun(text[span[0]:span[1]]) in (
                TITLE_NOUNS | BODY_NOUNS | _PRONOUN_TITLES):
            continue  # (裁判官は「…」: a title the court or the person named before stands behind)
        if text[span[0]:span[1]].endswith(_R43_MATTER_HEADS):
            continue  # (R43 review: この問題は「…」と強調した: the matter the words are about, not who says them)
        keys = q.speakers or [q.speaker]
        if any(k2 in keys and _R43_RELAY.match(text, b) for _, b, k2 in mentions_in(doc, sent.start, span[0])):
            continue  # (気象庁によると、この地域は「…」としている: the source of the report speaks for its words)
        q.speaker, q.speakers = None, None


def _relayed_opening(doc, sent: _Sent, q: Quote) -> tuple[_NP, int] | None:
    """R30: an unbracketed relayed report whose span opens with ``Xが`` / ``Xは`` (X an actor the
    entities stage linked, or a title; a modifier such as 野党である may come before it) followed,
    before any verb, by a subject of the words' own (内相が治安部隊の24人が死亡した): X said the
    words, which start after the particle (and its 、)."""
    text = doc.text
    ks = [k for k, t in enumerate(sent.toks) if q.start <= t.start and t.end <= q.end]
    k = next((k for k in ks if k > ks[0] and sent.d(sent.toks[k].start) == 0 and (
        sent.toks[k].text == "が" and sent.toks[k].tag.startswith("助詞-格助詞")
        or sent.toks[k].text == "は" and sent.toks[k].tag.startswith("助詞-係助詞"))), None) if ks else None
    if k is None:
        return None
    span = _np_before(doc, sent, k, q.start)
    if span is None or not (span[0] == q.start or re.fullmatch(
            r"[^、。「」]{1,20}?(?:である|の|という|とされる)", text[q.start:span[0]])):
        return None
    if any(u.pos in ("VERB", "AUX", "ADJ") for u in sent.toks[ks[0]:k] if u.start >= span[0]):
        return None  # (the phrase itself holds no verb: not a clause of the words)
    np = _resolve_np(doc, *span)
    if not (np.keys and all(entity_type(doc, x) in ("PERSON", "ORG") for x in np.keys)
            or np.kind == "title" and not np.keys):
        return None
    after = sent.toks[k].end + (1 if text.startswith("、", sent.toks[k].end) else 0)
    for u in sent.toks[k + 1:]:
        if u.end > q.end or u.pos in ("VERB", "AUX", "ADJ"):
            return None
        if u.text in ("が", "は") and u.tag.startswith(("助詞-格助詞", "助詞-係助詞")) and u.start > after:
            return np, after
    return None


#: R43: formal nouns a clause may end in without modifying anybody (…が明らかにしたもので、)
_R43_FORMAL_NOUNS = ("もの", "物", "こと", "事", "の", "ため", "為", "よう", "ところ", "所", "わけ", "はず")


def _r43_in_modifier_clause(doc, a: int, b: int, hi: int) -> bool:
    """R43: the mention [a, b) lies inside a clause that modifies a noun: on its head path in the parse, before
    ``hi``, a verb or adjective the parse attaches to a noun (``acl``: 伊沢さんを知る関係者 / X容疑者が住んでいた
    アパート / X被告の関与を認めていた証人), not a clause chained to the cue (Xが会見し、「…」と述べた: advcl)."""
    toks = doc.tokens_in(a, b)
    if not toks:
        return False
    x = toks[-1]
    for _ in range(16):
        if x.head == x.i:
            return False
        x = doc.tokens[x.head]
        if x.start >= hi or x.sent != toks[-1].sent:
            return False
        if x.dep == "acl" and x.pos in ("VERB", "ADJ") and x.start >= b:
            # (the noun it modifies stands before the words too: a clause the parse hangs on a noun inside
            # them is a misparse of a clause chained to the cue; a formal noun is no one modified: これはX
            # 代表が明らかにしたもので、「…」 is X's)
            n = doc.tokens[x.head]
            return n.start < hi and n.pos in ("NOUN", "PROPN") and n.text not in _R43_FORMAL_NOUNS
    return False


def _r43_modifier_only(doc, q: Quote, key: str) -> bool:
    """R43: every mention of ``key`` in the quote's sentence before the words lies inside a clause that
    modifies a noun (the relative clause of an unnamed subject: 伊沢さんを知る関係者は「…」): the entity is not
    the speaker the ranker may pick — the rules' own choice (a null speaker for the unnamed subject) stays.
    On the 1,202 the ranker made 6 such picks, 5 wrong (the gold names nobody: the acquaintance, the
    neighbour, the witness, the fan) and 1 right (「X」を自称するグループ: a group named by the name it gives
    itself)."""
    si = doc.sentence_at(q.start)
    if si is None:
        return False
    s = doc.article.sentences[si]
    ms = [(a, b) for a, b, k2 in mentions_in(doc, s.start, q.start) if k2 == key and b <= q.start]
    return bool(ms) and all(_r43_in_modifier_clause(doc, a, b, q.start) for a, b in ms)


def _learned_speakers(doc, quotes: list[Quote]) -> None:
    """Re-choose single speakers with the ranker where it beats the rule by the margin."""
    model = speaker_model()
    if not LEARNED_SPEAKER or model is None:
        return
    w = model["weights"]
    margin = float(model.get("margin", 0.0))
    for qi, rows in speaker_candidates(doc, quotes):
        q = quotes[qi]
        sc = speaker_scores(rows, w)
        best = max(range(len(rows)), key=lambda i: (sc[i], rows[i][0] == q.speaker))
        rule = next(i for i, (k, _) in enumerate(rows) if k == q.speaker)
        if rows[best][0] != q.speaker and sc[best] - sc[rule] > margin:
            if rows[best][0] is not None and _r43_modifier_only(doc, q, rows[best][0]):
                continue  # R43: the ranker's pick is named only inside a clause that modifies a noun
            q.speaker = k = rows[best][0]
            q.speaker_span = None
            si = doc.sentence_at(q.start)
            if k is not None and si is not None:
                s = doc.article.sentences[si]
                ms = [(a, b) for a, b, k2 in mentions_in(doc, s.start, s.end)
                      if k2 == k and (b <= q.start or a >= q.end)]
                if ms:  # the mention nearest before the quote, else the first after it
                    before = [m for m in ms if m[1] <= q.start]
                    q.speaker_span = before[-1] if before else ms[0]
