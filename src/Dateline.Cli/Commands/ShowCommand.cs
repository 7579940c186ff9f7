using System.ComponentModel;
using Dateline.Cli.Rendering;
using Dateline.Cli.Services;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary><c>dateline show EVENT [--db FILE]</c>: the event, its mentions, the merge evidence and the disagreements.</summary>
public sealed class ShowCommand(IAnsiConsole console) : Command<ShowCommand.Settings>
{
    /// <summary>Arguments of <c>show</c>.</summary>
    public sealed class Settings : StoreSettings
    {
        /// <summary>The event id (or a unique prefix).</summary>
        [CommandArgument(0, "<EVENT>")]
        [Description("Event id, or a unique prefix of it")]
        public string Event { get; init; } = "";
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var e = EventLookup.Find(store, settings.Event);
        var all = store.LoadEvents(new Storage.EventQuery()).ToDictionary(x => x.Id);
        EventDetail.Render(console, e, id => all.TryGetValue(id, out var r) ? r.Title : null);
        foreach (var gdelt in e.Provenance.Where(p => p.StartsWith("dataset:gdelt:", StringComparison.Ordinal)))
        {
            var id = gdelt["dataset:gdelt:".Length..];
            var articles = store.GdeltMentionsOf(id);
            if (articles.Count > 0)
            {
                console.Write(new Rule($"articles GDELT lists for {id}").LeftJustified());
                foreach (var (time, source, url) in articles)
                {
                    console.MarkupLineInterpolated($"  {time:yyyy-MM-dd HH:mm} {source} {url}");
                }
            }
        }
        return 0;
    }
}
