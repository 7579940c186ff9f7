using System.Globalization;
using Dateline.Core.Stages.Cleaning;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Cleaning;

public sealed class PublicationDateParserTests
{
    public static TheoryData<string, string?> DateSpec()
    {
        var data = new TheoryData<string, string?>();
        foreach (var c in SpecFile.Cases("PublicationDates.json"))
        {
            data.Add(c.Str("line")!, c.Str("expected"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DateSpec))]
    public void Parse_SpecLine_GivesUtcInstantOrNull(string line, string? expected)
    {
        // Given a header line from Specs/PublicationDates.json

        // When
        var parsed = PublicationDateParser.Parse(line);

        // Then
        if (expected is null)
        {
            Assert.Null(parsed);
        }
        else
        {
            Assert.NotNull(parsed);
            Assert.Equal(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture), parsed.Value);
        }
    }

    [Fact]
    public void Parse_OffsetTime_IsTheSameInstant()
    {
        // Given a local time three hours ahead of UTC
        const string line = "2017-01-08T14:28+03:00";

        // When
        var parsed = PublicationDateParser.Parse(line);

        // Then
        Assert.Equal(new DateTimeOffset(2017, 1, 8, 11, 28, 0, TimeSpan.Zero).UtcDateTime, parsed!.Value.UtcDateTime);
    }

    [Fact]
    public void ParseWire_ReutersDatelineWithYear_GivesPlaceOutletDate()
    {
        // Given
        const string paragraph = "DAMASCUS, Jan 8 (Reuters) - Syrian government forces advanced on Sunday.";

        // When
        var wire = PublicationDateParser.ParseWire(paragraph, 2017);

        // Then
        Assert.NotNull(wire);
        Assert.Equal("DAMASCUS", wire.Place);
        Assert.Equal("Reuters", wire.Outlet);
        Assert.Equal(new DateTimeOffset(2017, 1, 8, 0, 0, 0, TimeSpan.Zero), wire.Date);
        Assert.Equal("Syrian", paragraph[wire.Length..].Split(' ')[0]);
    }

    [Fact]
    public void ParseWire_NoYearKnown_GivesOutletWithoutDate()
    {
        // Given
        const string paragraph = "ASTANA, Jan 23 (Caspian Daily) — Talks opened in the Kazakh capital.";

        // When
        var wire = PublicationDateParser.ParseWire(paragraph, null);

        // Then
        Assert.NotNull(wire);
        Assert.Equal("Caspian Daily", wire.Outlet);
        Assert.Null(wire.Date);
    }

    [Fact]
    public void ParseWire_DatelineWithoutDate_GivesPlaceAndOutlet()
    {
        // Given
        const string paragraph = "KABUL (AP) — A suicide bomber struck a market on Saturday.";

        // When
        var wire = PublicationDateParser.ParseWire(paragraph, 2017);

        // Then
        Assert.NotNull(wire);
        Assert.Equal("KABUL", wire.Place);
        Assert.Equal("AP", wire.Outlet);
        Assert.Null(wire.Date);
    }

    [Theory]
    [InlineData("Syrian troops advanced on Sunday (local time) - officials said.")]
    [InlineData("The UN (in New York) said talks would resume.")]
    [InlineData("")]
    public void ParseWire_OrdinaryParagraph_IsNull(string paragraph)
    {
        // Given an opening paragraph without a wire dateline

        // When
        var wire = PublicationDateParser.ParseWire(paragraph, 2017);

        // Then
        Assert.Null(wire);
    }
}
