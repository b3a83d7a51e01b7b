"""Round 44, material event types (evmat): new rows 殴る and 返上, rows dropped for their false
alarms (離党, 退位, 融資, 虐待; 辞める kept for a post only, round 44 review), 衝突 in a vehicle
accident, 断念 of a plan rather
than a post or a race, a beating chained into a killing. Sentences written for these tests."""
from __future__ import annotations

import pytest

from .test_event_triggers import _coded as _events  # (article, [(type, trigger surface)])


@pytest.mark.parametrize("text,typ,word", [
    # 殴る (lemma row, gen_target as 刺す): a beating of a named victim
    ("佐藤容疑者は駅のホームで会社員の山田一郎さんの顔を殴った。", "ASSAULT", "殴"),
    # 返上: a body hands back a right, an event or a title
    ("新潟県の田中知事は5日、国民体育大会の開催を返上すると発表した。", "RETREAT", "返上"),
    # 断念 of a post or a race stays a RETREAT
    ("山田一郎知事は5日、3選を目指した知事選への立候補を断念した。", "RETREAT", "断念"),
    # 衝突 of two armed parties stays an ASSAULT
    ("ガザ地区でイスラエル軍とハマスが衝突した。", "ASSAULT", "衝突"),
    # (round 44 review) ... even with a vehicle named after it in the sentence
    ("イラク北部でトルコ軍とクルド人武装勢力が衝突し、装甲車両2台が炎上した。", "ASSAULT", "衝突"),
    # (round 44 review) 辞める with a post as its object is a resignation
    ("緑風党の山田一郎代表は5日、党代表を辞めると表明した。", "RETREAT", "辞め"),
    # SANCTION rows next to the dropped ones stay
    ("自民党は5日、山田太郎議員を除名した。", "SANCTION", "除名"),
    ("日本政府は北朝鮮に対する経済制裁を発動した。", "SANCTION", "制裁"),
])
def test_round44_evmat_fires(text, typ, word):
    _, evs = _events(text)
    assert any(t == typ and w.startswith(word) for t, w in evs), evs


@pytest.mark.parametrize("text,typ", [
    # 殴る: another lemma (殴り書き) is no beating; 返上 in an idiom (汚名返上) is no act
    ("山田一郎は会議中にメモを殴り書きした。", "ASSAULT"),
    ("田中選手は汚名返上を誓った。", "RETREAT"),
    # 衝突 beside a vehicle or an accident word: a crash, not a clash
    ("東日本旅客鉄道の電車が踏切で日本通運のトラックと衝突した。", "ASSAULT"),
    ("イージス艦が千葉県の漁船と衝突した。", "ASSAULT"),
    # (round 44 review) an army's own truck in a traffic accident
    ("沖縄県内の国道で米軍のトラックが乗用車と衝突し、運転手が軽いけがをした。", "ASSAULT"),
    # (round 44 review) 返上 of a bad name or of one's own pay; 辞める of a job, 断念 of a start in a race
    ("日本代表は昨年の雪辱を果たし、汚名を返上した。", "RETREAT"),
    ("山田一郎社長は、不祥事を受けて役員報酬の3割を返上すると発表した。", "RETREAT"),
    ("山田一郎容疑者は、3年前に勤め先の運送会社を辞めたという。", "RETREAT"),
    ("山田一郎選手は、右膝のけがのため世界選手権への出場を断念した。", "RETREAT"),
    # 断念 of a plan or a business: no retreat
    ("トヨタ自動車は5日、新工場の建設を断念した。", "RETREAT"),
    ("山田一郎知事は5日、新庁舎の建設計画を断念した。", "RETREAT"),
    # rows dropped: the gold codes them in few of their uses
    ("自民党の山田太郎議員は5日、自民党を離党した。", "SANCTION"),
    ("アルビア王国のカール国王は5日、退位した。", "RETREAT"),
    ("みずほ銀行は東西電機に50億円を融資した。", "AID"),
    ("兵庫県警は、山田一郎容疑者が飼い犬を虐待していたとみている。", "ASSAULT"),
])
def test_round44_evmat_no_event(text, typ):
    _, evs = _events(text)
    assert not any(t == typ for t, _ in evs), evs


@pytest.mark.parametrize("text,kept,dropped", [
    # a beating chained into a killing: one ASSAULT, on the killing
    ("田中次郎容疑者は知人の男性を殴って殺害した。", "殺害", "殴"),
    # a beating with an injury of its own stays
    ("田中次郎容疑者は山田一郎さんを殴り、けがを負わせた。", "殴", "殺害"),
])
def test_round44_evmat_beating_chained_into_a_killing(text, kept, dropped):
    _, evs = _events(text)
    words = [w for t, w in evs if t == "ASSAULT"]
    assert any(w.startswith(kept) for w in words) and not any(w.startswith(dropped) for w in words), evs
