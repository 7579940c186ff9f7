using Dateline.Core.Evaluation;
using Dateline.Core.Model;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Evaluation;

public sealed class EventExpectationsTests
{
    private static readonly IReadOnlyList<Event> Timeline = [Events.Truce()];

    [Fact]
    public void Check_SentenceAndValueMatch_Passes()
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "ceasefire came into effect", Value = "2016-12-30" });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, Timeline));

        // Then
        Assert.True(outcome.Passed);
        Assert.Equal("truce", outcome.Description);
        Assert.Contains("value=2016-12-30", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongValue_FailsAndShowsWhatWasFound()
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "CEASEFIRE came into effect", Value = "2016-12-29" });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, Timeline));

        // Then
        Assert.False(outcome.Passed);
        Assert.Contains("value=2016-12-30", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NoMentionWithTheSentence_FailsNamingIt()
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "talks", Sentence = "talks in Astana" });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, Timeline));

        // Then
        Assert.False(outcome.Passed);
        Assert.Contains("talks in Astana", outcome.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ceasefire", true)]
    [InlineData("talks", false)]
    public void Check_Trigger_NarrowsTheCandidates(string trigger, bool passed)
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", Trigger = trigger });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, Timeline));

        // Then
        Assert.Equal(passed, outcome.Passed);
    }

    [Theory]
    [InlineData("Occurred", true)]
    [InlineData("planned", false)]
    public void Check_Status_IsComparedIgnoringCase(string status, bool passed)
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", Status = status });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, Timeline));

        // Then
        Assert.Equal(passed, outcome.Passed);
    }

    [Theory]
    [InlineData("2016-12-30", true)]
    [InlineData("2016-12-31", false)]
    public void Check_EarliestAtLeast_IsInclusive(string day, bool passed)
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", EarliestAtLeast = day });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, Timeline));

        // Then
        Assert.Equal(passed, outcome.Passed);
    }

    [Fact]
    public void Check_EarliestAtLeastOnAnUnknownTime_Fails()
    {
        // Given an event with no known start
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", EarliestAtLeast = "2016-01-01" });
        var timeline = new[] { Events.Truce() with { Time = TimeValue.Unknown } };

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, timeline));

        // Then
        Assert.False(outcome.Passed);
    }

    [Fact]
    public void Check_WithSentenceOfAnotherEvent_FailsAndNamesIt()
    {
        // Given: the truce told in a second report, but merged as an event of its own
        var other = Events.Truce("The truce has been in place since December 30.") with { Id = "ev-9876543210" };
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", With = ["in place since December 30"] });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, [Events.Truce(), other]));

        // Then
        Assert.False(outcome.Passed);
        Assert.Contains("without \"in place since December 30\"", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WithSentenceAndOutletsOfOneEvent_Passes()
    {
        // Given: one event of two mentions from two outlets
        var truce = Events.Truce();
        var second = truce.Mentions[0] with { Outlet = "Orontes Monitor", Mention = truce.Mentions[0].Mention with { Sentence = "The truce has been in place since December 30." } };
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", With = ["in place since December 30"], MinOutlets = 2 });

        // When
        var outcome = Assert.Single(EventExpectations.Check(file, [truce with { Mentions = [.. truce.Mentions, second] }]));

        // Then
        Assert.True(outcome.Passed);
        Assert.Contains("outlets=2", outcome.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FewerOutletsThanExpected_Fails()
    {
        // Given
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", MinOutlets = 2 });

        // When / Then
        Assert.False(Assert.Single(EventExpectations.Check(file, Timeline)).Passed);
    }

    [Fact]
    public void Check_SoleSentenceOfTwoEvents_FailsNamingTheOther()
    {
        // Given the truce's sentence also giving an event of another type
        var other = Events.Truce() with { Id = "ev-9876543210", Type = "retreat" };
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", Trigger = "ceasefire", Sole = true });

        // When
        var outcomes = new[] { EventExpectations.Check(file, Timeline)[0], EventExpectations.Check(file, [Events.Truce(), other])[0] };

        // Then
        Assert.Equal([true, false], outcomes.Select(o => o.Passed));
        Assert.Contains("also ev-9876543210 (retreat)", outcomes[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Related_PassesOnlyWhenTheEventLinksTheOther()
    {
        // Given planned talks and the truce, first unlinked, then linked
        var talks = Events.Truce("Talks are planned in Astana later this month.", trigger: "talks") with { Id = "ev-9876543210" };
        var file = Expect(new ExpectedEvent { Description = "truce", Sentence = "came into effect", Related = ["planned in Astana"] });
        var linked = Events.Truce() with { Related = [new RelatedEvent(talks.Id, "follows")] };

        // When
        var outcomes = new[] { EventExpectations.Check(file, [Events.Truce(), talks])[0], EventExpectations.Check(file, [linked, talks])[0] };

        // Then
        Assert.Equal([false, true], outcomes.Select(o => o.Passed));
        Assert.Contains("related \"planned in Astana\": follows", outcomes[1].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ForbiddenText_FailsWhenAMentionComesFromIt()
    {
        // Given
        var file = new ExpectationFile { Forbidden = ["came into effect", "Security Clearance Job"] };

        // When
        var outcomes = EventExpectations.Check(file, Timeline);

        // Then
        Assert.Equal([false, true], outcomes.Select(o => o.Passed));
        Assert.Contains("ev-0123456789", outcomes[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidFile_ReadsEventsAndForbidden()
    {
        // Given
        const string json = """
            {"events":[{"description":"truce","sentence":"came into effect","trigger":"ceasefire","value":"2016-12-30","earliest_at_least":"2016-12-29","status":"occurred"}],
             "forbidden":["Find a Security Clearance Job"]}
            """;

        // When
        var file = ExpectationFile.Parse(json, "expected.json");

        // Then
        var e = Assert.Single(file.Events);
        Assert.Equal(("truce", "came into effect", "ceasefire", "2016-12-30", "2016-12-29", "occurred"), (e.Description, e.Sentence, e.Trigger, e.Value, e.EarliestAtLeast, e.Status));
        Assert.Equal(["Find a Security Clearance Job"], file.Forbidden);
    }

    [Theory]
    [InlineData("{\"events\": [")]
    [InlineData("{\"events\": [{\"sentence\": \"no description\"}]}")]
    [InlineData("null")]
    public void Parse_MalformedFile_IsAnErrorNamingTheFile(string json)
    {
        // Given a broken expectation file

        // When
        var ex = Record.Exception(() => ExpectationFile.Parse(json, "expected.json"));

        // Then
        var error = Assert.IsType<InvalidDataException>(ex);
        Assert.StartsWith("expected.json: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MalformedEarliestAtLeast_IsAnErrorNamingTheFileNotACrash()
    {
        // Given
        const string json = """{"events":[{"description":"truce","sentence":"came into effect","earliest_at_least":"30 Dec 2016"}]}""";

        // When
        var ex = Record.Exception(() => EventExpectations.Check(ExpectationFile.Parse(json, "expected.json"), Timeline));

        // Then
        Assert.True(ex is null or InvalidDataException, $"unexpected {ex?.GetType().Name}");
    }

    private static ExpectationFile Expect(ExpectedEvent e) => new() { Events = [e] };
}
