namespace SmartRegion.Modules.Sensing.Model;

/// <summary>The entity types of SensorThings API 1.1 Part 1 (with MultiDatastream), as the server stores and serves them.</summary>
public static class SensingEntities
{
    private static readonly PropertyDefinition IdProperty = new("@iot.id", "id", PropertyKind.Id);

    public static readonly EntityDefinition Things = new("Things", "Thing", "sta_things",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Locations", "Locations", NavigationKind.ManyToMany, "thing_id", "sta_thing_locations", "location_id"),
            new("HistoricalLocations", "HistoricalLocations", NavigationKind.ToMany, "thing_id"),
            new("Datastreams", "Datastreams", NavigationKind.ToMany, "thing_id"),
            new("MultiDatastreams", "MultiDatastreams", NavigationKind.ToMany, "thing_id"),
        ]);

    public static readonly EntityDefinition Locations = new("Locations", "Location", "sta_locations",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("encodingType", "encoding_type", PropertyKind.Text, Required: true),
            new("location", "location", PropertyKind.GeoJson, Required: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Things", "Things", NavigationKind.ManyToMany, "location_id", "sta_thing_locations", "thing_id"),
            new("HistoricalLocations", "HistoricalLocations", NavigationKind.ManyToMany, "location_id", "sta_historical_location_locations", "historical_location_id"),
        ]);

    public static readonly EntityDefinition HistoricalLocations = new("HistoricalLocations", "HistoricalLocation", "sta_historical_locations",
        [
            IdProperty,
            new("time", "time", PropertyKind.Instant, Required: true),
        ],
        [
            new("Thing", "Things", NavigationKind.ToOne, "thing_id", Required: true),
            new("Locations", "Locations", NavigationKind.ManyToMany, "historical_location_id", "sta_historical_location_locations", "location_id"),
        ]);

    public static readonly EntityDefinition Sensors = new("Sensors", "Sensor", "sta_sensors",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("encodingType", "encoding_type", PropertyKind.Text, Required: true),
            new("metadata", "metadata", PropertyKind.Text, Required: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Datastreams", "Datastreams", NavigationKind.ToMany, "sensor_id"),
            new("MultiDatastreams", "MultiDatastreams", NavigationKind.ToMany, "sensor_id"),
        ]);

    public static readonly EntityDefinition ObservedProperties = new("ObservedProperties", "ObservedProperty", "sta_observed_properties",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("definition", "definition", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Datastreams", "Datastreams", NavigationKind.ToMany, "observed_property_id"),
            new("MultiDatastreams", "MultiDatastreams", NavigationKind.ManyToMany, "observed_property_id", "sta_multi_datastream_observed_properties", "multi_datastream_id"),
        ]);

    public static readonly EntityDefinition Datastreams = new("Datastreams", "Datastream", "sta_datastreams",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("unitOfMeasurement", "unit_of_measurement", PropertyKind.Json, Required: true),
            new("observationType", "observation_type", PropertyKind.Text, Required: true),
            new("observedArea", "observed_area", PropertyKind.GeoJson, ReadOnly: true),
            new("phenomenonTime", "phenomenon_time", PropertyKind.Interval, ReadOnly: true),
            new("resultTime", "result_time", PropertyKind.Interval, ReadOnly: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Thing", "Things", NavigationKind.ToOne, "thing_id", Required: true),
            new("Sensor", "Sensors", NavigationKind.ToOne, "sensor_id", Required: true),
            new("ObservedProperty", "ObservedProperties", NavigationKind.ToOne, "observed_property_id", Required: true),
            new("Observations", "Observations", NavigationKind.ToMany, "datastream_id"),
        ]);

    public static readonly EntityDefinition MultiDatastreams = new("MultiDatastreams", "MultiDatastream", "sta_multi_datastreams",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("unitOfMeasurements", "unit_of_measurements", PropertyKind.Json, Required: true),
            new("observationType", "observation_type", PropertyKind.Text, Required: true),
            new("multiObservationDataTypes", "multi_observation_data_types", PropertyKind.Json, Required: true),
            new("observedArea", "observed_area", PropertyKind.GeoJson, ReadOnly: true),
            new("phenomenonTime", "phenomenon_time", PropertyKind.Interval, ReadOnly: true),
            new("resultTime", "result_time", PropertyKind.Interval, ReadOnly: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Thing", "Things", NavigationKind.ToOne, "thing_id", Required: true),
            new("Sensor", "Sensors", NavigationKind.ToOne, "sensor_id", Required: true),
            new("ObservedProperties", "ObservedProperties", NavigationKind.ManyToMany, "multi_datastream_id", "sta_multi_datastream_observed_properties", "observed_property_id"),
            new("Observations", "Observations", NavigationKind.ToMany, "multi_datastream_id"),
        ]);

    public static readonly EntityDefinition Observations = new("Observations", "Observation", "sta_observations",
        [
            IdProperty,
            new("phenomenonTime", "phenomenon_time", PropertyKind.TimeOrInterval),
            new("result", "result", PropertyKind.Result, Required: true),
            new("resultTime", "result_time", PropertyKind.Instant),
            new("resultQuality", "result_quality", PropertyKind.Json),
            new("validTime", "valid_time", PropertyKind.Interval),
            new("parameters", "parameters", PropertyKind.Json),
        ],
        [
            new("Datastream", "Datastreams", NavigationKind.ToOne, "datastream_id"),
            new("MultiDatastream", "MultiDatastreams", NavigationKind.ToOne, "multi_datastream_id"),
            new("FeatureOfInterest", "FeaturesOfInterest", NavigationKind.ToOne, "feature_id", Required: true),
        ]);

    public static readonly EntityDefinition FeaturesOfInterest = new("FeaturesOfInterest", "FeatureOfInterest", "sta_features",
        [
            IdProperty,
            new("name", "name", PropertyKind.Text, Required: true),
            new("description", "description", PropertyKind.Text, Required: true),
            new("encodingType", "encoding_type", PropertyKind.Text, Required: true),
            new("feature", "feature", PropertyKind.GeoJson, Required: true),
            new("properties", "properties", PropertyKind.Json),
        ],
        [
            new("Observations", "Observations", NavigationKind.ToMany, "feature_id"),
        ]);

    public static readonly IReadOnlyList<EntityDefinition> All =
        [Things, Locations, HistoricalLocations, Datastreams, MultiDatastreams, Sensors, ObservedProperties, Observations, FeaturesOfInterest];

    public static EntityDefinition? BySetName(string setName) => All.FirstOrDefault(e => e.SetName == setName);
}
