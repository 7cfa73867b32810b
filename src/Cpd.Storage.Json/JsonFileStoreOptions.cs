namespace Cpd.Storage.Json;

/// <summary>Options for <see cref="JsonFileCpdRecordStore"/>.</summary>
public sealed class JsonFileStoreOptions
{
    /// <summary>The default file name inside the data folder.</summary>
    public const string DefaultFileName = "cpd-records.json";

    /// <summary>Gets or sets the folder that holds the store file; created on first write if missing.</summary>
    public required string DataDirectory { get; set; }

    /// <summary>Gets or sets the store file's name inside <see cref="DataDirectory"/>.</summary>
    /// <value>Defaults to <see cref="DefaultFileName"/>.</value>
    public string FileName { get; set; } = DefaultFileName;

    /// <summary>Gets or sets how long a write waits for another writer (in this or another process) to finish.</summary>
    /// <value>Defaults to 10 seconds.</value>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Gets the full path of the store file.</summary>
    public string FilePath => Path.Combine(DataDirectory, FileName);
}
