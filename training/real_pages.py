#!/usr/bin/env python3
"""Evaluation pages shaped like real hijacked and genuine Chinese web pages.

    python3 training/real_pages.py --corpus CACHE/pd199801.tsv --split dev|test \
        --seed S --pages N --out FILE.jsonl

pages.py injects lottery spam into 1998 newspaper articles; the pages the
project is finally measured on are real ones: brand-SEO casino sites,
government and school sites whose <title> carries a casino brand, copied news
with an organisation's name swapped for a brand, betting guides, keyword
farms, hidden link blocks, keyword-stuffed scraped text, and beside them the
genuine pages that use the same words (Macau gaming news, lottery portals with
their 开奖查询 / 走势图 / 竞彩 menus, court and police news, anti-fraud
warnings, sports odds and sponsors). This script builds such pages, one family
per page (FAMILIES), from held-out material only:

* genuine text: the held-out articles of one split of the People's Daily
  corpus (split.py, via pages.load_corpus) and gaming_news with heldout=True;
* spam text: brand_spam with heldout=True (held-out brands, templates and
  name parts: brand_spam.HELDOUT) and spam.py's lottery-spam generators.
  No heldout=False generator is ever called: those write the training rows.

One JSON object per line (UTF-8):

    {"id", "html" | "text", "label": "spam" | "genuine", "source": "real_pages",
     "category": <family>, "group": "polluted" | "clean" | "hard_negative",
     "article": <corpus article id or null>, "gold": [{"kind", "obfuscation"}, ...]}

Gold spans are marked in place with pages.py's markers (U+F0000 + 2n opens
span n, U+F0000 + 2n + 1 closes it; numbered in document order, never nested,
never around a tag): on hijacked pages exactly the injected text (glued title
phrases, meta phrases, hidden links, inserted copies, swapped brand mentions);
on whole spam-site pages every gambling line (title, headings, promo
paragraphs, hall descriptions, link lists, contacts, footer) -- what a cleaner
should cut -- while neutral chrome (首页, 关于我们, a bare ICP line) and
genuine text quoted by the spammer stay unmarked. Gold kinds: title, meta,
heading, nav, promo, link, contact, footer, brand_swap, keyword, inline,
hidden, stuffing. "obfuscation" is none, or traditional / fullwidth on pages
written in traditional characters or with full-width digits (and spam.py's
obfuscations on the few keyword-farm and hidden-link phrases that carry one).

Deterministic: same corpus + code + seed => byte-identical file; page i draws
from random.Random(f"{seed}:real:{i}"), the family plan from
random.Random(f"{seed}:real-plan"). The output contains corpus text: never
commit it. Page shells (navigation, hall blurbs, steps of a betting guide,
footers, company text of disguised sites) are written here by the spamscan
developers; nothing is copied from real pages or ../shared/realdev.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import time
from dataclasses import dataclass, field

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # keep training/ free of __pycache__

import brand_spam as bs  # noqa: E402
import gaming_news as gn  # noqa: E402
import genuine_web as gw  # noqa: E402
import lexicon  # noqa: E402
import pages as pg  # noqa: E402
import spam  # noqa: E402
import split  # noqa: E402

SOURCE = "real_pages"
HELD = bs.HELDOUT  # the only brand_spam side used here

# (family, weight); spam and genuine weights each sum to 50.
SPAM_FAMILIES = (("brand_site", 8), ("hijacked_title", 10), ("brand_swapped_news", 6), ("betting_guide", 6),
                 ("keyword_farm", 7), ("hidden_links", 7), ("text_stuffed", 6))
GENUINE_FAMILIES = (("macau_news", 5), ("operator_news", 4), ("regulation", 3), ("court_police", 4), ("antifraud", 4),
                    ("lottery_official", 4), ("lottery_channel", 6), ("sports_odds", 4), ("sports_sponsor", 3),
                    ("casino_travel", 3), ("plain_news", 6), ("text_genuine", 4))
FAMILIES = tuple(f for f, _ in SPAM_FAMILIES + GENUINE_FAMILIES)
SPAM = frozenset(f for f, _ in SPAM_FAMILIES)
CLEAN_GENUINE = frozenset(("plain_news", "text_genuine"))  # ordinary articles: group clean
TEXT_FAMILIES = frozenset(("text_stuffed", "text_genuine"))  # plain-text documents

# ---------------------------------------------------------------- traditional characters

# simplified -> traditional, beyond lexicon/traditional.tsv (which wins where
# both list a character); one-to-many characters (里, 面, 干, 只, 复, 制, 松, 系)
# are left out rather than guessed.
_S2T_EXTRA = """
欢歡 访訪 问問 题題 务務 员員 应應 营營 监監 构構 许許 启啟 护護 险險 购購 卖賣 价價 质質 评評 览覽 浏瀏
阅閱 闻聞 综綜 统統 据據 标標 签簽 处處 紧緊 张張 归歸 广廣 节節 块塊 观觀 觉覺 讲講 师師 带帶 导導 产產
势勢 齐齊 宁寧 静靜 轻輕 畅暢 尽盡 从從 伦倫 罗羅 兰蘭 萨薩 丽麗 纳納 贝貝 银銀 设設 计計 对對 称稱 属屬
杂雜 岁歲 满滿 参參 过過 没沒 话話 邮郵 协協 议議 隐隱 条條 帮幫 佣傭 励勵 礼禮 晋晉 贵貴 队隊 赞贊 战戰
岛島 尔爾 顶頂 闭閉 动動 术術 态態 闲閒 谨謹 户戶 苹蘋 简簡 达達 联聯 兴興 汉漢 欧歐 环環 滚滾 剧劇 韩韓
荣榮 誉譽 总總 亲親 爱愛 宾賓 馆館 层層 楼樓 顾顧 谁誰 读讀 写寫 讨討 语語 调調 样樣 么麼 着著 见見 识識
别別 变變 转轉 换換 连連 续續 络絡 钟鐘 间間 纸紙 书書 画畫 乡鄉 县縣 镇鎮 灯燈 频頻 销銷 预預 测測 获獲
争爭 决決 军軍 庄莊 积積 兑兌 软軟 择擇 极極 责責 适適 诈詐 骗騙 伪偽 举舉 颁頒 扑撲 将將 种種 导導 凭憑
状狀 况況 项項 类類 档檔 范範 围圍 训訓 练練 组組 织織 绩績 绝絕 审審 税稅 补補 贴貼 贷貸 债債 该該 湾灣
滨濱 桥橋 宫宮 寻尋 梦夢 园園 鸟鳥 狮獅 鹰鷹 鸭鴨 鲸鯨 鲨鯊 圣聖 庆慶 锦錦 锋鋒 种種 于於 拥擁 岭嶺 泽澤
尝嘗 带帶 闪閃 随隨 领領 户戶 极極 两兩 严嚴 丽麗 举舉 义義 乌烏 乔喬 习習 书書 买買 乱亂 争爭 亏虧 云雲
亚亞 产產 亩畝 亲親 亿億 仅僅 从從 仑崙 仓倉 仪儀 们們 价價 众眾 优優 会會 伞傘 伟偉 传傳 伤傷 伦倫 伪偽
体體 余餘 佣傭 侠俠 侣侶 侦偵 侧側 侨僑 俭儉 债債 倾傾 偿償 储儲 儿兒 党黨 兰蘭 关關 兴興 养養 兽獸
内內 冈岡 册冊 写寫 军軍 农農 冯馮 决決 况況 冻凍 净淨 凉涼 减減 凑湊 凛凜 几幾 凤鳳 凭憑 凯凱 击擊
划劃 则則 刚剛 创創 删刪 别別 剂劑 剑劍 剧劇 劝勸 办辦 务務 动動 励勵 劲勁 劳勞 势勢 勋勳 匀勻
华華 协協 单單 卖賣 卢盧 卫衛 却卻 厂廠 厅廳 历歷 压壓 厌厭 厕廁 厨廚 县縣 参參 双雙 发發 变變 叙敘 叠疊
号號 叹嘆 吓嚇 吕呂 吗嗎 吨噸 听聽 启啟 吴吳 员員 呜嗚 响響 哑啞 唤喚 啸嘯 团團 园園 围圍 图圖 圆圓 圣聖
场場 坏壞 块塊 坚堅 坛壇 坝壩 坟墳 垄壟 垒壘 垦墾 执執 扩擴 扫掃 扬揚 扰擾 抚撫 抛拋 抢搶 护護 报報 担擔
拟擬 拢攏 拥擁 拦攔 拨撥 择擇 挂掛 挡擋 挥揮 损損 捡撿 换換 据據 掷擲 摄攝 摆擺 摇搖 撑撐 敌敵 数數 断斷
时時 旷曠 显顯 晒曬 晓曉 晕暈 暂暫 术術 机機 杀殺 杂雜 权權 条條 来來 杨楊 极極 构構 枪槍 柜櫃 标標 栏欄
树樹 样樣 档檔 桥橋 梦夢 检檢 楼樓 欢歡 欧歐 残殘 毕畢 气氣 汇匯 汤湯 沟溝 没沒 沪滬 泪淚 泽澤 洁潔 洒灑
浅淺 测測 济濟 浓濃 涛濤 润潤 涨漲 渐漸 温溫 游遊 湾灣 湿濕 满滿 滚滾 灭滅 灯燈 灵靈 灾災 炉爐 点點 炼煉
烟煙 热熱 爱愛 爷爺 牵牽 犹猶 狮獅 独獨 猎獵 献獻 玛瑪 环環 现現 电電 画畫 畅暢 疗療 监監 盖蓋 盘盤 码碼
确確 礼禮 离離 种種 积積 称稱 稳穩 穷窮 竞競 笔筆 笼籠 筑築 简簡 粮糧 紧緊 纠糾 红紅 纪紀 约約 级級 纯純
纳納 纸紙 线線 练練 组組 细細 织織 终終 经經 结結 绕繞 给給 统統 继繼 绩績 续續 维維 综綜 绿綠 缘緣 编編
网網 罚罰 罢罷 职職 联聯 聪聰 肃肅 胁脅 脑腦 脚腳 艰艱 节節 范範 荣榮 药藥 获獲 营營 蓝藍 虑慮 补補 装裝
观觀 规規 视視 览覽 觉覺 计計 认認 让讓 议議 记記 讲講 论論 设設 访訪 证證 评評 识識 诉訴 诊診 译譯 试試
诗詩 诚誠 话話 询詢 该該 详詳 语語 误誤 说說 请請 读讀 课課 谁誰 调調 谈談 谢謝 贝貝 负負 贡貢 财財
责責 败敗 货貨 质質 购購 贯貫 费費 贴貼 贵貴 贷貸 贸貿 资資 赏賞 赔賠 赛賽 赞贊 赶趕 趋趨 跃躍 践踐 车車
轨軌 转轉 轮輪 软軟 轻輕 载載 较較 辅輔 辆輛 辉輝 输輸 边邊 达達 迁遷 过過 运運 还還 这這 进進 远遠 连連
迟遲 适適 选選 递遞 逻邏 遗遺 邮郵 邻鄰 郑鄭 酱醬 释釋 针針 钓釣 钟鐘 钢鋼 钱錢 铁鐵 铜銅 银銀 链鏈 销銷
锁鎖 锅鍋 错錯 键鍵 镇鎮 长長 门門 闪閃 闭閉 问問 闯闖 闲閒 间間 闻聞 阅閱 队隊 阳陽 阶階 际際 陆陸 陈陳
险險 随隨 隐隱 难難 雾霧 静靜 页頁 项項 顺順 须須 顾顧 顿頓 预預 领領 频頻 题題 颜顏 风風 飞飛 饭飯 饮飲
馆館 驱驅 驶駛 驾駕 验驗 骑騎 鱼魚 鲜鮮 鸡雞 鸣鳴 麦麥 黄黃 齐齊 龙龍 尽盡 层層 岁歲 岛島 峡峽 币幣 师師
帐帳 带帶 帮幫 广廣 庆慶 库庫 应應 废廢 开開 异異 弃棄 张張 弹彈 强強 归歸 当當 录錄 彻徹 径徑 忆憶 忧憂
怀懷 态態 总總 恋戀 恶惡 悬懸 惊驚 惯慣 愿願 懒懶 战戰 户戶 厦廈 庙廟 鹅鵝 娱娛 乐樂 滨濱 赠贈 赖賴 彻徹 询詢 缴繳 测測 赌賭 垒壘
"""


# words whose traditional form a character map gets wrong (注 is 註 only in 註冊 …)
S2T_WORDS = (("注册", "註冊"), ("注销", "註銷"), ("复制", "複製"), ("回复", "回覆"), ("恢复", "恢復"), ("制作", "製作"))
S2T_KEEP = "注"  # lexicon/traditional.tsv maps it to 註; 投注, 注意 keep 注


def _build_s2t() -> dict[int, str]:
    table = dict(lexicon.load_traditional())
    for tok in _S2T_EXTRA.split():
        if len(tok) == 2 and tok[0] != tok[1]:
            table.setdefault(tok[0], tok[1])
    for ch in S2T_KEEP:
        table.pop(ch, None)
    return {ord(k): v for k, v in table.items()}


S2T = _build_s2t()
TRAD_ONLY = frozenset(S2T.values()) - {chr(k) for k in S2T} - {"著"}  # 著 is simplified too (著名)
FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")


def to_trad(s: str) -> str:
    """`s` in traditional characters (a few words, then character for character; markers kept)."""
    for a, b in S2T_WORDS:
        s = s.replace(a, b)
    return s.translate(S2T)


def is_trad(s: str) -> bool:
    """Whether `s` is written in traditional characters (a few distinctly traditional ones)."""
    return sum(ch in TRAD_ONLY for ch in s) >= 3


# ---------------------------------------------------------------- small helpers

Raw = pg.Raw
esc = pg.esc
attr = pg.attr


def digits(r: random.Random, n: int) -> str:
    return gw.digits(r, n)


def pick(r: random.Random, pairs) -> str:
    return r.choices([p for p, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def ul(title: str | None, items: list[str], cls: str = "list", links: bool = True, r: random.Random | None = None) -> Raw:
    """A titled list block; items may hold markers (escaped here)."""
    lis = []
    for it in items:
        if links and r is not None:
            lis.append(f'<li><a href="/{r.choice(("news", "html", "a", "content", "info"))}/{r.randint(1000, 999999)}.html">{esc(it)}</a></li>')
        else:
            lis.append(f"<li>{esc(it)}</li>")
    head = f"<h3>{esc(title)}</h3>" if title else ""
    return Raw(f'<div class="{cls}">{head}<ul>' + "".join(lis) + "</ul></div>")


class Marks:
    """Gold spans of one document: mark() wraps a text in the markers of the next span."""

    def __init__(self) -> None:
        self.gold: list[dict] = []

    def mark(self, text: str, kind: str, obf: str = "none") -> str:
        text = text.strip()
        if not text or pg.has_marker(text):
            raise AssertionError(f"bad span text {text!r}")
        n = len(self.gold)
        self.gold.append({"kind": kind, "obfuscation": obf})
        return pg.open_marker(n) + text + pg.close_marker(n)

    def ranges(self, text: str, ranges: list[tuple[int, int]], kind: str) -> str:
        """Marks the code-point ranges [a, b) of `text` (brand_spam.glued_title's)."""
        out, last = [], 0
        for a, b in ranges:
            out.append(text[last:a])
            out.append(self.mark(text[a:b], kind))
            last = b
        out.append(text[last:])
        return "".join(out)


# ---------------------------------------------------------------- body editing (pages.py's word-ish boundaries)


def text_segments(pars: list[list[str]], first: int | None = None, min_len: int = 6) -> list[tuple[int, int]]:
    """(paragraph, segment) indices of unmarked plain-text segments of the first `first` paragraphs."""
    scope = pars if first is None else pars[:first]
    return [(pi, si) for pi, par in enumerate(scope) for si, seg in enumerate(par)
            if not isinstance(seg, Raw) and not pg.has_marker(seg) and len(seg) >= min_len]


def insertion_point(r: random.Random, pars: list[list[str]], segs: list[tuple[int, int]]) -> tuple[int, int, int] | None:
    """A random (paragraph, segment, offset) word-ish boundary among `segs`, or None."""
    segs = list(segs)
    while segs:
        pi, si = segs.pop(r.randrange(len(segs)))
        cands = pg.word_boundaries(pars[pi][si])
        if cands:
            return pi, si, r.choice(cands)
    return None


def insert_at(pars: list[list[str]], at: tuple[int, int, int], new: str) -> None:
    pi, si, i = at
    seg = pars[pi][si]
    pars[pi][si:si + 1] = [seg[:i], new, seg[i:]]


# ---------------------------------------------------------------- corpus context

ORG_SUFFIXES = ("公司", "集团", "银行", "医院", "大学", "学院", "学校", "中学", "小学", "协会", "研究所", "研究院",
                "委员会", "报社", "电视台", "博物馆", "图书馆", "俱乐部", "工厂", "局", "厅", "厂")
SHORT_OK = ("公司", "集团", "银行", "医院", "大学", "学院", "中学", "小学", "协会", "委员会", "研究所", "研究院")
ORG_STOP = set("的了在是和与及对从向将把被为也都又就而但该本我其这那此各每全由据经到给让等以于同说有个一上下位名家所多图万千百十")
ORG_LEFT = set("的了在是和与及对从向将把被为也都又就而但据由经称自请让使同到给以于说")  # characters a name may follow
ORG_INNER_STOP = set("的了着为是在和与及对涉")
# state and party organs are left alone: brand swappers target schools, companies, bureaus, clubs
ORG_SKIP = ("中共", "中央", "国务院", "政治局", "全国委员会", "人大", "政协", "当局", "全局", "大局", "格局")
ORG_RE = re.compile("|".join(sorted(ORG_SUFFIXES, key=len, reverse=True)))


def repeated_org(text: str) -> str | None:
    """The organisation name a brand-swapping spammer would replace: a 3-8
    ideograph name ending in an organisation word (公司, 银行, 局 …) that
    occurs at least twice; the most frequent, then the longest."""
    best = None
    for m in ORG_RE.finditer(text):
        end = m.end()
        suffix = m.group()
        for n in range(max(3, len(suffix) + 1), 9):
            if n < 4 and suffix not in SHORT_OK:
                continue
            cand = text[end - n:end]
            before = text[end - n - 1] if end - n - 1 >= 0 else "。"
            if (len(cand) < n or not all(cjk(c) for c in cand) or cand[0] in ORG_STOP
                    or any(c in ORG_INNER_STOP for c in cand) or any(w in text[max(0, end - n - 3):end] for w in ORG_SKIP)):
                continue
            if cjk(before) and before not in ORG_LEFT:  # no word boundary on the left yet: extend
                continue
            c = text.count(cand)
            if c < 2:
                break
            key = (min(c, 6), n)
            if best is None or key > best[0]:
                best = (key, cand)
    return best[1] if best else None


@dataclass
class Article:
    """A genuine article: headline, optional subtitle, paragraphs of sentences."""

    headline: str
    subtitle: str | None
    pars: list[list[str]]
    aid: str | None
    kind: str  # "corpus" or a gaming_news kind


class Ctx:
    """The held-out material of one split."""

    def __init__(self, corpus: dict[str, list[str]]) -> None:
        self.corpus = corpus
        self.usable = sorted(a for a, s in corpus.items() if len(pg.article_parts(s)[2]) >= 3 and pg.article_parts(s)[0])
        if not self.usable:
            raise ValueError("no held-out article with a headline and at least 3 body sentences")
        self.orgs: dict[str, str] = {}
        scores = {}
        for a in self.usable:
            head, _, body = pg.article_parts(corpus[a])
            text = "".join(body)
            org = repeated_org(text)
            if org:
                self.orgs[a] = org
            terms = pg.headline_terms(head, text)
            scores[a] = sum(text.count(t) for t in terms)
        self.with_org = sorted(self.orgs)
        ranked = sorted(self.usable, key=lambda a: (-scores[a], a))
        self.repetitive = ranked[: max(3, len(ranked) // 4)]

    def article(self, r: random.Random, aid: str | None = None, n_par: tuple[int, int] = (3, 10)) -> Article:
        aid = aid or r.choice(self.usable)
        head, sub, body = pg.article_parts(self.corpus[aid])
        n = min(r.randint(*n_par), len(body))
        n_sent = r.randint(n, min(len(body), n * 3))
        start = r.randint(0, len(body) - n_sent)
        window = body[start:start + n_sent]
        cuts = sorted(r.sample(range(1, len(window)), n - 1)) if n > 1 else []
        bounds = [0] + cuts + [len(window)]
        pars = [window[a:b] for a, b in zip(bounds, bounds[1:])]
        return Article(head or pg.headline_from(window[0]), sub if r.random() < 0.5 else None, pars, aid, "corpus")


def news_article(r: random.Random, kind: str) -> Article:
    """A held-out gaming_news article; paragraphs split into sentences where they end."""
    title, paras = gn.article(r, kind, heldout=True)
    pars = []
    for p in paras:
        sents = [s for s in re.findall(r"[^。！？]*[。！？”」]+|[^。！？]+$", p) if s]
        pars.append(sents or [p])
    return Article(title, None, pars, None, kind)


# ---------------------------------------------------------------- sites (genuine chrome)


@dataclass
class Site:
    """A genuine site's chrome: name, navigation, breadcrumb, footer lines, side blocks."""

    kind: str
    name: str
    nav: list[str]
    crumb: str
    top: str
    footer: list[str]
    side: list[Raw] = field(default_factory=list)
    lang: str = "zh-CN"
    editor: str = "责任编辑："


def _icp_lines(r: random.Random) -> list[str]:
    pv = r.choice(gw.PROV_ABBR)
    out = [f"{pv}ICP备{digits(r, 8)}号" + (f"-{r.randint(1, 6)}" if r.random() < 0.5 else "")]
    if r.random() < 0.6:
        out.append(f"{pv}公网安备 {digits(r, 14)}号")
    return out


def _addr(r: random.Random, city: str) -> str:
    return f"{city}市{r.choice(gw.DISTRICTS)}区{r.choice(gw.ROADS)}{r.randint(1, 999)}号"


def _top_gov(r: random.Random) -> str:
    k = r.randrange(3)
    if k == 0:
        return f"今天是：{gw.date(r, False)} {r.choice(gw.WEEKDAYS)}"
    if k == 1:
        return r.choice((" | ", "　")).join(r.sample(["无障碍浏览", "长者模式", "简体", "繁體", "登录", "注册", "English", "移动版", "政务微博", "政务微信"], r.randint(3, 6)))
    return gw.weather(r)


def _headline_list(r: random.Random, n: int) -> list[str]:
    return [gw.headline(r) for _ in range(n)]


def site_news(r: random.Random) -> Site:
    name = gw.site(r)
    items = ["首页"] + r.sample(list(gw.SECTIONS) + gw.NAV_EXTRA[1:], r.randint(5, 11))
    footer = []
    if r.random() < 0.5:
        footer.append(pg.friend_links(r))
    footer += [gw.copyright(r) for _ in range(r.randint(1, 3))] + [gw.contact(r) for _ in range(r.randint(0, 2))]
    side = [ul(r.choice(("热点推荐", "24小时热榜", "相关新闻", "编辑推荐")), _headline_list(r, r.randint(3, 7)), "side-list", r=r)] if r.random() < 0.6 else []
    return Site("news", name, items, gw.breadcrumb(r), gw.chrome(r) if r.random() < 0.6 else gw.weather(r), footer, side)


def site_gov(r: random.Random) -> Site:
    city = r.choice(gw.CITIES)
    k = r.random()
    if k < 0.35:
        name = f"{city}市人民政府"
    elif k < 0.6:
        name = f"{city}市{r.choice(gw.DISTRICTS)}区人民政府"
    else:
        name = f"{city}市{r.choice(gw.ORG_DEPTS)}"
    short = name.replace("人民政府", "")
    nav = ["首页"] + r.sample(["政务公开", "政务服务", "互动交流", f"走进{short}", "专题专栏", "政策文件", "通知公告", "政策解读",
                              "数据发布", "公众参与", "机构设置", "工作动态", "信息公开目录", "依申请公开"], r.randint(5, 9))
    crumb = r.choice(("当前位置：首页 > 政务公开 > 通知公告", "您的位置：首页 > 工作动态", "当前位置：首页 > 新闻中心 > 部门动态",
                      "首页 > 信息公开 > 政策文件", f"您现在的位置：{name} > 政务公开 > 工作动态"))
    footer = [f"主办单位：{name}" + r.choice(("办公室", "", "办公室　承办单位：" + city + "市大数据管理局")),
              f"网站标识码：{digits(r, 10)}"] + _icp_lines(r)
    footer += r.sample([f"地址：{_addr(r, city)}　邮编：{digits(r, 6)}", f"联系电话：{gw.phone(r, city)}",
                        "建议使用1366×768以上分辨率、IE10以上版本浏览器访问本网站", "网站地图 | 联系我们 | 隐私声明 | 使用帮助",
                        "政府网站找错", f"{city}市人民政府版权所有，未经许可不得转载"], r.randint(1, 4))
    side = [ul(r.choice(("通知公告", "工作动态", "政策解读")), _headline_list(r, r.randint(3, 6)), "notice", r=r)] if r.random() < 0.5 else []
    return Site("gov", name, nav, crumb, _top_gov(r), footer, side)


CN_ORD = "一二三四五六七八九十"


def site_school(r: random.Random) -> Site:
    city = r.choice(gw.CITIES)
    k = r.random()
    if k < 0.35:
        name = f"{city}市第{r.choice(CN_ORD)}中学"
    elif k < 0.55:
        name = f"{city}市{r.choice(gw.ROADS).rstrip('路街道大')}小学"
    elif k < 0.8:
        name = f"{city}{r.choice(('职业技术学院', '师范学院', '科技职业学院', '理工学院', '医学高等专科学校'))}"
    else:
        name = f"{city}大学{r.choice(('外国语学院', '经济管理学院', '信息工程学院', '继续教育学院', '体育学院'))}"
    nav = ["首页"] + r.sample(["学校概况", "新闻动态", "通知公告", "教育教学", "德育天地", "党建工作", "招生信息", "校园文化",
                              "教师发展", "学生天地", "招生就业", "科学研究", "合作交流", "联系我们"], r.randint(5, 9))
    crumb = r.choice(("当前位置：首页 > 新闻动态", "首页 > 通知公告 > 正文", "您的位置：首页 >> 校园新闻", "当前位置: 网站首页 > 教育教学"))
    footer = [f"版权所有 © {r.randint(2012, 2026)} {name}", f"地址：{_addr(r, city)}　邮编：{digits(r, 6)}",
              f"电话：{gw.phone(r, city)}" + (f"　传真：{gw.phone(r, city)}" if r.random() < 0.5 else "")] + _icp_lines(r)
    if r.random() < 0.4:
        footer.append(f"技术支持：{city}{r.choice(('智慧', '云联', '数创'))}{r.choice(('信息技术', '网络科技'))}有限公司")
    side = [ul(r.choice(("通知公告", "校园快讯", "热点新闻")), _headline_list(r, r.randint(3, 6)), "notice", r=r)] if r.random() < 0.5 else []
    return Site("school", name, nav, crumb, _top_gov(r) if r.random() < 0.5 else "设为首页 | 加入收藏 | 联系我们", footer, side)


def site_police(r: random.Random) -> Site:
    city = r.choice(gw.CITIES)
    name = r.choice((f"{city}市公安局", f"平安{city}", f"{city}市公安局{r.choice(gw.DISTRICTS)}分局", f"{city}市反诈骗中心"))
    nav = ["首页"] + r.sample(["警务公开", "警方提示", "反诈专区", "办事指南", "网上服务", "警营风采", "互动交流", "通知公告",
                              "法律法规", "交管服务", "出入境服务"], r.randint(5, 8))
    footer = [f"主办：{city}市公安局", f"网站标识码：{digits(r, 10)}"] + _icp_lines(r)
    if r.random() < 0.6:
        footer.append("报警电话：110　反诈咨询专线：96110")
    crumb = r.choice(("当前位置：首页 > 警方提示", "首页 > 反诈专区 > 正文", "当前位置：首页 > 警务公开 > 警务动态"))
    return Site("police", name, nav, crumb, _top_gov(r), footer)


def site_court(r: random.Random) -> Site:
    city = r.choice(gw.CITIES)
    name = r.choice((f"{city}市中级人民法院", f"{city}市{r.choice(gw.DISTRICTS)}区人民法院", f"{city}市人民检察院"))
    nav = ["首页"] + r.sample(["法院概况", "新闻中心", "审判动态", "司法公开", "诉讼服务", "执行信息", "法治宣传", "案例精选",
                              "庭审直播", "裁判文书"], r.randint(5, 8))
    footer = [f"{name}　版权所有", f"地址：{_addr(r, city)}", f"诉讼服务热线：{gw.phone(r, city)}"] + _icp_lines(r)
    crumb = r.choice(("当前位置：首页 > 审判动态", "首页 > 新闻中心 > 法院新闻", "当前位置：首页 > 案例精选"))
    return Site("court", name, nav, crumb, _top_gov(r), footer)


PROVINCES = "河北 山西 辽宁 吉林 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃".split()


def site_lottery_center(r: random.Random) -> Site:
    prov = r.choice(PROVINCES)
    name = r.choice((f"{prov}省福利彩票发行中心", f"{prov}体育彩票", f"{prov}福彩网", f"{prov}省体育彩票管理中心"))
    nav = ["首页"] + r.sample(["开奖公告", "中奖查询", "游戏介绍", "公益金使用", "责任彩票", "信息公开", "党建工作", "网点查询",
                              "购彩指南", "新闻动态", "公益活动", "兑奖须知"], r.randint(6, 9))
    footer = [f"{name}　版权所有", f"地址：{prov}省{r.choice(gw.CITIES)}市{r.choice(gw.ROADS)}{r.randint(1, 300)}号"] + _icp_lines(r)
    footer += r.sample(["不向未成年人销售彩票，未成年人不得兑奖", "理性购彩，量力而行", f"服务热线：{digits(r, 3)}-{digits(r, 8)}",
                        "彩票开奖结果以官方公告为准"], r.randint(1, 3))
    crumb = r.choice(("当前位置：首页 > 新闻动态", "首页 > 开奖公告 > 正文", "当前位置：首页 > 公益金使用", "您的位置：首页 > 信息公开"))
    side = [draw_widget(r)] if r.random() < 0.6 else []
    return Site("lottery_center", name, nav, crumb, _top_gov(r), footer, side)


def _balls(r: random.Random, n: int, hi: int) -> str:
    return " ".join(f"{x:02d}" for x in sorted(r.sample(range(1, hi + 1), n)))


def draw_widget(r: random.Random) -> Raw:
    """A lottery portal's latest-draws box (official games, random numbers)."""
    y = r.randint(2019, 2026)
    rows = []
    games = r.sample(["ssq", "dlt", "3d", "pl3", "kl8", "qxc", "pl5"], r.randint(3, 5))
    for g in games:
        n = r.randint(1, 150)
        if g == "ssq":
            rows.append(f"双色球 第{y}{n:03d}期 {_balls(r, 6, 33)} + {r.randint(1, 16):02d}")
        elif g == "dlt":
            rows.append(f"大乐透 第{y % 100}{n:03d}期 {_balls(r, 5, 35)} + {_balls(r, 2, 12)}")
        elif g == "3d":
            rows.append(f"福彩3D 第{y}{n:03d}期 {r.randint(0, 9)} {r.randint(0, 9)} {r.randint(0, 9)}")
        elif g == "pl3":
            rows.append(f"排列三 第{y % 100}{n:03d}期 {r.randint(0, 9)} {r.randint(0, 9)} {r.randint(0, 9)}")
        elif g == "kl8":
            rows.append(f"快乐8 第{y}{n:03d}期 {_balls(r, 10, 80)}")
        elif g == "qxc":
            rows.append(f"七星彩 第{y % 100}{n:03d}期 " + " ".join(str(r.randint(0, 9)) for _ in range(7)))
        else:
            rows.append(f"排列五 第{y % 100}{n:03d}期 " + " ".join(str(r.randint(0, 9)) for _ in range(5)))
    if r.random() < 0.5:
        rows.append(f"{r.choice(('双色球', '大乐透'))}奖池：{r.randint(5, 30)}.{r.randint(10, 99)}亿元")
    if r.random() < 0.4:
        rows.append(r.choice(("双色球每周二、四、日21:15开奖", "大乐透每周一、三、六21:25开奖", "更多开奖 >>", "开奖视频")))
    return ul(r.choice(("最新开奖", "开奖公告", "开奖结果", "今日开奖")), rows, "kaijiang", links=False)


PORTAL_CORE = ("开奖查询", "走势图", "竞彩", "足彩", "专家推荐", "中奖查询")
PORTAL_NAV = ("开奖查询", "走势图", "双色球", "大乐透", "福彩3D", "排列三", "排列五", "七星彩", "快乐8", "竞彩", "足彩", "北单",
              "专家推荐", "彩票资讯", "中奖查询", "数据图表", "比分直播", "手机版", "APP下载", "彩民社区")


def site_lottery_portal(r: random.Random) -> Site:
    k = r.random()
    if k < 0.5:
        name = r.choice(("彩", "福", "乐", "惠民", "阳光", "星光", "大众", "中彩", "彩民", "双色")) + r.choice(("彩票网", "彩讯网", "彩票资讯网", "彩票"))
    else:
        name = gw.site(r) + r.choice(("彩票频道", "彩票", "·彩票"))
    nav = ["首页"] + [x for i, x in enumerate(PORTAL_NAV) if r.random() < (0.9 if i < 2 or x in PORTAL_CORE else 0.55)]
    crumb = r.choice(("当前位置：首页 > 彩票资讯 > 双色球", "首页 > 专家推荐 > 大乐透", "您的位置：彩票首页 > 竞彩 > 正文",
                      "当前位置：首页 > 足彩 > 足彩资讯", f"{name} > 彩票资讯 > 正文"))
    top = r.choice(("登录 | 注册 | 手机版 | APP下载", "彩票开奖查询　走势图表　专家预测", gw.chrome(r), "设为首页 | 收藏本站 | 客户端下载"))
    footer = [f"Copyright © {r.randint(2008, 2026)} {name} 版权所有"] + _icp_lines(r)
    footer += r.sample(["本站仅提供彩票开奖资讯和数据服务，不提供任何购彩服务", "彩票有风险，购买需理性", "不向未满18周岁的青少年出售彩票",
                        "开奖结果以中国福利彩票发行管理中心、国家体育总局体育彩票管理中心公告为准",
                        "关于我们 | 联系我们 | 免责声明 | 网站地图 | 意见反馈"], r.randint(2, 4))
    side = [draw_widget(r)]
    if r.random() < 0.8:
        side.append(ul(r.choice(("专家推荐", "热门预测", "彩票资讯")),
                       [gn.headline(r, r.choice(("lottery_channel", "lottery_channel", "lottery_winner")), heldout=True) for _ in range(r.randint(3, 7))], "tuijian", r=r))
    if r.random() < 0.4:
        side.append(ul("走势图", [f"{g}{t}" for g in r.sample(["双色球", "大乐透", "福彩3D", "排列三", "快乐8"], 3)
                                for t in r.sample(["基本走势", "红球走势", "和值走势", "冷热号"], 1)], "zoushi", r=r))
    return Site("lottery_portal", name, nav, crumb, top, footer, side)


SPORTS_NAV = ("中超", "英超", "西甲", "意甲", "德甲", "法甲", "欧冠", "亚冠", "NBA", "CBA", "综合", "网球", "电竞", "视频",
              "比分", "数据", "积分榜", "赛程", "图片", "专栏")


def site_sports(r: random.Random) -> Site:
    name = r.choice((gw.site(r) + "体育", r.choice(gw.REGIONS) + "体育网", r.choice(gw.CITIES) + "足球报", gw.site(r) + "·体育频道"))
    nav = ["首页"] + r.sample(SPORTS_NAV, r.randint(6, 12))
    crumb = r.choice(("当前位置：体育 > 国际足球 > 正文", "首页 > 体育 > 中超", "您的位置：体育首页 > 英超", "体育频道 > 综合体育"))
    footer = [gw.copyright(r) for _ in range(r.randint(1, 2))] + _icp_lines(r)
    side = []
    if r.random() < 0.6:
        lg, clubs = r.choice(gn.LEAGUES[1])
        teams = r.sample(clubs, min(len(clubs), r.randint(4, 6)))
        pts = sorted((r.randint(10, 70) for _ in teams), reverse=True)
        side.append(ul(f"{lg}积分榜", [f"{i + 1} {t} {p}分" for i, (t, p) in enumerate(zip(teams, pts))], "table-rank", links=False))
    if r.random() < 0.6:
        side.append(ul(r.choice(("热门新闻", "体育要闻", "相关报道")), [gn.headline(r, r.choice(("sports_odds", "sports_sponsor")), heldout=True)
                                                                   for _ in range(r.randint(3, 6))], "hot", r=r))
    return Site("sports", name, nav, crumb, gw.chrome(r), footer, side)


def site_travel(r: random.Random) -> Site:
    name = r.choice((r.choice(gw.REGIONS) + "旅游网", gw.site(r) + "旅游频道", r.choice(gw.CITIES) + "文旅", "游" + r.choice(gw.REGIONS) + "网"))
    nav = ["首页"] + r.sample(["目的地", "攻略", "游记", "酒店", "机票", "门票", "自驾游", "美食", "签证", "出境游", "周边游", "旅拍"], r.randint(5, 9))
    crumb = r.choice(("当前位置：首页 > 游记 > 港澳台", "首页 > 目的地 > 澳门", "您的位置：旅游 > 出境游 > 攻略", "首页 > 游记 > 正文"))
    footer = [gw.copyright(r)] + _icp_lines(r) + ([gw.contact(r)] if r.random() < 0.5 else [])
    side = [ul("热门目的地", r.sample(["澳门", "香港", "新加坡", "拉斯维加斯", "摩纳哥", "济州岛", "曼谷", "大阪", "三亚", "厦门"], r.randint(3, 6)), "dest", r=r)] if r.random() < 0.5 else []
    return Site("travel", name, nav, crumb, gw.chrome(r), footer, side)


def site_finance(r: random.Random) -> Site:
    name = r.choice((gw.site(r) + "财经", r.choice(gw.REGIONS) + "财经网", r.choice(gw.CITIES) + "商报", gw.site(r) + "·财经频道"))
    nav = ["首页"] + r.sample(["财经", "股票", "港股", "美股", "基金", "公司", "宏观", "产经", "理财", "债券", "期货", "外汇", "楼市"], r.randint(6, 10))
    crumb = r.choice(("当前位置：财经 > 港股 > 公司新闻", "首页 > 公司 > 正文", "您的位置：财经首页 > 产经", "财经频道 > 港股"))
    footer = [gw.copyright(r) for _ in range(r.randint(1, 2))] + _icp_lines(r) + ["市场有风险，投资需谨慎"] * (r.random() < 0.5)
    return Site("finance", name, nav, crumb, gw.chrome(r), footer)


TRAD_SITE_NAMES = ("濠江", "蓮花", "澳聞", "路氹", "大三巴", "濠鏡", "鏡海", "南灣")


def site_macau_trad(r: random.Random, finance: bool = False) -> Site:
    """A Macau or Hong Kong site in traditional characters."""
    name = r.choice(TRAD_SITE_NAMES) + r.choice(("日報", "時報", "新聞網", "報", "快訊", "財經網" if finance else "新聞"))
    items = (["首頁", "即時", "港股", "財經", "公司", "地產", "國際", "評論", "澳聞"] if finance else
             ["首頁", "澳聞", "經濟", "博彩", "社會", "體育", "娛樂", "國際", "兩岸", "評論", "副刊", "視頻"])
    nav = items[:1] + r.sample(items[1:], r.randint(5, len(items) - 1))
    crumb = r.choice(("首頁 > 澳聞 > 經濟", "當前位置：首頁 > 經濟", "首頁 > 財經 > 公司", "您的位置：首頁 > 社會"))
    y = r.randint(2016, 2026)
    footer = [f"版權所有 © {y} {name}　不得轉載", r.choice(("聯絡我們 | 廣告查詢 | 私隱政策 | 使用條款", "關於我們 | 聯絡我們 | 招聘 | 免責聲明")),
              f"地址：澳門{r.choice(('新馬路', '南灣大馬路', '殷皇子大馬路', '高士德大馬路', '提督馬路'))}{r.randint(1, 300)}號"]
    top = r.choice(("繁體 | 简体", f"{y}年{r.randint(1, 12)}月{r.randint(1, 28)}日 星期{r.choice('一二三四五六日')}", "登入 | 訂閱 | 電子報"))
    side = [ul(r.choice(("熱門新聞", "即時新聞", "相關新聞")), [gn.headline(r, r.choice(("macau_gaming_trad", "operator_corporate")), heldout=True)
                                                         for _ in range(r.randint(3, 5))], "hot", r=r)] if r.random() < 0.5 else []
    return Site("macau_trad", name, nav, crumb, top, footer, side, lang=r.choice(("zh-HK", "zh-MO", "zh-Hant")), editor="責任編輯：")


def site_macau_simpl(r: random.Random) -> Site:
    s = site_news(r)
    s.name = r.choice(("澳门", "濠江", "港澳", "湾区")) + r.choice(("新闻网", "资讯网", "观察", "日报"))
    s.nav = ["首页"] + r.sample(["澳门", "经济", "博彩业", "旅游", "社会", "大湾区", "横琴", "体育", "文化", "评论"], r.randint(5, 8))
    s.crumb = r.choice(("当前位置：首页 > 澳门 > 经济", "首页 > 博彩业 > 正文", "您的位置：首页 > 大湾区"))
    return s


GENERIC_SITES = (site_news, site_gov, site_school)


# ---------------------------------------------------------------- article renderer


class Doc(Marks):
    """A page in a genuine site's chrome; spam families add marked pieces."""

    def __init__(self, r: random.Random, site: Site, art: Article) -> None:
        super().__init__()
        self.r = r
        self.site = site
        self.art = art
        self.logo = site.name
        self.title = art.headline + r.choice(("_", " - ", "-", "|", " | ", "——")) + site.name
        self.keywords = self.default_keywords()
        self.description = pg.strip_markers("".join(art.pars[0]))[: r.randint(40, 110)] if art.pars else art.headline
        self.h1: str = art.headline
        self.subtitle = art.subtitle
        self.byline = gw.byline(r) if site.lang == "zh-CN" else f"{r.randint(2016, 2026)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}　來源：{site.name}"
        self.pars: list[list[str]] = [list(p) for p in art.pars]
        self.after: list[Raw] = []
        self.footer_extra: list[str] = []  # marked lines
        self.hidden: dict[str, list[str]] = {}
        self.head_extra: list[str] = []
        self.pre_html = ""

    def default_keywords(self) -> list[str]:
        pieces = [x for x in re.split("[，、：；“”《》——\\s]+", self.art.headline) if 2 <= len(x) <= 12]
        kw = self.r.sample(pieces, min(len(pieces), self.r.randint(1, 3)))
        return kw + ([self.site.name] if self.r.random() < 0.5 else [])


CSS_EXTRA = (
    ".clearfix:after{{content:\"\";display:block;clear:both}}",
    "ul,li{{list-style:none;margin:0;padding:0}}",
    ".{side} h3{{font-size:16px;border-bottom:2px solid #{c1};padding:6px 0}}",
    "img{{border:0;max-width:100%}}",
)


def css(r: random.Random, c: dict) -> str:
    c1 = "".join(r.choice("0123456789abcdef") for _ in range(6))
    c2 = "".join(r.choice("0123456789abcdef") for _ in range(6))
    rules = r.sample(pg.CSS_RULES + CSS_EXTRA, r.randint(5, len(pg.CSS_RULES)))
    return "\n".join(x.format(c1=c1, c2=c2, **c) for x in rules)


def script(r: random.Random) -> str:
    k = r.randrange(5)
    if k == 0:
        return f'var _hmt = _hmt || [];(function(){{var hm=document.createElement("script");hm.src="https://hm.{gw.domain(r)}/hm.js?{"".join(r.choice("0123456789abcdef") for _ in range(32))}";var s=document.getElementsByTagName("script")[0];s.parentNode.insertBefore(hm,s);}})();'
    if k == 1:
        return f'window.pageConfig = {{articleId: "{r.randint(100000, 9999999)}", shareEnabled: true}};'
    if k == 2:
        return 'function doZoom(size){var el=document.getElementById("zoom");if(el){el.style.fontSize=size+"px";}}'
    if k == 3:
        return 'if(/Android|iPhone|iPad/i.test(navigator.userAgent)){document.documentElement.className+=" m";}'
    return 'document.addEventListener("DOMContentLoaded",function(){var b=document.getElementById("gotop");if(b){b.onclick=function(){window.scrollTo(0,0);};}});'


def render_nav(r: random.Random, items: list[str], cls: str) -> str:
    hrefs = [f"/{gw.PINYIN[(i * 7) % len(gw.PINYIN)]}{'' if i % 3 else '/index'}.html" if i else "/" for i in range(len(items))]
    k = r.randrange(3)
    if k == 0:
        return f'<div class="{cls}"><ul>' + "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in zip(items, hrefs)) + "</ul></div>"
    if k == 1:
        sep = r.choice((" | ", "　", " "))
        return f'<div class="{cls}">' + esc(sep).join(f'<a href="{h}">{esc(t)}</a>' for t, h in zip(items, hrefs)) + "</div>"
    return f'<nav class="{cls}">' + "".join(f'<a href="{h}">{esc(t)}</a>' for t, h in zip(items, hrefs)) + "</nav>"


def render_pars(r: random.Random, pars: list[list[str]], table: bool) -> str:
    rendered = ["".join(esc(s) for s in par) for par in pars]
    style = r.choice(("br", "p", "p_font")) if table else r.choice(("p", "p", "p_indent", "p_span", "div", "br", "p_font"))
    if style == "br":
        indent = r.choice(("　　", "&nbsp;&nbsp;&nbsp;&nbsp;", ""))
        return r.choice(("<br><br>\n", "<br />\n", "<br/><br/>\n")).join(indent + x for x in rendered)
    if style == "p_indent":
        return "\n".join(f'<p style="text-indent:2em;">{x}</p>' for x in rendered)
    if style == "p_span":
        return "\n".join(f'<p><span style="font-size:{r.choice(("14px", "16px", "12pt"))};">{x}</span></p>' for x in rendered)
    if style == "div":
        return "\n".join(f'<div class="para">{x}</div>' for x in rendered)
    if style == "p_font":
        return "\n".join(f'<p><font face="宋体" size="3">{x}</font></p>' for x in rendered)
    return "\n".join(f"<p>{x}</p>" for x in rendered)


def render_doc(d: Doc) -> str:
    r, s = d.r, d.site
    c = {k: r.choice(v) for k, v in pg.CLASS_POOLS.items()}
    layout = r.choices(("div", "html5", "table"), weights=(5, 3, 2), k=1)[0]
    head = [r.choice(("<!DOCTYPE html>", "<!DOCTYPE html>",
                      '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')),
            f'<html lang="{s.lang}">' if r.random() < 0.7 else "<html>", "<head>",
            r.choice(('<meta charset="utf-8">', '<meta charset="UTF-8">', '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'))]
    metas = [f"<title>{esc(d.title)}</title>",
             f'<meta name="keywords" content="{attr(",".join(d.keywords))}">',
             f'<meta name="description" content="{attr(d.description)}">']
    if r.random() < 0.3:
        metas[1], metas[2] = metas[2], metas[1]
    head += metas
    if r.random() < 0.5:
        head.append('<meta name="viewport" content="width=device-width, initial-scale=1">')
    head.append(f'<link rel="stylesheet" href="/{r.choice(("static", "css", "skin", "templets/default"))}/{r.choice(("main", "style", "common", "index"))}.css">')
    head.append(f"<style>\n{css(r, c)}\n</style>")
    head.append(f"<script>{script(r)}</script>")
    head += d.head_extra
    head.append("</head>")

    body = ["<body>"] + d.hidden.get("top", [])
    logo = f'<div class="{c["logo"]}"><a href="/">{esc(d.logo)}</a></div>'
    nav = render_nav(r, s.nav, c["nav"])
    art = [f"<h1>{esc(d.h1)}</h1>"]
    if d.subtitle:
        art.append(f'<h2 class="subtitle">{esc(d.subtitle)}</h2>')
    art.append(f'<div class="{c["info"]}"><span>{esc(d.byline)}</span></div>')
    art.append(f'<div class="{c["content"]}" id="zoom">\n{render_pars(r, d.pars, layout == "table")}\n</div>')
    art += d.after
    art += d.hidden.get("content_end", [])
    if r.random() < 0.4:
        art.append(f'<div class="editor">{esc(s.editor + gw.name(r))}</div>')
    if r.random() < 0.4:
        art.append('<div class="pager">' + "".join(f"<p>{esc(gw.pagination(r))}</p>" for _ in range(r.randint(1, 2))) + "</div>")
    side = "".join(s.side)
    footer = [f"<p>{esc(x)}</p>" for x in s.footer]
    for line in d.footer_extra:
        footer.insert(r.randint(0, len(footer)), r.choice(("<p>{}</p>", "<div>{}</div>", "<span>{}</span><br>")).format(esc(line)))
    footer += d.hidden.get("footer", [])
    if layout == "table":
        body.append(f'<table width="{r.choice((980, 1000, 1002, 960))}" align="center" cellpadding="0" cellspacing="0">')
        body.append(f'<tr><td class="{c["header"]}">{esc(s.top)}</td></tr><tr><td>{logo}</td></tr><tr><td>{nav}</td></tr>')
        body.append(f'<tr><td class="{c["crumb"]}">{esc(s.crumb)}</td></tr>')
        body.append(f'<tr><td class="{c["article"]}">\n' + "\n".join(art) + "\n</td></tr>")
        if side:
            body.append(f'<tr><td class="{c["side"]}">{side}</td></tr>')
        body.append(f'<tr><td class="{c["footer"]}">\n' + "\n".join(footer) + "\n</td></tr></table>")
    elif layout == "html5":
        body.append(f'<header class="{c["header"]}"><div class="topbar">{esc(s.top)}</div>{logo}{nav}</header>')
        body.append(f'<main class="{c["wrap"]}"><div class="{c["crumb"]}">{esc(s.crumb)}</div>')
        body.append("<article>\n" + "\n".join(art) + "\n</article>")
        if side:
            body.append(f'<aside class="{c["side"]}">{side}</aside>')
        body.append("</main>")
        body.append(f'<footer class="{c["footer"]}">\n' + "\n".join(footer) + "\n</footer>")
    else:
        body.append(f'<div class="{c["header"]}"><div class="top-links">{esc(s.top)}</div>{logo}</div>{nav}')
        body.append(f'<div class="{c["crumb"]}">{esc(s.crumb)}</div><div class="{c["wrap"]}">')
        body.append(f'<div class="{c["article"]}">\n' + "\n".join(art) + "\n</div>")
        if side:
            body.append(f'<div class="{c["side"]}">{side}</div>')
        body.append("</div>")
        body.append(f'<div class="{c["footer"]}">\n' + "\n".join(footer) + "\n</div>")
    body += d.hidden.get("end", [])
    body.append("</body>")
    return d.pre_html + "\n".join(head + body + ["</html>"]) + "\n"


# ---------------------------------------------------------------- spam text pieces (held-out side only)


def brand_name(r: random.Random) -> tuple[str, str]:
    """(brand, suffix) of one held-out brand, the suffix mostly 体育."""
    return bs.brand(r, heldout=True), pick(r, (("体育", 10), ("娱乐", 3), ("", 2), ("电竞", 1), ("国际", 2), ("·体育", 2), ("综合体育", 1)))


def hfill(r: random.Random, template: str, memo: dict | None = None) -> str:
    """brand_spam's slot filling on the held-out side, tidied; `memo` fixes
    slots for the whole page (the brand B and suffix S, an event EV) and is
    not changed, so other slots are drawn afresh on every call."""
    return bs.tidy(bs.fill(r, HELD, template, dict(memo or {})))


def hsent(r: random.Random, template: str, memo: dict | None = None) -> str:
    """hfill for a sentence: keeps its final punctuation."""
    return bs.tidy_sentence(bs.fill(r, HELD, template, dict(memo or {})))


def brand_phrase(r: random.Random, family: str | None = None) -> str:
    return bs.phrase(r, family, heldout=True) if family else bs.any_phrase(r, heldout=True)[1]


def brand_line(r: random.Random, family: str, memo: dict) -> str:
    """A held-out template of `family` filled for the page's own brand (memo's B and S)."""
    return hfill(r, r.choice(bs.templates(family, heldout=True)), memo)


def page_promo(r: random.Random, family: str, memo: dict) -> str:
    """brand_spam.promo_paragraph's held-out sentences, for the page's own brand."""
    fam = bs.P_FAMILY_H[family]
    first = fam[0] if r.random() < 0.5 else r.choice(fam)
    rest = [x for x in fam + bs.P_COMMON_H if x != first]
    picked = [first] + r.sample(rest, r.randint(2, min(5, len(rest))))
    m = dict(memo)
    return "".join(bs.tidy_sentence(bs.fill(r, HELD, t, m)) for t in picked)


def lottery_phrase(r: random.Random) -> str:
    return spam.tidy(pg.draw(r, pg.HIDDEN_SHAPES))


def link_phrase(r: random.Random) -> str:
    """A hidden or farm link text: mostly brand SEO, some lottery spam."""
    return brand_phrase(r) if r.random() < 0.72 else lottery_phrase(r)


def maybe_obf(r: random.Random, text: str, share: float) -> tuple[str, str]:
    if r.random() < share:
        return pg.obfuscate_one(r, text)
    return text, "none"


def spam_keywords(d: Marks, r: random.Random, memo: dict | None, n: int) -> list[str]:
    """Brand keywords for <meta name=keywords>, each its own span."""
    tmpl = ("{B}{S}", "{B}{S}官网", "{B}{S}app下载", "{B}{S}登录入口", "{B}{S}官方网站", "{B}{S}{SITE}", "{B}{S}{APP}", "{B}")
    out = []
    for t in r.sample(tmpl, min(n, len(tmpl))):
        out.append(d.mark(hfill(r, t, memo) if memo else brand_phrase(r, "brand_seo"), "meta"))
    return out


def referrer_script(r: random.Random) -> str:
    """The spider/referrer switch hijackers add to <head> (not extracted: script)."""
    dom = "https://" + bs.domain(r, bs.brand(r, heldout=True)) + "/"
    return (f'<script>var s=document.referrer;if(/baidu|sogou|so\\.com|sm\\.cn|bing/i.test(s)){{'
            f'window.location.replace("{dom}");}}</script>')


# ---------------------------------------------------------------- spam families


def fam_hijacked_title(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A genuine page whose <title>, h1 or first line carries glued brand phrases."""
    art, site = genuine_body(r, ctx)
    d = Doc(r, site, art)
    full = d.title
    k = r.random()
    if k < 0.45:  # around the whole title
        t, rng = bs.glued_title(r, full, heldout=True)
        d.title = d.ranges(t, rng, "title")
    elif k < 0.7:  # around the headline, site name kept
        sep = r.choice(("_", " - ", "-", "|"))
        t, rng = bs.glued_title(r, art.headline, heldout=True)
        d.title = d.ranges(t, rng, "title") + sep + site.name
    elif k < 0.85:  # title replaced by brand phrases
        parts = [d.mark(brand_phrase(r, r.choice(("brand_seo", "brand_seo", "slogan", "game_hall"))), "title") for _ in range(r.randint(1, 3))]
        d.title = r.choice(("_", "-", ",", " | ")).join(parts)
    else:  # title untouched, h1 or first line glued
        pass
    if k >= 0.7 or r.random() < 0.2:
        if r.random() < 0.6:
            t, rng = bs.glued_title(r, art.headline, heldout=True)
            d.h1 = d.ranges(t, rng, "title")
        else:
            first = d.pars[0][0]
            t, rng = bs.glued_title(r, first, heldout=True)
            d.pars[0][0] = d.ranges(t, rng, "title")
    if r.random() < 0.55:
        b, suf = brand_name(r)
        memo = {"B": b, "S": suf}
        d.keywords = spam_keywords(d, r, memo, r.randint(2, 5)) + (d.keywords if r.random() < 0.4 else [])
        if r.random() < 0.7:
            desc = hsent(r, r.choice(("{B}{S}{CN}官方网站为您提供{OFFER}。", "欢迎来到{B}{S}，{SLO}！", "{B}{S}{SITE}，{BEN}，{TRUST}。")), memo)
            d.description = d.mark(desc, "meta")
    if r.random() < 0.3:
        d.head_extra.append(referrer_script(r))
    return finish_doc(d, pid, "hijacked_title", spam=True)


def genuine_body(r: random.Random, ctx: Ctx) -> tuple[Article, Site]:
    """A hijack victim: a held-out corpus article (or a held-out generated
    article) in news / government / school chrome."""
    k = r.random()
    if k < 0.72:
        return ctx.article(r), r.choice(GENERIC_SITES)(r)
    if k < 0.86:
        return news_article(r, r.choice(("web_service", "web_headline"))), r.choice((site_gov, site_school, site_news))(r)
    kind = r.choice(("lottery_official", "sports_odds", "court_police", "antifraud", "regulation"))
    site = {"lottery_official": site_lottery_center, "sports_odds": site_sports, "court_police": site_court,
            "antifraud": site_police, "regulation": site_gov}[kind](r)
    return news_article(r, kind), site


HIDE_STYLES = pg.HIDE_STYLES + ("height:0;overflow:hidden", "width:1px;height:1px;overflow:hidden;", "position:fixed;top:-1000px;left:0",
                                "text-indent:-9999px;overflow:hidden", "display:none!important", "position:absolute;z-index:-1;top:-5000px")


def hidden_block(d: Marks, r: random.Random, n: int) -> tuple[str, str | None]:
    """(html, css rule or None) of a hidden block of n gambling links."""
    links = []
    for _ in range(n):
        text = link_phrase(r)
        text, obf = maybe_obf(r, text, 0.08)
        href = "https://" + bs.domain(r, bs.brand(r, heldout=True)) + r.choice(("/", "/", "/index.html", f"/?id={r.randint(1, 9999)}"))
        links.append(f'<a href="{attr(href)}" target="_blank">{esc(d.mark(text, "hidden", obf))}</a>')
    k = r.randrange(4)
    if k == 0:
        inner = "<ul>" + "".join(f"<li>{a}</li>" for a in links) + "</ul>"
    elif k == 1:
        inner = "<br>".join(links)
    elif k == 2:
        inner = "".join(f"<p>{a}</p>" for a in links)
    else:
        inner = r.choice((" ", " | ", "\n", "&nbsp;", "，")).join(links)
    if r.random() < 0.25:
        inner = esc(r.choice(("友情链接：", "合作伙伴：", "热门推荐：", "推荐站点："))) + inner
    tag = "div" if k in (0, 2) else r.choice(("div", "div", "p", "span"))
    if r.random() < 0.25:  # hidden by a class rule in a <style>, not inline
        cls = "".join(r.choice("abcdefghkmnpqrstuvwxyz") for _ in range(r.randint(3, 6)))
        return f'<{tag} class="{cls}">{inner}</{tag}>', f".{cls}{{{r.choice(('display:none', 'position:absolute;left:-9999px', 'height:0;overflow:hidden'))}}}"
    return f'<{tag} style="{r.choice(HIDE_STYLES)}">{inner}</{tag}>', None


def fam_hidden_links(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A genuine page with a hidden block of brand links (and maybe a visible brand footer line)."""
    art, site = genuine_body(r, ctx)
    d = Doc(r, site, art)
    for _ in range(1 if r.random() < 0.8 else 2):
        block, rule = hidden_block(d, r, r.randint(3, 12))
        if rule:
            d.head_extra.append(f"<style>{rule}</style>")
        where = r.choices(("top", "content_end", "footer", "end", "pre"), weights=(3, 1, 3, 3, 0.6), k=1)[0]
        if where == "pre" and not d.pre_html:
            d.pre_html = block + "\n"
        else:
            d.hidden.setdefault("end" if where == "pre" else where, []).append(block)
    if r.random() < 0.3:
        memo: dict = {}
        line = hfill(r, r.choice(("Copyright © {Y} {B}{S}{CN}{SITE} 版权所有", "{B}{S}{CN}{SITE}", "{B}{S}官网 {B}{S}{APP}",
                                  "技术支持：{B}{S}")), memo)
        d.footer_extra.append(d.mark(line, "footer"))
    if r.random() < 0.2:
        d.keywords = d.keywords + spam_keywords(d, r, None, r.randint(1, 3))
    return finish_doc(d, pid, "hidden_links", spam=True)


SWAP_FORMS = ("{B}{S}", "{B}{S}", "{B}{S}", "{B}")


def fam_brand_swapped_news(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """Copied news whose organisation is renamed to a casino brand throughout."""
    if ctx.with_org:
        aid = r.choice(ctx.with_org)
        org = ctx.orgs[aid]
        head, sub, body = pg.article_parts(ctx.corpus[aid])
        # a window that holds at least two mentions
        idx = [i for i, s in enumerate(body) if org in s]
        a = max(0, idx[0] - r.randint(0, 2))
        b = min(len(body), max(idx[min(1, len(idx) - 1)] + 1, a + r.randint(3, 12)))
        window = body[a:b]
        n = min(len(window), r.randint(2, 8))
        cuts = sorted(r.sample(range(1, len(window)), n - 1)) if n > 1 else []
        bounds = [0] + cuts + [len(window)]
        art = Article(head, None, [window[x:y] for x, y in zip(bounds, bounds[1:])], aid, "corpus")
    else:  # no corpus article repeats an organisation: a generated service notice names its own
        org = None
        for _ in range(20):
            art = news_article(r, "web_service")
            org = repeated_org("".join(sum(art.pars, [])) + art.headline)
            if org:
                break
        if not org:
            art.headline = "关于" + art.headline
            org = "本单位"
            art.pars[0][0] = org + art.pars[0][0]
            art.pars[-1].append(org + "将持续做好相关工作。")
    b, suf = brand_name(r)
    memo = {"B": b, "S": suf}
    form = hfill(r, "{B}{S}", memo)
    brand_site = r.random() < 0.5
    site = site_news(r)
    d = Doc(r, site, art)

    def swap(text: str) -> str:
        parts = text.split(org)
        if len(parts) == 1:
            return text
        out = parts[0]
        for p in parts[1:]:
            out += d.mark(form if r.random() < 0.85 else hfill(r, r.choice(SWAP_FORMS), memo), "brand_swap") + p
        return out

    headline = art.headline
    title_sep = r.choice((" - ", "-", "_", "|", "："))
    head_swapped = swap(headline)
    if r.random() < 0.7 or head_swapped == headline:
        d.title = d.mark(hfill(r, r.choice(("{B}{S}", "{B}{S}", "{B}{S}官方网站", "{B}{S}{CN}{SITE}")), memo), "title") + title_sep + head_swapped
    else:
        d.title = head_swapped + title_sep + d.mark(form, "title")
    d.h1 = swap(headline)
    d.pars = [[swap(s) for s in par] for par in d.pars]
    d.description = swap(pg.strip_markers("".join(art.pars[0]))[: r.randint(40, 100)])
    d.keywords = [d.mark(form, "meta")] + [x for x in d.keywords if org not in x]
    if brand_site:
        d.logo = d.mark(hfill(r, r.choice(("{B}{S}", "{B}{S}{CN}{SITE}", "{B}{S}官网")), memo), "heading")
        site.footer = [x for x in site.footer if "版权" not in x and "Copyright" not in x]
        d.footer_extra.append(d.mark(hfill(r, "Copyright © {Y} {B}{S} 版权所有", memo), "footer"))
    return finish_doc(d, pid, "brand_swapped_news", spam=True)


GUIDE_STEPS = (
    "第一步：打开{B}{S}{SITE}，点击右上角“注册”，填写手机号并设置密码，一分钟即可完成开户。",
    "第二步：进入会员中心选择充值方式，支持银行卡、支付宝和USDT，最低{N}0元起充。",
    "第三步：在体育页面选择{EV}赛事，点击赔率即可加入投注单，确认金额后提交。",
    "第四步：比赛结束后奖金自动派发到账户，申请提款{N2}分钟内到账。",
    "注册时请填写真实姓名，提款时需与银行卡姓名一致。",
    "新用户首次充值可领取{PCT}%红利，流水达标即可提款。",
    "下载{B}{S}{APP}，手机上也能随时随地买球，滚球投注更方便。",
    "建议先用小额试玩，熟悉让球、大小球和串关玩法之后再加大投注。",
)
GUIDE_HEADINGS = (
    "{EV}在哪里买球？", "如何选择正规的买球平台", "{Q}买球平台推荐", "{B}{S}注册流程", "充值与提款说明", "{EV}投注技巧",
    "常见问题", "{EV}买球入口", "{LG}投注玩法介绍", "新手买球注意事项",
)
GUIDE_FAQ = (
    ("{EV}可以在网上买球吗？", "可以，通过{B}{S}等正规平台即可在线投注{EV}全部赛事。"),
    ("哪个买球平台最靠谱？", "推荐选择持有{LIC}的平台，{B}{S}出款稳定，{TRUST}。"),
    ("买球提款要多久？", "{B}{S}提款一般{N}分钟内到账，大额无忧。"),
    ("手机怎么买球？", "下载{B}{S}{APP}，注册登录后即可在手机上下注。"),
)
GUIDE_RANK = ("{B}{S} —— {BEN}，{TRUST}", "{B}{S}：{EV}全场次开盘，{BEN}", "{B}{S}（{LIC}）{BEN}", "{B}{S}，{KIND}首选，{BEN}")


def fam_betting_guide(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A how-to article promoting betting on a big event, with platform ranking and CTAs."""
    b, suf = brand_name(r)
    memo = {"B": b, "S": suf, "EV": r.choice(("欧洲杯", "世界杯", "英超", "欧冠", "NBA", "西甲", str(r.randint(2024, 2026)) + "世界杯"))}
    head = hfill(r, r.choice(("{EV}在哪里买球？{Q}买球平台推荐", "{EV}去哪个平台下注", "{EV}买球用什么app", "{Q}{BN}网站排行",
                              "{EV}怎么买球？新手买球全攻略", "{EV}正规{BV}渠道", "{EV}{BV}app推荐", "如何注册{BN}账号",
                              "{EV}{BV}指南")), memo)
    if r.random() < 0.4:
        head = head + r.choice(("_", "-", "|")) + brand_phrase(r, "betting_guide")
    site = r.choice((site_news, site_sports))(r) if r.random() < 0.55 else site_news(r)
    art = Article(head, None, [], None, "betting_guide")
    d = Doc(r, site, art)
    d.title = d.mark(head, "title") + r.choice(("_", " - ", "|")) + site.name
    d.h1 = d.mark(head, "title")
    d.keywords = spam_keywords(d, r, memo, r.randint(2, 4))
    d.description = d.mark(hsent(r, "{EV}在哪里买球？本文为您推荐{Q}买球平台，{B}{S}{BEN}。", memo), "meta")
    pars: list[list[str]] = [[d.mark(page_promo(r, "betting_guide", memo), "promo")]]
    if r.random() < 0.6:  # genuine match preview copied in (unmarked)
        prev = news_article(r, "sports_odds")
        pars += [list(p) for p in prev.pars[: r.randint(1, 3)]]
    heads = r.sample(GUIDE_HEADINGS, r.randint(2, 4))
    for h in heads:
        pars.append([Raw(f"<strong>{esc(d.mark(hfill(r, h, memo), 'heading'))}</strong>")])
        if "常见问题" in h:
            for q, a in r.sample(GUIDE_FAQ, r.randint(2, 3)):
                pars.append([d.mark("问：" + hsent(r, q, memo), "promo")])
                pars.append([d.mark("答：" + hsent(r, a, memo), "promo")])
        elif "推荐" in h or "排行" in h or "选择" in h:
            for i in range(r.randint(3, 5)):
                m2 = {"B": bs.brand(r, heldout=True), "S": suf}
                pars.append([f"{i + 1}. " if r.random() < 0.5 else "", d.mark(hfill(r, r.choice(GUIDE_RANK), m2), "promo")])
        else:
            for t in r.sample(GUIDE_STEPS, r.randint(2, 4)):
                pars.append([d.mark(hsent(r, t, memo), "promo")])
    if r.random() < 0.6:
        pars.append([d.mark(page_promo(r, r.choice(("brand_seo", "slogan", "sponsor_claim")), memo), "promo")])
    d.pars = [p for p in pars if any(x for x in p)]
    cta = hfill(r, r.choice(("立即注册{B}{S}", "进入{B}{S}{SITE}", "{B}{S}{APP}", "点击进入{EV}买球入口")), memo)
    dom = "https://" + bs.domain(r, b) + "/"
    d.after.append(Raw(f'<div class="btn-box"><a class="btn" href="{attr(dom)}" target="_blank">{esc(d.mark(cta, "link"))}</a></div>'))
    if r.random() < 0.6:
        d.after.append(ul(r.choice(("相关推荐", "热门文章", "猜你喜欢")), [d.mark(brand_phrase(r, r.choice(("betting_guide", "brand_seo"))), "link")
                                                                      for _ in range(r.randint(3, 6))], "related", r=r))
    if r.random() < 0.5:
        d.logo = d.mark(hfill(r, "{B}{S}", memo), "heading")
        d.footer_extra.append(d.mark(hfill(r, r.choice(("Copyright © {Y} {B}{S} 版权所有", "{B}{S}提醒您：理性投注，未满18周岁禁止参与")), memo), "footer"))
    return finish_doc(d, pid, "betting_guide", spam=True)


def farm_keyword(r: random.Random) -> str:
    k = r.random()
    if k < 0.45:
        return spam.keyword(r)
    if k < 0.6:
        return spam.keyword_explain(r)
    if k < 0.9:
        return brand_phrase(r, r.choice(("brand_seo", "game_hall", "betting_guide")))
    return pg.ph_keyword_claim(r)


def fam_keyword_farm(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """An article page stuffed with gambling keyword lines, tag blocks and a keyword title."""
    if r.random() < 0.5:
        art, site = ctx.article(r, n_par=(3, 8)), r.choice(GENERIC_SITES)(r)
        spam_site = False
    else:
        art, site = ctx.article(r, n_par=(3, 8)), site_news(r)
        spam_site = True
    d = Doc(r, site, art)
    kws = [farm_keyword(r) for _ in range(r.randint(2, 3))]
    sep = r.choice(("_", ",", "-", "|", " "))
    title_text = sep.join(kws)
    if r.random() < 0.3:
        title_text += r.choice(("_", "-")) + spam.explain_sentence(r).split("，")[-1]
    d.title = d.mark(spam.tidy(title_text) or title_text, "title") + (r.choice(("_", "-")) + site.name if r.random() < 0.5 else "")
    d.h1 = d.mark(kws[0], "title")
    d.subtitle = None
    d.keywords = [d.mark(farm_keyword(r), "meta") for _ in range(r.randint(3, 6))]
    d.description = d.mark(spam.explain_sentence(r) if r.random() < 0.5 else farm_keyword(r) + "，" + spam.cta_clause(r), "meta")
    # keyword lines between paragraphs and a few inline
    for _ in range(r.randint(2, 5)):
        text, obf = maybe_obf(r, farm_keyword(r), 0.1)
        line = d.mark(text, "keyword", obf)
        seg = r.choice((line, Raw(f"<strong>{esc(line)}</strong>"), Raw(f"<b>{esc(line)}</b>")))
        d.pars.insert(r.randint(0, len(d.pars)), [seg])
    for _ in range(r.randint(0, 4)):
        at = insertion_point(r, d.pars, text_segments(d.pars, min_len=8))
        if at:
            insert_at(d.pars, at, d.mark(farm_keyword(r), "inline"))
    if r.random() < 0.5:
        d.pars.insert(r.randint(0, len(d.pars)), [d.mark(spam.explain_sentence(r), "keyword")])
    tags = [d.mark(farm_keyword(r), "keyword") for _ in range(r.randint(5, 12))]
    label = r.choice(("相关搜索：", "热门标签：", "标签：", "大家还在搜：", "热门关键词：", "tags："))
    tag_links = " ".join(f'<a href="/tag/{r.randint(100, 99999)}.html">{esc(t)}</a>' for t in tags)
    d.after.append(Raw(f'<div class="tags">{esc(label)}{tag_links}</div>'))
    if r.random() < 0.7:
        d.after.append(ul(r.choice(("相关文章", "最新文章", "推荐阅读", "猜你喜欢")), [d.mark(farm_keyword(r), "link") for _ in range(r.randint(4, 8))], "related", r=r))
    if r.random() < 0.5:
        nav = [(r.choice(("上一篇：", "下一篇：")), d.mark(farm_keyword(r), "link")) for _ in range(2)]
        d.after.append(Raw('<div class="pn">' + "".join(f"<p>{esc(a)}<a href=\"/{r.randint(100, 9999)}.html\">{esc(b)}</a></p>" for a, b in nav) + "</div>"))
    if spam_site:
        name = pg.template_site_name(r)
        d.logo = d.mark(name, "heading")
        site.footer = [x for x in site.footer if "版权" not in x and "Copyright" not in x]
        d.footer_extra.append(d.mark(f"Copyright © {r.randint(2020, 2026)} {name} 版权所有", "footer"))
    return finish_doc(d, pid, "keyword_farm", spam=True)


# ---------------------------------------------------------------- brand site

HALLS = (
    ("体育投注", ("覆盖{LG}、{EV}等全球赛事，每日提供上万场早盘、滚球与串关玩法。", "{EV}全场次开盘，赔率业内领先，支持提前结算。")),
    ("真人视讯", ("{LIVE}、{LIVE2}多个{HALL}，美女荷官实时发牌，{CG}、{CG2}全程高清直播。",)),
    ("电子游艺", ("{PE}、{PE2}热门电子游戏，{GAME}等数百款游戏每日更新。",)),
    ("棋牌游戏", ("{CHESS}：斗地主、抢庄牛牛、炸金花，真人匹配秒开局。",)),
    ("电竞竞猜", ("{ES}、{ES2}全赛事覆盖，实时赔率，赛前与滚球均可下注。",)),
    ("彩票游戏", ("{LOT}、{LOT2}等上百种彩种，每期开奖结果实时同步。",)),
    ("捕鱼游戏", ("{FISH}、{HASH}玩法简单，爆率高，结算快。",)),
)
NAV_GAMBLING = ("体育投注", "真人视讯", "电子游艺", "棋牌游戏", "电竞竞猜", "彩票游戏", "捕鱼达人", "真人娱乐", "电子游戏", "体育赛事投注", "哈希游戏")
NAV_NEUTRAL = ("首页", "优惠活动", "APP下载", "在线客服", "关于我们", "联系我们", "新闻资讯", "帮助中心", "VIP特权")
APP_LINES = ("扫码下载{B}{S}APP", "{B}{S}{IOS}", "支持iOS与Android，一键安装，畅玩{KIND}", "{B}{S}{APP}{V}", "下载{B}{S}客户端，登录更快更稳定")
CS_LINES = ("7×24小时在线客服", "客服微信：{WX}", "客服QQ：{QQ}", "官方邮箱：service@{DOM}", "客服热线：{PH}", "最新备用网址：{DOM}", "代理合作：{WX}")
FOOTER_LINES = ("Copyright © {Y} {B}{S} 版权所有", "{B}{S}{CN}官方网站 All Rights Reserved", "{B}{S}持有{LIC}，受其监管",
                "博彩责任：未满18周岁禁止注册，请理性投注", "{B}{S}提醒您：理性娱乐，量力而行", "关于我们 | 联系我们 | 责任博彩 | 代理合作 | 常见问题",
                "{B}{S}官方唯一网址：{DOM}", "{B}{S}是{REGION}{RANK}的{KIND}平台")
CORP_PRODUCTS = ("不锈钢水箱", "环保设备", "包装材料", "LED显示屏", "塑料托盘", "电动伸缩门", "钢结构厂房", "净水设备", "液压升降机",
                 "电线电缆", "空气能热水器", "办公家具", "防火门", "玻璃钢储罐", "污水处理设备")
CORP_SENTS = (
    "{co}成立于{y}年，是一家集研发、生产、销售于一体的{p}专业生产企业。",
    "公司主要产品有{p}、{p2}等，广泛应用于市政、工业和民用领域。",
    "公司拥有现代化生产车间{n}000平方米，年生产能力{n2}万套。",
    "我们始终坚持“质量第一、客户至上”的经营理念，产品远销东南亚、中东等地区。",
    "公司已通过ISO9001质量管理体系认证，多项产品获得国家专利。",
    "欢迎新老客户来电咨询、实地考察，我们将竭诚为您服务。",
    "地址：{city}市{dist}区{road}{n}号　电话：{tel}",
)


def _corp_fill(r: random.Random, t: str, co: str, city: str) -> str:
    p, p2 = r.sample(CORP_PRODUCTS, 2)
    return t.format(co=co, y=r.randint(1995, 2018), p=p, p2=p2, n=r.randint(2, 30), n2=r.randint(1, 50), city=city,
                    dist=r.choice(gw.DISTRICTS), road=r.choice(gw.ROADS), tel=gw.phone(r, city))


def fam_brand_site(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A brand-SEO casino site page (or a company site disguised under a brand title)."""
    m = Marks()
    b, suf = brand_name(r)
    memo = {"B": b, "S": suf}
    k = r.random()
    filt, obf = (to_trad, "traditional") if k < 0.15 else ((lambda s: s.translate(FULLWIDTH_DIGITS)), "fullwidth") if k < 0.3 else ((lambda s: s), "none")

    def mk(text: str, kind: str) -> str:
        t = filt(text)
        return m.mark(t, kind, obf if t != text else "none")

    F = lambda t: hfill(r, t, memo)  # noqa: E731
    corporate = r.random() < 0.25
    city = r.choice(gw.CITIES)
    co = f"{city}{r.choice(('恒','盛','宏','华','鑫','博','瑞','永'))}{r.choice(('达','源','泰','通','安','丰'))}{r.choice(('机械设备', '环保科技', '实业', '新材料', '工贸'))}有限公司"
    title = F(r.choice(("{B}{S}{CN}官方网站-登录入口", "{B}{S}{D}{CN}{SITE}-{IOS}", "{B}{S}{CN}{SITE}", "{B}{S}官网{SEP}{B}{S}{APP}",
                        "{B}{S}(中国)官方网站-{SLO}", "{B}{S}{CN}{SITE}{SEP}{SITE2}")))
    if r.random() < 0.3:
        title = brand_line(r, "brand_seo", memo)
    c = {k2: r.choice(v) for k2, v in pg.CLASS_POOLS.items()}
    title_html = mk(title, "title") + ((r.choice(("-", "_", "|")) + filt(co)) if corporate else "")
    kw = ",".join(mk(F(t), "meta") for t in r.sample(("{B}{S}", "{B}{S}官网", "{B}{S}app下载", "{B}{S}登录入口", "{B}{S}{SITE}", "{B}{S}网页版"), r.randint(2, 5)))
    if corporate and r.random() < 0.5:  # the disguise's own description
        desc = filt(_corp_fill(r, CORP_SENTS[0], co, city))
    else:
        desc = mk(hsent(r, r.choice(("{B}{S}{CN}官方网站为您提供{OFFER}，{BEN}。", "欢迎来到{B}{S}，{SLO}，{TRUST}。",
                                     "{B}{S}是{REGION}{RANK}的{KIND}平台，{BEN}。")), memo), "meta")
    lang = "zh-HK" if obf == "traditional" else "zh-CN"
    head = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">', f"<title>{esc(title_html)}</title>",
            f'<meta name="keywords" content="{attr(kw)}">', f'<meta name="description" content="{attr(desc)}">',
            '<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no">',
            f"<style>\n{css(r, c)}\n.banner{{height:420px;background:#0b1a3a}}.hall li{{float:left;width:25%}}\n</style>"]
    if r.random() < 0.5:
        head.append(f'<script src="/js/{r.choice(("jquery.min", "swiper.min", "common", "app"))}.js"></script>')
    head.append("</head>")
    body = ["<body>"]
    logo_text = F(r.choice(("{B}{S}", "{B}{S}官网", "{B}{S}{CN}"))) if not corporate else co
    logo = mk(logo_text, "heading") if not corporate else filt(co)
    body.append(f'<div class="{c["header"]}"><div class="{c["logo"]}"><a href="/">{esc(logo)}</a></div>')
    if corporate:
        items = ["网站首页", "关于我们", "产品中心", "新闻动态", "工程案例", "荣誉资质", "联系我们"]
        body.append(render_nav(r, [filt(x) for x in items], c["nav"]) + "</div>")
    else:
        items = ["首页"] + r.sample(NAV_GAMBLING, r.randint(3, 6)) + r.sample(NAV_NEUTRAL[1:], r.randint(2, 5))
        items = [mk(x, "nav") if x in NAV_GAMBLING else filt(x) for x in items]
        body.append(render_nav(r, items, c["nav"]) + "</div>")
    # hero
    hero = [f"<h1>{esc(mk(F(r.choice(('{B}{S}{CN}官方网站', '欢迎来到{B}{S}', '{B}{S}{SITE}', '{B}{S}·{SLO}'))), 'heading'))}</h1>"]
    hero.append(f"<p>{esc(mk(brand_line(r, 'slogan', memo) if r.random() < 0.5 else F('{B}{S}{TRUST}，{BEN}'), 'promo'))}</p>")
    if r.random() < 0.6:
        hero.append(f'<a class="btn" href="/register">{esc(mk(F(r.choice(("立即注册", "免费开户", "进入{B}{S}", "立即体验"))), "link"))}</a>')
    body.append('<div class="banner">' + "".join(hero) + "</div>")
    sections = []
    if corporate:
        sents = [filt(_corp_fill(r, t, co, city)) for t in CORP_SENTS[:-1] if r.random() < 0.8]
        sections.append(f'<div class="about"><h2>{esc(filt("关于我们"))}</h2>' + "".join(f"<p>{esc(s)}</p>" for s in sents) + "</div>")
        prods = r.sample(CORP_PRODUCTS, r.randint(4, 8))
        sections.append(ul(filt("产品中心"), [filt(p) for p in prods], "products", r=r))
        sections.append(f'<div class="promo"><p>{esc(mk(page_promo(r, "brand_seo", memo), "promo"))}</p></div>')
    else:
        halls = r.sample(HALLS, r.randint(3, 6))
        cards = []
        for name, blurbs in halls:
            cards.append(f"<li><h3>{esc(mk(name, 'heading'))}</h3><p>{esc(mk(F(r.choice(blurbs)), 'promo'))}</p></li>")
        sections.append(f'<div class="hall"><h2>{esc(filt(r.choice(("热门游戏", "游戏大厅", "产品中心"))))}</h2><ul>' + "".join(cards) + "</ul></div>")
        for _ in range(r.randint(1, 3)):
            fam = r.choices(bs.FAMILIES, weights=bs.FAMILY_WEIGHTS, k=1)[0]
            sections.append(f'<div class="intro"><p>{esc(mk(page_promo(r, fam, memo), "promo"))}</p></div>')
        if r.random() < 0.5:
            sections.append(f'<div class="partner"><p>{esc(mk(brand_line(r, "sponsor_claim", memo), "promo"))}</p><p>{esc(mk(F("{PV} {PV2} {PV3} {PV4}"), "promo"))}</p></div>')
    if r.random() < 0.5:  # a news list of brand phrases and glued genuine headlines
        items = []
        for _ in range(r.randint(3, 6)):
            if r.random() < 0.5:
                items.append(mk(brand_phrase(r), "link"))
            else:
                t, rng = bs.glued_title(r, gw.headline(r), heldout=True)
                if obf == "none":
                    items.append(m.ranges(t, rng, "link"))
                else:
                    items.append(mk(t, "link"))
        sections.append(ul(filt(r.choice(("新闻资讯", "最新动态", "行业新闻"))), items, "news", r=r))
    if not corporate or r.random() < 0.5:
        app = [mk(F(t), "promo") for t in r.sample(APP_LINES, r.randint(2, 3))]
        sections.append('<div class="app">' + "".join(f"<p>{esc(x)}</p>" for x in app) + "</div>")
        cs = [mk(F(t), "contact") for t in r.sample(CS_LINES, r.randint(1, 3))]
        sections.append('<div class="kefu">' + "".join(f"<p>{esc(x)}</p>" for x in cs) + "</div>")
    body.append(f'<div class="{c["wrap"]}">' + "\n".join(sections) + "</div>")
    foot = [mk(F(t), "footer") for t in r.sample(FOOTER_LINES, r.randint(2, 4))]
    if corporate:
        foot.append(filt(_corp_fill(r, CORP_SENTS[-1], co, city)))
    if r.random() < 0.5:
        foot.append(filt(_icp_lines(r)[0]))
    r.shuffle(foot)
    body.append(f'<div class="{c["footer"]}">' + "".join(f"<p>{esc(x)}</p>" for x in foot) + "</div>")
    if r.random() < 0.3:
        block, rule = hidden_block(m, r, r.randint(3, 8))
        body.append(block)
        if rule:
            head.insert(-1, f"<style>{rule}</style>")
    body.append("</body>")
    page = "\n".join(head + body + ["</html>"]) + "\n"
    return record(pid, "brand_site", page, m.gold, spam=True, html_doc=True)


# ---------------------------------------------------------------- plain-text families


def fam_text_stuffed(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A scraped article as plain text: headline words inserted at random
    positions and the headline repeated between paragraphs, and/or brand
    phrases glued to the first line."""
    m = Marks()
    aid = r.choice(ctx.repetitive) if r.random() < 0.5 else None
    art = ctx.article(r, aid, n_par=(3, 9))
    head = art.headline
    pars = [list(p) for p in art.pars]
    mode = r.choices(("stuff", "stuff_glue", "glue"), weights=(45, 30, 25), k=1)[0]
    first = head
    if mode != "stuff":
        t, rng = bs.glued_title(r, head, heldout=True)
        first = m.ranges(t, rng, "title")
    if mode != "glue":
        terms = pg.headline_terms(head, "".join(sum(pars, [])))
        n_ins = r.randint(4, 16)
        done = 0
        reach = min(len(pars), r.randint(1, 3))
        while done < n_ins:
            at = insertion_point(r, pars, text_segments(pars, first=reach, min_len=4))
            if at is None:
                if reach >= len(pars):
                    break
                reach += 1
                continue
            tok = r.choice(terms) if terms and r.random() < 0.7 else head
            insert_at(pars, at, m.mark(tok, "stuffing"))
            done += 1
        for _ in range(r.randint(1, 3)):
            pars.insert(r.randint(1, len(pars)), [m.mark(head, "stuffing")])
    elif r.random() < 0.4:
        pars.insert(r.randint(1, len(pars)), [m.mark(brand_phrase(r), "inline")])
    lines = [first]
    if r.random() < 0.5:
        lines.append(r.choice((gw.byline(r), f"来源：{gw.site(r)}　{gw.date(r, True)}", f"发布时间：{gw.date(r)}")))
    lines += ["".join(p) for p in pars]
    sep = r.choice(("\n", "\n\n", "\n"))
    text = sep.join(("　　" + x if i and r.random() < 0.3 else x) for i, x in enumerate(lines)) + ("\n" if r.random() < 0.5 else "")
    return record(pid, "text_stuffed", text, m.gold, spam=True, html_doc=False, aid=art.aid)


def fam_text_genuine(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A held-out article as plain text, headline first; its topic repeats naturally."""
    aid = r.choice(ctx.repetitive) if r.random() < 0.6 else None
    art = ctx.article(r, aid, n_par=(3, 12))
    lines = [art.headline]
    if art.subtitle:
        lines.append(art.subtitle)
    if r.random() < 0.5:
        lines.append(r.choice((gw.byline(r), f"来源：{gw.site(r)}　{gw.date(r, True)}", f"发布时间：{gw.date(r)}")))
    lines += ["".join(p) for p in art.pars]
    if r.random() < 0.3:
        lines.append(f"（责任编辑：{gw.name(r)}）")
    sep = r.choice(("\n", "\n\n"))
    text = sep.join(lines) + ("\n" if r.random() < 0.5 else "")
    return record(pid, "text_genuine", text, [], spam=False, html_doc=False, aid=art.aid)


# ---------------------------------------------------------------- genuine HTML families

GENUINE_PLAN = {
    # family: ((gaming_news kind, weight), ...), site builders
    "macau_news": ((("macau_gaming", 55), ("macau_gaming_trad", 45)), None),
    "operator_news": ((("operator_corporate", 1),), (site_finance, site_news, site_macau_simpl)),
    "regulation": ((("regulation", 1),), (site_gov, site_news, site_police)),
    "court_police": ((("court_police", 1),), (site_court, site_police, site_news)),
    "antifraud": ((("antifraud", 1),), (site_police, site_news, site_gov, site_school)),
    "lottery_official": ((("lottery_official", 70), ("lottery_winner", 30)), (site_lottery_center, site_lottery_center, site_news)),
    "lottery_channel": ((("lottery_channel", 70), ("lottery_winner", 30)), (site_lottery_portal,)),
    "sports_odds": ((("sports_odds", 1),), (site_sports, site_sports, site_news)),
    "sports_sponsor": ((("sports_sponsor", 1),), (site_sports, site_finance, site_news)),
    "casino_travel": ((("casino_travel", 1),), (site_travel, site_travel, site_news)),
}


def fam_genuine(family: str):
    kinds, sites = GENUINE_PLAN[family]

    def build(r: random.Random, ctx: Ctx, pid: str) -> dict:
        kind = pick(r, kinds)
        art = news_article(r, kind)
        trad = is_trad(art.headline + "".join(sum(art.pars, [])))
        if trad:
            site = site_macau_trad(r, finance=family == "operator_news")
        elif family == "macau_news":
            site = r.choice((site_macau_simpl, site_news))(r)
        else:
            site = r.choice(sites)(r)
        d = Doc(r, site, art)
        if r.random() < 0.4 and not trad:  # related headlines of the same beat
            d.after.append(ul(r.choice(("相关新闻", "延伸阅读", "相关报道")), [gn.headline(r, kind, heldout=True) for _ in range(r.randint(2, 5))], "related", r=r))
        return finish_doc(d, pid, family, spam=False)

    build.__doc__ = f"A genuine {family} page: held-out gaming_news article in fitting chrome."
    return build


def fam_plain_news(r: random.Random, ctx: Ctx, pid: str) -> dict:
    """A held-out corpus article in pages.py's news chrome (a clean page)."""
    aid = r.choice(ctx.usable)
    p = pg.base_page(r, pid, "clean", aid, ctx.corpus[aid], None)
    return record(pid, "plain_news", pg.render(p), [], spam=False, html_doc=True, aid=aid)


# ---------------------------------------------------------------- records


def finish_doc(d: Doc, pid: str, family: str, spam: bool) -> dict:
    return record(pid, family, render_doc(d), d.gold, spam=spam, html_doc=True, aid=d.art.aid)


def record(pid: str, family: str, content: str, gold: list[dict], spam: bool, html_doc: bool, aid: str | None = None) -> dict:
    content, gold = pg.renumber(content, gold)
    problems = pg.check_markers(content, len(gold))
    if problems:
        raise AssertionError(f"{pid} ({family}): {problems}")
    if spam and not gold:
        raise AssertionError(f"{pid} ({family}): a spam page without gold spans")
    group = "polluted" if spam else ("clean" if family in CLEAN_GENUINE else "hard_negative")
    rec = {"id": pid, "html" if html_doc else "text": content, "label": "spam" if spam else "genuine", "source": SOURCE,
           "category": family, "group": group, "article": aid, "gold": gold}
    return rec


BUILDERS = {
    "brand_site": fam_brand_site,
    "hijacked_title": fam_hijacked_title,
    "brand_swapped_news": fam_brand_swapped_news,
    "betting_guide": fam_betting_guide,
    "keyword_farm": fam_keyword_farm,
    "hidden_links": fam_hidden_links,
    "text_stuffed": fam_text_stuffed,
    "plain_news": fam_plain_news,
    "text_genuine": fam_text_genuine,
    **{f: fam_genuine(f) for f in GENUINE_PLAN},
}


def plan(seed: int, n_pages: int) -> list[str]:
    """The family of each page: counts by weight (largest remainder), shuffled."""
    fams = SPAM_FAMILIES + GENUINE_FAMILIES
    total = sum(w for _, w in fams)
    exact = [(f, n_pages * w / total) for f, w in fams]
    counts = {f: int(x) for f, x in exact}
    rest = n_pages - sum(counts.values())
    for f, x in sorted(exact, key=lambda fx: (-(fx[1] - int(fx[1])), FAMILIES.index(fx[0])))[:rest]:
        counts[f] += 1
    order = [f for f in FAMILIES for _ in range(counts[f])]
    random.Random(f"{seed}:real-plan").shuffle(order)
    return order


def make_pages(corpus: dict[str, list[str]], seed: int, n_pages: int, split_name: str = "test") -> list[dict]:
    ctx = Ctx(corpus)
    out = []
    for i, family in enumerate(plan(seed, n_pages)):
        r = random.Random(f"{seed}:real:{i}")
        out.append(BUILDERS[family](r, ctx, f"real-{split_name}-{i:05d}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", required=True, help="pd199801.tsv from scripts/fetch-corpus.sh")
    ap.add_argument("--split", choices=split.SPLITS, required=True, help="held-out split: dev (tuning) or test (reported)")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--pages", type=int, default=1200)
    ap.add_argument("--out", required=True, help="output JSONL file")
    args = ap.parse_args(argv)
    t0 = time.monotonic()
    corpus = pg.load_corpus(args.corpus, args.split)
    records = make_pages(corpus, args.seed, args.pages, args.split)
    pg.write_jsonl(args.out, records)

    err = sys.stderr
    fams: dict[str, int] = {}
    kinds: dict[str, int] = {}
    obfs: dict[str, int] = {}
    for rec in records:
        fams[rec["category"]] = fams.get(rec["category"], 0) + 1
        for g in rec["gold"]:
            kinds[g["kind"]] = kinds.get(g["kind"], 0) + 1
            obfs[g["obfuscation"]] = obfs.get(g["obfuscation"], 0) + 1
    n_spam = sum(rec["label"] == "spam" for rec in records)
    print(f"wrote {args.out}: {len(records)} pages ({n_spam} spam, {len(records) - n_spam} genuine), "
          f"{sum(kinds.values())} gold spans, split {args.split}, seed {args.seed}", file=err)
    print("  spam:    " + ", ".join(f"{f}={fams.get(f, 0)}" for f, _ in SPAM_FAMILIES), file=err)
    print("  genuine: " + ", ".join(f"{f}={fams.get(f, 0)}" for f, _ in GENUINE_FAMILIES), file=err)
    print("  spans per kind: " + ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())), file=err)
    print("  spans per obfuscation: " + ", ".join(f"{k}={v}" for k, v in sorted(obfs.items())), file=err)
    print(f"  time: {time.monotonic() - t0:.1f}s", file=err)
    return 0


if __name__ == "__main__":
    sys.exit(main())
