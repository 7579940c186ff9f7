using Dateline.Core.Model;
using Spectre.Console;

namespace Dateline.Cli.Rendering;

/// <summary>Draws events as a timeline table: when, what, status, where, who, and how many sources.</summary>
internal static class TimelineTable
{
    public static void Render(IAnsiConsole console, IReadOnlyList<Event> events)
    {
        if (events.Count == 0)
        {
            console.MarkupLine("[grey]no events[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("When");
        table.AddColumn("Event");
        table.AddColumn("Type");
        table.AddColumn("Status");
        table.AddColumn("Where");
        table.AddColumn(new TableColumn("Sources").RightAligned());
        foreach (var e in events)
        {
            var outlets = e.Mentions.Select(m => m.Outlet ?? "?").Distinct().Count();
            table.AddRow(
                new Markup(Markup.Escape(When(e.Time))),
                new Markup(Markup.Escape(e.Title)),
                new Markup(Markup.Escape(e.Type)),
                new Markup(StatusMarkup(e.Status)),
                new Markup(Markup.Escape(e.Location?.Name ?? "")),
                new Markup($"{e.Mentions.Count} ({outlets} outlet{(outlets == 1 ? "" : "s")})"));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[grey]{events.Count} events[/]");
    }

    /// <summary>A date as an analyst writes it: "2016-12-30", "2017-01 (late)", "after 2016-12-30".</summary>
    public static string When(TimeValue t)
    {
        var mod = t.Mod switch
        {
            "START" => " (early)",
            "MID" => " (mid)",
            "END" => " (late)",
            "APPROX" => " (about)",
            _ => "",
        };
        return t.Mod switch
        {
            "AFTER" or "ON_OR_AFTER" => $"after {t.Value}",
            "BEFORE" or "ON_OR_BEFORE" => $"before {t.Value}",
            _ when t.Value == "PAST_REF" => t.Latest is { } l ? $"before {l:yyyy-MM-dd}" : "past",
            _ when t.Value == "FUTURE_REF" => t.Earliest is { } e ? $"after {e:yyyy-MM-dd}" : "future",
            _ => t.Value + mod,
        };
    }

    private static string StatusMarkup(EventStatus status) => status switch
    {
        EventStatus.Occurred => "[green]occurred[/]",
        EventStatus.Ongoing => "[green]ongoing[/]",
        EventStatus.Planned => "[blue]planned[/]",
        EventStatus.Announced => "[blue]announced[/]",
        EventStatus.Claimed => "[yellow]claimed[/]",
        EventStatus.Denied => "[red]denied[/]",
        _ => "[grey]hypothetical[/]",
    };
}
