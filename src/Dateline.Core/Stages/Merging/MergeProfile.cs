using System.Diagnostics;

namespace Dateline.Core.Stages.Merging;

/// <summary>
/// Where a merge spent its time, phase by phase, with a few counts (pairs scored, pairs above the threshold): what
/// `bench pipeline` prints to show which phase grows with the corpus. Phases add up when one profile serves several merges.
/// </summary>
public sealed class MergeProfile
{
    private readonly List<(string Name, TimeSpan Time)> _phases = [];
    private readonly List<(string Name, long Value)> _counts = [];

    /// <summary>Phases in the order first seen, with their summed time.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time)> Phases => _phases;

    /// <summary>Counts in the order first seen, summed.</summary>
    public IReadOnlyList<(string Name, long Value)> Counts => _counts;

    /// <summary>Adds the clock's time to <paramref name="name"/> and restarts it for the next phase.</summary>
    internal void Add(string name, Stopwatch clock)
    {
        var i = _phases.FindIndex(p => p.Name == name);
        if (i < 0)
        {
            _phases.Add((name, clock.Elapsed));
        }
        else
        {
            _phases[i] = (name, _phases[i].Time + clock.Elapsed);
        }

        clock.Restart();
    }

    /// <summary>Adds <paramref name="value"/> to the count <paramref name="name"/>.</summary>
    internal void Count(string name, long value)
    {
        var i = _counts.FindIndex(p => p.Name == name);
        if (i < 0)
        {
            _counts.Add((name, value));
        }
        else
        {
            _counts[i] = (name, _counts[i].Value + value);
        }
    }
}
