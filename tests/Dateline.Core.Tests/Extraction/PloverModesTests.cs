using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Tests.Extraction;

public sealed class PloverModesTests
{
    [Theory]
    [InlineData("assault", "bombed", "Russian jets bombed the market.", "aerial")]
    [InlineData("assault", "killed", "A roadside bomb killed two soldiers.", "explosive")]
    [InlineData("assault", "shot dead", "Gunmen shot dead a judge.", "firearms")]
    [InlineData("assault", "tortured", "Security forces tortured scores of refugees.", "beat")]
    [InlineData("protest", "rioted", "Prisoners rioted at the jail.", "riot")]
    [InlineData("protest", "general strike", "Unions called a general strike.", "strike")]
    [InlineData("protest", "marched", "Thousands marched in the capital.", "demonstrate")]
    [InlineData("coerce", "arrested", "Soldiers arrested 100 people.", "arrest")]
    [InlineData("retreat", "released", "The rebels released 50 prisoners.", "release")]
    [InlineData("retreat", "withdrew", "The troops withdrew from the town.", "withdraw")]
    [InlineData("consult", "visited", "The envoy visited Damascus.", "visit")]
    [InlineData("accuse", "investigation", "Police launched an investigation into the killings.", "investigate")]
    public void Of_TriggerOrSentenceShowsHow_IsThePloverMode(string type, string trigger, string sentence, string mode)
    {
        // When
        var got = PloverModes.Of(type, trigger, sentence);

        // Then
        Assert.Equal(mode, got);
    }

    [Theory]
    [InlineData("assault", "attacked", "Rebels attacked the town.")]
    [InlineData("agree", "agreed", "The parties agreed a truce.")]
    public void Of_NothingShowsHow_IsNull(string type, string trigger, string sentence)
    {
        // When
        var got = PloverModes.Of(type, trigger, sentence);

        // Then
        Assert.Null(got);
    }
}
