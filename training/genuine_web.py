"""Generators for the genuine material a Chinese news page has besides article text.

Every line here is produced from templates and word pools written by the
spamscan developers: navigation bars, breadcrumbs, bylines and dates, copyright
and ICP lines, share/login/app chrome, weather boxes, contact lines of ordinary
organizations, pagination and "related" links, friendly-link rows, and short
modern-life news sentences (手机, 扫码, 外卖, 直播, app, 平台, 官网, 注册, 下载 …) so
that modern vocabulary is not seen only in spam.

Every generator takes a `random.Random` and returns one line. Organization
names, phone numbers, ICP numbers and domains are random and invented.
"""

from __future__ import annotations

import random

CITIES = (
    "北京 上海 广州 深圳 杭州 南京 成都 武汉 西安 重庆 天津 长沙 郑州 济南 青岛 沈阳 大连 哈尔滨 "
    "长春 石家庄 太原 合肥 福州 厦门 南昌 南宁 昆明 贵阳 兰州 西宁 银川 呼和浩特 海口 苏州 无锡 "
    "宁波 温州 佛山 东莞 珠海 洛阳 绵阳 宜昌 襄阳 泉州 烟台 潍坊 徐州 扬州 常州 绍兴 嘉兴 台州 "
    "金华 赣州 桂林 大理 遵义 芜湖 九江 岳阳 株洲 柳州 保定 唐山 邯郸 包头 鄂尔多斯"
).split()
AREA_CODES = {
    "北京": "010", "上海": "021", "广州": "020", "深圳": "0755", "杭州": "0571", "南京": "025", "成都": "028",
    "武汉": "027", "西安": "029", "重庆": "023", "天津": "022", "长沙": "0731", "郑州": "0371", "济南": "0531",
    "青岛": "0532", "沈阳": "024", "大连": "0411", "哈尔滨": "0451", "长春": "0431", "石家庄": "0311",
    "太原": "0351", "合肥": "0551", "福州": "0591", "厦门": "0592", "南昌": "0791", "南宁": "0771",
    "昆明": "0871", "贵阳": "0851", "兰州": "0931", "西宁": "0971", "银川": "0951", "呼和浩特": "0471",
    "海口": "0898", "苏州": "0512", "无锡": "0510", "宁波": "0574", "温州": "0577", "佛山": "0757",
    "东莞": "0769", "珠海": "0756", "洛阳": "0379", "绵阳": "0816", "宜昌": "0717", "襄阳": "0710",
    "泉州": "0595", "烟台": "0535", "潍坊": "0536", "徐州": "0516", "扬州": "0514", "常州": "0519",
    "绍兴": "0575", "嘉兴": "0573", "台州": "0576", "金华": "0579", "赣州": "0797", "桂林": "0773",
    "大理": "0872", "遵义": "0851", "芜湖": "0553", "九江": "0792", "岳阳": "0730", "株洲": "0731",
    "柳州": "0772", "保定": "0312", "唐山": "0315", "邯郸": "0310", "包头": "0472", "鄂尔多斯": "0477",
}
REGIONS = "东方 南国 北方 西部 中原 江南 岭南 齐鲁 荆楚 巴蜀 燕赵 三秦 八桂 黔中 滇池 江淮 海峡 北国 关东 湖湘".split()
PROV_ABBR = "京 沪 粤 浙 苏 川 鄂 陕 渝 津 湘 豫 鲁 辽 黑 吉 冀 晋 皖 闽 赣 桂 滇 黔 甘 青 宁 新 蒙 琼".split()
SURNAMES = (
    "王 李 张 刘 陈 杨 黄 赵 吴 周 徐 孙 马 朱 胡 郭 何 高 林 罗 郑 梁 谢 宋 唐 许 韩 冯 邓 曹 彭 曾 "
    "肖 田 董 袁 潘 于 蒋 蔡 余 杜 叶 程 苏 魏 吕 丁 任 沈 姚 卢 姜 崔 钟 谭 陆 汪 范 金 石 廖 贾 夏 "
    "韦 方 白 邹 孟 熊 秦 邱 江 尹 薛 段 雷 侯 龙 史 陶 黎 贺 顾 毛 郝 龚 邵 万 钱 严 覃 武 戴 莫 孔 向 汤 欧阳 司马"
).split()
GIVEN = (
    "伟 芳 娜 敏 静 丽 强 磊 军 洋 勇 艳 杰 涛 明 超 秀兰 霞 平 刚 桂英 晓东 志强 海燕 建华 文博 思远 "
    "雨萱 子涵 浩然 一鸣 佳怡 欣然 梓轩 俊杰 晓琳 雪梅 国栋 立新 红梅 春生 宏伟 晨曦 婷婷 亚男 振华 "
    "玉兰 德明 永刚 慧 琳 颖 斌 鹏 辉 宁 凯 博 楠 蕾 萌 越 帆 健 岩 瑶 琪 璐 倩 旭 阳 昊 嘉 睿"
).split()
AGENCIES = "新华社 人民日报 中国新闻网 央视新闻 光明日报 经济日报 中国青年报 法治日报 工人日报 科技日报 中国日报 新京报 澎湃新闻 封面新闻 上游新闻".split()
SITE_SUFFIX = "日报 晚报 新闻网 都市报 商报 融媒 广播电视台 在线 新闻 时报 网".split()
SECTIONS = {
    "新闻": ["国内", "国际", "社会", "本地", "时政", "民生", "法治"],
    "财经": ["股票", "基金", "银行", "理财", "产经", "宏观", "保险"],
    "体育": ["国内足球", "国际足球", "篮球", "综合体育", "中超", "NBA", "彩票"],
    "科技": ["互联网", "手机", "数码", "人工智能", "通信", "探索"],
    "娱乐": ["明星", "电影", "电视", "音乐", "综艺"],
    "汽车": ["新车", "导购", "用车", "新能源"],
    "房产": ["楼市", "家居", "租房"],
    "教育": ["高考", "考研", "留学", "中小学"],
    "健康": ["养生", "疾病", "医药", "母婴"],
    "旅游": ["目的地", "攻略", "出行"],
    "文化": ["读书", "艺术", "历史", "非遗"],
    "评论": ["社论", "时评", "观点"],
    "视频": ["新闻视频", "纪录片"],
    "图片": ["图片新闻", "摄影"],
    "政务": ["通知公告", "政策解读", "信息公开"],
}
NAV_EXTRA = "首页 要闻 专题 直播 军事 时尚 数码 游戏 女性 星座 历史 公益 读书 佛学 亲子 酒业 美食 家电 招聘 彩票 天气 地图 搜索 客户端".split()
NAV_SEPS = (" ", "  ", " | ", "｜", " · ", " / ", "　", " ┊ ")
ROADS = "人民路 解放路 中山路 建设路 和平路 新华路 文化路 长江路 黄河路 滨江大道 迎宾大道 学府路 科技路 花园路 朝阳路 北京路 南京路 东风路 胜利街 青年路 健康路 金融街 世纪大道 体育路".split()
DISTRICTS = "东城 西城 朝阳 海淀 鼓楼 玄武 天河 越秀 江汉 武昌 雁塔 碑林 锦江 武侯 历下 市南 和平 南岗 高新 经开 城关 新城 开发 滨湖 江北 城南".split()
ORG_DEPTS = (
    "人民政府办公室 市场监督管理局 政务服务管理局 第一人民医院 中心医院 图书馆 博物馆 消费者协会 生态环境局 "
    "教育局 人力资源和社会保障局 住房公积金管理中心 自然资源和规划局 文化广电旅游局 医疗保障局 税务局 "
    "红十字会 科学技术协会 妇女联合会 总工会 大剧院 体育中心 气象局 供水集团 燃气公司 公交集团"
).split()
WEATHER_SIMPLE = "晴 多云 阴 小雨 中雨 大雨 阵雨 雷阵雨 小雪 中雪 雨夹雪 雾 轻雾 霾 扬沙".split()
WEATHER = WEATHER_SIMPLE + "晴转多云 多云转晴 多云转阴 阴转小雨 小雨转阴 阵雨转多云".split()
WIND = "北风 南风 东风 西风 东北风 西北风 东南风 西南风 微风".split()
AQI = "优 良 轻度污染 中度污染".split()
WEEKDAYS = "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split()
LUNAR_M = "正月 二月 三月 四月 五月 六月 七月 八月 九月 十月 冬月 腊月".split()
LUNAR_D = ("初一 初二 初三 初四 初五 初六 初七 初八 初九 初十 十一 十二 十三 十四 十五 十六 十七 十八 十九 二十 "
           "廿一 廿二 廿三 廿四 廿五 廿六 廿七 廿八 廿九 三十").split()
NATIONAL_SITES = "人民网 新华网 央视网 中国政府网 光明网 中国网 国际在线 中国日报网 中国青年网 中国经济网 中青在线 求是网".split()
PINYIN = ("bei jing shang hai guang zhou hang nan cheng du wu han xi an chong qing tian jin chang sha zheng "
          "ji qing dao shen yang lian he fei fu xia men kun ming gui lan ning hai su xi zhu dong fang bei nan "
          "jiang hu xiang min qi lu jing hua xin wen ri bao wan shi dai zhong guo min sheng").split()


def name(r: random.Random) -> str:
    return r.choice(SURNAMES) + r.choice(GIVEN)


def site(r: random.Random) -> str:
    k = r.random()
    if k < 0.6:
        return r.choice(CITIES) + r.choice(SITE_SUFFIX)
    if k < 0.85:
        return r.choice(REGIONS) + r.choice(("网", "新闻网", "时报", "在线", "日报"))
    return r.choice(CITIES) + r.choice(("新闻", "头条", "观察", "发布")) + r.choice(("网", "客户端", ""))


def domain(r: random.Random, gov: bool = False) -> str:
    base = "".join(r.choice(PINYIN) for _ in range(r.randint(1, 3)))
    if r.random() < 0.4:
        base = "".join(w[0] for w in (r.choice(PINYIN) for _ in range(r.randint(2, 5))))
    tld = ".gov.cn" if gov else r.choice((".com.cn", ".cn", ".com", ".net.cn", ".org.cn"))
    return base + tld


def phone(r: random.Random, city: str | None = None) -> str:
    """A phone number; with `city`, a local number with that city's area code."""
    k = r.random()
    if k < 0.15:
        return f"400-{r.randint(100, 999)}-{r.randint(1000, 9999)}"
    if k < 0.22 and city is None:
        return f"{r.choice(('12345', '12315', '12358', '12369', '96110'))}"
    code = AREA_CODES[city or r.choice(CITIES)]
    n = 8 if len(code) == 3 or r.random() < 0.6 else 7
    num = str(r.randint(2, 8)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))
    return f"{code}-{num}"


def date(r: random.Random, with_time: bool | None = None) -> str:
    y, m, d = r.randint(2015, 2026), r.randint(1, 12), r.randint(1, 28)
    f = r.randrange(6)
    if f == 0:
        s = f"{y}-{m:02d}-{d:02d}"
    elif f == 1:
        s = f"{y}/{m:02d}/{d:02d}"
    elif f == 2:
        s = f"{y}年{m}月{d}日"
    elif f == 3:
        s = f"{y}年{m:02d}月{d:02d}日"
    elif f == 4:
        s = f"{y}.{m:02d}.{d:02d}"
    else:
        s = f"{y}-{m}-{d}"
    if with_time is None:
        with_time = r.random() < 0.6
    if with_time:
        s += f" {r.randint(0, 23):02d}:{r.randint(0, 59):02d}"
        if r.random() < 0.3:
            s += f":{r.randint(0, 59):02d}"
    return s


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(n - 1))


# ---------------------------------------------------------------- generators


def nav(r: random.Random) -> str:
    tops = list(SECTIONS)
    items = ["首页"] if r.random() < 0.8 else []
    pool = tops + NAV_EXTRA[1:]
    k = r.randint(4, 12)
    picked = r.sample(pool, k)
    if "彩票" in picked and r.random() < 0.7:
        picked.remove("彩票")
    items += picked
    sep = r.choice(NAV_SEPS)
    line = sep.join(items)
    if r.random() < 0.15:
        line += sep + r.choice(("更多", "更多>>", "全部频道", "导航"))
    return line


def breadcrumb(r: random.Random) -> str:
    prefix = r.choice(("当前位置：", "您的位置：", "您现在的位置：", "位置：", "", "", "当前位置: "))
    sep = r.choice((" > ", ">", " » ", " / ", " - ", "＞", " >> ", " ＞ "))
    top = r.choice(list(SECTIONS))
    path = [r.choice(("首页", "首页", "网站首页", site(r)))]
    path.append(top)
    if r.random() < 0.75:
        path.append(r.choice(SECTIONS[top]))
    if r.random() < 0.5:
        path.append(r.choice(("正文", "正文", "详情", "内容")))
    return prefix + sep.join(path)


def byline(r: random.Random) -> str:
    src = r.choice(AGENCIES) if r.random() < 0.5 else site(r)
    f = r.randrange(14)
    if f == 0:
        return f"来源：{src}　作者：{name(r)}　{date(r, True)}"
    if f == 1:
        return f"{date(r, True)}　来源：{src}"
    if f == 2:
        return f"发布时间：{date(r)}　来源：{src}　编辑：{name(r)}"
    if f == 3:
        return f"{src}记者 {name(r)}" + (f" 通讯员 {name(r)}" if r.random() < 0.5 else "")
    if f == 4:
        return f"责任编辑：{name(r)}"
    if f == 5:
        return f"编辑：{name(r)}　审核：{name(r)}" + (f"　终审：{name(r)}" if r.random() < 0.4 else "")
    if f == 6:
        return f"作者：{name(r)}　来源：{src}　点击数：{r.randint(12, 98000)}"
    if f == 7:
        return f"阅读 {r.randint(100, 99999)}　|　评论 {r.randint(0, 999)}"
    if f == 8:
        return f"{date(r, True)}　{src}"
    if f == 9:
        return f"【字体：大 中 小】　{date(r, False)}　来源：{src}"
    if f == 10:
        return f"本报讯（记者{name(r)}" + (f" 通讯员{name(r)}" if r.random() < 0.5 else "") + "）"
    if f == 11:
        return f"{r.choice(AGENCIES[:4])}{r.choice(CITIES)}{r.randint(1, 12)}月{r.randint(1, 28)}日电（记者{name(r)}）"
    if f == 12:
        return f"图片来源：{src}" + r.choice(("", "　摄影：" + name(r), "　视觉中国"))
    return f"原标题：{headline(r)}"


def copyright(r: random.Random) -> str:
    s = site(r)
    pv = r.choice(PROV_ABBR)
    y2 = r.randint(2016, 2026)
    y1 = r.randint(1998, y2 - 1)
    parts = []
    f = r.randrange(12)
    if f == 0:
        parts.append(f"Copyright © {y1}-{y2} {s} All Rights Reserved")
    elif f == 1:
        parts.append(f"Copyright © {y2} {s} 版权所有")
    elif f == 2:
        parts.append(f"{s} 版权所有 未经授权禁止复制或建立镜像")
    elif f == 3:
        parts.append(f"{pv}ICP备{digits(r, 8)}号-{r.randint(1, 6)}")
    elif f == 4:
        parts.append(f"{pv}公网安备 {digits(r, 14)}号")
    elif f == 5:
        parts.append(f"互联网新闻信息服务许可证编号：{digits(r, 11)}")
    elif f == 6:
        parts.append(f"违法和不良信息举报电话：{phone(r)}　举报邮箱：jubao@{domain(r)}")
    elif f == 7:
        items = ["关于我们", "联系我们", "广告服务", "网站地图", "法律声明", "隐私政策", "加入我们", "版权声明", "意见反馈", "投稿须知"]
        parts.append(r.choice((" | ", "｜", " - ", "　")).join(r.sample(items, r.randint(3, 7))))
    elif f == 8:
        parts.append(f"本网站所刊登的新闻、信息和各种专题专栏资料，均为{s}版权所有，未经协议授权，禁止下载使用。")
    elif f == 9:
        parts.append(f"主办单位：{r.choice(CITIES)}{r.choice(('日报社', '广播电视台', '市委宣传部', '报业传媒集团'))}　承办：{s}")
    elif f == 10:
        parts.append(f"网站标识码：{digits(r, 10)}　{pv}ICP备{digits(r, 8)}号")
    else:
        parts.append(f"增值电信业务经营许可证：{pv}B2-{digits(r, 8)}")
    if r.random() < 0.35 and "ICP备" not in parts[0]:
        parts.append(f"{pv}ICP备{digits(r, 8)}号" + (f"-{r.randint(1, 6)}" if r.random() < 0.4 else ""))
    if r.random() < 0.2 and "公网安备" not in parts[0]:
        parts.append(f"{pv}公网安备{digits(r, 14)}号")
    return "　".join(parts) if r.random() < 0.5 else " ".join(parts)


CHROME_ITEMS = (
    "登录 注册 登录|注册 免费注册 退出 个人中心 我的收藏 设为首页 加入收藏 手机版 网站无障碍 长者模式 English 繁體 "
    "简体中文 搜索 分享到： 微信 微博 QQ空间 QQ好友 复制链接 评论 我来说两句 发表评论 点赞 收藏 转发 举报 纠错 打印 "
    "关闭窗口 返回顶部 回到首页 加载更多 展开全文 查看更多 热门评论 最新评论 相关新闻 热点推荐 24小时热榜 编辑推荐 "
    "猜你喜欢 精彩图片 视频推荐 订阅 意见反馈 用户协议 隐私政策 客户端 下载APP 打开APP 立即打开 App下载 关注我们 "
    "官方微博 视频号 抖音号 小程序 扫码关注 手机看新闻 字号 大 中 小 朗读 收起"
).split()


def chrome(r: random.Random) -> str:
    s = site(r)
    f = r.randrange(16)
    if f < 5:
        sep = r.choice((" ", " | ", "　", " · ", "  "))
        return sep.join(r.sample(CHROME_ITEMS, r.randint(2, 6)))
    if f == 5:
        return f"扫码关注{s}微信公众号" + r.choice(("", "，获取更多资讯", "，第一时间获取本地新闻"))
    if f == 6:
        return r.choice(("下载", "安装", "扫码下载")) + f"{s}客户端" + r.choice(("", "，随时随地看新闻", "，阅读体验更佳"))
    if f == 7:
        return f"打开{s}APP，" + r.choice(("阅读全文", "查看更多精彩内容", "参与讨论", "观看完整视频"))
    if f == 8:
        return f"已有{r.randint(1, 9999)}人参与　" + r.choice(("评论", "网友评论", "我要评论"))
    if f == 9:
        return r.choice((
            "网友评论仅供其表达个人看法，并不表明本站同意其观点或证实其描述",
            "文明上网理性发言，请遵守新闻评论服务协议",
            "请登录后发表评论，还没有账号？立即注册",
            "登录后才可以评论，使用手机号快速登录",
            "扫一扫在手机上查看当前页面",
            "用微信扫描二维码，分享至好友和朋友圈",
            "本文已收录于专题，点击查看更多相关报道",
            "声明：本文转自其他媒体，转载目的在于传递更多信息，不代表本网观点",
            "如需转载请注明出处，违者必究",
            "欢迎向我们提供新闻线索，一经采用即付稿酬",
            "投稿邮箱：" + "tougao@" + domain(r),
            "本站部分图片来源于网络，如有侵权请联系删除",
        ))
    if f == 10:
        return f"{s}官方网站 | {s}客户端 | {s}微信公众号"
    if f == 11:
        return r.choice(("热门搜索：", "大家都在搜：", "热搜：")) + " ".join(r.sample(HOT_SEARCH, r.randint(3, 6)))
    if f == 12:
        return f"{r.choice(('相关阅读', '延伸阅读', '相关新闻', '推荐阅读'))}：" + headline(r)
    if f == 13:
        return f"{r.randint(1, 999)}{r.choice(('万', ''))}次阅读　{r.randint(0, 999)}条评论　{r.randint(0, 9999)}人点赞"
    if f == 14:
        return r.choice(("视频加载中，请稍候", "视频播放失败，请刷新页面重试", "点击图片进入下一页", "查看原图", "全屏观看", "该视频暂时无法播放"))
    return f"{s}{r.choice(('手机版', '电脑版', '无障碍版', '客户端', '电子版', '数字报'))}"


HOT_SEARCH = (
    "高考成绩查询 天气预报 新能源汽车补贴 公积金提取 社保缴费 个税退税 地铁新线路 春运抢票 医保报销 "
    "中考招生 城市马拉松 房贷利率 养老金调整 流感疫苗 演唱会门票 驾照考试 电费账单 垃圾分类 国庆出游 "
    "冬奥会 亚运会 世界杯赛程 中超积分榜 NBA季后赛 人工智能 大模型 手机新品 以旧换新 "
    "消费券 夜经济 非遗 博物馆预约 景区门票 高铁时刻表"
).split()
HEADLINE_TOPICS = (
    "全市新增3所公办幼儿园 地铁5号线南延段今日开通 今年首场春季招聘会举行 城区新增公共充电桩800个 "
    "多部门联合开展食品安全检查 老旧小区改造进入施工高峰 市民服务中心推出延时服务 暑期文旅消费活动启动 "
    "全民健身运动会开幕 中小学课后服务实现全覆盖 冬季供暖工作全面启动 新一批惠企政策出台 "
    "国际马拉松赛鸣枪开跑 博物馆夜场开放延长至晚九点 市区道路改造工程顺利完工 "
    "多家医院开通互联网诊疗服务 农产品直播带货助农增收 城市书房新增12家 "
    "防汛应急响应启动 大学生就业见习岗位发布 医保电子凭证全面推广"
).split()


def headline(r: random.Random) -> str:
    return r.choice(CITIES) + r.choice(HEADLINE_TOPICS)


def weather(r: random.Random) -> str:
    c = r.choice(CITIES)
    lo = r.randint(-25, 28)
    hi = lo + r.randint(2, 12)
    b = r.randint(1, 5)
    w = f"{r.choice(WIND)}{b}级" if r.random() < 0.7 else f"{r.choice(WIND)}{b}-{b + 1}级"
    f = r.randrange(7)
    if f == 0:
        return f"{c} {r.choice(WEATHER)} {lo}~{hi}℃ {w}"
    if f == 1:
        return f"今天 {r.choice(WEATHER)} {lo}/{hi}°C 空气质量 {r.choice(AQI)}"
    if f == 2:
        return f"{date(r, False)} {r.choice(WEEKDAYS)} 农历{r.choice(LUNAR_M)}{r.choice(LUNAR_D)}"
    if f == 3:
        return f"{c}天气：{r.choice(WEATHER)}，{lo}℃～{hi}℃，{w}，空气质量{r.choice(AQI)}"
    if f == 4:
        return f"明天白天{r.choice(WEATHER)}，夜间{r.choice(WEATHER)}，最低气温{lo}℃，最高气温{hi}℃"
    if f == 5:
        return f"AQI {r.randint(15, 260)} {r.choice(AQI)}　湿度 {r.randint(15, 98)}%　{w}"
    a, b2 = r.sample(WEATHER_SIMPLE, 2)
    return f"{c} {a}转{b2} {lo}℃/{hi}℃ 紫外线{r.choice(('弱', '中等', '强', '很强'))}"


def org(r: random.Random, c: str | None = None) -> str:
    c = c or r.choice(CITIES)
    return f"{c}市{r.choice(ORG_DEPTS)}" if r.random() < 0.8 else f"{c}{r.choice(('日报社', '广播电视台', '报业传媒集团', '职业技术学院', '市第一中学', '市少年宫'))}"


def contact(r: random.Random) -> str:
    c = r.choice(CITIES)
    tel = lambda: phone(r, c)  # noqa: E731
    addr = f"{c}市{r.choice(DISTRICTS)}区{r.choice(ROADS)}{r.randint(1, 999)}号"
    f = r.randrange(11)
    if f == 0:
        return f"地址：{addr}　邮编：{digits(r, 6)}"
    if f == 1:
        return f"联系电话：{tel()}　传真：{tel()}"
    if f == 2:
        return f"新闻热线：{tel()}　广告热线：{tel()}"
    if f == 3:
        return f"投诉邮箱：{r.choice(('tousu', 'jubao', 'service', 'xinwen', 'bjb', 'kefu'))}@{domain(r)}"
    if f == 4:
        return f"咨询电话：{tel()}（工作日 {r.choice(('8:30', '9:00'))}-{r.choice(('17:00', '17:30', '18:00'))}）"
    if f == 5:
        return f"{org(r, c)}　地址：{addr}　电话：{tel()}"
    if f == 6:
        return f"读者服务热线：{tel()}"
    if f == 7:
        return f"办公时间：周一至周五 上午{r.choice(('8:00', '8:30', '9:00'))}-12:00 下午{r.choice(('13:30', '14:00', '14:30'))}-{r.choice(('17:00', '17:30', '18:00'))}（法定节假日除外）"
    if f == 8:
        o = org(r)
        return f"{o}官方网站：www.{domain(r, gov=r.random() < 0.6)}"
    if f == 9:
        return f"{org(r, c)}　版权所有　技术支持：{c}{r.choice(('信息', '智慧', '云联', '网联', '数创'))}{r.choice(('信息技术', '网络科技', '数据科技'))}有限公司"
    return f"服务监督电话：{tel()}　举报电话：{r.choice(('12345', '12315', '12388', tel()))}"


def pagination(r: random.Random) -> str:
    n = r.randint(2, 60)
    k = r.randint(1, n)
    f = r.randrange(10)
    if f == 0:
        lo = max(1, k - 2)
        pages = " ".join(str(i) for i in range(lo, min(n, lo + 4) + 1))
        return f"上一页 {pages}" + (f" ... {n}" if n > lo + 5 else "") + " 下一页"
    if f == 1:
        return "首页 上一页 下一页 尾页"
    if f == 2:
        return f"共{n}页 当前第{k}页"
    if f == 3:
        return f"第{k}页 / 共{n}页　跳转到 第 页 确定"
    if f == 4:
        return f"上一篇：{headline(r)}"
    if f == 5:
        return f"下一篇：{headline(r)}"
    if f == 6:
        return r.choice(("« 上一页 | 下一页 »", "< 上一页 下一页 >", "上一张 下一张", "查看更多 >>", "更多>>", "点击加载更多", "没有更多了"))
    if f == 7:
        a = r.randint(1, 200)
        return f"显示第{a}-{a + r.choice((9, 14, 19))}条，共{r.randint(a + 20, a + 3000)}条"
    if f == 8:
        return f"{r.choice(('上一条', '下一条'))}：{headline(r)}"
    return f"共{n}页　{' '.join(str(i) for i in range(1, min(n, 8) + 1))}　下一页"


def friend_links(r: random.Random) -> str:
    items = r.sample(NATIONAL_SITES, r.randint(2, 5)) + [site(r) for _ in range(r.randint(1, 4))]
    r.shuffle(items)
    return r.choice(("友情链接：", "友情链接 ", "合作媒体：", "链接：")) + r.choice((" ", " | ", "　")).join(items)


# ---------------------------------------------------------------- modern news sentences

MOD = {
    "agency": "政务服务中心 医保局 人社局 交通运输局 图书馆 公积金中心 税务局 市场监管局 卫健委 文旅局 出入境管理支队 不动产登记中心 公交集团 供电公司".split(),
    "service": "线上预约服务 “一网通办”平台 电子社保卡 “掌上办”服务 24小时自助服务 电子证照服务 线上缴费功能 无障碍服务专区".split(),
    "channel": "通过手机app 通过微信小程序 扫描二维码后 登录官方网站 在政务服务平台注册账号后 通过支付宝小程序 在自助终端上".split(),
    "action": "办理公积金提取 预约挂号 查询社保缴费记录 申领电子驾驶证 预约参观 缴纳水电费 办理居住证 查询不动产登记信息 申请开具证明 预约出入境证件".split(),
    "people": "老年人 上班族 大学生 外地游客 个体商户 快递员 农民 退休教师 新手妈妈".split(),
    "do": "缴水电费 挂号看病 坐公交地铁 点外卖 叫网约车 买火车票 交物业费 查快递 预约景区门票".split(),
    "platform": "外卖平台 电商平台 生活服务平台 在线旅游平台 短视频平台 网约车平台 二手交易平台 直播平台".split(),
    "holiday": "国庆假期 春节 “五一”假期 中秋假期 “双十一” “618” 端午假期 暑期".split(),
    "category": "生鲜 年货 家电 预制菜 门票 酒店 鲜花 数码产品 运动装备 图书".split(),
    "product": "苹果 茶叶 脐橙 小米 蜂蜜 核桃 牛肉干 红枣 竹编 土豆".split(),
    "place": "山区 县里 边远乡村 革命老区 高原牧区 库区 海岛".split(),
    "app": "个人所得税app 国家反诈中心app 医保app 政务服务app 12123交管app 铁路12306app 学习强国app".split(),
    "org": "中国移动 中国电信 中国联通 国家电网 工商银行 建设银行 中国邮政 国家税务总局 中国铁路 中国银联".split(),
    "biz": "话费查询 电费缴纳 账单查询 发票开具 预约取号 社保卡挂失 宽带报修 个税汇算".split(),
    "device": (("手机", "卫星通信功能"), ("手机", "高像素影像系统"), ("手机", "大容量电池"), ("平板电脑", "护眼屏幕"),
               ("笔记本电脑", "自研芯片"), ("智能手表", "血氧监测功能"), ("无线耳机", "主动降噪功能"),
               ("扫地机器人", "自动集尘功能"), ("电视", "高刷新率屏幕"), ("路由器", "新一代无线传输技术")),
    "topic": "消防员救援 老人跳广场舞 乡村教师家访 大熊猫进食 外卖小哥救人 农民丰收 夜市美食 非遗手艺".split(),
    "course": "智能手机使用 移动支付 网上挂号 防范电信诈骗 视频通话".split(),
    "pay": "微信 支付宝 银联云闪付 数字人民币 交通联合卡 手机NFC".split(),
    "bait": "刷单返利 冒充客服退款 网络贷款 游戏装备交易 虚假投资理财 冒充公检法 注册送礼品".split(),
    "field": "医疗影像 城市交通 农业生产 气象预报 金融风控 工业质检 政务服务 教育教学".split(),
    "effect": "工作效率明显提高 诊断准确率进一步提升 人力成本有所下降 服务更加便捷".split(),
    "service2": "退款 发票 账号注销 人工客服 售后维修 价格保护".split(),
    "event2": "“双十一” 元旦 春节前夕 “五一” 店庆 国庆".split(),
    "place2": "菜市场 博物馆 医院 高铁站 景区 社区食堂 停车场 图书馆".split(),
    "do2": "买菜付款 预约参观 挂号缴费 进站乘车 购票入园 点餐结账 停车缴费 借书还书".split(),
    "metric": (("网上办件量", "万件"), ("移动支付交易额", "亿元"), ("快递业务量", "亿件"), ("网络零售额", "亿元"),
               ("5G用户数", "万户"), ("新能源汽车保有量", "万辆"), ("电子社保卡领卡人数", "万人"), ("跨境电商进出口额", "亿元")),
    "app2": "政务服务app 医保app 地铁乘车码 个税app 社区团购小程序 图书馆app".split(),
    "feature4": "适老化大字版 语音导航 一键报警 电子发票下载 异地就医备案 实时到站查询".split(),
    "company": "国内一家手机厂商 一家科技企业 某国产品牌 一家新能源车企 某通信设备企业".split(),
}


def modern(r: random.Random) -> str:
    c = r.choice(CITIES)
    g = lambda k: r.choice(MOD[k])  # noqa: E731
    n = r.randint
    f = r.randrange(26)
    if f == 0:
        return f"{c}市{g('agency')}推出{g('service')}，市民{g('channel')}即可{g('action')}。"
    if f == 1:
        m, u = g("metric")
        src = r.choice(("统计局", "商务局", "大数据局", "发展改革委", "邮政管理局", "工业和信息化局"))
        return f"记者从{c}市{src}获悉，{n(2019, 2026)}年以来全市{m}累计达到{n(12, 980)}{u}，同比增长{n(3, 45)}.{n(0, 9)}%。"
    if f == 2:
        return f"{g('platform')}数据显示，{g('holiday')}期间{g('category')}订单量同比增长{n(5, 180)}%。"
    if f == 3:
        return f"不少{g('people')}表示，现在用手机{g('do')}，比过去方便多了。"
    if f == 4:
        return f"{c}已有{n(3, 60)}家医院开通互联网诊疗服务，患者可在手机上{r.choice(('复诊开药', '预约挂号', '查看检查报告', '在线缴费'))}。"
    if f == 5:
        return f"外卖骑手{name(r)}每天要跑{n(20, 70)}单，午高峰时常常顾不上吃饭。"
    if f == 6:
        return f"直播带货成为{g('place')}农民增收的新渠道，当地的{g('product')}通过直播间卖到了全国各地。"
    if f == 7:
        return f"{c}市{r.choice(('公安局', '反诈中心', '网信办', '市场监管局'))}提醒，{g('app')}只能通过官方渠道下载，切勿点击来历不明的链接。"
    if f == 8:
        o = g("org")
        return f"用户可登录{o}官方网站或下载{o}app，在线办理{g('biz')}等业务。"
    if f == 9:
        d, ft = g("device")
        return f"{g('company')}发布新款{d}，搭载{ft}，售价{n(2, 79)}99元起。"
    if f == 10:
        return f"截至{n(1, 12)}月底，{c}已建成5G基站{n(2, 60)}{r.choice(('万', '千', '百'))}个，{r.choice(('实现城区全覆盖', '重点场所基本覆盖', '乡镇实现连续覆盖'))}。"
    if f == 11:
        return f"{c}地铁{n(1, 20)}号线{r.choice(('今日开通运营', '延长运营时间', '新增两座换乘站', '启用新版乘车码'))}，乘客可使用{g('pay')}扫码乘车。"
    if f == 12:
        return f"今年前{n(2, 11)}个月，{c}新能源汽车销量同比增长{n(10, 90)}%，新增公共充电桩{n(300, 9000)}个。"
    if f == 13:
        return f"{g('org')}提醒广大用户，注册账号时要设置复杂密码，并开启登录保护，不要向他人透露验证码。"
    if f == 14:
        return f"短视频平台上，一段{g('topic')}的视频获得了{n(2, 300)}万次点赞。"
    if f == 15:
        return f"为方便老年人使用智能手机，{c}{r.choice(('社区', '老年大学', '图书馆', '街道'))}开设了{g('course')}课堂。"
    if f == 16:
        return f"{c}不少餐馆推行扫码点餐后，{r.choice(('仍然保留了纸质菜单', '为老年顾客提供人工点单', '设置了现金支付窗口'))}。"
    if f == 17:
        return f"快递员{name(r)}说，{g('holiday')}期间每天要派送{n(150, 600)}件包裹。"
    if f == 18:
        return f"{c}{g('agency')}的微信公众号每天推送{r.choice(('办事指南', '政策解读', '便民信息', '招聘信息'))}，关注人数已超过{n(5, 300)}万。"
    if f == 19:
        return r.choice((f"网约车平台宣布，将在{c}试点{r.choice(('无障碍叫车', '老年人一键叫车', '夜间安全护航'))}服务。",
                         f"外卖平台宣布，将在{c}新建{n(5, 80)}个骑手休息驿站。"))
    if f == 20:
        return f"{c}{r.choice(('教育局', '公安局', '消费者协会'))}提醒家长，警惕以“{g('bait')}”为名的网络诈骗。"
    if f == 21:
        return f"人工智能技术正在被应用于{g('field')}领域，{g('effect')}。"
    if f == 22:
        return f"{g('platform')}客服表示，用户可在app内“我的”页面申请{g('service2')}。"
    if f == 23:
        return f"{g('event2')}期间，{c}多家商场推出满减活动，线上线下同步促销。"
    if f == 24:
        what, act = r.choice((("社保查询", "查询社保缴费记录"), ("公积金", "办理公积金提取"), ("门诊预约", "预约挂号"),
                              ("停车缴费", "缴纳停车费"), ("景区预约", "预约景区门票"), ("出入境预约", "预约出入境证件")))
        return f"{c}开通了{what}小程序，群众足不出户就能{act}。"
    return f"新版{g('app2')}上线了{g('feature4')}功能，用户下载更新后即可使用。"


GENERATORS = {
    "web_nav": nav,
    "web_breadcrumb": breadcrumb,
    "web_byline": byline,
    "web_copyright": copyright,
    "web_chrome": chrome,
    "web_weather": weather,
    "web_contact": contact,
    "web_pagination": pagination,
    "web_links": friend_links,
    "modern": modern,
}

# Default number of distinct rows per kind.
DEFAULT_COUNTS = {
    "web_nav": 500,
    "web_breadcrumb": 500,
    "web_byline": 900,
    "web_copyright": 700,
    "web_chrome": 900,
    "web_weather": 400,
    "web_contact": 600,
    "web_pagination": 450,
    "web_links": 250,
    "modern": 2000,
}
