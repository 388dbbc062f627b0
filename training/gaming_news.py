"""Genuine news that talks about lotteries, gaming and betting, in many registers.

spamscan's false alarms on real text come from legitimate reporting that uses
the spam's words: lottery-channel analysis (亚盘, 欧赔, 稳胆, 防冷), draw
reports and jackpot winners, Macau gaming journalism (博彩毛收入, 贵宾厅,
中场), operators' corporate news, regulators' notices, court and police news
on illegal gambling, anti-fraud warnings that quote the baits, sports news with
bookmakers' odds and sponsors, casino travel essays, and ordinary web headlines
and service lines with 官网, 高清, 解析, 正版, 真人, 免费, 下载, 注册, 客服.
This module writes such text so the model learns the *register* of news, not
single words.

Kinds (`KINDS`):

* ``lottery_channel``   football-lottery and number-lottery analysis headlines
                        and paragraphs (亚盘/欧赔/凯利指数/让球/稳胆/防冷, 双色球 走势)
* ``lottery_official``  福彩/体彩 centre notices: 开奖公告, 派奖, 公益金, sales figures
* ``lottery_winner``    jackpot winners, syndicates, lottery shops
* ``macau_gaming``      Macau gaming economy in simplified characters
* ``macau_gaming_trad`` the same beat in traditional characters (賭收, 博企, 貴賓廳)
* ``operator_corporate`` concessionaires' results, hotels, hiring, shows (some traditional)
* ``regulation``        regulators' rules and campaigns (some traditional)
* ``court_police``      开设赌场罪 trials, 跨境赌博 and 网络赌博 cases
* ``antifraud``         police warnings that quote baits such as “注册送彩金”
* ``sports_odds``       sports news citing bookmakers' odds, match fixing
* ``sports_sponsor``    shirt sponsors, official partners, betting-advert bans
* ``casino_travel``     travel essays on Macau, Las Vegas, Singapore, Monaco
* ``web_headline``      tech/education/game/entertainment/finance headlines with
                        官网, 高清, 解析, 正版, 真人, 免费, 富豪, 斗地主, 签到 …
* ``web_service``       service lines of banks, airlines, universities and
                        government services (客服热线, 官方网站, app下载, 开户)

API: `headline(r, kind)`, `sentence(r, kind)` and `article(r, kind)` (a
headline and 3-8 paragraphs of one story: the article fixes its teams,
operator, city, lottery game … once, so its sentences agree).

Held-out split: every kind has two disjoint template sets. ``heldout=False``
(training, the only setting `generate.py` may use) and ``heldout=True``
(evaluation pages) share no template, and slot lists differ where it matters:
other clubs and leagues, the same six Macau operators (a closed list) and their
venues, other lottery games, cities, surnames, banks, airlines and years of
issue numbers. Evaluation built from the held-out side therefore measures
generalisation to the register, not memory of strings.

No template promotes gambling: no calls to register, deposit or download an
app for betting, no agents' contacts; bait wording and "sure win" claims occur
only in quotation marks inside warnings or negated. Every template and word
pool is written by the spamscan developers; company, club, league and venue
names and public hotline numbers are public facts, people and numbers are
random. Deterministic for a given `random.Random`; nothing reads the clock or
iterates an unordered set.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass

# ---------------------------------------------------------------- slot pools
# Each pool is (training values, held-out values).

CITY = ("广州 深圳 珠海 佛山 东莞 杭州 宁波 温州 南京 苏州 无锡 合肥 福州 厦门 泉州 南昌 长沙 武汉 郑州 "
        "济南 青岛 石家庄 太原 沈阳 大连 长春 哈尔滨 成都 重庆 昆明 贵阳 南宁 海口 西安 兰州 天津 上海 北京".split(),
        "汕头 湛江 惠州 肇庆 绍兴 嘉兴 台州 金华 扬州 徐州 常州 芜湖 漳州 赣州 岳阳 襄阳 宜昌 洛阳 烟台 "
        "潍坊 临沂 保定 唐山 鞍山 大庆 绵阳 宜宾 遵义 柳州 桂林 三亚 宝鸡 包头 银川".split())
PROV = ("广东 浙江 江苏 安徽 福建 江西 湖南 湖北 河南 山东 河北 山西 辽宁 吉林 四川 云南".split(),
        "黑龙江 贵州 广西 海南 陕西 甘肃 青海 宁夏 新疆 内蒙古".split())
SUR = ("王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗".split(),
       "郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 肖 田 董 袁 潘 于 蒋 蔡".split())
GIVEN = "伟 芳 敏 静 磊 军 洋 勇 杰 涛 明 超 晓东 志强 海燕 建华 文博 思远 浩然 一鸣 佳怡 俊杰 国栋 立新 春生 振华 德明 永刚".split()
DIST = ("高新区 经开区 城东 城南 城西 城北 港区 新区".split(), "临港 滨江 江北 江南 铁西 东湖 北湖 南湖".split())
HOLIDAY = ("国庆 春节 五一".split(), "中秋 元旦 端午".split())
HOLIDAY_T = ("國慶 春節 五一".split(), "中秋 元旦 聖誕".split())

LEAGUES = (
    (("英超", "曼城 阿森纳 利物浦 曼联 切尔西 热刺 纽卡斯尔联 阿斯顿维拉 布莱顿 西汉姆联 埃弗顿 水晶宫".split()),
     ("西甲", "皇家马德里 巴塞罗那 马德里竞技 塞维利亚 皇家社会 比利亚雷亚尔 毕尔巴鄂竞技 瓦伦西亚 皇家贝蒂斯".split()),
     ("意甲", "国际米兰 AC米兰 尤文图斯 那不勒斯 罗马 拉齐奥 亚特兰大 佛罗伦萨".split()),
     ("德甲", "拜仁慕尼黑 多特蒙德 勒沃库森 莱比锡 法兰克福 斯图加特 门兴格拉德巴赫 沃尔夫斯堡".split()),
     ("法甲", "巴黎圣日耳曼 马赛 摩纳哥 里昂 里尔 尼斯 朗斯 雷恩".split()),
     ("中超", "北京国安 上海申花 上海海港 山东泰山 成都蓉城 武汉三镇 浙江队 天津津门虎 河南队".split()),
     ("欧冠", "皇家马德里 拜仁慕尼黑 曼城 巴黎圣日耳曼 国际米兰 巴塞罗那 阿森纳 多特蒙德".split()),
     ("亚冠", "上海海港 山东泰山 成都蓉城 上海申花 川崎前锋 横滨水手 蔚山现代 全北现代 利雅得新月".split())),
    (("荷甲", "阿贾克斯 埃因霍温 费耶诺德 阿尔克马尔 特温特 乌德勒支".split()),
     ("葡超", "本菲卡 波尔图 葡萄牙体育 布拉加 吉马良斯".split()),
     ("土超", "加拉塔萨雷 费内巴切 贝西克塔斯 特拉布宗体育".split()),
     ("苏超", "凯尔特人 格拉斯哥流浪者 阿伯丁 哈茨".split()),
     ("比甲", "布鲁日 安德莱赫特 亨克 标准列日 圣吉罗斯联合".split()),
     ("日职联", "鹿岛鹿角 浦和红钻 神户胜利船 广岛三箭 名古屋鲸八 大阪钢巴".split()),
     ("韩K联", "浦项制铁 首尔FC 水原三星 大邱FC 光州FC 江原FC".split()),
     ("沙特联", "利雅得胜利 吉达联合 吉达国民 达曼协作".split())),
)
NAT = ("阿根廷 巴西 法国 德国 西班牙 英格兰 葡萄牙 荷兰 意大利 日本 韩国".split(),
       "乌拉圭 哥伦比亚 克罗地亚 比利时 丹麦 瑞士 摩洛哥 塞内加尔 澳大利亚 伊朗 墨西哥".split())
NBA = ("湖人 勇士 凯尔特人 掘金 雄鹿 太阳 热火 尼克斯".split(), "独行侠 快船 森林狼 雷霆 国王 骑士 鹈鹕 魔术".split())
COUNTRY = ("意大利 西班牙 希腊 巴西".split(), "葡萄牙 比利时 土耳其 韩国".split())
HANDICAP = "平手 平半 半球 半一 一球 一球/球半 球半".split()
FORMATION = "4-3-3 4-4-2 4-2-3-1 3-5-2 5-3-2 3-4-3".split()
GOALLINE = "2 2.5 2.5/3 3 3/3.5".split()

GAME = ("双色球 大乐透 福彩3D 排列三 七乐彩".split(), "快乐8 七星彩 排列五".split())
FGAME = (("胜负彩", "任选九场", "足彩14场"), ("六场半全场", "4场进球彩"))
EXPERT = ("秦川 林一帆 江南彩客 钱塘客 北斗星 金石 彩海拾贝 阿飞 老K 冷门猎手".split(),
          "南山 观澜 云帆 三石 东篱 彩虹桥 独行者 阿木".split())
ZONE = "一区 二区 三区".split()
CAMPAIGN = (("快乐购彩 理性投注", "公益体彩 乐善人生", "福彩献爱心", "福彩助学"), ("责任彩票宣传周", "彩票公益行", "公益金阳光行"))
PROJECT = (("福彩助学", "残疾人康复", "农村养老服务", "全民健身路径", "孤儿助养"),
           ("社区老年食堂", "乡村学校操场", "困难家庭医疗救助", "青少年体育营地"))
USE = ("孩子上学", "父母养老", "还清房贷", "家里装修", "给孩子买学习用品")
JOB = (("出租车司机", "中学教师", "个体户", "工厂职工", "退休职工", "外卖骑手"),
       ("环卫工人", "货车司机", "社区医生", "小吃店老板", "保安"))

# (operator, traditional form, venues, venues in traditional). Macau has six
# concessionaires and genuine news names all of them, so both sides use the
# whole list: held-out pages differ in wording, not in which operators exist.
_ALL_OPS = (
    ("金沙中国", "金沙中國", ("澳门威尼斯人", "澳门巴黎人", "澳门伦敦人", "金沙城中心"),
     ("澳門威尼斯人", "澳門巴黎人", "澳門倫敦人", "金沙城中心")),
    ("银河娱乐", "銀河娛樂", ("澳门银河", "百老汇澳门", "银河综合度假城"), ("澳門銀河", "百老匯澳門", "銀河綜合度假城")),
    ("永利澳门", "永利澳門", ("永利皇宫",), ("永利皇宮",)),
    ("澳博控股", "澳博控股", ("上葡京", "新葡京", "十六浦"), ("上葡京", "新葡京", "十六浦")),
    ("美高梅中国", "美高梅中國", ("美狮美高梅", "澳门美高梅"), ("美獅美高梅", "澳門美高梅")),
    ("新濠博亚", "新濠博亞", ("新濠天地", "新濠影汇", "摩珀斯"), ("新濠天地", "新濠影滙", "摩珀斯")),
)
OPS = (_ALL_OPS, _ALL_OPS)
COMPANY = (("某国产手机品牌", "某新能源车企", "某家电企业", "某电商平台", "某运动品牌", "某乳企", "某啤酒企业", "某航空公司"),
           ("某光伏企业", "某跨境支付公司", "某轮胎企业", "某中东航空公司", "某无人机企业", "某在线旅游平台"))
EVENT = (("世界杯", "欧洲杯", "亚运会", "女足世界杯"), ("美洲杯", "亚洲杯", "全运会", "世界大学生运动会"))
# Made-up names of gambling apps as court news quotes them: two characters and
# a plain game word, never the halls brand spam sells (体育, 娱乐, 棋牌, 捕鱼 …).
APP_CHARS = ("金鑫盛豪星宏鸿富旺祥瑞嘉凯鼎利隆顺", "天海乐荣辉恒泰鹏昌兴福运通")
APP_KIND = (("游戏", "麻将", "电玩城"), ("游戏", "麻将", "电玩"))

BRAND = ("华为 小米 苹果 联想 荣耀".split(), "OPPO vivo 一加 魅族 三星".split())
GTITLE = ("《星海远征》 《铁甲风暴》 《江湖夜雨》 《疾风车手》 《云端牧场》 《万象城邦》".split(),
          "《幻境回廊》 《北境守望》 《极速方程》 《青丘异闻》 《深蓝舰队》".split())
FILM = ("《雾中灯塔》 《南方来信》 《少年与海》 《风过山岗》 《第七个夏天》".split(),
        "《月下归舟》 《城南旧梦》 《远山的回声》 《无名之河》".split())
SHOW = ("《周末食堂》 《乡村四季》 《一路向西行》".split(), "《海岛日记》 《城市漫游者》".split())
INDUSTRY = ("新能源 半导体 人工智能 跨境电商 生物医药 消费电子".split(), "储能 商业航天 创新药 智能驾驶 工业软件".split())

# (bank, hotline, domain): public facts
BANK = ((("中国工商银行", "95588", "www.icbc.com.cn"), ("中国建设银行", "95533", "www.ccb.com"),
         ("中国农业银行", "95599", "www.abchina.com"), ("中国银行", "95566", "www.boc.cn"),
         ("交通银行", "95559", "www.bankcomm.com"), ("招商银行", "95555", "www.cmbchina.com")),
        (("中信银行", "95558", "www.citicbank.com"), ("浦发银行", "95528", "www.spdb.com.cn"),
         ("兴业银行", "95561", "www.cib.com.cn"), ("民生银行", "95568", "www.cmbc.com.cn"),
         ("光大银行", "95595", "www.cebbank.com")))
AIR = ((("中国国际航空", "95583"), ("东方航空", "95530"), ("南方航空", "95539")),
       (("海南航空", "95339"), ("厦门航空", "95557"), ("四川航空", "95378"), ("深圳航空", "95361")))
UNI = ("武汉大学 中山大学 浙江大学 南京大学 四川大学 山东大学 厦门大学 吉林大学".split(),
       "兰州大学 郑州大学 云南大学 南昌大学 湖南大学 重庆大学 西北大学 苏州大学".split())

TRAIN_YEARS = tuple(y for y in range(2009, 2027) if y % 4 != 1)
HELDOUT_YEARS = tuple(y for y in range(2009, 2027) if y % 4 == 1)
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


# ---------------------------------------------------------------- slot filling


class _Ctx:
    """Slot values for one headline, sentence or article: entity slots (team,
    operator, city …) are drawn once and reused, numbers are drawn each time."""

    __slots__ = ("r", "h", "memo")

    def __init__(self, r: random.Random, heldout: bool) -> None:
        self.r, self.h, self.memo = r, heldout, {}

    def pick(self, pool: tuple) -> str:
        return self.r.choice(pool[1] if self.h else pool[0])

    def idx(self, key: str, n: int) -> int:
        """A memoized index (so that e.g. an operator and its venues agree)."""
        if key not in self.memo:
            self.memo[key] = self.r.randrange(n)
        return self.memo[key]

    def get(self, base: str, num: str) -> str:
        key = base + num
        v = self.memo.get(key)
        if v is not None:
            return v
        fn, sticky = _SLOTS[base]
        v = fn(self)
        if sticky:
            taken = [v2 for k, v2 in self.memo.items() if k != key and k.rstrip("0123456789") == base]
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


def _year(c: _Ctx) -> str:
    return str(c.r.choice(HELDOUT_YEARS if c.h else TRAIN_YEARS))


def _league(c: _Ctx) -> str:
    return LEAGUES[c.h][c.idx("_lg", len(LEAGUES[c.h]))][0]


def _team(c: _Ctx) -> str:
    return c.r.choice(LEAGUES[c.h][c.idx("_lg", len(LEAGUES[c.h]))][1])


def _op(c: _Ctx, field: int) -> str:
    return OPS[c.h][c.idx("_op", len(OPS[c.h]))][field]


def _venue(c: _Ctx, field: int) -> str:
    venues = OPS[c.h][c.idx("_op", len(OPS[c.h]))][field]
    return venues[c.idx("_venue", len(venues)) % len(venues)]


def _issue(c: _Ctx) -> str:
    y = int(c.get("y", ""))
    n = c.r.randint(1, 150)
    if c.get("game", "") in ("双色球", "福彩3D", "七乐彩", "快乐8") and c.r.random() < 0.5:
        return f"{y}{n:03d}"
    return f"{y % 100:02d}{n:03d}"


def _fissue(c: _Ctx) -> str:
    return f"{int(c.get('y', '')) % 100:02d}{c.r.randint(1, 190):03d}"


def _odds(c: _Ctx) -> str:
    return f"{c.r.randint(1, 4)}.{c.r.randint(5, 99):02d}"


def _ratio(c: _Ctx) -> str:
    a = c.r.randint(1, 5)
    return f"{a}:{6 - a}"


def _tri(c: _Ctx) -> str:
    a = c.r.randint(0, 4)
    b = c.r.randint(0, 6 - a)
    return f"{a}:{b}:{6 - a - b}"


def _name(c: _Ctx) -> str:
    return c.pick(SUR) + c.r.choice(GIVEN)


def _y2(c: _Ctx) -> str:
    return str(int(c.get("y", "")) + c.r.randint(1, 3))


def _sum2(c: _Ctx) -> str:
    return str(int(c.get("sum", "")) + c.r.randint(15, 40))


def _court(c: _Ctx) -> str:
    city = c.get("city", "")
    return c.r.choice((f"{city}市中级人民法院", f"{city}市{c.pick(DIST)}区人民法院", f"{city}市{c.pick(DIST)}人民法院"))


def _police(c: _Ctx) -> str:
    city = c.get("city", "")
    return c.r.choice((f"{city}市公安局{c.pick(DIST)}分局", f"{city}警方", f"{city}市公安局"))


def _row(pool: tuple, field: int, key: str) -> Callable[[_Ctx], str]:
    """A field of a memoized row, e.g. a bank's name and its own hotline."""
    def f(c: _Ctx) -> str:
        rows = pool[c.h]
        return rows[c.idx(key, len(rows))][field]
    return f


def _app(c: _Ctx) -> str:
    chars = APP_CHARS[1] if c.h else APP_CHARS[0]
    return c.r.choice(chars) + c.r.choice(chars) + c.pick(APP_KIND)


def _tel(c: _Ctx) -> str:
    code = c.r.choice(("010", "020", "021", "022", "023", "024", "025", "027", "028", "029", "0571", "0591", "0731", "0871"))
    return f"{code}-{c.r.randint(2, 8)}{c.r.randint(1000000 if len(code) == 3 else 100000, 9999999 if len(code) == 3 else 999999)}"


_SLOTS: dict[str, tuple[Callable[[_Ctx], str], bool]] = {
    # entities: drawn once per headline/sentence/article
    "city": (lambda c: c.pick(CITY), True),
    "prov": (lambda c: c.pick(PROV), True),
    "sur": (lambda c: c.pick(SUR), True),
    "name": (_name, True),
    "holiday": (lambda c: HOLIDAY[c.h][c.idx("_hol", 3)], True),
    "holiday_t": (lambda c: HOLIDAY_T[c.h][c.idx("_hol", 3)], True),
    "league": (_league, True),
    "team": (_team, True),
    "nat": (lambda c: c.pick(NAT), True),
    "nba": (lambda c: c.pick(NBA), True),
    "country": (lambda c: c.pick(COUNTRY), True),
    "game": (lambda c: c.pick(GAME), True),
    "fgame": (lambda c: c.pick(FGAME), True),
    "expert": (lambda c: c.pick(EXPERT), True),
    "campaign": (lambda c: c.pick(CAMPAIGN), True),
    "project": (lambda c: c.pick(PROJECT), True),
    "use": (lambda c: c.r.choice(USE), True),
    "job": (lambda c: c.pick(JOB), True),
    "op": (lambda c: _op(c, 0), True),
    "op_t": (lambda c: _op(c, 1), True),
    "venue": (lambda c: _venue(c, 2), True),
    "venue_t": (lambda c: _venue(c, 3), True),
    "company": (lambda c: c.pick(COMPANY), True),
    "event": (lambda c: c.pick(EVENT), True),
    "brand": (lambda c: c.pick(BRAND), True),
    "gtitle": (lambda c: c.pick(GTITLE), True),
    "film": (lambda c: c.pick(FILM), True),
    "show": (lambda c: c.pick(SHOW), True),
    "industry": (lambda c: c.pick(INDUSTRY), True),
    "bank": (_row(BANK, 0, "_bank"), True),
    "bank_tel": (_row(BANK, 1, "_bank"), True),
    "bank_dom": (_row(BANK, 2, "_bank"), True),
    "air": (_row(AIR, 0, "_air"), True),
    "air_tel": (_row(AIR, 1, "_air"), True),
    "uni": (lambda c: c.pick(UNI), True),
    "court": (_court, True),
    "police": (_police, True),
    "y": (_year, True),
    "y2": (_y2, True),
    "month": (_num(1, 12), True),
    "q": (_num(1, 4), True),
    "issue": (_issue, True),
    "fissue": (_fissue, True),
    "handicap": (lambda c: c.r.choice(HANDICAP), True),
    "zone": (lambda c: c.r.choice(ZONE), True),
    # numbers: fresh on every use
    "n": (_num(2, 30), False),
    "k": (_num(1, 9), False),
    "few": (_num(2, 9), False),
    "pbn": (_dec(3, 35), False),
    "zip": (lambda c: f"{c.r.randint(10, 85)}00{c.r.randint(10, 99)}", False),
    "yi": (_dec(1, 9), False),
    "hb": (_dec(300, 650), False),
    "half": (_num(2400, 3100), False),
    "occ": (lambda c: f"{c.r.randint(78, 97)}.{c.r.randint(0, 9)}%", False),
    "dpct": (lambda c: f"{c.r.randint(0, 9)}.{c.r.randint(1, 9)}%", False),
    "mid": (lambda c: f"{c.r.randint(38, 62)}.{c.r.randint(0, 9)}%", False),
    "yrs": (_num(3, 15), False),
    "share": (lambda c: f"{c.r.randint(48, 96)}.{c.r.randint(0, 9)}%", False),
    "visitors": (_num(2600, 4000), False),
    "big": (_num(120, 9800), False),
    "wan": (_num(5, 1200), False),
    "bn": (_dec(1, 99), False),
    "mop": (_dec(80, 260), False),
    "pct": (lambda c: f"{c.r.randint(1, 45)}.{c.r.randint(0, 9)}%", False),
    "odds": (_odds, False),
    "date": (lambda c: f"{c.r.randint(1, 12)}月{c.r.randint(1, 28)}日", False),
    "s": (_num(0, 4), False),
    "rank": (_num(1, 18), False),
    "pts": (_num(1, 9), False),
    "w": (_num(0, 12), False),
    "age": (_num(26, 72), False),
    "ratio": (_ratio, False),
    "tri": (_tri, False),
    "sum": (_num(60, 130), True),
    "sum2": (_sum2, True),
    "red": (lambda c: f"{c.r.randint(1, 33):02d}", True),
    "blue": (lambda c: f"{c.r.randint(1, 16):02d}", True),
    "digit": (_num(0, 9), False),
    "goal": (lambda c: c.r.choice(GOALLINE), False),
    "formation": (lambda c: c.r.choice(FORMATION), False),
    "dec2": (lambda c: f"{c.r.randint(1, 2)}.{c.r.randint(1, 9)}", False),
    "tel": (_tel, False),
    "app": (_app, True),
}

_SLOT = re.compile(r"\{([a-z_]+\d?)\}")


def _slot(c: _Ctx, m: re.Match) -> str:
    key = m.group(1)
    return c.get(key, "") if key in _SLOTS else c.get(key[:-1], key[-1])


def _fill(c: _Ctx, template: str) -> str:
    return _SLOT.sub(lambda m: _slot(c, m), template)


# ---------------------------------------------------------------- kinds


@dataclass(frozen=True)
class _Kind:
    """Templates of one kind: (training, held-out) headlines and sentences,
    article datelines, and how often digits are printed full-width."""

    heads: tuple[tuple[str, ...], tuple[str, ...]]
    sents: tuple[tuple[str, ...], tuple[str, ...]]
    datelines: tuple[tuple[str, ...], tuple[str, ...]]
    fullwidth: float


def _lines(block: str) -> tuple[str, ...]:
    return tuple(s.strip() for s in block.strip().splitlines() if s.strip() and not s.strip().startswith("#"))


def _kind(heads: str, sents: str, heads_h: str, sents_h: str, datelines: str = "", datelines_h: str = "",
          fullwidth: float = 0.03) -> _Kind:
    return _Kind((_lines(heads), _lines(heads_h)), (_lines(sents), _lines(sents_h)),
                 (_lines(datelines), _lines(datelines_h)), fullwidth)


NEWS_DATELINES = """
本报{city}讯（记者 {name}）
本报讯（记者{name} 通讯员{name2}）
{city}{date}电（记者{name}）
记者{date}从{city}获悉，
"""
NEWS_DATELINES_H = """
【{city}消息】
{city}日报讯（记者{name}）
据{city}晚报报道，
"""

_K: dict[str, _Kind] = {}

# ---------------------------------------------------------------- lottery

_K["lottery_channel"] = _kind(
    heads="""
num|{expert}{game}第{issue}期分析：{zone}号码渐趋活跃
num|{game}{issue}期走势：红球{zone}回补 蓝球关注{blue}
num|{game}第{issue}期开奖：头奖{k}注 单注奖金{wan}万
num|{game}奖池累积至{bn}亿元 {prov}彩民期待大奖
num|{game}{issue}期号码统计：和值回落 奇偶比{ratio}
num|{game}专家预测汇总：{zone}热号延续 蓝球看大
num|{game}复式投注指南：胆拖组合怎样选号
num|{expert}{game}{issue}期：重点关注{red}号 防{red2}号
num|{game}遗漏数据：{red}号遗漏{n}期 回补信号出现
num|{game}{issue}期三区比预测：{zone}或成热区
foot|{expert}看{league}：{team}主场求胜 {team2}客场防平
foot|{league}前瞻：{team}欲取三分 {team2}伤兵满营
foot|亚盘解读：{team}让{handicap} 上盘信心不足
foot|欧赔分析：{team}主胜赔率走低 机构看好主队
foot|凯利指数提示：{team}平局需防 {team2}不败可期
foot|{fgame}{fissue}期推荐：{team}稳胆 {team2}双选
foot|{fgame}{fissue}期：{league}多场冷门 {team}可作胆
foot|竞彩足球单场分析：{team}VS{team2} 主队状态占优
foot|澳盘初盘：{team}受让半球 下盘更具价值
foot|临场盘口变化：{team}升盘 资金流向主队
foot|{league}伤停汇总：{team}两名主力停赛
foot|{fgame}{fissue}期冷门回顾：{team}爆冷不敌{team2}
foot|大小球分析：{team}对{team2} 本场或现小球
foot|{expert}足彩点评：防冷{team2} 稳胆看{team}
foot|数据看台：{team}近{n}个主场保持不败
foot|{league}焦点战：{team}对阵{team2} 亚盘开出{handicap}
foot|彩市观察：{league}冷门频出 {fgame}奖金走高
foot|{fgame}{fissue}期开奖：一等奖{k}注 每注{wan}万元
foot|{team}对{team2}交战记录：近{few}次交手主队占优
foot|机构赔率动向：{team}主胜赔付{odds} 平局开出{odds2}
foot|{league}数据前瞻：{team}进攻火力居联赛前列
""",
    sents="""
num|本期{game}红球{zone}共开出{n}个号码，较上期有所回落，下期可适当关注{zone2}。
num|从近{n}期走势看，{game}蓝球大号表现活跃，小号已连续{n2}期未出。
num|{game}第{issue}期开奖号码中，奇偶比为{ratio}，和值为{sum}。
num|本期{game}一等奖出现在{prov}，中奖彩票为一张{n}元的复式票。
num|从遗漏值来看，{game}{red}号已遗漏{n}期，回补的可能性正在加大。
num|三区比方面，上期开出{tri}，本期预计一区和三区号码会有所增加。
num|{game}蓝球近{n}期出现了{k}次重号，下期不宜过分追热。
num|{expert}建议，本期{game}红球胆码可考虑{red}，{zone}适当多选一到两个号码。
num|和值方面，近期{game}和值多在{sum}至{sum2}之间波动，下期有望继续落在这一区间。
num|本期{game}全国销量为{yi}亿元，奖池余额{bn}亿元。
num|复式投注虽然覆盖面更大，但投入也成倍增加，彩民应量力而行。
num|上期开出的{red}号属于冷号，间隔{n}期后重新出现。
foot|{team}本赛季主场战绩为{w}胜{w2}平{w3}负，进攻端较为依赖边路传中。
foot|亚盘方面，主流机构初盘开出{team}{handicap}，水位维持在中水附近。
foot|欧赔方面，多家机构给出的主胜赔率集中在{odds}一线，平局赔率略高于平均水平。
foot|凯利指数显示，平局选项的赔付率明显低于其他两项，机构对平局有所防范。
foot|{team2}近期伤病较多，主力中卫和首发门将均无缘本场比赛。
foot|综合基本面与盘口变化，本场推荐{team}不败，冷门可防{team2}客胜。
foot|{fgame}第{fissue}期共开出{n}场冷门，一等奖仅中出{k}注。
foot|两队近五次交手，{team}三胜一平一负，占据上风。
foot|临场前{team}由平半升至半球，主队受到较多资金支持。
foot|大小球盘口开出{goal}球，结合两队近期场均进球，本场倾向小球。
foot|{team}主帅在赛前发布会上表示，球队将以{formation}阵型出战。
foot|本轮{league}的比赛中，{team}与{team2}之战最受关注。
foot|{team}目前在联赛中排名第{rank}位，距离欧战资格区仅差{pts}分。
foot|竞彩方面，本场主胜奖金为{odds}，让球平奖金为{odds2}。
foot|由于客队周中刚刚结束杯赛，体能方面可能处于劣势。
foot|{expert}认为，{team}主场防守稳定，本场可作为任选九场的胆材。
foot|本期胜负彩奖池滚存{wan}万元，将在下期继续派发。
foot|{team}近{n}轮联赛仅丢{pts}球，防守端表现稳健。
foot|初盘与即时盘相比变化不大，机构对本场的判断较为一致。
foot|数据显示，{league}本赛季主队胜率约为{pct}，平局比例略有上升。
专家提醒，以上分析仅供参考，彩民应根据自身情况理性购彩。
""",
    heads_h="""
num|{expert}选号参考：{game}{issue}期尾数关注{digit}
num|{game}{issue}期奖号回顾：连号再现 重号{s}枚
num|一周彩市：{game}销量回升 {fgame}冷门不断
num|{game}第{issue}期：大奖花落{city} 奖池余额{bn}亿
num|走势图解读：{game}跨度收窄 热号延续
foot|{league}盘路分析：{team}连续走上盘 {team2}客战乏力
foot|{fgame}{fissue}期赛事点评 {team}主场难言轻松
foot|赔率异动：{team}平赔持续下调 需提防握手言和
foot|足彩焦点：{team}战意十足 {team2}轮换在即
foot|{league}赛前情报：{team}核心复出 {team2}后防告急
foot|让球盘观察：{team}受让一球 客队抗压能力存疑
""",
    sents_h="""
num|{game}上期开出的号码中，{zone}占据了{k}个位置，分布明显偏向一侧。
num|根据近{n}期统计，{game}和值多落在{sum}至{sum2}之间。
num|{expert}建议，复式投注时不宜追求过多号码，应控制购彩金额。
num|上期奖号出现一组连号，这种形态在近{n}期中已是第{k}次出现。
foot|{team}本季在主场的得失球比为{n}比{s}，是联赛中主场表现最稳的球队之一。
foot|开盘之后，{team}的让球盘口从受让平手逐渐调整为平手，水位随之上扬。
foot|机构对本场平局的赔付设置偏低，说明两队实力接近。
foot|{team2}主力前锋因累积黄牌停赛，锋线火力将受到影响。
foot|本场比赛的主裁判执法尺度偏严，场均出示黄牌超过{s}张。
foot|{fgame}第{fissue}期的一等奖奖金为{wan}万元，中奖者分布在{n}个省份。
foot|若{team}取胜，将在积分榜上反超{team2}升至第{rank}位。
分析人士提醒，盘口和赔率只反映机构判断，比赛结果仍有很大不确定性。
""",
    datelines="""
{expert}：
""",
    datelines_h="""
文／{expert}
""",
)

_K["lottery_official"] = _kind(
    heads="""
{game}第{issue}期开奖公告
{prov}福彩中心发布{y}年度公益金使用情况公告
{game}{wan}万元派奖活动{date}起启动
关于开展{game}派奖活动的公告
{y}年{prov}体彩筹集公益金{pbn}亿元
体彩公益金助力{city}全民健身设施建设
{prov}福彩中心开展“{campaign}”公益活动
财政部公布{y}年{month}月全国彩票销售情况
{city}体彩中心举办实体店业主培训班
春节期间全国彩票暂停销售的公告
{game}开奖现场开放日 {n}名彩民代表见证开奖
{prov}体彩召开{y}年度工作会议
福彩公益金资助{big}名困难学生圆梦大学
{city}福彩中心提醒：中奖彩票请在兑奖期内兑奖
彩票公益金为{prov}乡村养老服务注入新动能
{y}年第{q}季度{prov}彩票公益金筹集情况公示
体彩中心发布{game}第{issue}期开奖结果
全国彩票销售{month}月同比增长{pct}
{prov}福彩：坚持责任彩票建设 倡导理性购彩
“{campaign}”公益行走进{city}
{prov}开展彩票市场专项检查 规范实体店经营
{y}年度彩票公益金使用情况公告发布
{game}派奖期间销量增长 派奖奖金已派出{yi}亿元
{prov}福彩“{project}”项目启动 首批资金到位
{city}新建{n}个体彩公益健身站点
福彩开奖大厅迎来{city}彩民参观团
""",
    sents="""
本期{game}全国销售总额为{yi}亿元，计奖后奖池资金为{bn}亿元。
{game}第{issue}期开奖过程已经公证人员现场监督，开奖结果真实有效。
根据财政部统计，{y}年{month}月全国共销售彩票{hb}亿元，同比增长{pct}。
其中，福利彩票机构销售{bn}亿元，体育彩票机构销售{bn2}亿元。
派奖期间，{game}一等奖单注追加派奖奖金最高可达{wan}万元，派奖奖金派完即止。
{y}年，{prov}共筹集福彩公益金{pbn}亿元，全部按规定用于社会福利和公益事业。
福利彩票公益金按照“扶老、助残、救孤、济困”的宗旨使用。
中奖彩票自开奖之日起60个自然日内兑奖，逾期未兑的奖金纳入彩票公益金。
省体彩中心表示，本次派奖所需资金从{game}调节基金中列支。
开奖过程由公证机构全程监督，并通过电视和官方网站同步直播。
彩票机构不得向未成年人销售彩票，也不得向未成年人兑付奖金。
{city}体彩中心组织{n}家实体店开展“{campaign}”宣传活动。
据介绍，体彩公益金主要用于群众体育和竞技体育，{y}年支持建设健身步道{big}公里。
各销售网点应在醒目位置张贴理性购彩提示，不得提供信用购彩服务。
本期开奖结束后，{game}奖池累计金额为{bn}亿元，下期一等奖将继续派奖。
彩民可通过官方网站、官方微信公众号或到销售网点查询开奖结果。
目前，{prov}共有福利彩票销售站点{big}个，从业人员{big2}余人。
{prov}福彩中心负责人介绍，今年将重点推进责任彩票建设和销售渠道规范管理。
按照统一安排，春节假期全国彩票暂停销售，节后恢复正常销售和开奖。
开奖当晚，{n}名彩民代表走进开奖大厅，近距离观看了摇奖全过程。
彩票公益金支持的“{project}”项目已惠及{big}名群众。
财政部、民政部和国家体育总局每年向社会公告彩票公益金的使用情况。
此次培训围绕彩票法规、责任彩票和服务规范等内容展开，{n}名实体店业主参加。
截至目前，本次派奖活动已累计派出奖金{yi}亿元。
彩票市场管理部门提醒，彩民应到依法设立的实体网点购买彩票。
{game}第{issue}期全国共中出一等奖{k}注，单注奖金{wan}万元。
公示期内，社会各界可对公益金项目的使用情况进行监督并提出意见。
""",
    heads_h="""
{game}游戏第{issue}期开奖结果公告
{prov}彩票公益金{y}年度使用情况公示
{game}加奖活动即将结束 提醒彩民及时兑奖
{city}新增{n}家彩票实体店 均已完成备案
{prov}体彩走进社区 普及责任彩票知识
{y}年上半年全国彩票销量{half}亿元
开奖视频全程可回看 发行机构回应关切
福彩公益金援建{city}养老院投入使用
{game}销售截止时间调整通知
体彩中心公示第{q}季度公益金筹集情况
""",
    sents_h="""
{game}本期计奖销售额为{yi}亿元，一等奖中出{k}注。
{y}年上半年，全国彩票销售额达到{half}亿元，其中乐透数字型彩票占比最大。
加奖活动结束后，剩余加奖资金将返还调节基金，不再另行派发。
此次公示的公益金项目涉及{n}个类别，资金使用情况接受社会监督。
开奖设备在每次使用前，均由公证人员检查后当场启封。
{prov}彩票中心在{n}个县区设立了责任彩票宣传点。
新建成的养老院设置床位{big}张，建设资金部分来源于彩票公益金。
调整后，{game}每晚开奖时间不变，销售截止时间提前{n}分钟。
彩票机构表示，从未授权任何个人以“内部号码”名义对外销售彩票。
实体店业主须持证上岗，并定期参加业务和责任彩票培训。
""",
    datelines=NEWS_DATELINES,
    datelines_h=NEWS_DATELINES_H,
    fullwidth=0.1,
)

_K["lottery_winner"] = _kind(
    heads="""
{city}彩民喜中{game}{wan}万 领奖时戴着卡通面具
{prov}一彩民守号{n}年 终中{game}头奖
机选{n}元中{wan}万 {city}彩民称纯属偶然
{game}大奖得主现身领奖 奖金将用于{use}
{city}一投注站三个月内两度售出一等奖
夫妻合买{game}中得{wan}万 当天即到中心兑奖
{n}位同事合买彩票中大奖 按出资比例分配奖金
{game}{wan}万大奖逾期未领 奖金纳入公益金
彩票站业主{sur}大姐：开店{n}年 最开心的是彩民中奖
{city}彩民兑走{game}大奖 捐出{n}万元助学
{prov}彩民复式投注揽获{game}一等奖
中奖之后的生活：{game}得主称照常上班
{city}彩民打错号码意外中得{wan}万
{wan}万大奖得主：买彩票只是个小爱好
{game}头奖花落{city} 中奖彩票为{n}元单式票
公交司机中{game}二等奖 休息日到中心领奖
{city}一彩票店售出{game}一等奖 店主贴出大红喜报
老彩民坚持{n}年只买一组号码 今年终于圆梦
{wan}万得主匿名领奖 现场签署捐赠意向书
{city}体彩实体店开业{n}年 累计售出中奖彩票上万张
{game}派奖期间 {city}彩民多拿{wan}万派奖奖金
领奖不忘公益 {prov}大奖得主为家乡修路
{city}彩民一人独中两注{game}一等奖
{prov}今年第{n}个{game}一等奖诞生
一张彩票差点被洗衣机洗掉 {city}彩民虚惊一场
""",
    sents="""
{date}，{city}一位彩民来到{prov}福彩中心，领取了{game}一等奖奖金{wan}万元。
中奖者{sur}先生今年{age}岁，是一名{job}，购彩已有{few}年。
他说，这组号码是全家人的生日组合，每期都会坚持购买。
工作人员为中奖者办理了兑奖手续，并依法代扣了个人所得税。
这张中奖彩票是一张{n}元的复式票，除一等奖外还中得多注小奖。
得知中奖后，{sur}女士一晚上没睡着，第二天一早就赶来兑奖。
中奖者表示，奖金将主要用于{use}，生活不会因此发生太大改变。
投注站业主{sur2}先生说，中奖彩民是店里的老顾客，平时每期只买几注。
按照规定，单注奖金超过一万元的，需按百分之二十的税率缴纳个人所得税。
为保护个人隐私，这位彩民在领奖时戴上了卡通头套。
兑奖时，中奖者现场向当地福利机构捐赠{n}万元。
这家投注站开业{n}年来，已累计售出{big}注二等奖以上的奖项。
这注大奖由{n}名同事合买，彩票由其中一人代为保管。
工作人员提醒，购得彩票后最好在背面签名，以防遗失或被冒领。
中心工作人员介绍，今年以来本省已有{n}位彩民中得{game}一等奖。
{sur}先生说，中奖那天他正在上班，是看到开奖公告后才发现中了奖。
该大奖自开奖之日起满六十天未兑，奖金已按规定转入彩票公益金。
中奖者表示会继续理性购彩，把买彩票当作支持公益的一种方式。
据了解，这是{city}今年中出的第{n}个{game}一等奖。
站点负责人称，近期来店里购彩的人明显增多，不少人说是来“沾沾喜气”。
这组号码{sur}先生已经守了{n}年，期间从未间断。
为了让家人放心，他兑奖后立即把奖金存进了银行。
中奖者所购的{game}彩票为机选单式票，投注金额仅为{n}元。
{sur}女士说，自己平时很少关注开奖，这次中奖完全是意外之喜。
投注站门口贴出了大红喜报，不少路人驻足观看。
""",
    heads_h="""
守号{n}期终有回报 {city}彩民领走{game}大奖
{game}一等奖得主低调兑奖 只留下一句“谢谢”
{city}环卫工人中得{game}{wan}万元
{wan}万元中奖彩票遗落公园 好心人拾到后归还
{city}彩票店接连出奖 店主：运气在彩民自己
退休教师中{game}大奖 拿出奖金设立奖学金
{game}大奖得主：中奖后先还清了房贷
兄弟俩合买{game}中奖 平分{wan}万奖金
{city}一彩民连续{n}期同号投注 终获{game}二等奖
{prov}彩民兑取{game}大奖 戴着口罩合影留念
""",
    sents_h="""
这位幸运彩民年近六旬，退休前在{city}一家工厂工作。
他告诉工作人员，中奖号码来自孙子随手写下的几个数字。
彩票被拾到后，拾获者通过投注站找到了失主，双方当面完成了交接。
兑奖大厅里，中奖者在工作人员的指引下填写了兑奖单。
店主{sur}阿姨说，店里每天接待的购彩者大多是附近的居民。
中奖后，兄弟二人约定将奖金的一部分用于照顾年迈的父母。
据中心工作人员介绍，当期{prov}共中出二等奖{n}注。
他笑称，中奖的消息目前只告诉了妻子一个人。
中奖者在捐赠仪式上说，希望这笔钱能帮助更多有需要的孩子。
这张彩票的购买时间为开奖当天下午，距离销售截止只有半个多小时。
""",
    datelines=NEWS_DATELINES,
    datelines_h=NEWS_DATELINES_H,
)

# ---------------------------------------------------------------- Macau, operators, regulators

_K["macau_gaming"] = _kind(
    heads="""
澳门{month}月博彩毛收入{mop}亿澳门元 同比增长{pct}
澳门前{few}月博彩收入累计{hb}亿元
博彩监察协调局：第{q}季度中场收入占比升至{occ}
澳门贵宾厅业务持续收缩 中场成增长主力
分析师上调澳门全年赌收预测至{half}亿元
{holiday}假期访澳旅客{n}0万人次 酒店入住率逾九成
澳门博彩税收占财政收入比重回落
六家承批公司非博彩投资计划陆续落地
澳门角子机数量{y}年底为{big}台
综合度假村加码非博彩元素 澳门引入大型演出
{holiday}黄金周澳门日均赌收约{yi}亿元
澳门经济多元发展：会展业与博彩业协同
澳门{month}月赌收环比上升{pct} 旅客量回升
机构：澳门中场博彩收入已接近疫情前水平
立法会细则性通过博彩法修改 加强规管博彩中介
澳门新批给合同生效 六家承批公司经营期十年
澳门旅游局：{month}月入境旅客{n}0万人次
澳门赌收连续{few}个月同比增长
港股博彩股集体走高 澳门赌收数据超预期
澳门娱乐场严禁未满二十一岁人士进入
横琴合作区带动旅客跨境消费 澳门零售回暖
分析：澳门赌收复苏节奏放缓 中场需求仍稳
澳门{y}年财政预算：博彩税收入预计{hb}亿元
澳门负责任博彩推广活动启动 今年聚焦青年
卫星赌场陆续结业 澳门博彩业格局调整
澳门博彩业雇员收入中位数公布
""",
    sents="""
澳门博彩监察协调局公布，{y}年{month}月幸运博彩毛收入为{mop}亿澳门元，同比增长{pct}。
今年首{few}个月，澳门累计博彩毛收入为{hb}亿澳门元。
分析师指出，中场业务已成为澳门博彩收入的主要来源，贵宾厅收入占比不足一成。
{holiday}期间，澳门日均入境旅客超过{n}万人次，其中内地旅客约占七成。
博彩税是澳门特区政府最主要的财政收入来源，直接税率为博彩毛收入的百分之三十五。
按照新的博彩法律制度，六家承批公司须在非博彩领域投入资金，推动经济适度多元。
业内人士认为，澳门赌收的复苏与旅客数量的回升密切相关。
截至{y}年底，澳门共有娱乐场{n}间，赌台{big}张，角子机{big2}台。
特区政府表示，将继续依法加强对博彩业的监管，促进博彩业健康有序发展。
{op}旗下的{venue}近期推出多项文旅活动，吸引不少家庭旅客。
有证券机构将澳门全年博彩毛收入预测上调至{half}亿澳门元。
澳门统计暨普查局数据显示，{month}月酒店业场所平均入住率为{occ}。
澳门博彩业全职雇员的月工作收益中位数约为{dec2}万澳门元。
分析人士认为，内地旅客消费结构变化，使中场博彩和非博彩消费同步增长。
根据法律规定，未满二十一岁人士不得进入娱乐场，也不得在娱乐场内工作。
澳门特区政府旅游局预计，今年全年入境旅客有望达到{visitors}万人次。
{y}年，澳门博彩税收入约为{hb}亿澳门元，占公共财政总收入的比重有所下降。
多家博企表示，将在会展、演艺和体育赛事等方面加大投入。
贵宾厅业务萎缩后，不少娱乐场将空间改造为餐厅、商店和表演场所。
社会文化司表示，将继续做好负责任博彩的宣传和问题赌博者的辅导工作。
数据显示，{month}月访澳旅客中，个人游旅客约占{share}。
特区政府要求承批公司遵守反洗钱规定，强化客户身份识别。
澳门的博彩毛收入在二〇一三年曾超过三千六百亿澳门元，创下历史高位。
卫星场结业后，部分员工已转入承批公司旗下工作。
研究机构认为，博彩业的发展规模应与澳门的城市承载力相适应。
""",
    heads_h="""
澳门赌收{month}月录得{mop}亿元 低于市场预期
澳门首季博彩收入按年上升{pct}
大型演唱会带旺澳门 周末赌收水涨船高
澳门中场博彩桌均收益创新高
{holiday}澳门入境人次创新高 口岸通关顺畅
研究机构：澳门非博彩收入比重有望提升
澳门特区政府公布博彩业从业员数据
澳门博彩股{month}月表现分化 {op}领涨
澳门半年赌收{hb}亿 完成全年预算过半
会展拉动效应显现 澳门旅游业多点开花
""",
    sents_h="""
根据官方数据，本月澳门幸运博彩毛收入较上月下跌{pct}，为{mop}亿澳门元。
大型演唱会和体育赛事让澳门周末的旅客人数明显增多。
有投行研究报告认为，中场桌均收益提高反映了高端中场客群的回归。
口岸部门统计，假期首日经拱北口岸和港珠澳大桥入境澳门的旅客超过{n}万人次。
特区政府财政局资料显示，上半年博彩税收入已完成全年预算的{share}。
多位学者表示，澳门需在维持博彩业稳健发展的同时培育新的增长点。
{op}旗下{venue}的酒店客房在假期期间几乎全部订满。
受惠于旅客回流，澳门零售和餐饮业营业额按年增加{pct}。
劳工事务局统计，澳门博彩业全职雇员人数约为{big}0人。
澳门大学的一项研究指出，本地居民的问题赌博比率总体处于较低水平。
""",
    datelines="""
新华社澳门{date}电（记者{name}）
本报澳门{date}电 记者{name}报道：
澳门{date}消息：
""",
    datelines_h="""
【澳门消息】
中新社澳门{date}电（记者{name}）
""",
)

_K["macau_gaming_trad"] = _kind(
    heads="""
{month}月賭收{mop}億 按年上升{pct}
博監局：首{few}月博彩毛收入累計{hb}億元
中場業務撐起賭收 貴賓廳佔比再創新低
{holiday_t}黃金周旅客逾{n}萬人次 酒店入住率近滿
博企非博彩投資進度 政府按季檢視
分析員上調全年賭收預測至{half}億元
{op_t}第{q}季經調整EBITDA按年增長
角子機收入佔比提升 業界料中場續強
新批給合同踏入第{k}年 六博企履行承諾
{venue_t}舉辦大型演唱會 帶旺周邊消費
立法會關注娛樂場員工轉職安排
衛星場結業後 博企安排員工轉職
負責任博彩推廣 社工局走進社區
博彩稅收入首{few}月達{hb}億元
旅遊局：{month}月旅客量按年增加{pct}
博企加碼綜合度假村 非博彩元素成重點
賭收連升{few}個月 博彩股造好
博監局加強巡查 打擊娛樂場內非法兌換
{op_t}公布業績 淨收益按年增長{pct}
娛樂場全面禁煙 空氣質素改善
業界：貴賓廳萎縮不影響整體復甦
經財司：博彩收入回穩 財政壓力紓緩
賭枱數目維持上限 六博企分配獲批
本澳博彩從業員收入中位數{dec2}萬元
橫琴合作區便利措施 帶動旅客雙向流動
""",
    sents="""
博彩監察協調局公布，{y}年{month}月幸運博彩毛收入為{mop}億澳門元，按年上升{pct}。
今年首{few}個月，本澳累計博彩毛收入為{hb}億澳門元。
分析員指出，中場業務已成為賭收的主要來源，貴賓廳收入佔比不足一成。
{holiday_t}期間，每日入境旅客平均逾{n}萬人次，內地旅客約佔七成。
按照修訂後的博彩法，六間承批公司須在非博彩項目上投入資金，推動經濟適度多元。
{op_t}表示，旗下{venue_t}將增設會展及演藝設施，吸引更多家庭旅客。
截至{y}年底，全澳共有娛樂場{n}間，賭枱{big}張，角子機{big2}台。
特區政府強調，會繼續依法監管博彩業，促進行業健康有序發展。
統計暨普查局資料顯示，{month}月酒店業場所平均入住率為{occ}。
根據法律規定，未滿二十一歲人士不得進入娛樂場。
有證券行將本澳全年賭收預測上調至{half}億澳門元。
社會工作局表示，今年將加強負責任博彩的社區宣傳及問題賭博輔導服務。
衛星場結業後，大部分員工已獲承批公司安排轉職。
博彩稅為特區政府最主要的財政收入來源，直接稅率為毛收入的百分之三十五。
業界人士認為，旅客人數回升是帶動中場收入增長的關鍵。
{op_t}公布第{q}季度業績，經調整物業EBITDA為{yi}億港元，按年增長{pct}。
博監局人員巡查時發現有人在娛樂場內從事非法兌換活動，已移交警方跟進。
立法會議員關注博企聘用本地僱員方面的承諾落實情況。
多間博企今年在演唱會、體育賽事及美食活動方面加大投入。
娛樂場全面禁煙後，員工的工作環境得到明顯改善。
經濟學者提醒，本澳經濟過度依賴單一行業的結構仍有待改善。
財政局數據顯示，上半年博彩稅收入按年增加{pct}。
有旅客表示，這次來澳主要是參觀世遺景點和品嚐葡國菜。
政府會按季度檢視承批公司非博彩投資項目的進度。
業界預期，隨著更多大型活動落地，本澳周末旅客量將持續增加。
""",
    heads_h="""
本澳賭收{month}月{mop}億元 遜市場預期
首季賭收按年上升{pct} 中場穩步向好
{op_t}旗下{venue_t}翻新工程完成
大型盛事帶旺周末 旅客消費明顯回升
財政局：上半年博彩稅達全年預算{share}
博企僱員轉職計劃 勞工局跟進
學者倡培育新產業 減低對博彩依賴
博彩股{month}月走勢分化
問題賭博求助個案按年回落
賭枱數目上限維持不變 業界表示理解
""",
    sents_h="""
根據官方數字，本月幸運博彩毛收入按月下跌{pct}，為{mop}億澳門元。
有投資銀行報告認為，中場每枱收益提升反映高端中場客群回流。
口岸統計顯示，假期首日經港珠澳大橋入境的旅客超過{n}萬人次。
{op_t}表示，{venue_t}的翻新工程涉及客房、餐飲及購物區。
勞工事務局表示，會持續跟進博企僱員的轉職及培訓情況。
學者認為，本澳應善用會展、中醫藥及金融等產業，推動經濟多元發展。
社工局資料顯示，去年問題賭博求助個案數字較前年有所回落。
博監局重申，未滿二十一歲人士不得進入娛樂場，違者會被檢控。
零售及飲食業界表示，旅客消費意慾較去年有所改善。
有議員建議政府定期公布非博彩投資項目的具體成效。
""",
    datelines="""
【本報訊】
本澳消息：
""",
    datelines_h="""
【澳門訊】
""",
    fullwidth=0.2,
)

_K["operator_corporate"] = _kind(
    heads="""
{op}公布第{q}季度业绩 净收益按年增长{pct}
{op}旗下{venue}推出暑期亲子活动
{op}：非博彩业务收入占比持续提升
{venue}举办国际美食节 汇聚{n}家餐厅
{op}宣布发行优先票据 用于再融资
{op}宣布派发特别股息
{op}董事会换届 新任行政总裁上任
{op}与{n}家本地中小企签署采购合作协议
{venue}新酒店开业 新增客房{big}间
{op}举办校园招聘会 提供{big}个本地职位
{op}推出员工培训计划 助前线员工转岗
评级机构上调{op}信用评级展望
{op}全年净收益{bn}亿港元 按年上升{pct}
{venue}演唱会一票难求 带动酒店入住
{op}捐资支持澳门青年创新创业
{op}与{city}文旅部门合作推广“一程多站”旅游线路
{venue}翻新工程完成 新增会展空间
{op}高层：对澳门长远发展充满信心
{op}召开股东周年大会 通过多项决议
{venue}多家餐厅入选米其林指南
{op}推出本地居民专属优惠
{op}年度可持续发展报告发布
trad|{op_t}公布季度業績 非博彩收益按年增長
trad|{venue_t}舉辦美食節 匯聚多國名廚
trad|{op_t}推出本地中小企採購計劃
trad|{op_t}股東周年大會通過派息方案
""",
    sents="""
{op}{date}公布，{y}年第{q}季度净收益为{bn}亿港元，按年增长{pct}。
其中，非博彩业务收益为{yi}亿港元，主要来自酒店、餐饮、零售和会展。
{op}表示，旗下{venue}本季度的酒店入住率维持在九成以上。
公司管理层在业绩电话会上表示，中场业务需求保持稳定。
{venue}今年暑假推出亲子主题活动，包括科学展览、儿童剧场和室内游乐场。
{op}表示，将在未来数年投入资金发展会展、演艺、体育赛事及文化旅游等非博彩项目。
该公司在澳门雇用员工约{big}人，其中本地雇员占比超过八成。
新酒店设有客房{big}间，另有多家餐厅和一个可容纳{big2}人的多功能宴会厅。
{op}今年已在旗下场馆举办{n}场大型演唱会，带动周边酒店和餐饮消费。
公司与{n}家澳门本地中小企签署采购协议，涉及食品、文创和清洁服务等。
评级机构认为，{op}的现金流和偿债能力有所改善。
{op}行政总裁表示，公司将继续配合特区政府推动经济适度多元发展。
{op}股价今日收涨{dpct}，成交额较前一交易日明显放大。
分析师认为，{op}的非博彩投资有助于吸引过夜旅客。
{venue}内的购物中心汇集了{n}0个品牌，节假日客流量明显增加。
公司计划通过发行票据筹集资金，用于偿还现有债务和一般企业用途。
{op}为前线员工提供带薪培训，帮助他们转入会展和酒店管理岗位。
本次校园招聘会面向澳门本地毕业生，岗位涵盖财务、资讯科技和市场推广等。
{op}董事会建议派发末期股息，有待股东周年大会批准。
{venue}的多家餐厅再次获得米其林指南推荐。
公司表示，{y}年在澳门本地采购的金额约占总采购额的{share}。
{op}旗下慈善基金会向{n}个社区团体捐款，支持长者服务和青少年教育。
市场人士指出，博彩股近期走势主要受赌收数据和旅客数字影响。
{venue}的会展中心全年承办展览和会议{n}0场。
公司已在香港联交所发布公告，披露上述业绩详情。
trad|{op_t}公布，第{q}季度淨收益為{bn}億港元，按年增長{pct}。
trad|{venue_t}今年暑假推出親子活動，包括科學展覽及兒童劇場。
trad|公司表示，將繼續配合特區政府推動經濟適度多元發展。
trad|{op_t}旗下{venue_t}的酒店入住率維持在九成以上，周末接近滿房。
trad|管理層表示，中場業務需求穩定，非博彩收益佔比持續提升。
trad|{op_t}與本地中小企簽署採購協議，涉及食品、文創及清潔服務。
""",
    heads_h="""
{op}上半年经调整EBITDA按年上升{pct}
{venue}驻场表演升级 新增夜间场次
{op}与澳门高校合办酒店管理课程
{op}发行债券获超额认购
{venue}推出长者优惠月 本地居民可享折扣
{op}发布可持续发展报告 用电量按年下降
{op}新任主席：继续深耕澳门
{venue}艺术展开幕 展出{n}0件当代作品
{op}年度招聘 本地职位过千
trad|{op_t}季度業績勝預期 股價造好
""",
    sents_h="""
{op}公布的半年度业绩显示，经调整EBITDA为{bn}亿港元，较去年同期上升{pct}。
{venue}的表演剧场经过改造后，可容纳观众{n}00人。
该课程由{op}与本地高校合作开设，学员完成后可获得专业证书。
公司在可持续发展报告中披露，过去一年用电量下降了{dpct}。
{op}表示，债券发行所得将用于再融资及一般营运资金。
{venue}推出的本地居民优惠涵盖餐饮、客房和购物。
新任主席在记者会上表示，公司将继续参与澳门的社区建设。
艺术展展期至{month}月底，市民和旅客可免费入场参观。
trad|{op_t}表示，旗下{venue_t}本季入住率維持在九成以上。
trad|{op_t}股價收市上升{dpct}，成交金額較上日明顯增加。
trad|分析員認為，{op_t}的非博彩項目為收益帶來穩定貢獻。
trad|公司表示，會繼續投放資源培訓本地員工，協助他們晉升管理職位。
""",
    datelines="""
本报澳门{date}电（记者{name}）
【财经】
""",
    datelines_h="""
澳门{date}消息，
""",
    fullwidth=0.12,
)

_K["regulation"] = _kind(
    heads="""
cn|财政部等部门部署彩票市场规范整治工作
cn|{prov}开展打击非法彩票专项整治行动
mo|博彩监察协调局发布娱乐场员工行为指引
mo|澳门特区政府刊宪公布博彩经营法律配套细则
cn|体彩管理中心发布{y}年度责任彩票报告
cn|民政部公布{y}年度福利彩票公益金使用情况
cn|网信部门开展清理涉赌信息专项行动
cn|{city}文旅部门约谈{n}家违规经营游艺场所
cn|彩票管理条例实施细则拟作修订 社会各界可提意见
cn|{prov}部署整治电子游艺场所违规经营
mo|博监局：{y}年共检控违规进入娱乐场个案{n}0宗
cn|人民银行：加强涉赌资金链治理
cn|{prov}通信管理局处置涉赌网站{big}个
cn|多部门联合开展打击跨境赌博“断链”行动
cn|关于进一步规范彩票实体店经营的通知
cn|{prov}体彩中心公布违规实体店处理结果
cn|工信部门：应用商店须加强对涉赌应用的审核
mo|博监局与司警局联合巡查娱乐场
mo|特区政府：娱乐场赌台总数上限维持六千张
cn|{prov}出台游艺场所管理办法 禁止设置赌博功能
cn|{prov}开展专项检查 严禁向未成年人销售彩票
cn|支付机构排查涉赌商户 {n}家机构被处罚
mot|博監局發出新指引 規範娛樂場員工行為
mot|政府刊憲修訂博彩法 明確承批公司責任
hkt|博彩及獎券事務委員會發表年度報告
hkt|民政及青年事務局：持續打擊非法賭博
""",
    sents="""
cn|通知要求，各地彩票机构不得擅自利用互联网销售彩票，已开展的应立即停止。
mo|博彩监察协调局表示，娱乐场员工在工作期间不得参与幸运博彩。
mo|新规明确，承批公司须建立完善的内部控制制度，并定期向监管部门报告。
cn|专项行动期间，{prov}共检查彩票销售网点{big}个，责令整改{n}个。
cn|文件提出，要加强对彩票广告宣传的管理，禁止夸大中奖概率。
cn|网信部门要求各网络平台落实主体责任，及时清理涉赌广告和链接。
cn|监管部门将对违规销售彩票的网站和app依法予以关停。
cn|中国人民银行要求支付机构加强商户审核，防止支付通道被用于赌博资金结算。
cn|{prov}通信管理局{y}年累计处置涉赌网站{big}个、涉赌域名{big2}个。
mo|根据澳门法律，承批公司须按博彩毛收入缴纳百分之三十五的博彩特别税。
mo|特区政府表示，未来将按社会经济发展情况检讨赌台数目上限。
cn|《彩票管理条例》规定，不得向未成年人销售彩票和兑付奖金。
cn|工业和信息化部门要求应用分发平台加强上架审核，对涉赌应用一律下架。
cn|{city}文化市场综合执法部门对{n}家游艺场所开展突击检查，查扣违规设备{big}台。
cn|征求意见稿提出，彩票销售场所应当设置禁止未成年人购彩的明显标识。
cn|民政部和国家体育总局分别公布了上一年度彩票公益金的使用情况。
cn|监管部门提醒，任何机构未经批准不得发行或销售彩票，违者将依法追究责任。
cn|此次修订重点规范了彩票代销合同、销售资格和违规处理程序。
cn|有关部门将建立跨部门协作机制，共同打击跨境赌博及相关违法犯罪。
mo|博监局今年已对娱乐场进行{n}次专项巡查，重点检查未成年人进入和非法兑换等问题。
cn|{prov}财政厅要求各地加强彩票资金管理，确保公益金专款专用。
cn|新规要求游戏游艺设备不得具有退币、退钢珠等赌博功能。
cn|对于违规提供赌博推广服务的平台，监管部门将依法从严处罚。
cn|经营者违反规定的，由文化和旅游主管部门责令改正，并处罚款。
cn|公告明确，电子游艺设备须经内容审核后方可投入经营。
mot|博監局表示，娛樂場員工在工作期間不得參與幸運博彩。
mot|新指引要求承批公司定期向監管部門提交內部控制報告。
mot|政府表示，修訂後的法律進一步明確承批公司的社會責任。
hkt|警方表示，今年已偵破多宗非法收受投注案件，拘捕涉案人士{n}名。
hkt|民政及青年事務局發言人表示，政府會繼續打擊非法賭博活動。
hkt|根據《賭博條例》，在香港進行未經批准的賭博活動屬違法。
hkt|博彩及獎券事務委員會負責就賽馬、六合彩及足球博彩的規管向政府提供意見。
""",
    heads_h="""
cn|多部门联合印发彩票市场秩序整治方案
cn|{prov}公布{y}年彩票违规案件查处情况
mo|博监局更新娱乐场未成年人进入指引
cn|{prov}网信办约谈{n}家平台 整改涉赌推广内容
cn|支付行业协会发布涉赌风险提示
cn|游艺设备内容审核新规{date}施行
mo|特区政府检讨博彩中介人制度 拟加强规管
cn|彩票公益金管理办法修订 强化绩效评价
mot|博監局公布年度巡查數字
cn|{prov}清理整顿街头“刮奖”摊点
""",
    sents_h="""
cn|整治方案提出，用一年左右时间集中整治彩票市场中的突出问题。
cn|约谈中，监管部门要求平台立即下线含有赌博推广内容的直播和短视频。
cn|支付清算协会提醒会员单位，对交易金额异常、频繁夜间交易的商户加强监测。
cn|新规施行后，未经审核的游艺设备一律不得投入经营。
cn|修订后的办法将公益金项目绩效评价结果作为安排下一年度预算的重要依据。
cn|{prov}今年共查处违规销售彩票案件{n}起，取消代销资格{k}个。
mot|博監局表示，年內共進行娛樂場巡查{big}次，發現違規個案{n}宗。
mot|巡查重點包括未成年人進入娛樂場及娛樂場內的非法兌換活動。
mot|博監局提醒，在職公務員除農曆新年期間外不得進入娛樂場。
cn|街头流动的“刮奖”摊点多以小额奖品吸引学生，已被执法部门依法取缔。
mo|按照新法，博彩中介人只能与一家承批公司合作，并须接受博监局的监管。
mo|博监局表示，新指引要求娱乐场在入口处加强证件查验。
mo|特区政府表示，将就博彩中介人制度的检讨结果听取业界意见。
cn|监管部门表示，将把彩票代销资格审核与信用管理结合起来。
""",
    datelines=NEWS_DATELINES,
    datelines_h=NEWS_DATELINES_H,
    fullwidth=0.12,
)

# ---------------------------------------------------------------- courts, police, anti-fraud
# No 体育/娱乐 here: baits are quoted only in warnings, never next to those words.
# Gambling apps are named in quotes beside what the court calls them (赌博软件,
# 赌博APP), with the platform's agent and member hierarchy described as evidence.

_K["court_police"] = _kind(
    heads="""
{city}警方捣毁一网络赌博团伙 抓获嫌疑人{n}名
开设赌场罪一审宣判 {k}名被告人获刑
{city}破获特大跨境赌博案 涉案资金{bn}亿元
为赌博网站提供支付结算 {k}人被判刑
{city}警方查获一地下六合彩窝点
利用微信群组织赌博 {city}一男子获刑{k}年
{court}审结一起网络赌博案
公安机关打掉一跨境赌博招赌引流团伙
出租银行卡帮赌博平台“跑分” {k}名大学生被起诉
{city}检察机关提起公诉：利用境外赌博网站开设赌场
{city}警方押解{n}名跨境赌博犯罪嫌疑人回国
{city}一棋牌室暗设赌局 警方现场查获赌资{n}万余元
{city}民警破获利用“捕鱼”游戏机赌博案
跨境赌博犯罪团伙覆灭记
私彩“庄家”获刑 {city}一地下六合彩案宣判
{city}警方通报：{y}年打掉涉赌犯罪团伙{n}个
为网络赌博平台维护服务器 技术人员被判刑
以直播为幌子引流赌博 {k}名主播被刑拘
二审维持原判：{sur}某开设赌场罪成立
警方侦破一起组织公民出境赌博案
{city}警方冻结涉赌资金{wan}万元
赌资{n}万元！{city}警方端掉一流动赌场
境外赌博平台境内“代理”落网
{prov}公安机关开展“断卡”行动 打掉涉赌洗钱团伙
{city}法院公开宣判一起特大网络赌博案
赌博网站“技术员”投案自首 获从轻处罚
下载“{app}”APP聚众赌博 {city}{k}人获刑
以“{app}”为名开设网络赌场 {court}作出宣判
赌博APP“{app}”背后的层级链条被斩断
发展下线会员{n}0余人 赌博网站代理获刑{k}年
""",
    sents="""
经查，{y}年以来，犯罪嫌疑人{sur}某等人在境外赌博网站担任代理，发展下级会员{n}00余人。
法院审理认为，被告人以营利为目的，利用信息网络开设赌场，情节严重，其行为已构成开设赌场罪。
{court}以开设赌场罪判处被告人{sur}某有期徒刑{k}年，并处罚金{n}万元。
该团伙通过收购他人银行卡，为境外赌博平台提供资金结算服务，流水累计{bn}亿元。
民警在现场查获赌博用具一批，收缴赌资{n}万余元。
{police}根据群众举报，在一处出租屋内当场抓获参赌人员{n}名。
犯罪嫌疑人交代，其通过微信群发布地下六合彩“码报”，按收注金额抽取提成。
目前，{sur}某等{n}名犯罪嫌疑人已被依法刑事拘留，案件正在进一步侦办中。
经检察机关依法审查，以涉嫌开设赌场罪对{k}名犯罪嫌疑人提起公诉。
警方提醒，参与网络赌博不仅会造成财产损失，还可能触犯法律。
此案是今年以来{prov}侦破的涉案金额最大的跨境赌博案件。
根据刑法规定，组织中华人民共和国公民参与国（境）外赌博，数额巨大或者有其他严重情节的，依照开设赌场罪的规定处罚。
被告人当庭表示认罪认罚，法院依法予以从轻处罚。
办案民警介绍，该赌博平台的服务器设在境外，资金通过多个账户层层转移。
{police}与银行、通信运营商联动，及时冻结涉案账户{n}个。
涉案的赌博游戏机均被依法没收，经营者被处以行政拘留。
经审理查明，被告人在{y}年至{y2}年间多次组织他人前往境外赌场赌博，从中抽取“洗码费”。
该团伙分工明确，有人负责拉人，有人负责记账，还有人负责“望风”。
{city}警方在行动中共捣毁赌博窝点{n}个，治安拘留{n2}人。
犯罪嫌疑人到案后，对其协助境外赌博平台转移资金的事实供认不讳。
庭审中，公诉人出示了银行流水、聊天记录和电子数据等证据。
法院同时判决追缴被告人违法所得{n}万元，上缴国库。
据了解，部分参赌人员为了追回损失越赌越多，最终欠下巨额债务。
该案中，{k}名在校大学生因出租出借银行卡，被以帮助信息网络犯罪活动罪追究刑事责任。
此次集中收网行动共出动警力{big}人次，查扣电脑、手机等作案工具{n}0台。
一审宣判后，{sur}某不服提出上诉，二审法院裁定驳回上诉、维持原判。
经查，该赌博网站按照“总公司、分公司、股东、总代理、代理、会员”六级架构运营，每一级都按下线的输赢抽取佣金。
被告人{sur}某在“{app}”赌博APP注册账号后，通过推荐码发展直属会员{n}名。
该平台的会员账号由上级统一开设，参赌人员须先“上分”才能投注，结算后再“下分”。
{sur}某在微信群内分享“{app}”的下载链接，诱导群成员注册充值，按会员输掉的金额获取提成。
法院查明，{sur}某名下的分公司账号共接受投注{wan}万元，其直属会员账号投注{n}万余元。
犯罪嫌疑人通过“返水”“占成”等方式，从下级会员的投注中牟利。
警方在{sur}某的手机中发现，其掌握的股东账号下设会员账号{n2}0余个。
参赌人员扫描他人提供的二维码下载“{app}”，充值后即可在线押注。
办案民警介绍，“{app}”等赌博软件以休闲游戏为幌子，实际通过“上下分”兑换现金。
{sur}某辩称自己只是在“{app}”里玩游戏，但聊天记录显示其长期为平台招揽会员。
民警逐一核对后台账号的登录记录，确认实际参赌人数为{n}0余人。
办案人员说，同一个人注册多个账号、几个人共用一个账号的情况都很常见。
{sur}某在“{app}”里下注{n}0余次，累计输掉{n}万元后才向警方报案。
经查，参赌人员在该平台上下注的赌资累计达{wan}万元。
被告人先后在“{app}”等赌博软件中投注，涉案金额{n}万余元。
""",
    heads_h="""
“跑分”团伙被一网打尽 {city}警方冻结账户{n}个
{court}：开设网络赌场 主犯获刑{k}年{k2}个月
{city}检方起诉跨境赌博招募团伙{n}人
私设赌局抽头渔利 {city}一男子被判刑
{city}警方跨省收网 打掉地下“私彩”网络
赌博平台“客服”也要担责 {k}人被判刑
公安机关公布{y}年打击跨境赌博典型案例
{city}民警深夜突袭 查处一聚众赌博窝点
网络赌博“代理”获刑后上诉 二审维持原判
{city}警方侦破利用短视频引流赌博案
在“{app}”上发展会员抽成 {city}一男子犯开设赌场罪获刑
赌博软件“{app}”涉案{bn}亿元 {k}名代理被起诉
""",
    sents_h="""
经侦查，该团伙在{k}个省份招募人员，为境外赌博平台提供“跑分”服务。
法院认为，被告人明知他人从事赌博活动仍提供资金支付服务，应以开设赌场罪的共犯论处。
{police}于{date}凌晨统一收网，{n}名犯罪嫌疑人悉数落网。
检察机关指控，{sur}某等人通过境外通讯软件招揽参赌人员，抽头获利{n}万元。
民警现场清点，赌桌上的现金折合人民币{n}万余元。
该私彩网络以茶楼、麻将馆为掩护，每逢开奖日集中收注。
被告人辩称自己只是“打工”，但法院认定其在共同犯罪中起主要作用。
公安部公布的典型案例显示，跨境赌博正在向短视频、直播平台渗透。
涉案的{k}名“客服”人员负责回复参赌人员咨询，均已被依法判处刑罚。
办案民警说，这些赌博网站频繁更换域名，以逃避打击。
检察机关查明，该网站采用“股东—总代理—代理—会员”的分级模式，各级代理按下线投注额提成。
民警调取后台数据发现，{sur}某的账号下共有会员{n}0余名，累计投注{wan}万元。
参赌人员先转账购买“分数”，在“{app}”中下注，赢得的分数再由上线回收兑现。
""",
    datelines=NEWS_DATELINES,
    datelines_h=NEWS_DATELINES_H,
)

_K["antifraud"] = _kind(
    heads="""
警惕！“稳赚不赔”的投注平台都是陷阱
{city}反诈中心发布预警：谨防网络赌博诈骗
“注册送彩金”背后的骗局 民警一一拆解
大学生被拉进“彩票群” 充值{n}万元后血本无归
反诈民警上门劝阻 及时拦下{n}万元转账
所谓“内部资料”“必中号码”都是骗人的
网络赌博没有“稳赢” 民警提醒不要心存侥幸
{city}公安发布十大高发电诈类型 网络赌博诈骗在列
一条“导师带单”短信 让他损失{n}万元
“充值返利”是诱饵 {city}女子险些被骗
反诈宣传进校园 {k}所高校学生上了一堂“防骗课”
老人迷上“手机彩票” 家人报警求助
假冒彩票中心“中奖短信”出现 官方发布提醒
警方揭秘网络赌博“杀猪盘”套路
不明链接别乱点 “免费领奖”多是骗局
{city}民警冒雨劝阻 挽回群众损失{n}万元
“彩票预测软件”收费不菲 实为诈骗工具
网上“彩票代购”多为骗局 购彩请到实体店
银行柜员识破骗局 阻止储户向赌博账户转账
国家反诈中心app可识别涉赌诈骗链接
反诈课堂：为何“先尝甜头”之后再也提不了现
{city}警方公布网络赌博诈骗典型案例
“游戏充值返现”暗藏风险 家长需留意孩子手机
拒绝“高额回报”诱惑 守好自己的钱袋子
反诈宣传月启动 {city}设立{n}个咨询点
""",
    sents="""
民警介绍，这类平台往往以“注册送彩金”“首单包赔”为诱饵，先让受害人小赚几笔，再诱导其大额充值。
当受害人想要提现时，平台会以“账户异常”“流水不足”等理由拒绝，最终关闭网站。
{city}反诈中心提醒，凡是要求先充值再返利的，都是诈骗。
所谓“内部消息”“精准预测”，都是骗子编造的话术，不要轻信。
{sur}先生被拉入一个“彩票交流群”，群里的“老师”每天晒出中奖截图。
在“老师”的指导下，他陆续向指定账户转账{n}万元，直到平台无法登录才意识到被骗。
接到预警信息后，民警第一时间赶到{sur}女士家中，成功阻止了一笔{n}万元的转账。
警方提醒，网络赌博不存在所谓的“稳赢”，输赢都由平台后台控制。
骗子通常会冒充彩票中心工作人员，以“中奖需缴纳手续费”为由实施诈骗。
彩票中心声明，从未通过短信或社交软件通知中奖，也不会要求中奖者预先交费。
银行柜员发现储户{sur}阿姨频繁向陌生账户转账，立即报警并协助民警劝阻。
民警建议，市民可安装国家反诈中心app，开启来电预警功能。
遇到可疑情况，请拨打96110反诈专线或110咨询。
所谓“彩票预测软件”声称能提高中奖概率，实际上毫无依据。
“杀猪盘”诈骗中，骗子先在网上建立感情，再诱导受害人到赌博网站“投资”。
民警走进社区，用真实案例向老年人讲解网络赌博和电信诈骗的常见手法。
据统计，今年以来{city}共发生涉赌诈骗案件{n}0起，同比下降{pct}。
反诈民警总结了“三不一多”：未知链接不点击，陌生来电不轻信，个人信息不透露，转账汇款多核实。
不少受害人在小额提现成功后放松警惕，结果越陷越深。
警方提醒家长，要留意孩子手机中的陌生应用和转账记录。
目前，民警已帮助受害人冻结涉案账户，部分资金正在追缴中。
一旦发现被骗，应立即保存聊天记录和转账凭证，并及时报警。
反诈志愿者在街头发放宣传册{big}份，现场解答群众疑问{n}0人次。
记者调查发现，部分“彩票代购”网站并未取得任何销售资格。
这些平台打着购彩的旗号，实际上是境外赌博网站的入口。
""",
    heads_h="""
“跟着老师买彩票”？警方：这是新型诈骗
{city}一男子沉迷网赌欠债 民警帮其戒赌
反诈预警：警惕伪装成小游戏的赌博应用
“小额试水”后血本无归 民警还原受骗全过程
社区反诈小课堂开讲 居民学会识别赌博链接
假冒官方客服称“中奖” {city}市民识破骗局
{city}警方发布春节反诈提示 网络赌博诈骗居前
陌生人邀你“一起玩” 可能是赌博引流
网络赌博致家庭破裂 当事人讲述亲身经历
{city}银行网点联合派出所开展防诈宣传
""",
    sents_h="""
骗子先以“帮你回本”为名取得信任，再要求受害人往赌博账户持续充值。
民警提醒，伪装成小游戏的赌博应用常通过短视频评论区传播，切勿点击来路不明的链接。
{sur}先生回忆，起初只是抱着试试看的心态，没想到一个月就输掉了{n}万元积蓄。
社区民警用真实案例讲解了网络赌博的引流方式和资金流向。
接到“中奖”电话后，{sur}女士没有转账，而是拨打彩票中心公开电话进行核实。
警方表示，春节前后是网络赌博和刷单诈骗的高发期，请市民提高警惕。
所谓“一起玩”，往往是拉人进入赌博群的第一步。
戒赌互助小组的志愿者说，越早求助，越容易走出困境。
银行与派出所建立了预警劝阻机制，发现异常转账可在几分钟内响应。
专家指出，网络赌博的所谓“赔率”和“开奖”都由平台操纵，参与者注定是输家。
""",
    datelines=NEWS_DATELINES,
    datelines_h=NEWS_DATELINES_H,
)

# ---------------------------------------------------------------- sports

_K["sports_odds"] = _kind(
    heads="""
club|博彩公司看好{team}夺冠 赔率降至1赔{odds}
club|{league}争冠赔率出炉：{team}领跑 {team2}紧随其后
club|赔率显示{team}晋级希望较大
club|{team}主帅下课赔率大幅下降
club|爆冷！赛前不被看好的{team2}击败{team}
club|{league}保级赔率：{team2}形势不容乐观
club|英国博彩公司：{team}夺冠赔率1赔{odds}
club|赔率变化折射{team}伤病困扰
club|转会传闻升温 博彩公司暂停{team}前锋去向投注
club|{team}近况低迷 夺冠赔率一路走高
club|主帅热门人选赔率出炉 {team}换帅悬念持续
club|数据网站与博彩赔率均看好{team}
club|赛前赔率被看衰 {team2}凭借反击全取三分
club|{league}收官战赔率：{team}需客场拿分
club|赔率分析：{team}与{team2}之战平局可能性上升
club|{team}夺冠赔率跌至本赛季最低
club|冷门频出的一夜 赔率“失灵”
nat|世界杯夺冠赔率：{nat}位居首位
nat|博彩公司看好{nat}小组出线
nat|{nat}夺冠赔率走低 球迷期待值上升
nat|热门{nat}爆冷出局 赔率再次被打脸
足坛假球调查：异常赔率引起监管关注
欧足联警惕比赛操纵 监测异常赔率波动
体育评论：别把赔率当成预言
NBA总冠军赔率更新：{nba}升至第一
{nba}豪取连胜 总冠军赔率进入前三
""",
    sents="""
club|英国多家博彩公司最新开出的赔率显示，{team}夺得联赛冠军的赔率为1赔{odds}。
club|赛前，博彩公司普遍看好{team}，但{team2}最终以{s}比{s2}爆冷取胜。
club|{team}近期连续{few}轮不胜，主教练下课的赔率已经降至1赔{odds}。
club|在夺冠赔率榜上，{team}和{team2}分列前两位。
club|由于核心球员受伤，{team}的夺冠赔率在一周内从1赔{odds}升至1赔{odds2}。
club|{league}保级形势扑朔迷离，博彩公司认为{team2}降级的可能性最大。
club|比赛当天，{team}主场座无虚席，球队最终以{s}比{s2}战胜{team2}。
club|据英国媒体报道，一家博彩公司已暂停接受有关{team}主帅去留的投注。
club|统计显示，本赛季{league}中赛前赔率较低的一方胜率约为{mid}。
club|{team}本赛季联赛已打进{n}球，是{league}进攻最犀利的球队之一。
club|赔率的变化也反映出外界对{team}新援适应能力的担忧。
club|{team}主帅赛后表示，外界的预测不会影响球队的准备。
club|{league}本轮共爆出{k}场冷门，其中{team2}客场击败榜首球队最为意外。
club|不少球迷在社交媒体上调侃，这场比赛的结果让赔率成了笑话。
nat|世界杯开赛前，{nat}、{nat2}等传统强队位列夺冠赔率的前几位。
nat|多家媒体在赛前援引博彩公司赔率，认为{nat}小组出线的概率最大。
nat|{nat}主教练表示，球队不会被外界的看好冲昏头脑。
分析人士指出，赔率反映的是市场预期，并不代表比赛结果。
国际足联和欧足联均设有监测系统，专门追踪异常的赔率波动。
一位体育评论员表示，赔率只是参考，足球比赛最大的魅力就在于不确定性。
此前因涉嫌操纵比赛，{country}足协已对{k}名球员展开调查。
根据赛前赔率，平局被认为是最可能出现的结果之一。
有经济学家研究发现，博彩赔率对比赛结果的预测并不比专业统计模型高明多少。
NBA常规赛收官前，{nba}的总冠军赔率已升至联盟前三。
在我国，除国家依法发行的体育彩票外，任何形式的赌球都是违法的。
中国足协重申，严禁球员、教练员及俱乐部工作人员参与任何形式的赌球。
""",
    heads_h="""
club|{league}冠军归属生变 {team}赔率反超{team2}
club|盘口显示{team}小胜 实际比分却是{s}比{s2}
club|{team}换帅后赔率走低 球迷重燃希望
club|欧洲博彩机构：{team}降级概率超过{mid}
club|赔率不被看好 {team2}上演逆转
club|{league}射手榜赔率：{team}前锋领先
club|外媒：{team}晋级的隐含概率约为{mid}
nat|{nat}夺冠概率被看低 球队上下憋着一股劲
监测机构报告：去年可疑赔率比赛{n}0场
分析：为什么赔率热门常常翻车
""",
    sents_h="""
club|根据欧洲一家博彩机构的数据，{team}本赛季夺冠的赔率已由开季时的1赔{odds}降到1赔{odds2}。
club|换帅之后，{team}连续拿分，外界对球队的预期也随之提高。
club|按照赛前赔率推算，{team}取胜的隐含概率约为{mid}。
club|{team2}在赛前几乎不被看好，却凭借定位球完成了逆转。
club|{league}射手榜竞争激烈，{team}前锋以{n}球暂列第一。
club|赛后，{team}主帅坦言，球队在下半场的体能分配出现了问题。
nat|{nat}队长在发布会上说，被外界看低反而让球队更团结。
监测机构的年度报告指出，去年全球共有{n}0场比赛出现可疑的赔率波动。
一位统计学者说，赔率包含了机构的利润空间，并不等于真实概率。
球迷组织呼吁，媒体在报道中应减少对博彩赔率的渲染。
欧足联纪律委员会表示，将对涉嫌操纵比赛的相关人员展开调查。
""",
    datelines="""
新华社伦敦{date}电（记者{name}）
据英国媒体报道，
""",
    datelines_h="""
【体坛观察】
""",
)

_K["sports_sponsor"] = _kind(
    heads="""
club|{team}宣布新胸前广告赞助商 合同为期{few}年
club|{company}成为{league}官方合作伙伴
club|{team}球衣赞助合同续约 年均金额创新高
club|{company}携手{team} 签约成为官方合作伙伴
club|{league}冠名赞助商更换 新赛季启用新名称
club|{team}袖标广告位花落{company}
club|国产品牌出海 {company}赞助{team}
club|{team}新赛季主场球衣发布 胸前广告变更
club|{team}训练服赞助商确定
club|赞助商撤资 {team}面临财务压力
club|{company}续约{league} 合作延至{y2}年
club|{team}官方宣布与{company}达成战略合作
club|{team}冠名球场 赞助费创俱乐部纪录
club|体育营销升温：{company}布局欧洲足球赞助
英超俱乐部将告别胸前博彩广告
博彩公司赞助受限 英超球队寻找新的胸前赞助商
西班牙限制博彩广告 多家俱乐部更换赞助商
意大利禁止博彩广告 俱乐部寻求替代收入
中超联赛官方合作伙伴签约仪式在{city}举行
{event}官方赞助商名单公布
{city}马拉松迎来{k}家官方合作伙伴
{event}赞助商中的中国企业
中国足协官方合作伙伴增至{n}家
赛事官方合作伙伴权益解读
体育赞助市场回暖 品牌争夺顶级联赛资源
""",
    sents="""
club|{team}{date}宣布，{company}将成为球队新赛季的胸前广告赞助商，合同为期{few}年。
club|据媒体估算，这份赞助合同每年价值数千万欧元。
club|{company}表示，希望借助{league}的全球影响力提升品牌知名度。
club|签约仪式上，{team}俱乐部负责人与{company}代表共同为新球衣揭幕。
club|{team}本赛季的商业收入增长{pct}，其中赞助收入占比超过三成。
club|{team}新赛季主场球衣采用传统配色，胸前印有赞助商的标志。
club|因赞助商提前终止合同，{team}面临较大的资金缺口。
club|据统计，上赛季{league}中有{k}支球队的胸前广告来自博彩公司。
club|{league}冠名权的新合同将从下赛季开始生效。
club|{team}的球场冠名合同为期{yrs}年，是俱乐部历史上金额最大的商业合作。
club|对于俱乐部而言，寻找新的赞助商是在财政公平规则下增加收入的重要途径。
club|赞助商的标志将出现在球队的训练服、官方网站和社交媒体上。
根据英超俱乐部达成的协议，自2026/27赛季起，博彩公司将不能出现在球衣胸前位置。
不过，博彩公司仍可以出现在球衣袖口和场边广告牌上。
近年来，越来越多的中国品牌成为欧洲顶级联赛和国际大赛的官方合作伙伴。
意大利自2019年起禁止博彩广告，多家意甲俱乐部的赞助收入因此受到影响。
西班牙出台的广告新规限制博彩公司赞助球队球衣。
作为官方合作伙伴，{company}将获得赛事场馆广告、票务和数字媒体等权益。
{city}马拉松组委会公布了今年的{k}家官方合作伙伴，涵盖汽车、运动装备和饮料等行业。
业内人士分析，体育赞助正在从单纯的品牌曝光转向深度的内容合作。
球迷组织此前曾多次呼吁俱乐部减少与博彩公司的合作。
中国足协与{company}签署协议，后者成为中国国家队的官方合作伙伴。
该企业负责人表示，赞助体育赛事是企业国际化战略的重要一步。
研究机构预计，今年全球体育赞助市场规模将继续增长。
不少体育营销专家认为，中国品牌在海外的赞助投入正变得更加理性。
""",
    heads_h="""
club|{team}胸前赞助商更换 新伙伴是{company}
club|{league}新赛季商业开发收入创新高
club|{company}签约{team} 成为球队全球合作伙伴
club|告别博彩广告后 {team}胸前迎来新面孔
club|{team}与赞助商提前解约 双方发布联合声明
club|{team}推出复古纪念球衣 赞助商标志改为单色
{event}组委会公布首批官方供应商
球衣广告市场洗牌 中国品牌频频出手
{city}网球公开赛新增{k}家合作伙伴
荷甲俱乐部赞助收入差距拉大
""",
    sents_h="""
club|{team}官方宣布，{company}将取代原赞助商，出现在新赛季球衣的胸前位置。
club|{league}公布的财报显示，联赛整体商业收入较上赛季增长{pct}。
club|此次合作除球衣广告外，还包括青训营、球迷活动和数字内容制作等内容。
club|{team}与赞助商的合同原定于{y}年到期，双方经协商决定提前终止合作。
club|纪念球衣上的赞助商标志采用单色设计，以配合复古风格。
{event}组委会表示，首批官方供应商均通过了严格的资质审核。
有评论认为，俱乐部在选择赞助商时应更多考虑社会责任。
{city}网球公开赛今年的合作伙伴中，本地企业占了一半以上。
据了解，这份赞助协议的具体金额没有对外公布。
体育产业研究者指出，赞助商更替频繁往往与俱乐部的成绩波动有关。
""",
    datelines="""
{city}{date}电（记者{name}）
""",
    datelines_h="""
【体育产业】
""",
)

# ---------------------------------------------------------------- travel essays

_K["casino_travel"] = _kind(
    heads="""
mo|澳门两日游：从大三巴到{venue}
mo|{city}游客的澳门自由行：世遗、美食与夜景
mo|澳门夜游：{venue}的灯光与水舞
mo|游记｜带父母逛澳门 行程轻松不赶路
mo|走进{venue}：酒店里的另一座城
mo|澳门美食地图：葡挞、猪扒包和杏仁饼
mo|澳门路环：赌城之外的小渔村
mo|一个人的澳门：坐巴士看遍半岛
mo|澳门大赛车周：引擎声响彻东望洋跑道
mo|{venue}亲子游：剧场、展览和泳池
mo|在澳门过年：花车巡游与烟花
mo|澳门历史城区漫步：从议事亭前地到妈阁庙
mo|游客：在赌场门口拍张照就好 不会进去
mo|夜宿{venue}：酒店、演出与美食的周末
mo|住在氹仔：官也街的烟火气
mo|澳门旅游塔上的蹦极勇士
mo|家庭游新选择：澳门博物馆与科学馆
mo|赌城变身演艺之都 澳门演唱会一票难求
mo|港珠澳大桥自驾游：一小时抵达澳门
lv|在拉斯维加斯，我只看了三场秀
lv|拉斯维加斯不只有赌场：大峡谷一日游见闻
lv|拉斯维加斯的清晨：霓虹熄灭之后
sg|新加坡滨海湾：空中花园与城市天际线
mc|蒙特卡洛散记：赌场门前的海风
mc|蒙特卡洛赌场：一座建筑的百年故事
""",
    sents="""
mo|从{city}出发，坐高铁到珠海再过关，不到半天就到了澳门。
mo|大三巴牌坊前游人如织，石阶上满是举着手机拍照的游客。
mo|{venue}的大堂装饰华丽，不少游客在门口拍照留念。
mo|我们没有进赌场，只是在酒店大堂里转了转，就去吃晚饭了。
mo|同行的朋友说，来澳门看看世界遗产、吃吃美食就够了，赌桌离自己很远。
mo|官也街两旁是卖杏仁饼和肉脯的老店，试吃的人排成长队。
mo|傍晚时分，路环的海边很安静，只听得见海浪声和远处教堂的钟声。
mo|导游提醒大家，澳门的娱乐场不允许未满二十一岁的人进入。
mo|晚上的水舞表演每隔半小时一场，免费观看，吸引了不少游客驻足。
mo|澳门的葡挞外皮酥脆，内馅香甜，刚出炉的时候最好吃。
mo|坐上酒店的免费穿梭巴士，可以方便地往返口岸和各大度假村。
mo|在澳门塔的观光层俯瞰全城，半岛和氹仔的夜景尽收眼底。
mo|老城区的巷子里，葡式建筑和中式骑楼交错，别有一番味道。
mo|对普通游客来说，赌场更像是一个参观点，而不是旅行的目的。
mo|同行的母亲最喜欢妈阁庙，说那里的香火和海风都让她想起老家。
mo|这趟旅行的花费主要在住宿和吃饭上，一分钱也没有留在赌桌上。
mo|大赛车周期间，整个澳门半岛都能听到赛车的轰鸣声。
mo|沿着海边步道一路走到渔人码头，可以看到对岸的灯火。
mo|澳门的公交线路很密，投币或刷澳门通卡都很方便。
mo|这家老茶餐厅开了四十多年，招牌是猪扒包和奶茶。
mo|{venue}里有多家米其林餐厅，但我们更喜欢街边的小吃。
mo|第二天一早，我们去了澳门博物馆，了解这座城市四百多年的历史。
lv|拉斯维加斯大道上的酒店一家比一家夸张，有金字塔，也有埃菲尔铁塔。
lv|我们在拉斯维加斯看了一场太阳马戏团的演出，舞台效果令人震撼。
lv|在拉斯维加斯的清晨，街头清洁工正在冲洗前一晚留下的纸屑。
lv|从拉斯维加斯开车去大峡谷要四个多小时，沿途是一望无际的荒漠。
lv|酒店一楼就是赌场，老虎机的声音从早响到晚，我们每次都是快步穿过。
sg|在新加坡，本国公民进入赌场需缴纳入境税，外国游客则需出示护照。
sg|滨海湾金沙顶层的空中花园是观赏城市天际线的好地方。
sg|傍晚的滨海湾花园灯光亮起，超级树下坐满了乘凉的游客。
mc|蒙特卡洛赌场建于十九世纪，白天可以购票参观，但要注意着装。
mc|赌场前的广场停满了豪车，游客们排队与之合影。
mc|从尼斯坐火车到摩纳哥只要二十多分钟，车窗外就是蔚蓝的地中海。
""",
    heads_h="""
mo|澳门氹仔旧城区：一条街走半天
mo|{venue}周末游：剧场、餐厅与夜景
mo|背包客眼中的澳门：步行就能走完的城市
mo|澳门的早晨：茶楼里的老街坊
mo|路氹金光大道夜拍指南
mo|带孩子游澳门：三天两晚不进赌场也精彩
sg|圣淘沙一日：海滩、水族馆和缆车
mc|在摩纳哥看F1 赌场广场成了观赛点
jj|济州岛散记：海风、橘子与火山岩
jj|济州岛偶遇：酒店赌场门口的“外国人专用”
""",
    sents_h="""
mo|清晨的氹仔旧城区还没有什么游客，咖啡馆的老板刚刚拉起卷闸门。
mo|{venue}的剧场正在上演一场大型驻场秀，票价从几百元到上千元不等。
mo|路氹金光大道两侧的度假村在夜里灯火通明，是摄影爱好者喜欢的取景地。
mo|老街坊们在茶楼里一坐就是一上午，点一盅两件，慢慢聊天。
mo|我们给孩子安排了科学馆、大熊猫馆和海事博物馆，每一站都玩得很开心。
mo|这是一座小城，从北到南步行也不过几个小时。
sg|圣淘沙的缆车从花柏山出发，越过海面直达岛上。
sg|岛上的度假村里有水族馆和环球影城，孩子们玩了一整天也不想走。
sg|西乐索海滩上的沙子细白，傍晚时分来散步的多是带着孩子的家庭。
sg|回程的轻轨上，同行的朋友翻看着一天拍下的照片，说下次还要来。
mc|摩纳哥大奖赛期间，赌场广场周边挤满了拿着相机的车迷。
mc|赛道就是平日的街道，比赛一结束，护栏便被陆续拆除。
mc|港口里停满了游艇，沿着海边的台阶往上走，就能看到王宫广场。
mc|一杯咖啡的价格让人咋舌，我们索性买了面包，坐在海边的长椅上吃。
jj|济州岛的外国人专用赌场设在酒店里，普通游客路过时很少留意。
jj|导游特别叮嘱，随身证件要保管好，办理入住时需要出示。
jj|环岛公路边是成片的橘子园，路边小摊卖着刚摘下的柑橘。
jj|城山日出峰的步道不算难走，登顶后可以看到整片火山口草地。
""",
    datelines="""
文／{name}
""",
    datelines_h="""
（作者：{name}）
""",
)

# ---------------------------------------------------------------- ordinary web headlines and service lines
# No 体育/娱乐 in these two kinds, so that 下载/app/注册 never stand next to them.

_K["web_headline"] = _kind(
    heads="""
tech|{brand}新机发布会定档 官网已开启预约
tech|{n}英寸高清屏加长续航 {brand}新款平板评测
tech|深度解析：国产大模型如何降低推理成本
tech|{brand}官网上线以旧换新服务 最高补贴{n}00元
tech|正版系统免费升级通道即将关闭
tech|手机app一键注册背后的隐私风险
tech|{brand}客服热线升级 人工服务等待时间缩短
tech|网盘平台调整免费空间 老用户不受影响
edu|{y}年高考数学试题解析：注重基础 突出思维
edu|考研英语答案解析：阅读理解难度略有上升
edu|{prov}教育考试院官网公布成绩查询方式
edu|教师资格考试报名{date}开始 考生须在官网注册
edu|高校新生报到可用app完成 线下排队时间大减
edu|免费师范生政策解读：履约任教年限有变化
edu|公务员考试申论真题解析及备考建议
edu|{city}开通中小学招生咨询热线
game|{gtitle}新版本上线 邀请好友组队可领限定外观
game|国产游戏出海：{gtitle}海外注册用户突破{n}00万
game|斗地主全国大赛{city}站落幕 {n}0名选手参赛
game|{gtitle}公测首日登录人数创新高
game|《真人快打》新作公布 画面全面支持高清
game|每日签到成标配 手游运营套路引玩家吐槽
game|防沉迷新规：未成年人登录时长再收紧
game|{gtitle}获正版授权 多平台同步上线
ent|{name}加盟真人秀节目 首期录制在{city}进行
ent|电影{film}高清修复版{date}上映
ent|动画{film}真人版选角曝光
ent|综艺{show}官网发布声明 回应剪辑争议
ent|正版音乐平台会员涨价 用户反应不一
fin|{y}全球富豪榜发布 科技企业家占据前十多席
fin|富豪家族办公室加速布局{city}
fin|券商app体验测评：哪家交易更流畅
fin|基金平台免费投顾服务上线 专家解析风险
fin|年报深度解析：{industry}龙头营收增长背后的隐忧
fin|支付平台客服热线一度占线 故障原因公布
fin|富豪榜新面孔：{industry}行业受追捧
""",
    sents="""
tech|新机将于{date}正式发布，目前消费者可在官网和线下门店预约。
tech|这款平板采用{n}英寸高清屏幕，支持手写笔和分屏操作。
tech|{brand}官网显示，以旧换新活动覆盖手机、平板和笔记本电脑。
tech|业内人士解析，模型推理成本下降将推动更多中小企业使用人工智能。
tech|用户注册app时，应注意查看隐私政策中关于个人信息收集的条款。
tech|{brand}表示，客服热线已增加人工坐席，高峰时段等待时间缩短至{k}分钟以内。
tech|正版软件厂商提醒，从非官方渠道下载的安装包可能被植入恶意程序。
tech|网盘平台表示，调整后新用户的免费空间为{n}GB，老用户的空间保持不变。
edu|今年的数学试卷整体难度与去年持平，命题专家解析认为试题更加注重考查思维能力。
edu|考生可登录省教育考试院官网，输入准考证号和身份证号查询成绩。
edu|报名采取网上注册、网上报名的方式，考生须如实填写个人信息。
edu|不少家长通过学校的公众号和app，第一时间了解孩子的入学安排。
edu|免费师范生毕业后，一般须回生源所在省份从事中小学教育工作。
edu|{city}教育局开通招生咨询热线，工作日每天8时至18时有专人接听。
edu|老师提醒，做完真题之后一定要认真看答案解析，弄清楚错在哪里。
game|新版本新增了{k}张地图和多个角色，邀请好友组队完成任务可获得限定外观。
game|据官方公布的数据，游戏公测首日登录玩家超过{n}0万人次。
game|这款格斗游戏的新作采用真人动作捕捉技术，画面支持4K高清。
game|不少玩家反映，每日签到和限时活动越来越多，玩游戏像是在“上班”。
game|根据防沉迷规定，未成年人只能在周五、周六、周日和法定节假日的晚8时至9时登录网络游戏。
game|本届斗地主比赛采用积分赛制，选手来自{n}个省区市。
game|该作品获得了正版授权，玩家可在主流平台购买下载。
ent|节目组介绍，这档真人秀将记录嘉宾在乡村生活的{n}天。
ent|高清修复版由专业团队逐帧处理，画面和声音都得到明显提升。
ent|动画改编真人版的消息一出，不少观众担心角色的还原度。
ent|节目官网发布声明，称将认真听取观众意见，改进剪辑方式。
ent|正版音乐平台表示，会员费用调整是为了支付更高的版权成本。
ent|影片首映礼在{city}举行，主创团队与观众分享了拍摄幕后的故事。
fin|榜单显示，今年上榜的富豪中，来自{industry}行业的人数明显增加。
fin|券商app的交易体验差异主要体现在行情刷新速度和下单流程上。
fin|分析师解析称，这家公司的营收增长主要依靠海外市场。
fin|支付平台客服热线在故障当天接到大量来电，部分用户等待超过一小时。
fin|理财平台推出的免费投顾服务，只提供资产配置建议，不承诺收益。
fin|富豪家族办公室的兴起，带动了当地私人银行和法律服务业务。
""",
    heads_h="""
tech|{brand}发布会回顾：高清影像系统全面升级
tech|官网售罄 {brand}新款耳机二次开售
tech|手机厂商官网客服：系统更新后耗电问题已修复
edu|{y}年中考物理试卷解析：实验题占比提高
edu|研究生招生考试网上报名 注册账号需实名认证
game|{gtitle}周年庆 登录游戏可领纪念头像框
game|桌游市场升温 正版授权成发行关键
ent|真人秀嘉宾名单官宣 {name}首次参加综艺
ent|经典老片高清重映 票房表现超出预期
fin|富豪榜单变化：{industry}领域富豪身家缩水
fin|银行客服热线适老化改造 老年用户可一键转人工
""",
    sents_h="""
tech|新的影像系统支持高清夜景拍摄，暗光环境下的噪点明显减少。
tech|由于备货不足，首批耳机在官网开售后几分钟内即告售罄。
tech|厂商客服回应称，系统更新导致的耗电异常已在新版本中修复。
tech|有用户反映，更新前手机待机一晚要掉电百分之十以上。
tech|新款耳机支持主动降噪，单次续航约{k}小时。
edu|今年物理试卷中实验探究题的分值有所提高，命题老师对此作了解析。
edu|考生注册报名账号时，需要通过人脸识别完成实名认证。
edu|今年报考人数较去年略有增加，部分热门专业竞争依然激烈。
edu|多位一线教师建议，考生复习时要回归课本，重视基础概念。
game|周年庆期间，玩家登录游戏可领取纪念头像框和少量道具。
game|桌游发行商表示，取得正版授权是进入国内市场的前提。
game|游戏运营方表示，周年庆版本还修复了玩家反馈较多的卡顿问题。
game|这款桌游的中文版将于下月在线下门店和网店同步发售。
ent|这是这位演员首次参加真人秀，节目将于下月开播。
ent|经典影片高清重映后，不少年轻观众第一次在大银幕上看到它。
ent|节目以慢生活为主题，嘉宾们要在海边小镇自己种菜做饭。
ent|影院经理说，重映场次的观众里有不少是带着孩子来的父母。
fin|受行业调整影响，部分{industry}领域富豪的身家较去年缩水。
fin|银行表示，老年用户拨打客服热线后说出“人工”，即可直接转接人工服务。
fin|榜单统计以{date}的股价和汇率为准，部分上市公司创始人排名变化较大。
fin|改造后，客服热线的语音菜单层级减少，播报语速也放慢了。
""",
)

_K["web_service"] = _kind(
    heads="""
bank|{bank}手机银行app全新升级公告
bank|关于{bank}客服热线系统维护的通知
bank|{bank}个人账户线上开户服务指南
bank|{bank}：警惕假冒官方网站和短信链接
bank|{bank}手机银行登录方式调整说明
bank|{bank}信用卡官方app使用指南
bank|{bank}关于调整部分业务收费标准的公告
air|{air}官方app值机服务说明
air|{air}客服热线春运期间延长服务时间
air|{air}会员注册与里程累积规则
air|关于{air}官方网站系统升级的公告
air|{air}航班延误服务指南
uni|{uni}{y}年本科招生章程
uni|{uni}研究生院网站新版上线
uni|{uni}新生报到须知
uni|{uni}图书馆数据库校外访问指南
uni|{uni}招生咨询热线开通公告
gov|{city}政务服务网统一身份认证平台上线
gov|{city}12345政务服务便民热线服务指南
gov|社保卡线上申领流程说明
gov|{city}公积金管理中心官方app上线
gov|个人所得税app年度汇算操作指引
gov|{city}不动产登记网上办理指南
gov|电子营业执照下载与使用说明
gov|{city}医保服务热线服务时间调整公告
""",
    sents="""
bank|{bank}客服热线：{bank_tel}（24小时服务）
bank|下载{bank}手机银行app，随时随地办理转账、理财和缴费业务。
bank|个人客户可通过官方app在线开立二类账户，全程无需到网点。
bank|{bank}官方网站：{bank_dom}
bank|请认准{bank}官方网站和官方客服热线{bank_tel}，谨防诈骗。
bank|理财非存款，产品有风险，投资须谨慎。
bank|首次登录手机银行需设置登录密码，请勿将短信验证码告诉他人。
bank|系统维护期间，手机银行和网上银行暂停服务，给您带来不便敬请谅解。
bank|未满十六周岁的客户开户，须由监护人陪同并提供户口簿。
air|航班动态请以{air}官方网站和官方app发布的信息为准。
air|旅客可登录{air}官方app办理网上值机，并在线选择座位。
air|{air}客服热线：{air_tel}，境外请拨打当地服务电话。
air|下载{air}官方app，注册成为会员后即可累积飞行里程。
air|航班延误时，请留意短信通知，或拨打{air_tel}查询改签和退票政策。
uni|招生咨询电话：{tel}　招生办邮箱请见学校官网
uni|新生可登录学校迎新系统，完成信息注册、宿舍选择和缴费。
uni|校外访问图书馆数据库，请先登录学校统一身份认证平台。
uni|{uni}通信地址：大学路{n}号　邮编：{zip}
gov|政务服务便民热线12345，全天24小时受理群众诉求。
gov|市民可登录{city}政务服务网，注册个人账户后在线办理{n}0余项业务。
gov|纳税服务热线12366，可咨询个人所得税和发票相关问题。
gov|人社服务热线12333，可咨询社保缴费、养老金领取和就业政策。
gov|铁路客服中心12306，购票、改签和退票请以官方渠道为准。
gov|消费投诉举报请拨打12315，或登录全国12315平台提交。
gov|扫码下载{city}公积金app，提取、贷款和查询业务掌上可办。
gov|电子营业执照可在官方小程序中下载，与纸质执照具有同等法律效力。
""",
    heads_h="""
bank|{bank}企业网银升级公告
bank|{bank}关于暂停部分自助设备服务的通知
air|{air}官网购票常见问题
air|{air}行李额度调整说明
uni|{uni}继续教育学院报名须知
uni|{uni}校园卡挂失与补办流程
gov|{city}市民卡app升级说明
gov|{city}出入境业务网上预约指南
gov|{city}水电燃气线上缴费服务说明
gov|{city}住房公积金热线服务时间调整
""",
    sents_h="""
bank|{bank}全国统一客服电话：{bank_tel}
bank|如需办理企业账户开户，请提前通过官方网站预约网点。
bank|设备暂停服务期间，您可使用手机银行办理查询和转账业务。
bank|企业网银升级后，请使用新版证书登录，旧版证书将于{date}停止使用。
air|通过{air}官方网站购票，可在“我的订单”中查看行程单。
air|{air}服务热线{air_tel}，国际及地区航班请提前三小时到达机场。
air|{air}提醒旅客，超出免费行李额度的部分可在官网提前购买，价格低于柜台。
air|购票后如需更改姓名或证件信息，请联系{air}客服热线处理。
uni|报名者须登录学院官方网站，填写报名表并上传证件照片。
uni|校园卡遗失后，请第一时间在校园app中挂失，再到服务中心补办。
uni|继续教育学院咨询电话：{tel}，工作日上午9时至下午5时。
uni|补办校园卡需携带本人身份证件，工本费以学校公布标准为准。
gov|出入境业务可通过官方app预约，预约成功后按时到窗口办理。
gov|水电燃气费用可在城市服务平台查询和缴纳，无需注册额外账号。
gov|公积金服务热线12329，工作日可转人工咨询。
gov|市民卡app升级后，老用户需重新登录并完成人脸识别验证。
""",
    fullwidth=0.05,
)

# ---------------------------------------------------------------- API

KINDS: tuple[str, ...] = tuple(_K)


def _spec(kind: str) -> _Kind:
    try:
        return _K[kind]
    except KeyError:
        raise ValueError(f"unknown kind {kind!r}; expected one of {', '.join(KINDS)}") from None


def _finish(r: random.Random, spec: _Kind, text: str) -> str:
    return text.translate(_FULLWIDTH) if spec.fullwidth and r.random() < spec.fullwidth else text


_TRAD_TAGS = ("trad", "mot", "hkt")  # tags of templates in traditional characters


def _untag(template: str) -> tuple[str, str]:
    tag, bar, body = template.partition("|")
    return (tag, body) if bar else ("", template)


def _join(sentences: list[str]) -> str:
    """Sentences of one paragraph; a line without end punctuation (a service
    line, a hotline) is kept apart from the next by a space."""
    out = sentences[0]
    for s in sentences[1:]:
        out += s if out[-1] in "。！？”）」" else " " + s
    return out


def headline(r: random.Random, kind: str, heldout: bool = False) -> str:
    """One news headline of `kind` (typically 8-30 characters, often two
    clauses joined by a space or a colon)."""
    spec = _spec(kind)
    return _finish(r, spec, _fill(_Ctx(r, heldout), _untag(r.choice(spec.heads[heldout]))[1]))


def sentence(r: random.Random, kind: str, heldout: bool = False) -> str:
    """One news-register sentence of `kind` (typically 15-80 characters)."""
    spec = _spec(kind)
    return _finish(r, spec, _fill(_Ctx(r, heldout), _untag(r.choice(spec.sents[heldout]))[1]))


def article(r: random.Random, kind: str, heldout: bool = False) -> tuple[str, list[str]]:
    """A headline and 3-8 paragraphs (1-4 sentences each) of one story of
    `kind`: entity slots are drawn once, so the paragraphs agree."""
    spec = _spec(kind)
    c = _Ctx(r, heldout)
    tag, head = _untag(r.choice(spec.heads[heldout]))
    title = _fill(c, head)
    # untagged sentences fit any story, except one in traditional characters
    pool = [body for t, body in map(_untag, spec.sents[heldout]) if t == tag or (t == "" and tag not in _TRAD_TAGS)]
    r.shuffle(pool)
    n_par = min(r.randint(3, 8), len(pool))
    paras: list[str] = []
    for i in range(n_par):
        room = len(pool) - (n_par - i - 1)
        take = max(1, min(r.randint(1, 4), room))
        paras.append(_join([_fill(c, s) for s in pool[:take]]))
        del pool[:take]
    if spec.datelines[heldout] and tag not in _TRAD_TAGS and r.random() < 0.7:
        line = _fill(c, r.choice(spec.datelines[heldout]))
        paras[0] = line + ("" if line[-1] in "）】：，" else " ") + paras[0]
    fw = bool(spec.fullwidth) and r.random() < spec.fullwidth
    if fw:
        title, paras = title.translate(_FULLWIDTH), [p.translate(_FULLWIDTH) for p in paras]
    return title, paras
