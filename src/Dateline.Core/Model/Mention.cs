namespace Dateline.Core.Model;

/// <summary>What a report says of an event's reality. Serialized in lower case.</summary>
public enum EventStatus
{
    /// <summary>Stated as having happened.</summary>
    Occurred,
    /// <summary>Stated as going on at the time of the report.</summary>
    Ongoing,
    /// <summary>Scheduled or expected ("talks due to be held later this month").</summary>
    Planned,
    /// <summary>Announced by a party, not yet observed ("X announced it will withdraw").</summary>
    Announced,
    /// <summary>Claimed by a party ("the group claimed responsibility").</summary>
    Claimed,
    /// <summary>Denied by a party.</summary>
    Denied,
    /// <summary>Conditional or hypothetical ("if talks fail").</summary>
    Hypothetical,
}

/// <summary>The part an actor plays in an event. Serialized in lower case.</summary>
public enum ActorRole
{
    /// <summary>Who acts (the source, in CAMEO terms).</summary>
    Initiator,
    /// <summary>Who is acted upon.</summary>
    Target,
    /// <summary>Who mediates between others.</summary>
    Mediator,
    /// <summary>Who takes part without a clearer role.</summary>
    Participant,
}

/// <summary>An actor as a mention names it, with its role.</summary>
/// <param name="Name">Canonical name ("Bashar al-Assad", "Russia").</param>
/// <param name="Role">The role in the event.</param>
/// <param name="Id">Id in the actor table, if resolved.</param>
public sealed record ActorRef(string Name, ActorRole Role, string? Id = null);

/// <summary>
/// How closely a place's coordinates locate it, as ACLED's geo_precision does (1, 2, 3). Serialized in lower case.
/// </summary>
public enum PlacePrecision
{
    /// <summary>The coordinates are the named place's own ("in Al-Bab" → Al-Bab). ACLED geo_precision 1.</summary>
    Exact,
    /// <summary>
    /// The place is not in the gazetteer; the coordinates are those of a known town the text puts it next to or in
    /// ("Maareh village east of Sarhan" → Sarhan's). ACLED geo_precision 2.
    /// </summary>
    Near,
    /// <summary>
    /// Only a region is known: the coordinates are its seat or centroid ("Gubar village in Ar-Raqqa province",
    /// "in northern Idlib" → Idlib). ACLED geo_precision 3.
    /// </summary>
    Region,
}

/// <summary>A place with coordinates where known.</summary>
/// <param name="Name">The place as the text names it ("Aleppo", or a village the gazetteer lacks: "Gubar").</param>
/// <param name="Country">ISO 3166-1 alpha-2 code, or null.</param>
/// <param name="Lat">Latitude in degrees, or null.</param>
/// <param name="Lon">Longitude in degrees, or null.</param>
/// <param name="Precision">Whether the coordinates are the place's own or a nearby town's or region's.</param>
/// <param name="Anchor">For approximate coordinates, the known place they are taken from ("Ar Raqqah" for "Gubar"); else null.</param>
/// <example><c>new PlaceRef("Gubar", "SY", 35.95, 39.01, PlacePrecision.Region, "Ar Raqqah")</c>: a village placed at its province's seat.</example>
public sealed record PlaceRef(string Name, string? Country, double? Lat, double? Lon, PlacePrecision Precision = PlacePrecision.Exact, string? Anchor = null);

/// <summary>A count stated in text ("at least 12" → 12..null, "dozens" → 24..99).</summary>
public sealed record Quantity(int Min, int? Max);

/// <summary>
/// One event as one sentence of one report states it. <see cref="Start"/>/<see cref="End"/> are offsets of the
/// sentence in <see cref="Report.Text"/>; the trigger and time text are inside that sentence.
/// </summary>
public sealed record Mention
{
    /// <summary>Id of the report the sentence is in.</summary>
    public required string ReportId { get; init; }

    /// <summary>Index of the mention within its report (stable for the same text and rules).</summary>
    public required int Ordinal { get; init; }

    /// <summary>The sentence.</summary>
    public required string Sentence { get; init; }

    /// <summary>Offset of the sentence's first character in the report text.</summary>
    public required int Start { get; init; }

    /// <summary>Offset just past the sentence's last character.</summary>
    public required int End { get; init; }

    /// <summary>The word or phrase that names the event ("ceasefire", "arrived").</summary>
    public required string Trigger { get; init; }

    /// <summary>PLOVER event type, lower case ("consult", "assault", "agree").</summary>
    public required string Type { get; init; }

    /// <summary>What the report says of the event's reality.</summary>
    public required EventStatus Status { get; init; }

    /// <summary>When it happened (or is to happen).</summary>
    public required TimeValue Time { get; init; }

    /// <summary>The time expression that gave <see cref="Time"/>, or null when the time was inferred.</summary>
    public string? TimeText { get; init; }

    /// <summary>Actors with roles.</summary>
    public IReadOnlyList<ActorRef> Actors { get; init; } = [];

    /// <summary>Where it happened, if stated.</summary>
    public PlaceRef? Location { get; init; }

    /// <summary>People killed, if stated.</summary>
    public Quantity? Fatalities { get; init; }

    /// <summary>Who the report says made the claim ("SANA"), if attributed.</summary>
    public string? Attribution { get; init; }

    /// <summary>A short human title for the event as this mention states it.</summary>
    public required string Title { get; init; }

    /// <summary>
    /// The merge class of another event this mention's sentence refers to as its argument: "The ceasefire was later
    /// ratified" → "ceasefire". Relations between events ("ratified" follows "ceasefire") come from it.
    /// </summary>
    public string? RefersTo { get; init; }

    /// <summary>
    /// PLOVER's mode where the sentence shows one (assault: aerial, explosive, firearms, beat; protest: demonstrate,
    /// riot, strike; coerce: arrest, curfew, ban, deport; retreat: release, withdraw; consult: visit; accuse: investigate), else null. It
    /// follows from the type, trigger and sentence, so every stored mention has it.
    /// </summary>
    public string? Mode => Stages.Extraction.PloverModes.Of(Type, Trigger, Sentence);

    /// <summary>Stable key: report id and ordinal ("9fec5beabb1a:3"), used by analysts' merges and splits.</summary>
    public string Key => $"{ReportId}:{Ordinal}";
}
