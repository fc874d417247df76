/** Reference data of the demo county's subject pool: townships, industries, and what each industry is checked for. */

/** Townships (乡镇) of 蓝山县 with 9-digit codes under 431127, and a weight for how many businesses each holds. */
export const townships: Array<{ code: string; name: string; weight: number }> = [
  { code: '431127100', name: '塔峰镇', weight: 40 },
  { code: '431127101', name: '总市镇', weight: 6 },
  { code: '431127102', name: '所城镇', weight: 6 },
  { code: '431127103', name: '新圩镇', weight: 7 },
  { code: '431127104', name: '祠堂圩镇', weight: 8 },
  { code: '431127105', name: '土市镇', weight: 6 },
  { code: '431127106', name: '楠市镇', weight: 7 },
  { code: '431127107', name: '毛俊镇', weight: 6 },
  { code: '431127108', name: '太平圩镇', weight: 5 },
  { code: '431127200', name: '大麻乡', weight: 3 },
  { code: '431127201', name: '浆洞瑶族乡', weight: 2 },
  { code: '431127202', name: '汇源瑶族乡', weight: 2 },
  { code: '431127203', name: '荆竹瑶族乡', weight: 2 },
  { code: '431127204', name: '犁头瑶族乡', weight: 2 },
  { code: '431127205', name: '湘江源瑶族乡', weight: 2 },
];

export const riskLevels = ['low', 'medium', 'high'] as const;
export type RiskLevel = (typeof riskLevels)[number];
export const riskNames: Record<RiskLevel, string> = { low: '低风险', medium: '一般风险', high: '较高风险' };

/** Industries of the demo pool: name suffixes, licences held (always with a business licence), risk weights. */
export const industries: Array<{
  name: string;
  suffixes: string[];
  licences: string[];
  optionalLicences: string[];
  risk: [number, number, number];
  weight: number;
}> = [
  { name: '餐饮服务', suffixes: ['餐馆', '饭店', '米粉店', '小吃店', '农家乐', '大排档'], licences: ['food-business-permit'], optionalLicences: ['outdoor-ad-permit'], risk: [2, 5, 3], weight: 26 },
  { name: '食品销售', suffixes: ['食品店', '副食店', '超市', '便利店', '粮油店'], licences: ['food-business-permit'], optionalLicences: ['liquor-retail-filing'], risk: [4, 5, 1], weight: 22 },
  { name: '住宿', suffixes: ['宾馆', '旅馆', '酒店', '民宿'], licences: ['public-health-permit', 'fire-safety-permit'], optionalLicences: ['outdoor-ad-permit'], risk: [2, 5, 3], weight: 8 },
  { name: '美容美发', suffixes: ['理发店', '美容店', '美发店'], licences: ['public-health-permit'], optionalLicences: [], risk: [6, 4, 0], weight: 9 },
  { name: '文化娱乐', suffixes: ['KTV', '网吧', '棋牌室', '游乐场'], licences: ['fire-safety-permit', 'public-health-permit'], optionalLicences: ['outdoor-ad-permit'], risk: [1, 4, 5], weight: 5 },
  { name: '医疗服务', suffixes: ['诊所', '口腔诊所', '中医诊所'], licences: ['medical-institution-licence'], optionalLicences: [], risk: [0, 3, 7], weight: 4 },
  { name: '批发零售', suffixes: ['五金店', '服装店', '建材店', '家电商行', '农资店'], licences: [], optionalLicences: ['outdoor-ad-permit'], risk: [8, 2, 0], weight: 18 },
  { name: '汽车维修', suffixes: ['汽修厂', '洗车店', '汽车美容店'], licences: ['drainage-permit'], optionalLicences: [], risk: [3, 5, 2], weight: 8 },
];

export const tradeNames = [
  '湘味', '顺发', '兴旺', '福满', '老街', '瑶乡', '舜源', '金源', '和顺', '鑫旺', '阿英', '李记', '周记', '好又多', '佳佳', '永兴',
  '南风', '九嶷', '蓝天', '同心', '开心', '红太阳', '家乐', '聚福', '四季', '百味', '新世纪', '万家', '吉祥', '宏达', '东升', '平安',
  '春晓', '山里人', '古城', '舜皇', '源泉', '茂源', '德盛', '富民', '乐活', '小陈', '老王', '刘姐', '大胡子', '瑶家', '湘南', '锦绣',
];

export const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split('');
export const givenNames = ['建国', '海涛', '志强', '丽娟', '小红', '文斌', '春梅', '国庆', '永平', '晓东', '桂英', '德华', '秀兰', '伟', '敏', '静', '军', '勇', '艳', '磊', '洋', '芳', '杰', '鹏'];

/** Inspector pools of the demo county: department → [count, qualifications held by everyone, further ones in rotation]. */
export const inspectorPools: Record<string, { count: number; base: string[]; extra: string[] }> = {
  scjg: { count: 30, base: ['market'], extra: ['food-safety', 'food-safety', 'special-equipment', 'pricing'] },
  wjj: { count: 12, base: ['public-health'], extra: ['medical', 'public-health'] },
  xfjy: { count: 10, base: ['fire-safety'], extra: [] },
  cgj: { count: 8, base: ['city-management'], extra: ['outdoor-ad'] },
  zjj: { count: 6, base: ['construction'], extra: ['drainage'] },
  sthj: { count: 6, base: ['environment'], extra: [] },
};

export const qualificationNames: Record<string, string> = {
  market: '市场监管综合执法',
  'food-safety': '食品安全',
  'special-equipment': '特种设备',
  pricing: '价格监督',
  'public-health': '公共卫生',
  medical: '医疗卫生',
  'fire-safety': '消防监督',
  'city-management': '城市管理',
  'outdoor-ad': '户外广告',
  construction: '建筑市场',
  drainage: '城镇排水',
  environment: '生态环境',
};

/** Default checklists (检查事项清单) of each department in a random inspection. */
export const defaultChecklists: Record<string, { qualification: string | null; items: string[] }> = {
  scjg: {
    qualification: 'food-safety',
    items: ['营业执照、食品经营许可证在有效期内并悬挂公示', '从业人员持有效健康证明', '进货查验和索证索票记录完整', '食品贮存条件符合要求，无过期变质食品', '餐饮具清洗消毒设施正常使用'],
  },
  wjj: {
    qualification: 'public-health',
    items: ['公共场所卫生许可证在有效期内', '从业人员健康检查合格', '顾客用品用具清洗消毒', '卫生检测报告公示'],
  },
  xfjy: {
    qualification: 'fire-safety',
    items: ['消防设施、器材完好有效', '疏散通道、安全出口畅通', '消防安全责任人明确', '员工会使用灭火器材'],
  },
  cgj: { qualification: 'city-management', items: ['户外广告设施按许可设置', '门前三包责任落实'] },
  zjj: { qualification: 'drainage', items: ['排水许可证在有效期内', '预处理设施正常运行'] },
  sthj: { qualification: 'environment', items: ['排污许可或登记', '污染防治设施正常运行'] },
};
