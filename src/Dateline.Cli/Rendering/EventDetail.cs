using System.Globalization;
using Dateline.Core.Model;
using Spectre.Console;

namespace Dateline.Cli.Rendering;

/// <summary>Draws one event: its fields, its mentions with the sentences, the merge evidence and the disagreements.</summary>
internal static class EventDetail
{
    // "Gubar (SY, 35.95, 39.01), at Ar Raqqah (region)": whose coordinates an approximate place has.
    private static string Approximate(PlaceRef l) =>
        l.Precision == PlacePrecision.Exact ? "" : $", at {l.Anchor ?? "?"} ({l.Precision.ToString().ToLowerInvariant()})";

    public static void Render(IAnsiConsole console, Event e, Func<string, string?> titleOf)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("[bold]event[/]", Markup.Escape(e.Id));
        grid.AddRow("[bold]title[/]", Markup.Escape(e.Title));
        grid.AddRow("[bold]when[/]", Markup.Escape($"{TimelineTable.When(e.Time)}  [{e.Time.Earliest:yyyy-MM-dd} .. {e.Time.Latest:yyyy-MM-dd}, {e.Time.PrecisionName}]"));
        grid.AddRow("[bold]type / status[/]", Markup.Escape($"{e.Type} / {e.Status.ToString().ToLowerInvariant()}"));
        grid.AddRow("[bold]where[/]", Markup.Escape(e.Location is { } l ? $"{l.Name} ({l.Country ?? "?"}{(l.Lat is { } lat ? $", {lat:0.###}, {l.Lon:0.###}" : "")}){Approximate(l)}" : "—"));
        grid.AddRow("[bold]actors[/]", Markup.Escape(e.Actors.Count == 0 ? "—" : string.Join(", ", e.Actors.Select(a => $"{a.Name} ({a.Role.ToString().ToLowerInvariant()})"))));
        if (e.Fatalities is { } f)
        {
            grid.AddRow("[bold]fatalities[/]", Markup.Escape(f.Max == f.Min ? $"{f.Min}" : f.Max is null ? $"at least {f.Min}" : $"{f.Min}–{f.Max}"));
        }

        console.Write(new Panel(grid).Header("Dateline event").Expand());

        var mentions = new Table().Border(TableBorder.Simple).Expand().AddColumns("#", "outlet / published", "sentence", "time text", "status");
        var n = 0;
        foreach (var c in e.Mentions)
        {
            n++;
            var m = c.Mention;
            mentions.AddRow(
                new Markup($"{n}\n[grey]{Markup.Escape(m.Key)}[/]"),
                new Markup(Markup.Escape($"{c.Outlet ?? "?"}\n{c.Published?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "undated"}")),
                new Markup(Highlight(m.Sentence, m.Trigger)),
                new Markup(Markup.Escape(m.TimeText ?? "—")),
                new Markup(Markup.Escape(m.Status.ToString().ToLowerInvariant())));
        }

        console.Write(new Rule("mentions").LeftJustified());
        console.Write(mentions);

        if (e.Evidence.Count > 0)
        {
            console.Write(new Rule("why these mentions are one event").LeftJustified());
            var ev = new Table().Border(TableBorder.Simple).AddColumns("link", "score", "features (value × weight)");
            foreach (var link in e.Evidence)
            {
                var features = link.Reason == "analyst" ? "merged by an analyst"
                    : string.Join("  ", link.Features.Select(x => $"{x.Name} {x.Value:0.##}×{x.Weight:0.##}"));
                ev.AddRow(Markup.Escape($"{link.A} ~ {link.B}"), link.Score.ToString("0.00", CultureInfo.InvariantCulture), Markup.Escape(features));
            }

            console.Write(ev);
        }

        if (e.Disagreements.Count > 0)
        {
            console.Write(new Rule("where the sources disagree").LeftJustified());
            foreach (var d in e.Disagreements)
            {
                console.MarkupLineInterpolated($"[bold]{d.Field}[/]");
                foreach (var claim in d.Claims)
                {
                    console.MarkupLineInterpolated($"  {claim.Value}: {string.Join("; ", claim.Sources)}");
                }
            }
        }

        if (e.Related.Count > 0)
        {
            console.Write(new Rule("related events").LeftJustified());
            foreach (var r in e.Related)
            {
                console.MarkupLineInterpolated($"  {r.Relation} {r.Id} {titleOf(r.Id) ?? ""}");
            }
        }
    }

    private static string Highlight(string sentence, string trigger)
    {
        var i = sentence.IndexOf(trigger, StringComparison.Ordinal);
        if (i < 0)
        {
            return Markup.Escape(sentence);
        }

        return Markup.Escape(sentence[..i]) + "[bold yellow]" + Markup.Escape(trigger) + "[/]" + Markup.Escape(sentence[(i + trigger.Length)..]);
    }
}
