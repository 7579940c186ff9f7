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

    [Theory]
    [InlineData("ceasefire", "accord", true)]
    [InlineData("attack", "strike", true)]
    [InlineData("meeting", "talks", true)]
    [InlineData("ceasefire", "agree", false)]
    [InlineData("ceasefire", "offer", false)]
    public void SameKind_ClassesOfOneKindOrGeneric_True(string a, string b, bool expected)
    {
        // Given two merge classes ("agree" is a bare type name, which names no kind)

        // When
        var same = TriggerClasses.SameKind(a, b);

        // Then
        Assert.Equal(expected, same);
    }

    [Fact]
    public void EntryOf_VerbTrigger_ItsVerbEntry()
    {
        // Given "promised" found as an accord verb

        // When
        var entry = TriggerClasses.EntryOf("promised", "agree");

        // Then
        Assert.Equal(TriggerKind.Verb, entry?.Kind);
        Assert.Equal("accord", entry?.Class);
    }
}
