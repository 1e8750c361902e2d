using System.Text;

namespace PolicyLens.Tests.PublicApi;

/// <summary>A small line diff (longest common subsequence) for failure messages: changed lines with two lines of context.</summary>
public static class LineDiff
{
    public static string Describe(string before, string after, int maxLines)
    {
        string[] a = before.Split('\n');
        string[] b = after.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
        {
            for (int j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<(char Mark, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                lines.Add((' ', a[x++]));
                y++;
            }
            else if (y < b.Length && (x == a.Length || common[x, y + 1] >= common[x + 1, y]))
            {
                lines.Add(('+', b[y++]));
            }
            else
            {
                lines.Add(('-', a[x++]));
            }
        }

        var text = new StringBuilder();
        int shown = 0, lastShown = -1;
        for (int i = 0; i < lines.Count && shown < maxLines; i++)
        {
            bool near = false;
            for (int k = Math.Max(0, i - 2); k <= Math.Min(lines.Count - 1, i + 2); k++)
            {
                near |= lines[k].Mark != ' ';
            }

            if (!near)
            {
                continue;
            }

            if (lastShown >= 0 && i > lastShown + 1)
            {
                text.AppendLine("  ...");
            }

            text.Append(lines[i].Mark).Append(' ').AppendLine(lines[i].Text);
            lastShown = i;
            shown++;
        }

        if (shown == maxLines)
        {
            text.AppendLine($"  ... (more; see the received file)");
        }

        return text.ToString().TrimEnd();
    }
}
