using Dateline.Core.Model;
using Dateline.Core.Ranking;
using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Ranking;

public sealed class DayReferenceTests
{
    private static Report Report(string id, string published, string text) => new()
    {
        Id = id,
        ContentHash = id,
        Text = text,
        Source = id,
        Published = DateTimeOffset.Parse(published + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture),
    };

    private static DateOnly Day(string s) => DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Collect_ExplicitPastDate_ExplicitMentionOfThatDay()
    {
        // Given: a report of 2 June naming 25 May
        var report = Report("r1", "2012-06-02", "Of the 108 people killed on 25 May , 49 were children .");

        // When
        var found = DayReference.Collect(report);

        // Then
        var m = Assert.Single(found);
        Assert.Equal(Day("2012-05-25"), m.Day);
        Assert.True(m.Explicit);
    }

    [Fact]
    public void Collect_OffsetFromNarrativeDay_MentionOfTheDayItPointsAt()
    {
        // Given: "Two days later" counts from 3 June, the day the story last named
        var report = Report("r1", "2012-06-10", "On 3 June troops entered Jisr al-Shughour . Two days later the army shelled the town .");

        // When
        var found = DayReference.Collect(report);

        // Then
        Assert.Equal([Day("2012-06-03"), Day("2012-06-05")], found.Select(m => m.Day));
        Assert.False(found[1].Explicit);
    }

    [Fact]
    public void Collect_DayRange_MentionOfEachDay()
    {
        // Given: a range of two days in one month
        var report = Report("r1", "2012-01-05", "Protests took place on 19-20 December 2011 in Homs .");

        // When
        var found = DayReference.Collect(report);

        // Then
        Assert.Equal([Day("2011-12-19"), Day("2011-12-20")], found.Select(m => m.Day));
    }

    [Fact]
    public void Collect_FutureDeadline_NoMention()
    {
        // Given: a date after publication is a plan, not a reference to a day that happened
        var report = Report("r1", "2012-04-06", "The plan sets a ceasefire deadline of 10 April .");

        // When
        var found = DayReference.Collect(report);

        // Then
        Assert.Empty(found);
    }

    [Fact]
    public void Top_DayReferredToLater_RanksAboveDayOfNewsOnly()
    {
        // Given: 25 May named by two later reports; 1 June only by its own day's news
        var mentions = new List<DayMention>
        {
            new(Day("2012-05-25"), "a", null, Day("2012-06-02"), "Of the 108 people killed on 25 May , 49 were children .", true),
            new(Day("2012-05-25"), "b", null, Day("2012-06-10"), "The Houla massacre of 25 May killed 108 people .", true),
            new(Day("2012-06-01"), "c", null, Day("2012-06-01"), "Talks were held on Friday .", false),
        };

        // When
        var top = DayReference.Top(mentions, [Day("2012-06-01"), Day("2012-06-01")], 1);

        // Then
        var day = Assert.Single(top);
        Assert.Equal(Day("2012-05-25"), day.Day);
        Assert.Equal(2, day.LaterReports);
        Assert.Equal(["a", "b"], day.Sources);
    }

    [Fact]
    public void Top_FewerButExplicitLaterReferences_RankAboveManyVagueOnes()
    {
        // Given: 10 May named as "10 May" by two later reports (ln 3 + ln 3); 9 May referred to by four later reports,
        // all by deixis (ln 5 + ln 1), with more news published on it
        var mentions = new List<DayMention>
        {
            new(Day("2012-05-10"), "a", null, Day("2012-05-18"), "Two bombs exploded in Damascus on 10 May .", true),
            new(Day("2012-05-10"), "b", null, Day("2012-06-01"), "On 10 May , suicide bombers struck Damascus .", true),
        };
        mentions.AddRange(new[] { "c", "d", "e", "f" }.Select(id => new DayMention(Day("2012-05-09"), id, null, Day("2012-05-10"), "Shelling went on yesterday .", false)));

        // When
        var top = DayReference.Top(mentions, [Day("2012-05-09"), Day("2012-05-09"), Day("2012-05-09")], 1);

        // Then
        Assert.Equal(Day("2012-05-10"), Assert.Single(top).Day);
    }

    [Fact]
    public void Top_OutsideTheSpan_Left()
    {
        // Given
        var mentions = new List<DayMention>
        {
            new(Day("2012-05-25"), "a", null, Day("2012-06-02"), "Killed on 25 May .", true),
            new(Day("2012-07-18"), "b", null, Day("2012-07-20"), "The bombing on 18 July .", true),
        };

        // When
        var top = DayReference.Top(mentions, [], 5, to: Day("2012-06-30"));

        // Then
        Assert.Equal([Day("2012-05-25")], top.Select(d => d.Day));
    }

    [Fact]
    public void Entry_ChronologyRunTogether_CutToTheDaysEntry()
    {
        // Given: a list of dated entries that segmentation left as one sentence
        var m = new DayMention(Day("2012-05-10"), "a", null, Day("2012-07-18"), "17 Mar - 27 people die in explosions in Damascus 10 May - Two suicide bombers kill 55 in Damascus .", true);

        // When
        var entry = DayReference.Entry(m);

        // Then
        Assert.Equal("10 May - Two suicide bombers kill 55 in Damascus .", entry);
    }

    [Theory]
    [InlineData("2012-05-10", "17 Mar - 27 people die in explosions in Damascus 10 May - Two suicide bombers kill 55 in Damascus .", true)]
    [InlineData("2011-11-12", "12 November : Arab League suspends Syria .", true)]
    [InlineData("2012-02-03", "Troops shelled Homs on 3 February , and Idlib was attacked on 5 February .", false)]
    [InlineData("2012-02-05", "Troops shelled Homs on 3 February - and Idlib was attacked on 5 February .", false)]
    public void IsChronologyEntry_DateHeadingAnEntry_True(string day, string sentence, bool expected)
    {
        // Given: fact-box lines (a date, then a dash or colon) and prose
        var m = new DayMention(Day(day), "a", null, Day("2012-07-18"), sentence, true);

        // When / Then: only the day whose date heads an entry is listed by it
        Assert.Equal(expected, DayReference.IsChronologyEntry(m));
    }

    [Fact]
    public void Entry_ProseNamingTwoDays_CutBetweenTheDates()
    {
        // Given
        var m = new DayMention(Day("2012-02-03"), "a", null, Day("2012-03-01"), "Troops shelled Homs on 3 February , and Idlib was attacked on 5 February .", true);

        // When
        var entry = DayReference.Entry(m);

        // Then
        Assert.Equal("Troops shelled Homs on 3 February", entry);
    }

    [Fact]
    public void Collect_SentenceWithTwoDates_MentionsKeepBothOffsets()
    {
        // Given
        var report = Report("r1", "2012-03-01", "Troops shelled Homs on 3 February , and Idlib was attacked on 5 February .");

        // When
        var found = DayReference.Collect(report);

        // Then: both mentions carry the sentence's two dates, as offsets into the sentence
        Assert.Equal(2, found.Count);
        var dates = found[0].Dates!;
        Assert.Equal(["3 February", "5 February"], dates.Select(d => found[0].Sentence[d.Start..d.End]));
        Assert.Equal([Day("2012-02-03"), Day("2012-02-05")], dates.Select(d => d.Day));
    }

    [Fact]
    public void Entry_StoredDates_CutByThemWithoutTagging()
    {
        // Given: the stored dates say "Friday" is 3 February (ingest anchored it on the story), which the sentence alone
        // could not tell
        const string sentence = "Homs was shelled on Friday , and Idlib was attacked on 5 February .";
        var m = new DayMention(Day("2012-02-03"), "a", null, Day("2012-03-01"), sentence, false)
        {
            Dates = [new DateSpan(20, 26, Day("2012-02-03")), new DateSpan(55, 65, Day("2012-02-05"))],
        };

        // When
        var entry = DayReference.Entry(m);

        // Then
        Assert.Equal("Homs was shelled on Friday", entry);
    }

    [Fact]
    public void Entry_OnlyItsOwnDay_WholeSentence()
    {
        // Given
        var m = new DayMention(Day("2012-04-12"), "a", null, Day("2012-04-20"), "A ceasefire started on 12 April .", true);

        // When / Then
        Assert.Equal("A ceasefire started on 12 April .", DayReference.Entry(m));
    }

    [Fact]
    public void Central_ParaphrasedSentence_WinsOverAside()
    {
        // Given
        string[] sentences = ["UN observers said 108 people were killed in Houla .", "The Houla massacre killed 108 people , observers said .", "Talks were held in Geneva ."];

        // When
        var central = SentenceCentrality.Central(sentences);

        // Then
        Assert.DoesNotContain("Talks were held in Geneva .", central);
        Assert.Single(central);
    }

    [Fact]
    public void Top_FragmentsAndBylines_SummaryIsAStatement()
    {
        // Given: three later sentences about 6 June: a fragment left by the entry cut, a reporter's byline, a statement
        var mentions = new List<DayMention>
        {
            new(Day("2012-06-06"), "a", null, Day("2012-06-20"), "and 6 June .", true),
            new(Day("2012-06-06"), "b", null, Day("2012-06-21"), "The BBC 's correspondent in Beirut said on 6 June that the village was quiet .", true),
            new(Day("2012-06-06"), "c", null, Day("2012-06-22"), "Activists said 78 villagers were killed in Qubair on 6 June .", true),
        };

        // When
        var top = DayReference.Top(mentions, [], 1);

        // Then
        Assert.Equal("Activists said 78 villagers were killed in Qubair on 6 June .", Assert.Single(top).Summary);
    }

    [Fact]
    public void Top_OnlyFragments_SummaryStillGiven()
    {
        // Given: nothing better than a fragment names the day
        var mentions = new List<DayMention> { new(Day("2012-06-06"), "a", null, Day("2012-06-20"), "and 6 June .", true) };

        // When
        var top = DayReference.Top(mentions, [], 1);

        // Then
        Assert.Equal("and 6 June .", Assert.Single(top).Summary);
    }

    [Fact]
    public void Top_FactBoxCopiedIntoManyReports_CountsOnce()
    {
        // Given: one fact box line about 26 December pasted into three later reports, against 10 May told by two
        // later reports in their own words
        var mentions = new List<DayMention>
        {
            new(Day("2012-05-10"), "a", null, Day("2012-05-18"), "Two bombs exploded in Damascus on 10 May .", true),
            new(Day("2012-05-10"), "b", null, Day("2012-06-01"), "On 10 May , suicide bombers struck Damascus .", true),
        };
        mentions.AddRange(new[] { "c", "d", "e" }.Select((id, k) => new DayMention(Day("2011-12-26"), id, null, Day("2012-01-13").AddDays(k), "26 December : Arab League observers arrive in Syria", true)));

        // When
        var top = DayReference.Top(mentions, [], 1);

        // Then: the box counts for its first report only (ln 2 + ln 2 against ln 3 + ln 3)
        var day = Assert.Single(top);
        Assert.Equal(Day("2012-05-10"), day.Day);
    }

    [Fact]
    public void Top_SameWordsTwiceInOneReport_StillTheReportsOwn()
    {
        // Given: a caption repeating the report's own sentence
        var mentions = new List<DayMention>
        {
            new(Day("2012-05-25"), "a", null, Day("2012-06-02"), "Of the 108 people killed on 25 May , 49 were children .", true),
            new(Day("2012-05-25"), "a", null, Day("2012-06-02"), "Of the 108 people killed on 25 May , 49 were children .", true),
        };

        // When
        var top = DayReference.Top(mentions, [], 1);

        // Then
        Assert.Equal(1, Assert.Single(top).LaterReports);
    }

    [Fact]
    public void Tolls_LaterStatedCounts_NotTheDaysOwnNorOpenOnes()
    {
        // Given: 25 May's own report says 20 dead; a later one 108; a later running total "more than 7,000" (open)
        var mentions = new List<CitedMention>
        {
            Toll("a", "2012-05-25", "2012-05-25", new Quantity(20, 20)),
            Toll("b", "2012-05-25", "2012-06-02", new Quantity(108, 108)),
            Toll("c", "2012-05-25", "2012-06-03", new Quantity(7000, null)),
            Toll("d", "2012-05-26", "2012-05-26", new Quantity(5, 5)),
        };

        // When
        var tolls = DayReference.Tolls(mentions);

        // Then
        Assert.Equal(new Dictionary<DateOnly, int> { [Day("2012-05-25")] = 108 }, tolls);
    }

    [Fact]
    public void Top_DayPeopleDiedOn_RanksAboveDayEquallyNamed()
    {
        // Given: 10 May and 12 May each named by two later reports; later reports put 55 dead on 10 May
        var mentions = new List<DayMention>
        {
            new(Day("2012-05-12"), "a", null, Day("2012-05-18"), "Envoys met in Geneva on 12 May .", true),
            new(Day("2012-05-12"), "b", null, Day("2012-06-01"), "The talks of 12 May ended without a deal .", true),
            new(Day("2012-05-10"), "c", null, Day("2012-05-18"), "Two bombs exploded in Damascus on 10 May .", true),
            new(Day("2012-05-10"), "d", null, Day("2012-06-01"), "On 10 May , suicide bombers killed 55 people .", true),
        };

        // When
        var top = DayReference.Top(mentions, [], 1, tolls: new Dictionary<DateOnly, int> { [Day("2012-05-10")] = 55 });

        // Then
        Assert.Equal(Day("2012-05-10"), Assert.Single(top).Day);
    }

    [Fact]
    public void Top_RunningTotalMisdatedToADay_DoesNotOutweighSixLaterReports()
    {
        // Given: 3 March named once, with a running total of 16,000 dead read as its toll; 12 March named by six later reports
        var mentions = new List<DayMention> { new(Day("2012-03-03"), "a", null, Day("2012-03-20"), "On 3 March activists said 16,000 had died .", true) };
        mentions.AddRange(Enumerable.Range(0, 6).Select(k => new DayMention(Day("2012-03-12"), $"r{k}", null, Day("2012-03-20").AddDays(k), $"The bodies were found on 12 March , report {k} said .", true)));

        // When: ln 2 + ln 2 + ln(1 + ln 16,001) ≈ 3.76 against ln 7 + ln 7 ≈ 3.89
        var top = DayReference.Top(mentions, [], 1, tolls: new Dictionary<DateOnly, int> { [Day("2012-03-03")] = 16000 });

        // Then
        Assert.Equal(Day("2012-03-12"), Assert.Single(top).Day);
    }

    private static CitedMention Toll(string report, string day, string published, Quantity dead) =>
        new(Events.Mention(report, "killed", "assault", $"People were killed on {day} .", day) with { Fatalities = dead }, null, null, new DateTimeOffset(Day(published), TimeOnly.MinValue, TimeSpan.Zero));

    // The checks below run whole hand-written corpora (report texts, tagged by the pipeline's temporal and extraction
    // stages) through Collect, Tolls and Top, for the shapes of story the held-out T17 topics have: a disaster whose
    // coverage bursts on one day, a story spanning two years, and an uprising whose massacres later reports count.

    [Fact]
    public void Top_DisasterCorpus_TheDisasterAndTheDayRecalledLater_NotTheBusiestNewsDay()
    {
        // Given: an earthquake on Tuesday 12 January 2010; 13 January has the most reports, but each only tells that
        // day's news ("today"); the first aid flights of 15 January are recalled by later reports
        var reports = new List<Report>
        {
            Report("q1", "2010-01-12", "A powerful earthquake struck the capital on Tuesday , flattening homes ."),
            Report("q2", "2010-01-12", "Thousands are feared dead after Tuesday 's earthquake ."),
            Report("d1", "2010-01-13", "Rescuers dug through rubble today as the death toll rose ."),
            Report("d2", "2010-01-13", "Hospitals were overwhelmed today , doctors said ."),
            Report("d3", "2010-01-13", "The president said today that the palace had collapsed ."),
            Report("d4", "2010-01-13", "Aid agencies appealed for funds today ."),
            Report("l1", "2010-01-20", "Since the earthquake of 12 January , more than 70,000 bodies have been buried . The first aid flights landed on 15 January ."),
            Report("l2", "2010-02-01", "The earthquake on 12 January destroyed the port . Aid has arrived by air since 15 January ."),
            Report("l3", "2010-02-12", "A month after the 12 January earthquake , survivors held a day of mourning ."),
        };
        // When
        var top = KeyDays(reports, 2);

        // Then
        Assert.Equal([Day("2010-01-12"), Day("2010-01-15")], top.Select(d => d.Day));
    }

    [Fact]
    public void Top_DisasterWithTollUpdates_TheDayRecalledLater_NotTheUpdateDay()
    {
        // Given: an earthquake on 12 January 2010 told that day; the next days' reports update the death toll ("on
        // Wednesday" is 13 January); the first aid flights of 15 January are recalled by two later reports
        var reports = new List<Report>
        {
            Report("q1", "2010-01-12", "A powerful earthquake struck the capital on Tuesday , flattening homes ."),
            Report("u1", "2010-01-14", "Officials said on Wednesday that the quake had killed 50,000 people so far ."),
            Report("u2", "2010-01-14", "The quake killed 50,000 people in total , officials said on Wednesday ."),
            Report("l1", "2010-01-20", "The earthquake of 12 January destroyed the port . The first aid flights landed on 15 January ."),
            Report("l2", "2010-02-01", "A month after the 12 January earthquake , aid has arrived by air since 15 January ."),
        };

        // When
        var top = KeyDays(reports, 2);

        // Then
        Assert.Equal([Day("2010-01-12"), Day("2010-01-15")], top.Select(d => d.Day));
    }

    [Fact]
    public void Top_TwoYearStory_TurningPointsOfBothYears()
    {
        // Given: a resignation on 11 February 2011 recalled through two years, an election on 24 June 2012 recalled
        // within weeks, and 1 May 2011, only the next day's news
        var reports = new List<Report>
        {
            Report("a1", "2011-02-12", "The president resigned on 11 February 2011 after 18 days of protests ."),
            Report("a2", "2011-09-01", "Since the president resigned on 11 February , the army has ruled ."),
            Report("m1", "2011-05-02", "Police broke up a rally yesterday in the main square ."),
            Report("m2", "2011-05-02", "Hundreds marched yesterday in the port city ."),
            Report("b1", "2012-06-30", "Results announced on 24 June 2012 named the new president . He was sworn in today ."),
            Report("b2", "2012-07-15", "The vote count ended on 24 June ; the army ruled since 11 February 2011 ."),
        };
        // When
        var top = KeyDays(reports, 2);

        // Then
        Assert.Equal([Day("2011-02-11"), Day("2012-06-24")], top.Select(d => d.Day));
    }

    [Fact]
    public void Top_UprisingCorpus_TheDayLaterReportsCountTheDeadOf_AboveADayNamedAsOften()
    {
        // Given: a massacre on Wednesday 6 June 2012 and talks on Friday 8 June, each told the same day and named by two
        // later reports (8 June wins the tie on its day's news: two reports on it or the next day); only the later
        // reports of 6 June count its dead
        var reports = new List<Report>
        {
            Report("t3", "2012-06-09", "The envoys flew home ."),
            Report("m0", "2012-06-06", "Activists said troops shelled the village of Qubair on Wednesday ."),
            Report("t0", "2012-06-08", "Envoys met in Geneva on Friday to discuss a political transition ."),
            Report("m1", "2012-06-20", "Soldiers killed 78 villagers in Qubair on 6 June , UN monitors said ."),
            Report("m2", "2012-07-02", "The killing of 78 people in Qubair on 6 June was condemned by the UN ."),
            Report("t1", "2012-06-20", "The talks held in Geneva on 8 June ended without a deal ."),
            Report("t2", "2012-07-02", "Since the Geneva meeting on 8 June , envoys have met twice ."),
        };

        // When
        var tolls = Tolls(reports);
        var top = KeyDays(reports, 1);

        // Then
        Assert.Equal(78, tolls[Day("2012-06-06")]);
        Assert.Equal(Day("2012-06-06"), Assert.Single(top).Day);
        Assert.Equal(Day("2012-06-08"), Assert.Single(KeyDays(reports, 1, withTolls: false)).Day);
    }

    // A corpus's key days as the CLI ranks them: day references tagged by the temporal stage, tolls from the
    // extraction stage's mentions.
    private static IReadOnlyList<KeyDay> KeyDays(IReadOnlyList<Report> reports, int n, bool withTolls = true) =>
        DayReference.Top(
            reports.SelectMany(r => DayReference.Collect(r)).ToList(),
            reports.Select(r => DateOnly.FromDateTime(r.Published!.Value.DateTime)),
            n,
            tolls: withTolls ? Tolls(reports) : null);

    private static IReadOnlyDictionary<DateOnly, int> Tolls(IReadOnlyList<Report> reports)
    {
        var extraction = new ExtractionStage(new FakeEntityRecognizer());
        return DayReference.Tolls(reports.SelectMany(r =>
            extraction.Extract(r, new SegmentationStage().Split(r.Text), new TemporalStage().Tag(r.Text, DateOnly.FromDateTime(r.Published!.Value.DateTime)))
                .Select(m => new CitedMention(m, null, null, r.Published))));
    }

    [Fact]
    public void Central_ContextSentences_VoteButAreNotPicked()
    {
        // Given: two candidates; the day's other coverage is about the bombing
        string[] sentences = ["Talks were held in Geneva on the same day .", "A car bomb killed 20 people in the capital ."];
        string[] context = ["The bomb in the capital killed 20 people , officials said .", "Twenty people died when a car bomb exploded ."];

        // When
        var central = SentenceCentrality.Central(sentences, 1, context);

        // Then
        Assert.Equal(["A car bomb killed 20 people in the capital ."], central);
    }
}
