using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dateline.Core.Contract;
using Dateline.Core.Model;

namespace Dateline.Core.Export;

/// <summary>
/// Writes events as a GeoJSON FeatureCollection (RFC 7946): one Feature per event, a Point at [lon, lat], the
/// feature id the event id, and the contract's fields as properties. Events without coordinates keep
/// <c>"geometry": null</c>, as RFC 7946 allows, so no event is dropped.
/// </summary>
public static class GeoJsonExporter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The FeatureCollection document.</summary>
    public static string Write(IEnumerable<Event> events)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartObject();
            w.WriteString("type", "FeatureCollection");
            w.WriteStartArray("features");
            foreach (var e in events)
            {
                w.WriteStartObject();
                w.WriteString("type", "Feature");
                w.WriteString("id", e.Id);
                if (e.Location is { Lat: { } lat, Lon: { } lon })
                {
                    w.WriteStartObject("geometry");
                    w.WriteString("type", "Point");
                    w.WriteStartArray("coordinates");
                    w.WriteNumberValue(Math.Round(lon, 5));
                    w.WriteNumberValue(Math.Round(lat, 5));
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteNull("geometry");
                }

                w.WriteStartObject("properties");
                EventJson.WriteEventProperties(w, e);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
