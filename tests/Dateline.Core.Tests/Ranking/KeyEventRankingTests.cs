using Dateline.Core.Model;
using Dateline.Core.Ranking;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Ranking;

public sealed class KeyEventRankingTests
{
    private const string Shelling = "Syrian forces began shelling the restive city of Homs on 3 February , in what was to become a month-long bombardment .";

    [Fact]
    public void ToldBy_SummarysOwnSentence_ThatEventNotTheDaysBiggest()
    {
        // Given: the day's biggest event is a demonstration of three reports; the summary tells the shelling
        var demonstration = Ev("ev-demo",
            M("a", "demonstrated", "protest", "2012-02-03", "Thousands demonstrated in Hama on 3 February ."),
            M("b", "demonstrated", "protest", "2012-02-03", "Crowds demonstrated in Hama on Friday ."),
            M("c", "rally", "protest", "2012-02-03", "A rally was held in Hama on Friday ."));
        var shelling = Ev("ev-shell", M("d", "shelling", "assault", "2012-02-03", Shelling));
        var day = KeyDay(Shelling);

        // When
        var told = KeyEventRanking.ToldBy(day, [demonstration, shelling]);

        // Then
        Assert.NotNull(told);
        Assert.Equal(("ev-shell", "shelling"), (told.Event.Id, told.Mention.Trigger));
    }

    [Fact]
    public void ToldBy_TwoEventsInTheSentence_TheOneDatedOnTheDay()
    {
        // Given: the summary's sentence holds the veto of 4 February and a crackdown dated later
        const string sentence = "On 4 February China and Russia blocked a UN resolution condemning the crackdown .";
        var crackdown = Ev("ev-crack", M("a", "crackdown", "coerce", "2012-02-28", sentence), M("b", "crackdown", "coerce", "2012-02-28", "The crackdown went on ."));
        var veto = Ev("ev-veto", M("a", "blocked", "reject", "2012-02-04", sentence));

        // When
        var told = KeyEventRanking.ToldBy(KeyDay(sentence, "2012-02-04"), [crackdown, veto]);

        // Then
        Assert.Equal("ev-veto", told?.Event.Id);
    }

    [Fact]
    public void ToldBy_TriggerOutsideTheEntry_None()
    {
        // Given: the summary is the entry of 26 December cut from a fact box; the sentence's only event is the next entry's
        const string box = "26 December : Arab League observers arrive in Syria 29 December : Mission head says he saw nothing frightening";
        var visit = Ev("ev-visit", M("a", "saw", "consult", "2011-12-29", box));

        // When
        var told = KeyEventRanking.ToldBy(KeyDay("26 December : Arab League observers arrive in Syria", "2011-12-26"), [visit]);

        // Then
        Assert.Null(told);
    }

    private static KeyDay KeyDay(string summary, string day = "2012-02-03") =>
        new(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), 1, 1, 1, summary, ["d"]);

    private static Mention M(string report, string trigger, string type, string value, string sentence) => Events.Mention(report, trigger, type, sentence, value);

    private static Event Ev(string id, params Mention[] mentions) => Events.Of(id, mentions);
}
