namespace SmartRegion.Modules.Sensing.Storage;

// The SensorThings tables. EF Core creates and migrates them on both engines; reading and writing go through
// hand-built, parameterised SQL (see SensingSql), because the query language and the ingest path are the hot
// paths of the platform. Instants are stored as microseconds since 1970-01-01 UTC in bigint columns, the same
// on both engines, so time ranges are plain integer index seeks. JSON values are stored as text as received.

internal sealed class ThingRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Properties { get; set; }
}

internal sealed class LocationRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string EncodingType { get; set; } = "";

    public string Location { get; set; } = "";

    public double? MinX { get; set; }

    public double? MinY { get; set; }

    public double? MaxX { get; set; }

    public double? MaxY { get; set; }

    public string? Properties { get; set; }
}

internal sealed class ThingLocationRow
{
    public long ThingId { get; set; }

    public long LocationId { get; set; }
}

internal sealed class HistoricalLocationRow
{
    public long Id { get; set; }

    public long ThingId { get; set; }

    public long Time { get; set; }
}

internal sealed class HistoricalLocationLocationRow
{
    public long HistoricalLocationId { get; set; }

    public long LocationId { get; set; }
}

internal sealed class SensorRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string EncodingType { get; set; } = "";

    public string Metadata { get; set; } = "";

    public string? Properties { get; set; }
}

internal sealed class ObservedPropertyRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Definition { get; set; } = "";

    public string Description { get; set; } = "";

    public string? Properties { get; set; }
}

internal sealed class DatastreamRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string UnitOfMeasurement { get; set; } = "{}";

    public string ObservationType { get; set; } = "";

    public string? ObservedArea { get; set; }

    public long? PhenomenonTimeStart { get; set; }

    public long? PhenomenonTimeEnd { get; set; }

    public long? ResultTimeStart { get; set; }

    public long? ResultTimeEnd { get; set; }

    public string? Properties { get; set; }

    public long ThingId { get; set; }

    public long SensorId { get; set; }

    public long ObservedPropertyId { get; set; }
}

internal sealed class MultiDatastreamRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string UnitOfMeasurements { get; set; } = "[]";

    public string ObservationType { get; set; } = "";

    public string MultiObservationDataTypes { get; set; } = "[]";

    public string? ObservedArea { get; set; }

    public long? PhenomenonTimeStart { get; set; }

    public long? PhenomenonTimeEnd { get; set; }

    public long? ResultTimeStart { get; set; }

    public long? ResultTimeEnd { get; set; }

    public string? Properties { get; set; }

    public long ThingId { get; set; }

    public long SensorId { get; set; }
}

internal sealed class MultiDatastreamObservedPropertyRow
{
    public long MultiDatastreamId { get; set; }

    public long ObservedPropertyId { get; set; }

    /// <summary>The position of the property in the MultiDatastream's result arrays.</summary>
    public int Rank { get; set; }
}

internal sealed class FeatureRow
{
    public long Id { get; set; }

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public string EncodingType { get; set; } = "";

    public string Feature { get; set; } = "";

    public double? MinX { get; set; }

    public double? MinY { get; set; }

    public double? MaxX { get; set; }

    public double? MaxY { get; set; }

    public string? Properties { get; set; }
}

internal sealed class ObservationRow
{
    public long Id { get; set; }

    public long? DatastreamId { get; set; }

    public long? MultiDatastreamId { get; set; }

    public long PhenomenonTimeStart { get; set; }

    /// <summary>Null for an instant; the end of the interval otherwise.</summary>
    public long? PhenomenonTimeEnd { get; set; }

    public long? ResultTime { get; set; }

    /// <summary>The result exactly as received (JSON text), so 6 stays 6 and "6" stays a string.</summary>
    public string ResultJson { get; set; } = "null";

    public double? ResultNumber { get; set; }

    public string? ResultString { get; set; }

    public bool? ResultBoolean { get; set; }

    public string? ResultQuality { get; set; }

    public long? ValidTimeStart { get; set; }

    public long? ValidTimeEnd { get; set; }

    public string? Parameters { get; set; }

    public long FeatureId { get; set; }
}
