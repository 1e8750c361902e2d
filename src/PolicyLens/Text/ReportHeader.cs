// Reads the header of one report or speech — the lines above 各位代表 — in the shapes real reports print it: title lines,
// a date-and-meeting line (——2026年1月26日在河南省第十四届人民代表大会第四次会议上, （…）, 二〇二六年一月二十七日…), a
// name line (河南省人民政府省长 王凯, 省长 李炳军, 毛伟明), all of them run together on one line (政府工作报告——2025年2月21日
// 在…会议上驻马店市人民政府市长李跃勇), a source line (来源：…日报) that is no part of the title, and news copy that puts
// the speaker before the meeting (…日李跃勇市长在…会议上作政府工作报告).
namespace PolicyLens.Text;

/// <summary>What the header of a single report says: title, date, speaker, the lines that name its meeting, where the body starts.</summary>
internal sealed partial record ReportHeader(string? Title, DateOnly? Date, string? Speaker, IReadOnlyList<string> Lines, int BodyStart)
{
    // A header is a few short lines; the body starts at the salutation or at the first long paragraph.
    private const int MaxHeaderLines = 8;
    private const int MaxHeaderLine = 140;

    private static readonly string[] Salutations = ["各位代表", "同志们", "各位委员", "代表们", "女士们"];

    // Lines a copy adds that are not the report's: its source and its page furniture.
    private static readonly string[] SourceLabels = ["来源", "作者", "责任编辑", "编辑", "发布时间", "发布日期", "时间", "稿源", "出处"];

    // Where the meeting phrase of a date line ends; what follows is the speaker (…会议上 王凯, …会议通过 驻马店市人民政府市长陈星).
    private static readonly string[] MeetingEnds = ["会议开幕会上", "会议闭幕会上", "会议开幕式上", "会议上", "会议通过", "会议"];

    /// <summary>Reads the header at the start of <paramref name="text"/> (normalised).</summary>
    internal static ReportHeader Read(string text)
    {
        var titleParts = new List<string>();
        var lines = new List<string>();
        DateOnly? date = null;
        string? speaker = null;
        int bodyStart = 0;
        int start = 0;
        for (int n = 0; n < MaxHeaderLines && start < text.Length; n++)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            string line = text[start..end].Trim();
            int next = nl < 0 ? text.Length : nl + 1;
            if (line.Length == 0)
            {
                start = next;
                n--;
                continue;
            }

            if (Salutations.Any(s => line.StartsWith(s, StringComparison.Ordinal)) || line.Length > MaxHeaderLine ||
                (Glyphs.EndsSentence(line) && line[^1] is '。' or '！' or '？' && !IsNewsDateline(line)) || IsAddressees(line))
            {
                break;
            }

            bodyStart = next;
            start = next;
            if (IsSourceLine(line))
            {
                continue;
            }

            lines.Add(line);
            if (DocumentNumber().IsMatch(line))
            {
                continue; // 包府办发〔2022〕43号: the document's number, no part of its title
            }

            if (date is null && LineShape.TryFindDate(line, out DateOnly d, out int at, out int length))
            {
                date = d;
                string before = line[..at].Trim().TrimEnd('—', '-', '－', '―', '(', '（', ' ').Trim();
                if (before.Length > 0 && titleParts.Count == 0 && speaker is null)
                {
                    titleParts.Add(before);
                }

                speaker ??= SpeakerAfterDate(line[(at + length)..]);
                continue;
            }

            if (speaker is null && LineShape.NameOf(line, bareNameAllowed: date is not null || titleParts.Count > 0) is { } name)
            {
                speaker = name;
                continue;
            }

            bool meeting = line.StartsWith('—') || line.StartsWith('―') || LineShape.IsParenthetical(line);
            if (!meeting && date is null && speaker is null)
            {
                titleParts.Add(line);
            }
        }

        if (bodyStart >= text.Length)
        {
            // Nothing but short lines: no header, all body.
            return new ReportHeader(null, null, null, [], 0);
        }

        return new ReportHeader(titleParts.Count > 0 ? string.Join(' ', titleParts) : null, date, speaker, lines, bodyStart);
    }

    // An issued document's number on a line of its own (国发〔2022〕2号, 包府办发〔2022〕43号, 浙政办发[2021]5号).
    [System.Text.RegularExpressions.GeneratedRegex("^[\\u4e00-\\u9fff]{1,12}[〔\\[［(（]\\d{4}[〕\\]］)）]\\d{1,4}号$")]
    private static partial System.Text.RegularExpressions.Regex DocumentNumber();

    // The bodies an issued document is addressed to, ending in a colon (各旗、县、区人民政府，市直有关部门、单位：): its body
    // starts there, as a speech's does at 各位代表.
    private static bool IsAddressees(string line) =>
        line.Length >= 4 && line[^1] is '：' or ':' && (line.Contains('、') || line.Contains('，') || line.Contains("人民政府", StringComparison.Ordinal) || line.Contains("各", StringComparison.Ordinal));

    // News copy writes the date line as a sentence: 2026年1月27日，在自治区…会议上，自治区代主席韦韬作政府工作报告。
    private const int MaxDateLead = 3;

    private static bool IsNewsDateline(string line) =>
        LineShape.TryFindDate(line, out _, out int at) && at <= MaxDateLead && line.Contains("会议", StringComparison.Ordinal);

    private static bool IsSourceLine(string line)
    {
        foreach (string label in SourceLabels)
        {
            if (line.StartsWith(label, StringComparison.Ordinal) && line.Length > label.Length && line[label.Length] is '：' or ':')
            {
                return true;
            }
        }

        return false;
    }

    // The speaker in what follows a date: after the meeting phrase (…会议上 陕西省省长 赵刚), or before it in news copy
    // (，李跃勇市长在…会议上…, 省长王凯作政府工作报告).
    private static string? SpeakerAfterDate(string rest)
    {
        rest = rest.Trim().TrimStart('，', ',', ' ').TrimEnd(')', '）', ' ', '。');
        foreach (string end in MeetingEnds)
        {
            int k = rest.LastIndexOf(end, StringComparison.Ordinal);
            if (k >= 0)
            {
                string tail = rest[(k + end.Length)..].Trim().TrimStart('，', ',', '：', ':');
                int verb = tail.IndexOfAny(['作', '向']);
                if (verb > 0)
                {
                    // …会议上，自治区代理主席韦韬作政府工作报告
                    tail = tail[..verb];
                }

                if (LineShape.NameOf(tail, bareNameAllowed: true) is { } after)
                {
                    return after;
                }

                break;
            }
        }

        int cut = rest.IndexOfAny(['在', '作', '于']);
        if (cut > 0)
        {
            string before = rest[..cut];
            return LineShape.NameBeforeRole(before) ?? LineShape.NameOf(before, bareNameAllowed: false);
        }

        return null;
    }
}
