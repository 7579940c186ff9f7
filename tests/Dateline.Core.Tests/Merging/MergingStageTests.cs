using Dateline.Core.Model;
using Dateline.Core.Stages.Merging;

namespace Dateline.Core.Tests.Merging;

public sealed class MergingStageTests
{
    private static readonly DateTimeOffset Jan9 = new(2017, 1, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly PlaceRef Aleppo = new("Aleppo", "SY", 36.2, 37.15);
    private static readonly PlaceRef Gaziantep = new("Gaziantep", "TR", 37.06, 37.38);
    private static readonly ActorRef Rebels = new("Free Syrian Army", ActorRole.Initiator);

    private readonly MergingStage _stage = new();

    [Fact]
    public void Merge_NoMentions_NoEvents()
    {
        // Given / When
        var events = _stage.Merge([]);

        // Then
        Assert.Empty(events);
    }

    [Fact]
    public void Merge_SameEventInTwoReports_IsOneEvent()
    {
        // Given two reports of one attack: same type and class, same day, same actor
        var a = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels]));
        var b = Cite(M("r2", 0, "stormed", "assault", Day("2017-01-08"), "Fighters stormed a post.", actors: [Rebels]));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        var e = Assert.Single(events);
        Assert.Equal(2, e.Mentions.Count);
    }

    [Fact]
    public void QuickScore_SyntheticPairs_SameDecisionAndScoreAsFullScore()
    {
        // Given synthetic news-shaped mentions and the features merging builds for them
        var mentions = Dateline.Core.Evaluation.SyntheticMentions.Make(1_500, seed: 5);
        var features = MentionFeatures.Build(mentions);
        var threshold = new MergeOptions().Threshold;
        var kept = 0;

        // When each mention is scored against its next 60 of the same type, both ways
        for (var i = 0; i < features.Length; i++)
        {
            for (var j = i + 1; j < Math.Min(features.Length, i + 60); j++)
            {
                if (features[i].Mention.Type != features[j].Mention.Type)
                {
                    continue;
                }

                var full = _stage.Score(features[i], features[j]).Score;
                var quick = _stage.QuickScore(features[i], features[j]);

                // Then a pair the full score keeps has the same score; one it drops is dropped too
                if (full >= threshold)
                {
                    kept++;
                    Assert.Equal(full, quick);
                }
                else
                {
                    Assert.True(quick < threshold, $"pair {i},{j}: full {full}, quick {quick}");
                }
            }
        }

        Assert.True(kept > 100, $"only {kept} pairs reach the threshold");
    }

    [Fact]
    public void Merge_DifferentTypes_NeverMerge()
    {
        // Given the same day, actor and words but different types
        var a = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the town.", actors: [Rebels]));
        var b = Cite(M("r2", 0, "withdrew", "retreat", Day("2017-01-08"), "Rebels withdrew from the town.", actors: [Rebels]));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Merge_SameTypeDifferentTriggerClass_NotMerged()
    {
        // Given an air strike and an explosion (both assault, different kinds: a generic "attack" could name either)
        var a = Cite(M("r1", 0, "bombed", "assault", Day("2017-01-08"), "Rebels bombed the town.", actors: [Rebels]));
        var b = Cite(M("r2", 0, "exploded", "assault", Day("2017-01-08"), "A car exploded in the town.", actors: [Rebels]));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Merge_SynonymTriggersOfOneClass_Merge()
    {
        // Given "talks" and "negotiations" (one merge class) on the same day in Astana
        var astana = new PlaceRef("Astana", "KZ", 51.17, 71.45);
        var a = Cite(M("r1", 0, "talks", "consult", Day("2017-01-23"), "Talks opened in Astana.", location: astana));
        var b = Cite(M("r2", 0, "negotiations", "consult", Day("2017-01-23"), "Negotiations began in the Kazakh capital.", location: astana));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Single(events);
    }

    [Fact]
    public void Merge_TimesThatDoNotOverlap_NotMerged()
    {
        // Given the same actor attacking on two different days
        var a = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels]));
        var b = Cite(M("r2", 0, "attacked", "assault", Day("2017-01-10"), "Rebels attacked the checkpoint.", actors: [Rebels]));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Merge_PlacesInDifferentCountries_NeverMerge()
    {
        // Given the same actor, day and words, but in Syria and in Turkey
        var a = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels], location: Aleppo));
        var b = Cite(M("r2", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels], location: Gaziantep));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Merge_MentionWithoutPlaceBetweenTwoCountries_DoesNotBridgeThem()
    {
        // Given a Syrian and a Turkish mention, and a third without a place that matches both
        var sy = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels], location: Aleppo));
        var none = Cite(M("r2", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels]));
        var tr = Cite(M("r3", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels], location: Gaziantep));

        // When
        var events = _stage.Merge([sy, none, tr]);

        // Then no event holds both countries
        Assert.All(events, e => Assert.True(
            e.Mentions.Select(c => c.Mention.Location?.Country).OfType<string>().Distinct().Count() <= 1,
            $"{e.Id} mixes countries"));
    }

    [Fact]
    public void Merge_OverlappingButNoSharedEvidence_NotMerged()
    {
        // Given two January clashes from different reports with nothing else in common
        var a = Cite(M("r1", 0, "clashed", "assault", Month("2017-01"), "Gunmen clashed with police near Mosul.", actors: [new ActorRef("police", ActorRole.Target)]));
        var b = Cite(M("r2", 0, "fought", "assault", Month("2017-01"), "Tribesmen fought soldiers outside Sanaa.", actors: [new ActorRef("soldiers", ActorRole.Target)]));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void Merge_SameExactDay_IsEnoughEvidence()
    {
        // Given two bombings on the same explicit day, with no actors or shared words
        var a = Cite(M("r1", 0, "bombed", "assault", Day("2017-01-08"), "Jets bombed Idlib.", actors: []));
        var b = Cite(M("r2", 0, "shelled", "assault", Day("2017-01-08"), "Warplanes shelled villages.", actors: []));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Single(events);
    }

    [Fact]
    public void Merge_Cluster_TakesTheNarrowestTimeAndItsTitle()
    {
        // Given a month-precise and a day-precise mention of one truce
        var a = Cite(M("r1", 0, "truce", "agree", Month("2016-12"), "A truce was agreed in December with Russian help.", actors: [Rebels], title: "A truce was agreed in December"), Jan9);
        var b = Cite(M("r2", 0, "truce", "agree", Day("2016-12-30"), "A truce took effect on December 30.", actors: [Rebels], title: "A truce took effect on December 30"), Jan9.AddHours(1));

        // When
        var e = Assert.Single(_stage.Merge([a, b]));

        // Then
        Assert.Equal("2016-12-30", e.Time.Value);
        Assert.Equal("A truce took effect on December 30", e.Title);
        Assert.Equal("agree", e.Type);
    }

    [Fact]
    public void Merge_Cluster_StatedDayBeatsTheReportsDay()
    {
        // Given a truce first told without a date of its own (it took its report's day, the 31st), then stated by two
        // later reports as taking effect on the 30th
        var a = Cite(M("r1", 0, "ceasefire", "agree", Day("2016-12-31"), "The council voted to support the ceasefire.", actors: [Rebels], title: "The council voted to support the ceasefire"), new DateTimeOffset(2016, 12, 31, 18, 0, 0, TimeSpan.Zero));
        var b = Cite(M("r2", 0, "ceasefire", "agree", Day("2016-12-30"), "The ceasefire took effect on December 30.", actors: [Rebels], title: "The ceasefire took effect on December 30") with { TimeText = "December 30" }, Jan9.AddHours(1));
        var c = Cite(M("r3", 0, "truce", "agree", Day("2016-12-30"), "A truce began on 30 December.", actors: [Rebels], title: "A truce began on 30 December") with { TimeText = "30 December" }, Jan9.AddHours(2));

        // When
        var e = Assert.Single(_stage.Merge([a, b, c]));

        // Then the stated day, and the title of the first report that states it
        Assert.Equal("2016-12-30", e.Time.Value);
        Assert.Equal("The ceasefire took effect on December 30", e.Title);
    }

    [Fact]
    public void Merge_Cluster_BoundedTimeBeatsOpenEnded()
    {
        // Given a "sometime before publication" and a dated mention
        var open = new TimeValue("PAST_REF", null, new DateOnly(2017, 1, 9), TimePrecision.Unknown, null, TimeAnchor.Publication);
        var a = Cite(M("r1", 0, "attacked", "assault", open, "Rebels attacked the checkpoint.", actors: [Rebels]));
        var b = Cite(M("r2", 0, "attacked", "assault", Month("2017-01"), "Rebels attacked the checkpoint.", actors: [Rebels]));

        // When
        var e = Assert.Single(_stage.Merge([a, b]));

        // Then
        Assert.Equal("2017-01", e.Time.Value);
    }

    [Theory]
    [InlineData(new[] { EventStatus.Planned, EventStatus.Occurred }, EventStatus.Occurred)]
    [InlineData(new[] { EventStatus.Ongoing, EventStatus.Planned }, EventStatus.Ongoing)]
    // A claim that it happened outweighs reports that it was planned.
    [InlineData(new[] { EventStatus.Planned, EventStatus.Claimed, EventStatus.Planned }, EventStatus.Claimed)]
    public void Merge_Cluster_StrongestStatusWins(EventStatus[] statuses, EventStatus expected)
    {
        // Given mentions of one meeting with different statuses
        var mentions = statuses
            .Select((s, i) => Cite(M($"r{i}", 0, "talks", "consult", Day("2017-01-23"), "Talks between the government and rebels in Astana.", actors: [Rebels], status: s)))
            .ToList();

        // When
        var e = Assert.Single(_stage.Merge(mentions));

        // Then
        Assert.Equal(expected, e.Status);
    }

    [Fact]
    public void Merge_Cluster_MentionsEarliestReportFirst()
    {
        // Given the later report listed first
        var late = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels]), Jan9.AddDays(1));
        var early = Cite(M("r2", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels]), Jan9);

        // When
        var e = Assert.Single(_stage.Merge([late, early]));

        // Then
        Assert.Equal(["r2", "r1"], e.Mentions.Select(c => c.Mention.ReportId));
    }

    [Fact]
    public void Merge_InputOrder_DoesNotChangeIdsOrEventOrder()
    {
        // Given three events in two orders
        var list = new List<CitedMention>
        {
            Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels])),
            Cite(M("r2", 0, "withdrew", "retreat", Day("2017-01-02"), "Rebels withdrew from Aleppo.", actors: [Rebels])),
            Cite(M("r3", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels])),
            Cite(M("r3", 1, "talks", "consult", Month("2017-02"), "Talks are due in February.", actors: [Rebels])),
        };

        // When
        var forward = _stage.Merge(list);
        var backward = _stage.Merge(Enumerable.Reverse(list).ToList());

        // Then
        Assert.Equal(forward.Select(e => e.Id), backward.Select(e => e.Id));
        Assert.Equal(["2017-01-02", "2017-01-08", "2017-02"], forward.Select(e => e.Time.Value));
        Assert.All(forward, e => Assert.Matches("^ev-[0-9a-f]{10}$", e.Id));
        Assert.Equal(forward.Count, forward.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Merge_Cluster_UnionOfActorsAndPlaceWithCoordinates()
    {
        // Given one mention naming the place without coordinates and another with them
        var bare = new PlaceRef("Aleppo", "SY", null, null);
        var a = Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint in Aleppo.", actors: [Rebels], location: bare));
        var b = Cite(M("r2", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked army positions in Aleppo.",
            actors: [Rebels, new ActorRef("Syrian army", ActorRole.Target)], location: Aleppo));

        // When
        var e = Assert.Single(_stage.Merge([a, b]));

        // Then
        Assert.Equal([Rebels, new ActorRef("Syrian army", ActorRole.Target)], e.Actors);
        Assert.Equal(Aleppo, e.Location);
    }

    [Fact]
    public void Merge_EveryMention_IsInExactlyOneEvent()
    {
        // Given a mix of related and unrelated mentions
        var list = new List<CitedMention>
        {
            Cite(M("r1", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels])),
            Cite(M("r1", 1, "withdrew", "retreat", Day("2017-01-08"), "Rebels later withdrew.", actors: [Rebels])),
            Cite(M("r2", 0, "attacked", "assault", Day("2017-01-08"), "Rebels attacked the checkpoint.", actors: [Rebels])),
            Cite(M("r2", 1, "talks", "consult", TimeValue.Unknown, "Talks may follow.", actors: [])),
        };

        // When
        var events = _stage.Merge(list);

        // Then
        var keys = events.SelectMany(e => e.Mentions).Select(c => (c.Mention.ReportId, c.Mention.Ordinal)).ToList();
        Assert.Equal(list.Count, keys.Count);
        Assert.Equal(list.Select(c => (c.Mention.ReportId, c.Mention.Ordinal)).Order(), keys.Order());
    }

    [Fact]
    public void Merge_MentionWithoutOwnDateOrPlace_TakesItsReportsAndJoinsTheOtherReport()
    {
        // Given a report whose second sentence has no date or place ("The blast killed nine.") and another report of
        // the same blast, dated and placed
        var open = new TimeValue("PAST_REF", null, new DateOnly(2017, 1, 9), TimePrecision.Unknown, null, TimeAnchor.Publication);
        var lead = Cite(M("r1", 0, "exploded", "assault", Day("2017-01-08"), "A car bomb exploded in Aleppo on Sunday.", location: Aleppo) with { TimeText = "on Sunday" });
        var blast = Cite(M("r1", 1, "blast", "assault", open, "The blast killed nine and wounded twenty.") with { Start = 50, End = 90 });
        var other = Cite(M("r2", 0, "blast", "assault", Day("2017-01-08"), "Nine died in Sunday's blast in Aleppo.", location: Aleppo) with { TimeText = "Sunday" });

        // When
        var events = _stage.Merge([lead, blast, other]);

        // Then
        var e = Assert.Single(events);
        Assert.Equal(3, e.Mentions.Count);
    }

    [Fact]
    public void Merge_BareDurationDatesNothing_MentionTakesItsReportsDate()
    {
        // Given "arrested on Monday" in one report, and in another "Police arrested activists on Monday." then
        // "The arrests came a day after the protest." read as Tuesday
        var a = Cite(M("r1", 0, "arrested", "coerce", Day("2017-01-09"), "Police in Aleppo arrested activists on Monday.", location: Aleppo) with { TimeText = "on Monday" });
        var b1 = Cite(M("r2", 0, "arrested", "coerce", Day("2017-01-09"), "Security forces arrested 30 people on Monday.", location: Aleppo) with { TimeText = "on Monday" });
        var b2 = Cite(M("r2", 1, "arrests", "coerce", Day("2017-01-10"), "The arrests came a day after the protest.") with { TimeText = "a day", Start = 60, End = 100 });

        // When
        var events = _stage.Merge([a, b1, b2]);

        // Then
        Assert.Equal(3, Assert.Single(events).Mentions.Count);
    }

    [Fact]
    public void Merge_LonePlaceInAnotherCountryThanItsReport_ReadAsTheReportsPlace()
    {
        // Given a report on Aleppo whose third sentence's place was read as a Turkish town, and another report of the
        // same protest in Aleppo
        var a1 = Cite(M("r1", 0, "protested", "protest", Day("2017-01-08"), "Hundreds protested in Aleppo on Sunday.", location: Aleppo) with { TimeText = "on Sunday" });
        var a2 = Cite(M("r1", 1, "shelling", "assault", Day("2017-01-08"), "Shelling hit Aleppo later.", location: Aleppo) with { TimeText = "on Sunday", Start = 50, End = 80 });
        var a3 = Cite(M("r1", 2, "rally", "protest", Day("2017-01-08"), "The rally near the gate ended peacefully.", location: Gaziantep) with { Start = 90, End = 130 });
        var b = Cite(M("r2", 0, "demonstrated", "protest", Day("2017-01-08"), "Residents of Aleppo demonstrated on Sunday.", location: Aleppo) with { TimeText = "on Sunday" });

        // When
        var events = _stage.Merge([a1, a2, a3, b]);

        // Then the rally joins the Aleppo protest, not an event of its own in Turkey
        var protest = Assert.Single(events, e => e.Type == "protest");
        Assert.Equal(3, protest.Mentions.Count);
    }

    [Fact]
    public void Merge_ShellingAndClashesOfOneBattle_Merge()
    {
        // Given shelling and clashes reported the same day in the same town (one fight told two ways)
        var a = Cite(M("r1", 0, "shelling", "assault", Day("2017-01-08"), "Shelling hit the eastern districts of Aleppo.", location: Aleppo));
        var b = Cite(M("r2", 0, "clashes", "assault", Day("2017-01-08"), "Clashes raged in the eastern districts of Aleppo.", location: Aleppo));

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Single(events);
    }

    [Fact]
    public void Merge_GenericWordAfterACarBomb_DoesNotJoinAnAirRaid()
    {
        // Given a report of a car bomb whose next sentence says only "killed", and another report of an air raid on
        // the same town the same day
        var bomb = Cite(M("r1", 0, "car bomb", "assault", Day("2017-01-08"), "A car bomb went off in Aleppo on Sunday.", location: Aleppo) with { TimeText = "on Sunday" });
        var killed = Cite(M("r1", 1, "killed", "assault", Day("2017-01-08"), "Nine people were killed in Aleppo.", location: Aleppo) with { Start = 50, End = 90 });
        var raid = Cite(M("r2", 0, "air raid", "assault", Day("2017-01-08"), "An air raid hit Aleppo on Sunday.", location: Aleppo) with { TimeText = "on Sunday" });

        // When
        var events = _stage.Merge([bomb, killed, raid]);

        // Then the killing stays with the car bomb
        Assert.Equal(2, events.Count);
        var withBomb = Assert.Single(events, e => e.Mentions.Any(c => c.Mention.Trigger == "car bomb"));
        Assert.Contains(withBomb.Mentions, c => c.Mention.Trigger == "killed");
    }

    [Fact]
    public void Merge_GenericWordRepeatingASpecificOne_NamesThatOne()
    {
        // Given a report telling a roadside bomb and a rocket attack, then "the bombing" after the rockets; and another
        // report of the roadside bomb alone
        const string lead = "A roadside bomb hit a convoy in Aleppo on Sunday and rockets hit the camp that night.";
        var bomb = Cite(M("r1", 0, "roadside bomb", "assault", Day("2017-01-08"), lead, location: Aleppo) with { TimeText = "on Sunday" });
        var rockets = Cite(M("r1", 1, "rockets", "assault", Day("2017-01-08"), lead, location: Aleppo) with { TimeText = "that night" });
        var bombing = Cite(M("r1", 2, "bombing", "assault", Day("2017-01-08"), "The bombing of the convoy and the rocket fire were unrelated.", location: Aleppo) with { Start = 90, End = 150 });
        var other = Cite(M("r2", 0, "roadside bomb", "assault", Day("2017-01-08"), "A roadside bomb struck a convoy near Aleppo on Sunday.", location: Aleppo) with { TimeText = "on Sunday" });

        // When
        var events = _stage.Merge([bomb, rockets, bombing, other]);

        // Then "the bombing" is the roadside bomb's (it shares its word), not the rockets' (the nearer specific kind)
        var withBomb = Assert.Single(events, e => e.Mentions.Any(c => c.Mention.Trigger == "roadside bomb"));
        Assert.Contains(withBomb.Mentions, c => c.Mention.Trigger == "bombing");
        Assert.DoesNotContain(withBomb.Mentions, c => c.Mention.Trigger == "rockets");
    }

    [Fact]
    public void Merge_TwoProtestsOfOneDayInOneCity_StaySplitByWhatTheirReportsTell()
    {
        // Given two reports of a teachers' rally and one of a vendors' protest, all in Baghdad on Sunday
        var baghdad = new PlaceRef("Baghdad", "IQ", 33.34, 44.4);
        CitedMention Protest(string report, int ordinal, string trigger, string sentence, int start) =>
            Cite(M(report, ordinal, trigger, "protest", Day("2017-01-08"), sentence, location: baghdad) with { Start = start, End = start + sentence.Length, TimeText = "on Sunday" });
        CitedMention[] mentions =
        [
            Protest("r1", 0, "rallied", "Several thousand contract teachers rallied in Tahrir Square in central Baghdad on Sunday morning to demand permanent jobs.", 0),
            Protest("r1", 1, "rally", "The rally was called by the teachers' syndicate, whose members say their salaries are five months overdue and schools run on volunteers.", 130),
            Protest("r2", 0, "protested", "Thousands of teachers on temporary contracts protested in Baghdad on Sunday, saying the government broke its promise of permanent posts.", 0),
            Protest("r2", 1, "demonstration", "Organisers from the teachers' syndicate put the turnout at 5,000 during the Tahrir Square demonstration over overdue salaries.", 140),
            Protest("r3", 0, "blocked", "Around 300 street vendors blocked Al-Rasheed Street in Baghdad on Sunday after bulldozers tore down their stalls near the old market.", 0),
            Protest("r3", 1, "protest", "Riot police used water cannon to end the protest, and the traders burned tyres and shouted slogans against the mayoralty.", 140),
        ];

        // When
        var events = _stage.Merge(mentions);

        // Then the teachers' reports are one event, the vendors' report another
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Mentions.Select(c => c.Mention.ReportId).Distinct().Order().SequenceEqual(["r1", "r2"]));
        Assert.Contains(events, e => e.Mentions.All(c => c.Mention.ReportId == "r3"));
    }

    [Fact]
    public void Merge_ThreatPlacedWhereMadeAndWhereAimed_IsOneThreat()
    {
        // Given one threat placed in Yemen by one report (where it was made) and in Saudi Arabia by another (its target)
        var sanaa = new PlaceRef("Sanaa", "YE", 15.35, 44.21);
        var riyadh = new PlaceRef("Riyadh", "SA", 24.69, 46.72);
        var a = Cite(M("r1", 0, "warned", "threaten", Day("2017-01-08"), "The Houthi spokesman warned in Sanaa that airports would be targets.", location: sanaa) with { TimeText = "on Sunday" });
        var b = Cite(M("r2", 0, "threatened", "threaten", Day("2017-01-08"), "The Houthis threatened airports in Riyadh on Sunday.", location: riyadh) with { TimeText = "on Sunday" });

        // When
        var events = _stage.Merge([a, b]);

        // Then
        Assert.Single(events);
    }

    [Fact]
    public void Score_WithEmbedder_TextIsCosineOfEmbeddings()
    {
        // Given two accounts of one shelling that share no content word, and an embedder that puts them side by side
        var a = Cite(M("r1", 0, "shelled", "assault", Day("2017-01-08"), "Rebels shelled Aleppo.", location: Aleppo));
        var b = Cite(M("r2", 0, "bombarded", "assault", Day("2017-01-08"), "Insurgent artillery bombarded the city.", location: Aleppo));
        var embedder = new TableEmbedder(new()
        {
            ["Rebels shelled Aleppo."] = [2, 1, 0],
            ["Insurgent artillery bombarded the city."] = [4, 2, 0],
        });
        var plain = MentionFeatures.Build([a, b]);
        var embedded = MentionFeatures.Build([a, b], embedder: embedder);

        // When
        var tfidf = _stage.Score(plain[0], plain[1]).Features.Single(f => f.Name == "text").Value;
        var cosine = new MergingStage(new MergeOptions { Embedder = embedder }).Score(embedded[0], embedded[1]).Features.Single(f => f.Name == "text").Value;

        // Then the TF-IDF cosine sees nothing shared; the embeddings' cosine is 1 whatever their lengths
        Assert.Equal(0, tfidf);
        Assert.Equal(1, cosine);
    }

    [Fact]
    public void Merge_WithEmbedder_EmbedsEachSentenceOnceAndKeepsTfIdfContext()
    {
        // Given a sentence with two mentions and another report's sentence
        const string both = "Rebels shelled Aleppo and stormed a checkpoint.";
        const string other = "Gunmen attacked a post in Aleppo.";
        var embedder = new TableEmbedder(new() { [both] = [1, 0], [other] = [0, 1] });
        var mentions = new[]
        {
            Cite(M("r1", 0, "shelled", "assault", Day("2017-01-08"), both, location: Aleppo)),
            Cite(M("r1", 1, "stormed", "assault", Day("2017-01-08"), both, location: Aleppo)),
            Cite(M("r2", 0, "attacked", "assault", Day("2017-01-08"), other, location: Aleppo)),
        };

        // When
        var features = MentionFeatures.Build(mentions, embedder: embedder);

        // Then one call, each distinct sentence once; orthogonal embeddings give text 0, the report contexts still share "aleppo"
        var call = Assert.Single(embedder.Calls);
        Assert.Equal([both, other], call);
        Assert.Equal(0, MentionFeatures.Cosine(features[0].Vector, features[2].Vector));
        Assert.True(MentionFeatures.Cosine(features[0].Context, features[2].Context) > 0);
    }

    /// <summary>A hand-written embedder: a fixed vector per sentence; records what it was asked.</summary>
    private sealed class TableEmbedder(Dictionary<string, float[]> table) : ISentenceEmbedder
    {
        public List<string[]> Calls { get; } = [];

        public IReadOnlyList<float[]> Embed(IReadOnlyList<string> sentences)
        {
            Calls.Add([.. sentences]);
            return sentences.Select(s => table[s]).ToList();
        }
    }

    private static TimeValue Day(string v) => TimeValue.FromTimeMl(v);

    private static TimeValue Month(string v) => TimeValue.FromTimeMl(v);

    private static CitedMention Cite(Mention m, DateTimeOffset? published = null) =>
        new(m, "Levant Wire", $"https://example.test/{m.ReportId}", published ?? Jan9);

    private static Mention M(
        string report, int ordinal, string trigger, string type, TimeValue time, string sentence,
        IReadOnlyList<ActorRef>? actors = null, PlaceRef? location = null, EventStatus status = EventStatus.Occurred, string? title = null) =>
        new()
        {
            ReportId = report,
            Ordinal = ordinal,
            Sentence = sentence,
            Start = 0,
            End = sentence.Length,
            Trigger = trigger,
            Type = type,
            Status = status,
            Time = time,
            Actors = actors ?? [],
            Location = location,
            Title = title ?? sentence.TrimEnd('.'),
        };
}
