using System.ComponentModel;
using System.Globalization;
using Dateline.Cli.Rendering;
using Dateline.Cli.Services;
using Dateline.Core.Contract;
using Dateline.Core.Model;
using Dateline.Core.Ranking;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>
/// <c>dateline timeline [--db FILE] [--from DATE] [--to DATE] [--top N] [--format table|json]</c>. With <c>--top N</c>
/// the table shows the N key days (Day | What happened | Event | Sources); JSON keeps the N key events.
/// </summary>
public sealed class TimelineCommand(IAnsiConsole console) : Command<TimelineCommand.Settings>
{
    /// <summary>Arguments of <c>timeline</c>.</summary>
    public sealed class Settings : EventQuerySettings
    {
        /// <summary>Output format.</summary>
        [CommandOption("--format <FORMAT>")]
        [Description("table (for people) or json (the contract)")]
        [DefaultValue("table")]
        public string Format { get; init; } = "table";

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var baseResult = base.Validate();
            if (!baseResult.Successful)
            {
                return baseResult;
            }

            return Format is "table" or "json" ? ValidationResult.Success() : ValidationResult.Error($"--format: '{Format}' is not table or json");
        }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        using var store = StoreFactory.OpenExisting(settings.Db);
        var events = settings.Select(store);
        if (settings.Format == "json")
        {
            console.Profile.Out.Writer.WriteLine(EventJson.Write(events));
            return 0;
        }

        if (settings.Top is { } top)
        {
            RenderKeyDays(store, settings, top);
            return 0;
        }

        TimelineTable.Render(console, events);
        return 0;
    }

    // `--top N` as a table: the N days the coverage refers to most, each with its most central sentence and the
    // event that sentence tells (else, in grey, the most important selected event dated that day). With filters beyond the period (actor, place, …), only days
    // with a selected event count.
    private void RenderKeyDays(Dateline.Storage.IEventStore store, Settings settings, int top)
    {
        var query = settings.Query;
        var filtered = settings.Actor ?? settings.Place ?? settings.Type ?? settings.Status ?? settings.Country;
        var events = store.LoadEvents(query).Where(settings.Filter.Matches).ToList();
        var byDay = events
            .Where(e => e.Time.Precision == TimePrecision.Day && e.Time.Earliest is not null)
            .GroupBy(e => e.Time.Earliest!.Value)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(KeyEventRanking.Score).ThenBy(e => e.Id, StringComparer.Ordinal).First());
        var reports = store.LoadReports();
        var mentions = store.LoadDayMentions().Where(m => filtered is null || byDay.ContainsKey(m.Day)).ToList();
        var publications = reports.Where(r => r.Published is not null).Select(r => DateOnly.FromDateTime(r.Published!.Value.DateTime));
        var days = DayReference.Top(mentions, publications, top, query.From, query.To, tolls: DayReference.Tolls(store.LoadMentions()));
        if (days.Count == 0)
        {
            console.MarkupLine("[grey]no key days: no report refers to a day in the selection[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.AddColumn("Day");
        table.AddColumn("What happened");
        table.AddColumn("Event");
        table.AddColumn(new TableColumn("Sources").RightAligned());
        foreach (var d in days)
        {
            table.AddRow(
                new Markup(d.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new Markup(Markup.Escape(d.Summary)),
                EventCell(d, events, byDay),
                new Markup(d.Sources.Count.ToString(CultureInfo.InvariantCulture)));
        }

        console.Write(table);
        console.MarkupLineInterpolated($"[grey]{days.Count} key days[/]");
    }

    // The key day's event: the one its summary tells, under the title of the mention the summary is cut from (the
    // event's own title may be another mention's); when the summary tells none, the day's most important event,
    // in grey, as another thing that happened that day rather than what the summary says.
    private static Markup EventCell(KeyDay day, IReadOnlyList<Event> events, Dictionary<DateOnly, Event> byDay)
    {
        if (KeyEventRanking.ToldBy(day, events) is { } told)
        {
            return new Markup(Markup.Escape($"{told.Mention.Title} ({told.Mention.Type}, {told.Event.Id})"));
        }

        return byDay.TryGetValue(day.Day, out var e) ? new Markup($"[grey]{Markup.Escape($"{e.Title} ({e.Type})")}[/]") : new Markup("");
    }
}
