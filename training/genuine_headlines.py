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

import gaming_news

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
STORE = (["苹果商店", "安卓应用商店", "App Store"], ["各大安卓商店", "苹果App Store", "华为应用市场"])

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
           ("南俱杯", "博卡青年 河床 独立队 竞赛俱乐部 圣保罗 科林蒂安 拉努斯".split())),
          (("荷甲", "埃因霍温 费耶诺德 阿尔克马尔 特温特 乌德勒支".split()),
           ("葡超", "布拉加 吉马良斯 里奥阿维 法马利康".split()),
           ("苏超", "格拉斯哥流浪者 阿伯丁 哈茨 希伯尼安".split()),
           ("比甲", "布鲁日 安德莱赫特 亨克 标准列日".split()),
           ("日职", "川崎前锋 横滨水手 神户胜利船 广岛三箭 名古屋鲸八".split()),
           ("K联赛", "浦项制铁 首尔FC 水原三星 大邱FC".split()),
           ("解放者杯", "帕尔梅拉斯 弗鲁米嫩塞 佩纳罗尔 民族竞技 奥林匹亚".split()),
           ("欧协联", "西汉姆联 皇家贝蒂斯 奥林匹亚科斯 布雷斯特 赫罗纳".split())))
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
# (exam, its subjects)
EXAMS = ((("高考", "语文 数学 英语 文综 理综".split()), ("考研", "政治 英语一 数学一 专业课".split()),
          ("中考", "语文 数学 物理 化学 道德与法治".split()), ("四六级", "翻译 阅读理解 作文".split()),
          ("公务员考试", "申论 行测".split()), ("司法考试", "卷一 卷二 主观题".split()),
          ("教师资格证考试", "综合素质 教育知识与能力".split()), ("注册会计师考试", "会计 审计 税法".split())),
         (("雅思", "口语 听力 写作".split()), ("托福", "阅读 口语 听力".split()), ("GRE", "填空 写作 逻辑".split()),
          ("自考", "大学语文 马克思主义基本原理".split()), ("成人高考", "高等数学 医学综合 大学英语".split()),
          ("一级建造师考试", "工程经济 建设工程法规".split()), ("执业医师考试", "实践技能 医学人文".split()),
          ("计算机等级考试", "二级C语言 二级Office".split())))
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


class _Ctx(gaming_news._Ctx):
    """Slot values for one line (gaming_news's context with this module's
    slots): `{x}` and `{x2}` draw distinct values from slot x; a slot used
    twice in a template gets the same value."""

    __slots__ = ()

    def get(self, key: str) -> str:  # type: ignore[override]
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


_num, _dec, _lines = gaming_news._num, gaming_news._dec, gaming_news._lines


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


def _exam(field: int) -> Callable[[_Ctx], str]:
    def f(c: _Ctx) -> str:
        rows = EXAMS[c.h]
        v = rows[c.idx("_ex", len(rows))][field]
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
    "exam": _exam(0),
    "subj": _exam(1),
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
    "chg": lambda c: f"{c.r.randint(0, 9)}.{c.r.randint(1, 9)}%",
    "pct": lambda c: f"{c.r.randint(0, 30)}.{c.r.randint(1, 9)}%",
    "px": _dec(2, 80),
    "pts": _num(5, 120),
    "odds": _odds,
    "lowodds": lambda c: f"1.{c.r.randint(20, 95)}",
    "score": _score,
    "fissue": _fissue,
    "price": _price,
    "pinch": lambda c: c.r.choice(("6.1", "6.3", "6.5", "6.7", "6.8")),
    "tinch": lambda c: c.r.choice(("55", "65", "75", "85", "98")),
    "tprice": lambda c: str(c.r.choice((2999, 3499, 3999, 4999, 5999, 6999, 8999, 12999))),
    "few": _num(3, 9),
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


# Templates per kind: (train heads, train sents, held-out heads, held-out sents).
_T: dict[str, tuple[tuple[str, ...], ...]] = {}


def _kind(name: str, heads: str, sents: str, heads_h: str, sents_h: str) -> None:
    _T[name] = (_lines(heads), _lines(sents), _lines(heads_h), _lines(sents_h))


# ---------------------------------------------------------------- site chrome
# No 官网/下载/app/注册/登录/平台 in chrome lines: they sit next to 体育/娱乐.

_kind(
    "site_chrome",
    heads="""
更多体育新闻>>
更多{sportsub}新闻 >>
更多娱乐新闻　更多游戏新闻
{portal}体育{sep}{sportsub}{sep}正文
您现在的位置：{portal}首页{sep}体育{sep}综合体育
当前位置：首页{sep}娱乐{sep}{entsub}{sep}正文
首页{sep}游戏{sep}{gamesub}{sep}正文
{portal}彩票{sep}{lotsub}{sep}正文
彩票频道 | {lotsub}专区
电竞频道{sep}{esleague}专题
{portal}游戏{sep}棋牌游戏频道{sep}{qipai}
体育图片 | 娱乐图片 | 游戏图片
综合体育滚动新闻
{sportsub}频道 最新消息
[{sportsub}] {period}焦点
体育专题：{sportevent}
{portal}娱乐{sep}{entsub}{sep}图片
热点体育 | 热点娱乐
{period}{sportsub}要闻回顾
娱乐新闻排行 {period}
{period}体育新闻排行榜
游戏频道{sep}新游速递{sep}{gt}专区
电竞赛事日程表 {esleague}
体育视频 {sportsub}精彩集锦
返回体育频道首页
返回{portal}娱乐首页
{portal}棋牌游戏 新手帮助
体育{sep}综合体育{sep}{sportevent}
体育论坛 | 娱乐论坛 | 游戏论坛
{portal}体育 {cword}
{sportevent}专题{sep}赛程赛果
{portal}娱乐 {entsub}频道
彩票{sep}开奖{sep}{lotsub}
""",
    sents="""
{menu}
频道导航：{menu}
{portal}导航：{menu}
体育：{sportmenu}
娱乐：{entmenu}
游戏：{gamemenu}
彩票：{lotmenu}
{livemenu}
相关专题：{sportevent} {sportevent2}
本文来源：{portal}体育　作者：{name}
体育频道编辑：{name}　实习编辑：{name2}
体育新闻 娱乐新闻 游戏新闻 彩票新闻 {cword}
{portal}体育{msep}{portal}娱乐{msep}{portal}游戏{msep}{portal}{chan}
棋牌游戏频道：{qipaimenu}
电竞频道：{esgame}{msep}{esleague}{msep}赛程{msep}战队{msep}选手
热门标签：{sportsub} {sportevent} {entsub} {gamesub}
凡本网注明“来源：{portal}体育”的作品，转载时请注明出处。
体育{msep}{cmenu}
更多关于{sportevent}的报道，请进入专题页面
娱乐频道精选：{entsub} {entsub2} {entsub3}
{portal}综合体育 {cword}{msep}{cword2}{msep}{cword3}
责任编辑：{name}　来源：{portal}娱乐
""",
    heads_h="""
查看全部体育资讯 →
{portal}体育频道 / {sportsub} / 详情
所在位置：{portal} > 娱乐 > {entsub}
{portal}游戏中心 · {gamesub}
{portal}彩票 · {lotsub}资讯
{sportsub}快讯 {period}更新
电竞资讯 · {esleague}赛程
棋牌频道 · {qipai}规则介绍
体育要闻 娱乐要闻 游戏要闻
{sportevent}特别报道
娱乐{entsub}排行 {period}热榜
回到体育首页 ↑
""",
    sents_h="""
栏目：{menu}
全部频道 {menu}
体育频道 {sportmenu}
娱乐频道 {entmenu}
游戏频道 {gamemenu}
彩票频道 {lotmenu}
棋牌频道 {qipaimenu}
现在直播：{livemenu}
稿件来源：{portal}体育频道　编辑：{name}
热门话题：{sportevent}{msep}{gamesub}{msep}{entsub}
{portal}体育{msep}{cmenu}
本页{sportsub}资讯由{portal}体育频道整理
""",
)

# ---------------------------------------------------------------- game news
# Marketing words (官网, 平台, 下载, 试玩) only in lines without 电竞/体育/娱乐.

_kind(
    "game_news",
    heads="""
{gt}新版本{date}上线 {gmode}等你来战
{gt}公测开启 首日{n}万玩家涌入新区
{gt}不删档内测今日开启 激活码发放中
{gt}{gevent}礼包领取指南 签到七天送{gitem}
邀请好友回归 {gt}老玩家专属福利一览
{gt}官网改版上线 新职业资料首曝
ChinaJoy现场：{gt}试玩区排起长队(组图)
{gt}安卓版登陆{store} 苹果版同步更新
{gt}资料片{date}公测 全新{gmode}曝光(图)
激情{gevent} {gt}连续七日签到领{gitem}
{gt}跨平台互通测试开启 手机电脑数据同步
{esleague}：{team}{bo}击败{team2} 豪取{n}连胜
{esleague}决赛前瞻：{team}与{team2}再度相遇
{team}公布新赛季阵容 {esgame}老将回归
{esleague}总决赛落幕 {team}夺得冠军
电竞赛事观赛人数创新高 {esleague}单日峰值破{wan}万
{team}战胜{team2} 提前锁定{esleague}出线名额
{racing}新赛季开启 新赛道与新车辆曝光
{racing}全国车王争霸赛{city}站开赛
{qipai}全国大赛{city}站落幕 {n}0名高手同场竞技
{gco}二季度财报：网络游戏收入同比增长{pct}
{gt}玩家自制视频走红 {n}天播放量破百万
{gt}{lv}级新副本攻略：BOSS技能详细解析
{gt}全新英雄上线 技能设计详解(组图)
{gt}服务器维护公告：{date}停机更新
{gt}周年庆典 玩家{city}线下聚会(图)
{gt}等级上限提升至{lv}级 新手体验全面优化
{gt}新手入门：轻松上手的{k}个小技巧
手游市场观察：{gevent}档期新游扎堆上线
{gt}同名电视剧开拍 游戏改编再掀热潮
网游防沉迷新规实施 未成年人游戏时长受限
{racing}漂移技巧全解析 新手也能跑出好成绩
{gco}年度发布会：{few}款新游亮相
""",
    sents="""
{gt}新版本将于{date}正式上线，新增{gmode}和多个玩法。
据官方介绍，{gt}公测首日同时在线人数超过{n}万。
玩家连续签到七天，即可领取{gitem}和经验道具。
邀请好友组队完成任务，双方都能获得额外奖励。
{gt}安卓版已登陆{store}，苹果版将在审核通过后上线。
官网显示，本次内测采取激活码形式，名额有限。
在ChinaJoy展台，不少玩家排队试玩了{gt}的最新版本。
{gt}本次更新对新手引导做了全面优化，新玩家可以轻松上手。
本届{esleague}决赛在{city}举行，现场观众超过{k}000人。
{team}以{bo}战胜{team2}，赢下本赛季第{n}场胜利。
赛后，{team}的中单选手被评为本场最有价值选手。
据统计，{esleague}本赛季累计观赛人次已突破{k}亿。
{esgame}职业联赛实行主客场制，{n}支战队分布在全国多个城市。
{racing}新赛季新增{k}条赛道，玩家可以在排位赛中体验。
{qipai}比赛采用积分制，成绩按局分计算，不涉及任何现金奖励。
不少中老年人在手机上下{qipai}，把它当作消遣和锻炼脑力的方式。
游戏运营方提醒玩家，账号交易存在风险，请勿相信低价代充。
根据防沉迷规定，未成年人只能在周五、周六、周日和法定节假日的晚8时至9时玩网络游戏。
{gt}维护期间服务器暂停开放，补偿礼包将在维护结束后通过邮件发放。
这款游戏的画面采用全新引擎制作，支持高清画质和高帧率模式。
玩家在论坛上表示，新版本的平衡性调整让各职业之间更加公平。
业内人士认为，{gevent}档期一直是新游上线的黄金时间。
""",
    heads_h="""
{gt}开放首测 报名资格抽取中
{gt}限时活动上线 登录即送{gitem}
{gt}资料站更新 新地图玩法图解
{esleague}：{team}逆转{team2} 晋级决赛
{team}公布新赛季名单 {esgame}新人加盟
{racing}冠军杯{city}站赛果出炉
{qipai}线上邀请赛收官 冠军来自{prov}
{gt}{gevent}版本前瞻 新角色技能抢先看(图)
评测：{gt}新版本值不值得回坑
{gt}开发者访谈：我们为何重做新手关卡
{gt}停服更新说明 补偿方案公布
""",
    sents_h="""
{gt}首测资格通过抽签发放，入选玩家会收到短信通知。
活动期间每天登录游戏，即可领取{gitem}一份。
{team}在{esleague}半决赛中先输一局，随后连扳两局完成逆转。
{esleague}本赛季新增了主场城市，{team}落户{city}。
{racing}冠军杯本站共有{n}名车手参赛，最终{name}夺得第一。
{qipai}邀请赛全部在线上进行，选手按积分排名，奖品为纪念奖杯和证书。
开发团队表示，重做后的新手关卡会引导玩家逐步熟悉操作。
停服更新预计持续{k}小时，期间玩家无法进入游戏。
新角色的技能以控制为主，适合喜欢团队配合的玩家。
这次版本更新还修复了部分机型上的闪退问题。
有玩家在社区留言，希望运营方能在节假日增加活动奖励。
""",
)

# ---------------------------------------------------------------- finance: listed names

_kind(
    "finance_names",
    heads="""
{fund}旗下{fundtype}基金今起发行
{fund}：{sector}板块估值回到合理区间
{fund}基金经理{name}：看好下半年{sector}行情
{broker}首予{firm}“{rating}”评级 目标价{px}元
{broker}维持{firm}{rating}评级
{firm}早盘高开低走 收跌{chg}
{firm}午后拉升 盘中涨幅一度超过{chg}
{firm}公告：上半年净利润同比增长{pct}
{firm}{date}复牌 开盘即告涨停
{firm}拟在{city}设立子公司 投资额{yi}亿元
{firm}中期业绩出炉 营收{yi}亿元
{firm}大股东增持{k}千万股
{firm}获机构密集调研 {sector}业务成焦点
港股收评：恒指跑输大市 {firm}逆市上扬
{index}高开低走 {sector}股集体回调
{index}收复{big}点 {sector}板块领涨
金融监管新法案{date}起执行 银行股承压
{fund}：下半年A股有望震荡上行
{fund}获批发行{fundtype}产品
{fund}分红公告：每10份派{dv}元
{firm}销售额同比增长{pct} 拿地步伐放缓
地产股早盘普跌 {firm}跌幅居前
{sector}股午后异动 {firm}直线拉升
{broker}：{firm}业绩有望跑赢大市 上调盈利预测
基金二季报：{fund}重仓{sector}股
{firm}与{firm2}签署战略合作协议
{firm}发布澄清公告 否认重组传闻
快讯：{firm}开盘跌{chg} 成交明显放大
{fund}旗下{k}只基金跑赢业绩基准
{firm}董事会换届 {name}出任董事长
{firm}停牌筹划重大事项 {sector}股联动走强
{broker}策略会：{sector}板块有望跑赢大市
""",
    sents="""
{fund}表示，下半年将重点关注{sector}和{sector2}板块的投资机会。
{broker}发布研究报告，首次给予{firm}“{rating}”评级，目标价{px}元。
{firm}今日早盘高开，随后震荡走低，收盘下跌{chg}。
恒指早盘高开{pts}点后回落，午后跌幅一度扩大至{pts2}点。
{firm}公告称，公司上半年实现营业收入{yi}亿元，同比增长{pct}。
{fund}旗下{fundtype}基金将于{date}起公开发售，投资者可通过银行和券商认购。
据{fund}披露，该基金二季度末股票仓位约为{pos}。
{firm}董事会审议通过议案，拟以现金方式收购一家{sector}企业{n}%的股权。
分析人士指出，{sector}板块前期涨幅较大，短期或面临调整压力。
{firm}表示，本次停牌是为了筹划重大资产重组事项。
{index}今日高开低走，成交量较前一交易日有所萎缩。
{broker}认为，{firm}新产能投产后，业绩有望跑赢大市。
截至收盘，{firm}报{px}元，全天成交额{yi}亿元。
{fund}基金经理{name}表示，市场短期波动不改长期向好的趋势。
按照新法案，相关执行细则将于{date}起正式实施。
{firm}前{k}个月实现合同销售额{yi}亿元，完成全年目标的{pos}。
{firm}大股东计划在未来六个月内增持公司股份。
{fund}称，本次分红是该基金今年以来的第{k}次分红。
该基金成立以来累计净值增长率为{pct}，跑赢同期业绩比较基准。
{firm}澄清称，公司目前生产经营正常，不存在应披露而未披露的重大信息。
港股今日早盘高开，{sector}股表现活跃，{firm}一度涨逾{chg}。
{firm}与{firm2}的合作将覆盖研发、采购和海外市场等多个领域。
""",
    heads_h="""
{firm}尾盘跳水 全天振幅超{chg}
{broker}上调{firm}目标价至{px}元
{fund}新任总经理到位 {name}正式履新
{fund}{fundtype}基金提前结束募集
{firm}一季度扭亏为盈 {sector}业务贡献大
{index}低开高走 {sector}板块午后发力
{firm}回购股份计划实施完毕
{firm}拟发行可转债 募资{yi}亿元
{fund}季报：加仓{sector} 减持{sector2}
{firm}股东大会通过分红预案
外资机构{broker}看好{sector}：估值仍有修复空间
""",
    sents_h="""
{firm}尾盘突然跳水，全天振幅超过{chg}，换手率明显提高。
{broker}将{firm}的目标价上调至{px}元，维持“{rating}”评级不变。
{fund}发布公告，{name}自{date}起担任公司总经理。
由于认购踊跃，{fund}旗下一只{fundtype}基金提前结束募集。
{firm}一季度实现扭亏为盈，主要得益于{sector}业务的回暖。
{index}今日低开高走，{sector}板块在午后集体发力。
{firm}公告称，公司已累计回购股份{n}00万股，回购计划实施完毕。
{firm}拟公开发行可转换公司债券，募集资金主要用于新项目建设。
季报显示，{fund}旗下多只基金在报告期内加仓了{sector}股。
{firm}年度股东大会审议通过了每10股派{dv}元的分红预案。
{broker}在最新报告中指出，{sector}行业的估值仍处于历史较低水平。
""",
)

# ---------------------------------------------------------------- lottery columns
# Bookmakers and odds indices are cited as data; no call to bet anywhere.

_kind(
    "lottery_columns",
    heads="""
{bookie}赔率解读：{club}主场看胜 {club2}客场防平
{expert}{fgame}{fissue}期推荐：{club}稳胆 {club2}防冷
必发指数：{club}成交占比{pos} 热度过高需防冷
必发交易：资金集中{club}胜 平局遭冷落
澳门盘口：{club}让{handicap} 上盘信心充足
澳盘初盘：{club}受让{handicap} 下盘值得关注
凯利指数分析：{club}平局赔付偏低 机构防平
欧赔解析：{club}主胜{lowodds} {bookie}看好主队
亚盘精解：{club}对{club2} 浅盘之下主队难言稳
竞彩单场数据：{club}近{n}个主场不败
{league}单场攻略：{club}状态回升 可作博胆
{expert}竞彩推荐：{club}主胜 {club2}不败
{fgame}{fissue}期：{league}冷门多 {club}防平
模拟投注大赛第{k}期战报：网友{name}获周冠军
{media}竞猜：{club}对{club2} 你看好哪一方
{league}第{n}轮赔率变化：{club}持续降水
威廉希尔数据：{club}连续{k}轮被看好
立博开出{club}主胜{odds} 平赔偏高
{bookie}数据：{league}焦点战平局赔率最低
{expert}解盘：{club}做客难度大 稳胆看主队
{club}伤停汇总 {bookie}赔率应声调整
{league}前瞻：{club}主场求胜 {club2}只求一平
{league}{fgame}推荐：{club}稳胆 {club2}双选
{fgame}{fissue}期专家汇总：{k}位专家看好{club}
{expert}防冷提示：{club2}客场或有惊喜
赛事前瞻：{club}VS{club2} 数据统计一览
{league}积分形势：{club}争冠 {club2}力求出线
胜负彩{fissue}期开奖：一等奖{k}注 每注{wan}万元
{bookie}与{bookie2}分歧明显 {club}之战需谨慎
{expert}博胆：{club2}客场不败 {club}主场存疑
凯利方差显示：{club}胜赔离散度最小
{media}专家组{fgame}{fissue}期汇总：三场稳胆意见一致
""",
    sents="""
{bookie}开出的主胜赔率为{odds}，平局{odds2}，客胜{odds3}，对主队较为看好。
必发交易数据显示，{club}胜出选项的成交量占比达到{pos}，热度明显偏高。
澳门盘口开出{club}让{handicap}，水位处于中高水，上盘信心一般。
凯利指数显示，平局选项的赔付率低于其他两项，机构有防平意图。
{club}近{n}个主场保持不败，本场可作为稳胆。
{club2}客场作战能力不弱，本场需要适当防冷。
综合基本面和赔率走势，本场推荐{club}不败。
本期{fgame}共有{k}场比赛被专家普遍看好，其余场次存在一定变数。
竞彩单场数据显示，{club}本赛季主场胜率为{pos}。
{media}举办的模拟投注大赛只计虚拟积分，周冠军可获得纪念品。
网友竞猜结果显示，超过六成参与者看好{club}取胜。
{league}本轮冷门频出，多场比赛的赛果与赔率走势相反。
{expert}认为，{club}主力前锋复出，进攻端将得到加强。
两队近{k}次交锋，{club}占据明显优势。
从欧赔走势看，{bookie}在临场前下调了{club}的主胜赔率。
亚盘方面，多数机构开出{handicap}盘口，与欧赔换算基本一致。
彩票专家提醒，购彩应理性，量力而行，切勿盲目追号。
本期胜负彩一等奖中出{k}注，单注奖金{wan}万元。
{club}的防守在近期比赛中屡现漏洞，本场博胆需谨慎。
本场比赛{club2}主帅停赛，将在看台上观战。
""",
    heads_h="""
{bookie}赔率观察：{club}主胜赔率持续下调
{expert}{fgame}{fissue}期解盘：{club}主场可信
{league}竞猜焦点：{club}迎战{club2}
{bookie}初赔出炉 {club}客胜被低估
{fgame}{fissue}期冷门盘点：{club2}爆冷带走三分
{expert}看台：{club}近况低迷 平局可考虑
{league}数据榜：{club}进球效率居首
{media}有奖竞猜第{k}期 {club}对{club2}
{league}焦点战伤停：{club}两名主力缺阵
{bookie}指数异动 {club}胜赔升至{odds}
{fgame}{fissue}期支持率：{club}受热捧
""",
    sents_h="""
{bookie}的初赔显示，{club}客胜赔率为{odds}，略高于各家平均水平。
{expert}指出，{club}近{k}场比赛只赢了一场，本场平局值得考虑。
{club2}本轮客场爆冷取胜，让不少彩民的单子“翻了车”。
{league}本赛季{club}场均进球{k}.{k2}个，效率位居联赛第一。
{media}有奖竞猜只需网友填写比分，猜中者可获赠球迷围巾一条。
赛前，{club}有两名主力因伤缺阵，中场实力受到削弱。
{bookie}在临场阶段将{club}的胜赔由{odds}升至{odds2}。
本期{fgame}各选项的支持率中，{club}获胜一项高达{pos}。
从两队近期状态看，{club}的进攻效率明显高于对手。
{expert}提醒读者，赔率只是参考，足球比赛充满偶然性。
""",
)

# ---------------------------------------------------------------- tech reviews and shopping guides

_kind(
    "tech_reviews",
    heads="""
{phone}评测：{pinch}英寸高清大屏 续航表现出色
{phone}国行售价{price}元 {mall}首发促销热卖
尊贵品质 {phone}典藏版开箱图赏(组图)
{camera}详细评测 高感画质表现优秀
{camera}套机最新报价 {mall}售价{price}元
{laptop}新款评测：{chip}平台 性能提升明显
{chip}平台新机汇总 {few}款热门手机推荐
轻松上手 {gadget}选购指南
{tvbrand}{tinch}英寸高清电视促销 仅售{price}元
预装正版系统 {laptop}轻薄本售{price}元
安卓新版本体验：流畅度提升 耗电更低
{phone}免费体验活动启动 {city}门店可预约
{gadget}横评：{few}款热销产品实测对比
{mall}{gevent}促销：{gadget}直降{n}0元
{tvbrand}发布新品 {tinch}英寸机型售价{tprice}元起
{phone}对比{phone2} 谁更值得买
{camera}固件升级 新增4K高清视频拍摄
高清拍摄利器 {camera}降至{price}元
{laptop}售价{price}元 高性价比之选
{chip}跑分曝光 多核性能提升{pct}
促销热卖：{gadget}低至{price}元
{mall}数码频道：{phone}到货 现货充足
实测{gadget}：噪音小 上手轻松
尊贵品质之选 {tvbrand}旗舰电视评测
{phone}推送安卓新版本 新增多项功能
{few}款高清投影仪推荐 家用商务两相宜
{laptop}附赠正版办公软件 免费体验一年
{laptop}拆解：散热设计细节详解(图)
行货{phone}价格跳水 跌破{price}元
{tvbrand}电视售后升级 上门安装免费
{hz}Hz高刷屏普及 {chip}平台中端机盘点
{mall}笔记本销量榜：{laptop}位居前列
""",
    sents="""
这款手机采用{pinch}英寸高清屏幕，支持{hz}Hz刷新率。
{phone}国行版售价{price}元，目前已在{mall}开启预售。
{camera}在高感光度下的噪点控制表现优秀，适合夜景拍摄。
新款{laptop}搭载{chip}平台，整机性能较上一代提升约{pct}。
这款产品操作简单，老人和孩子都能轻松上手。
机身采用金属材质，做工精细，透出一种尊贵品质。
购买时请认准正版软件和正规售后，避免买到翻新机。
门店提供{k}天免费体验服务，消费者可以先试用再决定是否购买。
{gadget}在{mall}促销期间售价为{price}元，比平时便宜不少。
评测中，我们对续航、发热和信号三个方面进行了实测。
安卓系统的开放性让用户可以自由选择和安装各类应用。
{tvbrand}这款电视支持4K高清显示，内置多款影视应用。
经过一周的使用，我们认为这款{gadget}的性价比较高。
{chip}平台在能效方面有明显改进，日常使用发热不明显。
不少消费者反映，促销热卖期间物流速度有所放缓。
这台相机的对焦速度很快，抓拍运动场景也不成问题。
{phone}的电池容量为{mah}毫安时，重度使用可以坚持一整天。
厂商表示，旗舰机型将在{date}推送新的系统更新。
评测机器由厂商提供，文中数据均为编辑实测结果。
售后方面，该产品享受全国联保一年，主要部件保修两年。
""",
    heads_h="""
{phone}上手体验：影像系统全面升级
{camera}画质实拍 夜景样张赏析(组图)
{laptop}开学季特惠 到手价{price}元
{gadget}怎么选？看完这篇就够了
{tvbrand}{tinch}英寸新品开售 支持{hz}Hz
{chip}芯片能效实测：发热控制明显改善
{mall}以旧换新补贴 {gadget}再降{n}0元
{phone}系统更新：新增应用分身功能
{laptop}续航实测：办公场景坚持{k}小时
国产{gadget}崛起 性价比成最大卖点
{camera}与{camera2}高感对比测试
""",
    sents_h="""
{phone}的主摄像头换用了更大的传感器，弱光下的细节更丰富。
这组样张全部由{camera}直出，没有经过后期处理。
开学季期间，学生凭学生证购买{laptop}可享受额外优惠。
挑选{gadget}时，首先要弄清楚自己的使用场景。
{tvbrand}新款电视的屏幕亮度有所提升，白天观看也不觉得刺眼。
实测发现，{chip}芯片在长时间高负载下的温度比上代低了几度。
参加以旧换新活动，旧设备的估价会直接抵扣新品货款。
新功能允许在同一部手机上同时使用两个社交账号。
在办公场景下，这台笔记本从满电用到自动关机共用了{k}个多小时。
近年来，国产{gadget}在做工和功能上进步明显。
""",
)

# ---------------------------------------------------------------- exam prep

_kind(
    "exam_prep",
    heads="""
{year}年{exam}{subj}真题答案解析
{year}{exam}{subj}试题权威解析：难度与去年持平
名师详细解析{year}年{exam}{subj}命题趋势
{exam}考前冲刺：{subj}深度解析与答题技巧
{year}年{exam}命题预测：{subj}重点考查哪些内容
考试预测：{year}年{exam}{subj}或侧重这些题型
{exam}备考执行新计划 {k}个月提分攻略
{year}年考研院校报考热度排行榜单出炉
{exam}{subj}答案解析（完整版）
名师点拨：{exam}{subj}失分原因深度解析
{prov}{year}年{exam}报名{date}开始
{exam}成绩{date}公布 查分方式详细解析
{exam}{subj}作文题目解析：考查思辨能力
{year}{exam}大纲解析：{subj}新增{k}个考点
{exam}复习进入冲刺阶段 名师建议执行新计划
{exam}{subj}高频考点排行 这些内容年年考
{prov}{exam}分数线公布 权威解析志愿填报
名师在线答疑：{exam}{subj}如何再提{n}分
{exam}考场规则详细解析 考生需提前熟悉
{year}年{exam}报考人数创新高 竞争激烈
{exam}{subj}模拟题及答案解析(一)
{exam}考后估分：{subj}参考答案发布
{school}{year}年招生计划解析
考研调剂指南：{school}等院校信息汇总
{exam}{subj}选择题解题技巧深度解析
{exam}考前一周：执行新计划 心态最重要
{exam}{subj}阅卷老师解析评分标准
{exam}{subj}预测卷发布 名师押题靠谱吗
{prov}{exam}改革方案解析：{year}年起执行新计划
{exam}{subj}难点解析：名师带你逐题突破
{year}年{school}自主招生简章详细解析
{exam}{subj}答题卡填涂注意事项
""",
    sents="""
今年{exam}{subj}试题整体难度与去年持平，注重考查基础知识和思维能力。
名师在解析中指出，{subj}试题更加贴近生活，考查学生运用知识解决问题的能力。
考生可登录{prov}教育考试院网站，输入准考证号查询成绩。
答案解析仅供参考，最终成绩以考试机构公布的结果为准。
{exam}报名时间为{date}至{date2}，逾期不再补报。
复习最后阶段，考生应回归教材，查漏补缺，不宜盲目刷题。
{name}老师建议，考生每天安排固定时间练习{subj}，保持做题手感。
从近{k}年的真题来看，{subj}的高频考点相对固定。
对于所谓的“考前押题”，专家提醒考生不要轻信，更不要花钱购买。
今年{prov}{exam}报名人数达到{wan}万人，比去年有所增加。
{school}今年的招生计划总体保持稳定，部分专业略有调整。
考试预测只是对命题趋势的分析，复习时仍要全面覆盖考点。
专家深度解析认为，今年{subj}试卷的阅读量明显增加。
考生进入考场时须携带准考证和身份证，手机等电子设备一律不得带入。
有考生表示，按照老师制定的新计划执行了三个月，成绩提高了{n}分。
院校报考热度排行榜单显示，{school}连续多年位居前列。
对于作文题，阅卷老师认为审题准确、立意明确是得分的关键。
{prov}教育考试院提醒，考生要通过官方渠道获取考试信息。
在答题技巧方面，{name}老师建议先易后难，合理分配时间。
今年的考试大纲对{subj}部分内容做了调整，考生需特别留意。
""",
    heads_h="""
{year}{exam}{subj}逐题精讲
{exam}{subj}常见错题汇编
{exam}报考指南：{k}个问题一次说清
{exam}考前心理调适：别让焦虑拖后腿
{school}公布{year}年复试名单
{exam}{subj}高分范文点评
{year}年{exam}时间安排确定
{prov}{exam}网上确认流程图解
{exam}{subj}备考书目推荐
{exam}成绩复核申请{date}截止
""",
    sents_h="""
本文按题号顺序，对{year}年{exam}{subj}试卷逐题进行讲解。
不少考生在{subj}部分反复出错，根源在于基础概念没有吃透。
报考前，考生应仔细阅读报考须知，确认自己符合报考条件。
心理老师提醒，考前适度紧张是正常的，但要保证充足的睡眠。
{school}研究生院公布了今年的复试名单，复试将在线下进行。
这篇范文结构清晰，论证充分，语言也比较有特色。
{year}年{exam}将于{date}举行，考试持续{k}天。
网上确认期间，考生需上传本人近期免冠照片。
老师推荐的书目以教材和真题为主，辅导书不宜过多。
对成绩有异议的考生，可在规定时间内提出复核申请。
""",
)

# ---------------------------------------------------------------- entertainment and society

_kind(
    "ent_society",
    heads="""
{agency}新人组合出道 首张专辑{date}发行
{agency}旗下艺人{name}合约到期 去向引关注
{name}获{award}提名 直言意外又惊喜
{award}颁奖礼{city}举行 {name}获殊荣(图)
电影{film}曝剧照 演员麻将桌上飙戏(组图)
{film}拍摄现场：演员围坐麻将桌 还原老城生活
{year}{richlist}发布 {sector}行业新面孔增多
{richlist}：{k}位{city}企业家上榜
{sportstar}王者归来 时隔{k}年再夺冠军
王者风范！{sportstar}直落三局晋级
{name}：好剧本比流量靠谱
{agency}否认旗下艺人恋情 称纯属误会
{agency}{year}年新人选拔{city}站开启
“稳赚不赔”是骗局 {city}警方破获{scam}诈骗案
老人轻信“稳赚不赔” {n}万元养老钱被骗
{skill}高手藏在民间 {city}{name}自学成才(图)
社区{skill}比赛 {age}岁老人力压年轻高手
{film}首映 导演{name}：麻将戏拍了{k}天
{name}新剧杀青 剧中麻将戏成笑点
网友票选最靠谱男演员 {name}居首
{richlist}新鲜出炉 新晋富豪多来自{sector}行业
{agency}练习生{name}将参加选秀节目
记者调查：所谓“保本高收益”理财靠谱吗
{city}警方提醒：声称“稳赚”的投资多是陷阱
{skill}高手过招 {city}民间大赛落幕
{sportstar}尽显王者风范 带伤坚持完赛
{award}揭晓 {film}获最佳影片
{name}谈{film}：为拍麻将戏专门学打牌
{name}出席{award}颁奖礼 红毯造型获赞(图)
{agency}{year}年财报：艺人经纪收入增长{pct}
“高手”在身边：{city}快递小哥成{skill}达人
{name}与娱乐公司解约 双方各执一词
""",
    sents="""
{agency}{date}宣布，旗下新人组合将于下月正式出道。
{name}与{agency}的合约将于年底到期，双方尚未就续约达成一致。
{name}凭借在{film}中的表演获得{award}提名。
颁奖礼上，{name}获颁{award}，成为本届最年轻的获奖者。
影片中有一场围坐麻将桌的家庭戏，导演希望借此还原老城的市井生活。
据剧组介绍，道具组专门找来了上世纪八十年代的旧麻将牌。
榜单显示，今年上榜的富豪中有{k}位来自{city}。
时隔{k}年，这位{sportstar}再次站上最高领奖台，被媒体称为“王者归来”。
比赛中，{sportstar}打出了王者风范，以三比零横扫对手。
{name}在采访中说，拍戏最重要的是剧本靠谱、团队用心。
{city}警方破获一起以“稳赚不赔”为诱饵的{scam}诈骗案，涉案金额{yi}亿元。
办案民警提醒，凡是承诺“稳赚不赔”的投资，基本都是骗局。
{age}岁的{name}是小区里出了名的{skill}高手，常常义务教邻居。
在这次民间{skill}比赛中，多位高手同台切磋，现场气氛热烈。
{agency}表示，网传旗下艺人恋情的消息不实，已委托律师处理。
该片讲述了一个普通家庭几十年的悲欢离合，麻将桌是贯穿全片的重要场景。
{richlist}的统计截止日期为{date}，以当天的股价和汇率计算财富。
专家分析，一些投资理财陷阱往往以“保本高收益”为幌子，专门针对老年人。
受害人{name}说，当时对方拍胸脯保证“稳赚”，自己就把积蓄都投了进去。
在{city}的选拔现场，报名参加{agency}新人选拔的年轻人排起了长队。
业内人士说，娱乐公司培养一名新人往往需要好几年时间。
""",
    heads_h="""
{agency}官宣新人组合 {date}首秀
{name}捧得{award} 感谢家人支持
{film}幕后：麻将戏的道具全部从旧货市场淘来
{richlist}：{sector}行业富豪身家缩水
{sportstar}又一次王者归来 {age}岁老父亲场边落泪
{skill}高手{name}：爱好是一辈子的事
{city}一男子被“稳赚不赔”话术诱骗 损失{n}万元
{agency}回应艺人解约传闻
{name}：做演员要靠谱 不能靠炒作
{city}社区{skill}擂台赛 老少高手同台
""",
    sents_h="""
{agency}为新人组合举办了首场见面会，现场来了数百名歌迷。
{name}在领奖时哽咽着感谢了一直支持自己的家人。
影片美术指导说，片中的麻将、茶具和收音机大多是从旧货市场淘来的。
受行业调整影响，{sector}领域的富豪在今年的{richlist}上普遍排名下滑。
{sportstar}赛后接受采访时说，伤病期间从没想过放弃。
{name}与{skill}打了四十多年交道，至今还在带徒弟。
警方调查发现，所谓“稳赚不赔”的项目根本不存在，投资款被迅速转移。
{agency}在声明中表示，与艺人的合约仍在有效期内。
{name}认为，演员能不能靠谱地完成工作，比话题热度重要得多。
这次{skill}擂台赛的参赛者从八岁到八十岁都有，现场不时响起掌声。
""",
)

# ---------------------------------------------------------------- API

KINDS: tuple[str, ...] = tuple(_T)

_PIC = ("(图)", "(组图)", "（图）", "（组图）", "(附图)", "(多图)")
_PIC_KINDS = ("game_news", "tech_reviews", "ent_society")
_CLAUSE_GAP = re.compile(r"(?<=[\u4e00-\u9fff》）)]) (?=[\u4e00-\u9fff《])")


def _templates(kind: str, which: int, heldout: bool) -> tuple[str, ...]:
    try:
        t = _T[kind]
    except KeyError:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}") from None
    return t[which + (2 if heldout else 0)]


def _decorate(r: random.Random, kind: str, text: str) -> str:
    """Portal headline habits: 图文 prefixes, (图)/(组图) tails, 快讯, a
    half-width colon or a full-width space now and then."""
    if kind == "site_chrome":
        return text
    x = r.random()
    if x < 0.06 and "：" not in text:
        text = r.choice(("图文：", "图文-", "图文：", "组图：")) + text
    elif x < 0.10 and kind == "finance_names" and "：" not in text:
        text = r.choice(("快讯：", "午评：", "收评：")) + text
    if kind in _PIC_KINDS and not text.endswith(")") and not text.endswith("）") and r.random() < 0.12:
        text += r.choice(_PIC)
    if "：" in text and r.random() < 0.15:
        text = text.replace("：", ":", 1)
    if r.random() < 0.06:  # only a clause gap, never the space inside "iPhone 15"
        text = _CLAUSE_GAP.sub(r.choice(("  ", "　")), text, count=1)
    return text


def headline(r: random.Random, kind: str, heldout: bool = False) -> str:
    """One portal headline of `kind` (for ``site_chrome`` a section head or
    breadcrumb); typically 6-40 characters, often two clauses and a space."""
    template = r.choice(_templates(kind, 0, heldout))
    return _decorate(r, kind, _fill(_Ctx(r, heldout), template))


def sentence(r: random.Random, kind: str, heldout: bool = False) -> str:
    """One news-register sentence of `kind` (for ``site_chrome`` a menu,
    byline or footer line)."""
    template = r.choice(_templates(kind, 1, heldout))
    return _fill(_Ctx(r, heldout), template)
