using System.Text;
using Dateline.Core.Contract;
using Dateline.Core.Export;
using Dateline.Core.Model;
using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class AcledCsvImporterTests
{
    private static readonly Event Rich = new()
    {
        Id = "ev-0001",
        Title = "=Ceasefire takes effect, \"negotiated\"; by Russia",
        Type = "agree",
        Status = EventStatus.Occurred,
        Time = new TimeValue("2016-12-30", new DateOnly(2016, 12, 30), new DateOnly(2016, 12, 30), TimePrecision.Day, null, TimeAnchor.Publication),
        Actors = [new ActorRef("Russia", ActorRole.Mediator, "RUS"), new ActorRef("Syrian government", ActorRole.Initiator), new ActorRef("-Rebels", ActorRole.Target)],
        Location = new PlaceRef("Aleppo", "SY", 36.20124, 37.16117),
        Mentions =
        [
            new CitedMention(
                new Mention
                {
                    ReportId = "r1", Ordinal = 2, Sentence = "A ceasefire took effect,\nsaid \"SANA\".", Start = 5, End = 40,
                    Trigger = "ceasefire", Type = "agree", Status = EventStatus.Claimed, Time = TimeValue.FromTimeMl("2016-12-30"),
                    TimeText = "Friday", Actors = [new ActorRef("Russia", ActorRole.Mediator)], Location = null,
                    Fatalities = new Quantity(3, null), Attribution = "SANA", Title = "Ceasefire",
                },
                "Press TV", "https://example.org/1", new DateTimeOffset(2017, 1, 8, 14, 28, 0, TimeSpan.Zero)),
        ],
        Fatalities = new Quantity(12, 30),
        AcledEventType = "Strategic developments",
        AcledSubEventType = "Agreement",
        CameoCode = "057",
        Notes = "+notes, with \"quotes\"\r\nand lines",
        SourceUrl = "https://example.org/gdelt",
        Provenance = ["dataset:acled:SYR1", "dataset:gdelt:42"],
    };

    private static readonly Event Sparse = new()
    {
        Id = "ev-0002",
        Title = "@Talks",
        Type = "consult",
        Status = EventStatus.Planned,
        Time = TimeValue.FromTimeMl("2017-01", "END", TimeAnchor.Publication),
        Mentions = [],
    };

    [Fact]
    public void Read_ExportedCsv_LosesNoField()
    {
        // Given
        var csv = AcledCsvExporter.Write([Rich, Sparse]);

        // When
        var results = AcledCsvImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "export.csv").ToList();

        // Then
        Assert.All(results, r => Assert.Null(r.Error));
        var back = results.Select(r => r.Event!).ToList();
        Assert.Equal(EventJson.Write([Rich, Sparse]), EventJson.Write(back));
        Assert.Equal(Rich.Title, back[0].Title);
        Assert.Equal(Rich.Notes, back[0].Notes);
        Assert.Equal(Rich.Actors, back[0].Actors);
        Assert.Equal(Rich.Time, back[0].Time);
        Assert.Equal(Rich.Location, back[0].Location);
        Assert.Equal(Rich.Fatalities, back[0].Fatalities);
        Assert.Equal(Rich.Provenance, back[0].Provenance);
        Assert.Equal(Rich.Mentions[0].Mention with { Actors = [] }, back[0].Mentions[0].Mention with { Actors = [] });
        Assert.Equal(Sparse.Time, back[1].Time);
        Assert.Null(back[1].Location);
        Assert.Null(back[1].Fatalities);
    }

    [Fact]
    public void Read_ExportedCsv_AcledReaderReadsTheAcledColumns()
    {
        // Given: existing ACLED tooling reads by header name and ignores the dateline_* columns.
        var csv = AcledCsvExporter.Write([Rich]);

        // When
        var e = AcledReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "export.csv").Single().Event!;

        // Then
        Assert.Equal("dataset:acled:SYR1", e.Provenance);
        Assert.Equal(new DateOnly(2016, 12, 30), e.Time.Earliest);
        Assert.Equal("Agreement", e.AcledSubEventType);
        Assert.Equal(new PlaceRef("Aleppo", "SY", 36.20124, 37.16117), e.Location);
        Assert.Equal(new Quantity(12, 12), e.Fatalities);
        Assert.Equal("Syrian government", e.Actors[0].Name);
    }

    [Fact]
    public void Read_PlainAcledFile_ReadAsDatasetEvents()
    {
        // Given
        var text = Fixtures.AcledNewHeader + "\nSYR3335,26 February 2017,2017,1,Political violence,Battles,Armed clash,YPG,,2,Military Forces of Turkey (2016-),,8,28,,760,Middle East,Syria,Aleppo,Menbij,Maskana,Madinet Elghar,35.9171,38.0139,1,SOHR,Other,Clashes.,0,,1624916968\n";

        // When
        var e = AcledCsvImporter.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), "a.csv").Single().Event!;

        // Then
        Assert.Equal("acled-SYR3335", e.Id);
        Assert.Equal("assault", e.Type);
        Assert.Equal(["dataset:acled:SYR3335"], e.Provenance);
        Assert.Equal("Battles / Armed clash: YPG – Military Forces of Turkey (2016-), Madinet Elghar", e.Title);
    }
}
