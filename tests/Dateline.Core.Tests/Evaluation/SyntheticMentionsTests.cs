using Dateline.Core.Evaluation;

namespace Dateline.Core.Tests.Evaluation;

public sealed class SyntheticMentionsTests
{
    [Fact]
    public void Make_Reports_HaveSentencesOneAfterAnotherMostlyOfOneEvent()
    {
        // Given / When
        var mentions = SyntheticMentions.Make(1_000);

        // Then every report's mentions lie in distinct sentences in reading order, and its lead's place recurs
        Assert.Equal(1_000, mentions.Count);
        foreach (var report in mentions.GroupBy(c => c.Mention.ReportId))
        {
            var ordered = report.OrderBy(c => c.Mention.Ordinal).ToList();
            Assert.All(ordered.Skip(1).Zip(ordered), p => Assert.True(p.First.Mention.Start > p.Second.Mention.End));
        }

        var restating = mentions.GroupBy(c => c.Mention.ReportId)
            .Average(r => r.Count(c => c.Mention.Trigger == r.First().Mention.Trigger) / (double)r.Count());
        Assert.InRange(restating, 0.7, 1.0);
    }

    [Fact]
    public void Make_SameSeed_SameMentions()
    {
        // Given / When
        var a = SyntheticMentions.Make(200, seed: 5);
        var b = SyntheticMentions.Make(200, seed: 5);

        // Then
        Assert.Equal(a.Select(c => (c.Mention.Key, c.Mention.Sentence, c.Mention.Start, c.Mention.Time)), b.Select(c => (c.Mention.Key, c.Mention.Sentence, c.Mention.Start, c.Mention.Time)));
    }
}
