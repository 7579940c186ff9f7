using Dateline.Core.Model;
using Dateline.Sources.Datasets;

namespace Dateline.Sources.Tests.Datasets;

public sealed class GdeltReaderTests
{
    [Fact]
    public void Read_Gdelt2Row_MapsFieldsAndProvenance()
    {
        // Given
        var file = Fixtures.Stream(Fixtures.Gdelt2("954680550", "20201113") + "\n");

        // When
        var results = GdeltReader.Read(file, "export.CSV").ToList();

        // Then
        var e = Assert.Single(results).Event!;
        Assert.Equal("dataset:gdelt:954680550", e.Provenance);
        Assert.Equal("2020-11-13", e.Time.Value);
        Assert.Equal(TimeAnchor.Dataset, e.Time.Anchor);
        Assert.Equal("190", e.CameoCode);
        Assert.Equal("assault", e.PloverType);
        Assert.Equal([new ActorRef("AFGHANISTAN", ActorRole.Initiator), new ActorRef("UNITED KINGDOM", ActorRole.Target)], e.Actors);
        Assert.Equal(new PlaceRef("Helmand, Helmand, Afghanistan", "AF", 31.0, 64.0), e.Location);
        Assert.Equal("https://example.org/a", e.SourceUrl);
        Assert.Equal(61, e.Raw.Count);
        Assert.Equal("20201113001500", e.Raw["DATEADDED"]);
    }

    [Fact]
    public void Read_FipsCountry_ConvertedToIso()
    {
        // Given: FIPS "UK" is the United Kingdom (ISO GB), FIPS "IZ" Iraq (ISO IQ).
        var row = Fixtures.GdeltRow(GdeltReader.Events2Columns, ("GLOBALEVENTID", "1"), ("SQLDATE", "20201113"),
            ("EventCode", "042"), ("ActionGeo_Type", "1"), ("ActionGeo_FullName", "Iraq"), ("ActionGeo_CountryCode", "IZ"),
            ("ActionGeo_Lat", "33"), ("ActionGeo_Long", "44"));

        // When
        var e = GdeltReader.Read(Fixtures.Stream(row), "x").Single().Event!;

        // Then
        Assert.Equal("IQ", e.Location!.Country);
        Assert.Equal("consult", e.PloverType);
    }

    [Fact]
    public void Read_Gdelt1Row58Columns_ReadWithoutAdm2()
    {
        // Given
        var row = Fixtures.GdeltRow(GdeltReader.Events1Columns, ("GLOBALEVENTID", "564111644"), ("SQLDATE", "20060731"),
            ("Actor1Name", "UNITED STATES"), ("EventCode", "010"), ("ActionGeo_Type", "3"),
            ("ActionGeo_FullName", "Washington, District of Columbia, United States"), ("ActionGeo_CountryCode", "US"),
            ("ActionGeo_Lat", "38.8973"), ("ActionGeo_Long", "-77.0083"), ("DATEADDED", "20160728"));

        // When
        var e = GdeltReader.Read(Fixtures.Stream(row), "daily.tsv").Single().Event!;

        // Then
        Assert.Equal(58, e.Raw.Count);
        Assert.False(e.Raw.ContainsKey("ActionGeo_ADM2Code"));
        Assert.Null(e.PloverType); // CAMEO 01 "make public statement" has no PLOVER type.
        Assert.Equal(-77.0083, e.Location!.Lon);
    }

    [Fact]
    public void Read_BadRows_ReportedWithLineAndRestRead()
    {
        // Given: a good row, a bad date, a truncated row, a good row, a truncated last line without newline.
        var good = Fixtures.Gdelt2("1", "20201113");
        var text = string.Join("\n",
            good,
            Fixtures.Gdelt2("2", "2020111"),
            "3\t20201113\t202011",
            Fixtures.Gdelt2("4", "20201114"),
            Fixtures.Gdelt2("5", "20201113")[..40]);

        // When
        var results = GdeltReader.Read(Fixtures.Stream(text), "f.CSV").ToList();

        // Then
        Assert.Equal(["1", "4"], results.Where(r => r.Event is not null).Select(r => r.Event!.SourceId));
        Assert.Equal(3, results.Count(r => r.Error is not null));
        Assert.Contains(results, r => r.Error == "f.CSV:2: SQLDATE '2020111' is not a YYYYMMDD date");
        Assert.Contains(results, r => r.Error?.StartsWith("f.CSV:3: 3 columns, expected 61", StringComparison.Ordinal) == true);
        Assert.Contains(results, r => r.Error?.StartsWith("f.CSV:5: ", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Read_WrongLayout_OneErrorForTheFile()
    {
        // Given: an ACLED CSV handed to the GDELT reader.
        var text = Fixtures.AcledNewHeader + "\nSYR1,26 February 2017\n";

        // When
        var results = GdeltReader.Read(Fixtures.Stream(text), "acled.csv").ToList();

        // Then
        var error = Assert.Single(results).Error!;
        Assert.StartsWith("acled.csv: not a GDELT Events file", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BinaryFile_OneErrorForTheFile()
    {
        // Given
        var bytes = new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0x01, 0x02 };

        // When
        var results = GdeltReader.Read(Fixtures.Stream(bytes), "archive.zip").ToList();

        // Then
        Assert.StartsWith("archive.zip: binary file", Assert.Single(results).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidUtf8InOneRow_ThatRowFailsOthersRead()
    {
        // Given: row 2 holds a Latin-1 "é" (0xE9), not valid UTF-8.
        var good = System.Text.Encoding.UTF8.GetBytes(Fixtures.Gdelt2("1", "20201113") + "\n");
        var bad = System.Text.Encoding.Latin1.GetBytes(Fixtures.Gdelt2("2", "20201113", url: "https://example.org/caf\u00e9") + "\n");
        var bytes = good.Concat(bad).Concat(good).ToArray();

        // When
        var results = GdeltReader.Read(Fixtures.Stream(bytes), "f").ToList();

        // Then
        Assert.Equal(2, results.Count(r => r.Event is not null));
        Assert.Equal("f:2: invalid UTF-8 byte sequence in the row (not a UTF-8 file?)", results.Single(r => r.Error is not null).Error);
    }

    [Fact]
    public void DetectLayout_Gdelt1File_SaysEvents1()
    {
        // Given
        var path = Path.GetTempFileName();
        File.WriteAllText(path, Fixtures.GdeltRow(GdeltReader.Events1Columns, ("GLOBALEVENTID", "1")) + "\n");

        try
        {
            // When
            var layout = GdeltReader.DetectLayout(path);

            // Then
            Assert.Equal(GdeltLayout.Events1, layout);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Read_MissingFile_OneError()
    {
        // Given
        var path = Path.Combine(Path.GetTempPath(), "no-such-dateline-file.CSV");

        // When
        var results = GdeltReader.Read(path).ToList();

        // Then
        Assert.StartsWith($"{path}: cannot open", Assert.Single(results).Error, StringComparison.Ordinal);
    }
}
