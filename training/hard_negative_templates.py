"""Template generator for hard-negative variants: genuine news sentences about
lotteries, Macau gaming revenue, gambling crackdowns, sports odds and horse
racing -- the topics where a gambling-spam detector is most likely to raise
false alarms.

Templates and word pools are written by the spamscan developers. Numbers,
places and names are drawn at random; operators and teams are described
generically or are public sports facts. The hand-written sentences live in
genuine/hard_negatives.txt (training) and genuine/hard_negatives_test.txt
(held out, never produced here: generate.py drops any exact collision).
"""

from __future__ import annotations

import random

from genuine_web import CITIES, SURNAMES, name

PROVINCES = "河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 云南 陕西 甘肃 青海 广西 内蒙古 宁夏 新疆".split()
TEAMS = "阿根廷队 巴西队 法国队 德国队 西班牙队 英格兰队 葡萄牙队 荷兰队 意大利队 比利时队 克罗地亚队 乌拉圭队 日本队 韩国队 摩洛哥队 墨西哥队 美国队 澳大利亚队 沙特阿拉伯队 伊朗队 中国队 卡塔尔队 瑞士队 丹麦队".split()
ASIA = "日本队 韩国队 澳大利亚队 沙特阿拉伯队 伊朗队 中国队 卡塔尔队 伊拉克队 阿联酋队 乌兹别克斯坦队 约旦队 阿曼队 泰国队 越南队".split()
EUROPE = "法国队 德国队 西班牙队 英格兰队 葡萄牙队 荷兰队 意大利队 比利时队 克罗地亚队 瑞士队 丹麦队 奥地利队 波兰队 塞尔维亚队 苏格兰队".split()
AMERICAS = "阿根廷队 巴西队 乌拉圭队 哥伦比亚队 智利队 秘鲁队 厄瓜多尔队 墨西哥队 美国队 加拿大队".split()
CLUBS = "北京国安 上海申花 上海海港 山东泰山 成都蓉城 武汉三镇 浙江队 天津津门虎 河南队 长春亚泰 青岛海牛 深圳新鹏城".split()
TOURNAMENTS = (("世界杯小组赛", TEAMS), ("欧洲杯小组赛", EUROPE), ("亚洲杯小组赛", ASIA), ("国际足球友谊赛", TEAMS),
               ("欧洲国家联赛", EUROPE), ("美洲杯小组赛", AMERICAS), ("世界杯预选赛亚洲区比赛", ASIA), ("世界杯预选赛欧洲区比赛", EUROPE))
GAMES = ("双色球", "大乐透", "福彩3D", "排列三", "七乐彩", "快乐8", "七星彩", "排列五")
OPERATOR_DESC = ("一家澳门博企", "一家在港上市的博彩企业", "某综合度假村运营商", "一家拥有澳门博彩经营权的公司", "澳门一家承批公司")
HORSES = "金鹰飞驰 星辰快马 白玉骏 风之子 赤焰 东方明珠号 幸运之星 银河战驹 雷霆万钧 红棉骏 翡翠骑士 长风破浪 青云直上 锦绣前程".split()


def amount(r: random.Random, lo: int, hi: int) -> str:
    v = r.randint(lo, hi)
    return str(v) if r.random() < 0.5 else f"{v}.{r.randint(1, 9)}"


def updown(r: random.Random) -> str:
    return r.choice(("增长", "增长", "上升", "下降", "减少"))


def generate(r: random.Random) -> str:
    c = r.choice(CITIES)
    p = r.choice(PROVINCES)
    y = r.randint(2019, 2026)
    n = r.randint
    f = r.randrange(30 + len(EXTRA))
    if f >= 30:
        return EXTRA[f - 30](r)
    if f == 0:
        return f"中国福利彩票双色球第{y}{n(1, 150):03d}期开奖，当期全国共中出一等奖{n(1, 30)}注，单注奖金为{n(500, 1000)}万元。"
    if f == 1:
        out = r.choice(("空开", f"中出{n(1, 12)}注"))
        return f"体彩大乐透第{y % 100}{n(1, 150):03d}期开奖，一等奖{out}，奖池滚存至{amount(r, 6, 14)}亿元。"
    if f == 2:
        return f"{y}年{n(1, 12)}月份，全国共销售彩票{amount(r, 300, 620)}亿元，同比{updown(r)}{amount(r, 1, 30)}%。"
    if f == 3:
        return f"澳门特区博彩监察协调局公布，{y}年{n(1, 12)}月博彩毛收入为{amount(r, 80, 230)}亿澳门元，同比{updown(r)}{amount(r, 2, 60)}%。"
    if f == 4:
        money = f"{amount(r, 1, 90)}亿元" if r.random() < 0.6 else f"{n(1, 99)}00万元"
        return f"{c}警方破获一起网络赌博案，抓获犯罪嫌疑人{n(5, 120)}名，涉案资金{money}。"
    if f == 5:
        extra = r.choice(("", f"{n(1, 11)}个月", "，缓刑两年"))
        return f"被告人{r.choice(SURNAMES)}某犯开设赌场罪，被判处有期徒刑{n(1, 8)}年{extra}，并处罚金{n(2, 200)}万元。"
    if f == 6:
        tour, pool = r.choice(TOURNAMENTS)
        a, b = r.sample(pool, 2)
        s1, s2 = n(0, 4), n(0, 3)
        res = "战平" if s1 == s2 else ("战胜" if s1 > s2 else "不敌")
        return f"{tour}中，{a}以{s1}比{s2}{res}{b}。"
    if f == 7:
        act = r.choice(("已到省福彩中心兑奖", "表示将捐出部分奖金用于助学", "希望保密个人信息", "称会继续理性购彩", "是一名普通工薪族"))
        return f"{c}一位彩民中得{r.choice(GAMES)}一等奖{n(5, 1500)}万元，{act}。"
    if f == 8:
        use = r.choice(("养老服务和儿童福利", "全民健身设施建设", "残疾人康复和助学", "城乡医疗救助", "社区公益项目"))
        return f"{y}年，{p}共筹集彩票公益金{amount(r, 5, 80)}亿元，主要用于{use}。"
    if f == 9:
        return f"在{r.choice(('沙田马场', '跑马地马场'))}举行的{r.choice(('一级赛', '二级赛', '三级赛', '让磅赛', '夜赛第五场'))}中，{r.choice(HORSES)}以{r.choice(('半个马位', '一个马头', '两个马位', '颈位'))}之差夺得头马。"
    if f == 10:
        tgt = r.choice(("跨境赌博", "网络赌博", "电信网络诈骗和网络赌博", "涉赌资金链"))
        res = r.choice((f"共抓获犯罪嫌疑人{n(20, 600)}名", f"打掉犯罪团伙{n(3, 40)}个", f"冻结涉案资金{amount(r, 1, 30)}亿元", f"清理涉赌账号{n(100, 9000)}个"))
        return f"今年以来，{c}公安机关深入开展打击{tgt}专项行动，{res}。"
    if f == 11:
        return f"据{r.choice(('省福彩中心', '省体彩中心', '市体彩分中心'))}统计，{r.choice(('春节假期', '世界杯期间', '国庆假期', '一季度', '上半年'))}全省{r.choice(('竞彩', '即开型彩票', '乐透型彩票', '彩票'))}销量达{amount(r, 1, 90)}亿元。"
    if f == 12:
        return f"{r.choice(OPERATOR_DESC)}公布{y}年第{n(1, 4)}季度业绩，净收益{amount(r, 10, 120)}亿港元，按年{updown(r)}{amount(r, 3, 150)}%。"
    if f == 13:
        case = r.choice(("网络赌博", "跨境赌博", "组织参与境外赌博", "利用体育赛事赌博", "为赌博网站提供资金结算"))
        return f"{c}中级人民法院审结一起{case}案，{n(3, 30)}名被告人分别被判处有期徒刑{n(1, 3)}年至{n(4, 11)}年不等。"
    if f == 14:
        w = r.choice((
            "凡是要求先充值再返利的投注平台都是骗局",
            "所谓“内部资料”“精准预测”都是诈骗话术",
            "不要向陌生人出租出借银行卡和手机卡",
            "境外赌博网站随时可能关闭，充值的钱很难追回",
            "网络赌博不存在稳赢，沉迷其中只会越陷越深",
            "收到“中奖”“送彩金”短信要提高警惕，不要点击链接",
        ))
        return f"{c}警方提醒：{w}。"
    if f == 15:
        tour, pool = r.choice(TOURNAMENTS)
        a, b = r.sample(pool, 2)
        return f"{tour}开赛前{r.choice(('欧洲几家博彩公司', '多家博彩机构', '外国博彩公司'))}开出的赔率显示，{a}{r.choice(('被普遍看好', '处于明显优势', '被视为热门'))}，但{b}{r.choice(('最终爆出冷门', '在比赛中顽强逼平对手', '凭借反击取得胜利'))}。"
    if f == 16:
        rem = r.choice(("中奖彩票兑奖期为60天，请及时兑奖", "购彩要量力而行，不向未成年人销售彩票", "官方从未授权任何网站或app在线销售彩票", "开奖结果以官方公告为准", "本期大奖中奖者尚未兑奖"))
        return f"{c}{r.choice(('福彩中心', '体彩中心', '彩票管理中心'))}提醒，{rem}。"
    if f == 17:
        a, b = r.sample(CLUBS, 2)
        s1, s2 = n(0, 4), n(0, 4)
        res = "战平" if s1 == s2 else ("战胜" if s1 > s2 else "负于")
        return f"中超联赛第{n(1, 30)}轮，{a}主场{s1}比{s2}{res}{b}。"
    if f == 18:
        return f"澳门{y}年全年博彩毛收入为{n(600, 2300)}亿澳门元，{r.choice(('约为疫情前的八成', '较上年大幅回升', '低于特区政府预期', '创下近年新高'))}。"
    if f == 19:
        return f"{y}年{n(1, 12)}月，入境澳门的旅客达{amount(r, 150, 380)}万人次，{r.choice(('酒店平均入住率超过八成', '其中内地旅客约占七成', '带动非博彩收入增长'))}。"
    if f == 20:
        return f"香港赛马会公布，{y}/{(y + 1) % 100:02d}年度马季总投注额为{n(1000, 1500)}亿港元，缴纳博彩税{n(150, 260)}亿港元。"
    if f == 21:
        return f"{r.choice(GAMES)}本期开奖后，{p}彩民{r.choice(('揽获', '中得', '收获'))}{r.choice(('一等奖', '二等奖'))}{n(1, 6)}注，中奖彩票分别由{r.choice(CITIES)}和{r.choice(CITIES)}的投注站售出。"
    if f == 22:
        return f"本报{c}讯（记者{name(r)}）{c}{r.choice(('市公安局', '警方'))}通报，{y}年全市共查处赌博类治安案件{n(50, 3000)}起，同比{r.choice(('下降', '减少'))}{n(5, 40)}%。"
    if f == 24:
        g = r.choice(("双色球", "大乐透", "福彩3D", "排列三", "排列五", "七乐彩", "七星彩"))
        pick = lambda k, hi: "、".join(f"{x:02d}" for x in sorted(r.sample(range(1, hi + 1), k)))  # noqa: E731
        digs = lambda k: "、".join(str(n(0, 9)) for _ in range(k))  # noqa: E731
        nums = {
            "双色球": lambda: f"{pick(6, 33)}，蓝球{n(1, 16):02d}",
            "大乐透": lambda: f"{pick(5, 35)}，后区{pick(2, 12)}",
            "福彩3D": lambda: digs(3),
            "排列三": lambda: digs(3),
            "排列五": lambda: digs(5),
            "七乐彩": lambda: f"{pick(7, 30)}，特别号码{n(1, 30):02d}",
            "七星彩": lambda: f"{digs(6)}+{n(0, 14)}",
        }[g]()
        tail = r.choice(("当期全国销量与上期基本持平", "一等奖无人中出", f"全国共中出一等奖{n(1, 20)}注", "开奖过程经公证机构全程监督", f"本省共中出二等奖{n(1, 40)}注"))
        return f"{g}第{y}{n(1, 150):03d}期开奖号码为{nums}，{tail}。"
    if f == 25:
        res = r.choice(("头奖无人中", f"头奖由{n(1, 3)}注平分", "头奖由一注独中"))
        return f"香港六合彩第{y % 100}/{n(1, 150):03d}期搅珠结果公布，{res}，{r.choice(('下期头奖基金估计为', '本期头奖奖金约为', '金多宝奖金累积至'))}{n(8, 120)}00万港元。"
    if f == 26:
        fake = r.choice(("“彩票预测”", "“内部计划”", "“跟单投注”", "“稳赚理财”", "“棋牌娱乐”", "“高返利投注”"))
        return f"{c}{r.choice(('反诈中心', '公安局', '网警'))}提醒，所谓{fake}app多为诈骗或赌博工具，请勿下载安装，更不要充值转账。"
    if f == 27:
        ch = "、".join(r.sample(("官方网站", "官方微信公众号", "官方app", "投注站公告栏", "电视开奖节目"), 2))
        return f"{r.choice(('省福彩中心', '省体彩中心', '市彩票管理中心'))}表示，彩民可通过{ch}查询开奖结果和开奖记录。"
    if f == 28:
        return f"{r.choice(('香港赛马会', '马会'))}表示，{r.choice(('将升级网上投注服务系统', '本季将增设多场夜赛', '马会网站和官方app将同步直播赛事', '将加强对非法外围投注的监测'))}，{r.choice(('以配合市民需要', '以提升服务质素', '打击非法赌博', '并加强负责任博彩宣传'))}。"
    if f == 29:
        return f"{y}年，{p}体育彩票{r.choice(('竞彩', '大乐透', '即开票', '排列三'))}销量为{amount(r, 5, 200)}亿元，{r.choice(('占全省体彩总销量的', '约占全国同类销量的'))}{n(5, 45)}%。"
    return f"{r.choice(('网信部门', '工信部门', '公安机关'))}{r.choice(('依法处置', '集中清理', '关停'))}涉赌网站{n(100, 20000)}个、违规app{n(10, 900)}款，{r.choice(('斩断赌博推广链条', '净化网络环境', '切断涉赌资金通道'))}。"


# ---------------------------------------------------------------- more templates (news register)

GAMBLING_TOOLS = ("捕鱼游戏机", "老虎机", "赌博游戏机", "“推币机”", "电子赌博机", "“打鱼机”")
APP_KINDS = ("棋牌", "捕鱼", "“彩票预测”", "体育竞猜", "“百家乐”", "“幸运飞艇”")


def _t_machines(r: random.Random) -> str:
    c = r.choice(CITIES)
    return (f"{c}{r.choice(('公安分局', '派出所', '文化市场综合执法支队'))}在一处{r.choice(('游戏厅', '电玩城', '出租屋', '废弃厂房'))}内"
            f"查获{r.choice(GAMBLING_TOOLS)}{r.randint(3, 90)}台，{r.choice(('现场抓获参赌人员', '传唤涉案人员', '当场收缴赌资'))}"
            f"{r.randint(5, 60)}{r.choice(('名', '人'))}。")


def _t_app_ban(r: random.Random) -> str:
    return (f"{r.choice(('网信部门', '工信部门', '应用商店'))}{r.choice(('下架', '清理', '关停'))}一批打着“{r.choice(('休闲娱乐', '免费试玩', '棋牌竞技', '益智游戏'))}”旗号"
            f"实为赌博的{r.choice(APP_KINDS)}app，{r.choice(('涉及账号', '相关链接'))}{r.randint(100, 9000)}个。")


def _t_mark_six(r: random.Random) -> str:
    y = r.randint(2019, 2026)
    k = r.randrange(4)
    if k == 0:
        return f"香港赛马会表示，六合彩{r.choice(('本期', '今晚', '周二', '周六'))}搅珠{r.choice(('将如期举行', '因天气原因延期', '改在跑马地马场进行'))}，{r.choice(('投注截止时间不变', '已售出彩票继续有效'))}。"
    if k == 1:
        return f"六合彩第{y % 100}/{r.randint(1, 150):03d}期头奖{r.choice(('由一注独中', '无人中', '由三注平分'))}，每注派彩约{r.randint(8, 90)}00万港元，{r.choice(('中奖彩票在港岛一间投注站售出', '马会呼吁市民以平常心对待'))}。"
    if k == 2:
        return f"{r.choice(('有香港市民', '不少街坊', '一位退休人士'))}{r.choice(('说', '表示', '笑言'))}，买六合彩只是图个开心，{r.choice(('每期只买几注', '中了小奖就请朋友喝茶', '从不借钱下注'))}。"
    return f"警方提醒，网上所谓“六合彩内幕”“{r.choice(('稳中特码', '一码中特', '必中生肖'))}”均为诈骗，{r.choice(('香港赛马会从未委托任何网站预测号码', '切勿向陌生账户转账'))}。"


def _t_fraud_case(r: random.Random) -> str:
    c = r.choice(CITIES)
    bait = r.choice(("“导师带单”", "“内部计划”", "“稳赚不赔”", "“注册送彩金”", "“高倍返利”", "“充值返现”", "“免费体验”"))
    return (f"{c}{r.choice(('警方', '反诈中心', '检察院'))}通报，{r.choice(('一名大学生', '一位退休职工', '一名宝妈', '一名个体户', '一名公司职员'))}"
            f"被{bait}诱骗，在所谓的{r.choice(('投注平台', '投资app', '彩票群', '棋牌游戏'))}上累计充值{r.randint(2, 90)}万元后无法提现。")


def _t_quiz(r: random.Random) -> str:
    c = r.choice(CITIES)
    return (f"{c}{r.choice(('图书馆', '电视台', '科技馆', '总工会', '社区'))}举办{r.choice(('知识竞猜', '有奖竞猜', '灯谜竞猜', '安全知识竞猜'))}活动，"
            f"{r.choice(('答对的市民可获得纪念品', '幸运观众现场领取奖品', '吸引了众多家庭参加', '线上线下同步进行'))}。")


def _t_hit(r: random.Random) -> str:
    return r.choice((
        f"演习中，{r.choice(('导弹', '火炮', '无人机'))}精确命中{r.randint(2, 60)}公里外的目标。",
        f"射击比赛中，{name(r)}{r.choice(('十发九中', '多次命中十环', '命中率高达九成'))}，获得{r.choice(('冠军', '亚军', '第一名'))}。",
        f"这场比赛{name(r)}投篮{r.randint(10, 25)}中{r.randint(5, 10)}，三分球命中率{r.randint(30, 60)}%。",
        f"气象部门的预报{r.choice(('准确命中', '成功预测'))}了这次{r.choice(('暴雨', '寒潮', '台风'))}的路径。",
    ))


def _t_club(r: random.Random) -> str:
    return r.choice((
        f"{r.choice(CITIES)}{r.choice(('足球俱乐部', '篮球俱乐部', '乒乓球俱乐部', '围棋俱乐部', '读书俱乐部', '跑步俱乐部'))}{r.choice(('成立', '招募会员', '举行年会', '获得冠军'))}，{r.choice(('吸引众多爱好者参加', '会员超过千人', '活动免费对市民开放'))}。",
        f"中国足协公布{r.choice(('中超', '中甲', '中乙'))}{r.choice(('俱乐部准入名单', '俱乐部名称变更', '俱乐部财务审查结果'))}，{r.randint(10, 32)}家俱乐部{r.choice(('通过审核', '获得准入资格'))}。",
        f"{r.choice(('棋牌', '象棋', '围棋', '桥牌'))}协会在{r.choice(CITIES)}举办{r.choice(('老年人', '职工', '青少年'))}{r.choice(('棋牌比赛', '象棋比赛', '围棋比赛', '桥牌比赛'))}，{r.randint(50, 600)}名选手参赛。",
    ))


def _t_odds(r: random.Random) -> str:
    a, b = r.sample(TEAMS, 2)
    return (f"{r.choice(('体育评论员', '足球分析人士', '记者'))}{r.choice(('认为', '分析'))}，{a}近期状态{r.choice(('出色', '起伏', '低迷'))}，"
            f"{r.choice(('博彩公司开出的赔率', '外界预测', '赛前数据'))}{r.choice(('并不看好', '普遍看好', '认为胜负五五开'))}{b}。")


def _t_casino_biz(r: random.Random) -> str:
    y = r.randint(2019, 2026)
    return r.choice((
        f"{r.choice(OPERATOR_DESC)}{y}年{r.choice(('中期', '全年'))}{r.choice(('经调整EBITDA', '博彩收益', '非博彩收益'))}为{amount(r, 5, 90)}亿港元，{updown(r)}{amount(r, 2, 80)}%。",
        f"澳门{r.choice(('中场', '贵宾厅', '角子机'))}收入占博彩总收入的{r.randint(10, 80)}%，{r.choice(('中场业务成为主要增长动力', '贵宾业务持续萎缩'))}。",
        f"澳门博彩监察协调局{r.choice(('加强对赌场的巡查', '打击非法借贷', '严查未成年人进入赌场', '推广负责任博彩'))}，{y}年共{r.choice(('检控', '处理'))}违规个案{r.randint(20, 900)}宗。",
        f"新加坡{r.choice(('滨海湾金沙', '圣淘沙名胜世界'))}{y}年第{r.randint(1, 4)}季度{r.choice(('收入', '利润'))}{updown(r)}，分析师认为{r.choice(('旅游复苏带动明显', '竞争加剧'))}。",
    ))


def _t_lottery_shop(r: random.Random) -> str:
    c = r.choice(CITIES)
    return (f"{c}{r.choice(('福彩', '体彩'))}中心{r.choice(('开展', '启动'))}“{r.choice(('快乐购彩', '公益体彩', '福彩献爱心', '幸运彩民'))}”{r.choice(('主题活动', '宣传周', '公益行'))}，"
            f"{r.choice(('倡导理性购彩', '向困难家庭捐赠物资', '邀请彩民参观开奖现场', '走进社区普及购彩常识'))}。")


def _t_web_cleanup(r: random.Random) -> str:
    return (f"{r.choice(CITIES)}网警{r.choice(('发现', '通报'))}，{r.choice(('部分政府网站', '一些高校网站', '多家企业网站'))}被植入{r.choice(('赌博', '博彩', '彩票推广'))}"
            f"{r.choice(('关键词', '链接', '暗链'))}，{r.choice(('已督促整改', '相关单位被约谈', '网站被暂时关闭'))}。")


EXTRA = (_t_machines, _t_app_ban, _t_mark_six, _t_fraud_case, _t_quiz, _t_hit, _t_club, _t_odds,
         _t_casino_biz, _t_lottery_shop, _t_web_cleanup)
