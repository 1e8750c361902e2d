#!/usr/bin/env python3
# Writes src/PolicyLens/Text/Data/counties.tsv, the county-level divisions of the PRC (districts, counties, county-level
# cities, banners: GB/T 2260) with the short name running text writes (光明区 → 光明, 长阳土家族自治县 → 长阳), from the npm
# package china-division 2.7.0 (WTFPL), dist/areas.csv (without its functional areas, codes ending 70-79) and dist/cities.csv: the same package regions.tsv was made from.
# PlaceCampaignFinder reads it for district and county campaigns (健康光明, 平安坪山). Usage:
#   cd $(mktemp -d) && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
#   python3 tools/places/county_divisions.py package/dist > src/PolicyLens/Text/Data/counties.tsv
import csv
import os
import sys

# The peoples an autonomous county or banner is named for, as its name writes them before 族 (峨边彝族自治县).
PEOPLES = """蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜
土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲
门巴 珞巴 基诺 各""".split()

# The types of county-level division, longest first; the short name drops the type (and the peoples of an autonomous one).
SUFFIXES = ["自治县", "自治旗", "林区", "特区", "新区", "区", "县", "市", "旗"]

MIN_SHORT = 2


def short_name(name):
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) - len(suffix) >= MIN_SHORT:
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                changed = True
                while changed:
                    changed = False
                    for people in sorted(PEOPLES, key=len, reverse=True):
                        for tail in (people + "族", people):  # 巴里坤哈萨克自治县 writes the people without 族
                            if stem.endswith(tail) and len(stem) - len(tail) >= MIN_SHORT:
                                stem = stem[: -len(tail)]
                                changed = True
                                break
                        if changed:
                            break
            return stem
    return name


def main(dist):
    with open(os.path.join(dist, "cities.csv"), encoding="utf-8") as f:
        cities = {row["code"]: row["name"] for row in csv.DictReader(f)}
    with open(os.path.join(dist, "provinces.csv"), encoding="utf-8") as f:
        provinces = {row["code"]: row["name"] for row in csv.DictReader(f)}
    out = sys.stdout
    out.write("# County-level divisions of the PRC (GB/T 2260: districts, counties, county-level cities, banners), from the npm package\n")
    out.write("# china-division 2.7.0 (WTFPL), dist/areas.csv with dist/cities.csv and dist/provinces.csv for the division above; the\n")
    out.write("# statistical functional areas (codes ending 70-79: development zones, 北戴河新区) left out, as no division of GB/T 2260;\n")
    out.write("# written by tools/places/county_divisions.py. short is the name running text writes (光明区 → 光明; an autonomous\n")
    out.write("# county drops its peoples too); city is the prefecture-level division (市辖区 and 县 placeholders of the municipalities\n")
    out.write("# are written as the province). name<TAB>short<TAB>city<TAB>province\n")
    out.write("name\tshort\tcity\tprovince\n")
    with open(os.path.join(dist, "areas.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            # Codes 70-79 of a prefecture are the statistical bureau's functional areas (development zones, 北戴河新区),
            # no division of GB/T 2260.
            if 70 <= int(row["code"][-2:]) <= 79:
                continue
            province = provinces[row["provinceCode"]]
            city = cities.get(row["cityCode"], "")
            if city in ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", ""):
                city = province
            out.write(f"{name}\t{short_name(name)}\t{city}\t{province}\n")


if __name__ == "__main__":
    main(sys.argv[1])
