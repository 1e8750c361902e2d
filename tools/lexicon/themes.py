"""Theme and kind of a candidate formula, read from its words: a first guess that the curator confirms or corrects."""

THEME_WORDS = [
    ("party", "党 廉 腐 纪 作风 干部 巡视 四风 八项规定 一把手 党建 初心 从严 监察"),
    ("military", "军 国防 双拥 兵 武 战备 退役"),
    ("unification", "台湾 两岸 港 澳 统一 一国两制 九二共识 一个中国 爱国者治"),
    ("foreign", "外交 一带一路 丝绸之路 和平共处 国际 全球 睦邻 人类命运共同体 霸权 外援"),
    ("security", "安全生产 国家安全 应急 防灾 消防 平安 扫黑 治安 维稳 反恐 风险 枫桥"),
    ("rule-of-law", "法治 依法 司法 执法 法律 宪法 法制 普法"),
    ("environment", "生态 绿色 碳 污染 环保 环境 节能 减排 治污 林 草 湿地 河长 湖长 水土 蓝天 碧水 净土 无废 绿水青山 美丽 清洁 排污 低碳 沙"),
    ("poverty", "扶贫 脱贫 贫困 返贫 两不愁"),
    ("rural", "农 乡村 村 粮 种业 耕地 土地承包 宅基地 三农 畜 渔 菜篮子 米袋子"),
    ("education", "教育 学校 高校 高考 学前 义务教育 职业教育 双一流 双减 师 学生 思政 科教"),
    ("health", "医 卫生 健康 药 疾病 疫 体育 生育 孕 护理 养老 托育"),
    ("culture", "文化 文艺 文明 文物 精神 道德 宣传 新闻 出版 广播 电影 考古 旅游 文旅 非遗 价值观"),
    ("technology", "科技 创新 研发 人工智能 数字 数据 互联网 信息化 芯片 算力 技术 知识产权 人才"),
    ("livelihood", "民生 就业 收入 社会保障 社保 住房 安居 保障房 低保 救助 消费 惠民 居民 工资 参保 欠薪 物业 老旧小区 城市更新 一老一小"),
    ("governance", "政府 行政 审批 放管服 政务 营商环境 机构 事业单位 证照 网通办 一件事 执法 监管 信用 基层 社区 网格 治理"),
    ("region", "西部 东北 中部 东部 区域 城镇化 城乡 京津冀 长江 黄河 大湾区 长三角 成渝 自贸 边 革命老区 都市圈 城市群 新区 示范区 试验区"),
    ("opening", "开放 外贸 外资 走出去 引进来 进出口 口岸 跨境 保税 海关"),
    ("reform", "改革 体制 制度 试点 市场化 国有 国企 混合所有制"),
    ("economy", "经济 产业 工业 制造 企业 投资 财政 税 金融 货币 预算 价格 市场 消费 内需 服务业 能源 交通 物流 基础设施 项目"),
    ("ideology", "主义 思想 理论 马克思 毛泽东 邓小平 路线 阶级 革命 复兴 中国梦 现代化 特色社会主义 初心"),
    ("development", "发展 小康 现代化 质量"),
]


def theme_of(text):
    for theme, words in THEME_WORDS:
        if any(w in text for w in words.split()):
            return theme
    return "governance"


def kind_of(text, source_kind):
    if source_kind == "numbered":
        return "numbered-formula"
    if source_kind in ("parallel", "quoted"):
        for suffix, kind in SUFFIX_KINDS:
            if text.endswith(suffix):
                return kind
        return "slogan"
    for suffix, kind in SUFFIX_KINDS:
        if text.endswith(suffix):
            return kind
    return "policy"


SUFFIX_KINDS = [
    ("战略", "strategy"), ("攻坚战", "campaign"), ("行动计划", "plan"), ("行动", "campaign"), ("工程", "campaign"),
    ("计划", "plan"), ("规划", "plan"), ("纲要", "plan"), ("改革", "policy"), ("政策", "policy"), ("试点", "policy"),
    ("示范区", "institution-building"), ("试验区", "institution-building"), ("制度", "institution-building"),
    ("体系", "institution-building"), ("体制", "institution-building"), ("机制", "institution-building"),
    ("思想", "guiding-thought"), ("理论", "guiding-thought"), ("观", "guiding-thought"), ("理念", "guiding-thought"),
]
