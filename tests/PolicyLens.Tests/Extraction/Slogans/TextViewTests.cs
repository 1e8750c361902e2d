// Specifies the slogan finders' view of a text: layout breaks inside a sentence are folded away, and every view position
// still maps to its character of the source. The map is kept sparse (only where an offset does not follow on from the
// one before), so it is checked here at every position against the source itself.
using PolicyLens.Extraction.Slogans;

namespace PolicyLens.Tests.Extraction.Slogans;

public sealed class TextViewTests
{
    [Fact]
    public void Every_position_of_a_report_broken_by_page_layout_maps_to_its_own_character_of_the_source()
    {
        // A national report as scanned pages break it: a line break (with the blanks around it, and Windows line ends) after
        // every 37th character, most of them inside a sentence.
        string report = SharedData.ReadText("corpus/gwr/2019.txt");
        var broken = new System.Text.StringBuilder();
        for (int i = 0; i < report.Length; i++)
        {
            broken.Append(report[i]);
            if (i % 37 == 36)
            {
                broken.Append(i % 3 == 0 ? " \r\n  " : i % 3 == 1 ? "\n\n" : "\u3000\n");
            }
        }

        string source = broken.ToString();
        TextView view = TextView.Create(source, Lexicon.Default.Segmenter);

        Assert.True(view.Text.Length < source.Length - (report.Length / 37), "the layout breaks inside sentences are folded away");
        AssertMapsToSource(view, source);
    }

    [Fact]
    public void A_report_without_layout_breaks_maps_one_to_one_and_a_traditional_text_keeps_its_own_characters()
    {
        string report = SharedData.ReadText("corpus/gwr/2021.txt");
        TextView plain = TextView.Create(report, Lexicon.Default.Segmenter);
        AssertMapsToSource(plain, report);

        // 1954's report is written in traditional characters: the view reads them folded, the surfaces keep them.
        string traditional = SharedData.ReadText("corpus/gwr/1954.txt");
        TextView folded = TextView.Create(traditional, Lexicon.Default.Segmenter);
        Assert.NotEqual(folded.Text, folded.Original);
        AssertMapsToSource(folded, traditional);
    }

    private static void AssertMapsToSource(TextView view, string source)
    {
        int previous = -1;
        for (int v = 0; v < view.Text.Length; v++)
        {
            int at = view.SourceStart(v);
            Assert.True(at > previous, $"position {v} maps to {at}, not after {previous}");
            if (view.Original[v] == '\n')
            {
                // A kept paragraph end maps to the start of the white-space run it stands for.
                Assert.True(char.IsWhiteSpace(source[at]), $"position {v}: a paragraph end maps to {source[at]}");
            }
            else
            {
                Assert.Equal(view.Original[v], source[at]);
                Assert.Equal(at + 1, view.SourceEnd(v + 1));
            }

            previous = at;
        }

        Assert.Equal(source.Length, view.SourceStart(view.Text.Length));
        Assert.Equal(0, view.SourceEnd(0));
    }
}
