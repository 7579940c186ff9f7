using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Segmentation;
using Dateline.Core.Stages.Temporal;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Extraction;

public sealed class ExtractionStageTests
{
    private static readonly DateOnly PublishedDay = new(2017, 1, 9);

    [Theory]
    [InlineData("Government forces and rebels agreed a truce.", "agreed", "agree")]
    [InlineData("Protesters marched through the capital.", "marched", "protest")]
    [InlineData("Police arrested 30 activists in the capital.", "arrested", "coerce")]
    [InlineData("The delegation arrived in Damascus.", "arrived", "consult")]
    [InlineData("The Security Council ratified the agreement.", "ratified", "support")]
    [InlineData("Rebels withdrew from the town.", "withdrew", "retreat")]
    [InlineData("The minister condemned the attack.", "condemned", "accuse")]
    [InlineData("Jets bombed the market.", "bombed", "assault")]
    [InlineData("The government imposed sanctions on the rebels.", "imposed sanctions", "sanction")]
    public void Extract_TriggerVerb_GivesOneMentionOfItsPloverType(string text, string trigger, string type)
    {
        // Given a sentence with one event verb (nouns beside a verb are events of their own only when they name
        // a material event or a known one: "condemned the attack" is also a mention of the attack, "ratified the
        // agreement" of the agreement)

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        var mention = Assert.Single(mentions, m => m.Trigger == trigger);
        Assert.Equal(type, mention.Type);
        Assert.All(mentions.Where(m => m != mention), m => Assert.True(
            new[] { "assault", "protest", "retreat", "coerce", "aid", "mobilize" }.Contains(m.Type) || text.Contains("the " + m.Trigger, StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_DefiniteNounAsArgument_IsAMentionOfItsOwn()
    {
        // Given a verbal event whose object is a known accord ("the arrangement"), and an indefinite one
        const string text = "The United Nations welcomed the arrangement but called for a truce elsewhere.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the definite noun is an agree mention beside the support one; the indefinite truce is none
        Assert.Equal(["welcomed", "arrangement", "called for"], mentions.Select(m => m.Trigger));
        Assert.Equal("agree", mentions[1].Type);
        Assert.Equal("support", mentions[0].Type);
    }

    [Theory]
    [InlineData("Each side moved its forces back about one kilometre.", "moved its forces back", "retreat")]
    [InlineData("Both sides moved their fighters and equipment back from the strip.", "moved their fighters and equipment back", "retreat")]
    [InlineData("The two prime ministers sat down in Baghdad.", "sat down", "consult")]
    [InlineData("Residents said they heard heavy machine-gun fire near the palace.", "machine-gun fire", "assault")]
    [InlineData("The spokesman warned on Tuesday that airports would be targets.", "warned", "threaten")]
    [InlineData("A monitoring group said the jets that bombed the town were Russian.", "bombed", "assault")]
    [InlineData("The Taliban's weekend attack on police posts renewed questions.", "attack", "assault")]
    [InlineData("A spokesman said those detained were suspected of vandalism.", "detained", "coerce")]
    public void Extract_PhrasalOrRelativeTrigger_IsFound(string text, string trigger, string type)
    {
        // Given a phrasal verb split by its object, a relative clause's verb after "that", or a noun before "on"

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Equal(type, Assert.Single(mentions, m => m.Trigger == trigger).Type);
    }

    [Fact]
    public void Extract_PhrasalVerbAcrossAClause_IsNotJoined()
    {
        // Given "moved" and "back" in two clauses
        const string text = "The army moved north, and the rebels came back.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then no withdrawal spans the comma
        Assert.DoesNotContain(mentions, m => m.Type == "retreat");
    }

    [Fact]
    public void Extract_NoEventWord_NoMentions()
    {
        // Given / When
        var mentions = Extract("The weather was mild in the capital.", Reports.Published);

        // Then
        Assert.Empty(mentions);
    }

    [Fact]
    public void Extract_ReleasedAStatement_IsNotAReleaseButTheNounIsTheEvent()
    {
        // Given "released a statement", which names no withdrawal
        const string text = "The army released a statement about the fighting.";

        // When
        var mention = Assert.Single(Extract(text, Reports.Published));

        // Then
        Assert.Equal("fighting", mention.Trigger);
        Assert.Equal("assault", mention.Type);
    }

    [Fact]
    public void Extract_NounWithItsOwnPredicate_IsAnEventBesideTheVerb()
    {
        // Given a ceasefire that "took effect" in a sentence about shelling
        const string text = "The army shelled Douma although a ceasefire took effect on Friday.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Equal(["assault", "agree"], mentions.Select(m => m.Type));
        Assert.Equal(["shelled", "ceasefire"], mentions.Select(m => m.Trigger));
    }

    [Fact]
    public void Extract_ReadyToNegotiate_IsAnOfferThatHappened()
    {
        // Given
        const string text = "The rebels said they were ready to negotiate.";

        // When
        var mention = Assert.Single(Extract(text, Reports.Published));

        // Then
        Assert.Equal("agree", mention.Type);
        Assert.Equal(EventStatus.Occurred, mention.Status);
    }

    [Theory]
    [InlineData("Rebels did not attack the convoy.")]
    [InlineData("Rebels never attacked the convoy.")]
    [InlineData("The army didn't attack the town.")]
    [InlineData("Neither the government delegation nor the rebel envoys signed the text.")]
    [InlineData("Neither side's national leadership has publicly endorsed it.")]
    public void Extract_NegatedTrigger_NoMention(string text)
    {
        // Given a negated event

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Empty(mentions);
    }

    [Theory]
    [InlineData("The rebel fighters refused to withdraw from the town.", "refused")]
    [InlineData("The two delegations failed to meet again.", null)]
    [InlineData("The minister declined to meet the envoys.", "declined to")]
    public void Extract_RefusedOrFailedTrigger_OnlyTheRefusalIsAnEvent(string text, string? refusal)
    {
        // Given a verb that a refusal or a failure says was not done

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the refusal is a reject where the lexicon names it, and the refused verb is no event
        Assert.Equal(refusal is null ? [] : [refusal], mentions.Select(m => m.Trigger));
        Assert.All(mentions, m => Assert.Equal("reject", m.Type));
    }

    [Theory]
    [InlineData("Though fighting never stopped in the valley, the truce held elsewhere.", "fighting")]
    [InlineData("Neither side won, and the army attacked the town.", "attacked")]
    [InlineData("Neither the army nor the rebels reported losses as the jets attacked the town.", "attacked")]
    public void Extract_NegationOfAnotherWord_KeepsTheTrigger(string text, string trigger)
    {
        // Given a negation after the trigger, or a "neither" closed by a comma before it

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the trigger is still an event
        Assert.Contains(mentions, m => m.Trigger == trigger);
    }

    [Theory]
    [InlineData("The army said it had regained the whole town after the last evacuation convoys left.", "regained")]
    [InlineData("Rebels withdrew from the village as the army retook it.", "retook")]
    [InlineData("The army retook the town and released 50 prisoners.", "retook,released")]
    [InlineData("Rebels withdrew from the village.", "withdrew")]
    public void Extract_GroundLeftAndTakenInOneSentence_IsOneTakeover(string text, string triggers)
    {
        // Given one side's leaving and the other side's taking of ground told in one sentence (and, apart, a release)

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the taking is the event; a release or a withdrawal alone stays
        Assert.Equal(triggers.Split(','), mentions.Select(m => m.Trigger));
    }

    [Theory]
    [InlineData("The French government, which broke off relations with Damascus in 2012, said the visit was private.", "Paris")]
    [InlineData("The Syrian government recalled its ambassador.", "Aleppo")]
    public void Extract_SanctionOfAForeignStateWithNoPlace_StandsAtItsCapital(string sentence, string place)
    {
        // Given a report told from Aleppo and a sanction with no place of its own
        var entities = new FakeEntityRecognizer()
            .Place("Aleppo", "SY", 36.2, 37.16).Actor("French government", "Government of France", "FR").Actor("Syrian government", "Government of Syria", "SY")
            .Actor("Damascus", "Government of Syria", "SY").Capital("FR", "Paris", 48.85, 2.35).Capital("SY", "Damascus", 33.51, 36.29);

        // When
        var mentions = Extract("Rebels shelled a district in Aleppo on Monday. " + sentence, Reports.Published, entities);

        // Then the French state's act stands at Paris, known only to its country; the Syrian one at the story's place
        var sanction = Assert.Single(mentions, m => m.Type == "sanction");
        Assert.Equal(place, sanction.Location?.Name);
        Assert.Equal(place == "Paris" ? PlacePrecision.Region : PlacePrecision.Story, sanction.Location?.Precision);
    }

    [Theory]
    [InlineData("Two days of Syria negotiations in Astana ended on Tuesday.", "Astana")]
    [InlineData("Two days of Syria negotiations ended on Tuesday.", "Syria")]
    [InlineData("Assad told the visitors in Damascus that he was counting on the Astana meeting and was ready to talk to the rebels.", "Damascus")]
    public void Extract_PlaceBeforeAnEventNoun_IsItsTopicBeforeAStatedPlace(string text, string place)
    {
        // Given a place naming an event noun ("Syria negotiations", "the Astana meeting"), with or without a place the
        // clause gives by "in"
        var entities = new FakeEntityRecognizer().Country("Syria", "SY", 35.0, 38.5).Place("Astana", "KZ", 51.18, 71.45).Place("Damascus", "SY", 33.51, 36.29);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then the stated place wins; alone, the noun's own place stands
        Assert.Equal(place, Assert.Single(mentions).Location?.Name);
    }

    [Theory]
    // A present-simple verb of a relative clause is a standing relation; a past one is an act.
    [InlineData("Moscow spoke for the government, while Ankara spoke for the rebel factions it supports.", "support", false)]
    [InlineData("Tehran, which supports the government, sent more advisers.", "support", false)]
    [InlineData("Ankara supports the truce.", "support", true)]
    [InlineData("Ankara spoke for the rebel factions it supported in the war.", "support", true)]
    // A thing's damage names an earlier fight; deaths and the story's attack stay.
    [InlineData("The visitors saw a church damaged in the fighting.", "assault", false)]
    [InlineData("Aid went to families displaced by the shelling.", "assault", false)]
    [InlineData("Two rebels were killed in the fighting.", "assault", true)]
    [InlineData("The launchers used in the attack were not found.", "assault", true)]
    // "providing that" is a condition; "providing food" is aid.
    [InlineData("He was ready for a reconciliation with them providing that they lay down their weapons.", "aid", false)]
    [InlineData("Talks can resume provided that the shelling stops.", "aid", false)]
    [InlineData("The agency was providing food to the camps.", "aid", true)]
    public void Extract_ClauseThatTellsNoEventOfTheType_GivesNoSuchMention(string text, string type, bool expected)
    {
        // Given an event word in a clause that tells of no such event (or, for contrast, one that does)

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Equal(expected, mentions.Any(m => m.Type == type));
    }

    [Fact]
    public void Extract_GreatDeal_IsNoAccord()
    {
        // Given "a great deal" as an amount beside planned talks
        const string text = "The president said he expected a great deal from negotiations planned for next month.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the talks are the event, planned
        var m = Assert.Single(mentions);
        Assert.Equal(("negotiations", "consult", EventStatus.Planned), (m.Trigger, m.Type, m.Status));
    }

    [Theory]
    [InlineData("Rebels attacked the town.", EventStatus.Occurred)]
    [InlineData("Peace talks are scheduled to be held in Astana.", EventStatus.Planned)]
    [InlineData("If talks fail, the rebels could attack the city.", EventStatus.Hypothetical)]
    [InlineData("The group claimed it attacked the checkpoint.", EventStatus.Claimed)]
    [InlineData("The ministry denied that its jets bombed the market.", EventStatus.Denied)]
    [InlineData("Fighting continues in the Wadi Barada valley.", EventStatus.Ongoing)]
    [InlineData("Fighting has continued in the valley near the capital.", EventStatus.Ongoing)]
    [InlineData("Though fighting never stopped in the valley, the road reopened.", EventStatus.Ongoing)]
    [InlineData("Fighting continued in the valley on Monday.", EventStatus.Occurred)]
    [InlineData("The first round of talks is over, and both camps are claiming victory.", EventStatus.Occurred)]
    [InlineData("The army announced it will withdraw from the town.", EventStatus.Announced)]
    public void Extract_StatusCue_GivesStatus(string text, EventStatus status)
    {
        // Given a sentence with one event and a status cue

        // When
        var mention = Assert.Single(Extract(text, Reports.Published));

        // Then
        Assert.Equal(status, mention.Status);
    }

    [Fact]
    public void Extract_PlannedWithoutDate_IsOpenEndedFromPublication()
    {
        // Given
        const string text = "Peace talks are scheduled to be held in Astana.";

        // When
        var mention = Assert.Single(Extract(text, Reports.Published));

        // Then
        Assert.Equal("FUTURE_REF", mention.Time.Value);
        Assert.Equal(PublishedDay, mention.Time.Earliest);
        Assert.Null(mention.Time.Latest);
        Assert.Null(mention.TimeText);
    }

    [Fact]
    public void Extract_PlannedOnADateStillAhead_StaysPlanned()
    {
        // Given
        const string text = "Talks are to be held on January 23.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mention = Assert.Single(Extract(report, Reports.Date(text, "January 23", "2017-01-23")));

        // Then
        Assert.Equal(EventStatus.Planned, mention.Status);
        Assert.Equal("2017-01-23", mention.Time.Value);
    }

    [Fact]
    public void Extract_PlannedOnADateAlreadyPast_IsOccurred()
    {
        // Given "were to be held" on a day before the report was published
        const string text = "Talks were to be held on January 5.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mention = Assert.Single(Extract(report, Reports.Date(text, "January 5", "2017-01-05")));

        // Then
        Assert.Equal(EventStatus.Occurred, mention.Status);
    }

    [Theory]
    [InlineData("Rebels attacked the town on December 30, 2016.")]
    [InlineData("On December 30, 2016, rebels attacked the town.")]
    public void Extract_DateInTheSentence_IsTheMentionTime(string text)
    {
        // Given a date after or before the trigger
        var report = Reports.Make(text, Reports.Published);

        // When
        var mention = Assert.Single(Extract(report, Reports.Date(text, "December 30, 2016", "2016-12-30")));

        // Then
        Assert.Equal("2016-12-30", mention.Time.Value);
        Assert.Equal(new DateOnly(2016, 12, 30), mention.Time.Earliest);
        Assert.Equal("December 30, 2016", mention.TimeText);
    }

    [Theory]
    [InlineData("On 30 December a nationwide ceasefire took effect. The Security Council endorsed that truce the next day.", "the next day", "truce", "endorsed")]
    [InlineData("On 30 December a nationwide truce took effect across the country. The Security Council gave the arrangement its backing the following day.", "the following day", "arrangement", "backing")]
    public void Extract_DefiniteNounReferringBack_IsTheToldEventAndTheDayAfterCountsFromIt(string text, string nextDay, string noun, string act)
    {
        // Given a truce told with its day, then referred to by a definite noun and acted on "the next day" (which the
        // temporal stage counted from the report's day)
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "30 December", "2016-12-30"), Reports.Date(text, nextDay, "2017-01-10", anchor: TimeAnchor.PreviousDate));

        // Then the noun is the truce of 30 December (not dated by "the next day", nor by the report), and the act the day after
        Assert.Equal("2016-12-30", Assert.Single(mentions, m => m.Trigger == noun).Time.Value);
        Assert.Equal("2016-12-31", Assert.Single(mentions, m => m.Trigger == act).Time.Value);
    }

    [Theory]
    [InlineData("The delegation landed in Syria on Thursday.", true)]
    [InlineData("A shell landed in a field on Thursday.", false)]
    public void Extract_LandedInAPlace_IsAVisit(string text, bool visit)
    {
        // Given a landing in a named place, or a shell landing in a field

        // When
        var mentions = Extract(text, Reports.Published);

        // Then only the first is an arrival
        Assert.Equal(visit, mentions.Any(m => m.Type == "consult" && m.Trigger.StartsWith("landed in", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_DayAfterAnUndatedEventReferredTo_IsNotTheReportsDay()
    {
        // Given a Sunday meeting, then (past the lead) an attack with no date, then "the assault" condemned "the following
        // day" (which the temporal stage counted from Sunday: the report's own day)
        const string text = "Officials met on Sunday.\n\nThey spoke for an hour.\n\nGunmen attacked a convoy near the border.\n\nThe assault was condemned by the council the following day.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "Sunday", "2017-01-08"), Reports.Date(text, "the following day", "2017-01-09", anchor: TimeAnchor.PreviousDate));

        // Then the condemning is the day after an attack of unknown day: unknown too, not Monday 9 January
        Assert.NotEqual(TimePrecision.Day, Assert.Single(mentions, m => m.Trigger == "condemned").Time.Precision);
    }

    [Theory]
    [InlineData("Whether the truce survives until then is an open question.", "2016-12-30")]
    [InlineData("Whether the offensive resumes is an open question.", null)]
    public void Extract_DefiniteNounFarFromTheEventItNames_RefersBackOnlyToTheSameNounDated(string last, string? expected)
    {
        // Given a ceasefire told with its day, then other news, then a definite noun paragraphs later
        var text = "On 30 December a nationwide truce took effect.\n\nThe president met lawmakers in the capital on Sunday.\n\n" + last;
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "30 December", "2016-12-30"), Reports.Date(text, "Sunday", "2017-01-08"));

        // Then the truce is the one told with its date; an offensive never told is none
        var noun = mentions.Last();
        Assert.Equal(expected, noun.TimeText is null ? null : noun.Time.Value);
    }

    [Fact]
    public void Extract_DefiniteNounReferringBack_IsWhereTheEventItRefersToWas()
    {
        // Given a truce dated in Aleppo, then "had come to Astana only to consolidate the truce"
        const string text = "A truce took effect in Aleppo on 30 December. The negotiator said his side had come to Astana only to consolidate the truce.";
        var entities = new FakeEntityRecognizer().Place("Aleppo", "SY", 36.2, 37.16).Place("Astana", "KZ", 51.18, 71.45);
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, entities, [Reports.Date(text, "30 December", "2016-12-30")]);

        // Then the truce referred to is Aleppo's of 30 December, not Astana's
        var truce = mentions.Last(m => m.Trigger == "truce");
        Assert.Equal("Aleppo", truce.Location?.Name);
        Assert.Equal("2016-12-30", truce.Time.Value);
    }

    [Fact]
    public void Extract_DefiniteNounAfterAVerbAboutAnotherEvent_DoesNotReferToTheVerb()
    {
        // Given negotiations "promised since late December" (a promise of talks), then "the ceasefire" with no date of its own
        const string text = "Delegations spent the week in negotiations that Moscow had promised since late December.\n\nObservers now watch over the ceasefire.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "late December", "2016-12", "END"));

        // Then the ceasefire is not the promise's
        Assert.Null(Assert.Single(mentions, m => m.Trigger == "ceasefire").TimeText);
    }

    [Fact]
    public void Extract_DefiniteNounOfAnotherKind_DoesNotTakeTheTimeOfTheEventBefore()
    {
        // Given an offer dated Sunday, then "the deal" (an accord: an offer is no accord) with no date of its own
        const string text = "The rebels said on Sunday they were ready to negotiate.\n\nThe deal has held.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "Sunday", "2017-01-08"));

        // Then the deal keeps no day taken from the offer
        Assert.Null(Assert.Single(mentions, m => m.Trigger == "deal").TimeText);
    }

    [Fact]
    public void Extract_NounALengthOfTimeIsCountedFrom_IsAMentionDatedBackFromTheVisit()
    {
        // Given a visit dated Friday, then "the visit came a week after a nationwide truce took hold"
        const string text = "The lawmakers travelled to the north on Friday. The visit came a week after a nationwide truce took hold.";
        var report = Reports.Make(text, Reports.Published);
        var week = Reports.Date(text, "a week", "2017-01-13") with { Type = TimexType.Duration, Value = "P1W" };

        // When
        var mentions = Extract(report, Reports.Date(text, "Friday", "2017-01-06"), week);

        // Then the visit is Friday's (the event it refers to) and the truce is told, a week before it
        Assert.Equal("2017-01-06", Assert.Single(mentions, m => m.Trigger == "visit").Time.Value);
        Assert.Equal("2016-12-30", Assert.Single(mentions, m => m.Trigger == "truce").Time.Value);
    }

    [Theory]
    [InlineData("Two days of negotiations in the capital ended on Tuesday with a statement.", "Two days", "P2D", "negotiations", "2017-01-02")]
    [InlineData("A three-day meeting in the capital closed on Tuesday.", "three-day", "P3D", "meeting", "2017-01-01")]
    [InlineData("Talks were held on Tuesday, two days after the protest.", "two days", "P2D", "Talks", "2017-01-03")]
    public void Extract_EventToldByItsLengthAndItsEnd_LastsTheDaysUpToItsEnd(string text, string length, string duration, string trigger, string first)
    {
        // Given a length of days and the day the event ended (Tuesday 3 January)
        var report = Reports.Make(text, Reports.Published);
        var lasting = Reports.Date(text, length, "2017-01-05") with { Type = TimexType.Duration, Value = duration };

        // When
        var mention = Assert.Single(Extract(report, Reports.Date(text, "Tuesday", "2017-01-03"), lasting), m => m.Trigger == trigger);

        // Then it lasted up to Tuesday from its first day; a gap ("two days after") is no length
        Assert.Equal(first, mention.Time.Earliest?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(new DateOnly(2017, 1, 3), mention.Time.Latest);
    }

    [Fact]
    public void Extract_PlaceModifyingAnotherEventNoun_IsThatEventsPlace()
    {
        // Given an offer made in Damascus about "the Astana meeting"
        var entities = new FakeEntityRecognizer().Place("Damascus", "SY", 33.51, 36.29).Place("Astana", "KZ", 51.18, 71.45);
        const string text = "The president told lawmakers in Damascus that he was counting on the Astana meeting and was ready to talk to armed groups.";

        // When
        var offer = Assert.Single(Extract(text, Reports.Published, entities), m => m.Trigger == "ready to talk");

        // Then the offer was made in Damascus; Astana is the meeting's
        Assert.Equal("Damascus", offer.Location?.Name);
    }

    [Fact]
    public void Extract_CountryModifyingTheEventNoun_IsNotItsPlace()
    {
        // Given "Syria negotiations in Astana"
        var entities = new FakeEntityRecognizer().Country("Syria", "SY", 35, 38).Place("Astana", "KZ", 51.18, 71.45);

        // When
        var mention = Assert.Single(Extract("Two days of Syria negotiations in Astana ended on Tuesday.", Reports.Published, entities), m => m.Trigger == "negotiations");

        // Then the talks are held in Astana
        Assert.Equal("Astana", mention.Location?.Name);
    }

    [Theory]
    [InlineData("Organisers said the meeting is meant to shore up the truce that has been in force since Sunday.", "2017-01-08")]
    [InlineData("The truce the sponsors want to strengthen has been in force since Sunday, officials said.", "2017-01-08")]
    public void Extract_DefiniteNounInForceSinceADay_BeganThatDay(string text, string expected)
    {
        // Given a truce "in force since Sunday" in a report of Monday
        var report = Reports.Make(text, Reports.Published);

        // When
        var truce = Assert.Single(Extract(report, Reports.Date(text, "Sunday", "2017-01-08")), m => m.Trigger == "truce");

        // Then the truce is Sunday's, the day it began, not the report's
        Assert.Equal(expected, truce.Time.Value);
        Assert.Equal("Sunday", truce.TimeText);
    }

    [Theory]
    [InlineData("The ceasefire took effect on Sunday.", "2017-01-08")]
    [InlineData("The ceasefire came into force on Sunday and has held since.", "2017-01-08")]
    [InlineData("The ceasefire was announced on Sunday.", null)]
    public void Extract_DefiniteNounTakingPlace_IsDatedByItsOwnVerb(string text, string? expected)
    {
        // Given a known ceasefire and the verb of its own taking effect (or of its telling) with a date
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "Sunday", "2017-01-08"));

        // Then taking effect dates the ceasefire; an announcement's day is the telling's, not the ceasefire's
        var ceasefire = Assert.Single(mentions, m => m.Trigger == "ceasefire");
        Assert.Equal(expected, ceasefire.TimeText is null ? null : ceasefire.Time.Value);
    }

    [Fact]
    public void Extract_DefiniteNounBesideAStatementsDate_TakesNoDateFromIt()
    {
        // Given a known bombing condemned in a statement on a later day
        const string text = "The Security Council condemned the bombing in a statement on Monday.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "Monday", "2017-01-09"));

        // Then the condemning is Monday's, the bombing has no stated date
        Assert.Equal("2017-01-09", Assert.Single(mentions, m => m.Trigger == "condemned").Time.Value);
        Assert.Null(Assert.Single(mentions, m => m.Trigger == "bombing").TimeText);
    }

    [Theory]
    [InlineData("Officials discussed the bombing on Sunday at length.", "Sunday")]
    [InlineData("Officials discussed the attack on the camp on Sunday at length.", "Sunday")]
    [InlineData("Officials discussed Sunday's attack at length.", "Sunday")]
    [InlineData("The bombing took place on Sunday near the market.", "Sunday")]
    [InlineData("The attack, which began on Sunday, went on for hours.", "Sunday")]
    public void Extract_DateBoundToADefiniteNoun_IsItsDate(string text, string span)
    {
        // Given a date right after the noun (or before it as a possessive)
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, span, "2017-01-08"));

        // Then
        Assert.Equal("2017-01-08", Assert.Single(mentions, m => m.Type == "assault").Time.Value);
    }

    [Fact]
    public void Extract_DefiniteNounWithItsParticiple_TakesTheParticiplesDate()
    {
        // Given
        const string text = "The disengagement, carried out on Sunday, was the first of its kind.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mention = Assert.Single(Extract(report, Reports.Date(text, "Sunday", "2017-01-08")));

        // Then
        Assert.Equal(("disengagement", "2017-01-08"), (mention.Trigger, mention.Time.Value));
    }

    [Fact]
    public void Extract_ThatDay_IsTheDayOfTheEventJustTold()
    {
        // Given an attack on Sunday, a claim dated Tuesday, then "earlier that day" (read by the temporal stage as Tuesday)
        const string first = "Attackers fired rockets at the base on Sunday night.";
        const string second = "A group said on Tuesday it was behind it. It made no mention of the convoy bombing earlier that day.";
        var text = first + " " + second;
        var report = Reports.Make(text, Reports.Published);
        var times = new[]
        {
            Reports.Date(text, "Sunday night", "2017-01-08"),
            Reports.Date(text, "Tuesday", "2017-01-10"),
            Reports.Date(text, "earlier that day", "2017-01-10"),
        };

        // When
        var bombing = Assert.Single(Extract(report, times), m => m.Trigger == "convoy bombing");

        // Then
        Assert.Equal("2017-01-08", bombing.Time.Value);
    }

    [Theory]
    [InlineData("A convoy carrying about 300 tonnes of food reached the town.", "aid")]
    [InlineData("The 25 trucks, escorted by the army, brought cereals and oil.", "aid")]
    [InlineData("Contract teachers filled Tahrir Square for the rally.", "protest")]
    [InlineData("Government forces launched a counter-attack to retake the hill.", "assault")]
    public void Extract_EventToldByWhatItMovesOrFills_HasItsType(string text, string type)
    {
        // Given
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report);

        // Then
        Assert.Equal(type, mentions[0].Type);
    }

    [Fact]
    public void Extract_WeekendAttack_IsTheLastWeekendBeforePublication()
    {
        // Given a report published on Wednesday 2019-04-17 about "the weekend attack" (no time expression)
        const string text = "The Taliban's weekend attack on police posts has renewed questions about remote checkpoints.";
        var report = Reports.Make(text, new DateTimeOffset(2019, 4, 17, 9, 0, 0, TimeSpan.Zero));

        // When
        var attack = Assert.Single(Extract(report), m => m.Trigger == "attack");

        // Then
        Assert.Equal(("2019-W15-WE", new DateOnly(2019, 4, 13), new DateOnly(2019, 4, 14)), (attack.Time.Value, attack.Time.Earliest, attack.Time.Latest));
    }

    [Fact]
    public void Extract_TheNextMorning_IsTheDayAfterTheEventJustTold()
    {
        // Given a protest on Sunday, then "The next morning" (which the temporal stage does not read)
        const string text = "Last Sunday, hundreds of residents protested outside the council. The next morning, police detained 30 activists.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var detained = Assert.Single(Extract(report, Reports.Date(text, "Last Sunday", "2017-01-08")), m => m.Trigger == "detained");

        // Then
        Assert.Equal("2017-01-09", detained.Time.Value);
    }

    [Fact]
    public void Extract_DateInARelativeClauseOnAPerson_IsNotTheEventsDate()
    {
        // Given a toll, then a date in a clause about the spokesman who gave it
        const string text = "Five soldiers were killed, said a spokesman, who accused the rebels of breaking a lull that had held since the spring.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var killed = Assert.Single(Extract(report, Reports.Date(text, "the spring", "2017-SP")), m => m.Trigger == "killed");

        // Then
        Assert.NotEqual("2017-SP", killed.Time.Value);
    }

    [Fact]
    public void Extract_DaysAfterAnEvent_CountsBackFromTheSentencesDay()
    {
        // Given "three days after their protest", read by the temporal stage as three days on from Wednesday
        const string text = "Traders said on Wednesday they would go on, three days after their protest ended in scuffles.";
        var report = Reports.Make(text, Reports.Published);
        var duration = Reports.Date(text, "three days", "2017-01-14");
        var times = new[] { Reports.Date(text, "Wednesday", "2017-01-11"), duration with { Type = TimexType.Duration, Value = "P3D" } };

        // When
        var protest = Assert.Single(Extract(report, times), m => m.Trigger == "protest");

        // Then the protest is three days before Wednesday, and happened whatever the traders "would" do
        Assert.Equal("2017-01-08", protest.Time.Value);
        Assert.Equal(EventStatus.Occurred, protest.Status);
    }

    [Fact]
    public void Extract_CouldNot_IsNoHypothesis()
    {
        // Given / When
        var mention = Assert.Single(Extract("It said it could not determine who planted the bomb.", Reports.Published));

        // Then
        Assert.Equal(EventStatus.Occurred, mention.Status);
    }

    [Fact]
    public void Extract_TwoEventsWithTheirOwnDates_EachGetsItsDate()
    {
        // Given
        const string text = "Rebels attacked the town on December 30 and withdrew on January 2.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "December 30", "2016-12-30"), Reports.Date(text, "January 2", "2017-01-02"));

        // Then
        Assert.Equal(["attacked", "withdrew"], mentions.Select(m => m.Trigger));
        Assert.Equal(["2016-12-30", "2017-01-02"], mentions.Select(m => m.Time.Value));
    }

    [Fact]
    public void Extract_TimesInLaterSentences_AreMatchedByReportOffsets()
    {
        // Given two sentences, each with its date (offsets in the report text)
        const string text = "Jets bombed the market on January 8. Rebels withdrew from the town on January 5.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "January 8", "2017-01-08"), Reports.Date(text, "January 5", "2017-01-05"));

        // Then
        Assert.Equal(["2017-01-08", "2017-01-05"], mentions.Select(m => m.Time.Value));
        Assert.Equal(["January 8", "January 5"], mentions.Select(m => m.TimeText));
    }

    [Fact]
    public void Extract_Later_IsAfterThePreviousDateAndByTheReportDay()
    {
        // Given
        const string text = "Rebels attacked the town on December 30, 2016. The army later recaptured it.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "December 30, 2016", "2016-12-30"));

        // Then
        var later = mentions[^1];
        Assert.Equal("recaptured", later.Trigger);
        Assert.Equal("AFTER", later.Time.Mod);
        Assert.Equal(TimeAnchor.PreviousDate, later.Time.Anchor);
        Assert.Equal(new DateOnly(2016, 12, 30), later.Time.Earliest);
        Assert.Equal(PublishedDay, later.Time.Latest);
        Assert.Null(later.TimeText);
    }

    [Fact]
    public void Extract_LeadWithoutDate_TakesTheStoryDayOfTheLead()
    {
        // Given a lead whose first sentence dates the news ("on Sunday", the day before publication)
        const string text = "Jets bombed the market in Idlib on Sunday. The attack killed five people.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report, Reports.Date(text, "Sunday", "2017-01-08", anchor: TimeAnchor.Publication));

        // Then
        var second = mentions.Where(m => m.Start > 0).ToList();
        Assert.NotEmpty(second);
        Assert.All(second, m => Assert.Equal("2017-01-08", m.Time.Value));
    }

    [Fact]
    public void Extract_LeadWithoutAnyDate_IsThePublicationDay()
    {
        // Given / When
        var mention = Assert.Single(Extract("Rebels attacked the town.", Reports.Published));

        // Then
        Assert.Equal(TimeValue.OfDay(PublishedDay, TimeAnchor.Publication), mention.Time);
        Assert.Null(mention.TimeText);
    }

    [Fact]
    public void Extract_UndatedEventDeepInTheStory_IsSometimeBeforePublication()
    {
        // Given background in the third paragraph
        const string text = "Officials spoke to reporters in the capital.\n\nThe weather was cold.\n\nRebels attacked the town.";

        // When
        var mention = Assert.Single(Extract(text, Reports.Published));

        // Then
        Assert.Equal("PAST_REF", mention.Time.Value);
        Assert.Null(mention.Time.Earliest);
        Assert.Equal(PublishedDay, mention.Time.Latest);
    }

    [Fact]
    public void Extract_UndatedStatementDeepInTheStory_IsThePublicationDay()
    {
        // Given a verbal event (accuse) in the third paragraph: statements are news of the day
        const string text = "Officials spoke to reporters in the capital.\n\nThe weather was cold.\n\nThe minister condemned the shelling.";

        // When
        var mention = Assert.Single(Extract(text, Reports.Published), m => m.Type == "accuse");

        // Then
        Assert.Equal("2017-01-09", mention.Time.Value);
    }

    [Fact]
    public void Extract_PastPerfectInTheLead_IsSometimeBeforePublication()
    {
        // Given / When
        var mention = Assert.Single(Extract("Rebels had attacked the town.", Reports.Published));

        // Then
        Assert.Equal("PAST_REF", mention.Time.Value);
    }

    [Fact]
    public void Extract_NoDateAndNoPublication_IsUnknown()
    {
        // Given / When
        var mention = Assert.Single(Extract("Rebels attacked the town.", published: null));

        // Then
        Assert.Equal(TimeValue.Unknown, mention.Time);
    }

    [Fact]
    public void Extract_OnlyAnUnanchoredDuration_IsIgnoredForTheTime()
    {
        // Given "for two days", which locates nothing on the calendar
        const string text = "Rebels attacked the town for two days.";
        var report = Reports.Make(text, Reports.Published);
        var start = text.IndexOf("two days", StringComparison.Ordinal);
        var duration = new TimeExpression(start, start + 8, "two days", TimexType.Duration, "P2D", null, TimeValue.FromTimeMl("P2D"));

        // When
        var mention = Assert.Single(Extract(report, duration));

        // Then
        Assert.Equal("2017-01-09", mention.Time.Value);
        Assert.Null(mention.TimeText);
    }

    [Fact]
    public void Extract_ActorsAroundTheVerb_AreInitiatorAndTargetAndPlaceIsLocation()
    {
        // Given
        var entities = new FakeEntityRecognizer()
            .Actor("Assad", "Bashar al-Assad", "SY")
            .Actor("French delegation")
            .Place("Damascus", "SY", 33.5138, 36.2765);

        // When
        var mention = Assert.Single(Extract("Assad met the French delegation in Damascus.", Reports.Published, entities));

        // Then
        Assert.Equal(
            [new ActorRef("Bashar al-Assad", ActorRole.Initiator), new ActorRef("French delegation", ActorRole.Target)],
            mention.Actors);
        Assert.Equal(new PlaceRef("Damascus", "SY", 33.5138, 36.2765), mention.Location);
    }

    [Theory]
    [InlineData("Regime forces captured Dakhireh village in the countryside of Aleppo after clashes.", "Dakhireh")]
    [InlineData("Rebels fought regime forces in Widyan village in the western countryside of Ar-Raqqa.", "Widyan")]
    [InlineData("A soldier was killed by a sniper in the Rabat area of Tarnak district, Zabul.", "Tarnak")]
    [InlineData("Government forces clashed with ISIS in the eastern Homs countryside.", "Homs")]
    public void Extract_PlaceInsideAnother_IsTheOneACoderRecords(string text, string expected)
    {
        // Given a village named inside a region (the village), or a small area of a district (the district)
        var entities = new FakeEntityRecognizer()
            .Place("Dakhireh", "SY", 36.26, 38.02).Place("Aleppo", "SY", 36.2, 37.16)
            .Place("Widyan", "SY", 35.96, 38.65).Place("Raqqa", "SY", 35.95, 39.01)
            .Place("Rabat", "MA", 34.01, -6.83).Place("Tarnak", "AF", 31.91, 66.52)
            .Place("Homs", "SY", 34.72, 36.72);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then
        Assert.Equal(expected, mentions.First(m => m.Type == "assault").Location?.Name);
    }

    [Theory]
    [InlineData("Regime forces retook Maareh village south of Sarhan from the Islamic State.", "Maareh", "Sarhan", PlacePrecision.Near)]
    [InlineData("Regime forces fought IS around Jahar junction near the Tadmor desert.", "Jahar", "Tadmor", PlacePrecision.Near)]
    [InlineData("Regime forces fought IS in Bayyarat to the west of Tadmor.", "Bayyarat", "Tadmor", PlacePrecision.Near)]
    [InlineData("Regime forces captured Maareh village in east of Aleppo after clashes.", "Maareh", "Aleppo", PlacePrecision.Region)]
    [InlineData("Regime forces captured Maareh village in the eastern countryside of Aleppo.", "Maareh", "Aleppo", PlacePrecision.Region)]
    [InlineData("Rebels and regime forces exchanged shells in Jahar, Tadmor.", "Jahar", "Tadmor", PlacePrecision.Region)]
    [InlineData("Rebels killed 5 soldiers in Bayyarat farms east of Maareh village in Aleppo.", "Bayyarat", "Aleppo", PlacePrecision.Region)]
    [InlineData("Regime forces clashed with rebels in Jahar and Bayyarat in Tadmor.", "Jahar", "Tadmor", PlacePrecision.Region)]
    [InlineData("Rebels fought IS in Maareh village, on the Euphrates River in Aleppo province.", "Maareh", "Aleppo", PlacePrecision.Region)]
    [InlineData("Rebels fought IS in Maareh axis in Al-Qasr area of Aleppo.", "Maareh", "Aleppo", PlacePrecision.Region)]
    public void Extract_UnknownPlaceTiedToAKnownOne_KeepsItsNameAtTheKnownOnesCoordinates(string text, string name, string anchor, PlacePrecision precision)
    {
        // Given a village the gazetteer lacks, near a known town or inside a known region (past other unknown places)
        var entities = new FakeEntityRecognizer()
            .UnknownPlace("Maareh", "SY").UnknownPlace("Jahar", "SY").UnknownPlace("Bayyarat", "SY")
            .Place("Sarhan", "SY", 36.27, 37.6).Place("Tadmor", "SY", 34.56, 38.28).Place("Aleppo", "SY", 36.2, 37.16);
        var coordinates = new Dictionary<string, (double, double)> { ["Sarhan"] = (36.27, 37.6), ["Tadmor"] = (34.56, 38.28), ["Aleppo"] = (36.2, 37.16) };

        // When
        var location = Extract(text, Reports.Published, entities).First().Location;

        // Then the village keeps its name and says whose coordinates it has, and how closely
        var (lat, lon) = coordinates[anchor];
        Assert.Equal(new PlaceRef(name, "SY", lat, lon, precision, anchor), location);
    }

    [Fact]
    public void Extract_UnknownPlaceWithAKnownOneElsewhereInTheSentence_IsInThatRegion()
    {
        // Given a village the gazetteer lacks, and a known town of the same country in another clause
        var entities = new FakeEntityRecognizer().UnknownPlace("Maareh", "SY").Place("Sarhan", "SY", 36.27, 37.6);

        // When
        var location = Extract("Regime forces retook Maareh village after clashes with IS north of Sarhan.", Reports.Published, entities).First().Location;

        // Then it keeps its name, at the town's coordinates as the region it is in
        Assert.Equal(new PlaceRef("Maareh", "SY", 36.27, 37.6, PlacePrecision.Region, "Sarhan"), location);
    }

    [Theory]
    [InlineData("Regime forces retook Maareh village.")]
    [InlineData("Regime forces retook Maareh village, officials in Ankara said.")]
    public void Extract_UnknownPlaceWithNoKnownOneOfItsCountry_HasNoCoordinates(string text)
    {
        // Given a village the gazetteer lacks, with no known place or only one abroad
        var entities = new FakeEntityRecognizer().UnknownPlace("Maareh", "SY").Place("Ankara", "TR", 39.93, 32.86);

        // When
        var location = Extract(text, Reports.Published, entities).First().Location;

        // Then it keeps its name without coordinates
        Assert.Equal(new PlaceRef("Maareh", "SY", null, null), location);
    }

    [Fact]
    public void Extract_SentenceNamingNoPlace_TakesTheStorysPlaceMarkedAsSuch()
    {
        // Given a report that opens in Aleppo, then a sentence that names no place
        const string text = "Shelling hit a market in Aleppo on Monday. The truce came into force on Friday.";
        var entities = new FakeEntityRecognizer().Place("Aleppo", "SY", 36.2, 37.16);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then the shelling's Aleppo is stated; the truce's is the story's, and says so
        Assert.Equal(PlacePrecision.Exact, mentions.First(m => m.Trigger == "Shelling").Location?.Precision);
        Assert.Equal(("Aleppo", PlacePrecision.Story), (mentions.First(m => m.Trigger == "truce").Location?.Name, mentions.First(m => m.Trigger == "truce").Location?.Precision));
    }

    [Theory]
    [InlineData("Regime forces clashed with rebels as they tried to enter Maareh.")]
    [InlineData("Regime forces clashed with rebels while advancing towards Maareh.")]
    [InlineData("Regime forces controlled Maareh after clashes with the Islamic State.")]
    public void Extract_PlaceAForceEntersOrTakes_IsTheLocation(string text)
    {
        // Given a village a force enters, moves towards or takes
        var entities = new FakeEntityRecognizer().UnknownPlace("Maareh", "SY");

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then
        Assert.Equal("Maareh", mentions.First().Location?.Name);
    }

    [Theory]
    [InlineData("The council met at a session in Geneva. Rebel resistance collapsed in eastern Homs. The army said it had regained the whole city.", "Homs")]
    [InlineData("The council met at a session in Geneva. Rebels fought in Homs and in Hama province. The army said it had regained the whole city.", "Homs")]
    [InlineData("The council met at a session in Geneva. Rebel resistance collapsed in eastern Homs. The army said it had regained the whole area.", "Geneva")]
    public void Extract_TheCityWithoutAName_IsTheTownNamedLast(string text, string expected)
    {
        // Given a lead in one city, then a town, a province, and "the city" (or "the area", which is no town)
        var entities = new FakeEntityRecognizer().Place("Geneva", "CH", 46.2, 6.14).Place("Homs", "SY", 34.72, 36.72).Place("Hama", "SY", 35.13, 36.76);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then
        Assert.Equal(expected, mentions.Last().Location?.Name);
    }

    [Theory]
    [InlineData("A convoy carrying food reached Djibo on Tuesday.")]
    [InlineData("Humanitarian supplies were delivered to Djibo earlier this week.")]
    public void Extract_PlaceAConvoyReachesOrAidGoesTo_IsTheLocation(string text)
    {
        // Given a place after "reached" or "to"
        var entities = new FakeEntityRecognizer().Place("Djibo", "BF", 14.1, -1.63);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then
        Assert.Equal("Djibo", mentions.First(m => m.Type == "aid").Location?.Name);
    }

    [Theory]
    [InlineData("Regime forces clashed with IS fighters in the desert surrounding Tadmor.")]
    [InlineData("Rebels fought the Islamic State in northern and western Tadmor.")]
    [InlineData("Rebels fended off an attack during clashes towards Tadmor.")]
    [InlineData("Rebels attacked western Tadmor countryside.")]
    public void Extract_RegionAroundATown_IsTheTown(string text)
    {
        // Given an event in the area around a known town, named by its parts or surroundings
        var entities = new FakeEntityRecognizer().Place("Tadmor", "SY", 34.56, 38.28);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then the town is the location of the fighting
        Assert.Equal("Tadmor", mentions.Last().Location?.Name);
    }

    [Theory]
    [InlineData("Clashes took place in the area of the orchards northeast of the capital.", "Damascus")]
    [InlineData("Rebels clashed with regime forces on the eastern outskirts of the capital, sources said.", "Damascus")]
    [InlineData("Rebels clashed with regime forces in Jobar in the capital Damascus.", "Jobar")]
    [InlineData("Rebels clashed with regime forces in the capital of Idlib province.", null)]
    public void Extract_TheCapital_IsTheReportCountrysCapital(string text, string? expected)
    {
        // Given a Syrian report that names "the capital" (alone, or before its own name, or of another place)
        var entities = new FakeEntityRecognizer().Capital("SY", "Damascus", 33.51, 36.29).UnknownPlace("Jobar", "SY");
        var report = Reports.Make(text, Reports.Published) with { Country = "SY" };

        // When
        var mention = Extract(report, entities, []).First();

        // Then
        Assert.Equal(expected, mention.Location?.Name);
    }

    [Theory]
    [InlineData("Rebels clashed with regime forces as the latter attacked western Tadmor countryside.")]
    [InlineData("A regime officer was shot by a sniper along the Tadmor highway.")]
    public void Extract_TownsCountrysideOrRoadInTheSentence_IsEveryMentionsPlace(string text)
    {
        // Given a sentence whose only place is a town's countryside or the road along it, in another verb's clause
        var entities = new FakeEntityRecognizer().Place("Tadmor", "SY", 34.56, 38.28);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then every mention is placed there
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal("Tadmor", m.Location?.Name));
    }

    [Fact]
    public void Extract_PlacesTheEventIsBetween_TheFirstIsTheLocation()
    {
        // Given an event on the border between two known regions, after a word that is no preposition of place
        var entities = new FakeEntityRecognizer().Place("Sar-e Pol", "AF", 36.22, 65.93).Place("Jowzjan", "AF", 36.9, 65.75);

        // When
        var mentions = Extract("Two policemen were killed following an ambush by militants between Sar-e Pol and Jowzjan provinces.", Reports.Published, entities);

        // Then
        Assert.Equal("Sar-e Pol", mentions.First().Location?.Name);
    }

    [Theory]
    [InlineData("Rebels controlled Sakher village in Hama after clashes with regime forces.", true)]
    [InlineData("Rebels regained the hill from regime forces.", true)]
    [InlineData("Aid reached areas controlled by the rebels.", false)]
    public void Extract_ControlledOrRegained_IsATakeover(string text, bool expected)
    {
        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Equal(expected, mentions.Any(m => m.Trigger is "controlled" or "regained"));
    }

    [Fact]
    public void Extract_KnownPlaceSpanEndingInAKindWord_IsWhereItHappened()
    {
        // Given a recognizer that took the kind word into a known place's span ("rebel-held Wadi Barada village")
        var entities = new FakeEntityRecognizer().Place("Wadi Barada village", "SY", 33.63, 36.13);

        // When
        var mentions = Extract("Pro-government fighters attempted to raid rebel-held Wadi Barada village amid shelling.", Reports.Published, entities);

        // Then
        Assert.Equal("Wadi Barada village", mentions.First().Location?.Name);
    }

    [Theory]
    [InlineData("Government and IS forces clashed in western Palmyra.")]
    [InlineData("Regime soldiers were killed in a clash with Turkish forces in West Palmyra.")]
    public void Extract_CompassPartOfATown_IsTheTown(string text)
    {
        // Given a compass part of a town, where a front line runs: the town, as a coder records it
        var entities = new FakeEntityRecognizer().Place("Palmyra", "SY", 34.56, 38.28);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then
        Assert.Equal("Palmyra", mentions.First().Location?.Name);
    }

    [Theory]
    [InlineData("The delegation arrived in Syria on Thursday and visited the ancient city of Aleppo the next day.", "visited", "Aleppo")]
    [InlineData("The delegation arrived in Syria on Thursday and visited the ancient city of Aleppo the next day.", "arrived", "Syria")]
    [InlineData("Troops shelled Homs and then stormed Hama.", "stormed", "Hama")]
    [InlineData("Militants attacked a checkpoint in Homs and killed five soldiers.", "killed", "Homs")]
    public void Extract_SecondVerbOfASentence_TakesThePlaceOfItsOwnClause(string text, string trigger, string place)
    {
        // Given two verbs joined by "and", each with its own place (or only the first with one)
        var entities = new FakeEntityRecognizer().Place("Syria", "SY", 35, 38).Place("Aleppo", "SY", 36.2, 37.16)
            .Place("Homs", "SY", 34.72, 36.73).Place("Hama", "SY", 35.13, 36.76);

        // When
        var mentions = Extract(text, Reports.Published, entities);

        // Then the second verb's place is the one after it; with none after it, the earlier clause's place still holds
        Assert.Equal(place, mentions.First(m => m.Trigger == trigger).Location?.Name);
    }

    [Fact]
    public void Extract_CompassPartOfATownOutsideTheClause_IsTheTown()
    {
        // Given the town's compass part set off after a comma, outside the trigger's clause
        var entities = new FakeEntityRecognizer().Actor("Manbij Military Council").Place("Manbij", "SY", 36.53, 37.95);

        // When
        var mentions = Extract("Manbij Military Council forces fought against Turkish-backed rebel attacks, likely Euphrates Shield, in West Manbij.", Reports.Published, entities);

        // Then
        Assert.Equal("Manbij", mentions.First().Location?.Name);
    }

    [Fact]
    public void Extract_PlaceAfterFromOutsideTheClause_YieldsToWhereTheEventWas()
    {
        // Given a victim's home province after "from" and the front where the clashes were
        var entities = new FakeEntityRecognizer().Place("Tartus", "SY", 34.94, 36.08).Place("Harasta", "SY", 33.56, 36.37);

        // When
        var mentions = Extract("Rebels reportedly killed a regime general, from Tartus province, during clashes on Harasta front.", Reports.Published, entities);

        // Then
        Assert.Equal("Harasta", mentions.First().Location?.Name);
    }

    [Fact]
    public void Extract_DirectionBeforeABareTownName_IsNotALocative()
    {
        // Given "central Basra": a part named, not where a report's story is (the countryside after a direction is)
        var entities = new FakeEntityRecognizer().Place("Basra", "IQ", 30.5, 47.8);

        // When
        var mention = Assert.Single(Extract("Hundreds rallied in central Basra.", Reports.Published, entities));

        // Then
        Assert.Null(mention.Location);
    }

    [Fact]
    public void Extract_PassiveBy_IsTheInitiator()
    {
        // Given
        var entities = new FakeEntityRecognizer().Actor("government forces");

        // When
        var mention = Assert.Single(Extract("The town was shelled by government forces.", Reports.Published, entities));

        // Then
        Assert.Equal([new ActorRef("government forces", ActorRole.Initiator)], mention.Actors);
    }

    [Fact]
    public void Extract_TalksBetweenMediatedBy_AreParticipantsAndMediator()
    {
        // Given
        var entities = new FakeEntityRecognizer().Actor("Syria").Actor("Turkey").Actor("Russia");

        // When
        var mention = Assert.Single(Extract("Talks between Syria and Turkey were mediated by Russia.", Reports.Published, entities));

        // Then
        Assert.Equal(
            [new ActorRef("Syria", ActorRole.Participant), new ActorRef("Turkey", ActorRole.Participant), new ActorRef("Russia", ActorRole.Mediator)],
            mention.Actors);
    }

    [Fact]
    public void Extract_PlaceWithoutLocativePreposition_IsNeitherLocationNorActor()
    {
        // Given "Damascus" used as a metonym for the government
        var entities = new FakeEntityRecognizer().Place("Damascus", "SY", 33.5138, 36.2765);

        // When
        var mention = Assert.Single(Extract("Damascus condemned the attack.", Reports.Published, entities), m => m.Type == "accuse");

        // Then
        Assert.Null(mention.Location);
        Assert.Empty(mention.Actors);
    }

    [Theory]
    [InlineData("At least 12 people were killed in the attack.", 12, null)]
    [InlineData("Jets bombed the market, killing five civilians.", 5, 5)]
    [InlineData("Dozens dead after the blast in the old city.", 24, 99)]
    public void Extract_DeathToll_IsTheMentionFatalities(string text, int min, int? max)
    {
        // Given a sentence stating a toll

        // When
        var mention = Extract(text, Reports.Published)[0];

        // Then
        Assert.Equal(new Quantity(min, max), mention.Fatalities);
    }

    [Theory]
    [InlineData("Clashes broke out between two armed groups near the town. One commander died in the clashes.")]
    [InlineData("Rebels clashed with government forces near the town. During the clashes, 1 rebel was killed.")]
    [InlineData("Rebels clashed with government forces near the town. Reports said 1 was killed on the government side.")]
    public void Extract_TollInTheNextSentence_IsTheEarlierEventsToll(string text)
    {
        // Given a toll told in the sentence after the event, referring back to it

        // When
        var first = Extract(text, Reports.Published)[0];

        // Then
        Assert.Equal(new Quantity(1, 1), first.Fatalities);
    }

    [Fact]
    public void Extract_TollInTheNextSentence_IsTheTollOfEachViolentMentionOfTheEvent()
    {
        // Given an event told by two verbs, then its toll
        const string text = "Rebels captured the village after clashes with government forces. Four soldiers were killed in the fighting.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then both the capture and the clashes have the toll
        var violent = mentions.Where(m => m.Trigger is "captured" or "clashes").ToList();
        Assert.Equal(2, violent.Count);
        Assert.All(violent, m => Assert.Equal(new Quantity(4, 4), m.Fatalities));
    }

    [Theory]
    [InlineData("Regime forces were able to regain control of the village.")]
    [InlineData("Rebels expanded their control over three villages near the city.")]
    [InlineData("Turkish forces advanced inside the city after heavy clashes.")]
    public void Extract_GroundTaken_IsAnAssault(string text)
    {
        // Given a sentence telling of ground taken

        // When
        var mention = Extract(text, Reports.Published)[0];

        // Then
        Assert.Equal("assault", mention.Type);
    }

    [Fact]
    public void Extract_TallyAfterTheAccount_StandsOverTheToldToll()
    {
        // Given an account telling one killed, then the report's own tally of its event's toll
        const string text = "Rebels clashed with government forces near the town, killing 1 soldier. Fatalities coded as 0 (VoJ reported 1 fatality).";

        // When
        var first = Extract(text, Reports.Published)[0];

        // Then
        Assert.Equal(new Quantity(0, 0), first.Fatalities);
    }

    [Fact]
    public void Extract_NoToll_FatalitiesNull()
    {
        // Given / When
        var mention = Assert.Single(Extract("Rebels withdrew from the town.", Reports.Published));

        // Then
        Assert.Null(mention.Fatalities);
    }

    [Theory]
    [InlineData("Jets bombed the market, according to the Syrian Observatory, and rescuers searched the rubble.", "Syrian Observatory")]
    [InlineData("The army recaptured the town, the commander was quoted by the official Syrian Arab News Agency (SANA) as saying.", "Syrian Arab News Agency (SANA)")]
    [InlineData("Rebels withdrew from the town, the Defence Ministry said.", "Defence Ministry")]
    [InlineData("Rebels withdrew from the town.", null)]
    public void Extract_Attribution_NamesTheSource(string text, string? attribution)
    {
        // Given a sentence that may say who reports it

        // When
        var mention = Assert.Single(Extract(text, Reports.Published));

        // Then
        Assert.Equal(attribution, mention.Attribution);
    }

    [Fact]
    public void Extract_AttributionEndingTheSentence_HasNoFinalPeriod()
    {
        // Given / When
        var mention = Assert.Single(Extract("Jets bombed the market, according to the Syrian Observatory for Human Rights.", Reports.Published));

        // Then
        Assert.Equal("Syrian Observatory for Human Rights", mention.Attribution);
    }

    [Fact]
    public void Extract_SentenceInitialAccordingTo_IsTheAttribution()
    {
        // Given / When
        var mention = Assert.Single(Extract("According to the Syrian Observatory, jets bombed the market.", Reports.Published));

        // Then
        Assert.Equal("Syrian Observatory", mention.Attribution);
    }

    [Fact]
    public void Extract_WireDatelineBeforeTheSubject_TitleStartsAtTheSubject()
    {
        // Given: a wire story's first sentence, opening with its place, day and outlet
        var report = Reports.Make("KABUL, March 3 (Hindukush Wire) - Insurgents attacked a checkpoint in Ghazni on Tuesday.", Reports.Published);

        // When
        var mention = Assert.Single(Extract(report));

        // Then: the title tells the event, not the dateline
        Assert.StartsWith("Insurgents attacked a checkpoint", mention.Title, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The fall of the city was a blow to the rebels and their foreign backers, who had shelled it for months.", "The rebels and their foreign backers had shelled it")]
    [InlineData("Turkey, which shelled the border town on Monday, denied any role.", "Turkey shelled the border town")]
    public void Extract_RelativeClauseAfterAComma_TitleNamesItsNoun(string sentence, string start)
    {
        // Given
        var report = Reports.Make(sentence, Reports.Published);

        // When
        var mentions = Extract(report);

        // Then: the title tells who did it, not "Who had shelled …"
        Assert.Contains(mentions, m => m.Title.StartsWith(start, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The president received a delegation of French lawmakers on Sunday.", true)]
    [InlineData("On Sunday the group was received by the president.", true)]
    [InlineData("The hospital received aid on Sunday.", false)]
    public void Extract_LeaderReceivingVisitors_IsAMeeting(string sentence, bool meeting)
    {
        // Given / When
        var mentions = Extract(Reports.Make(sentence, Reports.Published));

        // Then: receiving visitors is a meeting; receiving a thing is not
        Assert.Equal(meeting, mentions.Any(m => m.Type == "consult" && m.Trigger.Contains("received", StringComparison.Ordinal)));
    }

    [Fact]
    public void Extract_SecondVerbOfOneSubject_TitledByTheSubjectAndItsOwnWords()
    {
        // Given: one subject, two verbs joined by "and"
        var report = Reports.Make("The president received the lawmakers in the capital on Sunday and told them he was willing to sit down with the rebels.", Reports.Published);

        // When
        var offer = Extract(report).Single(m => m.Type == "agree");

        // Then: not the first verb's clause again
        Assert.StartsWith("The president told them he was willing to sit down", offer.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_FightingThatNeverStoppedSinceADay_LastsToTheReport()
    {
        // Given: a report of 25 January 2017 on a truce of 30 December, fighting said to go on since
        var report = Reports.Make("That ceasefire took effect on December 30, though fighting never stopped in the valley.", new DateTimeOffset(2017, 1, 25, 9, 0, 0, TimeSpan.Zero));
        var times = new TemporalStage().Tag(report.Text, new DateOnly(2017, 1, 25)).ToArray();

        // When
        var mentions = Extract(report, null, times);

        // Then: the fighting lasts from the truce to the report; the truce is its day
        Assert.Equal("2016-12-30/2017-01-25", mentions.Single(m => m.Trigger == "fighting").Time.Value);
        Assert.Equal("2016-12-30", mentions.Single(m => m.Trigger == "ceasefire").Time.Value);
    }

    [Theory]
    [InlineData("Talks in Astana, which Moscow, Ankara and Tehran had promised since December, opened on Monday.", "promised", "Moscow, Ankara and Tehran had promised since December")]
    [InlineData("On Tuesday, Russia, Turkey and Iran signed an accord.", "signed", "Russia, Turkey and Iran signed an accord")]
    [InlineData("Talks in Astana ended on Tuesday with Russia, Turkey and Iran in accord.", "Talks", "Talks in Astana ended on Tuesday with Russia, Turkey and Iran in accord")]
    [InlineData("Officials said that Syria, Russia, Turkey and Iran signed an accord.", "signed", "Syria, Russia, Turkey and Iran signed an accord")]
    [InlineData("The delegation, led by a senior deputy, arrived in Syria on Thursday and visited Aleppo the next day.", "visited", "The delegation visited Aleppo the next day")]
    [InlineData("The delegation, led by a senior deputy, arrived in Syria on Thursday and visited Aleppo the next day.", "arrived", "The delegation arrived in Syria on Thursday")]
    [InlineData("The delegation, headed by a senior deputy, reached the capital on what its members called a fact-finding trip.", "trip", "The delegation reached the capital on what its members called a fact-finding trip")]
    public void Extract_ListsAndSubjectsSetOffByCommas_TitleKeepsThem(string sentence, string trigger, string title)
    {
        // Given / When
        var mention = Extract(Reports.Make(sentence, Reports.Published)).Single(m => m.Trigger.StartsWith(trigger, StringComparison.Ordinal));

        // Then: the whole list of names, the sentence's subject, no dangling "and"
        Assert.Equal(title, mention.Title);
    }

    [Fact]
    public void Extract_SpanWordOfAnotherNoun_LeavesTheTriggersPlace()
    {
        // Given: "countrywide" tells of the ceasefire the meeting followed, not of the meeting
        var report = Reports.Make("The meeting was held in Damascus in the wake of a countrywide ceasefire.", Reports.Published) with { Country = "SY" };
        var entities = new FakeEntityRecognizer().Place("Damascus", "SY", 33.51, 36.29).Country("Syria", "SY", 35, 38);

        // When
        var meeting = Extract(report, entities, []).Single(m => m.Trigger == "meeting");

        // Then
        Assert.Equal("Damascus", meeting.Location?.Name);
    }

    [Theory]
    [InlineData("A countrywide ceasefire brokered by Russia and Turkey took effect in Aleppo on Friday.", "ceasefire")]
    [InlineData("Opposition groups held strikes nationwide on Friday.", "strikes")]
    [InlineData("Thousands joined a Syria-wide protest on Friday.", "protest")]
    [InlineData("Protesters marched across the country on Friday.", "marched")]
    public void Extract_EventToldAsNationwide_IsTheCountrys(string sentence, string trigger)
    {
        // Given: an event the sentence says spans the country, in a Syrian report
        var report = Reports.Make("Aleppo residents returned to the eastern districts on Monday.\n\n" + sentence, Reports.Published) with { Country = "SY" };
        var entities = new FakeEntityRecognizer().Place("Aleppo", "SY", 36.2, 37.16).Country("Syria", "SY", 35, 38);

        // When
        var mention = Extract(report, entities, []).Single(m => m.Trigger.Contains(trigger, StringComparison.OrdinalIgnoreCase));

        // Then: the country, not the town the clause or the story names
        Assert.Equal("SY", mention.Location?.Country);
        Assert.Equal("Syria", mention.Location?.Name);
    }

    [Fact]
    public void Extract_Mentions_CarryReportSentenceOffsetsAndOrdinals()
    {
        // Given
        const string text = "Jets bombed the market.\n\nRebels withdrew from the town on Sunday.";
        var report = Reports.Make(text, Reports.Published);

        // When
        var mentions = Extract(report);

        // Then
        Assert.Equal(2, mentions.Count);
        Assert.Equal([0, 1], mentions.Select(m => m.Ordinal));
        Assert.All(mentions, m =>
        {
            Assert.Equal(report.Id, m.ReportId);
            Assert.Equal(m.Sentence, text[m.Start..m.End]);
            Assert.Contains(m.Trigger, m.Sentence, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(m.Title));
            Assert.True(char.IsUpper(m.Title[0]));
        });
        Assert.Equal("Rebels withdrew from the town on Sunday.", mentions[1].Sentence);
    }

    [Fact]
    public void Extract_SameInput_SameMentions()
    {
        // Given
        const string text = "Jets bombed the market, killing five civilians. Rebels withdrew from the town.";

        // When
        var a = Extract(text, Reports.Published);
        var b = Extract(text, Reports.Published);

        // Then
        Assert.Equal(a.Select(m => (m.Ordinal, m.Trigger, m.Title, m.Time)), b.Select(m => (m.Ordinal, m.Trigger, m.Title, m.Time)));
    }

    [Fact]
    public void Extract_PersonAfterTitleBeforeVerb_IsInitiator()
    {
        // Given a subject written with its title, so the word before the name is "President", not a preposition
        var entities = new FakeEntityRecognizer().Actor("Boris Yeltsin").Actor("Ryutaro Hashimoto");

        // When
        var mention = Extract("Russian President Boris Yeltsin met Japanese Prime Minister Ryutaro Hashimoto on Saturday.", Reports.Published, entities).First();

        // Then
        Assert.Contains(mention.Actors, a => a.Name == "Boris Yeltsin" && a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Extract_NamedBodyAfterDescriptionBeforeVerb_IsInitiator()
    {
        // Given an organisation introduced by a lower-case description ("rights watchdog")
        var entities = new FakeEntityRecognizer().Actor("Amnesty International", id: "amnesty");

        // When
        var mention = Extract("Human rights watchdog Amnesty International accused the government of torture.", Reports.Published, entities).First();

        // Then
        Assert.Contains(mention.Actors, a => a.Name == "Amnesty International" && a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Extract_PassiveVoice_SubjectIsTargetAndByIsInitiator()
    {
        // Given "12 militants were killed when Afghan forces repulsed their attack"-style passive
        var entities = new FakeEntityRecognizer().Actor("policemen", "Police Forces of Afghanistan").Actor("Taliban");

        // When
        var mention = Assert.Single(Extract("Two policemen were killed by Taliban fighters in Ghazni.", Reports.Published, entities), m => m.Trigger == "killed");

        // Then
        Assert.Contains(mention.Actors, a => a.Name == "Police Forces of Afghanistan" && a.Role == ActorRole.Target);
        Assert.Contains(mention.Actors, a => a.Name == "Taliban" && a.Role == ActorRole.Initiator);
    }

    [Theory]
    [InlineData("Five hundred Ugandan rebels surrendered last week.", "Ugandan rebels")]
    [InlineData("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "Iraqi Kurds")]
    public void Extract_GroupOpeningSentenceAfterNumberOrQuantity_IsInitiator(string text, string group)
    {
        // Given a group introduced only by a number or a quantity ("Five hundred", "Thousands of")
        var entities = new FakeEntityRecognizer().Actor(group, id: "XX.REB");

        // When
        var mention = Extract(text, Reports.Published, entities).First();

        // Then
        Assert.Contains(mention.Actors, a => a.Name == group && a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Extract_StateAfterOpeningPreposition_IsNoInitiator()
    {
        // Given a background phrase before the clause ("Amid Turkey's shelling, …")
        var entities = new FakeEntityRecognizer().Actor("Turkey", id: "TR");

        // When
        var mention = Extract("Amid Turkey's shelling, clashes continued near Al-Bab.", Reports.Published, entities).First();

        // Then
        Assert.DoesNotContain(mention.Actors, a => a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Extract_IsPreparedTo_IsNoPassive()
    {
        // Given an offer stated with "is prepared to" (an adjective, not a passive)
        var entities = new FakeEntityRecognizer().Actor("Abdelaziz Bouteflika", id: "person:abdelaziz-bouteflika");

        // When
        var mention = Extract("Abdelaziz Bouteflika said he is prepared to lift the ban.", Reports.Published, entities).First();

        // Then
        Assert.Contains(mention.Actors, a => a.Name == "Abdelaziz Bouteflika" && a.Role == ActorRole.Initiator);
    }

    [Theory]
    [InlineData("The donors gave the provincial council two million euros of aid for schools.", "gave", "aid")]
    [InlineData("Farmers blocked the main highway into the capital for six hours.", "blocked", "protest")]
    [InlineData("Two permanent members blocked a draft resolution condemning the crackdown.", "blocked a draft resolution", "reject")]
    [InlineData("The ruling party's newspaper called Monday on citizens to vote.", "called Monday on", "request")]
    [InlineData("The country will support a draft resolution on the crisis.", "support", "support")]
    [InlineData("The government would prohibit all trade with the breakaway region.", "prohibit", "sanction")]
    [InlineData("A court ordered the former mayor to testify next week.", "ordered the former mayor to", "request")]
    [InlineData("The neighbouring state opened its borders to the refugees.", "opened its borders", "retreat")]
    [InlineData("Authorities reopened the Old Bridge after three years.", "reopened the Old Bridge", "retreat")]
    [InlineData("The navy lifted on Monday a week-long blockade of the port.", "lifted on Monday a week-long blockade", "retreat")]
    [InlineData("Under the withdrawal plan, the army will evacuate all bases in the north.", "evacuate", "retreat")]
    [InlineData("The governor shortened by two hours the nightly curfew in the city.", "shortened", "concede")]
    public void Extract_PloverTriggerPhrase_IsFoundWithItsType(string text, string trigger, string type)
    {
        // Given a trigger a lexicon entry or a kept exclusion covers: aid given, a road blocked, a weekday inside
        // "called on", an order to someone, a border opened or a blockade lifted

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the first mention is that trigger, with its type
        var first = mentions.First();
        Assert.Equal(trigger, first.Trigger);
        Assert.Equal(type, first.Type);
    }

    [Theory]
    [InlineData("The colonel gave the order to advance.")]
    [InlineData("The committee blocked the proposal on Tuesday.")]
    [InlineData("The envoy gave a speech, and aid was not mentioned.")]
    public void Extract_ExcludedTriggerWithoutItsKeepingWord_IsNoMention(string text)
    {
        // Given "gave"/"blocked" before a determiner with no aid or road word later in the clause

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.DoesNotContain(mentions, m => m.Trigger is "gave" or "blocked");
    }

    [Theory]
    [InlineData("The deployment of NATO troops began in the province.", "NATO", ActorRole.Initiator)]
    [InlineData("The withdrawal of Kenyan forces from the border started.", "Kenyan forces", ActorRole.Initiator)]
    [InlineData("The release of Kenyan soldiers was delayed again.", "Kenyan soldiers", ActorRole.Target)]
    public void Extract_OfAfterMovementNoun_IsWhoMoves(string text, string actor, ActorRole role)
    {
        // Given a noun of a side moving its own forces ("deployment of", "withdrawal of"), and one done to others ("release of")
        var entities = new FakeEntityRecognizer().Actor(actor, id: "XX.MIL");

        // When
        var mention = Extract(text, Reports.Published, entities).First();

        // Then
        Assert.Contains(mention.Actors, a => a.Name == actor && a.Role == role);
    }

    [Theory]
    [InlineData("The rebel army prepared to resume shelling the valley.", "mobilize")]
    [InlineData("Government troops are ready to attack the town.", "mobilize")]
    [InlineData("The rebels are committed to ending attacks on civilians.", "agree")]
    [InlineData("The government is ready to resume talks.", "agree")]
    public void Extract_OfferOfViolence_IsMobilization(string text, string type)
    {
        // Given readiness stated before an act of violence, or before ending one or talking

        // When
        var mention = Extract(text, Reports.Published).First();

        // Then readiness to attack is a mobilization, the rest stay offers
        Assert.Equal(type, mention.Type);
    }

    [Fact]
    public void Extract_PassiveArrestInACountry_StateIsInitiator()
    {
        // Given an arrest in a country with no agent named
        var entities = new FakeEntityRecognizer().Country("Norway", "NO", 61.0, 8.0);

        // When
        var mention = Extract("Two reporters were arrested in Norway on Monday.", Reports.Published, entities).First();

        // Then
        Assert.Contains(mention.Actors, a => a.Id == "NO" && a.Role == ActorRole.Initiator);
    }

    [Fact]
    public void Extract_PassiveArrestInATown_NoInitiator()
    {
        // Given an arrest in a town (not a state) with no agent named
        var entities = new FakeEntityRecognizer().Place("Bergen", "NO", 60.4, 5.3);

        // When
        var mention = Extract("Two reporters were arrested in Bergen on Monday.", Reports.Published, entities).First();

        // Then
        Assert.DoesNotContain(mention.Actors, a => a.Role == ActorRole.Initiator);
    }

    [Theory]
    [InlineData("The rebels said airports were fair game for their drones and missiles.")]
    [InlineData("The army showed off its rockets.")]
    public void Extract_OwnedWeapon_NoAttack(string text)
    {
        // Given a sentence naming weapons someone owns, not weapons used

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.DoesNotContain(mentions, m => m.Type == "assault");
    }

    [Theory]
    [InlineData("Russia and Turkey agreed on a Syria-wide halt in fighting on Thursday.")]
    [InlineData("The envoy called for an end to the shelling of the city.")]
    [InlineData("Both sides agreed to stop all fighting from midnight.")]
    public void Extract_CombatBeingHalted_NoAttack(string text)
    {
        // Given combat named as what a truce or a call halts

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.DoesNotContain(mentions, m => m.Type == "assault");
    }

    [Fact]
    public void Extract_CombatAfterALull_IsAttack()
    {
        // Given combat that resumed, told after the halt
        // When
        var mentions = Extract("After a brief halt, fighting resumed in the city on Friday.", Reports.Published);

        // Then
        Assert.Contains(mentions, m => m.Type == "assault");
    }

    [Fact]
    public void Extract_DeathPenalty_NoKilling()
    {
        // Given a court handing down the death penalty

        // When
        var mentions = Extract("The court upheld the death penalty for the two men.", Reports.Published);

        // Then
        Assert.DoesNotContain(mentions, m => m.Trigger == "death");
    }

    [Fact]
    public void Extract_OwnedWeaponInUse_IsAttack()
    {
        // Given rockets someone owns that hit something

        // When
        var mentions = Extract("Their rockets hit the camp on Sunday.", Reports.Published);

        // Then
        Assert.Contains(mentions, m => m.Type == "assault" && m.Trigger == "rockets");
    }

    [Theory]
    [InlineData("Lawyers said about 40 people were picked up by police.", "coerce", "were picked up")]
    [InlineData("A woman and her two sons were among the dead.", "assault", "among the dead")]
    [InlineData("The mission itself confirmed one death.", "assault", "death")]
    [InlineData("The vendors closed part of Al-Rasheed Street on Sunday.", "protest", "closed part of Al-Rasheed Street")]
    public void Extract_DetentionAndTollPhrases_AreEvents(string text, string type, string trigger)
    {
        // Given a detention or a toll told without the usual verbs

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Contains(mentions, m => m.Type == type && m.Trigger == trigger);
    }

    [Fact]
    public void Extract_NounWithParticipleBy_NounIsTheEvent()
    {
        // Given a ceasefire told with how it came about ("negotiated by")

        // When
        var mentions = Extract("A ceasefire negotiated by tribal elders took effect on Monday.", Reports.Published);

        // Then
        Assert.Contains(mentions, m => m.Trigger == "ceasefire" && m.Type == "agree");
        Assert.DoesNotContain(mentions, m => m.Trigger == "negotiated");
    }

    [Fact]
    public void Extract_DefiniteNounWithAdjectiveAsObject_IsMentioned()
    {
        // Given an accord referred to as another verb's object, with an adjective between determiner and noun

        // When
        var mentions = Extract("Neither side's leadership has publicly endorsed the local deal.", Reports.Published);

        // Then
        Assert.Contains(mentions, m => m.Trigger == "deal" && m.Type == "agree");
    }

    [Fact]
    public void Extract_ObjectNoun_TakesNotTheVerbsSubject()
    {
        // Given a named body welcoming an arrangement it did not make
        var entities = new FakeEntityRecognizer().Actor("United Nations");

        // When
        var mentions = Extract("The United Nations welcomed the arrangement.", Reports.Published, entities);

        // Then
        var arrangement = Assert.Single(mentions, m => m.Trigger == "arrangement");
        Assert.DoesNotContain(arrangement.Actors, a => a.Name == "United Nations");
    }

    [Theory]
    [InlineData("Militia fighters were clashing with the army near the dam.", "clashing", "clash")]
    [InlineData("The two sides exchanged heavy artillery shells across the valley.", "exchanged heavy artillery shells", "clash")]
    [InlineData("An exchange of shelling went on all night near the border post.", "exchange of shelling", "clash")]
    [InlineData("Gunmen shot down a police helicopter over the hills.", "shot down", "clash")]
    [InlineData("Insurgents overtook an army post at dawn.", "overtook an army post", "attack")]
    [InlineData("Three farmers were shot near the river.", "shot", "killing")]
    [InlineData("Villagers found four bodies in an orchard.", "found four bodies", "killing")]
    [InlineData("A corpse bearing gunshot wounds lay by the canal.", "gunshot wounds", "killing")]
    [InlineData("The army advanced in the desert east of the city.", "advanced in", "control")]
    [InlineData("Tribal fighters were making advances along the coast road.", "making advances", "control")]
    [InlineData("Rebels took Palmyra after a week of fighting.", "took Palmyra", "control")]
    [InlineData("The militia took the ridge from government troops.", "took the ridge from", "control")]
    [InlineData("The villages were cleared of militants by Monday.", "cleared of", "control")]
    [InlineData("Local fighters expelled the militants from the town.", "expelled the militants from", "control")]
    [InlineData("Tribal fighters were able to gain control of the crossing.", "gain control", "control")]
    [InlineData("The militia fought for the hills, taking them over by noon.", "taking them over", "control")]
    [InlineData("Rebels re-captured two hilltops overnight.", "re-captured", "control")]
    [InlineData("The army managed to take the checkpoints.", "managed to take", "control")]
    [InlineData("Troops reached the outskirts of the port city.", "reached the outskirts", "control")]
    [InlineData("The army was encircling the town from three sides.", "encircling", "control")]
    [InlineData("Militants had taken control of the mountain pass.", "taken control", "control")]
    [InlineData("Tribal fighters advanced against militant positions.", "advanced against", "control")]
    [InlineData("Fighters shot an RPG at the armoured car.", "shot an RPG", "strike")]
    [InlineData("An IED went off beside the convoy.", "IED", "explosion")]
    [InlineData("Two trucks were hit by IEDs on the highway.", "IEDs", "explosion")]
    [InlineData("Bandits took nine travellers hostage on the highway.", "took nine travellers hostage", "coerce")]
    [InlineData("Forty soldiers switched sides overnight.", "switched sides", "defect")]
    [InlineData("A district commander joined the insurgents with his men.", "joined the insurgents", "defect")]
    public void Extract_CombatToldByOutcomeOrPhrase_IsFoundWithItsClass(string text, string trigger, string cls)
    {
        // Given a sentence telling a fight, a killing, a taking of ground, a hostage taking or a defection in a phrase
        // rather than a plain verb of violence

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        var mention = Assert.Single(mentions, m => m.Trigger == trigger);
        Assert.Equal(cls, TriggerClasses.ClassOf(mention.Trigger, mention.Type));
    }

    [Theory]
    [InlineData("Hundreds took part in the march through the city.", "took")]
    [InlineData("The court said he was cleared of all charges.", "cleared")]
    [InlineData("The ministry expelled two diplomats from the country.", "expelled two diplomats from")]
    [InlineData("The crew shot footage in the old city.", "shot")]
    public void Extract_IdiomOfATriggerWord_TakesNoGround(string text, string notTrigger)
    {
        // Given a phrase that shares a word with a combat trigger but takes no ground and harms no one

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.DoesNotContain(mentions, m => m.Trigger.StartsWith(notTrigger, StringComparison.Ordinal) && m.Type == "assault");
    }

    [Theory]
    [InlineData("Rebels captured four government soldiers near the dam.", "coerce")]
    [InlineData("Customs officers seized a shipment of rifles.", "coerce")]
    [InlineData("The two gunmen were later captured.", "coerce")]
    [InlineData("Rebels captured Palmyra from the militants.", "assault")]
    [InlineData("Rebels captured most of the old town.", "assault")]
    public void Extract_CaptureOfPeopleOrThings_IsASeizureNotGround(string text, string type)
    {
        // Given a capture whose object is people or things, or ground

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Equal(type, Assert.Single(mentions, m => m.Trigger is "captured" or "seized").Type);
    }

    [Fact]
    public void Extract_GroundOnlyAimedAt_IsPlanned()
    {
        // Given ground that a side tried to take and an attack that was attempted
        const string text = "Clashes broke out as the militia tried to advance towards the dam. Gunmen attempted to assassinate a judge.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the advance is an aim; the attempted assassination happened
        Assert.Equal(EventStatus.Planned, Assert.Single(mentions, m => m.Trigger == "advance towards").Status);
        Assert.Equal(EventStatus.Occurred, Assert.Single(mentions, m => m.Trigger == "assassinate").Status);
    }

    [Theory]
    [InlineData("Rebels launched a counter-offensive to seize back the villages.", "seize back", EventStatus.Planned)]
    [InlineData("Air support allowed them to regain control of the ridge.", "regain control", EventStatus.Occurred)]
    [InlineData("The army was able to retake the ridge.", "retake", EventStatus.Occurred)]
    public void Extract_GroundAsAnInfinitive_IsAnAimUnlessItWasAchieved(string text, string trigger, EventStatus status)
    {
        // Given ground taken told as "to" + verb, after an aim or after a word telling it was done

        // When
        var mentions = Extract(text, Reports.Published);

        // Then
        Assert.Equal(status, Assert.Single(mentions, m => m.Trigger == trigger).Status);
    }

    [Fact]
    public void Extract_VerbInAnAfterClause_LeavesTheMainNounItsEvent()
    {
        // Given a sanction noun in the main clause and a combat verb in an "after" clause
        const string text = "The league announced a suspension of flights, a day after a jet shot down an airliner.";

        // When
        var mentions = Extract(text, Reports.Published);

        // Then the suspension is the sentence's first event
        Assert.Equal("sanction", mentions[0].Type);
    }

    [Fact]
    public void Extract_ShotByPassive_SubjectIsTarget()
    {
        // Given an irregular participle in the passive ("were shot by")
        var entities = new FakeEntityRecognizer().Actor("guards", "Police Forces of Ruritania").Actor("Bandits");

        // When
        var mention = Assert.Single(Extract("Two guards were shot by Bandits near the mine.", Reports.Published, entities), m => m.Trigger == "shot");

        // Then
        Assert.Contains(mention.Actors, a => a.Name == "Police Forces of Ruritania" && a.Role == ActorRole.Target);
        Assert.Contains(mention.Actors, a => a.Name == "Bandits" && a.Role == ActorRole.Initiator);
    }

    private static IReadOnlyList<Mention> Extract(string text, DateTimeOffset? published, IEntityRecognizer? entities = null) =>
        Extract(Reports.Make(text, published), entities, []);

    private static IReadOnlyList<Mention> Extract(Report report, params TimeExpression[] times) =>
        Extract(report, null, times);

    private static IReadOnlyList<Mention> Extract(Report report, IEntityRecognizer? entities, TimeExpression[] times)
    {
        var sentences = new SegmentationStage().Split(report.Text);
        return new ExtractionStage(entities ?? new FakeEntityRecognizer()).Extract(report, sentences, times);
    }
}
