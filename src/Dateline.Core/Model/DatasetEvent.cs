namespace Dateline.Core.Model;

/// <summary>
/// One row of a curated or automated event dataset (GDELT, ACLED, UCDP GED) as Dateline reads it, with the
/// dataset's own coding kept beside the fields Dateline maps it to.
/// </summary>
/// <param name="Dataset">Which dataset: <c>gdelt</c>, <c>acled</c> or <c>ucdp</c>.</param>
/// <param name="SourceId">The row's id in the dataset (GLOBALEVENTID, event_id_cnty, id).</param>
/// <param name="Provenance">Where the event comes from: <c>dataset:acled:AFG44631</c>.</param>
/// <param name="Time">The dataset's date with its precision mapped to an interval; anchored <see cref="TimeAnchor.Dataset"/>.</param>
/// <param name="PloverType">PLOVER type mapped from the dataset's code, or null when the code has none.</param>
/// <param name="AcledEventType">ACLED event_type ("Battles"), if any.</param>
/// <param name="AcledSubEventType">ACLED sub_event_type ("Armed clash"), if any.</param>
/// <param name="CameoCode">CAMEO EventCode ("190"), if any.</param>
/// <param name="Actors">Actors: the dataset's first side as initiator, the second as target.</param>
/// <param name="Location">Where, with ISO alpha-2 country and coordinates, if given.</param>
/// <param name="Fatalities">Deaths: ACLED fatalities (n..n), UCDP low..high; null when the dataset has none.</param>
/// <param name="Notes">ACLED notes, UCDP source_headline.</param>
/// <param name="SourceUrl">GDELT SOURCEURL.</param>
/// <param name="Raw">Every original column by its name, for lossless export.</param>
public sealed record DatasetEvent(
    string Dataset,
    string SourceId,
    string Provenance,
    TimeValue Time,
    string? PloverType,
    string? AcledEventType,
    string? AcledSubEventType,
    string? CameoCode,
    IReadOnlyList<ActorRef> Actors,
    PlaceRef? Location,
    Quantity? Fatalities,
    string? Notes,
    string? SourceUrl,
    IReadOnlyDictionary<string, string> Raw)
{
    /// <summary>The provenance string of a dataset row: <c>dataset:acled:AFG44631</c>.</summary>
    public static string ProvenanceOf(string dataset, string sourceId) => $"dataset:{dataset}:{sourceId}";

    /// <summary>
    /// This row as a Dateline <see cref="Event"/> with no report mentions: status occurred, type the PLOVER type
    /// (or <c>other</c>), a title from the coding, and the provenance kept so it links to text events rather than
    /// overwriting them. Example title: "Battles / Armed clash: Taliban – Military Forces of Afghanistan (2014-), Dawlat Abad".
    /// </summary>
    /// <summary>
    /// The row as a mention, so that it takes part in merging beside text mentions: they link, and neither
    /// overwrites the other. The report id is the provenance; the sentence is the notes (or the coding).
    /// </summary>
    public CitedMention ToMention()
    {
        var e = ToEvent();
        var sentence = string.IsNullOrWhiteSpace(Notes) ? e.Title : Notes;
        return new CitedMention(
            new Mention
            {
                ReportId = Provenance,
                Ordinal = 0,
                Sentence = sentence,
                Start = 0,
                End = sentence.Length,
                Trigger = AcledSubEventType ?? CameoCode ?? e.Type,
                Type = e.Type,
                Status = EventStatus.Occurred,
                Time = Time,
                Actors = Actors,
                Location = Location,
                Fatalities = Fatalities,
                Attribution = Dataset.ToUpperInvariant(),
                Title = e.Title,
            },
            Dataset.ToUpperInvariant(),
            SourceUrl,
            null,
            this);
    }

    public Event ToEvent()
    {
        var what = AcledEventType is not null
            ? (AcledSubEventType is not null ? $"{AcledEventType} / {AcledSubEventType}" : AcledEventType)
            : CameoCode is not null ? $"CAMEO {CameoCode} ({PloverType ?? "no PLOVER type"})" : PloverType ?? "event";
        var who = string.Join(" – ", Actors.Select(a => a.Name));
        var title = who.Length > 0 ? $"{what}: {who}" : what;
        if (Location is not null)
        {
            title += $", {Location.Name}";
        }

        return new Event
        {
            Id = $"{Dataset}-{SourceId}",
            Title = title,
            Type = PloverType ?? "other",
            Status = EventStatus.Occurred,
            Time = Time,
            Actors = Actors,
            Location = Location,
            Mentions = [],
            Fatalities = Fatalities,
            AcledEventType = AcledEventType,
            AcledSubEventType = AcledSubEventType,
            CameoCode = CameoCode,
            Notes = Notes,
            SourceUrl = SourceUrl,
            Provenance = [Provenance],
        };
    }
}
