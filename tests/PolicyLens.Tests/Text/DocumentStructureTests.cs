// Document.Sentences, Paragraphs and Sections on real reports: provincial line headings, Zhumadian run-in and inline headings.
using PolicyLens.Text;

namespace PolicyLens.Tests.Text;

/// <summary>The structure the Text stage computes once per document and every later stage reads.</summary>
public sealed class DocumentStructureTests
{
    private static Document Parse(string relativePath)
    {
        string path = SharedData.Require(relativePath);
        return DocumentParser.Parse(File.ReadAllText(path), new DocumentSource { Id = relativePath, Location = path, FileName = path })[0];
    }

    [Fact]
    public void A_provincial_report_has_its_review_goals_and_tasks_chapters_with_their_years()
    {
        Document doc = Parse("corpus/provincial/anhui_2026.txt");
        Section[] top = [.. doc.Sections.Where(s => s.Depth == 1)];

        Assert.Equal(["2025年工作和“十四五”发展回顾", "“十五五”时期主要目标和重大任务", "2026年重点工作"], top.Select(s => s.Heading));
        Assert.Equal([SectionKind.Review, SectionKind.Goals, SectionKind.Tasks], top.Select(s => s.Kind));
        Assert.Equal([(2021, 2025), (2026, 2030), (2026, 2026)], top.Select(s => (s.YearFrom ?? 0, s.YearTo ?? 0)));
    }

    [Fact]
    public void Sub_headings_are_children_of_their_chapter_and_take_its_kind()
    {
        Document doc = Parse("corpus/provincial/anhui_2026.txt");
        Section tasks = doc.Sections.Single(s => s.Depth == 1 && s.Heading == "2026年重点工作");
        Section[] items = [.. doc.Sections.Where(s => s.ParentId == tasks.Id)];

        Assert.Equal(11, items.Length);
        Assert.Equal("加力扩内需稳增长", items[0].Heading);
        Assert.All(items, i => Assert.Equal(SectionKind.Tasks, i.Kind));
        Assert.All(items, i => Assert.True(tasks.Span.Start <= i.Span.Start && i.Span.End <= tasks.Span.End));
    }

    [Fact]
    public void A_run_in_heading_ends_where_its_first_sentence_begins()
    {
        Document doc = Parse("corpus/municipal/zhumadian_2009.txt");
        Section first = doc.Sections[0];

        Assert.Equal("2008年政府工作回顾", first.Heading);
        Assert.True(first.RunIn);
        Assert.StartsWith("过去的一年", doc.Text[first.HeadingSpan.End..], StringComparison.Ordinal);
        Assert.Equal((SectionKind.Review, 2008, 2008), (first.Kind, first.YearFrom, first.YearTo));
    }

    [Fact]
    public void Numbered_items_inside_a_paragraph_are_headings_when_they_follow_in_sequence()
    {
        Document doc = Parse("corpus/municipal/zhumadian_2025.txt");
        Section tasks = doc.Sections.Single(s => s.Depth == 1 && s.Kind == SectionKind.Tasks);
        Section[] items = [.. doc.Sections.Where(s => s.ParentId == tasks.Id)];

        Assert.Equal(10, items.Length);
        Assert.All(items, i => Assert.Equal('（', doc.Text[i.HeadingSpan.Start]));
        Assert.StartsWith("聚焦转型升级", items[0].Heading, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnumbered_heading_lines_are_chapters_when_the_report_numbers_none()
    {
        Document doc = Parse("corpus/provincial/gansu_2026.txt");

        Assert.Equal(["“十四五”时期工作回顾", "“十五五”时期的主要目标任务", "2026年重点工作"], doc.Sections.Where(s => s.Depth == 1).Select(s => s.Heading));
    }

    [Fact]
    public void Sentences_end_at_terminal_punctuation_with_their_closing_quotes_and_at_line_breaks()
    {
        IReadOnlyList<TextSpan> spans = SentenceSplitter.Split("坚决做到“两个维护”。”第二句！\n标题\n  第三句；仍是第三句。");
        string text = "坚决做到“两个维护”。”第二句！\n标题\n  第三句；仍是第三句。";

        Assert.Equal(["坚决做到“两个维护”。”", "第二句！", "标题", "第三句；仍是第三句。"], spans.Select(s => s.Of(text).ToString()));
    }

    [Fact]
    public void Every_sentence_lies_in_its_paragraph()
    {
        Document doc = Parse("corpus/provincial/henan_2026.txt");

        Assert.True(doc.Sentences.Count > doc.Paragraphs.Count);
        Assert.All(doc.Sentences, s => Assert.True(doc.Paragraphs[s.Paragraph].Start <= s.Span.Start && s.Span.End <= doc.Paragraphs[s.Paragraph].End));
    }

    [Fact]
    public void A_text_span_maps_to_the_source_characters_it_came_from()
    {
        string page = File.ReadAllText(Path.Combine(SharedData.RepositoryRoot, "samples", "hengyang-2020-01-10.txt"));
        Document doc = DocumentParser.Parse(page, new DocumentSource { Id = "hengyang", Location = "seed" })[2];
        Sentence sentence = doc.Sentences.First(s => s.Span.Length > 20);

        SourceSpan source = doc.ToSource(sentence.Span);

        Assert.Equal(sentence.Span.Of(doc.Text).ToString(), page[source.Start..source.End]);
        Assert.Equal(sentence.Span, doc.ToText(source));
    }

    [Fact]
    public void The_structure_is_computed_once_and_again_when_the_year_changes()
    {
        Document doc = Parse("corpus/provincial/jilin_2026.txt");
        Assert.Same(doc.Sections, doc.Sections);

        Document earlier = doc with { Metadata = doc.Metadata with { Year = 2025 } };

        Assert.Equal((2025, 2025), (doc.Sections[0].YearFrom, doc.Sections[0].YearTo));
        Assert.Equal((2024, 2024), (earlier.Sections[0].YearFrom, earlier.Sections[0].YearTo));
        Assert.Equal(doc, doc with { });
    }
}
