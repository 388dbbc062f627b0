"""Brand-SEO gambling spam: the strings injected into hijacked Chinese sites
since about 2023 (standard library only, deterministic given random.Random).

Online-casino and sports-betting brands promote themselves with short strings
pasted into titles, link texts and sentences of other people's pages:
`<brand>体育官方网站`, `<brand>·(中国)官方网站`, `pg电子`, `ag真人旗舰厅`,
`<place><company>公司开户电话`, `欧洲杯在哪里买球`, `<brand>-<club>官方合作伙伴`,
`<brand>期待您的到来`. spam.py's lottery-information spam rarely names such a
brand, and its brand names are invented, so the model never learned what real
brand names look like. This module writes that spam from naming patterns:

* real brand names (lexicon/brand_seo.txt, providers, slot titles, border-casino
  places and companies) mixed with names composed the way the trade composes
  them: pinyin initials or pinyin before/after a Chinese name (`xx乐鱼`,
  `乐鱼xx`, `k8凯发`), auspicious two-character names (`X博`, `X发`, `X会`),
  animals, fruits, mythic figures and ordinary words reused as brands, number
  names (`9博`, `188`, `6688`), Latin-only names, `X·Y`;
* many surface templates per family with the punctuation the sites use
  (`·`, `(中国)`, `「中国」`, `(china)`, `-`, `_`, `|`, `*`, `●`, `◀`, repetition
  `X体育,X体育官网`) and numbers, WeChat/QQ ids and phone numbers where the family
  has them.

heldout=True draws from disjoint lists (lexicon/*_heldout.*), disjoint name
parts (first characters, animals, fruits, mythic figures, words, number and
Latin shapes) and disjoint surface templates, so evaluation pages built with it
measure generalisation to brands and wordings the training rows never showed.
Shared on both sides on purpose: the trade vocabulary itself (体育, 官方网站,
app下载, 客服, 开户, the second characters 博/乐/赢/彩 …, places, events, clubs),
which is what a model must learn to recognise unseen brands.

Every template and word pool here is written by the spamscan developers; brand,
provider, game, club and place names are facts of the trade or public sports
facts. Nothing is copied from real spam pages or from ../shared/realdev.

Families (FAMILIES) and what they cover:
  brand_seo         brand + 体育/电竞/娱乐 … + 官方网站/app下载/登录入口, (中国) tags,
                    Latin tags, repetition, company-name and navigation shapes
  customer_service  border and offshore casinos: <place><company>公司开户电话,
                    上分客服微信, 现场客服经理, 大额无忧, 会员账号注册, 老版本 …
  game_hall         provider halls and games: PG/PP/AG/BBIN/CQ9/JDB 电子/真人,
                    旗舰厅, 游戏大厅, 棋牌, 捕鱼, 哈希游戏, private-lottery games
  betting_guide     where/how to bet: 欧洲杯在哪里买球, 正规买球平台推荐, esports and
                    poker platforms, rankings
  sponsor_claim     <brand>-<league club>官方合作伙伴, event partner claims
  slogan            为您提供…, 欢迎来到…, …期待您的到来, …怎么玩, trust slogans
Lottery-information spam (资料大全, 开奖结果 …) stays in spam.py.
"""

from __future__ import annotations

import os
import random
import re
from dataclasses import dataclass

import genuine_topics
import lexicon

FAMILIES = ("brand_seo", "customer_service", "game_hall", "betting_guide", "sponsor_claim", "slogan")
# Share of each family in FAMILIES order when the caller does not choose one
# (any_phrase, glued_title): brand SEO dominates hijacked sites, then halls and
# customer service; guides, sponsor claims and bare slogans are rarer.
FAMILY_WEIGHTS = (40, 14, 16, 10, 6, 14)

# ---------------------------------------------------------------- lexicon


def _rows(name: str) -> list[list[str]]:
    """Tab-separated rows of a lexicon file ('#' comment lines skipped)."""
    with open(os.path.join(lexicon.LEXICON_DIR, name), encoding="utf-8") as f:
        return [l.split("\t") for l in f.read().splitlines() if l.strip() and not l.startswith("#")]


@dataclass(frozen=True)
class Provider:
    """A game provider: Latin code, Chinese name ('' if none), hall kinds (电子, 真人 …)."""

    code: str
    cn: str
    kinds: tuple[str, ...]


def _providers(name: str) -> tuple[Provider, ...]:
    return tuple(Provider(c, "" if cn == "-" else cn, tuple(k.split(","))) for c, cn, k in _rows(name))


ALIASES = {cn: latin for cn, latin in lexicon.load_pairs("brand_aliases.tsv")}
PLACES = tuple(lexicon.load_terms("cs_places"))

# ---------------------------------------------------------------- pinyin (for Latin tags)

# Toneless pinyin of every character used in Chinese brand names here (lists and
# name pools); a test checks coverage. Syllable followed by its characters.
_PINYIN_TABLE = """
a:阿 ai:爱艾 an:安 ao:澳奥 ba:八霸巴 bai:百白 ban:半 bang:邦 bao:宝博保 bei:北贝 bi:必 bian:边 bo:博搏波 bu:捕 cai:彩财 chang:昌 chao:朝 chen:晨辰 cheng:城诚成 chi:驰 chu:楚 da:大达 dai:代 dao:岛 de:德 di:帝迪地 dian:殿 ding:鼎顶 dong:东 dou:斗 duo:多夺 e:娥 fa:发法 fei:飞菲 feng:凤丰峰 fu:富福夫 gang:港 gao:高 ge:格 gong:宫 guan:冠 guang:光 gui:贵 guo:国 hai:海 han:汉 hao:豪好 he:和合河 hei:黑 heng:恒 hong:鸿红 hou:后猴 hu:虎狐湖 hua:华 huang:皇黄 hui:汇会辉 huo:火 ji:吉际极技 jia:嘉佳家 jian:剑 jiang:江 jiao:蛟 jie:界 jin:金锦 jing:京精竞晶 jiu:九酒 ju:聚巨 jue:爵 jun:骏 kai:凯开 ke:克 kong:空孔 kui:葵 la:拉 lai:来 lan:蓝兰 lang:狼 lao:老 le:乐勒 li:利立励力丽李 lian:莲联 liang:亮 lin:林麟 ling:灵 liu:流六榴 long:龙 lu:禄鹿 luo:洛罗 ma:马 mang:芒 mei:美梅 meng:梦猛蒙 mi:米 ming:明 mo:墨魔 mu:木 na:哪纳 nan:南 niu:牛 ou:欧鸥 pan:盘 pi:貔 ping:平 pu:扑葡浦 qi:奇麒祺 qian:千 qiang:强 qing:青庆 qiu:球 que:雀 ri:日 rong:荣 ru:如 rui:瑞 sai:塞赛 san:三山 sang:桑 sha:沙鲨 shan:山 shang:上尚 shen:申神 sheng:盛胜圣 shi:世时狮十石 shou:首 shu:数 shuang:双 si:斯 song:松 tai:泰太 tan:坛 tang:堂唐 teng:腾 tian:天 tong:通 tu:图 wan:万 wang:王旺 wei:威伟维卫 wen:文 wu:武悟五 xi:西喜希犀 xia:峡 xian:仙 xiang:祥翔象香 xiao:小 xin:新鑫心 xing:星兴杏 xiong:雄熊 xiu:貅 xu:旭 xuan:玄 ya:亚鸭 yan:燕 yang:阳扬 yao:耀 ye:叶 yi:亿壹易 yin:银 ying:赢盈英鹰 yong:永 you:游优友 yu:鱼玉宇御羽语域 yuan:元源 yue:月悦越 yun:运云 zhan:战 zhen:珍 zhi:之 zhong:中钟 zhou:州洲 zhu:朱 zi:紫 zong:宗 zun:尊 zuan:钻
xia:下 er:二尔贰 ren:人 qi:企 lun:伦 seng:僧 guan:关 bing:冰 jia:加 qu:区 ka:卡咖 yuan:原 gu:古谷 zha:吒 ha:哈 fang:坊 bao:堡豹 kua:夸 nv:女 wa:娲 chang:嫦 zi:子 zhou:宙 bin:宾 mi:密 ni:尼 ling:岭 an:岸 chuan:川 lian:廉 ying:影樱 lv:律 wei:微 yi:意羿 xi:戏 sa:撒 dun:敦 ban:斑 yang:杨洋 guo:果 zhi:枝至 you:柚 ning:柠 tao:桃饕 ye:椰野 cheng:橙 meng:檬 fan:泛 ze:泽 wan:湾 mo:漠 hao:濠 fu:父 te:特 gou:狗 lie:猎 xing:猩 huan:环 po:珀 shan:珊 hu:琥瑚 gua:瓜 bi:碧 zhu:竹 cui:翠 fei:翡 bo:脖菠 cao:草 li:荔鲤黎 mei:莓 luo:萝 hong:虹 chan:蟾 dai:袋 ji:记 tun:豚 lang:郎 feng:锋 men:门 long:隆 xue:雪 lei:雷 tie:餮 kui:馗 jing:鲸 e:鹅 shu:鼠 mian:棉 meng:盟 ji:纪
"""
PINYIN: dict[str, str] = {}
for _entry in _PINYIN_TABLE.split():
    _syl, _chars = _entry.split(":")
    for _ch in _chars:
        PINYIN.setdefault(_ch, _syl)


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _pinyin(name: str) -> list[str] | None:
    """Syllables of the Chinese characters of `name`, or None when one is unknown."""
    syl = [PINYIN.get(ch) for ch in name if _is_cjk(ch)]
    return None if not syl or None in syl else syl  # type: ignore[return-value]


# ---------------------------------------------------------------- name pools (train | held out, disjoint)

# Second characters of composed names: the trade's own vocabulary, shared.
TRADE_SECOND = "博 搏 乐 赢 彩 发 鑫 盈 游 竞 宝 亚 欧 凯 利 运 汇 盛 威 冠 胜 京 鼎 豪".split()

_FIRST_T = "凯 鸿 恒 金 银 星 天 亿 万 永 富 必 九 开 南 亚 欧 皇 龙 华 乐 赢 新 澳 尊 威 豪 伟 东 中 大 博 宝 百 千 明 飞".split()
_FIRST_H = "瑞 祥 福 禄 喜 吉 庆 兴 旺 昌 隆 荣 御 帝 圣 玉 锦 聚 嘉 佳 泰 安".split()
_ANIMALS_T = "老虎 猎豹 海豚 雄鹰 金鹰 狮子 黑马 飞龙 蛟龙 锦鲤 鲨鱼 蓝鲸 猎鹰 骏马 金牛 飞鱼".split()
_ANIMALS_H = "雪狼 野狼 飞马 金狮 银狐 海鸥 孔雀 犀牛 猩猩 斑马 袋鼠 企鹅".split()
_FRUITS_T = "芒果 榴莲 菠萝 西瓜 橙子 荔枝 樱桃 草莓 柚子 木瓜".split()
_FRUITS_H = "椰子 柠檬 蓝莓 火龙果 百香果 山竹 杨桃 哈密瓜".split()
_MYTHIC_T = "悟空 哪吒 麒麟 貔貅 玄武 朱雀 青龙 财神 大圣 嫦娥 沙僧 二郎神".split()
_MYTHIC_H = "如意 金蟾 钟馗 后羿 盘古 女娲 夸父 精卫 饕餮 白泽".split()
# ordinary words reused as brand names (a place-ish or poetic word + 体育)
_WORDS_T = "湾区 星河 极光 北斗 彩虹 海峡 天际 星辰 阳光 蓝天 海岸 峡谷 宇宙 天空 岭南 中原 江北 关东".split()
_WORDS_H = "沙漠 草原 极地 冰川 流星 珊瑚 翡翠 琥珀 晨光 云海 塞北 漠北".split()
_PREFIX_T = ("澳门", "新", "老", "大", "皇家")
_PREFIX_H = ("香港", "亚洲", "环球", "菲律宾")
_LUCKY = "1356789"
_CN_NUM_T = ("三", "千", "百", "九", "万")
_CN_NUM_H = ("五", "八", "六", "十")
_LETTERS = "abcdefghjklmnpqrstwxyz"


@dataclass(frozen=True)
class Side:
    """Everything one side (train or held out) draws from."""

    heldout: bool
    real: tuple[str, ...]
    companies: tuple[str, ...]
    providers: tuple[Provider, ...]
    titles: tuple[str, ...]
    first: tuple[str, ...]
    animals: tuple[str, ...]
    fruits: tuple[str, ...]
    mythic: tuple[str, ...]
    words: tuple[str, ...]
    prefix: tuple[str, ...]
    cn_num: tuple[str, ...]


TRAIN = Side(
    False, tuple(lexicon.load_terms("brand_seo")), tuple(lexicon.load_terms("cs_companies")),
    _providers("game_providers.tsv"), tuple(lexicon.load_terms("slot_titles")),
    tuple(_FIRST_T), tuple(_ANIMALS_T), tuple(_FRUITS_T), tuple(_MYTHIC_T), tuple(_WORDS_T), _PREFIX_T, _CN_NUM_T,
)
HELDOUT = Side(
    True, tuple(lexicon.load_terms("brand_seo_heldout")), tuple(lexicon.load_terms("cs_companies_heldout")),
    _providers("game_providers_heldout.tsv"), tuple(lexicon.load_terms("slot_titles_heldout")),
    tuple(_FIRST_H), tuple(_ANIMALS_H), tuple(_FRUITS_H), tuple(_MYTHIC_H), tuple(_WORDS_H), _PREFIX_H, _CN_NUM_H,
)


def side(heldout: bool) -> Side:
    return HELDOUT if heldout else TRAIN


# ---------------------------------------------------------------- brand names


def _two_char(r: random.Random, s: Side) -> str:
    a = r.choice(s.first)
    b = r.choice(TRADE_SECOND)
    while b == a:
        b = r.choice(TRADE_SECOND)
    return a + b


def _cjk_name(r: random.Random, s: Side) -> str:
    k = r.random()
    if k < 0.36:
        return _two_char(r, s)
    if k < 0.46:
        return _two_char(r, s) + "会"  # the X会 club shape
    if k < 0.58:
        return r.choice(s.animals)
    if k < 0.67:
        return r.choice(s.fruits)
    if k < 0.77:
        return r.choice(s.mythic)
    if k < 0.88:
        return r.choice(s.words)
    if k < 0.94:
        return r.choice(s.prefix) + _two_char(r, s)
    # two names as one brand, with or without a middle dot (X·Y)
    a, b = _two_char(r, s), r.choice((_two_char(r, s), r.choice(s.words), r.choice(s.animals)))
    return a + r.choice(("·", "", "")) + b


def _number_name(r: random.Random, s: Side) -> str:
    d = lambda: r.choice(_LUCKY)  # noqa: E731
    k = r.randrange(4)
    if not s.heldout:
        if k == 0:
            return d() + r.choice(("博", "搏", "游"))
        if k == 1:
            a, b = d(), d()
            return r.choice(("1", a)) + b + b  # 188, 688 …
        if k == 2:
            a, b, c = d(), d(), d()
            return r.choice((a + a + b + b, a + a + b + c, a + b + a + b, a + b + b + a))
        return r.choice(s.cn_num) + r.choice(("亿", "博", "发"))
    if k == 0:
        return d() + d() + r.choice(("赢", "发", "彩", "乐"))
    if k == 1:
        a = d()
        return a * 3
    if k == 2:
        return r.choice(s.cn_num) + r.choice(("号", "星", "福")) + r.choice(TRADE_SECOND)
    return d() + d() + d() + d() + r.choice(("彩", "赢"))


def _latin_name(r: random.Random, s: Side) -> str:
    if not s.heldout:
        if r.random() < 0.6:
            return r.choice(_LETTERS) + r.choice(_LETTERS)
        return r.choice(_LETTERS) + r.choice("123456789")
    if r.random() < 0.6:
        return "".join(r.choice(_LETTERS) for _ in range(3))
    return r.choice(_LETTERS) + r.choice("123456789") + r.choice(_LETTERS)


def latin_tag(r: random.Random, name: str) -> str:
    """A Latin tag the sites write next to a Chinese brand name: its known alias,
    pinyin initials or full pinyin; a name that already has Latin letters gives
    those (tidy() then folds `raybetraybet` into one)."""
    latin = re.findall(r"[A-Za-z][A-Za-z0-9]*", name)
    if latin:
        return max(latin, key=len).lower()
    cjk = "".join(ch for ch in name if _is_cjk(ch))
    if cjk in ALIASES and r.random() < 0.6:
        return ALIASES[cjk]
    syl = _pinyin(cjk)
    if syl is None:
        return r.choice(_LETTERS) + r.choice(_LETTERS)
    if r.random() < 0.65 or len(syl) > 3:
        return "".join(x[0] for x in syl)
    return "".join(syl)


def _decorate(r: random.Random, core: str) -> str:
    """Sometimes a Latin tag glued to a Chinese core name (xx乐鱼, 乐鱼xx, k8凯发)."""
    if r.random() < 0.7:
        return core
    if any(c.isascii() and c.isalpha() for c in core):
        return core
    t = latin_tag(r, core)
    k = r.randrange(6)
    if k == 0:
        return t + core
    if k == 1:
        return core + t
    if k == 2:
        return t + "·" + core
    if k == 3:
        return core + "·" + t
    if k == 4:
        return t[0] + r.choice("123456789") + core
    return core + t[0] + r.choice("123456789")


def brand(r: random.Random, heldout: bool = False) -> str:
    """A brand name: real (train or held-out list) or composed by the trade's
    naming patterns, sometimes with a Latin tag."""
    s = side(heldout)
    k = r.random()
    if k < 0.42:
        core = r.choice(s.real)
    elif k < 0.80:
        core = _cjk_name(r, s)
    elif k < 0.92:
        core = _number_name(r, s)
    else:
        core = _latin_name(r, s)
    return _decorate(r, core)


def company(r: random.Random, heldout: bool = False) -> str:
    """A border-casino company name: listed, or two auspicious characters."""
    s = side(heldout)
    if r.random() < 0.45:
        return r.choice(s.companies)
    if r.random() < 0.15:
        return str(r.choice((8, 9, 6))) * 2
    return _two_char(r, s)


# ---------------------------------------------------------------- slot pools (shared vocabulary)

SITE = ("官方网站", "官方网站", "官网", "官网", "官网入口", "登录入口", "官方入口", "网页版", "手机版", "注册首页", "在线注册",
        "最新网址", "网址", "首页", "平台", "全站", "客户端", "官方版", "登录", "在线登录", "官网登录", "网页登录入口",
        "官方网页版", "唯一官方网站", "最新登录地址", "备用网址", "官方平台", "网站", "官网首页", "入口", "官方登录入口",
        "网页版登录", "官网平台", "网站入口", "官方网站入口", "登陆入口", "官方网址", "在线平台", "网页版入口")
APP = ("app下载", "app下载", "app官方下载", "手机app下载", "app下载安装", "官方app下载", "app最新版下载", "app官网下载",
       "手机版下载", "客户端下载", "app下载官网", "app", "手机app", "官方app", "app安卓版", "app苹果版", "ios版下载",
       "安卓版下载", "官方版下载", "app官方版", "下载安装", "app免费下载", "app最新版", "手机客户端")
IOS = ("ios/安卓通用版/手机app下载", "ios/安卓通用版/手机app", "ios安卓通用版手机app下载", "ios/android通用版/手机app",
       "安卓/苹果通用版", "ios/安卓版下载", "app store", "ios/安卓/网页版")
SUFFIX = (("体育", 30), ("综合体育", 4), ("体育综合", 2), ("电竞", 5), ("娱乐", 8), ("国际", 5), ("游戏", 3),
          ("运动", 2), ("棋牌", 3), ("彩票", 3), ("真人", 2), ("电子", 2), (" sports", 2), ("体育集团", 1),
          ("集团", 2), ("娱乐平台", 2), ("体育平台", 2), ("", 8), ("·体育", 4), ("体育科技", 1))
CN_TAG = (("(中国)", 10), ("·(中国)", 8), ("（中国）", 3), ("(china)", 2), ("「中国」", 2), ("(中国区)", 2),
          ("(中国大陆)", 1), ("·中国", 1), ("中国", 2), ("·(china)", 1), ("(CHINA)", 1), ("·(中国区)", 1), ("(官方)", 2))
DOT = (("·", 10), ("", 6), (".", 1), ("●", 1), ("•", 1), (" ", 1))
SEP = (",", ",", "，", " | ", "|", "-", "_", "*", " ", "、", "—", " - ", ";", "/", "  ")
DECOR = (("✳️", "✳"), ("★", "★"), ("●", ""), ("", "◀"), ("✅", ""), ("🎁", ""), ("【", "】"), ("「", "」"),
         ("⚽️", ""), ("🔥", ""), ("☞", ""), ("◆", "◆"), ("", "♥"), ("[", "]"), ("『", "』"), ("▶", ""))
EN_GLOSS = ("sports", "china", "official", "sport", "esports", "casino", "game", "bet", "科技", "集团", "官方", "亚洲")
TLDS = (".com", ".com", ".cc", ".vip", ".net", ".app", ".co", ".me", ".tv", ".bet", ".top", ".live")

CO_KIND = (("公司", 10), ("娱乐公司", 6), ("国际", 4), ("娱乐", 5), ("国际娱乐", 2), ("平台", 2), ("集团", 2), ("直属公司", 2),
           ("总公司", 1), ("娱乐总部", 1), ("国际公司", 2), ("娱乐有限公司", 1), ("厅", 1), ("", 3))
CS_NOUN = ("客服", "在线客服", "客服电话", "客服微信", "上分客服", "上下分客服", "开户客服", "客服经理", "现场客服",
           "直属客服", "24小时客服", "客服中心", "客服部", "开户电话", "联系电话", "客服热线", "开户经理", "客服QQ",
           "在线开户", "下分客服", "充值客服", "联系方式")
CS_TRUST = ("大额无忧", "信誉保障", "诚信经营", "资金安全", "24小时在线", "实体平台", "现场开户", "正规实体", "秒上秒下",
            "支持视频验证", "无需押金", "出款稳定", "老牌实体", "正规直营", "安全放心", "先出款后收费")
REG = ("免费注册", "会员申请", "账号注册", "开户", "登录", "下载", "注册账号", "会员登录", "app下载", "申请账号")
BIZ = ("代理业务", "招商加盟", "代理开户", "代理招聘", "招代理", "合作代理")
HALL = ("旗舰厅", "旗舰厅", "国际厅", "游戏大厅", "电子游戏厅", "真人视讯厅", "贵宾厅", "VIP厅", "亚洲厅", "至尊厅", "百家乐厅",
        "娱乐大厅", "真人大厅", "豪华厅")
CASINO_GAME = ("百家乐", "龙虎", "牛牛", "轮盘", "骰宝", "21点", "德州扑克", "炸金花", "斗地主", "麻将", "捕鱼", "老虎机",
               "三公", "推筒子", "抢庄牛牛", "二八杠")
HASH = ("哈希竞猜", "哈希单双", "哈希大小", "哈希牛牛", "哈希百家乐", "哈希幸运", "哈希庄闲", "哈希游戏", "哈希彩票", "哈希轮盘")
FISH = ("捕鱼", "电子捕鱼", "捕鱼游戏", "打鱼机", "捕鱼达人版", "深海捕鱼", "千炮捕鱼", "捕鱼大厅")
LOTTERY = ("北京赛车pk10", "北京赛车", "幸运飞艇", "河内五分彩", "极速赛车", "快三", "时时彩", "分分彩", "一分快三",
           "幸运28", "加拿大28", "极速快三", "腾讯分分彩", "澳洲幸运10", "11选5")
LOT_SITE = ("投注网址", "投注平台", "开户", "网上投注", "官方平台", "在线投注", "计划网", "平台官网", "下注平台", "开奖网站")
EVENTS = ("欧洲杯", "欧洲杯", "世界杯", "世界杯", "欧冠", "美洲杯", "亚洲杯", "世俱杯", "奥运会", "英超", "西甲", "NBA",
          "欧联杯", "五大联赛", "意甲", "德甲", "法甲", "欧国联", "非洲杯", "亚冠", "NBA总决赛", "英超联赛")
ESPORTS = ("lol", "英雄联盟", "dota2", "csgo", "cs2", "王者荣耀", "kpl", "lpl", "无畏契约", "和平精英", "英雄联盟S赛", "电竞")
BET_VERB = ("买球", "下注", "投注", "押注", "竞猜", "下单", "外围", "开户", "买足球", "赌球")
BET_NOUN = ("买球", "体育投注", "电竞竞猜", "网上赌球", "足球投注", "篮球投注", "外围", "网投", "真人娱乐", "百家乐",
            "电竞投注", "足球竞猜", "网赌")
QUAL = ("正规", "靠谱", "十大", "信誉好的", "安全的", "大型", "合法", "专业", "正规的", "靠谱的", "老牌", "知名", "最新", "官方认证")
GOOD = ("最靠谱", "最好", "信誉好", "赔率高", "出款快", "最正规", "比较安全", "最火")
POKER = ("打德州", "玩德州扑克", "打牌赢钱", "玩百家乐", "打麻将赢钱", "斗地主赢钱", "玩牛牛", "打德扑", "玩炸金花")
PARTNER = ("官方合作伙伴", "官方合作伙伴", "官方区域合作伙伴", "官方赞助商", "亚洲区合作伙伴", "指定合作伙伴",
           "官方投注合作伙伴", "全球合作伙伴", "球衣赞助商", "战略合作伙伴", "亚洲官方合作伙伴", "中国区合作伙伴",
           "官方博彩合作伙伴", "袖标赞助商")
SLOGAN_4_T = ("天生赢家", "一触即发", "赢在起点", "乐在其中", "精彩无限", "激情无限", "畅享精彩", "玩转世界", "梦想启航",
              "品质之选", "尊贵体验", "王者风范", "实力见证", "信誉为王", "极致体验", "非凡品质", "赢得精彩", "乐享人生",
              "无限可能", "全力以赴")
SLOGAN_4_H = ("荣耀加冕", "巅峰对决", "智赢未来", "快乐加倍", "好运连连", "胜券在握", "惊喜不断", "一路领先")
TRUST = ("信誉至上", "信誉第一", "诚信至上", "金字招牌", "百年品牌", "十年老品牌", "值得信赖", "实力雄厚", "诚信为本",
         "品牌保障", "信誉保证", "口碑之选", "老品牌值得信赖", "安全稳定", "公平公正")
BENEFIT = ("首存送100%", "极速存提", "大额无忧", "资金安全", "秒存秒提", "返水无上限", "注册送彩金", "新人首充加赠",
           "出款秒到", "每日加奖", "24小时存取款", "天天返水", "极速出款", "注册即送体验金", "提款无限制", "高赔率")
OFFER = ("高品质的娱乐游戏", "真人、体育、电子", "最新网址", "安全的投注环境", "全球赛事直播", "最高赔率", "优质的服务",
         "丰富的游戏", "专业的体育资讯", "一站式娱乐服务", "在线试玩", "快速存取款", "体育、电竞、真人、彩票、棋牌")
REGION = ("亚洲", "全球", "全网", "业内", "国内", "东南亚", "世界")
RANK = ("最大", "领先", "知名", "顶级", "最受欢迎", "最具信誉", "最安全", "第一", "实力最强")
KIND = ("线上娱乐", "体育投注", "真人娱乐", "电竞竞猜", "综合娱乐", "体育娱乐", "在线娱乐", "博彩", "游戏娱乐", "体育竞技")
EXPERIENCE = ("完美游戏体验", "不一样的体验", "极致的娱乐体验", "非凡体验", "畅快体验", "多种游戏不同体验", "顶级赛事")
LICENSE = ("菲律宾PAGCOR牌照", "马耳他MGA牌照", "英国GC认证", "库拉索牌照", "菲律宾政府监管", "英属维尔京群岛注册",
           "马恩岛博彩监管", "亚洲博彩协会认证")


def _w(r: random.Random, pairs) -> str:
    return r.choices([p for p, _ in pairs], weights=[w for _, w in pairs], k=1)[0]


def year(r: random.Random) -> str:
    return str(r.choice((2019, 2020, 2021, 2022, 2023, 2023, 2024, 2024, 2024, 2025, 2025, 2026)))


def phone(r: random.Random) -> str:
    """A made-up phone number in the shapes these pages print (CN mobile, Myanmar, Philippines, Cambodia)."""
    k = r.random()
    if k < 0.6:
        n = "1" + r.choice("3456789") + "".join(r.choice("0123456789") for _ in range(9))
        f = r.random()
        if f < 0.6:
            return n
        if f < 0.8:
            return f"{n[:3]}-{n[3:7]}-{n[7:]}"
        return f"{n[:3]} {n[3:7]} {n[7:]}"
    digits = lambda k: "".join(r.choice("0123456789") for _ in range(k))  # noqa: E731
    if k < 0.75:
        return f"+95 9{digits(8)}"
    if k < 0.9:
        return f"+63 9{digits(9)}"
    return f"+855 {digits(2)} {digits(3)} {digits(3)}"


def wechat(r: random.Random) -> str:
    """A made-up WeChat id (letters + digits, or a number)."""
    if r.random() < 0.45:
        return str(r.randint(10000000, 99999999))
    head = "".join(r.choice(_LETTERS) for _ in range(r.randint(2, 5)))
    return head + str(r.randint(10, 999999)) + r.choice(("", "", "_", "vip"))


def qq(r: random.Random) -> str:
    return str(r.randint(10000, 3999999999))


def domain(r: random.Random, brand_name: str) -> str:
    tag = latin_tag(r, brand_name) or "".join(c for c in brand_name.lower() if c.isascii() and c.isalnum()) or "bet"
    d = tag + r.choice(("", str(r.randint(1, 999)), r.choice(("88", "888", "365", "99", "vip", "app"))))
    return r.choice(("", "", "www.")) + d + r.choice(TLDS)


def version(r: random.Random) -> str:
    return r.choice(("v", "V", "")) + f"{r.randint(1, 12)}.{r.randint(0, 9)}.{r.randint(0, 99)}"


def provider_hall(r: random.Random, p: Provider, kind: str | None = None) -> str:
    """`pg电子`, `AG真人`, `ky棋牌`: a provider code (mostly lower case) and one of its hall kinds."""
    code = p.code.lower() if r.random() < 0.75 else p.code
    if p.cn and r.random() < 0.12:
        code = p.cn if r.random() < 0.5 else code + p.cn
    return code + (kind or r.choice(p.kinds))


# ---------------------------------------------------------------- slot filling


def _prov(r: random.Random, s: Side, kinds: tuple[str, ...]) -> Provider:
    ps = [p for p in s.providers if set(p.kinds) & set(kinds)]
    return r.choice(ps)


def _chess(r: random.Random, s: Side) -> str:
    """`ky棋牌` (a chess-and-cards provider, if the side lists one) or `<brand>棋牌`."""
    ps = [p for p in s.providers if "棋牌" in p.kinds]
    if ps and r.random() < 0.6:
        return provider_hall(r, r.choice(ps), "棋牌")
    return brand(r, s.heldout) + "棋牌"


def _club(r: random.Random) -> tuple[str, str]:
    if r.random() < 0.12:
        return "NBA", r.choice(genuine_topics.NBA)
    league, clubs = r.choice(genuine_topics.LEAGUES)
    return league, r.choice(clubs)


def _slogan(r: random.Random, s: Side) -> str:
    four = SLOGAN_4_H if s.heldout else SLOGAN_4_T
    k = r.randrange(6)
    if k < 2:
        a, b = r.sample(four, 2)
        return a + r.choice(("·", "·", " ", "，", "-", "!")) + b
    if k == 2:
        return f"相信{r.choice(('品牌', '实力', '专业', '信誉', '选择', '品质'))}的力量"
    if k == 3:
        return r.choice(TRUST)
    if k == 4:
        return f"专注{r.choice(KIND)}{r.randint(5, 20)}年"
    return r.choice(four) + r.choice(("!", "！", "", "~"))


# Slot name -> function(r, side, get, n) -> text, n the slot's number suffix ("" or
# "2" …). `get(name)` fills another slot of the same template once, so {B} … {B}
# repeat one brand, {L} tags brand {B} and {L2} brand {B2}.
SLOTS = {
    "B": lambda r, s, get, n: brand(r, s.heldout),
    "L": lambda r, s, get, n: latin_tag(r, get("B" + n)),
    "S": lambda r, s, get, n: _w(r, SUFFIX),
    "SITE": lambda r, s, get, n: r.choice(SITE),
    "APP": lambda r, s, get, n: r.choice(APP),
    "IOS": lambda r, s, get, n: r.choice(IOS),
    "CN": lambda r, s, get, n: _w(r, CN_TAG),
    "D": lambda r, s, get, n: _w(r, DOT),
    "SEP": lambda r, s, get, n: r.choice(SEP),
    "DL": lambda r, s, get, n: get("_decor" + n)[0],
    "DR": lambda r, s, get, n: get("_decor" + n)[1],
    "_decor": lambda r, s, get, n: r.choice(DECOR),
    "Y": lambda r, s, get, n: year(r),
    "V": lambda r, s, get, n: version(r),
    "DOM": lambda r, s, get, n: domain(r, get("B" + n)),
    "EN": lambda r, s, get, n: r.choice(EN_GLOSS),
    "CO": lambda r, s, get, n: company(r, s.heldout),
    "COK": lambda r, s, get, n: _w(r, CO_KIND),
    "CS": lambda r, s, get, n: r.choice(CS_NOUN),
    "CST": lambda r, s, get, n: r.choice(CS_TRUST),
    "PLACE": lambda r, s, get, n: r.choice(PLACES),
    "PH": lambda r, s, get, n: phone(r),
    "WX": lambda r, s, get, n: wechat(r),
    "QQ": lambda r, s, get, n: qq(r),
    "NN": lambda r, s, get, n: r.choice(("99", "88", "66", "168", "888", "99", "58", "18", "28", "98")),
    "REG": lambda r, s, get, n: r.choice(REG),
    "BIZ": lambda r, s, get, n: r.choice(BIZ),
    "_p": lambda r, s, get, n: r.choice([p for p in s.providers if not n or p != get("_p")]),
    "PV": lambda r, s, get, n: provider_hall(r, get("_p" + n)),
    "PC": lambda r, s, get, n: get("_p" + n).code.lower(),
    "_pe": lambda r, s, get, n: _prov(r, s, ("电子",)),
    "PE": lambda r, s, get, n: provider_hall(r, get("_pe" + n), "电子"),
    "PEC": lambda r, s, get, n: get("_pe" + n).code.lower(),
    "_pl": lambda r, s, get, n: _prov(r, s, ("真人",)),
    "LIVE": lambda r, s, get, n: provider_hall(r, get("_pl" + n), "真人"),
    "LC": lambda r, s, get, n: get("_pl" + n).code.lower(),
    "CHESS": lambda r, s, get, n: _chess(r, s),
    "HALL": lambda r, s, get, n: r.choice(HALL),
    "GAME": lambda r, s, get, n: r.choice(s.titles),
    "CG": lambda r, s, get, n: r.choice(CASINO_GAME),
    "HASH": lambda r, s, get, n: r.choice(HASH),
    "FISH": lambda r, s, get, n: r.choice(FISH),
    "LOT": lambda r, s, get, n: r.choice(LOTTERY),
    "LOTS": lambda r, s, get, n: r.choice(LOT_SITE),
    "EV": lambda r, s, get, n: (year(r) if r.random() < 0.35 else "") + r.choice(EVENTS),
    "ES": lambda r, s, get, n: r.choice(ESPORTS),
    "_club": lambda r, s, get, n: _club(r),
    "LG": lambda r, s, get, n: get("_club" + n)[0],
    "CLUB": lambda r, s, get, n: get("_club" + n)[1],
    "BV": lambda r, s, get, n: r.choice(BET_VERB),
    "BN": lambda r, s, get, n: r.choice(BET_NOUN),
    "Q": lambda r, s, get, n: r.choice(QUAL),
    "GOOD": lambda r, s, get, n: r.choice(GOOD),
    "POKER": lambda r, s, get, n: r.choice(POKER),
    "PARTNER": lambda r, s, get, n: r.choice(PARTNER),
    "SLO": lambda r, s, get, n: _slogan(r, s),
    "TRUST": lambda r, s, get, n: r.choice(TRUST),
    "BEN": lambda r, s, get, n: r.choice(BENEFIT),
    "OFFER": lambda r, s, get, n: r.choice(OFFER),
    "REGION": lambda r, s, get, n: r.choice(REGION),
    "RANK": lambda r, s, get, n: r.choice(RANK),
    "KIND": lambda r, s, get, n: r.choice(KIND),
    "EXP": lambda r, s, get, n: r.choice(EXPERIENCE),
    "LIC": lambda r, s, get, n: r.choice(LICENSE),
    "M": lambda r, s, get, n: r.choice(("18", "38", "58", "88", "128", "188", "388", "588", "888", "1888")),
    "PCT": lambda r, s, get, n: r.choice(("50", "100", "100", "120", "150", "200")),
    "N": lambda r, s, get, n: str(r.randint(1, 10)),
    "SINCE": lambda r, s, get, n: str(r.randint(2003, 2019)),
}
_SLOT_RE = re.compile(r"\{([A-Za-z_]+)(\d*)\}")


def fill(r: random.Random, s: Side, template: str, memo: dict[str, str] | None = None) -> str:
    """Fills `{SLOT}` / `{SLOT2}` placeholders; equal names get one value (shared
    across calls through `memo`, e.g. one brand for a whole paragraph)."""
    memo = {} if memo is None else memo

    def get(name: str):
        if name not in memo:
            m = re.fullmatch(r"([A-Za-z_]+?)(\d*)", name)
            memo[name] = SLOTS[m.group(1)](r, s, get, m.group(2))
        return memo[name]

    return _SLOT_RE.sub(lambda m: get(m.group(1) + m.group(2)), template)


_DUP_WORDS = ("官方网站", "体育", "官网", "平台", "娱乐", "国际", "电竞", "游戏", "棋牌", "彩票", "真人", "电子", "app",
              "下载", "入口", "登录", "网页版", "集团", "公司", "客服", "官方", "的", "十大", "sports")
_DUP_RE = re.compile("(" + "|".join(sorted(map(re.escape, _DUP_WORDS), key=len, reverse=True)) + r")\1+")
_EDGE = " ·-_|,，*、—;/"


def tidy(s: str) -> str:
    """Collapses doubled words ("体育体育") and separators, trims dangling separators."""
    s = _DUP_RE.sub(r"\1", s)
    s = re.sub(r"(?<![A-Za-z0-9])([A-Za-z][A-Za-z0-9]+)(?:\1)+(?![A-Za-z0-9])", r"\1", s)
    s = re.sub(r"·{2,}", "·", s)
    s = re.sub(r"(20\d\d)年?20\d\d", r"\1", s)  # {Y}{EV} where the event has its own year
    s = re.sub(r"([,，|_\-*、/;])\1+", r"\1", s)
    s = re.sub(r" {3,}", "  ", s)
    s = re.sub(r"\(\)|（）|「」|【】|\[\]", "", s)
    s = s.replace("(·", "(").replace("·)", ")")
    return s.strip(_EDGE) or s.strip()


# ---------------------------------------------------------------- templates

# Train templates: the shapes the training rows are written in.
T_TRAIN: dict[str, tuple[str, ...]] = {
    "brand_seo": (
        "{B}{S}{SITE}", "{B}{S}{APP}", "{B}{CN}{SITE}", "{B}{D}{S}{CN}{SITE}", "{B}{S}{SEP}{B}{S}{SITE}",
        "{B}{SEP}{B}{S}{SITE}", "{L}{B}{S}{SITE}", "{B}{L}{S}{APP}", "{L}{D}{B}{CN}{S}官方网站", "{B}{S}{CN}{SITE}{IOS}",
        "{B}{CN}有限公司", "{B}{S}平台{CN}有限公司", "{B}{S}{SITE}{SEP}{B}{S}{SITE2}", "{B}{S}网页版{SEP}{B}{S}app",
        "{B}{S}在线注册", "{B}{D}{S}({EN})官方网站", "{B}{S}官方网站{SEP}{B}{S}{APP}", "{B}{S} | {B}{SITE} {B}{SITE2}",
        "{B}{S}{APP}{V}", "{B}{S}全站app", "{B}{S}登录入口{SEP}{B}{S}官方入口", "关于{B}{S}{CN}{SITE}",
        "联系{B}{S}{SITE}", "{DL}{B}{S}{CN}{SITE}{DR}", "{B}{S}首页{SEP}{B}{S}下载", "{L}{SITE}{B}{L}{D}({S})",
        "{Y}{B}{S}{SITE}", "{B}{S}({L})-{SITE}", "{B}{S}网址{SEP}{B}{S}{SITE}", "{B}{S}官网{DOM}",
        "{B}彩票{CN}{SITE}", "{B}{S}手机版{SEP}{B}{S}电脑版", "{B}{S}{SITE}【{Y}最新版】", "{B}{CN}{S}{SITE}{SEP}{SITE2}",
        "{B}{S}官方{SEP}{L}{B}{S}官方网", "{B}{S}{SITE}{IOS}", "{B}{S}{CN}官方网站·{SITE}", "{L}{S}{SITE}{SEP}{B}{S}{APP}",
        "{B}{D}{S}{SITE}{DL}", "{B}{S}最新网址{DOM}", "{B}{S}(官方){APP}{SITE}", "地址：{B}{S}{CN}{SITE}",
    ),
    "customer_service": (
        "{PLACE}{CO}公司开户电话", "{CO}公司{CS}电话", "{CO}{COK}{CS}", "{CO}{COK}{CS}微信:{WX}", "{CO}{COK}{CS}QQ{QQ}",
        "联系我们-{CO}{COK}{CS}", "{PLACE}{CO}{COK}怎么注册账号", "{CO}{COK}会员账号注册", "{CO}老版本{REG}",
        "{CO}新版本{REG}", "{CO}{COK}在线客服{CST}", "{CO}{COK}现场客服经理", "{CO}{COK}开户经理{PH}",
        "{PLACE}{NN}厅{CS}", "{PLACE}{NN}厅注册官网{CS}", "{CO}{COK}上分客服{SEP}{CO}{COK}下分客服",
        "{CO}客服{SEP}{CO}{COK}{CS}", "{CO}直属客服{SEP}直属开户{SEP}{CST}", "{CO}{COK}{BIZ}",
        "{WX}微信同步{CO}{COK}{CS}", "{CS}:{PH}{SEP}{CO}{COK}", "{CO}{COK}{CS}【{CST}】", "{PLACE}实体{CO}{COK}正规开户",
        "{CO}{COK}充值{CS}", "{CO}{COK}账号密码找回", "{PLACE}{CO}{COK}官网{SEP}{CS}{WX}",
        "{CO}{COK}开户{SEP}{CO}{COK}开户联系方式", "{CO}{COK}24小时{CS}{PH}", "{PLACE}{CO}{COK}{CS}", "{PLACE}-{CO}{REG}",
        "{CO}{COK}{CS}:{PH}({CST})", "{NN}厅{CS}{SEP}{NN}厅开户", "{CO}{COK}{CS}(微信同号){WX}", "{PLACE}{CO}{COK}{CST}",
    ),
    "game_hall": (
        "{PV}{SITE}", "{PV}{SEP}{PV}{SITE}", "{PV}{CN}{SITE}", "{PV}{APP}", "{PV}模拟器{APP}", "{PV}试玩{SITE}",
        "{PEC}{GAME}{SITE}", "{PE}{GAME}{SITE}", "{PEC}电子·{GAME}{CN}{SITE}", "{LIVE}{HALL}{REG}", "{B}{LC}{HALL}",
        "{LIVE}·{CG}{SITE}", "{LIVE}国际{CN}{SITE}", "{PV}游戏{SEP}{PV2}游戏", "{CHESS}{SITE}", "{HASH}{SITE}",
        "{B}哈希游戏{SITE}", "{FISH}{APP}", "{B}{HALL}{SITE}", "{PV}娱乐平台{SEP}{PV}{APP}", "{PV}{SITE}{SEP}{PV}游戏{SITE2}",
        "{LOT}{LOTS}", "{LOT}{SEP}{LOT}平台", "{PE}{GAME}爆分技巧", "{PV}免费试玩{SITE}", "{CG}{CN}{SITE}",
        "{LIVE}{CG}注册首页", "{PE}{GAME}{APP}", "{B}电子游戏{SEP}{B}真人视讯{SEP}{B}棋牌", "{PV}官网{SEP}{PV}游戏官方网站",
        "{B}{S}{PV}{SITE}", "{PEC}{GAME}{APP}", "{LIVE}{HALL}{SEP}{B}{S}", "{CG}在线{REG}{SEP}{CG}网址",
    ),
    "betting_guide": (
        "{EV}在哪里买球", "{Q}买球平台推荐", "{ES}押注{Q}平台", "网上{POKER}的平台", "{EV}买球官方网站",
        "{Y}{EV}买球入口{CN}{SITE}", "{EV}下单平台", "{EV}竞猜{Q}官网", "{EV}外围{BV}", "买球{APP}{SEP}{Q}买球软件哪个好",
        "十大{Q}{EV}买球app排行榜", "{LG}买球{SITE}", "怎么在网上买{EV}", "{EV}投注软件推荐", "{EV}正规买球{SITE}",
        "{ES}{BV}{SITE}", "{EV}押注{Q}平台{SITE}", "{Q}{BN}平台有哪些", "{EV}怎么下注", "哪个{BN}app{GOOD}",
        "{EV}竞猜{SEP}{EV}竞猜网址", "线上{BN}{Q}平台排名", "{LG}{BV}{APP}", "手机上怎么买{EV}", "{EV}买球网址大全",
        "{ES}竞猜app{Q}", "{EV}{BV}官网{SEP}{EV}{BV}平台", "{EV}下注{APP}", "外围{BN}网站{SEP}{Q}外围平台",
        "{Y}{EV}{BV}推荐:", "{EV}在线{BV}{CN}{SITE}", "{BN}{Q}网站{SEP}{BN}app",
    ),
    "sponsor_claim": (
        "{B}{S}-{LG}{CLUB}{PARTNER}", "{B}{S}{SEP}{CLUB}{PARTNER}", "{B}{S}{CLUB}{PARTNER}", "{CLUB}{PARTNER}{B}{S}{SITE}",
        "{EV}官方合作平台", "{Y}{EV}官方合作平台{SEP}{B}{S}", "{B}{S}({EV}){SLO}", "{B}携手{CLUB}",
        "{B}{S}{CN}{LG}{CLUB}{PARTNER}", "{B}{S}官方网站-{CLUB}{PARTNER}", "{B}{S}成为{CLUB}{PARTNER}",
        "{LG}{CLUB}{PARTNER}:{B}{S}", "{B}×{CLUB}", "{B}{S}荣膺{LG}{CLUB}{PARTNER}", "{EV}官方{BN}平台{SEP}{B}{S}{SITE}",
        "{B}{S}|{CLUB}{PARTNER}|{SITE}", "{EV}指定{BN}平台{B}{S}", "{B}{S}·{EV}{PARTNER}", "{B}{S}官方赞助{CLUB}",
        "{CLUB}{PARTNER}{B}{S}{APP}", "{B}-{LG}{CLUB}{PARTNER}{CN}{SITE}", "{B}{S}{CLUB}{PARTNER}{SEP}{B}{S}{SITE}",
        "{B}{S}独家冠名{EV}", "{EV}{B}{S}官方认证平台", "{B}{S}与{CLUB}续约{PARTNER}", "{B}{S}官方直营{SEP}{EV}官方合作",
    ),
    "slogan": (
        "{B}{S}为您提供", "{B}{S}为您提供{OFFER}", "欢迎来到{B}{S}{CN}{SITE}", "欢迎访问{B}{S}{SITE}!", "{B}{S}期待您的到来",
        "{B}{S}{APP}{SEP}{B}{S}期待您的到来", "{B}{S}怎么玩", "{B}{S}怎么注册", "{B}{S}{SLO}", "{B}{CN}{SLO}",
        "{SLO}{SEP}{B}{S}", "{B}{S}-{SLO}!", "{B}{S}{TRUST}", "{B}{S}是您休闲娱乐的首选{SITE}",
        "{B}{S}是{REGION}{RANK}的{KIND}平台", "{B}{S}24小时为您服务", "{B}{S}{TRUST}{SEP}{B}{S}{SITE}", "{BEN}{SEP}{B}{S}",
        "{B}{S}让您拥有{EXP}", "{B}{S}持有{LIC}", "{B}{S}{BEN}{SEP}{BEN2}", "{B}{S},{KIND}首选", "玩{KIND}就上{B}{S}",
        "{B}{S}{Y}全新上线", "{SLO}-{B}{S}{CN}{SITE}", "{B}{S}带您领略{EXP}", "{B}{S}{TRUST},{BEN}", "赢在{B}{S}",
        "{B}{S}欢迎您的加入", "{BEN} {BEN2} {TRUST}", "{TRUST}{SEP}{BEN}", "{B}{S}为您提供:{KIND}",
    ),
}

# Held-out templates: their own surface shapes (evaluation pages only).
T_HELDOUT: dict[str, tuple[str, ...]] = {
    "brand_seo": (
        "{SITE}-{B}{S}", "{B}{S}·{SITE}·{APP}", "{B}{S}【{SITE}】", "{B}({L}){S}官网{SEP}{B}{APP}", "{B}{S}{SITE}{Y}",
        "{L}{S}{SEP}{B}{S}{SITE}{SEP}{B}{S}{SITE2}", "{B}{S}官网{SEP}{L}{S}{APP}", "{B}集团{CN}{S}{SITE}",
        "进入{B}{S}{SITE}", "{B}{S}(官方认证){SITE}", "{B}{S}{SITE}·{B}{S}{SITE2}·{B}{S}{SITE3}",
        "{B}{S}{CN}股份有限公司", "{B}{S}官方下载中心",
    ),
    "customer_service": (
        "{CO}{COK}({PLACE})开户热线{PH}", "{PLACE}·{CO}{COK}{CS}", "{CO}{COK}官方{CS}|{WX}", "{CO}{COK}客服热线{PH}",
        "{CO}{COK}上分下分{CS}", "{CO}{COK}【{PLACE}】{CS}", "{CO}{COK}线下{CST}", "{PLACE}{CO}{COK}招代理",
        "{CO}{COK}微信{WX}(同号)", "{CO}{COK}旧版本登录", "{CO}{COK}现场视频开户{CS}", "{CO}{COK}会员注册{SEP}{CO}{COK}会员登录",
    ),
    "game_hall": (
        "{PV}官方{HALL}", "{GAME}({PC}){SITE}", "{PE}·{GAME}试玩", "{LIVE}{CG}在线{REG}", "{PV}游戏平台官网入口{Y}",
        "{HASH}平台{SEP}{HASH}官网", "{FISH}在线玩{SITE}", "{LOT}在线投注{SITE}", "{B}{HALL}·{LIVE}", "{PV}{CN}游戏大厅",
        "{CHESS}{APP}", "{GAME}爆分{PE}",
    ),
    "betting_guide": (
        "{EV}去哪个平台下注", "{EV}买球用什么app", "{Q}{BN}网站排行", "{ES}赛事在哪押注", "{EV}{BV}指南",
        "网上{POKER}哪里靠谱", "{LG}赛事投注入口{Y}", "{EV}正规{BV}渠道", "{BN}{Q}平台{SEP}{BN}网址", "{EV}在线{BV}官网",
        "如何注册{BN}账号", "{EV}{BV}app推荐",
    ),
    "sponsor_claim": (
        "{CLUB}{PARTNER}丨{B}{S}", "{B}{S}赞助{LG}豪门{CLUB}", "{B}{S}与{CLUB}达成合作", "{B}{S}·{CLUB}{PARTNER}{Y}",
        "{EV}唯一指定平台{B}{S}", "{B}{S}({CLUB}{PARTNER})", "{B}{S}正式成为{EV}{PARTNER}", "{LG}{PARTNER}—{B}{S}",
        "{B}{S}{SEP}{CLUB}{SEP}{PARTNER}", "{B}{S}官宣{CLUB}", "{CLUB}{PARTNER}·{B}{S}{SITE}",
    ),
    "slogan": (
        "{B}{S}与您一起{SLO}", "选择{B}{S},{TRUST}", "{B}{S}:{SLO}", "{B}{S}诚邀您的加入", "{B}{S}一站式{KIND}服务",
        "{B}{S}值得您信赖的{KIND}平台", "感谢您选择{B}{S}", "{B}{S}如何注册账号", "{B}{S}怎么下载{SEP}{B}{S}怎么充值",
        "{B}{S}给您{BEN}", "在{B}{S}赢取{M}万大奖", "{B}{S}官方提醒您:认准唯一官网",
    ),
}


def templates(family: str, heldout: bool = False) -> tuple[str, ...]:
    """The surface templates of one family on one side."""
    return (T_HELDOUT if heldout else T_TRAIN)[family]


def phrase(r: random.Random, family: str, heldout: bool = False) -> str:
    """One injected string of `family`, as a hijacked title, link text or inline phrase."""
    s = side(heldout)
    for _ in range(8):  # a Latin brand with empty suffixes can leave no Chinese at all: redraw
        out = tidy(fill(r, s, r.choice(templates(family, heldout))))
        if any(_is_cjk(ch) for ch in out):
            return out
    return out


def any_phrase(r: random.Random, heldout: bool = False) -> tuple[str, str]:
    """(family, phrase) with the family drawn by FAMILY_WEIGHTS."""
    fam = r.choices(FAMILIES, weights=FAMILY_WEIGHTS, k=1)[0]
    return fam, phrase(r, fam, heldout)


# ---------------------------------------------------------------- glued titles

TITLE_GLUE = (" ", "", "-", "_", "|", " - ", " | ", "——", ",", "，", "：", "  ", "·")
PHRASE_WRAP = (("", ""),) * 8 + (("【", "】"), ("[", "]"), ("(", ")"), ("「", "」"))


def glued_title(r: random.Random, genuine_title: str, heldout: bool = False) -> tuple[str, list[tuple[int, int]]]:
    """A brand phrase glued to a genuine title or first line: before it, after
    it, both (wrapping it) or inside it (after a label colon or at a random
    character). Returns the text and the code-point ranges [start, end) of the
    injected phrases (brackets around a phrase included, glue spaces and
    separators not)."""
    def one() -> str:
        o, c = r.choice(PHRASE_WRAP)
        return o + any_phrase(r, heldout)[1] + c

    t = genuine_title
    if not t:
        p = one()
        return p, [(0, len(p))]
    k = r.random()
    if k < 0.35:
        p, g = one(), r.choice(TITLE_GLUE)
        return p + g + t, [(0, len(p))]
    if k < 0.7:
        p, g = one(), r.choice(TITLE_GLUE)
        return t + g + p, [(len(t) + len(g), len(t) + len(g) + len(p))]
    if k < 0.85:
        p1, p2, g1, g2 = one(), one(), r.choice(TITLE_GLUE), r.choice(TITLE_GLUE)
        out = p1 + g1 + t + g2 + p2
        return out, [(0, len(p1)), (len(out) - len(p2), len(out))]
    colon = [i + 1 for i, ch in enumerate(t[:-1]) if ch in "：:"]
    i = colon[0] if colon else (r.randint(1, len(t) - 1) if len(t) > 1 else len(t))
    p = one()
    return t[:i] + p + t[i:], [(i, i + len(p))]


# ---------------------------------------------------------------- promo paragraphs

# Sentences of a brand-SEO page body. Shared (all families) and per family;
# held-out pages use their own sentences.
P_COMMON_T = (
    "{B}{S}成立于{SINCE}年，是一家集{OFFER}于一体的综合性线上娱乐平台。",
    "平台持有{LIC}，所有游戏公平公正，资金安全有保障。",
    "新会员注册即可领取{M}元体验金，首存再送{PCT}%。",
    "{B}{S}{APP}支持ios和安卓系统，一个账号即可畅玩体育、真人、电子、棋牌和彩票。",
    "存款最快{N}秒到账，提款{N2}分钟极速出款，{CST}。",
    "7x24小时在线客服随时为您解答任何问题。",
    "我们倡导理性娱乐，未满18周岁禁止注册。",
    "为了您的账户安全，请认准{B}{S}唯一官方网站，谨防假冒。",
    "由于网络原因官网打不开时，请使用最新备用网址{DOM}访问。",
    "支持银行卡、支付宝、微信和USDT等多种充值方式。",
    "{B}{S}{TRUST}，{SLO}。",
    "每日返水最高{PCT}0元，天天签到领彩金。",
    "会员等级越高，专属优惠越多，VIP享受一对一服务。",
    "本站所有数据采用银行级加密技术，保护会员隐私。",
    "立即注册{B}{S}账号，{BEN}，开启您的{KIND}之旅！",
)
P_FAMILY_T = {
    "brand_seo": (
        "{B}{S}{CN}官方网站是{REGION}{RANK}的{KIND}平台之一。",
        "欢迎来到{B}{S}，这里为您提供{OFFER}。",
        "登录{B}{S}{SITE}，即可参与{EV}全部赛事的早盘、滚球和串关投注。",
        "{B}{S}网页版与手机app数据同步，随时随地轻松下注。",
    ),
    "customer_service": (
        "{CO}{COK}总部位于{PLACE}，实体平台，{CST}。",
        "开户、充值、上分请联系{CS}，微信：{WX}，电话：{PH}。",
        "公司直属开户，支持视频验证，现场有专人为您服务。",
        "老会员请使用新版本登录，老版本账号可联系客服找回。",
        "招收各地代理，佣金日结，详情咨询{CO}{COK}客服经理。",
    ),
    "game_hall": (
        "平台汇聚{PV}、{PV2}、{PV3}等知名游戏厂商，数百款游戏任您选择。",
        "{LIVE}{HALL}由美女荷官实时发牌，{CG}、{CG2}全程高清直播。",
        "{PE}热门游戏{GAME}爆分率高，新手也能轻松上手。",
        "棋牌游戏有斗地主、麻将、牛牛，捕鱼和哈希游戏每日更新。",
        "所有电子游戏均可免费试玩，熟悉玩法后再真钱游戏。",
    ),
    "betting_guide": (
        "{EV}在哪里买球？很多球迷都在问这个问题。",
        "小编为大家整理了几个{Q}买球平台，赔率高、出款快。",
        "选择买球平台首先要看是否持有{LIC}。",
        "{B}{S}覆盖{LG}、{EV}等全球赛事，支持让球、大小球、波胆等玩法。",
        "{ES}、{ES2}等电竞比赛也可以在平台上押注。",
    ),
    "sponsor_claim": (
        "{B}{S}是{LG}{CLUB}的{PARTNER}。",
        "双方将在品牌推广、球迷活动等方面展开深度合作。",
        "作为{EV}{PARTNER}，{B}{S}将为球迷带来更多精彩活动。",
        "{B}{S}已与多家欧洲顶级俱乐部建立合作关系，品牌实力有目共睹。",
    ),
    "slogan": (
        "{B}{S}，{SLO}！",
        "欢迎来到{B}{S}，期待您的到来。",
        "{B}{S}怎么注册？只需手机号即可在1分钟内完成注册。",
        "{B}{S}为您提供{OFFER}，让您拥有{EXP}。",
    ),
}
P_COMMON_H = (
    "{B}{S}于{SINCE}年上线，目前注册会员已超过{N}00万。",
    "会员资金由第三方机构托管，{CST}。",
    "首次充值即享{PCT}%加赠，最高可领{M}8元。",
    "温馨提示：请合理安排娱乐时间，未成年人禁止参与。",
    "如遇页面无法访问，请复制{DOM}到浏览器打开。",
    "所有游戏结果由系统随机生成，公平透明。",
    "下载{B}{S}客户端，登录更快更稳定。",
)
P_FAMILY_H = {
    "brand_seo": ("{B}{S}汇集{KIND}各类产品，一个账号通行全站。", "进入{B}{S}{SITE}即可查看全部优惠活动。"),
    "customer_service": ("{PLACE}{CO}{COK}现场实体经营，账号可视频核实。", "需要上分、下分请添加客服微信{WX}。"),
    "game_hall": ("{PV}与{PV2}游戏一站畅玩，{HALL}全天开放。", "热门{FISH}和{HASH}玩法简单，结算迅速。"),
    "betting_guide": ("想在{EV}期间下注的朋友，可以先了解各平台的赔率。", "{ES}赛事的盘口在多数平台都能找到。"),
    "sponsor_claim": ("{B}{S}与{CLUB}的合作已进入第{N}个赛季。", "{B}{S}品牌标识将出现在{CLUB}主场广告牌上。"),
    "slogan": ("{B}{S}，{SLO}。", "感谢您一路以来对{B}{S}的支持。"),
}


def promo_paragraph(r: random.Random, family: str, heldout: bool = False) -> str:
    """A few sentences of a brand-SEO page body for `family` (one brand throughout)."""
    s = side(heldout)
    fam = (P_FAMILY_H if heldout else P_FAMILY_T)[family]
    common = P_COMMON_H if heldout else P_COMMON_T
    first = fam[0] if r.random() < 0.5 else r.choice(fam)
    rest = [x for x in fam + common if x != first]
    picked = [first] + r.sample(rest, r.randint(2, min(5, len(rest))))
    memo: dict[str, str] = {}
    if family == "customer_service":  # the page speaks for a border-casino company
        memo["B"] = memo["CO"] = company(r, heldout)
        memo["S"] = r.choice(("娱乐", "国际", "公司", "娱乐公司"))
    return "".join(tidy_sentence(fill(r, s, t, memo)) for t in picked)


def tidy_sentence(s: str) -> str:
    """tidy() for a sentence: keeps its final punctuation."""
    end = s[-1] if s and s[-1] in "。！？!" else ""
    body = tidy(s[:-1] if end else s)
    return body + end
