using Dateline.Core.Export;

namespace Dateline.Core.Tests.Export;

public sealed class MarkdownBriefExporterTests
{
    [Fact]
    public void Write_Events_GroupedByMonthWithFootnotes()
    {
        // Given
        var events = SampleEvents.All.Reverse();

        // When
        var md = MarkdownBriefExporter.Write(events, "Syria brief");

        // Then
        Assert.StartsWith("# Syria brief\n\n## December 2016\n\n- **2016-12-30** Countrywide ceasefire", md, StringComparison.Ordinal);
        Assert.Contains("(occurred, agree)[^1][^2]\n", md, StringComparison.Ordinal);
        Assert.True(md.IndexOf("## January 2017", StringComparison.Ordinal) < md.IndexOf("## Undated", StringComparison.Ordinal));
        Assert.Contains("[^1]: Press TV, <https://example.org/story?id=1&x=2>, published 2017-01-08: “A countrywide ceasefire took effect", md, StringComparison.Ordinal);
        Assert.Contains("[^2]: dataset:acled:SYR1: “=HYPERLINK(\"http://evil\") and a comma, then a line break", md, StringComparison.Ordinal);
    }
}
