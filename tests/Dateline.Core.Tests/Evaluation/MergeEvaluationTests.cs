using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Evaluation;

public sealed class MergeEvaluationTests
{
    private const string Text = "The UN condemned the bombing of the convoy on Sunday.";

    [Fact]
    public void Score_SentenceWithTwoTypes_AlignsTheGoldTypesMention()
    {
        // Given a sentence with an accuse mention ("condemned") and an assault mention ("bombing"), a gold assault
        // event whose quote starts at "condemned", and the assault mention clustered with another report's
        var gold = MergeEvaluation.ReadGold(
            """
            {"event":"E1","type":"assault","mentions":[{"report":"a.txt","quote":"condemned the bombing"},{"report":"b.txt","quote":"a bomb hit the convoy"}]}
            """, "gold");
        var texts = new Dictionary<string, (string, string)> { ["ra"] = ("a.txt", Text), ["rb"] = ("b.txt", "On Sunday a bomb hit the convoy.") };
        Event[] events =
        [
            Ev("e-accuse", M("ra", "condemned", "accuse", Text)),
            Ev("e-bomb", M("ra", "bombing", "assault", Text), M("rb", "bomb", "assault", "On Sunday a bomb hit the convoy.")),
        ];

        // When
        var result = MergeEvaluation.Score(gold, events, texts);

        // Then both gold mentions land in the assault event
        Assert.Equal(1.0, result.All.BCubedF1, 3);
        Assert.Empty(result.Errors);
    }

    [Fact]
    public void Score_QuoteWithoutMention_ListsItAsMissed()
    {
        // Given a gold event with one quote in an extracted sentence and one in a report the system found nothing in
        var gold = MergeEvaluation.ReadGold(
            """
            {"event":"E1","type":"assault","mentions":[{"report":"a.txt","quote":"condemned the bombing"},{"report":"b.txt","quote":"the device was buried"}]}
            """, "gold");
        var texts = new Dictionary<string, (string, string)> { ["ra"] = ("a.txt", Text), ["rb"] = ("b.txt", "Police think the device was buried.") };
        Event[] events = [Ev("e-bomb", M("ra", "bombing", "assault", Text))];

        // When
        var result = MergeEvaluation.Score(gold, events, texts);

        // Then the first is aligned to the bombing and the second is listed with no mention
        Assert.Equal(2, result.Alignments.Count);
        Assert.Equal(("e-bomb", "bombing"), (result.Alignments[0].Event, result.Alignments[0].Mention?.Trigger));
        Assert.Null(result.Alignments[1].Mention);
        Assert.Equal("the device was buried", result.Alignments[1].Quote);
    }

    private static Mention M(string report, string trigger, string type, string sentence) => Events.Mention(report, trigger, type, sentence);

    private static Event Ev(string id, params Mention[] mentions) => Events.Of(id, mentions);
}
