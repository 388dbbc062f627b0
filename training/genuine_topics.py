"""Modern genuine Chinese news sentences across many topics, plus more web chrome.

The genuine side of the training set is mostly 1998 newspaper prose, so words
of today's web (免费, 体验, 注册, 下载, 英超, 德甲, 游戏, 娱乐, 彩票, 官方网站 …)
would otherwise be seen almost only in spam. This module writes ordinary news
about politics, the economy, technology, sports (including European football,
NBA and CBA results and transfers), education, health, culture and
entertainment, travel, environment and weather, society and law (including
anti-fraud and anti-gambling cases), lottery and welfare-lottery news and
Macau's economy and tourism, and the page chrome of genuine sites (channel
menus with 体育/娱乐/彩票/游戏, app download prompts, login/register links,
"猜你喜欢", "热门搜索", share buttons, mobile-version and ICP lines).

Every template and word pool is written by the spamscan developers. Team,
league and player names are public sports facts; people, organisations,
numbers and events are random and invented. Each topic has many templates
with slots, and `sentence()` adds lead-ins and tails so that shapes vary.

Every generator takes a `random.Random` and returns one line; nothing reads
the clock or iterates an unordered set, so output is deterministic per seed.
"""

from __future__ import annotations

import random

from genuine_web import CITIES, NATIONAL_SITES, digits, domain, name, site

PROVINCES = ("河北 山西 辽宁 吉林 黑龙江 江苏 浙江 安徽 福建 江西 山东 河南 湖北 湖南 广东 海南 四川 贵州 "
             "云南 陕西 甘肃 青海 广西 内蒙古 宁夏 新疆 西藏").split()
COUNTRIES = "美国 英国 法国 德国 日本 韩国 俄罗斯 巴西 印度 南非 澳大利亚 新西兰 加拿大 墨西哥 阿根廷 埃及 沙特 新加坡 泰国 越南 马来西亚 印度尼西亚 哈萨克斯坦 土耳其 意大利 西班牙".split()
PREMIER = "曼城 阿森纳 利物浦 曼联 切尔西 热刺 纽卡斯尔 阿斯顿维拉 布莱顿 西汉姆联 埃弗顿 狼队 富勒姆 水晶宫 伯恩茅斯 诺丁汉森林 布伦特福德".split()
BUNDES = "拜仁慕尼黑 多特蒙德 勒沃库森 莱比锡 斯图加特 法兰克福 沃尔夫斯堡 门兴格拉德巴赫 弗赖堡 霍芬海姆 云达不莱梅 美因茨 柏林联合 奥格斯堡".split()
LALIGA = "皇家马德里 巴塞罗那 马德里竞技 塞维利亚 皇家社会 比利亚雷亚尔 毕尔巴鄂竞技 瓦伦西亚 皇家贝蒂斯 赫罗纳".split()
SERIEA = "国际米兰 AC米兰 尤文图斯 那不勒斯 罗马 拉齐奥 亚特兰大 佛罗伦萨 博洛尼亚 都灵".split()
LIGUE1 = "巴黎圣日耳曼 马赛 摩纳哥 里昂 里尔 尼斯 朗斯 雷恩".split()
LEAGUES = (("英超", PREMIER), ("德甲", BUNDES), ("西甲", LALIGA), ("意甲", SERIEA), ("法甲", LIGUE1))
CSL = "北京国安 上海申花 上海海港 山东泰山 成都蓉城 武汉三镇 浙江队 天津津门虎 河南队 长春亚泰 青岛海牛 深圳新鹏城 梅州客家 沧州雄狮".split()
NBA = "湖人 勇士 凯尔特人 掘金 雄鹿 太阳 热火 尼克斯 76人 独行侠 快船 森林狼 雷霆 国王 骑士 鹈鹕 步行者 魔术".split()
CBA = "广东宏远 辽宁本钢 浙江稠州 上海久事 北京首钢 新疆广汇 山东高速 深圳马可波罗 浙江广厦 青岛国信 福建浔兴 南京同曦 天津先行者 北京控股".split()
POSITIONS = "前锋 中场 后卫 门将 边锋 后腰 中后卫 左后卫".split()
SPORTS_EVENTS = "乒乓球世锦赛 羽毛球公开赛 游泳冠军赛 田径大奖赛 全国运动会 城市马拉松 网球公开赛 排球联赛 短道速滑世界杯 体操世界杯 举重锦标赛 射击世界杯".split()
MINISTRIES = "国务院 国家发展改革委 财政部 商务部 工业和信息化部 教育部 科技部 民政部 人力资源社会保障部 生态环境部 住房城乡建设部 交通运输部 农业农村部 文化和旅游部 国家卫生健康委 应急管理部 中国人民银行 国家统计局 海关总署 国家市场监管总局 国家体育总局 国家网信办 公安部 最高人民法院 最高人民检察院".split()
POLICIES = ("稳就业 促消费 扩大有效投资 优化营商环境 乡村振兴 城市更新 老旧小区改造 养老服务体系建设 托育服务 "
            "中小企业纾困 科技成果转化 数字政府建设 基层治理 安全生产 食品安全 耕地保护 生态保护修复 "
            "公共文化服务 全民健身 义务教育优质均衡 医保支付方式改革 住房保障 新型城镇化").split()
GOV_ACTS = "印发 出台 发布 公布 部署 启动 修订 审议通过".split()
DOC_KINDS = "实施意见 行动方案 指导意见 管理办法 工作方案 若干措施 三年行动计划 实施细则 通知".split()
EXPLAIN_WORDS = ("政策解读 专家解答 答记者问 详细说明 权威解读 深度分析 情况说明 工作部署 督促落实 "
                 "贯彻落实 抓好落实 评估论证 咨询服务 跟踪问效 全面解析").split()
INDUSTRIES = "新能源汽车 集成电路 生物医药 人工智能 光伏 储能 跨境电商 文化旅游 现代农业 高端装备 低空经济 冷链物流 预制菜 数字内容 网络游戏 电子竞技".split()
COMPANY_KIND = "科技公司 制造企业 物流企业 食品企业 新能源车企 游戏公司 电商平台 连锁超市 航空公司 商业银行 保险公司 证券公司 医药企业 家电企业".split()
FIN_ITEMS = ("上证指数 深证成指 创业板指 恒生指数 人民币对美元汇率中间价 十年期国债收益率 国际金价 布伦特原油价格 "
             "沪深两市成交额 北向资金").split()
TECH_PRODUCTS = "大模型 智能手机 折叠屏手机 智能手表 新能源汽车 无人机 机器人 智能音箱 VR头显 笔记本电脑 平板电脑 芯片 操作系统 浏览器 输入法 网盘 导航软件 翻译软件".split()
APPS = "短视频app 音乐app 地图app 外卖app 打车app 购物app 阅读app 学习app 健身app 银行app 政务app 游戏app 社交app 新闻客户端".split()
SUBJECTS = "语文 数学 英语 物理 化学 生物 历史 地理 政治 信息技术 体育 美术 音乐 劳动".split()
SCHOOLS = "小学 初中 高中 职业学校 大学 幼儿园 特殊教育学校 开放大学".split()
DISEASES = "流感 高血压 糖尿病 近视 龋齿 颈椎病 过敏性鼻炎 诺如病毒感染 手足口病 骨质疏松 失眠 抑郁症 脑卒中 慢阻肺".split()
HOSPITAL_DEPTS = "儿科 急诊科 心内科 呼吸科 眼科 口腔科 中医科 康复科 妇产科 骨科 皮肤科 精神心理科".split()
SHOWS = "电视剧 纪录片 综艺节目 动画电影 话剧 音乐剧 舞剧 演唱会 音乐节 戏曲晚会 杂技表演 网络微短剧".split()
GENRES = "科幻 悬疑 喜剧 历史 动画 爱情 战争 家庭 青春 武侠 现实题材".split()
CULTURE_PLACES = "博物馆 美术馆 图书馆 文化馆 非遗展示馆 科技馆 大剧院 城市书房 民俗村 考古遗址公园".split()
ZODIAC_YEAR = "鼠 牛 虎 兔 龙 蛇 马 羊 猴 鸡 狗 猪".split()
SCENIC = "古镇 湿地公园 森林公园 滑雪场 海滨浴场 国家级景区 红色教育基地 主题乐园 动物园 植物园 露营地 温泉度假区".split()
TRANSPORT = "高铁 地铁 机场 长途客运站 城际铁路 高速公路 轮渡码头 公交专线 跨江大桥 隧道".split()
WEATHER_EVENTS = "寒潮 暴雨 台风 高温 大雾 沙尘 强对流天气 冰雹 暴雪 降温 霜冻 干旱".split()
ECO = "空气质量优良天数比例 PM2.5平均浓度 地表水优良水质断面比例 森林覆盖率 城市绿化覆盖率 生活垃圾回收利用率".split()
ANIMALS = "东方白鹳 中华秋沙鸭 江豚 白头叶猴 藏羚羊 朱鹮 黑颈鹤 亚洲象 大熊猫 雪豹 中华白海豚 红嘴鸥".split()
FRAUD = ("刷单返利 虚假投资理财 冒充电商客服 冒充公检法 虚假网络贷款 网络游戏装备交易 虚假征信 “导师带单”炒股 "
         "虚假购物 冒充熟人 网络赌博返利 “高回报”虚拟币投资 虚假中奖 “免费领取”礼品").split()
CRIMES = "电信网络诈骗 网络赌博 跨境赌博 非法集资 传销 洗钱 侵犯公民个人信息 帮助信息网络犯罪活动 非法经营 虚开发票".split()
LOTTERY_GAMES = "双色球 大乐透 福彩3D 排列三 排列五 七乐彩 七星彩 快乐8".split()
MACAU_SPOTS = "大三巴牌坊 议事亭前地 妈阁庙 澳门塔 东望洋灯塔 澳门博物馆 郑家大屋 官也街 渔人码头 路环村".split()
MACAU_EVENTS = "澳门格兰披治大赛车 澳门国际烟花比赛汇演 澳门艺术节 澳门国际音乐节 澳门美食节 澳门光影节 澳门国际马拉松 澳门国际电影节".split()
PEOPLE = "市民 游客 村民 学生 家长 老人 志愿者 网友 消费者 患者 乘客 球迷 观众 读者 居民 外卖骑手 快递员".split()
SAY = "表示 介绍 说 告诉记者 认为 指出 坦言 透露".split()
EXPERTS = ("业内人士 专家 相关负责人 工作人员 一位老师 社区干部 研究人员 主治医师 经济学家 律师 民警 教练 "
           "景区负责人 气象专家 体育评论员").split()


def _n(r: random.Random, lo: int, hi: int, dec: bool = False) -> str:
    v = r.randint(lo, hi)
    return f"{v}.{r.randint(0, 9)}" if dec and r.random() < 0.6 else str(v)


def _pct(r: random.Random, hi: int = 40) -> str:
    return f"{r.randint(0, hi)}.{r.randint(0, 9)}%"


def _date(r: random.Random) -> str:
    k = r.randrange(4)
    if k == 0:
        return f"{r.randint(1, 12)}月{r.randint(1, 28)}日"
    if k == 1:
        return r.choice(("近日", "日前", "昨天", "今天", "本周", "上周末", "今年以来", "当天", "昨晚", "今晚"))
    if k == 2:
        return f"{r.randint(2018, 2026)}年{r.randint(1, 12)}月"
    return f"{r.randint(1, 12)}月{r.randint(1, 28)}日晚"


def _chg(r: random.Random) -> str:
    return r.choice(("同比增长", "同比增长", "同比上升", "同比下降", "环比增长", "环比下降", "较上年增加", "比上年减少"))


# ---------------------------------------------------------------- topics


def politics(r: random.Random) -> str:
    c, p = r.choice(CITIES), r.choice(PROVINCES)
    k = r.randrange(12)
    if k == 0:
        return f"{r.choice(MINISTRIES)}{_date(r)}{r.choice(GOV_ACTS)}《关于推进{r.choice(POLICIES)}的{r.choice(DOC_KINDS)}》。"
    if k == 1:
        return f"{p}省政府新闻办举行发布会，对{r.choice(POLICIES)}相关政策进行{r.choice(('解读', '详细解读', '说明'))}，并回答记者提问。"
    if k == 2:
        return f"会议强调，要把{r.choice(POLICIES)}各项任务{r.choice(('落实落细', '落实到位', '抓实抓细'))}，确保{r.choice(('取得实效', '群众满意', '按期完成'))}。"
    if k == 3:
        return f"{c}市政府常务会议研究部署{r.choice(POLICIES)}和{r.choice(POLICIES)}工作，审议通过了{r.choice(DOC_KINDS)}。"
    if k == 4:
        return f"国家主席{_date(r)}同{r.choice(COUNTRIES)}总统举行会谈，双方同意在{r.choice(('经贸', '科技', '人文', '绿色发展', '数字经济'))}等领域深化合作。"
    if k == 5:
        return f"外交部发言人在例行记者会上就{r.choice(COUNTRIES)}{r.choice(('局势', '相关问题', '领导人访华'))}回答了记者提问。"
    if k == 6:
        return f"{r.choice(EXPLAIN_WORDS)}｜{r.choice(POLICIES)}新政来了，{r.choice(('一图读懂', '这些变化要知道', '哪些人受益', '怎么申请'))}"
    if k == 7:
        return f"{p}{r.choice(('省人大常委会', '省政协'))}召开会议，听取和审议了关于{r.choice(POLICIES)}情况的报告。"
    if k == 8:
        return f"第三方评估结果显示，{c}{r.choice(POLICIES)}工作群众满意度达到{_n(r, 85, 99)}%。"
    if k == 9:
        return f"{c}市纪委监委通报{_n(r, 2, 9)}起违反中央八项规定精神典型问题，{r.choice(('释放越往后越严的强烈信号', '督促党员干部引以为戒'))}。"
    if k == 10:
        return f"针对群众反映的{r.choice(('停车难', '看病难', '入园难', '办事慢', '加装电梯难'))}问题，{c}{r.choice(('出台专项方案', '开展集中整治', '建立问题清单逐项销号'))}。"
    return f"{c}{r.choice(('12345热线', '政务服务中心', '人大代表联络站'))}{_date(r)}共受理群众诉求{_n(r, 100, 9000)}件，办结率{_n(r, 90, 99)}%。"


def economy(r: random.Random) -> str:
    c, p = r.choice(CITIES), r.choice(PROVINCES)
    k = r.randrange(13)
    if k == 0:
        return f"{r.choice(('国家统计局', p + '省统计局'))}数据显示，{_date(r)}社会消费品零售总额{_chg(r)}{_pct(r, 12)}。"
    if k == 1:
        return f"{_date(r)}，{r.choice(FIN_ITEMS)}{r.choice(('收涨', '收跌', '小幅上涨', '小幅回落', '震荡走高'))}{_pct(r, 3)}。"
    if k == 2:
        return f"{c}{r.choice(INDUSTRIES)}产业规模突破{_n(r, 100, 3000)}亿元，集聚企业{_n(r, 50, 900)}家。"
    if k == 3:
        return f"一家{r.choice(COMPANY_KIND)}发布财报，{r.choice(('前三季度', '上半年', '全年', '一季度'))}营业收入{_n(r, 5, 900, True)}亿元，净利润{_chg(r)}{_pct(r, 60)}。"
    if k == 4:
        return f"{c}{r.choice(('发放', '新一轮发放', '分批发放'))}{_n(r, 1, 20)}亿元消费券，涵盖餐饮、零售、文旅和{r.choice(('家电', '汽车', '体育', '娱乐'))}等领域。"
    if k == 5:
        return f"{r.choice(('海关总署', p + '海关'))}统计，{_date(r)}货物贸易进出口总值{_n(r, 100, 9000, True)}亿元，{_chg(r)}{_pct(r, 20)}。"
    if k == 6:
        return f"中国人民银行{_date(r)}开展{_n(r, 100, 5000)}亿元逆回购操作，{r.choice(('保持流动性合理充裕', '维护月末流动性平稳'))}。"
    if k == 7:
        return f"{r.choice(EXPERTS)}{r.choice(SAY)}，{r.choice(INDUSTRIES)}行业{r.choice(('正处于快速成长期', '竞争日趋激烈', '需求持续回暖', '面临转型升级'))}，企业要在技术和服务上下功夫。"
    if k == 8:
        return f"{c}举办{r.choice(('招商引资推介会', '民营企业座谈会', '进出口商品交易会', '消费品博览会'))}，现场签约项目{_n(r, 10, 120)}个，总投资{_n(r, 50, 2000)}亿元。"
    if k == 9:
        return f"{r.choice(('双十一', '618', '年货节', '春节假期', '国庆黄金周'))}期间，{c}重点商圈客流量{_chg(r)}{_pct(r, 50)}，线上销售额创下新高。"
    if k == 10:
        return f"全国{r.choice(('居民消费价格', '工业生产者出厂价格', '城镇调查失业率', '制造业采购经理指数'))}{_date(r)}数据公布，{r.choice(('总体平稳', '略有回升', '小幅回落', '继续保持在扩张区间'))}。"
    if k == 11:
        return f"{r.choice(('某商业银行', '多家银行', '一家保险公司'))}推出{r.choice(('线上信用贷款', '普惠金融产品', '养老理财产品', '手机银行适老版'))}，用户在app上注册后即可申请。"
    return f"{c}新登记经营主体{_n(r, 1000, 90000)}户，其中{r.choice(('个体工商户', '民营企业', '外资企业'))}占比{_n(r, 10, 80)}%。"


def technology(r: random.Random) -> str:
    c = r.choice(CITIES)
    k = r.randrange(12)
    tp = r.choice(TECH_PRODUCTS)
    if k == 0:
        return f"一家{r.choice(('国产', '互联网', '通信', '科技'))}企业{_date(r)}发布新一代{tp}，{r.choice(('性能大幅提升', '续航明显增加', '价格更加亲民', '支持更多应用场景'))}。"
    if k == 1:
        return f"{r.choice(APPS)}推出{r.choice(('青少年模式', '长辈模式', '无障碍模式', '防沉迷系统', '隐私保护新功能'))}，用户下载最新版本即可体验。"
    if k == 2:
        return f"国家网信办{_date(r)}通报，{_n(r, 10, 90)}款app存在违规收集个人信息问题，已责令限期整改。"
    if k == 3:
        return f"{c}已建成{r.choice(('5G基站', '数据中心', '算力中心', '充电桩'))}{_n(r, 1, 90)}{r.choice(('万个', '千个', '座'))}，{r.choice(('实现城乡全覆盖', '居全国前列', '为产业发展提供支撑'))}。"
    if k == 4:
        return f"{r.choice(('研究团队', '科研人员', '高校实验室'))}在{r.choice(('量子计算', '新型电池', '基因编辑', '脑机接口', '深海探测', '航天材料'))}领域取得突破，相关论文发表在国际期刊上。"
    if k == 5:
        return f"{r.choice(('国产网络游戏', '网络游戏行业', '电子竞技产业'))}{_date(r)}{r.choice(('海外收入', '用户规模', '市场规模'))}{_chg(r)}{_pct(r, 30)}，{r.choice(('未成年人防沉迷工作持续推进', '精品化趋势明显', '出海步伐加快'))}。"
    if k == 6:
        return f"国家新闻出版署公布{_date(r)}网络游戏审批信息，共{_n(r, 80, 160)}款国产游戏获批。"
    if k == 7:
        return f"网友{r.choice(('在社交平台上', '在评论区', '在短视频平台上'))}分享了使用{tp}的体验，{r.choice(('引发热议', '获得大量点赞', '不少人表示想试一试'))}。"
    if k == 8:
        return f"{r.choice(('中国移动', '中国电信', '中国联通'))}提醒用户，官方客服不会索要验证码，{r.choice(('请通过官方app办理业务', '请勿点击短信中的陌生链接', '可拨打官方客服热线核实'))}。"
    if k == 9:
        return f"{c}{r.choice(('首条', '又一条'))}{r.choice(('自动驾驶出租车', '无人配送车', '低空物流无人机'))}线路{r.choice(('开通试运行', '投入运营', '完成测试'))}，市民可通过app预约体验。"
    if k == 10:
        return f"{r.choice(('人工智能', '大模型', '智能客服'))}技术已在{r.choice(('医疗', '教育', '政务', '金融', '制造', '交通'))}等领域落地应用，{r.choice(EXPERTS)}{r.choice(SAY)}，要{r.choice(('守住安全底线', '加强数据保护', '防范技术滥用'))}。"
    return f"{_date(r)}，{c}举办{r.choice(('数字经济大会', '人工智能大会', '网络安全宣传周', '软件博览会', '电竞嘉年华'))}，{_n(r, 100, 800)}家企业参展。"


def _score(r: random.Random) -> tuple[int, int, str]:
    a, b = r.randint(0, 4), r.randint(0, 4)
    return a, b, ("战平" if a == b else ("战胜" if a > b else "负于"))


def sports(r: random.Random) -> str:
    k = r.randrange(18)
    lg, teams = r.choice(LEAGUES)
    x, y = r.sample(teams, 2)
    a, b, res = _score(r)
    pl = name(r) if r.random() < 0.5 else r.choice(("队长", "头号射手", "新援", "年轻前锋", "替补前锋", "老将"))
    if k == 0:
        return f"{lg}第{_n(r, 1, 38)}轮，{x}主场{a}比{b}{res}{y}。"
    if k == 1:
        return f"{lg}{r.choice(('焦点战', '榜首大战', '同城德比', '保级大战'))}中，{x}{r.choice(('凭借补时阶段的进球', '依靠点球', '上半场连入两球'))}{a + 1}比{b}击败{y}。"
    if k == 2:
        return f"据{r.choice(('英国媒体', '德国媒体', '西班牙媒体', '意大利媒体'))}报道，{x}正考虑签下一名{r.choice(POSITIONS)}，转会费约为{_n(r, 10, 120)}00万欧元。"
    if k == 3:
        return f"{x}官方宣布，{r.choice(POSITIONS)}已正式加盟球队，双方签约至{_n(r, 2026, 2031)}年。"
    if k == 4:
        return f"本赛季{lg}积分榜上，{x}以{_n(r, 20, 90)}分领跑，{y}落后{_n(r, 1, 9)}分紧随其后。"
    if k == 5:
        t1, t2 = r.sample(NBA, 2)
        return f"NBA常规赛，{t1}{r.choice(('主场', '客场'))}以{_n(r, 95, 135)}比{_n(r, 90, 130)}{r.choice(('战胜', '击败', '不敌', '惜败于'))}{t2}，{pl}拿下{_n(r, 18, 48)}分。"
    if k == 6:
        t1, t2 = r.sample(NBA, 2)
        return f"NBA季后赛{r.choice(('首轮', '次轮', '分区决赛', '总决赛'))}第{_n(r, 1, 7)}场，{t1}{r.choice(('大比分', '总比分'))}{_n(r, 1, 4)}比{_n(r, 0, 3)}领先{t2}。"
    if k == 7:
        t1, t2 = r.sample(CBA, 2)
        return f"CBA联赛第{_n(r, 1, 46)}轮，{t1}{r.choice(('主场', '客场'))}{_n(r, 80, 120)}比{_n(r, 75, 115)}{r.choice(('战胜', '击败', '不敌'))}{t2}，{r.choice(('取得三连胜', '终结连败', '继续排名积分榜前列', '锁定季后赛席位'))}。"
    if k == 8:
        t1, t2 = r.sample(CSL, 2)
        return f"中超联赛第{_n(r, 1, 30)}轮，{t1}主场{a}比{b}{res}{t2}，现场观众超过{_n(r, 1, 6)}万人。"
    if k == 9:
        return f"{r.choice(SPORTS_EVENTS)}{_date(r)}落幕，中国队获得{_n(r, 1, 12)}金{_n(r, 0, 9)}银{_n(r, 0, 9)}铜。"
    if k == 10:
        return f"{r.choice(('欧冠', '欧联杯', '足总杯', '德国杯', '国王杯'))}{r.choice(('小组赛', '淘汰赛', '四分之一决赛', '半决赛', '决赛'))}，{x}{a}比{b}{res}{y}，{r.choice(('晋级下一轮', '遗憾出局', '保留出线希望'))}。"
    if k == 11:
        return f"赛后，{x}主教练{r.choice(SAY)}，球队{r.choice(('防守端还有提升空间', '年轻球员表现出色', '下一场要全力争胜', '体能分配存在问题'))}。"
    if k == 12:
        return f"{r.choice(('英超', '德甲', 'NBA', 'CBA', '中超', '欧冠'))}{r.choice(('新赛季赛程公布', '转会窗口关闭', '全明星投票开启', '常规赛落幕', '揭幕战将于本周末打响'))}，{r.choice(('球迷可在官方app观看直播', '多场焦点战值得期待', '各队阵容变化较大'))}。"
    if k == 13:
        return f"数据统计显示，{pl}本赛季在{lg}{r.choice(('出场', '首发'))}{_n(r, 5, 34)}次，打入{_n(r, 1, 25)}球并送出{_n(r, 0, 12)}次助攻。"
    if k == 14:
        return f"{r.choice(('体育评论员', '前国脚', '足球专家'))}赛前分析认为，{x}{r.choice(('近期状态更好', '主场优势明显', '伤病较多', '防线稳固'))}，这场比赛{r.choice(('悬念不大', '胜负难料', '很可能打成平局'))}。"
    if k == 15:
        return f"{r.choice(CITIES)}{r.choice(('城市马拉松', '半程马拉松', '环湖骑行赛', '全民健身运动会'))}开赛，{_n(r, 3, 40)}000名跑者参赛，{r.choice(('赛事直播吸引大量网友观看', '沿途市民热情加油', '赛道设置了多个医疗点'))}。"
    if k == 16:
        return f"{r.choice(('体育频道', '体育客户端', '电视台'))}将直播{lg}{x}对{y}的比赛，{r.choice(('开球时间为北京时间凌晨3点', '比赛于今晚8点开始', '届时将有专家解说'))}。"
    return f"{r.choice(('中国女排', '中国女足', '中国男篮', '国乒', '中国羽毛球队', '中国跳水队'))}{_date(r)}{r.choice(('集结备战', '公布参赛名单', '夺得冠军', '进行封闭集训', '出征世界大赛'))}。"


def education(r: random.Random) -> str:
    c, p = r.choice(CITIES), r.choice(PROVINCES)
    k = r.randrange(11)
    if k == 0:
        return f"{p}{_n(r, 2024, 2026)}年高考报名人数达{_n(r, 20, 100)}万，考生可登录省教育考试院官方网站查询{r.choice(('成绩', '录取结果', '考场信息'))}。"
    if k == 1:
        return f"{c}今年新建改扩建{r.choice(SCHOOLS)}{_n(r, 3, 40)}所，新增学位{_n(r, 1000, 30000)}个。"
    if k == 2:
        return f"教育部提醒考生和家长，{r.choice(('不要轻信所谓“内部指标”', '警惕高考志愿填报收费陷阱', '成绩以官方渠道公布为准', '不要下载来路不明的查分app'))}。"
    if k == 3:
        return f"{c}中小学全面推行课后服务，学生可自愿参加{r.choice(SUBJECTS)}辅导和{r.choice(('棋类', '球类', '书法', '编程', '合唱', '围棋'))}兴趣活动。"
    if k == 4:
        return f"在{r.choice(('全国中学生', '大学生', '青少年'))}{r.choice(('数学竞赛', '机器人大赛', '创新创业大赛', '围棋比赛', '象棋比赛', '辩论赛'))}中，{c}{r.choice(SCHOOLS)}学生获得{r.choice(('一等奖', '金牌', '团体冠军'))}。"
    if k == 5:
        return f"{r.choice(('老师', '班主任', '校长'))}{name(r)}{r.choice(SAY)}，{r.choice(('要让学生在体验中学习', '减负不能减质量', '家校合作很重要', '阅读习惯要从小培养'))}。"
    if k == 6:
        return f"{p}{r.choice(('研究生招生考试', '公务员考试', '教师资格考试', '英语四六级考试'))}{_date(r)}开始网上报名，考生须在官方网站注册并填写信息。"
    if k == 7:
        return f"{c}{r.choice(('开放大学', '老年大学', '社区学校'))}开设{r.choice(('智能手机使用', '书法', '太极拳', '摄影', '理财防骗'))}课程，{r.choice(('免费', '低价'))}向市民开放。"
    if k == 8:
        return f"{r.choice(('高校毕业生', '应届毕业生'))}规模预计达{_n(r, 1100, 1300)}万人，{c}推出{_n(r, 1, 9)}万个{r.choice(('就业岗位', '见习岗位', '基层岗位'))}。"
    if k == 9:
        return f"专家为家长答疑解惑：孩子{r.choice(('沉迷手机游戏', '厌学', '近视加深', '睡眠不足'))}怎么办？{r.choice(('关键在于陪伴和沟通', '要帮助孩子建立规律作息', '家长要以身作则'))}。"
    return f"{r.choice(('国家智慧教育平台', '教育部门', '学校'))}{r.choice(('上线', '推出', '免费开放'))}{r.choice(SUBJECTS)}精品课程，学生{r.choice(('在家', '通过手机', '登录平台'))}即可学习。"


def health(r: random.Random) -> str:
    c = r.choice(CITIES)
    d = r.choice(DISEASES)
    k = r.randrange(11)
    if k == 0:
        return f"进入{r.choice(('冬季', '春季', '秋冬季', '流感高发季'))}，{c}多家医院{r.choice(HOSPITAL_DEPTS)}就诊人数明显增加，其中以{d}为主。"
    if k == 1:
        return f"{r.choice(HOSPITAL_DEPTS)}{r.choice(('主任', '主治医师', '专家'))}{name(r)}提醒，{d}患者要{r.choice(('规律服药', '定期复查', '注意饮食', '适量运动'))}，不要轻信网上的“偏方”。"
    if k == 2:
        return f"{c}{_n(r, 60, 65)}岁以上老年人可{r.choice(('免费接种流感疫苗', '免费体检', '免费领取药品', '享受家庭医生签约服务'))}，{r.choice(('凭身份证到社区卫生服务中心办理', '可在线预约'))}。"
    if k == 3:
        return f"国家医保局{_date(r)}{r.choice(('公布', '发布'))}新版医保药品目录，新增{_n(r, 50, 130)}种药品，{r.choice(('包括多种抗癌药和罕见病用药', '平均降价超过六成'))}。"
    if k == 4:
        return f"{c}{r.choice(('第一人民医院', '中心医院', '妇幼保健院', '中医院'))}开通互联网医院，患者在手机上注册后可{r.choice(('在线复诊', '预约挂号', '查看检查报告', '咨询医生'))}。"
    if k == 5:
        return f"研究显示，{r.choice(('每天步行', '坚持锻炼', '保证睡眠', '减少久坐'))}{r.choice(('有助于', '可以'))}降低{d}的发病风险。"
    if k == 6:
        return f"{c}卫健委{r.choice(('发布健康提示', '提醒市民'))}：{r.choice(('高温天气注意防暑降温', '外出注意佩戴口罩', '勤洗手、常通风', '不要食用野生蘑菇'))}。"
    if k == 7:
        return f"{c}{r.choice(('急救中心', '红十字会'))}开展{r.choice(('心肺复苏', '急救知识', 'AED使用'))}免费培训，{_n(r, 100, 3000)}名市民参加。"
    if k == 8:
        return f"{r.choice(('心理健康热线', '24小时心理援助热线'))}开通以来接听来电{_n(r, 1000, 90000)}个，{r.choice(('来电者以青少年为主', '帮助许多人走出困境'))}。"
    if k == 9:
        return f"{r.choice(('医保电子凭证', '电子健康卡', '异地就医直接结算'))}{r.choice(('覆盖', '惠及'))}{_n(r, 100, 9000)}万人次，看病就医更便捷。"
    return f"{r.choice(EXPERTS)}{r.choice(SAY)}，网上所谓“{r.choice(('包治百病', '根治' + d, '三天见效', '免费送药'))}”的广告不可信，身体不适应及时到正规医院就诊。"


def culture(r: random.Random) -> str:
    c = r.choice(CITIES)
    k = r.randrange(13)
    if k == 0:
        return f"{r.choice(GENRES)}{r.choice(SHOWS)}《{r.choice(('山河', '远方', '星火', '归途', '长街', '春潮', '青山', '灯火', '人间', '追光'))}{r.choice(('岁月', '故事', '少年', '之歌', '万里', '如歌', '漫记', '深处'))}》{_date(r)}{r.choice(('开播', '上映', '首演', '定档', '杀青'))}。"
    if k == 1:
        return f"{_date(r)}电影票房突破{_n(r, 1, 90)}亿元，{r.choice(GENRES)}片{r.choice(('领跑', '表现亮眼', '口碑票房双丰收'))}。"
    if k == 2:
        return f"{c}{r.choice(CULTURE_PLACES)}推出{r.choice(('夜间开放', '免费开放日', '主题展览', '沉浸式体验', '研学活动'))}，市民可在官方微信公众号预约。"
    if k == 3:
        return f"{r.choice(('生肖', '春节', '二十四节气', '非遗', '民俗'))}文化展在{c}开幕，展出{r.choice(('剪纸', '年画', '刺绣', '泥塑', '灯彩', '生肖邮票'))}等作品{_n(r, 100, 900)}件。"
    if k == 4:
        z = r.choice(ZODIAC_YEAR)
        return f"{r.choice(('中国邮政', '邮政部门'))}发行{r.choice(('乙巳', '丙午', '丁未', '甲辰', '癸卯'))}年{z}年生肖邮票，{r.choice(('集邮爱好者排队购买', '首发仪式在多地举行'))}。"
    if k == 5:
        return f"{r.choice(('歌手', '乐队', '演员', '相声演员'))}{name(r)}的{r.choice(('演唱会', '巡演', '专场'))}{c}站门票{r.choice(('开票即售罄', '即将开售', '已全部售出'))}，主办方提醒{r.choice(('谨防黄牛', '只通过官方平台购票', '实名购票、实名入场'))}。"
    if k == 6:
        return f"{r.choice(('综艺节目', '网络节目', '文化节目'))}收官，{r.choice(('收视率', '播放量', '网络热度'))}位居同时段第一，观众在社交平台上热烈讨论。"
    if k == 7:
        return f"{c}举行{r.choice(('读书节', '音乐节', '戏剧节', '动漫展', '电竞赛事', '棋类比赛', '灯会', '庙会'))}，{_n(r, 2, 50)}万人次参与，{r.choice(('线上直播观看量超过千万', '带动周边消费', '不少年轻人专程前来'))}。"
    if k == 8:
        return f"{r.choice(('围棋', '象棋', '国际象棋', '桥牌'))}{r.choice(('甲级联赛', '大师赛', '公开赛', '锦标赛'))}{_date(r)}结束，{name(r)}{r.choice(('夺得冠军', '卫冕成功', '获得亚军'))}。"
    if k == 9:
        return f"{c}社区活动中心开设{r.choice(('棋牌室', '书画室', '舞蹈室', '阅览室'))}，{r.choice(('老人们在这里下棋聊天', '免费向居民开放', '成为居民休闲的好去处'))}。"
    if k == 10:
        return f"{r.choice(('考古人员', '文物部门'))}在{r.choice(PROVINCES)}{r.choice(('发现', '发掘出'))}{r.choice(('汉代墓葬', '新石器时代遗址', '宋代窑址', '唐代城址'))}，出土文物{_n(r, 50, 2000)}件。"
    if k == 11:
        return f"娱乐圈{r.choice(('年度盘点', '新闻'))}：{r.choice(('多部热播剧收视创新高', '新人演员表现亮眼', '老牌综艺迎来新一季', '国产动画电影口碑走高'))}。"
    return f"{r.choice(('网络文学', '网络视听', '数字阅读', '游戏动漫'))}行业{_date(r)}{r.choice(('用户规模', '市场规模'))}{_chg(r)}{_pct(r, 30)}，{r.choice(('精品内容不断涌现', '出海成为新增长点', '监管持续加强'))}。"


def travel(r: random.Random) -> str:
    c, c2 = r.sample(CITIES, 2)
    k = r.randrange(12)
    if k == 0:
        return f"{r.choice(('春节', '国庆', '五一', '中秋', '暑期'))}假期，{c}接待游客{_n(r, 50, 2000)}万人次，旅游收入{_n(r, 5, 300, True)}亿元。"
    if k == 1:
        return f"{c}至{c2}{r.choice(TRANSPORT[:2])}{_date(r)}{r.choice(('开通运营', '正式通车', '开始试运行'))}，两地{r.choice(('最快一小时可达', '通行时间大幅缩短'))}。"
    if k == 2:
        return f"{c}{r.choice(SCENIC)}{r.choice(('对全国游客免门票', '推出免费接驳车', '实行分时预约', '延长开放时间'))}，游客可在官方小程序预约。"
    if k == 3:
        return f"铁路部门提示，{r.choice(('春运', '暑运', '国庆假期'))}车票可通过铁路12306官方网站和app购买，{r.choice(('不要在非官方渠道抢票', '谨防“加速抢票”诈骗'))}。"
    if k == 4:
        return f"{c}机场{r.choice(('新开', '恢复', '加密'))}至{r.choice(COUNTRIES)}的国际航线，每周{_n(r, 2, 14)}班。"
    if k == 5:
        return f"{r.choice(PEOPLE)}{name(r)}{r.choice(SAY)}，{r.choice(('这次自驾游体验很好', '景区服务比以前周到了', '高铁出行又快又舒服', '民宿干净价格也实惠'))}。"
    if k == 6:
        return f"受{r.choice(WEATHER_EVENTS)}影响，{c}{r.choice(('部分航班取消', '多趟列车停运', '高速公路部分路段封闭', '轮渡暂停'))}，{r.choice(('请旅客关注官方通知', '退票免收手续费'))}。"
    if k == 7:
        return f"{c}推出{_n(r, 5, 30)}条{r.choice(('红色旅游', '乡村旅游', '研学旅游', '美食旅游', '夜游'))}精品线路，{r.choice(('吸引大量年轻游客', '带动乡村民宿发展'))}。"
    if k == 8:
        return f"入境游持续升温，{_date(r)}{c}接待入境游客{_chg(r)}{_pct(r, 90)}，{r.choice(('外国游客对移动支付体验点赞', '免签政策效应明显'))}。"
    if k == 9:
        return f"{c}地铁{_n(r, 1, 20)}号线{r.choice(('首班车提前', '末班车延长至24时', '新增站点开通'))}，方便{r.choice(PEOPLE)}出行。"
    if k == 10:
        return f"文旅部门提醒游客，{r.choice(('警惕“零元游”“免费游”陷阱', '选择正规旅行社', '不要参加低价购物团', '理性消费，保留票据'))}。"
    return f"{c}{r.choice(SCENIC)}{_date(r)}迎来客流高峰，{r.choice(('景区启动限流措施', '停车场一位难求', '工作人员全力疏导'))}。"


def environment(r: random.Random) -> str:
    c, p = r.choice(CITIES), r.choice(PROVINCES)
    k = r.randrange(11)
    if k == 0:
        return f"{c}{_date(r)}{r.choice(ECO)}达到{_n(r, 40, 98, True)}%，{r.choice(('创有监测记录以来最好水平', '同比提高', '完成年度目标'))}。"
    if k == 1:
        return f"中央气象台{_date(r)}发布{r.choice(WEATHER_EVENTS)}{r.choice(('蓝色', '黄色', '橙色', '红色'))}预警，{p}等地{r.choice(('将有明显降温', '有大到暴雨', '最高气温可达40℃', '将出现大风天气'))}。"
    if k == 2:
        return f"今晚到明天，{c}{r.choice(('多云转晴', '有小雨', '阴有阵雨', '晴', '有中到大雪'))}，最低气温{_n(r, -15, 25)}℃，{r.choice(('请注意添衣保暖', '出行注意安全', '适宜户外活动'))}。"
    if k == 3:
        return f"{r.choice(ANIMALS)}{r.choice(('现身', '首次在', '再次出现在'))}{p}{r.choice(('自然保护区', '湿地', '江段', '山林'))}，{r.choice(('说明当地生态持续向好', '引来众多摄影爱好者'))}。"
    if k == 4:
        return f"{r.choice(('长江', '黄河', '珠江', '淮河'))}{r.choice(('十年禁渔', '禁渔期'))}{r.choice(('成效显现', '开始实施', '进入关键阶段'))}，{r.choice(('退捕渔民转产就业', '严厉打击非法捕鱼', '鱼类资源明显恢复'))}。"
    if k == 5:
        return f"{r.choice(('南海', '东海', '黄海渤海'))}{r.choice(('伏季休渔结束', '休渔期开始'))}，{c}渔民{r.choice(('陆续出海捕鱼', '在港口检修渔船', '迎来开渔节'))}。"
    if k == 6:
        return f"{c}{r.choice(('生活垃圾分类', '新能源公交', '屋顶光伏', '海绵城市建设'))}{r.choice(('覆盖率达', '比例达到', '完成率达'))}{_n(r, 50, 100)}%。"
    if k == 7:
        return f"{r.choice(('植树节', '世界环境日', '地球日'))}当天，{c}{_n(r, 1000, 90000)}名志愿者参加{r.choice(('义务植树', '净滩行动', '河道清洁', '环保宣传'))}活动。"
    if k == 8:
        return f"生态环境部门通报，{c}{_n(r, 1, 20)}家企业因{r.choice(('超标排放', '偷排污水', '环评造假'))}被依法查处。"
    if k == 9:
        return f"{r.choice(('今年首场', '一场'))}{r.choice(WEATHER_EVENTS)}过后，{c}{r.choice(('空气质量明显好转', '气温回升', '部分农田受灾', '交通逐步恢复'))}。"
    return f"天文专家介绍，{_date(r)}将迎来{r.choice(('流星雨', '月全食', '超级月亮', '行星合月'))}，{r.choice(('公众在光污染少的地方即可观赏', '届时可通过直播观看'))}。"


def society(r: random.Random) -> str:
    c = r.choice(CITIES)
    k = r.randrange(16)
    fr = r.choice(FRAUD)
    if k == 0:
        return f"{c}警方破获一起{fr}类诈骗案，抓获犯罪嫌疑人{_n(r, 3, 80)}名，{r.choice(('为群众挽回损失', '冻结涉案资金'))}{_n(r, 10, 900)}万元。"
    if k == 1:
        return f"{r.choice(PEOPLE)}{r.choice(SURNAMES_SHORT)}女士在社交平台上结识一名“{r.choice(('投资导师', '理财顾问', '客服人员', '网友'))}”，被诱导下载app{r.choice(('充值投资', '刷单', '投注'))}，先后被骗{_n(r, 2, 90)}万元。"
    if k == 2:
        return f"民警介绍，所谓“导师带单”“稳赚不赔”都是骗局，骗子先让受害人{r.choice(('小额获利', '尝到甜头', '体验提现'))}，再诱导其加大投入。"
    if k == 3:
        return f"{c}公安机关开展打击{r.choice(CRIMES)}专项行动，{r.choice(('捣毁窝点', '打掉团伙'))}{_n(r, 2, 60)}个，{r.choice(('涉案金额', '涉案资金流水'))}超过{_n(r, 1, 90)}亿元。"
    if k == 4:
        return f"{c}{r.choice(('中级人民法院', '人民法院', '人民检察院'))}{r.choice(('审结', '公开宣判', '提起公诉'))}一起{r.choice(CRIMES)}案，{_n(r, 2, 30)}名被告人{r.choice(('被判处有期徒刑', '分别获刑'))}。"
    if k == 5:
        return f"反诈民警提醒：{r.choice(('凡是要求先交钱再返利的都是诈骗', '网上“免费领取”“高额返利”要警惕', '不要向陌生人透露验证码', '网络赌博平台“充值送彩金”是陷阱', '所谓“内幕消息”“包赚不赔”不可信'))}。"
    if k == 6:
        return f"{c}{r.choice(('社区', '学校', '银行网点', '商场'))}开展反诈宣传，{r.choice(('引导群众下载国家反诈中心app', '发放宣传资料', '民警现场讲解典型案例'))}。"
    if k == 7:
        return f"{c}警方{_date(r)}{r.choice(('查处', '捣毁'))}一个{r.choice(('赌博窝点', '非法棋牌室', '网络赌博代理团伙', '地下赌场', '赌博游戏机窝点'))}，{r.choice(('收缴赌资', '查扣老虎机'))}{_n(r, 2, 90)}{r.choice(('万元', '台'))}。"
    if k == 8:
        return f"网络赌博{r.choice(('危害大', '害人不浅', '输多赢少'))}，{r.choice(('不少人从小额投注开始越陷越深', '所谓“高赔率”“百分百中奖”都是诱饵', '境外赌博平台随时卷款跑路'))}。"
    if k == 9:
        return f"{c}{r.choice(('市场监管局', '消费者协会'))}提醒，{r.choice(('预付卡消费要谨慎', '直播购物要保留凭证', '“免费体验”后往往暗藏收费', '警惕“免费领”背后的个人信息收集'))}。"
    if k == 10:
        return f"{r.choice(PEOPLE)}{name(r)}见义勇为，{r.choice(('跳入河中救起落水儿童', '协助民警抓获小偷', '扑灭电动车火情'))}，{r.choice(('被授予见义勇为称号', '获得社会各界点赞'))}。"
    if k == 11:
        return f"{c}{r.choice(('法律援助中心', '司法局'))}{r.choice(('免费为农民工讨薪', '开通法律咨询热线', '进社区开展普法宣传'))}，{_date(r)}共{r.choice(('办理案件', '解答咨询'))}{_n(r, 100, 9000)}件。"
    if k == 12:
        return f"{r.choice(('公安部', '最高人民检察院', '最高人民法院'))}发布{r.choice(CRIMES)}典型案例，{r.choice(('提醒群众提高防范意识', '明确法律适用标准'))}。"
    if k == 13:
        return f"{c}{r.choice(('养老院', '社区食堂', '志愿服务站'))}为{r.choice(('高龄老人', '困难群众', '独居老人'))}提供{r.choice(('免费午餐', '上门服务', '免费理发', '助餐服务'))}。"
    if k == 14:
        return f"{c}{r.choice(('交警', '消防'))}部门{_date(r)}通报{r.choice(('电动自行车', '燃气', '高层建筑', '校车'))}安全{r.choice(('专项检查', '隐患排查'))}结果，{r.choice(('整改隐患', '查处违法行为'))}{_n(r, 50, 5000)}处。"
    if k == 15:
        return f"{r.choice(('跨境赌博', '网络赌博'))}犯罪{r.choice(('严重危害人民群众财产安全', '往往与电信诈骗、洗钱相互交织'))}，{r.choice(('公安机关将持续保持严打高压态势', '群众可拨打110举报'))}。"
    return f"{c}破获一起利用{r.choice(('体育赛事', '网络游戏', '直播平台', '社交软件'))}组织赌博案，{r.choice(('涉案赌资', '资金流水'))}{_n(r, 1, 50)}亿元。"


SURNAMES_SHORT = "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗".split()


def lottery_news(r: random.Random) -> str:
    c, p = r.choice(CITIES), r.choice(PROVINCES)
    g = r.choice(LOTTERY_GAMES)
    y = r.randint(2019, 2026)
    k = r.randrange(14)
    if k == 0:
        return f"{g}第{y}{_n(r, 1, 150).zfill(3)}期开奖，{p}彩民{r.choice(('命中', '中得', '揽获'))}一等奖{_n(r, 1, 5)}注，单注奖金{_n(r, 500, 1000)}万元。"
    if k == 1:
        return f"{c}一位彩民{r.choice(('机选', '守号多年', '采用复式投注'))}命中{g}{r.choice(('一等奖', '二等奖', '头奖'))}，{r.choice(('昨日现身省福彩中心兑奖', '表示中奖纯属幸运', '将拿出部分奖金做公益'))}。"
    if k == 2:
        return f"{r.choice(('福彩', '体彩'))}{r.choice(('最新', '本期'))}开奖公告：{g}{r.choice(('奖池累积至', '奖池金额为'))}{_n(r, 2, 30, True)}亿元，{r.choice(('下期一等奖最高可达1000万元', '开奖结果以官方公布为准'))}。"
    if k == 3:
        return f"{p}{y}年{r.choice(('福利彩票', '体育彩票'))}销量{_n(r, 30, 400, True)}亿元，筹集公益金{_n(r, 5, 100, True)}亿元，{_chg(r)}{_pct(r, 25)}。"
    if k == 4:
        return f"彩票公益金{r.choice(('资助', '支持'))}{c}{r.choice(('建设社区健身路径', '修建养老服务中心', '开展助学项目', '实施残疾人康复工程'))}，{_n(r, 1, 90)}万人受益。"
    if k == 5:
        return f"{r.choice(('福彩中心', '体彩中心'))}提醒，{r.choice(('彩票不得向未成年人销售', '购彩请到实体投注站', '任何网站和app均未获授权销售彩票', '理性购彩、量力而行', '警惕“预测中奖号码”骗局'))}。"
    if k == 6:
        return f"世界杯期间，{r.choice(('竞彩', '体育竞猜型彩票', '足球彩票'))}销量{_chg(r)}{_pct(r, 80)}，{r.choice(('体彩中心倡导理性购彩', '销售渠道为实体店'))}。"
    if k == 7:
        return f"本期{g}开奖号码{r.choice(('公布', '出炉'))}，{r.choice(('一等奖空开', '二等奖中出' + _n(r, 10, 300) + '注', '头奖花落' + r.choice(CITIES)))}，{r.choice(('历史开奖记录可在官方网站查询', '奖池继续滚存', '开奖全程公证'))}。"
    if k == 8:
        return f"香港六合彩本期搅珠{r.choice(('头奖无人中', '头奖一注独中', '头奖由两注平分'))}，下期头奖基金{r.choice(('估计为', '约为'))}{_n(r, 8, 120)}00万港元。"
    if k == 9:
        return f"{r.choice(('幸运彩民', '中奖者', '得主'))}{r.choice(('戴着卡通面具', '在家人陪同下', '悄悄'))}领走{g}大奖，{r.choice(('他说购彩只是一种娱乐', '表示会理性对待这笔意外之财'))}。"
    if k == 10:
        return f"{c}{r.choice(('福彩', '体彩'))}{r.choice(('即开票', '刮刮乐'))}{r.choice(('新票上市', '销售火爆'))}，{r.choice(('票面融入生肖元素', '一位市民刮出10万元大奖', '主题为城市风光'))}。"
    if k == 11:
        return f"{y}年全国彩票销售额{_n(r, 4000, 6500, True)}亿元，其中{r.choice(('乐透数字型', '竞猜型', '即开型'))}彩票占比{_n(r, 10, 60)}%。"
    if k == 12:
        return f"{r.choice(('财政部', '民政部', '国家体育总局'))}公布{y}年度彩票公益金使用情况，{r.choice(('重点支持养老和儿童福利', '用于全民健身和青少年体育', '补充社保基金'))}。"
    return f"{c}一家{r.choice(('福彩', '体彩'))}投注站{r.choice(('业主', '销售员'))}{name(r)}{r.choice(SAY)}，{r.choice(('来买彩票的多是老彩民', '大奖中出后店里热闹了几天', '会提醒彩民理性投注'))}。"


def macau(r: random.Random) -> str:
    y = r.randint(2019, 2026)
    k = r.randrange(13)
    if k == 0:
        return f"澳门特区政府统计暨普查局公布，{y}年{_n(r, 1, 12)}月入境旅客{_n(r, 150, 400)}万人次，{_chg(r)}{_pct(r, 60)}。"
    if k == 1:
        return f"澳门{y}年{_n(r, 1, 12)}月博彩毛收入{_n(r, 80, 230, True)}亿澳门元，{r.choice(('符合市场预期', '连续多月回升', '略低于上月'))}。"
    if k == 2:
        return f"澳门特区政府{r.choice(('推动经济适度多元发展', '发展“旅游+”跨界融合', '扶持中小企业', '加快横琴粤澳深度合作区建设'))}，{r.choice(('非博彩收入占比逐步提高', '会展和文旅产业发展加快', '中医药和科技产业稳步成长'))}。"
    if k == 3:
        return f"{r.choice(MACAU_EVENTS)}{_date(r)}{r.choice(('举行', '开幕', '圆满落幕'))}，吸引{_n(r, 2, 30)}万名观众。"
    if k == 4:
        return f"游客在{r.choice(MACAU_SPOTS)}{r.choice(('拍照留念', '参观游览', '品尝葡式蛋挞', '感受中西合璧的建筑风格'))}，{r.choice(('假日期间人流如织', '不少人是第一次来澳门'))}。"
    if k == 5:
        return f"{r.choice(('港珠澳大桥', '横琴口岸', '拱北口岸'))}{_date(r)}通关旅客{_n(r, 5, 50)}万人次，{r.choice(('创历史新高', '通关秩序井然'))}。"
    if k == 6:
        return f"澳门{r.choice(('六家博彩承批公司', '综合度假村企业'))}{r.choice(('加大非博彩项目投资', '推出文化旅游项目', '招聘本地员工'))}，{r.choice(('履行新批给合同承诺', '助力澳门经济多元发展'))}。"
    if k == 7:
        return f"澳门司法警察局{r.choice(('破获', '侦破'))}一起{r.choice(('非法兑换货币', '网络赌博', '非法借贷', '电话诈骗'))}案，拘捕{_n(r, 2, 40)}人。"
    if k == 8:
        return f"澳门{r.choice(('酒店平均入住率', '会展活动场次', '零售业销售额', '餐饮业收益'))}{_date(r)}{_chg(r)}{_pct(r, 40)}，{r.choice(('旅游业复苏明显', '内地旅客贡献突出'))}。"
    if k == 9:
        return f"澳门大学{r.choice(('科研团队', '研究人员'))}在{r.choice(('中医药', '微电子', '智慧城市', '海洋科学'))}领域取得新成果。"
    if k == 10:
        return f"{r.choice(('内地旅客', '国际旅客', '香港旅客'))}{r.choice(SAY)}，澳门{r.choice(('美食很有特色', '街道干净整洁', '世界遗产值得细看', '交通越来越方便'))}。"
    if k == 11:
        return f"澳门特区{r.choice(('立法会', '政府'))}{r.choice(('审议', '修订', '通过'))}《{r.choice(('博彩业法', '打击不法博彩犯罪法', '旅游法', '中小企业援助计划'))}》相关内容，{r.choice(('加强行业监管', '规范市场秩序'))}。"
    return f"{r.choice(('香港', '澳门'))}{r.choice(('旅游发展局', '旅游局'))}{_date(r)}在{r.choice(CITIES)}举办旅游推介会，推出{r.choice(('美食游', '文化游', '亲子游', '会展游'))}产品。"


def everyday(r: random.Random) -> str:
    """Common words the spam side also uses (天天, 哪个, 最新, 精选, 技巧, 策略, 说明, 更新 …) in plain news."""
    c = r.choice(CITIES)
    who = r.choice(PEOPLE)
    k = r.randrange(19)
    if k == 0:
        return f"{who}{name(r)}{r.choice(SAY)}，自己{r.choice(('天天', '每天'))}{r.choice(('晨跑五公里', '到公园打太极', '在网上学做菜', '接送孙子上学', '刷短视频学新闻'))}，{r.choice(('身体越来越好', '生活很充实', '乐在其中'))}。"
    if k == 1:
        return f"“{r.choice(('选哪个专业', '去哪个城市工作', '报哪个兴趣班', '买哪个品牌的车', '选哪个套餐'))}更合适？”{r.choice(('不少家长', '很多年轻人', '消费者', '考生'))}为此犯了难。"
    if k == 2:
        return f"{r.choice(EXPERTS)}分享了{r.choice(('备考', '种植', '养生', '理财', '育儿', '摄影', '求职面试', '垃圾分类'))}{r.choice(('技巧', '小窍门', '经验', '策略'))}，{r.choice(('引来不少网友点赞', '听众纷纷记笔记', '实用性很强'))}。"
    if k == 3:
        return f"{c}{r.choice(('公交集团', '地铁公司', '政务服务中心', '图书馆'))}发布{r.choice(('最新', '最新版', '更新后的'))}{r.choice(('运营时刻表', '办事指南', '开放时间', '服务说明', '线路图'))}，{r.choice(('市民可在官方网站查看', '详细信息见官方公众号'))}。"
    if k == 4:
        return f"{r.choice(('系统', '软件', '地图数据', '数据库', '教材'))}{r.choice(('完成更新', '每周更新一次', '将于本月更新', '更新后运行更稳定'))}，{r.choice(('用户无需重新注册', '旧版本仍可正常使用', '新增多项实用功能'))}。"
    if k == 5:
        return f"{c}{r.choice(('精选', '评选出', '推出'))}{r.choice(('十大美食街区', '二十个最美乡村', '百本好书', '十条徒步线路', '十佳志愿服务项目'))}，{r.choice(('供市民参考', '在网上公布', '供游客选择'))}。"
    if k == 6:
        return f"会议要求，各地要{r.choice(('压实责任', '细化措施', '加强督导'))}，确保{r.choice(POLICIES)}各项政策{r.choice(('落实到位', '落地见效', '不折不扣落实'))}。"
    if k == 7:
        return f"{r.choice(('相关负责人', '新闻发言人'))}就{r.choice(POLICIES)}{r.choice(('作了说明', '进行了解释', '回答了记者提问', '作了详细解读'))}，{r.choice(('回应社会关切', '澄清了网上的不实传言'))}。"
    if k == 8:
        return f"{r.choice(('研究机构', '咨询机构', '第三方机构'))}对{r.choice(INDUSTRIES)}市场{r.choice(('进行了分析', '作出评估', '发布分析报告'))}，{r.choice(('认为前景看好', '建议企业调整经营策略', '提示存在风险'))}。"
    if k == 9:
        return f"{c}{r.choice(('商场', '超市', '电影院', '书店'))}{r.choice(('周末', '节日期间', '今晚'))}{r.choice(('推出优惠活动', '延长营业时间', '举办免费体验活动', '开展会员日活动'))}，{r.choice(('不少市民前来消费', '人气很旺'))}。"
    if k == 10:
        return f"{r.choice(('今晚', '明晚', '今天'))}{r.choice(('8点', '7点半', '20时'))}，{r.choice(('电视台', '体育频道', '央视'))}将直播{r.choice(('春节联欢晚会', '足球比赛', '文艺演出', '颁奖典礼', '国际篮球赛'))}。"
    if k == 11:
        return f"{r.choice(('高铁', '飞机', '自驾', '地铁'))}成为{r.choice(PEOPLE)}出行的首选，{r.choice(('既省时又舒适', '票价也更实惠', '准点率高'))}。"
    if k == 12:
        return f"这家{r.choice(('老字号', '企业', '银行', '商户'))}{r.choice(('诚实守信', '坚持诚信经营'))}，多年来{r.choice(('信誉良好', '在顾客中有很好的口碑', '被评为守信企业'))}。"
    if k == 13:
        return f"{r.choice(('游客', '市民', '孩子们'))}在{c}{r.choice(CULTURE_PLACES)}{r.choice(('体验了', '亲手体验', '参观并体验了'))}{r.choice(('剪纸', '活字印刷', '扎染', 'VR技术', '陶艺制作', '传统游戏'))}，{r.choice(('感到很新奇', '玩得不亦乐乎'))}。"
    if k == 14:
        return f"{r.choice(('网友', '读者', '记者'))}{r.choice(('留言', '提问', '咨询'))}：{r.choice(('社保卡丢了在哪个窗口补办', '新政策从哪天开始执行', '哪个部门负责处理噪音投诉', '公积金怎么在手机上提取'))}？{r.choice(('记者进行了采访', '相关部门作出解答'))}。"
    if k == 16:
        return f"{c}在{r.choice(('全国城市营商环境评价', '宜居城市榜单', '全国文明城市测评', '数字政府评估', '旅游热门目的地榜单', '高校科研实力榜'))}中排名第{_n(r, 1, 30)}，{r.choice(('比去年上升', '与去年持平', '位居中西部前列', '创历史最好成绩'))}。"
    if k == 17:
        return f"{r.choice(('图书馆', '教育部门', '专家', '文旅部门', '体育部门'))}{r.choice(('推荐', '发布推荐', '公布'))}{r.choice(('暑期阅读书目', '适合全家出游的线路', '冬季健身项目', '健康食谱', '优秀科普网站'))}，{r.choice(('供市民参考', '受到家长欢迎', '在网上引发关注'))}。"
    if k == 18:
        return f"{r.choice(('积分榜上', '排行榜上', '最新排名显示'))}，{r.choice(PREMIER + BUNDES + CSL + NBA)}{r.choice(('暂列第', '升至第', '跌至第', '排名第'))}{_n(r, 1, 20)}位。"
    if k == 15:
        return f"{c}{r.choice(('消防部门', '文化执法部门', '公安机关'))}对{r.choice(('歌舞厅', 'KTV', '网吧', '电影院', '剧本杀店'))}等公共娱乐场所开展{r.choice(('消防安全检查', '专项整治', '夜查行动'))}，{r.choice(('责令整改隐患', '查处违规经营行为'))}{_n(r, 5, 300)}处。"
    return f"{c}{r.choice(('农民', '渔民', '果农'))}{r.choice(('天天', '每天'))}{r.choice(('下地忙碌', '出海捕鱼', '采摘果实', '在直播间卖货'))}，{r.choice(('今年收成不错', '收入比去年高了不少', '日子越过越红火'))}。"


WORK_NOUNS = "方案 计划 策略 措施 办法 意见 规划 预案 清单 标准".split()
WORK_VERBS = ("研究制定 认真执行 抓好落实 分析研判 评估论证 细化分解 跟踪督办 总结推广 修订完善 解释说明").split()


def work_report(r: random.Random) -> str:
    """Government and workplace report language (落实, 执行, 到位, 解答, 解释, 说明, 分析, 评估, 记录 …)."""
    c = r.choice(CITIES)
    pol = r.choice(POLICIES)
    k = r.randrange(14)
    if k == 0:
        return f"{c}{r.choice(('各部门', '各区县', '各乡镇', '市直单位'))}要{r.choice(WORK_VERBS)}{pol}{r.choice(WORK_NOUNS)}，{r.choice(('确保责任落实到位', '确保执行不走样', '推动工作落地见效'))}。"
    if k == 1:
        return f"{r.choice(('督查组', '检查组', '调研组'))}{r.choice(('实地查看', '现场检查', '随机抽查'))}了{pol}{r.choice(('执行情况', '落实情况', '推进情况'))}，并{r.choice(('详细记录了发现的问题', '提出整改意见', '听取了基层意见'))}。"
    if k == 2:
        return f"针对{r.choice(PEOPLE)}关心的{r.choice(('报销比例', '申请条件', '办理流程', '补贴标准', '实施时间'))}等问题，{r.choice(('工作人员', '相关负责人', '专家'))}{r.choice(('逐一作了解答', '进行了详细解释', '作出说明', '耐心解答'))}。"
    if k == 3:
        return f"{r.choice(('研究团队', '课题组', '研究人员'))}{r.choice(('对', '通过'))}{_n(r, 100, 9000)}份{r.choice(('样本', '问卷', '病例', '观测数据'))}{r.choice(('进行分析', '开展研究', '作出评估'))}，{r.choice(('发现', '结果表明', '数据显示'))}{r.choice(('两者存在明显关联', '效果好于预期', '问题主要集中在基层'))}。"
    if k == 4:
        return f"{c}{r.choice(('气象台', '水文站', '地震台', '环境监测站'))}{r.choice(('记录到', '监测记录显示'))}{r.choice(('最大降雨量', '最高水位', '最低气温', '最大风力'))}{r.choice(('创有记录以来新高', '为近十年最大', '接近历史极值'))}。"
    if k == 5:
        return f"{r.choice(('设计团队', '设计师', '建筑师'))}{name(r)}{r.choice(SAY)}，{r.choice(('新馆的设计方案', '这座桥的设计', '公园改造设计'))}{r.choice(('充分听取了居民意见', '融入了地方文化元素', '兼顾实用与美观'))}。"
    if k == 6:
        return f"{r.choice(MINISTRIES)}{r.choice(('有关负责人', '新闻发言人'))}{r.choice(('就', '围绕'))}{r.choice(DOC_KINDS)}{r.choice(('答记者问', '作政策解读', '进行说明'))}，{r.choice(('对重点条款逐条解释', '回应了社会关注的问题', '介绍了主要内容'))}。"
    if k == 7:
        return f"{r.choice(('专家组', '评审组', '第三方机构'))}对{r.choice(('项目可行性', '实施效果', '安全风险', '资金使用绩效'))}进行{r.choice(('评估', '论证', '审查'))}，{r.choice(('认为方案总体可行', '提出改进建议', '评估结果向社会公开'))}。"
    if k == 8:
        return f"{r.choice(('教练组', '主教练', '球队'))}{r.choice(('赛前研究了对手的比赛录像', '根据对手特点调整了战术策略', '制定了详细的训练计划'))}，{r.choice(('执行得很到位', '队员们执行得比较好', '取得了预期效果'))}。"
    if k == 9:
        return f"{r.choice(('公司', '企业', '工厂'))}{r.choice(('调整经营策略', '制定转型方案', '实施降本增效计划'))}后，{r.choice(('订单明显增加', '利润同比上升', '产品合格率提高'))}。"
    if k == 10:
        return f"{r.choice(('医生', '药师', '营养师'))}{r.choice(('指导', '建议'))}{r.choice(PEOPLE)}{r.choice(('按说明书服药', '科学制定饮食计划', '循序渐进地锻炼', '做好健康记录'))}。"
    if k == 11:
        return f"{c}{r.choice(('人大代表', '政协委员'))}{r.choice(('建议', '提出'))}，{r.choice(('加强政策宣传解读', '建立跟踪评估机制', '细化实施方案', '把惠民政策落实到位'))}，{r.choice(('让群众看得懂、用得上', '提高政策执行效率'))}。"
    if k == 12:
        return f"{r.choice(('考古队', '科考队', '调查组'))}{r.choice(('详细记录', '拍照记录', '采集并记录'))}了{r.choice(('遗址的地层信息', '沿途的植物种类', '现场的每一处细节'))}，{r.choice(('为后续研究提供资料', '资料将整理出版'))}。"
    return f"{r.choice(('市委', '市政府', '区委'))}{r.choice(('召开专题会议', '印发通知'))}，{r.choice(('研究部署', '安排部署'))}{pol}工作，要求{r.choice(('各项措施执行到位', '抓好贯彻落实', '及时跟踪评估'))}。"


TOPICS = (
    ("politics", politics, 9), ("economy", economy, 10), ("technology", technology, 10), ("sports", sports, 14),
    ("education", education, 7), ("health", health, 7), ("culture", culture, 9), ("travel", travel, 8),
    ("environment", environment, 7), ("society", society, 11), ("lottery", lottery_news, 8), ("macau", macau, 7),
    ("everyday", everyday, 10), ("work", work_report, 7),
)
_TOPIC_FNS = tuple(f for _, f, _ in TOPICS)
_TOPIC_W = tuple(w for _, _, w in TOPICS)

LEADS = ("记者从{org}获悉，", "据{org}介绍，", "{org}消息，", "本报讯 ", "{city}讯 ", "【{city}】", "据了解，", "记者了解到，", "数据显示，", "")
ORGS = ("市政府新闻办", "有关部门", "市统计局", "市公安局", "市文旅局", "省体育局", "市教育局", "市卫健委", "市商务局", "主办方", "相关平台", "省福彩中心")


def sentence(r: random.Random) -> str:
    """One modern news sentence from a weighted topic, sometimes with a lead-in."""
    s = r.choices(_TOPIC_FNS, weights=_TOPIC_W, k=1)[0](r)
    if r.random() < 0.2:
        lead = r.choice(LEADS).format(org=r.choice(ORGS), city=r.choice(CITIES))
        s = lead + s
    elif r.random() < 0.1:
        s = s.rstrip("。") + "，" + r.choice(_TOPIC_FNS)(r)
    return s


# ---------------------------------------------------------------- web chrome of genuine sites

CHANNELS = ("首页 新闻 国内 国际 社会 财经 股票 科技 体育 NBA 英超 中超 CBA 娱乐 明星 电影 游戏 电竞 动漫 彩票 "
            "汽车 房产 教育 健康 旅游 文化 时尚 女性 星座 军事 历史 视频 图片 直播 专题 评论 公益 本地 政务 天气 "
            "美食 亲子 数码 手机 读书 论坛 博客 客户端").split()
CHROME_WORDS = ("登录 注册 登录|注册 免费注册 立即登录 退出登录 个人中心 会员中心 我的订阅 消息 设置 手机版 电脑版 "
                "扫码下载 下载客户端 下载APP 打开APP 立即下载 免费下载 App下载 猜你喜欢 热门搜索 热门推荐 热点精选 "
                "精选 最新 最热 推荐 今日热点 排行榜 24小时排行 精彩推荐 相关推荐 更多精彩 换一换 查看更多 "
                "立即注册 还没有账号？ 忘记密码 QQ好友 QQ空间 微信 朋友圈 微博 复制链接 分享到 收藏 点赞 评论 举报 打赏 关注 取消关注 "
                "返回顶部 返回首页 网站地图 无障碍 关怀版 繁体 English 帮助中心 意见反馈 用户协议 隐私政策").split()
HOT_TERMS = ("英超积分榜 德甲最新赛程 NBA季后赛 CBA总决赛 中超转会 欧冠直播 世界杯预选赛 双色球开奖结果 大乐透开奖 "
             "福彩3D 体彩 高考志愿 天气预报 油价调整 个税专项扣除 社保查询 春运抢票 演唱会 电影票房 新款手机 "
             "大模型 电竞比赛 网络游戏防沉迷 反诈 澳门旅游 港珠澳大桥 新能源汽车 房贷利率 养老金 医保").split()
APP_PROMPTS = (
    "扫码下载{s}客户端", "下载{s}APP，看更多精彩内容", "{s}客户端全新升级，立即体验", "打开{s}APP，体验更流畅",
    "扫描二维码下载{s}手机客户端", "{s}APP：新闻、视频、直播一手掌握", "在{s}APP内打开，阅读体验更佳",
    "下载{s}客户端，注册即可参与互动", "安卓版 | iPhone版 扫码免费下载{s}", "{s}手机版：m.{d}",
)

LOGIN_PROMPTS = (
    "还没有账号？立即注册", "已有账号？立即登录", "登录后参与评论，没有账号？立即注册", "立即注册，收藏喜欢的文章",
    "注册成为会员，订阅感兴趣的频道", "手机号一键登录，未注册的手机号将自动注册", "忘记密码？ | 立即注册",
    "使用微信扫码登录", "登录即表示同意用户协议和隐私政策", "评论前请先登录或立即注册", "免费注册读者账号，阅读数字报全文",
)


def web_chrome(r: random.Random) -> str:
    """A line of a genuine site's chrome (channel menus with 体育/娱乐/彩票/游戏, app prompts …)."""
    s = site(r)
    k = r.randrange(12)
    sep = r.choice((" ", " | ", "　", " · ", "  ", "｜", " / "))
    if k < 3:
        items = r.sample(CHANNELS, r.randint(5, 14))
        if k == 0:
            for must in ("体育", "娱乐", "彩票", "游戏"):
                if must not in items and r.random() < 0.6:
                    items.insert(r.randrange(len(items) + 1), must)
        return sep.join(items)
    if k < 5:
        words = r.sample(CHROME_WORDS, r.randint(2, 7))
        if r.random() < 0.3:
            words.insert(r.randrange(len(words) + 1), r.choice(("登录", "注册", "登录|注册", "立即注册", "免费注册", "QQ好友", "猜你喜欢", "最新", "收藏")))
        return sep.join(words)
    if k == 5:
        if r.random() < 0.4:
            return r.choice(LOGIN_PROMPTS)
        return r.choice(APP_PROMPTS).format(s=s, d=domain(r))
    if k == 6:
        return r.choice(("热门搜索：", "热门搜索 ", "大家都在搜：", "热搜榜：", "搜索热词：")) + sep.join(r.sample(HOT_TERMS, r.randint(3, 7)))
    if k == 7:
        return r.choice(("猜你喜欢", "精选推荐", "热点精选", "为你推荐", "相关阅读")) + r.choice(("：", " ", "\u3000")) + _short_title(r)
    if k == 8:
        return f"{s}{r.choice(('官方网站', '官方微博', '官方微信', '手机版', '客户端', '视频号'))}{sep}{s}{r.choice(('数字报', '电子版', '关怀版', '英文版'))}"
    if k == 9:
        top = r.choice(("体育", "娱乐", "彩票", "游戏", "财经", "科技"))
        sub = {"体育": ("英超", "德甲", "西甲", "NBA", "CBA", "中超", "综合"), "娱乐": ("明星", "电影", "综艺", "音乐"),
               "彩票": ("开奖公告", "双色球", "大乐透", "彩票资讯", "公益"), "游戏": ("游戏资讯", "电竞", "新游"),
               "财经": ("股票", "基金", "理财"), "科技": ("手机", "互联网", "AI")}[top]
        return r.choice(("当前位置：", "您的位置：", "")) + r.choice((" > ", " » ", " / ")).join(("首页", top, r.choice(sub), "正文"))
    if k == 10:
        return (f"Copyright © {r.randint(2005, 2026)} {s} 版权所有　{r.choice(('京', '沪', '粤', '浙', '苏', '川'))}ICP备{digits(r, 8)}号"
                + r.choice(("", "　网站地图", "　手机版", "　举报中心")))
    if r.random() < 0.3:
        return f"{r.choice(CITIES)}市{r.choice(('人民政府', '教育局', '公交集团', '文旅局', '图书馆', '人民医院', '供电公司'))}官方网站：www.{domain(r)}"
    return r.choice(("友情链接：", "合作伙伴：")) + sep.join(r.sample(NATIONAL_SITES, r.randint(2, 4)) + [site(r)])


def _short_title(r: random.Random) -> str:
    s = r.choice(_TOPIC_FNS)(r).rstrip("。")
    cut = s.find("，")
    return s[:cut] if 6 <= cut <= 30 else s[:r.randint(10, 24)]


# ---------------------------------------------------------------- lottery portals' own chrome

# Lottery news portals and lottery channels of news sites are legitimate: they
# publish draw results, trend charts and analysis. Their navigation, site
# names and footers use the lottery words spam uses (开奖, 彩票网, 客户端下载),
# which is why the model must see them as genuine page furniture.
PORTAL_HEAD = "阳光 东方 中华 金彩 福乐 快乐 彩虹 星空 鑫彩 华彩 海峡 中原 齐鲁 江南 天天 大众 乐透 体彩 福彩 好运".split()
PORTAL_TAIL = ("彩票网", "彩讯网", "彩票资讯网", "彩票频道", "彩民网", "彩经网", "彩票在线", "彩市网", "开奖网", "体彩网")
PORTAL_NAV = ("首页 开奖查询 开奖公告 走势图 号码分析 专家推荐 彩票资讯 中奖查询 比分直播 竞彩 足彩 北单 双色球 大乐透 "
              "福彩3D 排列三 排列五 七星彩 七乐彩 快乐8 胜负彩 任选九 进球彩 半全场 彩民社区 彩票知识 玩法介绍 兑奖须知 "
              "销售网点 公益 视频 图表 历史数据 冷热分析 遗漏统计 缩水工具 手机版 客户端").split()
PORTAL_TOOLS = ("收藏本站", "设为首页", "加入收藏", "客户端下载", "手机版", "APP下载", "登录", "注册", "帮助中心", "网站地图",
                "意见反馈", "联系我们", "关于我们", "免责声明", "订阅开奖短信", "扫码关注公众号")


def portal_name(r: random.Random) -> str:
    return r.choice(PORTAL_HEAD) + r.choice(PORTAL_TAIL)


def lottery_portal_chrome(r: random.Random) -> str:
    """A line of a lottery news portal's own chrome: navigation, tool links,
    site name, breadcrumbs, draw boxes, footers and their disclaimers."""
    sep = r.choice((" ", " | ", "｜", " · ", "  ", " / ", "　"))
    name = portal_name(r)
    k = r.randrange(10)
    if k < 3:
        return sep.join(r.sample(PORTAL_NAV, r.randint(4, 12)))
    if k == 3:
        return sep.join(r.sample(PORTAL_TOOLS, r.randint(2, 5)))
    if k == 4:
        return r.choice((f"{name}", f"{name}-{r.choice(('开奖查询', '彩票资讯', '专业彩票资讯平台', '开奖结果第一时间发布'))}",
                         f"欢迎访问{name}", f"{name}首页", f"{name}手机版", f"{name}客户端"))
    if k == 5:
        return (r.choice(("当前位置：", "您的位置：", "")) + r.choice((" > ", " » ", " / ")).join(
            (r.choice(("首页", name)), r.choice(("开奖查询", "彩票资讯", "专家推荐", "足彩", "竞彩", "数字彩", "走势图")),
             r.choice(("双色球", "大乐透", "福彩3D", "胜负彩", "竞彩足球", "正文")))))
    if k == 6:
        game = r.choice(("双色球", "大乐透", "福彩3D", "排列三", "七星彩", "快乐8", "七乐彩"))
        return f"{game} 第{r.randint(2010, 2026)}{r.randint(1, 150):03d}期 开奖日期：{r.randint(1, 12)}月{r.randint(1, 28)}日 {r.choice(('开奖详情', '走势图', '历史开奖', '奖级说明'))}"
    if k == 7:
        return (f"Copyright © {r.randint(2005, 2026)} {name} 版权所有" + r.choice(("", "　", " ")) +
                f"{r.choice(('京', '沪', '粤', '浙', '苏', '鲁', '豫'))}ICP备{digits(r, 8)}号")
    if k == 8:
        return r.choice(("彩票有风险，购买需理性", "本站仅提供开奖资讯，不提供购彩服务", "开奖结果以官方公告为准",
                         "理性购彩，量力而行，未满18周岁不得购买彩票", "本站数据仅供参考，请以彩票中心公布的为准",
                         "彩市有风险，投注需谨慎", "倡导理性购彩 拒绝非法彩票"))
    return r.choice(("开奖查询", "走势图表", "专家预测", "彩票资讯", "中奖故事", "开奖公告")) + sep + r.choice(
        ("更多>>", "更多", "查看全部", "往期回顾", "历史数据"))


GENERATORS = {
    "topics": sentence,
    "topics_chrome": web_chrome,
    "lottery_portal_chrome": lottery_portal_chrome,
}

# Default number of distinct rows per kind.
DEFAULT_COUNTS = {
    "topics": 10500,
    "topics_chrome": 2500,
    "lottery_portal_chrome": 1500,
}
