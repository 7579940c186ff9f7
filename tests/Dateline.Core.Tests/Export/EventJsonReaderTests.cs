using Dateline.Core.Contract;
using Dateline.Core.Model;

namespace Dateline.Core.Tests.Export;

public sealed class EventJsonReaderTests
{
    [Fact]
    public void Read_WrittenContract_LosesNoField()
    {
        // Given
        var json = EventJson.Write(SampleEvents.All);

        // When
        var result = EventJsonReader.Read(json);

        // Then
        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Events.Count);
        var e = result.Events[0];
        var o = SampleEvents.Ceasefire;
        Assert.Equal((o.Id, o.Title, o.Type, o.Status, o.Time, o.Location, o.Fatalities), (e.Id, e.Title, e.Type, e.Status, e.Time, e.Location, e.Fatalities));
        Assert.Equal((o.AcledEventType, o.AcledSubEventType, o.CameoCode, o.Notes, o.SourceUrl), (e.AcledEventType, e.AcledSubEventType, e.CameoCode, e.Notes, e.SourceUrl));
        Assert.Equal(o.Actors, e.Actors);
        Assert.Equal(o.Provenance, e.Provenance);
        var (om, em) = (o.Mentions[0], e.Mentions[0]);
        Assert.Equal((om.Outlet, om.Url, om.Published), (em.Outlet, em.Url, em.Published));
        Assert.Equal(om.Mention with { Actors = [] }, em.Mention with { Actors = [] });
        Assert.Equal(om.Mention.Actors, em.Mention.Actors);
        Assert.Equal(SampleEvents.Talks.Time, result.Events[1].Time);
        Assert.Equal(SampleEvents.Undated.Time, result.Events[2].Time);
        Assert.Equal(json, EventJson.Write(result.Events));
    }

    [Fact]
    public void Read_OneBadEvent_ReportedOthersRead()
    {
        // Given: the second event has no time and the third an unknown status.
        var json = """
            {"events":[
              {"id":"a","title":"A","type":"agree","status":"occurred","time":{"value":"2017-01","earliest":"2017-01-01","latest":"2017-01-31","precision":"month","mod":null},"actors":[],"location":null,"mentions":[]},
              {"id":"b","title":"B","type":"agree","status":"occurred","actors":[],"mentions":[]},
              {"id":"c","title":"C","type":"agree","status":"maybe","time":{"value":"2017"},"mentions":[]}
            ]}
            """;

        // When
        var result = EventJsonReader.Read(json);

        // Then
        Assert.Equal("a", Assert.Single(result.Events).Id);
        Assert.Equal(TimeAnchor.Explicit, result.Events[0].Time.Anchor); // v1 documents have no anchor.
        Assert.Equal(["events[1]: 'time' is missing", "events[2]: 'status' has an unknown value 'maybe'"], result.Errors);
    }

    [Fact]
    public void Read_NotJson_OneError()
    {
        // Given
        var text = "date,event\n2017,x";

        // When
        var result = EventJsonReader.Read(text);

        // Then
        Assert.Empty(result.Events);
        Assert.StartsWith("not JSON", Assert.Single(result.Errors), StringComparison.Ordinal);
    }
}
