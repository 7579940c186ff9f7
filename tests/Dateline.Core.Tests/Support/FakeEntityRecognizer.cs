using Dateline.Core.Stages.Extraction;

namespace Dateline.Core.Tests.Support;

/// <summary>Recognizes a fixed list of names by exact text; stands in for the Resolution stage.</summary>
internal sealed class FakeEntityRecognizer : IEntityRecognizer
{
    private readonly List<(string Text, EntitySpan Template)> _names = [];
    private readonly Dictionary<string, Core.Model.PlaceRef> _capitals = [];
    private readonly Dictionary<string, Core.Model.PlaceRef> _countries = [];

    public FakeEntityRecognizer Actor(string text, string? name = null, string? country = null, string? id = null) =>
        Add(text, new EntitySpan(0, 0, EntityKind.Actor, name ?? text, id, country, null, null));

    public FakeEntityRecognizer Place(string text, string country, double lat, double lon) =>
        Add(text, new EntitySpan(0, 0, EntityKind.Place, text, null, country, lat, lon));

    /// <summary>A place name the gazetteer does not know: a place without coordinates.</summary>
    public FakeEntityRecognizer UnknownPlace(string text, string country) =>
        Add(text, new EntitySpan(0, 0, EntityKind.Place, text, null, country, null, null));

    /// <summary>A country named as a place ("in Lebanon"): the Resolution stage gives it its state's id.</summary>
    public FakeEntityRecognizer Country(string text, string iso2, double lat, double lon)
    {
        _countries[iso2] = new Core.Model.PlaceRef(text, iso2, lat, lon);
        return Add(text, new EntitySpan(0, 0, EntityKind.Place, text, iso2, iso2, lat, lon));
    }

    /// <summary>A country's capital, for "the capital" in a report about it.</summary>
    public FakeEntityRecognizer Capital(string iso2, string name, double lat, double lon)
    {
        _capitals[iso2] = new Core.Model.PlaceRef(name, iso2, lat, lon);
        return this;
    }

    public Core.Model.PlaceRef? CapitalOf(string country) => _capitals.GetValueOrDefault(country);

    public Core.Model.PlaceRef? CountryPlace(string country) => _countries.GetValueOrDefault(country);

    public IReadOnlyList<EntitySpan> Find(string sentence, DateOnly? when, string? countryContext)
    {
        var found = new List<EntitySpan>();
        foreach (var (text, template) in _names)
        {
            var at = sentence.IndexOf(text, StringComparison.Ordinal);
            while (at >= 0)
            {
                if (!found.Any(f => at < f.End && f.Start < at + text.Length))
                {
                    found.Add(template with { Start = at, End = at + text.Length });
                }

                at = sentence.IndexOf(text, at + text.Length, StringComparison.Ordinal);
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private FakeEntityRecognizer Add(string text, EntitySpan template)
    {
        _names.Add((text, template));
        return this;
    }
}
