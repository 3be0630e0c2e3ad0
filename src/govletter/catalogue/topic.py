"""The letter's topic: one category of a fixed list, from the responding office and the keywords.

The office says most: a 交通运输局 answers about transport. An office of general remit (a
人民政府, its 办公室, a 街道办事处, a 管委会) says nothing, and then the keywords decide. Each
category has a list of office words and of subject words (below, also in docs/catalogue.md); the
category with the most weight wins, and its evidence says which office and which keywords.
"""

from __future__ import annotations

from ..models import Office, Topic

TOPICS = ("教育", "交通运输", "住房城乡建设", "卫生健康", "民政", "农业农村", "自然资源", "生态环境", "水利",
          "文化旅游", "人力资源社会保障", "公安政法", "财政经济", "市场监管", "其他")
OTHER = "其他"

# Offices of general remit: their name says nothing of the subject. A 发展和改革 office approves the
# projects of every sector, so it is one of them.
GENERAL_OFFICES = ("人民政府", "政府办公室", "办公室", "街道", "管理委员会", "管委会", "开发区", "发展和改革", "发改",
                   "政务服务")
# Words in an office's name -> its category. Checked in order: the first that occurs wins
# ('自然资源和规划局' is 自然资源 before '规划' could say anything; '卫生健康和体育局' is 卫生健康).
OFFICE_WORDS: tuple[tuple[str, str], ...] = (
    ("教育", "教育"), ("学校", "教育"), ("交通", "交通运输"), ("公路", "交通运输"), ("民用航空", "交通运输"),
    ("港航", "交通运输"), ("自然资源", "自然资源"), ("国土", "自然资源"), ("林业", "自然资源"), ("草原", "自然资源"),
    ("规划", "自然资源"), ("生态环境", "生态环境"), ("环境保护", "生态环境"), ("环保", "生态环境"),
    ("水利", "水利"), ("水务", "水利"), ("住房", "住房城乡建设"), ("城乡建设", "住房城乡建设"), ("住建", "住房城乡建设"),
    ("城市管理", "住房城乡建设"), ("城管", "住房城乡建设"), ("房屋", "住房城乡建设"), ("建设和管理", "住房城乡建设"),
    ("卫生", "卫生健康"), ("健康", "卫生健康"), ("医疗保障", "卫生健康"), ("医保", "卫生健康"), ("中医药", "卫生健康"),
    ("民政", "民政"), ("农业", "农业农村"), ("农村", "农业农村"), ("农牧", "农业农村"), ("畜牧", "农业农村"),
    ("乡村振兴", "农业农村"), ("文化", "文化旅游"), ("旅游", "文化旅游"), ("文旅", "文化旅游"), ("体育", "文化旅游"),
    ("文物", "文化旅游"), ("人力资源", "人力资源社会保障"), ("社会保障", "人力资源社会保障"), ("人社", "人力资源社会保障"),
    ("公安", "公安政法"), ("司法", "公安政法"), ("法院", "公安政法"), ("检察", "公安政法"), ("政法", "公安政法"),
    ("财政", "财政经济"), ("税务", "财政经济"), ("商务", "财政经济"),
    ("工业和信息化", "财政经济"), ("统计", "财政经济"), ("金融", "财政经济"), ("市场监督", "市场监管"),
    ("市场监管", "市场监管"), ("食品药品", "市场监管"),
)
# Subject words -> category. A keyword counts for a category when it contains one of its words.
KEYWORD_WORDS: dict[str, tuple[str, ...]] = {
    "教育": ("教育", "学校", "小学", "中学", "幼儿园", "托儿所", "学生", "教师", "入学", "招生", "校园", "师生",
           "学院", "大学", "课程", "教学"),
    "交通运输": ("公路", "道路", "交通", "高速", "国道", "省道", "县道", "乡道", "村道", "桥", "公交", "客运", "港口",
             "港", "机场", "航空", "铁路", "高铁", "车站", "路面", "路网", "站点", "出行", "通车", "路段", "线路"),
    "住房城乡建设": ("小区", "住房", "住宅", "棚户区", "物业", "城市更新", "城市体检", "市政", "污水管网", "排水",
               "路灯", "停车", "房屋", "城区", "城建", "街道", "游园", "广场", "绿化", "护栏", "燃气", "供热", "拆迁"),
    "卫生健康": ("医院", "卫生", "医疗", "医保", "健康", "疾病", "中医药", "诊疗", "就医", "患者", "疫苗", "药品"),
    "民政": ("养老", "社区服务", "社区公共空间", "低保", "救助", "殡葬", "婚姻", "行政区划", "撤乡设镇", "撤县设市",
           "社会组织", "残疾", "儿童福利"),
    "农业农村": ("农业", "农村", "乡村振兴", "农民", "种植", "养殖", "农机", "果树", "柑橘", "柑桔", "中药材", "农家乐",
             "复耕", "耕种", "畜牧", "渔", "粮食", "农田", "村庄", "人居环境", "预制菜"),
    "自然资源": ("土地", "用地", "规划", "林业", "森林", "防火", "湿地", "草原", "自然保护区", "大熊猫", "矿产", "选址",
             "国土空间", "地质"),
    "生态环境": ("生态环境", "环境保护", "污染", "环保", "排放", "污水处理", "重金属", "治污", "大气", "噪声"),
    "水利": ("水利", "河道", "河堤", "防洪", "水库", "灌溉", "渠", "供水", "饮水", "水源", "流域", "堤", "水资源",
           "提水", "排涝"),
    "文化旅游": ("旅游", "文旅", "文化", "博物馆", "景区", "体育", "文物", "非物质文化遗产", "民宿"),
    "人力资源社会保障": ("就业", "社会保障", "社保", "养老保险", "工资", "职称", "劳动", "人才"),
    "公安政法": ("公安", "治安", "警", "司法", "法院", "诈骗", "犯罪", "消防"),
    "财政经济": ("财政", "税", "产业园", "高新技术", "经济", "招商", "企业", "金融", "营商环境", "开发区", "产业"),
    "市场监管": ("食品安全", "市场监管", "市场监督", "质量监督", "价格", "特种设备", "消费者"),
}
# An office's topic weighs as much as this many keyword points (the best keyword gives MAX, the next less).
OFFICE_WEIGHT = 10.0


def office_topic(office: Office | None) -> str | None:
    if office is None or any(word in office.name for word in GENERAL_OFFICES):
        return None
    for word, topic in OFFICE_WORDS:
        if word in office.name:
            return topic
    return None


def topic_of(office: Office | None, keywords: list[str]) -> Topic:
    """The category with the most weight: the office's (if it says one) and each keyword's, by rank."""
    score = dict.fromkeys(TOPICS, 0.0)
    said: dict[str, list[str]] = {t: [] for t in TOPICS}
    by_office = office_topic(office)
    if by_office:
        score[by_office] += OFFICE_WEIGHT
    for rank, keyword in enumerate(keywords):
        for topic, words in KEYWORD_WORDS.items():
            if any(w in keyword for w in words):
                score[topic] += len(keywords) - rank
                said[topic].append(keyword)
    best = max(TOPICS, key=lambda t: score[t])
    if score[best] == 0:
        return Topic(name=OTHER, evidence=["no office or keyword of a listed category"])
    evidence = []
    if best == by_office and office is not None:
        evidence.append(f"office: {office.name}")
    if said[best]:
        evidence.append("keywords: " + ", ".join(said[best]))
    return Topic(name=best, evidence=evidence)
