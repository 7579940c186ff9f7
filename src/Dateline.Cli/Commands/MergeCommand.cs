using System.ComponentModel;
using Dateline.Cli.Services;
using Dateline.Core.Model;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>Settings of the analyst verbs: who is acting.</summary>
public class AnalystSettings : StoreSettings
{
    /// <summary>Who is acting.</summary>
    [CommandOption("--who <NAME>")]
    [Description("Who makes the change (default: the user name)")]
    public string? Who { get; init; }

    /// <summary>The name to record.</summary>
    public string WhoOrUser => Who ?? Environment.UserName;
}

/// <summary><c>dateline merge EVENT EVENT</c>: two events are one; kept in the store and applied on every re-merge.</summary>
public sealed class MergeCommand(IAnsiConsole console, TimeProvider clock) : Command<MergeCommand.Settings>
{
    /// <summary>Arguments of <c>merge</c>.</summary>
    public sealed class Settings : AnalystSettings
    {
        /// <summary>The first event.</summary>
        [CommandArgument(0, "<EVENT>")]
        public string First { get; init; } = "";

        /// <summary>The second event.</summary>
        [CommandArgument(1, "<OTHER>")]
        public string Second { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var a = EventLookup.Find(store, settings.First);
        var b = EventLookup.Find(store, settings.Second);
        if (a.Id == b.Id)
        {
            throw new UserException($"{a.Id} and {b.Id} are the same event");
        }

        var action = store.AddAction(new AnalystAction(0, AnalystActionKind.Merge, a.Mentions[0].Mention.Key, [b.Mentions[0].Mention.Key], settings.WhoOrUser, clock.GetUtcNow()));
        IngestService.Remerge(store);
        var merged = store.LoadEvents(new Storage.EventQuery()).First(e => e.Mentions.Any(m => m.Mention.Key == action.Mention));
        console.MarkupLineInterpolated($"merged {a.Id} and {b.Id} into [bold]{merged.Id}[/] ({merged.Mentions.Count} mentions); `dateline undo` reverts (action {action.Sequence})");
        return 0;
    }
}

/// <summary><c>dateline split EVENT MENTION</c>: a mention (key, or its number in `show`) is not part of the event.</summary>
public sealed class SplitCommand(IAnsiConsole console, TimeProvider clock) : Command<SplitCommand.Settings>
{
    /// <summary>Arguments of <c>split</c>.</summary>
    public sealed class Settings : AnalystSettings
    {
        /// <summary>The event.</summary>
        [CommandArgument(0, "<EVENT>")]
        public string Event { get; init; } = "";

        /// <summary>The mention: its key or its number in <c>dateline show</c>.</summary>
        [CommandArgument(1, "<MENTION>")]
        public string Mention { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var e = EventLookup.Find(store, settings.Event);
        var keys = e.Mentions.Select(m => m.Mention.Key).ToList();
        var key = int.TryParse(settings.Mention, out var n) && n >= 1 && n <= keys.Count ? keys[n - 1]
            : keys.Contains(settings.Mention) ? settings.Mention
            : throw new UserException($"event {e.Id} has no mention '{settings.Mention}' (numbers 1–{keys.Count} or keys from `dateline show`)");
        if (keys.Count == 1)
        {
            throw new UserException($"event {e.Id} has one mention: nothing to split");
        }

        var action = store.AddAction(new AnalystAction(0, AnalystActionKind.Split, key, keys.Where(k => k != key).ToList(), settings.WhoOrUser, clock.GetUtcNow()));
        IngestService.Remerge(store);
        var alone = store.LoadEvents(new Storage.EventQuery()).First(x => x.Mentions.Any(m => m.Mention.Key == key));
        console.MarkupLineInterpolated($"split mention {key} out of {e.Id} into [bold]{alone.Id}[/]; `dateline undo` reverts (action {action.Sequence})");
        return 0;
    }
}

/// <summary><c>dateline undo</c>: reverts the last standing merge or split.</summary>
public sealed class UndoCommand(IAnsiConsole console, TimeProvider clock) : Command<StoreSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var undone = store.UndoLastAction(clock.GetUtcNow());
        if (undone is null)
        {
            console.WriteLine("nothing to undo");
            return 0;
        }

        IngestService.Remerge(store);
        console.WriteLine($"undid action {undone.Sequence}: {undone.Kind.ToString().ToLowerInvariant()} of {undone.Mention} by {undone.Who} at {undone.At:u}");
        return 0;
    }
}
