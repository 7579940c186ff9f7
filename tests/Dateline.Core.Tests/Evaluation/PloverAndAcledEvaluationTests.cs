using Dateline.Core.Evaluation;
using Dateline.Core.Model;

namespace Dateline.Core.Tests.Evaluation;

public sealed class PloverAndAcledEvaluationTests
{
    private static Mention M(string type, params ActorRef[] actors) => new()
    {
        ReportId = "r", Ordinal = 0, Sentence = "s", Start = 0, End = 1, Trigger = "t", Type = type, Status = EventStatus.Occurred,
        Time = TimeValue.FromTimeMl("2020-03-21"), Title = "s", Actors = actors,
    };

    [Theory]
    [InlineData("DEMAND", "request")]
    [InlineData("DISAPPROVE", "accuse")]
    [InlineData("FIGHT", "assault")]
    [InlineData("INVESTIGATE", "accuse")]
    [InlineData("AGREE", "agree")]
    public void CurrentType_V05Name_MapsToCurrentPlover(string v05, string current) =>
        Assert.Equal(current, PloverEvaluation.CurrentType(v05));

    [Theory]
    [InlineData("Finland will give Tanzania a grant.", "give", "aid", "agree")]
    [InlineData("Farmers said they would blockade Paris.", "blockade", "coerce", "threaten")]
    [InlineData("Finland gave Tanzania a grant.", "gave", "aid", "aid")]
    [InlineData("Finland will give Tanzania a grant.", "will give", "aid", "agree")]
    [InlineData("The parties have agreed to allow humanitarian access.", "agreed to allow", "concede", "agree")]
    [InlineData("Palestinian leaders said they would boycott all official contact.", "boycott", "reject", "threaten")]
    [InlineData("Nigeria said it will withdraw its force from Chad unless the rebels agree to a ceasefire.", "withdraw", "retreat", "threaten")]
    [InlineData("Ethnic Albanians have sworn to fight until they gain control of the villages.", "fight", "assault", "threaten")]
    public void PloverCode_IntendedAct_CodedAsTheIntention(string sentence, string trigger, string type, string expected)
    {
        // Given a mention whose trigger may follow a future or promise cue
        var m = M(type) with { Sentence = sentence, Trigger = trigger };

        // When
        var code = PloverEvaluation.PloverCode(m);

        // Then
        Assert.Equal(expected, code);
    }

    [Fact]
    public void Score_FirstMentionOnly_ActorsByCountryCode()
    {
        // Given two sentences: one coded right with a Syrian source, one where the first event is the wrong type
        var right = new PloverRecord("a", "…", null, "assault", [("Syrian troops", "SYRMIL")], [("rebels", "SYRREB")]);
        var wrong = new PloverRecord("b", "…", null, "agree", [("Hungarian", "HUN")], []);
        (PloverRecord, IReadOnlyList<Mention>)[] results =
        [
            (right, [M("assault", new ActorRef("Military Forces of Syria", ActorRole.Initiator, "SY.MIL"), new ActorRef("Opposition Rebels", ActorRole.Target, "SY.REB"))]),
            (wrong, [M("consult", new ActorRef("Hungary", ActorRole.Initiator, "HU")), M("agree")]),
        ];

        // When
        var s = PloverEvaluation.Score(results);

        // Then: type 1 of 2; sources 2 of 2 (by country code, even on the wrong type); targets 1 of 1
        Assert.Equal(0.5, s.TypeAccuracy, 6);
        Assert.Equal(1.0, s.SourceAccuracy, 6);
        Assert.Equal(1.0, s.TargetAccuracy, 6);
        Assert.Contains(("agree", "consult", 1), s.Confusions);
    }

    [Fact]
    public void Score_PersonByTableCountry_PlaceActedOnAsTarget()
    {
        // Given a person whose id shows no country, and an event on a place with no target actor
        var record = new PloverRecord("a", "…", null, "threaten", [("President Putin", "RUSGOV")], [("Kabul", "AFG")]);
        var m = M("threaten", new ActorRef("Vladimir Putin", ActorRole.Initiator, "person:vladimir-putin")) with { Location = new PlaceRef("Kabul", "AF", 34.5, 69.2) };

        // When
        var s = PloverEvaluation.Score([(record, [m])], id => id == "person:vladimir-putin" ? "RU" : null);

        // Then
        Assert.Equal(1.0, s.SourceAccuracy, 6);
        Assert.Equal(1.0, s.TargetAccuracy, 6);
    }

    [Fact]
    public void ToReport_NoteWithItsOwnDate_PublishedThreeDaysLater()
    {
        // Given
        var dated = Row("On 21 March 2020, 12 militants were killed in Balkh.");
        var undated = Row("Clashes took place near Afrin.");

        // When / Then
        Assert.Equal(new DateOnly(2020, 3, 24), DateOnly.FromDateTime(AcledEvaluation.ToReport(dated).Report.Published!.Value.DateTime));
        Assert.Equal(new DateOnly(2020, 3, 21), DateOnly.FromDateTime(AcledEvaluation.ToReport(undated).Report.Published!.Value.DateTime));
    }

    [Fact]
    public void ToReport_RowWidenedToAMonth_PublishedOnItsEventDate()
    {
        // Given a row whose time_precision widens its interval to the month, though event_date is the 21st
        var row = Row("Clashes took place near Afrin.") with { Time = TimeValue.FromTimeMl("2020-03", null, TimeAnchor.Dataset) };

        // When
        var published = AcledEvaluation.ToReport(row).Report.Published!.Value.DateTime;

        // Then
        Assert.Equal(new DateOnly(2020, 3, 21), DateOnly.FromDateTime(published));
    }

    [Fact]
    public void Score_CodedTollInTheNoteOnly_IsNotReadByTheScoring()
    {
        // Given a note stating its coded toll, and a mention whose toll extraction left at one killed
        var row = Row("On 6 March 2020, 1 soldier was killed. Fatalities coded as 0 (VoJ reported 1 fatality).", fatalities: 0);
        var mention = M("assault") with { Fatalities = new Quantity(1, 1) };

        // When
        var s = AcledEvaluation.Score([(row, [mention])], (_, _, _) => null);

        // Then what is scored is what extraction output
        Assert.Equal(0.0, s.Fatalities, 6);
    }

    [Theory]
    [InlineData("Kafr Elzeit", "Kafr al-Zayt", true)]
    [InlineData("Hosh Al-Dawahrah", "Hosh al-Dawahira", true)]
    [InlineData("Jurniyah", "Jurneyyeh", true)]
    [InlineData("Tal Refaat", "Tall Refaat", true)]
    [InlineData("Aleppo", "Afrin", false)]
    [InlineData("Duma", "Hama", false)]
    [InlineData("Jazaret Elbuhmeid", "Jazrat al-Bohmid", true)]
    [InlineData("Lalat Muhammad", "Lala Muhammad", true)]
    [InlineData("Kherbet Ghazala", "Kerba Ghazala", true)]
    [InlineData("Bogheleyah", "Bogeleyyah", true)]
    [InlineData("Qabasin", "Kabasin", true)]
    [InlineData("Tal Shiha", "Shiha", false)]
    [InlineData("Kafr Nabl", "Kafr Nabuda", false)]
    [InlineData("Hayyat", "Hayya", false)]
    [InlineData("Zayzun", "Zeyzun", true)]
    [InlineData("Aidoun", "Aydun", true)]
    [InlineData("Tweis", "Tiwes", true)]
    [InlineData("Qita", "Kita", true)]
    [InlineData("Duma", "Dama", false)]
    [InlineData("Al-Fu'ah", "Foah", true)]
    [InlineData("Hama", "Hima", false)]
    public void IsVariantSpelling_Transliterations_MatchOnlyTheSameName(string a, string b, bool expected)
    {
        // Given two spellings
        // When
        var same = AcledEvaluation.IsVariantSpelling(a, b);

        // Then
        Assert.Equal(expected, same);
    }

    [Theory]
    [InlineData("Al-Dawlat Abad", 1.0)]
    [InlineData("Ad-Dawlat Abad", 1.0)]
    [InlineData("Albad", 0.0)]
    public void Score_PlaceNamedWithALeadingArticle_IsTheSamePlace(string name, double expected)
    {
        // Given ACLED's "Dawlat Abad" and a place by name only, written with or without the article
        var row = Row("Clashes took place in Dawlat Abad.");
        var mention = M("assault") with { Location = new PlaceRef(name, "AF", null, null) };

        // When
        var s = AcledEvaluation.Score([(row, [mention])], (_, _, _) => null);

        // Then
        Assert.Equal(expected, s.Location, 6);
    }

    [Theory]
    [InlineData("Jirah", "Jirah Airbase", 1.0)]
    [InlineData("Ark", "ARK Oil Field", 1.0)]
    [InlineData("Sahem Al-Golan", "Sahm El Golan Dam", 1.0)]
    [InlineData("Cemetery", "Deir-ez-Zor Cemetary", 0.0)]
    [InlineData("Jirah", "Kweires Airbase", 0.0)]
    [InlineData("Sweidiyah Kabira", "Big Sweidiyeh", 1.0)]
    [InlineData("Khafsah Saghira", "Little Khafsa", 1.0)]
    [InlineData("Khafsah Saghira", "Big Khafsa", 0.0)]
    [InlineData("Khafsah Saghira", "Khafsa", 0.0)]
    public void Score_SiteOrSizeWordAroundAName_IsTheSamePlaceOnlyAsWritten(string name, string acled, double expected)
    {
        // Given ACLED's site or sized village and a place by name only
        var row = Row("Clashes took place near the site.") with { Location = new PlaceRef(acled, "SY", 36.1, 37.9) };
        var mention = M("assault") with { Location = new PlaceRef(name, "SY", null, null) };

        // When
        var s = AcledEvaluation.Score([(row, [mention])], (_, _, _) => null);

        // Then
        Assert.Equal(expected, s.Location, 6);
    }

    [Fact]
    public void MainMention_EventToldAsBackgroundWithAmid_IsNotTheMainOne()
    {
        // Given a bombardment told as the background of a fight
        const string sentence = "Amid regime aerial bombardment of the area, regime forces fought the Islamic State.";
        var background = M("assault") with { Sentence = sentence, Trigger = "bombardment" };
        var fight = M("assault") with { Sentence = sentence, Trigger = "fought", Ordinal = 1 };

        // When
        var main = AcledEvaluation.MainMention([background, fight]);

        // Then
        Assert.Same(fight, main);
    }

    private static DatasetEvent Row(string notes, int fatalities = 12) => new(
        "acled", "AFG1", "dataset:acled:AFG1", TimeValue.FromTimeMl("2020-03-21", null, TimeAnchor.Dataset), "assault", "Battles", "Armed clash", null,
        [new ActorRef("Taliban", ActorRole.Initiator)], new PlaceRef("Dawlat Abad", "AF", 36.99, 66.82), new Quantity(fatalities, fatalities), notes, null,
        new Dictionary<string, string> { ["event_date"] = "21 March 2020", ["actor1"] = "Taliban" });
}
