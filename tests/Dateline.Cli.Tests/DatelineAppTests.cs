using System.Text.Json;
using System.Text.RegularExpressions;
using Dateline.Storage;
using Dateline.Storage.Sqlite;
using Spectre.Console.Testing;

namespace Dateline.Cli.Tests;

/// <summary>Runs the real app with arguments against reports written into a temp folder.</summary>
public sealed partial class DatelineAppTests : IDisposable
{
    private readonly TempDir _dir = new();

    public DatelineAppTests()
    {
        Directory.CreateDirectory(Reports);
        File.WriteAllText(Path.Combine(Reports, "levant.txt"), """
            Levant Wire
            Government and rebels agree nationwide truce
            January 8, 2017

            Syrian government forces and rebel groups agreed a nationwide truce, officials in Damascus said on state television.

            Russian jets bombed rebel positions near Idlib despite the truce, killing five civilians, according to local activists.

            The army arrested 30 activists in the capital after a protest against the government.
            """);
        File.WriteAllText(Path.Combine(Reports, "gulf.md"), """
            # Truce holds across Syria

            Published 9 January 2017

            Rebel factions and the Syrian government signed a nationwide truce brokered by Russia and Turkey, diplomats said.

            Warplanes shelled villages near Idlib on the same day, killing five people, rescuers told reporters.
            """);
        File.WriteAllText(Path.Combine(Reports, "caspian.html"), """
            <html><head>
              <meta property="og:site_name" content="Caspian Daily">
              <meta property="og:title" content="Jets strike Idlib despite truce">
              <meta property="article:published_time" content="2017-01-09T07:00:00Z">
            </head><body>
              <nav><a>Home</a> <a>World</a></nav>
              <article>
                <p>Russian aircraft bombed rebel-held areas near Idlib, killing five civilians, a monitoring group said.</p>
                <p>Police in Damascus detained dozens of protesters who rallied against the government after the truce was announced.</p>
              </article>
              <footer><p>Subscribe to our newsletter</p></footer>
            </body></html>
            """);
    }

    private string Reports => _dir.File("reports");

    private string Db => _dir.File("dateline.db");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Ingest_ThreeReports_StoresThemAndSaysHowMany()
    {
        // Given three reports of overlapping events in different words

        // When
        var (code, output) = Run("ingest", Reports, "--db", Db);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("reports: 3 new, 0 unchanged, 0 failed", output, StringComparison.Ordinal);
        using var store = SqliteEventStore.Open(Db);
        var counts = store.Counts();
        Assert.Equal(3, counts.Reports);
        Assert.True(counts.Mentions > 0, "the reports state events");
        Assert.InRange(counts.Events, 1, counts.Mentions);
        Assert.Contains($"total {counts.Mentions}", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SameReportsAgain_AddsNothing()
    {
        // Given a first ingest
        var (_, first) = Run("ingest", Reports, "--db", Db);
        var total = TotalMentions(first);

        // When
        var (code, second) = Run("ingest", Reports, "--db", Db);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("reports: 0 new, 3 unchanged, 0 failed; mentions: +0", second, StringComparison.Ordinal);
        Assert.Equal(total, TotalMentions(second));
        using var store = SqliteEventStore.Open(Db);
        Assert.Equal(3, store.Counts().Reports);
        Assert.Equal(total, store.Counts().Mentions);
    }

    [Fact]
    public void Ingest_SameStoryInAnotherFile_IsUnchanged()
    {
        // Given the Levant story already ingested, and a copy of it wrapped in other chrome
        Run("ingest", Path.Combine(Reports, "levant.txt"), "--db", Db);
        var copy = _dir.File("copy.txt");
        File.WriteAllText(copy, "Home\n\n" + File.ReadAllText(Path.Combine(Reports, "levant.txt")) + "\n\nShare this article");

        // When
        var (code, output) = Run("ingest", copy, "--db", Db);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("reports: 0 new, 1 unchanged", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Json_IsTheContract()
    {
        // Given
        Run("ingest", Reports, "--db", Db);

        // When
        var (code, output) = Run("timeline", "--db", Db, "--format", "json");

        // Then
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var events = doc.RootElement.GetProperty("events");
        Assert.True(events.GetArrayLength() > 0);
        var mentionCount = 0;
        foreach (var e in events.EnumerateArray())
        {
            Assert.Equal(["id", "title", "type", "status", "time", "actors", "location", "mentions"], e.EnumerateObject().Select(p => p.Name).Take(8));
            Assert.Equal(JsonValueKind.String, e.GetProperty("id").ValueKind);
            Assert.Equal(JsonValueKind.String, e.GetProperty("title").ValueKind);
            Assert.Matches("^[a-z]+$", e.GetProperty("type").GetString());
            Assert.Contains(e.GetProperty("status").GetString(), new[] { "occurred", "ongoing", "planned", "announced", "claimed", "denied", "hypothetical" });
            var time = e.GetProperty("time");
            Assert.Equal(["value", "earliest", "latest", "precision", "mod"], time.EnumerateObject().Select(p => p.Name).Take(5));
            Assert.Equal(JsonValueKind.Array, e.GetProperty("actors").ValueKind);
            Assert.Contains(e.GetProperty("location").ValueKind, new[] { JsonValueKind.Null, JsonValueKind.Object });
            Assert.True(e.GetProperty("mentions").GetArrayLength() > 0);
            foreach (var m in e.GetProperty("mentions").EnumerateArray())
            {
                mentionCount++;
                Assert.Equal(["report", "outlet", "url", "published", "sentence", "start", "end", "time_text"], m.EnumerateObject().Select(p => p.Name).Take(8));
                Assert.True(m.GetProperty("end").GetInt32() > m.GetProperty("start").GetInt32());
                Assert.False(string.IsNullOrEmpty(m.GetProperty("sentence").GetString()));
            }
        }

        using var store = SqliteEventStore.Open(Db);
        Assert.Equal(store.Counts().Mentions, mentionCount);
        Assert.Equal(store.Counts().Events, events.GetArrayLength());
    }

    [Fact]
    public void Timeline_Json_CitesTheOutletsOfTheReports()
    {
        // Given
        Run("ingest", Reports, "--db", Db);

        // When
        var (_, output) = Run("timeline", "--db", Db, "--format", "json");

        // Then
        using var doc = JsonDocument.Parse(output);
        var outlets = doc.RootElement.GetProperty("events").EnumerateArray()
            .SelectMany(e => e.GetProperty("mentions").EnumerateArray())
            .Select(m => m.GetProperty("outlet").GetString())
            .ToHashSet();
        Assert.Contains("Levant Wire", outlets);
        Assert.Contains("Caspian Daily", outlets);
    }

    [Fact]
    public void Timeline_Table_ListsEventsWithACount()
    {
        // Given
        Run("ingest", Reports, "--db", Db);
        using var store = SqliteEventStore.Open(Db);
        var count = store.Counts().Events;

        // When
        var (code, output) = Run("timeline", "--db", Db);

        // Then
        Assert.Equal(0, code);
        Assert.Contains($"{count} events", output, StringComparison.Ordinal);
        Assert.Contains("When", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_Top_ListsKeyDays()
    {
        // Given
        Run("ingest", Reports, "--db", Db);

        // When
        var (code, output) = Run("timeline", "--db", Db, "--top", "2");

        // Then
        Assert.Equal(0, code);
        Assert.Contains("What happened", output, StringComparison.Ordinal);
        Assert.Matches(@"[12] key days", output);
    }

    [Fact]
    public void EvalTls_Halves_PrintsTheSpreadOfDateF1()
    {
        // Given: four articles, two of them naming 25 May later; the reference holds 25 May
        var (articles, timelines) = TlsFiles(
        [
            """{"id": "1", "time": "2012-05-26", "text": "Troops shelled the village of Taldou on Friday ."}""",
            """{"id": "2", "time": "2012-06-02", "text": "Of the 108 people killed on 25 May , 49 were children ."}""",
            """{"id": "3", "time": "2012-06-10", "text": "The massacre of 25 May shocked the world ."}""",
            """{"id": "4", "time": "2012-06-11", "text": "Talks were held in Geneva on Sunday ."}""",
        ], """[["2012-05-25", ["108 people were killed in Houla ."]]]""");

        // When
        var (code, output) = Run("eval", "tls", "--articles", articles, "--timelines", timelines, "--halves", "4");

        // Then
        Assert.Equal(0, code);
        Assert.Matches(@"halves 4: date F1 mean [01]\.\d{3}, sd \d\.\d{3}, [01]\.\d{3}\.\.[01]\.\d{3}", output);
    }

    [Fact]
    public void EvalTls_FactBoxes_ScoresAgainstTheListedDaysFromTheOtherLines()
    {
        // Given: a fact box listing 10 May and 25 May, and prose of later reports naming 25 May
        var (articles, timelines) = TlsFiles(
        [
            """{"id": "0", "time": "2012-05-09", "text": "Troops shelled Homs on Tuesday ."}""",
            """{"id": "1", "time": "2012-06-01", "text": "The uprising has seen months of bloodshed across the country .\nKey dates :\n10 May - Two suicide bombers kill 55 people in Damascus .\n25 May - More than 100 people are killed in Houla ."}""",
            """{"id": "2", "time": "2012-06-02", "text": "Of the 108 people killed on 25 May , 49 were children ."}""",
            """{"id": "3", "time": "2012-06-10", "text": "The massacre of 25 May shocked the world ."}""",
        ], """[["2012-05-25", ["108 people were killed in Houla ."]]]""");

        // When
        var (code, output) = Run("eval", "tls", "--articles", articles, "--timelines", timelines, "--fact-boxes");

        // Then: two listed days; the prose finds 25 May, nothing names 10 May outside the box (F1 2/3)
        Assert.Equal(0, code);
        Assert.Contains("fact boxes: 2 days (2 entry lines, 2012-05-10..2012-05-25); date F1 0.667", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalTls_OneBrokenArticle_ScoresTheRestNamesTheLineAndFails()
    {
        // Given: three articles, the second with a publication date that is no date
        var (articles, timelines) = TlsFiles(
        [
            """{"id": "1", "time": "2012-06-02", "text": "Of the 108 people killed on 25 May , 49 were children ."}""",
            """{"id": "2", "time": "late May", "text": "The massacre shocked the world ."}""",
            """{"id": "3", "time": "2012-06-10", "text": "The massacre of 25 May shocked the world ."}""",
        ], """[["2012-05-25", ["108 people were killed in Houla ."]]]""");

        // When
        var (code, output) = Run("eval", "tls", "--articles", articles, "--timelines", timelines);

        // Then: the good articles are scored (25 May found), the bad line is named once, and the run does not pass as clean
        Assert.Equal(1, code);
        var error = Assert.Single(ErrorLines(output));
        Assert.Contains($"{articles}:2: field 'time' is not a date", error, StringComparison.Ordinal);
        Assert.Contains("1.000", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_EmptyStore_SaysNoEvents()
    {
        // Given a store with nothing in it
        SqliteEventStore.Open(Db).Dispose();

        // When
        var (code, output) = Run("timeline", "--db", Db);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("no events", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_MissingFile_FailsWithOneLineNamingIt()
    {
        // Given
        var missing = _dir.File("missing.txt");

        // When
        var (code, output) = Run("ingest", missing, "--db", Db);

        // Then
        Assert.NotEqual(0, code);
        var error = Assert.Single(ErrorLines(output));
        Assert.Contains(missing, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_JsonLinesWithOneBrokenLine_StoresTheGoodOnesAndNamesTheLine()
    {
        // Given
        var jsonl = _dir.File("feed.jsonl");
        File.WriteAllLines(jsonl, [
            """{"outlet":"Levant Wire","published":"2017-01-08T10:00:00Z","text":"Rebels attacked an army checkpoint near Hama, killing four soldiers, the army said."}""",
            """{"outlet":"Levant Wire","text": "Jets bombed""",
            """{"outlet":"Levant Wire","published":"2017-01-09T10:00:00Z","text":"Government forces recaptured two villages near Hama after heavy fighting, state media said."}""",
        ]);

        // When
        var (code, output) = Run("ingest", jsonl, "--db", Db);

        // Then
        Assert.NotEqual(0, code);
        var error = Assert.Single(ErrorLines(output));
        Assert.Contains("feed.jsonl:2", error, StringComparison.Ordinal);
        Assert.Contains("reports: 2 new, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        using var store = SqliteEventStore.Open(Db);
        Assert.Equal(2, store.Counts().Reports);
    }

    [Fact]
    public void Ingest_GoodFolderAndMissingFile_StoresTheGoodReports()
    {
        // Given
        var missing = _dir.File("missing.txt");

        // When
        var (code, output) = Run("ingest", Reports, missing, "--db", Db);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("reports: 3 new, 0 unchanged, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_UnsupportedFile_FailsNamingIt()
    {
        // Given
        var pdf = _dir.File("report.pdf");
        File.WriteAllText(pdf, "%PDF-1.4");

        // When
        var (code, output) = Run("ingest", pdf, "--db", Db);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("report.pdf", Assert.Single(ErrorLines(output)), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SourceAndPublishedOptions_OverrideEveryReport()
    {
        // Given
        var file = Path.Combine(Reports, "levant.txt");

        // When
        var (code, _) = Run("ingest", file, "--db", Db, "--source", "Analyst Notes", "--published", "2017-02-01T12:00Z");

        // Then
        Assert.Equal(0, code);
        using var store = SqliteEventStore.Open(Db);
        var cited = store.LoadMentions();
        Assert.NotEmpty(cited);
        Assert.All(cited, c =>
        {
            Assert.Equal("Analyst Notes", c.Outlet);
            Assert.Equal(new DateTimeOffset(2017, 2, 1, 12, 0, 0, TimeSpan.Zero), c.Published);
        });
    }

    [Fact]
    public void Ingest_BadPublishedOption_IsAValidationError()
    {
        // Given / When
        var (code, output) = Run("ingest", Reports, "--db", Db, "--published", "yesterday");

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("--published", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Ingest_DatabaseThatIsNotADatabase_FailsWithOneLine()
    {
        // Given
        File.WriteAllText(Db, "not a database ".PadRight(2048, '.'));

        // When
        var (code, output) = Run("ingest", Reports, "--db", Db);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("not a usable Dateline database", Assert.Single(ErrorLines(output)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "notadate")]
    [InlineData("--to", "2017-13-01")]
    [InlineData("--format", "xml")]
    public void Timeline_InvalidOption_IsAValidationError(string option, string value)
    {
        // Given an existing store
        Run("ingest", Reports, "--db", Db);

        // When
        var (code, output) = Run("timeline", "--db", Db, option, value);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains(option, output, StringComparison.Ordinal);
        Assert.Contains(value, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Timeline_MissingDatabase_FailsWithoutCreatingIt()
    {
        // Given / When
        var (code, output) = Run("timeline", "--db", Db);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("no such database", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Db));
    }

    [Fact]
    public void Timeline_FarFuturePeriod_IsEmptyJson()
    {
        // Given reports whose events all happened before their publication
        Run("ingest", Reports, "--db", Db);

        // When
        var (code, output) = Run("timeline", "--db", Db, "--format", "json", "--from", "2099-01-01");

        // Then
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void EvalEvents_ExpectationMet_PassesWithExitZero()
    {
        // Given
        Run("ingest", Reports, "--db", Db);
        var expected = _dir.File("expected.json");
        File.WriteAllText(expected, """
            {"events":[{"description":"the truce","sentence":"agreed a nationwide truce"}],"forbidden":["Subscribe to our newsletter"]}
            """);

        // When
        var (code, output) = Run("eval", "events", "--db", Db, "--expected", expected);

        // Then
        Assert.Equal(0, code);
        Assert.Contains("2 passed, 0 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalEvents_ExpectationMissed_FailsWithExitOne()
    {
        // Given
        Run("ingest", Reports, "--db", Db);
        var expected = _dir.File("expected.json");
        File.WriteAllText(expected, """{"events":[{"description":"talks in Geneva","sentence":"talks in Geneva"}]}""");

        // When
        var (code, output) = Run("eval", "events", "--db", Db, "--expected", expected);

        // Then
        Assert.Equal(1, code);
        Assert.Contains("FAIL talks in Geneva", output, StringComparison.Ordinal);
        Assert.Contains("0 passed, 1 failed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalEvents_MalformedExpectationFile_IsOneErrorLine()
    {
        // Given
        Run("ingest", Reports, "--db", Db);
        var expected = _dir.File("expected.json");
        File.WriteAllText(expected, "{\"events\": [");

        // When
        var (code, output) = Run("eval", "events", "--db", Db, "--expected", expected);

        // Then
        Assert.NotEqual(0, code);
        Assert.Contains("expected.json", Assert.Single(ErrorLines(output)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EvalPloverHelp_DescribesTheFileWithoutMarkupError()
    {
        // Given the help of a command whose description shows JSON brackets

        // When
        var (code, output) = Run("eval", "plover", "--help");

        // Then the brackets are text, not console markup
        Assert.Equal(0, code);
        Assert.Contains("{\"records\":[…]}", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find color or style", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("import")]
    [InlineData("timeline")]
    [InlineData("show")]
    [InlineData("export")]
    [InlineData("merge")]
    [InlineData("split")]
    [InlineData("undo")]
    [InlineData("watch")]
    [InlineData("timex")]
    [InlineData("bench", "merge")]
    [InlineData("bench", "pipeline")]
    [InlineData("bench", "load")]
    [InlineData("eval", "tls")]
    [InlineData("eval", "merge")]
    [InlineData("eval", "acled")]
    [InlineData("eval", "plover")]
    [InlineData("eval", "timex")]
    [InlineData("eval", "events")]
    public void Help_EveryVerb_PrintsWithoutMarkupError(params string[] verb)
    {
        // Given a verb whose option descriptions may show brackets ("[[date, [sentences]], …]")

        // When
        var (code, output) = Run([.. verb, "--help"]);

        // Then the help prints, its brackets as text
        Assert.Equal(0, code);
        Assert.Contains("USAGE", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find color or style", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_VillageTheGazetteerLacks_SaysWhoseCoordinatesItHas()
    {
        // Given a report of a village no gazetteer lists, in a known province
        var folder = _dir.File("village");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "raqqa.txt"),
            "Syrian Democratic Forces captured Qaryat Zughba village, on the Euphrates River in Ar-Raqqa province, on 5 January 2017, after clashes with the Islamic State.\n");
        Run("ingest", folder, "--db", Db);
        var (_, json) = Run("timeline", "--db", Db, "--format", "json");
        var location = JsonDocument.Parse(json).RootElement.GetProperty("events")[0].GetProperty("location");
        var id = JsonDocument.Parse(json).RootElement.GetProperty("events")[0].GetProperty("id").GetString()!;

        // When
        var (code, shown) = Run("show", id, "--db", Db);
        Run("export", "--db", Db, "--format", "csv", "--out", _dir.File("village.csv"));

        // Then the village keeps its name, at the province seat's coordinates, and every view says so
        Assert.Equal(0, code);
        Assert.Equal(("Qaryat Zughba", "region", "Ar Raqqah"), (location.GetProperty("name").GetString(), location.GetProperty("precision").GetString(), location.GetProperty("anchor").GetString()));
        Assert.Contains("Qaryat Zughba (SY, 35.95", shown, StringComparison.Ordinal);
        Assert.Contains("at Ar Raqqah (region)", shown, StringComparison.Ordinal);
        Assert.Contains(",Qaryat Zughba,35.95283,39.00788,3,", File.ReadAllText(_dir.File("village.csv")), StringComparison.Ordinal);
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        var console = new TestConsole().Width(4000);
        var code = DatelineApp.Run(args, console);
        return (code, console.Output);
    }

    // A T17-style pair in the test's folder: articles (JSON Lines) and one reference timeline.
    private (string Articles, string Timelines) TlsFiles(string[] articles, string timeline)
    {
        var (a, t) = (_dir.File("articles.jsonl"), _dir.File("timelines.jsonl"));
        File.WriteAllLines(a, articles);
        File.WriteAllText(t, timeline + "\n");
        return (a, t);
    }

    private static List<string> ErrorLines(string output) =>
        output.Split('\n').Where(l => l.StartsWith("error:", StringComparison.Ordinal)).ToList();

    private static int TotalMentions(string output) => int.Parse(TotalPattern().Match(output).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\(total (\d+)\)")]
    private static partial Regex TotalPattern();
}
