using System.ComponentModel;
using System.Globalization;
using Dateline.Core.Model;
using Dateline.Core.Ranking;
using Dateline.Storage;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dateline.Cli.Commands;

/// <summary>The filters <c>timeline</c> and <c>export</c> share: period, actor, place, type, status, country, top N.</summary>
public class EventQuerySettings : StoreSettings
{
    /// <summary>First day of the period.</summary>
    [CommandOption("--from <DATE>")]
    [Description("Only events that may end on or after this day (YYYY-MM-DD)")]
    public string? From { get; init; }

    /// <summary>Last day of the period.</summary>
    [CommandOption("--to <DATE>")]
    [Description("Only events that may start on or before this day (YYYY-MM-DD)")]
    public string? To { get; init; }

    /// <summary>Actor filter.</summary>
    [CommandOption("--actor <NAME>")]
    [Description("Only events with an actor whose name or id contains this")]
    public string? Actor { get; init; }

    /// <summary>Place filter.</summary>
    [CommandOption("--place <NAME>")]
    [Description("Only events whose location's name contains this")]
    public string? Place { get; init; }

    /// <summary>Type filter.</summary>
    [CommandOption("--type <TYPE>")]
    [Description("Only events of this PLOVER type (assault, protest, consult, agree, …)")]
    public string? Type { get; init; }

    /// <summary>Status filter.</summary>
    [CommandOption("--status <STATUS>")]
    [Description("Only events with this status (occurred, ongoing, planned, announced, claimed, denied, hypothetical)")]
    public string? Status { get; init; }

    /// <summary>Country filter.</summary>
    [CommandOption("--country <ISO2>")]
    [Description("Only events located in this country (ISO 3166 alpha-2, e.g. SY)")]
    public string? Country { get; init; }

    /// <summary>Keep only the N key events.</summary>
    [CommandOption("--top <N>")]
    [Description("Only the N most important events of the selection (independent sources, outlets, event weight)")]
    public int? Top { get; init; }

    /// <summary>The parsed period.</summary>
    public EventQuery Query => new(ParseDay(From), ParseDay(To));

    /// <summary>The other filters.</summary>
    public EventFilter Filter => new(Actor, Place, Type, Status, Country);

    /// <summary>The events the settings select, in date order.</summary>
    public IReadOnlyList<Event> Select(IEventStore store)
    {
        var filter = Filter;
        IReadOnlyList<Event> events = store.LoadEvents(Query).Where(filter.Matches).ToList();
        return Top is { } top ? KeyEventRanking.Top(events, top).Select(r => r.Event).ToList() : events;
    }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (From is not null && ParseDay(From) is null)
        {
            return ValidationResult.Error($"--from: '{From}' is not a date (YYYY-MM-DD)");
        }

        if (To is not null && ParseDay(To) is null)
        {
            return ValidationResult.Error($"--to: '{To}' is not a date (YYYY-MM-DD)");
        }

        if (Status is not null && !Enum.TryParse<EventStatus>(Status, ignoreCase: true, out _))
        {
            return ValidationResult.Error($"--status: '{Status}' is not one of occurred, ongoing, planned, announced, claimed, denied, hypothetical");
        }

        if (Country is not null && (Country.Length != 2 || !Country.All(char.IsLetter)))
        {
            return ValidationResult.Error($"--country: '{Country}' is not a two-letter ISO country code");
        }

        return Top is < 1 ? ValidationResult.Error("--top: give a number of events of 1 or more") : ValidationResult.Success();
    }

    private static DateOnly? ParseDay(string? s) =>
        s is not null && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
