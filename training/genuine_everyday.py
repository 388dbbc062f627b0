"""Genuine everyday text that uses the words brand spam borrows.

Brand SEO spam is made of everyday words: 在线, 官方网站, 客服, 下载, 登录,
注册, 平台, 娱乐, 体育集团, 外围, 捕鱼, 信誉, 最新资料. Once the training set
holds thousands of such spam rows, each of these words leans toward spam
unless genuine text uses it as often as life does: government and bank
service lines, education and shopping platforms, sports companies and
basketball's perimeter, fishermen and fishing bans, entertainment news,
company credit ratings. This module writes that text, one family per word,
so the model learns that the words are ordinary and the promotion is what
they are glued to.

All templates are written by the spamscan developers; organisations, names
and numbers are invented or random (city names and public service names such
as 12345 hotlines are public facts). Deterministic given a random.Random.
"""

from __future__ import annotations

import random

from genuine_web import CITIES, digits, domain, name

GOV = ("人民政府", "政务服务中心", "人力资源和社会保障局", "税务局", "公安局", "医疗保障局", "住房公积金管理中心",
       "教育局", "市场监督管理局", "不动产登记中心", "车管所", "出入境管理支队")
SCHOOL = ("大学", "师范大学", "理工大学", "职业技术学院", "第一中学", "实验小学", "医学院", "外国语学校")
COMPANY = ("电力公司", "燃气集团", "水务集团", "公交集团", "移动分公司", "联通分公司", "电信分公司", "银行分行",
           "人寿保险公司", "航空公司", "铁路局", "邮政分公司")
SPORTS_CO = ("体育集团", "体育产业集团", "体育发展集团", "体育文化集团", "体育用品集团", "体育投资集团")
SPORTS_CO_HEAD = ("安华", "联众", "中体", "华奥", "东方", "城投", "文旅", "奥林", "鲁能", "申城", "江城", "滨海")
TEAM = ("辽宁队", "广东队", "北京队", "浙江队", "上海队", "山东队", "新疆队", "深圳队", "广厦队", "福建队")
SEA = ("东海", "南海", "黄海", "渤海")
SHOW = ("综艺节目", "电视剧", "音乐节", "话剧", "演唱会", "电影", "脱口秀", "动画片")


def _city(r: random.Random) -> str:
    return r.choice(CITIES)


def online(r: random.Random) -> str:
    """在线: services, education, shopping and news sites named X在线."""
    c = _city(r)
    t = r.randrange(12)
    if t == 0:
        return f"市民可通过{c}市{r.choice(GOV)}网站在线办理{r.choice(('社保转移', '公积金提取', '居住证签注', '营业执照变更', '不动产登记预约'))}业务。"
    if t == 1:
        return f"{c}在线教育平台本学期新增{r.randint(20, 300)}门课程，学生可在线观看回放。"
    if t == 2:
        return f"{c}在线（{domain(r)}）是{c}市重点新闻网站，{r.randint(2001, 2015)}年开通。"
    if t == 3:
        return f"据{c}在线报道，{c}市{r.choice(('地铁', '高铁站', '机场'))}{r.choice(('新线路', '扩建工程', '改造项目'))}将于{r.randint(1, 12)}月投入使用。"
    if t == 4:
        return f"医院开通在线问诊服务，患者可在线预约挂号、查询检验报告。"
    if t == 5:
        return f"{r.choice(('图书馆', '博物馆', '科技馆'))}推出在线展览，观众足不出户就能在线参观。"
    if t == 6:
        return f"{c}市12345热线与在线客服同步受理市民诉求，{r.randint(85, 99)}%的诉求当天得到回复。"
    if t == 7:
        return f"在线旅游平台数据显示，{r.choice(('国庆', '五一', '春节', '暑期'))}期间{c}酒店预订量同比增长{r.randint(10, 80)}%。"
    if t == 8:
        return f"{c}在线 首页 新闻 {r.choice(('娱乐', '体育', '财经', '教育'))} {r.choice(('房产', '汽车', '健康', '旅游'))} 视频"
    if t == 9:
        return f"Copyright © {r.randint(2005, 2026)} {c}在线 版权所有"
    if t == 10:
        return f"{c}在线_{r.choice(('娱乐', '体育', '新闻', '财经', '教育', '汽车'))}频道"
    return f"考生可登录{c}市教育考试院网站在线报名，报名时间为{r.randint(1, 12)}月{r.randint(1, 28)}日至{r.randint(1, 28)}日。"


def official_site(r: random.Random) -> str:
    """官方网站 / 官网 / 登录 / 注册 / 下载 in notices of public bodies and companies."""
    c = _city(r)
    org = r.choice((f"{c}市{r.choice(GOV)}", f"{c}{r.choice(SCHOOL)}", f"{c}{r.choice(COMPANY)}"))
    t = r.randrange(10)
    if t == 0:
        return f"详情请登录{org}官方网站查询。"
    if t == 1:
        return f"{org}官方网站：www.{domain(r)}"
    if t == 2:
        return f"申请人须在{org}官网注册账号并上传材料，逾期不予受理。"
    if t == 3:
        return f"{org}提醒，请通过官方网站或官方app办理业务，谨防假冒网站。"
    if t == 4:
        return f"下载“{r.choice(('个人所得税', '国家反诈中心', '交管12123', '国家医保服务平台', '掌上公积金'))}”app，注册登录后即可{r.choice(('申报', '查询', '办理', '预约'))}。"
    if t == 5:
        return f"{org}官网首页 | 信息公开 | 办事服务 | 互动交流 | 登录 | 注册"
    if t == 6:
        return f"招聘公告及报名表可在{org}官方网站下载。"
    if t == 7:
        return f"录取结果已在{c}{r.choice(SCHOOL)}官网公布，考生可登录查询。"
    if t == 8:
        return f"{org}官方网站上线无障碍版本，方便老年人浏览。"
    place = {"大": "新校区", "院": "新校区", "校": "新校区", "司": "新营业厅", "行": "新营业厅", "局": "新服务大厅"}.get(org[-1], "新办公楼")
    return f"据{org}官网消息，{place}将于下月启用。"


def service(r: random.Random) -> str:
    """客服 / 客服电话 / 热线 / 微信 of ordinary services."""
    c = _city(r)
    t = r.randrange(8)
    if t == 0:
        return f"{c}{r.choice(COMPANY)}客服电话：95{digits(r, 3)}，24小时服务。"
    if t == 1:
        return f"如有疑问，可拨打客服热线400-{digits(r, 3)}-{digits(r, 4)}咨询。"
    if t == 2:
        return f"消费者反映，{r.choice(('快递', '外卖', '网购', '航班改签'))}问题联系客服多次未果，最终通过12315投诉解决。"
    if t == 3:
        return f"关注“{c}{r.choice(('发布', '交警', '税务', '医保'))}”微信公众号，可在线咨询人工客服。"
    if t == 4:
        return f"{r.choice(('银行', '运营商', '电商平台'))}客服提醒：不会以任何理由要求用户提供验证码。"
    if t == 5:
        return f"客服中心 | 联系我们 | 投诉建议 | 常见问题"
    if t == 6:
        return f"该公司客服人员表示，已为受影响用户办理退款。"
    return f"智能客服上线后，{c}市政务热线接通率提升至{r.randint(90, 99)}%。"


def platform(r: random.Random) -> str:
    """平台 and 娱乐 in government, commerce and culture news."""
    c = _city(r)
    t = r.randrange(9)
    if t == 0:
        return f"{c}市一体化政务服务平台已接入{r.randint(300, 2000)}项服务事项。"
    if t == 1:
        return f"电商平台“{r.choice(('双十一', '618', '年货节'))}”期间，{c}农产品线上销售额突破{r.randint(2, 90)}亿元。"
    if t == 2:
        return f"{c}打造文化娱乐综合体，集{r.choice(SHOW)}、{r.choice(SHOW)}、餐饮于一体。"
    if t == 3:
        return f"娱乐圈：{name(r)}新{r.choice(SHOW)}定档{r.randint(1, 12)}月，{name(r)}加盟。"
    if t == 4:
        return f"{r.choice(('文化', '体育', '娱乐', '休闲'))}消费持续回暖，{c}夜经济街区客流量同比增长{r.randint(10, 60)}%。"
    if t == 5:
        return f"就业服务平台发布岗位{r.randint(1000, 50000)}个，求职者可在线投递简历。"
    if t == 6:
        return f"{c}广播电视台娱乐频道推出新节目，聚焦本地{r.choice(('非遗', '美食', '民俗', '旅游'))}。"
    if t == 7:
        return f"网络平台须落实未成年人保护责任，限制游戏时长和充值金额。"
    return f"娱乐 | 体育 | 财经 | 科技 | {c}"


def sports_company(r: random.Random) -> str:
    """体育集团 and perimeter play: sports as an industry and a game."""
    c = _city(r)
    co = f"{r.choice(SPORTS_CO_HEAD)}{r.choice(SPORTS_CO)}"
    t = r.randrange(9)
    if t == 0:
        return f"{c}{co}承办的{r.choice(('城市马拉松', '青少年足球联赛', '全民健身运动会', '自行车赛'))}将于{r.randint(1, 12)}月开赛。"
    if t == 1:
        return f"{co}与{c}市体育局签约，共建{r.randint(3, 40)}个社区体育公园。"
    if t == 2:
        return f"{co}年报显示，公司全年营业收入{r.randint(5, 300)}亿元，同比增长{r.randint(1, 30)}%。"
    if t == 3:
        return f"{r.choice(TEAM)}本场外围命中率偏低，{r.randint(20, 35)}次三分出手仅命中{r.randint(4, 12)}个。"
    if t == 4:
        return f"主教练赛后表示，球队外围防守需要加强，不能给对手轻松出手的机会。"
    if t == 5:
        return f"{name(r)}在外围连续命中三分，帮助{r.choice(TEAM)}取得{r.randint(8, 25)}分的领先。"
    if t == 6:
        return f"台风外围云系影响，{c}今明两天有中到大雨。"
    if t == 7:
        return f"警方在外围设置{r.randint(3, 12)}个检查点，保障赛事安全。"
    return f"{co}旗下体育场馆全年接待健身市民{r.randint(20, 500)}万人次。"


def fishing(r: random.Random) -> str:
    """捕鱼: fishermen, fishing bans and ecology."""
    sea = r.choice(SEA)
    t = r.randrange(7)
    if t == 0:
        return f"{sea}伏季休渔期间，渔民不得出海捕鱼，违者将被依法处罚。"
    if t == 1:
        return f"{sea}休渔期结束，{r.randint(200, 3000)}艘渔船出海捕鱼。"
    if t == 2:
        return f"长江十年禁渔，{_city(r)}渔民上岸转产，不再从事捕鱼。"
    if t == 3:
        return f"执法人员查获一起电鱼捕鱼案件，收缴电捕鱼器具{r.randint(2, 30)}套。"
    if t == 4:
        return f"老渔民说，过去靠捕鱼为生，如今在湖边开起了农家乐。"
    if t == 5:
        return f"科研人员发现，过度捕鱼导致{sea}部分鱼类资源减少。"
    return f"冬季冰上捕鱼节吸引游客{r.randint(1, 20)}万人次，头鱼拍出{r.randint(2, 99)}万元。"


def credit(r: random.Random) -> str:
    """信誉 / 资料 / 最新: business credit, archives and updates."""
    c = _city(r)
    t = r.randrange(8)
    if t == 0:
        return f"{c}市发布企业信用评价结果，{r.randint(20, 300)}家企业被评为守信企业，信誉良好。"
    if t == 1:
        return f"商家诚信经营、信誉好，回头客自然多。"
    if t == 2:
        return f"资料显示，该项目总投资{r.randint(2, 90)}亿元，预计{r.randint(2025, 2030)}年建成。"
    if t == 3:
        return f"{c}档案馆整理历史资料{r.randint(1, 90)}万件，部分资料向公众开放查阅。"
    if t == 4:
        return f"最新数据显示，{c}市{r.choice(('一季度', '上半年', '前三季度'))}GDP同比增长{r.randint(3, 8)}.{r.randint(0, 9)}%。"
    if t == 5:
        return f"考生可在招生网站下载最新资料，包括招生简章和专业目录。"
    if t == 6:
        return f"{r.choice(('消协', '市场监管局'))}提醒：选择装修公司时，要查看其资质和信誉。"
    return f"据最新消息，{c}至{_city(r)}高铁预计年底通车。"


FAMILIES = {
    "online": (online, 3),
    "official_site": (official_site, 3),
    "service": (service, 2),
    "platform": (platform, 2),
    "sports_company": (sports_company, 2),
    "fishing": (fishing, 1),
    "credit": (credit, 2),
}


def sentence(r: random.Random) -> str:
    """One genuine line of a family drawn by weight."""
    names = list(FAMILIES)
    fn = FAMILIES[r.choices(names, weights=[FAMILIES[n][1] for n in names], k=1)[0]][0]
    return fn(r)


GENERATORS = {"everyday": sentence}
DEFAULT_COUNTS = {"everyday": 1500}
