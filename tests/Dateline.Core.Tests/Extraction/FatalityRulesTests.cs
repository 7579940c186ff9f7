using Dateline.Core.Model;
using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Tests.Extraction;

public sealed class FatalityRulesTests
{
    [Theory]
    [InlineData("At least 12 people were killed in the attack.", 12, null)]
    [InlineData("Jets bombed the market, killing 5 civilians.", 5, 5)]
    [InlineData("The blast killed five people.", 5, 5)]
    [InlineData("Dozens dead after the blast.", 24, 99)]
    [InlineData("More than 100 people were killed.", 101, null)]
    [InlineData("Up to 20 fighters died in the clashes.", 0, 20)]
    [InlineData("About 1,200 people have been killed since March.", 1200, 1200)]
    [InlineData("Hundreds of civilians were killed.", 200, 999)]
    [InlineData("A dozen soldiers were killed.", 12, 12)]
    [InlineData("12 Taliban militants including 2 commanders were killed.", 12, 12)]
    [InlineData("A member of opposition rebels was killed in clashes with regime forces.", 1, 1)]
    [InlineData("A civilian died of his wounds.", 1, 1)]
    [InlineData("2 members of the gunmen loyal to the regime were killed in an ambush.", 2, 2)]
    [InlineData("Rebels managed to kill ten soldiers and destroy a tank.", 10, 10)]
    [InlineData("Unidentified gunmen shot and killed a fighter in the city.", 1, 1)]
    [InlineData("The clashes resulted in the killing of 1 rebel fighter.", 1, 1)]
    [InlineData("The attack led to the death of 9 militants.", 9, 9)]
    [InlineData("Islamic State attacked the village, leading to 6 fatalities from clashes.", 6, 6)]
    [InlineData("Five citizens and three fighters died as a result of the fighting.", 8, 8)]
    [InlineData("Fourteen opposition fighters as well as a civilian were killed.", 15, 15)]
    [InlineData("Three militants died, along with two civilians.", 5, 5)]
    [InlineData("Jets struck the town, killing an opposition fighter and at least 4 more civilians.", 5, 5)]
    [InlineData("A bomb killed 1 policeman and wounded 2 policemen and 3 civilians.", 1, 1)]
    [InlineData("Seventeen soldiers were killed at the checkpoint.", 17, 17)]
    [InlineData("Forty fighters died in the siege.", 40, 40)]
    [InlineData("The shelling left eleven deaths in the market.", 11, 11)]
    public void Find_StatedToll_GivesRange(string sentence, int min, int? max)
    {
        // Given a sentence stating a toll

        // When
        var toll = FatalityRules.Find(sentence);

        // Then
        Assert.Equal(new Quantity(min, max), toll);
    }

    [Theory]
    [InlineData("Rebels withdrew from the town.")]
    [InlineData("The ceasefire was killed off by the shelling of 3 villages on Friday and more.")]
    [InlineData("Residents protested following the death of a civilian.")]
    [InlineData("Casualties on both sides, though assumed none are fatalities.")]
    [InlineData("Rebels managed to kill and injure a number of soldiers.")]
    [InlineData("")]
    public void Find_NoToll_IsNull(string sentence)
    {
        // Given a sentence with no count of dead

        // When
        var toll = FatalityRules.Find(sentence);

        // Then
        Assert.Null(toll);
    }

    [Fact]
    public void Find_DayNumberBeforeTheToll_IsNotTheToll()
    {
        // Given / When
        var toll = FatalityRules.Find("On December 30 two soldiers were killed.");

        // Then
        Assert.Equal(new Quantity(2, 2), toll);
    }

    [Theory]
    [InlineData("Fatalities coded as 0 (VoJ reported 1 fatality).", 0)]
    [InlineData("Unknown number of fatalities coded to 10.", 10)]
    [InlineData("There were an unknown number of fatalities that are coded as 10.", 10)]
    [InlineData("Total fatalities coded 8 (VoJ reported 17)", 8)]
    public void Tally_CodedToll_IsTheToll(string sentence, int toll)
    {
        // Given a report's own tally of its toll

        // When
        var q = FatalityRules.Tally(sentence);

        // Then
        Assert.Equal(new Quantity(toll, toll), q);
    }

    [Theory]
    [InlineData("No fatalities reported.")]
    [InlineData("Fatalities split between 2 events.")]
    [InlineData("Unknown regime fatalities coded as an additional 10.")]
    public void Tally_NoCodedFigure_IsNull(string sentence)
    {
        // Given a sentence about fatalities with no tally figure

        // When
        var q = FatalityRules.Tally(sentence);

        // Then
        Assert.Null(q);
    }
}
