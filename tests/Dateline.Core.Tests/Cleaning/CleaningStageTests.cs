using Dateline.Core.Model;
using Dateline.Core.Stages.Cleaning;

namespace Dateline.Core.Tests.Cleaning;

public sealed class CleaningStageTests
{
    private const string Lead =
        "Syrian government forces and rebel groups agreed a nationwide truce on Sunday, officials in Damascus said.";

    private const string Second =
        "The truce was brokered by Russia and Turkey and is due to be followed by peace talks in Astana later this month.";

    private const string Third =
        "Fighting continued in the Wadi Barada valley near the capital, according to the Syrian Observatory for Human Rights.";

    private static readonly string Page = string.Join("\n", [
        "Levant Wire",
        "Rebels and government agree truce in northern Syria",
        "By Jane Roe | Levant Wire | Jan 9, 2017",
        "",
        "Home",
        "",
        Lead,
        "",
        Second,
        "",
        Third,
        "",
        "Subscribe to our newsletter for daily updates",
        "",
        "© 2017 Levant Wire. All rights reserved.",
    ]);

    private readonly CleaningStage _stage = new();

    [Fact]
    public void Clean_PageWithChrome_KeepsOnlyStoryParagraphs()
    {
        // Given
        var raw = new RawReport("page.txt", Page, ReportFormat.Text);

        // When
        var result = _stage.Clean(raw);

        // Then
        Assert.Equal(string.Join("\n\n", Lead, Second, Third), result.Report.Text);
    }

    [Fact]
    public void Clean_HeaderLines_GiveTitleOutletAndDate()
    {
        // Given
        var raw = new RawReport("page.txt", Page, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal("Rebels and government agree truce in northern Syria", report.Title);
        Assert.Equal("Levant Wire", report.Outlet);
        Assert.Equal(new DateTimeOffset(2017, 1, 9, 0, 0, 0, TimeSpan.Zero), report.Published);
    }

    [Fact]
    public void Clean_RawMetadata_OverridesWhatTheHeaderSays()
    {
        // Given
        var published = new DateTimeOffset(2017, 1, 10, 8, 0, 0, TimeSpan.Zero);
        var raw = new RawReport("page.txt", Page, ReportFormat.Text)
        {
            Title = "Given title",
            Outlet = "Given Outlet",
            Url = "https://example.test/a",
            Published = published,
        };

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal("Given title", report.Title);
        Assert.Equal("Given Outlet", report.Outlet);
        Assert.Equal("https://example.test/a", report.Url);
        Assert.Equal(published, report.Published);
        Assert.Equal("page.txt", report.Source);
    }

    [Fact]
    public void Clean_Report_IdAndHashComeFromCleanedText()
    {
        // Given
        var raw = new RawReport("page.txt", Page, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal(Report.HashOf(report.Text), report.ContentHash);
        Assert.Equal(64, report.ContentHash.Length);
        Assert.Equal(report.ContentHash[..12], report.Id);
        Assert.Equal("en", report.Language);
    }

    [Fact]
    public void Clean_SameStoryInDifferentChrome_HasTheSameHash()
    {
        // Given the same story, once with site chrome and once bare with Windows line ends and no-break spaces
        var bare = string.Join("\r\n\r\n", Lead, Second, Third).Replace("agreed a", "agreed\u00A0a", StringComparison.Ordinal);

        // When
        var a = _stage.Clean(new RawReport("a.txt", Page, ReportFormat.Text)).Report;
        var b = _stage.Clean(new RawReport("b.txt", bare, ReportFormat.Text)).Report;

        // Then
        Assert.Equal(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void Clean_NoDateAnywhere_WarnsAndLeavesPublishedNull()
    {
        // Given
        var raw = new RawReport("nodate.txt", string.Join("\n\n", Lead, Second), ReportFormat.Text);

        // When
        var result = _stage.Clean(raw);

        // Then
        Assert.Null(result.Report.Published);
        var warning = Assert.Single(result.Warnings);
        Assert.StartsWith("nodate.txt: no publication date found", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_OnlyChrome_GivesEmptyTextAndWarns()
    {
        // Given
        var raw = new RawReport("menu.txt", "Home\n\nWorld\n\nSubscribe to our newsletter\n\nJanuary 8, 2017", ReportFormat.Text);

        // When
        var result = _stage.Clean(raw);

        // Then
        Assert.Equal("", result.Report.Text);
        Assert.Contains(result.Warnings, w => w == "menu.txt: no story text found");
    }

    [Fact]
    public void Clean_LoneParagraphWithoutEndPunctuation_IsTheStory()
    {
        // Given a feed item of one sentence that does not end with a period
        var raw = new RawReport("item.txt", "SDF repelled an ISIS attack on a village north of the city", ReportFormat.Text);

        // When
        var result = _stage.Clean(raw);

        // Then
        Assert.Equal("SDF repelled an ISIS attack on a village north of the city", result.Report.Text);
    }

    [Fact]
    public void Clean_Html_IsRefused()
    {
        // Given
        var raw = new RawReport("page.html", "<html><body><p>Text.</p></body></html>", ReportFormat.Html);

        // When
        var ex = Record.Exception(() => _stage.Clean(raw));

        // Then
        Assert.IsType<ArgumentException>(ex);
    }

    [Fact]
    public void Clean_Markdown_StripsMarkupAndTakesHeadingAsTitle()
    {
        // Given
        var body = string.Join("\n", [
            "# Truce agreed across Syria",
            "",
            "![map](https://example.test/map.png)",
            "",
            "Government forces and rebels **agreed** a [nationwide truce](https://example.test/truce) on Sunday, officials said.",
            "",
            "> The truce is fragile and could collapse within days, a diplomat in Geneva warned.",
        ]);
        var raw = new RawReport("story.md", body, ReportFormat.Markdown);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal("Truce agreed across Syria", report.Title);
        Assert.Contains("Government forces and rebels agreed a nationwide truce on Sunday, officials said.", report.Text, StringComparison.Ordinal);
        Assert.Contains("The truce is fragile", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("**", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", report.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(">", report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_OneSentencePerLineBlock_KeepsEveryLine()
    {
        // Given a tokenized corpus document: one paragraph, one sentence a line
        var lines = new[]
        {
            "Rebels attacked the town on Friday .",
            "The army said it repelled the attack .",
            "Five soldiers were killed .",
            "Talks are due to resume next week .",
            "The UN called for calm .",
        };
        var raw = new RawReport("corpus.txt", string.Join("\n", lines), ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal(string.Join("\n", lines), report.Text);
    }

    [Fact]
    public void Clean_LinesWithoutBlankLines_FindsTheStoryAmongTheLines()
    {
        // Given a page flattened to one line a block, without blank lines
        var raw = new RawReport("flat.txt", string.Join("\n", "Levant Wire", "Home", "World", "January 9, 2017", Lead, Second, "Share this article"), ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        // (the lines keep their single line break: cleaning keeps the source's layout)
        Assert.Equal(Lead + "\n" + Second, report.Text);
        Assert.Equal(new DateTimeOffset(2017, 1, 9, 0, 0, 0, TimeSpan.Zero), report.Published);
    }

    [Fact]
    public void Clean_RepeatedMasthead_IsTheOutlet()
    {
        // Given a masthead printed twice in the header
        var body = string.Join("\n", "Iran Press TV", "Iran Press TV", "Sun Jan 8, 2017 2:28PM", "Syrian army retakes villages near Damascus", "", Lead, "", Second);
        var raw = new RawReport("presstv.txt", body, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal("Iran Press TV", report.Outlet);
        Assert.Equal(new DateTimeOffset(2017, 1, 8, 14, 28, 0, TimeSpan.Zero), report.Published);
        Assert.Equal("Syrian army retakes villages near Damascus", report.Title);
    }

    [Fact]
    public void Clean_WireDateline_GivesOutletWhenNoneIsKnown()
    {
        // Given
        var body = "January 8, 2017\n\nDAMASCUS, Jan 8 (Reuters) - " + Lead + "\n\n" + Second;
        var raw = new RawReport("wire.txt", body, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal("Reuters", report.Outlet);
        Assert.Equal(new DateTimeOffset(2017, 1, 8, 0, 0, 0, TimeSpan.Zero), report.Published);
    }

    [Fact]
    public void Clean_DateOnlyInFooter_IsUsed()
    {
        // Given
        var body = string.Join("\n\n", Lead, Second, "Published 9 January 2017");
        var raw = new RawReport("footer.txt", body, ReportFormat.Text);

        // When
        var result = _stage.Clean(raw);

        // Then
        Assert.Equal(new DateTimeOffset(2017, 1, 9, 0, 0, 0, TimeSpan.Zero), result.Report.Published);
        Assert.Empty(result.Warnings);
        Assert.DoesNotContain("Published", result.Report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_ShortCallToActionWithExclamation_IsDropped()
    {
        // Given a promo right after the story
        var body = string.Join("\n\n", Lead, Second, "Find a Security Clearance Job!");
        var raw = new RawReport("promo.txt", body, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.DoesNotContain("Clearance", report.Text, StringComparison.Ordinal);
        Assert.Contains(Second, report.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Clean_PromoBetweenStoryParagraphs_KeepsBothParagraphs()
    {
        // Given an inline promo in the middle of the story
        var body = string.Join("\n\n", Lead, "Find a Security Clearance Job!", Second, Third);
        var raw = new RawReport("inline.txt", body, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal(string.Join("\n\n", Lead, Second, Third), report.Text);
    }

    [Fact]
    public void Clean_NavigationMenuInHeader_IsNotTheTitle()
    {
        // Given a header with a long navigation line above the headline
        var body = string.Join("\n", "Levant Wire", "Home | World | Middle East | Business | Opinion | Sport", "Rebels and government agree truce in northern Syria", "January 9, 2017", "", Lead, "", Second);
        var raw = new RawReport("nav.txt", body, ReportFormat.Text);

        // When
        var report = _stage.Clean(raw).Report;

        // Then
        Assert.Equal("Rebels and government agree truce in northern Syria", report.Title);
    }
}
