using System.Globalization;
using System.Text.Json;
using Dateline.Core.Stages.Resolution;

namespace Dateline.Core.Tests.Resolution;

/// <summary>Spec-file tests: each row of Specs/*.json is one case, so adding a case needs no code.</summary>
public sealed class ResolutionSpecTests
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static TheoryData<string, string?, string?, string, double, double> Places()
    {
        var data = new TheoryData<string, string?, string?, string, double, double>();
        foreach (var c in Load<PlaceSpec>("places.json"))
        {
            data.Add(c.Name, c.Context, c.Admin1, c.Country, c.Lat, c.Lon);
        }

        return data;
    }

    public static TheoryData<string, string, string, string> Titles()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var c in Load<TitleSpec>("titles.json"))
        {
            data.Add(c.Holder, c.Title, c.Date, c.Expected);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Places))]
    public void Resolve_SpecPlace_Within25Km(string name, string? context, string? admin1, string country, double lat, double lon)
    {
        // Given a place name as news writes it and the report's country
        // When
        var place = Gazetteer.Default.Resolve(name, context, admin1);

        // Then the right country, within ACLED's 25 km
        Assert.NotNull(place);
        Assert.Equal(country, place.Country);
        Assert.True(Gazetteer.DistanceKm(place.Lat, place.Lon, lat, lon) <= 25, $"{place.Name} at {place.Lat},{place.Lon}");
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void ResolveTitle_SpecOffice_Holder(string holder, string title, string date, string expected)
    {
        // Given an office and a date
        var when = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        // When
        var person = ActorTable.Default.ResolveTitle(holder, title, when);

        // Then
        Assert.Equal(expected, person?.Name);
    }

    private static List<T> Load<T>(string file) =>
        JsonSerializer.Deserialize<List<T>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Resolution", "Specs", file)), Json)
        ?? throw new InvalidDataException(file);

    private sealed record PlaceSpec(string Name, string? Context, string? Admin1, string Country, double Lat, double Lon);

    private sealed record TitleSpec(string Holder, string Title, string Date, string Expected);
}
