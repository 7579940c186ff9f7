using Dateline.Core.Model;
using Dateline.Core.Ranking;
using Dateline.Core.Stages.Merging;

namespace Dateline.Core.Tests.Merging;

/// <summary>Cross-report clustering: evidence, vetoes, analyst constraints, disagreements, relations, key events.</summary>
public sealed class ClusteringTests
{
    private static readonly PlaceRef Maarat = new("Maarat al-Numan", "SY", 35.64, 36.67);

    private static CitedMention M(
        string report, int ordinal, string sentence, string trigger, string type, string day, PlaceRef? place = null,
        Quantity? killed = null, string outlet = "Wire", EventStatus status = EventStatus.Occurred, string? refersTo = null,
        params ActorRef[] actors)
    {
        var time = TimeValue.FromTimeMl(day);
        return new CitedMention(
            new Mention
            {
                ReportId = report, Ordinal = ordinal, Sentence = sentence, Start = 0, End = sentence.Length, Trigger = trigger,
                Type = type, Status = status, Time = time, TimeText = day, Location = place, Fatalities = killed, Title = sentence,
                Actors = actors, RefersTo = refersTo,
            },
            outlet, null, new DateTimeOffset(time.Latest!.Value.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }

    [Fact]
    public void Merge_ParaphrasesOfOneStrike_OneEventWithEvidence()
    {
        // Given: two outlets, the same air raid in other words
        var a = M("r1", 0, "Jets bombed the eastern quarter of Maarat al-Numan on Tuesday evening, killing 12.", "bombed", "assault", "2019-03-12", Maarat, new Quantity(12, 12), "Levant Wire");
        var b = M("r2", 0, "An air raid on the eastern quarter of Maarat al-Numan killed 15 people.", "air raid", "assault", "2019-03-12", Maarat, new Quantity(15, 15), "Orontes Monitor");

        // When
        var events = new MergingStage().Merge([a, b]);

        // Then
        var e = Assert.Single(events);
        Assert.Equal(2, e.Mentions.Count);
        var link = Assert.Single(e.Evidence);
        Assert.Contains(link.Features, f => f.Name == "place" && f.Value == 1);
        var tolls = Assert.Single(e.Disagreements, d => d.Field == "fatalities");
        Assert.Equal(["12", "15"], tolls.Claims.Select(c => c.Value).Order());
    }

    [Fact]
    public void Merge_CarBombAndAirRaidSameDaySamePlace_TwoEvents()
    {
        // Given: the hard negative: same day, same town, different kinds of attack
        var bomb = M("r1", 0, "A car bomb exploded beside the vegetable market of Maarat al-Numan.", "car bomb", "assault", "2019-03-12", Maarat);
        var raid = M("r2", 0, "An air raid hit the eastern quarter of Maarat al-Numan.", "air raid", "assault", "2019-03-12", Maarat);

        // When
        var events = new MergingStage().Merge([bomb, raid]);

        // Then
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Merge_DifferentCountries_NeverMerged()
    {
        // Given: same words, same day, places in two countries
        var a = M("r1", 0, "Protesters marched against fuel prices.", "marched", "protest", "2019-04-07", new PlaceRef("Baghdad", "IQ", 33.34, 44.4));
        var b = M("r2", 0, "Protesters marched against fuel prices.", "marched", "protest", "2019-04-07", new PlaceRef("Amman", "JO", 31.95, 35.93));

        // When / Then
        Assert.Equal(2, new MergingStage().Merge([a, b]).Count);
    }

    [Fact]
    public void Merge_SameTruceWithStoryPlacesInTwoCountries_OneEvent()
    {
        // Given: two reports of one truce whose sentences name no place; each took its report's story place, one the
        // Syrian town its lead opens in, the other the Kazakh capital where later talks were held
        var aleppo = new PlaceRef("Aleppo", "SY", 36.2, 37.16, PlacePrecision.Story);
        var astana = new PlaceRef("Astana", "KZ", 51.18, 71.45, PlacePrecision.Story);
        var a = M("r1", 0, "A countrywide truce brokered by Moscow and Ankara took effect on Friday.", "truce", "agree", "2016-12-30", aleppo, outlet: "Levant Wire");
        var b = M("r2", 0, "The truce brokered by Moscow and Ankara has held since 30 December.", "truce", "agree", "2016-12-30", astana, outlet: "Steppe Herald");

        // When
        var events = new MergingStage().Merge([a, b]);

        // Then: a story place is the report's guess, not the sentence's statement: no country veto, no distance penalty
        Assert.Equal(2, Assert.Single(events).Mentions.Count);
    }

    [Fact]
    public void Merge_StoryPlaceBesideStatedPlace_NoLocationDisagreement()
    {
        // Given: one truce; one report states where it took hold, the other's sentence names no place and took its
        // report's lead (the Kazakh capital where later talks were held)
        var aleppo = new PlaceRef("Aleppo", "SY", 36.2, 37.16);
        var astana = new PlaceRef("Astana", "KZ", 51.18, 71.45, PlacePrecision.Story);
        var a = M("r1", 0, "A truce brokered by Moscow and Ankara took hold in Aleppo on Friday.", "truce", "agree", "2016-12-30", aleppo, outlet: "Levant Wire");
        var b = M("r2", 0, "The truce brokered by Moscow and Ankara has held since 30 December.", "truce", "agree", "2016-12-30", astana, outlet: "Steppe Herald");

        // When
        var e = Assert.Single(new MergingStage().Merge([a, b]));

        // Then: only what a source says is a claim; a guess from a report's lead is not a disagreement
        Assert.DoesNotContain(e.Disagreements, d => d.Field == "location");
    }

    [Fact]
    public void Merge_TwoStatedPlaces_LocationDisagreement()
    {
        // Given: one strike, placed by two outlets in two towns 20 km apart
        var a = M("r1", 0, "Jets bombed the market of Maarat al-Numan on Tuesday, killing 12.", "bombed", "assault", "2019-03-12", Maarat, new Quantity(12, 12), "Levant Wire");
        var b = M("r2", 0, "Jets bombed the market of Kafr Nabl on Tuesday, killing 12.", "bombed", "assault", "2019-03-12", new PlaceRef("Kafr Nabl", "SY", 35.61, 36.56), new Quantity(12, 12), "Orontes Monitor");

        // When
        var e = Assert.Single(new MergingStage().Merge([a, b]));

        // Then: both places stand as claims, each with its outlet
        Assert.Equal(["Kafr Nabl", "Maarat al-Numan"], Assert.Single(e.Disagreements, d => d.Field == "location").Claims.Select(c => c.Value).Order());
    }

    [Fact]
    public void Merge_ArrivalInTheCountryAndInItsCapital_OneEvent()
    {
        // Given: one delegation's arrival, told as "in Syria" (the country, placed at its centroid 200 km away) and as
        // "in Damascus"
        var a = M("r1", 0, "A parliamentary delegation led by Jean Dupont landed in Syria on Thursday.", "landed", "consult", "2017-01-05", new PlaceRef("Syria", "SY", 35, 38), outlet: "Levant Wire");
        var b = M("r2", 0, "The delegation headed by Jean Dupont reached Damascus on Thursday.", "reached", "consult", "2017-01-05", new PlaceRef("Damascus", "SY", 33.51, 36.29), outlet: "Orontes Monitor");

        // When
        var events = new MergingStage().Merge([a, b]);

        // Then: the country holds its capital; the distance between their points is no evidence against
        Assert.Equal(2, Assert.Single(events).Mentions.Count);
    }

    [Fact]
    public void Merge_CeasefireInASentenceOfAVoteElsewhere_JoinsTheCeasefireAndKeepsItsPlace()
    {
        // Given: a vote in New York on the Syrian truce (one sentence, two mentions), and two reports of the truce from Aleppo
        var newYork = new PlaceRef("New York City", "US", 40.71, -74.01);
        var aleppo = new PlaceRef("Aleppo", "SY", 36.2, 37.16);
        const string vote = "The council voted in New York on Saturday to support the truce that Moscow and Ankara brokered.";
        var supported = M("r1", 0, vote, "support", "support", "2016-12-31", newYork, outlet: "Northbridge Post");
        var truce = M("r1", 1, vote, "truce", "agree", "2016-12-30", newYork, outlet: "Northbridge Post");
        var a = M("r2", 0, "A countrywide truce brokered by Moscow and Ankara took effect in Aleppo on Friday.", "truce", "agree", "2016-12-30", aleppo, outlet: "Levant Wire");
        var b = M("r3", 0, "In Aleppo the truce that Moscow and Ankara brokered held on its first day.", "truce", "agree", "2016-12-30", aleppo, outlet: "Orontes Monitor");

        // When
        var events = new MergingStage().Merge([supported, truce, a, b]);

        // Then: New York is the vote's place, a guess for the truce; the truce is Aleppo's, as two of its three reports say
        var e = Assert.Single(events, x => x.Type == "agree");
        Assert.Equal(3, e.Mentions.Count);
        Assert.Equal("Aleppo", e.Location?.Name);
    }

    [Fact]
    public void Consolidate_PlaceOfMoreReportsBeatsPlaceOneReportRepeats_TakesTheReportsPlace()
    {
        // Given: one report names New York three times; two reports name Aleppo once each
        var newYork = new PlaceRef("New York City", "US", 40.71, -74.01);
        var aleppo = new PlaceRef("Aleppo", "SY", 36.2, 37.16);
        var one = Enumerable.Range(0, 3).Select(k => M("r1", k, $"The truce held on day {k + 1}.", "truce", "agree", "2016-12-30", newYork)).ToList();
        var others = new[] { M("r2", 0, "The truce held in Aleppo.", "truce", "agree", "2016-12-30", aleppo), M("r3", 0, "Aleppo was calm under the truce.", "truce", "agree", "2016-12-30", aleppo) };

        // When
        var e = EventConsolidation.Consolidate([.. one, .. others], []);

        // Then
        Assert.Equal("Aleppo", e.Location?.Name);
    }

    [Theory]
    [InlineData("2017-01-23", "2017-01-23/2017-01-24")]
    [InlineData("2017-01-26", "2017-01-23")]
    public void Consolidate_EventToldToLastDays_IsThoseDaysWhenEveryStatedDayLiesInThem(string other, string expected)
    {
        // Given talks told to have lasted 23-24 January, opened on 23 January, and a third day stated by one report
        var told = M("r1", 0, "Two days of negotiations ended on Tuesday.", "negotiations", "consult", "2017-01-24");
        var lasted = told with { Mention = told.Mention with { Time = TimeValue.Lasting(new DateOnly(2017, 1, 23), new DateOnly(2017, 1, 24), TimeAnchor.Publication) } };
        var opened = M("r2", 0, "The talks opened on Monday.", "talks", "consult", "2017-01-23");
        var third = M("r3", 0, "The talks met again.", "talks", "consult", other);

        // When
        var e = EventConsolidation.Consolidate([lasted, opened, third], []);

        // Then: the span when the days stated lie in it; a day outside it leaves the narrowest value
        Assert.Equal(expected, e.Time.Value);
    }

    [Theory]
    [InlineData("support", "New York City")]
    [InlineData("agree", "Damascus")]
    public void Consolidate_StoryPlacesOfAStatement_DoNotOutvoteThePlaceItWasMadeIn(string type, string expected)
    {
        // Given: a vote stated in New York by one report; two reports from Damascus retell it with no place of their own
        var newYork = new PlaceRef("New York City", "US", 40.71, -74.01);
        var damascus = new PlaceRef("Damascus", "SY", 33.51, 36.29, PlacePrecision.Story);
        var vote = M("r1", 0, "The council voted in New York to back the truce.", "backed", type, "2016-12-31", newYork);
        var retold = new[] { M("r2", 0, "The council gave it its backing.", "backing", type, "2016-12-31", damascus), M("r3", 0, "The council backed the truce.", "backed", type, "2016-12-31", damascus) };

        // When
        var e = EventConsolidation.Consolidate([vote, .. retold], []);

        // Then: a statement is made where its sentence says; other events still go by the reports that place them
        Assert.Equal(expected, e.Location?.Name);
    }

    [Theory]
    [InlineData("consult", 1)]
    [InlineData("assault", 2)]
    public void Merge_CountryNamedForTalksHeldAbroad_OneEventOnlyForTalks(string type, int expected)
    {
        // Given: "Syria" names what the talks are about, Astana where they are held; for an attack a country is its place
        var syria = new PlaceRef("Syria", "SY", 35, 38);
        var astana = new PlaceRef("Astana", "KZ", 51.18, 71.45);
        var a = M("r1", 0, "The first round of Syria talks between the government and the rebels opened on Monday.", "talks", type, "2017-01-23", syria, outlet: "Levant Wire");
        var b = M("r2", 0, "Talks between the government and the rebels opened in Astana on Monday.", "talks", type, "2017-01-23", astana, outlet: "Caspian Daily");

        // When / Then
        Assert.Equal(expected, new MergingStage().Merge([a, b]).Count);
    }

    [Fact]
    public void Merge_SameWordsStatedPlacesInTwoCountries_TwoEvents()
    {
        // Given: the same sentences, but each names its place itself
        var a = M("r1", 0, "A truce brokered by Moscow and Ankara took effect in Aleppo on Friday.", "truce", "agree", "2016-12-30", new PlaceRef("Aleppo", "SY", 36.2, 37.16), outlet: "Levant Wire");
        var b = M("r2", 0, "A truce brokered by Moscow and Ankara took effect in Astana on Friday.", "truce", "agree", "2016-12-30", new PlaceRef("Astana", "KZ", 51.18, 71.45), outlet: "Steppe Herald");

        // When / Then
        Assert.Equal(2, new MergingStage().Merge([a, b]).Count);
    }

    [Fact]
    public void Merge_ProtestsByDifferentOrganisers_TwoEvents()
    {
        // Given
        var baghdad = new PlaceRef("Baghdad", "IQ", 33.34, 44.4);
        var teachers = M("r1", 0, "Teachers rallied in Tahrir Square over unpaid wages.", "rallied", "protest", "2019-04-07", baghdad, actors: new ActorRef("Teachers' Union", ActorRole.Initiator));
        var vendors = M("r2", 0, "Street vendors rallied in Bab al-Sharqi against evictions.", "rallied", "protest", "2019-04-07", baghdad, actors: new ActorRef("Street vendors", ActorRole.Initiator));

        // When / Then
        Assert.Equal(2, new MergingStage().Merge([teachers, vendors]).Count);
    }

    [Fact]
    public void Merge_MentionOfTwoProtests_JoinsOneAndBridgesNone()
    {
        // Given: two protests kept apart by their organisers, and a summary sentence that fits both
        var baghdad = new PlaceRef("Baghdad", "IQ", 33.34, 44.4);
        var teachers = M("r1", 0, "Teachers rallied in Tahrir Square over unpaid wages.", "rallied", "protest", "2019-04-07", baghdad, actors: new ActorRef("Teachers' Union", ActorRole.Initiator));
        var vendors = M("r2", 0, "Street vendors rallied in Bab al-Sharqi against evictions.", "rallied", "protest", "2019-04-07", baghdad, actors: new ActorRef("Street vendors", ActorRole.Initiator));
        var both = M("r3", 0, "Central Baghdad saw two separate protests on Sunday.", "protests", "protest", "2019-04-07", baghdad);

        // When
        var events = new MergingStage().Merge([teachers, vendors, both]);

        // Then: the summary joins one of them; the two protests stay apart
        Assert.Equal(2, events.Count);
        Assert.DoesNotContain(events, e => e.Mentions.Any(c => c.Mention.ReportId == "r1") && e.Mentions.Any(c => c.Mention.ReportId == "r2"));
    }

    [Fact]
    public void Merge_UndatedMentionInLaterReport_JoinsTheDayItTellsOf()
    {
        // Given: Sunday's attack, and Wednesday's report of it that names no day (its time is only the report's date)
        var kunduz = new PlaceRef("Kunduz", "AF", 36.73, 68.86);
        var sunday = M("r1", 0, "Taliban fighters attacked police checkpoints near Kunduz on Sunday.", "attacked", "assault", "2019-04-14", kunduz);
        var told = M("r2", 0, "The Taliban attack on police posts near Kunduz has raised fears for the city.", "attack", "assault", "2019-04-17", kunduz);
        told = told with { Mention = told.Mention with { TimeText = null }, Published = new DateTimeOffset(2019, 4, 17, 8, 0, 0, TimeSpan.Zero) };

        // When
        var events = new MergingStage().Merge([sunday, told]);

        // Then
        var e = Assert.Single(events);
        Assert.Contains(e.Evidence.Single().Features, f => f.Name == "time" && f.Value > 0.5);
    }

    [Fact]
    public void Merge_OneTownNameReadInTwoCountries_OneEvent()
    {
        // Given: one protest, its town's name resolved to places in two countries by two reports
        var basraA = new PlaceRef("Basra", "IR", 30.5, 47.8);
        var basraB = new PlaceRef("Basra", "PK", 32.4, 72.7);
        var a = M("r1", 0, "Hundreds demonstrated outside the Basra provincial council on Sunday over tap water.", "demonstrated", "protest", "2019-07-14", basraA);
        var b = M("r2", 0, "Hundreds of residents protested outside the provincial council in Basra on Sunday.", "protested", "protest", "2019-07-14", basraB);

        // When / Then
        Assert.Single(new MergingStage().Merge([a, b]));
    }

    [Fact]
    public void Build_UndatedMentionAfterSentenceOfTwoDays_TakesTheSentencesFirstDay()
    {
        // Given: a sentence telling Thursday's fighting and, as background, Wednesday's; then an undated sentence
        const string told = "Thursday's fighting in the district came a day after the Houthis overran several army posts.";
        var fighting = M("r1", 0, told, "fighting", "assault", "2019-07-18");
        var overran = M("r1", 1, told, "overran", "assault", "2019-07-17");
        var regained = M("r1", 2, "The army had regained the hilltop by evening.", "regained", "assault", "2019-07-19");
        regained = regained with { Mention = regained.Mention with { TimeText = null, Start = 200, End = 245 } };

        // When
        var features = MentionFeatures.Build([fighting, overran, regained]);

        // Then
        Assert.Equal(new DateOnly(2019, 7, 18), features[2].Time.Earliest);
    }

    [Fact]
    public void Build_UndatedMentionAfterBackgroundDayWeeksOld_KeepsTheReportsDays()
    {
        // Given: a report of 24 January recalls the truce of 30 December, then tells undated of a new agreement
        var published = new DateTimeOffset(2017, 1, 24, 16, 0, 0, TimeSpan.Zero);
        var truce = M("r1", 0, "The truce has been in force since 30 December.", "truce", "agree", "2016-12-30") with { Published = published };
        var agreed = M("r1", 1, "The sponsors agreed to set up a body to monitor it.", "agreed", "agree", "2017-01-24");
        agreed = agreed with { Mention = agreed.Mention with { TimeText = null, Start = 100, End = 150 }, Published = published };

        // When
        var features = MentionFeatures.Build([truce, agreed]);

        // Then: not the background's day but the days the report tells of (the week before it)
        Assert.Equal(new DateOnly(2017, 1, 24), features[1].Time.Latest);
        Assert.True(features[1].Time.Earliest > new DateOnly(2016, 12, 30));
    }

    [Fact]
    public void Build_GenericAttackAfterBackgroundBombing_TakesTheReportsStory()
    {
        // Given: a report on rockets fired at a camp that recalls a bombing in passing, then "the attack"
        var gao = new PlaceRef("Gao", "ML", 16.27, -0.04);
        var fired = M("r1", 0, "Attackers fired rockets at the UN camp in Gao on Sunday night.", "rockets", "assault", "2019-11-03", gao);
        var landed = M("r1", 1, "At least four rockets landed inside the perimeter.", "rockets", "assault", "2019-11-03", gao);
        var bomb = M("r1", 2, "Earlier on Sunday a bomb hit a UN convoy.", "bomb", "assault", "2019-11-03", gao);
        var attack = M("r1", 3, "Investigators found the launchers used in the attack.", "attack", "assault", "2019-11-03", gao);
        CitedMention At(CitedMention c, int start) => c with { Mention = c.Mention with { Start = start, End = start + c.Mention.Sentence.Length } };

        // When
        var features = MentionFeatures.Build([fired, At(landed, 100), At(bomb, 200), At(attack, 300)]);

        // Then
        Assert.NotEqual(features[2].Class, features[0].Class);
        Assert.Equal(features[0].Class, features[3].Class);
    }

    [Fact]
    public void Merge_ProtestsByTeachersAndByVendorsNoNamedOrganiser_TwoEventsWithCrowdEvidence()
    {
        // Given: one city, one Sunday, no organiser read as an actor; one report tells of both protests
        var teachers = M("r1", 0, "Thousands of contract teachers protested in Baghdad on Sunday over unpaid wages.", "protested", "protest", "2019-04-07");
        var vendors = M("r2", 0, "Street traders blocked a road in Baghdad on Sunday after their stalls were torn down.", "blocked", "protest", "2019-04-07");
        var both = M("r3", 0, "The vendors burned tyres before riot police dispersed them.", "burned tyres", "protest", "2019-04-07");
        var rally = M("r3", 1, "The teachers' rally ended without incident.", "rally", "protest", "2019-04-07");
        rally = rally with { Mention = rally.Mention with { Start = 100, End = 145 } };
        var again = M("r4", 0, "Contract teachers protested again in Baghdad on Sunday.", "protested", "protest", "2019-04-07");

        // When
        var events = new MergingStage().Merge([teachers, vendors, both, rally, again]);

        // Then
        Assert.DoesNotContain(events, e => e.Mentions.Any(c => c.Mention.Sentence.Contains("teachers")) && e.Mentions.Any(c => c.Mention.Sentence.Contains("vendors") || c.Mention.Sentence.Contains("traders")));
        var teachersEvent = Assert.Single(events, e => e.Mentions.Any(c => c.Mention.ReportId == "r1"));
        Assert.Contains(teachersEvent.Mentions, c => c.Mention.ReportId == "r4");
        Assert.All(teachersEvent.Evidence, link => Assert.Contains(link.Features, f => f.Name == "crowd" && f.Value == 0));
    }

    [Theory]
    [InlineData("Maarat al-Numan was hit twice on Tuesday.", "hit", true)]
    [InlineData("Central Baghdad saw two separate protests on Sunday.", "protests", true)]
    [InlineData("Two soldiers were killed on Sunday.", "killed", false)]
    [InlineData("Three protesters were beaten by police.", "protesters", false)]
    [InlineData("The protests continued on Sunday.", "protests", false)]
    public void Build_SentenceSummingUpEvents_MarkedSeveral(string sentence, string trigger, bool several)
    {
        // Given
        var m = M("r1", 0, sentence, trigger, "protest", "2019-04-07");

        // When
        var features = MentionFeatures.Build([m]);

        // Then
        Assert.Equal(several, features[0].Several);
    }

    [Fact]
    public void Merge_AnalystSplitAndMerge_OverrideScores()
    {
        // Given: two mentions the scores join, and one they keep apart
        var a = M("r1", 0, "Jets bombed the eastern quarter of Maarat al-Numan.", "bombed", "assault", "2019-03-12", Maarat);
        var b = M("r2", 0, "Jets bombed the eastern quarter of Maarat al-Numan again.", "bombed", "assault", "2019-03-12", Maarat);
        var c = M("r3", 0, "Talks opened in Astana.", "talks", "consult", "2019-03-12");

        // When
        var split = new MergingStage().Merge([a, b, c], new MergeConstraints([], [("r1:0", "r2:0")]));
        var merged = new MergingStage().Merge([a, b, c], new MergeConstraints([("r1:0", "r3:0")], [("r1:0", "r2:0")]));

        // Then
        Assert.Equal(3, split.Count);
        var joined = Assert.Single(merged, e => e.Mentions.Count == 2);
        Assert.Equal("analyst", Assert.Single(joined.Evidence).Reason);
    }

    [Fact]
    public void Merge_SameMentionsTwice_SameIds()
    {
        // Given
        var a = M("r1", 0, "Jets bombed Maarat al-Numan.", "bombed", "assault", "2019-03-12", Maarat);
        var b = M("r2", 1, "Talks opened in Astana.", "talks", "consult", "2019-03-13");

        // When
        var first = new MergingStage().Merge([a, b]).Select(e => e.Id);
        var second = new MergingStage().Merge([b, a]).Select(e => e.Id);

        // Then
        Assert.Equal(first.Order(), second.Order());
    }

    [Fact]
    public void Merge_PlannedThenOccurred_StatusOccurred()
    {
        // Given: talks announced as planned, then reported as held
        var planned = M("r1", 0, "Peace talks are scheduled to open in Astana.", "talks", "consult", "2017-01-23", new PlaceRef("Astana", "KZ", 51.18, 71.45), status: EventStatus.Planned);
        var held = M("r2", 0, "Peace talks opened in Astana on Monday.", "talks", "consult", "2017-01-23", new PlaceRef("Astana", "KZ", 51.18, 71.45));

        // When
        var e = Assert.Single(new MergingStage().Merge([planned, held]));

        // Then
        Assert.Equal(EventStatus.Occurred, e.Status);
    }

    [Fact]
    public void Merge_RatificationRefersToCeasefire_RelatedBothWays()
    {
        // Given: one report; the second sentence names the first's event as its argument
        var ceasefire = M("r1", 0, "A ceasefire came into effect on December 30, 2016.", "ceasefire", "agree", "2016-12-30");
        var ratified = M("r1", 1, "The ceasefire was later ratified by the UN Security Council.", "ratified", "support", "2016-12-31", refersTo: "ceasefire");

        // When
        var events = new MergingStage().Merge([ceasefire, ratified]);

        // Then
        var c = events.Single(e => e.Type == "agree");
        var r = events.Single(e => e.Type == "support");
        Assert.Contains(new RelatedEvent(c.Id, "follows"), r.Related);
        Assert.Contains(new RelatedEvent(r.Id, "followed_by"), c.Related);
    }

    [Fact]
    public void Merge_ReferenceBackToAnEarlierDay_FollowsNoLaterEvent()
    {
        // Given: one report; a truce, talks weeks later, then a sentence naming the truce as its argument ("brokered it")
        var truce = M("r1", 0, "A nationwide truce took effect on 30 December.", "truce", "agree", "2016-12-30");
        var talks = M("r1", 1, "The sponsors signed an accord in Astana on 24 January.", "accord", "agree", "2017-01-24");
        var brokered = M("r1", 2, "The truce has held since 30 December, after Moscow and Ankara brokered it.", "brokered", "agree", "2016-12-30", refersTo: "accord");

        // When
        var events = new MergingStage().Merge([truce, talks, brokered]);

        // Then: whatever the mention joins, no event of 30 December follows the accord of 24 January
        var accord = events.Single(e => e.Mentions.Any(c => c.Mention.Ordinal == 1));
        Assert.All(events.Where(e => e.Time.Latest < accord.Time.Earliest), e => Assert.DoesNotContain(e.Related, r => r.Id == accord.Id && r.Relation == "follows"));
    }

    [Fact]
    public void Merge_ReferenceToAnEventItCameBefore_IsFollowedByIt()
    {
        // Given one report: talks held, then a promise of them told after them in the text but dated a month before
        var talks = M("r1", 0, "Delegations spent Monday in Astana in talks that the sponsors had promised since late December.", "talks", "consult", "2017-01-23");
        var promise = M("r1", 1, "Delegations spent Monday in Astana in talks that the sponsors had promised since late December.", "promised", "agree", "2016-12", refersTo: "talks");

        // When
        var events = new MergingStage().Merge([talks, promise]);

        // Then the talks follow the promise
        var t = events.Single(e => e.Type == "consult");
        var p = events.Single(e => e.Type == "agree");
        Assert.Contains(new RelatedEvent(p.Id, "follows"), t.Related);
        Assert.Contains(new RelatedEvent(t.Id, "followed_by"), p.Related);
    }

    [Theory]
    [InlineData("Astana", "KZ", "2017-01", true)]
    [InlineData("Geneva", "CH", "2017-01", false)]
    [InlineData("Astana", "KZ", "2017", false)]
    public void Merge_PlannedTalksThenTalksHeldInItsTime_FulfilledByBothWays(string town, string country, string planned, bool linked)
    {
        // Given talks planned for January (or only for the year) in Kazakhstan, told on the 9th, and talks held on the 23rd
        // (there or elsewhere), too far apart in time for merging to join them
        var plan = M("r1", 0, "Negotiations are planned in the Kazakh capital before the end of the month.", "negotiations", "consult", planned,
            new PlaceRef("Astana", "KZ", 51.18, 71.45), status: EventStatus.Planned) with { Published = new DateTimeOffset(2017, 1, 9, 0, 0, 0, TimeSpan.Zero) };
        var heldThere = M("r2", 0, "Delegations met in the hotel ballroom on Monday.", "met", "consult", "2017-01-23", new PlaceRef(town, country, 51.18, 71.45));

        // When
        var events = new MergingStage().Merge([plan, heldThere]);

        // Then
        var p = events.Single(e => e.Status == EventStatus.Planned);
        var h = events.Single(e => e.Status == EventStatus.Occurred);
        Assert.Equal(linked, p.Related.Contains(new RelatedEvent(h.Id, "fulfilled_by")));
        Assert.Equal(linked, h.Related.Contains(new RelatedEvent(p.Id, "fulfils")));
    }

    [Fact]
    public void Merge_WelcomedPlanForTalks_IsFulfilledByTheTalksHeld()
    {
        // Given a welcome of planned talks (the talks its argument) and the talks held within the plan's time
        var welcome = M("r1", 0, "The council welcomed the plan for talks in Kazakhstan later this month.", "welcomed", "support", "2017-01",
            new PlaceRef("Kazakhstan", "KZ", 48.0, 68.0), status: EventStatus.Planned, refersTo: "talks") with { Published = new DateTimeOffset(2017, 1, 2, 0, 0, 0, TimeSpan.Zero) };
        var held = M("r2", 0, "Talks opened in Astana on Monday.", "talks", "consult", "2017-01-23", new PlaceRef("Astana", "KZ", 51.18, 71.45));

        // When
        var events = new MergingStage().Merge([welcome, held]);

        // Then
        var w = events.Single(e => e.Type == "support");
        Assert.Contains(new RelatedEvent(events.Single(e => e.Type == "consult").Id, "fulfilled_by"), w.Related);
    }

    [Fact]
    public void Top_PicksWidelyReportedEvent_FirstOutOfTwo()
    {
        // Given: a strike three outlets report, and a statement one outlet reports
        var strike = new[]
        {
            M("r1", 0, "Jets bombed Maarat al-Numan, killing 12.", "bombed", "assault", "2019-03-12", Maarat, new Quantity(12, 12), "A"),
            M("r2", 0, "Jets bombed Maarat al-Numan on Tuesday.", "bombed", "assault", "2019-03-12", Maarat, null, "B"),
            M("r3", 0, "Jets bombed Maarat al-Numan, the monitor said.", "bombed", "assault", "2019-03-12", Maarat, null, "C"),
        };
        var statement = M("r4", 0, "The ministry condemned the attack.", "condemned", "accuse", "2019-03-13", null, null, "D");
        var events = new MergingStage().Merge([.. strike, statement]);

        // When
        var top = KeyEventRanking.Top(events, 1);

        // Then
        Assert.Equal("assault", Assert.Single(top).Event.Type);
    }

    private static DatasetEvent Row(string id, string day, string sub, int killed) => new(
        "acled", id, DatasetEvent.ProvenanceOf("acled", id), TimeValue.FromTimeMl(day, null, TimeAnchor.Dataset), "assault",
        "Explosions/Remote violence", sub, null, [new ActorRef("Military Forces of Syria", ActorRole.Initiator)], Maarat,
        new Quantity(killed, killed), $"On {day}, an air strike hit Maarat al-Numan.", null, new Dictionary<string, string> { ["event_id_cnty"] = id });

    [Fact]
    public void Merge_DatasetRowAndTextMention_LinkWithoutOverwriting()
    {
        // Given an ACLED row and a report of the same air strike with another toll
        var row = Row("SYR1", "2019-03-12", "Air/drone strike", 9).ToMention();
        var text = M("r1", 0, "Jets bombed the eastern quarter of Maarat al-Numan on Tuesday, killing 12.", "bombed", "assault", "2019-03-12", Maarat, new Quantity(12, 12), "Levant Wire");

        // When
        var e = Assert.Single(new MergingStage().Merge([row, text]));

        // Then: one event, both sources kept, ACLED's coding and the disagreement on the toll visible
        Assert.Equal(2, e.Mentions.Count);
        Assert.Equal(["dataset:acled:SYR1"], e.Provenance);
        Assert.Equal("Air/drone strike", e.AcledSubEventType);
        Assert.Contains(e.Disagreements, d => d.Field == "fatalities" && d.Claims.Count == 2);
    }

    [Fact]
    public void Merge_TwoRowsOfOneDataset_NeverOneEvent()
    {
        // Given two ACLED rows that look alike: ACLED coded them as two events
        var a = Row("SYR1", "2019-03-12", "Air/drone strike", 9).ToMention();
        var b = Row("SYR2", "2019-03-12", "Air/drone strike", 9).ToMention();

        // When / Then
        Assert.Equal(2, new MergingStage().Merge([a, b]).Count);
    }

    [Fact]
    public void DayReferences_LaterReportsReferringBack_CountTwice()
    {
        // Given the massacre day referred to on the day and, by another report, a week later
        var sameDay = M("r1", 0, "Troops killed 72 protesters in Deraa on Friday.", "killed", "assault", "2011-04-22");
        var weekLater = M("r2", 0, "The killing of 72 protesters on 22 April shocked the world.", "killing", "assault", "2011-04-22") with
        {
            Published = new DateTimeOffset(2011, 4, 29, 9, 0, 0, TimeSpan.Zero),
        };
        var other = M("r3", 0, "Rebels attacked a checkpoint on Saturday.", "attacked", "assault", "2011-04-23");
        var events = new MergingStage().Merge([sameDay, weekLater, other]);

        // When
        var refs = KeyEventRanking.DayReferences(events);

        // Then
        Assert.Equal(3, refs[new DateOnly(2011, 4, 22)]);
        Assert.Equal(1, refs[new DateOnly(2011, 4, 23)]);
        var top = Assert.Single(KeyEventRanking.Top(events, 1, distinctDays: true));
        Assert.Equal(new DateOnly(2011, 4, 22), top.Day);
    }
}
