using Dateline.Core.Model;

namespace Dateline.Core.Stages.Resolution;

/// <summary>What kind of actor an entry is. Serialized in lower case with underscores ("armed_group").</summary>
public enum ActorKind
{
    /// <summary>A state as a whole ("Russia", "Syria").</summary>
    State,
    /// <summary>A government or regime ("Government of Syria", "Damascus" as a speaker).</summary>
    Government,
    /// <summary>State armed forces ("Military Forces of Afghanistan").</summary>
    Military,
    /// <summary>State police and security services.</summary>
    Police,
    /// <summary>Opposition rebels of a country, or a rebel coalition ("Free Syrian Army").</summary>
    Rebels,
    /// <summary>A named non-state armed group ("Islamic State", "Taliban", "Hezbollah").</summary>
    ArmedGroup,
    /// <summary>A pro-government or communal militia ("Popular Mobilization Forces").</summary>
    Militia,
    /// <summary>An international or intergovernmental body, or an NGO ("UN Security Council", "NATO", "ICRC").</summary>
    International,
    /// <summary>A person ("Bashar al-Assad").</summary>
    Person,
    /// <summary>Civilians of a country.</summary>
    Civilians,
    /// <summary>Protesters or rioters of a country.</summary>
    Protesters,
    /// <summary>A party, movement, agency or other political organisation ("Syrian National Coalition", "SANA").</summary>
    Party,
}

/// <summary>A term of office: who held <see cref="Office"/> of <see cref="Holder"/> between two dates.</summary>
/// <param name="Holder">ISO alpha-2 code of the state ("SY"), or the actor id of an organisation ("un", "taliban").</param>
/// <param name="Office">Office id: president, prime-minister, foreign-minister, head-of-state, leader, secretary-general, …</param>
/// <param name="From">First day in office, inclusive; null when unknown.</param>
/// <param name="To">The day the term ended (the successor's first day), exclusive; null while in office.</param>
public sealed record OfficeTerm(string Holder, string Office, DateOnly? From, DateOnly? To)
{
    /// <summary>True when <paramref name="day"/> falls in the term.</summary>
    /// <example>Bashar al-Assad's presidency (2000-07-17, 2024-12-08) covers 2017-01-08, not 2024-12-08.</example>
    public bool Covers(DateOnly day) => (From is null || From <= day) && (To is null || day < To);
}

/// <summary>An actor of the actor table: canonical name, kind, country, aliases and, for people, terms of office.</summary>
/// <param name="Id">Stable id: "SY.GOV" for a country's government, "isis", "person:bashar-al-assad", "phx:…" for Phoenix entries.</param>
/// <param name="Name">Canonical name ("Islamic State", "Government of Syria", "Bashar al-Assad").</param>
/// <param name="Kind">Kind of actor.</param>
/// <param name="Country">ISO alpha-2 code of the actor's country, or null (international bodies, transnational groups).</param>
public sealed record ActorEntry(string Id, string Name, ActorKind Kind, string? Country)
{
    /// <summary>Other names that mean this actor ("Daesh", "ISIL", "ISIS").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>ACLED's name for the actor when no period is given ("Taliban", "Civilians (Afghanistan)"), or null.</summary>
    public string? AcledName { get; init; }

    /// <summary>Terms of office (people only).</summary>
    public IReadOnlyList<OfficeTerm> Offices { get; init; } = [];

    /// <summary>Relations to other actors: "successor_of=nusra", "part_of=sdf".</summary>
    public IReadOnlyList<string> Related { get; init; } = [];

    /// <summary>
    /// A Phoenix entry's CAMEO codes, with dates where given ("SYROPP:2011-01-01.."); empty on the project's own entries,
    /// whose Phoenix codes <see cref="ActorTable.CodesOf"/> gives.
    /// </summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>The model's actor reference.</summary>
    public ActorRef ToActorRef(ActorRole role) => new(Name, role, Id);

    /// <summary>True when the actor held some office on <paramref name="day"/>.</summary>
    public bool InOfficeOn(DateOnly day) => Offices.Any(o => o.Covers(day));
}
