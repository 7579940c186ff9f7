namespace Dateline.Core.Model;

/// <summary>What an analyst did to the automatic clustering.</summary>
public enum AnalystActionKind
{
    /// <summary>Two events are one: their mentions must stay together.</summary>
    Merge,
    /// <summary>A mention is not part of an event: it must stay apart from the others.</summary>
    Split,
}

/// <summary>
/// An analyst's decision, kept in the store with who and when, and applied on every re-merge so that it survives
/// re-ingest and re-runs. Mentions are named by their stable keys.
/// </summary>
/// <param name="Sequence">Order of the action in the store.</param>
/// <param name="Kind">Merge or split.</param>
/// <param name="Mention">The mention the action is about (for a merge: one of the first event).</param>
/// <param name="Others">For a merge: one mention of the other event; for a split: the mentions it leaves.</param>
/// <param name="Who">Who did it.</param>
/// <param name="At">When.</param>
/// <param name="UndoneAt">When it was undone, or null while it stands.</param>
public sealed record AnalystAction(
    long Sequence, AnalystActionKind Kind, string Mention, IReadOnlyList<string> Others, string Who, DateTimeOffset At, DateTimeOffset? UndoneAt = null);
