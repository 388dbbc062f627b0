"""Held-out hard-negative templates, used only by pages.py (never by generate.py).

Genuine news sentences on the topics where a gambling-spam detector is most
likely to raise false alarms (lottery draws and sales, Macau's economy, police
action against gambling, football results, horse racing), written by the
spamscan developers with wording and sentence shapes of their own: none of
these templates is a rewording of one in hard_negative_templates.py, so the
evaluation pages do not reward memorising the training templates. Numbers,
places and names are random and illustrative.
"""

from __future__ import annotations

import random

from genuine_web import CITIES, name
from hard_negative_templates import CLUBS, GAMES, PROVINCES

MONTHS = range(1, 13)
LEAGUES_CN = ("中超", "中甲", "中国女超", "CBA")
BALL_TEAMS = ("辽宁队", "广东队", "浙江队", "北京队", "上海队", "山东队", "新疆队", "深圳队", "广州队", "福建队", "天津队", "青岛队")
COURTS = ("区人民法院", "县人民法院", "市中级人民法院")
VENUES = ("体育中心", "奥体中心", "人民体育场", "新体育馆", "体育公园")


def generate(r: random.Random) -> str:
    c = r.choice(CITIES)
    p = r.choice(PROVINCES)
    y = r.randint(2019, 2026)
    n = r.randint
    f = r.randrange(18)
    if f == 0:
        return f"记者从{c}市福彩中心了解到，{y}年当地销售福利彩票{n(3, 40)}.{n(1, 9)}亿元，筹集公益金{n(1, 12)}亿元。"
    if f == 1:
        return f"{p}一位{r.choice(('退休职工', '出租车司机', '快递员', '小店店主', '中学教师'))}坚持守号多年，近日终于命中{r.choice(GAMES)}{r.choice(('一等奖', '二等奖'))}。"
    if f == 2:
        return f"兑奖时，这位中奖者{r.choice(('戴着口罩和帽子', '由家人陪同', '显得十分平静'))}，{r.choice(('领走了税后奖金', '当场捐出了一部分奖金', '表示奖金将用于孩子上学'))}。"
    if f == 3:
        return f"{c}市福彩中心工作人员介绍，大额奖金须本人持身份证和中奖彩票到中心兑取，{r.choice(('不能异地代领', '兑奖期限为开奖之日起六十天', '逾期未兑视为弃奖'))}。"
    if f == 4:
        return f"{y}年{n(1, 12)}月，澳门特区政府{r.choice(('统计暨普查局', '旅游局', '经济及科技发展局'))}公布，{r.choice(('当月零售业销售额', '会展活动数量', '非博彩旅客消费'))}按年上升{n(3, 40)}%。"
    if f == 5:
        return f"澳门特区政府提出推动经济适度多元发展，{r.choice(('中医药大健康', '现代金融', '高新技术', '会展商贸和文化体育'))}等产业{r.choice(('被列为重点', '发展势头良好', '吸引了更多投资'))}。"
    if f == 6:
        return f"{c}市公安局{r.choice(('治安支队', '网安支队', '刑侦支队'))}会同银行机构开展排查，对{n(30, 900)}个涉嫌为赌博活动收付款的账户采取了{r.choice(('冻结', '止付', '限制交易'))}措施。"
    if f == 7:
        return f"民警{name(r)}介绍，这个团伙在境外架设服务器，以“{r.choice(('捕鱼游戏', '体育竞猜', '棋牌比赛', '幸运抽奖'))}”为幌子吸引参赌人员，目前主要成员已被抓获。"
    if f == 8:
        return f"{c}{r.choice(COURTS)}近日公开宣判一起聚众赌博案，{n(2, 9)}名被告人分别被判处拘役或有期徒刑，违法所得依法没收。"
    if f == 9:
        return f"检察官提醒，为赌博网站推广引流、代收代付资金同样构成犯罪，{r.choice(('切勿贪图小利', '青年学生尤其要警惕', '不要出借自己的银行卡'))}。"
    if f == 10:
        a, b = r.sample(CLUBS, 2)
        return f"本赛季{r.choice(LEAGUES_CN[:2])}第{n(1, 30)}轮在{c}{r.choice(VENUES)}进行，{a}与{b}的比赛吸引了{n(8, 60)}000余名球迷到场观战。"
    if f == 11:
        a, b = r.sample(BALL_TEAMS, 2)
        return f"CBA常规赛中，{a}客场以{n(88, 130)}比{n(80, 125)}{r.choice(('击败', '险胜', '不敌'))}{b}，{name(r)}全场得到{n(18, 42)}分。"
    if f == 12:
        return f"赛后，主教练{name(r)}表示，球队{r.choice(('下半场防守做得更好', '年轻球员发挥出色', '还需要提高进攻效率'))}，{r.choice(('下一场要全力以赴', '会认真总结这场比赛', '感谢球迷的支持'))}。"
    if f == 13:
        return f"{c}{r.choice(('马术节', '国际马术比赛', '速度赛马邀请赛'))}吸引了来自{n(6, 30)}个省区市的{n(60, 300)}匹马参赛，赛事不设任何形式的竞猜。"
    if f == 14:
        return f"香港赛马会{r.choice(('公布新马季赛期', '宣布沙田马场看台完成翻新', '在从化马场举办开放日活动'))}，{r.choice(('吸引了不少市民参观', '并介绍了马匹福利措施', '同时推出青少年参观计划'))}。"
    if f == 15:
        return f"{c}{r.choice(('福彩', '体彩'))}实体店店主{name(r)}说，店里{r.choice(('每天都有老顾客来看走势图', '周末的客流比平时多一些', '新增了自助售票机'))}，但他总会提醒顾客理性购彩。"
    if f == 16:
        return f"{y}年{p}彩票公益金{r.choice(('资助了', '支持建设了'))}{n(20, 400)}个{r.choice(('社区健身点', '农村幸福院', '儿童福利项目', '残疾人康复站'))}，惠及群众{n(2, 90)}万人次。"
    return f"{r.choice(('网信办', '通信管理局', '公安网安部门'))}通报，{c}近期{r.choice(('处置', '封堵', '下架'))}了一批冒用彩票机构名义的仿冒网站和违规app，提醒群众通过正规渠道购彩。"
