using Dateline.Core.Stages.Extraction;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class ResolvingEntityRecognizerTests
{
    private static readonly ResolvingEntityRecognizer Recognizer = ResolvingEntityRecognizer.Default;

    [Fact]
    public void Find_ExactNameAbroad_BeatsFuzzyNameInContextCountry()
    {
        // Given a report about Russia that names Astana
        // When
        var spans = Recognizer.Find("Russian diplomats met rebel envoys in Astana on Monday.", new DateOnly(2017, 1, 23), "RU");

        // Then
        var astana = Assert.Single(spans, s => s.Kind == EntityKind.Place);
        Assert.Equal("KZ", astana.Country);
    }

    [Fact]
    public void Find_DemonymAndTitle_IsTheOfficeHolderOnThatDate()
    {
        // When
        var spans = Recognizer.Find("The Syrian president met the delegation.", new DateOnly(2017, 1, 8), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Name.Contains("Bashar", StringComparison.Ordinal));
    }

    [Fact]
    public void Find_CapitalActing_IsTheGovernment_CapitalAfterIn_IsThePlace()
    {
        // When
        var acting = Recognizer.Find("Damascus is ready to negotiate with the rebels.", new DateOnly(2017, 1, 8), "SY");
        var located = Recognizer.Find("The meeting was held in Damascus.", new DateOnly(2017, 1, 8), "SY");

        // Then
        Assert.Contains(acting, s => s.Kind == EntityKind.Actor && s.Id == "SY.GOV");
        Assert.Contains(located, s => s.Kind == EntityKind.Place && s.Name == "Damascus");
    }

    [Fact]
    public void Find_RegimeForcesWithoutCountry_AreTheReportCountrysMilitary()
    {
        // When
        var spans = Recognizer.Find("Clashes took place between rebels and regime forces near the village.", new DateOnly(2017, 2, 1), "SY");

        // Then
        Assert.Contains(spans, s => s.Kind == EntityKind.Actor && s.Id == "SY.MIL");
    }
}
