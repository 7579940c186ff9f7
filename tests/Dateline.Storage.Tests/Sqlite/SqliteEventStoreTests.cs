using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Ranking;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;
using Dateline.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Storage.Tests.Sqlite;

public sealed class SqliteEventStoreTests : IDisposable
{
    private static readonly DateTimeOffset Published = new(2017, 1, 9, 14, 28, 0, TimeSpan.FromHours(3));
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Open_NewFile_IsAnEmptyStore()
    {
        // Given / When
        using var store = SqliteEventStore.Open(_dir.File("new.db"));

        // Then
        Assert.Equal(new StoreCounts(0, 0, 0), store.Counts());
        Assert.True(File.Exists(_dir.File("new.db")));
    }

    [Fact]
    public void Open_FileThatIsNotADatabase_ThrowsStoreExceptionNamingIt()
    {
        // Given
        var path = _dir.File("notes.db");
        File.WriteAllText(path, "These are my notes about the ceasefire, not a database. ".PadRight(4096, 'x'));

        // When
        var ex = Record.Exception(() => SqliteEventStore.Open(path).Dispose());

        // Then
        var error = Assert.IsType<StoreException>(ex);
        Assert.StartsWith(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingFolder_ThrowsStoreException()
    {
        // Given
        var path = Path.Combine(_dir.Path, "no-such-folder", "x.db");

        // When
        var ex = Record.Exception(() => SqliteEventStore.Open(path).Dispose());

        // Then
        Assert.IsType<StoreException>(ex);
        Assert.Contains("folder does not exist", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NewerSchema_ThrowsStoreException()
    {
        // Given a database written by a later Dateline
        var path = _dir.File("future.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "PRAGMA user_version = 99;";
            cmd.ExecuteNonQuery();
        }

        // When
        var ex = Record.Exception(() => SqliteEventStore.Open(path).Dispose());

        // Then
        Assert.IsType<StoreException>(ex);
        Assert.Contains("newer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SaveReport_NewReport_StoresItAndItsMentions()
    {
        // Given
        using var store = Open();
        var processed = Processed("Rebels attacked the town. Jets bombed the market.", Mention(0), Mention(1));

        // When
        var saved = store.SaveReport(processed);

        // Then
        Assert.True(saved);
        Assert.True(store.HasReport(processed.Report.ContentHash));
        Assert.Equal(new StoreCounts(1, 2, 0), store.Counts());
    }

    [Fact]
    public void SaveReport_SameContentTwice_SecondIsANoOp()
    {
        // Given
        using var store = Open();
        var processed = Processed("Rebels attacked the town.", Mention(0));
        store.SaveReport(processed);

        // When
        var again = store.SaveReport(processed with { Report = processed.Report with { Source = "copy.txt" } });

        // Then
        Assert.False(again);
        Assert.Equal(new StoreCounts(1, 1, 0), store.Counts());
    }

    [Fact]
    public void SaveReport_SentenceNamingAPastDay_LoadDayMentionsReturnsIt()
    {
        // Given a report of 9 January naming 5 January, as the pipeline segments and tags it
        using var store = Open();
        var processed = Tagged("Jets bombed the market on 5 January . Talks go on .");

        // When
        store.SaveReport(processed);
        var days = store.LoadDayMentions();

        // Then
        var d = Assert.Single(days);
        Assert.Equal(new DayMention(new DateOnly(2017, 1, 5), "report000001", "Levant Wire", new DateOnly(2017, 1, 9), "Jets bombed the market on 5 January .", true), d with { Dates = null });
        Assert.Equal([new DateSpan(26, 35, new DateOnly(2017, 1, 5))], d.Dates);
    }

    [Fact]
    public void Open_SchemaOneStoreWithReports_FindsTheirDayReferencesOnce()
    {
        // Given a store written before day references were kept (schema 1, no table)
        var path = _dir.File("old.db");
        using (var store = SqliteEventStore.Open(path))
        {
            store.SaveReport(Tagged("Jets bombed the market on 5 January ."));
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DROP TABLE day_references; PRAGMA user_version = 1;";
            cmd.ExecuteNonQuery();
        }

        // When
        using var reopened = SqliteEventStore.Open(path);

        // Then
        Assert.Equal(new DateOnly(2017, 1, 5), Assert.Single(reopened.LoadDayMentions()).Day);
    }

    [Fact]
    public void Open_SchemaTwoStore_DayReferencesGainTheirDateOffsets()
    {
        // Given a store written when day references had no date offsets (schema 2, no dates column)
        var path = _dir.File("two.db");
        using (var store = SqliteEventStore.Open(path))
        {
            store.SaveReport(Tagged("Jets bombed the market on 5 January ."));
        }

        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "ALTER TABLE day_references DROP COLUMN dates; PRAGMA user_version = 2;";
            cmd.ExecuteNonQuery();
        }

        // When
        using var reopened = SqliteEventStore.Open(path);

        // Then
        var d = Assert.Single(reopened.LoadDayMentions());
        Assert.Equal([new DateSpan(26, 35, new DateOnly(2017, 1, 5))], d.Dates);
    }

    [Fact]
    public void HasReport_UnknownHash_False()
    {
        // Given
        using var store = Open();

        // When / Then
        Assert.False(store.HasReport(Report.HashOf("never stored")));
    }

    [Fact]
    public void LoadMentions_AfterSave_EveryFieldSurvives()
    {
        // Given a mention with every optional field set
        using var store = Open();
        var mention = Mention(0) with
        {
            TimeText = "after December 30",
            Time = TimeValue.FromTimeMl("2016-12-30", "AFTER", TimeAnchor.PreviousDate),
            Actors = [new ActorRef("Bashar al-Assad", ActorRole.Initiator, "Q44329"), new ActorRef("Russia", ActorRole.Mediator)],
            Location = new PlaceRef("Aleppo", "SY", 36.2021, 37.1343),
            Fatalities = new Quantity(12, null),
            Attribution = "Syrian Observatory",
            Status = EventStatus.Claimed,
        };
        var processed = Processed("Rebels attacked the town.", mention);
        store.SaveReport(processed);

        // When
        var cited = Assert.Single(store.LoadMentions());

        // Then
        AssertSameMention(mention, cited.Mention);
        Assert.Equal("Levant Wire", cited.Outlet);
        Assert.Equal("https://example.test/story", cited.Url);
        Assert.Equal(Published, cited.Published);
        Assert.Equal(Published.Offset, cited.Published!.Value.Offset);
    }

    [Fact]
    public void LoadMentions_ReportWithoutMetadata_HasNulls()
    {
        // Given
        using var store = Open();
        var processed = Processed("Rebels attacked the town.", Mention(0));
        processed = processed with { Report = processed.Report with { Outlet = null, Url = null, Published = null } };
        store.SaveReport(processed);

        // When
        var cited = Assert.Single(store.LoadMentions());

        // Then
        Assert.Null(cited.Outlet);
        Assert.Null(cited.Url);
        Assert.Null(cited.Published);
        Assert.Null(cited.Mention.Location);
        Assert.Null(cited.Mention.Fatalities);
        Assert.Empty(cited.Mention.Actors);
    }

    [Fact]
    public void ReplaceEvents_ThenLoadEvents_EveryFieldSurvives()
    {
        // Given
        using var store = Open();
        var processed = Processed("Rebels attacked the town. Jets bombed the market.", Mention(0), Mention(1));
        store.SaveReport(processed);
        var cited = store.LoadMentions();
        var e = new Event
        {
            Id = "ev-0123456789",
            Title = "Rebels attacked the town",
            Type = "assault",
            Status = EventStatus.Ongoing,
            Time = TimeValue.FromTimeMl("2017-01", "END", TimeAnchor.Publication),
            Actors = [new ActorRef("Free Syrian Army", ActorRole.Initiator), new ActorRef("Syrian army", ActorRole.Target, "Q1")],
            Location = new PlaceRef("Aleppo", "SY", 36.2021, 37.1343),
            Mentions = [cited[1], cited[0]],
        };

        // When
        store.ReplaceEvents([e]);
        var loaded = Assert.Single(store.LoadEvents(new EventQuery()));

        // Then
        Assert.Equal(e.Id, loaded.Id);
        Assert.Equal(e.Title, loaded.Title);
        Assert.Equal(e.Type, loaded.Type);
        Assert.Equal(e.Status, loaded.Status);
        Assert.Equal(e.Time, loaded.Time);
        Assert.Equal(e.Actors, loaded.Actors);
        Assert.Equal(e.Location, loaded.Location);
        Assert.Equal([1, 0], loaded.Mentions.Select(c => c.Mention.Ordinal));
        AssertSameMention(cited[1].Mention, loaded.Mentions[0].Mention);
        Assert.Equal(cited[1].Published, loaded.Mentions[0].Published);
        Assert.Equal(new StoreCounts(1, 2, 1), store.Counts());
    }

    [Fact]
    public void ReplaceEvents_Twice_KeepsOnlyTheLatestSet()
    {
        // Given
        using var store = Open();
        store.SaveReport(Processed("Rebels attacked the town. Jets bombed the market.", Mention(0), Mention(1)));
        var cited = store.LoadMentions();
        store.ReplaceEvents([Ev("ev-a", "2017-01-08", cited[0]), Ev("ev-b", "2017-01-09", cited[1])]);

        // When
        store.ReplaceEvents([Ev("ev-c", "2017-01-08", cited[0], cited[1])]);

        // Then
        var e = Assert.Single(store.LoadEvents(new EventQuery()));
        Assert.Equal("ev-c", e.Id);
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal(2, store.Counts().Mentions);
    }

    [Theory]
    [InlineData("2017-01-01", null, "ev-day,ev-after,ev-unknown")]
    [InlineData("2016-12-31", null, "ev-dec,ev-day,ev-after,ev-unknown")]
    [InlineData(null, "2016-12-31", "ev-dec,ev-unknown")]
    [InlineData(null, "2017-01-10", "ev-dec,ev-day,ev-after,ev-unknown")]
    [InlineData("2017-01-09", "2017-01-09", "ev-unknown")]
    [InlineData(null, null, "ev-dec,ev-day,ev-after,ev-unknown")]
    public void LoadEvents_FromTo_KeepsEventsWhoseIntervalOverlaps(string? from, string? to, string expected)
    {
        // Given December 2016, 8 January 2017, "after 9 January" and an unknown time
        using var store = Open();
        store.SaveReport(Processed("Rebels attacked the town. Jets bombed the market.", Mention(0), Mention(1)));
        var c = store.LoadMentions()[0];
        store.ReplaceEvents([
            Ev("ev-unknown", null, c),
            Ev("ev-after", "2017-01-09", c, mod: "AFTER"),
            Ev("ev-day", "2017-01-08", c),
            Ev("ev-dec", "2016-12", c),
        ]);

        // When
        var events = store.LoadEvents(new EventQuery(Day(from), Day(to)));

        // Then events come by earliest date, unknown last
        Assert.Equal(expected, string.Join(',', events.Select(e => e.Id)));
    }

    [Fact]
    public void Open_ExistingStore_KeepsWhatWasCommitted()
    {
        // Given a store written and closed
        var path = _dir.File("persist.db");
        using (var store = SqliteEventStore.Open(path))
        {
            store.SaveReport(Processed("Rebels attacked the town.", Mention(0)));
        }

        // When
        using var reopened = SqliteEventStore.Open(path);

        // Then
        Assert.Equal(new StoreCounts(1, 1, 0), reopened.Counts());
    }

    private SqliteEventStore Open() => SqliteEventStore.Open(_dir.File("store.db"));

    private static void AssertSameMention(Mention expected, Mention actual)
    {
        Assert.Equal(expected with { Actors = [] }, actual with { Actors = [] });
        Assert.Equal(expected.Actors, actual.Actors);
    }

    private static DateOnly? Day(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    private static Event Ev(string id, string? value, CitedMention c, CitedMention? other = null, string? mod = null) => new()
    {
        Id = id,
        Title = id,
        Type = "assault",
        Status = EventStatus.Occurred,
        Time = value is null ? TimeValue.Unknown : TimeValue.FromTimeMl(value, mod),
        Mentions = other is null ? [c] : [c, other],
    };

    private static Mention Mention(int ordinal) => new()
    {
        ReportId = "report000001",
        Ordinal = ordinal,
        Sentence = ordinal == 0 ? "Rebels attacked the town." : "Jets bombed the market.",
        Start = ordinal == 0 ? 0 : 26,
        End = ordinal == 0 ? 25 : 49,
        Trigger = ordinal == 0 ? "attacked" : "bombed",
        Type = "assault",
        Status = EventStatus.Occurred,
        Time = TimeValue.OfDay(new DateOnly(2017, 1, 8), TimeAnchor.Publication),
        Title = ordinal == 0 ? "Rebels attacked the town" : "Jets bombed the market",
    };

    // A report with the sentences and time expressions the pipeline would give it.
    private static ProcessedReport Tagged(string text)
    {
        var p = Processed(text);
        return p with { Sentences = new SegmentationStage().Split(text), Times = new TemporalStage().Tag(text, DateOnly.FromDateTime(Published.DateTime)) };
    }

    private static ProcessedReport Processed(string text, params Mention[] mentions)
    {
        var hash = Report.HashOf(text);
        var report = new Report
        {
            Id = "report000001",
            ContentHash = hash,
            Text = text,
            Source = "story.txt",
            Title = "Attack",
            Outlet = "Levant Wire",
            Url = "https://example.test/story",
            Published = Published,
        };
        return new ProcessedReport(report, [], [], [], mentions);
    }
}
