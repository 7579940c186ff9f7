using System.Text.Json;
using Dateline.Core.Contract;
using Dateline.Core.Model;
using Dateline.Core.Tests.Support;

namespace Dateline.Core.Tests.Contract;

public sealed class EventJsonTests
{
    [Fact]
    public void Write_NoEvents_IsAnEmptyEventsArray()
    {
        // Given / When
        using var doc = JsonDocument.Parse(EventJson.Write([]));

        // Then
        var root = doc.RootElement;
        Assert.Equal(["events"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, root.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public void Write_Event_StartsWithTheContractFieldsInOrder()
    {
        // Given
        var e = Events.Truce();

        // When
        using var doc = JsonDocument.Parse(EventJson.Write([e]));

        // Then: the contract's fields come first, in order; later issues may only add fields after them
        var ev = doc.RootElement.GetProperty("events")[0];
        Assert.Equal(["id", "title", "type", "status", "time", "actors", "location", "mentions"], ev.EnumerateObject().Select(p => p.Name).Take(8));
        Assert.Equal(["value", "earliest", "latest", "precision", "mod"], ev.GetProperty("time").EnumerateObject().Select(p => p.Name).Take(5));
        Assert.Equal(["name", "role"], ev.GetProperty("actors")[0].EnumerateObject().Select(p => p.Name).Take(2));
        Assert.Equal(["name", "country", "lat", "lon"], ev.GetProperty("location").EnumerateObject().Select(p => p.Name).Take(4));
        Assert.Equal(
            ["report", "outlet", "url", "published", "sentence", "start", "end", "time_text"],
            ev.GetProperty("mentions")[0].EnumerateObject().Select(p => p.Name).Take(8));
    }

    [Fact]
    public void Write_Event_ValuesHaveContractTypesAndSpelling()
    {
        // Given
        var e = Events.Truce();

        // When
        using var doc = JsonDocument.Parse(EventJson.Write([e]));

        // Then
        var ev = doc.RootElement.GetProperty("events")[0];
        Assert.Equal("ev-0123456789", ev.GetProperty("id").GetString());
        Assert.Equal("agree", ev.GetProperty("type").GetString());
        Assert.Equal("occurred", ev.GetProperty("status").GetString());
        var time = ev.GetProperty("time");
        Assert.Equal("2016-12-30", time.GetProperty("value").GetString());
        Assert.Equal("2016-12-30", time.GetProperty("earliest").GetString());
        Assert.Equal("2016-12-30", time.GetProperty("latest").GetString());
        Assert.Equal("day", time.GetProperty("precision").GetString());
        Assert.Equal(JsonValueKind.Null, time.GetProperty("mod").ValueKind);
        Assert.Equal("participant", ev.GetProperty("actors")[0].GetProperty("role").GetString());
        Assert.Equal("mediator", ev.GetProperty("actors")[1].GetProperty("role").GetString());
        var location = ev.GetProperty("location");
        Assert.Equal("SY", location.GetProperty("country").GetString());
        Assert.Equal(34.80207, location.GetProperty("lat").GetDouble());
        Assert.Equal(38.99682, location.GetProperty("lon").GetDouble());
        var mention = ev.GetProperty("mentions")[0];
        Assert.Equal("abc123def456", mention.GetProperty("report").GetString());
        Assert.Equal("Levant Wire", mention.GetProperty("outlet").GetString());
        Assert.Equal("2017-01-09T14:28:00+00:00", mention.GetProperty("published").GetString());
        Assert.Equal(JsonValueKind.Number, mention.GetProperty("start").ValueKind);
        Assert.Equal(10, mention.GetProperty("start").GetInt32());
        Assert.Equal(10 + e.Mentions[0].Mention.Sentence.Length, mention.GetProperty("end").GetInt32());
        Assert.Equal("December 30, 2016", mention.GetProperty("time_text").GetString());
    }

    [Fact]
    public void Write_MissingOptionalValues_AreJsonNull()
    {
        // Given an event with unknown time, no place and a mention without outlet, URL, date or time text
        var e = Events.Truce();
        var bare = e.Mentions[0] with { Outlet = null, Url = null, Published = null, Mention = e.Mentions[0].Mention with { TimeText = null } };
        e = e with { Time = TimeValue.Unknown, Location = null, Actors = [], Mentions = [bare] };

        // When
        using var doc = JsonDocument.Parse(EventJson.Write([e]));

        // Then
        var ev = doc.RootElement.GetProperty("events")[0];
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("location").ValueKind);
        Assert.Equal(0, ev.GetProperty("actors").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("time").GetProperty("earliest").ValueKind);
        Assert.Equal(JsonValueKind.Null, ev.GetProperty("time").GetProperty("latest").ValueKind);
        Assert.Equal("unknown", ev.GetProperty("time").GetProperty("precision").GetString());
        var m = ev.GetProperty("mentions")[0];
        foreach (var name in new[] { "outlet", "url", "published", "time_text" })
        {
            Assert.Equal(JsonValueKind.Null, m.GetProperty(name).ValueKind);
        }
    }

    [Fact]
    public void Write_OpenInterval_HasNullSideAndMod()
    {
        // Given "after December 30"
        var e = Events.Truce() with { Time = TimeValue.FromTimeMl("2016-12-30", "AFTER") };

        // When
        using var doc = JsonDocument.Parse(EventJson.Write([e]));

        // Then
        var time = doc.RootElement.GetProperty("events")[0].GetProperty("time");
        Assert.Equal("2016-12-31", time.GetProperty("earliest").GetString());
        Assert.Equal(JsonValueKind.Null, time.GetProperty("latest").ValueKind);
        Assert.Equal("AFTER", time.GetProperty("mod").GetString());
    }

    [Fact]
    public void Write_TextWithQuotesAndNonAscii_RoundTrips()
    {
        // Given a sentence with quotes, a backslash, markup-like text and non-ASCII letters
        const string sentence = "Assad’s envoy said \"the truce <holds>\" in Ḥalab \\ Aleppo.";
        var e = Events.Truce(sentence);

        // When
        var json = EventJson.Write([e]);
        using var doc = JsonDocument.Parse(json);

        // Then
        Assert.Equal(sentence, doc.RootElement.GetProperty("events")[0].GetProperty("mentions")[0].GetProperty("sentence").GetString());
        Assert.Contains("Ḥalab", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(EventStatus.Planned, "planned")]
    [InlineData(EventStatus.Hypothetical, "hypothetical")]
    [InlineData(EventStatus.Denied, "denied")]
    public void Write_Status_IsLowerCase(EventStatus status, string expected)
    {
        // Given
        var e = Events.Truce(status: status);

        // When
        using var doc = JsonDocument.Parse(EventJson.Write([e]));

        // Then
        Assert.Equal(expected, doc.RootElement.GetProperty("events")[0].GetProperty("status").GetString());
    }

    [Fact]
    public void Write_Mode_IsTheLastFieldOfEventAndMention()
    {
        // Given an air strike, whose PLOVER mode is aerial
        var truce = Events.Truce(sentence: "Warplanes struck the town on December 30, 2016.");
        var strike = truce with { Type = "assault", Mentions = [truce.Mentions[0] with { Mention = truce.Mentions[0].Mention with { Type = "assault", Trigger = "struck" } }] };

        // When
        using var doc = JsonDocument.Parse(EventJson.Write([strike, Events.Truce()]));

        // Then: "mode" comes after the existing fields, and is null where no mode fits
        var events = doc.RootElement.GetProperty("events");
        Assert.Equal("mode", events[0].EnumerateObject().Last().Name);
        Assert.Equal("aerial", events[0].GetProperty("mode").GetString());
        Assert.Equal("mode", events[0].GetProperty("mentions")[0].EnumerateObject().Last().Name);
        Assert.Equal("aerial", events[0].GetProperty("mentions")[0].GetProperty("mode").GetString());
        Assert.Equal(JsonValueKind.Null, events[1].GetProperty("mode").ValueKind);
    }
}
