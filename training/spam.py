"""Compositional generator of gambling SEO spam (Chinese).

All templates, word pools and composition rules here are written by the
spamscan developers; terms come from training/lexicon/. Nothing is copied from
real spam pages. The aim is breadth: many small building blocks combined in
many orders, so that a model trained on it meets unseen real injections with
the right vocabulary rather than with memorised sentences.

Kinds produced (see generate.py for the mix):
  keywords   pure keyword phrases (place + time + qualifier + product + claim + CTA)
  stuffed    runs of several keyword phrases with separators, tag/"hot search" lines,
             hijacked page titles
  promo      promotion sentences for casinos, sports betting, lottery apps, chess
  injected   a genuine corpus sentence with a phrase inserted inline or appended
  obfuscated any of the above with obfuscation applied (traditional characters,
             full-width forms, spaces / zero-width characters between characters,
             homophones, symbols between characters)
"""

from __future__ import annotations

import random
import re

import lexicon

# ---------------------------------------------------------------- pools

LEX = lexicon.load_all_terms()
HOMOPHONES = lexicon.load_homophones()
TRAD = lexicon.load_traditional()

PLACES = ("新澳门", "澳门", "香港", "新澳", "港澳", "老澳门", "澳门马会", "香港马会", "新香港", "澳彩", "港彩", "新澳彩", "澳门特区")
PLACE_W = (10, 8, 8, 6, 3, 2, 2, 3, 1, 2, 1, 1, 1)
# No bare 天天 (everyday news word); 天天彩 / 天天开好彩 stay as products.
TIMES_FIXED = ("今晚", "今天", "今期", "本期", "最新", "明天", "今日", "近期", "全年", "每期", "今晚上")
QUALIFIERS = ("正版", "免费", "精准", "最准", "最快", "内部", "独家", "权威", "原版", "官方", "正宗", "正版免费", "真实", "绝密", "稳准", "精选", "最全", "高清", "彩色", "王中王")
PRODUCTS = (
    "资料大全", "开奖结果", "开奖记录", "一肖一码", "六合彩", "六开彩", "管家婆", "特马", "特码", "四不像", "跑狗图",
    "挂牌", "彩图", "生肖表", "码报", "马会传真", "免费资料", "精准资料", "平特一肖", "三肖六码", "开奖直播",
    "开奖现场", "天天开好彩", "彩霸王", "白小姐资料", "黄大仙三肖", "开奖号码", "历史开奖", "玄机图", "图库",
    "内部资料", "心水论坛", "铁算盘", "四肖八码", "十码中特", "一码中特", "开奖查询", "资料免费大全", "天天彩",
    "管家婆彩图", "管家婆一码", "正版资料", "杀肖", "波色", "单双中特", "平特一尾", "六肖十二码", "一句中特",
    "精准四肖", "生肖码表", "特肖", "马报", "家禽野兽", "正特", "三中三", "开奖网",
)
CLAIMS = (
    "100%准", "准确率99%", "必中", "期期准", "免费公开", "一码中特", "稳赚不赔", "今晚必出", "100%中奖", "绝对准",
    "十码中特", "一句中特", "公开", "已更新", "最新更新", "准确无误", "百分百准", "包中", "期期中", "不准不要钱",
    "精准无误", "一肖中特", "稳中", "大公开", "免费看", "秒更新", "准到爆", "神准", "中了", "稳赚",
)
CTAS = tuple(LEX["cta"]) + ("查询", "下载", "在线查看", "直播", "在线看", "高清直播", "官方网址", "网址", "入口")
CASINO = tuple(LEX["casino"])
SPORTS = tuple(LEX["sports_betting"])
BRANDS = tuple(LEX["brands"])
LOTTERY_GAMES = ("时时彩", "分分彩", "幸运飞艇", "北京赛车", "快三", "六合彩", "pk10", "11选5", "极速赛车", "幸运28")
LEAGUES = ("英超", "西甲", "意甲", "德甲", "法甲", "欧冠", "世界杯", "欧洲杯", "NBA", "CBA", "亚冠", "美洲杯", "LPL", "英雄联盟S赛")
CN_NUM = "〇一二三四五六七八九"
AUSPICIOUS = "金 鑫 盛 鼎 富 豪 皇 冠 鸿 运 利 发 财 盈 胜 赢 星 辉 龙 凤 宝 华 乐 旺 亿 万 天 恒 聚 博 汇 永 泰 福 德 威 尊 御 凯 瑞 祥".split()
BRAND_SUFFIX = ("娱乐", "国际", "集团", "平台", "娱乐城", "体育", "彩票", "棋牌", "娱乐场", "电子", "真人", "彩", "会", "俱乐部")
LATIN_BITS = ("xpj", "yl", "ty", "cp", "hg", "js", "wns", "bet", "win", "vip", "ag", "pg", "ky", "bb", "dfh", "ob", "lc", "mg", "jdb", "hy", "sb", "ds")
TLDS = (".com", ".cc", ".vip", ".net", ".co", ".me", ".app", ".top", ".xyz", ".club", ".live", ".tv", ".bet", ".in")
ZODIAC = "鼠 牛 虎 兔 龙 蛇 马 羊 猴 鸡 狗 猪".split()
EXPLAIN_A = ("全面", "深度", "精选", "最新", "权威", "专业", "详细", "科学", "综合", "实地", "快速", "精准", "经典", "系统", "高效", "前沿")
EXPLAIN_B = ("解答", "解析", "解读", "释义", "分析", "研究", "评估", "数据", "计划", "策略", "方案", "说明")
EXPLAIN_C = ("解释落实", "落实", "执行", "实施", "到位", "落实到位", "解答解释", "说明", "执行落实", "释义落实", "设计", "指导")
TITLE_SEPS = ("-", "_", "|", " - ", "——", "｜", " _ ")
RUN_SEPS = (",", "，", "、", " ", "|", "_", "-", "丨", "/", "", "  ", " | ", ";", "。")
BULLET_PREFIX = ("关键词：", "标签：", "热门搜索：", "相关搜索：", "tags:", "热门标签：", "大家还在搜：", "推荐阅读：", "猜你喜欢：", "热门关键词：", "友情链接：", "热搜：", "")
MONEY = ("8", "18", "28", "38", "58", "68", "88", "98", "108", "128", "188", "288", "388", "588", "688", "888", "1888", "2888", "5888", "8888")
PAY = ("支付宝", "微信", "银联", "USDT", "数字货币", "网银", "云闪付", "虚拟币")
GAME_MIX = ("百家乐", "老虎机", "真人视讯", "电子游艺", "捕鱼", "棋牌", "体育", "彩票", "电竞", "龙虎斗", "轮盘", "骰宝", "牛牛", "炸金花", "21点", "斗地主")


_REPEAT_WORDS = ("app下载", "娱乐城", "app", "平台", "官网", "网址", "入口", "下载", "娱乐", "国际", "体育", "彩票", "棋牌", "登录", "网站", "官方网站")
_REPEAT_RE = re.compile("(" + "|".join(sorted(_REPEAT_WORDS, key=len, reverse=True)) + r")\1+")


def tidy(s: str) -> str:
    """Collapse accidental doubled suffixes such as "appapp" or "平台平台"."""
    return _REPEAT_RE.sub(r"\1", s)


def wchoice(r: random.Random, items, weights):
    return r.choices(items, weights=weights, k=1)[0]


def year(r: random.Random) -> str:
    y = r.randint(2019, 2026)
    k = r.random()
    if k < 0.55:
        return f"{y}年"
    if k < 0.92:
        return str(y)
    return "".join(CN_NUM[int(d)] for d in str(y)) + "年"


def period(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        return f"第{r.randint(1, 366):03d}期"
    if k < 0.6:
        return f"{year(r)}第{r.randint(1, 366):03d}期"
    if k < 0.8:
        return f"{r.randint(1, 12)}月{r.randint(1, 30)}日"
    return f"{r.randint(1, 366):03d}期"


def time_part(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return year(r)
    if k < 0.7:
        return r.choice(TIMES_FIXED)
    if k < 0.85:
        return period(r)
    return year(r) + r.choice(TIMES_FIXED)


def place(r: random.Random) -> str:
    return wchoice(r, PLACES, PLACE_W)


def number_brand(r: random.Random) -> str:
    """Digit-name shapes like repeated pairs or runs (invented on the fly)."""
    a, b = r.sample("0123456789", 2)
    k = r.randrange(7)
    if k == 0:
        return (a + b) * r.randint(2, 3)
    if k == 1:
        return a * r.randint(3, 5) + b * r.randint(3, 5)
    if k == 2:
        return str(r.randint(100, 999))
    if k == 3:
        return a + b + a + b + r.choice(("cc", "com", "tk", "app", ""))
    if k == 4:
        return str(r.randint(10, 99)) + r.choice(("图库", "彩", "开奖", "论坛", "资料站", "网"))
    if k == 5:
        return a * 2 + b * 2 + r.choice("0123456789") * 2
    return str(r.randint(1000, 9999))


def brand(r: random.Random) -> str:
    k = r.random()
    if k < 0.35:
        return r.choice(BRANDS)
    if k < 0.6:
        return "".join(r.sample(AUSPICIOUS, 2)) + r.choice(BRAND_SUFFIX)
    if k < 0.8:
        return number_brand(r) + r.choice(BRAND_SUFFIX)
    if k < 0.9:
        return r.choice(LATIN_BITS) + str(r.randint(1, 999)) + r.choice(("", "") + BRAND_SUFFIX)
    return r.choice(LATIN_BITS).upper() + r.choice(BRAND_SUFFIX)


def domain(r: random.Random) -> str:
    k = r.random()
    if k < 0.4:
        core = r.choice(LATIN_BITS) + str(r.randint(1, 9999))
    elif k < 0.7:
        core = number_brand(r).lower()
        core = "".join(ch for ch in core if ch.isascii() and ch.isalnum()) or str(r.randint(100, 999))
    else:
        core = "".join(r.choice("abcdefghjkmnpqrstuvwxyz") for _ in range(r.randint(3, 6))) + str(r.randint(1, 99))
    d = core + r.choice(TLDS)
    if r.random() < 0.35:
        d = "www." + d
    if r.random() < 0.1:
        d = r.choice(("https://", "http://")) + d
    return d


def wechat(r: random.Random) -> str:
    k = r.random()
    if k < 0.5:
        return r.choice(LATIN_BITS) + str(r.randint(100, 99999))
    return str(r.randint(10000000, 9999999999))


# ---------------------------------------------------------------- (a) keyword phrases


def keyword(r: random.Random) -> str:
    """One keyword phrase, lottery-flavoured most of the time."""
    return tidy(_keyword(r))


def _keyword(r: random.Random) -> str:
    k = r.randrange(24)
    P, T, Q, N = place(r), time_part(r), r.choice(QUALIFIERS), r.choice(PRODUCTS)
    C = r.choice(CLAIMS)
    A = r.choice(CTAS)
    opt = lambda s, p=0.5: s if r.random() < p else ""  # noqa: E731
    if k == 0:
        return opt(P, 0.8) + opt(T, 0.6) + opt(Q, 0.6) + N + opt(C, 0.5) + opt(A, 0.3)
    if k == 1:
        return opt(T) + P + N + opt(C)
    if k == 2:
        return P + N + T + opt(C, 0.3)
    if k == 3:
        return f"{P}{r.choice(('今晚', '今期', '明晚', '今天', '下期'))}{r.choice(('开什么', '开什么码', '开什么特马', '开什么生肖', '开奖结果是多少', '买什么', '出什么'))}"
    if k == 4:
        return f"{opt(T)}{P}开奖结果{r.choice(('查询', '记录', '直播', '今天', '最新', ''))}"
    if k == 5:
        return f"哪里有{Q}{N}" if r.random() < 0.5 else f"{N}哪个网站{r.choice(('最准', '最快', '最全', '免费'))}"
    if k == 6:
        return number_brand(r) + r.choice(("", P)) + r.choice(PRODUCTS) + opt(C)
    if k == 7:
        a, b = r.sample(ZODIAC, 2)
        return f"{opt(T)}{r.choice(('必中', '主攻', '稳杀', '重点', '精选'))}{a}{b}" + opt(r.choice(("", "二肖", "两肖")) + C, 0.5)
    if k == 8:
        n = r.choice(("一", "二", "三", "四", "六", "九"))
        return f"{opt(T)}{r.choice(('最准', '精准', '必中', '稳中'))}{n}肖{opt(C)}"
    if k == 9:
        return f"{r.choice(('最准', '精准', '王中王'))}一肖一码一{r.choice(('子', '孑'))}一特一中"
    if k == 10:
        pct = r.choice(("100%", "99%", "98.8%", "百分之百", "99.9%", "100％"))
        return f"{opt(P)}{N}{r.choice(('一码一肖', '一肖一码', ''))}{pct}{r.choice(('准', '准确', '中奖', '命中'))}"
    if k == 11:
        return f"{year(r)}{r.choice(('正版资料', '全年资料', '免费资料', '精准资料'))}{r.choice(('免费公开', '大全', '免费大全', '更新', '公开'))}"
    if k == 12:
        return f"{P}{r.choice(('天天开好彩', '天天彩', '六开彩', '精准资料'))}{opt(T)}{opt(r.choice(('大全', '资料', '免费', '正版')))}"
    if k == 13:
        return f"{r.choice(LEX['brands'])}{r.choice(('官网', '官方网站', '登录入口', 'app下载', '网址', '娱乐城', '手机版', '平台'))}"
    if k == 14:
        return f"{r.choice(CASINO)}{r.choice(('平台', '官网', '游戏', '技巧', '必赢', '网站', 'app', '在线玩'))}{opt(A, 0.4)}"
    if k == 15:
        return f"{r.choice(LEAGUES)}{r.choice(SPORTS)}{opt(r.choice(('官网', 'app', '平台', '网站', '入口')))}"
    if k == 16:
        return f"{P}{r.choice(('码报', '马报', '挂牌', '彩图', '跑狗图'))}{opt(period(r))}{opt(r.choice(('全篇', '最新', '图片', '高清')))}"
    if k == 17:
        return f"{N}{r.choice(('，', ' ', ''))}{keyword_explain(r)}"
    if k == 18:
        return f"{brand(r)}{r.choice(('官网', '官方网站', '登录', '注册', 'app', '入口', '网址', '下载'))}"
    if k == 19:
        return f"{opt(P)}{r.choice(('资料', '开奖', '彩票', '六合'))}{r.choice(('网站', '论坛', '图库', '大全', '网址'))}{number_brand(r)}"
    if k == 20:
        return f"{r.choice(LOTTERY_GAMES)}{r.choice(('计划', '平台', '开奖', '官网', '技巧', '人工计划', '稳赚方法', '在线'))}{opt(A, 0.3)}"
    if k == 22:
        # "which site is best" listings: game + version/site + ranking word
        game = r.choice(GAME_MIX + LOTTERY_GAMES + ("真人", "电子", "外围", "买球", "网赌"))
        return f"{game}{r.choice(('真人版', '官网', '在线玩', 'app', '平台', '网站', '网址', '游戏'))}{r.choice(('排名', '推荐', '大全', '哪个好', '排行榜', '哪家靠谱', '推荐排名'))}"
    if k == 23:
        return f"{r.choice(('十大', '正规', '靠谱的', '最新', '2025年'))}{r.choice(GAME_MIX + ('博彩', '真人', '买球'))}{r.choice(('平台', '网站', 'app'))}{r.choice(('排名', '推荐', '排行榜', '大全'))}"
    return f"{opt(T)}{P}{r.choice(PRODUCTS)}{r.choice(PRODUCTS)}{opt(C, 0.3)}"


def keyword_explain(r: random.Random) -> str:
    s = r.choice(EXPLAIN_A) + r.choice(EXPLAIN_B) + r.choice(EXPLAIN_C)
    k = r.random()
    if k < 0.35:
        s += f"_{r.choice(('v', 'V', ''))}{r.randint(1, 99)}.{r.randint(0, 99)}.{r.randint(0, 99)}"
    elif k < 0.5:
        s += f"_{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')}{r.randint(1, 999)}"
    elif k < 0.6:
        s += r.choice(("_iPhone版", "_安卓版", "_手机版", "_苹果版", "_社交版", "_精简版", "_尊贵版")) + f"{r.randint(1, 9)}.{r.randint(0, 99)}"
    return s


def explain_sentence(r: random.Random) -> str:
    """Filler-article spam: keyword + pseudo-explanation, often as a title."""
    kw = keyword(r)
    sep = r.choice(("，", ",", " ", "：", "", "_", "——"))
    return kw + sep + keyword_explain(r)


# ---------------------------------------------------------------- (a) stuffed runs / titles


def stuffed(r: random.Random, site_name) -> str:
    k = r.random()
    if k < 0.55:
        sep = r.choice(RUN_SEPS)
        items = [keyword(r) for _ in range(r.randint(2, 7))]
        # Page-chrome labels (热门搜索, 猜你喜欢 …) are genuine on news sites too:
        # most runs carry none, so the label itself is not learned as spam.
        return (r.choice(BULLET_PREFIX) if r.random() < 0.35 else "") + sep.join(items)
    if k < 0.8:
        sep = r.choice(TITLE_SEPS)
        parts = [keyword(r)]
        if r.random() < 0.5:
            parts.append(keyword(r))
        parts.append(site_name(r))
        return sep.join(parts)
    if k < 0.9:
        # keyword runs around one product, typical of hidden blocks
        P = place(r)
        return r.choice(RUN_SEPS).join(P + r.choice(PRODUCTS) for _ in range(r.randint(3, 8)))
    o, c = r.choice((("(", ")"), ("（", "）"), ("【", "】"), ("[", "]"), ("《", "》")))
    return f"{keyword(r)}{o}{r.choice(('今日更新', '已更新', '最新', '官方', '点击查看', '今日头条', year(r) + '最新'))}{c}"


# ---------------------------------------------------------------- (b) promotion sentences


def benefit(r: random.Random) -> str:
    m = r.choice(MONEY)
    k = r.randrange(26)
    return (
        f"注册即送{m}元彩金",
        f"新用户注册送{m}元",
        f"首存送{r.choice(('50', '100', '88', '38', '120', '200'))}%",
        f"首充{r.choice(('100', '200', '500'))}送{m}",
        f"免费领取{m}元体验金",
        f"每日返水{r.choice(('0.8', '1.0', '1.2', '1.5', '2.0', '3'))}%无上限",
        f"提款{r.randint(1, 5)}分钟到账",
        "提现秒到账",
        f"{'、'.join(r.sample(GAME_MIX, r.randint(2, 4)))}应有尽有",
        "24小时在线客服",
        "信誉第一，大额无忧",
        f"支持{'、'.join(r.sample(PAY, r.randint(2, 3)))}充值",
        f"千万奖池等你来拿",
        f"最高赔率1:{r.choice(('9.9', '9.95', '48', '49', '99', '1000'))}",
        "资金安全有保障",
        "万人在线真人荷官",
        "百家乐、老虎机、真人视讯一站式体验",
        f"亚洲{r.choice(('最大', '顶级', '第一', '知名'))}的{r.choice(('线上娱乐', '博彩', '体育投注', '彩票'))}平台",
        "天天送彩金",
        f"签到领{m}元",
        "无需实名，秒速出款",
        "输了也返，赢了随时提",
        f"邀请好友再送{m}",
        "老虎机爆分率高达98%",
        "全网赔率最高",
        "不限ip，手机电脑均可登录",
    )[k]


def cta_clause(r: random.Random) -> str:
    d = domain(r)
    k = r.randrange(15)
    return (
        "立即注册",
        "点击进入",
        "马上下载",
        f"认准唯一官网{d}",
        "复制网址到浏览器打开",
        "扫码下载app",
        "官方app下载入口",
        f"最新备用网址：{d}",
        f"加客服微信{wechat(r)}领取",
        f"官网：{d}",
        f"登录地址{d}",
        "点击下方链接立即体验",
        f"咨询QQ：{r.randint(10000000, 3999999999)}",
        "防走失请收藏本页",
        f"{r.choice(('安卓', '苹果', 'iOS'))}版app免费下载",
    )[k]


def promo(r: random.Random) -> str:
    return tidy(_promo(r))


def _promo(r: random.Random) -> str:
    b = brand(r)
    k = r.randrange(14)
    if k < 5:
        opening = r.choice((
            f"{b}官网",
            f"{b}官方网站",
            f"欢迎来到{b}",
            f"{b}app",
            f"{place(r)}{b}",
            f"{b}（{domain(r)}）",
            f"{b}是{r.choice(('亚洲', '全球', '业界', '全网'))}{r.choice(('知名', '最大', '领先', '信誉最好'))}的{r.choice(('线上娱乐', '在线博彩', '真人视讯', '体育投注', '彩票'))}平台",
            f"{b}娱乐城" if not b.endswith(("娱乐城", "娱乐场")) else f"{b}官网",
        ))
        parts = [opening]
        for _ in range(r.randint(1, 3)):
            x = benefit(r)
            if x not in parts:
                parts.append(x)
        if r.random() < 0.7:
            parts.append(cta_clause(r))
        seps = ("，", "！", "，", " ", "。", "|", "，", "~")
        out = parts[0]
        for p in parts[1:]:
            out += r.choice(seps) + p
        return out + r.choice(("", "！", "。", "!", ""))
    if k == 5:
        return f"{b}{r.choice(('娱乐城', '体育', '平台', ''))}{r.choice(('官网登录', '官网入口', 'app下载安装', '登录入口', '注册送彩金', '最新网址', '手机版下载', '官方版下载'))}"
    if k == 6:
        return f"{b}体育app，{r.choice(LEAGUES)}{r.choice(('全程滚球', '赛事直播', '让球大小球', '串关高赔率'))}，{benefit(r)}"
    if k == 7:
        return f"{b}棋牌官网，真钱{'、'.join(r.sample(('斗地主', '炸金花', '牛牛', '麻将', '德州扑克', '捕鱼', '龙虎斗'), 3))}，{benefit(r)}"
    if k == 8:
        return f"{b}{r.choice(('彩票', '彩票app', '购彩大厅'))}下载，{'、'.join(r.sample(LOTTERY_GAMES, r.randint(2, 4)))}，{benefit(r)}"
    if k == 9:
        return f"{r.choice(('玩', '来', '就上', '认准', '选择'))}{b}，{benefit(r)}，{cta_clause(r)}"
    if k == 10:
        return f"{r.choice(LEAGUES)}{r.choice(('投注', '买球', '竞猜', '下注'))}{r.choice(('就上', '首选', '认准'))}{b}，{benefit(r)}"
    if k == 11:
        return f"{benefit(r)}，{benefit(r)}，{r.choice(('尽在', '就在', '只在'))}{b}"
    if k == 12:
        # no "导师带单" here: anti-fraud news names that scam far more often than spam does
        return f"{r.choice(('专业', '精准', '高手', '大神', '老师'))}{r.choice(('带单', '计划', '推荐'))}，{r.choice(LOTTERY_GAMES)}{r.choice(('稳赚', '日赚', '一天赚'))}{r.choice(MONEY)}{r.choice(('元', '+', '块'))}，{cta_clause(r)}"
    x = benefit(r)
    while "荷官" in x:
        x = benefit(r)
    return f"{r.choice(('真人', '美女', '现场'))}荷官在线发牌，{r.choice(('百家乐', '龙虎斗', '轮盘', '骰宝'))}{r.choice(('公平公正', '实时直播', '全程高清'))}，{x}"


# ---------------------------------------------------------------- (c) injection into genuine text


def inject_phrase(r: random.Random) -> str:
    """The phrase to insert into a genuine sentence."""
    k = r.random()
    if k < 0.55:
        return keyword(r)
    if k < 0.75:
        return promo(r) if r.random() < 0.4 else r.choice((benefit, cta_clause))(r)
    if k < 0.85:
        return explain_sentence(r)
    if k < 0.95:
        return r.choice(RUN_SEPS[:6]).join(keyword(r) for _ in range(r.randint(2, 3)))
    return f"{brand(r)}{r.choice(('官网', '登录入口', ''))}{domain(r)}"


def wrap(r: random.Random, phrase: str) -> str:
    k = r.randrange(10)
    return (
        phrase, phrase, phrase, phrase,
        f"【{phrase}】", f"（{phrase}）", f"[{phrase}]", f" {phrase} ", f"<{phrase}>", f"“{phrase}”",
    )[k]


def inject(r: random.Random, sentence: str, phrase: str) -> tuple[str, str, str]:
    """Returns (before, injected, after) so that obfuscation can target only the
    injected part."""
    w = wrap(r, phrase)
    k = r.random()
    ends_punct = sentence[-1] in "。！？；…，、：”’）」』!?;,:)"
    if k < 0.35:
        glue = r.choice(("", "", " ")) if ends_punct else r.choice(("", " ", "，", "。"))
        return sentence, glue + w, ""
    if k < 0.5:
        return "", w + r.choice(("", "", " ", "，", "：")), sentence
    if k < 0.75:
        cuts = [i + 1 for i, ch in enumerate(sentence[:-1]) if ch in "，、：；,;"]
        if cuts:
            i = r.choice(cuts)
            return sentence[:i], w, sentence[i:]
    i = r.randint(1, max(1, len(sentence) - 1))
    return sentence[:i], w, sentence[i:]


# ---------------------------------------------------------------- (d) obfuscation

FW = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
SPLITTERS = (" ", "\u200b", "\u200b", "\u200c", "\u2060", "\u3000", "\ufeff", "  ")
SYMBOLS = ("*", "|", ".", "-", "_", "·", "@", "#", "~", "丨", "︱", "★", "☆", "♥", "^", "、", "/", "+", "●", "◆")
TERMS_FOR_OBF = sorted(
    {t for kind in ("lottery", "casino", "sports_betting", "cta", "places", "brands") for t in LEX[kind] if len(t) >= 2}
    | {c for _, c in HOMOPHONES},
    key=lambda t: (-len(t), t),
)


def find_terms(text: str) -> list[tuple[int, int]]:
    """Non-overlapping lexicon-term spans, longest first, in text order."""
    taken = [False] * len(text)
    spans = []
    for t in TERMS_FOR_OBF:
        start = 0
        while True:
            i = text.find(t, start)
            if i < 0:
                break
            if not any(taken[i : i + len(t)]):
                for j in range(i, i + len(t)):
                    taken[j] = True
                spans.append((i, i + len(t)))
            start = i + 1
    spans.sort()
    return spans


def obf_traditional(r: random.Random, s: str) -> str:
    p = r.choice((1.0, 1.0, 0.7, 0.5))
    return "".join(TRAD[c] if c in TRAD and r.random() < p else c for c in s)


def obf_fullwidth(r: random.Random, s: str) -> str:
    p = r.choice((1.0, 1.0, 0.6))
    return "".join(FW[c] if c in FW and c.isalnum() and r.random() < p else c for c in s)


def _spread(r: random.Random, s: str, pick_sep) -> str:
    spans = find_terms(s)
    if not spans or (len(s) <= 16 and r.random() < 0.25):
        # the whole phrase, between every two characters
        if len(s) > 16:
            a = r.randrange(len(s) - 6)
            b = a + r.randint(3, 6)
            return s[:a] + "".join(ch + (pick_sep() if j < b - a - 1 else "") for j, ch in enumerate(s[a:b])) + s[b:]
        return "".join(ch + (pick_sep() if i < len(s) - 1 and not ch.isspace() else "") for i, ch in enumerate(s))
    chosen = [sp for sp in spans if r.random() < 0.7] or [r.choice(spans)]
    out, last = [], 0
    for a, b in chosen:
        out.append(s[last:a])
        seg = s[a:b]
        out.append("".join(ch + (pick_sep() if j < len(seg) - 1 else "") for j, ch in enumerate(seg)))
        last = b
    out.append(s[last:])
    return "".join(out)


def obf_split(r: random.Random, s: str) -> str:
    fixed = r.choice(SPLITTERS)
    mixed = r.random() < 0.3
    return _spread(r, s, lambda: r.choice(SPLITTERS) if mixed else fixed)


def obf_symbols(r: random.Random, s: str) -> str:
    fixed = r.choice(SYMBOLS)
    return _spread(r, s, lambda: fixed)


def obf_homophone(r: random.Random, s: str) -> str:
    hits = [(v, c) for v, c in HOMOPHONES if c in s]
    if not hits:
        return s
    for v, c in r.sample(hits, min(len(hits), r.randint(1, 3))):
        s = s.replace(c, v)
    return s


# Applied in this order (homophones must see simplified text, splitting comes last).
OBFUSCATORS = {
    "homophone": obf_homophone,
    "traditional": obf_traditional,
    "fullwidth": obf_fullwidth,
    "split": obf_split,
    "symbols": obf_symbols,
}
OBF_NAMES = tuple(OBFUSCATORS)
OBF_WEIGHTS = (3, 3, 2, 3, 2)


def obfuscate(r: random.Random, s: str) -> tuple[str, list[str]]:
    n = 1 if r.random() < 0.7 else 2
    names = []
    while len(names) < n:
        m = wchoice(r, OBF_NAMES, OBF_WEIGHTS)
        if m not in names and not ({m, *names} >= {"split", "symbols"}):
            names.append(m)
    order = sorted(names, key=OBF_NAMES.index)
    out = s
    for m in order:
        out = OBFUSCATORS[m](r, out)
    return out, order
