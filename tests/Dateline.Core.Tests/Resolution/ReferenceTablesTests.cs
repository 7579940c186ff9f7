using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

public sealed class ReferenceTablesTests
{
    [Fact]
    public void LoadSteps_RunInOrder_LeaveEveryDefaultTableLoaded()
    {
        // Given the steps a benchmark times one by one
        var steps = ReferenceTables.LoadSteps;

        // When each runs (twice: a step on a loaded table does nothing)
        foreach (var step in steps.Concat(steps))
        {
            step.Load();
        }

        // Then every part the scanner needs is there: places with their fuzzy index, the actor table with its Phoenix part
        Assert.Equal(steps.Count, steps.Select(s => s.Name).Distinct().Count());
        Assert.True(Gazetteer.Default.Count > 100_000);
        Assert.True(Gazetteer.Default.FuzzyMs > 0);
        Assert.True(ActorTable.Default.Count > 20_000);
        var found = EntityScanner.Default.FindMentions("Daesh fighters attacked Aleppo.");
        Assert.Contains(found, m => m.Actor?.Id == "isis");
        Assert.Contains(found, m => m.Kind == MatchKind.Place && m.Text == "Aleppo");
    }
}
