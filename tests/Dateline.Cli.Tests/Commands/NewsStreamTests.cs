using Dateline.Cli.Commands;

namespace Dateline.Cli.Tests.Commands;

public sealed class NewsStreamTests
{
    [Fact]
    public void Make_SameSeedTwice_GivesTheSameReports()
    {
        // Given
        var (first, _) = NewsStream.Make(40, seed: 9);

        // When
        var (second, _) = NewsStream.Make(40, seed: 9);

        // Then
        Assert.Equal(first.Select(r => r.Body), second.Select(r => r.Body));
    }

    [Fact]
    public void Make_TwoHundredReports_AboutFourKilobytesEachAndEventsRetoldByAHandful()
    {
        // Given
        const int count = 200;

        // When
        var (reports, stats) = NewsStream.Make(count);

        // Then: the bench's claim, ~4 KB of prose a report, and a story told by a handful of reports, not by all
        Assert.All(reports, r => Assert.InRange(r.Body.Length, 3_500, 4_600));
        Assert.InRange(stats.MedianReportsPerEvent, 2, 20);
        Assert.InRange(stats.MaxReportsPerEvent, 10, count / 2);
    }
}
