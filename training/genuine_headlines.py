"""Genuine portal headlines and page chrome that use the brand-SEO spam's words.

Brand-SEO spam glues auspicious characters (盈 鑫 盛 宝 恒 利 发 凯 华 鼎 博 亚
欧 乐 赢) to suffixes such as 体育, 综合体育, 娱乐, 电竞, 游戏, 平台, 官网, 试玩
and app. Ordinary web text uses the same characters and suffixes all the time:
portal channel menus (体育 > 综合体育, 游戏 娱乐 体育), game news and game
marketing (公测, 礼包, 签到, 等你来战), listed companies and fund houses whose
names carry those characters (宝盈基金, 恒生电子, 华发股份), lottery-channel
columns that cite bookmakers' odds as data (威廉希尔, 必发指数, 澳盘), product
reviews (高清, 尊贵品质, 平台), exam-prep headlines (权威解析, 答案解析), and
entertainment and society news (英皇娱乐, 亚洲之星, 富豪榜, a quoted
“稳赚不赔” fraud claim). This module writes such lines in the register of
Chinese news portals so the model learns the register, not single words.

Kinds (`KINDS`):

* ``site_chrome``     channel menus, breadcrumbs and section heads of portals
                      with 体育/娱乐/游戏/彩票/电竞/棋牌 channels
* ``game_news``       online-game and esports news and game marketing
* ``finance_names``   stock, fund and property headlines naming listed
                      companies and fund houses (names are public facts,
                      events and numbers are invented)
* ``lottery_columns`` football-lottery analysis citing bookmakers and odds
                      indices as data sources, media quizzes
* ``tech_reviews``    product reviews, price reports and shopping guides
* ``exam_prep``       exam answers, analyses and study plans
* ``ent_society``     talent agencies, awards, rich lists, sports idioms,
                      fraud cases that quote “稳赚不赔”, 高手 in daily life

API: `headline(r, kind, heldout=False)` and `sentence(r, kind, heldout=False)`;
for ``site_chrome`` both return a chrome line (a section head or breadcrumb,
and a menu or footer line).

Held-out split: every kind has two disjoint template sets and disjoint slot
lists (other game titles and leagues, companies and funds, bookmakers and
columnists, products, exams, agencies and awards, portals and sub-channels).
``heldout=False`` is for training only, ``heldout=True`` for evaluation only.

No template promotes gambling: no calls to register, deposit, bet or download
next to 体育/娱乐/电竞, no agents' contacts, and "sure win" wording occurs only
inside quotation marks as a fraud claim. Every template and word pool is
written by the spamscan developers; game, company, fund, club, league, award
and bookmaker names are public facts, people, numbers and events are random.
Nothing is copied from ../shared/realdev. Deterministic for a given
`random.Random`; nothing reads the clock or iterates an unordered set.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

# ---------------------------------------------------------------- slot pools
# Each list pool is (training values, held-out values); the two never share a value.

SUR = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗".split(),
       "郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡".split())
GIVEN = ("伟 芳 敏 静 磊 军 洋 勇 杰 涛 明 超 晓东 志强 海燕 建华 文博 思远".split(),
         "浩然 一鸣 佳怡 俊杰 国栋 立新 春生 振华 德明 永刚 雨桐 子涵 嘉豪 梦琪".split())
CITY = ("广州 深圳 杭州 南京 苏州 武汉 成都 重庆 西安 长沙 郑州 济南 青岛 沈阳 大连 厦门 福州 合肥 昆明 北京 上海 天津".split(),
        "汕头 惠州 绍兴 嘉兴 扬州 徐州 洛阳 烟台 潍坊 保定 唐山 绵阳 柳州 桂林 三亚 宝鸡 包头 银川 南宁 贵阳 兰州".split())
PROV = ("广东 浙江 江苏 山东 河南 湖北 湖南 四川 福建 安徽 河北 辽宁".split(),
        "陕西 山西 吉林 江西 云南 贵州 广西 海南 甘肃 黑龙江 内蒙古 新疆".split())

# ---- site chrome
PORTAL = ("新浪 搜狐 网易 腾讯 凤凰网 中新网 人民网 央视网 新华网 TOM".split(),
          "环球网 光明网 中国网 东方网 大河网 北青网 南方网 红网 荆楚网 中华网".split())
SPORTSUB = ("国际足球 国内足球 NBA CBA 综合体育 网球 F1 高尔夫 彩票 排行".split(),
            "中超 英超 排球 羽毛球 田径 游泳 棋牌 赛车 冬季项目 户外".split())
ENTSUB = ("明星 电影 电视 音乐 综艺 图库".split(), "演出 戏剧 八卦 韩娱 港台 影评".split())
GAMESUB = ("网络游戏 单机游戏 手机游戏 电子竞技 新游速递 游戏攻略".split(),
           "网页游戏 主机游戏 游戏评测 游戏视频 休闲游戏 独立游戏".split())
LOTSUB = ("双色球 大乐透 足彩 竞彩 开奖公告 专家推荐".split(), "福彩3D 排列三 七星彩 胜负彩 彩市新闻 走势图表".split())
CHAN = ("新闻 财经 科技 汽车 房产 教育 健康 旅游 时尚 女性 读书 军事 历史 文化 视频 图片 博客 论坛".split(),
        "国内 国际 社会 家居 母婴 数码 手机 美食 公益 星座 动漫 评论 城市 育儿 收藏 佛学".split())
SPORTEVENT = ("世界杯 欧洲杯 奥运会 亚运会 全运会 NBA总决赛 欧冠决赛 温网 法网 斯诺克大师赛".split(),
              "亚洲杯 美洲杯 冬奥会 大运会 城运会 中超收官战 澳网 美网 环法自行车赛 马拉松季".split())
PERIOD = ("今日 本周 本月 24小时".split(), "昨日 上周 近三天 48小时".split())
QIPAI = ("斗地主 麻将 象棋 围棋 升级 拖拉机 五子棋".split(), "掼蛋 跑得快 军棋 跳棋 国际象棋 桥牌 四国军棋".split())
CHROMEWORD = ("排行 图片 视频 专题 论坛 博客 滚动 直播 数据库 赛程 积分榜".split(),
              "热图 精选 访谈 评论 彩图 策划 资料库 日程 射手榜 名单 回放".split())

# ---- games and esports
GTITLE = ("英雄联盟 王者荣耀 DOTA2 梦幻西游 魔兽世界 穿越火线 地下城与勇士 炉石传说 绝地求生 阴阳师 剑网3 天涯明月刀 守望先锋 原神".split(),
          "永劫无间 第五人格 和平精英 逆水寒 无畏契约 光遇 蛋仔派对 金铲铲之战 星际争霸2 魔兽争霸3 崩坏3 火影忍者手游".split())
RACING = ("跑跑卡丁车 极品飞车 尘埃拉力赛".split(), "QQ飞车 GT赛车 极限竞速".split())
GCO = ("腾讯 网易 盛大 完美世界 巨人网络 畅游 西山居 米哈游".split(),
       "莉莉丝 叠纸 鹰角网络 哔哩哔哩 三七互娱 心动网络 游族网络".split())
# (game, league, teams): public esports facts
ESPORTS = ((("英雄联盟", "LPL", "EDG RNG JDG TES BLG WBG IG FPX LNG".split()),
            ("英雄联盟", "S赛", "EDG RNG JDG TES BLG IG FPX".split()),
            ("王者荣耀", "KPL", "狼队 eStarPro AG超玩会 TTG DYG Hero久竞".split()),
            ("DOTA2", "TI", "LGD XG Aster Spirit OG".split()),
            ("CS", "IEM", "NAVI FaZe TYLOO Vitality".split())),
           (("和平精英", "PEL", "4AM Nova 天霸 17战队".split()),
            ("无畏契约", "VCT", "T1 Gen.G Fnatic PaperRex".split()),
            ("星际争霸2", "黄金联赛", "Liquid Astralis Heroic".split())))
GEVENT = ("暑期 国庆 春节 周年庆 开学季".split(), "寒假 元旦 中秋 五一 端午".split())
GITEM = ("坐骑 时装 限定皮肤 称号 头像框 宠物".split(), "翅膀 武器外观 表情包 家园装饰 挂件".split())
GMODE = ("新副本 新地图 跨服战场 排位赛 团队副本 竞技场".split(), "新区服 公会战 生存模式 合作模式 海岛地图".split())
STORE = ("苹果商店 安卓应用商店 App Store".split(), "各大安卓商店 苹果App Store 官方应用市场".split())

# ---- finance: listed companies and fund houses (public facts); events invented
FUND = ("宝盈基金 华宝基金 博时基金 鹏华基金 华夏基金 广发基金 长盛基金 鑫元基金 中欧基金 汇添富基金 易方达基金 信诚基金".split(),
        "华安基金 大成基金 嘉实基金 国泰基金 泰达宏利基金 富国基金 万家基金 银华基金 景顺长城基金 鹏扬基金".split())
FIRM = ("恒盛地产 华发股份 富力地产 雅居乐 华润置地 宝钢股份 恒瑞医药 恒生电子 世纪鼎利 鼎龙股份 盛达资源 利欧股份 "
        "乐普医疗 博彦科技 欧菲光 亚泰集团 华鑫股份 凯莱英 赢时胜 盈峰环境 宝新能源 恒隆地产".split(),
        "恒力石化 恒立液压 鼎汉技术 盛和资源 博腾股份 欧派家居 亚盛集团 宝胜股份 华兰生物 恒基地产 "
        "凯撒旅业 利亚德 信和置业 合生创展 华鑫证券 鑫科材料".split())
SECTOR = ("地产 医药 券商 钢铁 有色 军工 白酒 银行 保险 煤炭 通信 传媒".split(),
          "光伏 储能 半导体 汽车零部件 家电 农业 化工 航运 建材 旅游".split())
BROKER = ("中金公司 中信证券 国泰君安 海通证券 申万宏源 招商证券 高盛 瑞银 花旗".split(),
          "华泰证券 兴业证券 光大证券 东方证券 安信证券 摩根大通 野村 德银".split())
RATING = ("跑赢大市 买入 增持 推荐".split(), "优于大市 强烈推荐 谨慎增持 中性".split())
INDEX = ("沪指 深成指 恒指 创业板指".split(), "上证50 中小板指 国企指数 沪深300".split())
FUNDTYPE = ("混合型 债券型 指数型 货币型 偏股型".split(), "QDII 保本型 灵活配置型 ETF联接 量化".split())

# ---- lottery columns
BOOKIE = ("威廉希尔 立博 必发 澳门 竞彩官方".split(), "易胜博 伟德 SNAI Interwetten Coral".split())
EXPERT = ("老K 铁头 江北客 一叶知秋 冷面 蓝山 南风 石头 小马哥 北方狼".split(),
          "青衫 渔舟 北斗 孤星 灰鹤 秋水 木鱼 半山 沧海 老船长".split())
LEAGUE = ((("英超", "曼城 阿森纳 利物浦 曼联 切尔西 热刺 纽卡斯尔 阿斯顿维拉 埃弗顿 富勒姆".split()),
           ("意甲", "国际米兰 AC米兰 尤文图斯 那不勒斯 罗马 拉齐奥 亚特兰大 佛罗伦萨".split()),
           ("西甲", "皇家马德里 巴塞罗那 马德里竞技 塞维利亚 皇家社会 瓦伦西亚 比利亚雷亚尔".split()),
           ("德甲", "拜仁慕尼黑 多特蒙德 勒沃库森 莱比锡 法兰克福 沃尔夫斯堡 云达不莱梅".split()),
           ("法甲", "巴黎圣日耳曼 马赛 摩纳哥 里昂 里尔 尼斯 雷恩".split()),
           ("欧联杯", "罗马 里斯本竞技 本菲卡 波尔图 阿贾克斯 凯尔特人 塞维利亚 费内巴切".split()),
           ("亚冠", "山东泰山 上海海港 浦和红钻 全北现代 蔚山现代 鹿岛鹿角 利雅得新月".split()),
           ("南俱杯", "博卡青年 河床 独立 竞赛 圣保罗 科林蒂安 国际".split())),
          (("荷甲", "埃因霍温 费耶诺德 阿尔克马尔 特温特 乌德勒支".split()),
           ("葡超", "布拉加 吉马良斯 里奥阿维 法马利康".split()),
           ("苏超", "格拉斯哥流浪者 阿伯丁 哈茨 希伯尼安".split()),
           ("比甲", "布鲁日 安德莱赫特 亨克 标准列日".split()),
           ("日职", "川崎前锋 横滨水手 神户胜利船 广岛三箭 名古屋鲸八".split()),
           ("K联赛", "浦项制铁 首尔FC 水原三星 大邱FC".split()),
           ("解放者杯", "帕尔梅拉斯 弗鲁米嫩塞 佩纳罗尔 民族竞技 奥林匹亚".split()),
           ("欧协联", "西汉姆联 佛罗伦萨 奥林匹亚科斯 布雷斯特 赫罗纳".split())))
HANDICAP = ("平手 平半 半球 半一 一球".split(), "球半 一球/球半 受让平半 受让半球 两球".split())
FGAME = ("胜负彩 任选九场 竞彩单场 竞彩足球".split(), "六场半全场 四场进球彩 北京单场 竞彩混合过关".split())
MEDIA = ("本报 本站 彩票频道 体坛专栏".split(), "晚报彩市版 周刊 网友专栏 彩票周报".split())

# ---- tech reviews
PHONE = (["华为Mate", "小米", "荣耀Magic", "魅族", "iPhone"], ["OPPO Find X", "vivo X", "一加", "努比亚", "红魔"])
CAMERA = (["索尼α", "尼康D", "佳能EOS R"], ["富士X-T", "松下GH", "奥林巴斯E-M"])
LAPTOP = ("联想ThinkPad 华硕灵耀 戴尔灵越 小米笔记本".split(), "惠普战 宏碁蜂鸟 微星 机械革命".split())
TVBRAND = ("海信 TCL 创维 长虹".split(), "康佳 夏普 飞利浦 酷开".split())
CHIP = ("骁龙 麒麟 酷睿i7 锐龙7".split(), "天玑 Apple_M 酷睿i5 锐龙5".split())
GADGET = ("智能手表 蓝牙耳机 平板电脑 投影仪 扫地机器人 空气净化器".split(),
          "电子书阅读器 游戏手柄 移动电源 路由器 行车记录仪 电动牙刷".split())
MALL = ("京东 天猫 苏宁易购 国美".split(), "拼多多 抖音商城 唯品会 当当".split())

# ---- exams
EXAM = ("高考 考研 中考 四六级 公务员考试 司法考试 教师资格证考试 注册会计师考试".split(),
        "雅思 托福 GRE 自考 成人高考 一级建造师考试 执业医师考试 计算机等级考试".split())
SUBJ = ("语文 数学 英语 政治 申论 行测 作文".split(), "物理 化学 历史 地理 写作 听力 阅读".split())
SCHOOLS = ("北京大学 清华大学 复旦大学 浙江大学 南京大学 武汉大学 中山大学".split(),
           "厦门大学 四川大学 山东大学 吉林大学 同济大学 南开大学 天津大学".split())

# ---- entertainment and society
AGENCY = ("英皇娱乐 SM娱乐 YG娱乐 JYP娱乐 天娱传媒 橙天娱乐".split(),
          "FNC娱乐 CUBE娱乐 乐华娱乐 Starship娱乐 欢瑞世纪 寰亚电影".split())
AWARD = ("亚洲之星 金鹰奖 百花奖 华鼎奖".split(), "金马奖 金像奖 华表奖 白玉兰奖".split())
FILM = ("《雾中灯塔》 《南方来信》 《少年与海》 《风过山岗》 《第七个夏天》 《麻将馆的下午》 《北城往事》".split(),
        "《月下归舟》 《城南旧梦》 《远山的回声》 《无名之河》 《老街茶馆》 《八月的风》".split())
RICHLIST = ("胡润百富榜 福布斯富豪榜 新财富500创富榜".split(), "福布斯全球亿万富豪榜 胡润全球富豪榜 彭博亿万富翁指数".split())
SKILL = ("象棋 厨艺 修车 剪纸 钓鱼 书法 风筝".split(), "围棋 面点 木工 刺绣 摄影 园艺 魔方".split())
SPORTSTAR = ("老将 队长 主力前锋 卫冕冠军 头号种子".split(), "老门将 新科状元 二号种子 当家球星 奥运冠军".split())
SCAM = ("虚拟币 养老项目 外汇理财 原始股 区块链项目".split(), "私募基金 林业项目 艺术品份额 境外期货 黄金理财".split())


# ---------------------------------------------------------------- slot filling


class _Ctx:
    """Slot values for one line: `{x}` and `{x2}` draw distinct values from
    pool X; a slot used twice in a template gets the same value."""

    __slots__ = ("r", "h", "memo")

    def __init__(self, r: random.Random, heldout: bool) -> None:
        self.r, self.h, self.memo = r, heldout, {}

    def pick(self, pool: tuple) -> str:
        return self.r.choice(pool[1] if self.h else pool[0])

    def idx(self, key: str, n: int) -> int:
        """A memoized index, so that e.g. a league and its clubs agree."""
        if key not in self.memo:
            self.memo[key] = self.r.randrange(n)
        return self.memo[key]

    def get(self, key: str) -> str:
        if key in self.memo:
            return self.memo[key]
        base = key.rstrip("0123456789")
        fn = _SLOTS[base]
        v = fn(self)
        taken = [w for k, w in self.memo.items() if k != key and k.rstrip("0123456789") == base]
        for _ in range(30):
            if v not in taken:
                break
            v = fn(self)
        self.memo[key] = v
        return v


def _num(lo: int, hi: int) -> Callable[[_Ctx], str]:
    return lambda c: str(c.r.randint(lo, hi))


def _dec(lo: int, hi: int) -> Callable[[_Ctx], str]:
    return lambda c: f"{c.r.randint(lo, hi)}.{c.r.randint(0, 9)}"


def _name(c: _Ctx) -> str:
    return c.pick(SUR) + c.pick(GIVEN)


def _date(c: _Ctx) -> str:
    return f"{c.r.randint(1, 12)}月{c.r.randint(1, 28)}日"


def _year(c: _Ctx) -> str:
    return str(c.r.randint(2009, 2026))


def _esports(field: int) -> Callable[[_Ctx], str]:
    def f(c: _Ctx) -> str:
        rows = ESPORTS[c.h]
        v = rows[c.idx("_es", len(rows))][field]
        return c.r.choice(v) if isinstance(v, list) else v
    return f


def _league(c: _Ctx) -> str:
    return LEAGUE[c.h][c.idx("_lg", len(LEAGUE[c.h]))][0]


def _club(c: _Ctx) -> str:
    return c.r.choice(LEAGUE[c.h][c.idx("_lg", len(LEAGUE[c.h]))][1])


def _odds(c: _Ctx) -> str:
    return f"{c.r.randint(1, 4)}.{c.r.randint(5, 95):02d}"


def _score(c: _Ctx) -> str:
    return f"{c.r.randint(0, 4)}:{c.r.randint(0, 3)}"


def _fissue(c: _Ctx) -> str:
    return f"{c.r.randint(9, 26):02d}{c.r.randint(1, 190):03d}"


def _price(c: _Ctx) -> str:
    return str(c.r.choice((699, 899, 999, 1299, 1499, 1699, 1999, 2299, 2499, 2999, 3499, 3999, 4599, 4999, 5999, 6999, 7999, 8999)))


def _menu(pools: tuple[tuple, ...], lo: int, hi: int, must: tuple[str, ...] = ()) -> Callable[[_Ctx], str]:
    """A channel menu: sampled items of the given pools, some fixed items
    inserted at random places, joined by one separator."""
    def f(c: _Ctx) -> str:
        items: list[str] = []
        for p in pools:
            items += p[1] if c.h else p[0]
        items = c.r.sample(items, min(len(items), c.r.randint(lo, hi)))
        for w in must:
            if w not in items:
                items.insert(c.r.randrange(len(items) + 1), w)
        return c.get("msep").join(items)
    return f


def _phone(c: _Ctx) -> str:
    return c.pick(PHONE) + c.r.choice(("", " ")) + str(c.r.randint(5, 60))


_SLOTS: dict[str, Callable[[_Ctx], str]] = {
    "name": _name,
    "sur": lambda c: c.pick(SUR),
    "city": lambda c: c.pick(CITY),
    "prov": lambda c: c.pick(PROV),
    "date": _date,
    "year": _year,
    "portal": lambda c: c.pick(PORTAL),
    "sportsub": lambda c: c.pick(SPORTSUB),
    "entsub": lambda c: c.pick(ENTSUB),
    "gamesub": lambda c: c.pick(GAMESUB),
    "lotsub": lambda c: c.pick(LOTSUB),
    "chan": lambda c: c.pick(CHAN),
    "sportevent": lambda c: c.pick(SPORTEVENT),
    "period": lambda c: c.pick(PERIOD),
    "qipai": lambda c: c.pick(QIPAI),
    "cword": lambda c: c.pick(CHROMEWORD),
    "sep": lambda c: c.r.choice((" > ", " > ", ">", " >> ", " » ", " - ", "-", " / ")),
    "msep": lambda c: c.r.choice((" ", " ", "  ", " | ", "|", " · ", "｜", "　", " / ")),
    "menu": _menu((CHAN,), 4, 10, ("体育", "娱乐", "游戏")),
    "livemenu": _menu((CHAN,), 1, 4, ("直播", "娱乐", "体育", "游戏")),
    "sportmenu": _menu((SPORTSUB,), 4, 8),
    "entmenu": _menu((ENTSUB,), 3, 6),
    "gamemenu": _menu((GAMESUB,), 3, 6),
    "lotmenu": _menu((LOTSUB,), 3, 6),
    "qipaimenu": _menu((QIPAI,), 3, 6),
    "cmenu": _menu((CHROMEWORD,), 3, 6),
    "gt": lambda c: "《" + c.pick(GTITLE) + "》",
    "gtb": lambda c: c.pick(GTITLE),
    "racing": lambda c: "《" + c.pick(RACING) + "》",
    "gco": lambda c: c.pick(GCO),
    "esgame": _esports(0),
    "esleague": _esports(1),
    "team": _esports(2),
    "gevent": lambda c: c.pick(GEVENT),
    "gitem": lambda c: c.pick(GITEM),
    "gmode": lambda c: c.pick(GMODE),
    "store": lambda c: c.pick(STORE),
    "fund": lambda c: c.pick(FUND),
    "firm": lambda c: c.pick(FIRM),
    "sector": lambda c: c.pick(SECTOR),
    "broker": lambda c: c.pick(BROKER),
    "rating": lambda c: c.pick(RATING),
    "index": lambda c: c.pick(INDEX),
    "fundtype": lambda c: c.pick(FUNDTYPE),
    "bookie": lambda c: c.pick(BOOKIE),
    "expert": lambda c: c.pick(EXPERT),
    "league": _league,
    "club": _club,
    "handicap": lambda c: c.pick(HANDICAP),
    "fgame": lambda c: c.pick(FGAME),
    "media": lambda c: c.pick(MEDIA),
    "phone": _phone,
    "camera": lambda c: f"{c.pick(CAMERA)}{c.r.randint(1, 9)}{c.r.choice(('', '0', '00'))}",
    "laptop": lambda c: c.pick(LAPTOP),
    "tvbrand": lambda c: c.pick(TVBRAND),
    "chip": lambda c: c.pick(CHIP).replace("_", " "),
    "gadget": lambda c: c.pick(GADGET),
    "mall": lambda c: c.pick(MALL),
    "exam": lambda c: c.pick(EXAM),
    "subj": lambda c: c.pick(SUBJ),
    "school": lambda c: c.pick(SCHOOLS),
    "agency": lambda c: c.pick(AGENCY),
    "award": lambda c: c.pick(AWARD),
    "film": lambda c: c.pick(FILM),
    "richlist": lambda c: c.pick(RICHLIST),
    "skill": lambda c: c.pick(SKILL),
    "sportstar": lambda c: c.pick(SPORTSTAR),
    "scam": lambda c: c.pick(SCAM),
    # numbers
    "n": _num(2, 30),
    "k": _num(1, 9),
    "big": _num(120, 9800),
    "wan": _num(2, 500),
    "yi": _dec(1, 60),
    "pct": lambda c: f"{c.r.randint(0, 30)}.{c.r.randint(1, 9)}%",
    "px": _dec(2, 80),
    "pts": _num(5, 120),
    "odds": _odds,
    "score": _score,
    "fissue": _fissue,
    "price": _price,
    "inch": lambda c: c.r.choice(("6.1", "6.7", "13.3", "14", "15.6", "55", "65", "75", "85")),
    "mp": lambda c: c.r.choice(("1200", "2000", "2430", "4800", "5000", "6100")),
    "lv": lambda c: str(c.r.choice((30, 40, 50, 60, 70, 80, 90, 100, 120))),
    "rank": _num(1, 50),
    "pos": lambda c: f"{c.r.randint(40, 95)}%",
    "bo": lambda c: c.r.choice(("2:0", "2:1", "3:0", "3:1", "3:2")),
    "mah": lambda c: str(c.r.choice((4000, 4500, 4800, 5000, 5500, 6000))),
    "dv": lambda c: f"0.{c.r.randint(1, 9)}{c.r.randint(0, 9)}",
    "age": _num(55, 88),
    "hz": lambda c: c.r.choice(("90", "120", "144", "165", "240")),
}

_SLOT = re.compile(r"\{([a-z]+\d?)\}")


def _fill(c: _Ctx, template: str) -> str:
    return _SLOT.sub(lambda m: c.get(m.group(1)), template)


def _lines(block: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in block.strip().splitlines() if s.strip() and not s.strip().startswith("#"))


# Templates per kind: (train heads, train sents, held-out heads, held-out sents).
_T: dict[str, tuple[tuple[str, ...], ...]] = {}


def _kind(name: str, heads: str, sents: str, heads_h: str, sents_h: str) -> None:
    _T[name] = (_lines(heads), _lines(sents), _lines(heads_h), _lines(sents_h))
