using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class GdeltMentionReaderTests
{
    [Fact]
    public void Read_MentionRow_MapsFields()
    {
        // Given
        var row = "954680550\t20201113001500\t20201113003000\t1\telystandard.co.uk\thttps://www.elystandard.co.uk/a\t3\t-1\t50\t60\t1\t40\t2000\t2.6\t\t";

        // When
        var m = GdeltMentionReader.Read(Fixtures.Stream(row + "\n"), "m.CSV").Single().Mention!;

        // Then
        Assert.Equal("954680550", m.GlobalEventId);
        Assert.Equal(new DateTimeOffset(2020, 11, 13, 0, 30, 0, TimeSpan.Zero), m.MentionTime);
        Assert.Equal("elystandard.co.uk", m.SourceName);
        Assert.Equal(3, m.SentenceId);
        Assert.Equal(40, m.Confidence);
        Assert.Equal("2000", m.Raw["MentionDocLen"]);
    }

    [Fact]
    public void Read_BadTimestampAndEventsFile_Reported()
    {
        // Given
        var bad = "1\t2020-11-13\t20201113003000\t1\tx\ty\t1\t\t\t\t1\t10\t1\t0\t\t";
        var events = Fixtures.Gdelt2("1", "20201113");

        // When
        var badResult = GdeltMentionReader.Read(Fixtures.Stream(bad), "m").Single();
        var eventsResult = GdeltMentionReader.Read(Fixtures.Stream(events), "e").Single();

        // Then
        Assert.StartsWith("m:1: EventTimeDate/MentionTimeDate", badResult.Error, StringComparison.Ordinal);
        Assert.Equal("e: an Events file, not a Mentions file (61 columns, expected 16)", eventsResult.Error);
    }
}
