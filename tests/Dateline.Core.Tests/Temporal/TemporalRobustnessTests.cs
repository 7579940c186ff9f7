using Dateline.Core.Stages.Temporal;

namespace Dateline.Core.Tests.Temporal;

public sealed class TemporalRobustnessTests
{
    private static readonly string[] Pieces =
    [
        "the", "last", "next", "May", "March", "Sun", "Friday", "day", "days", "-", "'", "s", ".", ",", ":", "/", "1990s", "'80s",
        "2017", "30", "5th", "2:28PM", "a.m.", "p", "Ramadan", "Eid", "al", "Adha", "Dhu", "Nowruz", "1396", "1438", "Farvardin",
        "early", "late", "mid", "of", "year", "ago", "earlier", "a", "half", "quarter", "third", "fiscal", "every", "twice", "now",
        "nineteen", "ninety", "six", "\n\n", "Christmas", "New", "Year", "Day", "12/25/2016", "2016-12-30", "1,998", "2.5", "$", "%",
    ];

    [Fact]
    public void Tag_RandomTokenSoup_NeverThrowsAndSpansMatchText()
    {
        // Given
        var stage = new TemporalStage();
        var random = new Random(42);

        for (var round = 0; round < 2000; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 14)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            DateOnly? dct = random.Next(4) == 0 ? null : new DateOnly(1990 + random.Next(40), 1 + random.Next(12), 1 + random.Next(28));

            // When
            var found = stage.Tag(text, dct);

            // Then
            var end = 0;
            foreach (var x in found)
            {
                Assert.Equal(text[x.Start..x.End], x.Text);
                Assert.True(x.Start >= end, $"overlap in \"{text}\"");
                end = x.End;
            }
        }
    }

    [Fact]
    public void Tag_EmptyText_GivesNothing()
    {
        // Given
        var stage = new TemporalStage();

        // When
        var found = stage.Tag(string.Empty, new DateOnly(2017, 1, 8));

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void Constructor_BadOptions_Throws()
    {
        // Given
        var options = new TemporalOptions { MaxTextLength = 0 };

        // When / Then
        Assert.Throws<ArgumentOutOfRangeException>(() => new TemporalStage(options));
    }

    [Fact]
    public void Tag_WholePhraseOffsets_MarksOneDate()
    {
        // Given
        var stage = new TemporalStage(new TemporalOptions { Offsets = OffsetStyle.WholePhrase });

        // When
        var found = stage.Tag("Profit rose in the third quarter from $5 million a year earlier.", new DateOnly(2016, 10, 20));

        // Then
        var x = Assert.Single(found, e => e.Text == "a year earlier");
        Assert.Equal(TimexType.Date, x.Type);
        Assert.Equal("2015-Q3", x.Value);
    }

    [Fact]
    public void Tag_WholePhraseOffsetAfterNineMonths_YearBefore()
    {
        // Given: a quarter, then the nine months, each compared with "a year earlier"
        var stage = new TemporalStage(new TemporalOptions { Offsets = OffsetStyle.WholePhrase });
        const string text = "Net rose in the third quarter from $5 million a year earlier. "
            + "For the nine months, net was $9 million, up from $7 million a year earlier.";

        // When
        var found = stage.Tag(text, new DateOnly(2016, 10, 20)).Where(e => e.Text == "a year earlier").ToList();

        // Then: the quarter's comparison is that quarter a year back; the nine months' is the year before
        Assert.Equal(["2015-Q3", "2015"], found.Select(e => e.Value));
    }

    [Fact]
    public void Tag_WholePhraseYearOffset_CountsFromLatestDateNamed()
    {
        // Given: an older day, then a year, then "a year earlier"
        var stage = new TemporalStage(new TemporalOptions { Offsets = OffsetStyle.WholePhrase });
        const string text = "The plant opened on Feb. 1, 1990. In 1995 output doubled from a year earlier.";

        // When
        var found = stage.Tag(text, new DateOnly(2000, 6, 1));

        // Then: a year before 1995, not before Feb. 1, 1990
        Assert.Equal("1994", Assert.Single(found, e => e.Text == "a year earlier").Value);
    }
}
