using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Tests.Extraction;

public sealed class TriggerClassesTests
{
    [Fact]
    public void Compatibility_AccordAndCeasefire_SameKind()
    {
        // Given "commanders agreed to halt fighting" (accord) and "a ceasefire took effect" (ceasefire)

        // When
        var score = TriggerClasses.Compatibility("accord", "ceasefire");

        // Then
        Assert.Equal(0.5, score);
    }

    [Fact]
    public void Compatibility_ExplosionAndStrike_DifferentKinds()
    {
        // Given a car bomb and an air raid

        // When
        var score = TriggerClasses.Compatibility("explosion", "strike");

        // Then
        Assert.Equal(0.0, score);
    }
}
